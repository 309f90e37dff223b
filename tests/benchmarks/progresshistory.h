#pragma once

#include "catalogue.h"
#include "fsrs.h"
#include "progressstore.h"

#include <QDateTime>
#include <QList>

namespace codex {

// The review log a learner leaves after years of daily study, for measuring
// the progress database at the size it will really reach: every card of the
// standard deck, about 27 answers a day (100 000 in ten years), about 85% of
// them right, each scheduled by FSRS from the card's previous state.
class ProgressHistory final
{
public:
    struct Answer
    {
        ReviewRecord review;
        CardMemory after;
    };

    // 100 000 answers over 3 650 days.
    static constexpr int StandardReviews = 100000;
    static constexpr int StandardDays = 3650;

    // The days a history of `reviews` answers spans at the standard pace.
    static int days(int reviews);
    // The first day of a history unless told otherwise: the same file for
    // every run.
    static QDate standardFirstDay();
    // The morning after the last day: "now" for statistics over the history.
    static QDateTime end(int reviews, const QDate &firstDay = standardFirstDay());

    // The answers in the order they were given, one sitting each evening
    // (UTC) from `firstDay` on; the same for the same arguments.
    static QList<Answer> generate(const Catalogue &catalogue, int reviews, const QDate &firstDay = standardFirstDay());
};

} // namespace codex
