#pragma once

#include <QList>
#include <QString>

namespace brc::route {

enum class Severity : quint8 { Info, Warning, Error };

/// The characters [start, end) of the model string a diagnostic or segment is about.
struct Span
{
    int start = 0;
    int end = 0;

    int length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool operator==(const Span &) const = default;
};

/// One finding about a model string.
///
/// `code` is stable (scripts, tests and the console match on it); `message` says what happens
/// and what to do; `fix`, when not empty, is the whole corrected model string, so applying the
/// fix is replacing the string.
struct Diagnostic
{
    QString code;
    Severity severity = Severity::Warning;
    QString message;
    Span span;
    QString fix;

    bool hasFix() const { return !fix.isEmpty(); }
    bool operator==(const Diagnostic &) const = default;
};

/// "info", "warning" or "error".
QString severityName(Severity severity);

/// The stable codes, for the console's help and for tests.
namespace codes {
inline constexpr char EmptyModel[] = "empty-model";
inline constexpr char InvalidCharacters[] = "invalid-characters";
inline constexpr char TooLong[] = "model-too-long";
inline constexpr char PrefixCaseOrSpace[] = "prefix-case-or-whitespace";
inline constexpr char NotBedrock[] = "not-bedrock";
inline constexpr char NotAcceptedWithoutPrefix[] = "needs-bedrock-prefix";
inline constexpr char RouteWordCase[] = "route-word-case";
inline constexpr char RouteWordInsideName[] = "route-word-inside-model-name";
inline constexpr char UnknownGeoPrefix[] = "unknown-geo-prefix";
inline constexpr char GeoPrefixCase[] = "geo-prefix-case";
inline constexpr char GeoPrefixRegionMismatch[] = "geo-prefix-region-mismatch";
inline constexpr char BareGeoPrefix[] = "bare-geo-prefix";
inline constexpr char ArnNeedsConverse[] = "arn-needs-converse";
inline constexpr char ImportedModelOnConverse[] = "imported-model-on-converse";
inline constexpr char InvokeUnknownProvider[] = "invoke-unknown-provider";
inline constexpr char NovaSubstring[] = "nova-substring";
inline constexpr char ArnSubstring[] = "arn-substring";
inline constexpr char RawColonInPath[] = "raw-colon-in-invoke-path";
inline constexpr char RawArnInPath[] = "raw-arn-in-invoke-path";
inline constexpr char RegionPathNotCallRegion[] = "region-path-not-call-region";
inline constexpr char ArnRegionOverridden[] = "arn-region-overridden";
inline constexpr char ArnNotBedrock[] = "arn-not-used-for-region";
inline constexpr char NeedsInferenceProfile[] = "needs-inference-profile";
inline constexpr char LegacyBreaks[] = "fails-on-legacy-litellm";
inline constexpr char ConverseLikeNeedsApiBase[] = "converse-like-needs-api-base";
inline constexpr char LiteLlmError[] = "litellm-error";
inline constexpr char UnknownModel[] = "unknown-model";
inline constexpr char InvalidRegion[] = "invalid-region";
inline constexpr char FipsUnavailable[] = "fips-unavailable";
inline constexpr char Wildcard[] = "wildcard-route";
} // namespace codes

} // namespace brc::route
