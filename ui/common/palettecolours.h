#pragma once

#include <QColor>

class QPalette;

namespace brc::ui {

/// Colours that stay readable on whatever palette the system gives, light or dark: each wanted
/// colour is darkened or lightened until it reaches a WCAG contrast ratio against the background
/// it is drawn on.
class PaletteColours final
{
public:
    /// WCAG 2 contrast ratio of two opaque colours, 1 to 21.
    static double contrastRatio(const QColor &a, const QColor &b);
    /// `over` drawn with opacity `alpha` (0 to 1) on `under`.
    static QColor blend(const QColor &over, double alpha, const QColor &under);
    /// `wanted`, its lightness moved away from `background` until the contrast is `minimum`.
    static QColor readableOn(const QColor &wanted, const QColor &background, double minimum = 4.5);

    /// A dark palette like the ones desktops switch to (for `--palette dark` and tests).
    static QPalette darkPalette();

    /// Text colours for findings, readable on the palette's window colour.
    static QColor errorText(const QPalette &palette);
    static QColor warningText(const QPalette &palette);
    static QColor infoText(const QPalette &palette);
};

} // namespace brc::ui
