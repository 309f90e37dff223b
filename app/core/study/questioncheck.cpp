#include "questioncheck.h"

#include <QSet>

#include <algorithm>

namespace codex {

namespace {

const QList<StudyLanguages> &everyLanguageSetting()
{
    static const QList<StudyLanguages> settings{{Language::Chinese, Language::Chinese},
                                                {Language::English, Language::English},
                                                {Language::Chinese, Language::English},
                                                {Language::English, Language::Chinese}};
    return settings;
}

// Whether text holds the code's digits as a number of their own.
bool hasNumber(const QString &text, int code)
{
    const QString digits = QString::number(code);
    for (qsizetype at = text.indexOf(digits); at >= 0; at = text.indexOf(digits, at + 1)) {
        const bool before = at > 0 && text.at(at - 1).isDigit();
        const bool after = at + digits.size() < text.size() && text.at(at + digits.size()).isDigit();
        if (!before && !after)
            return true;
    }
    return false;
}

} // namespace

QuestionCheck::QuestionCheck(const Catalogue &catalogue)
    : m_catalogue(catalogue)
    , m_maker(catalogue)
{
}

QString QuestionCheck::describe(const Question &question)
{
    QStringList lines{question.prompt};
    if (!question.passage.isEmpty())
        lines << QStringLiteral("> ") + QString(question.passage).replace(u'\n', QStringLiteral("\n> "));
    for (int i = 0; i < question.options.size(); ++i)
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(question.options.at(i));
    return lines.join(u'\n');
}

void QuestionCheck::report(const Question &question, const StudyLanguages &languages, const QString &rule,
                           const QString &problem)
{
    m_violations << QuestionViolation{question.code, question.kind, languages.key(), question.variant, rule, problem,
                                      describe(question)};
}

QStringList QuestionCheck::giveawaysIn(const QString &text, const StatusEntry &entry, Language language,
                                       bool words) const
{
    QStringList found;
    if (hasNumber(text, entry.code))
        found << QString::number(entry.code);
    const QStringList candidates = words ? QuestionMaker::giveawayWords(entry, language)
                                         : QStringList{entry.phrase, entry.title.in(language)};
    for (const QString &word : candidates) {
        if (word.isEmpty())
            continue;
        if (language == Language::English) {
            // As a word, not inside another ("Gone" in "undergone").
            const QString lower = text.toCaseFolded();
            const QString needle = word.toCaseFolded();
            for (qsizetype at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
                const bool before = at > 0 && lower.at(at - 1).isLetterOrNumber();
                const bool after = at + needle.size() < lower.size() && lower.at(at + needle.size()).isLetterOrNumber();
                if (!before && !after) {
                    found << word;
                    break;
                }
            }
        } else if (text.contains(word)) {
            found << word;
        }
    }
    return found;
}

QList<QuestionViolation> QuestionCheck::run()
{
    m_violations.clear();
    m_checked = 0;
    for (const StatusEntry &entry : m_catalogue.entries()) {
        for (const QuestionKind kind : allKinds()) {
            if (!m_maker.canAsk(entry, kind))
                continue;
            for (const StudyLanguages &languages : everyLanguageSetting()) {
                const int variants = m_maker.variantCount(entry, kind, languages);
                for (int variant = 0; variant < variants; ++variant) {
                    // The variant's own seed, and a second draw of options.
                    for (const quint32 seed : {quint32(variant), quint32(variant + variants * 7919)}) {
                        const Question question = m_maker.make(entry, kind, languages, seed);
                        if (question.variant != variant)
                            report(question, languages, QStringLiteral("enumeration"),
                                   QStringLiteral("seed %1 asked variant %2, not %3").arg(seed).arg(question.variant).arg(variant));
                        check(entry, question, languages);
                        ++m_checked;
                    }
                }
            }
        }
    }
    return m_violations;
}

void QuestionCheck::check(const StatusEntry &entry, const Question &question, const StudyLanguages &languages)
{
    const Language prompt = languages.prompt;
    const Language answer = languages.answer;
    const auto namesOf = [&](int code, Language language) {
        return m_maker.namesOf(*m_catalogue.entry(code), language);
    };

    // Options: the answer once, no option twice.
    if (!question.options.isEmpty()) {
        if (question.correctOption < 0 || question.correctOption >= question.options.size())
            report(question, languages, QStringLiteral("one-answer"), QStringLiteral("no right option"));
        if (QSet<QString>(question.options.cbegin(), question.options.cend()).size() != question.options.size())
            report(question, languages, QStringLiteral("one-answer"), QStringLiteral("two options read the same"));
        if (!question.optionCodes.isEmpty() && question.optionCodes.count(entry.code) != 1)
            report(question, languages, QStringLiteral("one-answer"), QStringLiteral("the answer is not among the options once"));
    }
    // Every code an option could be drawn from, and those drawn.
    QList<int> candidates = question.distractorPool;
    for (const int code : question.optionCodes) {
        if (code != entry.code && !candidates.contains(code))
            candidates << code;
    }

    switch (question.kind) {
    case QuestionKind::Choice: {
        // Exactly one option is a name of the code asked about.
        int fitting = 0;
        for (const QString &option : question.options)
            fitting += m_maker.namesOf(entry, answer).contains(QuestionMaker::folded(option)) ? 1 : 0;
        if (fitting != 1)
            report(question, languages, QStringLiteral("one-answer"),
                   QStringLiteral("%1 options are names of %2").arg(fitting).arg(entry.code));
        for (const int code : std::as_const(candidates)) {
            const StatusEntry &other = *m_catalogue.entry(code);
            const QString label = QuestionMaker::folded(answer == Language::Chinese ? other.title.zh : other.phrase);
            if (m_maker.namesOf(entry, answer).contains(label) || namesOf(code, answer).contains(
                    QuestionMaker::folded(answer == Language::Chinese ? entry.title.zh : entry.phrase)))
                report(question, languages, QStringLiteral("one-answer"),
                       QStringLiteral("option %1 could be drawn, and its name also fits %2").arg(code).arg(entry.code));
        }
        if (question.optionsAreCodes)
            report(question, languages, QStringLiteral("giveaway"),
                   QStringLiteral("the options are names, yet a typed code (the one in the prompt) would answer"));
        break;
    }
    case QuestionKind::Code: {
        // The cue is a name of this code alone, or is qualified by the
        // registry or a vendor; the prompt never holds the digits.
        if (hasNumber(question.prompt, entry.code))
            report(question, languages, QStringLiteral("giveaway"), QStringLiteral("the prompt holds the code"));
        const QString quoteOpen = prompt == Language::Chinese ? QStringLiteral("“") : QStringLiteral("\u201c");
        const QString quoteClose = prompt == Language::Chinese ? QStringLiteral("”") : QStringLiteral("\u201d");
        const qsizetype from = question.prompt.indexOf(quoteOpen);
        const qsizetype to = question.prompt.indexOf(quoteClose, from + 1);
        if (from < 0 || to < 0) {
            report(question, languages, QStringLiteral("one-answer"), QStringLiteral("no quoted cue in the prompt"));
            break;
        }
        const QString cue = question.prompt.mid(from + 1, to - from - 1);
        QList<int> answering;
        for (const StatusEntry &other : m_catalogue.entries()) {
            if (m_maker.namesOf(other, answer).contains(QuestionMaker::folded(cue)))
                answering << other.code;
        }
        if (!answering.contains(entry.code))
            report(question, languages, QStringLiteral("one-answer"),
                   QStringLiteral("the cue \"%1\" is not a name of %2").arg(cue).arg(entry.code));
        if (answering.size() > 1) {
            // Qualified cues: the registry's phrase, among registered codes;
            // a vendor's name, among that vendor's codes.
            const bool registry = question.prompt.contains(u"注册") || question.prompt.contains(u"registered");
            QList<int> still;
            for (const int code : std::as_const(answering)) {
                const StatusEntry &other = *m_catalogue.entry(code);
                if (code == entry.code)
                    continue;
                if (registry && other.status != CodeStatus::Unofficial
                    && (QuestionMaker::folded(other.phrase) == QuestionMaker::folded(cue)
                        || QuestionMaker::folded(other.title.zh) == QuestionMaker::folded(cue)))
                    still << code;
                else if (registry && other.status == CodeStatus::Unofficial)
                    continue;
                else if (!registry && !QuestionMaker::vendorName(entry, Language::English).isEmpty()
                         && question.prompt.contains(QuestionMaker::vendorName(entry, Language::English))
                         && QuestionMaker::vendorName(other, Language::English) != QuestionMaker::vendorName(entry, Language::English))
                    continue;
                else if (!registry)
                    still << code;
            }
            if (!still.isEmpty()) {
                QStringList codes;
                for (const int code : std::as_const(still))
                    codes << QString::number(code);
                report(question, languages, QStringLiteral("one-answer"),
                       QStringLiteral("the cue \"%1\" also names %2").arg(cue, codes.join(QStringLiteral(", "))));
            }
        }
        if (question.acceptedCodes != QList<int>{entry.code})
            report(question, languages, QStringLiteral("one-answer"), QStringLiteral("accepts other codes than the answer"));
        break;
    }
    case QuestionKind::Source: {
        const QStringList leaks = giveawaysIn(question.passage, entry, prompt, true);
        if (!leaks.isEmpty())
            report(question, languages, QStringLiteral("giveaway"),
                   QStringLiteral("the passage keeps %1").arg(leaks.join(QStringLiteral(", "))));
        for (const int code : std::as_const(candidates)) {
            const StatusEntry &other = *m_catalogue.entry(code);
            for (const Description &description : other.descriptions) {
                if (description.sourceId == question.claimSourceId
                    && QuestionMaker::nearlyEqual(QuestionMaker::masked(other, description, prompt), question.passage))
                    report(question, languages, QStringLiteral("equal-passages"),
                           QStringLiteral("option %1 could be drawn, and the same source says nearly the same of it").arg(code));
            }
        }
        for (const Note *note : entry.notesOn(question.claimSourceId)) {
            if (!question.sourceText.contains(note->text.in(prompt)))
                report(question, languages, QStringLiteral("feedback"),
                       QStringLiteral("the feedback leaves out a correction of the text"));
        }
        if (!question.optionsAreCodes)
            report(question, languages, QStringLiteral("one-answer"), QStringLiteral("options are codes but typed codes are refused"));
        break;
    }
    case QuestionKind::Claim: {
        const Description *description = nullptr;
        for (const Description &each : entry.descriptions) {
            if (each.sourceId == question.claimSourceId)
                description = &each;
        }
        if (!description || !description->text.in(prompt).contains(question.passage)) {
            report(question, languages, QStringLiteral("claim-verdict"), QStringLiteral("the passage is not the source's words"));
            break;
        }
        // False exactly when a correction of a kind that makes words false
        // is about what is shown (its target lies in the passage, or it has
        // no target and the whole text is shown).
        bool falsified = false;
        bool unclassified = false;
        for (const Note *note : entry.notesOn(question.claimSourceId)) {
            if (!note->kind) {
                unclassified = true;
                continue;
            }
            if (!makesFalse(*note->kind))
                continue;
            const QString target = note->hasTarget() ? note->target.in(prompt) : description->text.in(prompt);
            if (question.passage.contains(target) || target.contains(question.passage))
                falsified = true;
        }
        if (unclassified)
            report(question, languages, QStringLiteral("claim-verdict"),
                   QStringLiteral("a correction of this text has no kind, so its verdict cannot be known"));
        if (falsified == question.claimHolds || question.correctOption != (question.claimHolds ? 0 : 1))
            report(question, languages, QStringLiteral("claim-verdict"),
                   QStringLiteral("judged %1, but the corrections of what is shown make it %2")
                       .arg(question.claimHolds ? QStringLiteral("true") : QStringLiteral("false"),
                            falsified ? QStringLiteral("false") : QStringLiteral("true")));
        if (question.claimHolds) {
            for (const Note *note : entry.notesOn(question.claimSourceId)) {
                if (note->kind && makesFalse(*note->kind))
                    report(question, languages, QStringLiteral("claim-verdict"),
                           QStringLiteral("judged true although a correction makes part of the text false"));
            }
        }
        for (const Note *note : entry.notesOn(question.claimSourceId)) {
            if (!question.sourceText.contains(note->text.in(prompt)))
                report(question, languages, QStringLiteral("feedback"),
                       QStringLiteral("the feedback leaves out a correction of the text"));
        }
        if (question.options.contains(question.sourceText) || question.options.size() != 2)
            report(question, languages, QStringLiteral("one-answer"), QStringLiteral("not a true-or-false question"));
        break;
    }
    case QuestionKind::Scenario: {
        const QStringList leaks = giveawaysIn(question.passage, entry, prompt, false);
        if (!leaks.isEmpty())
            report(question, languages, QStringLiteral("giveaway"),
                   QStringLiteral("the scenario names %1").arg(leaks.join(QStringLiteral(", "))));
        // The generic code of the class fits any error of it (RFC 9110,
        // Sections 15.5.1 and 15.6.1).
        const int generic = entry.classDigit() * 100;
        if ((generic == 400 || generic == 500) && entry.code != generic && candidates.contains(generic))
            report(question, languages, QStringLiteral("one-answer"),
                   QStringLiteral("%1 could be an option, and RFC 9110 allows it for any such error").arg(generic));
        if (!question.optionsAreCodes)
            report(question, languages, QStringLiteral("one-answer"), QStringLiteral("options are codes but typed codes are refused"));
        break;
    }
    case QuestionKind::Header: {
        QSet<QString> own;
        for (const HeaderFact &header : entry.facts.headers)
            own.insert(header.name.toCaseFolded());
        int fitting = 0;
        for (const QString &option : question.options)
            fitting += own.contains(option.toCaseFolded()) ? 1 : 0;
        if (fitting != 1)
            report(question, languages, QStringLiteral("one-answer"),
                   QStringLiteral("%1 options are header fields of %2").arg(fitting).arg(entry.code));
        break;
    }
    case QuestionKind::Fact: {
        if (question.options.size() < 2)
            report(question, languages, QStringLiteral("one-answer"), QStringLiteral("fewer than two options"));
        break;
    }
    case QuestionKind::Phrase: {
        if (!question.acceptsText(entry.phrase))
            report(question, languages, QStringLiteral("one-answer"), QStringLiteral("the registry's phrase is refused"));
        for (const QString &text : question.acceptedTexts) {
            for (const StatusEntry &other : m_catalogue.entries()) {
                if (other.code != entry.code && other.status != CodeStatus::Unofficial
                    && QuestionMaker::folded(other.phrase) == QuestionMaker::folded(text))
                    report(question, languages, QStringLiteral("one-answer"),
                           QStringLiteral("accepts \"%1\", the phrase of %2").arg(text).arg(other.code));
            }
        }
        if (hasNumber(question.prompt, entry.code) && question.prompt.contains(entry.phrase))
            report(question, languages, QStringLiteral("giveaway"), QStringLiteral("the prompt holds the phrase"));
        break;
    }
    case QuestionKind::Flashcard:
        break;
    }
}

} // namespace codex
