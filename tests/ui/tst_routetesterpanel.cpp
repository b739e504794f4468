// The route tester against the local Bedrock: Converse and Invoke side by side, a stream in
// pieces, a throttling error with its hint and the offered fix applied and undone, and cancel
// in the middle of a stream.
#include "bedrock/eventstreammessage.h"
#include "config/configdocument.h"
#include "consoleservicesfixture.h"
#include "document/configsession.h"
#include "route/routeparser.h"
#include "tester/routetesterpanel.h"
#include "tester/testhistorymodel.h"
#include "tester/testresultview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace brc;
using brc::bedrock::RouteApi;

class TestRouteTesterPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void converseAndInvokeSideBySide();
    void streamArrivesInPieces();
    void throttlingOffersFixThatUndoes();
    void cancelInTheMiddleOfAStream();
    void typedModelStringIsNotFixed();
    void floodedViewStaysBounded();

private:
    QString text(RouteApi api, const char *name) const;
    bool runAndWait(ui::RouteTesterPanel::Apis apis);

    QString m_endpoint;
    std::unique_ptr<ConsoleServicesFixture> m_fixture;
    std::unique_ptr<route::RouteParser> m_parser;
    std::unique_ptr<ui::ConfigSession> m_session;
    std::unique_ptr<ui::RouteTesterPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_historyTester;
};

void TestRouteTesterPanel::initTestCase()
{
    m_endpoint = ConsoleServicesFixture::endpoint();
    QVERIFY2(!m_endpoint.isEmpty(), "the local Bedrock is not running (ctest fixture fakebedrock)");
    m_parser = std::make_unique<route::RouteParser>();
}

void TestRouteTesterPanel::init()
{
    const QByteArray yaml = QStringLiteral("model_list:\n"
                                           "  - model_name: nova\n"
                                           "    litellm_params:\n"
                                           "      model: bedrock/us.amazon.nova-micro-v1:0\n"
                                           "      aws_region_name: us-east-1\n"
                                           "      aws_bedrock_runtime_endpoint: %1\n"
                                           "  - model_name: nova-bare\n"
                                           "    litellm_params:\n"
                                           "      model: bedrock/amazon.nova-micro-v1:0\n"
                                           "      aws_region_name: us-east-1\n"
                                           "      aws_bedrock_runtime_endpoint: %1\n")
                                .arg(m_endpoint)
                                .toUtf8();
    auto document = config::ConfigDocument::fromYaml(yaml);
    QVERIFY2(document, qPrintable(document ? QString() : document.error().toString()));
    m_fixture = std::make_unique<ConsoleServicesFixture>();
    m_session = std::make_unique<ui::ConfigSession>();
    m_session->setDocument(std::move(document).value());
    m_panel = std::make_unique<ui::RouteTesterPanel>(*m_session, *m_parser, m_fixture->services);
    m_historyTester = std::make_unique<QAbstractItemModelTester>(
        m_panel->historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(1000, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestRouteTesterPanel::cleanup()
{
    m_historyTester.reset();
    m_panel.reset();
    m_session.reset();
    m_fixture.reset();
}

QString TestRouteTesterPanel::text(RouteApi api, const char *name) const
{
    ui::TestResultView *view = m_panel->resultView(api);
    if (auto *edit = view->findChild<QPlainTextEdit *>(QLatin1String(name))) {
        return edit->toPlainText();
    }
    if (auto *label = view->findChild<QLabel *>(QLatin1String(name))) {
        return label->text();
    }
    return {};
}

bool TestRouteTesterPanel::runAndWait(ui::RouteTesterPanel::Apis apis)
{
    QSignalSpy finished(m_panel.get(), &ui::RouteTesterPanel::testFinished);
    m_panel->run(apis);
    return finished.wait(20000) && !m_panel->isRunning();
}

void TestRouteTesterPanel::converseAndInvokeSideBySide()
{
    m_panel->setRow(0);
    QCOMPARE(m_panel->modelEdit()->text(), QStringLiteral("bedrock/us.amazon.nova-micro-v1:0"));
    m_panel->streamCheck()->setChecked(false);
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("bothButton")), Qt::LeftButton);
    QVERIFY(m_panel->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isRunning(), 20000);

    for (const RouteApi api : { RouteApi::Converse, RouteApi::Invoke }) {
        ui::TestResultView *view = m_panel->resultView(api);
        QCOMPARE(view->answer(), QStringLiteral("Hello from nova!"));
        QVERIFY2(view->status().contains(QLatin1String("HTTP 200")), qPrintable(view->status()));
        const QString metrics = text(api, "metricsLabel");
        QVERIFY2(metrics.contains(QLatin1String("Tokens in/out")), qPrintable(metrics));
        const QString request = text(api, "requestText");
        QVERIFY2(
            request.contains(m_endpoint + QStringLiteral("/model/us.amazon.nova-micro-v1%3A0/")), qPrintable(request));
        // Redacted: the signature and no secret.
        QVERIFY2(request.contains(QLatin1String("Signature=<redacted>")), qPrintable(request));
        QVERIFY(!request.contains(QLatin1String("wJalrXUtnFEMI")));
        QVERIFY(!text(api, "responseText").isEmpty());
    }
    QVERIFY(text(RouteApi::Converse, "requestText").contains(QLatin1String("/converse\n")));
    QVERIFY(text(RouteApi::Invoke, "requestText").contains(QLatin1String("/invoke\n")));

    QCOMPARE(m_panel->historyModel()->rowCount(), 2);
    QCOMPARE(m_panel->historyModel()->index(0, ui::TestHistoryModel::Status).data().toString(), QStringLiteral("200"));

    // Copy as curl: environment references, never the secret.
    QTest::mouseClick(m_panel->resultView(RouteApi::Converse)->copyCurlButton(), Qt::LeftButton);
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.startsWith(QLatin1String("curl")), qPrintable(curl));
    QVERIFY(curl.contains(QLatin1String("$AWS_SECRET_ACCESS_KEY")));
    QVERIFY(curl.contains(QLatin1String("--aws-sigv4 \"aws:amz:us-east-1:bedrock\"")));
    QVERIFY(!curl.contains(QLatin1String("wJalrXUtnFEMI")));
    QVERIFY(!curl.contains(QLatin1String("AKIDEXAMPLE")));
}

void TestRouteTesterPanel::streamArrivesInPieces()
{
    m_panel->setRow(0);
    m_panel->streamCheck()->setChecked(true);
    m_panel->promptEdit()->setPlainText(QStringLiteral("[[reply:one two three four five six]]"));
    QStringList seen;
    ui::TestResultView *view = m_panel->resultView(RouteApi::Converse);
    auto *answer = view->findChild<QPlainTextEdit *>(QStringLiteral("answerText"));
    connect(answer, &QPlainTextEdit::textChanged, this, [&seen, answer] { seen.append(answer->toPlainText()); });
    QVERIFY(runAndWait(ui::RouteTesterPanel::Apis::Converse));
    QCOMPARE(view->answer(), QStringLiteral("one two three four five six"));
    QVERIFY2(view->textPieces() >= 2, qPrintable(QString::number(view->textPieces())));
    // The answer grew on screen: some text was shown before the whole of it.
    QVERIFY(std::any_of(
        seen.cbegin(), seen.cend(), [](const QString &partial) { return !partial.isEmpty() && partial.size() < 27; }));
    QVERIFY(view->frameCount() >= 4);
    QVERIFY(text(RouteApi::Converse, "responseText").contains(QLatin1String("contentBlockDelta")));
    QVERIFY(text(RouteApi::Converse, "requestText").contains(QLatin1String("/converse-stream\n")));
    QVERIFY(text(RouteApi::Converse, "metricsLabel").contains(QLatin1String("TTFT")));
    QCOMPARE(m_panel->historyModel()->index(0, ui::TestHistoryModel::Api).data().toString(),
        QStringLiteral("converse (stream)"));
}

void TestRouteTesterPanel::throttlingOffersFixThatUndoes()
{
    m_panel->setRow(1);
    m_panel->streamCheck()->setChecked(false);
    m_panel->promptEdit()->setPlainText(QStringLiteral("[[error:ThrottlingException:Too many requests]]"));
    QVERIFY(runAndWait(ui::RouteTesterPanel::Apis::Converse));
    ui::TestResultView *view = m_panel->resultView(RouteApi::Converse);
    QVERIFY2(view->status().contains(QLatin1String("429")), qPrintable(view->status()));
    const QString error = text(RouteApi::Converse, "errorText");
    QVERIFY2(error.contains(QLatin1String("ThrottlingException")), qPrintable(error));
    QVERIFY(error.contains(QLatin1String("Too many requests")));
    QVERIFY(error.contains(QLatin1String("A retry may succeed.")));
    QVERIFY2(error.contains(QLatin1String("cross-region profile")), qPrintable(error));
    QPushButton *fix = view->applyFixButton();
    QVERIFY(fix->isVisible());
    QVERIFY2(fix->toolTip().contains(QLatin1String("bedrock/us.amazon.nova-micro-v1:0")), qPrintable(fix->toolTip()));
    QCOMPARE(m_panel->historyModel()->index(0, ui::TestHistoryModel::Outcome).data().toString(),
        QStringLiteral("ThrottlingException"));

    QTest::mouseClick(fix, Qt::LeftButton);
    QCOMPARE(m_session->document().deployments().at(1).model(), QStringLiteral("bedrock/us.amazon.nova-micro-v1:0"));
    QCOMPARE(m_panel->modelEdit()->text(), QStringLiteral("bedrock/us.amazon.nova-micro-v1:0"));
    QCOMPARE(m_session->undoStack()->count(), 1);
    QVERIFY(m_session->document().text().contains("model: bedrock/us.amazon.nova-micro-v1:0\n      aws_region_name"));

    m_session->undoStack()->undo();
    QCOMPARE(m_session->document().deployments().at(1).model(), QStringLiteral("bedrock/amazon.nova-micro-v1:0"));
    QCOMPARE(m_panel->modelEdit()->text(), QStringLiteral("bedrock/amazon.nova-micro-v1:0"));
    m_session->undoStack()->redo();
    QCOMPARE(m_session->document().deployments().at(1).model(), QStringLiteral("bedrock/us.amazon.nova-micro-v1:0"));
}

void TestRouteTesterPanel::cancelInTheMiddleOfAStream()
{
    m_panel->setRow(0);
    m_panel->streamCheck()->setChecked(true);
    m_panel->promptEdit()->setPlainText(QStringLiteral("[[stall]]"));
    QSignalSpy finished(m_panel.get(), &ui::RouteTesterPanel::testFinished);
    m_panel->run(ui::RouteTesterPanel::Apis::Converse);
    ui::TestResultView *view = m_panel->resultView(RouteApi::Converse);
    // The stream has begun (its first frame is on screen) and stalls there.
    QTRY_VERIFY_WITH_TIMEOUT(view->frameCount() >= 1, 20000);
    QVERIFY(m_panel->isRunning());
    QVERIFY(finished.isEmpty());
    auto *cancel = m_panel->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(!m_panel->isRunning());
    QVERIFY2(view->status().contains(QLatin1String("cancelled")), qPrintable(view->status()));
    QVERIFY(!cancel->isEnabled());
    QVERIFY(m_panel->findChild<QPushButton *>(QStringLiteral("bothButton"))->isEnabled());
}

void TestRouteTesterPanel::typedModelStringIsNotFixed()
{
    // A string typed in is tested but, belonging to no deployment, gets no fix button.
    m_panel->setRow(-1);
    m_panel->modelEdit()->setText(QStringLiteral("bedrock/amazon.nova-micro-v1:0"));
    m_panel->endpointEdit()->setText(m_endpoint);
    m_panel->streamCheck()->setChecked(false);
    m_panel->promptEdit()->setPlainText(QStringLiteral("[[error:ThrottlingException]]"));
    QVERIFY(runAndWait(ui::RouteTesterPanel::Apis::Converse));
    QVERIFY(text(RouteApi::Converse, "errorText").contains(QLatin1String("ThrottlingException")));
    QVERIFY(!m_panel->resultView(RouteApi::Converse)->applyFixButton()->isVisible());
    QVERIFY(!m_panel->applyFix(RouteApi::Converse));
    QCOMPARE(m_session->undoStack()->count(), 0);
}

/// A stream with no line breaks and frames faster than anyone reads: the answer view keeps a
/// bounded prefix and says so, and the frame log shows the newest frames and how many it skipped.
void TestRouteTesterPanel::floodedViewStaysBounded()
{
    ui::TestResultView view(QStringLiteral("Converse"));
    view.resize(600, 400);
    view.show();
    view.start(QStringLiteral("Sending…"));
    const QString piece = QStringLiteral("All work and no play makes Jack a dull boy. ").repeated(100);
    qsizetype sent = 0;
    for (int i = 0; i < 100; ++i) {
        view.appendText(piece);
        sent += piece.size();
    }
    for (int i = 1; i <= 500; ++i) {
        bedrock::EventStreamMessage message;
        message.headers.append({ QStringLiteral(":message-type"), bedrock::EventStreamHeaderType::String, 0, "event" });
        message.headers.append({ QStringLiteral(":event-type"), bedrock::EventStreamHeaderType::String, 0, "chunk" });
        message.payload = QByteArray("{\"n\":") + QByteArray::number(i) + "} " + QByteArray(5000, 'x');
        view.appendFrame(message);
    }
    QTRY_VERIFY(view.hiddenAnswerChars() > 0);
    const QString answer = view.answer();
    QVERIFY2(answer.size() <= ui::TestResultView::AnswerViewChars + 200, qPrintable(QString::number(answer.size())));
    QVERIFY(answer.startsWith(piece));
    QVERIFY(answer.contains(QLatin1String("The view shows the first 100,000 characters")));
    QCOMPARE(view.hiddenAnswerChars(), sent - ui::TestResultView::AnswerViewChars);
    QCOMPARE(view.frameCount(), 500);
    const QString log = view.findChild<QPlainTextEdit *>(QStringLiteral("responseText"))->toPlainText();
    QVERIFY2(log.contains(QLatin1String("450 frames not shown")), qPrintable(log.left(300)));
    QVERIFY(log.contains(QLatin1String("#500 event chunk  {\"n\":500}")));
    QVERIFY(!log.contains(QLatin1String("{\"n\":450}")));
    QVERIFY(log.contains(QLatin1String("(5,010 bytes)")));
    for (const QString &line : log.split(u'\n')) {
        QVERIFY(line.size() <= ui::TestResultView::FrameLineChars + 40);
    }
    // A new test starts from an empty, unbounded view.
    view.start(QStringLiteral("Sending…"));
    QCOMPARE(view.hiddenAnswerChars(), 0);
    view.appendText(QStringLiteral("short"));
    QTRY_COMPARE(view.answer(), QStringLiteral("short"));
}

QTEST_MAIN(TestRouteTesterPanel)
#include "tst_routetesterpanel.moc"
