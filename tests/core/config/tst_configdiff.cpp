#include "config/configdiff.h"
#include "config/configdocument.h"

#include <QTest>

using namespace brc::config;
using brc::Result;

namespace {

ConfigDocument parse(const QByteArray &text)
{
    Result<ConfigDocument> document = ConfigDocument::fromYaml(text);
    return document ? *document : ConfigDocument();
}

const QByteArray s_base
    = "model_list:\n"
      "  - model_name: a\n    litellm_params:\n      model: bedrock/x\n      aws_region_name: us-east-1\n"
      "      api_key: secret-one\n    model_info:\n      id: id-a\n"
      "  - model_name: b\n    litellm_params:\n      model: bedrock/y\n"
      "router_settings:\n  num_retries: 2\n";

} // namespace

class TestConfigDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identical() { QVERIFY(ConfigDiff::compare(parse(s_base), parse(s_base)).isEmpty()); }

    void layoutAndOrderDoNotCount()
    {
        const QByteArray reordered = "router_settings: {num_retries: 2}\n"
                                     "model_list:\n"
                                     "- model_name: b  # comment\n  litellm_params: {model: \"bedrock/y\"}\n"
                                     "- model_name: 'a'\n  litellm_params:\n    api_key: secret-one\n"
                                     "    aws_region_name: us-east-1\n    model: bedrock/x\n  model_info: {id: id-a}\n";
        const QList<ConfigChange> changes = ConfigDiff::compare(parse(s_base), parse(reordered));
        QVERIFY2(changes.isEmpty(), qPrintable(changes.isEmpty() ? QString() : changes.first().path));
    }

    void changes()
    {
        QByteArray after = s_base;
        after.replace("us-east-1", "us-west-2");
        after.replace("secret-one", "secret-two");
        after.replace("  - model_name: b\n    litellm_params:\n      model: bedrock/y\n",
            "  - model_name: c\n    litellm_params:\n      model: bedrock/z\n");
        after.replace("num_retries: 2", "num_retries: 3");
        const QList<ConfigChange> changes = ConfigDiff::compare(parse(s_base), parse(after));
        QCOMPARE(changes.size(), 5);

        QCOMPARE(changes[0].kind, ConfigChange::Kind::Changed);
        QCOMPARE(changes[0].deployment, QStringLiteral("id:id-a"));
        QCOMPARE(changes[0].path, QStringLiteral("litellm_params.aws_region_name"));
        QCOMPARE(changes[0].oldValue, QStringLiteral("\"us-east-1\""));
        QCOMPARE(changes[0].newValue, QStringLiteral("\"us-west-2\""));
        QCOMPARE(changes[0].oldLine, 2);

        QCOMPARE(changes[1].path, QStringLiteral("litellm_params.api_key"));
        QVERIFY(changes[1].secret);
        QVERIFY(changes[1].oldValue.isEmpty() && changes[1].newValue.isEmpty()); // never shown

        QCOMPARE(changes[2].kind, ConfigChange::Kind::Added);
        QCOMPARE(changes[2].deployment, QStringLiteral("c#0"));
        QCOMPARE(changes[3].kind, ConfigChange::Kind::Removed);
        QCOMPARE(changes[3].deployment, QStringLiteral("b#0"));

        QCOMPARE(changes[4].path, QStringLiteral("router_settings.num_retries"));
        QCOMPARE(changes[4].newValue, QStringLiteral("3"));
        QVERIFY(changes[4].deployment.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConfigDiff)
#include "tst_configdiff.moc"
