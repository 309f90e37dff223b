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
    QString deckId = QStringLiteral("standard");
    std::optional<QuestionKind> kind; // only this kind; all kinds when empty
    StudyLanguages languages;
    int dailyNewLimit = 10;           // new cards introduced per local day
    double desiredRetention = 0.9;
    int maxCards = -1;                // at most this many questions; no limit when negative
    int utcOffsetSeconds = 0;         // where the learner's days begin
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
    const StudyLanguages &languages() const { return m_options.languages; }
    bool isDone() const { return m_position >= m_queue.size(); }
    int remaining() const { return int(m_queue.size() - m_position); }
    int queued() const { return int(m_queue.size()); }
    int dueAtStart() const { return m_dueAtStart; }
    int newAtStart() const { return m_newAtStart; }
    int answered() const { return m_answered; }
    int correctAnswers() const { return m_correct; }

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
    AnswerOutcome commit(bool correct, Rating rating, const QString &answer, qint64 durationMs, const QDateTime &now);
    void prepareQuestion();

    const Catalogue &m_catalogue;
    ProgressStore &m_store;
    StudyOptions m_options;
    Fsrs m_fsrs;
    QuestionMaker m_maker;
    std::optional<Deck> m_deck;
    QList<CardKey> m_deckCards;
    QHash<CardKey, CardMemory> m_memories;
    QList<CardKey> m_queue;
    qsizetype m_position = 0;
    Question m_question;
    int m_dueAtStart = 0;
    int m_newAtStart = 0;
    int m_answered = 0;
    int m_correct = 0;
};

} // namespace codex
