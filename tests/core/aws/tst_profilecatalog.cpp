#include "aws/profilecatalog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace brc::aws;

class TestProfileCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void missingFileIsEmpty();
    void corruptFile();
    void names_data();
    void names();
    void toRequest();
};

void TestProfileCatalog::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/profiles.json"));
    ProfileCatalog catalog;
    ManagedProfile keys { QStringLiteral("work"), ManagedProfile::Kind::Keys, QStringLiteral("AKID"),
        QStringLiteral("eu-west-1"), {}, true };
    ManagedProfile aws { QStringLiteral("dev"), ManagedProfile::Kind::AwsProfile, {}, {}, QStringLiteral("dev-sso"),
        false };
    QVERIFY(catalog.upsert(keys).hasValue());
    QVERIFY(catalog.upsert(aws).hasValue());
    keys.region = QStringLiteral("us-east-2");
    QVERIFY(catalog.upsert(keys).hasValue()); // replaces
    QVERIFY(catalog.save(path).hasValue());
    const auto loaded = ProfileCatalog::load(path);
    QVERIFY(loaded.hasValue());
    QCOMPARE(loaded->profiles().size(), 2);
    QCOMPARE(loaded->profiles().at(0), aws); // sorted by name
    QCOMPARE(*loaded->find(QStringLiteral("work")), keys);
    ProfileCatalog edited = *loaded;
    QVERIFY(edited.remove(QStringLiteral("dev")));
    QVERIFY(!edited.remove(QStringLiteral("dev")));
    QCOMPARE(edited.profiles().size(), 1);
}

void TestProfileCatalog::missingFileIsEmpty()
{
    QTemporaryDir dir;
    const auto loaded = ProfileCatalog::load(dir.filePath(QStringLiteral("none.json")));
    QVERIFY(loaded.hasValue());
    QVERIFY(loaded->profiles().isEmpty());
}

void TestProfileCatalog::corruptFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("p.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{not json");
    file.close();
    const auto loaded = ProfileCatalog::load(file.fileName());
    QVERIFY(!loaded.hasValue());
    QCOMPARE(loaded.error().code, QStringLiteral("profiles.corrupt"));
}

void TestProfileCatalog::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addRow("simple") << "work" << true;
    QTest::addRow("punctuation") << "team.prod_eu-1" << true;
    QTest::addRow("empty") << "" << false;
    QTest::addRow("slash") << "a/b" << false;
    QTest::addRow("space") << "a b" << false;
    QTest::addRow("too long") << QString(65, u'a') << false;
}

void TestProfileCatalog::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(ProfileCatalog::isValidName(name), valid);
    ProfileCatalog catalog;
    QCOMPARE(catalog.upsert({ name, ManagedProfile::Kind::Keys, {}, {}, {}, false }).hasValue(), valid);
}

void TestProfileCatalog::toRequest()
{
    const ManagedProfile keys { QStringLiteral("work"), ManagedProfile::Kind::Keys, QStringLiteral("AKID"),
        QStringLiteral("eu-west-1"), {}, false };
    QCOMPARE(keys.toRequest().keychainProfile, QStringLiteral("work"));
    QCOMPARE(keys.toRequest().accessKeyId, QStringLiteral("AKID"));
    const ManagedProfile aws { QStringLiteral("dev"), ManagedProfile::Kind::AwsProfile, {}, {}, QStringLiteral("x"),
        false };
    QCOMPARE(aws.toRequest().profileName, QStringLiteral("x"));
    QVERIFY(aws.toRequest().keychainProfile.isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileCatalog)
#include "tst_profilecatalog.moc"
