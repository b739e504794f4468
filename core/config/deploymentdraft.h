#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace brc::config {

/// What a new deployment is made of; values are written in the file's own style. Numeric
/// values of rpm, tpm, timeout, max_tokens and similar keys are written unquoted.
struct DeploymentDraft
{
    QString modelName;
    QList<std::pair<QString, QString>> litellmParams;
    QList<std::pair<QString, QString>> modelInfo;
};

} // namespace brc::config
