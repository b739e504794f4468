#include "error.h"

namespace brc {

QString Error::toString() const
{
    QString where;
    if (line > 0) {
        where = QStringLiteral("line %1").arg(line);
        if (column > 0) {
            where += QStringLiteral(", column %1").arg(column);
        }
    }
    if (!field.isEmpty()) {
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + field;
    }
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace brc
