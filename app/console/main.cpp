// bedrock-console: composition only. Builds the window's dependencies and handles the
// measurement and screenshot modes used by benchmarks and smoke tests.
#include "aws/awsenvironment.h"
#include "breakdown/routebreakdownpanel.h"
#include "common/palettecolours.h"
#include "document/prompter.h"
#include "mainwindow/mainwindow.h"
#include "modellist/modellistpanel.h"
#include "route/modelcatalog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <sys/resource.h>

#include <cstdio>

namespace {

/// Answers every question without a dialog: for the measurement and screenshot modes.
class BatchPrompter final : public brc::ui::Prompter
{
public:
    UnsavedAnswer askUnsavedChanges(QWidget *, const QString &) override { return UnsavedAnswer::Discard; }
    bool askRestoreRecovery(QWidget *, const QString &) override { return false; }
    QString openFileName(QWidget *, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &) override { return {}; }
    bool askOverwriteChangedFile(QWidget *, const QString &) override { return false; }
    void showError(QWidget *, const QString &title, const QString &message) override
    {
        std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(message));
    }
};

/// Resident set size now and at its peak, in kB, from /proc (Linux); 0 elsewhere.
std::pair<long, long> residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    long rss = 0;
    long peak = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) {
                rss = line.mid(6).trimmed().split(' ').value(0).toLong();
            } else if (line.startsWith("VmHWM:")) {
                peak = line.mid(6).trimmed().split(' ').value(0).toLong();
            }
        }
    }
    return { rss, peak };
}

/// CPU time used so far by the whole process and by the calling thread, in ms (Linux).
std::pair<long, long> cpuMs()
{
    auto ms = [](const rusage &usage) {
        return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000L
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000L;
    };
    rusage process {};
    rusage thread {};
    getrusage(RUSAGE_SELF, &process);
    getrusage(RUSAGE_THREAD, &thread);
    return { ms(process), ms(thread) };
}

/// Calls `done` once, after the first paint of `widget` that follows the list being filled.
class FirstPaint final : public QObject
{
public:
    FirstPaint(QWidget *widget, std::function<void()> done)
        : QObject(widget)
        , m_done(std::move(done))
    {
        widget->installEventFilter(this);
    }
    void arm() { m_armed = true; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_armed && event->type() == QEvent::Paint) {
            m_armed = false;
            watched->removeEventFilter(this);
            // After this paint has been handled.
            QTimer::singleShot(0, this, m_done);
        }
        return false;
    }

private:
    std::function<void()> m_done;
    bool m_armed = false;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bedrock-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Bedrock Route Console"));
    QApplication::setOrganizationName(QStringLiteral("BedrockRouteConsole"));
    QApplication::setApplicationVersion(QStringLiteral(BRC_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/brc/icons/app.svg")));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("bedrock-console"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "See how a LiteLLM proxy routes each AWS Bedrock model of a config, fix it, and export it."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QApplication::translate("main", "The LiteLLM config to open (default: a sample)."));
    const QCommandLineOption measure(QStringLiteral("measure-startup"),
        QApplication::translate("main",
            "Open CONFIG, print startup_ms at the first "
            "paint of the filled list, and exit."),
        QStringLiteral("CONFIG"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main",
            "Save a PNG of the window once it shows "
            "its config, and exit."),
        QStringLiteral("PNG"));
    const QCommandLineOption litellm(QStringLiteral("litellm"),
        QApplication::translate("main", "Read routes as this LiteLLM version (1.81, 1.53)."),
        QStringLiteral("VERSION"));
    const QCommandLineOption palette(QStringLiteral("palette"),
        QApplication::translate("main", "Use a light or dark palette instead of the desktop's (light, dark)."),
        QStringLiteral("NAME"));
    parser.addOption(measure);
    parser.addOption(palette);
    parser.addOption(screenshot);
    parser.addOption(litellm);
    parser.process(app);

    if (parser.value(palette) == QLatin1String("dark")) {
        QApplication::setStyle(QStringLiteral("Fusion")); // the platform style may ignore a palette
        QApplication::setPalette(brc::ui::PaletteColours::darkPalette());
    } else if (parser.value(palette) == QLatin1String("light")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
    const bool measuring = parser.isSet(measure);
    const bool batch = measuring || parser.isSet(screenshot);
    QString file = parser.positionalArguments().value(0);
    if (measuring) {
        file = parser.value(measure);
    }

    brc::ui::DialogPrompter dialogPrompter;
    BatchPrompter batchPrompter;
    // Batch runs leave the person's window layout and recovery file alone.
    QTemporaryDir scratch;
    QSettings userSettings;
    QSettings scratchSettings(scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const brc::ui::MainWindowContext context {
        brc::route::ModelCatalog::builtin(),
        batch ? static_cast<brc::ui::Prompter &>(batchPrompter) : dialogPrompter,
        batch ? scratchSettings : userSettings,
        brc::aws::readRouteEnvironment(QProcessEnvironment::systemEnvironment()),
        batch ? QString() : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
    };

    brc::ui::MainWindow window(context);
    QAbstractItemView *list = window.modelList()->view();
    if (parser.isSet(litellm)) {
        window.breakdown()->setLitellmVersion(parser.value(litellm));
    }

    if (measuring) {
        auto *firstPaint = new FirstPaint(list->viewport(), [&] {
            const qint64 startup = clock.elapsed();
            const auto [cpu, guiCpu] = cpuMs();
            const auto [rss, peak] = residentKb();
            QTextStream out(stdout);
            // CPU times tell what the start costs when other programs share the machine.
            out << "startup_ms=" << startup << "\nstartup_cpu_ms=" << cpu << "\nstartup_gui_thread_cpu_ms=" << guiCpu
                << "\nrows=" << list->model()->rowCount() << "\nrss_kb=" << rss << "\npeak_rss_kb=" << peak << '\n';
            // A person's first keystroke comes a moment after the window shows: the filter's
            // warm-up (DeploymentTableModel) has run by then.
            QElapsedTimer settle;
            settle.start();
            while (settle.elapsed() < 1000) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            }
            // Filter-keystroke latency: type a word one key at a time, each key painted.
            QLineEdit *filter = window.modelList()->filterEdit();
            const QString word = QStringLiteral("claude");
            QStringList latencies;
            for (int i = 1; i <= word.size(); ++i) {
                QElapsedTimer key;
                key.start();
                filter->setText(word.left(i));
                list->viewport()->repaint();
                QCoreApplication::processEvents();
                latencies.append(QString::number(key.nsecsElapsed() / 1e6, 'f', 1));
            }
            const int matched = list->model()->rowCount();
            filter->clear();
            out << "filter_matched_rows=" << matched << "\nfilter_keystroke_ms=" << latencies.join(u',') << "\n";
            out.flush();
            QCoreApplication::exit(0);
        });
        QObject::connect(&window, &brc::ui::MainWindow::documentLoaded, &window, [firstPaint, list](bool ok) {
            if (!ok) {
                QCoreApplication::exit(1);
                return;
            }
            firstPaint->arm();
            list->viewport()->update();
        });
    } else if (parser.isSet(screenshot)) {
        const QString png = parser.value(screenshot);
        QObject::connect(&window, &brc::ui::MainWindow::documentLoaded, &window, [&window, png](bool ok) {
            if (!ok) {
                QCoreApplication::exit(1);
                return;
            }
            // Let the lint and the layout settle before the grab.
            QTimer::singleShot(800, &window, [&window, png] {
                const bool saved = window.grab().save(png);
                if (!saved) {
                    std::fprintf(stderr, "cannot write %s\n", qPrintable(png));
                }
                QCoreApplication::exit(saved ? 0 : 1);
            });
        });
    }

    window.show();
    window.start(file);
    return QApplication::exec();
}
