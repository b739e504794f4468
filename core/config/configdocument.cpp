#include "config/configdocument.h"

#include "common/logging.h"
#include "config/yamlscalar.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace brc::config {

namespace {

const QByteArrayView s_envPrefix = "os.environ/";

/// litellm_params that LiteLLM and boto3 read as strings: a list or a mapping there is a mistake
/// that the proxy only reports when it starts (or, for credentials, on the first request).
bool isTextParam(QStringView key)
{
    static const QStringList s_names { QStringLiteral("model"), QStringLiteral("model_id"), QStringLiteral("api_base"),
        QStringLiteral("api_key"), QStringLiteral("aws_region_name"), QStringLiteral("aws_access_key_id"),
        QStringLiteral("aws_secret_access_key"), QStringLiteral("aws_session_token"),
        QStringLiteral("aws_profile_name"), QStringLiteral("aws_role_name"), QStringLiteral("aws_session_name"),
        QStringLiteral("aws_external_id"), QStringLiteral("aws_web_identity_token"), QStringLiteral("aws_sts_endpoint"),
        QStringLiteral("aws_bedrock_runtime_endpoint") };
    return s_names.contains(key);
}

Error typeError(const YamlNode &node, const QString &path, const QString &message)
{
    Error error(QStringLiteral("config.type"), message);
    error.line = node.line;
    error.column = node.column;
    error.field = path;
    return error;
}

QString describe(const YamlNode &node)
{
    switch (node.kind) {
    case YamlNodeKind::Mapping:
        return QStringLiteral("a mapping");
    case YamlNodeKind::Sequence:
        return QStringLiteral("a list");
    case YamlNodeKind::Alias:
        return QStringLiteral("an alias");
    case YamlNodeKind::Scalar:
        break;
    }
    switch (YamlScalar::type(node)) {
    case YamlScalar::Type::Int:
    case YamlScalar::Type::Float:
        return QStringLiteral("the number %1").arg(QString::fromUtf8(node.value));
    case YamlScalar::Type::Bool:
        return QStringLiteral("the boolean %1").arg(QString::fromUtf8(node.value));
    default:
        return QStringLiteral("the text \"%1\"").arg(QString::fromUtf8(node.value.left(40)));
    }
}

bool isNullNode(const YamlNode &node)
{
    return node.isScalar() && YamlScalar::type(node) == YamlScalar::Type::Null;
}

bool isNumericKey(const QString &key)
{
    static const QStringList keys = { QStringLiteral("rpm"), QStringLiteral("tpm"), QStringLiteral("timeout"),
        QStringLiteral("stream_timeout"), QStringLiteral("max_tokens"), QStringLiteral("max_retries"),
        QStringLiteral("temperature"), QStringLiteral("top_p"), QStringLiteral("top_k"), QStringLiteral("weight"),
        QStringLiteral("order"), QStringLiteral("health_check_timeout"), QStringLiteral("health_check_max_tokens") };
    return keys.contains(key);
}

Error editError(const QString &message)
{
    return Error(QStringLiteral("config.edit"), message);
}

} // namespace

class ConfigDocument::StringPool
{
public:
    QString get(const QByteArray &utf8)
    {
        auto found = m_strings.constFind(utf8);
        if (found == m_strings.constEnd()) {
            found = m_strings.insert(utf8, QString::fromUtf8(utf8));
        }
        return *found;
    }

private:
    QHash<QByteArray, QString> m_strings;
};

ConfigDocument::ConfigDocument() = default;

Result<ConfigDocument> ConfigDocument::fromYaml(const QByteArray &text)
{
    ConfigDocument document;
    if (Result<void> set = document.setText(text); !set) {
        return set.error();
    }
    document.m_original = text;
    return document;
}

Result<ConfigDocument> ConfigDocument::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(QStringLiteral("config.io"), QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    }
    const YamlTree::Limits limits;
    if (file.size() > limits.maxBytes) {
        return Error(QStringLiteral("config.too-large"),
            QStringLiteral("%1 is %2 bytes; configs over %3 bytes are refused")
                .arg(path)
                .arg(file.size())
                .arg(limits.maxBytes));
    }
    const QByteArray bytes = file.read(limits.maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return Error(QStringLiteral("config.io"), QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    }
    Result<ConfigDocument> document = fromYaml(bytes);
    if (!document) {
        return document.error();
    }
    document->m_filePath = path;
    document->m_originalDigest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    qCDebug(lcConfig) << "loaded" << path << document->m_deployments.size() << "deployments";
    return document;
}

void ConfigDocument::markSaved(const QString &path)
{
    m_original = text();
    m_filePath = path;
    m_originalDigest = QCryptographicHash::hash(m_original, QCryptographicHash::Sha256);
}

Result<void> ConfigDocument::setText(const QByteArray &text)
{
    Result<YamlTree> tree = YamlTree::parse(text);
    if (!tree) {
        return tree.error();
    }
    YamlTree previous = std::move(m_tree);
    m_tree = std::move(tree).value();
    if (Result<void> built = rebuild(); !built) {
        m_tree = std::move(previous);
        (void)rebuild();
        return built.error();
    }
    return {};
}

Result<void> ConfigDocument::rebuild()
{
    m_deployments.clear();
    int doubleQuoted = 0;
    int singleQuoted = 0;
    const int root = m_tree.resolved(m_tree.root());
    if (root < 0) {
        return {};
    }
    const YamlNode &top = m_tree.node(root);
    if (isNullNode(top)) {
        return {};
    }
    if (!top.isMapping()) {
        return typeError(top, QString(),
            QStringLiteral("a LiteLLM config must be a mapping of sections (model_list:, "
                           "router_settings:, ...), not %1")
                .arg(describe(top)));
    }
    for (size_t i = 0; i + 1 < top.children.size(); i += 2) {
        const YamlNode &key = m_tree.node(top.children[i]);
        const int valueIndex = m_tree.resolved(top.children[i + 1]);
        const YamlNode &value = m_tree.node(valueIndex);
        const QString name = QString::fromUtf8(key.value);
        if (isNullNode(value)) {
            continue;
        }
        if ((key.value == "model_list" || key.value == "credential_list") && !value.isSequence()) {
            return typeError(value, name, QStringLiteral("%1 must be a list, not %2").arg(name, describe(value)));
        }
        if ((key.value == "router_settings" || key.value == "litellm_settings" || key.value == "general_settings"
                || key.value == "environment_variables")
            && !value.isMapping()) {
            return typeError(value, name, QStringLiteral("%1 must be a mapping, not %2").arg(name, describe(value)));
        }
    }

    const int list = m_tree.resolved(section("model_list"));
    if (list >= 0 && m_tree.node(list).isSequence()) {
        const auto &items = m_tree.node(list).children;
        m_deployments.reserve(qsizetype(items.size()));
        StringPool pool;
        for (size_t i = 0; i < items.size(); ++i) {
            const QString path = QLatin1String("model_list[") + QString::number(i) + QLatin1Char(']');
            const int itemIndex = m_tree.resolved(items[i]);
            const YamlNode &item = m_tree.node(itemIndex);
            if (!item.isMapping()) {
                return typeError(item, path,
                    QStringLiteral("%1 must be a mapping with model_name and litellm_params, not %2")
                        .arg(path, describe(item)));
            }
            Deployment deployment;
            deployment.index = int(i);
            deployment.node = itemIndex;
            deployment.line = item.line;
            for (const ConfigValue &entry : entries(itemIndex, path, &pool)) {
                const YamlNode &value = m_tree.node(m_tree.resolved(entry.node));
                if (entry.key == QLatin1String("model_name")) {
                    if (!value.isScalar()) {
                        return typeError(
                            value, entry.path, QStringLiteral("model_name must be text, not %1").arg(describe(value)));
                    }
                    deployment.modelName = entry;
                } else if (entry.key == QLatin1String("litellm_params") || entry.key == QLatin1String("model_info")) {
                    if (isNullNode(value)) {
                        continue;
                    }
                    if (!value.isMapping()) {
                        return typeError(value, entry.path,
                            QStringLiteral("%1 must be a mapping, not %2").arg(entry.key, describe(value)));
                    }
                    const int mapping = m_tree.resolved(entry.node);
                    if (entry.key == QLatin1String("litellm_params")) {
                        deployment.litellmParamsNode = mapping;
                        deployment.litellmParams = entries(mapping, entry.path, &pool);
                        for (const ConfigValue &param : std::as_const(deployment.litellmParams)) {
                            if (!param.isScalar && isTextParam(param.key)) {
                                const YamlNode &written = m_tree.node(m_tree.resolved(param.node));
                                return typeError(written, param.path,
                                    QStringLiteral("%1 must be text, not %2").arg(param.key, describe(written)));
                            }
                        }
                    } else {
                        deployment.modelInfoNode = mapping;
                        deployment.modelInfo = entries(mapping, entry.path, &pool);
                    }
                }
            }
            const ConfigValue model = deployment.param(u"model");
            if (model.isPresent()) {
                const YamlScalarStyle style = m_tree.node(m_tree.resolved(model.node)).style;
                doubleQuoted += style == YamlScalarStyle::DoubleQuoted ? 1 : 0;
                singleQuoted += style == YamlScalarStyle::SingleQuoted ? 1 : 0;
            }
            m_deployments.append(std::move(deployment));
        }
    }
    m_quote = singleQuoted > doubleQuoted ? '\'' : '"';
    return {};
}

ConfigValue ConfigDocument::makeValue(int keyNode, int valueNode, const QString &path, StringPool *pool) const
{
    ConfigValue value;
    value.key = pool ? pool->get(m_tree.node(keyNode).value) : QString::fromUtf8(m_tree.node(keyNode).value);
    value.path = path;
    value.node = valueNode;
    value.keyNode = keyNode;
    const YamlNode &written = m_tree.node(valueNode);
    value.line = written.line;
    value.column = written.column;
    const YamlNode &target = m_tree.node(m_tree.resolved(valueNode));
    if (target.isScalar()) {
        value.isScalar = true;
        value.isNull = isNullNode(target);
        value.text = pool ? pool->get(target.value) : QString::fromUtf8(target.value);
    }
    return value;
}

QList<ConfigValue> ConfigDocument::entries(int mapping, const QString &path, StringPool *pool) const
{
    // PyYAML's flatten_mapping: merged pairs first (earlier merge sources win), then the
    // mapping's own pairs; a later pair overrides an earlier one but keeps its position.
    std::vector<std::pair<int, int>> pairs;
    auto collect = [&](auto &&self, int index, int depth) -> void {
        const YamlNode &map = m_tree.node(index);
        if (!map.isMapping() || depth > 64) {
            return;
        }
        std::vector<std::pair<int, int>> merged;
        std::vector<std::pair<int, int>> own;
        own.reserve(map.children.size() / 2);
        for (size_t i = 0; i + 1 < map.children.size(); i += 2) {
            const YamlNode &key = m_tree.node(map.children[i]);
            // Only `<<` (or an explicitly tagged key) can be a merge key: skip the type check else.
            const bool mayMerge = key.value == "<<" || !key.tag.isEmpty();
            if (mayMerge && key.isScalar() && YamlScalar::type(key) == YamlScalar::Type::Merge) {
                const int source = m_tree.resolved(map.children[i + 1]);
                const YamlNode &from = m_tree.node(source);
                std::vector<int> sources;
                if (from.isMapping()) {
                    sources.push_back(source);
                } else if (from.isSequence()) {
                    for (auto it = from.children.rbegin(); it != from.children.rend(); ++it) {
                        sources.push_back(m_tree.resolved(*it));
                    }
                }
                for (int s : sources) {
                    std::vector<std::pair<int, int>> sub;
                    std::swap(sub, pairs);
                    self(self, s, depth + 1);
                    std::swap(sub, pairs);
                    merged.insert(merged.end(), sub.begin(), sub.end());
                }
            } else {
                own.emplace_back(map.children[i], map.children[i + 1]);
            }
        }
        pairs.insert(pairs.end(), merged.begin(), merged.end());
        pairs.insert(pairs.end(), own.begin(), own.end());
    };
    collect(collect, mapping, 0);

    QList<ConfigValue> result;
    result.reserve(qsizetype(pairs.size()));
    for (const auto &[keyNode, valueNode] : pairs) {
        const YamlNode &key = m_tree.node(keyNode);
        const QString name = pool ? pool->get(key.value) : QString::fromUtf8(key.value);
        const QString childPath = path.isEmpty() ? name : path + QLatin1Char('.') + name;
        auto existing = std::find_if(result.begin(), result.end(), [&](const ConfigValue &v) { return v.key == name; });
        if (existing != result.end()) {
            *existing = makeValue(keyNode, valueNode, childPath, pool);
        } else {
            result.append(makeValue(keyNode, valueNode, childPath, pool));
        }
    }
    return result;
}

QStringList ConfigDocument::topLevelKeys() const
{
    QStringList keys;
    const int root = m_tree.resolved(m_tree.root());
    if (root < 0 || !m_tree.node(root).isMapping()) {
        return keys;
    }
    const auto &children = m_tree.node(root).children;
    for (size_t i = 0; i < children.size(); i += 2) {
        keys.append(QString::fromUtf8(m_tree.node(children[i]).value));
    }
    return keys;
}

int ConfigDocument::section(QByteArrayView key) const
{
    return m_tree.valueOf(m_tree.resolved(m_tree.root()), key);
}

QList<ConfigValue> ConfigDocument::sectionEntries(QByteArrayView key) const
{
    const int node = m_tree.resolved(section(key));
    if (node < 0 || !m_tree.node(node).isMapping()) {
        return {};
    }
    return entries(node, QString::fromUtf8(key));
}

QStringList ConfigDocument::credentialNames() const
{
    QStringList names;
    const int list = m_tree.resolved(section("credential_list"));
    if (list < 0 || !m_tree.node(list).isSequence()) {
        return names;
    }
    for (int item : m_tree.node(list).children) {
        const int name = m_tree.resolved(m_tree.valueOf(m_tree.resolved(item), "credential_name"));
        if (name >= 0 && m_tree.node(name).isScalar()) {
            names.append(QString::fromUtf8(m_tree.node(name).value));
        }
    }
    return names;
}

QList<ConfigValue> ConfigDocument::credentialValues(const QString &name) const
{
    const int list = m_tree.resolved(section("credential_list"));
    if (list < 0 || !m_tree.node(list).isSequence() || name.isEmpty()) {
        return {};
    }
    const QByteArray wanted = name.toUtf8();
    const std::vector<int> &items = m_tree.node(list).children;
    for (size_t i = 0; i < items.size(); ++i) {
        const int item = m_tree.resolved(items[i]);
        const int itemName = m_tree.resolved(m_tree.valueOf(item, "credential_name"));
        if (itemName < 0 || !m_tree.node(itemName).isScalar() || m_tree.node(itemName).value != wanted) {
            continue;
        }
        const int values = m_tree.resolved(m_tree.valueOf(item, "credential_values"));
        if (values < 0 || !m_tree.node(values).isMapping()) {
            return {};
        }
        return entries(values, QStringLiteral("credential_list[%1].credential_values").arg(i));
    }
    return {};
}

QList<ConfigValue> ConfigDocument::effectiveParams(const Deployment &deployment) const
{
    QList<ConfigValue> params = deployment.litellmParams;
    const ConfigValue credential = deployment.param(u"litellm_credential_name");
    if (!credential.isScalar || credential.isNull || credential.text.isEmpty()) {
        return params;
    }
    for (const ConfigValue &value : credentialValues(credential.text)) {
        if (!deployment.param(value.key).isPresent()) {
            params.append(value);
        }
    }
    return params;
}

QList<ConfigValue> ConfigDocument::environmentReferences() const
{
    QList<ConfigValue> references;
    const auto &nodes = m_tree.nodes();
    for (size_t i = 0; i < nodes.size(); ++i) {
        const YamlNode &node = nodes[i];
        if (!node.isScalar() || !node.value.startsWith(s_envPrefix)) {
            continue;
        }
        if (node.parent >= 0 && m_tree.node(node.parent).isMapping() && node.position % 2 == 0) {
            continue; // a key, not a value
        }
        const int key = m_tree.keyOf(int(i));
        ConfigValue value;
        value.key = key >= 0 ? QString::fromUtf8(m_tree.node(key).value) : QString();
        value.keyNode = key;
        value.node = int(i);
        value.text = QString::fromUtf8(node.value);
        value.isScalar = true;
        value.line = node.line;
        value.column = node.column;
        value.path = pathOf(int(i));
        references.append(value);
    }
    return references;
}

QString ConfigDocument::pathOf(int index) const
{
    // Walk up once, then write the path from the root down into one string (this runs for every
    // os.environ/ reference of a 10,000-deployment config).
    std::vector<int> chain;
    while (index >= 0 && m_tree.node(index).parent >= 0) {
        chain.push_back(index);
        index = m_tree.node(index).parent;
    }
    QString path;
    path.reserve(qsizetype(chain.size()) * 16);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const YamlNode &node = m_tree.node(*it);
        const YamlNode &parent = m_tree.node(node.parent);
        if (parent.isSequence()) {
            path += QLatin1Char('[') + QString::number(node.position) + QLatin1Char(']');
        } else if (parent.isMapping()) {
            const int key = m_tree.keyOf(*it);
            path += QLatin1Char('.');
            if (key >= 0) {
                path += QString::fromUtf8(m_tree.node(key).value);
            }
        }
    }
    if (path.startsWith(QLatin1Char('.'))) {
        path.remove(0, 1);
    }
    return path;
}

// ---- edits ----------------------------------------------------------------------------------

Result<void> ConfigDocument::applyEdits(QList<TextEdit> edits)
{
    if (edits.isEmpty()) {
        return {};
    }
    std::sort(edits.begin(), edits.end(),
        [](const TextEdit &a, const TextEdit &b) { return a.start != b.start ? a.start > b.start : a.end > b.end; });
    QByteArray text = m_tree.source();
    qsizetype limit = text.size();
    for (const TextEdit &edit : std::as_const(edits)) {
        if (edit.start < 0 || edit.end < edit.start || edit.end > limit) {
            return editError(QStringLiteral("edits overlap or fall outside the text"));
        }
        text.replace(edit.start, edit.end - edit.start, edit.replacement);
        limit = edit.start;
    }
    if (Result<void> set = setText(text); !set) {
        Error error = set.error();
        error.code = QStringLiteral("config.edit");
        error.message = QStringLiteral("the edit would make the config unreadable: ") + error.message;
        return error;
    }
    return {};
}

qsizetype ConfigDocument::afterLine(qsizetype offset) const
{
    const QByteArray &source = m_tree.source();
    if (offset > 0 && offset <= source.size() && source.at(offset - 1) == '\n') {
        return offset;
    }
    return m_tree.lineEnd(offset);
}

QByteArray ConfigDocument::indentOfKey(int keyNode) const
{
    const YamlNode &key = m_tree.node(keyNode);
    const qsizetype begin = m_tree.lineStart(key.start);
    QByteArray indent = m_tree.source().mid(begin, key.start - begin);
    for (char &c : indent) {
        if (c != ' ' && c != '\t') {
            c = ' '; // the `- ` of a sequence item becomes spaces for the following keys
        }
    }
    return indent;
}

int ConfigDocument::nestedIndentStep() const
{
    for (const Deployment &deployment : m_deployments) {
        if (deployment.litellmParamsNode < 0) {
            continue;
        }
        const YamlNode &params = m_tree.node(deployment.litellmParamsNode);
        const int key = m_tree.keyOf(deployment.litellmParamsNode);
        if (params.flow || params.children.empty() || key < 0) {
            continue;
        }
        const qsizetype step = indentOfKey(params.children.front()).size() - indentOfKey(key).size();
        if (step > 0 && step <= 8) {
            return int(step);
        }
    }
    return 2;
}

Result<TextEdit> ConfigDocument::scalarEdit(int index, const QString &value) const
{
    if (index < 0 || index >= int(m_tree.nodes().size())) {
        return editError(QStringLiteral("no such value"));
    }
    const YamlNode &node = m_tree.node(index);
    if (!node.isScalar()) {
        return editError(QStringLiteral("%1 is not a single value (a list, mapping or alias)").arg(pathOf(index)));
    }
    const bool inFlow = node.parent >= 0 && m_tree.node(node.parent).flow;
    const QByteArray utf8 = value.toUtf8();
    if (node.style == YamlScalarStyle::Plain && node.value.isEmpty() && node.valueStart == node.end) {
        // `key:` with nothing after it: write the value after the colon.
        return TextEdit { node.end, node.end, ' ' + YamlScalar::renderNew(utf8, true, inFlow, m_quote) };
    }
    return TextEdit { node.valueStart, node.end, YamlScalar::renderLike(utf8, node, m_tree.source(), inFlow, m_quote) };
}

Result<TextEdit> ConfigDocument::setKeyEdit(int mapping, const QString &key, const QString &value, bool asString) const
{
    if (mapping < 0 || !m_tree.node(mapping).isMapping()) {
        return editError(QStringLiteral("not a mapping"));
    }
    const int existing = m_tree.valueOf(mapping, key.toUtf8());
    if (existing >= 0) {
        return scalarEdit(existing, value);
    }
    const YamlNode &map = m_tree.node(mapping);
    const QByteArray rendered = YamlScalar::renderNew(value.toUtf8(), asString, map.flow, m_quote);
    const QByteArray renderedKey = YamlScalar::renderNew(key.toUtf8(), true, map.flow, m_quote);
    const QByteArray &source = m_tree.source();
    if (map.flow) {
        return flowInsertEdit(mapping, renderedKey + ": " + rendered);
    }
    const int lastValue = map.children.back();
    const qsizetype at = afterLine(m_tree.node(lastValue).end);
    QByteArray line = indentOfKey(map.children.front()) + renderedKey + ": " + rendered + m_tree.lineBreak();
    if (at == source.size() && !source.endsWith('\n')) {
        line.prepend(m_tree.lineBreak());
    }
    return TextEdit { at, at, line };
}

Result<TextEdit> ConfigDocument::removeKeyEdit(int mapping, const QString &key) const
{
    if (mapping < 0 || !m_tree.node(mapping).isMapping()) {
        return editError(QStringLiteral("not a mapping"));
    }
    const YamlNode &map = m_tree.node(mapping);
    const QByteArray name = key.toUtf8();
    size_t pair = map.children.size();
    for (size_t i = 0; i + 1 < map.children.size(); i += 2) {
        if (m_tree.node(map.children[i]).value == name) {
            pair = i;
        }
    }
    if (pair >= map.children.size()) {
        return editError(QStringLiteral("%1 has no key %2").arg(pathOf(mapping), key));
    }
    const YamlNode &keyNode = m_tree.node(map.children[pair]);
    const YamlNode &valueNode = m_tree.node(map.children[pair + 1]);
    const QByteArray &source = m_tree.source();
    const bool last = pair + 2 >= map.children.size();
    if (map.flow) {
        if (!last) {
            return TextEdit { keyNode.start, m_tree.node(map.children[pair + 2]).start, {} };
        }
        if (pair > 0) {
            return TextEdit { m_tree.node(map.children[pair - 1]).end, valueNode.end, {} };
        }
        return TextEdit { keyNode.start, valueNode.end, {} };
    }
    const qsizetype lineBegin = m_tree.lineStart(keyNode.start);
    const bool keyStartsLine
        = QByteArrayView(source.constData() + lineBegin, keyNode.start - lineBegin).trimmed().isEmpty();
    if (!keyStartsLine) {
        // First key of a `- key: value` item: keep the dash, pull the next key up to it.
        if (!last) {
            return TextEdit { keyNode.start, m_tree.node(map.children[pair + 2]).start, {} };
        }
        return TextEdit { keyNode.start, valueNode.end, QByteArrayLiteral("{}") };
    }
    return TextEdit { lineBegin, afterLine(valueNode.end), {} };
}

Result<TextEdit> ConfigDocument::renameKeyEdit(int keyNode, const QString &newKey) const
{
    if (keyNode < 0 || !m_tree.node(keyNode).isScalar()) {
        return editError(QStringLiteral("not a key"));
    }
    return scalarEdit(keyNode, newKey);
}

TextEdit ConfigDocument::flowInsertEdit(int mapping, const QByteArray &entry) const
{
    const YamlNode &map = m_tree.node(mapping);
    const QByteArray &source = m_tree.source();
    qsizetype close = map.end - 1;
    while (close > map.start && source.at(close) != '}') {
        --close;
    }
    qsizetype insertAt = close;
    while (insertAt > map.start + 1 && QByteArrayView(" \t\r\n").contains(source.at(insertAt - 1))) {
        --insertAt;
    }
    const QByteArray separator = map.children.empty() ? QByteArray() : QByteArrayLiteral(", ");
    return TextEdit { insertAt, insertAt, separator + entry };
}

Result<void> ConfigDocument::applyEdit(const Result<TextEdit> &edit)
{
    if (!edit) {
        return edit.error();
    }
    return applyEdits({ *edit });
}

Result<void> ConfigDocument::setInDeployment(
    int deployment, const char *section, const QString &key, const QString &value)
{
    if (deployment < 0 || deployment >= m_deployments.size()) {
        return editError(QStringLiteral("no deployment %1").arg(deployment));
    }
    const Deployment &d = m_deployments[deployment];
    const bool asString = !isNumericKey(key);
    const int mapping = qstrcmp(section, "litellm_params") == 0 ? d.litellmParamsNode : d.modelInfoNode;
    if (mapping >= 0) {
        return applyEdit(setKeyEdit(mapping, key, value, asString));
    }
    // The section is missing: add it, holding the one key, in the deployment's style.
    const YamlNode &item = m_tree.node(d.node);
    if (item.flow) {
        return applyEdit(flowInsertEdit(d.node,
            QByteArray(section) + ": {" + YamlScalar::renderNew(key.toUtf8(), true, true, m_quote) + ": "
                + YamlScalar::renderNew(value.toUtf8(), asString, true, m_quote) + '}'));
    }
    const QByteArray indent = indentOfKey(item.children.front());
    const qsizetype at = afterLine(m_tree.node(item.children.back()).end);
    const QByteArray lb = m_tree.lineBreak();
    QByteArray text = indent + section + ':' + lb + indent + QByteArray(nestedIndentStep(), ' ')
        + YamlScalar::renderNew(key.toUtf8(), true, false, m_quote) + ": "
        + YamlScalar::renderNew(value.toUtf8(), asString, false, m_quote) + lb;
    if (at == m_tree.source().size() && !m_tree.source().endsWith('\n')) {
        text.prepend(lb);
    }
    return applyEdits({ TextEdit { at, at, text } });
}

Result<void> ConfigDocument::setModelName(int deployment, const QString &name)
{
    if (deployment < 0 || deployment >= m_deployments.size()) {
        return editError(QStringLiteral("no deployment %1").arg(deployment));
    }
    return applyEdit(setKeyEdit(m_deployments[deployment].node, QStringLiteral("model_name"), name));
}

Result<void> ConfigDocument::setParam(int deployment, const QString &key, const QString &value)
{
    return setInDeployment(deployment, "litellm_params", key, value);
}

Result<void> ConfigDocument::removeParam(int deployment, const QString &key)
{
    if (deployment < 0 || deployment >= m_deployments.size() || m_deployments[deployment].litellmParamsNode < 0) {
        return editError(QStringLiteral("no litellm_params in deployment %1").arg(deployment));
    }
    return applyEdit(removeKeyEdit(m_deployments[deployment].litellmParamsNode, key));
}

Result<void> ConfigDocument::setModelInfo(int deployment, const QString &key, const QString &value)
{
    return setInDeployment(deployment, "model_info", key, value);
}

QByteArray ConfigDocument::renderDeployment(
    const DeploymentDraft &draft, const QByteArray &dashIndent, int gap, const QByteArray &keyIndent, int step) const
{
    const QByteArray lb = m_tree.lineBreak();
    const QByteArray inner = keyIndent + QByteArray(step, ' ');
    QByteArray out = dashIndent + '-' + QByteArray(gap, ' ')
        + "model_name: " + YamlScalar::renderNew(draft.modelName.toUtf8(), true, false, m_quote) + lb;
    auto block = [&](const char *name, const QList<std::pair<QString, QString>> &values) {
        if (values.isEmpty()) {
            return;
        }
        out += keyIndent + name + ':' + lb;
        for (const auto &[key, value] : values) {
            out += inner + YamlScalar::renderNew(key.toUtf8(), true, false, m_quote) + ": "
                + YamlScalar::renderNew(value.toUtf8(), !isNumericKey(key), false, m_quote) + lb;
        }
    };
    block("litellm_params", draft.litellmParams);
    block("model_info", draft.modelInfo);
    return out;
}

Result<void> ConfigDocument::addDeployment(const DeploymentDraft &draft)
{
    const QByteArray &source = m_tree.source();
    const QByteArray lb = m_tree.lineBreak();
    const int step = nestedIndentStep();
    const int listValue = section("model_list");
    const int list = m_tree.resolved(listValue);
    if (list >= 0 && m_tree.node(list).isSequence() && !m_tree.node(list).children.empty()) {
        const YamlNode &seq = m_tree.node(list);
        const int lastItem = seq.children.back();
        if (seq.flow) {
            auto flowMap = [&](const QList<std::pair<QString, QString>> &values) -> QByteArray {
                QByteArray out = "{";
                for (const auto &[key, value] : values) {
                    out += (out.size() > 1 ? ", " : "") + YamlScalar::renderNew(key.toUtf8(), true, true, m_quote)
                        + ": " + YamlScalar::renderNew(value.toUtf8(), !isNumericKey(key), true, m_quote);
                }
                return out + '}';
            };
            QByteArray text = ", {model_name: " + YamlScalar::renderNew(draft.modelName.toUtf8(), true, true, m_quote);
            if (!draft.litellmParams.isEmpty()) {
                text += ", litellm_params: " + flowMap(draft.litellmParams);
            }
            if (!draft.modelInfo.isEmpty()) {
                text += ", model_info: " + flowMap(draft.modelInfo);
            }
            text += '}';
            const qsizetype at = m_tree.node(lastItem).end;
            return applyEdits({ TextEdit { at, at, text } });
        }
        // The style of the last deployment: where its dash is, the gap after it, its key column.
        const YamlNode &item = m_tree.node(lastItem);
        qsizetype dash = item.start - 1;
        while (dash > 0 && source.at(dash) != '-') {
            --dash;
        }
        const qsizetype dashLine = m_tree.lineStart(dash);
        const QByteArray dashIndent = source.mid(dashLine, dash - dashLine);
        QByteArray keyIndent;
        int gap = 1;
        if (item.isMapping() && !item.children.empty()) {
            keyIndent = indentOfKey(item.children.front());
            if (m_tree.lineStart(item.start) == dashLine) {
                gap = int(item.start - dash - 1);
            } else {
                gap = int(keyIndent.size() - dashIndent.size() - 1);
            }
        } else {
            keyIndent = dashIndent + "  ";
        }
        gap = std::max(gap, 1);
        keyIndent = QByteArray(dashIndent.size() + 1 + gap, ' ');
        const qsizetype at = afterLine(item.end);
        QByteArray text = renderDeployment(draft, dashIndent, gap, keyIndent, step);
        if (at == source.size() && !source.endsWith('\n')) {
            text.prepend(lb);
        }
        return applyEdits({ TextEdit { at, at, text } });
    }
    const QByteArray block = renderDeployment(draft, "  ", 1, "    ", step);
    if (listValue >= 0) {
        // `model_list:` or `model_list: []`: the block replaces the empty value.
        const int keyNode = m_tree.keyOf(listValue);
        qsizetype colon = m_tree.node(keyNode).end;
        while (colon < source.size() && source.at(colon) != ':') {
            ++colon;
        }
        const YamlNode &value = m_tree.node(listValue);
        qsizetype end = std::max(value.end, colon + 1);
        QByteArray text = lb + block;
        text.chop(lb.size());
        return applyEdits({ TextEdit { colon + 1, end, text } });
    }
    const int root = m_tree.resolved(m_tree.root());
    if (root >= 0 && m_tree.node(root).isMapping() && m_tree.node(root).flow) {
        return editError(QStringLiteral("adding model_list to a flow-style config is not supported"));
    }
    if (root >= 0 && !m_tree.node(root).isMapping() && !isNullNode(m_tree.node(root))) {
        return editError(QStringLiteral("the config is not a mapping"));
    }
    // No model_list yet: append one at the end of the first document.
    qsizetype at = root >= 0 && m_tree.node(root).isMapping() ? afterLine(m_tree.node(root).end) : source.size();
    QByteArray text = "model_list:" + lb + block;
    if (at > 0 && source.at(at - 1) != '\n') {
        text.prepend(lb);
    }
    return applyEdits({ TextEdit { at, at, text } });
}

Result<void> ConfigDocument::removeDeployment(int deployment)
{
    if (deployment < 0 || deployment >= m_deployments.size()) {
        return editError(QStringLiteral("no deployment %1").arg(deployment));
    }
    const int list = m_tree.resolved(section("model_list"));
    const YamlNode &seq = m_tree.node(list);
    const size_t position = size_t(deployment);
    const int itemIndex = seq.children[position];
    const YamlNode &item = m_tree.node(itemIndex);
    const QByteArray &source = m_tree.source();
    if (seq.flow) {
        if (position + 1 < seq.children.size()) {
            return applyEdits({ TextEdit { item.start, m_tree.node(seq.children[position + 1]).start, {} } });
        }
        if (position > 0) {
            return applyEdits({ TextEdit { m_tree.node(seq.children[position - 1]).end, item.end, {} } });
        }
        return applyEdits({ TextEdit { item.start, item.end, {} } });
    }
    const auto [start, end] = itemBlock(position);
    if (seq.children.size() == 1) {
        // The only deployment: leave `model_list: []` rather than a null LiteLLM cannot iterate.
        const int keyNode = m_tree.keyOf(section("model_list"));
        if (keyNode >= 0 && m_tree.node(keyNode).end <= start) {
            qsizetype colon = m_tree.node(keyNode).end;
            while (colon < source.size() && source.at(colon) != ':') {
                ++colon;
            }
            qsizetype lineEnd = colon + 1;
            while (lineEnd < source.size() && source.at(lineEnd) != '\n' && source.at(lineEnd) != '\r') {
                ++lineEnd;
            }
            if (QByteArrayView(source.constData() + colon + 1, lineEnd - colon - 1).trimmed().isEmpty()) {
                return applyEdits(
                    { TextEdit { colon + 1, lineEnd, QByteArrayLiteral(" []") }, TextEdit { start, end, {} } });
            }
        }
    }
    return applyEdits({ TextEdit { start, end, {} } });
}

std::pair<qsizetype, qsizetype> ConfigDocument::itemBlock(size_t position) const
{
    const YamlNode &seq = m_tree.node(m_tree.resolved(section("model_list")));
    const YamlNode &item = m_tree.node(seq.children[position]);
    const QByteArray &source = m_tree.source();
    qsizetype dash = item.start;
    while (dash > 0 && source.at(dash) != '-') {
        --dash;
    }
    const qsizetype dashLine = m_tree.lineStart(dash);
    const qsizetype dashColumn = dash - dashLine;
    auto commentLine = [&](qsizetype begin, qsizetype end, qsizetype minIndent) {
        qsizetype p = begin;
        while (p < end && (source.at(p) == ' ' || source.at(p) == '\t')) {
            ++p;
        }
        return p < end && source.at(p) == '#' && p - begin >= minIndent;
    };
    // Comment lines that follow an item, indented under it, belong to it.
    auto trailingEnd = [&](const YamlNode &node) {
        qsizetype end = afterLine(node.end);
        while (end < source.size()) {
            const qsizetype next = m_tree.lineEnd(end);
            if (!commentLine(end, next, dashColumn + 1)) {
                break;
            }
            end = next;
        }
        return end;
    };
    // Comments directly above the dash (no blank line between) at its indentation or deeper,
    // unless they trail the item before.
    qsizetype start = dashLine;
    while (start > 0) {
        const qsizetype previous = m_tree.lineStart(start - 1);
        if (!commentLine(previous, start, dashColumn)) {
            break;
        }
        start = previous;
    }
    if (position > 0) {
        start = std::clamp(trailingEnd(m_tree.node(seq.children[position - 1])), start, dashLine);
    }
    const qsizetype end = trailingEnd(item);
    return { start, end };
}

Result<void> ConfigDocument::moveDeployment(int from, int to)
{
    const int count = int(m_deployments.size());
    if (from < 0 || from >= count || to < 0 || to >= count) {
        return editError(QStringLiteral("cannot move deployment %1 to position %2 of %3").arg(from).arg(to).arg(count));
    }
    if (from == to) {
        return {};
    }
    // The moved item is taken out and put back in one piece; everything else, blank lines and
    // separators included, stays as it was.
    const YamlNode &seq = m_tree.node(m_tree.resolved(section("model_list")));
    const QByteArray &source = m_tree.source();
    auto bytes = [&](qsizetype start, qsizetype end) { return source.mid(start, end - start); };
    const size_t moved = size_t(from);
    const size_t target = size_t(to);
    if (seq.flow) {
        const YamlNode &item = m_tree.node(seq.children[moved]);
        const YamlNode &anchor = m_tree.node(seq.children[target]);
        if (from < to) {
            const qsizetype next = m_tree.node(seq.children[moved + 1]).start;
            return applyEdits({ TextEdit { item.start, next, {} },
                TextEdit { anchor.end, anchor.end, bytes(item.end, next) + bytes(item.start, item.end) } });
        }
        const qsizetype previous = m_tree.node(seq.children[moved - 1]).end;
        return applyEdits({ TextEdit { previous, item.end, {} },
            TextEdit { anchor.start, anchor.start, bytes(item.start, item.end) + bytes(previous, item.start) } });
    }
    const QByteArray lb = m_tree.lineBreak();
    auto [start, end] = itemBlock(moved);
    const auto [targetStart, targetEnd] = itemBlock(target);
    QByteArray block = bytes(start, end);
    if (from < to) {
        if (targetEnd == source.size() && !source.endsWith('\n')) {
            // After a last item that has no final line break: the break goes before, not after.
            block.chop(lb.size());
            block.prepend(lb);
        }
        return applyEdits({ TextEdit { start, end, {} }, TextEdit { targetEnd, targetEnd, block } });
    }
    if (!block.endsWith('\n')) {
        block += lb;
        if (QByteArrayView(source.constData(), start).endsWith(lb)) {
            start -= lb.size(); // the file keeps ending without a line break
        }
    }
    return applyEdits({ TextEdit { start, end, {} }, TextEdit { targetStart, targetStart, block } });
}

} // namespace brc::config
