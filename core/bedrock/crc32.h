#pragma once

#include <QByteArrayView>

namespace brc::bedrock {

/// CRC-32 (IEEE 802.3, the polynomial zlib and the AWS event-stream framing use), computed
/// slice-by-8. `seed` is a previous result, so crc32(b, crc32(a)) == crc32(a + b).
/// crc32("123456789") == 0xCBF43926.
[[nodiscard]] quint32 crc32(QByteArrayView data, quint32 seed = 0) noexcept;

} // namespace brc::bedrock
