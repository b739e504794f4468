#pragma once

#include "config/configvalue.h"
#include "route/routecontext.h"

#include <QList>

#include <functional>

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

    /// The parameters that change where a call goes (aws_region_name,
    /// aws_bedrock_runtime_endpoint, api_base, model_id). `resolve` turns a present value into
    /// text; without it os.environ/ references count as unset, as the file alone says nothing
    /// of them. The environment part of the context is left to the caller.
    route::RouteContext routeContext(const std::function<QString(const ConfigValue &)> &resolve = {}) const
    {
        const auto text = [&](QStringView key) {
            const ConfigValue value = param(key);
            if (resolve) {
                return resolve(value);
            }
            return value.isScalar && !value.isEnvReference() ? value.text : QString();
        };
        route::RouteContext context;
        context.region = text(u"aws_region_name");
        context.runtimeEndpoint = text(u"aws_bedrock_runtime_endpoint");
        context.apiBase = text(u"api_base");
        context.modelIdOverride = text(u"model_id");
        return context;
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
