#pragma once

#include "catalogue.h"
#include "deck.h"
#include "progressstore.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace codex {

// Progress at a glance, computed from the store: what the Study view's
// statistics page draws and `status-codex progress` prints. Days are the
// learner's: they begin at dayStartHour local time, as the queue's do.
struct StudyStats
{
    qint64 reviews = 0;       // every answer ever recorded
    int reviewsToday = 0;
    int dueToday = 0;         // cards due today (the learner's day: see StudyDay)
    int streak = 0;           // consecutive days with at least one answer, up to today (or yesterday)
    double retention = 0;     // right answers among those of the last 30 days; 0 when none
    DeckCounts cards;         // over every standard card
    QList<DayTally> perDay;   // the last `days` days, oldest first, one entry a day (zero days too)
    // Per class 1xx .. 5xx: the mean probability of recall of the class's
    // standard cards now, new cards counting 0.
    QList<double> mastery;

    static constexpr int ChartDays = 90;
    static StudyStats compute(const Catalogue &catalogue, const ProgressStore &store, const QDateTime &now,
                              int utcOffsetSeconds, int days = ChartDays, int dayStartHour = 0);
};

} // namespace codex
