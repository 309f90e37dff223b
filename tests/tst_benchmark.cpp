// The benchmark (issue 4): its synthetic catalogues are valid catalogues,
// and it runs end to end. Timings are the benchmark's business, not a
// test's: this asserts shape and sanity only.
#include "catalogueloader.h"
#include "deck.h"
#include "progresshistory.h"
#include "progressstore.h"
#include "syntheticcatalogue.h"

#include <QFile>
#include <QHash>
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
    void progressHistory_studiesEveryStandardCardDaily();
    void benchmark_writesProgressDatabase();
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

void TestBenchmark::progressHistory_studiesEveryStandardCardDaily()
{
    const Catalogue catalogue = embedded();
    const int reviews = 2000;
    const QList<ProgressHistory::Answer> history = ProgressHistory::generate(catalogue, reviews);
    QCOMPARE(history.size(), reviews);
    QCOMPARE(ProgressHistory::days(reviews), 73); // the pace of 100 000 in 3 650 days
    QCOMPARE(ProgressHistory::days(ProgressHistory::StandardReviews), ProgressHistory::StandardDays);

    const QDateTime first(ProgressHistory::standardFirstDay(), QTime(0, 0), Qt::UTC);
    const QList<CardKey> cards = Decks::cards(catalogue, *Decks::find(catalogue, {}, QStringLiteral("standard")));
    QHash<CardKey, int> answersPerCard;
    QHash<qint64, int> answersPerDay;
    int correct = 0;
    QDateTime previous;
    for (const ProgressHistory::Answer &answer : history) {
        const ReviewRecord &review = answer.review;
        QVERIFY(review.reviewedAt > previous);
        previous = review.reviewedAt;
        const std::optional<QuestionKind> kind = kindFromKey(review.kind);
        QVERIFY(kind);
        ++answersPerCard[CardKey { review.code, *kind }];
        ++answersPerDay[first.daysTo(review.reviewedAt)];
        correct += review.correct ? 1 : 0;
        QCOMPARE(review.correct, review.rating != Rating::Again);
        QCOMPARE(answer.after.lastReview, review.reviewedAt);
        QVERIFY(answer.after.due > review.reviewedAt);
    }
    QVERIFY(previous < ProgressHistory::end(reviews));
    QCOMPARE(answersPerCard.size(), cards.size());
    for (const CardKey &card : cards)
        QVERIFY2(answersPerCard.contains(card), qPrintable(QString::number(card.code) + kindKey(card.kind)));
    QCOMPARE(answersPerDay.size(), 73);
    for (auto it = answersPerDay.cbegin(); it != answersPerDay.cend(); ++it)
        QVERIFY2(it.value() == 27 || it.value() == 28, qPrintable(QString::number(it.key())));
    QVERIFY2(correct > reviews * 80 / 100 && correct < reviews * 90 / 100, qPrintable(QString::number(correct)));

    const QList<ProgressHistory::Answer> again = ProgressHistory::generate(catalogue, reviews);
    QCOMPARE(again.constLast().review.reviewedAt, history.constLast().review.reviewedAt);
    QCOMPARE(again.constLast().after.stability, history.constLast().after.stability);
}

void TestBenchmark::benchmark_writesProgressDatabase()
{
    QTemporaryDir dir;
    const QStringList arguments { QStringLiteral("--write-progress-db"), dir.path(),
        QStringLiteral("--progress-reviews"), QStringLiteral("1500") };
    QProcess bench;
    bench.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    bench.start(QStringLiteral(CODEX_BENCH_BINARY), arguments);
    QVERIFY(bench.waitForFinished(60000));
    QCOMPARE(bench.exitCode(), 0);
    {
        const ProgressStore store(dir.path());
        QVERIFY2(store.problem().isEmpty(), qPrintable(store.problem()));
        QCOMPARE(store.reviewCount(), 1500);
        const Catalogue catalogue = embedded();
        const QList<CardKey> cards = Decks::cards(catalogue, *Decks::find(catalogue, {}, QStringLiteral("standard")));
        QCOMPARE(store.cards().size(), cards.size());
        // It ends yesterday (UTC), so that the app shows a history in use;
        // a day more if midnight passed since the bench ran.
        const qint64 daysAgo
            = store.reviews().constLast().reviewedAt.date().daysTo(QDateTime::currentDateTimeUtc().date());
        QVERIFY2(daysAgo == 1 || daysAgo == 2, qPrintable(QString::number(daysAgo)));
    }

    // Answers added to an existing history would not be that history.
    QProcess again;
    again.start(QStringLiteral(CODEX_BENCH_BINARY), arguments);
    QVERIFY(again.waitForFinished(60000));
    QCOMPARE(again.exitCode(), 2);
}

void TestBenchmark::benchmark_runsEndToEnd_printsEveryKey()
{
    QProcess bench;
    bench.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    bench.start(QStringLiteral(CODEX_BENCH_BINARY),
        { QStringLiteral("--json"), QStringLiteral("--runs"), QStringLiteral("2"), QStringLiteral("--sizes"),
            QStringLiteral("600,1200"), QStringLiteral("--progress-reviews"), QStringLiteral("2000") });
    QVERIFY(bench.waitForFinished(240000));
    QCOMPARE(bench.exitCode(), 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bench.readAllStandardOutput(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject result = document.object();

    const QStringList positive { QStringLiteral("startup_ms"), QStringLiteral("baseline_startup_ms"),
        QStringLiteral("startup_ratio"), QStringLiteral("rss_mb"), QStringLiteral("baseline_rss_mb"),
        QStringLiteral("rss_ratio"), QStringLiteral("load_ms"), QStringLiteral("parse_only_ms"),
        QStringLiteral("load_ratio"), QStringLiteral("keystroke_ms_p50"), QStringLiteral("keystroke_ms_p95"),
        QStringLiteral("render_ms_p50"), QStringLiteral("answer_ms_p50"), QStringLiteral("answer_ms_p95"),
        QStringLiteral("answer_record_only_ms_p50"), QStringLiteral("progress_db_mb_100k"),
        QStringLiteral("progress_generate_s"), QStringLiteral("stats_open_ms_100k"), QStringLiteral("study_open_ms"),
        QStringLiteral("compare_render_ms"), QStringLiteral("explain_ms_100k"), QStringLiteral("explain_rss_mb_10k"),
        QStringLiteral("explain_rss_mb_100k") };
    for (const QString &key : positive) {
        QVERIFY2(result.value(key).isDouble(), qPrintable(key));
        QVERIFY2(result.value(key).toDouble() > 0, qPrintable(key));
        QVERIFY2(result.value(key).toDouble() < 60000, qPrintable(key));
    }
    QVERIFY(result.value(u"keystroke_ms_p50").toDouble() <= result.value(u"keystroke_ms_p95").toDouble());
    QVERIFY(result.value(u"answer_ms_p50").toDouble() <= result.value(u"answer_ms_p95").toDouble());
    QVERIFY(result.value(u"answers").toInt() >= 200);
    // explain: three lines in four of the generated nginx log name a code
    // (the rest are warnings no claim explains), and memory is flat in the
    // log's length: ten times the lines, not a tenth more memory.
    QCOMPARE(result.value(u"explain_recognised_of_100k").toInt(), 75000);
    QVERIFY(result.value(u"explain_lines_per_s").toDouble() > 0);
    QVERIFY2(result.value(u"explain_rss_mb_100k").toDouble() < result.value(u"explain_rss_mb_10k").toDouble() * 1.1,
             qPrintable(QString::number(result.value(u"explain_rss_mb_100k").toDouble())));
    // The keys name the standard 100 000 reviews; this run asked for fewer.
    QCOMPARE(result.value(u"progress_reviews").toInt(), 2000);
    QCOMPARE(result.value(u"progress_days").toInt(), 73);
    QVERIFY(result.value(u"progress_db_mb_100k").toDouble() < 2);
    QVERIFY(result.value(u"stats_open_runs").toInt() >= 11);
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
