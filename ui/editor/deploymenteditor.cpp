#include "deploymenteditor.h"

#include "config/configdocument.h"
#include "document/configsession.h"
#include "modellist/routesummary.h"
#include "route/awsfacts.h"
#include "route/litellmprofile.h"
#include "route/modelcatalog.h"
#include "route/routeparser.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QStringListModel>
#include <QVBoxLayout>

#include <algorithm>

namespace brc::ui {

namespace {

const QString s_bedrock = QStringLiteral("bedrock/");

/// The route words and specs a model string may start with after "bedrock/".
QStringList routeWords()
{
    QStringList words { QStringLiteral("converse"), QStringLiteral("invoke") };
    QStringList specs = route::LiteLlmProfile::latest().encodedSpecs.values();
    std::sort(specs.begin(), specs.end());
    words += specs;
    return words;
}

/// Splits "bedrock/<word>/<rest>" into word and rest ("" when there is no route word).
std::pair<QString, QString> splitRoute(const QString &model, const QStringList &words)
{
    QString rest = model.startsWith(s_bedrock) ? model.mid(s_bedrock.size()) : model;
    for (const QString &word : words) {
        if (rest.startsWith(word + QLatin1Char('/'))) {
            return { word, rest.mid(word.size() + 1) };
        }
    }
    return { QString(), rest };
}

void setStatus(QLabel *label, const QString &text, bool bad)
{
    label->setText(text);
    QPalette palette = label->parentWidget()->palette();
    if (bad) {
        palette.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f));
    }
    label->setPalette(palette);
}

} // namespace

const QStringList &DeploymentEditor::credentialKeys()
{
    static const QStringList keys {
        QStringLiteral("aws_access_key_id"),
        QStringLiteral("aws_secret_access_key"),
        QStringLiteral("aws_session_token"),
        QStringLiteral("aws_role_name"),
        QStringLiteral("aws_profile_name"),
        QStringLiteral("aws_web_identity_token"),
        QStringLiteral("api_key"),
    };
    return keys;
}

DeploymentEditor::DeploymentEditor(ConfigSession &session, const route::ModelCatalog &catalog,
    const route::RouteParser &parser, route::RouteEnvironment environment, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_parser(parser)
    , m_environment(std::move(environment))
    , m_name(new QLineEdit(this))
    , m_model(new QLineEdit(this))
    , m_modelStatus(new QLabel(this))
    , m_route(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_regionStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("deploymentEditor"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Model name"));
    m_model->setObjectName(QStringLiteral("modelEdit"));
    m_model->setAccessibleName(tr("LiteLLM model string"));
    m_modelStatus->setObjectName(QStringLiteral("modelStatus"));
    m_modelStatus->setWordWrap(true);
    m_route->setObjectName(QStringLiteral("routeCombo"));
    m_route->setAccessibleName(tr("Route"));
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setAccessibleName(tr("Region"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->addItem(QString());
    m_region->addItems(route::AwsFacts::regions());
    m_regionStatus->setObjectName(QStringLiteral("regionStatus"));
    m_regionStatus->setWordWrap(true);

    // Completion: every catalog id, bare and on each route.
    QStringList completions;
    const QStringList ids = catalog.completionIds();
    completions.reserve(ids.size() * 3);
    for (const QString &id : ids) {
        completions.append(s_bedrock + id);
        completions.append(s_bedrock + QStringLiteral("converse/") + id);
        completions.append(s_bedrock + QStringLiteral("invoke/") + id);
    }
    auto *completer = new QCompleter(new QStringListModel(completions, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_model->setCompleter(completer);

    m_route->addItem(tr("default (LiteLLM decides)"), QString());
    for (const QString &word : routeWords()) {
        m_route->addItem(word + QLatin1Char('/'), word);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Model &name:"), m_name);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(QString(), m_modelStatus);
    form->addRow(tr("R&oute:"), m_route);
    form->addRow(tr("Re&gion:"), m_region);
    form->addRow(QString(), m_regionStatus);

    auto *credentials = new QGroupBox(tr("Credentials (environment references)"), this);
    auto *credentialForm = new QFormLayout(credentials);
    credentialForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    credentialForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    const QRegularExpression envName(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
    for (const QString &key : credentialKeys()) {
        auto *edit = new QLineEdit(credentials);
        edit->setObjectName(QStringLiteral("env_") + key);
        edit->setAccessibleName(tr("Environment variable for %1").arg(key));
        edit->setValidator(new QRegularExpressionValidator(envName, edit));
        edit->setPlaceholderText(tr("variable name"));
        auto *prefix = new QLabel(QStringLiteral("os.environ/"), credentials);
        prefix->setBuddy(edit);
        auto *row = new QHBoxLayout;
        row->setSpacing(0);
        row->addWidget(prefix);
        row->addWidget(edit, 1);
        auto *status = new QLabel(credentials);
        status->setObjectName(QStringLiteral("envStatus_") + key);
        status->setWordWrap(true);
        status->hide();
        credentialForm->addRow(key + QLatin1Char(':'), row);
        credentialForm->addRow(QString(), status);
        m_credentials.insert(key, edit);
        m_credentialStatus.insert(key, status);
        connect(edit, &QLineEdit::textEdited, this, [this, key](const QString &text) {
            editParam(key, text.isEmpty() ? QString() : QStringLiteral("os.environ/") + text);
        });
    }

    auto *limits = new QGroupBox(tr("Limits"), this);
    auto *limitsForm = new QFormLayout(limits);
    const QList<std::pair<QString, QString>> numbers { { QStringLiteral("rpm"), tr("Requests per minute:") },
        { QStringLiteral("tpm"), tr("Tokens per minute:") }, { QStringLiteral("timeout"), tr("Timeout (s):") },
        { QStringLiteral("max_tokens"), tr("Max tokens:") } };
    for (const auto &[key, label] : numbers) {
        auto *edit = new QLineEdit(limits);
        edit->setObjectName(key + QStringLiteral("Edit"));
        edit->setAccessibleName(label);
        edit->setValidator(new QIntValidator(0, std::numeric_limits<int>::max(), edit));
        limitsForm->addRow(label, edit);
        m_numbers.insert(key, edit);
        connect(edit, &QLineEdit::textEdited, this, [this, key](const QString &text) { editParam(key, text); });
    }

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(form);
    contentLayout->addWidget(credentials);
    contentLayout->addWidget(limits);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_name, &QLineEdit::textEdited, this, &DeploymentEditor::editModelName);
    connect(m_model, &QLineEdit::textEdited, this, &DeploymentEditor::editModel);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &DeploymentEditor::editModel);
    connect(m_route, &QComboBox::activated, this, &DeploymentEditor::onRouteChosen);
    connect(m_region, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (!m_loading) {
            editParam(QStringLiteral("aws_region_name"), text);
        }
    });
    connect(&m_session, &ConfigSession::documentChanged, this, [this] {
        if (m_row >= int(m_session.document().deployments().size())) {
            m_row = -1;
        }
        load();
    });
    load();
}

DeploymentEditor::~DeploymentEditor() = default;

void DeploymentEditor::setRow(int row)
{
    m_row = row;
    load();
}

void DeploymentEditor::load()
{
    const auto &deployments = m_session.document().deployments();
    const bool valid = m_row >= 0 && m_row < deployments.size();
    setEnabled(valid);
    m_loading = true;
    const config::Deployment deployment = valid ? deployments.at(m_row) : config::Deployment();
    auto keep = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text) {
            edit->setText(text); // only when different: the cursor stays while typing
        }
    };
    keep(m_name, deployment.modelName.text);
    keep(m_model, deployment.model());
    const auto [word, rest] = splitRoute(deployment.model(), routeWords());
    Q_UNUSED(rest)
    m_route->setCurrentIndex(std::max(0, m_route->findData(word)));
    const QString region = deployment.param(u"aws_region_name").text;
    if (m_region->currentText() != region) {
        m_region->setCurrentText(region);
    }
    for (auto it = m_credentials.cbegin(); it != m_credentials.cend(); ++it) {
        const config::ConfigValue value = deployment.param(it.key());
        QLabel *status = m_credentialStatus.value(it.key());
        if (value.isPresent() && !value.isNull && !value.isEnvReference()) {
            // A literal in the file: never shown; typing a name replaces it by a reference.
            keep(it.value(), QString());
            it.value()->setPlaceholderText(tr("literal value in the file (hidden)"));
            setStatus(status,
                tr("The file holds a literal value here. Type a variable name to replace it by an "
                   "os.environ/ reference."),
                true);
            status->show();
        } else {
            keep(it.value(), value.envName());
            it.value()->setPlaceholderText(tr("variable name"));
            status->hide();
        }
    }
    for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it) {
        keep(it.value(), deployment.param(it.key()).text);
    }
    m_loading = false;
    validate();
}

void DeploymentEditor::validate()
{
    if (m_row < 0) {
        m_modelStatus->clear();
        m_regionStatus->clear();
        return;
    }
    const auto &deployment = m_session.document().deployments().at(m_row);
    const route::ParsedRoute parsed
        = m_parser.parse(m_model->text(), RouteSummary::contextOf(deployment, m_environment));
    if (parsed.diagnostics.isEmpty()) {
        m_modelStatus->setToolTip({});
        setStatus(m_modelStatus, tr("✓ %1 route").arg(route::routeName(parsed.litellm.route)), false);
    } else {
        const auto worst = std::max_element(parsed.diagnostics.cbegin(), parsed.diagnostics.cend(),
            [](const auto &a, const auto &b) { return a.severity < b.severity; });
        // One short line; the messages in full in the tooltip and the problems panel.
        QStringList messages;
        for (const route::Diagnostic &d : parsed.diagnostics) {
            messages.append(route::severityName(d.severity) + QStringLiteral(": ") + d.message);
        }
        m_modelStatus->setToolTip(messages.join(QLatin1Char('\n')));
        setStatus(m_modelStatus,
            tr("%1: %2").arg(route::severityName(worst->severity), worst->code)
                + (parsed.diagnostics.size() > 1 ? tr(" (+%n more)", nullptr, int(parsed.diagnostics.size() - 1))
                                                 : QString()),
            worst->severity == route::Severity::Error);
    }
    const QString region = m_region->currentText();
    if (region.isEmpty()) {
        setStatus(m_regionStatus, tr("No aws_region_name: the region comes from the environment."), false);
    } else if (!route::AwsFacts::isRegion(region)) {
        setStatus(m_regionStatus, tr("\"%1\" is not an AWS region Bedrock runs in.").arg(region), true);
    } else {
        m_regionStatus->clear();
    }
}

void DeploymentEditor::editModelName(const QString &text)
{
    if (m_loading || m_row < 0) {
        return;
    }
    const int row = m_row;
    const Result<void> result = m_session.edit(
        tr("Rename to %1").arg(text), row,
        [row, text](config::ConfigDocument &document) { return document.setModelName(row, text); },
        ConfigSession::MergeKey::ModelName, QStringLiteral("model_name"));
    if (!result) {
        Q_EMIT statusMessage(result.error().toString());
    }
}

void DeploymentEditor::editModel(const QString &text)
{
    if (m_loading || m_row < 0) {
        return;
    }
    editParam(QStringLiteral("model"), text);
}

void DeploymentEditor::editParam(const QString &key, const QString &value)
{
    if (m_loading || m_row < 0) {
        return;
    }
    const int row = m_row;
    const bool present = m_session.document().deployments().at(row).param(key).isPresent();
    if (value.isEmpty() && !present) {
        validate();
        return;
    }
    const Result<void> result = m_session.edit(
        value.isEmpty() ? tr("Remove %1").arg(key) : tr("Set %1").arg(key), row,
        [row, key, value](config::ConfigDocument &document) {
            return value.isEmpty() ? document.removeParam(row, key) : document.setParam(row, key, value);
        },
        ConfigSession::MergeKey::Param, key);
    if (!result) {
        Q_EMIT statusMessage(result.error().toString());
    }
    validate();
}

void DeploymentEditor::onRouteChosen(int index)
{
    if (m_row < 0) {
        return;
    }
    const QString word = m_route->itemData(index).toString();
    const auto [current, rest] = splitRoute(m_model->text(), routeWords());
    const QString model = s_bedrock + (word.isEmpty() ? QString() : word + QLatin1Char('/')) + rest;
    if (model != m_model->text()) {
        m_model->setText(model);
        editParam(QStringLiteral("model"), model);
    }
}

} // namespace brc::ui
