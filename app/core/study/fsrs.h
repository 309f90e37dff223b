#pragma once

#include <QDateTime>

#include <array>

namespace codex {

// How the learner rated an answer; the numbers are FSRS's.
enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

// FSRS's card states. Without learning steps (see Fsrs) a card is New until
// its first review and in Review after it.
enum class CardState { New = 0, Learning = 1, Review = 2, Relearning = 3 };

// What the scheduler knows about one card: its memory state and when it is
// due. All times are UTC.
struct CardMemory
{
    CardState state = CardState::New;
    double stability = 0;  // days until recall probability falls to 90%
    double difficulty = 0; // 1 (easy) .. 10 (hard); 0 while new
    QDateTime due;         // invalid for a new card: due at once
    QDateTime lastReview;  // invalid for a new card
    int scheduledDays = 0; // the interval the last review chose
    int elapsedDays = 0;   // days between the last two reviews
    int reps = 0;
    int lapses = 0;        // times a reviewed card was rated Again

    bool isNew() const { return state == CardState::New; }
};

// FSRS-6, the scheduler of Anki and most modern spaced-repetition tools,
// as pure functions of a card's memory state, a rating and the time. It
// follows the reference implementation ts-fsrs (5.4.2) configured with
// enable_short_term = false (no learning steps: every interval is a whole
// number of days) and enable_fuzz = false, so that a schedule can be
// replayed exactly; tests/fsrs/ holds the fixture that proves agreement.
class Fsrs final
{
public:
    static constexpr int ParameterCount = 21;
    using Parameters = std::array<double, ParameterCount>;
    // FSRS-6's published default parameters.
    static const Parameters &defaultParameters();

    explicit Fsrs(double desiredRetention = 0.9, int maximumInterval = 36500,
                  const Parameters &parameters = defaultParameters());

    double desiredRetention() const { return m_desiredRetention; }

    // The card after a review at `now`. A `now` before the card's last
    // review (the clock went back) counts as a review on the same day, where
    // ts-fsrs would throw. An invalid `now` leaves the card as it was.
    CardMemory review(const CardMemory &card, Rating rating, const QDateTime &now) const;
    // The probability of recalling the card at `now`; 0 for a new card, and
    // 1 when `now` is before the last review. Like ts-fsrs's
    // get_retrievability it counts elapsed time in whole 24-hour periods,
    // while review() counts calendar days: the two differ by a day at most.
    double retrievability(const CardMemory &card, const QDateTime &now) const;

    // Whole UTC calendar days from `from` to `to`, as ts-fsrs counts them.
    static int daysBetween(const QDateTime &from, const QDateTime &to);

private:
    struct Memory
    {
        double difficulty;
        double stability;
    };
    double forgettingCurve(double elapsedDays, double stability) const;
    Memory nextMemory(Memory memory, int elapsedDays, Rating rating) const;
    int nextInterval(double stability) const;

    double m_desiredRetention;
    int m_maximumInterval;
    Parameters m_w;
    double m_decay;
    double m_factor;
    double m_intervalModifier;
};

} // namespace codex
