// A private instance of the local Bedrock (tests/fakebedrock/server.js) for one test program, so
// that its request log and counters belong to that program alone and `--fault` markers can be
// applied to every request. Needs BRC_NODE_EXECUTABLE and BRC_SOURCE_DIR.
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

class FakeBedrockProcess
{
public:
    FakeBedrockProcess() = default;
    FakeBedrockProcess(const FakeBedrockProcess &) = delete;
    FakeBedrockProcess &operator=(const FakeBedrockProcess &) = delete;
    ~FakeBedrockProcess() { stop(); }

    /// Starts node server.js on a free loopback port; false (with the server's output in
    /// errorText()) when it did not come up within 20 s.
    bool start(const QString &fault = QString())
    {
        stop();
        const QString portFile = m_dir.filePath(QStringLiteral("port"));
        QFile::remove(portFile);
        QStringList arguments { QStringLiteral(BRC_SOURCE_DIR "/tests/fakebedrock/server.js"), QStringLiteral("--port"),
            QStringLiteral("0"), QStringLiteral("--port-file"), portFile };
        if (!fault.isEmpty()) {
            arguments << QStringLiteral("--fault") << fault;
        }
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(QStringLiteral(BRC_NODE_EXECUTABLE), arguments);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 20000) {
            QFile file(portFile);
            if (file.open(QIODevice::ReadOnly)) {
                m_port = file.readAll().trimmed().toInt();
                if (m_port > 0) {
                    return true;
                }
            }
            if (m_process->state() == QProcess::NotRunning) {
                break;
            }
            m_process->waitForReadyRead(50);
        }
        m_error = QString::fromUtf8(m_process->readAll());
        return false;
    }

    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_process.reset();
        m_port = 0;
    }

    int port() const { return m_port; }
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString errorText() const { return m_error; }

    /// Clears the request log, the fail counters and the byte statistics.
    void reset() { control("/__control/reset", true); }
    /// The requests the server received since the last reset, oldest first.
    QJsonArray requests() { return QJsonDocument::fromJson(control("/__control/requests", false)).array(); }
    /// Bytes written by endless and trickled answers, and how many ended because the client left.
    QJsonObject stats() { return QJsonDocument::fromJson(control("/__control/stats", false)).object(); }

private:
    QByteArray control(const char *path, bool post)
    {
        QNetworkAccessManager network;
        const QNetworkRequest request(QUrl(endpoint() + QLatin1String(path)));
        std::unique_ptr<QNetworkReply> reply(post ? network.post(request, QByteArray()) : network.get(request));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished()) {
            loop.exec();
        }
        return reply->readAll();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    QString m_error;
};
