#pragma once

#include "parsedroute.h"
#include "routecontext.h"

namespace brc::route {

class LiteLlmRouter;
struct RouteMarkerMatch;

/// What an older LiteLLM release makes of the same string: its version, and the error it
/// raises (nullopt when it routes the string).
struct LegacyOutcome
{
    QString version;
    std::optional<QString> error;
};

/// Explains where LiteLLM's reading of a model string and Bedrock's expectations part.
///
/// Each finding has a stable code (see diagnostic.h), a severity, a message a person can act
/// on, the span of the input it is about, and where the fix is obvious the corrected string.
class RouteLinter final
{
public:
    explicit RouteLinter(const LiteLlmRouter &router);

    /// Appends the diagnostics for `route` (input, LiteLLM and AWS views already filled).
    /// `legacy`, when given, is what an older LiteLLM profile makes of the same string.
    /// `marker`, when given, is what LiteLlmRouter::route() found for the same input and context.
    void lint(ParsedRoute &route, const RouteContext &context, const LegacyOutcome *legacy,
        const RouteMarkerMatch *marker = nullptr) const;

private:
    const LiteLlmRouter &m_router;
};

} // namespace brc::route
