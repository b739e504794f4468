#include "routebreakdownpanel.h"

#include "common/formpage.h"
#include "common/palettecolours.h"
#include "route/litellmprofile.h"
#include "route/modelcatalog.h"
#include "route/routeparser.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QVBoxLayout>

namespace brc::ui {

namespace {

constexpr double s_tint = 0.28;

} // namespace

QColor RouteBreakdownPanel::segmentColour(route::SegmentKind kind)
{
    using K = route::SegmentKind;
    switch (kind) {
    case K::ProviderPrefix:
        return QColor(0x80, 0x80, 0x80);
    case K::RouteMarker:
        return QColor(0xe0, 0x6c, 0x00);
    case K::Spec:
        return QColor(0xb0, 0x40, 0xc0);
    case K::RegionPath:
    case K::GeoPrefix:
    case K::ArnRegion:
        return QColor(0x1e, 0x88, 0xe5);
    case K::Vendor:
        return QColor(0x2e, 0x9d, 0x4a);
    case K::Model:
        return QColor(0x00, 0x96, 0x88);
    case K::Version:
    case K::Suffix:
        return QColor(0x8d, 0x6e, 0x63);
    case K::ArnPrefix:
    case K::ArnPartition:
    case K::ArnService:
        return QColor(0x78, 0x90, 0x9c);
    case K::ArnAccount:
        return QColor(0x5c, 0x6b, 0xc0);
    case K::ArnResourceType:
        return QColor(0xc0, 0x8a, 0x00);
    case K::ArnResourceId:
    case K::AgentId:
        return QColor(0x00, 0x96, 0x88);
    case K::Unparsed:
        return QColor(0xd3, 0x2f, 0x2f);
    }
    return QColor(0x80, 0x80, 0x80);
}

QColor RouteBreakdownPanel::segmentBackground(route::SegmentKind kind, const QPalette &palette)
{
    return PaletteColours::blend(segmentColour(kind), s_tint, palette.color(QPalette::Window));
}

QColor RouteBreakdownPanel::segmentLabelColour(route::SegmentKind kind, const QPalette &palette)
{
    return PaletteColours::readableOn(segmentColour(kind), palette.color(QPalette::Window));
}

namespace {

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::TabFocus);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString orDash(const std::optional<QString> &value)
{
    return value && !value->isEmpty() ? *value : QStringLiteral("—");
}

QString orDash(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("—") : value;
}

} // namespace

RouteBreakdownPanel::RouteBreakdownPanel(const route::ModelCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_input(new QLineEdit(this))
    , m_version(new QComboBox(this))
    , m_segments(new QLabel(this))
    , m_diagnostics(new QLabel(this))
{
    setObjectName(QStringLiteral("routeBreakdownPanel"));
    for (const route::LiteLlmProfile &profile : route::LiteLlmProfile::all()) {
        m_parsers.push_back(std::make_unique<route::RouteParser>(profile, catalog));
        m_version->addItem(tr("LiteLLM %1").arg(profile.shortName), profile.shortName);
        m_version->setItemData(m_version->count() - 1, profile.description, Qt::ToolTipRole);
    }
    m_version->setObjectName(QStringLiteral("litellmVersionCombo"));
    m_version->setAccessibleName(tr("LiteLLM version"));
    m_input->setObjectName(QStringLiteral("breakdownInput"));
    m_input->setAccessibleName(tr("Model string to break down"));
    m_input->setPlaceholderText(tr("Type any model string, e.g. bedrock/invoke/eu.amazon.nova-micro-v1:0"));
    m_input->setClearButtonEnabled(true);
    m_segments->setObjectName(QStringLiteral("segmentStrip"));
    m_segments->setTextFormat(Qt::RichText);
    m_segments->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_segments->setAccessibleName(tr("Model string segments"));
    m_diagnostics->setObjectName(QStringLiteral("breakdownDiagnostics"));
    m_diagnostics->setTextFormat(Qt::RichText);
    m_diagnostics->setWordWrap(true);

    auto *top = new QHBoxLayout;
    auto *inputLabel = new QLabel(tr("&Model string:"), this);
    inputLabel->setBuddy(m_input);
    top->addWidget(inputLabel);
    top->addWidget(m_input, 1);
    auto *versionLabel = new QLabel(tr("&Read as:"), this);
    versionLabel->setBuddy(m_version);
    top->addWidget(versionLabel);
    top->addWidget(m_version);

    auto *litellmBox = new QGroupBox(tr("LiteLLM view"), this);
    litellmBox->setObjectName(QStringLiteral("litellmViewBox"));
    QFormLayout *ll = growingForm(litellmBox);
    m_llRoute = valueLabel(litellmBox, QStringLiteral("litellmRoute"));
    m_llClass = valueLabel(litellmBox, QStringLiteral("litellmConfigClass"));
    m_llProvider = valueLabel(litellmBox, QStringLiteral("litellmProvider"));
    m_llModelId = valueLabel(litellmBox, QStringLiteral("litellmModelId"));
    m_llPath = valueLabel(litellmBox, QStringLiteral("litellmPathModelId"));
    m_llRegion = valueLabel(litellmBox, QStringLiteral("litellmRegion"));
    m_llUrl = valueLabel(litellmBox, QStringLiteral("litellmUrl"));
    m_llStreamUrl = valueLabel(litellmBox, QStringLiteral("litellmStreamUrl"));
    m_llError = valueLabel(litellmBox, QStringLiteral("litellmError"));
    ll->addRow(tr("Route:"), m_llRoute);
    ll->addRow(tr("Config class:"), m_llClass);
    ll->addRow(tr("Invoke provider:"), m_llProvider);
    ll->addRow(tr("Model id sent:"), m_llModelId);
    ll->addRow(tr("Path model id:"), m_llPath);
    ll->addRow(tr("Region:"), m_llRegion);
    ll->addRow(tr("URL:"), m_llUrl);
    ll->addRow(tr("Streaming URL:"), m_llStreamUrl);
    ll->addRow(tr("Error:"), m_llError);

    auto *awsBox = new QGroupBox(tr("AWS view"), this);
    awsBox->setObjectName(QStringLiteral("awsViewBox"));
    QFormLayout *aws = growingForm(awsBox);
    m_awsModelId = valueLabel(awsBox, QStringLiteral("awsModelId"));
    m_awsProvider = valueLabel(awsBox, QStringLiteral("awsProvider"));
    m_awsGeo = valueLabel(awsBox, QStringLiteral("awsGeoPrefix"));
    m_awsArn = valueLabel(awsBox, QStringLiteral("awsArn"));
    m_awsRegion = valueLabel(awsBox, QStringLiteral("awsRegion"));
    m_awsConverse = valueLabel(awsBox, QStringLiteral("awsConverseUrl"));
    m_awsConverseStream = valueLabel(awsBox, QStringLiteral("awsConverseStreamUrl"));
    m_awsInvoke = valueLabel(awsBox, QStringLiteral("awsInvokeUrl"));
    m_awsInvokeStream = valueLabel(awsBox, QStringLiteral("awsInvokeStreamUrl"));
    m_awsFacts = valueLabel(awsBox, QStringLiteral("awsFacts"));
    aws->addRow(tr("Model id:"), m_awsModelId);
    aws->addRow(tr("Provider / family:"), m_awsProvider);
    aws->addRow(tr("Geo prefix:"), m_awsGeo);
    aws->addRow(tr("ARN:"), m_awsArn);
    aws->addRow(tr("Region:"), m_awsRegion);
    aws->addRow(tr("Converse:"), m_awsConverse);
    aws->addRow(tr("ConverseStream:"), m_awsConverseStream);
    aws->addRow(tr("InvokeModel:"), m_awsInvoke);
    aws->addRow(tr("InvokeModel stream:"), m_awsInvokeStream);
    aws->addRow(tr("Catalog:"), m_awsFacts);

    auto *views = new QHBoxLayout;
    views->addWidget(litellmBox, 1);
    views->addWidget(awsBox, 1);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_segments);
    contentLayout->addLayout(views);
    contentLayout->addWidget(m_diagnostics);
    contentLayout->addStretch(1);
    scrollingPage(this, content, tr("Route breakdown"), 4, top);

    connect(m_input, &QLineEdit::textChanged, this, &RouteBreakdownPanel::refresh);
    connect(m_version, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
        Q_EMIT litellmVersionChanged(litellmVersion());
    });
    refresh();
}

RouteBreakdownPanel::~RouteBreakdownPanel() = default;

QString RouteBreakdownPanel::litellmVersion() const
{
    return m_version->currentData().toString();
}

void RouteBreakdownPanel::setLitellmVersion(const QString &shortName)
{
    const int index = m_version->findData(shortName);
    if (index >= 0) {
        m_version->setCurrentIndex(index);
    }
}

void RouteBreakdownPanel::setRoute(const QString &model, const route::RouteContext &context)
{
    m_context = context;
    if (m_input->text() == model) {
        refresh();
    } else {
        m_input->setText(model);
    }
}

void RouteBreakdownPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        refresh(); // the colours are worked out for the palette: a light/dark switch redraws them
    }
}

void RouteBreakdownPanel::clear()
{
    m_context = {};
    m_input->clear();
}

void RouteBreakdownPanel::setRow(QLabel *label, const QString &text, bool problem)
{
    label->setForegroundRole(QPalette::WindowText);
    setStatusText(label, text, problem);
}

void RouteBreakdownPanel::refresh()
{
    const int profileIndex = std::max(0, m_version->currentIndex());
    const QString input = m_input->text();
    if (input.isEmpty()) {
        m_parsed = {};
    } else {
        m_parsed = m_parsers.at(std::size_t(profileIndex))->parse(input, m_context);
    }
    const route::LiteLlmView &l = m_parsed.litellm;
    const route::AwsView &a = m_parsed.aws;

    // The string, each segment tinted, its kind written underneath.
    const QColor text = palette().color(QPalette::WindowText);
    QString cells;
    QString labels;
    for (const route::Segment &segment : m_parsed.segments) {
        const QColor colour = segmentColour(segment.kind);
        const QColor background = segmentBackground(segment.kind, palette());
        const QString part = input.mid(segment.span.start, segment.span.length()).toHtmlEscaped();
        cells += QStringLiteral("<td style=\"background-color: %1; border-bottom: 3px solid %2; "
                                "padding: 3px 1px;\"><span style=\"font-family: monospace; font-size: large;\">%3"
                                "</span></td>")
                     .arg(background.name(), colour.name(), part);
        labels += QStringLiteral("<td style=\"padding: 1px 2px; color: %1; font-size: small;\">%2</td>")
                      .arg(segmentLabelColour(segment.kind, palette()).name(),
                          route::segmentKindName(segment.kind).toHtmlEscaped());
    }
    if (input.isEmpty()) {
        m_segments->setText(tr("<i>Select a deployment or type a model string.</i>"));
    } else {
        m_segments->setText(QStringLiteral("<table cellspacing=\"0\" style=\"color: %1\"><tr>%2</tr><tr>%3</tr>"
                                           "</table>")
                                .arg(text.name(), cells, labels));
    }

    if (input.isEmpty()) {
        for (QLabel *label : { m_llRoute, m_llClass, m_llProvider, m_llModelId, m_llPath, m_llRegion, m_llUrl,
                 m_llStreamUrl, m_llError, m_awsModelId, m_awsProvider, m_awsGeo, m_awsArn, m_awsRegion, m_awsConverse,
                 m_awsConverseStream, m_awsInvoke, m_awsInvokeStream, m_awsFacts }) {
            setRow(label, QStringLiteral("—"));
        }
        m_diagnostics->clear();
        return;
    }

    const QString version = l.version.isEmpty() ? litellmVersion() : l.version;
    if (l.otherProvider) {
        setRow(m_llRoute, tr("not Bedrock: LiteLLM sends this to the %1 provider").arg(*l.otherProvider), true);
    } else if (l.accepted() && l.error) {
        // Routed, but the call fails: say so where the eye lands first.
        setRow(m_llRoute, tr("%1 (LiteLLM %2): the call fails, %3").arg(route::routeName(l.route), version, *l.error),
            true);
    } else if (l.accepted()) {
        setRow(m_llRoute, tr("%1 (LiteLLM %2)").arg(route::routeName(l.route), version));
    } else {
        setRow(m_llRoute, tr("rejected by LiteLLM %1").arg(version), true);
    }
    setRow(m_llClass, orDash(l.configClass));
    setRow(m_llProvider, orDash(l.invokeProvider));
    setRow(m_llModelId, orDash(l.modelId));
    setRow(m_llPath, orDash(l.pathModelId));
    setRow(m_llRegion,
        l.region.isEmpty() ? QStringLiteral("—")
                           : tr("%1 (from %2)").arg(l.region, route::regionSourceName(l.regionSource)));
    setRow(m_llUrl, orDash(l.url()));
    setRow(m_llStreamUrl, orDash(l.streamUrl()));
    setRow(m_llError, orDash(l.error), l.error.has_value());

    setRow(m_awsModelId, orDash(a.modelId));
    QStringList provider;
    for (const QString &part : { a.provider, a.family, a.version, a.suffix }) {
        if (!part.isEmpty()) {
            provider.append(part);
        }
    }
    if (!a.spec.isEmpty()) {
        provider.append(tr("spec %1").arg(a.spec));
    }
    setRow(m_awsProvider, provider.isEmpty() ? QStringLiteral("—") : provider.join(QStringLiteral(" · ")));
    if (!a.unknownPrefix.isEmpty()) {
        setRow(m_awsGeo, tr("\"%1.\" is not a Bedrock geo prefix").arg(a.unknownPrefix), true);
    } else {
        setRow(m_awsGeo, a.geoPrefix.isEmpty() ? tr("none (in-region call)") : a.geoPrefix);
    }
    if (a.arn) {
        setRow(m_awsArn,
            tr("%1 in %2, account %3")
                .arg(route::arnResourceKindName(a.arn->kind), orDash(a.arn->region), orDash(a.arn->account)));
    } else {
        setRow(m_awsArn, QStringLiteral("—"));
    }
    setRow(m_awsRegion,
        a.region.isEmpty() ? QStringLiteral("—")
                           : (a.regionReason.isEmpty() ? a.region : tr("%1: %2").arg(a.region, a.regionReason)));
    setRow(m_awsConverse, orDash(a.url(route::BedrockOperation::Converse)));
    setRow(m_awsConverseStream, orDash(a.url(route::BedrockOperation::ConverseStream)));
    setRow(m_awsInvoke, orDash(a.url(route::BedrockOperation::Invoke)));
    setRow(m_awsInvokeStream, orDash(a.url(route::BedrockOperation::InvokeStream)));
    if (a.facts) {
        const QLocale locale;
        setRow(m_awsFacts,
            tr("context window %1 tokens, max output %2 tokens")
                .arg(locale.toString(a.facts->maxInputTokens), locale.toString(a.facts->maxOutputTokens)));
    } else {
        setRow(m_awsFacts,
            a.needsInferenceProfile ? tr("needs an inference profile (geo prefix) for on-demand calls")
                                    : tr("not in LiteLLM's model map"),
            a.needsInferenceProfile);
    }

    QString diagnostics;
    for (const route::Diagnostic &d : m_parsed.diagnostics) {
        const QString colour = (d.severity == route::Severity::Error ? PaletteColours::errorText(palette())
                : d.severity == route::Severity::Warning             ? PaletteColours::warningText(palette())
                                                                     : PaletteColours::infoText(palette()))
                                   .name();
        diagnostics += QStringLiteral("<li><b style=\"color:%1\">%2</b> <code>%3</code>: %4</li>")
                           .arg(colour, route::severityName(d.severity).toHtmlEscaped(), d.code.toHtmlEscaped(),
                               d.message.toHtmlEscaped());
    }
    m_diagnostics->setText(diagnostics.isEmpty()
            ? tr("No findings for this string.")
            : QStringLiteral("<ul style=\"margin-left: 0\">%1</ul>").arg(diagnostics));
}

} // namespace brc::ui
