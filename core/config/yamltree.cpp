#include "config/yamltree.h"

#include <yaml.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>

namespace brc::config {

namespace {

constexpr quint64 s_saturated = quint64(1) << 62;

quint64 saturatingAdd(quint64 a, quint64 b)
{
    return (a > s_saturated || b > s_saturated || a + b > s_saturated) ? s_saturated : a + b;
}

/// Releases the libyaml parser and the current event on every exit path.
struct ParserGuard
{
    yaml_parser_t parser;
    yaml_event_t event;
    bool hasEvent = false;
    ParserGuard() { yaml_parser_initialize(&parser); }
    ~ParserGuard()
    {
        if (hasEvent) {
            yaml_event_delete(&event);
        }
        yaml_parser_delete(&parser);
    }
    ParserGuard(const ParserGuard &) = delete;
    ParserGuard &operator=(const ParserGuard &) = delete;
};

QByteArray fromCString(const unsigned char *text)
{
    return text ? QByteArray(reinterpret_cast<const char *>(text)) : QByteArray();
}

YamlScalarStyle scalarStyle(yaml_scalar_style_t style)
{
    switch (style) {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE:
        return YamlScalarStyle::SingleQuoted;
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
        return YamlScalarStyle::DoubleQuoted;
    case YAML_LITERAL_SCALAR_STYLE:
        return YamlScalarStyle::Literal;
    case YAML_FOLDED_SCALAR_STYLE:
        return YamlScalarStyle::Folded;
    default:
        return YamlScalarStyle::Plain;
    }
}

} // namespace

Result<YamlTree> YamlTree::parse(const QByteArray &source, const Limits &limits)
{
    if (source.size() > limits.maxBytes) {
        return Error(QStringLiteral("config.too-large"),
            QStringLiteral("the file is %1 bytes; configs over %2 bytes are refused")
                .arg(source.size())
                .arg(limits.maxBytes));
    }
    if (source.startsWith("\xFF\xFE") || source.startsWith("\xFE\xFF")) {
        Error error(
            QStringLiteral("config.encoding"), QStringLiteral("UTF-16 files are not supported: save it as UTF-8"));
        error.line = 1;
        error.column = 1;
        return error;
    }

    YamlTree tree;
    auto storage = std::make_shared<Data>();
    tree.m_data = storage;
    // The tree owns its source (scalars may refer into it), even when handed raw data.
    // (data_ptr() only reads here; a raw-data QByteArray has no header.)
    const bool owned = const_cast<QByteArray &>(source).data_ptr().d_ptr() != nullptr;
    tree.m_source = owned ? source : QByteArray(source.constData(), source.size());
    tree.m_bom = source.startsWith("\xEF\xBB\xBF") ? 3 : 0;

    // libyaml marks count characters (after the BOM); edits need bytes.
    const char *data = tree.m_source.constData();
    const qsizetype size = source.size();
    bool ascii = true;
    for (qsizetype i = tree.m_bom; i < size; ++i) {
        if (static_cast<unsigned char>(data[i]) >= 0x80) {
            ascii = false;
            break;
        }
    }
    std::vector<quint32> charToByte;
    if (!ascii) {
        charToByte.reserve(size_t(size - tree.m_bom + 1));
        for (qsizetype i = tree.m_bom; i < size; ++i) {
            if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80) {
                charToByte.push_back(quint32(i));
            }
        }
        charToByte.push_back(quint32(size));
    }
    const int bom = tree.m_bom;
    auto toByte = [&](size_t index) -> qsizetype {
        if (ascii) {
            return std::min<qsizetype>(bom + qsizetype(index), size);
        }
        return index < charToByte.size() ? qsizetype(charToByte[index]) : size;
    };

    auto errorAt = [&](const QString &code, const QString &message, int line, int column) {
        Error error(code, message);
        error.line = line;
        error.column = column;
        return error;
    };

    ParserGuard guard;
    yaml_parser_t &parser = guard.parser;
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(data), size_t(size));

    std::vector<int> stack;
    std::vector<quint64> expanded;
    std::unordered_map<std::string, int> anchors;
    quint64 documentExpanded = 0;
    std::vector<YamlNode> &nodes = storage->nodes;
    nodes.reserve(size_t(size / 16 + 16));
    expanded.reserve(nodes.capacity());

    auto addNode = [&](YamlNodeKind kind, const yaml_event_t &event, const unsigned char *anchor,
                       const unsigned char *tag) -> int {
        YamlNode node;
        node.kind = kind;
        node.start = toByte(event.start_mark.index);
        node.valueStart = node.start;
        node.end = toByte(event.end_mark.index);
        node.line = int(event.start_mark.line) + 1;
        node.column = int(event.start_mark.column) + 1;
        node.anchor = fromCString(anchor);
        node.tag = fromCString(tag);
        if (!node.anchor.isEmpty() || !node.tag.isEmpty()) {
            // Skip the properties (`&a !!str `) so that an edit keeps them.
            qsizetype p = node.start;
            while (p < size && (data[p] == '&' || data[p] == '!')) {
                while (p < size && data[p] != ' ' && data[p] != '\t' && data[p] != '\n' && data[p] != '\r') {
                    ++p;
                }
                while (p < size && (data[p] == ' ' || data[p] == '\t' || data[p] == '\n' || data[p] == '\r')) {
                    ++p;
                }
            }
            if (kind == YamlNodeKind::Scalar) {
                p = std::min(p, node.end);
            }
            node.valueStart = p;
        }
        const int index = int(nodes.size());
        if (stack.empty()) {
            storage->documents.push_back(index);
        } else {
            node.parent = stack.back();
            node.position = int(nodes[size_t(node.parent)].children.size());
            nodes[size_t(node.parent)].children.push_back(index);
        }
        nodes.push_back(std::move(node));
        expanded.push_back(1);
        if (anchor) {
            anchors[reinterpret_cast<const char *>(anchor)] = index;
        }
        return index;
    };

    for (;;) {
        yaml_event_t &event = guard.event;
        if (!yaml_parser_parse(&parser, &event)) {
            QString message = QString::fromUtf8(parser.problem ? parser.problem : "unreadable YAML");
            if (parser.context) {
                message += QStringLiteral(" (") + QString::fromUtf8(parser.context) + QLatin1Char(')');
            }
            if (parser.error == YAML_READER_ERROR) {
                const qsizetype offset = std::min<qsizetype>(qsizetype(parser.problem_offset), size);
                buildLineIndex(source, storage->lineStarts);
                const auto [line, column] = tree.lineColumn(offset);
                return errorAt(QStringLiteral("config.yaml-syntax"), message, line, column);
            }
            if (parser.error == YAML_MEMORY_ERROR) {
                return Error(QStringLiteral("config.too-large"), QStringLiteral("out of memory while parsing"));
            }
            return errorAt(QStringLiteral("config.yaml-syntax"), message, int(parser.problem_mark.line) + 1,
                int(parser.problem_mark.column) + 1);
        }
        guard.hasEvent = true;
        bool done = false;
        switch (event.type) {
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        case YAML_DOCUMENT_START_EVENT:
            anchors.clear();
            documentExpanded = 0;
            break;
        case YAML_SCALAR_EVENT: {
            const int index = addNode(YamlNodeKind::Scalar, event, event.data.scalar.anchor, event.data.scalar.tag);
            YamlNode &node = nodes[size_t(index)];
            node.style = scalarStyle(event.data.scalar.style);
            const char *decoded = reinterpret_cast<const char *>(event.data.scalar.value);
            const qsizetype length = qsizetype(event.data.scalar.length);
            // Most scalars read back as written (no escapes, no folding): they then refer to the
            // source the tree keeps instead of each holding a copy.
            const qsizetype quote
                = node.style == YamlScalarStyle::SingleQuoted || node.style == YamlScalarStyle::DoubleQuoted ? 1 : 0;
            const qsizetype written = node.valueStart + quote;
            // (Not in the last 16 bytes: vectorised string code may read a block past the end.)
            const bool asWritten = (node.style == YamlScalarStyle::Plain || quote == 1) && length > 0
                && written + length + 16 <= size && node.end - node.valueStart == length + 2 * quote
                && std::memcmp(data + written, decoded, size_t(length)) == 0;
            node.value = asWritten ? QByteArray::fromRawData(data + written, length) : QByteArray(decoded, length);
            documentExpanded = saturatingAdd(documentExpanded, 1);
            break;
        }
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
            const bool mapping = event.type == YAML_MAPPING_START_EVENT;
            if (int(stack.size()) >= limits.maxDepth) {
                return errorAt(QStringLiteral("config.too-deep"),
                    QStringLiteral("nesting deeper than %1 levels").arg(limits.maxDepth),
                    int(event.start_mark.line) + 1, int(event.start_mark.column) + 1);
            }
            const int index = mapping
                ? addNode(YamlNodeKind::Mapping, event, event.data.mapping_start.anchor, event.data.mapping_start.tag)
                : addNode(
                    YamlNodeKind::Sequence, event, event.data.sequence_start.anchor, event.data.sequence_start.tag);
            nodes[size_t(index)].flow = mapping ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                                                : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
            // Config mappings hold a handful of pairs: one allocation instead of four.
            nodes[size_t(index)].children.reserve(mapping ? 8 : 2);
            stack.push_back(index);
            documentExpanded = saturatingAdd(documentExpanded, 1);
            break;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: {
            if (stack.empty()) {
                break;
            }
            const int index = stack.back();
            stack.pop_back();
            YamlNode &node = nodes[size_t(index)];
            quint64 total = 1;
            for (int child : node.children) {
                total = saturatingAdd(total, expanded[size_t(child)]);
            }
            expanded[size_t(index)] = total;
            if (node.flow) {
                node.end = toByte(event.end_mark.index);
            } else if (!node.children.empty()) {
                node.end = nodes[size_t(node.children.back())].end;
            }
            break;
        }
        case YAML_ALIAS_EVENT: {
            const std::string name = reinterpret_cast<const char *>(event.data.alias.anchor);
            const auto found = anchors.find(name);
            const int line = int(event.start_mark.line) + 1;
            const int column = int(event.start_mark.column) + 1;
            if (found == anchors.end()) {
                return errorAt(QStringLiteral("config.alias-unknown"),
                    QStringLiteral("alias *%1 refers to no anchor").arg(QString::fromStdString(name)), line, column);
            }
            const int target = found->second;
            if (std::find(stack.begin(), stack.end(), target) != stack.end()) {
                return errorAt(QStringLiteral("config.alias-recursive"),
                    QStringLiteral("alias *%1 refers to a node that contains it").arg(QString::fromStdString(name)),
                    line, column);
            }
            const int index = addNode(YamlNodeKind::Alias, event, nullptr, nullptr);
            nodes[size_t(index)].value = QByteArray::fromStdString(name);
            nodes[size_t(index)].aliasTarget = target;
            expanded[size_t(index)] = expanded[size_t(target)];
            documentExpanded = saturatingAdd(documentExpanded, expanded[size_t(target)]);
            if (documentExpanded > limits.maxExpandedNodes) {
                return errorAt(QStringLiteral("config.alias-bomb"),
                    QStringLiteral("aliases expand to more than %1 nodes (an alias bomb?)")
                        .arg(limits.maxExpandedNodes),
                    line, column);
            }
            break;
        }
        default:
            break;
        }
        yaml_event_delete(&event);
        guard.hasEvent = false;
        if (done) {
            break;
        }
    }
    buildLineIndex(source, storage->lineStarts);
    return tree;
}

const YamlTree::Data &YamlTree::data() const
{
    static const Data empty;
    return m_data ? *m_data : empty;
}

void YamlTree::buildLineIndex(const QByteArray &source, std::vector<qsizetype> &lineStarts)
{
    lineStarts.clear();
    lineStarts.reserve(size_t(source.size() / 24 + 1));
    lineStarts.push_back(0);
    const char *begin = source.constData();
    const char *end = begin + source.size();
    for (const char *p = begin; p < end;) {
        const void *hit = std::memchr(p, '\n', size_t(end - p));
        if (!hit) {
            break;
        }
        p = static_cast<const char *>(hit) + 1;
        lineStarts.push_back(qsizetype(p - begin));
    }
}

int YamlTree::valueOf(int mapping, QByteArrayView key) const
{
    if (mapping < 0) {
        return -1;
    }
    const YamlNode &map = node(mapping);
    if (!map.isMapping()) {
        return -1;
    }
    int found = -1;
    for (size_t i = 0; i + 1 < map.children.size(); i += 2) {
        const YamlNode &k = node(map.children[i]);
        if (k.isScalar() && k.value == key) {
            found = map.children[i + 1];
        }
    }
    return found;
}

int YamlTree::keyOf(int value) const
{
    const YamlNode &n = node(value);
    if (n.parent < 0 || !node(n.parent).isMapping()) {
        return -1;
    }
    // Mapping children alternate key, value: a value sits at an odd position.
    return n.position % 2 == 1 ? node(n.parent).children[size_t(n.position - 1)] : -1;
}

int YamlTree::resolved(int index) const
{
    while (index >= 0 && node(index).kind == YamlNodeKind::Alias) {
        index = node(index).aliasTarget;
    }
    return index;
}

qsizetype YamlTree::lineStart(qsizetype offset) const
{
    const auto it = std::upper_bound(data().lineStarts.begin(), data().lineStarts.end(), offset);
    return it == data().lineStarts.begin() ? 0 : *(it - 1);
}

qsizetype YamlTree::lineEnd(qsizetype offset) const
{
    const auto it = std::upper_bound(data().lineStarts.begin(), data().lineStarts.end(), offset);
    return it == data().lineStarts.end() ? m_source.size() : *it;
}

std::pair<int, int> YamlTree::lineColumn(qsizetype offset) const
{
    const auto it = std::upper_bound(data().lineStarts.begin(), data().lineStarts.end(), offset);
    const int line = int(it - data().lineStarts.begin());
    const qsizetype begin = it == data().lineStarts.begin() ? 0 : *(it - 1);
    int column = 1;
    for (qsizetype i = begin; i < offset && i < m_source.size(); ++i) {
        if ((static_cast<unsigned char>(m_source.at(i)) & 0xC0) != 0x80) {
            ++column;
        }
    }
    if (begin == 0 && m_bom > 0 && offset >= m_bom) {
        column -= 1;
    }
    return { std::max(line, 1), column };
}

QByteArray YamlTree::lineBreak() const
{
    const qsizetype newline = m_source.indexOf('\n');
    return newline > 0 && m_source.at(newline - 1) == '\r' ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

} // namespace brc::config
