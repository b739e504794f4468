#pragma once

#include "common/immortalstring.h"
#include "textsearch.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <string>
#include <vector>

namespace brc::route {

/// A fixed set of strings looked up by view: no QString is built for a lookup, and a hit hands
/// back the stored string, so a caller that keeps it shares its data instead of copying text.
/// The stored strings are immortal (immortalString): keeping one costs no reference count.
///
///     StringIndex regions({ u"us-east-1"_s, u"eu-west-1"_s });
///     if (const QString *r = regions.find(QStringView(input).mid(8, 9))) view.region = *r;
///
/// Immutable after construction, and safe to read from several threads at once.
class StringIndex final
{
public:
    StringIndex() = default;
    template <typename Range> explicit StringIndex(const Range &strings)
    {
        for (const QString &s : strings) {
            m_strings.append(immortalString(s));
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
        // One parse asks for the same id more than once (LiteLLM's view, then AWS's): try the
        // last string found before hashing. A hint is only a guess, checked like any candidate;
        // it carries the length, so a wrong guess is mostly refused without reading the string.
        if (const Hint hint = m_lastFound.load(); hint.length == n && hint.at >= 0 && matches(hint.at, k, n)) {
            return hint.at;
        }
        const size_t h = hash(k, n);
        const quint32 tag = tagOf(h, n);
        for (size_t slot = h & m_mask;; slot = (slot + 1) & m_mask) {
            const Slot &candidate = m_slots[slot];
            if (candidate.at < 0) {
                return -1;
            }
            // The tag settles almost every other key without touching the strings.
            if (candidate.tag == tag && matches(candidate.at, k, n)) {
                m_lastFound.store({ candidate.at, qint32(n) });
                return candidate.at;
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
    bool matches(qint32 at, const char16_t *key, qsizetype n) const
    {
        const QString &s = m_strings.at(at);
        return s.size() == n && text::sameChars(reinterpret_cast<const char16_t *>(s.constData()), key, n);
    }

    /// A position found, with the length of its string.
    struct Hint
    {
        qint32 at = -1;
        qint32 length = -1;
    };

    /// The last hit, -1 before any. Threads that share the index overwrite each other's,
    /// harmlessly: every value is a valid position and its length, stored as one relaxed
    /// 64-bit atomic (a plain load or store).
    class LastFound
    {
    public:
        LastFound() = default;
        LastFound(const LastFound &other)
            : m_packed(other.m_packed.load(std::memory_order_relaxed))
        {
        }
        LastFound &operator=(const LastFound &other)
        {
            m_packed.store(other.m_packed.load(std::memory_order_relaxed), std::memory_order_relaxed);
            return *this;
        }
        Hint load() const
        {
            const quint64 packed = m_packed.load(std::memory_order_relaxed);
            return { qint32(quint32(packed)), qint32(quint32(packed >> 32)) };
        }
        void store(Hint hint) const
        {
            const quint64 packed = (quint64(quint32(hint.length)) << 32) | quint32(hint.at);
            if (m_packed.load(std::memory_order_relaxed) != packed) {
                m_packed.store(packed, std::memory_order_relaxed); // written only when it changes
            }
        }

    private:
        mutable std::atomic<quint64> m_packed { ~quint64(0) };
    };

    /// A slot of the table: a position in m_strings (-1 when empty) and a tag of its key.
    struct Slot
    {
        qint32 at = -1;
        quint32 tag = 0;
    };

    /// The hash's high bits and the length: equal keys have equal tags, and keys that differ
    /// almost never do.
    static quint32 tagOf(size_t hash, qsizetype length) { return quint32(quint64(hash) >> 32) ^ quint32(length); }

    /// FNV-1a-like mixing of 8-byte words in two independent lanes, so that a long key (a model
    /// id) takes half as many dependent multiplications.
    static size_t hash(const char16_t *text, qsizetype length)
    {
        quint64 a = 0xcbf29ce484222325ULL;
        quint64 b = 0x84222325cbf29ce4ULL ^ quint64(length);
        const auto mix = [](quint64 &h, quint64 word) {
            h = (h ^ word) * 0x100000001b3ULL;
            h ^= h >> 29;
        };
        const auto wordAt = [text](qsizetype i) {
            quint64 word;
            std::memcpy(&word, text + i, sizeof word);
            return word;
        };
        qsizetype i = 0;
        for (; i + 8 <= length; i += 8) {
            mix(a, wordAt(i));
            mix(b, wordAt(i + 4));
        }
        if (i + 4 <= length) {
            mix(b, wordAt(i));
            i += 4;
        }
        if (i < length && length >= 4) {
            // The last one to three characters, in the word that ends the key (overlapping what
            // came before; the length mixed in above keeps "abcd" and "abcdcd" apart).
            mix(a, wordAt(length - 4));
        } else {
            quint64 tail = 0;
            for (; i < length; ++i) {
                tail = (tail << 16) | text[i];
            }
            mix(a, tail);
        }
        mix(a, b);
        return size_t(a);
    }

    void rebuild()
    {
        size_t capacity = 8;
        while (capacity < size_t(m_strings.size()) * 2) {
            capacity *= 2;
        }
        m_slots.assign(capacity, Slot {});
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
            const size_t h = hash(reinterpret_cast<const char16_t *>(s.constData()), s.size());
            size_t slot = h & m_mask;
            while (m_slots[slot].at >= 0) {
                slot = (slot + 1) & m_mask;
            }
            m_slots[slot] = { qint32(i), tagOf(h, s.size()) };
        }
    }

    QList<QString> m_strings; ///< never modified after construction
    std::vector<Slot> m_slots; ///< open addressing, linear probing
    size_t m_mask = 0;
    qsizetype m_minLength = 0; ///< the shortest stored string's length
    qsizetype m_maxLength = -1; ///< the longest's; -1 when empty, so every lookup misses
    LastFound m_lastFound;
};

} // namespace brc::route
