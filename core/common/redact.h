#pragma once

#include <QString>
#include <QStringList>

namespace brc {

/// The text shown in place of a secret.
inline constexpr QLatin1StringView s_redacted("<redacted>");

/// Masks secrets in text meant for a log, the screen or a file: the Signature in an AWS4
/// Authorization value or a presigned URL, X-Amz-Security-Token (header or query), bearer
/// tokens, and values of secret-bearing keys in env/INI (`AWS_SECRET_ACCESS_KEY=…`,
/// `aws_session_token = …`), JSON (`"SecretAccessKey": "…"`) and STS XML
/// (`<SessionToken>…</SessionToken>`). Access key ids, regions and dates are kept, so the
/// result still says which key signed what. `knownSecrets` are masked wherever they occur.
///
/// `redact(u"Authorization: AWS4-HMAC-SHA256 Credential=AKID/…, Signature=3eed…")`
/// → `Authorization: AWS4-HMAC-SHA256 Credential=AKID/…, Signature=<redacted>`
QString redact(const QString &text, const QStringList &knownSecrets = {});

/// The value of one header as it may be shown: Authorization keeps its scheme, Credential and
/// SignedHeaders but not its Signature or bearer token; X-Amz-Security-Token, Cookie and
/// X-Api-Key are masked whole; other headers pass through redact().
QString redactHeaderValue(QStringView name, const QString &value);

} // namespace brc
