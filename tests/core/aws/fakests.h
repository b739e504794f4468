#pragma once

// A stand-in for AWS STS on loopback, for tests: answers each HTTP/1.1 request with the next
// canned reply (or the last one again) and records what it received. Header-only so the CLI
// tests can use it too.

#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

struct FakeStsRequest
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct FakeStsReply
{
    int status = 200;
    QByteArray body;
};

class FakeSts final : public QObject
{
public:
    FakeSts()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                    delete buffer;
                    socket->deleteLater();
                });
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    serve(socket, *buffer);
                });
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QByteArray url() const { return "http://127.0.0.1:" + QByteArray::number(port()) + '/'; }
    void setReplies(QList<FakeStsReply> replies) { m_replies = std::move(replies); }
    const QList<FakeStsRequest> &requests() const { return m_requests; }

    static QByteArray identityXml(const QByteArray &account = "123456789012")
    {
        return "<GetCallerIdentityResponse "
               "xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"
               "<Arn>arn:aws:iam::"
            + account + ":user/tester</Arn><UserId>AIDAEXAMPLE</UserId><Account>" + account
            + "</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata>"
              "</GetCallerIdentityResponse>";
    }
    static QByteArray assumeRoleXml(const QByteArray &expiration)
    {
        return "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>"
               "<Credentials><AccessKeyId>ASIATEMP</AccessKeyId><SecretAccessKey>temp-secret</SecretAccessKey>"
               "<SessionToken>temp-token</SessionToken><Expiration>"
            + expiration
            + "</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROA:s</AssumedRoleId>"
              "<Arn>arn:aws:sts::123456789012:assumed-role/bedrock/s</Arn></AssumedRoleUser></AssumeRoleResult>"
              "</AssumeRoleResponse>";
    }
    static QByteArray errorXml(const QByteArray &code, const QByteArray &message)
    {
        return "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type><Code>"
            + code + "</Code><Message>" + message + "</Message></Error><RequestId>r2</RequestId></ErrorResponse>";
    }

private:
    void serve(QTcpSocket *socket, QByteArray &buffer)
    {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        FakeStsRequest request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                request.headers.insert(
                    lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length) {
            return;
        }
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);
        const FakeStsReply reply = m_replies.isEmpty()
            ? FakeStsReply { 200, identityXml() }
            : m_replies.value(qMin(m_requests.size() - 1, m_replies.size() - 1));
        socket->write("HTTP/1.1 " + QByteArray::number(reply.status)
            + " X\r\nContent-Type: text/xml\r\nContent-Length: " + QByteArray::number(reply.body.size())
            + "\r\nConnection: close\r\n\r\n" + reply.body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<FakeStsReply> m_replies;
    QList<FakeStsRequest> m_requests;
};
