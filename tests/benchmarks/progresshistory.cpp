#include "progresshistory.h"

#include "deck.h"
#include "question.h"

#include <QRandomGenerator>

#include <algorithm>

namespace codex {

namespace {

// Wrong about one time in seven. Only a flashcard's rating is the learner's
// own; the other kinds are rated Good when right, as the session rates them.
Rating drawRating(QRandomGenerator &random, bool selfRated)
{
    const int roll = random.bounded(100);
    if (roll < 15)
        return Rating::Again;
    if (!selfRated)
        return Rating::Good;
    if (roll < 25)
        return Rating::Hard;
    return roll < 90 ? Rating::Good : Rating::Easy;
}

// What the session would log as the answer: the rating of a flashcard, the
// verdict on a claim, otherwise the code picked or typed.
QString answerText(QuestionKind kind, Rating rating, int code, int wrongCode)
{
    const bool correct = rating != Rating::Again;
    switch (kind) {
    case QuestionKind::Flashcard: return QString::number(int(rating));
    case QuestionKind::Claim: return correct ? QStringLiteral("Right") : QStringLiteral("Wrong");
    default: return QString::number(correct ? code : wrongCode);
    }
}

} // namespace

int ProgressHistory::days(int reviews)
{
    if (reviews <= 0)
        return 0;
    const qint64 rounded = (qint64(reviews) * StandardDays + StandardReviews / 2) / StandardReviews;
    return std::max(1, int(rounded));
}

QDate ProgressHistory::standardFirstDay()
{
    return QDate(2015, 1, 1);
}

QDateTime ProgressHistory::end(int reviews, const QDate &firstDay)
{
    return QDateTime(firstDay.addDays(days(reviews)), QTime(6, 0), Qt::UTC);
}

QList<ProgressHistory::Answer> ProgressHistory::generate(const Catalogue &catalogue, int reviews, const QDate &firstDay)
{
    QList<Answer> answers;
    const std::optional<Deck> deck = Decks::find(catalogue, {}, QStringLiteral("standard"));
    if (!deck || deck->codes.size() < 2 || reviews <= 0)
        return answers;
    const QList<CardKey> cards = Decks::cards(catalogue, *deck);
    answers.reserve(reviews);

    const Fsrs fsrs;
    QRandomGenerator random(20150101);
    const QString language = StudyLanguages().key();
    // Cards are introduced in the deck's order, so those before `introduced`
    // are the ones with a memory state.
    QList<CardMemory> memories(cards.size());
    qsizetype introduced = 0;
    const int totalDays = days(reviews);
    for (int day = 0; day < totalDays; ++day) {
        const int quota = int(qint64(reviews) * (day + 1) / totalDays - qint64(reviews) * day / totalDays);
        const QDateTime morning(firstDay.addDays(day), QTime(6, 0), Qt::UTC);
        const QDateTime tomorrow = morning.addDays(1);

        // A session's order: the most overdue first, then new cards. Once
        // the deck is learned FSRS asks for fewer than 27 a day, so the rest
        // of the day's answers go to the cards due soonest, as a learner who
        // studies ahead would give them.
        QList<qsizetype> due;
        QList<qsizetype> ahead;
        for (qsizetype i = 0; i < introduced; ++i)
            (memories.at(i).due < tomorrow ? due : ahead) << i;
        const auto byDue = [&memories](qsizetype a, qsizetype b) { return memories.at(a).due < memories.at(b).due; };
        std::stable_sort(due.begin(), due.end(), byDue);
        std::stable_sort(ahead.begin(), ahead.end(), byDue);
        QList<qsizetype> today = due.mid(0, quota);
        while (today.size() < quota && introduced < cards.size())
            today << introduced++;
        today += ahead.mid(0, quota - today.size());

        // An evening sitting, at a different time each day.
        QDateTime time = morning.addSecs(12 * 3600 + random.bounded(3 * 3600));
        for (const qsizetype index : std::as_const(today)) {
            const CardKey &card = cards.at(index);
            const Rating rating = drawRating(random, card.kind == QuestionKind::Flashcard);
            const int codeIndex = int(deck->codes.indexOf(card.code));
            const int wrongCode
                = deck->codes.at((codeIndex + 1 + random.bounded(int(deck->codes.size()) - 1)) % deck->codes.size());
            const qint64 durationMs = 2000 + random.bounded(12000);
            time = time.addMSecs(durationMs);

            Answer answer;
            answer.review.code = card.code;
            answer.review.kind = kindKey(card.kind);
            answer.review.reviewedAt = time;
            answer.review.rating = rating;
            answer.review.correct = rating != Rating::Again;
            answer.review.answer = answerText(card.kind, rating, card.code, wrongCode);
            answer.review.durationMs = durationMs;
            answer.review.language = language;
            answer.after = fsrs.review(memories.at(index), rating, time);
            memories[index] = answer.after;
            answers << answer;
            time = time.addMSecs(1000 + random.bounded(3000)); // reading the explanation
        }
    }
    return answers;
}

} // namespace codex
