#pragma once

#include "parsedroute.h"

#include <QByteArray>

namespace brc {
class JsonWriter;
}

namespace brc::route {

/// Writes `route` as one JSON object (no newline): the shape `bedrock-route parse --json` prints.
///
///     {"input", "litellm": {"version", "route", "invoke_provider", "model_id", "path_model_id",
///      "base_model", "region_from_model", "region", "region_source", "url", "stream_url",
///      "config_class", "error", "other_provider"},
///      "aws": {"model_id", "geo_prefix", "unknown_prefix", "provider", "family", "version",
///      "suffix", "spec", "region_path", "arn": null | {...}, "region", "region_source",
///      "region_reason", "endpoint", "fips", "urls": {"converse", "converse_stream", "invoke",
///      "invoke_stream"}, "needs_inference_profile", "context_window", "max_output_tokens"},
///      "segments": [{"kind", "span"}], "diagnostics": [{"code", "severity", "message", "span", "fix"}]}
void writeJson(JsonWriter &writer, const ParsedRoute &route);
QByteArray toJson(const ParsedRoute &route);

} // namespace brc::route
