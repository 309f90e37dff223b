// Replays every input a fuzzer once failed on (tests/fuzz/regressions/) and
// the seed corpus (tests/fuzz/corpus/) through the fuzz targets' own checks,
// so that the normal and sanitizer builds keep them fixed without libFuzzer.
#include "fuzz/fuzzentries.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

const QStringList Targets { QStringLiteral("catalogue"), QStringLiteral("search"), QStringLiteral("detail") };

QString runCheck(const QString &target, const QByteArray &data)
{
    if (target == u"catalogue")
        return codex::fuzz::checkCatalogue(data);
    if (target == u"search")
        return codex::fuzz::checkSearch(data);
    return codex::fuzz::checkDetail(data);
}

void addInputRows(const QString &directory)
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const QDir root(QStringLiteral(CODEX_SOURCE_DIR "/tests/fuzz/") + directory);
    for (const QString &target : Targets) {
        const QDir dir(root.filePath(target));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &name : names)
            QTest::newRow(qPrintable(target + u'/' + name)) << target << dir.filePath(name);
    }
}

} // namespace

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private slots:
    void regressionInput_passesItsTargetsChecks_data() { addInputRows(QStringLiteral("regressions")); }
    void regressionInput_passesItsTargetsChecks() { replay(); }

    void seedInput_passesItsTargetsChecks_data() { addInputRows(QStringLiteral("corpus")); }
    void seedInput_passesItsTargetsChecks() { replay(); }

    void seedCorpus_coversEveryTarget()
    {
        for (const QString &target : Targets) {
            const QDir dir(QStringLiteral(CODEX_SOURCE_DIR "/tests/fuzz/corpus/") + target);
            QVERIFY2(!dir.entryList(QDir::Files).isEmpty(), qPrintable(target));
        }
    }

    // The checks must be able to fail, or the replays above prove nothing.
    void checks_rejectUnescapedMarkup()
    {
        QVERIFY(!codex::fuzz::unexpectedMarkup(QStringLiteral("<p><script>x</script></p>")).isEmpty());
        QVERIFY(!codex::fuzz::unexpectedMarkup(QStringLiteral("<p>a<img src=x></p>")).isEmpty());
        QCOMPARE(codex::fuzz::unexpectedMarkup(QStringLiteral("<p>&lt;script&gt;<br/></p>")), QString());
    }

    void checks_acceptTheBuiltInCatalogue()
    {
        QFile file(QStringLiteral(CODEX_SOURCE_DIR "/resources/catalogue.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(codex::fuzz::checkCatalogue(file.readAll()), QString());
    }

private:
    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString problem = runCheck(target, file.readAll());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
