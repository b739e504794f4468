#pragma once

#include <QIcon>
#include <QString>

namespace brc::ui {

/// The console's SVG icons (resources/icons/NAME.svg), drawn as vectors at any size and scale,
/// in colours that keep a 3:1 contrast against the application palette's window colour at the
/// time they are painted: a palette switch between light and dark needs no reload. White and
/// near-black details inside a shape (the cross of the error icon) are kept as drawn.
class ThemedIcon final
{
public:
    static QIcon icon(const QString &name);
    /// The SVG text of icon `name` with its colours adjusted for `window` (for tests and tools).
    static QByteArray svgFor(const QString &name, const QColor &window);
};

} // namespace brc::ui
