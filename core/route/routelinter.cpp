#include "routelinter.h"

#include "awsfacts.h"
#include "common/immortalstring.h"
#include "litellmrouter.h"
#include "textsearch.h"

#include <cstring>
#include <iterator>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace brc::route {

namespace {

const QString s_bedrockPrefix = QStringLiteral("bedrock/");

struct Sink
{
    ParsedRoute &route;

    void add(const char *code, Severity severity, QString message, Span span, QString fix = {})
    {
        if (route.diagnostics.isEmpty()) {
            route.diagnostics.reserve(4); // findings come in small groups: one allocation for them
        }
        route.diagnostics.append({ codeString(code), severity, std::move(message), span, std::move(fix) });
    }

    /// The codes as shared strings, made once: a diagnostic's code is never a fresh copy. The
    /// codes are the constants of diagnostic.h, so a lookup compares addresses, not text.
    static QString codeString(const char *code)
    {
        // The common findings first: the search stops at the code's own entry.
        static constexpr const char *s_codes[] = {
            codes::LegacyBreaks,
            codes::RawColonInPath,
            codes::UnknownModel,
            codes::NeedsInferenceProfile,
            codes::GeoPrefixRegionMismatch,
            codes::Wildcard,
            codes::EmptyModel,
            codes::InvalidCharacters,
            codes::TooLong,
            codes::PrefixCaseOrSpace,
            codes::NotBedrock,
            codes::NotAcceptedWithoutPrefix,
            codes::RouteWordCase,
            codes::RouteWordInsideName,
            codes::UnknownGeoPrefix,
            codes::GeoPrefixCase,
            codes::BareGeoPrefix,
            codes::ArnNeedsConverse,
            codes::ImportedModelOnConverse,
            codes::InvokeUnknownProvider,
            codes::NovaSubstring,
            codes::ArnSubstring,
            codes::RawArnInPath,
            codes::RegionPathNotCallRegion,
            codes::ArnRegionOverridden,
            codes::ArnNotBedrock,
            codes::ConverseLikeNeedsApiBase,
            codes::LiteLlmError,
            codes::InvalidRegion,
            codes::FipsUnavailable,
        };
        static const QStringList s_strings = [] {
            QStringList strings;
            for (const char *c : s_codes) {
                strings.append(immortalString(QString::fromLatin1(c)));
            }
            return strings;
        }();
        for (qsizetype i = 0; i < qsizetype(std::size(s_codes)); ++i) {
            if (s_codes[i] == code) {
                return s_strings.at(i);
            }
        }
        return QString::fromLatin1(code);
    }
};

/// The span of the first segment of `kind`, without the separator that ends it (":", ".", "/").
Span segmentSpan(const ParsedRoute &route, SegmentKind kind)
{
    for (const Segment &segment : route.segments) {
        if (segment.kind == kind) {
            Span span = segment.span;
            const QChar last = span.isEmpty() ? QChar() : route.input.at(span.end - 1);
            if (kind != SegmentKind::RegionPath && kind != SegmentKind::ProviderPrefix
                && kind != SegmentKind::RouteMarker && kind != SegmentKind::Spec && kind != SegmentKind::Vendor
                && (last == u':' || last == u'.' || last == u'/')) {
                --span.end;
            }
            return span;
        }
    }
    return {};
}

Span whole(const QString &input)
{
    return { 0, int(input.size()) };
}

QString replaced(const QString &input, Span span, const QString &with)
{
    QString result = input;
    result.replace(span.start, span.length(), with);
    return result;
}

/// The model id as written with every LiteLLM decoration replaced by "bedrock/converse/".
QString converseFix(const ParsedRoute &route)
{
    return QStringLiteral("bedrock/converse/") + route.aws.modelId;
}

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0xfffd || c.isSurrogate() || u == 0x200b
        || u == 0xfeff;
}

/// Whether every character is printable ASCII other than a space: most model strings.
bool isPlainAscii(QStringView text)
{
    const char16_t *c = text.utf16();
    const char16_t *end = c + text.size();
#if defined(__SSE2__)
    // Eight characters a step: 0x20 < c < 0x7F, compared as signed 16-bit numbers (anything at
    // 0x8000 or above is negative, so it fails too).
    const __m128i space = _mm_set1_epi16(0x20);
    const __m128i del = _mm_set1_epi16(0x7F);
    const auto plain = [&](const char16_t *at) {
        const __m128i word = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
        return _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi16(word, space), _mm_cmplt_epi16(word, del))) == 0xFFFF;
    };
    if (end - c >= 8) {
        for (; end - c > 8; c += 8) {
            if (!plain(c)) {
                return false;
            }
        }
        return plain(end - 8); // the last eight, overlapping the step before
    }
#endif
    // Four characters a step: none at 0x80 or above, each at least 0x21 (adding 0x5F sets bit 7)
    // and at most 0x7E (adding 1 leaves bit 7 clear).
    constexpr quint64 ones = 0x0001000100010001ULL;
    constexpr quint64 bit7 = 0x0080008000800080ULL;
    for (; end - c >= 4; c += 4) {
        quint64 word;
        std::memcpy(&word, c, sizeof word);
        if ((word & 0xFF80FF80FF80FF80ULL) != 0 || ((word + 0x5F * ones) & bit7) != bit7
            || ((word + ones) & bit7) != 0) {
            return false;
        }
    }
    for (; c != end; ++c) {
        if (*c <= u' ' || *c >= 0x7f) {
            return false;
        }
    }
    return true;
}

void lintCharacters(const ParsedRoute &route, Sink &sink)
{
    const QString &input = route.input;
    if (!input.isEmpty() && isPlainAscii(input)) {
        return;
    }
    if (input.trimmed().isEmpty()) {
        sink.add(codes::EmptyModel, Severity::Error,
            QStringLiteral("The model string is empty. Write bedrock/ followed by a Bedrock model id, for "
                           "example bedrock/us.amazon.nova-micro-v1:0."),
            whole(input));
        return;
    }
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        const bool innerSpace = c.isSpace() && i > 0 && i + 1 < input.size() && !input.at(i - 1).isSpace()
            && !input.at(i + 1).isSpace() && !isControl(c);
        if (isControl(c) || innerSpace) {
            QString cleaned;
            cleaned.reserve(input.size());
            for (QChar k : input) {
                if (!isControl(k) && !(k.isSpace() && k != u' ')) {
                    cleaned.append(k);
                }
            }
            cleaned = cleaned.trimmed();
            cleaned.remove(u' ');
            const QString what = c.unicode() == 0xfffd
                ? QStringLiteral("bytes that are not valid UTF-8")
                : QStringLiteral("the character U+%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
            sink.add(codes::InvalidCharacters, Severity::Error,
                QStringLiteral("Column %1 holds %2. Model ids are printable ASCII; LiteLLM sends the string "
                               "as it is and Bedrock rejects it.")
                    .arg(i + 1)
                    .arg(what),
                { int(i), int(i + 1) }, cleaned == input ? QString() : cleaned);
            return;
        }
    }
}

void lintPrefix(const ParsedRoute &route, Sink &sink)
{
    const QString &input = route.input;
    const bool prefixed = text::startsWith(input, s_bedrockPrefix);
    if (prefixed && !input.back().isSpace()) {
        return; // the common case, settled without a trimmed copy
    }
    const QString trimmed = input.trimmed();
    const bool caseOrSpace = !prefixed && trimmed.startsWith(s_bedrockPrefix, Qt::CaseInsensitive);
    if (caseOrSpace || (prefixed && trimmed.size() != input.size())) {
        const QString fix = s_bedrockPrefix + trimmed.mid(s_bedrockPrefix.size());
        const int start = int(input.indexOf(trimmed.at(0)));
        sink.add(codes::PrefixCaseOrSpace, Severity::Error,
            QStringLiteral("LiteLLM reads the prefix exactly: it must be lower-case \"bedrock/\" with no "
                           "spaces around the string, or the proxy answers \"LLM Provider NOT provided\"."),
            caseOrSpace ? Span { 0, start + 8 } : whole(input), fix);
    } else if (input == QLatin1String("bedrock")) {
        sink.add(codes::EmptyModel, Severity::Error,
            QStringLiteral("\"bedrock\" alone names no model: write bedrock/<model id>."), whole(input));
    }
}

void lintRouteWords(const ParsedRoute &route, const LiteLlmRouter &router, const RouteMarkerMatch *known, Sink &sink)
{
    const QString &input = route.input;
    const LiteLlmView &view = route.litellm;
    const int offset = text::startsWith(input, s_bedrockPrefix) ? 8 : 0;
    const QStringView model = QStringView(input).mid(offset);

    static constexpr QLatin1StringView s_words[]
        = { QLatin1StringView("converse_like/"), QLatin1StringView("converse/"), QLatin1StringView("invoke/"),
              QLatin1StringView("openai/"), QLatin1StringView("agentcore/"), QLatin1StringView("agent/") };
    // Every route word starts with c, i, o or a.
    const char16_t first = model.isEmpty() ? u'\0' : text::foldAscii(model.front().unicode());
    const bool wordPossible = first == u'c' || first == u'i' || first == u'o' || first == u'a';
    for (const QLatin1StringView word : s_words) {
        if (!wordPossible) {
            break;
        }
        if (text::startsWithInsensitive(model, word) && !model.startsWith(word)) {
            const Span span { offset, offset + int(word.size()) };
            sink.add(codes::RouteWordCase, Severity::Warning,
                QStringLiteral("LiteLLM matches route words case-sensitively: \"%1\" is not a route, so the "
                               "route falls back to the model list and the word stays in the id sent to "
                               "Bedrock.")
                    .arg(model.first(word.size())),
                span, replaced(input, span, QString(word)));
            break;
        }
    }

    // The marker that decided the route, if it is not where a person would put a route word.
    if (!view.accepted()) {
        return;
    }
    // The route marker LiteLLM matched.
    const auto &markers = router.profile().routeMarkers;
    qsizetype at = known && known->known ? known->at : -1;
    const qsizetype best = known && known->known ? known->index : router.routeMarker(model, &at);
    if (best >= 0 && at > 0) {
        const QString &marker = markers.at(best).first;
        const LiteLlmRoute markerRoute = markers.at(best).second;
        const Span span { offset + int(at), offset + int(at + marker.size()) };
        const bool async
            = marker == QLatin1String("invoke/") && at >= 6 && model.mid(at - 6, 6) == QLatin1String("async_");
        if (async) {
            sink.add(codes::RouteWordInsideName, Severity::Error,
                QStringLiteral("\"async_invoke/\" is never an async route: LiteLLM finds \"invoke/\" inside "
                               "it first, takes the invoke route and sends the mangled id \"%1\".")
                    .arg(view.modelId.value_or(QString())),
                { span.start - 6, span.end });
        } else if (marker == QLatin1String("openai/") && markerRoute == LiteLlmRoute::OpenAI) {
            // "bedrock/<spec>/openai/..." is rare; a spec path "llama/..." never contains it.
            sink.add(codes::RouteWordInsideName, Severity::Warning,
                QStringLiteral("\"openai/\" anywhere in the string selects LiteLLM's openai route."), span);
        } else {
            QString fix = input;
            fix.remove(span.start, span.length());
            sink.add(codes::RouteWordInsideName, Severity::Warning,
                QStringLiteral("\"%1\" inside the string forces the %2 route, whatever comes before it; the "
                               "id sent keeps the other words: \"%3\".")
                    .arg(marker, routeName(markerRoute), view.modelId.value_or(QString())),
                span, fix);
        }
    }
}

void lintGeo(const ParsedRoute &route, const RouteContext &context, Sink &sink)
{
    const QString &input = route.input;
    const AwsView &aws = route.aws;
    if (aws.unknownPrefix.isEmpty()
        && (aws.geoPrefix.isEmpty() || aws.arn || AwsFacts::geoAcceptsRegion(aws.geoPrefix, aws.region))) {
        return;
    }
    const Span prefixSpan = segmentSpan(route, SegmentKind::GeoPrefix);
    const QString suggested = AwsFacts::geoForRegion(aws.region);

    if (!aws.unknownPrefix.isEmpty()) {
        const QString lower = aws.unknownPrefix.toLower();
        if (AwsFacts::isGeoPrefix(lower)) {
            sink.add(codes::GeoPrefixCase, Severity::Error,
                QStringLiteral("Cross-region prefixes are lower-case: LiteLLM and Bedrock do not know \"%1\".")
                    .arg(aws.unknownPrefix),
                prefixSpan, replaced(input, prefixSpan, lower));
            return;
        }
        const bool fellToInvoke
            = route.litellm.route == LiteLlmRoute::Invoke && !route.input.contains(QLatin1String("invoke/"));
        QString message = QStringLiteral("\"%1.\" is not a cross-region prefix (LiteLLM knows %2). LiteLLM keeps "
                                         "it in the base model, so the id misses its model list")
                              .arg(aws.unknownPrefix, AwsFacts::geoPrefixes().join(QStringLiteral(", ")));
        message
            += fellToInvoke ? QStringLiteral(" and the call silently falls to the invoke route.") : QStringLiteral(".");
        if (!suggested.isEmpty()) {
            message += QStringLiteral(" From %1 use \"%2.\".").arg(aws.region, suggested);
        }
        sink.add(codes::UnknownGeoPrefix, fellToInvoke ? Severity::Error : Severity::Warning, message, prefixSpan,
            suggested.isEmpty() ? QString() : replaced(input, prefixSpan, suggested));
        return;
    }
    if (!aws.geoPrefix.isEmpty() && !aws.arn && !AwsFacts::geoAcceptsRegion(aws.geoPrefix, aws.region)) {
        QStringList sources = AwsFacts::geoSourceRegions(aws.geoPrefix);
        const QString served
            = sources.isEmpty() ? QStringLiteral("commercial regions") : sources.join(QStringLiteral(", "));
        QString message = u"The \"" + aws.geoPrefix + u".\" profile cannot be called from " + aws.region + u" ("
            + aws.regionReason + u"): it serves " + served
            + u". Bedrock answers \"The provided model identifier is invalid\".";
        const bool hasFix = !suggested.isEmpty() && suggested != aws.geoPrefix;
        if (hasFix) {
            message += u" From " + aws.region + u" use \"" + suggested + u".\", or call the region the profile serves.";
        }
        sink.add(codes::GeoPrefixRegionMismatch, Severity::Error, message, prefixSpan,
            hasFix ? replaced(input, prefixSpan, suggested) : QString());
    }
    Q_UNUSED(context);
}

void lintArn(const ParsedRoute &route, Sink &sink)
{
    const AwsView &aws = route.aws;
    const LiteLlmView &view = route.litellm;
    if (!aws.arn) {
        return;
    }
    const Arn &arn = *aws.arn;
    const Span arnSpan { segmentSpan(route, SegmentKind::ArnPrefix).start, int(route.input.trimmed().size()) };
    if (arn.kind == ArnResourceKind::ImportedModel && view.route == LiteLlmRoute::Converse) {
        sink.add(codes::ImportedModelOnConverse, Severity::Error,
            QStringLiteral("Bedrock's Converse API does not serve imported models. Name the model's "
                           "architecture instead, e.g. bedrock/llama/<arn>, bedrock/qwen3/<arn>, "
                           "bedrock/deepseek_r1/<arn> or bedrock/openai/<arn>."),
            arnSpan);
    }
    const bool onInvoke = view.route == LiteLlmRoute::Invoke;
    if (arn.isVendorless() && arn.kind != ArnResourceKind::ImportedModel
        && arn.kind != ArnResourceKind::AgentCoreRuntime && onInvoke && (!view.invokeProvider || view.error)) {
        sink.add(codes::ArnNeedsConverse, Severity::Error,
            QStringLiteral("This %1 ARN does not name its vendor, so LiteLLM finds no invoke provider and the proxy "
                           "answers 404 \"Unknown provider\". These ARNs work as bedrock/converse/<arn>.")
                .arg(arnResourceKindName(arn.kind)),
            arnSpan, converseFix(route));
    }
    if ((onInvoke || view.route == LiteLlmRoute::OpenAI) && view.pathModelId
        && view.pathModelId->contains(QLatin1String("arn:")) && view.pathModelId->contains(u'/')) {
        QString fix;
        if (arn.kind == ArnResourceKind::ImportedModel && view.route == LiteLlmRoute::OpenAI) {
            fix = QStringLiteral("bedrock/invoke/openai/") + aws.modelId;
        } else if (arn.kind != ArnResourceKind::ImportedModel) {
            fix = converseFix(route);
        }
        sink.add(codes::RawArnInPath, onInvoke && !view.error ? Severity::Error : Severity::Warning,
            QStringLiteral("LiteLLM puts the ARN into the URL path unencoded, so its \"/\" splits the path "
                           "(%1) and Bedrock cannot find the operation. Bedrock expects the ARN as one "
                           "segment: %2.")
                .arg(*view.pathModelId, aws.url(BedrockOperation::Invoke)),
            arnSpan, fix);
    }
    // LiteLLM's own region handling against the ARN's.
    if (AwsFacts::looksLikeRegion(arn.region) && view.accepted() && view.route != LiteLlmRoute::AgentCore
        && view.region != arn.region) {
        if (view.regionSource == RegionSource::Parameter) {
            sink.add(codes::ArnRegionOverridden, Severity::Error,
                QStringLiteral("The ARN lives in %1, but aws_region_name sends the call to %2: Bedrock answers "
                               "that the resource does not exist. Set aws_region_name to %1 or remove it.")
                    .arg(arn.region, view.region),
                segmentSpan(route, SegmentKind::ArnRegion));
        } else {
            sink.add(codes::ArnNotBedrock, Severity::Warning,
                QStringLiteral("LiteLLM only reads the region of ARNs that start with \"arn:aws:bedrock\", so "
                               "this call goes to %1 (%2) while the ARN lives in %3. Set aws_region_name to %3.")
                    .arg(view.region, regionSourceName(view.regionSource), arn.region),
                segmentSpan(route, SegmentKind::ArnRegion));
        }
    }
}

void lintProvider(const ParsedRoute &route, Sink &sink)
{
    const LiteLlmView &view = route.litellm;
    const AwsView &aws = route.aws;
    const bool unknownProvider = view.error && text::contains(*view.error, QLatin1String("Unknown provider"));
    if (unknownProvider && !(aws.arn && aws.arn->isVendorless() && aws.arn->kind != ArnResourceKind::ImportedModel)) {
        const bool imported = aws.arn && aws.arn->kind == ArnResourceKind::ImportedModel;
        QString message = QStringLiteral("On the invoke route LiteLLM needs a request format for the vendor, and it "
                                         "has none for \"%1\" (provider %2): the proxy answers 404 \"Unknown "
                                         "provider\".")
                              .arg(aws.modelId, view.invokeProvider.value_or(QStringLiteral("None")));
        message += imported ? QStringLiteral(" Name the architecture: bedrock/llama/<arn>, bedrock/qwen3/<arn>, "
                                             "bedrock/deepseek_r1/<arn> or bedrock/openai/<arn>.")
                            : QStringLiteral(" Use the Converse route.");
        sink.add(codes::InvokeUnknownProvider, Severity::Error, message, whole(route.input),
            imported ? QString() : converseFix(route));
    }
    // The scan for "amazon.nova" only where the finding is possible.
    const auto amazonNova = [&] {
        return text::containsInsensitive(route.input, QLatin1String("amazon.nova"))
            || text::startsWith(aws.spec, u"nova");
    };
    if (view.route == LiteLlmRoute::Invoke && view.invokeProvider && *view.invokeProvider == QLatin1String("nova")
        && !amazonNova()) {
        const qsizetype at = text::indexOf(route.input, QLatin1String("nova"), 0, true);
        if (at >= 0) {
            sink.add(codes::NovaSubstring, Severity::Warning,
                QStringLiteral("\"%1\" contains \"nova\", so LiteLLM formats invoke requests for Amazon Nova, "
                               "whatever the model really is.")
                    .arg(aws.modelId),
                { int(at), int(at + 4) });
        } else {
            // "nova" only formed once LiteLLM cut a route word out of the middle of the name
            // (1.53 removes every "invoke/": "ninvoke/ova" becomes "nova").
            sink.add(codes::NovaSubstring, Severity::Warning,
                QStringLiteral("LiteLLM reads \"%1\" as \"%2\" once it removes the route word, and that contains "
                               "\"nova\", so it formats invoke requests for Amazon Nova, whatever the model really is.")
                    .arg(aws.modelId, view.modelId.value_or(aws.modelId)),
                whole(route.input));
        }
    }
}

void lintQuirks(const ParsedRoute &route, const LiteLlmRouter &router, const RouteMarkerMatch *known, Sink &sink)
{
    const LiteLlmView &view = route.litellm;
    const AwsView &aws = route.aws;
    const QString &input = route.input;
    if (!view.accepted()) {
        return;
    }
    // "arn" inside a non-ARN id: LiteLLM keeps only the text after the last "/".
    // route() has looked for "arn" in the text after "bedrock/", which holds any "arn" of input.
    const bool searched = known && known->known && !known->mayHoldArn;
    const qsizetype arnAt = searched ? -1 : text::indexOf(input, QLatin1String("arn"), 0, true);
    if (!aws.arn && arnAt >= 0 && view.baseModel) {
        const int offset = text::startsWith(input, s_bedrockPrefix) ? 8 : 0;
        QStringView stripped = QStringView(input).mid(offset);
        for (const QString &prefix : router.profile().baseModelPrefixes) {
            if (text::startsWith(stripped, prefix)) {
                stripped = stripped.mid(prefix.size());
            }
        }
        if (text::contains(stripped, u'/')) {
            sink.add(codes::ArnSubstring, Severity::Warning,
                QStringLiteral("LiteLLM treats any id containing \"arn\" as an ARN and keeps only the text after "
                               "the last \"/\" as the base model (\"%1\"), which decides the route.")
                    .arg(*view.baseModel),
                { int(arnAt), int(arnAt + 3) });
        }
    }
    if (!aws.regionPath.isEmpty()) {
        const Span span = segmentSpan(route, SegmentKind::RegionPath);
        QString fix = input;
        fix.remove(span.start, span.length());
        sink.add(codes::RegionPathNotCallRegion, Severity::Warning,
            QStringLiteral("\"%1/\" only looks like a region: LiteLLM calls %2 (%3) and sends \"%1/\" as part "
                           "of the model id. Set aws_region_name: %1 on the deployment instead.")
                .arg(aws.regionPath, view.region, regionSourceName(view.regionSource)),
            span, fix);
    }
    if (view.route == LiteLlmRoute::Invoke && view.pathModelId && text::contains(*view.pathModelId, u':') && !aws.arn) {
        sink.add(codes::RawColonInPath, Severity::Info,
            u"On the invoke route LiteLLM writes the id into the path unencoded (\"" + *view.pathModelId
                + u"\"); Bedrock accepts it, but AWS's SDKs send \"" + aws.encodedModelId
                + u"\". Compare with care when reading logs.",
            whole(input));
    }
    if (view.route == LiteLlmRoute::ConverseLike && view.error) {
        sink.add(codes::ConverseLikeNeedsApiBase, Severity::Error,
            QStringLiteral("converse_like/ sends a Converse body to api_base as it is, and this deployment has "
                           "no api_base. Set api_base, or use bedrock/converse/ for Bedrock itself."),
            whole(input), QStringLiteral("bedrock/converse/") + aws.modelId);
    }
}

void lintRegion(const ParsedRoute &route, const RouteContext &context, Sink &sink)
{
    const AwsView &aws = route.aws;
    if (!context.region.isEmpty() && !AwsFacts::isRegion(context.region)) {
        sink.add(codes::InvalidRegion, AwsFacts::looksLikeRegion(context.region) ? Severity::Warning : Severity::Error,
            QStringLiteral("\"%1\" is not an AWS region Bedrock runs in.").arg(context.region), {});
    }
    if (context.useFips && !AwsFacts::hasFipsRuntime(aws.region)) {
        sink.add(codes::FipsUnavailable, Severity::Warning,
            QStringLiteral("Bedrock has no FIPS runtime endpoint in %1 (it has one in us-east-1, us-east-2, "
                           "us-west-2, ca-central-1 and GovCloud).")
                .arg(aws.region),
            {});
    }
    if (!aws.facts && !aws.arn && !aws.provider.isEmpty() && route.litellm.accepted()) {
        sink.add(codes::UnknownModel, Severity::Info,
            u"LiteLLM " + route.litellm.version + u"'s model map does not know \"" + aws.provider + QLatin1Char('.')
                + aws.family + (aws.version.isEmpty() ? QString() : QLatin1Char('-') + aws.version)
                + u"\": no context window, output limit or price. Check the id against "
                  u"ListFoundationModels in "
                + aws.region + QLatin1Char('.'),
            segmentSpan(route, SegmentKind::Model));
    }
    if (aws.needsInferenceProfile) {
        const QString geo = AwsFacts::geoForRegion(aws.region);
        const Span vendor = segmentSpan(route, SegmentKind::Vendor);
        // Concatenated, not QString::arg: this finding is common, and arg parses its pattern each time.
        QString message = u"Bedrock serves " + aws.provider + QLatin1Char('.') + aws.family
            + u" through cross-region inference profiles; called by its bare id it answers "
              u"\"on-demand throughput isn't supported\".";
        if (!geo.isEmpty()) {
            message += u" From " + aws.region + u" use \"" + geo + QLatin1Char('.') + aws.provider + u"\".";
        }
        sink.add(codes::NeedsInferenceProfile, Severity::Warning, message, vendor,
            geo.isEmpty() ? QString() : replaced(route.input, { vendor.start, vendor.start }, geo + QLatin1Char('.')));
    }
}

void lintLiteLlmErrors(const ParsedRoute &route, Sink &sink)
{
    const LiteLlmView &view = route.litellm;
    const QString &input = route.input;
    if (view.otherProvider) {
        sink.add(codes::NotBedrock, Severity::Info,
            QStringLiteral("LiteLLM sends this string to its \"%1\" provider, not to Bedrock.")
                .arg(*view.otherProvider),
            { 0, int(view.otherProvider->size()) });
        return;
    }
    if (!view.error) {
        return;
    }
    for (const Diagnostic &d : route.diagnostics) {
        if (d.severity == Severity::Error) {
            return; // already explained
        }
    }
    const QString &error = *view.error;
    if (error.startsWith(QLatin1String("IndexError"))) {
        sink.add(codes::BareGeoPrefix, Severity::Error,
            QStringLiteral("LiteLLM crashes on a bare cross-region prefix (IndexError): \"%1\" needs a model "
                           "after the prefix, e.g. %1.amazon.nova-micro-v1:0.")
                .arg(QStringView(input).mid(input.lastIndexOf(u'/') + 1)),
            whole(input));
    } else if (error.contains(QLatin1String("LLM Provider NOT provided"))) {
        const bool bedrockShaped = input.contains(u'.') || input.startsWith(QLatin1String("arn:"));
        sink.add(codes::NotAcceptedWithoutPrefix, Severity::Error,
            QStringLiteral("Without \"bedrock/\" LiteLLM accepts only ids in its own model lists, and this is "
                           "not one: the proxy answers \"LLM Provider NOT provided\"."),
            whole(input), bedrockShaped ? s_bedrockPrefix + input.trimmed() : QString());
    } else {
        sink.add(codes::LiteLlmError, Severity::Error, QStringLiteral("LiteLLM raises: %1").arg(error), whole(input));
    }
}

} // namespace

RouteLinter::RouteLinter(const LiteLlmRouter &router)
    : m_router(router)
{
}

void RouteLinter::lint(
    ParsedRoute &route, const RouteContext &context, const LegacyOutcome *legacy, const RouteMarkerMatch *marker) const
{
    Sink sink { route };
    const qsizetype star = text::indexOf(route.input, u'*');
    if (star >= 0 && text::startsWith(route.input, s_bedrockPrefix)) {
        // "bedrock/*" and "bedrock/us.anthropic.*": LiteLLM puts the requested model in place of
        // the "*" per request, so there is no single route to check here.
        sink.add(codes::Wildcard, Severity::Info,
            QStringLiteral("A wildcard deployment: LiteLLM substitutes the model each request asks for, so each "
                           "request's model string decides the route. Test concrete model strings instead."),
            { int(star), int(star + 1) });
        return;
    }
    lintCharacters(route, sink);
    if (!route.diagnostics.isEmpty() && route.diagnostics.constLast().code == QLatin1String(codes::EmptyModel)) {
        return;
    }
    lintPrefix(route, sink);
    lintRouteWords(route, m_router, marker, sink);
    lintGeo(route, context, sink);
    lintArn(route, sink);
    lintProvider(route, sink);
    lintQuirks(route, m_router, marker, sink);
    lintRegion(route, context, sink);
    if (route.aws.modelId.size() > 2048) {
        sink.add(codes::TooLong, Severity::Error,
            QStringLiteral("Bedrock accepts model ids of at most 2048 characters; this one has %1.")
                .arg(route.aws.modelId.size()),
            whole(route.input));
    }
    if (legacy && !route.litellm.error && route.litellm.accepted() && legacy->error) {
        sink.add(codes::LegacyBreaks, Severity::Info,
            u"Works on LiteLLM " + route.litellm.version + u", but a proxy on LiteLLM " + legacy->version + u" fails: "
                + *legacy->error,
            whole(route.input));
    }
    lintLiteLlmErrors(route, sink);
}

} // namespace brc::route
