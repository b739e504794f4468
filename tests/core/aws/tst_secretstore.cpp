#include "aws/secretjob.h"
#include "aws/secretstore.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace brc;
using namespace brc::aws;

namespace {

// Runs with a keychain (under scripts/with-keyring.sh) or, with EXPECT_NO_KEYCHAIN=1 and no
// session bus, checks the plain-words "unavailable" error. QTest rejects unknown arguments,
// hence the environment variable.
bool expectNoKeychain()
{
    return qEnvironmentVariableIntValue("EXPECT_NO_KEYCHAIN") == 1;
}

std::optional<Result<QString>> wait(SecretJob *job)
{
    std::optional<Result<QString>> outcome;
    QObject::connect(job, &SecretJob::finished, [&outcome](const Result<QString> &result) { outcome = result; });
    // A keychain prompt would block forever; the test keyring is unlocked, so 20 s is ample.
    (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000);
    return outcome;
}

QString uniqueKey()
{
    return QStringLiteral("test/%1/secret-access-key").arg(QRandomGenerator::global()->generate64(), 0, 16);
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void unavailableKeychainSaysWhy();
    void memoryOnlyStore();
    void serviceNameIsStable();
};

void TestSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addRow("ascii") << QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    QTest::addRow("non-ascii") << QStringLiteral("Grüße-秘密-🔑-ñ\u00e9");
}

void TestSecretStore::roundTrip()
{
    if (expectNoKeychain()) {
        QSKIP("no keychain in this run (EXPECT_NO_KEYCHAIN=1)");
    }
    QFETCH(QString, secret);
    SecretStore store;
    const QString key = uniqueKey();

    const auto written = wait(store.write(key, secret));
    QVERIFY(written.has_value());
    QVERIFY2(written->hasValue(), qPrintable(written->hasValue() ? QString() : written->error().message));

    const auto readBack = wait(store.read(key));
    QVERIFY(readBack.has_value() && readBack->hasValue());
    QCOMPARE(readBack->value(), secret);

    const auto removed = wait(store.remove(key));
    QVERIFY(removed.has_value() && removed->hasValue());

    const auto missing = wait(store.read(key));
    QVERIFY(missing.has_value());
    QVERIFY(!missing->hasValue());
    QCOMPARE(missing->error().code, QStringLiteral("secrets.not_found"));
}

void TestSecretStore::unavailableKeychainSaysWhy()
{
    if (!expectNoKeychain()) {
        QSKIP("a keychain is available in this run (set EXPECT_NO_KEYCHAIN=1 without a bus to check this)");
    }
    SecretStore store;
    QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
    const auto written = wait(store.write(uniqueKey(), QStringLiteral("never-stored")));
    QVERIFY(written.has_value());
    QVERIFY(!written->hasValue());
    QCOMPARE(written->error().code, QStringLiteral("secrets.unavailable"));
    QVERIFY2(written->error().message.contains(QLatin1String("No usable OS keychain")),
        qPrintable(written->error().message));
    QVERIFY(written->error().message.contains(QLatin1String("memory for this run only")));
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(store.unavailableReason(), written->error().message);
}

void TestSecretStore::memoryOnlyStore()
{
    SecretStore store;
    store.setMemoryOnly(true);
    const QString key = uniqueKey();
    bool finishedSynchronously = false;
    SecretJob *job = store.write(key, QStringLiteral("in-memory-ü"));
    connect(job, &SecretJob::finished, this, [&finishedSynchronously] { finishedSynchronously = true; });
    QVERIFY(!finishedSynchronously); // results always arrive later, as from the keychain
    QTRY_VERIFY(finishedSynchronously);
    const auto readBack = wait(store.read(key));
    QVERIFY(readBack.has_value() && readBack->hasValue());
    QCOMPARE(readBack->value(), QStringLiteral("in-memory-ü"));
    QVERIFY(wait(store.remove(key))->hasValue());
    QCOMPARE(wait(store.read(key))->error().code, QStringLiteral("secrets.not_found"));
    // Leaving memory-only mode forgets everything.
    QVERIFY(wait(store.write(key, QStringLiteral("x")))->hasValue());
    store.setMemoryOnly(false);
    store.setMemoryOnly(true);
    QCOMPARE(wait(store.read(key))->error().code, QStringLiteral("secrets.not_found"));
}

void TestSecretStore::serviceNameIsStable()
{
    QCOMPARE(SecretStore::defaultServiceName(), QStringLiteral("bedrock-route-console"));
    QCOMPARE(SecretStore().serviceName(), QStringLiteral("bedrock-route-console"));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
