#pragma once

#include "fsrs.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace codex {

// One answer, as the review log keeps it: enough for a future scheduler
// to replay the whole history.
struct ReviewRecord
{
    int code = 0;
    QString kind;         // the question kind: "choice", "code", "source", "claim", "scenario", "flashcard"
    QDateTime reviewedAt; // UTC, to the millisecond
    Rating rating = Rating::Good;
    bool correct = false;
    QString answer;       // what the learner gave: an option, the digits typed, a rating
    qint64 durationMs = 0;
    QString language;     // "zh", "en", or a cross-language pair "zh-en", "en-zh"
};

struct CardRecord
{
    int code = 0;
    QString kind;
    CardMemory memory;
};

// How many times one card was answered since a moment (see reviewedSince).
struct CardReviewCount
{
    int code = 0;
    QString kind;
    int reviews = 0;
};

// A question answered wrong, kept for the mistakes notebook (错题本): what
// was asked, what the learner gave and what was right, so that it can be
// read again and asked again.
struct MistakeRecord
{
    int code = 0;
    QString kind;
    QDateTime answeredAt; // UTC
    QString language;     // as in ReviewRecord
    QString prompt;       // the question as it was asked
    QString given;        // the answer given, in words
    QString expected;     // the right answer, in words
    bool exam = false;    // answered in a mock exam (which schedules nothing)
};

// A question the learner reported as wrong or unclear.
struct FlagRecord
{
    int code = 0;
    QString kind;
    QString reason;       // "wrong" or "unclear"
    QDateTime flaggedAt;  // UTC
    QString language;
    QString prompt;       // the question as it was asked
};

// Reviews and correct answers on one local calendar day.
struct DayTally
{
    QDate day;
    int reviews = 0;
    int correct = 0;
};

// The learner's progress in an SQLite database (Qt SQL, QSQLITE): card
// states, the whole review log, stars and personal notes. WAL journal, a
// busy timeout for a second window or the command line writing at once,
// and every answer committed in its own transaction, so that a crash loses
// at most the answer being written.
//
// Opening never fails and never destroys anything. A file that is corrupt
// or not ours is moved aside under a name that says so and a new one is
// started; a file from a newer version is left untouched; a location that
// cannot be written is not used. In the last two cases the store keeps this
// session's progress in memory only. problem() says what happened, naming
// every path involved.
class ProgressStore final
{
public:
    static constexpr int SchemaVersion = 5;
    // SQLite's application_id for our files ("SCDX"), so that another
    // program's database is recognised as not ours.
    static constexpr int ApplicationId = 0x53434458;

    // Opens or creates fileName() in directory (created when missing).
    explicit ProgressStore(const QString &directory);
    ~ProgressStore();
    ProgressStore(const ProgressStore &) = delete;
    ProgressStore &operator=(const ProgressStore &) = delete;

    static QString defaultDirectory(); // QStandardPaths::AppDataLocation
    static QString fileName();         // "progress.sqlite"

    QString path() const;      // the database file (even when not in use)
    bool isPersistent() const; // false: nothing of this session will be kept
    QString problem() const;   // empty when the file opened normally

    std::optional<CardMemory> card(int code, const QString &kind) const;
    QList<CardRecord> cards() const;
    // Writes the review and the card's new state in one transaction.
    bool record(const ReviewRecord &review, const CardMemory &after);

    qint64 reviewCount() const;
    QList<ReviewRecord> reviews() const; // oldest first
    // Per local day (the UTC offset in seconds says where days begin), from
    // `from` on; days without reviews are left out.
    QList<DayTally> dailyTallies(int utcOffsetSeconds, const QDate &from = {}) const;

    // Per card, the answers given at or after `from`: what the session needs
    // to know which cards came in today and which codes were seen (a range
    // scan of the log's index, not a pass over the whole log).
    QList<CardReviewCount> reviewedSince(const QDateTime &from) const;

    bool addMistake(const MistakeRecord &mistake);
    QList<MistakeRecord> mistakes() const; // newest first
    bool addFlag(const FlagRecord &flag);
    QList<FlagRecord> flags() const;       // newest first

    bool isStarred(int code) const;
    bool setStarred(int code, bool starred);
    QList<int> starred() const; // ascending

    QString note(int code) const;
    bool setNote(int code, const QString &text); // an empty text removes the note
    QHash<int, QString> notes() const;

    // Study preferences shared by the window and the command line.
    QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value);

private:
    struct Private;
    Private *d;
};

} // namespace codex
