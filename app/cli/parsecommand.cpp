#include "commands.h"

namespace brc::cli {

int runParse(const QStringList &)
{
    return 2;
}

} // namespace brc::cli
