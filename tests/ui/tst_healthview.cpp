// The health view against the local Bedrock: a 50-deployment run with one failure, its table
// sorted, filtered and exported, the charts, a failure leading to its deployment, and cancel.
#include "config/configdocument.h"
#include "consoleservicesfixture.h"
#include "document/configsession.h"
#include "fakeprompter.h"
#include "health/healthcharts.h"
#include "health/healthfiltermodel.h"
#include "health/healthresultsmodel.h"
#include "health/healthview.h"
#include "route/routeparser.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPieSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QChart>

using namespace brc;

class TestHealthView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fiftyDeploymentsOneFailure();
    void bothApisSideBySide();
    void selectedDeploymentsOnly();
    void cancelStopsTheRun();

private:
    void load(int deployments, int failing);

    QString m_endpoint;
    std::unique_ptr<ConsoleServicesFixture> m_fixture;
    std::unique_ptr<route::RouteParser> m_parser;
    std::unique_ptr<ui::ConfigSession> m_session;
    FakePrompter m_prompter;
    std::unique_ptr<ui::HealthView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_resultsTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};

void TestHealthView::initTestCase()
{
    m_endpoint = ConsoleServicesFixture::endpoint();
    QVERIFY2(!m_endpoint.isEmpty(), "the local Bedrock is not running (ctest fixture fakebedrock)");
    m_parser = std::make_unique<route::RouteParser>();
}

void TestHealthView::init()
{
    m_fixture = std::make_unique<ConsoleServicesFixture>();
    m_session = std::make_unique<ui::ConfigSession>();
    m_view = std::make_unique<ui::HealthView>(*m_session, *m_parser, m_fixture->services, m_prompter);
    m_resultsTester = std::make_unique<QAbstractItemModelTester>(
        m_view->resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filterTester = std::make_unique<QAbstractItemModelTester>(
        m_view->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->resize(1200, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestHealthView::cleanup()
{
    m_filterTester.reset();
    m_resultsTester.reset();
    m_view.reset();
    m_session.reset();
    m_fixture.reset();
}

/// `deployments` Bedrock deployments on the local Bedrock; the one at `failing` signs with a
/// wrong secret. A non-Bedrock deployment is mixed in: the health run skips it.
void TestHealthView::load(int deployments, int failing)
{
    QString yaml
        = QStringLiteral("model_list:\n  - model_name: gpt\n    litellm_params:\n      model: openai/gpt-4o\n");
    const QStringList models { QStringLiteral("bedrock/us.amazon.nova-micro-v1:0"),
        QStringLiteral("bedrock/anthropic.claude-3-haiku-20240307-v1:0"),
        QStringLiteral("bedrock/invoke/us.meta.llama3-2-1b-instruct-v1:0"),
        QStringLiteral("bedrock/converse/mistral.mistral-large-2402-v1:0") };
    for (int i = 0; i < deployments; ++i) {
        yaml += QStringLiteral("  - model_name: m%1\n    litellm_params:\n      model: %2\n      aws_region_name: "
                               "us-east-1\n      aws_bedrock_runtime_endpoint: %3\n")
                    .arg(i, 2, 10, QLatin1Char('0'))
                    .arg(models.at(i % models.size()), m_endpoint);
        if (i == failing) {
            yaml += QStringLiteral(
                "      aws_access_key_id: AKIDEXAMPLE\n      aws_secret_access_key: not-the-secret\n");
        }
    }
    auto document = config::ConfigDocument::fromYaml(yaml.toUtf8());
    QVERIFY2(document, qPrintable(document ? QString() : document.error().toString()));
    m_session->setDocument(std::move(document).value());
}

void TestHealthView::fiftyDeploymentsOneFailure()
{
    load(50, 17);
    m_view->concurrencySpin()->setValue(8);
    QSignalSpy finished(m_view.get(), &ui::HealthView::runFinished);
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("runHealthButton")), Qt::LeftButton);
    QVERIFY(m_view->isRunning());
    QVERIFY(!m_view->findChild<QPushButton *>(QStringLiteral("runHealthButton"))->isEnabled());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);

    ui::HealthResultsModel *results = m_view->resultsModel();
    QCOMPARE(results->rowCount(), 50);
    QCOMPARE(results->failedCount(), 1);
    QCOMPARE(m_view->progressBar()->value(), 50);
    QCOMPARE(m_view->progressBar()->maximum(), 50);
    QVERIFY2(
        m_view->countsLabel()->text().contains(QLatin1String("49 healthy")), qPrintable(m_view->countsLabel()->text()));
    QVERIFY(m_view->countsLabel()->text().contains(QLatin1String("1 failed")));

    // The failure, alone under "failures only", says what went wrong and where.
    m_view->failuresOnlyCheck()->setChecked(true);
    QCOMPARE(m_view->filterModel()->rowCount(), 1);
    const QModelIndex failure = m_view->filterModel()->index(0, ui::HealthResultsModel::Deployment);
    QCOMPARE(failure.data().toString(), QStringLiteral("m17"));
    const QString type = m_view->filterModel()->index(0, ui::HealthResultsModel::ErrorType).data().toString();
    QVERIFY2(type == QLatin1String("InvalidSignatureException") || type == QLatin1String("UnrecognizedClientException")
            || type == QLatin1String("SignatureDoesNotMatch"),
        qPrintable(type));
    QCOMPARE(m_view->filterModel()->index(0, ui::HealthResultsModel::HttpStatus).data().toInt(), 403);
    QVERIFY(!m_view->filterModel()->index(0, ui::HealthResultsModel::Hint).data().toString().isEmpty());

    // Double-click leads to the deployment (row 18: the openai one comes first).
    QSignalSpy activated(m_view.get(), &ui::HealthView::deploymentActivated);
    QTableView *table = m_view->view();
    const QRect cell = table->visualRect(failure);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toInt(), 18);
    m_view->failuresOnlyCheck()->setChecked(false);

    // Filter on any column, then sort by latency.
    m_view->filterEdit()->setText(QStringLiteral("claude"));
    QCOMPARE(m_view->filterModel()->rowCount(), 13);
    m_view->filterEdit()->clear();
    QCOMPARE(m_view->filterModel()->rowCount(), 50);
    table->sortByColumn(ui::HealthResultsModel::Latency, Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < m_view->filterModel()->rowCount(); ++row) {
        const qint64 latency = m_view->filterModel()
                                   ->index(row, ui::HealthResultsModel::Latency)
                                   .data(ui::HealthResultsModel::SortRole)
                                   .toLongLong();
        QVERIFY(latency <= previous);
        previous = latency;
    }
    // Healthy calls streamed: a time to first token for each.
    int withTtft = 0;
    for (const health::HealthResult &r : results->results()) {
        withTtft += r.ttftMs >= 0 ? 1 : 0;
    }
    QCOMPARE(withTtft, 49);

    // Charts: errors by type has the one failure.
    QChart *errors = m_view->charts()->chart(3);
    QCOMPARE(errors->series().size(), 1);
    auto *pie = qobject_cast<QPieSeries *>(errors->series().first());
    QVERIFY(pie);
    QCOMPARE(pie->count(), 1);
    QCOMPARE(pie->sum(), 1.0);
    QVERIFY(!m_view->charts()->chart(0)->series().isEmpty());

    // Export, CSV and JSON, every result.
    QTemporaryDir out;
    QVERIFY(m_view->exportTo(out.filePath(QStringLiteral("health.csv")), false));
    QFile csv(out.filePath(QStringLiteral("health.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.size(), 52); // header, 50 rows, and the empty piece after the last line end
    QVERIFY(lines.first().startsWith("model_name,model,api,url,ok,http_status,latency_ms"));
    QCOMPARE(
        std::count_if(lines.cbegin(), lines.cend(), [](const QByteArray &l) { return l.contains(",false,403,"); }), 1);
    m_prompter.saveName = out.filePath(QStringLiteral("health.json"));
    auto *exportButton = m_view->findChild<QPushButton *>(QStringLiteral("exportHealthButton"));
    QVERIFY(exportButton->isEnabled());
    exportButton->menu()->actions().at(1)->trigger();
    QFile json(m_prompter.saveName);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(report.value(QLatin1String("healthy_count")).toInt(), 49);
    QCOMPARE(report.value(QLatin1String("unhealthy_count")).toInt(), 1);
    QCOMPARE(report.value(QLatin1String("results")).toArray().size(), 50);
}

void TestHealthView::bothApisSideBySide()
{
    load(4, -1);
    m_view->apiCombo()->setCurrentIndex(3);
    QSignalSpy finished(m_view.get(), &ui::HealthView::runFinished);
    m_view->run();
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_view->resultsModel()->rowCount(), 8);
    QCOMPARE(m_view->resultsModel()->failedCount(), 0);
    QChart *versus = m_view->charts()->chart(4);
    QCOMPARE(versus->series().size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(versus->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    QCOMPARE(bars->barSets().at(0)->count(), 4);
    QCOMPARE(bars->barSets().at(1)->count(), 4);
}

void TestHealthView::selectedDeploymentsOnly()
{
    load(6, -1);
    m_view->setSelectionProvider([] { return QList<int> { 2, 4 }; });
    m_view->scopeCombo()->setCurrentIndex(1);
    QSignalSpy finished(m_view.get(), &ui::HealthView::runFinished);
    m_view->run();
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_view->resultsModel()->rowCount(), 2);
    QCOMPARE(m_view->resultsModel()->index(0, 0).data(ui::HealthResultsModel::DeploymentRowRole).toInt()
            + m_view->resultsModel()->index(1, 0).data(ui::HealthResultsModel::DeploymentRowRole).toInt(),
        6);
}

void TestHealthView::cancelStopsTheRun()
{
    // An endpoint that accepts connections and never answers: only Cancel ends the run.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QString yaml = QStringLiteral("model_list:\n");
    for (int i = 0; i < 10; ++i) {
        yaml += QStringLiteral(
            "  - model_name: s%1\n    litellm_params:\n      model: bedrock/us.amazon.nova-micro-v1:0\n"
            "      aws_region_name: us-east-1\n      aws_bedrock_runtime_endpoint: "
            "http://127.0.0.1:%2\n")
                    .arg(i)
                    .arg(silent.serverPort());
    }
    auto document = config::ConfigDocument::fromYaml(yaml.toUtf8());
    QVERIFY(document);
    m_session->setDocument(std::move(document).value());
    m_view->concurrencySpin()->setValue(3);
    QSignalSpy finished(m_view.get(), &ui::HealthView::runFinished);
    m_view->run();
    QVERIFY(m_view->isRunning());
    QTest::qWait(200);
    QVERIFY(finished.isEmpty());
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("cancelHealthButton")), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!m_view->isRunning());
    QVERIFY(m_view->countsLabel()->text().startsWith(QLatin1String("Cancelled")));
    QVERIFY(m_view->findChild<QPushButton *>(QStringLiteral("runHealthButton"))->isEnabled());
}

QTEST_MAIN(TestHealthView)
#include "tst_healthview.moc"
