#pragma once

#include <QDateTime>
#include <QString>

namespace brc::aws {

/// AWS access keys as SigV4 needs them. `sessionToken` is empty for long-term keys; `expiration`
/// is invalid for keys that do not expire. A plain value: it never logs itself, pass it through
/// brc::redact() before showing any part of it.
struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;
    QDateTime expiration;

    /// True when both the key id and the secret are present.
    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
    bool hasSessionToken() const { return !sessionToken.isEmpty(); }
    /// True when the keys expire and `now` is within `marginSeconds` of that moment.
    bool isExpiredAt(const QDateTime &now, int marginSeconds = 0) const
    {
        return expiration.isValid() && now.addSecs(marginSeconds) >= expiration;
    }

    bool operator==(const AwsCredentials &) const = default;
};

} // namespace brc::aws
