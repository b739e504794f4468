#pragma once

#include "sigv4signer.h"

#include <QString>

namespace brc::aws {

/// How a curl command authenticates. The secrets stay in the shell's environment: the command
/// refers to $AWS_ACCESS_KEY_ID, $AWS_SECRET_ACCESS_KEY, $AWS_SESSION_TOKEN or
/// $AWS_BEARER_TOKEN_BEDROCK and never contains a value.
enum class CurlAuth { SigV4, SigV4WithSessionToken, Bearer };

/// A POSIX-shell curl command for `request` (unsigned: curl's --aws-sigv4 signs it with keys from
/// the environment, or a Bearer header names the API key's variable). Safe for a terminal, a
/// file or the clipboard.
///
///     curl --aws-sigv4 "aws:amz:us-east-1:bedrock" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"
///       -H 'Content-Type: application/json' -X POST --data-binary '{...}' 'https://.../converse'
///
/// (one option per line, joined with a backslash and a line end).
QString curlCommand(const SigningRequest &request, const QString &region, const QString &service, CurlAuth auth);

} // namespace brc::aws
