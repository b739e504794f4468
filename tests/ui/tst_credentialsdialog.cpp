// The credentials dialog on a real (throwaway) Secret Service: a distinctive secret typed into it
// reaches the keychain, and afterwards no file under HOME and no widget holds it.
#include "aws/credentialrequest.h"
#include "aws/profilecatalog.h"
#include "aws/secretjob.h"
#include "config/configdocument.h"
#include "consoleservicesfixture.h"
#include "credentials/credentialsdialog.h"
#include "credentials/profilelistmodel.h"
#include "document/configsession.h"
#include "route/routeparser.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace brc;

namespace {

// Built at run time so that the text of this test's own source and binary never match.
QString distinctiveSecret()
{
    return QStringLiteral("zQ7-") + QStringLiteral("dialog-only-secret-") + QString::number(0x5EC12E7, 16)
        + QStringLiteral("-Xy");
}

QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray content = file.readAll();
            if (content.contains(needle)) {
                hits.append(file.fileName());
            }
        }
    }
    return hits;
}

QStringList widgetsShowing(const QString &needle)
{
    QStringList hits;
    for (QWidget *widget : QApplication::allWidgets()) {
        QString text;
        if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            text = edit->text() + edit->placeholderText() + edit->displayText();
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            text = label->text();
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
            text = plain->toPlainText();
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i) {
                text += combo->itemText(i);
            }
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            for (int r = 0; r < view->model()->rowCount(); ++r) {
                for (int c = 0; c < view->model()->columnCount(); ++c) {
                    text += view->model()->index(r, c).data().toString();
                }
            }
        }
        text += widget->toolTip() + widget->windowTitle() + widget->accessibleName();
        if (text.contains(needle)) {
            hits.append(
                widget->objectName() + QStringLiteral(" (") + QLatin1String(widget->metaObject()->className()) + u')');
        }
    }
    return hits;
}

} // namespace

class TestCredentialsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secretTypedInIsInTheKeychainOnly();
    void explainsWhichCredentialsADeploymentUses();
    void importsAndDeletesAnAwsProfile();

private:
    std::unique_ptr<ConsoleServicesFixture> m_fixture;
    route::RouteParser m_parser;
    ui::ConfigSession m_session;
};

void TestCredentialsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<ConsoleServicesFixture>();
    m_fixture->services.environment.insert(QStringLiteral("TEAM_KEY_ID"), QStringLiteral("AKIDTEAMKEY"));
    m_fixture->services.environment.insert(QStringLiteral("TEAM_SECRET"), QStringLiteral("team-secret-value"));
    // The dialog's catalog lives under HOME, as the real one does, so the file scan covers it.
    m_fixture->services.profileCatalogPath
        = QDir::home().filePath(QStringLiteral(".config/bedrock-route-console/profiles.json"));
    auto document = config::ConfigDocument::fromYaml("model_list:\n"
                                                     "  - model_name: keys\n"
                                                     "    litellm_params:\n"
                                                     "      model: bedrock/us.amazon.nova-micro-v1:0\n"
                                                     "      aws_access_key_id: os.environ/TEAM_KEY_ID\n"
                                                     "      aws_secret_access_key: os.environ/TEAM_SECRET\n"
                                                     "  - model_name: role\n"
                                                     "    litellm_params:\n"
                                                     "      model: bedrock/us.amazon.nova-micro-v1:0\n"
                                                     "      aws_role_name: arn:aws:iam::123456789012:role/bedrock\n"
                                                     "      aws_session_name: console\n");
    QVERIFY(document);
    m_session.setDocument(std::move(document).value());
    // HOME is the test's own folder in the build tree: start from nothing each run.
    QDir(QDir::home().filePath(QStringLiteral(".config/bedrock-route-console"))).removeRecursively();
    QDir(QDir::home().filePath(QStringLiteral(".aws"))).removeRecursively();
}

void TestCredentialsDialog::secretTypedInIsInTheKeychainOnly()
{
    const QString secret = distinctiveSecret();
    const QString token = secret + QStringLiteral("-token");
    {
        ui::CredentialsDialog dialog(m_fixture->services, m_session, m_parser);
        QAbstractItemModelTester tester(dialog.profiles(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.keychainLabel()->text().contains(QLatin1String("is available")), 10000);

        QVERIFY(dialog.nameEdit()->text().isEmpty());
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("work"));
        dialog.kindCombo()->setCurrentIndex(0);
        QTest::keyClicks(dialog.accessKeyEdit(), QStringLiteral("AKIDDIALOGTEST"));
        QCOMPARE(dialog.secretEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.sessionTokenEdit()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(dialog.secretEdit(), secret);
        QTest::keyClicks(dialog.sessionTokenEdit(), token);
        QCOMPARE(dialog.secretEdit()->text(), secret);

        QSignalSpy saved(&dialog, &ui::CredentialsDialog::saved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        // Emptied the moment Save was pressed, before the keychain answered.
        QVERIFY(dialog.secretEdit()->text().isEmpty());
        QVERIFY(dialog.sessionTokenEdit()->text().isEmpty());
        dialog.secretEdit()->undo();
        QVERIFY(dialog.secretEdit()->text().isEmpty());
        QVERIFY2(saved.wait(10000), qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(saved.first().first().toString(), QStringLiteral("work"));

        // The profile is listed, with its key id, and no widget shows the secret.
        bool listed = false;
        for (const ui::ProfileListModel::Entry &e : dialog.profiles()->entries()) {
            listed
                = listed || (e.name == QLatin1String("work") && e.detail.startsWith(QLatin1String("AKIDDIALOGTEST")));
        }
        QVERIFY(listed);
        QStringList shown = widgetsShowing(secret);
        QVERIFY2(shown.isEmpty(), qPrintable(shown.join(QStringLiteral(", "))));
    }

    // The keychain has it (so the scans below could have found it elsewhere)...
    std::optional<Result<QString>> stored;
    connect(m_fixture->secrets.read(aws::keychainSecretKey(QStringLiteral("work"))), &aws::SecretJob::finished, this,
        [&stored](const Result<QString> &result) { stored = result; });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
    QVERIFY2(*stored, qPrintable(*stored ? QString() : stored->error().message));
    QCOMPARE(stored->value(), secret);

    // ...and no file under HOME does: not the profile catalog, not settings, not a cache.
    QVERIFY(QFile::exists(m_fixture->services.profileCatalogPath));
    for (const QString &needle : { secret, token }) {
        const QStringList inFiles = filesContaining(QDir::homePath(), needle.toUtf8());
        QVERIFY2(inFiles.isEmpty(), qPrintable(inFiles.join(QStringLiteral(", "))));
        const QStringList utf16 = filesContaining(
            QDir::homePath(), QByteArray(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2));
        QVERIFY2(utf16.isEmpty(), qPrintable(utf16.join(QStringLiteral(", "))));
    }
    QVERIFY(widgetsShowing(secret).isEmpty());
}

void TestCredentialsDialog::explainsWhichCredentialsADeploymentUses()
{
    ui::CredentialsDialog dialog(m_fixture->services, m_session, m_parser);
    dialog.explainDeployment(0);
    QVERIFY2(dialog.explanationLabel()->text().contains(QLatin1String("access keys")),
        qPrintable(dialog.explanationLabel()->text()));
    QVERIFY(!dialog.explanationLabel()->text().contains(QLatin1String("team-secret-value")));
    dialog.explainDeployment(1);
    QVERIFY2(dialog.explanationLabel()->text().contains(QLatin1String("assumed role")),
        qPrintable(dialog.explanationLabel()->text()));
    QVERIFY(dialog.explanationLabel()->text().contains(QLatin1String("arn:aws:iam::123456789012:role/bedrock")));
}

void TestCredentialsDialog::importsAndDeletesAnAwsProfile()
{
    const QString awsDir = QDir::home().filePath(QStringLiteral(".aws"));
    QVERIFY(QDir().mkpath(awsDir));
    QFile credentials(m_fixture->environment.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE")));
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write("[imported]\naws_access_key_id = AKIDIMPORTED\naws_secret_access_key = imported-secret\n");
    credentials.close();

    ui::CredentialsDialog dialog(m_fixture->services, m_session, m_parser);
    QAbstractItemModelTester tester(dialog.profiles(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    int row = -1;
    for (int i = 0; i < dialog.profiles()->rowCount(); ++i) {
        const auto &e = dialog.profiles()->entries().at(i);
        if (e.origin == ui::ProfileListModel::Origin::AwsProfile && e.name == QLatin1String("imported")) {
            row = i;
        }
    }
    QVERIFY(row >= 0);
    QCOMPARE(dialog.profiles()->entries().at(row).source, QStringLiteral("AWS profile: access keys"));
    dialog.view()->setCurrentIndex(dialog.profiles()->index(row, 0));
    QSignalSpy saved(&dialog, &ui::CredentialsDialog::saved);
    dialog.importSelected();
    QVERIFY2(saved.wait(10000), qPrintable(dialog.statusLabel()->text()));
    auto catalog = aws::ProfileCatalog::load(m_fixture->services.profileCatalogPath);
    QVERIFY(catalog);
    QVERIFY(catalog->find(QStringLiteral("imported")));
    QCOMPARE(catalog->find(QStringLiteral("imported"))->accessKeyId, QStringLiteral("AKIDIMPORTED"));

    for (int i = 0; i < dialog.profiles()->rowCount(); ++i) {
        const auto &e = dialog.profiles()->entries().at(i);
        if (e.origin == ui::ProfileListModel::Origin::Managed && e.name == QLatin1String("imported")) {
            dialog.view()->setCurrentIndex(dialog.profiles()->index(i, 0));
        }
    }
    dialog.deleteSelected();
    catalog = aws::ProfileCatalog::load(m_fixture->services.profileCatalogPath);
    QVERIFY(catalog);
    QVERIFY(!catalog->find(QStringLiteral("imported")));
}

QTEST_MAIN(TestCredentialsDialog)
#include "tst_credentialsdialog.moc"
