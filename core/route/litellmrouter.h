#pragma once

#include "litellmprofile.h"
#include "parsedroute.h"
#include "routecontext.h"
#include "stringindex.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace brc::route {

class ModelCatalog;

/// Which route marker decided a route and where it starts (LiteLlmRouter::routeMarker's answer),
/// and whether the string may name an ARN, as LiteLlmRouter::route() found them, so that a
/// caller needs no second scan.
struct RouteMarkerMatch
{
    bool known = false; ///< false when route() did not get as far as choosing a route
    qsizetype index = -1; ///< into LiteLlmProfile::routeMarkers; -1 when no marker decided
    qsizetype at = -1; ///< where the marker starts in the text after "bedrock/"
    /// false when route() found no "arn" in any case in the text after "bedrock/"
    bool mayHoldArn = true;
};

/// Reads a model string exactly as one LiteLLM release does: the "LiteLLM view".
///
/// Grammar, as LiteLLM applies it (every test is exact and case-sensitive, nothing is trimmed):
///
///     input   := "bedrock/" model | model          ; unprefixed only for ids in LiteLLM's lists
///     route   := first of invoke/ converse_like/ converse/ agent/ agentcore/ openai/ found
///                anywhere in model, else converse when the base model is a converse model
///     base    := model - leading bedrock/ converse/ invoke/ openai/ ; tail after last "/" if it
///                contains "arn" ; - ":N" of ":N:Mk" ; - geo "prefix." or "aws-region/"
///
/// Examples (1.81.9):
///     bedrock/invoke/eu.amazon.nova-micro-v1:0  -> invoke, provider nova, path raw
///     bedrock/converse/arn:aws:bedrock:eu-central-1:1:application-inference-profile/p
///                                                -> converse, region eu-central-1, path %3A/%2F-encoded
///     bedrock/us                                 -> rejected: IndexError
///
/// Pure: no files, no network, no environment (the context carries what the environment says).
class LiteLlmRouter final
{
public:
    LiteLlmRouter(const LiteLlmProfile &profile, const ModelCatalog &catalog);

    /// The LiteLLM view of `input` under `context`. Never fails: LiteLLM's own errors are
    /// results (view.error), with every field null when LiteLLM rejects the string.
    LiteLlmView route(const QString &input, const RouteContext &context) const;
    /// The same, also telling which route marker decided (when a route was chosen).
    LiteLlmView route(const QString &input, const RouteContext &context, RouteMarkerMatch *marker) const;
    /// The same, written into `view`, which must be default-constructed.
    void route(const QString &input, const RouteContext &context, LiteLlmView &view, RouteMarkerMatch *marker) const;

    /// Only the error LiteLLM raises for `input` on the Bedrock routes, without building URLs:
    /// the cheap check behind "works on this release, fails on that one".
    std::optional<QString> routeError(const QString &input) const;

    /// Where `model` (the text after "bedrock/") starts in an accepted input: 8 for
    /// "bedrock/...", 0 for an unprefixed id, -1 when LiteLLM does not take the string.
    static int modelOffset(const QString &input);

    /// get_bedrock_base_model; nullopt when LiteLLM would crash on the string.
    std::optional<QString> baseModel(QStringView model) const;
    /// The same, as a part of `model`.
    std::optional<QStringView> baseModelView(QStringView model) const;
    /// get_bedrock_invoke_provider on the text after "bedrock/"; nullopt is Python's None.
    std::optional<QString> invokeProvider(QStringView model) const;
    /// get_bedrock_route; Rejected when LiteLLM would crash.
    LiteLlmRoute chooseRoute(QStringView model) const;
    /// Which of the profile's route markers decides the route of `model` (index into
    /// LiteLlmProfile::routeMarkers), and where it starts; -1 when none does.
    qsizetype routeMarker(QStringView model, qsizetype *at = nullptr) const;
    /// The region field of an ARN inside `text`, when LiteLLM uses it.
    std::optional<QString> arnRegion(QStringView text) const;

    const LiteLlmProfile &profile() const { return m_profile; }

private:
    void routeConverse(LiteLlmView &view, QStringView model, const RouteContext &context) const;
    void routeInvoke(LiteLlmView &view, QStringView model, QStringView errorModel, const RouteContext &context,
        const std::optional<QString> &provider, const std::optional<QString> &base) const;
    /// chooseRoute, also handing back the base model when the choice needed it.
    LiteLlmRoute chooseRoute(QStringView model, std::optional<QStringView> &base, bool &baseComputed,
        RouteMarkerMatch *marker = nullptr, const QString **converseBase = nullptr, bool mayHoldArn = true) const;
    /// baseModelView; `mayHoldArn` false when `model` is known to hold no "arn" in any case.
    std::optional<QStringView> baseModelView(QStringView model, bool mayHoldArn) const;
    /// The 1.60+ provider scan; a literal of the profile, or nullptr for Python's None.
    const QString *scanInvokeProvider(QStringView model) const;
    void routeOpenAI(LiteLlmView &view, QStringView model, const RouteContext &context) const;
    void routeConverseLike(LiteLlmView &view, QStringView model, const RouteContext &context) const;
    void routeAgent(LiteLlmView &view, QStringView model, const RouteContext &context) const;
    void routeAgentCore(LiteLlmView &view, QStringView model, const RouteContext &context) const;
    void resolveRegion(LiteLlmView &view, QStringView arnSource, const RouteContext &context) const;
    enum class MarkerRemoval : quint8 { First, Every };
    /// `model` without its first or every `marker`: the id LiteLLM sends. `catalogIndex`, when
    /// given, is set to its position in the catalog's ids(), or -1.
    QString withoutMarker(
        QStringView model, QStringView marker, MarkerRemoval removal, qsizetype *catalogIndex = nullptr) const;
    /// The profile's "Unknown provider" error for `provider` (None when null) and `model`.
    QString unknownProviderError(const std::optional<QString> &provider, QStringView model) const;
    QString unknownProviderError(QStringView name, QStringView model) const;
    static QString invokeConfigClass(const std::optional<QString> &provider, const std::optional<QString> &base);

    const LiteLlmProfile &m_profile;
    const ModelCatalog &m_catalog;
    QString m_errorParts[3]; ///< unknownProviderError around its %1 and %2
    StringIndex m_converse;
    StringIndex m_handlers;
    StringIndex m_encodedSpecs;
    StringIndex m_crossRegion;
    StringIndex m_pathRegions;
    StringIndex m_literals { m_profile.invokeProviderLiterals };
};

/// LiteLLM's default runtime endpoint for a region: https://bedrock-runtime.REGION.amazonaws.com
QString defaultRuntimeEndpoint(QStringView region);

} // namespace brc::route
