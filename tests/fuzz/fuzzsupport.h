#pragma once

// Shared by the libFuzzer targets: an invariant check that libFuzzer records as a crash, and a
// reader that cuts one fuzz input into the several values a target needs.

#include <QByteArray>
#include <QByteArrayView>

#include <cstdio>
#include <cstdlib>

/// A broken invariant is a finding: print what broke and abort, so libFuzzer saves the input.
#define BRC_FUZZ_CHECK(condition)                                                                                      \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                   \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace brc::fuzz {

/// Reads an input front to back. Running out of bytes is not an error: every read then gives
/// zero or an empty field, so any input is a valid test case.
class FuzzInput final
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_data(reinterpret_cast<const char *>(data), qsizetype(size))
    {
    }

    bool atEnd() const { return m_pos >= m_data.size(); }
    qsizetype remaining() const { return m_data.size() - m_pos; }

    quint8 byte() { return atEnd() ? 0 : quint8(m_data[m_pos++]); }

    quint16 u16()
    {
        const quint16 high = byte();
        return quint16(high << 8 | byte());
    }

    /// The bytes up to the next `separator` (not included), or to the end.
    QByteArrayView field(char separator = '\n')
    {
        const QByteArrayView rest = m_data.sliced(qMin(m_pos, m_data.size()));
        const qsizetype at = rest.indexOf(separator);
        const qsizetype length = at < 0 ? rest.size() : at;
        m_pos += at < 0 ? length : length + 1;
        return rest.first(length);
    }

    /// Everything not read yet.
    QByteArrayView rest()
    {
        const QByteArrayView out = m_data.sliced(qMin(m_pos, m_data.size()));
        m_pos = m_data.size();
        return out;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

} // namespace brc::fuzz
