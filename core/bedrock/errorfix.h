#pragma once

#include "common/error.h"
#include "route/diagnostic.h"

#include <optional>

namespace brc::route {
struct ParsedRoute;
}

namespace brc::bedrock {

/// The config change that ErrorMapper::hint() points at, when there is one: a route diagnostic
/// whose `fix` is the corrected model string.
///
/// - ThrottlingException, or a ValidationException about on-demand throughput: use the
///   cross-region profile (the route linter's `needs-inference-profile` fix, else the geo prefix
///   of the call's region put before the vendor, code `add-geo-prefix`).
/// - ValidationException "model identifier is invalid": the linter's geo-prefix fixes.
/// - ResourceNotFoundException, `bedrock.unknown_provider`: the linter's `converse/` fixes for ARNs.
///
/// nullopt when no config change would help (an access or credential error, a fix already applied).
std::optional<route::Diagnostic> fixForError(const Error &error, const route::ParsedRoute &route);

} // namespace brc::bedrock
