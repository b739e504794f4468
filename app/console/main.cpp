// bedrock-console: composition only. Builds the window's dependencies and handles the
// measurement and screenshot modes used by benchmarks and smoke tests.
#include "aws/awsenvironment.h"
#include "aws/credentialresolver.h"
#include "aws/profilecatalog.h"
#include "aws/secretstore.h"
#include "aws/sigv4signer.h"
#include "aws/stsclient.h"
#include "bedrock/bedrockclient.h"
#include "breakdown/routebreakdownpanel.h"
#include "common/palettecolours.h"
#include "document/prompter.h"
#include "health/healthresultsmodel.h"
#include "health/healthview.h"
#include "mainwindow/mainwindow.h"
#include "modellist/modellistpanel.h"
#include "route/modelcatalog.h"
#include "services/consoleservices.h"
#include "tester/routetesterpanel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <sys/resource.h>

#include <algorithm>
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

/// The longest time the event loop went without turning, sampled by a 5 ms precise timer.
class StallMeter final : public QObject
{
public:
    explicit StallMeter(QObject *parent)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(s_intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0) {
                const double gap = double(now - m_last) / 1e6 - s_intervalMs;
                m_longestMs = std::max(m_longestMs, gap);
                m_gaps.append(gap);
            }
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    double longestMs() const { return m_longestMs; }
    /// The gap that 99 % of the turns stayed under.
    double percentileMs(double fraction) const
    {
        QList<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted.isEmpty()
            ? 0.0
            : sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(fraction * double(sorted.size()))));
    }

private:
    static constexpr int s_intervalMs = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    double m_longestMs = 0;
    QList<double> m_gaps;
};

/// The console's command line. Defined once, so --help and --version can be answered before
/// a window system is needed (they work over SSH and in scripts without a display).
struct ConsoleOptions
{
    const QCommandLineOption measure { QStringLiteral("measure-startup"),
        QCoreApplication::translate("main",
            "Open CONFIG, print startup_ms at the first "
            "paint of the filled list, and exit."),
        QStringLiteral("CONFIG") };
    const QCommandLineOption screenshot { QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
            "Save a PNG of the window once it shows "
            "its config, and exit."),
        QStringLiteral("PNG") };
    const QCommandLineOption litellm { QStringLiteral("litellm"),
        QCoreApplication::translate("main", "Read routes as this LiteLLM version (1.81, 1.53)."),
        QStringLiteral("VERSION") };
    const QCommandLineOption palette { QStringLiteral("palette"),
        QCoreApplication::translate("main", "Use a light or dark palette instead of the desktop's (light, dark)."),
        QStringLiteral("NAME") };
    const QCommandLineOption panel { QStringLiteral("panel"),
        QCoreApplication::translate("main", "With --screenshot: show this panel in front (tester, health)."),
        QStringLiteral("PANEL") };
    const QCommandLineOption runPanel { QStringLiteral("run-panel"),
        QCoreApplication::translate("main",
            "With --screenshot and --panel: run the panel (a side-by-side test of the first deployment, or a "
            "health check) and grab when it is done.") };
    const QCommandLineOption measureStall { QStringLiteral("measure-health-stall"),
        QCoreApplication::translate("main",
            "Open CONFIG, run the health check over every deployment, print the longest event-loop stall "
            "(max_stall_ms) and exit."),
        QStringLiteral("CONFIG") };
    const QCommandLineOption concurrency { QStringLiteral("concurrency"),
        QCoreApplication::translate("main", "Health check concurrency for --measure-health-stall (default 32)."),
        QStringLiteral("N"), QStringLiteral("32") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "See how a LiteLLM proxy routes each AWS Bedrock model of a config, fix it, and export it."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("FILE"),
            QCoreApplication::translate("main", "The LiteLLM config to open (default: a sample)."));
        parser.addOption(measure);
        parser.addOption(palette);
        parser.addOption(screenshot);
        parser.addOption(litellm);
        parser.addOption(panel);
        parser.addOption(runPanel);
        parser.addOption(measureStall);
        parser.addOption(concurrency);
    }
};

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("bedrock-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("BedrockRouteConsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRC_VERSION));
}

/// Whether the command line asks only for text: help or the version.
bool asksForTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--") {
            break;
        }
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version") {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    if (asksForTextOnly(argc, argv)) {
        const QCoreApplication app(argc, argv);
        setApplicationNames();
        QCommandLineParser parser;
        ConsoleOptions().addTo(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Bedrock Route Console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/brc/icons/app.svg")));
    // Ties the window to the installed menu entry (the Wayland app id, the taskbar's icon).
    QGuiApplication::setDesktopFileName(QStringLiteral(BRC_DESKTOP_FILE_NAME));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("bedrock-console"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

    const ConsoleOptions options;
    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);
    const QCommandLineOption &measure = options.measure;
    const QCommandLineOption &palette = options.palette;
    const QCommandLineOption &screenshot = options.screenshot;
    const QCommandLineOption &litellm = options.litellm;
    const QCommandLineOption &panel = options.panel;
    const QCommandLineOption &runPanel = options.runPanel;
    const QCommandLineOption &measureStall = options.measureStall;
    const QCommandLineOption &concurrency = options.concurrency;

    if (parser.value(palette) == QLatin1String("dark")) {
        QApplication::setStyle(QStringLiteral("Fusion")); // the platform style may ignore a palette
        QApplication::setPalette(brc::ui::PaletteColours::darkPalette());
    } else if (parser.value(palette) == QLatin1String("light")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
    const bool measuring = parser.isSet(measure);
    const bool measuringStall = parser.isSet(measureStall);
    const bool batch = measuring || measuringStall || parser.isSet(screenshot);
    QString file = parser.positionalArguments().value(0);
    if (measuring) {
        file = parser.value(measure);
    } else if (measuringStall) {
        file = parser.value(measureStall);
    }

    // The network side: one QNetworkAccessManager behind Bedrock, STS and credential resolution.
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QNetworkAccessManager network;
    network.setAutoDeleteReplies(true);
    network.setTransferTimeout(120000);
    brc::aws::SigV4Signer signer;
    brc::aws::StsClient sts(network, signer);
    brc::aws::SecretStore secrets;
    brc::aws::CredentialResolver resolver(secrets, sts, environment);
    brc::bedrock::BedrockClient client(network);
    brc::ui::ConsoleServices services { client, resolver, sts, secrets, brc::aws::ProfileCatalog::defaultPath(),
        environment };

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
        brc::aws::readRouteEnvironment(environment),
        batch ? QString() : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
    };

    brc::ui::MainWindow window(context);
    window.attachServices(services);
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
    } else if (measuringStall) {
        bool valid = false;
        const int calls = parser.value(concurrency).toInt(&valid);
        if (!valid || calls < 1 || calls > 256) {
            std::fprintf(stderr, "--concurrency must be between 1 and 256\n");
            return 2;
        }
        brc::ui::HealthView *health = window.health();
        health->concurrencySpin()->setValue(calls);
        auto *meter = new StallMeter(&window);
        QElapsedTimer *runClock = new QElapsedTimer;
        QObject::connect(health, &brc::ui::HealthView::runFinished, &window, [health, meter, runClock, calls] {
            // One more turn of the timer first, so the work done as the run ends is measured too.
            QTimer::singleShot(50, health, [health, meter, runClock, calls] {
                QTextStream out(stdout);
                out << "calls=" << health->resultsModel()->rowCount()
                    << "\nfailed=" << health->resultsModel()->failedCount() << "\nconcurrency=" << calls
                    << "\nrun_ms=" << runClock->elapsed()
                    << "\nmax_stall_ms=" << QString::number(meter->longestMs(), 'f', 1)
                    << "\np99_stall_ms=" << QString::number(meter->percentileMs(0.99), 'f', 1) << '\n';
                out.flush();
                delete runClock;
                QCoreApplication::exit(0);
            });
        });
        QObject::connect(&window, &brc::ui::MainWindow::documentLoaded, &window, [&window, health, runClock](bool ok) {
            if (!ok) {
                QCoreApplication::exit(1);
                return;
            }
            window.showPanel(health);
            // After the first paints, so the stall measured is the run's, not the window's start.
            QTimer::singleShot(500, health, [health, runClock] {
                runClock->start();
                health->run();
            });
        });
    } else if (parser.isSet(screenshot)) {
        const QString png = parser.value(screenshot);
        QWidget *front = nullptr;
        if (parser.value(panel) == QLatin1String("tester")) {
            front = window.tester();
        } else if (parser.value(panel) == QLatin1String("health")) {
            front = window.health();
        } else if (parser.isSet(panel)) {
            std::fprintf(stderr, "--panel must be tester or health\n");
            return 2;
        }
        const bool run = parser.isSet(runPanel) && front != nullptr;
        auto grab = [&window, png] {
            // Let the lint, the charts and the layout settle before the grab.
            QTimer::singleShot(800, &window, [&window, png] {
                const bool saved = window.grab().save(png);
                if (!saved) {
                    std::fprintf(stderr, "cannot write %s\n", qPrintable(png));
                }
                QCoreApplication::exit(saved ? 0 : 1);
            });
        };
        if (run) {
            QObject::connect(window.tester(), &brc::ui::RouteTesterPanel::testFinished, &window, grab);
            QObject::connect(window.health(), &brc::ui::HealthView::runFinished, &window, grab);
        }
        QObject::connect(&window, &brc::ui::MainWindow::documentLoaded, &window, [&window, front, run, grab](bool ok) {
            if (!ok) {
                QCoreApplication::exit(1);
                return;
            }
            if (front == nullptr) {
                grab();
                return;
            }
            window.showPanel(front);
            if (!run) {
                grab();
            } else if (front == window.tester()) {
                window.tester()->run(brc::ui::RouteTesterPanel::Apis::Both);
            } else {
                window.health()->run();
            }
        });
    }

    window.show();
    window.start(file);
    return QApplication::exec();
}
