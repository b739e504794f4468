#pragma once

#include "config/configvalue.h"

#include <QList>

namespace brc::config {

/// One `model_list` entry as read from the file: `model_name`, `litellm_params` and
/// `model_info` in file order (keys brought in through `<<` merge keys included, with the
/// location of their definition). Every key is kept, known or not.
struct Deployment
{
    int index = -1; ///< position in model_list
    int node = -1; ///< the entry's mapping node
    int line = 0;
    ConfigValue modelName;
    QList<ConfigValue> litellmParams;
    QList<ConfigValue> modelInfo;
    int litellmParamsNode = -1;
    int modelInfoNode = -1;

    /// The `litellm_params` entry `key`, or a ConfigValue with node -1.
    ConfigValue param(QStringView key) const
    {
        for (const ConfigValue &value : litellmParams) {
            if (value.key == key) {
                return value;
            }
        }
        return {};
    }
    /// The `model_info` entry `key`, or a ConfigValue with node -1.
    ConfigValue info(QStringView key) const
    {
        for (const ConfigValue &value : modelInfo) {
            if (value.key == key) {
                return value;
            }
        }
        return {};
    }
    QString model() const { return param(u"model").text; }

    bool operator==(const Deployment &) const = default;
};

} // namespace brc::config
