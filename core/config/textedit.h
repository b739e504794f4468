#pragma once

#include <QByteArray>

namespace brc::config {

/// Replace the bytes [start, end) of a config's text with `replacement`. An insertion has
/// start == end. Edits are what export applies: bytes outside every edit never change.
struct TextEdit
{
    qsizetype start = 0;
    qsizetype end = 0;
    QByteArray replacement;

    bool operator==(const TextEdit &) const = default;
};

} // namespace brc::config
