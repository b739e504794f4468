// A window stays responsive while a Bedrock call misbehaves: a real (offscreen) window with a
// button, the core client calling a private local Bedrock that trickles, stalls or streams for
// ever. The test checks that the call ends and that timers and clicks were served meanwhile; the
// longest gap between 10 ms timer ticks is printed as a figure, not asserted.
#include "bedrock/bedrockclient.h"
#include "bedrock/requestbodybuilder.h"
#include "fakebedrockprocess.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

using namespace brc;
using namespace brc::bedrock;

class TestCallResponsiveness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loopKeepsTurning_data();
    void loopKeepsTurning();

private:
    FakeBedrockProcess m_fake;
};

void TestCallResponsiveness::initTestCase()
{
    QVERIFY2(m_fake.start(), qPrintable(m_fake.errorText()));
}

void TestCallResponsiveness::loopKeepsTurning_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("code");
    QTest::addRow("slow loris") << "[[trickle:20]]"
                                << "network.timeout";
    QTest::addRow("stalled stream") << "[[stall]]"
                                    << "network.timeout";
    QTest::addRow("endless stream") << "[[endless]]"
                                    << "bedrock.response_too_large";
    QTest::addRow("5xx storm") << "[[fail:1000:500:ui]]"
                               << "bedrock.InternalServerException";
}

void TestCallResponsiveness::loopKeepsTurning()
{
    QFETCH(QString, prompt);
    QFETCH(QString, code);

    QWidget window;
    window.setObjectName(QStringLiteral("window"));
    auto *layout = new QVBoxLayout(&window);
    auto *button = new QPushButton(QStringLiteral("Click me"), &window);
    button->setObjectName(QStringLiteral("button"));
    layout->addWidget(button);
    int clicks = 0;
    connect(button, &QPushButton::clicked, this, [&clicks] { ++clicks; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QNetworkAccessManager network;
    network.setAutoDeleteReplies(true);
    BedrockClient client(network);
    BedrockClientOptions options;
    options.maxAttempts = 4;
    options.baseDelayMs = 50;
    options.readTimeoutMs = 1500;
    options.totalTimeoutMs = 3000;
    options.maxStreamBytes = 16 * 1024 * 1024;
    QVERIFY(client.setOptions(options));

    BedrockRequest request;
    request.operation = BedrockOperation::ConverseStream;
    request.endpoint = m_fake.endpoint();
    request.region = QStringLiteral("us-east-1");
    request.modelId = QStringLiteral("meta.llama3-8b-instruct-v1:0");
    request.body = RequestBodyBuilder::toBytes(RequestBodyBuilder::converseBody(ChatRequest::fromPrompt(prompt, 64)));
    BedrockAuth auth;
    auth.credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    auth.credentials.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    int ticks = 0;
    qint64 maxGapMs = 0;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        ++ticks;
        maxGapMs = std::max(maxGapMs, sinceTick.restart());
    });
    // Clicks queued as real input events while the call runs.
    QTimer clicker;
    clicker.setInterval(100);
    connect(&clicker, &QTimer::timeout, this, [button] { QTest::mouseClick(button, Qt::LeftButton); });

    std::optional<Result<BedrockResponse>> outcome;
    BedrockCall *call = client.send(request, auth);
    connect(
        call, &BedrockCall::finished, this, [&outcome](const Result<BedrockResponse> &result) { outcome = result; });
    ticker.start();
    clicker.start();
    QElapsedTimer wall;
    wall.start();
    // A guard against a hang, far beyond the 3 s total timeout; it measures nothing.
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 60000));
    const qint64 wallMs = wall.elapsed();
    ticker.stop();
    clicker.stop();

    QVERIFY(!outcome->hasValue());
    QVERIFY2(outcome->error().code == code,
        qPrintable(outcome->error().code + QLatin1String(": ") + outcome->error().message));
    QVERIFY2(ticks >= 2, "the event loop did not turn during the call");
    QVERIFY2(clicks >= 1, "no click was handled during the call");
    qInfo("%s: call ended after %lld ms; %d timer ticks (10 ms), longest gap %lld ms; %d clicks handled",
        QTest::currentDataTag(), wallMs, ticks, maxGapMs, clicks);
}

QTEST_MAIN(TestCallResponsiveness)
#include "tst_callresponsiveness.moc"
