#pragma once

#include "config/yamlnode.h"

#include <QByteArray>
#include <QByteArrayView>

namespace brc::config {

/// YAML 1.1 scalar resolution (the rules PyYAML's SafeLoader applies) and rendering of scalars
/// in a given style.
///
/// Resolution: only plain scalars without an explicit tag are typed: `~`, `null`, empty → Null;
/// `yes/no/on/off/true/false` (three casings) → Bool; `0x1F`, `0o17`-style `017`, `1_000`,
/// `1:30` → Int; `1.5`, `.inf`, `1.0e+3` → Float; `2024-01-31` → Timestamp; `<<` → Merge;
/// everything else, and every quoted or block scalar, is a String.
class YamlScalar final
{
public:
    enum class Type { Null, Bool, Int, Float, Timestamp, Merge, String };

    /// The type PyYAML would give the node (explicit `!!str`/`!!int`/... tags honoured).
    static Type type(const YamlNode &node);
    /// The type of `text` written as a plain scalar.
    static Type plainType(QByteArrayView text);

    /// True when `text` can be written as a plain scalar and reads back as the same characters.
    static bool isPlainSafe(QByteArrayView text, bool inFlow);
    static QByteArray doubleQuoted(QByteArrayView text);
    /// Single-quoted form, or an empty array when `text` cannot be single-quoted on one line.
    static QByteArray singleQuoted(QByteArrayView text);

    /// Text that replaces the node's value bytes [valueStart, end) so that it reads back as
    /// `text`, in the node's own style where possible. A plain string that would change type
    /// (`"true"`, `"8080"`) is quoted with `quote` ('"' or '\'').
    static QByteArray renderLike(
        QByteArrayView text, const YamlNode &original, const QByteArray &source, bool inFlow, char quote);
    /// A new scalar: plain when safe (and, if `asString`, when it still reads as a string),
    /// otherwise quoted with `quote`.
    static QByteArray renderNew(QByteArrayView text, bool asString, bool inFlow, char quote);
};

} // namespace brc::config
