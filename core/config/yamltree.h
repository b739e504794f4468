#pragma once

#include "common/result.h"
#include "config/yamlnode.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace brc::config {

/// A YAML stream parsed into nodes that remember exactly where they were written.
///
/// Nothing is expanded or normalised: aliases stay aliases, merge keys stay keys, and the source
/// bytes are kept so that an editor can rewrite only the ranges it changes. Parsing uses
/// libyaml's event parser (the same YAML 1.1 scanner PyYAML uses).
///
/// Bounded by construction: inputs over `Limits::maxBytes`, nesting deeper than
/// `Limits::maxDepth`, and alias graphs that would expand beyond `Limits::maxExpandedNodes`
/// (billion laughs) are rejected with an Error carrying line and column. Errors:
/// `config.too-large`, `config.yaml-syntax` (also invalid UTF-8 and control characters),
/// `config.too-deep`, `config.alias-bomb`, `config.alias-unknown`, `config.alias-recursive`.
/// Thread-safe: a pure function of its input, callable off the GUI thread.
class YamlTree final
{
public:
    struct Limits
    {
        qsizetype maxBytes = 64 * 1024 * 1024;
        int maxDepth = 200;
        quint64 maxExpandedNodes = 4'000'000;
    };

    YamlTree() = default;

    [[nodiscard]] static Result<YamlTree> parse(const QByteArray &source, const Limits &limits);
    [[nodiscard]] static Result<YamlTree> parse(const QByteArray &source) { return parse(source, Limits {}); }

    const QByteArray &source() const { return m_source; }
    const std::vector<YamlNode> &nodes() const { return m_nodes; }
    const YamlNode &node(int index) const { return m_nodes[size_t(index)]; }
    /// Root node of each document in the stream (an empty stream has none).
    const std::vector<int> &documents() const { return m_documents; }
    /// Root of the first document, or -1.
    int root() const { return m_documents.empty() ? -1 : m_documents.front(); }

    /// Value node of `key` in mapping `mapping` (last occurrence wins, as in PyYAML), or -1.
    /// Keys reached through `<<` merge keys are not searched.
    int valueOf(int mapping, QByteArrayView key) const;
    /// Key node for the value node `value` whose parent is a mapping, or -1.
    int keyOf(int value) const;
    /// Follows aliases to the anchored node.
    int resolved(int index) const;

    /// Byte offset of the start of the line containing `offset`.
    qsizetype lineStart(qsizetype offset) const;
    /// Byte offset just past the line break of the line containing `offset` (or the end).
    qsizetype lineEnd(qsizetype offset) const;
    /// 1-based line and character column of a byte offset.
    std::pair<int, int> lineColumn(qsizetype offset) const;
    /// The line break the file uses ("\r\n" if its first line break is CRLF, else "\n").
    QByteArray lineBreak() const;
    /// Number of bytes of a leading UTF-8 BOM (0 or 3).
    int bomLength() const { return m_bom; }

private:
    void buildLineIndex();

    QByteArray m_source;
    std::vector<qsizetype> m_lineStarts;
    std::vector<YamlNode> m_nodes;
    std::vector<int> m_documents;
    int m_bom = 0;
};

} // namespace brc::config
