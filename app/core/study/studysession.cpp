#include "studysession.h"

#include "progressstore.h"

#include <algorithm>

namespace codex {

namespace {

QDate localDay(const QDateTime &time, int utcOffsetSeconds)
{
    return time.toUTC().addSecs(utcOffsetSeconds).date();
}

} // namespace

StudySession::StudySession(const Catalogue &catalogue, ProgressStore &store, const StudyOptions &options,
                           const QDateTime &now)
    : m_catalogue(catalogue)
    , m_store(store)
    , m_options(options)
    , m_fsrs(options.desiredRetention)
    , m_maker(catalogue)
    , m_deck(Decks::find(catalogue, store.starred(), options.deckId, options.languages.prompt))
{
    if (!m_deck)
        return;
    m_deckCards = Decks::cards(catalogue, *m_deck, options.kind);
    m_memories = cardMemories(store.cards());

    // Due cards first, the most overdue first; then new cards, as many as
    // today's limit still allows.
    QList<CardKey> due;
    QList<CardKey> fresh;
    const QDate today = localDay(now, options.utcOffsetSeconds);
    int introducedToday = 0;
    for (auto it = m_memories.cbegin(); it != m_memories.cend(); ++it) {
        // Without learning steps a card is reviewed at most once a day, so
        // one review that was its first means it was introduced today.
        if (it->reps == 1 && localDay(it->lastReview, options.utcOffsetSeconds) == today)
            ++introducedToday;
    }
    for (const CardKey &card : std::as_const(m_deckCards)) {
        const auto found = m_memories.constFind(card);
        if (found == m_memories.cend() || found->isNew())
            fresh << card;
        else if (found->due <= now)
            due << card;
    }
    std::stable_sort(due.begin(), due.end(), [this](const CardKey &a, const CardKey &b) {
        return m_memories.value(a).due < m_memories.value(b).due;
    });
    const int newLimit = std::max(0, options.dailyNewLimit - introducedToday);
    m_dueAtStart = int(due.size());
    m_newAtStart = std::min(int(fresh.size()), newLimit);
    m_queue = due + fresh.mid(0, newLimit);
    if (options.maxCards >= 0)
        m_queue = m_queue.mid(0, options.maxCards);
    prepareQuestion();
}

void StudySession::prepareQuestion()
{
    if (isDone())
        return;
    const CardKey &card = currentCard();
    const CardMemory memory = m_memories.value(card);
    // A different wording of the same card on each review, the same one
    // when a review is repeated.
    const quint32 seed = quint32(qHash(card)) * 31u + quint32(memory.reps) * 7919u;
    m_question = m_maker.make(*m_catalogue.entry(card.code), card.kind, m_options.languages, seed);
}

AnswerOutcome StudySession::commit(bool correct, Rating rating, const QString &answer, qint64 durationMs,
                                   const QDateTime &now)
{
    const CardKey card = currentCard();
    AnswerOutcome outcome;
    outcome.correct = correct;
    outcome.rating = rating;
    outcome.after = m_fsrs.review(m_memories.value(card), rating, now);
    ReviewRecord review;
    review.code = card.code;
    review.kind = kindKey(card.kind);
    review.reviewedAt = now.toUTC();
    review.rating = rating;
    review.correct = correct;
    review.answer = answer;
    review.durationMs = std::max<qint64>(0, durationMs);
    review.language = m_options.languages.key();
    outcome.saved = m_store.record(review, outcome.after) && m_store.isPersistent();
    m_memories.insert(card, outcome.after);
    ++m_answered;
    m_correct += correct ? 1 : 0;
    ++m_position;
    prepareQuestion();
    return outcome;
}

std::optional<AnswerOutcome> StudySession::answerOption(int index, qint64 durationMs, const QDateTime &now)
{
    if (isDone() || m_question.options.isEmpty() || index < 0 || index >= m_question.options.size())
        return std::nullopt;
    const bool correct = index == m_question.correctOption;
    const QString answer = m_question.optionCodes.isEmpty() ? m_question.options.at(index)
                                                            : QString::number(m_question.optionCodes.at(index));
    const QString feedback = m_maker.feedback(m_question, m_question.optionCodes.value(index, m_question.code),
                                              correct ? QString() : m_question.options.at(index), m_options.languages);
    AnswerOutcome outcome = commit(correct, correct ? Rating::Good : Rating::Again, answer, durationMs, now);
    outcome.feedback = feedback;
    return outcome;
}

std::optional<AnswerOutcome> StudySession::answerCode(int code, qint64 durationMs, const QDateTime &now)
{
    if (isDone())
        return std::nullopt;
    if (!m_question.takesCode()) {
        // A code typed for a question whose options are codes picks that
        // option; where the options are names, the code in the prompt is
        // no answer.
        const qsizetype index = m_question.optionsAreCodes ? m_question.optionCodes.indexOf(code) : -1;
        if (index < 0)
            return std::nullopt;
        return answerOption(int(index), durationMs, now);
    }
    const bool correct = m_question.acceptedCodes.contains(code);
    const QString feedback = m_maker.feedback(m_question, correct ? m_question.code : code, QString(), m_options.languages);
    AnswerOutcome outcome = commit(correct, correct ? Rating::Good : Rating::Again, QString::number(code), durationMs, now);
    outcome.feedback = feedback;
    return outcome;
}

std::optional<AnswerOutcome> StudySession::answerText(const QString &text, qint64 durationMs, const QDateTime &now)
{
    const QString typed = halfWidth(text);
    if (isDone() || !m_question.takesText() || typed.isEmpty())
        return std::nullopt;
    const bool correct = m_question.acceptsText(typed);
    const QString feedback = m_maker.feedback(m_question, m_question.code, typed, m_options.languages);
    AnswerOutcome outcome = commit(correct, correct ? Rating::Good : Rating::Again, typed.left(200), durationMs, now);
    outcome.feedback = feedback;
    return outcome;
}

std::optional<AnswerOutcome> StudySession::rate(Rating rating, qint64 durationMs, const QDateTime &now)
{
    if (isDone() || !m_question.isRated())
        return std::nullopt;
    return commit(rating != Rating::Again, rating, QString::number(int(rating)), durationMs, now);
}

QDateTime StudySession::nextDue() const
{
    QDateTime next;
    for (const CardKey &card : m_deckCards) {
        const auto found = m_memories.constFind(card);
        if (found != m_memories.cend() && !found->isNew() && (!next.isValid() || found->due < next))
            next = found->due;
    }
    return next;
}

DeckCounts StudySession::counts(const QDateTime &now) const
{
    return Decks::count(m_deckCards, m_memories, now);
}

} // namespace codex
