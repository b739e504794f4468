#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

/// One long-lived `python3 pyyaml_compare.py serve` for a whole test run: PyYAML loads and
/// compares configs without paying Python's start-up for each data row.
class PyYamlChecker final
{
public:
    PyYamlChecker()
    {
        m_process.start(QStringLiteral("python3"),
            { QStringLiteral(BRC_SOURCE_DIR "/tests/core/config/pyyaml_compare.py"), QStringLiteral("serve") });
        if (!m_process.waitForStarted(10000)) {
            return;
        }
        // Ask a question whose answer proves PyYAML imported (exit 3 closes the pipe).
        m_available = check({ QStringLiteral("noop") }).first == 2;
    }
    ~PyYamlChecker()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    PyYamlChecker(const PyYamlChecker &) = delete;
    PyYamlChecker &operator=(const PyYamlChecker &) = delete;

    bool isAvailable() const { return m_available; }

    /// Exit code of one comparison (see pyyaml_compare.py) and what it printed; {-1, ...} when
    /// the helper is gone.
    std::pair<int, QString> check(const QStringList &arguments)
    {
        if (m_process.state() != QProcess::Running) {
            return { -1, QStringLiteral("python3 helper not running") };
        }
        m_process.write(QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) + '\n');
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(60000)) {
                return { -1, QStringLiteral("python3 helper did not answer") };
            }
        }
        const QJsonObject answer = QJsonDocument::fromJson(m_process.readLine()).object();
        return { answer.value(QStringLiteral("code")).toInt(-1), answer.value(QStringLiteral("output")).toString() };
    }

private:
    QProcess m_process;
    bool m_available = false;
};
