#pragma once

#include "route/parsedroute.h"
#include "route/routecontext.h"

#include <QColor>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QPalette;
class QLabel;
class QLineEdit;

namespace brc::route {
class ModelCatalog;
class RouteParser;
} // namespace brc::route

namespace brc::ui {

/// One model string taken apart: the string with each segment coloured and labelled, then the
/// LiteLLM view and the AWS view side by side, for the LiteLLM version chosen.
class RouteBreakdownPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteBreakdownPanel)

public:
    explicit RouteBreakdownPanel(const route::ModelCatalog &catalog, QWidget *parent = nullptr);
    ~RouteBreakdownPanel() override;

    /// Shows `model` as called with `context` (a deployment's region, endpoint, ...).
    void setRoute(const QString &model, const route::RouteContext &context);
    /// Shows nothing.
    void clear();
    /// The profile short name ("1.81", "1.53").
    QString litellmVersion() const;
    void setLitellmVersion(const QString &shortName);
    const route::ParsedRoute &parsed() const { return m_parsed; }

    /// The hue of a kind of segment (its underline).
    static QColor segmentColour(route::SegmentKind kind);
    /// The tint drawn under a segment's text (the palette's window text) on `palette`'s window.
    static QColor segmentBackground(route::SegmentKind kind, const QPalette &palette);
    /// The colour of a segment's kind label, readable on `palette`'s window.
    static QColor segmentLabelColour(route::SegmentKind kind, const QPalette &palette);

Q_SIGNALS:
    void litellmVersionChanged(const QString &shortName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void setRow(QLabel *label, const QString &text, bool problem = false);

    std::vector<std::unique_ptr<route::RouteParser>> m_parsers; ///< one per LiteLLM profile
    route::RouteContext m_context;
    route::ParsedRoute m_parsed;
    QLineEdit *m_input;
    QComboBox *m_version;
    QLabel *m_segments;
    QLabel *m_diagnostics;

    QLabel *m_llRoute;
    QLabel *m_llClass;
    QLabel *m_llProvider;
    QLabel *m_llModelId;
    QLabel *m_llPath;
    QLabel *m_llRegion;
    QLabel *m_llUrl;
    QLabel *m_llStreamUrl;
    QLabel *m_llError;

    QLabel *m_awsModelId;
    QLabel *m_awsProvider;
    QLabel *m_awsGeo;
    QLabel *m_awsArn;
    QLabel *m_awsRegion;
    QLabel *m_awsConverse;
    QLabel *m_awsConverseStream;
    QLabel *m_awsInvoke;
    QLabel *m_awsInvokeStream;
    QLabel *m_awsFacts;
};

} // namespace brc::ui
