#pragma once

#include "common/result.h"
#include "health/healthplanner.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace brc::aws {
struct ManagedProfile;
}
namespace brc::route {
class RouteParser;
}

namespace brc::ui {

class ConfigSession;
class ProfileListModel;
struct ConsoleServices;

/// The credentials the console can use: managed profiles (secrets in the OS keychain), the AWS
/// shared config's profiles and the environment, with their source. Add, edit, delete, import a
/// profile of ~/.aws, check one with STS GetCallerIdentity (account and ARN), see whether the
/// keychain works (in plain words when it does not), and read core's explanation of which
/// credentials a deployment would use and why. Secret fields are password fields, emptied the
/// moment Save is pressed; secrets go to the keychain only.
class CredentialsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsDialog)

public:
    CredentialsDialog(ConsoleServices &services, const ConfigSession &session, const route::RouteParser &parser,
        QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    /// Shows the explanation for deployment `row`.
    void explainDeployment(int row);
    /// Saves the form as a managed profile (secrets to the keychain first); saved() or failed() follow.
    void saveForm();
    /// Deletes the selected managed profile and its keychain entries.
    void deleteSelected();
    /// Adopts the selected AWS profile as a managed profile.
    void importSelected();
    /// STS GetCallerIdentity for the selected profile; checked() follows.
    void checkSelected();

    ProfileListModel *profiles() const { return m_profiles; }
    QTableView *view() const { return m_view; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *accessKeyEdit() const { return m_accessKey; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *sessionTokenEdit() const { return m_sessionToken; }
    QLineEdit *bearerEdit() const { return m_bearer; }
    QLabel *keychainLabel() const { return m_keychain; }
    QLabel *explanationLabel() const { return m_explanation; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void saved(const QString &profile);
    void failed(const brc::Error &error);
    void checked(bool ok);
    /// The managed profiles changed (the tester re-reads them).
    void profilesChanged();

private:
    void reload();
    void updateForm();
    void loadSelectedIntoForm();
    void writeSecrets(QList<QPair<QString, QString>> secrets, aws::ManagedProfile profile);
    void storeProfile(const aws::ManagedProfile &profile);
    void report(const Error &error);
    void probeKeychain();
    QString selectedName(int origin) const;

    ConsoleServices &m_services;
    const ConfigSession &m_session;
    health::HealthPlanner m_planner;
    ProfileListModel *m_profiles;
    QTableView *m_view;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_accessKey;
    QLineEdit *m_secret;
    QLineEdit *m_sessionToken;
    QLineEdit *m_bearer;
    QComboBox *m_awsProfile;
    QLineEdit *m_region;
    QPushButton *m_save;
    QLabel *m_keychain;
    QComboBox *m_deployment;
    QLabel *m_explanation;
    QLabel *m_status;
};

} // namespace brc::ui
