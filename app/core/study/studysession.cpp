#include "studysession.h"

#include "progressstore.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace codex {

namespace {

// What was asked, as the mistakes notebook and the flags keep it.
QString askedText(const Question &question)
{
    return question.passage.isEmpty() ? question.prompt : question.prompt + u'\n' + question.passage;
}

} // namespace

StudySession::StudySession(const Catalogue &catalogue, ProgressStore &store, const StudyOptions &options,
                           const QDateTime &now)
    : m_catalogue(catalogue)
    , m_store(store)
    , m_options(options)
    , m_fsrs(options.desiredRetention, 36500, Fsrs::defaultParameters(), LearningSteps::ankiDefaults())
    , m_maker(catalogue)
{
    if (m_options.deckId == u"mistakes") {
        // The notebook's cards, latest mistake first, each once.
        Deck deck{QStringLiteral("mistakes"), Decks::tr("Mistakes"), {}};
        for (const MistakeRecord &mistake : store.mistakes()) {
            const std::optional<QuestionKind> kind = kindFromKey(mistake.kind);
            const StatusEntry *entry = catalogue.entry(mistake.code);
            if (!kind || !entry || (options.kind && *options.kind != *kind) || !m_maker.canAsk(*entry, *kind))
                continue;
            const CardKey card{mistake.code, *kind};
            if (!m_deckCards.contains(card))
                m_deckCards << card;
            if (!deck.codes.contains(mistake.code))
                deck.codes << mistake.code;
        }
        m_deck = deck;
    } else {
        m_deck = Decks::find(catalogue, store.starred(), options.deckId, options.languages.prompt);
        if (!m_deck)
            return;
        m_deckCards = Decks::cards(catalogue, *m_deck, options.kind);
    }
    m_memories = cardMemories(store.cards());
    if (m_options.practice)
        queueForPractice();
    else
        queueForStudy(now);
    m_planned = m_queue.size();
    m_repeats = QList<bool>(m_queue.size(), false);
    prepareQuestion();
}

QList<CardKey> StudySession::interleaved(QList<CardKey> cards, quint32 seed) const
{
    // Shuffled within each kind, common codes still first (a beginner meets
    // 404 before 418); then the kinds taken in turn, so that the first
    // session has scenarios as well as names.
    QRandomGenerator random(seed);
    QList<QList<CardKey>> perKind;
    for (const QuestionKind kind : allKinds()) {
        QList<CardKey> common;
        QList<CardKey> rest;
        for (const CardKey &card : std::as_const(cards)) {
            if (card.kind != kind)
                continue;
            const StatusEntry *entry = m_catalogue.entry(card.code);
            (entry && entry->common ? common : rest) << card;
        }
        for (QList<CardKey> *part : {&common, &rest}) {
            for (qsizetype i = part->size() - 1; i > 0; --i)
                part->swapItemsAt(i, qsizetype(random.bounded(quint32(i + 1))));
        }
        if (!common.isEmpty() || !rest.isEmpty())
            perKind << common + rest;
    }
    QList<CardKey> result;
    result.reserve(cards.size());
    for (qsizetype i = 0; result.size() < cards.size(); ++i) {
        for (const QList<CardKey> &kind : std::as_const(perKind)) {
            if (i < kind.size())
                result << kind.at(i);
        }
    }
    return result;
}

void StudySession::queueForStudy(const QDateTime &now)
{
    const StudyDay day = m_options.day();
    const QDate today = day.dayOf(now);
    QHash<CardKey, int> reviewsToday;
    QSet<int> codesSeen; // codes answered today in any kind: their siblings wait for tomorrow
    for (const CardReviewCount &count : m_store.reviewedSince(day.startOf(today))) {
        if (const std::optional<QuestionKind> kind = kindFromKey(count.kind))
            reviewsToday.insert(CardKey{count.code, *kind}, count.reviews);
        codesSeen.insert(count.code);
    }
    // A card came in today when every answer it ever had was today's.
    const auto introducedToday = [&](const CardKey &card, const CardMemory &memory) {
        return !memory.isNew() && memory.reps > 0 && reviewsToday.value(card) >= memory.reps;
    };
    int introduced = 0;
    for (auto it = m_memories.cbegin(); it != m_memories.cend(); ++it)
        introduced += introducedToday(it.key(), *it) ? 1 : 0;
    int introducedHere = 0;
    QList<CardKey> due;
    QList<CardKey> fresh;
    for (const CardKey &card : std::as_const(m_deckCards)) {
        const auto found = m_memories.constFind(card);
        if (found == m_memories.cend() || found->isNew()) {
            fresh << card;
            continue;
        }
        introducedHere += introducedToday(card, *found) ? 1 : 0;
        if (day.isDue(*found, now))
            due << card;
    }
    std::stable_sort(due.begin(), due.end(), [this](const CardKey &a, const CardKey &b) {
        return m_memories.value(a).due < m_memories.value(b).due;
    });

    // Siblings (the same code asked another way) are buried until the next
    // day, so that one card does not answer the next.
    QSet<int> codesQueued;
    const auto buried = [&](const CardKey &card) {
        return codesSeen.contains(card.code) || codesQueued.contains(card.code);
    };
    for (const CardKey &card : std::as_const(due)) {
        // A card in its steps was seen today by itself: it is not buried.
        const CardState state = m_memories.value(card).state;
        if (state != CardState::Learning && state != CardState::Relearning && buried(card))
            continue;
        m_queue << card;
        codesQueued.insert(card.code);
    }
    m_dueAtStart = int(m_queue.size());

    const int overallLeft = std::max(0, m_options.dailyNewLimit - introduced);
    const int deckLeft = m_options.deckNewLimit < 0 ? overallLeft : std::max(0, m_options.deckNewLimit - introducedHere);
    const int newLimit = std::min(overallLeft, deckLeft);
    const quint32 seed = m_options.seed.value_or(quint32(today.toJulianDay()));
    for (const CardKey &card : interleaved(fresh, seed)) {
        if (buried(card))
            continue;
        if (m_newAtStart >= newLimit) {
            ++m_newHeldBack;
            continue;
        }
        m_queue << card;
        codesQueued.insert(card.code);
        ++m_newAtStart;
    }
    if (m_newHeldBack > 0)
        m_limitReached = deckLeft < overallLeft ? m_options.deckNewLimit : m_options.dailyNewLimit;
    if (m_options.maxCards >= 0)
        m_queue = m_queue.mid(0, m_options.maxCards);
}

void StudySession::queueForPractice()
{
    // Every card of the deck, due or not, new or not, one per code first.
    const quint32 seed = m_options.seed.value_or(QRandomGenerator::global()->generate());
    QList<CardKey> later;
    QSet<int> codes;
    for (const CardKey &card : interleaved(m_deckCards, seed)) {
        if (codes.contains(card.code)) {
            later << card;
            continue;
        }
        codes.insert(card.code);
        m_queue << card;
    }
    m_queue += later;
    if (m_options.maxCards >= 0)
        m_queue = m_queue.mid(0, m_options.maxCards);
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

AnswerOutcome StudySession::commit(bool correct, Rating rating, const QString &answer, const QString &given,
                                   qint64 durationMs, const QDateTime &now)
{
    const CardKey card = currentCard();
    const bool repeat = isRepeat();
    AnswerOutcome outcome;
    outcome.correct = correct;
    outcome.rating = rating;
    if (m_options.practice) {
        // A mock exam leaves the schedule as it found it.
        outcome.after = m_memories.value(card);
    } else {
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
    }
    if (!correct && !m_question.isRated()) {
        MistakeRecord mistake;
        mistake.code = card.code;
        mistake.kind = kindKey(card.kind);
        mistake.answeredAt = now.toUTC();
        mistake.language = m_options.languages.key();
        mistake.prompt = askedText(m_question);
        mistake.given = given;
        mistake.expected = m_question.answerText;
        mistake.exam = m_options.practice;
        m_store.addMistake(mistake);
    }
    m_results << AnsweredQuestion{card, askedText(m_question), given, m_question.answerText, correct, repeat};
    // Learning steps: a card still in them comes back in this session.
    const bool inSteps = outcome.after.state == CardState::Learning || outcome.after.state == CardState::Relearning;
    if (!m_options.practice && inSteps && m_returns.value(card) < m_options.relearnLimit) {
        m_returns[card] += 1;
        m_queue << card;
        m_repeats << true;
        outcome.requeued = true;
    }
    ++m_answered;
    m_correct += correct ? 1 : 0;
    if (!repeat) {
        ++m_firstAnswers;
        m_firstCorrect += correct ? 1 : 0;
    }
    ++m_position;
    bringDueStepForward(now);
    prepareQuestion();
    return outcome;
}

// The card whose step fell due first goes before the planned cards; when
// only cards in steps are left, the one due first comes next even if its
// minute has not come, rather than ending the session early.
void StudySession::bringDueStepForward(const QDateTime &now)
{
    qsizetype first = -1;
    bool plannedLeft = false;
    for (qsizetype i = m_position; i < m_queue.size(); ++i) {
        if (!m_repeats.at(i)) {
            plannedLeft = true;
            continue;
        }
        if (first < 0 || m_memories.value(m_queue.at(i)).due < m_memories.value(m_queue.at(first)).due)
            first = i;
    }
    if (first < 0 || first == m_position)
        return;
    if (plannedLeft && m_memories.value(m_queue.at(first)).due > now)
        return;
    m_queue.move(first, m_position);
    m_repeats.move(first, m_position);
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
    AnswerOutcome outcome = commit(correct, correct ? Rating::Good : Rating::Again, answer, m_question.options.at(index),
                                   durationMs, now);
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
    const StatusEntry *entry = m_catalogue.entry(code);
    const QString given = entry ? QuestionMaker::codeLabel(*entry, m_options.languages.answer) : QString::number(code);
    AnswerOutcome outcome = commit(correct, correct ? Rating::Good : Rating::Again, QString::number(code), given,
                                   durationMs, now);
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
    AnswerOutcome outcome = commit(correct, correct ? Rating::Good : Rating::Again, typed.left(200), typed.left(200),
                                   durationMs, now);
    outcome.feedback = feedback;
    return outcome;
}

std::optional<AnswerOutcome> StudySession::rate(Rating rating, qint64 durationMs, const QDateTime &now)
{
    if (isDone() || !m_question.isRated())
        return std::nullopt;
    return commit(rating != Rating::Again, rating, QString::number(int(rating)), QString::number(int(rating)),
                  durationMs, now);
}

bool StudySession::flagCurrent(const QString &reason, const QDateTime &now)
{
    if (isDone())
        return false;
    FlagRecord flag;
    flag.code = currentCard().code;
    flag.kind = kindKey(currentCard().kind);
    flag.reason = reason;
    flag.flaggedAt = now.toUTC();
    flag.language = m_options.languages.key();
    flag.prompt = askedText(m_question);
    return m_store.addFlag(flag);
}

QDateTime StudySession::nextDue() const
{
    // Due from the start of its day, or at its minute when in its steps.
    const StudyDay day = m_options.day();
    QDateTime next;
    for (const CardKey &card : m_deckCards) {
        const auto found = m_memories.constFind(card);
        if (found == m_memories.cend() || found->isNew() || !found->due.isValid())
            continue;
        const bool inSteps = found->state == CardState::Learning || found->state == CardState::Relearning;
        const QDateTime due = inSteps ? found->due : std::min(found->due, day.startOf(day.dayOf(found->due)));
        if (!next.isValid() || due < next)
            next = due;
    }
    return next;
}

DeckCounts StudySession::counts(const QDateTime &now) const
{
    return Decks::count(m_deckCards, m_memories, now, m_options.day());
}

} // namespace codex
