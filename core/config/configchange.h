#pragma once

#include <QString>

namespace brc::config {

/// One difference between two configs, as ConfigDiff reports it.
///
/// `deployment` names a deployment by identity: `id:<model_info.id>` when it has one, else
/// `<model_name>#<n>` (the n-th deployment of that name without an id); empty for the other
/// sections. `path` is the changed value's path inside the deployment
/// (`litellm_params.aws_region_name`) or in the config (`router_settings.num_retries`); empty
/// when a whole deployment was added or removed. Values are JSON text; values of secrets are
/// never given (`secret` is set instead).
struct ConfigChange
{
    enum class Kind { Added, Removed, Changed };

    Kind kind = Kind::Changed;
    QString deployment;
    QString modelName;
    QString path;
    QString oldValue;
    QString newValue;
    int oldLine = 0;
    int newLine = 0;
    bool secret = false;

    bool operator==(const ConfigChange &) const = default;
};

} // namespace brc::config
