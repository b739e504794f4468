#include "crc32.h"

#include <QtEndian>

#include <array>
#include <cstring>

namespace brc::bedrock {

namespace {

using Tables = std::array<std::array<quint32, 256>, 8>;

constexpr Tables makeTables()
{
    Tables t {};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k) {
            c = (c & 1U) ? (0xEDB88320U ^ (c >> 1)) : (c >> 1);
        }
        t[0][i] = c;
    }
    for (quint32 i = 0; i < 256; ++i) {
        for (std::size_t s = 1; s < 8; ++s) {
            t[s][i] = (t[s - 1][i] >> 8) ^ t[0][t[s - 1][i] & 0xFFU];
        }
    }
    return t;
}

constexpr Tables s_tables = makeTables();

} // namespace

quint32 crc32(QByteArrayView data, quint32 seed) noexcept
{
    quint32 crc = ~seed;
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    qsizetype n = data.size();
    // Slice-by-8 reads 8 bytes per step; the little-endian loads below assume the usual x86/ARM order.
    while (n >= 8) {
        quint32 lo = 0;
        quint32 hi = 0;
        std::memcpy(&lo, p, 4);
        std::memcpy(&hi, p + 4, 4);
        if constexpr (Q_BYTE_ORDER == Q_BIG_ENDIAN) {
            lo = qFromLittleEndian(lo);
            hi = qFromLittleEndian(hi);
        }
        lo ^= crc;
        crc = s_tables[7][lo & 0xFFU] ^ s_tables[6][(lo >> 8) & 0xFFU] ^ s_tables[5][(lo >> 16) & 0xFFU]
            ^ s_tables[4][lo >> 24] ^ s_tables[3][hi & 0xFFU] ^ s_tables[2][(hi >> 8) & 0xFFU]
            ^ s_tables[1][(hi >> 16) & 0xFFU] ^ s_tables[0][hi >> 24];
        p += 8;
        n -= 8;
    }
    while (n-- > 0) {
        crc = s_tables[0][(crc ^ *p++) & 0xFFU] ^ (crc >> 8);
    }
    return ~crc;
}

} // namespace brc::bedrock
