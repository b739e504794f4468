#pragma once

#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>

#include <string>

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

/// Exact equality, sizes first: most candidates differ in length, and QStringView's operator==
/// in Qt 6.4 compares before it looks at the sizes.
inline bool equals(QStringView a, QStringView b)
{
    return a.size() == b.size() && std::char_traits<char16_t>::compare(a.utf16(), b.utf16(), size_t(a.size())) == 0;
}

/// Whether `haystack` starts with `needle`, compared exactly.
inline bool startsWith(QStringView haystack, QStringView needle)
{
    return haystack.size() >= needle.size()
        && std::char_traits<char16_t>::compare(haystack.utf16(), needle.utf16(), size_t(needle.size())) == 0;
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

} // namespace brc::route::text
