#include "aws/awssharedconfig.h"
#include "aws/profileimport.h"
#include "aws/secretjob.h"
#include "awsclicontext.h"
#include "commands.h"
#include "common/redact.h"
#include "output.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace brc::cli {

namespace {

const QString s_usage = QStringLiteral(
    "Usage: bedrock-route credentials SUBCOMMAND [OPTIONS]\n\n"
    "Manage AWS credential profiles. Secrets go to the OS keychain only, read from standard input\n"
    "or a prompt without echo, never from the command line.\n\n"
    "Subcommands:\n"
    "  list [--json]                          Managed profiles and AWS shared-config profiles\n"
    "  set --profile P --access-key-id ID [--region R] (--secret-stdin | prompt) [--session-token-stdin]\n"
    "                                         Store keys: the secret in the keychain, the rest in the profile list\n"
    "  set --profile P [--region R] --bearer-token-stdin\n"
    "                                         Store a Bedrock API key (bearer token) in the keychain\n"
    "  import-aws-profile NAME [--as P]       Adopt a profile of ~/.aws/config and ~/.aws/credentials\n"
    "  delete P                               Remove a managed profile and its keychain entries\n"
    "  check P [--sts-endpoint URL] [--region R]\n"
    "                                         Call STS GetCallerIdentity with the profile's credentials\n"
    "                                         (--sts-endpoint or AWS_STS_ENDPOINT override the endpoint)\n");

int fail(const QString &command, const Error &error)
{
    writeErr(command + QStringLiteral(": ") + redact(error.toString()) + u'\n');
    return 1;
}

// Parses `arguments` (arguments[0] = "bedrock-route credentials SUB"); returns -1 to go on.
int parseOrExit(QCommandLineParser &parser, const QStringList &arguments, int positional)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        return usageError(arguments.value(0), parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeHelp(parser, arguments.value(0));
        return 0;
    }
    if (parser.positionalArguments().size() != positional) {
        return usageError(arguments.value(0),
            positional == 0 ? QStringLiteral("unexpected argument") : QStringLiteral("expected one profile name"));
    }
    return -1;
}

Result<void> saveProfile(AwsCliContext &context, const aws::ManagedProfile &profile)
{
    Result<aws::ProfileCatalog> catalog = aws::ProfileCatalog::load(context.catalogPath);
    if (!catalog) {
        return catalog.error();
    }
    if (Result<void> added = catalog->upsert(profile); !added) {
        return added;
    }
    return catalog->save(context.catalogPath);
}

Result<void> storeSecret(AwsCliContext &context, const QString &key, const QString &secret)
{
    const Result<QString> written = AwsCliContext::wait(context.secrets.write(key, secret), &aws::SecretJob::finished);
    if (!written) {
        return written.error();
    }
    return {};
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List managed profiles and the AWS shared-config profiles."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    if (const int code = parseOrExit(parser, arguments, 0); code >= 0) {
        return code;
    }
    AwsCliContext context;
    const Result<aws::ProfileCatalog> catalog = aws::ProfileCatalog::load(context.catalogPath);
    if (!catalog) {
        return fail(arguments.value(0), catalog.error());
    }
    const Result<aws::AwsSharedConfig> shared = aws::AwsSharedConfig::load(context.environment);
    QJsonArray managed;
    QString text = QStringLiteral("Managed profiles (%1):\n").arg(context.catalogPath);
    for (const aws::ManagedProfile &profile : catalog->profiles()) {
        QString kindText = QStringLiteral("keys (secret in keychain)");
        if (profile.kind == aws::ManagedProfile::Kind::AwsProfile) {
            kindText = QStringLiteral("AWS profile '%1'").arg(profile.awsProfile);
        } else if (profile.kind == aws::ManagedProfile::Kind::BearerToken) {
            kindText = QStringLiteral("API key (in keychain)");
        }
        managed.append(QJsonObject {
            { QStringLiteral("name"), profile.name },
            { QStringLiteral("kind"), aws::ManagedProfile::kindName(profile.kind) },
            { QStringLiteral("access_key_id"), profile.accessKeyId },
            { QStringLiteral("region"), profile.region },
            { QStringLiteral("aws_profile"), profile.awsProfile },
        });
        text += QStringLiteral("  %1  %2  %3  %4\n")
                    .arg(profile.name, -16)
                    .arg(kindText, -28)
                    .arg(profile.accessKeyId, -20)
                    .arg(profile.region);
    }
    if (catalog->profiles().isEmpty()) {
        text += QStringLiteral("  (none)\n");
    }
    QJsonArray awsProfiles;
    text += QStringLiteral("\nAWS shared-config profiles (%1, %2):\n")
                .arg(aws::AwsSharedConfig::configPath(context.environment),
                    aws::AwsSharedConfig::credentialsPath(context.environment));
    if (shared) {
        for (const QString &name : shared->profileNames()) {
            const aws::AwsProfile profile = shared->profile(name).valueOr({});
            QString kind = QStringLiteral("no credentials");
            if (profile.usesSso) {
                kind = QStringLiteral("sso (unsupported)");
            } else if (!profile.roleArn.isEmpty()) {
                kind = QStringLiteral("role");
            } else if (!profile.credentialProcess.isEmpty()) {
                kind = QStringLiteral("credential_process");
            } else if (profile.hasStaticKeys()) {
                kind = QStringLiteral("keys");
            }
            awsProfiles.append(QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("kind"), kind },
                { QStringLiteral("region"), profile.region } });
            text += QStringLiteral("  %1  %2  %3\n").arg(name, -16).arg(kind, -28).arg(profile.region);
        }
        if (shared->profileNames().isEmpty()) {
            text += QStringLiteral("  (none)\n");
        }
    }
    if (parser.isSet(json)) {
        QJsonObject out { { QStringLiteral("profiles"), managed }, { QStringLiteral("aws_profiles"), awsProfiles } };
        if (!shared) {
            out.insert(QStringLiteral("aws_config_error"), redact(shared.error().toString()));
        }
        writeOut(QJsonDocument(out).toJson(QJsonDocument::Indented));
    } else {
        writeOut(text);
    }
    if (!shared) {
        return fail(arguments.value(0), shared.error());
    }
    return 0;
}

int runSet(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Store an access key pair: the secret goes to the OS keychain, the key id and region to the profile list.\n"
        "The secret is read from standard input (--secret-stdin) or a prompt without echo."));
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Profile name."), QStringLiteral("P"));
    const QCommandLineOption keyId(
        QStringLiteral("access-key-id"), QStringLiteral("Access key id."), QStringLiteral("ID"));
    const QCommandLineOption region(QStringLiteral("region"), QStringLiteral("Default region."), QStringLiteral("R"));
    const QCommandLineOption secretStdin(
        QStringLiteral("secret-stdin"), QStringLiteral("Read the secret from the first line of standard input."));
    const QCommandLineOption tokenStdin(QStringLiteral("session-token-stdin"),
        QStringLiteral("Also read a session token from the next line of standard input."));
    const QCommandLineOption bearerStdin(QStringLiteral("bearer-token-stdin"),
        QStringLiteral("Store a Bedrock API key (bearer token) read from standard input "
                       "instead of access keys."));
    parser.addOptions({ profile, keyId, region, secretStdin, tokenStdin, bearerStdin });
    if (const int code = parseOrExit(parser, arguments, 0); code >= 0) {
        return code;
    }
    const QString command = arguments.value(0);
    if (parser.isSet(bearerStdin)) {
        if (!parser.isSet(profile) || parser.isSet(keyId) || parser.isSet(secretStdin) || parser.isSet(tokenStdin)) {
            return usageError(command, QStringLiteral("--bearer-token-stdin takes --profile (and --region), no keys"));
        }
        if (!aws::ProfileCatalog::isValidName(parser.value(profile))) {
            return usageError(command, QStringLiteral("profile names are 1 to 64 letters, digits, '.', '_' or '-'"));
        }
        const Result<QString> bearer = AwsCliContext::readSecret(true, QString());
        if (!bearer) {
            return fail(command, bearer.error());
        }
        AwsCliContext context;
        const QString name = parser.value(profile);
        if (Result<void> stored = storeSecret(context, aws::keychainBearerTokenKey(name), *bearer); !stored) {
            return fail(command, stored.error());
        }
        aws::ManagedProfile managed;
        managed.name = name;
        managed.kind = aws::ManagedProfile::Kind::BearerToken;
        managed.region = parser.value(region);
        if (Result<void> saved = saveProfile(context, managed); !saved) {
            return fail(command, saved.error());
        }
        writeOut(QStringLiteral("Stored profile '%1': its Bedrock API key is in the OS keychain (service '%2').\n")
                     .arg(name, context.secrets.serviceName()));
        return 0;
    }
    if (!parser.isSet(profile) || !parser.isSet(keyId)) {
        return usageError(command, QStringLiteral("--profile and --access-key-id are required"));
    }
    if (!aws::ProfileCatalog::isValidName(parser.value(profile))) {
        return usageError(command, QStringLiteral("profile names are 1 to 64 letters, digits, '.', '_' or '-'"));
    }
    const Result<QString> secret
        = AwsCliContext::readSecret(parser.isSet(secretStdin), QStringLiteral("Secret access key: "));
    if (!secret) {
        return secret.error().code == QLatin1String("cli.no_secret") && !parser.isSet(secretStdin)
            ? usageError(command, secret.error().message)
            : fail(command, secret.error());
    }
    QString token;
    if (parser.isSet(tokenStdin)) {
        const Result<QString> readToken = AwsCliContext::readSecret(true, QString());
        if (!readToken) {
            return fail(command, readToken.error());
        }
        token = *readToken;
    }
    AwsCliContext context;
    const QString name = parser.value(profile);
    if (Result<void> stored = storeSecret(context, aws::keychainSecretKey(name), *secret); !stored) {
        return fail(command, stored.error());
    }
    if (!token.isEmpty()) {
        if (Result<void> stored = storeSecret(context, aws::keychainSessionTokenKey(name), token); !stored) {
            return fail(command, stored.error());
        }
    } else {
        // A token left from an earlier set would pair with the wrong keys.
        (void)AwsCliContext::wait(
            context.secrets.remove(aws::keychainSessionTokenKey(name)), &aws::SecretJob::finished);
    }
    aws::ManagedProfile managed;
    managed.name = name;
    managed.accessKeyId = parser.value(keyId);
    managed.region = parser.value(region);
    managed.hasSessionToken = !token.isEmpty();
    if (Result<void> saved = saveProfile(context, managed); !saved) {
        return fail(command, saved.error());
    }
    writeOut(QStringLiteral("Stored profile '%1' (access key %2); its secret is in the OS keychain (service '%3').\n")
                 .arg(name, managed.accessKeyId, context.secrets.serviceName()));
    return 0;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Adopt a profile of the AWS shared config. Static keys are copied into the OS keychain; roles and\n"
        "credential_process profiles are referenced and stay in the AWS files. SSO profiles are not supported."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The AWS profile."));
    const QCommandLineOption as(
        QStringLiteral("as"), QStringLiteral("Name of the managed profile (default NAME)."), QStringLiteral("P"));
    parser.addOption(as);
    if (const int code = parseOrExit(parser, arguments, 1); code >= 0) {
        return code;
    }
    const QString command = arguments.value(0);
    const QString awsName = parser.positionalArguments().first();
    const QString name = parser.isSet(as) ? parser.value(as) : awsName;
    if (!aws::ProfileCatalog::isValidName(name)) {
        return usageError(command, QStringLiteral("'%1' is not a usable profile name; choose one with --as").arg(name));
    }
    AwsCliContext context;
    const Result<aws::AwsSharedConfig> shared = aws::AwsSharedConfig::load(context.environment);
    if (!shared) {
        return fail(command, shared.error());
    }
    const Result<aws::AwsProfile> profile = shared->profile(awsName);
    if (!profile) {
        return fail(command, profile.error());
    }
    const Result<aws::ProfileImport> planned = aws::importAwsProfile(*profile, name);
    if (!planned) {
        return fail(command, planned.error());
    }
    for (const auto &[key, secret] : planned->secrets) {
        if (Result<void> stored = storeSecret(context, key, secret); !stored) {
            return fail(command, stored.error());
        }
    }
    const aws::ManagedProfile &managed = planned->profile;
    if (Result<void> saved = saveProfile(context, managed); !saved) {
        return fail(command, saved.error());
    }
    writeOut(managed.kind == aws::ManagedProfile::Kind::Keys
            ? QStringLiteral("Imported '%1' as '%2': access key %3, secret copied into the OS keychain.\n")
                  .arg(awsName, name, managed.accessKeyId)
            : QStringLiteral("Imported '%1' as '%2': it refers to the AWS profile, whose settings stay in the "
                             "AWS files.\n")
                  .arg(awsName, name));
    return 0;
}

int runDelete(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Remove a managed profile and its keychain entries."));
    parser.addPositionalArgument(QStringLiteral("P"), QStringLiteral("The profile."));
    if (const int code = parseOrExit(parser, arguments, 1); code >= 0) {
        return code;
    }
    const QString command = arguments.value(0);
    const QString name = parser.positionalArguments().first();
    AwsCliContext context;
    Result<aws::ProfileCatalog> catalog = aws::ProfileCatalog::load(context.catalogPath);
    if (!catalog) {
        return fail(command, catalog.error());
    }
    if (catalog->find(name) == nullptr) {
        return fail(command,
            Error(QStringLiteral("profiles.unknown"), QStringLiteral("There is no managed profile '%1'.").arg(name)));
    }
    for (const QString &key :
        { aws::keychainSecretKey(name), aws::keychainSessionTokenKey(name), aws::keychainBearerTokenKey(name) }) {
        const Result<QString> removed = AwsCliContext::wait(context.secrets.remove(key), &aws::SecretJob::finished);
        if (!removed && removed.error().code != QLatin1String("secrets.not_found")) {
            return fail(command, removed.error());
        }
    }
    catalog->remove(name);
    if (Result<void> saved = catalog->save(context.catalogPath); !saved) {
        return fail(command, saved.error());
    }
    writeOut(QStringLiteral("Deleted profile '%1' and its keychain entries.\n").arg(name));
    return 0;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check a profile's credentials with STS GetCallerIdentity and say where they came from."));
    parser.addPositionalArgument(QStringLiteral("P"), QStringLiteral("A managed or AWS profile."));
    const QCommandLineOption endpoint(QStringLiteral("sts-endpoint"),
        QStringLiteral("STS endpoint URL (default AWS_STS_ENDPOINT, else regional)."), QStringLiteral("URL"));
    const QCommandLineOption region(QStringLiteral("region"), QStringLiteral("Region for STS."), QStringLiteral("R"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({ endpoint, region, json });
    if (const int code = parseOrExit(parser, arguments, 1); code >= 0) {
        return code;
    }
    const QString command = arguments.value(0);
    AwsCliContext context;
    const Result<aws::ResolvedCredentials> credentials = context.resolve(parser.positionalArguments().first());
    if (!credentials) {
        return fail(command, credentials.error());
    }
    if (credentials->isBearer()) {
        return fail(command,
            Error(QStringLiteral("credentials.unsupported"),
                QStringLiteral("A bearer token cannot be checked with STS.")));
    }
    const QString stsRegion = parser.isSet(region) ? parser.value(region) : credentials->region;
    QString url = parser.value(endpoint);
    if (url.isEmpty()) {
        url = context.environment.value(QStringLiteral("AWS_STS_ENDPOINT"));
    }
    const QUrl stsUrl = url.isEmpty() ? aws::StsClient::regionalEndpoint(stsRegion) : QUrl(url);
    if (!stsUrl.isValid() || stsUrl.host().isEmpty()) {
        return usageError(command, QStringLiteral("--sts-endpoint must be a URL"));
    }
    const Result<aws::StsResult> identity = AwsCliContext::wait(
        context.sts.getCallerIdentity(credentials->credentials, stsUrl, stsRegion), &aws::StsJob::finished);
    if (!identity) {
        return fail(command, identity.error());
    }
    if (parser.isSet(json)) {
        writeOut(QJsonDocument(QJsonObject { { QStringLiteral("account"), identity->identity.account },
                                   { QStringLiteral("arn"), identity->identity.arn },
                                   { QStringLiteral("user_id"), identity->identity.userId },
                                   { QStringLiteral("access_key_id"), credentials->credentials.accessKeyId },
                                   { QStringLiteral("credential_source"), credentials->explanation } })
                     .toJson(QJsonDocument::Indented));
    } else {
        writeOut(QStringLiteral("OK: account %1, %2\nAccess key: %3\nSource: %4\n")
                     .arg(identity->identity.account, identity->identity.arn, credentials->credentials.accessKeyId,
                         credentials->explanation));
    }
    return 0;
}

} // namespace

int runCredentials(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        writeOut(s_usage);
        return sub.isEmpty() ? 2 : 0;
    }
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + u' ' + sub);
    if (sub == QLatin1String("list")) {
        return runList(rest);
    }
    if (sub == QLatin1String("set")) {
        return runSet(rest);
    }
    if (sub == QLatin1String("import-aws-profile")) {
        return runImport(rest);
    }
    if (sub == QLatin1String("delete")) {
        return runDelete(rest);
    }
    if (sub == QLatin1String("check")) {
        return runCheck(rest);
    }
    writeErr(QStringLiteral("%1: unknown subcommand '%2'\n\n").arg(arguments.value(0), sub) + s_usage);
    return 2;
}

} // namespace brc::cli
