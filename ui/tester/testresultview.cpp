#include "testresultview.h"

#include "bedrock/eventstreammessage.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace brc::ui {

namespace {

QString orDash(qint64 value)
{
    return value < 0 ? QStringLiteral("–") : QString::number(value);
}

QPlainTextEdit *readOnlyText(const QString &name, QWidget *parent, bool monospace)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    if (monospace) {
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    return edit;
}

/// A JSON payload indented when it parses, else as it came.
QString pretty(const QByteArray &payload)
{
    const QJsonDocument json = QJsonDocument::fromJson(payload);
    return json.isNull() ? QString::fromUtf8(payload) : QString::fromUtf8(json.toJson(QJsonDocument::Indented));
}

} // namespace

TestResultView::TestResultView(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_status(new QLabel(this))
    , m_metrics(new QLabel(this))
    , m_answer(readOnlyText(QStringLiteral("answerText"), this, false))
    , m_errorBox(new QGroupBox(tr("Error"), this))
    , m_errorText(new QLabel(m_errorBox))
    , m_applyFix(new QPushButton(QIcon(QStringLiteral(":/brc/icons/fix.svg")), tr("Apply fix"), m_errorBox))
    , m_copyCurl(new QPushButton(tr("Copy as curl"), this))
    , m_tabs(new QTabWidget(this))
    , m_request(readOnlyText(QStringLiteral("requestText"), this, true))
    , m_response(readOnlyText(QStringLiteral("responseText"), this, true))
{
    // Streamed pieces are shown a few times a second, whatever their rate; the raw frame log
    // keeps its newest 5,000 lines.
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &TestResultView::flushPending);
    m_response->setMaximumBlockCount(5000);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_metrics->setObjectName(QStringLiteral("metricsLabel"));
    m_metrics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metrics->setWordWrap(true);
    m_errorBox->setObjectName(QStringLiteral("errorBox"));
    m_errorText->setObjectName(QStringLiteral("errorText"));
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_applyFix->setObjectName(QStringLiteral("applyFixButton"));
    m_copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyCurl->setAccessibleName(tr("Copy as curl: %1").arg(title));
    m_answer->setAccessibleName(tr("%1 answer").arg(title));
    m_answer->setPlaceholderText(tr("The answer appears here as it arrives."));
    m_tabs->setObjectName(QStringLiteral("detailTabs"));

    auto *errorLayout = new QVBoxLayout(m_errorBox);
    errorLayout->addWidget(m_errorText);
    errorLayout->addWidget(m_applyFix, 0, Qt::AlignLeft);
    m_errorBox->hide();

    m_tabs->addTab(m_answer, tr("Answer"));
    m_tabs->addTab(m_request, tr("Request as sent"));
    m_tabs->addTab(m_response, tr("Raw response"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_status, 1);
    header->addWidget(m_copyCurl);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_metrics);
    layout->addWidget(m_errorBox);
    layout->addWidget(m_tabs, 1);

    connect(m_applyFix, &QPushButton::clicked, this, &TestResultView::applyFixRequested);
    connect(m_copyCurl, &QPushButton::clicked, this, &TestResultView::copyCurlRequested);
    setCurlAvailable(false);
}

void TestResultView::schedulePending()
{
    // The first piece of text shows at once; later ones wait for the rest of the interval.
    const qint64 since = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : FlushIntervalMs;
    if (since >= FlushIntervalMs) {
        flushPending();
    } else if (!m_flush.isActive()) {
        m_flush.start(int(FlushIntervalMs - since));
    }
}

void TestResultView::flushPending()
{
    m_flush.stop();
    if (!m_pendingText.isEmpty()) {
        m_sinceFlush.start();
        showAnswerText(m_pendingText);
        m_pendingText.clear();
    }
    if (m_skippedFrames > 0) {
        m_pendingFrames.prepend(m_skippedFrames == 1
                ? tr("… 1 frame not shown: it arrived faster than the log shows …")
                : tr("… %L1 frames not shown: they arrived faster than the log shows …").arg(m_skippedFrames));
        m_skippedFrames = 0;
    }
    if (!m_pendingFrames.isEmpty()) {
        m_response->appendPlainText(m_pendingFrames.join(u'\n'));
        m_pendingFrames.clear();
    }
}

void TestResultView::showAnswerText(QStringView text)
{
    qsizetype shown = std::clamp<qsizetype>(AnswerViewChars - m_shownChars, 0, text.size());
    if (shown > 0 && shown < text.size() && text.at(shown - 1).isHighSurrogate()) {
        --shown; // never split a character
    }
    if (shown > 0) {
        m_answer->moveCursor(QTextCursor::End);
        m_answer->insertPlainText(text.left(shown).toString());
        m_shownChars += shown;
    }
    if (shown < text.size()) {
        if (m_hiddenChars == 0) {
            m_answer->moveCursor(QTextCursor::End);
            m_answer->insertPlainText(QStringLiteral("\n\n[…] ")
                + tr("The view shows the first %L1 characters of the answer.").arg(m_shownChars));
            m_shownChars = AnswerViewChars;
        }
        m_hiddenChars += text.size() - shown;
    }
}

void TestResultView::start(const QString &what)
{
    m_flush.stop();
    m_sinceFlush.invalidate();
    m_pendingText.clear();
    m_pendingFrames.clear();
    m_skippedFrames = 0;
    m_status->setText(what);
    m_metrics->clear();
    m_answer->clear();
    m_request->clear();
    m_response->clear();
    m_errorBox->hide();
    m_applyFix->hide();
    m_frames = 0;
    m_pieces = 0;
    m_shownChars = 0;
    m_hiddenChars = 0;
    m_tabs->setCurrentIndex(0);
}

void TestResultView::setStatus(const QString &status)
{
    m_status->setText(status);
}

void TestResultView::showRequest(const bedrock::SentRequest &request)
{
    QString text = QString::fromLatin1(request.method) + u' ' + QString::fromUtf8(request.url);
    if (request.attempt > 1) {
        text += tr("  (attempt %1)").arg(request.attempt);
    }
    text += u'\n';
    for (const aws::HttpHeader &header : request.headers) {
        text += QString::fromUtf8(header.name) + QStringLiteral(": ") + QString::fromUtf8(header.value) + u'\n';
    }
    text += u'\n' + pretty(request.body);
    m_request->setPlainText(text);
}

void TestResultView::appendFrame(const bedrock::EventStreamMessage &message)
{
    ++m_frames;
    QString line = QStringLiteral("#%1 %2 %3  ").arg(m_frames).arg(message.messageType(), message.eventType());
    line += QString::fromUtf8(message.payload.left(FrameLineChars));
    if (line.size() > FrameLineChars) {
        line.truncate(FrameLineChars);
    }
    if (message.payload.size() > FrameLineChars) {
        line += tr(" … (%L1 bytes)").arg(message.payload.size());
    }
    if (m_pendingFrames.size() >= FramesPerFlush) {
        m_pendingFrames.removeFirst();
        ++m_skippedFrames;
    }
    m_pendingFrames.append(line);
    if (!m_flush.isActive()) {
        m_flush.start(int(FlushIntervalMs));
    }
}

void TestResultView::appendText(const QString &text)
{
    ++m_pieces;
    if (m_hiddenChars > 0) {
        m_hiddenChars += text.size(); // the view is full: count, keep nothing
        return;
    }
    m_pendingText += text;
    schedulePending();
}

void TestResultView::showResponse(const bedrock::BedrockResponse &response)
{
    flushPending();
    const bedrock::StreamSummary &s = response.summary;
    if (m_answer->document()->isEmpty()) {
        showAnswerText(s.text);
    }
    if (!response.body.isEmpty()) {
        m_response->setPlainText(pretty(response.body));
    }
    m_status->setText(
        tr("HTTP %1 · %2").arg(response.httpStatus).arg(s.stopReason.isEmpty() ? tr("done") : s.stopReason));
    m_metrics->setText(
        tr("Stop reason: %1 · Tokens in/out: %2 / %3 · Latency: %4 ms (service %5 ms) · TTFT: %6 ms · "
           "Attempts: %7")
            .arg(s.stopReason.isEmpty() ? QStringLiteral("–") : s.stopReason, orDash(s.inputTokens),
                orDash(s.outputTokens), orDash(response.wallMs), orDash(s.latencyMs), orDash(response.ttftMs))
            .arg(response.attempts)
        + (m_hiddenChars > 0 ? tr(" · %L1 characters of the answer not shown").arg(m_hiddenChars) : QString()));
}

void TestResultView::showError(const Error &error, bool retryable, const QString &hint, const QString &fixDescription)
{
    flushPending();
    const QString type = error.awsType.isEmpty() ? error.code : error.awsType;
    m_status->setText(error.httpStatus > 0 ? tr("HTTP %1 · %2").arg(error.httpStatus).arg(type) : type);
    QString text = QStringLiteral("<b>%1</b>: %2<br>").arg(type.toHtmlEscaped(), error.message.toHtmlEscaped());
    text += retryable ? tr("A retry may succeed.") : tr("Retrying will not help.");
    if (!hint.isEmpty()) {
        text += QStringLiteral("<br>") + tr("Hint: %1").arg(hint.toHtmlEscaped());
    }
    m_errorText->setText(text);
    m_errorBox->show();
    m_applyFix->setVisible(!fixDescription.isEmpty());
    m_applyFix->setToolTip(fixDescription);
    if (m_response->toPlainText().isEmpty()) {
        m_response->setPlainText(error.toString());
    }
}

void TestResultView::setCurlAvailable(bool available)
{
    m_copyCurl->setEnabled(available);
}

QString TestResultView::answer() const
{
    return m_answer->toPlainText();
}

QString TestResultView::status() const
{
    return m_status->text();
}

} // namespace brc::ui
