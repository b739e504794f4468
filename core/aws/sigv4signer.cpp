#include "sigv4signer.h"

#include <QMutexLocker>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <algorithm>
#include <vector>

namespace brc::aws {

namespace {

constexpr char s_hexUpper[] = "0123456789ABCDEF";
constexpr char s_hexLower[] = "0123456789abcdef";
constexpr QByteArrayView s_algorithm = "AWS4-HMAC-SHA256";

bool isUnreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == '~';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// AWS URI encoding: everything but the unreserved set (and '/' when keepSlash) as %XX.
// Writes through a pointer: per-character QByteArray::append dominated the profile.
void uriEncode(QByteArrayView in, QByteArray &out, bool keepSlash)
{
    const qsizetype start = out.size();
    out.resize(start + in.size() * 3);
    char *p = out.data() + start;
    for (const char ch : in) {
        const auto c = static_cast<unsigned char>(ch);
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            *p++ = ch;
        } else {
            *p++ = '%';
            *p++ = s_hexUpper[c >> 4];
            *p++ = s_hexUpper[c & 0xF];
        }
    }
    out.truncate(p - out.constData());
}

QByteArray percentDecode(QByteArrayView in)
{
    if (!in.contains('%')) {
        return in.toByteArray();
    }
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '%' && i + 2 < in.size() && hexValue(in[i + 1]) >= 0 && hexValue(in[i + 2]) >= 0) {
            out.append(char(hexValue(in[i + 1]) * 16 + hexValue(in[i + 2])));
            i += 2;
        } else {
            out.append(in[i]);
        }
    }
    return out;
}

void appendHex(QByteArray &out, QByteArrayView bytes)
{
    const qsizetype start = out.size();
    out.resize(start + bytes.size() * 2);
    char *p = out.data() + start;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        *p++ = s_hexLower[c >> 4];
        *p++ = s_hexLower[c & 0xF];
    }
}

// libcrypto (OpenSSL 3) does the hashing: SHA-256 with SHA-NI/AVX2 where the CPU has them.
// Qt 6.4's QCryptographicHash hashes a byte at a time and took ~72% of each signature.
// Algorithms are fetched once: an implicit fetch per call (EVP_sha256(), EVP_Q_mac) is slow in 3.0.
struct MdDeleter
{
    void operator()(EVP_MD *md) const { EVP_MD_free(md); }
};
struct MacDeleter
{
    void operator()(EVP_MAC *mac) const { EVP_MAC_free(mac); }
};

const EVP_MD *sha256Md()
{
    static const std::unique_ptr<EVP_MD, MdDeleter> s_md(EVP_MD_fetch(nullptr, "SHA256", nullptr));
    return s_md.get();
}

EVP_MAC *hmacAlgorithm()
{
    static const std::unique_ptr<EVP_MAC, MacDeleter> s_mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    return s_mac.get();
}

constexpr std::size_t s_digestSize = 32;
using Digest = std::array<unsigned char, s_digestSize>;

bool sha256(QByteArrayView data, Digest &digest)
{
    const EVP_MD *md = sha256Md();
    return md && EVP_Digest(data.data(), std::size_t(data.size()), digest.data(), nullptr, md, nullptr) == 1;
}

bool appendSha256Hex(QByteArray &out, QByteArrayView data)
{
    Digest digest;
    if (!sha256(data, digest)) {
        return false;
    }
    appendHex(out, QByteArrayView(digest.data(), qsizetype(digest.size())));
    return true;
}

// A new HMAC-SHA256 context keyed with `key`; null on failure.
EVP_MAC_CTX *newHmacContext(QByteArrayView key)
{
    EVP_MAC *mac = hmacAlgorithm();
    if (!mac) {
        return nullptr;
    }
    EVP_MAC_CTX *context = EVP_MAC_CTX_new(mac);
    if (!context) {
        return nullptr;
    }
    char digestName[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
        OSSL_PARAM_construct_end(),
    };
    if (EVP_MAC_init(context, reinterpret_cast<const unsigned char *>(key.data()), std::size_t(key.size()), params)
        != 1) {
        EVP_MAC_CTX_free(context);
        return nullptr;
    }
    return context;
}

// Feeds `message` to a keyed context and writes the MAC to `digest`.
bool finishHmac(EVP_MAC_CTX *context, QByteArrayView message, Digest &digest)
{
    std::size_t length = 0;
    return EVP_MAC_update(context, reinterpret_cast<const unsigned char *>(message.data()), std::size_t(message.size()))
        == 1
        && EVP_MAC_final(context, digest.data(), &length, digest.size()) == 1 && length == digest.size();
}

// One step of the key derivation: HMAC-SHA256(key, message).
bool hmac(QByteArrayView key, QByteArrayView message, Digest &digest)
{
    EVP_MAC_CTX *context = newHmacContext(key);
    const bool ok = context && finishHmac(context, message, digest);
    EVP_MAC_CTX_free(context);
    return ok;
}

QByteArrayView view(const Digest &digest)
{
    return QByteArrayView(digest.data(), qsizetype(digest.size()));
}

Error cryptoError()
{
    return Error(QStringLiteral("sigv4.crypto"), QStringLiteral("OpenSSL could not compute SHA-256 or HMAC-SHA256."));
}

struct UrlParts
{
    QByteArrayView scheme;
    QByteArrayView host; // with a non-default port, as signed in the Host header
    QByteArrayView path;
    QByteArrayView query;
    bool hasQuery = false;
};

Result<UrlParts> splitUrl(QByteArrayView url)
{
    UrlParts parts;
    const qsizetype schemeEnd = url.indexOf("://");
    if (schemeEnd <= 0) {
        return Error(QStringLiteral("sigv4.bad_url"),
            QStringLiteral("The URL must start with https:// or http://: %1").arg(QString::fromUtf8(url)));
    }
    parts.scheme = url.first(schemeEnd);
    qsizetype pos = schemeEnd + 3;
    qsizetype authorityEnd = pos;
    while (
        authorityEnd < url.size() && url[authorityEnd] != '/' && url[authorityEnd] != '?' && url[authorityEnd] != '#') {
        ++authorityEnd;
    }
    QByteArrayView authority = url.sliced(pos, authorityEnd - pos);
    if (const qsizetype at = authority.lastIndexOf('@'); at >= 0) {
        authority = authority.sliced(at + 1);
    }
    if (authority.isEmpty()) {
        return Error(
            QStringLiteral("sigv4.bad_url"), QStringLiteral("The URL has no host: %1").arg(QString::fromUtf8(url)));
    }
    // Drop the scheme's default port, as botocore does for the Host header.
    const qsizetype colon = authority.lastIndexOf(':');
    if (colon >= 0 && authority.indexOf(']', colon) < 0) {
        const QByteArrayView port = authority.sliced(colon + 1);
        const bool https = parts.scheme.compare("https", Qt::CaseInsensitive) == 0;
        const bool http = parts.scheme.compare("http", Qt::CaseInsensitive) == 0;
        if (port.isEmpty() || (https && port == "443") || (http && port == "80")) {
            authority = authority.first(colon);
        }
    }
    parts.host = authority;
    pos = authorityEnd;
    qsizetype pathEnd = pos;
    while (pathEnd < url.size() && url[pathEnd] != '?' && url[pathEnd] != '#') {
        ++pathEnd;
    }
    parts.path = url.sliced(pos, pathEnd - pos);
    if (pathEnd < url.size() && url[pathEnd] == '?') {
        qsizetype queryEnd = url.indexOf('#', pathEnd);
        if (queryEnd < 0) {
            queryEnd = url.size();
        }
        parts.hasQuery = true;
        parts.query = url.sliced(pathEnd + 1, queryEnd - pathEnd - 1);
    }
    return parts;
}

// True when normalizedPath() would return the path unchanged.
bool isNormalizedPath(QByteArrayView path)
{
    if (path.isEmpty() || path.front() != '/') {
        return false;
    }
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        if (path[i] == '/' && (path[i + 1] == '/' || path[i + 1] == '.')) {
            return false;
        }
    }
    return true;
}

// RFC 3986 5.2.4 plus the removal of empty segments, as botocore's remove_dot_segments.
QByteArray normalizedPath(QByteArrayView path)
{
    if (path.isEmpty()) {
        return QByteArrayLiteral("/");
    }
    if (isNormalizedPath(path)) {
        return path.toByteArray();
    }
    std::vector<QByteArrayView> segments;
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype end = path.indexOf('/', start);
        if (end < 0) {
            end = path.size();
        }
        const QByteArrayView segment = path.sliced(start, end - start);
        if (segment == "..") {
            if (!segments.empty()) {
                segments.pop_back();
            }
        } else if (!segment.isEmpty() && segment != ".") {
            segments.push_back(segment);
        }
        start = end + 1;
    }
    QByteArray out;
    out.reserve(path.size() + 1);
    if (path.front() == '/') {
        out.append('/');
    }
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (i > 0) {
            out.append('/');
        }
        out.append(segments[i]);
    }
    if (path.back() == '/' && !segments.empty()) {
        out.append('/');
    }
    return out.isEmpty() ? QByteArrayLiteral("/") : out;
}

struct QueryParam
{
    QByteArray key;
    QByteArray value;
    bool operator<(const QueryParam &other) const
    {
        return key < other.key || (key == other.key && value < other.value);
    }
};

void appendEncodedQuery(QByteArrayView query, std::vector<QueryParam> &params)
{
    qsizetype start = 0;
    while (start < query.size()) {
        qsizetype end = query.indexOf('&', start);
        if (end < 0) {
            end = query.size();
        }
        const QByteArrayView pair = query.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype eq = pair.indexOf('=');
            QueryParam param;
            const QByteArrayView rawKey = eq < 0 ? pair : pair.first(eq);
            const QByteArrayView rawValue = eq < 0 ? QByteArrayView() : pair.sliced(eq + 1);
            uriEncode(percentDecode(rawKey), param.key, false);
            uriEncode(percentDecode(rawValue), param.value, false);
            params.push_back(std::move(param));
        }
        start = end + 1;
    }
}

struct CanonicalHeader
{
    QByteArray name;
    QByteArray value;
};

bool isUnsignedHeader(QByteArrayView lowerName)
{
    // botocore's SIGNED_HEADERS_BLACKLIST plus Authorization, which is replaced.
    static constexpr QByteArrayView s_skip[] = {
        "authorization",
        "connection",
        "expect",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "user-agent",
        "x-amzn-trace-id",
    };
    return std::find(std::begin(s_skip), std::end(s_skip), lowerName) != std::end(s_skip);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

QByteArray trimmedCollapsed(const QByteArray &value)
{
    // Most values are already clean: share them instead of copying.
    bool clean = value.isEmpty() || (!isSpace(value.front()) && !isSpace(value.back()));
    for (qsizetype i = 0; clean && i < value.size(); ++i) {
        clean = value[i] == ' ' ? value[i + 1] != ' ' : !isSpace(value[i]);
    }
    if (clean) {
        return value;
    }
    QByteArray out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (const char c : value) {
        if (isSpace(c)) {
            pendingSpace = !out.isEmpty();
        } else {
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
    }
    return out;
}

// Civil date from days since 1970-01-01 (H. Hinnant's algorithm): no time-zone lookups.
void civilFromDays(qint64 z, int &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 yy = static_cast<qint64>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(yy + (m <= 2 ? 1 : 0));
}

void appendDigits(QByteArray &out, unsigned value, int width)
{
    char buffer[8];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(buffer, width);
}

QByteArray amzDate(const QDateTime &time)
{
    const qint64 secs = time.toSecsSinceEpoch();
    qint64 days = secs / 86400;
    qint64 rest = secs % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    civilFromDays(days, y, m, d);
    QByteArray out;
    out.reserve(16);
    appendDigits(out, unsigned(y), 4);
    appendDigits(out, m, 2);
    appendDigits(out, d, 2);
    out.append('T');
    appendDigits(out, unsigned(rest / 3600), 2);
    appendDigits(out, unsigned(rest / 60 % 60), 2);
    appendDigits(out, unsigned(rest % 60), 2);
    out.append('Z');
    return out;
}

bool equalsLower(QByteArrayView name, QByteArrayView lower)
{
    return name.compare(lower, Qt::CaseInsensitive) == 0;
}

} // namespace

Result<SignedRequest> SigV4Signer::sign(
    const SigningRequest &request, const AwsCredentials &credentials, const SigningOptions &options) const
{
    return signImpl(request, credentials, options, Mode::Header);
}

Result<SignedRequest> SigV4Signer::presign(
    const SigningRequest &request, const AwsCredentials &credentials, const SigningOptions &options) const
{
    return signImpl(request, credentials, options, Mode::Query);
}

Result<SignedRequest> SigV4Signer::signImpl(
    const SigningRequest &request, const AwsCredentials &credentials, const SigningOptions &options, Mode mode) const
{
    if (!credentials.isValid()) {
        return Error(QStringLiteral("sigv4.no_credentials"),
            QStringLiteral("Signing needs an access key id and a secret access key."));
    }
    if (options.region.isEmpty() || options.service.isEmpty()) {
        return Error(QStringLiteral("sigv4.no_region"), QStringLiteral("Signing needs a region and a service name."));
    }
    if (!options.time.isValid()) {
        return Error(QStringLiteral("sigv4.no_time"), QStringLiteral("Signing needs a valid time."));
    }
    const Result<UrlParts> split = splitUrl(request.url);
    if (!split) {
        return split.error();
    }
    const UrlParts &url = *split;

    const QByteArray timestamp = amzDate(options.time);
    const QByteArrayView date = QByteArrayView(timestamp).first(8);
    const QByteArray region = options.region.toUtf8();
    const QByteArray service = options.service.toUtf8();
    const QByteArray accessKeyId = credentials.accessKeyId.toUtf8();
    const bool signToken = credentials.hasSessionToken() && !options.omitSessionTokenFromSignature;

    QByteArray scope;
    scope.reserve(date.size() + region.size() + service.size() + 16);
    scope.append(date).append('/').append(region).append('/').append(service).append("/aws4_request");

    QByteArray payloadHash;
    for (const HttpHeader &header : request.headers) {
        if (equalsLower(header.name, "x-amz-content-sha256")) {
            payloadHash = header.value.trimmed();
        }
    }
    if (payloadHash.isEmpty()) {
        payloadHash.reserve(64);
        if (!appendSha256Hex(payloadHash, request.body)) {
            return cryptoError();
        }
    }

    // Headers to sign, and (header mode) the headers to send.
    std::vector<CanonicalHeader> canonical;
    canonical.reserve(std::size_t(request.headers.size()) + 4);
    SignedRequest result;
    result.headers.reserve(request.headers.size() + 4);
    bool hasHost = false;
    for (const HttpHeader &header : request.headers) {
        QByteArray lower = header.name.toLower();
        const bool replaced = mode == Mode::Header
            && (lower == "x-amz-date" || lower == "authorization"
                || (credentials.hasSessionToken() && lower == "x-amz-security-token")
                || (options.addContentSha256Header && lower == "x-amz-content-sha256"));
        if (replaced) {
            continue;
        }
        result.headers.append(header);
        if (isUnsignedHeader(lower)) {
            continue;
        }
        hasHost = hasHost || lower == "host";
        canonical.push_back({ std::move(lower), trimmedCollapsed(header.value) });
    }
    if (!hasHost) {
        canonical.push_back({ QByteArrayLiteral("host"), url.host.toByteArray() });
    }
    if (mode == Mode::Header) {
        canonical.push_back({ QByteArrayLiteral("x-amz-date"), timestamp });
        result.headers.append({ QByteArrayLiteral("X-Amz-Date"), timestamp });
        if (credentials.hasSessionToken()) {
            const QByteArray token = credentials.sessionToken.toUtf8();
            if (signToken) {
                canonical.push_back({ QByteArrayLiteral("x-amz-security-token"), token });
            }
            result.headers.append({ QByteArrayLiteral("X-Amz-Security-Token"), token });
        }
        if (options.addContentSha256Header) {
            canonical.push_back({ QByteArrayLiteral("x-amz-content-sha256"), payloadHash });
            result.headers.append({ QByteArrayLiteral("X-Amz-Content-SHA256"), payloadHash });
        }
    }
    std::stable_sort(canonical.begin(), canonical.end(),
        [](const CanonicalHeader &a, const CanonicalHeader &b) { return a.name < b.name; });

    qsizetype namesSize = 0;
    qsizetype valuesSize = 0;
    for (const CanonicalHeader &header : canonical) {
        namesSize += header.name.size() + 2;
        valuesSize += header.value.size();
    }
    QByteArray signedHeaders;
    signedHeaders.reserve(namesSize);
    QByteArray headerBlock;
    headerBlock.reserve(namesSize + valuesSize);
    for (std::size_t i = 0; i < canonical.size(); ++i) {
        if (i > 0 && canonical[i].name == canonical[i - 1].name) {
            headerBlock.chop(1); // the '\n'
            headerBlock.append(',').append(canonical[i].value).append('\n');
            continue;
        }
        if (!signedHeaders.isEmpty()) {
            signedHeaders.append(';');
        }
        signedHeaders.append(canonical[i].name);
        headerBlock.append(canonical[i].name).append(':').append(canonical[i].value).append('\n');
    }

    // Query: the request's own parameters, plus the X-Amz-* ones when presigning.
    std::vector<QueryParam> params;
    if (url.hasQuery) {
        appendEncodedQuery(url.query, params);
    }
    QByteArray credentialValue;
    QByteArray tokenValue;
    QByteArray signedHeadersValue;
    QByteArray expires;
    if (mode == Mode::Query) {
        expires = QByteArray::number(options.expiresInSeconds);
        QByteArray credential = accessKeyId;
        credential.append('/').append(scope);
        uriEncode(credential, credentialValue, false);
        uriEncode(signedHeaders, signedHeadersValue, false);
        params.push_back({ QByteArrayLiteral("X-Amz-Algorithm"), s_algorithm.toByteArray() });
        params.push_back({ QByteArrayLiteral("X-Amz-Credential"), credentialValue });
        params.push_back({ QByteArrayLiteral("X-Amz-Date"), timestamp });
        params.push_back({ QByteArrayLiteral("X-Amz-Expires"), expires });
        params.push_back({ QByteArrayLiteral("X-Amz-SignedHeaders"), signedHeadersValue });
        if (credentials.hasSessionToken()) {
            uriEncode(credentials.sessionToken.toUtf8(), tokenValue, false);
            if (signToken) {
                params.push_back({ QByteArrayLiteral("X-Amz-Security-Token"), tokenValue });
            }
        }
    }
    std::sort(params.begin(), params.end());

    qsizetype querySize = 0;
    for (const QueryParam &param : params) {
        querySize += param.key.size() + param.value.size() + 2;
    }
    QByteArray &creq = result.canonicalRequest;
    // uriEncode() needs room for every path byte tripled; the rest is exact.
    creq.reserve(request.method.size() + url.path.size() * 3 + querySize + headerBlock.size() + signedHeaders.size()
        + payloadHash.size() + 8);
    creq.append(request.method).append('\n');
    if (url.path.isEmpty()) {
        creq.append('/');
    } else if (!options.normalizePath || isNormalizedPath(url.path)) {
        uriEncode(url.path, creq, true);
    } else {
        uriEncode(normalizedPath(url.path), creq, true);
    }
    creq.append('\n');
    for (std::size_t i = 0; i < params.size(); ++i) {
        if (i > 0) {
            creq.append('&');
        }
        creq.append(params[i].key).append('=').append(params[i].value);
    }
    creq.append('\n').append(headerBlock).append('\n').append(signedHeaders).append('\n').append(payloadHash);

    QByteArray &sts = result.stringToSign;
    sts.reserve(s_algorithm.size() + timestamp.size() + scope.size() + 67);
    sts.append(s_algorithm).append('\n').append(timestamp).append('\n').append(scope).append('\n');
    if (!appendSha256Hex(sts, creq)) {
        return cryptoError();
    }

    const MacContext mac = signingKey(credentials.secretAccessKey, date, options.region, options.service);
    Digest signature;
    if (!mac || !finishHmac(mac.get(), sts, signature)) {
        return cryptoError();
    }
    result.signature.reserve(64);
    appendHex(result.signature, view(signature));

    if (mode == Mode::Header) {
        QByteArray &authorization = result.authorization;
        authorization.reserve(s_algorithm.size() + accessKeyId.size() + scope.size() + signedHeaders.size() + 112);
        authorization.append(s_algorithm)
            .append(" Credential=")
            .append(accessKeyId)
            .append('/')
            .append(scope)
            .append(", SignedHeaders=")
            .append(signedHeaders)
            .append(", Signature=")
            .append(result.signature);
        result.headers.append({ QByteArrayLiteral("Authorization"), authorization });
        result.url = request.url;
    } else {
        // The original query as given, then the X-Amz-* parameters in the order AWS SDKs emit them.
        QByteArray &out = result.url;
        out = request.url;
        if (const qsizetype hash = out.indexOf('#'); hash >= 0) {
            out.truncate(hash);
        }
        out.append(url.hasQuery && !url.query.isEmpty() ? "&" : (url.hasQuery ? "" : "?"));
        out.append("X-Amz-Algorithm=").append(s_algorithm);
        out.append("&X-Amz-Credential=").append(credentialValue);
        out.append("&X-Amz-Date=").append(timestamp);
        out.append("&X-Amz-SignedHeaders=").append(signedHeadersValue);
        out.append("&X-Amz-Expires=").append(expires);
        if (credentials.hasSessionToken()) {
            out.append("&X-Amz-Security-Token=").append(tokenValue);
        }
        out.append("&X-Amz-Signature=").append(result.signature);
    }
    return result;
}

void SigV4Signer::MacContextDeleter::operator()(evp_mac_ctx_st *context) const
{
    EVP_MAC_CTX_free(context);
}

SigV4Signer::MacContext SigV4Signer::signingKey(
    const QString &secret, QByteArrayView date, const QString &region, const QString &service) const
{
    QMutexLocker locker(&m_mutex);
    for (const CachedKey &entry : m_cache) {
        if (entry.mac && entry.date == date && entry.region == region && entry.service == service
            && entry.secret == secret) {
            return MacContext(EVP_MAC_CTX_dup(entry.mac.get()));
        }
    }
    QByteArray kSecret = QByteArrayLiteral("AWS4") + secret.toUtf8();
    Digest kDate;
    Digest kRegion;
    Digest kService;
    Digest kSigning;
    const bool derived = hmac(kSecret, date, kDate) && hmac(view(kDate), region.toUtf8(), kRegion)
        && hmac(view(kRegion), service.toUtf8(), kService) && hmac(view(kService), "aws4_request", kSigning);
    OPENSSL_cleanse(kSecret.data(), std::size_t(kSecret.size()));
    MacContext keyed(derived ? newHmacContext(view(kSigning)) : nullptr);
    for (Digest *step : { &kDate, &kRegion, &kService, &kSigning }) {
        OPENSSL_cleanse(step->data(), step->size());
    }
    if (!keyed) {
        return nullptr;
    }
    MacContext copy(EVP_MAC_CTX_dup(keyed.get()));
    CachedKey &slot = m_cache[m_nextSlot];
    m_nextSlot = (m_nextSlot + 1) % m_cache.size();
    slot = CachedKey { secret, date.toByteArray(), region, service, std::move(keyed) };
    return copy;
}

QString SigV4Signer::signingNameForHost(QStringView host)
{
    // A custom aws_bedrock_runtime_endpoint (a proxy, a VPC endpoint alias, loopback) is Bedrock.
    if (!host.endsWith(u".amazonaws.com") && !host.endsWith(u".amazonaws.com.cn") && !host.endsWith(u".api.aws")
        && !host.endsWith(u".amazonaws.eu") && !host.endsWith(u".c2s.ic.gov") && !host.endsWith(u".sc2s.sgov.gov")) {
        return QStringLiteral("bedrock");
    }
    QStringView label = host.left(host.indexOf(u'.') < 0 ? host.size() : host.indexOf(u'.'));
    if (label.endsWith(u"-fips")) {
        label.chop(5);
    }
    if (label == u"bedrock-runtime" || label == u"bedrock" || label == u"bedrock-agent-runtime"
        || label == u"bedrock-agent") {
        return QStringLiteral("bedrock");
    }
    return label.toString();
}

QString SigV4Signer::regionForHost(QStringView host)
{
    // service[-fips].REGION.amazonaws.com[.cn] | service.REGION.api.aws
    const QList<QStringView> labels = host.split(u'.');
    if (labels.size() >= 4 && labels.at(1).contains(u'-')
        && (host.endsWith(u".amazonaws.com") || host.endsWith(u".amazonaws.com.cn") || host.endsWith(u".api.aws")
            || host.endsWith(u".amazonaws.eu") || host.endsWith(u".c2s.ic.gov") || host.endsWith(u".sc2s.sgov.gov"))) {
        return labels.at(1).toString();
    }
    return {};
}

QString SigV4Signer::hostOfUrl(QByteArrayView url)
{
    const Result<UrlParts> parts = splitUrl(url);
    if (!parts) {
        return {};
    }
    QByteArrayView host = parts->host;
    const qsizetype colon = host.lastIndexOf(':');
    if (colon >= 0 && host.indexOf(']', colon) < 0) {
        host = host.first(colon);
    }
    return QString::fromUtf8(host);
}

QByteArray bedrockModelPath(QStringView modelId, QByteArrayView operation)
{
    QByteArray path = QByteArrayLiteral("/model/");
    uriEncode(modelId.toUtf8(), path, false);
    path.append('/').append(operation);
    return path;
}

QByteArray normalizeBedrockUrl(QByteArrayView url)
{
    const Result<UrlParts> parts = splitUrl(url);
    if (!parts || !parts->path.startsWith("/model/")) {
        return url.toByteArray();
    }
    const QByteArrayView path = parts->path;
    const qsizetype lastSlash = path.lastIndexOf('/');
    if (lastSlash <= 7) {
        return url.toByteArray();
    }
    const QByteArrayView id = path.sliced(7, lastSlash - 7);
    QByteArray out = url.first(path.data() - url.data()).toByteArray();
    out.append("/model/");
    uriEncode(percentDecode(id), out, false);
    out.append(url.sliced(id.data() + id.size() - url.data()));
    return out;
}

} // namespace brc::aws
