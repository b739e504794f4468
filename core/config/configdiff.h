#pragma once

#include "config/configchange.h"

#include <QList>

namespace brc::config {

class ConfigDocument;

/// A semantic diff of two configs: deployments are matched by `model_info.id`, else by
/// `model_name` and their order among the deployments of that name, so reordering the file
/// is no change; values are compared as data (quoting, comments and layout do not count; merge
/// keys and aliases are applied). Other sections are compared value by value.
/// Order: deployment changes in the new file's order, then removed deployments, then sections.
class ConfigDiff final
{
public:
    static QList<ConfigChange> compare(const ConfigDocument &before, const ConfigDocument &after);
    /// "changed", "added", "removed".
    static QString kindName(ConfigChange::Kind kind);
};

} // namespace brc::config
