#pragma once

#include "textsearch.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace brc::route {

/// A fixed set of strings looked up by view: no QString is built for a lookup, and a hit hands
/// back the stored string, so a caller that keeps it shares its data instead of copying text.
///
///     StringIndex regions({ u"us-east-1"_s, u"eu-west-1"_s });
///     if (const QString *r = regions.find(QStringView(input).mid(8, 9))) view.region = *r;
///
/// Immutable after construction.
class StringIndex final
{
public:
    StringIndex() = default;
    template <typename Range> explicit StringIndex(const Range &strings)
    {
        for (const QString &s : strings) {
            m_strings.append(s);
        }
        rebuild();
    }

    /// Position of `key` in the strings given at construction (first occurrence), or -1.
    qsizetype indexOf(QStringView key) const
    {
        const qsizetype n = key.size();
        // Most lookups that miss are of text whose length no stored string has.
        if (n < m_minLength || n > m_maxLength) {
            return -1;
        }
        const char16_t *k = key.utf16();
        for (size_t slot = hash(k, n) & m_mask;; slot = (slot + 1) & m_mask) {
            const qint32 at = m_slots[slot];
            if (at < 0) {
                return -1;
            }
            const QString &s = m_strings.at(at);
            if (s.size() == n && text::sameChars(reinterpret_cast<const char16_t *>(s.constData()), k, n)) {
                return at;
            }
        }
    }
    /// The stored string equal to `key`, or nullptr.
    const QString *find(QStringView key) const
    {
        const qsizetype i = indexOf(key);
        return i < 0 ? nullptr : &m_strings.at(i);
    }
    bool contains(QStringView key) const { return indexOf(key) >= 0; }
    /// The stored string equal to `key` when there is one, else a new string holding `key`.
    QString intern(QStringView key) const
    {
        const QString *stored = find(key);
        return stored ? *stored : key.toString();
    }
    const QList<QString> &strings() const { return m_strings; }

private:
    /// FNV-1a over 8-byte words: keys are short, and most lookups are hits or differ early.
    static size_t hash(const char16_t *text, qsizetype length)
    {
        quint64 h = 0xcbf29ce484222325ULL;
        const auto mix = [&h](quint64 word) {
            h = (h ^ word) * 0x100000001b3ULL;
            h ^= h >> 29;
        };
        qsizetype i = 0;
        for (; i + 4 <= length; i += 4) {
            quint64 word;
            std::memcpy(&word, text + i, sizeof word);
            mix(word);
        }
        quint64 tail = quint64(length);
        for (; i < length; ++i) {
            tail = (tail << 16) | text[i];
        }
        mix(tail);
        return size_t(h);
    }

    void rebuild()
    {
        size_t capacity = 8;
        while (capacity < size_t(m_strings.size()) * 2) {
            capacity *= 2;
        }
        m_slots.assign(capacity, -1);
        m_mask = capacity - 1;
        m_minLength = 0;
        m_maxLength = -1;
        if (!m_strings.isEmpty()) {
            m_minLength = m_strings.constFirst().size();
            m_maxLength = m_minLength;
            for (const QString &s : m_strings) {
                m_minLength = std::min(m_minLength, s.size());
                m_maxLength = std::max(m_maxLength, s.size());
            }
        }
        for (qsizetype i = 0; i < m_strings.size(); ++i) {
            const QString &s = m_strings.at(i);
            if (indexOf(s) >= 0) {
                continue; // the first occurrence wins
            }
            size_t slot = hash(reinterpret_cast<const char16_t *>(s.constData()), s.size()) & m_mask;
            while (m_slots[slot] >= 0) {
                slot = (slot + 1) & m_mask;
            }
            m_slots[slot] = qint32(i);
        }
    }

    QList<QString> m_strings; ///< never modified after construction
    std::vector<qint32> m_slots; ///< open addressing, linear probing: index into m_strings, or -1
    size_t m_mask = 0;
    qsizetype m_minLength = 0; ///< the shortest stored string's length
    qsizetype m_maxLength = -1; ///< the longest's; -1 when empty, so every lookup misses
};

} // namespace brc::route
