#pragma once

#include "config/yamltree.h"

#include <nlohmann/json.hpp>

namespace brc::config {

/// The data of a YAML node as JSON, with PyYAML SafeLoader semantics: YAML 1.1 scalar types,
/// aliases expanded (YamlTree::parse has bounded their expansion), `<<` merge keys applied,
/// non-string keys written as JSON strings ("1", "true", "null"). Timestamps stay text.
/// Internal to core/config: nlohmann/json is a private dependency of brc_core.
class YamlJson final
{
public:
    static nlohmann::ordered_json value(const YamlTree &tree, int node);
    static nlohmann::ordered_json scalar(const YamlNode &node);
};

} // namespace brc::config
