// The deployment editor on a real session: credentials as environment references or a keychain
// profile (never a literal field), model_info and the other litellm_params as key/value tables,
// validation as one types, and every change one undoable edit.
#include "config/configdocument.h"
#include "document/configsession.h"
#include "editor/deploymenteditor.h"
#include "editor/paramtablemodel.h"
#include "route/litellmprofile.h"
#include "route/modelcatalog.h"
#include "route/routeparser.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace brc;
using namespace brc::ui;

namespace {

const QByteArray s_config = "model_list:\n"
                            "  - model_name: claude # the main one\n"
                            "    litellm_params:\n"
                            "      model: bedrock/us.anthropic.claude-sonnet-4-5-20250929-v1:0\n"
                            "      aws_region_name: us-east-1\n"
                            "      aws_access_key_id: os.environ/AWS_ACCESS_KEY_ID\n"
                            "      aws_secret_access_key: os.environ/AWS_SECRET_ACCESS_KEY\n"
                            "      temperature: 0.2\n"
                            "    model_info:\n"
                            "      id: claude-1\n"
                            "      mode: chat\n"
                            "  - model_name: nova\n"
                            "    litellm_params:\n"
                            "      model: bedrock/converse/us.amazon.nova-micro-v1:0\n";

} // namespace

class TestDeploymentEditor : public QObject
{
    Q_OBJECT

private:
    route::RouteParser m_parser;
    std::unique_ptr<ConfigSession> m_session;
    std::unique_ptr<DeploymentEditor> m_editor;

    config::Deployment deployment(int row) const { return m_session->document().deployments().at(row); }
    template <typename T> T *child(const char *name) { return m_editor->findChild<T *>(QLatin1String(name)); }

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<ConfigSession>();
        m_session->setDocument(config::ConfigDocument::fromYaml(s_config).value());
        m_editor = std::make_unique<DeploymentEditor>(
            *m_session, route::ModelCatalog::builtin(), m_parser, route::RouteEnvironment {});
        m_editor->setProfileNames({ QStringLiteral("work"), QStringLiteral("lab") });
        m_editor->setRow(0);
        m_editor->show();
    }

    void cleanup()
    {
        m_editor.reset();
        m_session.reset();
    }

    void tablesShowTheOtherKeys()
    {
        ParamTableModel *info = m_editor->modelInfoModel();
        ParamTableModel *params = m_editor->paramsModel();
        QAbstractItemModelTester infoTester(info, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester paramsTester(params, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(info->rowCount(), 3); // id, mode, and the row that adds
        QCOMPARE(info->index(0, ParamTableModel::KeyColumn).data().toString(), QStringLiteral("id"));
        QCOMPARE(info->index(1, ParamTableModel::ValueColumn).data().toString(), QStringLiteral("chat"));
        // The form's keys (model, region, credentials) are not repeated in the table.
        QCOMPARE(params->rowCount(), 2);
        QCOMPARE(params->index(0, ParamTableModel::KeyColumn).data().toString(), QStringLiteral("temperature"));
        m_editor->setRow(1);
        QCOMPARE(info->rowCount(), 1);
        QCOMPARE(params->rowCount(), 1);
        m_editor->setRow(0);
        QCOMPARE(params->rowCount(), 2);
        // No deployment, then one with nothing else in it: the row that adds a key appears.
        m_editor->setRow(-1);
        QCOMPARE(info->rowCount(), 0);
        m_editor->setRow(1);
        QCOMPARE(info->rowCount(), 1);
        QVERIFY(info->index(0, ParamTableModel::KeyColumn).data().toString().contains(u"new key"));
        QVERIFY(info->flags(info->index(0, ParamTableModel::KeyColumn)) & Qt::ItemIsEditable);
    }

    void tableEditsAreUndoable()
    {
        ParamTableModel *info = m_editor->modelInfoModel();
        ParamTableModel *params = m_editor->paramsModel();
        QAbstractItemModelTester tester(params, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray before = m_session->document().text();
        QUndoStack *stack = m_session->undoStack();

        // A value, in place: only that scalar changes.
        QVERIFY(info->setData(info->index(1, ParamTableModel::ValueColumn), QStringLiteral("embedding")));
        QCOMPARE(deployment(0).info(u"mode").text, QStringLiteral("embedding"));
        QVERIFY(m_session->document().text().contains("      mode: embedding\n"));
        // A new key, typed in the last row, then its value.
        QVERIFY(params->setData(params->index(1, ParamTableModel::KeyColumn), QStringLiteral("top_k")));
        QCOMPARE(params->rowCount(), 3);
        QVERIFY(params->setData(params->index(1, ParamTableModel::ValueColumn), QStringLiteral("40")));
        QCOMPARE(deployment(0).param(u"top_k").text, QStringLiteral("40"));
        // A rename keeps the value.
        QVERIFY(params->setData(params->index(0, ParamTableModel::KeyColumn), QStringLiteral("top_p")));
        QCOMPARE(deployment(0).param(u"top_p").text, QStringLiteral("0.2"));
        QVERIFY(!deployment(0).param(u"temperature").isPresent());
        // Clearing a key removes it.
        QVERIFY(info->setData(info->index(0, ParamTableModel::KeyColumn), QString()));
        QVERIFY(!deployment(0).info(u"id").isPresent());
        QCOMPARE(stack->count(), 5);
        while (stack->canUndo()) {
            stack->undo();
        }
        QCOMPARE(m_session->document().text(), before);
        QCOMPARE(params->index(0, ParamTableModel::KeyColumn).data().toString(), QStringLiteral("temperature"));
    }

    void tableRefusesWhatDoesNotBelong_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("why");
        QTest::addRow("credential") << "aws_secret_access_key"
                                    << "credential";
        QTest::addRow("form field") << "aws_region_name"
                                    << "own field";
        QTest::addRow("duplicate") << "temperature"
                                   << "already set";
        QTest::addRow("not a key") << "2 words"
                                   << "letter";
    }

    void tableRefusesWhatDoesNotBelong()
    {
        QFETCH(QString, key);
        QFETCH(QString, why);
        ParamTableModel *params = m_editor->paramsModel();
        QSignalSpy problems(params, &ParamTableModel::problem);
        const QByteArray before = m_session->document().text();
        QVERIFY(!params->setData(params->index(1, ParamTableModel::KeyColumn), key));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().first().toString().contains(why), qPrintable(problems.first().first().toString()));
        QCOMPARE(m_session->document().text(), before);
        QCOMPARE(m_session->undoStack()->count(), 0);
    }

    void valuesValidatedAsTyped()
    {
        ParamTableModel *params = m_editor->paramsModel();
        QVERIFY(params->setData(params->index(0, ParamTableModel::ValueColumn), QStringLiteral("warm")));
        QVERIFY(params->index(0, 0).data(ParamTableModel::ProblemRole).toString().contains(QLatin1String("number")));
        QVERIFY(params->setData(params->index(0, ParamTableModel::ValueColumn), QStringLiteral("0.7")));
        QVERIFY(params->index(0, 0).data(ParamTableModel::ProblemRole).isNull());
        QVERIFY(params->valueProblem(QStringLiteral("aws_regoin_name"), QStringLiteral("x")).contains(u"not a key"));
    }

    void credentialsAreReferencesOrAProfile()
    {
        auto *source = child<QComboBox>("credentialSourceCombo");
        auto *profile = child<QComboBox>("profileCombo");
        auto *secret = child<QLineEdit>("env_aws_secret_access_key");
        QCOMPARE(source->currentData().toString(), QStringLiteral("env"));
        QCOMPARE(secret->text(), QStringLiteral("AWS_SECRET_ACCESS_KEY"));
        QVERIFY(!profile->isEnabled());
        // There is no field anywhere that would take a secret's value.
        for (const QLineEdit *edit : m_editor->findChildren<QLineEdit *>()) {
            QVERIFY(edit->echoMode() == QLineEdit::Normal);
        }

        // Choose the keychain profile: one edit names it and drops the keys it supplies.
        source->setCurrentIndex(source->findData(QStringLiteral("profile")));
        Q_EMIT source->activated(source->currentIndex());
        QCOMPARE(m_session->undoStack()->count(), 0); // no profile named yet
        QVERIFY(child<QLabel>("credentialSourceStatus")->text().contains(QLatin1String("Choose")));
        QCOMPARE(profile->count(), 2);
        profile->setCurrentIndex(profile->findText(QStringLiteral("lab")));
        Q_EMIT profile->activated(profile->currentIndex());
        QCOMPARE(deployment(0).param(u"aws_profile_name").text, QStringLiteral("lab"));
        QVERIFY(!deployment(0).param(u"aws_secret_access_key").isPresent());
        QVERIFY(!deployment(0).param(u"aws_access_key_id").isPresent());
        QCOMPARE(m_session->undoStack()->count(), 1);
        QVERIFY(!secret->parentWidget()->isEnabled());
        // The rest of the deployment is as it was.
        QCOMPARE(deployment(0).param(u"temperature").text, QStringLiteral("0.2"));
        QVERIFY(m_session->document().text().contains("# the main one"));

        // Undo brings the references back, and the form follows.
        m_session->undoStack()->undo();
        QCOMPARE(
            deployment(0).param(u"aws_secret_access_key").text, QStringLiteral("os.environ/AWS_SECRET_ACCESS_KEY"));
        QCOMPARE(source->currentData().toString(), QStringLiteral("env"));
        m_session->undoStack()->redo();
        QCOMPARE(source->currentData().toString(), QStringLiteral("profile"));
        QCOMPARE(profile->currentText(), QStringLiteral("lab"));

        // Back to references: the profile goes, a reference can be typed again.
        source->setCurrentIndex(source->findData(QStringLiteral("env")));
        Q_EMIT source->activated(source->currentIndex());
        QVERIFY(!deployment(0).param(u"aws_profile_name").isPresent());
        QVERIFY(secret->parentWidget()->isEnabled());
        QTest::keyClicks(secret, QStringLiteral("BEDROCK_SECRET"));
        QCOMPARE(deployment(0).param(u"aws_secret_access_key").text, QStringLiteral("os.environ/BEDROCK_SECRET"));
    }

    void profileNamesFromTheCatalog()
    {
        auto *profile = child<QComboBox>("profileCombo");
        m_editor->setProfileNames({});
        QCOMPARE(profile->count(), 0);
        auto *source = child<QComboBox>("credentialSourceCombo");
        source->setCurrentIndex(source->findData(QStringLiteral("profile")));
        Q_EMIT source->activated(source->currentIndex());
        QVERIFY(child<QLabel>("credentialSourceStatus")->text().contains(QLatin1String("No keychain profiles")));
    }
};

QTEST_MAIN(TestDeploymentEditor)
#include "tst_deploymenteditor.moc"
