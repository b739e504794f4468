#include "config/yamlscalar.h"

#include <QRegularExpression>

namespace brc::config {

namespace {

// PyYAML's implicit resolvers (resolver.py), YAML 1.1.
const QRegularExpression &boolPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"));
    return re;
}
const QRegularExpression &intPattern()
{
    static const QRegularExpression re(QStringLiteral("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?"
                                                      "0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"));
    return re;
}
const QRegularExpression &floatPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
                       "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    return re;
}
const QRegularExpression &timestampPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
                       "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9]"
                       "(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$"));
    return re;
}

bool matches(const QRegularExpression &re, QByteArrayView text)
{
    return re.match(QString::fromUtf8(text)).hasMatch();
}

bool isBreakOrBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

YamlScalar::Type YamlScalar::plainType(QByteArrayView text)
{
    if (text.isEmpty() || text == "~" || text == "null" || text == "Null" || text == "NULL") {
        return Type::Null;
    }
    if (text == "<<") {
        return Type::Merge;
    }
    const char first = text.front();
    // Fast path: most config values (model names, regions, URLs) start with a letter that no
    // typed form starts with.
    const bool maybeTyped = (first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.'
        || QByteArrayView("yYnNtTfFoO").contains(first);
    if (!maybeTyped) {
        return Type::String;
    }
    if (matches(boolPattern(), text)) {
        return Type::Bool;
    }
    if (matches(intPattern(), text)) {
        return Type::Int;
    }
    if (matches(floatPattern(), text)) {
        return Type::Float;
    }
    if (first >= '0' && first <= '9' && matches(timestampPattern(), text)) {
        return Type::Timestamp;
    }
    return Type::String;
}

YamlScalar::Type YamlScalar::type(const YamlNode &node)
{
    if (!node.tag.isEmpty()) {
        const QByteArray &tag = node.tag;
        if (tag == "tag:yaml.org,2002:str" || tag == "!") {
            return Type::String;
        }
        if (tag == "tag:yaml.org,2002:int") {
            return Type::Int;
        }
        if (tag == "tag:yaml.org,2002:float") {
            return Type::Float;
        }
        if (tag == "tag:yaml.org,2002:bool") {
            return Type::Bool;
        }
        if (tag == "tag:yaml.org,2002:null") {
            return Type::Null;
        }
        if (tag == "tag:yaml.org,2002:timestamp") {
            return Type::Timestamp;
        }
        return Type::String;
    }
    if (node.style != YamlScalarStyle::Plain) {
        return Type::String;
    }
    return plainType(node.value);
}

bool YamlScalar::isPlainSafe(QByteArrayView text, bool inFlow)
{
    if (text.isEmpty() || isBreakOrBlank(text.front()) || isBreakOrBlank(text.back())) {
        return false;
    }
    const char first = text.front();
    const char second = text.size() > 1 ? text[1] : ' ';
    if (QByteArrayView(",[]{}#&*!|>'\"%@`").contains(first)) {
        return false;
    }
    if ((first == '-' || first == '?' || first == ':') && (isBreakOrBlank(second) || (inFlow && first != '-'))) {
        return false;
    }
    if (text.startsWith("---") || text.startsWith("...") || text.back() == ':') {
        return false;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7F) {
            return false;
        }
        if (c == ':' && i + 1 < text.size()
            && (text[i + 1] == ' ' || (inFlow && QByteArrayView(",[]{}").contains(text[i + 1])))) {
            return false;
        }
        if (c == '#' && text[i - 1] == ' ') {
            return false;
        }
        if (inFlow && QByteArrayView(",[]{}").contains(char(c))) {
            return false;
        }
    }
    // Non-ASCII line separators would split a plain scalar.
    if (text.contains("\xC2\x85") || text.contains("\xE2\x80\xA8") || text.contains("\xE2\x80\xA9")) {
        return false;
    }
    return true;
}

QByteArray YamlScalar::doubleQuoted(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const char ch : text) {
        const unsigned char c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        case 0:
            out += "\\0";
            break;
        default:
            if (c < 0x20 || c == 0x7F) {
                out += "\\x";
                out += QByteArray::number(c, 16).rightJustified(2, '0');
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}

QByteArray YamlScalar::singleQuoted(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '\'';
    for (const char ch : text) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7F) {
            return {};
        }
        if (ch == '\'') {
            out += '\'';
        }
        out += ch;
    }
    out += '\'';
    return out;
}

QByteArray YamlScalar::renderNew(QByteArrayView text, bool asString, bool inFlow, char quote)
{
    if (isPlainSafe(text, inFlow) && (!asString || plainType(text) == Type::String)) {
        return text.toByteArray();
    }
    if (quote == '\'') {
        const QByteArray single = singleQuoted(text);
        if (!single.isEmpty()) {
            return single;
        }
    }
    return doubleQuoted(text);
}

QByteArray YamlScalar::renderLike(
    QByteArrayView text, const YamlNode &original, const QByteArray &source, bool inFlow, char quote)
{
    switch (original.style) {
    case YamlScalarStyle::Plain:
        return renderNew(text, type(original) == Type::String, inFlow, quote);
    case YamlScalarStyle::SingleQuoted:
        if (const QByteArray single = singleQuoted(text); !single.isEmpty()) {
            return single;
        }
        return doubleQuoted(text);
    case YamlScalarStyle::DoubleQuoted:
        return doubleQuoted(text);
    case YamlScalarStyle::Literal:
    case YamlScalarStyle::Folded:
        break;
    }
    // Block scalar: keep `|`, the content indentation and the blank lines that follow it.
    const QByteArray lineBreak = source.indexOf("\r\n") >= 0 ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    const QByteArray old = source.mid(original.valueStart, original.end - original.valueStart);
    const qsizetype headerEnd = old.indexOf('\n');
    int indent = -1;
    if (headerEnd >= 0) {
        for (qsizetype p = headerEnd + 1; p < old.size();) {
            qsizetype q = p;
            while (q < old.size() && old.at(q) == ' ') {
                ++q;
            }
            if (q < old.size() && old.at(q) != '\n' && old.at(q) != '\r') {
                indent = int(q - p);
                break;
            }
            const qsizetype next = old.indexOf('\n', p);
            if (next < 0) {
                break;
            }
            p = next + 1;
        }
    }
    if (indent <= 0 || text.isEmpty() || text.contains('\r') || text.front() == ' ' || text.front() == '\n') {
        return doubleQuoted(text) + (headerEnd >= 0 ? lineBreak : QByteArray());
    }
    for (const char ch : text) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
            return doubleQuoted(text) + lineBreak;
        }
    }
    // Trailing blank lines of the old range belong to what follows, not to the value.
    qsizetype trailing = old.size();
    while (
        trailing > 0 && (old.at(trailing - 1) == '\n' || old.at(trailing - 1) == '\r' || old.at(trailing - 1) == ' ')) {
        --trailing;
    }
    qsizetype tailStart = old.indexOf('\n', trailing);
    QByteArray tail = tailStart >= 0 ? old.mid(tailStart + 1) : QByteArray();

    QByteArrayView body = text;
    int finalBreaks = 0;
    while (body.endsWith('\n')) {
        body.chop(1);
        ++finalBreaks;
    }
    QByteArray out = "|";
    out += finalBreaks == 0 ? "-" : (finalBreaks == 1 ? "" : "+");
    out += lineBreak;
    const QByteArray pad(indent, ' ');
    for (const QByteArray &line : body.toByteArray().split('\n')) {
        if (!line.isEmpty()) {
            out += pad;
            out += line;
        }
        out += lineBreak;
    }
    for (int i = 1; i < finalBreaks; ++i) {
        out += lineBreak;
    }
    if (finalBreaks > 1) {
        return out; // `|+` keeps every break: the old trailing blank lines would be read as content
    }
    return out + tail;
}

} // namespace brc::config
