#include "paramtablemodel.h"

#include "config/configdocument.h"
#include "config/configlinter.h"
#include "document/configsession.h"
#include "editor/deploymenteditor.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

#include <algorithm>

namespace brc::ui {

namespace {

bool isNumericParam(const QString &key)
{
    static const QStringList keys = { QStringLiteral("rpm"), QStringLiteral("tpm"), QStringLiteral("timeout"),
        QStringLiteral("stream_timeout"), QStringLiteral("max_tokens"), QStringLiteral("max_retries"),
        QStringLiteral("temperature"), QStringLiteral("top_p"), QStringLiteral("top_k"), QStringLiteral("weight"),
        QStringLiteral("order"), QStringLiteral("max_input_tokens"), QStringLiteral("max_output_tokens"),
        QStringLiteral("input_cost_per_token"), QStringLiteral("output_cost_per_token") };
    return keys.contains(key);
}

} // namespace

ParamTableModel::ParamTableModel(ConfigSession &session, Section section, QStringList hiddenKeys, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_section(section)
    , m_hiddenKeys(std::move(hiddenKeys))
{
    connect(&m_session, &ConfigSession::documentChanged, this, &ParamTableModel::reload);
}

ParamTableModel::~ParamTableModel() = default;

void ParamTableModel::setRow(int row)
{
    if (row == m_row) {
        reload();
        return;
    }
    beginResetModel();
    m_row = row;
    m_keys.clear();
    m_values.clear();
    m_scalar.clear();
    endResetModel();
    reload();
}

QList<config::ConfigValue> ParamTableModel::entries() const
{
    const auto &deployments = m_session.document().deployments();
    if (m_row < 0 || m_row >= deployments.size()) {
        return {};
    }
    const config::Deployment &deployment = deployments.at(m_row);
    return m_section == Section::ModelInfo ? deployment.modelInfo : deployment.litellmParams;
}

void ParamTableModel::reload()
{
    if (m_row >= int(m_session.document().deployments().size())) {
        setRow(-1);
        return;
    }
    QStringList keys;
    QStringList values;
    QList<bool> scalar;
    for (const config::ConfigValue &value : entries()) {
        if (m_hiddenKeys.contains(value.key)) {
            continue;
        }
        keys.append(value.key);
        values.append(value.isScalar ? value.text : QString());
        scalar.append(value.isScalar);
    }
    // std::ranges::equal, not QList<bool>::operator==: Qt 6.4 compares lists of fundamental types
    // with memcmp and passes it a null pointer when one side is empty and unallocated.
    if (keys == m_keys && values == m_values && std::ranges::equal(scalar, m_scalar)) {
        return; // typing in another field: the table and its editor stay as they are
    }
    beginResetModel();
    m_keys = std::move(keys);
    m_values = std::move(values);
    m_scalar = std::move(scalar);
    endResetModel();
}

int ParamTableModel::rowCount(const QModelIndex &parent) const
{
    // The last row is the empty one that adds a key.
    return parent.isValid() || m_row < 0 ? 0 : int(m_keys.size()) + 1;
}

int ParamTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParamTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    const bool adding = row == m_keys.size();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (adding) {
            return role == Qt::DisplayRole && index.column() == KeyColumn ? tr("(new key)") : QString();
        }
        if (index.column() == KeyColumn) {
            return m_keys.at(row);
        }
        return m_scalar.at(row) ? m_values.at(row) : (role == Qt::DisplayRole ? tr("(a list or mapping)") : QString());
    case Qt::ToolTipRole:
    case ProblemRole: {
        if (adding) {
            return role == Qt::ToolTipRole ? tr("Type a key here to add it") : QVariant();
        }
        const QString problem = valueProblem(m_keys.at(row), m_values.at(row));
        return problem.isEmpty() ? QVariant() : QVariant(problem);
    }
    case Qt::ForegroundRole:
        if (adding || (index.column() == ValueColumn && !m_scalar.at(row))) {
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    default:
        return {};
    }
}

QVariant ParamTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

Qt::ItemFlags ParamTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    const int row = index.row();
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const bool adding = row == m_keys.size();
    if (index.column() == KeyColumn || (!adding && m_scalar.at(row))) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QString ParamTableModel::keyProblem(const QString &key, int row) const
{
    static const QRegularExpression keyShape(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.\\-]*$"));
    if (!keyShape.match(key).hasMatch()) {
        return tr("A key is a letter or _ followed by letters, digits, _, . or -.");
    }
    if (m_section == Section::LitellmParams && DeploymentEditor::credentialKeys().contains(key)) {
        return tr("%1 is a credential: set it in the Credentials section, as a reference.").arg(key);
    }
    if (m_hiddenKeys.contains(key)) {
        return tr("%1 has its own field in the form above.").arg(key);
    }
    const qsizetype existing = m_keys.indexOf(key);
    if (existing >= 0 && existing != row) {
        return tr("%1 is already set.").arg(key);
    }
    return {};
}

QString ParamTableModel::valueProblem(const QString &key, const QString &value) const
{
    if (isNumericParam(key) && !value.isEmpty() && !value.startsWith(QLatin1String("os.environ/"))) {
        bool number = false;
        (void)value.toDouble(&number);
        if (!number) {
            return tr("%1 takes a number.").arg(key);
        }
    }
    if (m_section == Section::LitellmParams && !config::ConfigLinter::knownParams().contains(key)) {
        return tr("%1 is not a key LiteLLM's Bedrock provider is known to read.").arg(key);
    }
    return {};
}

int ParamTableModel::mappingOf(const config::ConfigDocument &document) const
{
    const config::Deployment &deployment = document.deployments().at(m_row);
    return m_section == Section::ModelInfo ? deployment.modelInfoNode : deployment.litellmParamsNode;
}

bool ParamTableModel::edit(
    const QString &description, const std::function<Result<void>(config::ConfigDocument &, int)> &change)
{
    const int row = m_row;
    const Result<void> result = m_session.edit(
        description, row, [row, change](config::ConfigDocument &document) { return change(document, row); });
    if (!result) {
        Q_EMIT problem(result.error().toString());
        return false;
    }
    return true;
}

bool ParamTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable) || m_row < 0) {
        return false;
    }
    const int row = index.row();
    const bool adding = row == m_keys.size();
    const QString text = value.toString().trimmed();
    const bool modelInfo = m_section == Section::ModelInfo;
    if (index.column() == ValueColumn) {
        const QString key = m_keys.at(row);
        if (text == m_values.at(row)) {
            return true;
        }
        return edit(tr("Set %1").arg(key), [key, text, modelInfo](config::ConfigDocument &document, int r) {
            return modelInfo ? document.setModelInfo(r, key, text) : document.setParam(r, key, text);
        });
    }
    if (adding && text.isEmpty()) {
        return false;
    }
    if (!adding && text == m_keys.at(row)) {
        return true;
    }
    if (!adding && text.isEmpty()) {
        const QString key = m_keys.at(row);
        return edit(tr("Remove %1").arg(key), [this, key](config::ConfigDocument &document, int) {
            const Result<config::TextEdit> removal = document.removeKeyEdit(mappingOf(document), key);
            return removal ? document.applyEdits({ *removal }) : Result<void>(removal.error());
        });
    }
    if (const QString why = keyProblem(text, adding ? -1 : row); !why.isEmpty()) {
        Q_EMIT problem(why);
        return false;
    }
    if (adding) {
        return edit(tr("Add %1").arg(text), [text, modelInfo](config::ConfigDocument &document, int r) {
            return modelInfo ? document.setModelInfo(r, text, QString()) : document.setParam(r, text, QString());
        });
    }
    const QString key = m_keys.at(row);
    return edit(tr("Rename %1 to %2").arg(key, text), [this, key, text](config::ConfigDocument &document, int) {
        const int mapping = mappingOf(document);
        const int valueNode = document.tree().valueOf(mapping, key.toUtf8());
        if (valueNode < 0) {
            return Result<void>(Error(QStringLiteral("config.edit"),
                tr("%1 comes from a merge key (<<): rename it where it is defined.").arg(key)));
        }
        const Result<config::TextEdit> rename = document.renameKeyEdit(document.tree().keyOf(valueNode), text);
        return rename ? document.applyEdits({ *rename }) : Result<void>(rename.error());
    });
}

} // namespace brc::ui
