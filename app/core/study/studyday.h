#pragma once

#include "fsrs.h"

#include <QDate>
#include <QDateTime>

namespace codex {

// The learner's day: it begins at a set hour of local time (4 a.m. by
// default, as Anki's does), so that a card due "tomorrow" is due from the
// morning, and an evening that runs past midnight is still today.
struct StudyDay
{
    int utcOffsetSeconds = 0; // local time's offset from UTC
    int startHour = 0;        // 0..23: when a new day begins, local time

    static constexpr int DefaultStartHour = 4;
    QDate dayOf(const QDateTime &time) const;
    QDateTime startOf(const QDate &day) const; // UTC
    // A card answered before is due on its due day, from the day's start;
    // one in its learning steps at its due time, to the minute.
    bool isDue(const CardMemory &card, const QDateTime &now) const;
    // The same as a UTC offset: days of this offset begin at midnight.
    int dayOffsetSeconds() const { return utcOffsetSeconds - startHour * 3600; }
};

} // namespace codex
