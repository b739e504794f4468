#include "palettecolours.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace brc::ui {

namespace {

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

double PaletteColours::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor PaletteColours::blend(const QColor &over, double alpha, const QColor &under)
{
    auto mix = [alpha](double o, double u) { return o * alpha + u * (1.0 - alpha); };
    return QColor::fromRgbF(float(mix(over.redF(), under.redF())), float(mix(over.greenF(), under.greenF())),
        float(mix(over.blueF(), under.blueF())));
}

QColor PaletteColours::readableOn(const QColor &wanted, const QColor &background, double minimum)
{
    const bool darkBackground = luminance(background) < 0.18;
    QColor colour = wanted.toHsl();
    // Lightness moves in small steps toward white on a dark background, black on a light one.
    for (int step = 0; step < 100 && contrastRatio(colour, background) < minimum; ++step) {
        const float next = std::clamp(colour.lightnessF() + (darkBackground ? 0.02f : -0.02f), 0.0f, 1.0f);
        colour.setHslF(colour.hslHueF(), colour.hslSaturationF(), next);
        if (next <= 0.0f || next >= 1.0f) {
            break;
        }
    }
    return colour.toRgb();
}

QPalette PaletteColours::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText }) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    return p;
}

QColor PaletteColours::errorText(const QPalette &palette)
{
    return readableOn(QColor(0xd3, 0x2f, 0x2f), palette.color(QPalette::Window));
}

QColor PaletteColours::warningText(const QPalette &palette)
{
    return readableOn(QColor(0xe0, 0x6c, 0x00), palette.color(QPalette::Window));
}

QColor PaletteColours::infoText(const QPalette &palette)
{
    return readableOn(QColor(0x1e, 0x88, 0xe5), palette.color(QPalette::Window));
}

} // namespace brc::ui
