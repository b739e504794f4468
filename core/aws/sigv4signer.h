#pragma once

#include "awscredentials.h"
#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMutex>

#include <array>
#include <memory>

// OpenSSL's EVP_MAC_CTX (openssl/types.h), kept out of this header.
struct evp_mac_ctx_st;

namespace brc::aws {

/// One HTTP header as it goes on the wire. Names keep their case; signing lower-cases them.
struct HttpHeader
{
    QByteArray name;
    QByteArray value;

    bool operator==(const HttpHeader &) const = default;
};

/// What is signed: the request as it will be sent.
///
/// `url` is the full URL exactly as on the wire, e.g.
/// `https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse`:
/// path labels such as Bedrock model ids are already percent-encoded once (see bedrockModelPath()).
/// Raw UTF-8 and spaces in the path or query are accepted too and encoded for signing.
struct SigningRequest
{
    QByteArray method;
    QByteArray url;
    QList<HttpHeader> headers;
    QByteArray body;

    bool operator==(const SigningRequest &) const = default;
};

/// How to sign. `time` is the injected clock: the signature is a pure function of the request,
/// the credentials and these options.
struct SigningOptions
{
    QString region;
    QString service;
    QDateTime time;
    /// Remove `.`/`..` segments and repeated slashes from the path (all services but S3).
    bool normalizePath = true;
    /// Header signing: also send and sign `X-Amz-Content-SHA256` (S3, some aws-c-auth cases).
    bool addContentSha256Header = false;
    /// Add the session token after signing instead of signing it (a few services need this).
    bool omitSessionTokenFromSignature = false;
    /// Query (presigned URL) signing: `X-Amz-Expires`.
    int expiresInSeconds = 3600;

    bool operator==(const SigningOptions &) const = default;
};

/// The result of signing, with every intermediate step for display and tests.
struct SignedRequest
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature; ///< lower-case hex
    QByteArray authorization; ///< the Authorization value (header signing only)
    QByteArray url; ///< the URL to send (presigned: with the X-Amz-* query parameters)
    QList<HttpHeader> headers; ///< headers to send, Host excluded (the HTTP client adds it)

    bool operator==(const SignedRequest &) const = default;
};

/// AWS Signature Version 4 (AWS4-HMAC-SHA256), header and presigned-URL (query) forms.
///
/// Matches botocore's SigV4Auth: canonical URI = the wire path, dot segments removed, then
/// percent-encoded again (`%3A` on the wire becomes `%253A`); canonical query sorted by encoded
/// key and value; headers lower-cased, values trimmed with inner whitespace collapsed, repeated
/// headers joined with `,`; Host taken from the URL (port kept unless it is the scheme's
/// default); hop-by-hop headers, User-Agent, X-Amzn-Trace-Id and Authorization are not signed.
/// An `X-Amz-Content-SHA256` header given by the caller is used as the payload hash.
///
/// Hashing is OpenSSL's libcrypto (SHA-256 and HMAC through EVP). The derived signing key is
/// cached per (secret, date, region, service) as a keyed HMAC context. Thread-safe.
/// Errors: `sigv4.bad_url`, `sigv4.no_credentials`, `sigv4.no_region`, `sigv4.no_time`,
/// `sigv4.crypto` (libcrypto failed, e.g. SHA-256 unavailable under a restricted provider).
class SigV4Signer final
{
public:
    SigV4Signer() = default;
    SigV4Signer(const SigV4Signer &) = delete;
    SigV4Signer &operator=(const SigV4Signer &) = delete;

    /// Header signing: adds X-Amz-Date, X-Amz-Security-Token (when the credentials have one)
    /// and Authorization.
    [[nodiscard]] Result<SignedRequest> sign(
        const SigningRequest &request, const AwsCredentials &credentials, const SigningOptions &options) const;

    /// Query signing: a presigned URL carrying X-Amz-Algorithm, -Credential, -Date,
    /// -SignedHeaders, -Expires, -Security-Token and -Signature.
    [[nodiscard]] Result<SignedRequest> presign(
        const SigningRequest &request, const AwsCredentials &credentials, const SigningOptions &options) const;

    /// The SigV4 signing name for a host: `bedrock` for bedrock-runtime[-fips].* and bedrock[-fips].*,
    /// otherwise the first DNS label without a `-fips` suffix (`sts.us-east-1.amazonaws.com` → `sts`);
    /// `bedrock` for hosts outside AWS's domains (a custom Bedrock endpoint, a proxy, loopback).
    static QString signingNameForHost(QStringView host);
    /// The region in an AWS host name (`bedrock-runtime.eu-west-1.amazonaws.com` → `eu-west-1`),
    /// or an empty string (global endpoints, loopback).
    static QString regionForHost(QStringView host);
    /// The host (without port) of a URL, or an empty string.
    static QString hostOfUrl(QByteArrayView url);

private:
    enum class Mode { Header, Query };
    struct MacContextDeleter
    {
        void operator()(evp_mac_ctx_st *context) const;
    };
    using MacContext = std::unique_ptr<evp_mac_ctx_st, MacContextDeleter>;

    Result<SignedRequest> signImpl(const SigningRequest &request, const AwsCredentials &credentials,
        const SigningOptions &options, Mode mode) const;
    // A copy of the HMAC-SHA256 context keyed with the derived key, ready for the string to
    // sign; null when libcrypto fails.
    MacContext signingKey(
        const QString &secret, QByteArrayView date, const QString &region, const QString &service) const;

    struct CachedKey
    {
        QString secret;
        QByteArray date;
        QString region;
        QString service;
        MacContext mac; ///< keyed, never updated: duplicated for each signature
    };
    mutable QMutex m_mutex;
    mutable std::array<CachedKey, 4> m_cache;
    mutable std::size_t m_nextSlot = 0;
};

/// The Bedrock Runtime path for a model id and operation, the id percent-encoded once with
/// nothing kept safe, as botocore and LiteLLM send it:
/// `bedrockModelPath(u"us.anthropic.claude-3-haiku-20240307-v1:0", "converse")`
/// → `/model/us.anthropic.claude-3-haiku-20240307-v1%3A0/converse`.
QByteArray bedrockModelPath(QStringView modelId, QByteArrayView operation);

/// Puts a URL typed by a person into wire form for Bedrock: in `/model/ID/OPERATION` the id is
/// decoded and encoded once (`:` → `%3A`, `/` → `%2F`). Other URLs are returned unchanged.
QByteArray normalizeBedrockUrl(QByteArrayView url);

} // namespace brc::aws
