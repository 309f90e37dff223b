#include "studystats.h"

#include "fsrs.h"
#include "progressstore.h"

#include <QHash>

namespace codex {

StudyStats StudyStats::compute(const Catalogue &catalogue, const ProgressStore &store, const QDateTime &now,
                               int utcOffsetSeconds, int days, int dayStartHour)
{
    StudyStats stats;
    stats.reviews = store.reviewCount();
    const StudyDay studyDay{utcOffsetSeconds, dayStartHour};
    utcOffsetSeconds = studyDay.dayOffsetSeconds(); // days begin at the learner's hour
    const QDate today = studyDay.dayOf(now);

    // Tallies per local day, all of them: the streak may reach back further
    // than the chart.
    const QList<DayTally> tallies = store.dailyTallies(utcOffsetSeconds);
    QHash<QDate, DayTally> byDay;
    for (const DayTally &tally : tallies)
        byDay.insert(tally.day, tally);
    stats.reviewsToday = byDay.value(today).reviews;
    QDate day = byDay.contains(today) ? today : today.addDays(-1);
    while (byDay.value(day).reviews > 0) {
        ++stats.streak;
        day = day.addDays(-1);
    }
    int recent = 0;
    int recentCorrect = 0;
    for (const DayTally &tally : tallies) {
        if (tally.day > today.addDays(-30) && tally.day <= today) {
            recent += tally.reviews;
            recentCorrect += tally.correct;
        }
    }
    stats.retention = recent > 0 ? double(recentCorrect) / recent : 0;
    for (int i = days - 1; i >= 0; --i) {
        const QDate each = today.addDays(-i);
        DayTally tally = byDay.value(each);
        tally.day = each;
        stats.perDay << tally;
    }

    const std::optional<Deck> standard = Decks::find(catalogue, {}, QStringLiteral("standard"));
    const QList<CardKey> cards = standard ? Decks::cards(catalogue, *standard) : QList<CardKey>();
    const QHash<CardKey, CardMemory> memories = cardMemories(store.cards());
    stats.cards = Decks::count(cards, memories, now, studyDay);
    const Fsrs fsrs;
    QList<double> recall(5, 0.0);
    QList<int> perClass(5, 0);
    for (const CardKey &card : cards) {
        const int index = card.code / 100 - 1;
        if (index < 0 || index >= 5)
            continue;
        ++perClass[index];
        const auto found = memories.constFind(card);
        if (found == memories.cend() || found->isNew())
            continue;
        if (studyDay.isDue(*found, now))
            ++stats.dueToday;
        recall[index] += fsrs.retrievability(*found, now);
    }
    for (int i = 0; i < 5; ++i)
        stats.mastery << (perClass.at(i) > 0 ? recall.at(i) / perClass.at(i) : 0.0);
    return stats;
}

} // namespace codex
