#include "progressstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

using namespace codex;

namespace {

// A connection of the test's own beside the store's, to look at the file
// the way another program would.
class Connection final
{
public:
    explicit Connection(const QString &path)
        : m_name(QStringLiteral("test-%1").arg(s_next++))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = db.open();
    }
    ~Connection()
    {
        database().close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Connection)

    bool isOpen() const { return m_open; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql)
    {
        QSqlQuery query(database());
        if (query.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(database());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }
    QStringList column(const QString &sql)
    {
        QStringList result;
        QSqlQuery query(database());
        if (query.exec(sql)) {
            while (query.next())
                result << query.value(0).toString();
        }
        return result;
    }

private:
    static inline int s_next = 0;
    QString m_name;
    bool m_open = false;
};

// The first schema exactly as the store's first migration step writes it.
const QStringList versionOneSchema = {
    QStringLiteral("CREATE TABLE cards (code INTEGER NOT NULL, kind TEXT NOT NULL, state INTEGER NOT NULL, "
                   "stability REAL NOT NULL, difficulty REAL NOT NULL, due INTEGER, last_review INTEGER, "
                   "scheduled_days INTEGER NOT NULL, elapsed_days INTEGER NOT NULL, reps INTEGER NOT NULL, "
                   "lapses INTEGER NOT NULL, PRIMARY KEY (code, kind)) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE reviews (id INTEGER PRIMARY KEY, code INTEGER NOT NULL, kind TEXT NOT NULL, "
                   "reviewed_at INTEGER NOT NULL, rating INTEGER NOT NULL, correct INTEGER NOT NULL, "
                   "answer TEXT NOT NULL, duration_ms INTEGER NOT NULL, language TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX reviews_reviewed_at ON reviews (reviewed_at)"),
};

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QDateTime utc(const char *iso)
{
    QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    return time.toUTC();
}

ReviewRecord review(int code, const QDateTime &at, bool correct = true)
{
    ReviewRecord review;
    review.code = code;
    review.kind = QStringLiteral("choice");
    review.reviewedAt = at;
    review.rating = correct ? Rating::Good : Rating::Again;
    review.correct = correct;
    review.answer = QStringLiteral("B");
    review.durationMs = 2500;
    review.language = QStringLiteral("en");
    return review;
}

CardMemory reviewedCard(int reps)
{
    CardMemory card;
    card.state = CardState::Review;
    card.stability = 1.0 / 3.0 + reps;
    card.difficulty = 7.123456789012345;
    card.lastReview = utc(1718000000123LL);
    card.due = utc(1718000000123LL + 86400000LL * reps);
    card.scheduledDays = reps;
    card.elapsedDays = 5;
    card.reps = reps;
    card.lapses = 2;
    return card;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString integrity(const QString &path)
{
    Connection connection(path);
    return connection.column(QStringLiteral("PRAGMA integrity_check")).join(u'\n');
}

// Names in the directory that start with the database's own name, other than
// the database and its WAL companions: the files moved aside.
QStringList movedAside(const QString &directory)
{
    QStringList result;
    const QStringList names
        = QDir(directory).entryList({ ProgressStore::fileName() + QStringLiteral(".*") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (!name.endsWith(QStringLiteral("-wal")) && !name.endsWith(QStringLiteral("-shm")))
            result << name;
    }
    return result;
}

// Whether this process can write where permissions say it cannot (root).
bool permissionsAreIgnored(const QString &directory)
{
    const QString probeDirectory = directory + QStringLiteral("/probe");
    if (!QDir().mkpath(probeDirectory))
        return true;
    QFile::setPermissions(probeDirectory, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const bool writable = writeFile(probeDirectory + QStringLiteral("/file"), "x");
    QFile::setPermissions(probeDirectory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QDir(probeDirectory).removeRecursively();
    return writable;
}

void createDatabase(const QString &path, const QStringList &statements)
{
    Connection connection(path);
    QVERIFY(connection.isOpen());
    for (const QString &statement : statements)
        QVERIFY2(connection.exec(statement), qPrintable(statement));
}

} // namespace

class TestProgressStore : public QObject
{
    Q_OBJECT

private slots:
    void freshFile_getsCurrentSchemaAndOurApplicationId();
    void versionOneDatabase_migratesKeepingEveryReview();
    void record_roundTripsEveryCardField();
    void record_updatesTheCardAndAppendsTheReview();
    void record_failure_keepsEarlierDataAndWritesNothing();
    void reviews_areOldestFirstWithEveryField();
    void record_keepsFutureAndBackwardTimesAsGiven();
    void dailyTallies_groupByLocalDayAcrossMidnight();
    void stars_setUnsetAndList();
    void notes_setReplaceRemoveAndList();
    void settings_roundTrip();
    void corruptFile_isMovedAsideAndANewOneStarted_data();
    void corruptFile_isMovedAsideAndANewOneStarted();
    void corruptFile_movedAsideNameTaken_getsNumbered();
    void foreignFile_isMovedAsideAsNotOurs_data();
    void foreignFile_isMovedAsideAsNotOurs();
    void newerVersion_fileUntouchedAndSessionKeptInMemory();
    void unwritableLocation_keepsProgressInMemory_data();
    void unwritableLocation_keepsProgressInMemory();
    void twoThreads_loseNoAnswer();
    void twoProcesses_loseNoAnswer();
    void killedWriter_losesNoReportedAnswer();
    void hundredThousandReviews_stayUnder20MBAndTallyQuickly();
};

void TestProgressStore::freshFile_getsCurrentSchemaAndOurApplicationId()
{
    QTemporaryDir dir;
    const QString directory = dir.filePath(QStringLiteral("not/yet/there"));
    {
        ProgressStore store(directory);
        QCOMPARE(store.problem(), QString());
        QVERIFY(store.isPersistent());
        QCOMPARE(store.path(), QDir(directory).absoluteFilePath(QStringLiteral("progress.sqlite")));
        QVERIFY(QFileInfo(store.path()).isFile());
        QCOMPARE(store.reviewCount(), 0);
        QVERIFY(store.cards().isEmpty());
    }
    Connection connection(QDir(directory).filePath(ProgressStore::fileName()));
    QCOMPARE(connection.value(QStringLiteral("PRAGMA user_version")).toInt(), ProgressStore::SchemaVersion);
    QCOMPARE(connection.value(QStringLiteral("PRAGMA application_id")).toInt(), ProgressStore::ApplicationId);
    QCOMPARE(connection.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(connection.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")),
        QStringList({ QStringLiteral("cards"), QStringLiteral("notes"), QStringLiteral("review_quarters"),
            QStringLiteral("reviews"), QStringLiteral("schema_versions"), QStringLiteral("settings"),
            QStringLiteral("stars") }));
    // Each migration step is recorded with when it ran.
    QCOMPARE(connection.column(QStringLiteral("SELECT version FROM schema_versions ORDER BY version")),
        QStringList({ QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3") }));
    // One index, for ordering and per-day grouping; keys are the tables.
    QCOMPARE(connection.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'")),
        QStringList { QStringLiteral("reviews_reviewed_at") });
}

void TestProgressStore::versionOneDatabase_migratesKeepingEveryReview()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(ProgressStore::fileName());
    QStringList statements = versionOneSchema;
    statements << QStringLiteral("INSERT INTO cards VALUES (404, 'code', 2, 3.5, 6.25, 1718086400000, "
                                 "1718000000000, 1, 0, 1, 0)")
               << QStringLiteral("INSERT INTO reviews (code, kind, reviewed_at, rating, correct, answer, "
                                 "duration_ms, language) VALUES (404, 'code', 1718000000000, 3, 1, '404', 4200, 'zh')")
               << QStringLiteral("INSERT INTO reviews (code, kind, reviewed_at, rating, correct, answer, "
                                 "duration_ms, language) VALUES (500, 'choice', 1718000001000, 1, 0, 'C', 900, 'en')")
               << QStringLiteral(
                      "INSERT INTO reviews (code, kind, reviewed_at, rating, correct, answer, "
                      "duration_ms, language) VALUES (301, 'claim', 1718000002000, 4, 1, 'true', 1, 'zh-en')")
               << QStringLiteral("PRAGMA application_id = %1").arg(ProgressStore::ApplicationId)
               << QStringLiteral("PRAGMA user_version = 1");
    createDatabase(path, statements);
    if (QTest::currentTestFailed())
        return;

    {
        ProgressStore store(dir.path());
        QCOMPARE(store.problem(), QString());
        QVERIFY(store.isPersistent());
        QCOMPARE(store.reviewCount(), 3);
        const QList<ReviewRecord> reviews = store.reviews();
        QCOMPARE(reviews.size(), 3);
        QCOMPARE(reviews.at(0).code, 404);
        QCOMPARE(reviews.at(0).answer, QStringLiteral("404"));
        QCOMPARE(reviews.at(0).durationMs, 4200);
        QCOMPARE(reviews.at(1).rating, Rating::Again);
        QCOMPARE(reviews.at(1).correct, false);
        QCOMPARE(reviews.at(2).language, QStringLiteral("zh-en"));
        QCOMPARE(reviews.at(2).reviewedAt, utc(1718000002000LL));
        const std::optional<CardMemory> card = store.card(404, QStringLiteral("code"));
        QVERIFY(card.has_value());
        QCOMPARE(card->stability, 3.5);
        // The tables of version 2 are there.
        QVERIFY(store.setStarred(404, true));
        QVERIFY(store.setNote(404, QStringLiteral("kept")));
        QVERIFY(store.setSetting(QStringLiteral("k"), QStringLiteral("v")));
    }
    Connection connection(path);
    QCOMPARE(connection.value(QStringLiteral("PRAGMA user_version")).toInt(), ProgressStore::SchemaVersion);
    QCOMPARE(connection.value(QStringLiteral("SELECT count(*) FROM reviews")).toInt(), 3);
    // Only the steps that ran here are in the history: version 1 came before them.
    QCOMPARE(connection.column(QStringLiteral("SELECT version FROM schema_versions ORDER BY version")),
        QStringList({ QStringLiteral("2"), QStringLiteral("3") }));
    // The per-quarter-hour tally was built from the log it found.
    QCOMPARE(connection.value(QStringLiteral("SELECT sum(reviews) FROM review_quarters")).toInt(), 3);
    QCOMPARE(connection.value(QStringLiteral("SELECT sum(correct) FROM review_quarters")).toInt(), 2);
    QCOMPARE(
        connection.value(QStringLiteral("SELECT text FROM notes WHERE code = 404")).toString(), QStringLiteral("kept"));
}

void TestProgressStore::record_roundTripsEveryCardField()
{
    QTemporaryDir dir;
    CardMemory reviewed;
    reviewed.state = CardState::Relearning;
    reviewed.stability = 1.0 / 3.0;
    reviewed.difficulty = 7.123456789012345;
    // Given in another zone: stored as the instant, read back in UTC.
    reviewed.due = QDateTime::fromMSecsSinceEpoch(1718864400987LL, Qt::OffsetFromUTC, 8 * 3600);
    reviewed.lastReview = utc(1718000000123LL);
    reviewed.scheduledDays = 17;
    reviewed.elapsedDays = 5;
    reviewed.reps = 9;
    reviewed.lapses = 2;
    {
        ProgressStore store(dir.path());
        QVERIFY(store.record(review(404, utc(1718000000123LL)), reviewed));
        QVERIFY(store.record(review(200, utc(1718000000500LL)), CardMemory()));
        QVERIFY(!store.card(404, QStringLiteral("code")).has_value());
    }
    // Read back by a new store, from the file.
    ProgressStore store(dir.path());
    const std::optional<CardMemory> card = store.card(404, QStringLiteral("choice"));
    QVERIFY(card.has_value());
    QCOMPARE(card->state, CardState::Relearning);
    QVERIFY(card->stability == reviewed.stability); // exactly, not fuzzily
    QVERIFY(card->difficulty == reviewed.difficulty);
    QCOMPARE(card->due.toMSecsSinceEpoch(), 1718864400987LL);
    QCOMPARE(card->due.timeSpec(), Qt::UTC);
    QCOMPARE(card->lastReview.toMSecsSinceEpoch(), 1718000000123LL);
    QCOMPARE(card->lastReview.timeSpec(), Qt::UTC);
    QCOMPARE(card->scheduledDays, 17);
    QCOMPARE(card->elapsedDays, 5);
    QCOMPARE(card->reps, 9);
    QCOMPARE(card->lapses, 2);

    const std::optional<CardMemory> fresh = store.card(200, QStringLiteral("choice"));
    QVERIFY(fresh.has_value());
    QVERIFY(fresh->isNew());
    QVERIFY(!fresh->due.isValid());
    QVERIFY(!fresh->lastReview.isValid());

    const QList<CardRecord> cards = store.cards();
    QCOMPARE(cards.size(), 2);
    QCOMPARE(cards.at(0).code, 200);
    QCOMPARE(cards.at(1).code, 404);
    QCOMPARE(cards.at(1).kind, QStringLiteral("choice"));
    QCOMPARE(cards.at(1).memory.due, card->due);
    QCOMPARE(cards.at(1).memory.reps, 9);
}

void TestProgressStore::record_updatesTheCardAndAppendsTheReview()
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    ReviewRecord code = review(404, utc(1718000000000LL));
    code.kind = QStringLiteral("code");
    for (int reps = 1; reps <= 3; ++reps) {
        QVERIFY(store.record(review(404, utc(1718000000000LL + reps)), reviewedCard(reps)));
        QCOMPARE(store.reviewCount(), reps);
    }
    QVERIFY(store.record(code, reviewedCard(7)));
    QCOMPARE(store.reviewCount(), 4);
    // One card per (code, kind), holding the last state.
    QCOMPARE(store.cards().size(), 2);
    QCOMPARE(store.card(404, QStringLiteral("choice"))->reps, 3);
    QCOMPARE(store.card(404, QStringLiteral("code"))->reps, 7);
    QCOMPARE(store.problem(), QString());
}

void TestProgressStore::record_failure_keepsEarlierDataAndWritesNothing()
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    QVERIFY(store.record(review(404, utc(1718000000000LL)), reviewedCard(1)));
    {
        // Another program takes the review log away: the card's update,
        // written first, must go with the failed review.
        Connection connection(store.path());
        QVERIFY(connection.exec(QStringLiteral("ALTER TABLE reviews RENAME TO reviews_away")));
    }
    QVERIFY(!store.record(review(404, utc(1718000100000LL)), reviewedCard(2)));
    QVERIFY(store.problem().contains(QDir::toNativeSeparators(store.path())));
    QCOMPARE(store.card(404, QStringLiteral("choice"))->reps, 1);
    {
        Connection connection(store.path());
        QVERIFY(connection.exec(QStringLiteral("ALTER TABLE reviews_away RENAME TO reviews")));
    }
    QCOMPARE(store.reviewCount(), 1);

    ReviewRecord timeless = review(404, QDateTime());
    QVERIFY(!store.record(timeless, reviewedCard(3)));
    QVERIFY(!store.problem().isEmpty());
    QCOMPARE(store.reviewCount(), 1);
    QCOMPARE(store.card(404, QStringLiteral("choice"))->reps, 1);
    // And it goes on working.
    QVERIFY(store.record(review(404, utc(1718000200000LL)), reviewedCard(4)));
    QCOMPARE(store.reviewCount(), 2);
}

void TestProgressStore::reviews_areOldestFirstWithEveryField()
{
    QTemporaryDir dir;
    ReviewRecord later;
    later.code = 418;
    later.kind = QStringLiteral("scenario");
    later.reviewedAt = utc(1718000009999LL);
    later.rating = Rating::Easy;
    later.correct = true;
    later.answer = QStringLiteral("我是茶壶 ☕");
    later.durationMs = 123456789012LL;
    later.language = QStringLiteral("en-zh");
    ReviewRecord earlier;
    earlier.code = 503;
    earlier.kind = QStringLiteral("flashcard");
    earlier.reviewedAt = utc(1718000000001LL);
    earlier.rating = Rating::Hard;
    earlier.correct = false;
    earlier.answer = QStringLiteral("hard");
    earlier.durationMs = 0;
    earlier.language = QStringLiteral("zh");
    {
        ProgressStore store(dir.path());
        QVERIFY(store.record(later, CardMemory()));
        QVERIFY(store.record(earlier, CardMemory()));
    }
    ProgressStore store(dir.path());
    const QList<ReviewRecord> reviews = store.reviews();
    QCOMPARE(reviews.size(), 2);
    const ReviewRecord &first = reviews.at(0);
    QCOMPARE(first.code, 503);
    QCOMPARE(first.kind, QStringLiteral("flashcard"));
    QCOMPARE(first.reviewedAt.toMSecsSinceEpoch(), 1718000000001LL);
    QCOMPARE(first.reviewedAt.timeSpec(), Qt::UTC);
    QCOMPARE(first.rating, Rating::Hard);
    QCOMPARE(first.correct, false);
    QCOMPARE(first.answer, QStringLiteral("hard"));
    QCOMPARE(first.durationMs, 0);
    QCOMPARE(first.language, QStringLiteral("zh"));
    const ReviewRecord &second = reviews.at(1);
    QCOMPARE(second.code, 418);
    QCOMPARE(second.kind, QStringLiteral("scenario"));
    QCOMPARE(second.reviewedAt.toMSecsSinceEpoch(), 1718000009999LL);
    QCOMPARE(second.rating, Rating::Easy);
    QCOMPARE(second.correct, true);
    QCOMPARE(second.answer, QStringLiteral("我是茶壶 ☕"));
    QCOMPARE(second.durationMs, 123456789012LL);
    QCOMPARE(second.language, QStringLiteral("en-zh"));
}

void TestProgressStore::record_keepsFutureAndBackwardTimesAsGiven()
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    const QDateTime future = utc("2999-12-31T23:59:59.999Z");
    const QDateTime present = utc("2024-06-10T12:00:00.000Z");
    const QDateTime past = utc("1969-07-20T20:17:40.000Z"); // the clock went far back
    QVERIFY(store.record(review(200, present), reviewedCard(1)));
    QVERIFY(store.record(review(200, future), reviewedCard(2)));
    QVERIFY(store.record(review(200, past), reviewedCard(3)));
    QCOMPARE(store.reviewCount(), 3);
    const QList<ReviewRecord> reviews = store.reviews();
    QCOMPARE(reviews.size(), 3);
    QCOMPARE(reviews.at(0).reviewedAt, past);
    QCOMPARE(reviews.at(1).reviewedAt, present);
    QCOMPARE(reviews.at(2).reviewedAt, future);
    // The card holds the state recorded last, whatever its time.
    QCOMPARE(store.card(200, QStringLiteral("choice"))->reps, 3);
    const QList<DayTally> days = store.dailyTallies(0);
    QCOMPARE(days.size(), 3);
    QCOMPARE(days.at(0).day, QDate(1969, 7, 20));
    QCOMPARE(days.at(2).day, QDate(2999, 12, 31));
}

void TestProgressStore::dailyTallies_groupByLocalDayAcrossMidnight()
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    // In UTC+8 local midnight of 2 March is 16:00 UTC on 1 March.
    QVERIFY(store.record(review(200, utc("2024-03-01T00:30:00.000Z"), true), CardMemory()));
    QVERIFY(store.record(review(201, utc("2024-03-01T15:59:59.999Z"), false), CardMemory()));
    QVERIFY(store.record(review(202, utc("2024-03-01T16:00:00.000Z"), true), CardMemory()));
    QVERIFY(store.record(review(203, utc("2024-03-03T01:00:00.000Z"), true), CardMemory()));
    // Before 1970 (a clock far off), local 31 December 1969 in UTC-5.
    QVERIFY(store.record(review(204, utc("1970-01-01T04:00:00.000Z"), false), CardMemory()));

    const int east = 8 * 3600;
    QList<DayTally> days = store.dailyTallies(east);
    QCOMPARE(days.size(), 4);
    QCOMPARE(days.at(0).day, QDate(1970, 1, 1));
    QCOMPARE(days.at(1).day, QDate(2024, 3, 1));
    QCOMPARE(days.at(1).reviews, 2);
    QCOMPARE(days.at(1).correct, 1);
    QCOMPARE(days.at(2).day, QDate(2024, 3, 2));
    QCOMPARE(days.at(2).reviews, 1);
    QCOMPARE(days.at(2).correct, 1);
    QCOMPARE(days.at(3).day, QDate(2024, 3, 3));

    days = store.dailyTallies(east, QDate(2024, 3, 2));
    QCOMPARE(days.size(), 2);
    QCOMPARE(days.at(0).day, QDate(2024, 3, 2));
    QCOMPARE(days.at(0).reviews, 1);

    const int west = -5 * 3600;
    days = store.dailyTallies(west);
    QCOMPARE(days.size(), 4);
    QCOMPARE(days.at(0).day, QDate(1969, 12, 31));
    QCOMPARE(days.at(0).correct, 0);
    QCOMPARE(days.at(1).day, QDate(2024, 2, 29));
    QCOMPARE(days.at(1).reviews, 1);
    QCOMPARE(days.at(2).day, QDate(2024, 3, 1));
    QCOMPARE(days.at(2).reviews, 2);
    QCOMPARE(days.at(3).day, QDate(2024, 3, 2));
    QCOMPARE(days.at(3).reviews, 1);

    // Half-hour zones (India, UTC+5:30): local midnight of 2 March is 18:30 UTC.
    QVERIFY(store.record(review(205, utc("2024-03-01T18:29:59.999Z"), true), CardMemory()));
    QVERIFY(store.record(review(206, utc("2024-03-01T18:30:00.000Z"), true), CardMemory()));
    const int india = 5 * 3600 + 30 * 60;
    days = store.dailyTallies(india, QDate(2024, 3, 1));
    QCOMPARE(days.size(), 3);
    QCOMPARE(days.at(0).day, QDate(2024, 3, 1));
    QCOMPARE(days.at(0).reviews, 4); // 00:30, 15:59, 16:00 and 18:29 UTC: before local midnight
    QCOMPARE(days.at(1).day, QDate(2024, 3, 2));
    QCOMPARE(days.at(1).reviews, 1); // 18:30 UTC, the minute after
}

void TestProgressStore::stars_setUnsetAndList()
{
    QTemporaryDir dir;
    {
        ProgressStore store(dir.path());
        QVERIFY(!store.isStarred(404));
        QVERIFY(store.setStarred(503, true));
        QVERIFY(store.setStarred(404, true));
        QVERIFY(store.setStarred(404, true)); // twice is once
        QVERIFY(store.setStarred(200, true));
        QVERIFY(store.setStarred(200, false));
        QVERIFY(store.setStarred(999, false)); // never starred
    }
    ProgressStore store(dir.path());
    QVERIFY(store.isStarred(404));
    QVERIFY(!store.isStarred(200));
    QCOMPARE(store.starred(), QList<int>({ 404, 503 }));
}

void TestProgressStore::notes_setReplaceRemoveAndList()
{
    QTemporaryDir dir;
    QString longNote;
    while (longNote.size() < 10000)
        longNote += QStringLiteral("请求已成功 🎉 request succeeded. ");
    longNote.truncate(9999);
    longNote += u'!';
    QCOMPARE(longNote.size(), 10000);
    {
        ProgressStore store(dir.path());
        QCOMPARE(store.note(404), QString());
        QVERIFY(store.setNote(404, QStringLiteral("first")));
        QVERIFY(store.setNote(404, QStringLiteral("second")));
        QVERIFY(store.setNote(200, longNote));
        QVERIFY(store.setNote(500, QStringLiteral("gone soon")));
        QVERIFY(store.setNote(500, QString()));
    }
    ProgressStore store(dir.path());
    QCOMPARE(store.note(404), QStringLiteral("second"));
    QCOMPARE(store.note(200), longNote);
    QCOMPARE(store.note(500), QString());
    const QHash<int, QString> notes = store.notes();
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.value(404), QStringLiteral("second"));
    QCOMPARE(notes.value(200), longNote);
    QVERIFY(!notes.contains(500));
}

void TestProgressStore::settings_roundTrip()
{
    QTemporaryDir dir;
    {
        ProgressStore store(dir.path());
        QCOMPARE(store.setting(QStringLiteral("retention")), QString());
        QVERIFY(store.setSetting(QStringLiteral("retention"), QStringLiteral("0.85")));
        QVERIFY(store.setSetting(QStringLiteral("retention"), QStringLiteral("0.9")));
        QVERIFY(store.setSetting(QStringLiteral("kinds"), QStringLiteral("choice,code")));
        QVERIFY(store.setSetting(QStringLiteral("empty"), QString()));
    }
    ProgressStore store(dir.path());
    QCOMPARE(store.setting(QStringLiteral("retention")), QStringLiteral("0.9"));
    QCOMPARE(store.setting(QStringLiteral("kinds")), QStringLiteral("choice,code"));
    QCOMPARE(store.setting(QStringLiteral("empty")), QString());
    QCOMPARE(store.setting(QStringLiteral("absent")), QString());
}

void TestProgressStore::corruptFile_isMovedAsideAndANewOneStarted_data()
{
    QTest::addColumn<bool>("truncated");
    QTest::newRow("garbage bytes") << false;
    QTest::newRow("truncated database") << true;
}

void TestProgressStore::corruptFile_isMovedAsideAndANewOneStarted()
{
    QFETCH(bool, truncated);
    QTemporaryDir dir;
    const QString path = dir.filePath(ProgressStore::fileName());
    QByteArray bytes;
    QByteArray wal;
    if (truncated) {
        {
            ProgressStore store(dir.path());
            for (int i = 0; i < 300; ++i) {
                ReviewRecord answer = review(100 + i, utc(1718000000000LL + i));
                answer.answer = QString(200, u'x');
                QVERIFY(store.record(answer, reviewedCard(i)));
            }
        }
        bytes = contents(path);
        QVERIFY(bytes.size() > 16 * 4096);
        bytes.truncate(bytes.size() / 2 / 4096 * 4096);
    } else {
        bytes = QByteArray(5000, '\x5a');
        bytes.replace(0, 11, "not sqlite!");
        wal = QByteArray("a write-ahead log that goes with it");
        QVERIFY(writeFile(path + QStringLiteral("-wal"), wal));
    }
    QVERIFY(writeFile(path, bytes));

    ProgressStore store(dir.path());
    QVERIFY(store.isPersistent());
    const QStringList moved = movedAside(dir.path());
    QCOMPARE(moved.size(), 1);
    QVERIFY2(QRegularExpression(QStringLiteral("^progress\\.sqlite\\.corrupt-\\d{8}-\\d{6}$"))
                 .match(moved.first())
                 .hasMatch(),
        qPrintable(moved.first()));
    const QString movedPath = dir.filePath(moved.first());
    // Nothing is lost: the damaged bytes are all there, under the new name.
    QCOMPARE(contents(movedPath), bytes);
    if (!wal.isEmpty())
        QCOMPARE(contents(movedPath + QStringLiteral("-wal")), wal);
    QVERIFY2(store.problem().contains(QDir::toNativeSeparators(path)), qPrintable(store.problem()));
    QVERIFY2(store.problem().contains(QDir::toNativeSeparators(movedPath)), qPrintable(store.problem()));
    QCOMPARE(store.reviewCount(), 0);
    QVERIFY(store.record(review(404, utc(1718000000000LL)), reviewedCard(1)));
    QCOMPARE(integrity(path), QStringLiteral("ok"));
}

void TestProgressStore::corruptFile_movedAsideNameTaken_getsNumbered()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(ProgressStore::fileName());
    // Take the names of this second and the next, so that the store's must
    // be numbered whichever it starts in.
    const QDateTime now = QDateTime::currentDateTime();
    QStringList taken;
    for (int seconds = 0; seconds < 3; ++seconds) {
        const QString name
            = path + QStringLiteral(".corrupt-") + now.addSecs(seconds).toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QVERIFY(writeFile(name, "earlier"));
        taken << name;
    }
    QVERIFY(writeFile(path,
        "garbage, not a database, long enough to be one........................................"
        "..........................................................................."));
    ProgressStore store(dir.path());
    const QStringList moved = movedAside(dir.path());
    QCOMPARE(moved.size(), 4);
    QStringList numbered = moved.filter(QRegularExpression(QStringLiteral("-\\d{6}-2$")));
    QCOMPARE(numbered.size(), 1);
    QVERIFY(store.problem().contains(numbered.first()));
    for (const QString &name : taken)
        QCOMPARE(contents(name), QByteArray("earlier"));
}

void TestProgressStore::foreignFile_isMovedAsideAsNotOurs_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("another application id") << QStringList { QStringLiteral("CREATE TABLE cards (code INTEGER)"),
        QStringLiteral("INSERT INTO cards VALUES (1)"), QStringLiteral("PRAGMA application_id = 42") };
    QTest::newRow("id 0 with other tables") << QStringList { QStringLiteral("CREATE TABLE bookmarks (url TEXT)"),
        QStringLiteral("INSERT INTO bookmarks VALUES ('https://example.org')") };
}

void TestProgressStore::foreignFile_isMovedAsideAsNotOurs()
{
    QFETCH(QStringList, statements);
    QTemporaryDir dir;
    const QString path = dir.filePath(ProgressStore::fileName());
    createDatabase(path, statements);
    if (QTest::currentTestFailed())
        return;
    const QByteArray bytes = contents(path);

    ProgressStore store(dir.path());
    QVERIFY(store.isPersistent());
    const QStringList moved = movedAside(dir.path());
    QCOMPARE(moved.size(), 1);
    QVERIFY2(QRegularExpression(QStringLiteral("^progress\\.sqlite\\.not-status-codex-\\d{8}-\\d{6}$"))
                 .match(moved.first())
                 .hasMatch(),
        qPrintable(moved.first()));
    const QString movedPath = dir.filePath(moved.first());
    QCOMPARE(contents(movedPath), bytes);
    QVERIFY2(store.problem().contains(QDir::toNativeSeparators(path)), qPrintable(store.problem()));
    QVERIFY2(store.problem().contains(QDir::toNativeSeparators(movedPath)), qPrintable(store.problem()));
    QVERIFY(store.record(review(404, utc(1718000000000LL)), reviewedCard(1)));
    Connection connection(path);
    QCOMPARE(connection.value(QStringLiteral("PRAGMA application_id")).toInt(), ProgressStore::ApplicationId);
}

void TestProgressStore::newerVersion_fileUntouchedAndSessionKeptInMemory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(ProgressStore::fileName());
    createDatabase(path,
        { QStringLiteral("CREATE TABLE future (x INTEGER)"), QStringLiteral("INSERT INTO future VALUES (7)"),
            QStringLiteral("PRAGMA application_id = %1").arg(ProgressStore::ApplicationId),
            QStringLiteral("PRAGMA user_version = 99") });
    if (QTest::currentTestFailed())
        return;
    const QByteArray bytes = contents(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    QVERIFY(!bytes.isEmpty());
    {
        ProgressStore store(dir.path());
        QVERIFY(!store.isPersistent());
        QVERIFY2(store.problem().contains(QDir::toNativeSeparators(path)), qPrintable(store.problem()));
        QVERIFY2(store.problem().contains(QStringLiteral("newer version")), qPrintable(store.problem()));
        QVERIFY2(store.problem().contains(QStringLiteral("nothing of this session will be saved")),
            qPrintable(store.problem()));
        // Answers go to memory.
        QVERIFY(store.record(review(404, utc(1718000000000LL)), reviewedCard(1)));
        QVERIFY(store.setStarred(404, true));
        QVERIFY(store.setNote(404, QStringLiteral("in memory")));
        QCOMPARE(store.reviewCount(), 1);
        QCOMPARE(store.card(404, QStringLiteral("choice"))->reps, 1);
        QCOMPARE(store.note(404), QStringLiteral("in memory"));
    }
    QCOMPARE(contents(path), bytes);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { ProgressStore::fileName() });
    // And the next session starts from nothing again.
    ProgressStore again(dir.path());
    QCOMPARE(again.reviewCount(), 0);
}

void TestProgressStore::unwritableLocation_keepsProgressInMemory_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("folder under a regular file") << QStringLiteral("under-file");
    QTest::newRow("read-only folder") << QStringLiteral("read-only-folder");
    QTest::newRow("read-only file") << QStringLiteral("read-only-file");
}

void TestProgressStore::unwritableLocation_keepsProgressInMemory()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QString directory;
    QByteArray bytes;
    if (kind == QStringLiteral("under-file")) {
        QVERIFY(writeFile(dir.filePath(QStringLiteral("plain")), "a file, not a folder"));
        directory = dir.filePath(QStringLiteral("plain/progress"));
    } else {
        if (permissionsAreIgnored(dir.path()))
            QSKIP("running as root: permissions do not stop writing");
        directory = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(directory));
        if (kind == QStringLiteral("read-only-file")) {
            {
                ProgressStore store(directory);
                QVERIFY(store.record(review(200, utc(1718000000000LL)), reviewedCard(1)));
            }
            const QString file = QDir(directory).filePath(ProgressStore::fileName());
            bytes = contents(file);
            QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner));
        } else {
            QVERIFY(QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
    }
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile::setPermissions(
            QDir(directory).filePath(ProgressStore::fileName()), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    });

    ProgressStore store(directory);
    QVERIFY(!store.isPersistent());
    const QString path = QDir(directory).absoluteFilePath(ProgressStore::fileName());
    QCOMPARE(store.path(), path);
    QVERIFY2(store.problem().contains(QDir::toNativeSeparators(path)), qPrintable(store.problem()));
    QVERIFY2(store.problem().contains(QStringLiteral("progress will not be kept")), qPrintable(store.problem()));
    QVERIFY(store.record(review(404, utc(1718000000000LL)), reviewedCard(1)));
    QCOMPARE(store.reviewCount(), 1);
    QVERIFY(store.setSetting(QStringLiteral("k"), QStringLiteral("v")));
    QCOMPARE(store.setting(QStringLiteral("k")), QStringLiteral("v"));
    if (!bytes.isEmpty())
        QCOMPARE(contents(path), bytes);
}

void TestProgressStore::twoThreads_loseNoAnswer()
{
    QTemporaryDir dir;
    constexpr int perThread = 200;
    std::atomic<int> recorded { 0 };
    std::atomic<int> problems { 0 };
    // Both start on a directory with no database yet: they also create and
    // migrate it at the same time.
    const auto writer = [&](int first) {
        ProgressStore store(dir.path());
        if (!store.problem().isEmpty() || !store.isPersistent())
            ++problems;
        for (int i = 0; i < perThread; ++i) {
            if (store.record(review(first + i % 10, QDateTime::currentDateTimeUtc()), reviewedCard(i)))
                ++recorded;
            else
                ++problems;
        }
    };
    std::thread one(writer, 100);
    std::thread two(writer, 105);
    one.join();
    two.join();
    QCOMPARE(problems.load(), 0);
    QCOMPARE(recorded.load(), 2 * perThread);

    ProgressStore store(dir.path());
    QCOMPARE(store.problem(), QString());
    QCOMPARE(store.reviewCount(), 2 * perThread);
    QCOMPARE(store.cards().size(), 15);
    QCOMPARE(integrity(store.path()), QStringLiteral("ok"));
}

void TestProgressStore::twoProcesses_loseNoAnswer()
{
    QTemporaryDir dir;
    const QString writer = QStringLiteral(CODEX_PROGRESSWRITER);
    QVERIFY2(QFileInfo::exists(writer), qPrintable(writer));
    QProcess one;
    QProcess two;
    one.start(writer, { dir.path(), QStringLiteral("200") });
    two.start(writer, { dir.path(), QStringLiteral("200") });
    for (QProcess *process : { &one, &two }) {
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        const QByteArray errors = process->readAllStandardError();
        QVERIFY2(process->exitCode() == 0, errors.constData());
        // printf's lines end in \r\n on Windows.
        QVERIFY(process->readAllStandardOutput().replace("\r\n", "\n").endsWith("recorded 200\n"));
    }

    ProgressStore store(dir.path());
    QCOMPARE(store.problem(), QString());
    QCOMPARE(store.reviewCount(), 400);
    QCOMPARE(store.cards().size(), 20);
    QCOMPARE(integrity(store.path()), QStringLiteral("ok"));
}

void TestProgressStore::killedWriter_losesNoReportedAnswer()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGKILL is POSIX");
#else
    QTemporaryDir dir;
    const QString writer = QStringLiteral(CODEX_PROGRESSWRITER);
    QVERIFY2(QFileInfo::exists(writer), qPrintable(writer));
    QProcess process;
    process.start(writer, { dir.path() });
    QVERIFY(process.waitForStarted());
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (output.count('\n') < 50 && timer.elapsed() < 60000) {
        if (process.waitForReadyRead(1000))
            output += process.readAllStandardOutput();
        QVERIFY2(process.state() == QProcess::Running, process.readAllStandardError().constData());
    }
    QVERIFY(output.count('\n') >= 50);
    QCOMPARE(::kill(static_cast<pid_t>(process.processId()), SIGKILL), 0);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    output += process.readAllStandardOutput();

    // The last complete line says how many commits returned.
    const QList<QByteArray> lines = output.left(output.lastIndexOf('\n')).split('\n');
    QVERIFY(lines.last().startsWith("recorded "));
    bool ok = false;
    const qint64 reported = lines.last().mid(9).toLongLong(&ok);
    QVERIFY(ok);
    QVERIFY(reported >= 50);

    ProgressStore store(dir.path());
    QCOMPARE(store.problem(), QString());
    QVERIFY(store.isPersistent());
    // At most one more: the answer whose commit returned as it was killed.
    const qint64 count = store.reviewCount();
    QVERIFY2(count >= reported && count <= reported + 1,
        qPrintable(QStringLiteral("%1 in the file, %2 reported").arg(count).arg(reported)));
    QCOMPARE(integrity(store.path()), QStringLiteral("ok"));
#endif
}

void TestProgressStore::hundredThousandReviews_stayUnder20MBAndTallyQuickly()
{
    QTemporaryDir dir;
    constexpr int count = 100000;
    const QString path = dir.filePath(ProgressStore::fileName());
    {
        ProgressStore created(dir.path());
        QVERIFY(created.isPersistent());
    }
    {
        // Two years of daily study, written the way record() writes each row
        // but in one transaction, so that the test takes a second, not minutes.
        Connection connection(path);
        QVERIFY(connection.exec(QStringLiteral("BEGIN")));
        QSqlQuery insert(connection.database());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO reviews (code, kind, reviewed_at, rating, correct, "
                                              "answer, duration_ms, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
        const QStringList kinds = { QStringLiteral("choice"), QStringLiteral("code"), QStringLiteral("source"),
            QStringLiteral("claim"), QStringLiteral("scenario"), QStringLiteral("flashcard") };
        const QStringList answers = { QStringLiteral("B"), QStringLiteral("404"), QStringLiteral("RFC 9110"),
            QStringLiteral("true"), QStringLiteral("D"), QStringLiteral("good") };
        const QStringList languages = { QStringLiteral("zh"), QStringLiteral("en"), QStringLiteral("zh-en") };
        const qint64 start = utc("2024-01-01T00:00:00.000Z").toMSecsSinceEpoch();
        for (int i = 0; i < count; ++i) {
            insert.bindValue(0, 100 + (i * 7) % 400);
            insert.bindValue(1, kinds.at(i % kinds.size()));
            insert.bindValue(2, start + qint64(i) * 631000 + (i * 7919) % 60000);
            insert.bindValue(3, 1 + i % 4);
            insert.bindValue(4, i % 5 != 0 ? 1 : 0);
            insert.bindValue(5, answers.at(i % answers.size()));
            insert.bindValue(6, 800 + (i * 37) % 30000);
            insert.bindValue(7, languages.at(i % languages.size()));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        // record() keeps the quarter-hour tally with each answer; here, once.
        QVERIFY(connection.exec(QStringLiteral("INSERT INTO review_quarters SELECT (reviewed_at - ((reviewed_at % 900000) "
                                               "+ 900000) % 900000) / 900000, count(*), sum(correct) FROM reviews GROUP BY 1")));
        QVERIFY(connection.exec(QStringLiteral("COMMIT")));
        QVERIFY(connection.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    ProgressStore store(dir.path());
    QCOMPARE(store.problem(), QString());
    // Through the store too, every card touched.
    for (int code = 100; code < 500; ++code)
        QVERIFY(store.record(review(code, utc("2025-12-31T12:00:00.000Z")), reviewedCard(3)));
    QCOMPARE(store.reviewCount(), count + 400);

    QElapsedTimer timer;
    timer.start();
    const QList<DayTally> days = store.dailyTallies(8 * 3600);
    const qint64 elapsed = timer.elapsed();
    int total = 0;
    for (const DayTally &day : days)
        total += day.reviews;
    QCOMPARE(total, count + 400);
    QVERIFY(days.size() > 700);
    QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));

    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    qInfo("%d reviews: %.2f MB on disk; daily tallies in %lld ms", count + 400, bytes / 1048576.0,
        static_cast<long long>(elapsed));
    QVERIFY2(bytes < 20LL * 1024 * 1024, qPrintable(QString::number(bytes)));
}

QTEST_GUILESS_MAIN(TestProgressStore)
#include "tst_progressstore.moc"
