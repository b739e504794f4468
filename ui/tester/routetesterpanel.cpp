#include "routetesterpanel.h"

#include "aws/awssharedconfig.h"
#include "aws/credentialresolver.h"
#include "aws/profilecatalog.h"
#include "bedrock/bedrockcall.h"
#include "bedrock/bedrockclient.h"
#include "bedrock/errorfix.h"
#include "bedrock/errormapper.h"
#include "config/configdocument.h"
#include "document/configsession.h"
#include "health/healthcheck.h"
#include "route/routeparser.h"
#include "services/consoleservices.h"
#include "testhistorymodel.h"
#include "testresultview.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace brc::ui {

namespace {

const QString s_managed = QStringLiteral("managed:");
const QString s_aws = QStringLiteral("aws:");

} // namespace

RouteTesterPanel::RouteTesterPanel(
    ConfigSession &session, const route::RouteParser &parser, ConsoleServices &services, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_parser(parser)
    , m_services(services)
    , m_planner(parser, services.environment)
    , m_history(new TestHistoryModel(this))
{
    setObjectName(QStringLiteral("routeTester"));
    m_sides[0].api = bedrock::RouteApi::Converse;
    m_sides[1].api = bedrock::RouteApi::Invoke;
    buildForm();
    reloadProfiles();
    connect(&m_session, &ConfigSession::documentChanged, this, [this](int row) {
        if (row < 0 || row == m_row) {
            refreshFromDocument(m_row);
        }
    });
    connect(&m_session, &ConfigSession::documentReplaced, this, [this] { setRow(-1); });
    updateButtons();
}

RouteTesterPanel::~RouteTesterPanel()
{
    ++m_generation;
    for (Side &s : m_sides) {
        if (s.call) {
            s.call->disconnect(this);
            s.call->cancel();
        }
    }
}

void RouteTesterPanel::buildForm()
{
    m_deploymentLabel = new QLabel(this);
    m_deploymentLabel->setObjectName(QStringLiteral("deploymentLabel"));
    m_model = new QLineEdit(this);
    m_model->setObjectName(QStringLiteral("testerModelEdit"));
    m_model->setPlaceholderText(tr("bedrock/us.amazon.nova-micro-v1:0"));
    m_model->setAccessibleName(tr("Model string to test"));
    m_prompt = new QPlainTextEdit(tr("Say hello in five words."), this);
    m_prompt->setObjectName(QStringLiteral("promptEdit"));
    m_prompt->setAccessibleName(tr("Prompt"));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setMaximumHeight(m_prompt->fontMetrics().lineSpacing() * 4);
    m_maxTokens = new QSpinBox(this);
    m_maxTokens->setObjectName(QStringLiteral("maxTokensSpin"));
    m_maxTokens->setRange(1, 200000);
    m_maxTokens->setValue(256);
    m_maxTokens->setAccessibleName(tr("Max tokens"));
    m_temperature = new QDoubleSpinBox(this);
    m_temperature->setObjectName(QStringLiteral("temperatureSpin"));
    m_temperature->setRange(-0.1, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(1);
    m_temperature->setSpecialValueText(tr("model default"));
    m_temperature->setValue(-0.1);
    m_temperature->setAccessibleName(tr("Temperature"));
    m_stream = new QCheckBox(tr("&Stream"), this);
    m_stream->setObjectName(QStringLiteral("streamCheck"));
    m_stream->setChecked(true);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setAccessibleName(tr("Credentials profile"));
    m_region = new QLineEdit(this);
    m_region->setObjectName(QStringLiteral("regionEdit"));
    m_region->setAccessibleName(tr("Region"));
    m_endpoint = new QLineEdit(this);
    m_endpoint->setObjectName(QStringLiteral("endpointEdit"));
    m_endpoint->setAccessibleName(tr("Endpoint override"));
    m_endpoint->setPlaceholderText(tr("https://bedrock-runtime.REGION.amazonaws.com"));

    m_converse = new QPushButton(tr("&Converse"), this);
    m_converse->setObjectName(QStringLiteral("converseButton"));
    m_invoke = new QPushButton(tr("&Invoke"), this);
    m_invoke->setObjectName(QStringLiteral("invokeButton"));
    m_both = new QPushButton(tr("&Both side by side"), this);
    m_both->setObjectName(QStringLiteral("bothButton"));
    m_both->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_converse, &QPushButton::clicked, this, [this] { run(Apis::Converse); });
    connect(m_invoke, &QPushButton::clicked, this, [this] { run(Apis::Invoke); });
    connect(m_both, &QPushButton::clicked, this, [this] { run(Apis::Both); });
    connect(m_cancel, &QPushButton::clicked, this, &RouteTesterPanel::cancel);

    auto *form = new QFormLayout;
    form->addRow(tr("&Model:"), m_model);
    form->addRow(QString(), m_deploymentLabel);
    form->addRow(tr("&Prompt:"), m_prompt);
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(new QLabel(tr("Max tokens:"), this));
    numbers->addWidget(m_maxTokens);
    numbers->addWidget(new QLabel(tr("Temperature:"), this));
    numbers->addWidget(m_temperature);
    numbers->addWidget(m_stream);
    numbers->addStretch(1);
    form->addRow(QString(), numbers);
    auto *where = new QHBoxLayout;
    where->addWidget(m_profile, 2);
    where->addWidget(new QLabel(tr("Region:"), this));
    where->addWidget(m_region, 1);
    form->addRow(tr("Cre&dentials:"), where);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_converse);
    buttons->addWidget(m_invoke);
    buttons->addWidget(m_both);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    form->addRow(QString(), buttons);

    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->setObjectName(QStringLiteral("testerSides"));
    for (Side &s : m_sides) {
        const bool converse = s.api == bedrock::RouteApi::Converse;
        s.view = new TestResultView(converse ? tr("Converse") : tr("Invoke"), sides);
        s.view->setObjectName(converse ? QStringLiteral("converseResult") : QStringLiteral("invokeResult"));
        sides->addWidget(s.view);
        const bedrock::RouteApi api = s.api;
        connect(s.view, &TestResultView::applyFixRequested, this, [this, api] { applyFix(api); });
        connect(s.view, &TestResultView::copyCurlRequested, this, [this, api] {
            const QString curl = curlCommand(api);
            if (!curl.isEmpty()) {
                QGuiApplication::clipboard()->setText(curl);
                Q_EMIT statusMessage(tr("Copied a curl command; it reads the keys from your environment."));
            }
        });
    }

    m_historyView = new QTableView(this);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setAccessibleName(tr("Tests of this deployment"));
    m_historyView->setModel(m_history);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setWordWrap(false);
    m_historyView->verticalHeader()->setDefaultSectionSize(m_historyView->fontMetrics().height() + 6);
    connect(m_history, &QAbstractItemModel::rowsInserted, m_historyView,
        [this] { m_historyView->resizeColumnsToContents(); });

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(sides);
    split->addWidget(m_historyView);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);
}

void RouteTesterPanel::reloadProfiles()
{
    const QString current = m_profile->currentData().toString();
    m_profile->clear();
    m_profile->addItem(tr("As the deployment says (LiteLLM's choice)"), QString());
    if (const Result<aws::ProfileCatalog> catalog = aws::ProfileCatalog::load(m_services.profileCatalogPath)) {
        for (const aws::ManagedProfile &p : catalog->profiles()) {
            m_profile->addItem(tr("%1 (console profile)").arg(p.name), QString(s_managed + p.name));
        }
    }
    if (const Result<aws::AwsSharedConfig> shared = aws::AwsSharedConfig::load(m_services.environment)) {
        for (const QString &name : shared->profileNames()) {
            m_profile->addItem(tr("%1 (AWS profile)").arg(name), QString(s_aws + name));
        }
    }
    const int index = m_profile->findData(current);
    m_profile->setCurrentIndex(index < 0 ? 0 : index);
}

void RouteTesterPanel::setRow(int row)
{
    m_row = row;
    refreshFromDocument(row);
    m_history->setDeployment(deploymentKey());
}

void RouteTesterPanel::refreshFromDocument(int row)
{
    const auto &deployments = m_session.document().deployments();
    if (row < 0 || row >= deployments.size()) {
        m_row = -1;
        m_deploymentLabel->setText(tr("No deployment selected: type any Bedrock model string."));
        m_region->setPlaceholderText(QString());
        return;
    }
    const config::Deployment &deployment = deployments.at(row);
    m_model->setText(deployment.model());
    m_deploymentLabel->setText(tr("Deployment \"%1\" (line %2)").arg(deployment.modelName.text).arg(deployment.line));
    const route::RouteContext context = m_planner.routeContext(deployment);
    m_region->setPlaceholderText(context.region.isEmpty() ? tr("as LiteLLM picks it") : context.region);
}

bool RouteTesterPanel::modelIsDeployment() const
{
    const auto &deployments = m_session.document().deployments();
    return m_row >= 0 && m_row < deployments.size() && deployments.at(m_row).model() == m_model->text().trimmed();
}

QString RouteTesterPanel::deploymentKey() const
{
    if (modelIsDeployment()) {
        return m_session.document().deployments().at(m_row).modelName.text;
    }
    return m_model->text().trimmed();
}

RouteTesterPanel::Side &RouteTesterPanel::side(bedrock::RouteApi api)
{
    return m_sides[api == bedrock::RouteApi::Converse ? 0 : 1];
}

const RouteTesterPanel::Side &RouteTesterPanel::side(bedrock::RouteApi api) const
{
    return m_sides[api == bedrock::RouteApi::Converse ? 0 : 1];
}

TestResultView *RouteTesterPanel::resultView(bedrock::RouteApi api) const
{
    return side(api).view;
}

bool RouteTesterPanel::isRunning() const
{
    return m_sides[0].running || m_sides[1].running;
}

void RouteTesterPanel::updateButtons()
{
    const bool running = isRunning();
    m_converse->setEnabled(!running);
    m_invoke->setEnabled(!running);
    m_both->setEnabled(!running);
    m_cancel->setEnabled(running);
}

void RouteTesterPanel::run(Apis apis)
{
    cancel();
    const int generation = ++m_generation;
    const QString model = m_model->text().trimmed();
    const bool deployment = modelIsDeployment();
    if (m_history->deployment() != deploymentKey()) {
        m_history->setDeployment(deploymentKey());
    }
    route::RouteContext context;
    if (deployment) {
        context = m_planner.routeContext(m_session.document().deployments().at(m_row));
    } else {
        context = m_planner.routeContext(config::Deployment {});
    }
    if (!m_region->text().trimmed().isEmpty()) {
        context.region = m_region->text().trimmed();
    }
    if (!m_endpoint->text().trimmed().isEmpty()) {
        context.runtimeEndpoint = m_endpoint->text().trimmed();
    }
    m_route = m_parser.parse(model, context);

    bedrock::ChatRequest chat = bedrock::ChatRequest::fromPrompt(m_prompt->toPlainText(), m_maxTokens->value());
    if (m_temperature->value() >= 0) {
        chat.temperature = m_temperature->value();
    }
    for (Side &s : m_sides) {
        s.active = apis == Apis::Both || (apis == Apis::Converse) == (s.api == bedrock::RouteApi::Converse);
        s.running = false;
        s.request.reset();
        s.fix.reset();
        s.view->setEnabled(s.active);
        s.view->setCurlAvailable(false);
        if (!s.active) {
            continue;
        }
        s.view->start(tr("Resolving credentials…"));
        if (!m_route.litellm.accepted()) {
            fail(s,
                Error(QStringLiteral("route.rejected"),
                    tr("LiteLLM rejects this model string: %1")
                        .arg(m_route.litellm.error.value_or(tr("not a Bedrock route")))));
            continue;
        }
        auto request = bedrock::RouteRequestBuilder::build(m_route, s.api, m_stream->isChecked(), chat);
        if (!request) {
            fail(s, request.error());
            continue;
        }
        s.request = std::move(request).value();
        s.running = true;
        s.view->setCurlAvailable(true);
    }
    if (!isRunning()) {
        Q_EMIT testFinished();
        return;
    }

    aws::CredentialRequest wanted;
    const QString profile = m_profile->currentData().toString();
    if (profile.startsWith(s_managed)) {
        const Result<aws::ProfileCatalog> catalog = aws::ProfileCatalog::load(m_services.profileCatalogPath);
        const aws::ManagedProfile *managed = catalog ? catalog->find(profile.mid(s_managed.size())) : nullptr;
        if (managed != nullptr) {
            wanted = managed->toRequest();
        }
    } else if (profile.startsWith(s_aws)) {
        wanted.profileName = profile.mid(s_aws.size());
    } else if (deployment) {
        wanted = m_planner.credentialRequest(m_session.document().deployments().at(m_row));
    }
    updateButtons();
    aws::CredentialJob *job = m_services.resolver.resolve(wanted);
    connect(job, &aws::CredentialJob::finished, this,
        [this, generation](const Result<aws::ResolvedCredentials> &result) { onCredentials(generation, result); });
}

void RouteTesterPanel::onCredentials(int generation, const Result<aws::ResolvedCredentials> &credentials)
{
    if (generation != m_generation) {
        return;
    }
    if (!credentials) {
        for (Side &s : m_sides) {
            if (s.running) {
                fail(s, credentials.error());
            }
        }
        return;
    }
    m_curlAuth = credentials->isBearer()             ? aws::CurlAuth::Bearer
        : credentials->credentials.hasSessionToken() ? aws::CurlAuth::SigV4WithSessionToken
                                                     : aws::CurlAuth::SigV4;
    Q_EMIT statusMessage(credentials->explanation);
    const bedrock::BedrockAuth auth { credentials->credentials, credentials->bearerToken };
    for (Side &s : m_sides) {
        if (s.running) {
            send(s, auth);
        }
    }
}

void RouteTesterPanel::send(Side &s, const bedrock::BedrockAuth &auth)
{
    s.view->setStatus(tr("Sending…"));
    bedrock::BedrockCall *call = m_services.client.send(*s.request, auth);
    s.call = call;
    TestResultView *view = s.view;
    connect(call, &bedrock::BedrockCall::requestSent, view, &TestResultView::showRequest);
    connect(call, &bedrock::BedrockCall::frameReceived, view, &TestResultView::appendFrame);
    connect(call, &bedrock::BedrockCall::textDelta, view, [view](const QString &text) {
        view->setStatus(tr("Streaming…"));
        view->appendText(text);
    });
    connect(call, &bedrock::BedrockCall::retrying, view, [view](int attempt, int delayMs, const Error &error) {
        view->setStatus(tr("%1: retry %2 in %3 ms")
                            .arg(error.awsType.isEmpty() ? error.code : error.awsType)
                            .arg(attempt)
                            .arg(delayMs));
    });
    const bedrock::RouteApi api = s.api;
    connect(call, &bedrock::BedrockCall::finished, this,
        [this, api](const Result<bedrock::BedrockResponse> &result) { onFinished(side(api), result); });
}

void RouteTesterPanel::onFinished(Side &s, const Result<bedrock::BedrockResponse> &result)
{
    s.call = nullptr;
    TestRecord record;
    record.deployment = deploymentKey();
    record.model = m_route.input;
    record.when = QDateTime::currentDateTime();
    record.api = health::apiName(s.api);
    record.stream = s.request && bedrock::isStreaming(s.request->operation);
    if (result) {
        s.view->showResponse(*result);
        record.ok = true;
        record.httpStatus = result->httpStatus;
        record.latencyMs = result->wallMs;
        record.ttftMs = result->ttftMs;
        record.inputTokens = result->summary.inputTokens;
        record.outputTokens = result->summary.outputTokens;
        record.outcome = result->summary.stopReason;
        m_history->add(record);
        finishSide(s);
        return;
    }
    record.httpStatus = result.error().httpStatus;
    record.outcome = result.error().awsType.isEmpty() ? result.error().code : result.error().awsType;
    m_history->add(record);
    fail(s, result.error());
}

void RouteTesterPanel::fail(Side &s, const Error &error)
{
    // Only a deployment of the document can be fixed; a typed string has nowhere to go.
    s.fix = modelIsDeployment() ? bedrock::fixForError(error, m_route) : std::nullopt;
    const QString fixText = s.fix ? tr("Change the model to %1: %2").arg(s.fix->fix, s.fix->message) : QString();
    s.view->showError(error, bedrock::ErrorMapper::isRetryable(error),
        bedrock::ErrorMapper::hint(error, m_route.aws.modelId, m_route.litellm.region), fixText);
    finishSide(s);
}

void RouteTesterPanel::finishSide(Side &s)
{
    const bool wasRunning = s.running;
    s.running = false;
    updateButtons();
    if (wasRunning && !isRunning()) {
        Q_EMIT testFinished();
    }
}

void RouteTesterPanel::cancel()
{
    if (!isRunning()) {
        return;
    }
    // Calls in flight report `bedrock.cancelled` through onFinished(); a test still waiting for
    // its credentials is stopped here.
    ++m_generation;
    for (Side &s : m_sides) {
        if (!s.running) {
            continue;
        }
        if (s.call) {
            s.call->cancel();
        } else {
            fail(s, Error(QStringLiteral("bedrock.cancelled"), tr("Cancelled before it was sent.")));
        }
    }
}

QString RouteTesterPanel::curlCommand(bedrock::RouteApi api) const
{
    const Side &s = side(api);
    if (!s.request) {
        return {};
    }
    const aws::SigningRequest request { "POST", s.request->url(), s.request->wireHeaders(), s.request->body };
    return aws::curlCommand(request, s.request->region, QStringLiteral("bedrock"), m_curlAuth);
}

bool RouteTesterPanel::applyFix(bedrock::RouteApi api)
{
    const Side &s = side(api);
    if (!s.fix || !modelIsDeployment()) {
        return false;
    }
    const int row = m_row;
    const QString fixed = s.fix->fix;
    const Result<void> edited
        = m_session.edit(tr("Fix: %1").arg(fixed), row, [row, fixed](config::ConfigDocument &document) {
              return document.setParam(row, QStringLiteral("model"), fixed);
          });
    if (!edited) {
        Q_EMIT statusMessage(edited.error().toString());
        return false;
    }
    Q_EMIT statusMessage(tr("Model changed to %1 (Undo reverts it).").arg(fixed));
    return true;
}

} // namespace brc::ui
