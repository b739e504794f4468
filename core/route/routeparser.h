#pragma once

#include "awsmodelreader.h"
#include "litellmrouter.h"
#include "parsedroute.h"
#include "routecontext.h"
#include "routelinter.h"

#include <memory>

namespace brc::route {

class ModelCatalog;
struct LiteLlmProfile;

/// Parses any Bedrock model string two ways, LiteLLM's and AWS's, and lints the difference.
///
///     RouteParser parser;                       // LiteLLM 1.81.9, the built-in catalog
///     ParsedRoute r = parser.parse(QStringLiteral("bedrock/invoke/eu.amazon.nova-micro-v1:0"));
///     r.litellm.route == LiteLlmRoute::Invoke;  r.litellm.invokeProvider == "nova";
///     r.aws.geoPrefix == "eu";                  r.diagnostics  // eu. from us-west-2, ...
///
/// Never fails and never throws: empty, huge or binary input gives diagnostics. Thread-safe for
/// concurrent parse() calls (all state is immutable after construction).
class RouteParser final
{
public:
    explicit RouteParser(const LiteLlmProfile &profile, const ModelCatalog &catalog);
    /// LiteLLM's newest known release and the built-in catalog.
    RouteParser();
    ~RouteParser();
    RouteParser(const RouteParser &) = delete;
    RouteParser &operator=(const RouteParser &) = delete;

    ParsedRoute parse(const QString &input, const RouteContext &context = {}) const;

    const LiteLlmProfile &profile() const { return m_router.profile(); }

private:
    LiteLlmRouter m_router;
    std::unique_ptr<LiteLlmRouter> m_legacy; ///< the oldest profile, for "fails on legacy" findings
    AwsModelReader m_aws;
    RouteLinter m_linter;
};

} // namespace brc::route
