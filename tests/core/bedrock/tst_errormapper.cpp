#include "bedrock/errormapper.h"
#include "bedrock/eventstreamdecoder.h"
#include "eventstreamtestutil.h"

#include <QTest>

#include <limits>

using namespace brc;
using namespace brc::bedrock;

class TestErrorMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanType_data();
    void cleanType();
    void fromHttp_data();
    void fromHttp();
    void everyTypeRetryableAndHint_data();
    void everyTypeRetryableAndHint();
    void hints_data();
    void hints();
    void streamExceptions_data();
    void streamExceptions();
    void retryAfter_data();
    void retryAfter();
};

void TestErrorMapper::cleanType_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("clean");
    QTest::addRow("plain") << "ThrottlingException"
                           << "ThrottlingException";
    QTest::addRow("with url") << "ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/"
                              << "ValidationException";
    QTest::addRow("namespaced") << "com.amazon.coral.service#AccessDeniedException"
                                << "AccessDeniedException";
    QTest::addRow("both") << "aws.protocols#ThrottlingException:http://x"
                          << "ThrottlingException";
    QTest::addRow("empty") << ""
                           << "";
}

void TestErrorMapper::cleanType()
{
    QFETCH(QString, raw);
    QFETCH(QString, clean);
    QCOMPARE(ErrorMapper::cleanType(raw), clean);
}

void TestErrorMapper::fromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message");

    QTest::addRow("header wins over body")
        << 400 << QByteArray("ValidationException:http://internal.amazon.com/coral/")
        << QByteArray(R"({"__type":"x#Other","code":"AlsoOther","message":"bad"})") << "ValidationException"
        << "bad";
    QTest::addRow("body code") << 429 << QByteArray()
                               << QByteArray(R"({"code":"ThrottlingException","message":"slow down"})")
                               << "ThrottlingException"
                               << "slow down";
    QTest::addRow("body Code") << 400 << QByteArray()
                               << QByteArray(R"({"Code":"ServiceQuotaExceededException","Message":"quota"})")
                               << "ServiceQuotaExceededException"
                               << "quota";
    QTest::addRow("__type") << 403 << QByteArray()
                            << QByteArray(R"({"__type":"com.amazon.coral#AccessDeniedException","message":"no"})")
                            << "AccessDeniedException"
                            << "no";
    QTest::addRow("status only 503") << 503 << QByteArray() << QByteArray() << "ServiceUnavailableException"
                                     << "HTTP 503 from Bedrock";
    QTest::addRow("status only 404") << 404 << QByteArray() << QByteArray("not json") << "ResourceNotFoundException"
                                     << "HTTP 404 from Bedrock";
    QTest::addRow("unknown status") << 418 << QByteArray() << QByteArray() << "418"
                                    << "HTTP 418 from Bedrock";
}

void TestErrorMapper::fromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    QFETCH(QString, type);
    QFETCH(QString, message);
    const Error error = ErrorMapper::fromHttp(status, header, body);
    QCOMPARE(error.awsType, type);
    QCOMPARE(error.code, QStringLiteral("bedrock.") + type);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.message, message);
}

void TestErrorMapper::everyTypeRetryableAndHint_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    QTest::addRow("ValidationException") << "ValidationException" << 400 << false;
    QTest::addRow("ServiceQuotaExceededException") << "ServiceQuotaExceededException" << 400 << false;
    QTest::addRow("ConflictException") << "ConflictException" << 400 << false;
    QTest::addRow("AccessDeniedException") << "AccessDeniedException" << 403 << false;
    QTest::addRow("ResourceNotFoundException") << "ResourceNotFoundException" << 404 << false;
    QTest::addRow("ModelTimeoutException") << "ModelTimeoutException" << 408 << false;
    QTest::addRow("ModelErrorException") << "ModelErrorException" << 424 << false;
    QTest::addRow("ModelStreamErrorException") << "ModelStreamErrorException" << 424 << true;
    QTest::addRow("ThrottlingException") << "ThrottlingException" << 429 << true;
    QTest::addRow("ModelNotReadyException") << "ModelNotReadyException" << 429 << true;
    QTest::addRow("InternalServerException") << "InternalServerException" << 500 << true;
    QTest::addRow("ServiceUnavailableException") << "ServiceUnavailableException" << 503 << true;
    QTest::addRow("unknown 502") << "" << 502 << true;
}

void TestErrorMapper::everyTypeRetryableAndHint()
{
    QFETCH(QString, type);
    QFETCH(int, status);
    QFETCH(bool, retryable);
    const QByteArray header = type.toUtf8();
    const Error error = ErrorMapper::fromHttp(status, header, R"({"message":"m"})");
    if (!type.isEmpty()) {
        QCOMPARE(error.awsType, type);
        QCOMPARE(ErrorMapper::statusForType(type), status);
    }
    QCOMPARE(ErrorMapper::isRetryable(error), retryable);
    if (type != QLatin1String("ConflictException")) {
        QVERIFY2(!ErrorMapper::hint(error).isEmpty(), qPrintable(type));
    }
}

void TestErrorMapper::hints_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");
    QTest::addRow("on-demand")
        << "ValidationException"
        << "Invocation of model ID amazon.nova-pro-v1:0 with on-demand throughput isn't supported. "
           "Retry your request with the ID or ARN of an inference profile that contains this model."
        << "amazon.nova-pro-v1:0"
        << "eu-west-1"
        << "eu.amazon.nova-pro-v1:0";
    QTest::addRow("on-demand us") << "ValidationException"
                                  << "with on-demand throughput isn't supported"
                                  << "meta.llama3-3-70b-instruct-v1:0"
                                  << "us-east-1"
                                  << "us.meta.llama3-3-70b-instruct-v1:0";
    QTest::addRow("invalid id") << "ValidationException"
                                << "The provided model identifier is invalid."
                                << ""
                                << "eu-central-1"
                                << "prefix and the region disagree";
    QTest::addRow("access denied") << "AccessDeniedException"
                                   << "You don't have access to the model with the specified model ID."
                                   << ""
                                   << ""
                                   << "every destination region";
    QTest::addRow("quota") << "ServiceQuotaExceededException"
                           << "Too many"
                           << ""
                           << ""
                           << "HTTP 400, not a throttle";
    QTest::addRow("signature") << "InvalidSignatureException"
                               << "sig"
                               << ""
                               << ""
                               << "'bedrock'";
}

void TestErrorMapper::hints()
{
    QFETCH(QString, type);
    QFETCH(QString, message);
    QFETCH(QString, model);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    Error error(QStringLiteral("bedrock.") + type, message);
    error.awsType = type;
    error.httpStatus = ErrorMapper::statusForType(type);
    const QString hint = ErrorMapper::hint(error, model, region);
    QVERIFY2(hint.contains(expected), qPrintable(hint));
}

void TestErrorMapper::streamExceptions_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message");
    using namespace brc::bedrock::test;
    const QByteArray exceptionHeaders = stringHeader(":exception-type", "throttlingException")
        + stringHeader(":content-type", "application/json") + stringHeader(":message-type", "exception");
    QTest::addRow("exception") << frame(exceptionHeaders, R"({"message":"slow"})") << "ThrottlingException"
                               << "slow";
    const QByteArray modelStream
        = stringHeader(":exception-type", "modelStreamErrorException") + stringHeader(":message-type", "exception");
    QTest::addRow("model stream error") << frame(
        modelStream, R"({"message":"Model stream error","originalStatusCode":500,"originalMessage":"reset"})")
                                        << "ModelStreamErrorException"
                                        << "Model stream error (model said: reset)";
    const QByteArray errorHeaders = stringHeader(":error-code", "InternalFailure")
        + stringHeader(":error-message", "oops") + stringHeader(":message-type", "error");
    QTest::addRow("error message type") << frame(errorHeaders, "") << "InternalFailure"
                                        << "oops";
}

void TestErrorMapper::streamExceptions()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, type);
    QFETCH(QString, message);
    auto decoded = EventStreamDecoder::decodeAll(frame);
    QVERIFY(decoded.hasValue());
    const Error error = ErrorMapper::fromStreamMessage(decoded->first());
    QCOMPARE(error.awsType, type);
    QCOMPARE(error.message, message);
}

void TestErrorMapper::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("maxDelayMs");
    QTest::addColumn<int>("expected");
    QTest::addRow("absent") << QByteArray() << 20000 << -1;
    QTest::addRow("seconds") << QByteArray("3") << 20000 << 3000;
    QTest::addRow("spaces") << QByteArray(" 2 ") << 20000 << 2000;
    QTest::addRow("zero") << QByteArray("0") << 20000 << 0;
    QTest::addRow("capped") << QByteArray("60") << 20000 << 20000;
    QTest::addRow("negative") << QByteArray("-5") << 20000 << -1;
    QTest::addRow("http date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 20000 << -1;
    QTest::addRow("fraction") << QByteArray("1.5") << 20000 << -1;
    // Seconds whose value in ms does not fit in 64 bits: capped, where the client used to
    // multiply by 1000 first (signed overflow).
    QTest::addRow("overflows in ms") << QByteArray("99999999999999999") << 20000 << 20000;
    QTest::addRow("int64 max") << QByteArray("9223372036854775807") << 20000 << 20000;
    QTest::addRow("beyond int64") << QByteArray("9223372036854775808") << 20000 << -1;
    QTest::addRow("cap below a second") << QByteArray("1") << 999 << 999;
    QTest::addRow("cap int max") << QByteArray("2147484") << std::numeric_limits<int>::max()
                                 << std::numeric_limits<int>::max();
}

void TestErrorMapper::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, maxDelayMs);
    QFETCH(int, expected);
    QCOMPARE(ErrorMapper::retryAfterMs(header, maxDelayMs), expected);
}

QTEST_GUILESS_MAIN(TestErrorMapper)
#include "tst_errormapper.moc"
