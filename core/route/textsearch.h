#pragma once

#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// Substring search for short ASCII needles in short haystacks (model strings): a plain scan,
/// several times faster there than QStringView::indexOf's general algorithm.
namespace brc::route::text {

inline char16_t foldAscii(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
}

namespace detail {

inline constexpr quint64 s_laneOnes = 0x0001000100010001ULL;
inline constexpr quint64 s_laneHighs = 0x8000800080008000ULL;

/// The first of `count` characters at `h` for which (c | mask) == value, or -1. Four characters
/// a step: a lane of the word that equals the pattern becomes zero, and the lowest zero lane is
/// found exactly ((x - 1) & ~x sets a lane's top bit where it was zero; a borrow can only mark
/// lanes above a true zero).
inline qsizetype findMasked(const char16_t *h, qsizetype from, qsizetype count, char16_t mask, char16_t value)
{
    qsizetype i = from < 0 ? 0 : from;
#if defined(__SSE2__)
    // Eight characters a step where the target has SSE2 (every x86_64).
    const __m128i masks8 = _mm_set1_epi16(static_cast<short>(mask));
    const __m128i pattern8 = _mm_set1_epi16(static_cast<short>(value));
    for (; i + 8 <= count; i += 8) {
        const __m128i word = _mm_loadu_si128(reinterpret_cast<const __m128i *>(h + i));
        const int equal = _mm_movemask_epi8(_mm_cmpeq_epi16(_mm_or_si128(word, masks8), pattern8));
        if (equal != 0) {
            return i + qCountTrailingZeroBits(uint(equal)) / 2;
        }
    }
    if (i < count && count >= 8) {
        // The last few characters: one step over the last eight, those before i masked off.
        const qsizetype at = count - 8;
        const __m128i word = _mm_loadu_si128(reinterpret_cast<const __m128i *>(h + at));
        const uint equal = uint(_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_or_si128(word, masks8), pattern8)))
            & (0xFFFFu << (2 * (i - at)));
        return equal != 0 ? at + qCountTrailingZeroBits(equal) / 2 : -1;
    }
#endif
    const quint64 masks = s_laneOnes * mask;
    const quint64 pattern = s_laneOnes * value;
    for (; i + 4 <= count; i += 4) {
        quint64 word;
        std::memcpy(&word, h + i, sizeof word);
        const quint64 x = (word | masks) ^ pattern;
        const quint64 zero = (x - s_laneOnes) & ~x & s_laneHighs;
        if (zero != 0) {
            return i + qCountTrailingZeroBits(zero) / 16;
        }
    }
    for (; i < count; ++i) {
        if (char16_t(h[i] | mask) == value) {
            return i;
        }
    }
    return -1;
}

/// The first i in [from, count) at which both h[i] and h[i + offset] match their patterns
/// ((c | mask) == value), or -1. The caller keeps i + offset inside the text for every i < count.
/// Testing a needle's first and last characters together leaves few candidates to verify, where
/// the first alone stops at every "a" of "anthropic.claude-3-5-sonnet" in a search for "arn".
inline qsizetype findMaskedPair(const char16_t *h, qsizetype from, qsizetype count, char16_t firstMask, char16_t first,
    qsizetype offset, char16_t lastMask, char16_t last)
{
    qsizetype i = from < 0 ? 0 : from;
#if defined(__SSE2__)
    const __m128i firstMasks = _mm_set1_epi16(static_cast<short>(firstMask));
    const __m128i firsts = _mm_set1_epi16(static_cast<short>(first));
    const __m128i lastMasks = _mm_set1_epi16(static_cast<short>(lastMask));
    const __m128i lasts = _mm_set1_epi16(static_cast<short>(last));
    for (; i + 8 <= count; i += 8) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(h + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(h + i + offset));
        const __m128i both = _mm_and_si128(
            _mm_cmpeq_epi16(_mm_or_si128(a, firstMasks), firsts), _mm_cmpeq_epi16(_mm_or_si128(b, lastMasks), lasts));
        const int equal = _mm_movemask_epi8(both);
        if (equal != 0) {
            return i + qCountTrailingZeroBits(uint(equal)) / 2;
        }
    }
    if (i < count && count >= 8) {
        // The last few candidates: one step over the last eight, those before i masked off.
        const qsizetype at = count - 8;
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(h + at));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(h + at + offset));
        const __m128i both = _mm_and_si128(
            _mm_cmpeq_epi16(_mm_or_si128(a, firstMasks), firsts), _mm_cmpeq_epi16(_mm_or_si128(b, lastMasks), lasts));
        const uint equal = uint(_mm_movemask_epi8(both)) & (0xFFFFu << (2 * (i - at)));
        return equal != 0 ? at + qCountTrailingZeroBits(equal) / 2 : -1;
    }
#endif
    for (; i < count; ++i) {
        if (char16_t(h[i] | firstMask) == first && char16_t(h[i + offset] | lastMask) == last) {
            return i;
        }
    }
    return -1;
}

/// The mask under which `c | mask == c` matches both cases of a lower-case ASCII letter, and
/// only `c` itself for anything else.
inline char16_t foldMask(char16_t lower, bool caseInsensitive)
{
    return caseInsensitive && lower >= u'a' && lower <= u'z' ? 0x20 : 0;
}

} // namespace detail

/// Index of `needle` in `haystack` at or after `from`, or -1. `needle` is ASCII; with
/// caseInsensitive it must be lower case.
inline qsizetype indexOf(
    QStringView haystack, QLatin1StringView needle, qsizetype from = 0, bool caseInsensitive = false)
{
    const qsizetype n = needle.size();
    const qsizetype last = haystack.size() - n;
    const char16_t *h = haystack.utf16();
    const char *p = needle.data();
    if (n >= 2) {
        // Candidates where the first and last characters both match; then the ones between.
        const char16_t first = char16_t(static_cast<unsigned char>(p[0]));
        const char16_t final = char16_t(static_cast<unsigned char>(p[n - 1]));
        const char16_t firstMask = detail::foldMask(first, caseInsensitive);
        const char16_t finalMask = detail::foldMask(final, caseInsensitive);
        for (qsizetype i = from; i <= last; ++i) {
            i = detail::findMaskedPair(h, i, last + 1, firstMask, first, n - 1, finalMask, final);
            if (i < 0) {
                return -1;
            }
            qsizetype j = 1;
            while (j < n - 1 && (caseInsensitive ? foldAscii(h[i + j]) : h[i + j]) == char16_t(p[j])) {
                ++j;
            }
            if (j == n - 1) {
                return i;
            }
        }
        return -1;
    }
    if (n > 0 && (!caseInsensitive || (p[0] >= 'a' && p[0] <= 'z'))) {
        // Jump from one possible first character to the next; with caseInsensitive the first is a
        // letter, and c | 0x20 is that letter exactly for its two cases.
        const char16_t mask = caseInsensitive ? 0x20 : 0;
        for (qsizetype i = from; i <= last; ++i) {
            i = detail::findMasked(h, i, last + 1, mask, char16_t(p[0]));
            if (i < 0) {
                return -1;
            }
            qsizetype j = 1;
            while (j < n && (caseInsensitive ? foldAscii(h[i + j]) : h[i + j]) == char16_t(p[j])) {
                ++j;
            }
            if (j == n) {
                return i;
            }
        }
        return -1;
    }
    for (qsizetype i = from; i <= last; ++i) {
        qsizetype j = 0;
        if (caseInsensitive) {
            while (j < n && foldAscii(h[i + j]) == char16_t(p[j])) {
                ++j;
            }
        } else {
            while (j < n && h[i + j] == char16_t(p[j])) {
                ++j;
            }
        }
        if (j == n) {
            return i;
        }
    }
    return -1;
}

inline bool contains(QStringView haystack, QLatin1StringView needle)
{
    return indexOf(haystack, needle) >= 0;
}

inline bool containsInsensitive(QStringView haystack, QLatin1StringView lowerNeedle)
{
    return indexOf(haystack, lowerNeedle, 0, true) >= 0;
}

/// Whether `haystack` starts with `lowerNeedle`, ASCII letters compared without case.
inline bool startsWithInsensitive(QStringView haystack, QLatin1StringView lowerNeedle)
{
    if (haystack.size() < lowerNeedle.size()) {
        return false;
    }
    const char16_t *h = haystack.utf16();
    for (qsizetype i = 0; i < lowerNeedle.size(); ++i) {
        if (foldAscii(h[i]) != char16_t(lowerNeedle[i].unicode())) {
            return false;
        }
    }
    return true;
}

/// Whether the `n` characters at `a` and `b` are the same. memcmp, not char_traits<char16_t>::compare,
/// which libstdc++ implements as an ordering loop of several instructions per character.
inline bool sameChars(const char16_t *a, const char16_t *b, qsizetype n)
{
    // Inlined, no call (model ids, regions, vendors are short): eight characters a step, the
    // last step overlapping the one before; below eight, two words of four that may overlap.
    const auto word = [](const char16_t *p) {
        quint64 w;
        std::memcpy(&w, p, sizeof w);
        return w;
    };
#if defined(__SSE2__)
    if (n >= 8) {
        const auto block = [](const char16_t *p) { return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p)); };
        for (qsizetype i = 0; i + 8 < n; i += 8) {
            if (_mm_movemask_epi8(_mm_cmpeq_epi16(block(a + i), block(b + i))) != 0xFFFF) {
                return false;
            }
        }
        return _mm_movemask_epi8(_mm_cmpeq_epi16(block(a + n - 8), block(b + n - 8))) == 0xFFFF;
    }
#else
    if (n > 16) {
        return std::memcmp(a, b, size_t(n) * sizeof(char16_t)) == 0;
    }
#endif
    if (n >= 4 && n <= 8) {
        return word(a) == word(b) && word(a + n - 4) == word(b + n - 4);
    }
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        quint64 x;
        quint64 y;
        std::memcpy(&x, a + i, sizeof x);
        std::memcpy(&y, b + i, sizeof y);
        if (x != y) {
            return false;
        }
    }
    for (; i < n; ++i) {
        if (a[i] != b[i]) {
            return false;
        }
    }
    return true;
}

/// Exact equality, sizes first: most candidates differ in length, and QStringView's operator==
/// in Qt 6.4 compares before it looks at the sizes.
inline bool equals(QStringView a, QStringView b)
{
    return a.size() == b.size() && sameChars(a.utf16(), b.utf16(), a.size());
}

/// Whether `haystack` starts with `needle`, compared exactly.
inline bool startsWith(QStringView haystack, QStringView needle)
{
    // Most tests fail on the first character: decide those without a call.
    return haystack.size() >= needle.size()
        && (needle.isEmpty()
            || (haystack.front() == needle.front() && sameChars(haystack.utf16(), needle.utf16(), needle.size())));
}

/// Whether `list` holds exactly `value`.
inline bool listContains(const QStringList &list, QStringView value)
{
    for (const QString &item : list) {
        if (equals(item, value)) {
            return true;
        }
    }
    return false;
}

/// ASCII needle given as a QString (profile data); same scan.
inline qsizetype indexOf(QStringView haystack, QStringView needle, qsizetype from = 0)
{
    const qsizetype n = needle.size();
    const qsizetype last = haystack.size() - n;
    const char16_t *h = haystack.utf16();
    const char16_t *p = needle.utf16();
    if (n >= 2) {
        for (qsizetype i = from; i <= last; ++i) {
            i = detail::findMaskedPair(h, i, last + 1, 0, p[0], n - 1, 0, p[n - 1]);
            if (i < 0) {
                return -1;
            }
            if (sameChars(h + i + 1, p + 1, n - 2)) {
                return i;
            }
        }
        return -1;
    }
    for (qsizetype i = from; i <= last; ++i) {
        if (n > 0) {
            i = detail::findMasked(h, i, last + 1, 0, p[0]);
            if (i < 0) {
                return -1;
            }
        }
        qsizetype j = 0;
        while (j < n && h[i + j] == p[j]) {
            ++j;
        }
        if (j == n) {
            return i;
        }
    }
    return -1;
}

inline bool contains(QStringView haystack, QStringView needle)
{
    return indexOf(haystack, needle) >= 0;
}

/// Index of `c` in `haystack` at or after `from`, or -1.
inline qsizetype indexOf(QStringView haystack, char16_t c, qsizetype from = 0)
{
    return detail::findMasked(haystack.utf16(), from, haystack.size(), 0, c);
}

/// Index of the ASCII letter `lower` in either case at or after `from`, or -1.
inline qsizetype indexOfLetterInsensitive(QStringView haystack, char16_t lower, qsizetype from = 0)
{
    return detail::findMasked(haystack.utf16(), from, haystack.size(), 0x20, lower);
}

/// Index of the last `c` in `haystack`, or -1.
inline qsizetype lastIndexOf(QStringView haystack, char16_t c)
{
    const char16_t *h = haystack.utf16();
    for (qsizetype i = haystack.size() - 1; i >= 0; --i) {
        if (h[i] == c) {
            return i;
        }
    }
    return -1;
}

inline bool contains(QStringView haystack, char16_t c)
{
    return indexOf(haystack, c) >= 0;
}

} // namespace brc::route::text
