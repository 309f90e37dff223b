#pragma once

#include "question.h"

#include <QList>
#include <QString>

namespace codex {

// One way a question the generator can produce is unfair.
struct QuestionViolation
{
    int code = 0;
    QuestionKind kind = QuestionKind::Choice;
    QString languages; // "zh", "en", "zh-en", "en-zh"
    int variant = 0;
    QString rule;      // "one-answer", "giveaway", "equal-passages", "claim-verdict", "feedback"
    QString problem;   // what is wrong, in English
    QString question;  // the question's text: prompt, passage, options
};

// Generates every question of every kind, code and study language the
// maker can produce and judges each by rules of its own, not by the
// maker's: exactly one option (or code, or phrase) answers the cue; no
// option or passage gives the answer away; no two options' passages read
// the same; a claim's verdict follows from the kinds of the corrections of
// what it shows; the feedback carries every correction of the text.
//
// Complete by construction: a question is fixed by its code, kind,
// languages, variant (which cue, passage, scenario, header or fact:
// make(seed) asks variant seed % variantCount) and the three distractors
// drawn. Every variant is made, and every code the distractors could be
// drawn from (Question::distractorPool) is judged against the answer, so
// every option set the draw can produce is covered without drawing them.
class QuestionCheck final
{
public:
    explicit QuestionCheck(const Catalogue &catalogue);

    QList<QuestionViolation> run();
    int questionsChecked() const { return m_checked; }

    static QString describe(const Question &question);

private:
    void check(const StatusEntry &entry, const Question &question, const StudyLanguages &languages);
    void report(const Question &question, const StudyLanguages &languages, const QString &rule,
                const QString &problem);
    QStringList giveawaysIn(const QString &text, const StatusEntry &entry, Language language, bool words) const;

    const Catalogue &m_catalogue;
    QuestionMaker m_maker;
    QList<QuestionViolation> m_violations;
    int m_checked = 0;
};

} // namespace codex
