#pragma once

#include "bedrock/bedrockrequest.h"
#include "bedrock/chatrequest.h"
#include "common/result.h"

namespace brc::route {
struct ParsedRoute;
}

namespace brc::bedrock {

/// Which Bedrock API a route test calls.
enum class RouteApi { Converse, Invoke };

/// Builds the Bedrock call LiteLLM would make for a route the engine parsed.
///
/// The URL is LiteLLM's own (`litellm.url()`/`streamUrl()`) when its route is the API asked for, so
/// its path quirks are kept (raw `:` in invoke ids, `%2F` in ARNs, ai21 streams staying on
/// `/invoke`); for the other API (`--api both`) it is the AWS view's URL. The operation follows
/// the URL's last segment. The region is LiteLLM's signing region. The body is
/// RequestBodyBuilder's Converse body, or the invoke body of the family LiteLLM's invoke provider
/// selects.
///
/// Errors: `route.rejected` (LiteLLM fails before routing), `route.no_url`, and
/// `bedrock.unknown_provider` (invoke with no known provider, LiteLLM's 404).
class RouteRequestBuilder final
{
public:
    [[nodiscard]] static Result<BedrockRequest> build(
        const route::ParsedRoute &route, RouteApi api, bool stream, const ChatRequest &chat);
    /// The API LiteLLM itself uses for the route: Invoke for its invoke route, else Converse.
    [[nodiscard]] static RouteApi defaultApi(const route::ParsedRoute &route);
    /// The URL build() would use, or an empty string.
    [[nodiscard]] static QString urlFor(const route::ParsedRoute &route, RouteApi api, bool stream);
};

} // namespace brc::bedrock
