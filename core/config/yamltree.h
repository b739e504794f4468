#pragma once

#include "common/result.h"
#include "config/yamlnode.h"

#include <QByteArray>
#include <QString>

#include <memory>
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
/// Thread-safe: a pure function of its input, callable off the GUI thread. A parsed tree never
/// changes, so copies share it: copying a document to lint or edit it costs no node copies.
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
    const std::vector<YamlNode> &nodes() const { return data().nodes; }
    const YamlNode &node(int index) const { return data().nodes[size_t(index)]; }
    /// Root node of each document in the stream (an empty stream has none).
    const std::vector<int> &documents() const { return data().documents; }
    /// Root of the first document, or -1.
    int root() const { return data().documents.empty() ? -1 : data().documents.front(); }

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
    struct Data
    {
        std::vector<qsizetype> lineStarts;
        std::vector<YamlNode> nodes;
        std::vector<int> documents;
    };
    const Data &data() const;
    static void buildLineIndex(const QByteArray &source, std::vector<qsizetype> &lineStarts);

    QByteArray m_source;
    std::shared_ptr<const Data> m_data;
    int m_bom = 0;
};

} // namespace brc::config
