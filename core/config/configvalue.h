#pragma once

#include <QString>

namespace brc::config {

/// One entry of a config, as written: its key, its scalar text (never expanded: an
/// `os.environ/NAME` reference stays a reference), its node in the YamlTree and where it is.
/// `node` is -1 for a value that is not present. Collections have `isScalar == false` and an
/// empty `text`.
struct ConfigValue
{
    QString key;
    QString text;
    QString path; ///< e.g. "model_list[2].litellm_params.aws_region_name"
    int node = -1;
    int keyNode = -1;
    int line = 0; ///< 1-based, of the value
    int column = 0; ///< 1-based, of the value
    bool isScalar = false;
    bool isNull = false; ///< `~`, `null` or nothing written

    bool isPresent() const { return node >= 0; }
    bool isEnvReference() const { return text.startsWith(QLatin1String("os.environ/")); }
    /// NAME of an `os.environ/NAME` reference, else empty.
    QString envName() const { return isEnvReference() ? text.mid(11) : QString(); }

    bool operator==(const ConfigValue &) const = default;
};

} // namespace brc::config
