#include "credentialsdialog.h"

#include "aws/awsprofile.h"
#include "aws/awssharedconfig.h"
#include "aws/credentialplan.h"
#include "aws/credentialresolver.h"
#include "aws/profilecatalog.h"
#include "aws/profileimport.h"
#include "aws/secretjob.h"
#include "aws/secretstore.h"
#include "aws/stsclient.h"
#include "common/redact.h"
#include "config/configdocument.h"
#include "document/configsession.h"
#include "profilelistmodel.h"
#include "services/consoleservices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace brc::ui {

namespace {

QLineEdit *secretField(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessible);
    edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    edit->setContextMenuPolicy(Qt::NoContextMenu);
    return edit;
}

/// Empties a secret field for good: the text goes, and with it the undo history that still
/// holds it.
void wipe(QLineEdit *edit)
{
    edit->clear();
    edit->setText(QString());
    edit->setModified(false);
}

} // namespace

CredentialsDialog::CredentialsDialog(
    ConsoleServices &services, const ConfigSession &session, const route::RouteParser &parser, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_session(session)
    , m_planner(parser, services.environment)
    , m_profiles(new ProfileListModel(this))
    , m_view(new QTableView(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_accessKey(new QLineEdit(this))
    , m_secret(secretField(QStringLiteral("secretEdit"), tr("Secret access key"), this))
    , m_sessionToken(secretField(QStringLiteral("sessionTokenEdit"), tr("Session token"), this))
    , m_bearer(secretField(QStringLiteral("bearerEdit"), tr("Bedrock API key"), this))
    , m_awsProfile(new QComboBox(this))
    , m_region(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save profile"), this))
    , m_keychain(new QLabel(this))
    , m_deployment(new QComboBox(this))
    , m_explanation(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("credentialsDialog"));
    setWindowTitle(tr("Credentials"));
    m_view->setObjectName(QStringLiteral("profilesView"));
    m_view->setAccessibleName(tr("Credential profiles"));
    m_view->setModel(m_profiles);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_name->setAccessibleName(tr("Profile name"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setAccessibleName(tr("Kind of credentials"));
    m_kind->addItem(tr("Access keys (secret in the keychain)"), int(aws::ManagedProfile::Kind::Keys));
    m_kind->addItem(tr("Bedrock API key (in the keychain)"), int(aws::ManagedProfile::Kind::BearerToken));
    m_kind->addItem(tr("An AWS profile of ~/.aws"), int(aws::ManagedProfile::Kind::AwsProfile));
    m_accessKey->setObjectName(QStringLiteral("accessKeyEdit"));
    m_accessKey->setAccessibleName(tr("Access key id"));
    m_awsProfile->setObjectName(QStringLiteral("awsProfileCombo"));
    m_awsProfile->setAccessibleName(tr("AWS profile"));
    m_region->setObjectName(QStringLiteral("profileRegionEdit"));
    m_region->setAccessibleName(tr("Region"));
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_keychain->setObjectName(QStringLiteral("keychainLabel"));
    m_keychain->setWordWrap(true);
    m_deployment->setObjectName(QStringLiteral("explainDeploymentCombo"));
    m_deployment->setAccessibleName(tr("Deployment to explain"));
    m_explanation->setObjectName(QStringLiteral("explanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("credentialsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *newButton = new QPushButton(tr("&New"), this);
    newButton->setObjectName(QStringLiteral("newProfileButton"));
    auto *deleteButton = new QPushButton(tr("&Delete"), this);
    deleteButton->setObjectName(QStringLiteral("deleteProfileButton"));
    auto *importButton = new QPushButton(tr("&Import from ~/.aws"), this);
    importButton->setObjectName(QStringLiteral("importProfileButton"));
    auto *checkButton = new QPushButton(tr("C&heck (STS)"), this);
    checkButton->setObjectName(QStringLiteral("checkProfileButton"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(deleteButton);
    listButtons->addWidget(importButton);
    listButtons->addWidget(checkButton);
    listButtons->addStretch(1);

    auto *editor = new QGroupBox(tr("Managed profile"), this);
    auto *form = new QFormLayout(editor);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Access key id:"), m_accessKey);
    form->addRow(tr("Se&cret access key:"), m_secret);
    form->addRow(tr("Session &token:"), m_sessionToken);
    form->addRow(tr("Bedrock &API key:"), m_bearer);
    form->addRow(tr("AWS &profile:"), m_awsProfile);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(QString(), m_save);

    auto *explain = new QGroupBox(tr("Which credentials would a deployment use?"), this);
    auto *explainLayout = new QVBoxLayout(explain);
    explainLayout->addWidget(m_deployment);
    explainLayout->addWidget(m_explanation);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keychain);
    layout->addWidget(m_view, 1);
    layout->addLayout(listButtons);
    layout->addWidget(editor);
    layout->addWidget(explain);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newButton, &QPushButton::clicked, this, [this] {
        m_view->clearSelection();
        m_name->clear();
        m_accessKey->clear();
        m_region->clear();
        m_name->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &CredentialsDialog::saveForm);
    connect(deleteButton, &QPushButton::clicked, this, &CredentialsDialog::deleteSelected);
    connect(importButton, &QPushButton::clicked, this, &CredentialsDialog::importSelected);
    connect(checkButton, &QPushButton::clicked, this, &CredentialsDialog::checkSelected);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CredentialsDialog::updateForm);
    connect(m_deployment, &QComboBox::currentIndexChanged, this,
        [this] { explainDeployment(m_deployment->currentData().toInt()); });
    connect(&m_services.secrets, &aws::SecretStore::keychainUnavailable, this, [this](const Error &error) {
        m_keychain->setText(tr("The OS keychain cannot be used: %1").arg(error.message));
    });

    const auto &deployments = m_session.document().deployments();
    for (int row = 0; row < deployments.size(); ++row) {
        m_deployment->addItem(
            QStringLiteral("%1 — %2").arg(deployments.at(row).modelName.text, deployments.at(row).model()), row);
    }
    reload();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CredentialsDialog::loadSelectedIntoForm);
    updateForm();
    probeKeychain();
    resize(760, 680);
}

CredentialsDialog::~CredentialsDialog()
{
    wipe(m_secret);
    wipe(m_sessionToken);
    wipe(m_bearer);
}

void CredentialsDialog::reload()
{
    const QStringList problems = m_profiles->reload(m_services.profileCatalogPath, m_services.environment);
    if (!problems.isEmpty()) {
        m_status->setText(problems.join(u'\n'));
    }
    m_awsProfile->clear();
    if (const Result<aws::AwsSharedConfig> shared = aws::AwsSharedConfig::load(m_services.environment)) {
        m_awsProfile->addItems(shared->profileNames());
    }
    m_view->resizeColumnsToContents();
}

void CredentialsDialog::probeKeychain()
{
    if (m_services.secrets.isMemoryOnly()) {
        m_keychain->setText(tr("Secrets are kept in memory for this run only (the keychain was unavailable)."));
        return;
    }
    m_keychain->setText(tr("Checking the OS keychain…"));
    aws::SecretJob *job = m_services.secrets.read(QStringLiteral("keychain-probe"));
    connect(job, &aws::SecretJob::finished, this, [this](const Result<QString> &result) {
        if (result || result.error().code == QLatin1String("secrets.not_found")) {
            m_keychain->setText(tr("The OS keychain is available: secrets are stored there under \"%1\".")
                                    .arg(m_services.secrets.serviceName()));
        } else if (result.error().code == QLatin1String("secrets.locked")) {
            m_keychain->setText(tr("The OS keychain is locked or refused access: unlock it (your login keyring) and "
                                   "reopen this dialog. (%1)")
                                    .arg(result.error().message));
        } else {
            m_keychain->setText(tr("No OS keychain is available, so secrets cannot be stored: %1. Start a Secret "
                                   "Service (GNOME Keyring or KWallet) in this session.")
                                    .arg(result.error().message));
        }
    });
}

void CredentialsDialog::updateForm()
{
    const auto kind = aws::ManagedProfile::Kind(m_kind->currentData().toInt());
    const bool keys = kind == aws::ManagedProfile::Kind::Keys;
    m_accessKey->setEnabled(keys);
    m_secret->setEnabled(keys);
    m_sessionToken->setEnabled(keys);
    m_bearer->setEnabled(kind == aws::ManagedProfile::Kind::BearerToken);
    m_awsProfile->setEnabled(kind == aws::ManagedProfile::Kind::AwsProfile);
}

QString CredentialsDialog::selectedName(int origin) const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || current.data(ProfileListModel::OriginRole).toInt() != origin) {
        return {};
    }
    return current.data(ProfileListModel::NameRole).toString();
}

void CredentialsDialog::loadSelectedIntoForm()
{
    const QString name = selectedName(int(ProfileListModel::Origin::Managed));
    const Result<aws::ProfileCatalog> catalog = aws::ProfileCatalog::load(m_services.profileCatalogPath);
    const aws::ManagedProfile *profile = name.isEmpty() || !catalog ? nullptr : catalog->find(name);
    if (profile == nullptr) {
        return;
    }
    m_name->setText(profile->name);
    m_kind->setCurrentIndex(m_kind->findData(int(profile->kind)));
    m_accessKey->setText(profile->accessKeyId);
    m_region->setText(profile->region);
    m_awsProfile->setCurrentText(profile->awsProfile);
    // Stored secrets are never read back into the form: leaving a field empty keeps them.
    m_secret->setPlaceholderText(tr("stored in the keychain; type to replace"));
    m_bearer->setPlaceholderText(tr("stored in the keychain; type to replace"));
}

void CredentialsDialog::saveForm()
{
    // The secrets leave the widgets at once, whatever happens next.
    QString secret = m_secret->text();
    QString sessionToken = m_sessionToken->text();
    QString bearer = m_bearer->text();
    wipe(m_secret);
    wipe(m_sessionToken);
    wipe(m_bearer);

    aws::ManagedProfile profile;
    profile.name = m_name->text().trimmed();
    profile.kind = aws::ManagedProfile::Kind(m_kind->currentData().toInt());
    profile.region = m_region->text().trimmed();
    if (!aws::ProfileCatalog::isValidName(profile.name)) {
        report(Error(QStringLiteral("profiles.bad_name"),
            tr("Give the profile a name of 1 to 64 letters, digits, '.', '_' or '-'.")));
        return;
    }
    const Result<aws::ProfileCatalog> catalog = aws::ProfileCatalog::load(m_services.profileCatalogPath);
    const aws::ManagedProfile *existing = catalog ? catalog->find(profile.name) : nullptr;
    QList<QPair<QString, QString>> secrets;
    switch (profile.kind) {
    case aws::ManagedProfile::Kind::Keys:
        profile.accessKeyId = m_accessKey->text().trimmed();
        if (profile.accessKeyId.isEmpty()) {
            report(Error(QStringLiteral("profiles.incomplete"), tr("Give the access key id.")));
            return;
        }
        if (!secret.isEmpty()) {
            secrets.append({ aws::keychainSecretKey(profile.name), secret });
        } else if (existing == nullptr || existing->kind != profile.kind) {
            report(Error(QStringLiteral("profiles.incomplete"), tr("Give the secret access key.")));
            return;
        }
        profile.hasSessionToken
            = !sessionToken.isEmpty() || (secret.isEmpty() && existing != nullptr && existing->hasSessionToken);
        if (!sessionToken.isEmpty()) {
            secrets.append({ aws::keychainSessionTokenKey(profile.name), sessionToken });
        }
        break;
    case aws::ManagedProfile::Kind::BearerToken:
        if (!bearer.isEmpty()) {
            secrets.append({ aws::keychainBearerTokenKey(profile.name), bearer });
        } else if (existing == nullptr || existing->kind != profile.kind) {
            report(Error(QStringLiteral("profiles.incomplete"), tr("Give the Bedrock API key.")));
            return;
        }
        break;
    case aws::ManagedProfile::Kind::AwsProfile:
        profile.awsProfile = m_awsProfile->currentText();
        break;
    }
    secret.fill(QChar(0));
    sessionToken.fill(QChar(0));
    bearer.fill(QChar(0));
    m_status->setText(tr("Saving…"));
    writeSecrets(std::move(secrets), profile);
}

void CredentialsDialog::writeSecrets(QList<QPair<QString, QString>> secrets, aws::ManagedProfile profile)
{
    if (secrets.isEmpty()) {
        storeProfile(profile);
        return;
    }
    QPair<QString, QString> next = secrets.takeFirst();
    aws::SecretJob *job = m_services.secrets.write(next.first, next.second);
    next.second.fill(QChar(0));
    connect(job, &aws::SecretJob::finished, this,
        [this, rest = std::move(secrets), profile](const Result<QString> &written) mutable {
            if (!written) {
                for (auto &pending : rest) {
                    pending.second.fill(QChar(0));
                }
                report(written.error());
                return;
            }
            writeSecrets(std::move(rest), profile);
        });
}

void CredentialsDialog::storeProfile(const aws::ManagedProfile &profile)
{
    Result<aws::ProfileCatalog> catalog = aws::ProfileCatalog::load(m_services.profileCatalogPath);
    if (!catalog) {
        report(catalog.error());
        return;
    }
    if (const Result<void> added = catalog->upsert(profile); !added) {
        report(added.error());
        return;
    }
    if (const Result<void> written = catalog->save(m_services.profileCatalogPath); !written) {
        report(written.error());
        return;
    }
    reload();
    m_status->setText(tr("Saved profile \"%1\"; its secrets are in the OS keychain.").arg(profile.name));
    Q_EMIT profilesChanged();
    Q_EMIT saved(profile.name);
}

void CredentialsDialog::report(const Error &error)
{
    m_status->setText(redact(error.toString()));
    if (error.code == QLatin1String("secrets.unavailable") || error.code == QLatin1String("secrets.locked")) {
        m_keychain->setText(tr("The OS keychain cannot be used: %1").arg(error.message));
    }
    Q_EMIT failed(error);
}

void CredentialsDialog::deleteSelected()
{
    const QString name = selectedName(int(ProfileListModel::Origin::Managed));
    if (name.isEmpty()) {
        m_status->setText(tr("Select a console profile to delete (AWS profiles are edited in ~/.aws)."));
        return;
    }
    for (const QString &key :
        { aws::keychainSecretKey(name), aws::keychainSessionTokenKey(name), aws::keychainBearerTokenKey(name) }) {
        aws::SecretJob *job = m_services.secrets.remove(key);
        connect(job, &aws::SecretJob::finished, this, [this](const Result<QString> &removed) {
            if (!removed && removed.error().code != QLatin1String("secrets.not_found")) {
                report(removed.error());
            }
        });
    }
    Result<aws::ProfileCatalog> catalog = aws::ProfileCatalog::load(m_services.profileCatalogPath);
    if (!catalog) {
        report(catalog.error());
        return;
    }
    catalog->remove(name);
    if (const Result<void> written = catalog->save(m_services.profileCatalogPath); !written) {
        report(written.error());
        return;
    }
    reload();
    m_status->setText(tr("Deleted profile \"%1\" and its keychain entries.").arg(name));
    Q_EMIT profilesChanged();
}

void CredentialsDialog::importSelected()
{
    const QString name = selectedName(int(ProfileListModel::Origin::AwsProfile));
    if (name.isEmpty()) {
        m_status->setText(tr("Select an AWS profile to import."));
        return;
    }
    const Result<aws::AwsSharedConfig> shared = aws::AwsSharedConfig::load(m_services.environment);
    const Result<aws::AwsProfile> profile = shared ? shared->profile(name) : Result<aws::AwsProfile>(shared.error());
    if (!profile) {
        report(profile.error());
        return;
    }
    Result<aws::ProfileImport> planned = aws::importAwsProfile(*profile, name);
    if (!planned) {
        report(planned.error());
        return;
    }
    m_status->setText(tr("Importing…"));
    writeSecrets(std::move(planned->secrets), planned->profile);
}

void CredentialsDialog::checkSelected()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_status->setText(tr("Select a profile to check."));
        return;
    }
    const auto origin = ProfileListModel::Origin(current.data(ProfileListModel::OriginRole).toInt());
    const QString name = current.data(ProfileListModel::NameRole).toString();
    aws::CredentialRequest request;
    if (origin == ProfileListModel::Origin::Managed) {
        const Result<aws::ProfileCatalog> catalog = aws::ProfileCatalog::load(m_services.profileCatalogPath);
        if (const aws::ManagedProfile *managed = catalog ? catalog->find(name) : nullptr) {
            request = managed->toRequest();
        }
    } else if (origin == ProfileListModel::Origin::AwsProfile) {
        request.profileName = name;
    } else {
        request = request.withEnvironmentFallbacks(m_services.environment);
    }
    m_status->setText(tr("Checking \"%1\" with STS GetCallerIdentity…").arg(name));
    aws::CredentialJob *job = m_services.resolver.resolve(request);
    connect(job, &aws::CredentialJob::finished, this, [this](const Result<aws::ResolvedCredentials> &credentials) {
        if (!credentials) {
            report(credentials.error());
            Q_EMIT checked(false);
            return;
        }
        if (credentials->isBearer()) {
            m_status->setText(tr("A Bedrock API key cannot be checked with STS; test a deployment with it instead."));
            Q_EMIT checked(false);
            return;
        }
        const QString region = credentials->region;
        const QString configured = m_services.environment.value(QStringLiteral("AWS_STS_ENDPOINT"));
        const QUrl endpoint = configured.isEmpty() ? aws::StsClient::regionalEndpoint(region) : QUrl(configured);
        const QString explanation = credentials->explanation;
        aws::StsJob *sts = m_services.sts.getCallerIdentity(credentials->credentials, endpoint, region);
        connect(sts, &aws::StsJob::finished, this, [this, explanation](const Result<aws::StsResult> &identity) {
            if (!identity) {
                report(identity.error());
                Q_EMIT checked(false);
                return;
            }
            m_status->setText(
                tr("OK: account %1, %2\n%3").arg(identity->identity.account, identity->identity.arn, explanation));
            Q_EMIT checked(true);
        });
    });
}

void CredentialsDialog::explainDeployment(int row)
{
    const auto &deployments = m_session.document().deployments();
    if (row < 0 || row >= deployments.size()) {
        m_explanation->clear();
        return;
    }
    const int index = m_deployment->findData(row);
    if (index >= 0 && index != m_deployment->currentIndex()) {
        m_deployment->setCurrentIndex(index);
        return;
    }
    const aws::CredentialPlan plan
        = aws::planCredentials(m_planner.credentialRequest(deployments.at(row)), m_services.environment);
    m_explanation->setText(
        tr("<b>%1</b>: %2")
            .arg(aws::credentialSourceName(plan.source).toHtmlEscaped(), plan.explanation.toHtmlEscaped()));
}

} // namespace brc::ui
