#pragma once

#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>

#include <cstring>

/// Substring search for short ASCII needles in short haystacks (model strings): a plain scan,
/// several times faster there than QStringView::indexOf's general algorithm.
namespace brc::route::text {

inline char16_t foldAscii(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
}

/// Index of `needle` in `haystack` at or after `from`, or -1. `needle` is ASCII; with
/// caseInsensitive it must be lower case.
inline qsizetype indexOf(
    QStringView haystack, QLatin1StringView needle, qsizetype from = 0, bool caseInsensitive = false)
{
    const qsizetype n = needle.size();
    const qsizetype last = haystack.size() - n;
    const char16_t *h = haystack.utf16();
    const char *p = needle.data();
    if (n > 0 && caseInsensitive && p[0] >= 'a' && p[0] <= 'z') {
        // A letter first: c | 0x20 is that letter exactly for its two cases, so the scan for
        // a candidate start costs one test per character.
        const char16_t first = char16_t(p[0]);
        for (qsizetype i = from; i <= last; ++i) {
            if ((h[i] | 0x20) != first) {
                continue;
            }
            qsizetype j = 1;
            while (j < n && foldAscii(h[i + j]) == char16_t(p[j])) {
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
    return std::memcmp(a, b, size_t(n) * sizeof(char16_t)) == 0;
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
    return haystack.size() >= needle.size() && sameChars(haystack.utf16(), needle.utf16(), needle.size());
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
    for (qsizetype i = from; i <= last; ++i) {
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

/// Index of `c` in `haystack` at or after `from`, or -1: a plain loop, inlined. Model strings
/// are short and their separators come early, where Qt's vectorised search costs more to set up.
inline qsizetype indexOf(QStringView haystack, char16_t c, qsizetype from = 0)
{
    const char16_t *h = haystack.utf16();
    for (qsizetype i = from < 0 ? 0 : from; i < haystack.size(); ++i) {
        if (h[i] == c) {
            return i;
        }
    }
    return -1;
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
