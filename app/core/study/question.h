#pragma once

#include "catalogue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace codex {

// What a card asks. A card is a code and one of these; the language is a
// setting, not part of the card.
enum class QuestionKind { Choice, Code, Source, Claim, Scenario, Flashcard };

QString kindKey(QuestionKind kind); // "choice", "code", "source", "claim", "scenario", "flashcard"
std::optional<QuestionKind> kindFromKey(const QString &key);
const QList<QuestionKind> &allKinds();

// The language questions are asked in, and the one answers are given in:
// the same, or crossed for Chinese students learning the English terms
// (Chinese prompt, English answers) and the reverse.
struct StudyLanguages
{
    Language prompt = Language::English;
    Language answer = Language::English;

    QString key() const; // "zh", "en", "zh-en", "en-zh"
    static std::optional<StudyLanguages> fromKey(const QString &key);
    bool operator==(const StudyLanguages &other) const
    {
        return prompt == other.prompt && answer == other.answer;
    }
};

// One question, ready to show: everything a view or the command line
// prints, and everything needed to judge and explain the answer.
struct Question
{
    QuestionKind kind = QuestionKind::Choice;
    int code = 0;             // the card's code
    QString prompt;           // the question itself
    QString passage;          // a masked source text, a scenario or a claim; may be empty
    QStringList options;      // numbered choices; empty for Code and Flashcard
    QList<int> optionCodes;   // the code behind each option (Choice, Source, Scenario)
    int correctOption = -1;   // index into options
    QString back;             // Flashcard: the back of the card
    // Shown after the answer.
    QString answerText;       // the right answer in words ("404 Not Found")
    QString explanation;      // the catalogue's summary
    QString sourceLabel;      // where the question came from ("Study notes"), or empty
    QString sourceText;       // that source's text, or the correction a claim is judged by

    bool takesCode() const { return kind == QuestionKind::Code; }
    bool isRated() const { return kind == QuestionKind::Flashcard; }
};

// Makes questions from the catalogue. Deterministic for a given seed, so
// that tests, the window and the command line agree.
class QuestionMaker final
{
public:
    explicit QuestionMaker(const Catalogue &catalogue);

    // Whether the catalogue has what a question of this kind on this code
    // needs (a source text to mask, a correction, a scenario).
    bool canAsk(const StatusEntry &entry, QuestionKind kind) const;
    Question make(const StatusEntry &entry, QuestionKind kind, const StudyLanguages &languages,
                  quint32 seed) const;

    // Up to `count` codes a learner could plausibly take for `entry`: its
    // class only (never a 1xx option for an error), its related codes and
    // the codes that name it as related first, never the code itself, never
    // two with the same wording in `language`.
    QList<int> distractors(const StatusEntry &entry, int count, Language language, quint32 seed) const;

    // A source text with every giveaway of its code replaced by "___": the
    // code's digits, its phrase, aliases, titles and the source's own
    // spelling of the phrase.
    static QString masked(const StatusEntry &entry, const Description &description, Language language);
    // The descriptions whose masked text still says something.
    QList<const Description *> maskableDescriptions(const StatusEntry &entry) const;

    // How a code reads as an answer: "404 Not Found" or "404 未找到".
    static QString codeLabel(const StatusEntry &entry, Language language);

private:
    bool hasThreeDistractors(const StatusEntry &entry) const;

    const Catalogue &m_catalogue;
};

} // namespace codex
