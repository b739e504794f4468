#include "aws/awsenvironment.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestAwsEnvironment final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configRegion_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("region");
        const QByteArray config = "# comment\n[default]\nregion = eu-west-1\n\n[profile work]\noutput=json\n"
                                  "region=ap-northeast-1\n[profile nested]\ns3 =\n  region = us-east-2\n";
        QTest::addRow("default") << config << QStringLiteral("default") << QStringLiteral("eu-west-1");
        QTest::addRow("named") << config << QStringLiteral("work") << QStringLiteral("ap-northeast-1");
        QTest::addRow("nested key is not the profile's") << config << QStringLiteral("nested") << QString();
        QTest::addRow("missing profile") << config << QStringLiteral("nope") << QString();
        QTest::addRow("crlf") << QByteArray("[default]\r\nregion = us-east-1\r\n") << QStringLiteral("default")
                              << QStringLiteral("us-east-1");
        QTest::addRow("binary junk") << QByteArray("\x00\xff[\x01]=\n", 7) << QStringLiteral("default") << QString();
    }
    void configRegion()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, profile);
        QFETCH(QString, region);
        QCOMPARE(brc::aws::regionFromConfigText(config, profile), region);
    }

    void environmentOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile config(dir.filePath(QStringLiteral("config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[profile p]\nregion = sa-east-1\n");
        config.close();

        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), config.fileName());
        env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("p"));
        auto read = brc::aws::readRouteEnvironment(env);
        QCOMPARE(read.sessionRegion, QStringLiteral("sa-east-1"));
        QVERIFY(read.sessionRegionOrigin.contains(QLatin1String("[p]")));

        env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("eu-north-1"));
        env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-2"));
        env.insert(QStringLiteral("AWS_REGION_NAME"), QStringLiteral("us-west-1"));
        env.insert(QStringLiteral("AWS_BEDROCK_RUNTIME_ENDPOINT"), QStringLiteral("http://127.0.0.1:9"));
        read = brc::aws::readRouteEnvironment(env);
        QCOMPARE(read.sessionRegion, QStringLiteral("eu-north-1"));
        QCOMPARE(read.sessionRegionOrigin, QStringLiteral("AWS_DEFAULT_REGION"));
        QCOMPARE(read.awsRegion, QStringLiteral("us-east-2"));
        QCOMPARE(read.awsRegionName, QStringLiteral("us-west-1"));
        QCOMPARE(read.runtimeEndpoint, QStringLiteral("http://127.0.0.1:9"));

        QProcessEnvironment missing;
        missing.insert(QStringLiteral("AWS_CONFIG_FILE"), dir.filePath(QStringLiteral("absent")));
        QCOMPARE(brc::aws::readRouteEnvironment(missing).sessionRegion, QString());
    }
};

QTEST_GUILESS_MAIN(TestAwsEnvironment)
#include "tst_awsenvironment.moc"
