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

// ts-fsrs's clipParameters with enable_short_term off and no relearning
// steps; `|| 0` there turns NaN into 0.
Fsrs::Parameters clipParameters(const Fsrs::Parameters &w)
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
        clipped[i] = clamp(value, bounds[i][0], bounds[i][1]);
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

Fsrs::Fsrs(double desiredRetention, int maximumInterval, const Parameters &parameters)
    // ts-fsrs throws on a retention outside (0, 1]; a bad setting should not
    // stop a study session, so it falls back to ts-fsrs's default instead.
    : m_desiredRetention(desiredRetention > 0 && desiredRetention <= 1 ? desiredRetention : 0.9)
    , m_maximumInterval(std::max(maximumInterval, 1))
    , m_w(clipParameters(parameters))
{
    // computeDecayFactor and calculate_interval_modifier.
    m_decay = -m_w[20];
    m_factor = roundTo8(std::exp(std::pow(m_decay, -1) * std::log(0.9)) - 1);
    m_intervalModifier = roundTo8((std::pow(m_desiredRetention, 1 / m_decay) - 1) / m_factor);
}

double Fsrs::forgettingCurve(double elapsedDays, double stability) const
{
    return roundTo8(std::pow(1 + m_factor * elapsedDays / stability, m_decay));
}

// next_state with enable_short_term off.
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
    if (g == 1) {
        // The short-term floor is s / exp(w17 * w18), with both taken as 0
        // when short-term scheduling is off: s itself.
        newS = clamp(roundTo8(s), MinimumStability, nextForgetStability(m_w, d, s, r));
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
