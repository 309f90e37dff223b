#include "progressstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QVariant>
#include <QtEndian>

#include <algorithm>

#include <atomic>
#include <limits>

namespace codex {

namespace {

// Long enough for another window or the command line to finish the answer
// it is writing; short enough that a stuck one does not hang the app.
constexpr int BusyTimeoutMs = 5000;

// SQLite's primary result codes that mean the bytes are not a sound database.
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

constexpr qint64 MsecsPerDay = 86400 * 1000LL;
constexpr qint64 MsecsPerQuarter = 900 * 1000LL; // the review_quarters tally's unit

std::atomic<int> nextConnection { 0 };

// problem() is shown to the learner, so its text is translated like the
// interface; the class itself is no QObject.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(codex::ProgressStore)
};

// Step i brings the schema from version i to version i + 1. Steps are only
// ever appended: a released step is never changed.
QList<QStringList> migrationSteps()
{
    return {
        // 1: card states and the review log. Times are UTC milliseconds since
        // the epoch, as integers, which keep 100 000 reviews in a few MB.
        // The cards' composite key is the table itself (WITHOUT ROWID), and
        // the log's only index serves ordering and per-day grouping.
        {
            QStringLiteral("CREATE TABLE cards ("
                           "code INTEGER NOT NULL, kind TEXT NOT NULL, state INTEGER NOT NULL, "
                           "stability REAL NOT NULL, difficulty REAL NOT NULL, due INTEGER, last_review INTEGER, "
                           "scheduled_days INTEGER NOT NULL, elapsed_days INTEGER NOT NULL, "
                           "reps INTEGER NOT NULL, lapses INTEGER NOT NULL, "
                           "PRIMARY KEY (code, kind)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE reviews ("
                           "id INTEGER PRIMARY KEY, code INTEGER NOT NULL, kind TEXT NOT NULL, "
                           "reviewed_at INTEGER NOT NULL, rating INTEGER NOT NULL, correct INTEGER NOT NULL, "
                           "answer TEXT NOT NULL, duration_ms INTEGER NOT NULL, language TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX reviews_reviewed_at ON reviews (reviewed_at)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_versions (version INTEGER PRIMARY KEY, "
                           "applied_at INTEGER NOT NULL)"),
        },
        // 2: stars, personal notes and study preferences.
        {
            QStringLiteral("CREATE TABLE stars (code INTEGER PRIMARY KEY, starred_at INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE notes (code INTEGER PRIMARY KEY, text TEXT NOT NULL, updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
            // Files made by early builds of step 1 had no history table.
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_versions (version INTEGER PRIMARY KEY, "
                           "applied_at INTEGER NOT NULL)"),
        },
        // 3: answers tallied per quarter hour, kept up to date by record(),
        // so that the statistics group a few thousand rows by local day
        // instead of sorting every answer (37 ms of a 100 000-answer log).
        // Quarter hours, because every time zone's offset is a multiple.
        {
            QStringLiteral("CREATE TABLE review_quarters (quarter INTEGER PRIMARY KEY, reviews INTEGER NOT NULL, "
                           "correct INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO review_quarters SELECT (reviewed_at - ((reviewed_at % 900000) + 900000) % 900000) "
                           "/ 900000, count(*), sum(correct) FROM reviews GROUP BY 1"),
        },
        // 4: the mistakes notebook and the questions the learner flagged.
        // The question's words are kept as asked, because the catalogue and
        // the question maker may change before anyone reads them.
        {
            QStringLiteral("CREATE TABLE mistakes (id INTEGER PRIMARY KEY, code INTEGER NOT NULL, kind TEXT NOT NULL, "
                           "answered_at INTEGER NOT NULL, language TEXT NOT NULL, prompt TEXT NOT NULL, "
                           "given TEXT NOT NULL, expected TEXT NOT NULL, exam INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE flags (id INTEGER PRIMARY KEY, code INTEGER NOT NULL, kind TEXT NOT NULL, "
                           "reason TEXT NOT NULL, flagged_at INTEGER NOT NULL, language TEXT NOT NULL, "
                           "prompt TEXT NOT NULL)"),
        },
        // 5: the learning or relearning step a card is at. Cards saved
        // before had no steps, so 0 (their state says Review) is right.
        {
            QStringLiteral("ALTER TABLE cards ADD COLUMN step INTEGER NOT NULL DEFAULT 0"),
        },
    };
}

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

QString errorText(const QSqlError &error)
{
    const QString database = error.databaseText();
    return database.isEmpty() ? error.text() : database;
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// The user_version in the file's header, read as plain bytes so that a file
// from a newer version is recognised without SQLite opening it (which could
// create its -wal and -shm files and checkpoint into it on close). -1 when
// the file is missing or does not start like an SQLite database.
int headerUserVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return -1;
    return qFromBigEndian<qint32>(header.constData() + 60);
}

CardMemory cardFrom(const QSqlQuery &query, int first)
{
    CardMemory card;
    card.state = static_cast<CardState>(query.value(first).toInt());
    card.stability = query.value(first + 1).toDouble();
    card.difficulty = query.value(first + 2).toDouble();
    card.due = timeFrom(query.value(first + 3));
    card.lastReview = timeFrom(query.value(first + 4));
    card.scheduledDays = query.value(first + 5).toInt();
    card.elapsedDays = query.value(first + 6).toInt();
    card.reps = query.value(first + 7).toInt();
    card.lapses = query.value(first + 8).toInt();
    card.step = std::max(query.value(first + 9).toInt(), 0);
    return card;
}

const QString cardColumns
    = QStringLiteral("state, stability, difficulty, due, last_review, scheduled_days, elapsed_days, reps, lapses, step");

} // namespace

struct ProgressStore::Private
{
    enum class Outcome { Ready, Corrupt, NotOurs, Newer, Unwritable };

    QString path;
    QString connectionName;
    QString problem;
    bool persistent = false;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }
    QSqlQuery query() const
    {
        QSqlQuery query(db());
        query.setForwardOnly(true);
        return query;
    }

    void closeConnection();
    Outcome openFile(QString *detail);
    Outcome inspect(QString *detail);
    Outcome inspectInTransaction(QSqlQuery &query, QString *detail);
    Outcome migrate(QString *detail);
    QString moveAside(const QString &tag) const;
    void useMemory();
    bool fail(const QString &what, const QSqlError &error);
};

void ProgressStore::Private::closeConnection()
{
    {
        QSqlDatabase database = db();
        if (database.isValid())
            database.close();
    }
    if (QSqlDatabase::contains(connectionName))
        QSqlDatabase::removeDatabase(connectionName);
}

ProgressStore::Private::Outcome ProgressStore::Private::openFile(QString *detail)
{
    const int headerVersion = headerUserVersion(path);
    if (headerVersion > SchemaVersion) {
        *detail = QString::number(headerVersion);
        return Outcome::Newer;
    }
    // SQLite silently opens a file it cannot write read-only, and WAL needs
    // to create files beside it, so both are checked before it is asked.
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.isWritable()) {
        *detail = Text::tr("the folder cannot be written");
        return Outcome::Unwritable;
    }
    if (file.exists() && (!file.isFile() || !file.isWritable())) {
        *detail = file.isFile() ? Text::tr("the file is read-only") : Text::tr("it is not a file");
        return Outcome::Unwritable;
    }

    if (file.exists()) {
        const Outcome inspected = inspect(detail);
        if (inspected != Outcome::Ready)
            return inspected;
    }

    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!database.open()) {
            *detail = errorText(database.lastError());
            database = {};
            closeConnection();
            return Outcome::Unwritable;
        }
    }
    const Outcome outcome = migrate(detail);
    if (outcome != Outcome::Ready)
        closeConnection();
    persistent = outcome == Outcome::Ready;
    return outcome;
}

// Decides from reading alone, on a read-only connection, whether the file
// can be used. Read-only because SQLite's last read-write connection deletes
// a -wal file it cannot make sense of when it closes, and a damaged file's
// log is moved aside with it, never lost.
ProgressStore::Private::Outcome ProgressStore::Private::inspect(QString *detail)
{
    const QString name = connectionName + QStringLiteral("-inspect");
    Outcome outcome = Outcome::Ready;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (database.open()) {
            QSqlQuery query(database);
            query.setForwardOnly(true);
            // One read transaction, so that every answer comes from the same
            // moment: read one by one, another window's first step could
            // commit in between and its tables show up without its id.
            query.exec(QStringLiteral("BEGIN"));
            outcome = inspectInTransaction(query, detail);
            query.exec(QStringLiteral("ROLLBACK"));
        } else {
            *detail = errorText(database.lastError());
            outcome = Outcome::Unwritable;
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

ProgressStore::Private::Outcome ProgressStore::Private::inspectInTransaction(QSqlQuery &query, QString *detail)
{
    const auto failed = [&]() {
        *detail = errorText(query.lastError());
        const int code = sqliteCode(query.lastError());
        return code == SqliteCorrupt || code == SqliteNotADatabase ? Outcome::Corrupt : Outcome::Unwritable;
    };

    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return failed();
    const int applicationId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed();
    const int version = query.value(0).toInt();
    if (version > SchemaVersion) {
        *detail = QString::number(version);
        return Outcome::Newer;
    }
    // quick_check reads every page but skips the costly index cross-checks
    // of integrity_check: tens of milliseconds for a large review log.
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return failed();
    QStringList findings;
    while (query.next())
        findings << query.value(0).toString();
    if (query.lastError().isValid())
        return failed();
    if (findings != QStringList { QStringLiteral("ok") }) {
        *detail = findings.mid(0, 3).join(QStringLiteral("; "));
        return Outcome::Corrupt;
    }
    if (applicationId == ApplicationId)
        return Outcome::Ready;
    if (applicationId != 0) {
        *detail = Text::tr("application id 0x%1").arg(quint32(applicationId), 8, 16, QLatin1Char('0'));
        return Outcome::NotOurs;
    }
    // Id 0 is a new, empty file (possibly being set up right now by another
    // window, whose first step commits the id with the tables) or another
    // program's database that never set one.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return failed();
    if (query.value(0).toInt() > 0) {
        *detail = Text::tr("tables of another program");
        return Outcome::NotOurs;
    }
    return Outcome::Ready;
}

ProgressStore::Private::Outcome ProgressStore::Private::migrate(QString *detail)
{
    QSqlQuery query = this->query();
    const auto failed = [&]() {
        *detail = errorText(query.lastError());
        query.exec(QStringLiteral("ROLLBACK"));
        return Outcome::Unwritable;
    };

    // The driver's option set it already; said again so that it does not
    // depend on the driver's defaults.
    if (!query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs)))
        return failed();
    // Cannot change inside a transaction; a no-op once the file is in WAL.
    // For an in-memory database it stays "memory", which is what we want.
    query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    // In WAL mode NORMAL loses no committed answer when the program is
    // killed (the log is in the operating system's hands at commit); only a
    // power cut can take the last few back, and never corrupts the file.
    // FULL waited for the disk on every answer: 0.3 to 1.7 ms each on a
    // busy disk, seconds for a history.
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));

    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed();
    if (query.value(0).toInt() == SchemaVersion)
        return Outcome::Ready;

    const QList<QStringList> steps = migrationSteps();
    for (int version = 1; version <= steps.size(); ++version) {
        // IMMEDIATE takes the write lock first, so that another window
        // migrating at the same moment waits, then finds the step done.
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return failed();
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return failed();
        const int current = query.value(0).toInt();
        query.finish();
        if (current > SchemaVersion) {
            query.exec(QStringLiteral("ROLLBACK"));
            *detail = QString::number(current);
            return Outcome::Newer;
        }
        if (current < version) {
            for (const QString &statement : steps.at(version - 1)) {
                if (!query.exec(statement))
                    return failed();
            }
            // The header's user_version is what opening reads; this table
            // keeps when each step ran, for whoever debugs an old file. A
            // file from before the table existed gets it here.
            if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_versions (version INTEGER PRIMARY KEY, "
                                           "applied_at INTEGER NOT NULL)")))
                return failed();
            query.prepare(QStringLiteral("INSERT OR REPLACE INTO schema_versions (version, applied_at) VALUES (?, ?)"));
            query.addBindValue(version);
            query.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (!query.exec())
                return failed();
            if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))
                || !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
                return failed();
        }
        if (!query.exec(QStringLiteral("COMMIT")))
            return failed();
    }
    return Outcome::Ready;
}

// Moves the file and its WAL companions aside under a name that says why,
// so that nothing the learner had is ever deleted. Empty when it failed.
QString ProgressStore::Private::moveAside(const QString &tag) const
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = path + u'.' + tag + u'-' + stamp;
    QString target = base;
    const auto taken = [](const QString &name) {
        return QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal"))
            || QFileInfo::exists(name + QStringLiteral("-shm"));
    };
    for (int n = 2; taken(target); ++n)
        target = base + u'-' + QString::number(n);
    if (!QFile::rename(path, target))
        return {};
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    return target;
}

void ProgressStore::Private::useMemory()
{
    closeConnection();
    persistent = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        database.setDatabaseName(QStringLiteral(":memory:"));
        if (!database.open())
            return;
    }
    QString ignored;
    migrate(&ignored);
}

bool ProgressStore::Private::fail(const QString &what, const QSqlError &error)
{
    problem = Text::tr("%1 in %2 failed: %3").arg(what, QDir::toNativeSeparators(path), errorText(error));
    return false;
}

ProgressStore::ProgressStore(const QString &directory)
    : d(new Private)
{
    d->connectionName = QStringLiteral("codex-progress-%1").arg(nextConnection++);
    d->path = QDir(directory).absoluteFilePath(fileName());
    const QString shownPath = QDir::toNativeSeparators(d->path);
    const QString notKept = Text::tr("Cannot write the progress database %1 (%2); progress will not be kept "
                                     "after this session.");

    if (!QDir().mkpath(directory)) {
        d->problem = notKept.arg(shownPath, Text::tr("the folder cannot be created"));
        d->useMemory();
        return;
    }

    QString detail;
    Private::Outcome outcome = d->openFile(&detail);
    if (outcome == Private::Outcome::Corrupt || outcome == Private::Outcome::NotOurs) {
        const bool corrupt = outcome == Private::Outcome::Corrupt;
        const QString moved = d->moveAside(corrupt ? QStringLiteral("corrupt") : QStringLiteral("not-status-codex"));
        if (moved.isEmpty()) {
            d->problem = Text::tr("The progress database %1 cannot be used (%2) and could not be moved aside; "
                                  "progress will not be kept after this session.")
                             .arg(shownPath, detail);
            d->useMemory();
            return;
        }
        d->problem = (corrupt ? Text::tr("The progress database %1 was damaged (%2). It was moved to %3 and a new "
                                         "one was started.")
                              : Text::tr("%1 is not a Status Codex progress database (%2). It was moved to %3 and a "
                                         "new one was started."))
                         .arg(shownPath, detail, QDir::toNativeSeparators(moved));
        outcome = d->openFile(&detail);
        if (outcome != Private::Outcome::Ready) {
            d->problem += u' ' + notKept.arg(shownPath, detail);
            d->useMemory();
        }
        return;
    }
    if (outcome == Private::Outcome::Newer) {
        d->problem = Text::tr("The progress database %1 is from a newer version of Status Codex (schema %2; this "
                              "version knows %3). It was left untouched, and nothing of this session will be saved.")
                         .arg(shownPath, detail, QString::number(SchemaVersion));
        d->useMemory();
        return;
    }
    if (outcome == Private::Outcome::Unwritable) {
        d->problem = notKept.arg(shownPath, detail);
        d->useMemory();
        return;
    }
}

ProgressStore::~ProgressStore()
{
    d->closeConnection();
    delete d;
}

QString ProgressStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString ProgressStore::fileName()
{
    return QStringLiteral("progress.sqlite");
}

QString ProgressStore::path() const
{
    return d->path;
}

bool ProgressStore::isPersistent() const
{
    return d->persistent;
}

QString ProgressStore::problem() const
{
    return d->problem;
}

std::optional<CardMemory> ProgressStore::card(int code, const QString &kind) const
{
    QSqlQuery query = d->query();
    query.prepare(QStringLiteral("SELECT %1 FROM cards WHERE code = ? AND kind = ?").arg(cardColumns));
    query.addBindValue(code);
    query.addBindValue(kind);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return cardFrom(query, 0);
}

QList<CardRecord> ProgressStore::cards() const
{
    QList<CardRecord> result;
    QSqlQuery query = d->query();
    if (!query.exec(QStringLiteral("SELECT code, kind, %1 FROM cards ORDER BY code, kind").arg(cardColumns)))
        return result;
    while (query.next())
        result.append({ query.value(0).toInt(), query.value(1).toString(), cardFrom(query, 2) });
    return result;
}

bool ProgressStore::record(const ReviewRecord &review, const CardMemory &after)
{
    if (!review.reviewedAt.isValid()) {
        d->problem = Text::tr("An answer without a time cannot be saved.");
        return false;
    }
    QSqlQuery query = d->query();
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return d->fail(Text::tr("Saving an answer"), query.lastError());
    const auto rolledBack = [&]() {
        const QSqlError error = query.lastError();
        query.exec(QStringLiteral("ROLLBACK"));
        return d->fail(Text::tr("Saving an answer"), error);
    };

    query.prepare(QStringLiteral("INSERT INTO cards (code, kind, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (code, kind) DO UPDATE SET state = excluded.state, "
                                 "stability = excluded.stability, difficulty = excluded.difficulty, "
                                 "due = excluded.due, last_review = excluded.last_review, "
                                 "scheduled_days = excluded.scheduled_days, elapsed_days = excluded.elapsed_days, "
                                 "reps = excluded.reps, lapses = excluded.lapses, step = excluded.step")
                      .arg(cardColumns));
    query.addBindValue(review.code);
    query.addBindValue(review.kind);
    query.addBindValue(static_cast<int>(after.state));
    query.addBindValue(after.stability);
    query.addBindValue(after.difficulty);
    query.addBindValue(timeValue(after.due));
    query.addBindValue(timeValue(after.lastReview));
    query.addBindValue(after.scheduledDays);
    query.addBindValue(after.elapsedDays);
    query.addBindValue(after.reps);
    query.addBindValue(after.lapses);
    query.addBindValue(after.step);
    if (!query.exec())
        return rolledBack();

    query.prepare(QStringLiteral("INSERT INTO reviews (code, kind, reviewed_at, rating, correct, answer, "
                                 "duration_ms, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(review.code);
    query.addBindValue(review.kind);
    query.addBindValue(review.reviewedAt.toMSecsSinceEpoch());
    query.addBindValue(static_cast<int>(review.rating));
    query.addBindValue(review.correct ? 1 : 0);
    query.addBindValue(review.answer.isNull() ? QStringLiteral("") : review.answer);
    query.addBindValue(review.durationMs);
    query.addBindValue(review.language.isNull() ? QStringLiteral("") : review.language);
    if (!query.exec())
        return rolledBack();
    const qint64 at = review.reviewedAt.toMSecsSinceEpoch();
    query.prepare(QStringLiteral("INSERT INTO review_quarters (quarter, reviews, correct) VALUES (?, 1, ?) "
                                 "ON CONFLICT (quarter) DO UPDATE SET reviews = reviews + 1, "
                                 "correct = correct + excluded.correct"));
    query.addBindValue((at - ((at % MsecsPerQuarter) + MsecsPerQuarter) % MsecsPerQuarter) / MsecsPerQuarter);
    query.addBindValue(review.correct ? 1 : 0);
    if (!query.exec() || !query.exec(QStringLiteral("COMMIT")))
        return rolledBack();
    return true;
}

qint64 ProgressStore::reviewCount() const
{
    QSqlQuery query = d->query();
    if (!query.exec(QStringLiteral("SELECT count(*) FROM reviews")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QList<ReviewRecord> ProgressStore::reviews() const
{
    QList<ReviewRecord> result;
    QSqlQuery query = d->query();
    if (!query.exec(QStringLiteral("SELECT code, kind, reviewed_at, rating, correct, answer, duration_ms, language "
                                   "FROM reviews ORDER BY reviewed_at, id")))
        return result;
    while (query.next()) {
        ReviewRecord review;
        review.code = query.value(0).toInt();
        review.kind = query.value(1).toString();
        review.reviewedAt = timeFrom(query.value(2));
        review.rating = static_cast<Rating>(query.value(3).toInt());
        review.correct = query.value(4).toInt() != 0;
        review.answer = query.value(5).toString();
        review.durationMs = query.value(6).toLongLong();
        review.language = query.value(7).toString();
        result.append(review);
    }
    return result;
}

QList<DayTally> ProgressStore::dailyTallies(int utcOffsetSeconds, const QDate &from) const
{
    static const QDate epoch(1970, 1, 1);
    const qint64 offsetMs = qint64(utcOffsetSeconds) * 1000;
    // Floor division, so that a review before 1970 (a clock far off) still
    // falls on its own day rather than on the day after.
    QSqlQuery query = d->query();
    query.prepare(QStringLiteral("SELECT (local - ((local % %1) + %1) % %1) / %1 AS day, sum(reviews), sum(correct) "
                                 "FROM (SELECT quarter * %2 + ? AS local, reviews, correct FROM review_quarters "
                                 "WHERE quarter * %2 >= ?) GROUP BY day ORDER BY day")
                      .arg(MsecsPerDay)
                      .arg(MsecsPerQuarter));
    query.addBindValue(offsetMs);
    query.addBindValue(
        from.isValid() ? epoch.daysTo(from) * MsecsPerDay - offsetMs : std::numeric_limits<qint64>::min());
    QList<DayTally> result;
    if (!query.exec())
        return result;
    while (query.next())
        result.append({ epoch.addDays(query.value(0).toLongLong()), query.value(1).toInt(), query.value(2).toInt() });
    return result;
}

QList<CardReviewCount> ProgressStore::reviewedSince(const QDateTime &from) const
{
    QList<CardReviewCount> result;
    QSqlQuery query = d->query();
    query.prepare(QStringLiteral("SELECT code, kind, count(*) FROM reviews WHERE reviewed_at >= ? GROUP BY code, kind"));
    query.addBindValue(from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    if (!query.exec())
        return result;
    while (query.next())
        result.append({ query.value(0).toInt(), query.value(1).toString(), query.value(2).toInt() });
    return result;
}

namespace {

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

bool ProgressStore::addMistake(const MistakeRecord &mistake)
{
    QSqlQuery query = d->query();
    query.prepare(QStringLiteral("INSERT INTO mistakes (code, kind, answered_at, language, prompt, given, expected, exam) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(mistake.code);
    query.addBindValue(text(mistake.kind));
    query.addBindValue(mistake.answeredAt.isValid() ? mistake.answeredAt.toMSecsSinceEpoch()
                                                    : QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(text(mistake.language));
    query.addBindValue(text(mistake.prompt));
    query.addBindValue(text(mistake.given));
    query.addBindValue(text(mistake.expected));
    query.addBindValue(mistake.exam ? 1 : 0);
    return query.exec() || d->fail(Text::tr("Saving a mistake"), query.lastError());
}

QList<MistakeRecord> ProgressStore::mistakes() const
{
    QList<MistakeRecord> result;
    QSqlQuery query = d->query();
    if (!query.exec(QStringLiteral("SELECT code, kind, answered_at, language, prompt, given, expected, exam "
                                   "FROM mistakes ORDER BY answered_at DESC, id DESC")))
        return result;
    while (query.next()) {
        MistakeRecord mistake;
        mistake.code = query.value(0).toInt();
        mistake.kind = query.value(1).toString();
        mistake.answeredAt = timeFrom(query.value(2));
        mistake.language = query.value(3).toString();
        mistake.prompt = query.value(4).toString();
        mistake.given = query.value(5).toString();
        mistake.expected = query.value(6).toString();
        mistake.exam = query.value(7).toInt() != 0;
        result.append(mistake);
    }
    return result;
}

bool ProgressStore::addFlag(const FlagRecord &flag)
{
    QSqlQuery query = d->query();
    query.prepare(QStringLiteral("INSERT INTO flags (code, kind, reason, flagged_at, language, prompt) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(flag.code);
    query.addBindValue(text(flag.kind));
    query.addBindValue(text(flag.reason));
    query.addBindValue(flag.flaggedAt.isValid() ? flag.flaggedAt.toMSecsSinceEpoch()
                                                : QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(text(flag.language));
    query.addBindValue(text(flag.prompt));
    return query.exec() || d->fail(Text::tr("Saving a flag"), query.lastError());
}

QList<FlagRecord> ProgressStore::flags() const
{
    QList<FlagRecord> result;
    QSqlQuery query = d->query();
    if (!query.exec(QStringLiteral("SELECT code, kind, reason, flagged_at, language, prompt FROM flags "
                                   "ORDER BY flagged_at DESC, id DESC")))
        return result;
    while (query.next()) {
        FlagRecord flag;
        flag.code = query.value(0).toInt();
        flag.kind = query.value(1).toString();
        flag.reason = query.value(2).toString();
        flag.flaggedAt = timeFrom(query.value(3));
        flag.language = query.value(4).toString();
        flag.prompt = query.value(5).toString();
        result.append(flag);
    }
    return result;
}

bool ProgressStore::isStarred(int code) const
{
    QSqlQuery query = d->query();
    query.prepare(QStringLiteral("SELECT 1 FROM stars WHERE code = ?"));
    query.addBindValue(code);
    return query.exec() && query.next();
}

bool ProgressStore::setStarred(int code, bool starred)
{
    QSqlQuery query = d->query();
    if (starred) {
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO stars (code, starred_at) VALUES (?, ?)"));
        query.addBindValue(code);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    } else {
        query.prepare(QStringLiteral("DELETE FROM stars WHERE code = ?"));
        query.addBindValue(code);
    }
    return query.exec() || d->fail(Text::tr("Saving a star"), query.lastError());
}

QList<int> ProgressStore::starred() const
{
    QList<int> result;
    QSqlQuery query = d->query();
    if (!query.exec(QStringLiteral("SELECT code FROM stars ORDER BY code")))
        return result;
    while (query.next())
        result.append(query.value(0).toInt());
    return result;
}

QString ProgressStore::note(int code) const
{
    QSqlQuery query = d->query();
    query.prepare(QStringLiteral("SELECT text FROM notes WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool ProgressStore::setNote(int code, const QString &text)
{
    QSqlQuery query = d->query();
    if (text.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM notes WHERE code = ?"));
        query.addBindValue(code);
    } else {
        query.prepare(QStringLiteral("INSERT INTO notes (code, text, updated_at) VALUES (?, ?, ?) "
                                     "ON CONFLICT (code) DO UPDATE SET text = excluded.text, "
                                     "updated_at = excluded.updated_at"));
        query.addBindValue(code);
        query.addBindValue(text);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    }
    return query.exec() || d->fail(Text::tr("Saving a note"), query.lastError());
}

QHash<int, QString> ProgressStore::notes() const
{
    QHash<int, QString> result;
    QSqlQuery query = d->query();
    if (!query.exec(QStringLiteral("SELECT code, text FROM notes")))
        return result;
    while (query.next())
        result.insert(query.value(0).toInt(), query.value(1).toString());
    return result;
}

QString ProgressStore::setting(const QString &key) const
{
    QSqlQuery query = d->query();
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool ProgressStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query = d->query();
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value.isNull() ? QStringLiteral("") : value);
    return query.exec() || d->fail(Text::tr("Saving a setting"), query.lastError());
}

} // namespace codex
