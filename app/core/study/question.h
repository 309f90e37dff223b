#pragma once

#include "catalogue.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace codex {

// What a card asks. A card is a code and one of these; the language is a
// setting, not part of the card. Header, Fact and Phrase ask what exams ask:
// the header field that goes with a code, a fact from the catalogue's facts
// (cacheable by default, what a redirect does to the method, who sends the
// code), and the English reason phrase typed from memory.
enum class QuestionKind { Choice, Code, Source, Claim, Scenario, Flashcard, Header, Fact, Phrase };

// "choice", "code", "source", "claim", "scenario", "flashcard", "header", "fact", "phrase"
QString kindKey(QuestionKind kind);
std::optional<QuestionKind> kindFromKey(const QString &key);
const QList<QuestionKind> &allKinds();
// The kind's name for people, in the interface language ("选择题").
QString kindName(QuestionKind kind);

// Text as typed, with full-width digits and letters (what a Chinese input
// method types) made half-width and the ends trimmed.
QString halfWidth(const QString &typed);

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
    // Whether the options are codes, so that typing a code may pick one;
    // never when the options are names and the code is in the prompt.
    bool optionsAreCodes = false;
    // What choosing each option means, said after a wrong choice ("you
    // chose 404: that means ..."); empty for the right option.
    QStringList optionFeedback;
    // Every code the distractors could have been drawn from: the question
    // bank check judges all of them, not only the ones drawn.
    QList<int> distractorPool;
    // Code: the codes that answer (exactly one). Phrase: every accepted
    // spelling, each with what to say when it is typed (empty for the
    // registry's phrase).
    QList<int> acceptedCodes;
    QStringList acceptedTexts;
    QStringList acceptedNotes;
    int variant = 0;          // which cue, passage or fact of the code was asked
    QString back;             // Flashcard: the back of the card
    // Shown after the answer.
    QString answerText;       // the right answer in words ("404 Not Found")
    QString explanation;      // the catalogue's summary
    QString sourceLabel;      // where the question came from ("Study notes"), or empty
    QString sourceText;       // that source's text, or the correction a claim is judged by
    // Claim: the description it quotes, and whether the quoted words hold.
    QString claimSourceId;
    bool claimHolds = false;

    bool takesCode() const { return kind == QuestionKind::Code; }
    bool takesText() const { return kind == QuestionKind::Phrase; }
    // Whether typed text is an accepted answer to a Phrase question, and
    // the note to show with it.
    bool acceptsText(const QString &typed, QString *note = nullptr) const;
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
    // How many different questions (cues, passages, facts) this card has in
    // these languages; make() asks variant seed % variantCount().
    int variantCount(const StatusEntry &entry, QuestionKind kind, const StudyLanguages &languages) const;
    Question make(const StatusEntry &entry, QuestionKind kind, const StudyLanguages &languages,
                  quint32 seed) const;

    // What to say after an answer, in the prompt's language: for a wrong
    // choice or code what the chosen one means and how it differs; for a
    // claim or source question every correction of the text, whole.
    QString feedback(const Question &question, int chosenCode, const QString &typed,
                     const StudyLanguages &languages) const;

    // Every name a code answers to in a language: its title or phrase,
    // aliases, former names, common names and vendors' phrases, folded
    // (case, spacing, punctuation, 其它/其他) for comparison.
    QStringList namesOf(const StatusEntry &entry, Language language) const;
    // The codes that answer to a name in a language.
    QList<int> codesNamed(const QString &name, Language language) const;
    static QString folded(const QString &name);
    static QStringList foldedNames(const StatusEntry &entry, Language language);
    // Who uses an unofficial code, in a few words ("nginx").
    static QString vendorName(const StatusEntry &entry, Language language);
    // The words of a code's names a masked passage must not keep: the
    // names themselves and, in Chinese, every run of two or more of their
    // characters; in English their words other than HTTP's common ones.
    static QStringList giveawayWords(const StatusEntry &entry, Language language);
    // Whether two source passages say practically the same.
    static bool nearlyEqual(const QString &a, const QString &b);

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

    // Whether a correction makes the words it targets false (an unclassified
    // one is treated as if it might: its text is then never asked as true).
    static bool falsifies(const Note &note);

private:
    bool hasThreeDistractors(const StatusEntry &entry) const;
    QList<int> distractorPool(const StatusEntry &entry, Language language) const;
    QList<int> sourcePool(const StatusEntry &entry, const Description &description, Language prompt,
                          Language answer) const;
    QList<const Description *> sourceDescriptions(const StatusEntry &entry) const;
    QList<int> drawFrom(const StatusEntry &entry, const QList<int> &pool, int count, quint32 seed) const;
    // The pool a scenario's options come from: without the generic code of
    // the class (400, 500), which RFC 9110 also allows for any error of it.
    QList<int> scenarioPool(const StatusEntry &entry, Language language) const;
    struct Cue
    {
        QString text;
        QString qualifier; // "", "registry", "vendor", "former"
        QString from;      // the vendor or the RFC of a former name
    };
    QList<Cue> codeCues(const StatusEntry &entry, Language language) const;
    struct ClaimPassage
    {
        const Description *description = nullptr;
        QString zh;
        QString en;
        bool holds = false;
    };
    QList<ClaimPassage> claimPassages(const StatusEntry &entry) const;
    QList<const HeaderFact *> askableHeaders(const StatusEntry &entry) const;
    QStringList headerPool(const StatusEntry &entry) const;
    QList<int> factVariants(const StatusEntry &entry) const;

    const Catalogue &m_catalogue;
    QHash<QString, QList<int>> m_namesZh; // folded name -> codes
    QHash<QString, QList<int>> m_namesEn;
    QHash<int, QStringList> m_foldedZh; // code -> namesOf(entry, Chinese)
    QHash<int, QStringList> m_foldedEn;
    mutable QHash<int, QList<const Description *>> m_sourceDescriptions;
    mutable QHash<int, bool> m_threeDistractors;
    mutable QStringList m_allHeaders; // every header field any code goes with
    QSet<quint32> pairsOf(const Description &description, Language language) const;
    mutable QHash<QPair<const Description *, int>, QSet<quint32>> m_pairs;
};

} // namespace codex
