#pragma once

// Runs the built bedrock-route binary as a person or script would, keeping the test's event
// loop running meanwhile (so in-process stand-ins such as FakeSts can answer it).

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(BRC_CLI_BINARY), arguments);
    if (!process.waitForStarted(10000)) {
        qWarning("cannot start %s", BRC_CLI_BINARY);
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
    }
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// The test's own environment (HOME and XDG folders isolated by brc_add_test, the keyring's
// bus when run under with-keyring.sh) without any AWS settings of the machine.
inline QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if ((name.startsWith(QLatin1String("AWS_")) && name != QLatin1String("AWS_CONFIG_FILE")
                && name != QLatin1String("AWS_SHARED_CREDENTIALS_FILE"))
            || name == QLatin1String("AWS_PROFILE")) {
            environment.remove(name);
        }
    }
    return environment;
}
