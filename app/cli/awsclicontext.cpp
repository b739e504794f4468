#include "awsclicontext.h"

#include "aws/awssharedconfig.h"

#include <QFile>

#include <termios.h>
#include <unistd.h>

#include <cstdio>

namespace brc::cli {

AwsCliContext::AwsCliContext()
    : environment(QProcessEnvironment::systemEnvironment())
    , sts(network, signer)
    , resolver(secrets, sts, environment)
    , catalogPath(aws::ProfileCatalog::defaultPath())
{
    network.setAutoDeleteReplies(false);
    network.setTransferTimeout(30000);
}

Result<aws::ResolvedCredentials> AwsCliContext::resolve(const QString &profileName)
{
    aws::CredentialRequest request;
    if (!profileName.isEmpty()) {
        const Result<aws::ProfileCatalog> catalog = aws::ProfileCatalog::load(catalogPath);
        if (!catalog) {
            return catalog.error();
        }
        if (const aws::ManagedProfile *managed = catalog->find(profileName)) {
            request = managed->toRequest();
        } else {
            request.profileName = profileName;
        }
    }
    return wait(resolver.resolve(request), &aws::CredentialJob::finished);
}

Result<QString> AwsCliContext::readSecret(bool fromStdin, const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    if (!fromStdin && !terminal) {
        return Error(QStringLiteral("cli.no_secret"),
            QStringLiteral("Give the secret on standard input with --secret-stdin (never on the command "
                           "line), or run in a terminal to be prompted."));
    }
    termios saved {};
    const bool hideEcho = terminal && !fromStdin;
    if (hideEcho) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    QByteArray line;
    // Unbuffered, so a second read (the session token) finds the next line.
    if (in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        line = in.readLine(64 * 1024);
    }
    if (hideEcho) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    QString secret = QString::fromUtf8(line);
    line.fill('\0');
    if (secret.isEmpty()) {
        return Error(QStringLiteral("cli.no_secret"), QStringLiteral("No secret was given on standard input."));
    }
    return secret;
}

} // namespace brc::cli
