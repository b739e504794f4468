#pragma once

#include <QByteArray>
#include <QString>

namespace brc::ui {

/// A unified-style line diff of two texts, for showing (not for patching): the common head and
/// tail are trimmed, the middle is compared line by line (LCS) when small enough, else shown as
/// one replaced block. `context` unchanged lines are kept around each change.
class LineDiff final
{
public:
    struct Stats
    {
        int added = 0;
        int removed = 0;
    };

    static QString unified(const QByteArray &before, const QByteArray &after, const QString &beforeName,
        const QString &afterName, int context = 3, Stats *stats = nullptr);
};

} // namespace brc::ui
