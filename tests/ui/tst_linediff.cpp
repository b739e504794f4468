#include "export/linediff.h"

#include <QTest>

using namespace brc::ui;

class TestLineDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unified_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("removed");
        QTest::addColumn<QString>("contains");
        QTest::addRow("same") << QByteArray("a\nb\n") << QByteArray("a\nb\n") << 0 << 0 << QString();
        QTest::addRow("new file") << QByteArray() << QByteArray("a\nb\n") << 2 << 0 << "+b";
        QTest::addRow("one line") << QByteArray("a\nb\nc\n") << QByteArray("a\nB\nc\n") << 1 << 1 << "-b\n+B";
        QTest::addRow("insert") << QByteArray("a\nc\n") << QByteArray("a\nb\nc\n") << 1 << 0 << " a\n+b\n c";
    }
    void unified()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(int, added);
        QFETCH(int, removed);
        QFETCH(QString, contains);
        LineDiff::Stats stats;
        const QString diff = LineDiff::unified(before, after, QStringLiteral("old"), QStringLiteral("new"), 3, &stats);
        QCOMPARE(stats.added, added);
        QCOMPARE(stats.removed, removed);
        if (contains.isEmpty()) {
            QVERIFY(diff.isEmpty());
        } else {
            QVERIFY2(diff.contains(contains), qPrintable(diff));
            QVERIFY(diff.startsWith(QLatin1String("--- old\n+++ new")));
        }
    }

    void elidesFarContext()
    {
        QByteArray before;
        for (int i = 0; i < 100; ++i) {
            before += "line " + QByteArray::number(i) + '\n';
        }
        QByteArray after = before;
        after.replace("line 50\n", "line fifty\n");
        const QString diff = LineDiff::unified(before, after, QStringLiteral("a"), QStringLiteral("b"));
        QVERIFY(diff.contains(QLatin1String("-line 50")));
        QVERIFY(diff.contains(QLatin1String("+line fifty")));
        QVERIFY(diff.contains(QLatin1String(" line 47")));
        QVERIFY(!diff.contains(QLatin1String(" line 46\n")));
        QVERIFY(!diff.contains(QLatin1String("line 10\n")));
    }
};

QTEST_MAIN(TestLineDiff)
#include "tst_linediff.moc"
