#pragma once

#include "bedrock/bedrockrequest.h"
#include "bedrock/bedrockresponse.h"
#include "common/result.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace brc::bedrock {
struct EventStreamMessage;
}

namespace brc::ui {

/// One side of the route tester (Converse or Invoke): the answer as it streams, the figures
/// (HTTP status, stop reason, tokens, latency, time to first token), the request as sent and the
/// raw response or event frames, and for a failure the AWS error explained, with a fix to apply
/// when the hint implies a config change.
class TestResultView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestResultView)

public:
    explicit TestResultView(const QString &title, QWidget *parent = nullptr);

    /// Clears the view for a new test; `what` says what is about to happen ("Resolving credentials…").
    void start(const QString &what);
    void setStatus(const QString &status);
    void showRequest(const bedrock::SentRequest &request);
    void appendFrame(const bedrock::EventStreamMessage &message);
    void appendText(const QString &text);
    void showResponse(const bedrock::BedrockResponse &response);
    /// A failure: type, message, whether a retry helps, the hint, and (when not empty) the fix
    /// offered as a button.
    void showError(const Error &error, bool retryable, const QString &hint, const QString &fixDescription);
    /// Whether "Copy as curl" has something to copy.
    void setCurlAvailable(bool available);

    QString answer() const;
    QString status() const;
    QPushButton *applyFixButton() const { return m_applyFix; }
    QPushButton *copyCurlButton() const { return m_copyCurl; }
    int frameCount() const { return m_frames; }
    /// How many text pieces the answer arrived in.
    int textPieces() const { return m_pieces; }
    /// Characters of the answer that arrived beyond what the view shows.
    qsizetype hiddenAnswerChars() const { return m_hiddenChars; }

    /// The answer view shows at most this many characters: laying out text costs time in
    /// proportion to the length of its paragraph, and a model (or a broken peer) can send
    /// megabytes without a line break.
    static constexpr qsizetype AnswerViewChars = 100000;
    /// A frame line in the response log is cut at this many characters, for the same reason.
    static constexpr qsizetype FrameLineChars = 1000;
    /// At most this many frame lines are added per refresh of the view; when frames arrive
    /// faster, the log says how many it skipped and shows the newest.
    static constexpr qsizetype FramesPerFlush = 50;

Q_SIGNALS:
    void applyFixRequested();
    void copyCurlRequested();

private:
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_metrics;
    QPlainTextEdit *m_answer;
    QGroupBox *m_errorBox;
    QLabel *m_errorText;
    QPushButton *m_applyFix;
    QPushButton *m_copyCurl;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_response;
    int m_frames = 0;
    int m_pieces = 0;
    qsizetype m_shownChars = 0;
    qsizetype m_hiddenChars = 0;
    void showAnswerText(QStringView text);

    /// Streamed text and frame lines not shown yet: a stream can deliver thousands of pieces in
    /// one turn of the event loop, and laying out the text for each would freeze the window.
    static constexpr qint64 FlushIntervalMs = 40;
    void schedulePending();
    void flushPending();
    QString m_pendingText;
    QStringList m_pendingFrames;
    qsizetype m_skippedFrames = 0;
    QTimer m_flush;
    QElapsedTimer m_sinceFlush;
};

} // namespace brc::ui
