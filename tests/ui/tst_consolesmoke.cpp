#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

/// Runs the real bedrock-console offscreen with --screenshot and checks the picture.
class TestConsoleSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screenshotIsNotBlank()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        QProcess console;
        console.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        console.start(QStringLiteral(BRC_CONSOLE_EXE), { QStringLiteral("--screenshot"), png });
        QVERIFY(console.waitForFinished(45000));
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QCOMPARE(console.exitCode(), 0);

        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
        QVERIFY(image.height() >= 500);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    }

    void measureStartupPrintsFigures()
    {
        QProcess console;
        console.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        console.start(QStringLiteral(BRC_CONSOLE_EXE),
            { QStringLiteral("--measure-startup"),
                QStringLiteral(BRC_SOURCE_DIR "/resources/samples/sample-config.yaml") });
        QVERIFY(console.waitForFinished(45000));
        QCOMPARE(console.exitCode(), 0);
        const QString out = QString::fromUtf8(console.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1String("startup_ms=")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("rows=11")), qPrintable(out));
    }

    void helpAndVersionNeedNoDisplay_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("expected");
        QTest::addRow("--help") << "--help"
                                << "--measure-startup <CONFIG>";
        QTest::addRow("-h") << "-h"
                            << "Usage:";
        QTest::addRow("--version") << "--version"
                                   << "bedrock-console " BRC_VERSION;
    }

    /// Over SSH or in a script there is no window system: help and the version still answer.
    void helpAndVersionNeedNoDisplay()
    {
        QFETCH(QString, argument);
        QFETCH(QString, expected);
        QProcess console;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" }) {
            environment.remove(QLatin1String(name));
        }
        console.setProcessEnvironment(environment);
        console.start(QStringLiteral(BRC_CONSOLE_EXE), { argument });
        QVERIFY(console.waitForFinished(45000));
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QCOMPARE(console.exitCode(), 0);
        const QString out = QString::fromUtf8(console.readAllStandardOutput());
        QVERIFY2(out.contains(expected), qPrintable(out + QString::fromUtf8(console.readAllStandardError())));
    }

    void missingFileFails()
    {
        QProcess console;
        console.start(QStringLiteral(BRC_CONSOLE_EXE),
            { QStringLiteral("--measure-startup"), QStringLiteral("/nonexistent/config.yaml") });
        QVERIFY(console.waitForFinished(45000));
        QCOMPARE(console.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConsoleSmoke)
#include "tst_consolesmoke.moc"
