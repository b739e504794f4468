#include "routejson.h"

#include "common/jsonwriter.h"

namespace brc::route {

namespace {

void writeSpan(JsonWriter &w, Span span)
{
    w.beginArray();
    w.value(span.start);
    w.value(span.end);
    w.endArray();
}

void writeLiteLlm(JsonWriter &w, const LiteLlmView &v)
{
    w.beginObject();
    w.key("version");
    w.value(v.version);
    w.key("route");
    w.nullableValue(routeName(v.route));
    w.key("invoke_provider");
    w.value(v.invokeProvider);
    w.key("model_id");
    w.value(v.modelId);
    w.key("path_model_id");
    w.value(v.pathModelId);
    w.key("base_model");
    w.value(v.baseModel);
    w.key("region_from_model");
    w.value(v.regionFromModel);
    w.key("region");
    w.nullableValue(v.region);
    w.key("region_source");
    w.nullableValue(regionSourceName(v.regionSource));
    w.key("url");
    w.value(v.url());
    w.key("stream_url");
    w.value(v.streamUrl());
    w.key("config_class");
    w.nullableValue(v.configClass);
    w.key("error");
    w.value(v.error);
    w.key("other_provider");
    w.value(v.otherProvider);
    w.endObject();
}

void writeAws(JsonWriter &w, const AwsView &v)
{
    w.beginObject();
    w.key("model_id");
    w.value(v.modelId);
    w.key("geo_prefix");
    w.nullableValue(v.geoPrefix);
    w.key("unknown_prefix");
    w.nullableValue(v.unknownPrefix);
    w.key("provider");
    w.nullableValue(v.provider);
    w.key("family");
    w.nullableValue(v.family);
    w.key("version");
    w.nullableValue(v.version);
    w.key("suffix");
    w.nullableValue(v.suffix);
    w.key("spec");
    w.nullableValue(v.spec);
    w.key("region_path");
    w.nullableValue(v.regionPath);
    w.key("arn");
    if (v.arn) {
        w.beginObject();
        w.key("partition");
        w.value(v.arn->partition);
        w.key("service");
        w.value(v.arn->service);
        w.key("region");
        w.value(v.arn->region);
        w.key("account");
        w.value(v.arn->account);
        w.key("resource_type");
        w.value(v.arn->resourceType);
        w.key("resource_id");
        w.value(v.arn->resourceId);
        w.key("kind");
        w.value(arnResourceKindName(v.arn->kind));
        w.endObject();
    } else {
        w.null();
    }
    w.key("region");
    w.value(v.region);
    w.key("region_source");
    w.value(regionSourceName(v.regionSource));
    w.key("region_reason");
    w.value(v.regionReason);
    w.key("endpoint");
    w.value(v.endpoint);
    w.key("fips");
    w.value(v.fips);
    w.key("urls");
    w.beginObject();
    // AwsView::url(), written straight into the output.
    const auto url = [&w, &v](const char *key, QStringView action) {
        w.key(key);
        if (v.encodedModelId.isEmpty()) {
            w.null();
        } else {
            w.concatenatedValue({ v.endpoint, u"/model/", v.encodedModelId, u"/", action });
        }
    };
    url("converse", u"converse");
    url("converse_stream", u"converse-stream");
    url("invoke", u"invoke");
    url("invoke_stream", u"invoke-with-response-stream");
    w.endObject();
    w.key("needs_inference_profile");
    w.value(v.needsInferenceProfile);
    w.key("context_window");
    if (v.facts && v.facts->maxInputTokens > 0) {
        w.value(v.facts->maxInputTokens);
    } else {
        w.null();
    }
    w.key("max_output_tokens");
    if (v.facts && v.facts->maxOutputTokens > 0) {
        w.value(v.facts->maxOutputTokens);
    } else {
        w.null();
    }
    w.endObject();
}

} // namespace

void writeJson(JsonWriter &w, const ParsedRoute &route)
{
    w.beginObject();
    w.key("input");
    w.value(route.input);
    w.key("litellm");
    writeLiteLlm(w, route.litellm);
    w.key("aws");
    writeAws(w, route.aws);
    w.key("segments");
    w.beginArray();
    for (const Segment &segment : route.segments) {
        w.beginObject();
        w.key("kind");
        w.value(segmentKindName(segment.kind));
        w.key("span");
        writeSpan(w, segment.span);
        w.endObject();
    }
    w.endArray();
    w.key("diagnostics");
    w.beginArray();
    for (const Diagnostic &d : route.diagnostics) {
        w.beginObject();
        w.key("code");
        w.value(d.code);
        w.key("severity");
        w.value(severityName(d.severity));
        w.key("message");
        w.value(d.message);
        w.key("span");
        writeSpan(w, d.span);
        w.key("fix");
        w.nullableValue(d.fix);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

QByteArray toJson(const ParsedRoute &route)
{
    JsonWriter writer;
    writer.reserve(2048);
    writeJson(writer, route);
    return writer.toByteArray();
}

} // namespace brc::route
