#include "fsrs.h"

#include <algorithm>
#include <cmath>

namespace codex {

// Every formula below is ts-fsrs 5.4.2's (FSRSAlgorithm and its
// LongTermScheduler), written in the same order of operations: the
// reference rounds intermediate results to 8 decimals, so an algebraically
// equal rewrite could round differently and move a due date by a day. The
// same goes for fused multiply-adds, which x86-64's baseline lacks; a build
// for a CPU that has them (-march=native) may drift by 1e-8 now and then.

namespace {

constexpr double MinimumStability = 0.001; // ts-fsrs's S_MIN
constexpr double MaximumStability = 36500; // ts-fsrs's S_MAX
constexpr qint64 MsecsPerDay = 24 * 60 * 60 * 1000;

// JavaScript's Math.round: the nearest integer, halves towards +infinity.
// floor(x + 0.5) would round 0.49999999999999994 up, as x + 0.5 rounds to 1.
double jsRound(double x)
{
    const double down = std::floor(x);
    return x - down >= 0.5 ? down + 1 : down;
}

double roundTo8(double x)
{
    constexpr double factor = 1e8;
    return jsRound(x * factor) / factor;
}

double clamp(double value, double low, double high)
{
    return std::min(std::max(value, low), high);
}

// ts-fsrs's clipParameters with at most one relearning step (more would
// lower the ceiling of w17 and w18); `|| 0` there turns NaN into 0.
Fsrs::Parameters clipParameters(const Fsrs::Parameters &w, bool shortTerm)
{
    static constexpr std::array<std::array<double, 2>, Fsrs::ParameterCount> bounds = { {
        { MinimumStability, 100 },
        { MinimumStability, 100 },
        { MinimumStability, 100 },
        { MinimumStability, 100 },
        { 1, 10 },
        { 0.001, 4 },
        { 0.001, 4 },
        { 0.001, 0.75 },
        { 0, 4.5 },
        { 0, 0.8 },
        { 0.001, 3.5 },
        { 0.001, 5 },
        { 0.001, 0.25 },
        { 0.001, 0.9 },
        { 0, 4 },
        { 0, 1 },
        { 1, 6 },
        { 0, 2 },
        { 0, 2 },
        { 0, 0.8 },
        { 0.1, 0.8 },
    } };
    Fsrs::Parameters clipped {};
    for (int i = 0; i < Fsrs::ParameterCount; ++i) {
        const double value = std::isnan(w[i]) ? 0 : w[i];
        // With short-term scheduling w19 must stay positive.
        const double low = i == 19 && shortTerm ? 0.01 : bounds[i][0];
        clipped[i] = clamp(value, low, bounds[i][1]);
    }
    return clipped;
}

int grade(Rating rating)
{
    return std::clamp(static_cast<int>(rating), 1, 4);
}

double initStability(const Fsrs::Parameters &w, int g)
{
    return std::max(w[g - 1], 0.1);
}

double initDifficulty(const Fsrs::Parameters &w, int g)
{
    return roundTo8(w[4] - std::exp((g - 1) * w[5]) + 1);
}

double nextDifficulty(const Fsrs::Parameters &w, double d, int g)
{
    const double deltaD = -w[6] * (g - 3);
    const double linearDamping = roundTo8(deltaD * (10 - d) / 9);
    const double nextD = d + linearDamping;
    const double meanReversion = roundTo8(w[7] * initDifficulty(w, 4) + (1 - w[7]) * nextD);
    return clamp(meanReversion, 1, 10);
}

double nextRecallStability(const Fsrs::Parameters &w, double d, double s, double r, int g)
{
    const double hardPenalty = g == 2 ? w[15] : 1;
    const double easyBonus = g == 4 ? w[16] : 1;
    const double growth
        = std::exp(w[8]) * (11 - d) * std::pow(s, -w[9]) * (std::exp((1 - r) * w[10]) - 1) * hardPenalty * easyBonus;
    return roundTo8(clamp(s * (1 + growth), MinimumStability, MaximumStability));
}

// next_short_term_stability: a review on the day of the last one.
double nextShortTermStability(const Fsrs::Parameters &w, double s, int g)
{
    const double sinc = std::pow(s, -w[19]) * std::exp(w[17] * (g - 3 + w[18]));
    const double maskedSinc = g >= 2 ? std::max(sinc, 1.0) : sinc;
    return roundTo8(clamp(s * maskedSinc, MinimumStability, MaximumStability));
}

double nextForgetStability(const Fsrs::Parameters &w, double d, double s, double r)
{
    return roundTo8(clamp(w[11] * std::pow(d, -w[12]) * (std::pow(s + 1, w[13]) - 1) * std::exp((1 - r) * w[14]),
        MinimumStability, MaximumStability));
}

} // namespace

const Fsrs::Parameters &Fsrs::defaultParameters()
{
    static const Parameters parameters = { 0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666,
        0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542 };
    return parameters;
}

Fsrs::Fsrs(double desiredRetention, int maximumInterval, const Parameters &parameters, const LearningSteps &steps)
    // ts-fsrs throws on a retention outside (0, 1]; a bad setting should not
    // stop a study session, so it falls back to ts-fsrs's default instead.
    : m_desiredRetention(desiredRetention > 0 && desiredRetention <= 1 ? desiredRetention : 0.9)
    , m_maximumInterval(std::max(maximumInterval, 1))
    , m_w(clipParameters(parameters, steps.shortTerm))
    , m_steps(steps)
{
    // ts-fsrs throws on a negative step; a step of 0 minutes it skips.
    for (auto *list : { &m_steps.learningMinutes, &m_steps.relearningMinutes })
        for (int &minutes : *list)
            minutes = std::max(minutes, 0);
    // computeDecayFactor and calculate_interval_modifier.
    m_decay = -m_w[20];
    m_factor = roundTo8(std::exp(std::pow(m_decay, -1) * std::log(0.9)) - 1);
    m_intervalModifier = roundTo8((std::pow(m_desiredRetention, 1 / m_decay) - 1) / m_factor);
}

double Fsrs::forgettingCurve(double elapsedDays, double stability) const
{
    return roundTo8(std::pow(1 + m_factor * elapsedDays / stability, m_decay));
}

// next_state.
Fsrs::Memory Fsrs::nextMemory(Memory memory, int elapsedDays, Rating rating) const
{
    const int g = grade(rating);
    double d = memory.difficulty;
    double s = memory.stability;
    // A card never reviewed, or one whose stored state is damaged, starts
    // afresh; ts-fsrs would throw on the latter.
    if ((d == 0 && s == 0) || !std::isfinite(d) || !std::isfinite(s))
        return { clamp(initDifficulty(m_w, g), 1, 10), initStability(m_w, g) };
    // ts-fsrs throws on these too; the nearest valid state is a better answer.
    d = std::max(d, 1.0);
    s = std::max(s, MinimumStability);

    const double r = forgettingCurve(elapsedDays, s);
    double newS = 0;
    if (elapsedDays == 0 && m_steps.shortTerm) {
        newS = nextShortTermStability(m_w, s, g);
    } else if (g == 1) {
        // The short-term floor is s / exp(w17 * w18), with both taken as 0
        // when short-term scheduling is off: s itself.
        const double w17 = m_steps.shortTerm ? m_w[17] : 0;
        const double w18 = m_steps.shortTerm ? m_w[18] : 0;
        newS = clamp(roundTo8(s / std::exp(w17 * w18)), MinimumStability, nextForgetStability(m_w, d, s, r));
    } else {
        newS = nextRecallStability(m_w, d, s, r, g);
    }
    return { nextDifficulty(m_w, d, g), newS };
}

int Fsrs::nextInterval(double stability) const
{
    const double days
        = std::min(std::max(1.0, jsRound(stability * m_intervalModifier)), static_cast<double>(m_maximumInterval));
    return static_cast<int>(days);
}

CardMemory Fsrs::review(const CardMemory &card, Rating rating, const QDateTime &now) const
{
    if (!now.isValid())
        return card;
    const QDateTime at = now.toUTC();
    int elapsedDays = 0;
    if (!card.isNew() && card.lastReview.isValid())
        elapsedDays = std::max(daysBetween(card.lastReview, at), 0);

    // LongTermScheduler works out all four answers, because the intervals
    // are then pushed apart so that Again < Hard < Good < Easy.
    return m_steps.shortTerm || !m_steps.learningMinutes.empty() || !m_steps.relearningMinutes.empty()
        ? reviewWithSteps(card, rating, at, elapsedDays)
        : reviewLongTerm(card, rating, at, elapsedDays);
}

// LongTermScheduler.
CardMemory Fsrs::reviewLongTerm(const CardMemory &card, Rating rating, const QDateTime &at, int elapsedDays) const
{
    const Memory current { card.difficulty, card.stability };
    std::array<Memory, 4> memories {};
    std::array<int, 4> intervals {};
    for (int g = 1; g <= 4; ++g) {
        memories[g - 1] = nextMemory(current, elapsedDays, static_cast<Rating>(g));
        intervals[g - 1] = nextInterval(memories[g - 1].stability);
    }
    intervals[0] = std::min(intervals[0], intervals[1]);
    for (int i = 1; i < 4; ++i)
        intervals[i] = std::max(intervals[i], intervals[i - 1] + 1);

    const int g = grade(rating);
    CardMemory next = card;
    next.state = CardState::Review;
    next.difficulty = memories[g - 1].difficulty;
    next.stability = memories[g - 1].stability;
    next.scheduledDays = intervals[g - 1];
    next.elapsedDays = elapsedDays;
    next.lastReview = at;
    next.due = at.addMSecs(next.scheduledDays * MsecsPerDay);
    next.reps = card.reps + 1;
    // ts-fsrs routes Learning and Relearning cards through the review path
    // too, so Again from any state but New is a lapse.
    if (g == 1 && !card.isNew())
        ++next.lapses;
    next.step = 0;
    return next;
}

// BasicLearningStepsStrategy.
Fsrs::StepInfo Fsrs::stepInfo(CardState state, int currentStep, Rating rating) const
{
    const bool relearning = state == CardState::Relearning || state == CardState::Review;
    const std::vector<int> &steps = relearning ? m_steps.relearningMinutes : m_steps.learningMinutes;
    const int count = static_cast<int>(steps.size());
    if (count == 0 || currentStep >= count)
        return {};
    const int g = grade(rating);
    if (state == CardState::Review)
        return g == 1 ? StepInfo { steps[static_cast<std::size_t>(std::max(0, currentStep))], 0 } : StepInfo {};
    switch (g) {
    case 1: return { steps[0], 0 };
    case 2: {
        const double minutes = count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2.0;
        return { static_cast<int>(jsRound(minutes)), currentStep };
    }
    case 3:
        if (currentStep + 1 < count && steps[static_cast<std::size_t>(currentStep + 1)] != 0)
            return { steps[static_cast<std::size_t>(currentStep + 1)], currentStep + 1 };
        return {};
    default: return {};
    }
}

// BasicScheduler's applyLearningSteps: `next` already holds the new memory.
void Fsrs::applySteps(
    CardMemory &next, const CardMemory &card, Rating rating, CardState toState, const QDateTime &at) const
{
    constexpr int MinutesPerDay = 24 * 60;
    constexpr qint64 MsecsPerMinute = 60 * 1000;
    const StepInfo info = stepInfo(card.state, std::max(card.step, 0), rating);
    const int minutes = std::max(info.minutes, 0);
    if (minutes > 0 && minutes < MinutesPerDay) {
        next.step = info.nextStep;
        next.scheduledDays = 0;
        next.state = toState;
        next.due = at.addMSecs(minutes * MsecsPerMinute);
        return;
    }
    next.state = CardState::Review;
    if (minutes >= MinutesPerDay) {
        next.step = info.nextStep;
        next.due = at.addMSecs(minutes * MsecsPerMinute);
        next.scheduledDays = minutes / MinutesPerDay;
    } else {
        next.step = 0;
        next.scheduledDays = nextInterval(next.stability);
        next.due = at.addMSecs(next.scheduledDays * MsecsPerDay);
    }
}

// BasicScheduler: new cards go through the learning steps, lapsed ones
// through the relearning steps, and only then get intervals in days.
CardMemory Fsrs::reviewWithSteps(const CardMemory &card, Rating rating, const QDateTime &at, int elapsedDays) const
{
    const int g = grade(rating);
    CardMemory next = card;
    next.elapsedDays = elapsedDays;
    next.lastReview = at;
    next.reps = card.reps + 1;
    const Memory current { card.isNew() ? 0 : card.difficulty, card.isNew() ? 0 : card.stability };

    if (card.state != CardState::Review) {
        const Memory memory = nextMemory(current, elapsedDays, rating);
        next.difficulty = memory.difficulty;
        next.stability = memory.stability;
        applySteps(next, card, rating, card.isNew() ? CardState::Learning : card.state, at);
        return next;
    }

    if (g == 1) {
        const Memory memory = nextMemory(current, elapsedDays, rating);
        next.difficulty = memory.difficulty;
        next.stability = memory.stability;
        applySteps(next, card, rating, CardState::Relearning, at);
        ++next.lapses;
        return next;
    }
    // Hard, Good and Easy are pushed apart, as in LongTermScheduler but
    // without Again, which goes to the relearning steps instead.
    std::array<Memory, 3> memories {};
    std::array<int, 3> intervals {};
    for (int i = 0; i < 3; ++i) {
        memories[i] = nextMemory(current, elapsedDays, static_cast<Rating>(i + 2));
        intervals[i] = nextInterval(memories[i].stability);
    }
    intervals[0] = std::min(intervals[0], intervals[1]);
    intervals[1] = std::max(intervals[1], intervals[0] + 1);
    intervals[2] = std::max(intervals[2], intervals[1] + 1);
    next.state = CardState::Review;
    next.step = 0;
    next.difficulty = memories[g - 2].difficulty;
    next.stability = memories[g - 2].stability;
    next.scheduledDays = intervals[g - 2];
    next.due = at.addMSecs(next.scheduledDays * MsecsPerDay);
    return next;
}

double Fsrs::retrievability(const CardMemory &card, const QDateTime &now) const
{
    if (card.isNew() || !now.isValid() || !card.lastReview.isValid())
        return 0;
    if (!(card.stability > 0) || !std::isfinite(card.stability))
        return 0;
    // get_retrievability: date_diff in days (floored 24-hour periods, not
    // calendar days), never negative, and the stability to 8 decimals.
    const qint64 elapsedMs = card.lastReview.msecsTo(now);
    const double elapsedDays = std::max(std::floor(static_cast<double>(elapsedMs) / MsecsPerDay), 0.0);
    return forgettingCurve(elapsedDays, roundTo8(card.stability));
}

int Fsrs::daysBetween(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    return static_cast<int>(from.toUTC().date().daysTo(to.toUTC().date()));
}

} // namespace codex
