#pragma once

#include "aws/curlcommand.h"
#include "bedrock/bedrockrequest.h"
#include "bedrock/bedrockresponse.h"
#include "bedrock/routerequestbuilder.h"
#include "common/result.h"
#include "health/healthplanner.h"
#include "route/diagnostic.h"
#include "route/parsedroute.h"

#include <QPointer>
#include <QWidget>

#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace brc::aws {
struct ResolvedCredentials;
}
namespace brc::bedrock {
class BedrockCall;
}
namespace brc::route {
class RouteParser;
}

namespace brc::ui {

class ConfigSession;
class TestHistoryModel;
class TestResultView;
struct ConsoleServices;

/// Sends the selected deployment (or any model string typed in) the way LiteLLM would, through
/// Converse, Invoke or both side by side, and shows each answer as it streams with its figures,
/// the request as sent and the raw frames. Errors are explained; a fix the hint implies is
/// applied to the deployment as an undoable edit. Nothing blocks: credentials and calls go
/// through core's asynchronous jobs, and Cancel stops them at any moment.
class RouteTesterPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteTesterPanel)

public:
    enum class Apis { Converse, Invoke, Both };

    RouteTesterPanel(
        ConfigSession &session, const route::RouteParser &parser, ConsoleServices &services, QWidget *parent = nullptr);
    ~RouteTesterPanel() override;

    /// Shows deployment `row` of the session's document (-1: none).
    void setRow(int row);
    int row() const { return m_row; }
    void run(Apis apis);
    void cancel();
    bool isRunning() const;
    /// Re-reads the managed and AWS profiles for the profile choice.
    void reloadProfiles();
    /// The curl command for `api`'s last request (environment references, no secret), or empty.
    QString curlCommand(bedrock::RouteApi api) const;
    /// Applies the fix offered for `api`'s last error; false when there is none.
    bool applyFix(bedrock::RouteApi api);

    TestResultView *resultView(bedrock::RouteApi api) const;
    TestHistoryModel *historyModel() const { return m_history; }
    QLineEdit *modelEdit() const { return m_model; }
    QPlainTextEdit *promptEdit() const { return m_prompt; }
    QCheckBox *streamCheck() const { return m_stream; }
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QComboBox *profileCombo() const { return m_profile; }

Q_SIGNALS:
    /// Every side of the last run has finished (or was cancelled).
    void testFinished();
    void statusMessage(const QString &message);

private:
    struct Side
    {
        bedrock::RouteApi api = bedrock::RouteApi::Converse;
        TestResultView *view = nullptr;
        QPointer<bedrock::BedrockCall> call;
        std::optional<bedrock::BedrockRequest> request;
        std::optional<route::Diagnostic> fix;
        bool active = false;
        bool running = false;
    };

    void buildForm();
    void refreshFromDocument(int row);
    void updateButtons();
    void onCredentials(int generation, const Result<aws::ResolvedCredentials> &credentials);
    void send(Side &side, const bedrock::BedrockAuth &auth);
    void onFinished(Side &side, const Result<bedrock::BedrockResponse> &result);
    void fail(Side &side, const Error &error);
    void finishSide(Side &side);
    Side &side(bedrock::RouteApi api);
    const Side &side(bedrock::RouteApi api) const;
    QString deploymentKey() const;
    bool modelIsDeployment() const;

    ConfigSession &m_session;
    const route::RouteParser &m_parser;
    ConsoleServices &m_services;
    health::HealthPlanner m_planner;
    int m_row = -1;
    int m_generation = 0;
    route::ParsedRoute m_route;
    aws::CurlAuth m_curlAuth = aws::CurlAuth::SigV4;
    std::array<Side, 2> m_sides;

    QLabel *m_deploymentLabel = nullptr;
    QLineEdit *m_model = nullptr;
    QPlainTextEdit *m_prompt = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QCheckBox *m_stream = nullptr;
    QComboBox *m_profile = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QPushButton *m_converse = nullptr;
    QPushButton *m_invoke = nullptr;
    QPushButton *m_both = nullptr;
    QPushButton *m_cancel = nullptr;
    TestHistoryModel *m_history = nullptr;
    QTableView *m_historyView = nullptr;
};

} // namespace brc::ui
