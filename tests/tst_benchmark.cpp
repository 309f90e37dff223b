// The benchmark (issue 4): its synthetic catalogues are valid catalogues,
// and it runs end to end. Timings are the benchmark's business, not a
// test's: this asserts shape and sanity only.
#include "catalogueloader.h"
#include "syntheticcatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace codex;

class TestBenchmark final : public QObject
{
    Q_OBJECT

private slots:
    void syntheticCatalogue_validatesWithEveryCode_data();
    void syntheticCatalogue_validatesWithEveryCode();
    void syntheticCatalogue_isDeterministic();
    void benchmark_writesCatalogueThatLoads();
    void benchmark_writesWhatTheBaselineShows();
    void benchmark_runsEndToEnd_printsEveryKey();

private:
    Catalogue embedded() const
    {
        const LoadResult result = CatalogueLoader::loadEmbedded();
        return result.ok() ? *result.catalogue : Catalogue();
    }
};

void TestBenchmark::syntheticCatalogue_validatesWithEveryCode_data()
{
    QTest::addColumn<int>("descriptions");
    QTest::newRow("none") << 0;
    QTest::newRow("fewer than codes") << 137;
    QTest::newRow("one per code") << 500;
    QTest::newRow("uneven") << 1234;
}

void TestBenchmark::syntheticCatalogue_validatesWithEveryCode()
{
    QFETCH(int, descriptions);
    const Catalogue real = embedded();
    QVERIFY(!real.isEmpty());
    const LoadResult result =
        CatalogueLoader::loadFromData(SyntheticCatalogue::generate(real, descriptions), QStringLiteral("synthetic"));
    QVERIFY2(result.ok(), qPrintable(result.errors.mid(0, 5).join(u'\n')));
    const Catalogue &catalogue = *result.catalogue;
    QCOMPARE(catalogue.descriptionCount(), descriptions);
    QCOMPARE(catalogue.entries().size(), SyntheticCatalogue::CodeCount);
    for (int code = SyntheticCatalogue::FirstCode; code <= SyntheticCatalogue::LastCode; ++code)
        QVERIFY2(catalogue.entry(code), qPrintable(QString::number(code)));
    // Real codes keep their real phrase, so searches hit them as in the app.
    QCOMPARE(catalogue.entry(404)->phrase, real.entry(404)->phrase);
    for (const StatusEntry &entry : catalogue.entries()) {
        QSet<QString> sources;
        for (const Description &description : entry.descriptions) {
            QVERIFY(!description.text.zh.isEmpty());
            QVERIFY(description.text.en.size() >= 250); // a few hundred characters
            QVERIFY2(!sources.contains(description.sourceId), "one description per source and code");
            sources.insert(description.sourceId);
        }
    }
}

void TestBenchmark::syntheticCatalogue_isDeterministic()
{
    const Catalogue real = embedded();
    QCOMPARE(SyntheticCatalogue::generate(real, 700), SyntheticCatalogue::generate(real, 700));
    QVERIFY(SyntheticCatalogue::generate(real, 700) != SyntheticCatalogue::generate(real, 701));
}

void TestBenchmark::benchmark_writesCatalogueThatLoads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("synthetic.json"));
    QProcess bench;
    bench.start(QStringLiteral(CODEX_BENCH_BINARY), {QStringLiteral("--write-catalogue"), QStringLiteral("800"), path});
    QVERIFY(bench.waitForFinished(60000));
    QCOMPARE(bench.exitCode(), 0);
    const LoadResult result = CatalogueLoader::loadFromFile(path);
    QVERIFY2(result.ok(), qPrintable(result.errors.mid(0, 5).join(u'\n')));
    QCOMPARE(result.catalogue->descriptionCount(), 800);
}

void TestBenchmark::benchmark_writesWhatTheBaselineShows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baseline.txt"));
    QProcess bench;
    bench.start(QStringLiteral(CODEX_BENCH_BINARY), {QStringLiteral("--write-baseline"), path});
    QVERIFY(bench.waitForFinished(60000));
    QCOMPARE(bench.exitCode(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    const Catalogue catalogue = embedded();
    // A row per class and per code, then the detail page of 404 in English.
    const qsizetype html = content.indexOf(QStringLiteral("\nH\n"));
    QVERIFY(html > 0);
    int classRows = 0, codeRows = 0;
    for (const QString &line : content.left(html).split(u'\n')) {
        classRows += line.startsWith(u"C\t");
        codeRows += line.startsWith(u"R\t");
    }
    QCOMPARE(classRows, catalogue.classes().size());
    QCOMPARE(codeRows, catalogue.entries().size());
    QVERIFY(content.mid(html).contains(catalogue.entry(404)->summary.en.left(40).toHtmlEscaped()));

    // Without a file it says how to call it, and fails.
    QProcess bad;
    bad.start(QStringLiteral(CODEX_BENCH_BINARY), {QStringLiteral("--write-baseline")});
    QVERIFY(bad.waitForFinished(60000));
    QCOMPARE(bad.exitCode(), 2);
}

void TestBenchmark::benchmark_runsEndToEnd_printsEveryKey()
{
    QProcess bench;
    bench.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    bench.start(QStringLiteral(CODEX_BENCH_BINARY),
                {QStringLiteral("--json"), QStringLiteral("--runs"), QStringLiteral("2"), QStringLiteral("--sizes"),
                 QStringLiteral("600,1200")});
    QVERIFY(bench.waitForFinished(240000));
    QCOMPARE(bench.exitCode(), 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bench.readAllStandardOutput(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject result = document.object();

    const QStringList positive{QStringLiteral("startup_ms"), QStringLiteral("baseline_startup_ms"),
                               QStringLiteral("startup_ratio"), QStringLiteral("rss_mb"),
                               QStringLiteral("baseline_rss_mb"), QStringLiteral("rss_ratio"),
                               QStringLiteral("load_ms"), QStringLiteral("parse_only_ms"),
                               QStringLiteral("load_ratio"), QStringLiteral("keystroke_ms_p50"),
                               QStringLiteral("keystroke_ms_p95"), QStringLiteral("render_ms_p50")};
    for (const QString &key : positive) {
        QVERIFY2(result.value(key).isDouble(), qPrintable(key));
        QVERIFY2(result.value(key).toDouble() > 0, qPrintable(key));
        QVERIFY2(result.value(key).toDouble() < 60000, qPrintable(key));
    }
    QVERIFY(result.value(u"keystroke_ms_p50").toDouble() <= result.value(u"keystroke_ms_p95").toDouble());
    // Both programs really drew a window: Qt alone needs some memory.
    QVERIFY(result.value(u"rss_mb").toDouble() > 5);
    QVERIFY(result.value(u"baseline_rss_mb").toDouble() > 5);

    const QJsonArray scale = result.value(u"scale").toArray();
    QCOMPARE(scale.size(), 2);
    QCOMPARE(scale.at(0).toObject().value(u"descriptions").toInt(), 600);
    QCOMPARE(scale.at(1).toObject().value(u"descriptions").toInt(), 1200);
    for (const QJsonValue &value : scale) {
        const QJsonObject row = value.toObject();
        for (const char *key : {"load_ms", "keystroke_ms_p95", "rss_mb"}) {
            QVERIFY2(row.value(QLatin1String(key)).isDouble(), key);
            QVERIFY2(row.value(QLatin1String(key)).toDouble() > 0, key);
        }
    }
}

QTEST_GUILESS_MAIN(TestBenchmark)
#include "tst_benchmark.moc"
