// Model strings through the route engine: every LiteLLM profile's view, the AWS view, the
// diagnostics, and the JSON `bedrock-route parse --json` prints.
//
// Input: the model string, then one optional line each for aws_region_name,
// aws_bedrock_runtime_endpoint, api_base, model_id, AWS_REGION_NAME, AWS_REGION,
// AWS_BEDROCK_RUNTIME_ENDPOINT and the session region; a leading "fips\n" line sets useFips.

#include "fuzzsupport.h"
#include "route/litellmprofile.h"
#include "route/modelcatalog.h"
#include "route/routejson.h"
#include "route/routeparser.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <vector>

using namespace brc::route;

namespace {

const std::vector<std::unique_ptr<RouteParser>> &parsers()
{
    static const std::vector<std::unique_ptr<RouteParser>> s_parsers = [] {
        std::vector<std::unique_ptr<RouteParser>> out;
        for (const LiteLlmProfile &profile : LiteLlmProfile::all()) {
            out.push_back(std::make_unique<RouteParser>(profile, ModelCatalog::builtin()));
        }
        return out;
    }();
    return s_parsers;
}

bool spanInside(const Span &span, const QString &input)
{
    return span.start >= 0 && span.start <= span.end && span.end <= input.size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    brc::fuzz::FuzzInput in(data, size);
    QString input = QString::fromUtf8(in.field());
    RouteContext context;
    if (input == QLatin1StringView("fips")) {
        context.useFips = true;
        input = QString::fromUtf8(in.field());
    }
    for (QString *value : { &context.region, &context.runtimeEndpoint, &context.apiBase, &context.modelIdOverride,
             &context.environment.awsRegionName, &context.environment.awsRegion, &context.environment.runtimeEndpoint,
             &context.environment.sessionRegion }) {
        *value = QString::fromUtf8(in.field());
    }

    for (const auto &parser : parsers()) {
        const ParsedRoute route = parser->parse(input, context);
        BRC_FUZZ_CHECK(route.input == input);
        for (const Segment &segment : route.segments) {
            BRC_FUZZ_CHECK(spanInside(segment.span, input));
        }
        for (const Diagnostic &diagnostic : route.diagnostics) {
            BRC_FUZZ_CHECK(!diagnostic.code.isEmpty());
            BRC_FUZZ_CHECK(!diagnostic.message.isEmpty());
            BRC_FUZZ_CHECK(spanInside(diagnostic.span, input));
        }
        // LiteLLM sends nothing for a string it rejects.
        BRC_FUZZ_CHECK(route.litellm.accepted() || (!route.litellm.url() && !route.litellm.streamUrl()));

        // The JSON must parse back and carry the input unchanged.
        const QByteArray json = toJson(route);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        BRC_FUZZ_CHECK(error.error == QJsonParseError::NoError);
        BRC_FUZZ_CHECK(document.object().value(QLatin1StringView("input")).toString() == input);
    }
    return 0;
}
