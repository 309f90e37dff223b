#include "question.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace codex {

namespace {

// The question sentences come in both languages side by side, not through
// tr(): a question's language is a study setting (Chinese prompts with
// English answers, say), independent of the interface language.
struct Phrase
{
    const char16_t *zh;
    const char16_t *en;
    QString in(Language language) const { return QString::fromUtf16(language == Language::Chinese ? zh : en); }
};

constexpr Phrase MeaningOfCode{u"%1 是什么意思？", u"What does %1 mean?"};
constexpr Phrase EnglishPhraseOfCode{u"%1 的英文原因短语是哪一个？", u"What is the English reason phrase of %1?"};
constexpr Phrase ChineseNameOfCode{u"%1 的中文名称是哪一个？", u"What is %1 called in Chinese?"};
constexpr Phrase CodeOfName{u"哪个状态码叫“%1”？请输入三位数字。", u"Which status code is \u201c%1\u201d? Type its three digits."};
constexpr Phrase CodeOfSource{u"%1是这样描述某个状态码的。是哪一个？", u"This is how the %1 describes a status code. Which one?"};
constexpr Phrase ClaimOfSource{u"%1说 %2：这句话对吗？", u"The %1 says of %2: is this right?"};
constexpr Phrase CodeOfScenario{u"这种情况下应该返回哪个状态码？", u"Which status code fits this situation?"};
constexpr Phrase FlashcardFront{u"%1：你记得它的名称和含义吗？", u"%1: do you remember its name and meaning?"};
constexpr Phrase Right{u"对", u"Right"};
constexpr Phrase Wrong{u"不对", u"Wrong"};
constexpr Phrase CorrectionLabel{u"更正：", u"Correction: "};
constexpr Phrase NoCorrection{u"这段文字没有更正：它与现行规范一致。", u"This text carries no correction: it agrees with the current specification."};

constexpr QuestionKind KindOrder[] = {QuestionKind::Choice, QuestionKind::Code, QuestionKind::Source,
                                      QuestionKind::Claim, QuestionKind::Scenario, QuestionKind::Flashcard};
constexpr const char16_t *KindKeys[] = {u"choice", u"code", u"source", u"claim", u"scenario", u"flashcard"};

// The name a code is asked by, in a language: the registry phrase in
// English, the title in Chinese.
QString nameOf(const StatusEntry &entry, Language language)
{
    return language == Language::Chinese ? entry.title.zh : entry.phrase;
}

bool isAskable(const StatusEntry &entry)
{
    // "(Unused)" names no meaning a learner could be asked about.
    return entry.status != CodeStatus::Unused;
}

template<typename T>
void shuffle(QList<T> &items, QRandomGenerator &random)
{
    for (qsizetype i = items.size() - 1; i > 0; --i)
        items.swapItemsAt(i, random.bounded(int(i + 1)));
}

// Texts shorter than this after masking say too little to answer from.
constexpr int MinimumMaskedLength = 12;
const QString Mask = QStringLiteral("___");

} // namespace

QString kindKey(QuestionKind kind)
{
    return QString::fromUtf16(KindKeys[int(kind)]);
}

std::optional<QuestionKind> kindFromKey(const QString &key)
{
    for (int i = 0; i < int(std::size(KindKeys)); ++i) {
        if (key == QStringView(KindKeys[i]))
            return QuestionKind(i);
    }
    return std::nullopt;
}

const QList<QuestionKind> &allKinds()
{
    static const QList<QuestionKind> kinds(std::begin(KindOrder), std::end(KindOrder));
    return kinds;
}

QString StudyLanguages::key() const
{
    if (prompt == answer)
        return languageCode(prompt);
    return languageCode(prompt) + u'-' + languageCode(answer);
}

std::optional<StudyLanguages> StudyLanguages::fromKey(const QString &key)
{
    const QStringList parts = key.split(u'-');
    if (parts.size() > 2)
        return std::nullopt;
    const std::optional<Language> prompt = languageFromCode(parts.first());
    const std::optional<Language> answer = languageFromCode(parts.last());
    if (!prompt || !answer || (parts.size() == 2 && *prompt == *answer))
        return std::nullopt;
    return StudyLanguages{*prompt, *answer};
}

QuestionMaker::QuestionMaker(const Catalogue &catalogue)
    : m_catalogue(catalogue)
{
}

QString QuestionMaker::codeLabel(const StatusEntry &entry, Language language)
{
    return QStringLiteral("%1 %2").arg(entry.code).arg(nameOf(entry, language));
}

QString QuestionMaker::masked(const StatusEntry &entry, const Description &description, Language language)
{
    QString text = description.text.in(language);
    // Longest first, so that "Request Entity Too Large" goes before "Too Large" could.
    QStringList giveaways{entry.phrase, entry.title.zh, entry.title.en, description.phrase};
    giveaways += entry.aliases;
    giveaways.removeAll(QString());
    std::sort(giveaways.begin(), giveaways.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &giveaway : std::as_const(giveaways))
        text.replace(giveaway, Mask, Qt::CaseInsensitive);
    // The code's own digits, not those of codes it is compared with (or
    // longer numbers that contain them). Scanned by hand: a regular
    // expression built per text was most of the cost of listing a deck.
    const QString digits = QString::number(entry.code);
    for (qsizetype at = text.indexOf(digits); at >= 0; at = text.indexOf(digits, at + 1)) {
        const bool before = at > 0 && text.at(at - 1).isDigit();
        const bool after = at + digits.size() < text.size() && text.at(at + digits.size()).isDigit();
        if (!before && !after) {
            text.replace(at, digits.size(), Mask);
            at += Mask.size() - 1;
        }
    }
    return text;
}

QList<const Description *> QuestionMaker::maskableDescriptions(const StatusEntry &entry) const
{
    static const QRegularExpression masks(QStringLiteral("___|[\\s\\p{P}]"));
    QList<const Description *> result;
    for (const Description &description : entry.descriptions) {
        bool enough = true;
        for (const Language language : {Language::Chinese, Language::English}) {
            QString rest = masked(entry, description, language);
            rest.remove(masks);
            enough = enough && rest.size() >= MinimumMaskedLength;
        }
        if (enough)
            result << &description;
    }
    return result;
}

bool QuestionMaker::hasThreeDistractors(const StatusEntry &entry) const
{
    // What distractors() would find, without shuffling: three codes of the
    // class whose wording differs from the answer's and each other's.
    QSet<QString> english{entry.phrase.toCaseFolded()};
    QSet<QString> chinese{entry.title.zh};
    for (const StatusEntry &other : m_catalogue.entries()) {
        if (other.code == entry.code || other.classDigit() != entry.classDigit() || !isAskable(other)
            || (entry.status != CodeStatus::Unofficial && other.status == CodeStatus::Unofficial))
            continue;
        english.insert(other.phrase.toCaseFolded());
        chinese.insert(other.title.zh);
        if (english.size() > 3 && chinese.size() > 3)
            return true;
    }
    return false;
}

bool QuestionMaker::canAsk(const StatusEntry &entry, QuestionKind kind) const
{
    if (!isAskable(entry))
        return false;
    switch (kind) {
    case QuestionKind::Choice:
        return hasThreeDistractors(entry);
    case QuestionKind::Code:
    case QuestionKind::Flashcard:
        return true;
    case QuestionKind::Source:
        return hasThreeDistractors(entry) && !maskableDescriptions(entry).isEmpty();
    case QuestionKind::Claim:
        return std::any_of(entry.descriptions.cbegin(), entry.descriptions.cend(),
                           [&](const Description &d) { return !entry.notesOn(d.sourceId).isEmpty(); });
    case QuestionKind::Scenario:
        return !entry.scenarios.isEmpty() && hasThreeDistractors(entry);
    }
    return false;
}

QList<int> QuestionMaker::distractors(const StatusEntry &entry, int count, Language language, quint32 seed) const
{
    QRandomGenerator random(seed ^ quint32(entry.code) * 2654435761u);
    const bool unofficialAllowed = entry.status == CodeStatus::Unofficial;
    const auto plausible = [&](const StatusEntry *other) {
        return other && other->code != entry.code && other->classDigit() == entry.classDigit() && isAskable(*other)
            && (unofficialAllowed || other->status != CodeStatus::Unofficial);
    };
    // The codes learners confuse with this one first: its related codes and
    // those that name it as related, then the rest of its class.
    QList<int> close;
    for (const int code : entry.related) {
        if (plausible(m_catalogue.entry(code)))
            close << code;
    }
    for (const StatusEntry &other : m_catalogue.entries()) {
        if (plausible(&other) && other.related.contains(entry.code) && !close.contains(other.code))
            close << other.code;
    }
    QList<int> rest;
    for (const StatusEntry &other : m_catalogue.entries()) {
        if (plausible(&other) && !close.contains(other.code))
            rest << other.code;
    }
    shuffle(close, random);
    shuffle(rest, random);
    // Mostly close codes, but not only: otherwise the same three would
    // always stand beside the answer and it could be learnt by elimination.
    const int fromClose = std::min<int>(close.size(), count - (count > 2 ? 1 : 0));
    QList<int> ordered = close.mid(0, fromClose) + rest + close.mid(fromClose);

    QList<int> result;
    QSet<QString> wordings{nameOf(entry, language).toCaseFolded()};
    for (const int code : std::as_const(ordered)) {
        if (result.size() == count)
            break;
        const QString wording = nameOf(*m_catalogue.entry(code), language).toCaseFolded();
        if (wordings.contains(wording))
            continue;
        wordings.insert(wording);
        result << code;
    }
    return result;
}

Question QuestionMaker::make(const StatusEntry &entry, QuestionKind kind, const StudyLanguages &languages,
                             quint32 seed) const
{
    QRandomGenerator random(seed);
    const Language prompt = languages.prompt;
    const Language answer = languages.answer;
    Question question;
    question.kind = kind;
    question.code = entry.code;
    question.answerText = codeLabel(entry, answer);
    question.explanation = entry.summary.in(prompt);

    // Four codes in a shuffled order, the answer among them.
    const auto chooseCode = [&](const auto &label) {
        QList<int> codes = distractors(entry, 3, answer, random.generate());
        codes << entry.code;
        shuffle(codes, random);
        for (const int code : std::as_const(codes))
            question.options << label(*m_catalogue.entry(code));
        question.optionCodes = codes;
        question.correctOption = int(codes.indexOf(entry.code));
    };
    const auto sourceName = [&](const Description &description, Language language) {
        const Source *source = m_catalogue.source(description.sourceId);
        return source ? source->name.in(language) : description.sourceId;
    };

    switch (kind) {
    case QuestionKind::Choice: {
        const QString code = QString::number(entry.code);
        if (prompt == answer)
            question.prompt = MeaningOfCode.in(prompt).arg(code);
        else if (answer == Language::English)
            question.prompt = EnglishPhraseOfCode.in(prompt).arg(code);
        else
            question.prompt = ChineseNameOfCode.in(prompt).arg(code);
        chooseCode([&](const StatusEntry &option) { return nameOf(option, answer); });
        question.answerText = nameOf(entry, answer);
        break;
    }
    case QuestionKind::Code: {
        // Asked by its phrase, a former name or its Chinese title; in the
        // answer language, which is the one being learnt.
        QStringList cues{nameOf(entry, answer)};
        if (answer == Language::English)
            cues += entry.aliases;
        // A name with the digits in it ("Error 530") would give the answer away.
        cues.erase(std::remove_if(cues.begin(), cues.end(),
                                  [&](const QString &cue) { return cue.contains(QString::number(entry.code)); }),
                   cues.end());
        if (cues.isEmpty())
            cues << nameOf(entry, answer);
        const QString cue = cues.at(random.bounded(int(cues.size())));
        question.prompt = CodeOfName.in(prompt).arg(cue);
        break;
    }
    case QuestionKind::Source: {
        const QList<const Description *> candidates = maskableDescriptions(entry);
        const Description *description = candidates.at(random.bounded(int(candidates.size())));
        question.prompt = CodeOfSource.in(prompt).arg(sourceName(*description, prompt));
        question.passage = masked(entry, *description, prompt);
        question.sourceLabel = sourceName(*description, prompt);
        question.sourceText = description->text.in(prompt);
        // What the source got wrong is part of the answer.
        for (const Note *note : entry.notesOn(description->sourceId))
            question.sourceText += QStringLiteral("\n\n") + CorrectionLabel.in(prompt) + note->text.in(prompt);
        chooseCode([&](const StatusEntry &option) { return codeLabel(option, answer); });
        break;
    }
    case QuestionKind::Claim: {
        // Corrected texts are wrong, uncorrected ones right: ask both, so
        // that "wrong" cannot be guessed every time.
        QList<const Description *> corrected;
        QList<const Description *> uncorrected;
        for (const Description &description : entry.descriptions)
            (entry.notesOn(description.sourceId).isEmpty() ? uncorrected : corrected) << &description;
        const bool askRight = !uncorrected.isEmpty() && random.bounded(2) == 0;
        const QList<const Description *> &pool = askRight ? uncorrected : corrected;
        const Description *description = pool.at(random.bounded(int(pool.size())));
        question.prompt = ClaimOfSource.in(prompt).arg(sourceName(*description, prompt)).arg(entry.code);
        question.passage = description->text.in(prompt);
        question.options = {Right.in(prompt), Wrong.in(prompt)};
        question.correctOption = askRight ? 0 : 1;
        question.answerText = question.options.at(question.correctOption);
        question.sourceLabel = sourceName(*description, prompt);
        QStringList corrections;
        for (const Note *note : entry.notesOn(description->sourceId))
            corrections << note->text.in(prompt);
        question.sourceText = askRight ? NoCorrection.in(prompt) : corrections.join(QStringLiteral("\n\n"));
        break;
    }
    case QuestionKind::Scenario: {
        const LocalizedText &scenario = entry.scenarios.at(random.bounded(int(entry.scenarios.size())));
        question.prompt = CodeOfScenario.in(prompt);
        question.passage = scenario.in(prompt);
        chooseCode([&](const StatusEntry &option) { return codeLabel(option, answer); });
        break;
    }
    case QuestionKind::Flashcard:
        question.prompt = FlashcardFront.in(prompt).arg(entry.code);
        question.back = codeLabel(entry, answer) + u'\n' + nameOf(entry, answer == Language::English
                                                                             ? Language::Chinese
                                                                             : Language::English)
                      + QStringLiteral("\n\n") + entry.summary.in(answer);
        break;
    }
    return question;
}

} // namespace codex
