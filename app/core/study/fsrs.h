#pragma once

#include <QDateTime>

#include <array>
#include <vector>

namespace codex {

// How the learner rated an answer; the numbers are FSRS's.
enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

// FSRS's card states. Without learning steps (see Fsrs) a card is New until
// its first review and in Review after it; with them a new card is in
// Learning, and a lapsed one in Relearning, until it leaves its steps.
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
    int step = 0;          // the learning or relearning step it is at (ts-fsrs's learning_steps)

    bool isNew() const { return state == CardState::New; }
};

// Learning steps in minutes, as ts-fsrs's learning_steps and
// relearning_steps; `shortTerm` is its enable_short_term (same-day reviews
// change stability by FSRS-6's short-term formula, with w17..w19).
struct LearningSteps
{
    bool shortTerm = false;
    std::vector<int> learningMinutes;
    std::vector<int> relearningMinutes;

    // No steps: every interval is a whole number of days.
    static LearningSteps none() { return {}; }
    // Anki's and ts-fsrs's defaults: 1m 10m, relearning 10m, short-term on.
    static LearningSteps ankiDefaults() { return { true, { 1, 10 }, { 10 } }; }
};

// FSRS-6, the scheduler of Anki and most modern spaced-repetition tools,
// as pure functions of a card's memory state, a rating and the time. It
// follows the reference implementation ts-fsrs (5.4.2) with enable_fuzz =
// false, so that a schedule can be replayed exactly, and either without
// learning steps (enable_short_term = false, its LongTermScheduler) or
// with them (its BasicScheduler); tests/fsrs/ holds the fixture that proves
// agreement in both.
class Fsrs final
{
public:
    static constexpr int ParameterCount = 21;
    using Parameters = std::array<double, ParameterCount>;
    // FSRS-6's published default parameters.
    static const Parameters &defaultParameters();

    explicit Fsrs(double desiredRetention = 0.9, int maximumInterval = 36500,
                  const Parameters &parameters = defaultParameters(),
                  const LearningSteps &steps = LearningSteps::none());

    double desiredRetention() const { return m_desiredRetention; }
    const LearningSteps &learningSteps() const { return m_steps; }

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
    // What a learning-steps strategy says for one rating: no minutes means
    // the card leaves its steps.
    struct StepInfo
    {
        int minutes = 0;
        int nextStep = 0;
    };
    double forgettingCurve(double elapsedDays, double stability) const;
    Memory nextMemory(Memory memory, int elapsedDays, Rating rating) const;
    int nextInterval(double stability) const;
    CardMemory reviewLongTerm(const CardMemory &card, Rating rating, const QDateTime &at, int elapsedDays) const;
    CardMemory reviewWithSteps(const CardMemory &card, Rating rating, const QDateTime &at, int elapsedDays) const;
    StepInfo stepInfo(CardState state, int currentStep, Rating rating) const;
    void applySteps(CardMemory &next, const CardMemory &card, Rating rating, CardState toState,
                    const QDateTime &at) const;

    double m_desiredRetention;
    int m_maximumInterval;
    Parameters m_w;
    double m_decay;
    double m_factor;
    double m_intervalModifier;
    LearningSteps m_steps;
};

} // namespace codex
