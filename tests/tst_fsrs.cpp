// The FSRS-6 scheduler against its reference implementation. The fixture,
// tests/data/fsrs-fixture.json, holds review histories scheduled by ts-fsrs
// 5.4.2 (tests/fsrs/make-fixture.mjs says how to regenerate it); every one
// is replayed here and every field compared after every review. The other
// tests pin what the fixture cannot: behaviour ts-fsrs rejects (the clock
// going back) and properties any schedule must have.
#include "fsrs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace codex;

namespace {

// ts-fsrs rounds every stored number to 8 decimals, so an honest port agrees
// to about 1e-8; a wrong formula misses by far more than this.
constexpr double Tolerance = 1e-6;

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// The differences the replay saw, reported at the end of the run.
struct LargestDifference
{
    double stability = 0;
    double difficulty = 0;
    double retrievability = 0;
    int steps = 0;
};

} // namespace

class TestFsrs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void defaultParameters_areThePublishedFsrs6Values();
    void fixture_wasMadeWithTheOptionsWeImplement();
    void replay_agreesWithTsFsrsAfterEveryReview_data();
    void replay_agreesWithTsFsrsAfterEveryReview();
    void learningSteps_fixtureWasMadeWithAnkisDefaultSteps();
    void learningSteps_replayAgreesWithTsFsrsAfterEveryReview_data();
    void learningSteps_replayAgreesWithTsFsrsAfterEveryReview();
    void learningSteps_newCardGoesThroughOneAndTenMinutes();
    void clockBackwards_givesSaneCards_data();
    void clockBackwards_givesSaneCards();
    void clockBackwards_countsAsReviewOnTheSameDay();
    void goodOnTime_givesStrictlyGrowingIntervals_data();
    void goodOnTime_givesStrictlyGrowingIntervals();
    void higherRetention_givesShorterIntervals_data();
    void higherRetention_givesShorterIntervals();
    void again_countsALapseOnlyForAReviewedCard();
    void retrievability_isZeroForANewCardAndFallsWithTime();
    void retrievability_clampsTimeBeforeTheLastReview();
    void daysBetween_countsUtcCalendarDays_data();
    void daysBetween_countsUtcCalendarDays();

private:
    QJsonObject m_fixture;
    LargestDifference m_largest;
};

void TestFsrs::initTestCase()
{
    QFile file(QStringLiteral(CODEX_TEST_DATA "/fsrs-fixture.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    m_fixture = document.object();
    QVERIFY(m_fixture.value(u"sequences").toArray().size() >= 300);
    QVERIFY(!m_fixture.value(u"clockBackwards").toArray().isEmpty());
}

void TestFsrs::cleanupTestCase()
{
    qInfo("replayed %d reviews; largest differences from ts-fsrs: stability %.3g, difficulty %.3g, "
          "retrievability %.3g",
        m_largest.steps, m_largest.stability, m_largest.difficulty, m_largest.retrievability);
}

void TestFsrs::defaultParameters_areThePublishedFsrs6Values()
{
    // FSRS-6's defaults as ts-fsrs, fsrs-rs and Anki publish them.
    const Fsrs::Parameters published = { 0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666,
        0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542 };
    QCOMPARE(Fsrs::defaultParameters(), published);

    const QJsonArray used = m_fixture.value(u"parameters").toArray();
    QCOMPARE(used.size(), Fsrs::ParameterCount);
    for (int i = 0; i < Fsrs::ParameterCount; ++i)
        QCOMPARE(used.at(i).toDouble(), published[i]);
}

void TestFsrs::fixture_wasMadeWithTheOptionsWeImplement()
{
    QCOMPARE(m_fixture.value(u"tsFsrsVersion").toString(), QStringLiteral("5.4.2"));
    const QJsonObject options = m_fixture.value(u"options").toObject();
    QCOMPARE(options.value(u"enable_short_term").toBool(true), false);
    QCOMPARE(options.value(u"enable_fuzz").toBool(true), false);
    QVERIFY(options.value(u"learning_steps").toArray().isEmpty());
    QVERIFY(options.value(u"relearning_steps").toArray().isEmpty());
    QCOMPARE(options.value(u"maximum_interval").toInt(), 36500);
}

void TestFsrs::replay_agreesWithTsFsrsAfterEveryReview_data()
{
    QTest::addColumn<QJsonObject>("sequence");
    const QJsonArray sequences = m_fixture.value(u"sequences").toArray();
    for (qsizetype i = 0; i < sequences.size(); ++i)
        QTest::addRow("sequence %d", int(i)) << sequences.at(i).toObject();
}

void TestFsrs::replay_agreesWithTsFsrsAfterEveryReview()
{
    QFETCH(QJsonObject, sequence);
    const Fsrs fsrs(sequence.value(u"retention").toDouble());
    const QJsonArray steps = sequence.value(u"steps").toArray();
    QVERIFY(!steps.isEmpty());

    CardMemory card;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps.at(i).toObject();
        const QDateTime now = utc(step.value(u"time").toString());
        QVERIFY(now.isValid());
        const auto rating = static_cast<Rating>(step.value(u"rating").toInt());
        const QByteArray where = "step " + QByteArray::number(i) + " at " + now.toString(Qt::ISODateWithMs).toUtf8();

        const double r = fsrs.retrievability(card, now);
        card = fsrs.review(card, rating, now);

        const double dr = std::abs(r - step.value(u"retrievability").toDouble());
        const double ds = std::abs(card.stability - step.value(u"stability").toDouble());
        const double dd = std::abs(card.difficulty - step.value(u"difficulty").toDouble());
        m_largest.retrievability = std::max(m_largest.retrievability, dr);
        m_largest.stability = std::max(m_largest.stability, ds);
        m_largest.difficulty = std::max(m_largest.difficulty, dd);
        ++m_largest.steps;

        QVERIFY2(dr <= Tolerance, where + " retrievability " + QByteArray::number(r, 'g', 17));
        QVERIFY2(ds <= Tolerance, where + " stability " + QByteArray::number(card.stability, 'g', 17));
        QVERIFY2(dd <= Tolerance, where + " difficulty " + QByteArray::number(card.difficulty, 'g', 17));
        QVERIFY2(int(card.state) == step.value(u"state").toInt(), where + " state");
        QVERIFY2(card.scheduledDays == step.value(u"scheduled_days").toInt(),
            where + " scheduled_days " + QByteArray::number(card.scheduledDays));
        QVERIFY2(card.elapsedDays == step.value(u"elapsed_days").toInt(),
            where + " elapsed_days " + QByteArray::number(card.elapsedDays));
        QVERIFY2(card.reps == step.value(u"reps").toInt(), where + " reps");
        QVERIFY2(card.lapses == step.value(u"lapses").toInt(), where + " lapses");
        QVERIFY2(iso(card.due) == step.value(u"due").toString(), where + " due " + iso(card.due).toUtf8());
        QCOMPARE(card.lastReview, now);
    }
}

void TestFsrs::learningSteps_fixtureWasMadeWithAnkisDefaultSteps()
{
    const QJsonObject options = m_fixture.value(u"stepOptions").toObject();
    QCOMPARE(options.value(u"enable_short_term").toBool(false), true);
    QCOMPARE(options.value(u"enable_fuzz").toBool(true), false);
    QCOMPARE(options.value(u"learning_steps").toArray(), (QJsonArray { QStringLiteral("1m"), QStringLiteral("10m") }));
    QCOMPARE(options.value(u"relearning_steps").toArray(), QJsonArray { QStringLiteral("10m") });
    QCOMPARE(options.value(u"maximum_interval").toInt(), 36500);
    const LearningSteps steps = LearningSteps::ankiDefaults();
    QVERIFY(steps.shortTerm);
    QCOMPARE(steps.learningMinutes, (std::vector<int> { 1, 10 }));
    QCOMPARE(steps.relearningMinutes, std::vector<int> { 10 });
    QVERIFY(m_fixture.value(u"stepSequences").toArray().size() >= 200);
}

void TestFsrs::learningSteps_replayAgreesWithTsFsrsAfterEveryReview_data()
{
    QTest::addColumn<QJsonObject>("sequence");
    const QJsonArray sequences = m_fixture.value(u"stepSequences").toArray();
    for (qsizetype i = 0; i < sequences.size(); ++i)
        QTest::addRow("sequence %d", int(i)) << sequences.at(i).toObject();
}

void TestFsrs::learningSteps_replayAgreesWithTsFsrsAfterEveryReview()
{
    QFETCH(QJsonObject, sequence);
    const Fsrs fsrs(
        sequence.value(u"retention").toDouble(), 36500, Fsrs::defaultParameters(), LearningSteps::ankiDefaults());
    const QJsonArray steps = sequence.value(u"steps").toArray();
    QVERIFY(!steps.isEmpty());

    CardMemory card;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps.at(i).toObject();
        const QDateTime now = utc(step.value(u"time").toString());
        QVERIFY(now.isValid());
        const auto rating = static_cast<Rating>(step.value(u"rating").toInt());
        const QByteArray where = "step " + QByteArray::number(i) + " at " + now.toString(Qt::ISODateWithMs).toUtf8();

        const double r = fsrs.retrievability(card, now);
        card = fsrs.review(card, rating, now);

        // To the last bit: ts-fsrs's numbers are written as the shortest
        // text that reads back as the same double.
        QVERIFY2(
            r == step.value(u"retrievability").toDouble(), where + " retrievability " + QByteArray::number(r, 'g', 17));
        QVERIFY2(card.stability == step.value(u"stability").toDouble(),
            where + " stability " + QByteArray::number(card.stability, 'g', 17));
        QVERIFY2(card.difficulty == step.value(u"difficulty").toDouble(),
            where + " difficulty " + QByteArray::number(card.difficulty, 'g', 17));
        QVERIFY2(
            int(card.state) == step.value(u"state").toInt(), where + " state " + QByteArray::number(int(card.state)));
        QVERIFY2(card.step == step.value(u"step").toInt(), where + " step " + QByteArray::number(card.step));
        QVERIFY2(card.scheduledDays == step.value(u"scheduled_days").toInt(),
            where + " scheduled_days " + QByteArray::number(card.scheduledDays));
        QVERIFY2(card.elapsedDays == step.value(u"elapsed_days").toInt(),
            where + " elapsed_days " + QByteArray::number(card.elapsedDays));
        QVERIFY2(card.reps == step.value(u"reps").toInt(), where + " reps");
        QVERIFY2(card.lapses == step.value(u"lapses").toInt(), where + " lapses");
        QVERIFY2(iso(card.due) == step.value(u"due").toString(), where + " due " + iso(card.due).toUtf8());
        QCOMPARE(card.lastReview, now);
    }
}

void TestFsrs::learningSteps_newCardGoesThroughOneAndTenMinutes()
{
    // Anki's default steps, by hand: Again 1 minute, Good 10 minutes, Good
    // again leaves the steps with a whole number of days; Again on a review
    // card relearns for 10 minutes and counts a lapse.
    const Fsrs fsrs(0.9, 36500, Fsrs::defaultParameters(), LearningSteps::ankiDefaults());
    const QDateTime start = utc(QStringLiteral("2026-03-02T09:00:00.000Z"));
    CardMemory card = fsrs.review(CardMemory {}, Rating::Again, start);
    QCOMPARE(card.state, CardState::Learning);
    QCOMPARE(card.step, 0);
    QCOMPARE(card.due, start.addSecs(60));
    card = fsrs.review(card, Rating::Good, card.due);
    QCOMPARE(card.state, CardState::Learning);
    QCOMPARE(card.step, 1);
    QCOMPARE(card.due, start.addSecs(60 + 600));
    const QDateTime graduation = card.due;
    card = fsrs.review(card, Rating::Good, graduation);
    QCOMPARE(card.state, CardState::Review);
    QCOMPARE(card.step, 0);
    QVERIFY(card.scheduledDays >= 1);
    QCOMPARE(card.due, graduation.addDays(card.scheduledDays));
    QCOMPARE(card.lapses, 0);
    const QDateTime lapse = card.due;
    card = fsrs.review(card, Rating::Again, lapse);
    QCOMPARE(card.state, CardState::Relearning);
    QCOMPARE(card.due, lapse.addSecs(600));
    QCOMPARE(card.lapses, 1);
    card = fsrs.review(card, Rating::Good, card.due);
    QCOMPARE(card.state, CardState::Review);
    QVERIFY(card.scheduledDays >= 1);
}

void TestFsrs::clockBackwards_givesSaneCards_data()
{
    QTest::addColumn<QJsonObject>("sequence");
    const QJsonArray cases = m_fixture.value(u"clockBackwards").toArray();
    for (qsizetype i = 0; i < cases.size(); ++i)
        QTest::addRow("case %d", int(i)) << cases.at(i).toObject();
}

void TestFsrs::clockBackwards_givesSaneCards()
{
    QFETCH(QJsonObject, sequence);
    const Fsrs fsrs(sequence.value(u"retention").toDouble());
    const QJsonArray steps = sequence.value(u"steps").toArray();

    CardMemory card;
    bool wentBack = false;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps.at(i).toObject();
        const QDateTime now = utc(step.value(u"time").toString());
        QVERIFY(now.isValid());
        const QByteArray where = "step " + QByteArray::number(i);
        if (card.lastReview.isValid() && now < card.lastReview)
            wentBack = true;

        const double r = fsrs.retrievability(card, now);
        QVERIFY2(std::isfinite(r) && r >= 0 && r <= 1, where + " retrievability");
        const int repsBefore = card.reps;
        card = fsrs.review(card, static_cast<Rating>(step.value(u"rating").toInt()), now);

        QVERIFY2(std::isfinite(card.stability) && card.stability >= 0.001, where + " stability");
        QVERIFY2(card.difficulty >= 1 && card.difficulty <= 10, where + " difficulty");
        QVERIFY2(card.elapsedDays >= 0, where + " elapsed days");
        QVERIFY2(card.scheduledDays >= 1 && card.scheduledDays <= 36500, where + " interval");
        QVERIFY2(card.due.isValid() && card.due > now, where + " due");
        QCOMPARE(card.lastReview, now);
        QCOMPARE(card.reps, repsBefore + 1);
        QCOMPARE(card.state, CardState::Review);
    }
    QVERIFY2(wentBack, "the case never goes back in time");
}

void TestFsrs::clockBackwards_countsAsReviewOnTheSameDay()
{
    const Fsrs fsrs;
    const QDateTime first = utc(QStringLiteral("2024-03-10T12:00:00.000Z"));
    CardMemory card = fsrs.review({}, Rating::Good, first);
    card = fsrs.review(card, Rating::Good, first.addDays(card.scheduledDays));

    const QDateTime earlier = card.lastReview.addDays(-40);
    const CardMemory back = fsrs.review(card, Rating::Hard, earlier);
    const CardMemory sameDay = fsrs.review(card, Rating::Hard, card.lastReview);
    QCOMPARE(back.elapsedDays, 0);
    QCOMPARE(back.stability, sameDay.stability);
    QCOMPARE(back.difficulty, sameDay.difficulty);
    QCOMPARE(back.scheduledDays, sameDay.scheduledDays);
    QCOMPARE(back.lastReview, earlier);
    QCOMPARE(back.due, earlier.addDays(back.scheduledDays));
}

void TestFsrs::goodOnTime_givesStrictlyGrowingIntervals_data()
{
    QTest::addColumn<double>("retention");
    QTest::newRow("0.8") << 0.8;
    QTest::newRow("0.9") << 0.9;
    QTest::newRow("0.95") << 0.95;
}

void TestFsrs::goodOnTime_givesStrictlyGrowingIntervals()
{
    QFETCH(double, retention);
    const Fsrs fsrs(retention);
    CardMemory card = fsrs.review({}, Rating::Good, utc(QStringLiteral("2025-01-01T08:30:00.000Z")));
    int previous = card.scheduledDays;
    QVERIFY(previous >= 1);
    // Until the interval reaches its maximum (100 years) or the stability
    // its own (36500 days, an interval of 14694 days at 95% retention),
    // which takes about ten to twenty reviews.
    int reviews = 1;
    while (card.scheduledDays < 36500 && card.stability < 36500) {
        QVERIFY2(reviews < 40, "the interval never reached the maximum");
        card = fsrs.review(card, Rating::Good, card.due);
        ++reviews;
        QCOMPARE(card.elapsedDays, previous);
        QVERIFY2(card.scheduledDays > previous,
            qPrintable(QStringLiteral("review %1: %2 after %3").arg(reviews).arg(card.scheduledDays).arg(previous)));
        previous = card.scheduledDays;
    }
    QVERIFY(reviews >= 5);
}

void TestFsrs::higherRetention_givesShorterIntervals_data()
{
    QTest::addColumn<QList<int>>("ratings");
    QTest::addColumn<int>("gapDays");
    QTest::newRow("good every week") << QList<int> { 3, 3, 3, 3, 3, 3 } << 7;
    QTest::newRow("easy every month") << QList<int> { 4, 4, 4, 4 } << 30;
    QTest::newRow("mixed every ten days") << QList<int> { 3, 1, 2, 3, 4, 1, 3 } << 10;
    QTest::newRow("hard every year") << QList<int> { 2, 2, 2 } << 365;
}

void TestFsrs::higherRetention_givesShorterIntervals()
{
    QFETCH(QList<int>, ratings);
    QFETCH(int, gapDays);
    // The same history, so the same memory state: only the intervals the
    // three retentions derive from it differ.
    const Fsrs low(0.8);
    const Fsrs mid(0.9);
    const Fsrs high(0.95);
    CardMemory a;
    CardMemory b;
    CardMemory c;
    QDateTime now = utc(QStringLiteral("2026-06-01T18:00:00.000Z"));
    int shorter = 0;
    for (const int rating : ratings) {
        a = low.review(a, Rating(rating), now);
        b = mid.review(b, Rating(rating), now);
        c = high.review(c, Rating(rating), now);
        QCOMPARE(a.stability, b.stability);
        QCOMPARE(b.stability, c.stability);
        QVERIFY(c.scheduledDays <= b.scheduledDays);
        QVERIFY(b.scheduledDays <= a.scheduledDays);
        if (c.scheduledDays < b.scheduledDays && b.scheduledDays < a.scheduledDays)
            ++shorter;
        now = now.addDays(gapDays);
    }
    QVERIFY2(shorter > 0, "the retentions never gave different intervals");
}

void TestFsrs::again_countsALapseOnlyForAReviewedCard()
{
    const Fsrs fsrs;
    const QDateTime now = utc(QStringLiteral("2024-01-01T00:00:00.000Z"));
    CardMemory card = fsrs.review({}, Rating::Again, now);
    QCOMPARE(card.lapses, 0);
    QCOMPARE(card.reps, 1);
    card = fsrs.review(card, Rating::Again, card.due);
    QCOMPARE(card.lapses, 1);
    card = fsrs.review(card, Rating::Good, card.due);
    QCOMPARE(card.lapses, 1);
    card = fsrs.review(card, Rating::Again, card.due);
    QCOMPARE(card.lapses, 2);
    QCOMPARE(card.reps, 4);
}

void TestFsrs::retrievability_isZeroForANewCardAndFallsWithTime()
{
    const Fsrs fsrs;
    const QDateTime now = utc(QStringLiteral("2024-05-05T05:05:05.005Z"));
    QCOMPARE(fsrs.retrievability({}, now), 0.0);

    const CardMemory card = fsrs.review({}, Rating::Good, now);
    QCOMPARE(fsrs.retrievability(card, now), 1.0);
    // Stability is by definition the time at which recall falls to 90%.
    const CardMemory steady = [&] {
        CardMemory c = card;
        c.stability = 20;
        return c;
    }();
    QVERIFY(std::abs(fsrs.retrievability(steady, now.addDays(20)) - 0.9) < 1e-6);
    double previous = 1;
    for (int days = 1; days <= 1000; days *= 3) {
        const double r = fsrs.retrievability(card, now.addDays(days));
        QVERIFY2(r < previous && r > 0, qPrintable(QString::number(days)));
        previous = r;
    }
}

void TestFsrs::retrievability_clampsTimeBeforeTheLastReview()
{
    const Fsrs fsrs;
    const QDateTime now = utc(QStringLiteral("2024-05-05T05:05:05.005Z"));
    const CardMemory card = fsrs.review({}, Rating::Hard, now);
    QCOMPARE(fsrs.retrievability(card, now.addDays(-3)), 1.0);
    QCOMPARE(fsrs.retrievability(card, now.addYears(-30)), 1.0);
}

void TestFsrs::daysBetween_countsUtcCalendarDays_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<int>("days");
    const auto at = [](const char *text) { return utc(QString::fromLatin1(text)); };
    QTest::newRow("same instant") << at("2024-01-01T10:00:00.000Z") << at("2024-01-01T10:00:00.000Z") << 0;
    QTest::newRow("whole day within") << at("2024-01-01T00:00:00.000Z") << at("2024-01-01T23:59:59.999Z") << 0;
    QTest::newRow("one ms over midnight") << at("2024-01-01T23:59:59.999Z") << at("2024-01-02T00:00:00.000Z") << 1;
    QTest::newRow("47 hours, one midnight") << at("2024-01-01T00:00:00.000Z") << at("2024-01-02T23:00:00.000Z") << 1;
    QTest::newRow("25 hours, two midnights") << at("2024-01-01T23:30:00.000Z") << at("2024-01-03T00:30:00.000Z") << 2;
    QTest::newRow("leap day") << at("2024-02-28T12:00:00.000Z") << at("2024-03-01T12:00:00.000Z") << 2;
    QTest::newRow("no leap day") << at("2023-02-28T12:00:00.000Z") << at("2023-03-01T12:00:00.000Z") << 1;
    QTest::newRow("a decade") << at("2020-01-01T00:00:00.000Z") << at("2030-01-01T00:00:00.000Z") << 3653;
    QTest::newRow("backwards") << at("2024-01-02T00:00:00.000Z") << at("2024-01-01T23:59:59.999Z") << -1;
    // 07:00 at +08:00 is 23:00 the day before in UTC: UTC days count, not
    // the days of the zone a time was written in.
    QTest::newRow("offset time") << at("2024-01-01T00:00:00.000Z")
                                 << QDateTime::fromString(
                                        QStringLiteral("2024-01-02T07:00:00.000+08:00"), Qt::ISODateWithMs)
                                 << 0;
    QTest::newRow("invalid") << QDateTime() << at("2024-01-01T00:00:00.000Z") << 0;
}

void TestFsrs::daysBetween_countsUtcCalendarDays()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(int, days);
    QCOMPARE(Fsrs::daysBetween(from, to), days);
}

QTEST_GUILESS_MAIN(TestFsrs)
#include "tst_fsrs.moc"
