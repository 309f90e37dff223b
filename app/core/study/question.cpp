#include "question.h"

#include <QCoreApplication>
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

constexpr Phrase MeaningOfCode{u"%1 的中文名称是哪一个？", u"What is the reason phrase of %1?"};
constexpr Phrase EnglishPhraseOfCode{u"%1 的英文原因短语是哪一个？", u"What is the English reason phrase of %1?"};
constexpr Phrase ChineseNameOfCode{u"%1 的中文名称是哪一个？", u"What is %1 called in Chinese?"};
constexpr Phrase CodeOfName{u"哪个状态码叫“%1”？请输入三位数字。", u"Which status code is \u201c%1\u201d? Type its three digits."};
constexpr Phrase CodeOfRegistryPhrase{u"注册表中原因短语为“%1”的是哪个状态码？请输入三位数字。",
                                      u"Which registered status code has the reason phrase \u201c%1\u201d? Type its three digits."};
constexpr Phrase CodeOfTitleAndPhrase{u"哪个状态码叫“%1”（注册的原因短语是 %2）？请输入三位数字。",
                                      u"Which status code is \u201c%1\u201d (registered as %2)? Type its three digits."};
constexpr Phrase CodeOfVendorName{u"%2用哪个状态码表示“%1”？请输入三位数字。",
                                  u"Which status code does %2 use for \u201c%1\u201d? Type its three digits."};
constexpr Phrase CodeOfFormerName{u"哪个状态码的旧称（%2）是“%1”？请输入三位数字。",
                                  u"Which status code was formerly called \u201c%1\u201d (%2)? Type its three digits."};
// No verb agrees with the source's name in English: "the Study notes" is plural.
constexpr Phrase CodeOfSource{u"%1是这样描述某个状态码的。是哪一个？",
                              u"In the %1, a status code is described like this. Which one?"};
constexpr Phrase ClaimOfSource{u"%1对 %2 的说明如下。这段说明符合现行规范吗？",
                               u"In the %1, about %2: is this true under the current specifications?"};
constexpr Phrase CodeOfScenario{u"这种情况下最贴切的状态码是哪一个？", u"Which status code fits this situation best?"};
constexpr Phrase FlashcardFront{u"%1：你记得它的名称和含义吗？", u"%1: do you remember its name and meaning?"};
constexpr Phrase HeaderMust{u"%1 响应必须带上哪个头字段？", u"Which header field must a %1 response carry?"};
constexpr Phrase HeaderShould{u"%1 响应应当带上哪个头字段？", u"Which header field should a %1 response carry?"};
constexpr Phrase FactCacheable{u"没有显式的缓存指令时，%1 响应默认可以被缓存吗？",
                               u"Without explicit cache directives, is a %1 response cacheable by default?"};
constexpr Phrase FactMethod{u"跟随 %1 重定向时，用户代理对原来的 POST 请求怎么做？",
                            u"When a user agent follows a %1 redirect, what happens to an original POST?"};
constexpr Phrase FactOrigin{u"%1 响应通常由谁生成？", u"Who generates a %1 response?"};
constexpr Phrase PhraseOfCode{u"写出 %1 的英文原因短语。", u"Type the reason phrase of %1."};
constexpr Phrase Yes{u"是", u"Yes"};
constexpr Phrase No{u"否", u"No"};
constexpr Phrase MethodMayChange{u"可以改成 GET，也可以保留", u"It may be changed to GET"};
constexpr Phrase MethodBecomesGet{u"改成 GET（HEAD 除外）", u"It becomes a GET (HEAD stays HEAD)"};
constexpr Phrase MethodKept{u"必须保留 POST 和请求内容", u"It must stay a POST, with its content"};
constexpr Phrase ByOrigin{u"源服务器", u"The origin server"};
constexpr Phrase ByIntermediary{u"网关或代理", u"A gateway or proxy"};
constexpr Phrase ByAny{u"源服务器或中间方都可能", u"Either the origin server or an intermediary"};
constexpr Phrase Holds{u"符合现行规范", u"True"};
constexpr Phrase Fails{u"不符合现行规范", u"False"};
constexpr Phrase HoldsVerdict{u"这段说明符合现行规范。", u"This passage is true under the current specifications."};
constexpr Phrase FailsVerdict{u"这段说明不符合现行规范。", u"This passage is false under the current specifications."};
constexpr Phrase CorrectionLabel{u"更正：", u"Correction: "};
constexpr Phrase CorrectionNotOfText{u"更正（不涉及上面这段文字的对错）：",
                                     u"Correction (it does not make the passage above false): "};
constexpr Phrase NoCorrection{u"这段文字没有更正：它与现行规范一致。",
                              u"This text carries no correction: it agrees with the current specifications."};
constexpr Phrase YouChose{u"你选的 %1 表示：%2", u"You chose %1: that means %2"};
constexpr Phrase YouChoseName{u"你选的“%1”是 %2 的名称：%3", u"You chose \u201c%1\u201d, the name of %2: %3"};
constexpr Phrase YouTyped{u"你输入的 %1 表示：%2", u"You typed %1: that means %2"};
constexpr Phrase FormerName{u"“%1”是 %2 的旧称（%3），注册表现在的原因短语是 %4。",
                            u"\u201c%1\u201d is a former name of %2 (%3); the registry's phrase today is %4."};
constexpr Phrase OtherName{u"“%1”是 %2 的另一个名称，注册表的原因短语是 %3。",
                           u"\u201c%1\u201d is another name of %2; the registry's phrase is %3."};
constexpr Phrase VendorCue{u"“%1”是 %3 给 %2 起的名称，不是注册表的原因短语。",
                           u"\u201c%1\u201d is what %3 calls %2; it is not a registry phrase."};
constexpr Phrase SectionSays{u"依据：%1。", u"See %1."};

constexpr QuestionKind KindOrder[] = {QuestionKind::Choice, QuestionKind::Code,      QuestionKind::Source,
                                      QuestionKind::Claim,  QuestionKind::Scenario,  QuestionKind::Flashcard,
                                      QuestionKind::Header, QuestionKind::Fact,      QuestionKind::Phrase};
constexpr const char16_t *KindKeys[] = {u"choice",    u"code",   u"source", u"claim", u"scenario",
                                        u"flashcard", u"header", u"fact",   u"phrase"};

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

bool isRegistered(const StatusEntry &entry)
{
    return entry.status != CodeStatus::Unofficial;
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

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x3400 && u <= 0x9FFF;
}

// What a learner reads in one line after an answer about a code.
QString meaning(const StatusEntry &entry, Language language)
{
    const QString line = entry.oneLine.in(language);
    if (!line.isEmpty())
        return line;
    const QString &summary = entry.summary.in(language);
    static const QRegularExpression end(QStringLiteral("(?<=[。！？])|(?<=[.!?])\\s"));
    const QRegularExpressionMatch match = end.match(summary);
    return (match.hasMatch() ? summary.left(match.capturedStart()) : summary).simplified();
}

// English words too common in HTTP to give a code away.
bool isCommonWord(const QString &word)
{
    static const QSet<QString> common{
        QStringLiteral("the"),     QStringLiteral("and"),      QStringLiteral("for"),    QStringLiteral("not"),
        QStringLiteral("too"),     QStringLiteral("request"),  QStringLiteral("response"), QStringLiteral("server"),
        QStringLiteral("client"),  QStringLiteral("status"),   QStringLiteral("code"),   QStringLiteral("error"),
        QStringLiteral("http"),    QStringLiteral("with"),     QStringLiteral("required"), QStringLiteral("failed"),
        QStringLiteral("invalid"), QStringLiteral("resource"), QStringLiteral("use"),    QStringLiteral("has"),
        QStringLiteral("been"),    QStringLiteral("new"),      QStringLiteral("other"),  QStringLiteral("only")};
    return word.size() < 4 || common.contains(word.toCaseFolded());
}

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

QString kindName(QuestionKind kind)
{
    switch (kind) {
    case QuestionKind::Choice: return QCoreApplication::translate("codex::Question", "choice");
    case QuestionKind::Code: return QCoreApplication::translate("codex::Question", "code from a name");
    case QuestionKind::Source: return QCoreApplication::translate("codex::Question", "source text");
    case QuestionKind::Claim: return QCoreApplication::translate("codex::Question", "true or false");
    case QuestionKind::Scenario: return QCoreApplication::translate("codex::Question", "scenario");
    case QuestionKind::Flashcard: return QCoreApplication::translate("codex::Question", "flashcard");
    case QuestionKind::Header: return QCoreApplication::translate("codex::Question", "header field");
    case QuestionKind::Fact: return QCoreApplication::translate("codex::Question", "fact");
    case QuestionKind::Phrase: return QCoreApplication::translate("codex::Question", "typed phrase");
    }
    return kindKey(kind);
}

QString halfWidth(const QString &typed)
{
    QString text = typed;
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QChar(u' ');
    }
    return text.trimmed();
}

bool Question::acceptsText(const QString &typed, QString *note) const
{
    const QString answer = QuestionMaker::folded(halfWidth(typed));
    if (answer.isEmpty())
        return false;
    for (int i = 0; i < acceptedTexts.size(); ++i) {
        if (QuestionMaker::folded(acceptedTexts.at(i)) == answer) {
            if (note)
                *note = acceptedNotes.value(i);
            return true;
        }
    }
    return false;
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
    for (const StatusEntry &entry : catalogue.entries()) {
        for (const Language language : {Language::Chinese, Language::English}) {
            QHash<QString, QList<int>> &index = language == Language::Chinese ? m_namesZh : m_namesEn;
            const QStringList names = foldedNames(entry, language);
            (language == Language::Chinese ? m_foldedZh : m_foldedEn).insert(entry.code, names);
            for (const QString &name : names) {
                QList<int> &codes = index[name];
                if (!codes.contains(entry.code))
                    codes << entry.code;
            }
        }
    }
}

QString QuestionMaker::folded(const QString &name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            result += c.toCaseFolded();
    }
    result.replace(u'它', u'他');
    return result;
}

QString QuestionMaker::vendorName(const StatusEntry &entry, Language language)
{
    // "nginx，仅在内部使用……" -> "nginx": who, without the how.
    static const QRegularExpression end(QStringLiteral("[,，;；(（。.:：]"));
    const QString &usedBy = entry.usedBy.in(language);
    const qsizetype at = usedBy.indexOf(end);
    return (at < 0 ? usedBy : usedBy.left(at)).trimmed();
}

QStringList QuestionMaker::namesOf(const StatusEntry &entry, Language language) const
{
    // Worked out once, in the constructor: listing a deck asks for them
    // thousands of times.
    const QHash<int, QStringList> &cache = language == Language::Chinese ? m_foldedZh : m_foldedEn;
    const auto found = cache.constFind(entry.code);
    if (found != cache.cend() && m_catalogue.entry(entry.code) == &entry)
        return *found;
    return foldedNames(entry, language);
}

QStringList QuestionMaker::foldedNames(const StatusEntry &entry, Language language)
{
    QStringList names;
    if (language == Language::Chinese) {
        names << entry.title.zh;
    } else {
        names << entry.phrase << entry.title.en << entry.aliases;
        for (const CodeFacts::Name &name : entry.facts.names)
            names << name.phrase;
        for (const UnofficialUse &use : entry.unofficial)
            names << use.phrase;
    }
    names += entry.commonNames(language);
    QStringList result;
    for (const QString &name : std::as_const(names)) {
        const QString key = folded(name);
        if (!key.isEmpty() && !result.contains(key))
            result << key;
    }
    return result;
}

QList<int> QuestionMaker::codesNamed(const QString &name, Language language) const
{
    return (language == Language::Chinese ? m_namesZh : m_namesEn).value(folded(name));
}

QStringList QuestionMaker::giveawayWords(const StatusEntry &entry, Language language)
{
    QStringList names{entry.phrase, entry.title.zh, entry.title.en};
    names += entry.aliases;
    names += entry.commonNamesZh;
    names += entry.commonNamesEn;
    for (const CodeFacts::Name &name : entry.facts.names)
        names << name.phrase;
    QStringList words;
    for (const QString &name : std::as_const(names)) {
        if (name.isEmpty())
            continue;
        words << name;
        if (language == Language::Chinese) {
            // Every run of two or more Chinese characters of a name, and the
            // variants people write (其它 for 其他).
            for (qsizetype from = 0; from < name.size(); ++from) {
                for (qsizetype length = 2; from + length <= name.size(); ++length) {
                    const QString run = name.mid(from, length);
                    if (std::all_of(run.cbegin(), run.cend(), isCjk)) {
                        words << run;
                        if (run.contains(u'他'))
                            words << QString(run).replace(u'他', u'它');
                        if (run.contains(u'它'))
                            words << QString(run).replace(u'它', u'他');
                    }
                }
            }
        } else {
            static const QRegularExpression wordPattern(QStringLiteral("[A-Za-z][A-Za-z'-]*"));
            for (auto it = wordPattern.globalMatch(name); it.hasNext();) {
                const QString word = it.next().captured();
                if (!isCommonWord(word))
                    words << word;
            }
        }
    }
    words.removeDuplicates();
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return words;
}

QString QuestionMaker::codeLabel(const StatusEntry &entry, Language language)
{
    return QStringLiteral("%1 %2").arg(entry.code).arg(nameOf(entry, language));
}

QString QuestionMaker::masked(const StatusEntry &entry, const Description &description, Language language)
{
    QString text = description.text.in(language);
    QStringList giveaways = giveawayWords(entry, language);
    if (!description.phrase.isEmpty())
        giveaways.prepend(description.phrase);
    // Whole names wherever they stand; the single words of English names
    // only as words, with their endings ("conflicts").
    QStringList wholeNames{description.phrase, entry.phrase, entry.title.zh, entry.title.en};
    wholeNames += entry.aliases;
    wholeNames += entry.commonNamesZh + entry.commonNamesEn;
    for (const QString &giveaway : std::as_const(giveaways)) {
        if (language == Language::English && !wholeNames.contains(giveaway)) {
            // Scanned by hand: a regular expression per word and text was
            // most of the cost of listing a deck.
            for (qsizetype at = text.indexOf(giveaway, 0, Qt::CaseInsensitive); at >= 0;
                 at = text.indexOf(giveaway, at + 1, Qt::CaseInsensitive)) {
                if (at > 0 && text.at(at - 1).isLetterOrNumber())
                    continue;
                qsizetype end = at + giveaway.size();
                while (end < text.size() && text.at(end).isLetterOrNumber())
                    ++end;
                text.replace(at, end - at, Mask);
                at += Mask.size() - 1;
            }
        } else {
            text.replace(giveaway, Mask, Qt::CaseInsensitive);
        }
    }
    // The code's own digits, not those of codes it is compared with (or
    // longer numbers that contain them).
    const QString digits = QString::number(entry.code);
    for (qsizetype at = text.indexOf(digits); at >= 0; at = text.indexOf(digits, at + 1)) {
        const bool before = at > 0 && text.at(at - 1).isDigit();
        const bool after = at + digits.size() < text.size() && text.at(at + digits.size()).isDigit();
        if (!before && !after) {
            text.replace(at, digits.size(), Mask);
            at += Mask.size() - 1;
        }
    }
    // Runs of masks read as one.
    static const QRegularExpression runs(QStringLiteral("___(?:\\s*___)+"));
    text.replace(runs, Mask);
    return text;
}

namespace {

// The pairs of neighbouring letters and digits of a text, as numbers.
QSet<quint32> letterPairs(const QString &text)
{
    QSet<quint32> pairs;
    char16_t previous = 0;
    for (const QChar c : text) {
        if (!c.isLetterOrNumber())
            continue;
        const char16_t letter = c.toCaseFolded().unicode();
        if (previous)
            pairs.insert(quint32(previous) << 16 | letter);
        previous = letter;
    }
    return pairs;
}

bool nearlyEqualPairs(const QSet<quint32> &first, const QSet<quint32> &second)
{
    if (first.isEmpty() || second.isEmpty())
        return first == second;
    const QSet<quint32> &smaller = first.size() <= second.size() ? first : second;
    const QSet<quint32> &larger = first.size() <= second.size() ? second : first;
    qsizetype shared = 0;
    for (const quint32 pair : smaller)
        shared += larger.contains(pair) ? 1 : 0;
    return double(shared) >= 0.8 * double(larger.size());
}

} // namespace

bool QuestionMaker::nearlyEqual(const QString &a, const QString &b)
{
    // Most pairs of letters of each found in the other: the Developer
    // guide's 302 and 307 texts differ by a space.
    return nearlyEqualPairs(letterPairs(a), letterPairs(b));
}

QSet<quint32> QuestionMaker::pairsOf(const Description &description, Language language) const
{
    const QPair<const Description *, int> key{&description, int(language)};
    auto found = m_pairs.find(key);
    if (found == m_pairs.end())
        found = m_pairs.insert(key, letterPairs(description.text.in(language)));
    return *found;
}

QList<const Description *> QuestionMaker::maskableDescriptions(const StatusEntry &entry) const
{
    // What is left once the whole names and the digits are out: listing a
    // deck asks this of every code, and the word-by-word mask costs more.
    QStringList names{entry.phrase, entry.title.zh, entry.title.en};
    names += entry.aliases;
    QList<const Description *> result;
    for (const Description &description : entry.descriptions) {
        bool enough = true;
        for (const Language language : {Language::Chinese, Language::English}) {
            QString rest = description.text.in(language);
            for (const QString &name : std::as_const(names)) {
                if (!name.isEmpty())
                    rest.remove(name, Qt::CaseInsensitive);
            }
            if (!description.phrase.isEmpty())
                rest.remove(description.phrase, Qt::CaseInsensitive);
            rest.remove(QString::number(entry.code));
            const qsizetype letters = std::count_if(rest.cbegin(), rest.cend(), [](QChar c) { return c.isLetter(); });
            enough = enough && letters >= MinimumMaskedLength;
        }
        if (enough)
            result << &description;
    }
    return result;
}

QList<int> QuestionMaker::sourcePool(const StatusEntry &entry, const Description &description, Language prompt,
                                     Language answer) const
{
    // No option whose own text in this source reads nearly the same: the
    // Developer guide says the same of 302 and 307. Judged on the texts as
    // written, in both languages: masking only takes names out.
    Q_UNUSED(prompt)
    QList<int> pool;
    for (const int code : distractorPool(entry, answer)) {
        const StatusEntry &other = *m_catalogue.entry(code);
        const bool same = std::any_of(other.descriptions.cbegin(), other.descriptions.cend(), [&](const Description &d) {
            // Texts of very different lengths cannot read the same; only the
            // others are compared pair by pair (listing a deck asks this).
            const auto close = [](const QString &a, const QString &b) {
                return std::min(a.size(), b.size()) >= 0.7 * double(std::max(a.size(), b.size()));
            };
            return d.sourceId == description.sourceId
                && (close(d.text.zh, description.text.zh) || close(d.text.en, description.text.en))
                && (nearlyEqualPairs(pairsOf(d, Language::Chinese), pairsOf(description, Language::Chinese))
                    || nearlyEqualPairs(pairsOf(d, Language::English), pairsOf(description, Language::English)));
        });
        if (!same)
            pool << code;
    }
    return pool;
}

QList<const Description *> QuestionMaker::sourceDescriptions(const StatusEntry &entry) const
{
    // Only texts that leave three options in every language setting. Worked
    // out once per code: masking is the costly part of listing a deck.
    const auto cached = m_sourceDescriptions.constFind(entry.code);
    if (cached != m_sourceDescriptions.cend())
        return *cached;
    QList<const Description *> result;
    for (const Description *description : maskableDescriptions(entry)) {
        bool enough = true;
        for (const Language answer : {Language::Chinese, Language::English})
            enough = enough && sourcePool(entry, *description, answer, answer).size() >= 3;
        if (enough)
            result << description;
    }
    m_sourceDescriptions.insert(entry.code, result);
    return result;
}

bool QuestionMaker::falsifies(const Note &note)
{
    return !note.kind || makesFalse(*note.kind);
}

bool QuestionMaker::hasThreeDistractors(const StatusEntry &entry) const
{
    const auto cached = m_threeDistractors.constFind(entry.code);
    if (cached != m_threeDistractors.cend())
        return *cached;
    const bool enough = distractorPool(entry, Language::English).size() >= 3
                     && distractorPool(entry, Language::Chinese).size() >= 3;
    m_threeDistractors.insert(entry.code, enough);
    return enough;
}

QList<int> QuestionMaker::distractorPool(const StatusEntry &entry, Language language) const
{
    // Its class only (never a 1xx option for an error), no unused codes, no
    // unofficial ones beside a registered answer, and nothing that answers
    // to one of the answer's names, in either direction (301's common name
    // 永久重定向 is 308's title). Two with the same wording would be two
    // equal options: the first is kept.
    const QStringList names = namesOf(entry, language);
    const QString own = folded(nameOf(entry, language));
    QList<int> pool;
    QSet<QString> wordings{own};
    for (const StatusEntry &other : m_catalogue.entries()) {
        if (other.code == entry.code || other.classDigit() != entry.classDigit() || !isAskable(other)
            || (isRegistered(entry) && !isRegistered(other)))
            continue;
        const QString wording = folded(nameOf(other, language));
        if (namesOf(other, language).contains(own) || names.contains(wording)
            || wordings.contains(wording))
            continue;
        wordings.insert(wording);
        pool << other.code;
    }
    return pool;
}

QList<QuestionMaker::Cue> QuestionMaker::codeCues(const StatusEntry &entry, Language language) const
{
    // A name is asked only when it answers to this code alone; otherwise by
    // what makes it unique (the registry, the vendor), or not at all.
    const auto only = [&](const QString &name) { return codesNamed(name, language) == QList<int>{entry.code}; };
    const auto hasDigits = [&](const QString &name) { return name.contains(QString::number(entry.code)); };
    QList<Cue> cues;
    const QString primary = nameOf(entry, language);
    if (!hasDigits(primary)) {
        if (only(primary)) {
            cues << Cue{primary, QString(), QString()};
        } else if (isRegistered(entry)) {
            // The registry's phrase is unique among registered codes; a
            // registered code that also answers to it would still make two.
            bool registeredTwice = false;
            for (const int code : codesNamed(entry.phrase, Language::English))
                registeredTwice = registeredTwice || (code != entry.code && isRegistered(*m_catalogue.entry(code)));
            if (!registeredTwice)
                cues << Cue{primary, language == Language::English ? QStringLiteral("registry") : QStringLiteral("phrase"),
                            entry.phrase};
        } else if (!vendorName(entry, Language::English).isEmpty()) {
            bool sameVendor = false;
            for (const int code : codesNamed(primary, language)) {
                const StatusEntry &other = *m_catalogue.entry(code);
                sameVendor = sameVendor
                          || (code != entry.code && vendorName(other, Language::English) == vendorName(entry, Language::English));
            }
            if (!sameVendor)
                cues << Cue{primary, QStringLiteral("vendor"), QString()};
        }
    }
    if (language == Language::English) {
        // Former registry names, marked as such and only when unique.
        for (const CodeFacts::Name &name : entry.facts.names) {
            if (folded(name.phrase) != folded(entry.phrase) && only(name.phrase) && !hasDigits(name.phrase))
                cues << Cue{name.phrase, QStringLiteral("former"), name.rfc};
        }
    }
    return cues;
}

QList<QuestionMaker::ClaimPassage> QuestionMaker::claimPassages(const StatusEntry &entry) const
{
    // False: the words a correction of a kind that makes them false is
    // about. True: a whole text no such correction (nor an unclassified
    // one) concerns. A correction of the heading, of a citation or of an
    // omission makes nothing false.
    QList<ClaimPassage> passages;
    for (const Description &description : entry.descriptions) {
        const QList<const Note *> notes = entry.notesOn(description.sourceId);
        const bool anyFalse = std::any_of(notes.cbegin(), notes.cend(), [](const Note *n) { return falsifies(*n); });
        if (!anyFalse) {
            passages << ClaimPassage{&description, description.text.zh, description.text.en, true};
            continue;
        }
        for (const Note *note : notes) {
            if (!note->kind || !makesFalse(*note->kind))
                continue;
            const QString zh = note->hasTarget() ? note->target.zh : description.text.zh;
            const QString en = note->hasTarget() ? note->target.en : description.text.en;
            const bool seen = std::any_of(passages.cbegin(), passages.cend(), [&](const ClaimPassage &p) {
                return p.description == &description && p.zh == zh;
            });
            if (!seen)
                passages << ClaimPassage{&description, zh, en, false};
        }
    }
    return passages;
}

QList<const HeaderFact *> QuestionMaker::askableHeaders(const StatusEntry &entry) const
{
    QList<const HeaderFact *> result;
    if (!entry.facts.present || !isRegistered(entry))
        return result;
    for (const HeaderFact &header : entry.facts.headers) {
        if (header.requirement != HeaderFact::Requirement::May)
            result << &header;
    }
    if (headerPool(entry).size() < 3)
        result.clear();
    return result;
}

QStringList QuestionMaker::headerPool(const StatusEntry &entry) const
{
    // Header fields other codes go with, none that goes with this one at
    // any strength: otherwise a second option would fit.
    QSet<QString> own;
    for (const HeaderFact &header : entry.facts.headers)
        own.insert(header.name.toCaseFolded());
    if (m_allHeaders.isEmpty()) {
        for (const StatusEntry &other : m_catalogue.entries()) {
            for (const HeaderFact &header : other.facts.headers) {
                if (!m_allHeaders.contains(header.name))
                    m_allHeaders << header.name;
            }
        }
    }
    QStringList pool;
    for (const QString &name : std::as_const(m_allHeaders)) {
        if (!own.contains(name.toCaseFolded()))
            pool << name;
    }
    return pool;
}

QList<int> QuestionMaker::factVariants(const StatusEntry &entry) const
{
    // 0: cacheable by default; 1: what a redirect does to the method;
    // 2: who generates it.
    QList<int> variants;
    if (!entry.facts.present || !isRegistered(entry) || !isAskable(entry))
        return variants;
    if (entry.classDigit() >= 2)
        variants << 0;
    if (entry.facts.redirect)
        variants << 1;
    variants << 2;
    return variants;
}

bool QuestionMaker::canAsk(const StatusEntry &entry, QuestionKind kind) const
{
    if (!isAskable(entry))
        return false;
    switch (kind) {
    case QuestionKind::Choice:
        return hasThreeDistractors(entry);
    case QuestionKind::Code:
        return !codeCues(entry, Language::Chinese).isEmpty() && !codeCues(entry, Language::English).isEmpty();
    case QuestionKind::Flashcard:
        return true;
    case QuestionKind::Source:
        // Whether a text leaves three options once those reading the same
        // are out is left to make(): listing a deck asks this of every code.
        return hasThreeDistractors(entry) && !maskableDescriptions(entry).isEmpty();
    case QuestionKind::Claim:
        return !claimPassages(entry).isEmpty()
            && std::any_of(entry.descriptions.cbegin(), entry.descriptions.cend(),
                           [&](const Description &d) { return !entry.notesOn(d.sourceId).isEmpty(); });
    case QuestionKind::Scenario:
        return !entry.scenarios.isEmpty() && hasThreeDistractors(entry);
    case QuestionKind::Header:
        return !askableHeaders(entry).isEmpty();
    case QuestionKind::Fact:
        return !factVariants(entry).isEmpty();
    case QuestionKind::Phrase:
        return isRegistered(entry) && !entry.phrase.isEmpty();
    }
    return false;
}

int QuestionMaker::variantCount(const StatusEntry &entry, QuestionKind kind, const StudyLanguages &languages) const
{
    switch (kind) {
    case QuestionKind::Code:
        return std::max<int>(1, codeCues(entry, languages.answer).size());
    case QuestionKind::Source: {
        const qsizetype texts = sourceDescriptions(entry).size();
        return std::max<int>(1, texts > 0 ? texts : maskableDescriptions(entry).size());
    }
    case QuestionKind::Claim:
        return std::max<int>(1, claimPassages(entry).size());
    case QuestionKind::Scenario:
        return std::max<int>(1, entry.scenarios.size());
    case QuestionKind::Header:
        return std::max<int>(1, askableHeaders(entry).size());
    case QuestionKind::Fact:
        return std::max<int>(1, factVariants(entry).size());
    case QuestionKind::Choice:
    case QuestionKind::Flashcard:
    case QuestionKind::Phrase:
        break;
    }
    return 1;
}

QList<int> QuestionMaker::distractors(const StatusEntry &entry, int count, Language language, quint32 seed) const
{
    return drawFrom(entry, distractorPool(entry, language), count, seed);
}

QList<int> QuestionMaker::drawFrom(const StatusEntry &entry, const QList<int> &pool, int count, quint32 seed) const
{
    QRandomGenerator random(seed ^ quint32(entry.code) * 2654435761u);
    // The codes learners confuse with this one first: its related codes and
    // those that name it as related, then the rest of its class.
    QList<int> close;
    QList<int> rest;
    for (const int code : pool) {
        if (entry.related.contains(code) || m_catalogue.entry(code)->related.contains(entry.code))
            close << code;
        else
            rest << code;
    }
    shuffle(close, random);
    shuffle(rest, random);
    // Mostly close codes, but not only: otherwise the same three would
    // always stand beside the answer and it could be learnt by elimination.
    const int fromClose = std::min<int>(close.size(), count - (count > 2 ? 1 : 0));
    const QList<int> ordered = close.mid(0, fromClose) + rest + close.mid(fromClose);
    return ordered.mid(0, count);
}

QList<int> QuestionMaker::scenarioPool(const StatusEntry &entry, Language language) const
{
    QList<int> pool = distractorPool(entry, language);
    const int generic = entry.classDigit() * 100;
    if (entry.code != generic && (generic == 400 || generic == 500))
        pool.removeAll(generic);
    return pool;
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
    const int variants = variantCount(entry, kind, languages);
    question.variant = int(seed % quint32(variants));

    // Four codes in a shuffled order, the answer among them.
    const auto chooseCode = [&](const QList<int> &pool, const auto &label) {
        question.distractorPool = pool;
        QList<int> codes = drawFrom(entry, pool, 3, random.generate());
        codes << entry.code;
        shuffle(codes, random);
        for (const int code : std::as_const(codes)) {
            const StatusEntry &option = *m_catalogue.entry(code);
            question.options << label(option);
            question.optionFeedback << (code == entry.code ? QString()
                                                          : YouChose.in(prompt).arg(codeLabel(option, answer),
                                                                                    meaning(option, prompt)));
        }
        question.optionCodes = codes;
        question.correctOption = int(codes.indexOf(entry.code));
    };
    const auto sourceName = [&](const Description &description, Language language) {
        const Source *source = m_catalogue.source(description.sourceId);
        return source ? source->name.in(language) : description.sourceId;
    };
    // Every correction of a source's text, whole; those that do not make
    // the words false say so.
    const auto corrections = [&](const Description &description) {
        QStringList texts;
        for (const Note *note : entry.notesOn(description.sourceId))
            texts << (falsifies(*note) ? CorrectionLabel : CorrectionNotOfText).in(prompt) + note->text.in(prompt);
        return texts;
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
        chooseCode(distractorPool(entry, answer), [&](const StatusEntry &option) { return nameOf(option, answer); });
        for (int i = 0; i < question.options.size(); ++i) {
            if (i != question.correctOption) {
                const StatusEntry &option = *m_catalogue.entry(question.optionCodes.at(i));
                question.optionFeedback[i] = YouChoseName.in(prompt).arg(question.options.at(i)).arg(option.code).arg(
                    meaning(option, prompt));
            }
        }
        question.answerText = nameOf(entry, answer);
        break;
    }
    case QuestionKind::Code: {
        // Asked by a name in the answer language, which is the one being
        // learnt; only by one that belongs to this code alone.
        const QList<Cue> cues = codeCues(entry, answer);
        question.acceptedCodes = {entry.code};
        if (cues.isEmpty()) {
            question.prompt = CodeOfRegistryPhrase.in(prompt).arg(entry.phrase);
            break;
        }
        const Cue &cue = cues.at(question.variant % cues.size());
        if (cue.qualifier == u"registry")
            question.prompt = CodeOfRegistryPhrase.in(prompt).arg(cue.text);
        else if (cue.qualifier == u"phrase")
            question.prompt = CodeOfTitleAndPhrase.in(prompt).arg(cue.text, cue.from);
        else if (cue.qualifier == u"vendor")
            question.prompt = CodeOfVendorName.in(prompt).arg(cue.text, vendorName(entry, Language::English));
        else if (cue.qualifier == u"former")
            question.prompt = CodeOfFormerName.in(prompt).arg(cue.text, cue.from);
        else
            question.prompt = CodeOfName.in(prompt).arg(cue.text);
        // Where an alias comes from is part of the answer.
        if (cue.qualifier == u"former")
            question.explanation = FormerName.in(prompt).arg(cue.text).arg(entry.code).arg(cue.from, entry.phrase)
                                 + u'\n' + question.explanation;
        else if (cue.qualifier == u"vendor")
            question.explanation = VendorCue.in(prompt).arg(cue.text).arg(entry.code).arg(vendorName(entry, Language::English)) + u'\n'
                                 + question.explanation;
        break;
    }
    case QuestionKind::Source: {
        QList<const Description *> candidates = sourceDescriptions(entry);
        if (candidates.isEmpty())
            candidates = maskableDescriptions(entry); // fewer than four options, but never two right ones
        const Description *description = candidates.at(question.variant % candidates.size());
        question.prompt = CodeOfSource.in(prompt).arg(sourceName(*description, prompt));
        question.passage = masked(entry, *description, prompt);
        question.sourceLabel = sourceName(*description, prompt);
        question.claimSourceId = description->sourceId;
        question.sourceText = description->text.in(prompt);
        // What the source got wrong is part of the answer.
        for (const QString &correction : corrections(*description))
            question.sourceText += QStringLiteral("\n\n") + correction;
        chooseCode(sourcePool(entry, *description, prompt, answer),
                   [&](const StatusEntry &option) { return codeLabel(option, answer); });
        question.optionsAreCodes = true;
        break;
    }
    case QuestionKind::Claim: {
        // True and false claims alike, so that neither can be guessed.
        const QList<ClaimPassage> passages = claimPassages(entry);
        const ClaimPassage &claim = passages.at(question.variant % passages.size());
        const Description &description = *claim.description;
        question.prompt = ClaimOfSource.in(prompt).arg(sourceName(description, prompt)).arg(entry.code);
        question.passage = prompt == Language::Chinese ? claim.zh : claim.en;
        question.options = {Holds.in(prompt), Fails.in(prompt)};
        question.correctOption = claim.holds ? 0 : 1;
        question.claimHolds = claim.holds;
        question.claimSourceId = description.sourceId;
        question.answerText = question.options.at(question.correctOption);
        question.sourceLabel = sourceName(description, prompt);
        QStringList why{(claim.holds ? HoldsVerdict : FailsVerdict).in(prompt)};
        const QStringList all = corrections(description);
        why += all.isEmpty() ? QStringList{NoCorrection.in(prompt)} : all;
        question.sourceText = why.join(QStringLiteral("\n\n"));
        break;
    }
    case QuestionKind::Scenario: {
        const LocalizedText &scenario = entry.scenarios.at(question.variant % entry.scenarios.size());
        question.prompt = CodeOfScenario.in(prompt);
        question.passage = scenario.in(prompt);
        chooseCode(scenarioPool(entry, answer), [&](const StatusEntry &option) { return codeLabel(option, answer); });
        question.optionsAreCodes = true;
        break;
    }
    case QuestionKind::Flashcard:
        question.prompt = FlashcardFront.in(prompt).arg(entry.code);
        question.back = codeLabel(entry, answer) + u'\n'
                      + nameOf(entry, answer == Language::English ? Language::Chinese : Language::English)
                      + QStringLiteral("\n\n") + entry.summary.in(answer);
        break;
    case QuestionKind::Header: {
        const QList<const HeaderFact *> headers = askableHeaders(entry);
        if (headers.isEmpty())
            break;
        const HeaderFact &header = *headers.at(question.variant % headers.size());
        question.prompt = (header.requirement == HeaderFact::Requirement::Must ? HeaderMust : HeaderShould)
                              .in(prompt)
                              .arg(entry.code);
        QStringList pool = headerPool(entry);
        shuffle(pool, random);
        QStringList options = pool.mid(0, 3);
        options << header.name;
        shuffle(options, random);
        question.options = options;
        question.correctOption = int(options.indexOf(header.name));
        for (int i = 0; i < options.size(); ++i)
            question.optionFeedback << QString();
        question.answerText = header.name;
        question.explanation = SectionSays.in(prompt).arg(header.section) + u'\n' + question.explanation;
        break;
    }
    case QuestionKind::Fact: {
        const QList<int> facts = factVariants(entry);
        if (facts.isEmpty())
            break;
        const QString code = QString::number(entry.code);
        int right = 0;
        switch (facts.at(question.variant % facts.size())) {
        case 0:
            question.prompt = FactCacheable.in(prompt).arg(code);
            question.options = {Yes.in(answer), No.in(answer)};
            right = entry.facts.cacheableByDefault ? 0 : 1;
            question.explanation = SectionSays.in(prompt).arg(entry.facts.sections.value(QStringLiteral("cacheableByDefault"),
                                                                                       entry.reference))
                                 + u'\n' + question.explanation;
            break;
        case 1:
            question.prompt = FactMethod.in(prompt).arg(code);
            question.options = {MethodMayChange.in(answer), MethodBecomesGet.in(answer), MethodKept.in(answer)};
            right = int(entry.facts.redirect->method);
            break;
        default:
            question.prompt = FactOrigin.in(prompt).arg(code);
            question.options = {ByOrigin.in(answer), ByIntermediary.in(answer), ByAny.in(answer)};
            right = int(entry.facts.generatedBy);
            break;
        }
        question.correctOption = right;
        for (int i = 0; i < question.options.size(); ++i)
            question.optionFeedback << QString();
        question.answerText = question.options.at(right);
        break;
    }
    case QuestionKind::Phrase: {
        question.prompt = PhraseOfCode.in(prompt).arg(entry.code);
        question.answerText = entry.phrase;
        question.acceptedTexts << entry.phrase;
        question.acceptedNotes << QString();
        // Former names count, with a note on where they come from.
        for (const CodeFacts::Name &name : entry.facts.names) {
            if (folded(name.phrase) == folded(entry.phrase) || codesNamed(name.phrase, Language::English).size() != 1)
                continue;
            question.acceptedTexts << name.phrase;
            question.acceptedNotes << FormerName.in(prompt).arg(name.phrase).arg(entry.code).arg(name.rfc, entry.phrase);
        }
        for (const QString &alias : entry.aliases) {
            if (question.acceptsText(alias) || codesNamed(alias, Language::English) != QList<int>{entry.code})
                continue;
            question.acceptedTexts << alias;
            question.acceptedNotes << OtherName.in(prompt).arg(alias).arg(entry.code).arg(entry.phrase);
        }
        break;
    }
    }
    return question;
}

QString QuestionMaker::feedback(const Question &question, int chosenCode, const QString &typed,
                                const StudyLanguages &languages) const
{
    const Language prompt = languages.prompt;
    const StatusEntry *entry = m_catalogue.entry(question.code);
    QStringList lines;
    if (question.kind == QuestionKind::Phrase) {
        QString note;
        if (question.acceptsText(typed, &note) && !note.isEmpty())
            lines << note;
    }
    const StatusEntry *chosen = chosenCode != question.code ? m_catalogue.entry(chosenCode) : nullptr;
    if (chosen) {
        const qsizetype option = question.optionCodes.indexOf(chosenCode);
        if (option >= 0 && !question.optionFeedback.value(option).isEmpty())
            lines << question.optionFeedback.at(option);
        else
            lines << YouTyped.in(prompt).arg(codeLabel(*chosen, languages.answer), meaning(*chosen, prompt));
        // The catalogue's word on telling the two apart.
        for (const CodeGroup &group : m_catalogue.groups()) {
            if (group.codes.contains(question.code) && group.codes.contains(chosenCode)) {
                lines << group.summary.in(prompt);
                break;
            }
        }
    }
    if (question.kind == QuestionKind::Claim || question.kind == QuestionKind::Source)
        lines << question.sourceText;
    else if (entry)
        lines << question.explanation;
    return lines.join(QStringLiteral("\n\n"));
}

} // namespace codex
