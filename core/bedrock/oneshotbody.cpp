#include "oneshotbody.h"

#include <algorithm>
#include <cstring>

namespace brc::bedrock {

OneShotBody::OneShotBody(QByteArray bytes, QObject *parent)
    : QIODevice(parent)
    , m_bytes(std::move(bytes))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_bytes.size() - m_position + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, qint64(m_bytes.size()) - m_position);
    if (count <= 0) {
        return m_position >= m_bytes.size() ? -1 : 0;
    }
    std::memcpy(data, m_bytes.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace brc::bedrock
