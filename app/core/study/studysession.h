#pragma once

#include "catalogue.h"
#include "deck.h"
#include "fsrs.h"
#include "question.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace codex {

class ProgressStore;

struct StudyOptions
{
    QString deckId = QStringLiteral("standard"); // or "mistakes": the cards of the mistakes notebook
    std::optional<QuestionKind> kind; // only this kind; all kinds when empty
    StudyLanguages languages;
    int dailyNewLimit = 10;           // new cards introduced per learner's day, over every deck
    int deckNewLimit = -1;            // the same in this deck; none of its own when negative
    double desiredRetention = 0.9;
    int maxCards = -1;                // at most this many questions; no limit when negative
    int utcOffsetSeconds = 0;         // local time's offset from UTC
    int dayStartHour = 0;             // local hour the learner's day begins (the window and CLI use 4)
    std::optional<quint32> seed;      // the order of new cards; the learner's day when empty
    // A card in its learning steps (new, or answered wrong) comes back in
    // the session when its step is due, or after the other cards when none
    // is due yet, at most this many times; after that it waits for its due
    // minute in a later session.
    int relearnLimit = 2;
    // A mock exam: mixed questions from the whole deck, due or not, that
    // schedule nothing and write no review (mistakes are still noted).
    bool practice = false;

    StudyDay day() const { return StudyDay{utcOffsetSeconds, dayStartHour}; }
};

// One answer of the session, for the score of a mock exam and its list of
// what was missed.
struct AnsweredQuestion
{
    CardKey card;
    QString prompt;
    QString given;
    QString expected;
    bool correct = false;
    bool repeat = false; // a card answered wrong earlier in the session
};

// The outcome of one answer.
struct AnswerOutcome
{
    bool correct = false;
    Rating rating = Rating::Again;
    CardMemory after;
    bool saved = false; // written to the store (false when it keeps only memory, or failed)
    // What to say after the answer, in the prompt's language: what a wrong
    // choice means and how it differs, every correction of a source's text.
    QString feedback;
    bool requeued = false; // in its learning steps: the card comes back later in the session
};

// One sitting: the cards that are due first, then new cards up to the
// daily limit, each asked as a question; every answer is scheduled by FSRS
// and written to the store before the next card. Used alike by the Study
// view and `status-codex quiz`.
class StudySession final
{
public:
    StudySession(const Catalogue &catalogue, ProgressStore &store, const StudyOptions &options,
                 const QDateTime &now);

    bool isValid() const { return m_deck.has_value(); } // false: no such deck
    const Deck &deck() const { return *m_deck; }
    const Catalogue &catalogue() const { return m_catalogue; }
    const StudyLanguages &languages() const { return m_options.languages; }
    bool isDone() const { return m_position >= m_queue.size(); }
    int remaining() const { return int(m_queue.size() - m_position); }
    int queued() const { return int(m_queue.size()); }
    int dueAtStart() const { return m_dueAtStart; }
    int newAtStart() const { return m_newAtStart; }
    int answered() const { return m_answered; }
    int correctAnswers() const { return m_correct; }
    // First answers only: the score of a session, repeats left out.
    int firstAnswers() const { return m_firstAnswers; }
    int firstCorrect() const { return m_firstCorrect; }
    // Whether the current card is one asked earlier in the session, back
    // for its next learning step.
    bool isRepeat() const { return !isDone() && m_repeats.at(m_position); }
    int planned() const { return int(m_planned); } // the cards queued at the start
    // The new cards left out today because a daily limit is spent, and the
    // limit that did it (-1 when none did).
    int newHeldBack() const { return m_newHeldBack; }
    int limitReached() const { return m_limitReached; }
    bool isPractice() const { return m_options.practice; }
    const QList<AnsweredQuestion> &results() const { return m_results; }
    const StudyOptions &options() const { return m_options; }

    // Reports the current question as wrong or unclear ("wrong", "unclear");
    // kept in the store's flags.
    bool flagCurrent(const QString &reason, const QDateTime &now);

    const CardKey &currentCard() const { return m_queue.at(m_position); }
    const Question &currentQuestion() const { return m_question; }

    // Judge the current question and go on to the next card. An option index
    // for multiple-choice kinds, a code for Code (and, as a shortcut, for the
    // kinds whose options are codes, never for those whose options are
    // names), typed text for Phrase, a rating for a flashcard. Returns
    // nothing when the answer is not one this question takes.
    std::optional<AnswerOutcome> answerOption(int index, qint64 durationMs, const QDateTime &now);
    std::optional<AnswerOutcome> answerCode(int code, qint64 durationMs, const QDateTime &now);
    std::optional<AnswerOutcome> answerText(const QString &text, qint64 durationMs, const QDateTime &now);
    std::optional<AnswerOutcome> rate(Rating rating, qint64 durationMs, const QDateTime &now);

    // When the deck's next card falls due, once this session is done.
    QDateTime nextDue() const;
    DeckCounts counts(const QDateTime &now) const;

private:
    AnswerOutcome commit(bool correct, Rating rating, const QString &answer, const QString &given, qint64 durationMs,
                         const QDateTime &now);
    void prepareQuestion();
    void bringDueStepForward(const QDateTime &now);
    void queueForStudy(const QDateTime &now);
    void queueForPractice();
    QList<CardKey> interleaved(QList<CardKey> cards, quint32 seed) const;

    const Catalogue &m_catalogue;
    ProgressStore &m_store;
    StudyOptions m_options;
    Fsrs m_fsrs;
    QuestionMaker m_maker;
    std::optional<Deck> m_deck;
    QList<CardKey> m_deckCards;
    QHash<CardKey, CardMemory> m_memories;
    QList<CardKey> m_queue;
    QList<bool> m_repeats; // per queue entry: a card back for a learning step
    qsizetype m_position = 0;
    Question m_question;
    int m_dueAtStart = 0;
    int m_newAtStart = 0;
    int m_answered = 0;
    int m_correct = 0;
    int m_firstAnswers = 0;
    int m_firstCorrect = 0;
    qsizetype m_planned = 0;
    int m_newHeldBack = 0;
    int m_limitReached = -1;
    QHash<CardKey, int> m_returns; // times each card came back this session
    QList<AnsweredQuestion> m_results;
};

} // namespace codex
