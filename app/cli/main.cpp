#include "commands.h"
#include "output.h"

#include <QCoreApplication>

#include <array>
#include <cstdio>

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
};

constexpr std::array s_commands = {
    Command { "parse", "Break Bedrock model strings down the way LiteLLM and AWS read them", &brc::cli::runParse },
    Command { "decode-stream", "Decode a saved Bedrock event-stream body: messages, text, stop reason, usage",
        &brc::cli::runDecodeStream },
    Command { "test", "Send a model string's Converse and/or Invoke call to Bedrock and show what comes back",
        &brc::cli::runTest },
    Command { "health", "Test every Bedrock deployment of a LiteLLM config, as the proxy's /health does",
        &brc::cli::runHealth },
    Command { "sign", "Sign a request with AWS SigV4 and show each step, or print a curl command", &brc::cli::runSign },
    Command {
        "credentials", "Manage AWS credential profiles (secrets in the OS keychain only)", &brc::cli::runCredentials },
    Command { "lint", "Lint a LiteLLM config.yaml: routes, ids, groups, secrets, env names, params, regions",
        &brc::cli::runLint },
    Command { "export", "Export a LiteLLM config.yaml as yaml, json, a Kubernetes ConfigMap or a .env template",
        &brc::cli::runExport },
    Command { "diff", "Compare two LiteLLM configs by model_name and model_info.id", &brc::cli::runDiff },
};

QString overview()
{
    QString text = QStringLiteral("Usage: bedrock-route COMMAND [OPTIONS]\n\n"
                                  "Inspect, sign and test the Bedrock routes of a LiteLLM proxy.\n\n"
                                  "Commands:\n");
    for (const Command &command : s_commands) {
        text += QStringLiteral("  %1  %2\n").arg(QLatin1String(command.name), -13).arg(QLatin1String(command.summary));
    }
    text += QStringLiteral("\nRun 'bedrock-route COMMAND --help' for a command's options.\n"
                           "Options: --help, --version\n");
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bedrock-route"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRC_VERSION));
    // Large outputs (parse --json -) stream through one big buffer.
    static char buffer[1 << 16];
    std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help") || arguments.at(1) == QLatin1String("-h")
        || arguments.at(1) == QLatin1String("help")) {
        brc::cli::writeOut(overview());
        return arguments.size() < 2 ? 2 : 0;
    }
    if (arguments.at(1) == QLatin1String("--version")) {
        brc::cli::writeOut(QStringLiteral("bedrock-route " BRC_VERSION "\n"));
        return 0;
    }
    for (const Command &command : s_commands) {
        if (arguments.at(1) == QLatin1String(command.name)) {
            QStringList rest = arguments.mid(2);
            rest.prepend(QStringLiteral("bedrock-route ") + QLatin1String(command.name));
            const int code = command.run(rest);
            brc::cli::flushOut();
            return code;
        }
    }
    brc::cli::writeErr(QStringLiteral("bedrock-route: unknown command '%1'\n\n").arg(arguments.at(1)) + overview());
    return 2;
}
