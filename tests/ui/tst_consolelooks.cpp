// How the console looks and how it is reached: readable colours on a light and a dark palette
// (contrast computed), every focusable control reached with Tab and named for assistive
// technology, and no control narrower than its text needs (run once more at QT_SCALE_FACTOR=2).
#include "breakdown/routebreakdownpanel.h"
#include "common/palettecolours.h"
#include "common/themedicon.h"
#include "document/prompter.h"
#include "fakeprompter.h"
#include "mainwindow/mainwindow.h"
#include "modellist/modellistpanel.h"
#include "route/modelcatalog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace brc;
using namespace brc::ui;

namespace {

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

void addPalettes()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addRow("light") << lightPalette();
    QTest::addRow("dark") << PaletteColours::darkPalette();
}

/// The colour covering most of the opaque pixels of `image`.
QColor dominantColour(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) == 255) {
                ++counts[pixel];
            }
        }
    }
    QRgb best = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

} // namespace

class TestConsoleLooks : public QObject
{
    Q_OBJECT

private:
    /// The window's surroundings: a scratch folder for its settings and recovery file.
    struct Scratch
    {
        QTemporaryDir dir;
        QSettings settings { dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat };
        FakePrompter prompter;
    };
    std::unique_ptr<Scratch> m_scratch;
    std::unique_ptr<MainWindow> m_window;

    void startWindow()
    {
        m_scratch = std::make_unique<Scratch>();
        QVERIFY(m_scratch->dir.isValid());
        m_window = std::make_unique<MainWindow>(MainWindowContext { route::ModelCatalog::builtin(), m_scratch->prompter,
            m_scratch->settings, {}, m_scratch->dir.filePath(QStringLiteral("recovery")) });
        QSignalSpy loaded(m_window.get(), &MainWindow::documentLoaded);
        m_window->resize(1280, 800);
        m_window->show();
        m_window->start({});
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(loaded.size(), 1);
    }

private Q_SLOTS:
    void cleanup()
    {
        if (m_window) {
            m_scratch->prompter.unsavedAnswer = Prompter::UnsavedAnswer::Discard;
            m_window->close();
            m_window.reset();
        }
        m_scratch.reset();
        QApplication::setPalette(QPalette());
    }

    void contrastRatio()
    {
        QCOMPARE(qRound(PaletteColours::contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(PaletteColours::contrastRatio(Qt::gray, Qt::gray), 1.0);
        const QColor adjusted = PaletteColours::readableOn(QColor(0x5c, 0x6b, 0xc0), QColor(0x2b, 0x2b, 0x2b));
        QVERIFY(PaletteColours::contrastRatio(adjusted, QColor(0x2b, 0x2b, 0x2b)) >= 4.5);
        QVERIFY(adjusted.lightnessF() > QColor(0x5c, 0x6b, 0xc0).lightnessF());
    }

    void breakdownColoursReadable_data() { addPalettes(); }

    void breakdownColoursReadable()
    {
        QFETCH(QPalette, palette);
        QApplication::setPalette(palette);
        const QColor window = palette.color(QPalette::Window);
        const QColor text = palette.color(QPalette::WindowText);
        for (int k = 0; k <= int(route::SegmentKind::Unparsed); ++k) {
            const auto kind = route::SegmentKind(k);
            const QColor background = RouteBreakdownPanel::segmentBackground(kind, palette);
            const double underText = PaletteColours::contrastRatio(text, background);
            QVERIFY2(underText >= 4.5, qPrintable(QStringLiteral("segment %1 tint: %2").arg(k).arg(underText)));
            const double label
                = PaletteColours::contrastRatio(RouteBreakdownPanel::segmentLabelColour(kind, palette), window);
            QVERIFY2(label >= 4.5, qPrintable(QStringLiteral("segment %1 label: %2").arg(k).arg(label)));
        }
        for (const QColor &finding : { PaletteColours::errorText(palette), PaletteColours::warningText(palette),
                 PaletteColours::infoText(palette) }) {
            QVERIFY2(PaletteColours::contrastRatio(finding, window) >= 4.5, qPrintable(finding.name()));
        }

        // The panel draws with those colours: the seed case and an ARN show their segments.
        RouteBreakdownPanel panel(route::ModelCatalog::builtin());
        panel.setPalette(palette);
        panel.setRoute(QStringLiteral("bedrock/invoke/eu.amazon.nova-micro-v1:0"), {});
        const QString strip = panel.findChild<QLabel *>(QStringLiteral("segmentStrip"))->text();
        QVERIFY(strip.contains(RouteBreakdownPanel::segmentBackground(route::SegmentKind::GeoPrefix, palette).name()));
        QVERIFY(
            strip.contains(RouteBreakdownPanel::segmentLabelColour(route::SegmentKind::RouteMarker, palette).name()));
        QVERIFY(strip.contains(text.name()));
    }

    void iconsReadable_data() { addPalettes(); }

    void iconsReadable()
    {
        QFETCH(QPalette, palette);
        QApplication::setPalette(palette);
        const QColor window = palette.color(QPalette::Window);
        for (const char *name : { "error", "warning", "info", "open", "save", "export", "undo", "redo", "find", "add",
                 "duplicate", "delete", "fix" }) {
            const QIcon icon = ThemedIcon::icon(QLatin1String(name));
            QVERIFY2(!icon.isNull(), name);
            // Drawn at 64 px: the colour of most of the shape must stand out from the window.
            QImage shape(64, 64, QImage::Format_ARGB32);
            shape.fill(Qt::transparent);
            {
                QPainter painter(&shape);
                icon.paint(&painter, shape.rect());
            }
            const QColor drawn = dominantColour(shape);
            const double contrast = PaletteColours::contrastRatio(drawn, window);
            QVERIFY2(contrast >= 3.0,
                qPrintable(QStringLiteral("%1: %2 on %3 is %4")
                               .arg(QLatin1String(name), drawn.name(), window.name())
                               .arg(contrast)));
        }
        // The SVG text itself carries the adjusted colour: the icon stays a vector at any scale.
        QVERIFY(ThemedIcon::svgFor(QStringLiteral("open"), window).startsWith("<svg"));
    }

    void everyControlReachableAndNamed()
    {
        startWindow();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->modelList()->selectRow(0);

        // What the focus chain holds: every visible, enabled widget that Tab may stop on.
        QList<QWidget *> focusable;
        for (QWidget *w = m_window->nextInFocusChain(); w != m_window.get(); w = w->nextInFocusChain()) {
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(m_window.get()) && w->isEnabled()
                && !w->focusProxy() && !qobject_cast<QComboBox *>(w->parentWidget())) {
                focusable.append(w);
            }
        }
        QVERIFY(focusable.size() > 20);
        for (QWidget *w : std::as_const(focusable)) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
            QVERIFY(accessible);
            const QString name = accessible->text(QAccessible::Name);
            QVERIFY2(!name.trimmed().isEmpty(),
                qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                               .arg(w->objectName(), QLatin1String(w->metaObject()->className()))));
        }

        // Tab walks through all of them and comes back round.
        focusable.first()->setFocus(Qt::TabFocusReason);
        QSet<QWidget *> reached;
        for (int i = 0; i < 3 * focusable.size(); ++i) {
            QWidget *now = QApplication::focusWidget();
            if (now && qobject_cast<QComboBox *>(now->parentWidget())) {
                now = now->parentWidget();
            }
            reached.insert(now);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        for (QWidget *w : std::as_const(focusable)) {
            QVERIFY2(reached.contains(w),
                qPrintable(QStringLiteral("Tab never reaches %1 (%2)")
                               .arg(w->objectName(), QLatin1String(w->metaObject()->className()))));
        }
    }

    void noClippedText()
    {
        startWindow();
        m_window->modelList()->selectRow(0);
        QCoreApplication::processEvents();
        int checked = 0;
        const auto widgets = m_window->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisibleTo(m_window.get()) || w->width() <= 0) {
                continue;
            }
            auto *label = qobject_cast<QLabel *>(w);
            auto *button = qobject_cast<QAbstractButton *>(w);
            const bool plainLabel = label && !label->wordWrap() && !label->text().isEmpty()
                && label->textFormat() != Qt::RichText && !label->text().startsWith(QLatin1Char('<'));
            if (!plainLabel && !(button && !button->text().isEmpty())) {
                continue;
            }
            const QSize needed = w->minimumSizeHint();
            QVERIFY2(w->width() >= needed.width() && w->height() >= needed.height(),
                qPrintable(QStringLiteral("%1 \"%2\" is %3x%4, needs %5x%6 (scale %7)")
                               .arg(w->objectName(), label ? label->text() : button->text())
                               .arg(w->width())
                               .arg(w->height())
                               .arg(needed.width())
                               .arg(needed.height())
                               .arg(w->devicePixelRatioF())));
            ++checked;
        }
        QVERIFY(checked > 20);
    }
};

QTEST_MAIN(TestConsoleLooks)
#include "tst_consolelooks.moc"
