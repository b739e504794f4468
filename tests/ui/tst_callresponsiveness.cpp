// A window stays responsive while a Bedrock call misbehaves: a real (offscreen) window with a
// button, the core client calling a private local Bedrock that trickles, stalls or streams for
// ever, and the console's route tester against the same faults. The test checks that the call ends and that timers and
// clicks were served meanwhile; the longest gap between 10 ms timer ticks is printed as a figure, not asserted.
#include "bedrock/bedrockclient.h"
#include "bedrock/requestbodybuilder.h"
#include "config/configdocument.h"
#include "consoleservicesfixture.h"
#include "document/configsession.h"
#include "eventloopwait.h"
#include "fakebedrockprocess.h"
#include "route/routeparser.h"
#include "tester/routetesterpanel.h"
#include "tester/testresultview.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

using namespace brc;
using namespace brc::bedrock;

namespace {

/// Counts the turns of the event loop (a zero-interval timer fires once per turn), and keeps the
/// longest gap between the ticks of a 10 ms timer as a figure. A fast machine may end a call in a
/// few milliseconds, so what the tests assert is turns, never ticks.
struct TickMeter
{
    int turns = 0;
    int ticks = 0;
    qint64 maxGapMs = 0;
    QElapsedTimer sinceTick;
    QTimer timer;
    QTimer turnCounter;

    TickMeter()
    {
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
            ++ticks;
            maxGapMs = std::max(maxGapMs, sinceTick.restart());
        });
        turnCounter.setInterval(0);
        QObject::connect(&turnCounter, &QTimer::timeout, &turnCounter, [this] { ++turns; });
    }
    void start()
    {
        sinceTick.start();
        timer.start();
        turnCounter.start();
    }
    void stop()
    {
        timer.stop();
        turnCounter.stop();
    }
};

} // namespace

class TestCallResponsiveness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loopKeepsTurning_data();
    void loopKeepsTurning();
    void routeTesterKeepsTurning_data();
    void routeTesterKeepsTurning();

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

    TickMeter meter;
    // Clicks sent as real input events while the call runs: one on the first turn of the loop
    // (however fast the call), then every 100 ms.
    QTimer clicker;
    clicker.setInterval(100);
    const auto click = [button] { QTest::mouseClick(button, Qt::LeftButton); };
    connect(&clicker, &QTimer::timeout, this, click);
    QTimer::singleShot(0, this, click);

    std::optional<Result<BedrockResponse>> outcome;
    BedrockCall *call = client.send(request, auth);
    connect(
        call, &BedrockCall::finished, this, [&outcome](const Result<BedrockResponse> &result) { outcome = result; });
    meter.start();
    clicker.start();
    QElapsedTimer wall;
    wall.start();
    // A guard against a hang, far beyond the 3 s total timeout; it measures nothing.
    QVERIFY(testwait::runUntil([&] { return outcome.has_value(); }, 60000));
    const qint64 wallMs = wall.elapsed();
    meter.stop();
    clicker.stop();

    QVERIFY(!outcome->hasValue());
    QVERIFY2(outcome->error().code == code,
        qPrintable(outcome->error().code + QLatin1String(": ") + outcome->error().message));
    QVERIFY2(meter.turns >= 2, "the event loop did not turn during the call");
    QVERIFY2(clicks >= 1, "no click was handled during the call");
    qInfo("%s: call ended after %lld ms; %d timer ticks (10 ms), longest gap %lld ms; %d clicks handled",
        QTest::currentDataTag(), wallMs, meter.ticks, meter.maxGapMs, clicks);
}

void TestCallResponsiveness::routeTesterKeepsTurning_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addRow("endless stream") << "[[endless]]";
    QTest::addRow("stalled stream") << "[[stall]]";
    QTest::addRow("slow loris") << "[[trickle:20]]";
}

/// The console's route tester, Converse and Invoke streamed side by side against a local Bedrock
/// that misbehaves on every request: both sides end, and the window kept serving timers.
void TestCallResponsiveness::routeTesterKeepsTurning()
{
    QFETCH(QString, fault);
    FakeBedrockProcess bedrock;
    QVERIFY2(bedrock.start(fault), qPrintable(bedrock.errorText()));
    auto document = config::ConfigDocument::fromYaml(
        QStringLiteral("model_list:\n"
                       "  - model_name: claude\n"
                       "    litellm_params:\n"
                       "      model: bedrock/anthropic.claude-3-haiku-20240307-v1:0\n"
                       "      aws_region_name: us-east-1\n"
                       "      aws_bedrock_runtime_endpoint: %1\n")
            .arg(bedrock.endpoint())
            .toUtf8());
    QVERIFY(document);
    ConsoleServicesFixture fixture;
    BedrockClientOptions options = fixture.client.options();
    options.readTimeoutMs = 1500;
    options.totalTimeoutMs = 3000;
    options.maxStreamBytes = 16 * 1024 * 1024;
    QVERIFY(fixture.client.setOptions(options));
    ui::ConfigSession session;
    session.setDocument(std::move(document).value());
    const route::RouteParser parser;
    ui::RouteTesterPanel panel(session, parser, fixture.services);
    panel.resize(1000, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setRow(0);
    panel.streamCheck()->setChecked(true);

    TickMeter meter;
    QSignalSpy finished(&panel, &ui::RouteTesterPanel::testFinished);
    meter.start();
    QElapsedTimer wall;
    wall.start();
    panel.run(ui::RouteTesterPanel::Apis::Both);
    // A guard against a hang, far beyond the 3 s total timeout; it measures nothing.
    QVERIFY(testwait::runUntil([&] { return !finished.isEmpty() && !panel.isRunning(); }, 60000));
    meter.stop();
    for (const bedrock::RouteApi api : { bedrock::RouteApi::Converse, bedrock::RouteApi::Invoke }) {
        const QString status = panel.resultView(api)->status();
        QVERIFY2(!status.isEmpty() && !status.contains(QLatin1String("HTTP 200 ·")), qPrintable(status));
    }
    QVERIFY2(meter.turns >= 2, "the event loop did not turn during the test");
    for (const bedrock::RouteApi api : { bedrock::RouteApi::Converse, bedrock::RouteApi::Invoke }) {
        // However much text arrived, the answer view holds a bounded amount.
        QVERIFY(panel.resultView(api)->answer().size() <= ui::TestResultView::AnswerViewChars + 200);
    }
    qInfo("%s: both calls ended after %lld ms; %d timer ticks (10 ms), longest gap %lld ms; status: %s",
        QTest::currentDataTag(), wall.elapsed(), meter.ticks, meter.maxGapMs,
        qPrintable(panel.resultView(bedrock::RouteApi::Converse)->status()));
}

QTEST_MAIN(TestCallResponsiveness)
#include "tst_callresponsiveness.moc"
