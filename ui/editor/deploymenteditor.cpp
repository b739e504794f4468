#include "deploymenteditor.h"

#include "common/formpage.h"
#include "config/configdocument.h"
#include "document/configsession.h"
#include "editor/paramtablemodel.h"
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
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QStringListModel>
#include <QTableView>
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

} // namespace

const QStringList &DeploymentEditor::credentialKeys()
{
    static const QStringList keys {
        QStringLiteral("aws_access_key_id"),
        QStringLiteral("aws_secret_access_key"),
        QStringLiteral("aws_session_token"),
        QStringLiteral("aws_role_name"),
        QStringLiteral("aws_web_identity_token"),
        QStringLiteral("api_key"),
    };
    return keys;
}

const QStringList &DeploymentEditor::profileSuppliedKeys()
{
    static const QStringList keys {
        QStringLiteral("aws_access_key_id"),
        QStringLiteral("aws_secret_access_key"),
        QStringLiteral("aws_session_token"),
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
    , m_credentialSource(new QComboBox(this))
    , m_profile(new QComboBox(this))
    , m_sourceStatus(new QLabel(this))
    , m_tableStatus(new QLabel(this))
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

    QFormLayout *form = growingForm();
    form->addRow(tr("Model &name:"), m_name);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(QString(), m_modelStatus);
    form->addRow(tr("R&oute:"), m_route);
    form->addRow(tr("Re&gion:"), m_region);
    form->addRow(QString(), m_regionStatus);

    auto *credentials = new QGroupBox(tr("Credentials"), this);
    credentials->setObjectName(QStringLiteral("credentialsBox"));
    QFormLayout *credentialForm = growingForm(credentials);
    credentialForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_credentialSource->setObjectName(QStringLiteral("credentialSourceCombo"));
    m_credentialSource->setAccessibleName(tr("Credential source"));
    m_credentialSource->addItem(tr("Environment references (os.environ/)"), QStringLiteral("env"));
    m_credentialSource->addItem(tr("Keychain profile"), QStringLiteral("profile"));
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setAccessibleName(tr("Keychain profile"));
    m_profile->setEditable(true);
    m_profile->setInsertPolicy(QComboBox::NoInsert);
    m_profile->lineEdit()->setPlaceholderText(tr("profile name"));
    m_profile->lineEdit()->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._-]{0,64}")), m_profile));
    m_sourceStatus->setObjectName(QStringLiteral("credentialSourceStatus"));
    m_sourceStatus->setWordWrap(true);
    credentialForm->addRow(tr("&Source:"), m_credentialSource);
    credentialForm->addRow(tr("&Profile:"), m_profile);
    credentialForm->addRow(QString(), m_sourceStatus);
    m_credentialRows.insert(QStringLiteral("profile"), m_profile);
    const QRegularExpression envName(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
    for (const QString &key : credentialKeys()) {
        auto *edit = new QLineEdit(credentials);
        edit->setObjectName(QStringLiteral("env_") + key);
        edit->setAccessibleName(tr("Environment variable for %1").arg(key));
        edit->setValidator(new QRegularExpressionValidator(envName, edit));
        edit->setPlaceholderText(tr("variable name"));
        auto *rowWidget = new QWidget(credentials);
        auto *prefix = new QLabel(QStringLiteral("os.environ/"), rowWidget);
        prefix->setBuddy(edit);
        auto *row = new QHBoxLayout(rowWidget);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(0);
        row->addWidget(prefix);
        row->addWidget(edit, 1);
        edit->setParent(rowWidget);
        auto *status = new QLabel(credentials);
        status->setObjectName(QStringLiteral("envStatus_") + key);
        status->setWordWrap(true);
        status->hide();
        credentialForm->addRow(key + QLatin1Char(':'), rowWidget);
        credentialForm->addRow(QString(), status);
        m_credentials.insert(key, edit);
        m_credentialStatus.insert(key, status);
        m_credentialRows.insert(key, rowWidget);
        connect(edit, &QLineEdit::textEdited, this, [this, key](const QString &text) {
            editParam(key, text.isEmpty() ? QString() : QStringLiteral("os.environ/") + text);
        });
    }

    auto *limits = new QGroupBox(tr("Limits"), this);
    QFormLayout *limitsForm = growingForm(limits);
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

    QStringList formKeys { QStringLiteral("model"), QStringLiteral("aws_region_name"),
        QStringLiteral("aws_profile_name") };
    formKeys += credentialKeys();
    for (const auto &[key, label] : numbers) {
        formKeys.append(key);
    }
    m_modelInfo = new ParamTableModel(m_session, ParamTableModel::Section::ModelInfo, {}, this);
    m_params = new ParamTableModel(m_session, ParamTableModel::Section::LitellmParams, formKeys, this);
    auto *modelInfo = new QGroupBox(tr("model_info"), this);
    addTable(modelInfo, m_modelInfo, QStringLiteral("modelInfoTable"), tr("model_info keys and values"));
    auto *others = new QGroupBox(tr("Other litellm_params"), this);
    addTable(others, m_params, QStringLiteral("paramsTable"), tr("Other litellm_params keys and values"));
    m_tableStatus->setObjectName(QStringLiteral("tableStatus"));
    m_tableStatus->setWordWrap(true);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(form);
    contentLayout->addWidget(credentials);
    contentLayout->addWidget(limits);
    contentLayout->addWidget(modelInfo);
    contentLayout->addWidget(others);
    contentLayout->addWidget(m_tableStatus);
    contentLayout->addStretch(1);
    scrollingPage(this, content, tr("Deployment form"), 0);

    connect(m_name, &QLineEdit::textEdited, this, &DeploymentEditor::editModelName);
    connect(m_model, &QLineEdit::textEdited, this, &DeploymentEditor::editModel);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &DeploymentEditor::editModel);
    connect(m_route, &QComboBox::activated, this, &DeploymentEditor::onRouteChosen);
    connect(m_region, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (!m_loading) {
            editParam(QStringLiteral("aws_region_name"), text);
        }
    });
    connect(m_credentialSource, &QComboBox::activated, this, &DeploymentEditor::onCredentialSourceChosen);
    connect(m_profile, &QComboBox::activated, this, &DeploymentEditor::onCredentialSourceChosen);
    connect(m_profile->lineEdit(), &QLineEdit::textEdited, this, &DeploymentEditor::onCredentialSourceChosen);
    connect(&m_session, &ConfigSession::documentChanged, this, [this] {
        if (m_row >= int(m_session.document().deployments().size())) {
            m_row = -1;
        }
        load();
    });
    load();
}

DeploymentEditor::~DeploymentEditor() = default;

QTableView *DeploymentEditor::addTable(
    QWidget *box, ParamTableModel *model, const QString &name, const QString &accessibleName)
{
    auto *view = new QTableView(box);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setTabKeyNavigation(false); // Tab leaves the table: every control stays reachable
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setColumnWidth(ParamTableModel::KeyColumn, view->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 14);
    view->setMinimumHeight(view->verticalHeader()->defaultSectionSize() * 4);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(view);
    connect(model, &ParamTableModel::problem, this, [this](const QString &message) {
        setStatusText(m_tableStatus, message, true);
        Q_EMIT statusMessage(message);
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_tableStatus->clear(); });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &at) {
        const QString problem = at.data(ParamTableModel::ProblemRole).toString();
        setStatusText(m_tableStatus, problem, !problem.isEmpty());
    });
    return view;
}

void DeploymentEditor::setRow(int row)
{
    m_row = row;
    m_modelInfo->setRow(row);
    m_params->setRow(row);
    load();
}

void DeploymentEditor::setProfileNames(const QStringList &names)
{
    const QString current = m_profile->currentText();
    m_profile->clear();
    m_profile->addItems(names);
    m_profile->setCurrentText(current);
    updateCredentialRows();
}

void DeploymentEditor::updateCredentialRows()
{
    const bool profile = m_credentialSource->currentData().toString() == QLatin1String("profile");
    m_profile->setEnabled(profile);
    for (const QString &key : profileSuppliedKeys()) {
        m_credentialRows.value(key)->setEnabled(!profile);
    }
    if (!profile) {
        m_sourceStatus->clear();
    } else if (m_profile->currentText().isEmpty()) {
        setStatusText(m_sourceStatus,
            m_profile->count() == 0 ? tr("No keychain profiles yet: add one under Credentials, or with "
                                         "bedrock-route credentials add.")
                                    : tr("Choose the profile whose keys the keychain holds."),
            true);
    } else if (m_profile->findText(m_profile->currentText()) < 0) {
        setStatusText(m_sourceStatus,
            tr("\"%1\" is not a keychain profile of this console; LiteLLM reads it as an AWS shared-config "
               "profile.")
                .arg(m_profile->currentText()),
            false);
    } else {
        setStatusText(m_sourceStatus,
            tr("The key, secret and tokens come from the keychain profile; the file names it only."), false);
    }
}

void DeploymentEditor::onCredentialSourceChosen()
{
    if (m_loading || m_row < 0) {
        return;
    }
    const bool profile = m_credentialSource->currentData().toString() == QLatin1String("profile");
    const QString name = m_profile->currentText();
    updateCredentialRows();
    if (profile && name.isEmpty()) {
        return; // nothing to write until a profile is named
    }
    const int row = m_row;
    const Result<void> result = m_session.edit(
        profile ? tr("Use keychain profile %1").arg(name) : tr("Use environment references"), row,
        [row, profile, name](config::ConfigDocument &document) -> Result<void> {
            if (!profile) {
                if (!document.deployments().at(row).param(u"aws_profile_name").isPresent()) {
                    return {};
                }
                return document.removeParam(row, QStringLiteral("aws_profile_name"));
            }
            for (const QString &key : profileSuppliedKeys()) {
                if (document.deployments().at(row).param(key).isPresent()) {
                    if (Result<void> removed = document.removeParam(row, key); !removed) {
                        return removed;
                    }
                }
            }
            return document.setParam(row, QStringLiteral("aws_profile_name"), name);
        },
        ConfigSession::MergeKey::Param, QStringLiteral("aws_profile_name"));
    if (!result) {
        Q_EMIT statusMessage(result.error().toString());
    }
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
            setStatusText(status,
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
    const config::ConfigValue profile = deployment.param(u"aws_profile_name");
    const bool usesProfile = profile.isPresent() && !profile.isNull && !profile.isEnvReference();
    m_credentialSource->setCurrentIndex(usesProfile ? 1 : 0);
    if (usesProfile && m_profile->currentText() != profile.text) {
        m_profile->setCurrentText(profile.text);
    }
    updateCredentialRows();
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
        setStatusText(m_modelStatus, tr("✓ %1 route").arg(route::routeName(parsed.litellm.route)), false);
    } else {
        const auto worst = std::max_element(parsed.diagnostics.cbegin(), parsed.diagnostics.cend(),
            [](const auto &a, const auto &b) { return a.severity < b.severity; });
        // One short line; the messages in full in the tooltip and the problems panel.
        QStringList messages;
        for (const route::Diagnostic &d : parsed.diagnostics) {
            messages.append(route::severityName(d.severity) + QStringLiteral(": ") + d.message);
        }
        m_modelStatus->setToolTip(messages.join(QLatin1Char('\n')));
        setStatusText(m_modelStatus,
            tr("%1: %2").arg(route::severityName(worst->severity), worst->code)
                + (parsed.diagnostics.size() > 1 ? tr(" (+%n more)", nullptr, int(parsed.diagnostics.size() - 1))
                                                 : QString()),
            worst->severity == route::Severity::Error);
    }
    const QString region = m_region->currentText();
    if (region.isEmpty()) {
        setStatusText(m_regionStatus, tr("No aws_region_name: the region comes from the environment."), false);
    } else if (!route::AwsFacts::isRegion(region)) {
        setStatusText(m_regionStatus, tr("\"%1\" is not an AWS region Bedrock runs in.").arg(region), true);
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
