#pragma once

#include <QByteArray>
#include <QIODevice>

namespace brc::bedrock {

/// A request body that can be read once and never rewound.
///
/// QNetworkAccessManager silently sends a request again when the connection closes before the
/// answer starts (it cannot tell a dropped keep-alive connection from a server that read the
/// request and died). A model call is not idempotent, and BedrockCall counts and spaces its own
/// attempts, so the body refuses the rewind: Qt then reports ContentReSendError instead of
/// sending a second, uncounted copy.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(QByteArray bytes, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_bytes.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    const QByteArray m_bytes;
    qint64 m_position = 0;
};

} // namespace brc::bedrock
