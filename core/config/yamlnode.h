#pragma once

#include <QByteArray>

#include <vector>

namespace brc::config {

enum class YamlNodeKind { Scalar, Mapping, Sequence, Alias };

enum class YamlScalarStyle { Plain, SingleQuoted, DoubleQuoted, Literal, Folded };

/// One node of a parsed YAML stream, as written in the source.
///
/// Offsets are BYTE offsets into YamlTree::source() (a BOM, if any, is part of the source and
/// precedes every node). `start` includes node properties (`&anchor`, `!tag`); `valueStart` is
/// where the content itself begins. For block collections `end` is the end of their last child;
/// for flow collections it is just past the closing bracket. `line` and `column` are 1-based
/// and refer to `valueStart` (column counts characters, not bytes).
struct YamlNode
{
    YamlNodeKind kind = YamlNodeKind::Scalar;
    YamlScalarStyle style = YamlScalarStyle::Plain; ///< scalars only
    bool flow = false; ///< collections written as `[...]` / `{...}`
    int parent = -1; ///< index of the parent node, -1 for a document root
    int aliasTarget = -1; ///< aliases: index of the anchored node
    int position = 0; ///< index in the parent's `children`
    qsizetype start = 0;
    qsizetype valueStart = 0;
    qsizetype end = 0;
    int line = 0;
    int column = 0;
    /// Scalars: decoded UTF-8 text; aliases: the anchor name. It may refer to the tree's source
    /// bytes: copy it (QString::fromUtf8, QByteArray(value.constData(), value.size())) to keep it
    /// beyond the life of every copy of its YamlTree.
    QByteArray value;
    QByteArray anchor;
    QByteArray tag; ///< explicit tag, resolved (e.g. "tag:yaml.org,2002:str"); empty if none
    std::vector<int> children; ///< mappings: key0, value0, key1, value1, ...; sequences: items

    bool isScalar() const { return kind == YamlNodeKind::Scalar; }
    bool isMapping() const { return kind == YamlNodeKind::Mapping; }
    bool isSequence() const { return kind == YamlNodeKind::Sequence; }
};

} // namespace brc::config
