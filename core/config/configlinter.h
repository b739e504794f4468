#pragma once

#include "config/configdiagnostic.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace brc::route {
class RouteParser;
}

namespace brc::config {

class ConfigDocument;

/// What the linter checks against besides the document itself.
struct LintOptions
{
    /// Names of the environment the proxy will run with (a `.env` file, the process
    /// environment). When set, every `os.environ/NAME` not in it (nor in the config's own
    /// `environment_variables`) is an error. When unset, references are not checked.
    std::optional<QSet<QString>> environment;
    /// Where `environment` came from, for messages (".env", "the environment").
    QString environmentSource;
};

/// Lints a whole LiteLLM config. Codes:
///
/// - `route.<code>`: a deployment's `model:` as the route engine reads it (brc::route codes),
///   located at the part of the string concerned; the fix rewrites that scalar.
/// - `config.duplicate-model-id` (error): two deployments with the same `model_info.id`.
/// - `config.group-route-mismatch` (warning), `config.group-region-mismatch` (info):
///   deployments sharing a `model_name` (one load-balanced group) that use different LiteLLM
///   routes or regions.
/// - `config.literal-secret` (error): an access key id, secret key, session token, web identity
///   token, bearer `api_key`, `master_key` or password written in the file; the fix (movesSecret)
///   replaces it by `os.environ/NAME`. The value never appears in a message.
/// - `config.env-unset` (error): an `os.environ/NAME` the given environment lacks.
/// - `config.unknown-param` (warning with a "did you mean" fix when a known key is close; info
///   otherwise, since providers take extra keys).
/// - `config.unknown-credential` (error): `litellm_credential_name` not in `credential_list`.
/// - `config.invalid-region` (error): an `aws_region_name` that is not an AWS region.
///
/// Results are sorted by line and column. Thread-safe for concurrent lint() calls.
class ConfigLinter final
{
public:
    ConfigLinter();
    ~ConfigLinter();
    ConfigLinter(const ConfigLinter &) = delete;
    ConfigLinter &operator=(const ConfigLinter &) = delete;

    QList<ConfigDiagnostic> lint(const ConfigDocument &document, const LintOptions &options = {}) const;

    /// The fixes of `diagnostics` that can be applied together: duplicates merged, overlapping
    /// ones dropped (the first wins), secret moves left out unless `includeSecretMoves`.
    static QList<TextEdit> applicableFixes(const QList<ConfigDiagnostic> &diagnostics, bool includeSecretMoves);

    /// Every litellm_params key the linter knows (Bedrock's and LiteLLM's common ones).
    static const QStringList &knownParams();

private:
    void lintRoutes(const ConfigDocument &document, QList<ConfigDiagnostic> &out) const;

    std::unique_ptr<route::RouteParser> m_routes;
};

} // namespace brc::config
