#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QStringList>

namespace brc::config {

/// The variable names a `.env` file defines. Values are read past and never kept.
///
///     # comment
///     AWS_REGION_NAME=us-east-1
///     export LITELLM_MASTER_KEY="sk-..."
///     EMPTY=
///
/// Error `config.env-file` (with line and column) for a line that is not NAME=VALUE, and
/// `config.io` for a file that cannot be read.
class EnvFile final
{
public:
    [[nodiscard]] static Result<QStringList> names(const QByteArray &text);
    [[nodiscard]] static Result<QStringList> read(const QString &path);
};

} // namespace brc::config
