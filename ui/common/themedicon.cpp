#include "themedicon.h"

#include "common/palettecolours.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QRegularExpression>
#include <QSvgRenderer>

namespace brc::ui {

namespace {

constexpr double s_minimumContrast = 3.0; // WCAG 2.1 for graphical objects

QByteArray source(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    auto found = cache.constFind(name);
    if (found == cache.constEnd()) {
        QFile file(QStringLiteral(":/brc/icons/") + name + QStringLiteral(".svg"));
        found = cache.insert(name, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    return *found;
}

class ThemedIconEngine final : public QIconEngine
{
public:
    explicit ThemedIconEngine(QString name)
        : m_name(std::move(name))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor window = palette.color(QPalette::Window);
        if (window != m_window || m_svg.isEmpty()) {
            m_window = window;
            m_svg = ThemedIcon::svgFor(m_name, window);
            m_renderer.load(m_svg);
        }
        painter->save();
        if (mode == QIcon::Disabled) {
            painter->setOpacity(0.45);
        }
        m_renderer.render(painter, QRectF(rect));
        painter->restore();
    }

    QIconEngine *clone() const override { return new ThemedIconEngine(m_name); }
    QString key() const override { return QStringLiteral("brc-themed-svg"); }
    QString iconName() override { return m_name; }
    bool isNull() override { return source(m_name).isEmpty(); }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

private:
    QString m_name;
    QColor m_window;
    QByteArray m_svg;
    QSvgRenderer m_renderer;
};

} // namespace

QIcon ThemedIcon::icon(const QString &name)
{
    return QIcon(new ThemedIconEngine(name));
}

QByteArray ThemedIcon::svgFor(const QString &name, const QColor &window)
{
    static const QRegularExpression colour(QStringLiteral("#[0-9a-fA-F]{6}\\b"));
    QString svg = QString::fromUtf8(source(name));
    QString out;
    out.reserve(svg.size());
    qsizetype last = 0;
    for (auto it = colour.globalMatch(svg); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QColor drawn(match.captured());
        const float lightness = drawn.toHsl().lightnessF();
        const bool detail = lightness > 0.93f || lightness < 0.12f;
        out += QStringView(svg).mid(last, match.capturedStart() - last);
        out += detail ? match.captured() : PaletteColours::readableOn(drawn, window, s_minimumContrast).name();
        last = match.capturedEnd();
    }
    out += QStringView(svg).mid(last);
    return out.toUtf8();
}

} // namespace brc::ui
