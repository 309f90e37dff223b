// The embedded catalogue: it validates, agrees with the IANA registry, holds
// every text in both languages, and quotes its sources faithfully.
#include "catalogue.h"
#include "catalogueloader.h"
#include "sentences.h"
#include "referencedata.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace codex;
using namespace codex::testdata;

namespace {

// Python's re matches \s and \d over all of Unicode; so must these, to mirror
// /work/frag/check.py (full-width spaces occur in the sources).
QRegularExpression unicodePattern(
    const QString &pattern, QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption)
{
    return QRegularExpression(pattern, options | QRegularExpression::UseUnicodePropertiesOption);
}

// A source document with its markup and all whitespace removed.
QString normalizedSource(QString text)
{
    static const QRegularExpression image = unicodePattern(QStringLiteral("!\\[[^\\]]*\\]\\([^)]*\\)"));
    static const QRegularExpression link = unicodePattern(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression quote
        = unicodePattern(QStringLiteral("^\\s*>\\s?"), QRegularExpression::MultilineOption);
    static const QRegularExpression bullet
        = unicodePattern(QStringLiteral("^\\s*[-*]\\s+"), QRegularExpression::MultilineOption);
    static const QRegularExpression numbering = unicodePattern(QStringLiteral("\\d+、"));
    static const QRegularExpression whitespace = unicodePattern(QStringLiteral("\\s+"));
    text.remove(image);
    text.replace(link, QStringLiteral("\\1"));
    text.remove(u'`');
    text.remove(QStringLiteral("**"));
    text.remove(quote);
    text.remove(bullet);
    text.remove(numbering);
    text.remove(whitespace);
    return text;
}

// A description's zh text with its list markers and all whitespace removed.
QString normalizedDescription(QString text)
{
    static const QRegularExpression marker
        = unicodePattern(QStringLiteral("^\\s*(?:[-*]|\\d+\\.)\\s+"), QRegularExpression::MultilineOption);
    static const QRegularExpression whitespace = unicodePattern(QStringLiteral("\\s+"));
    text.remove(marker);
    text.remove(whitespace);
    return text;
}

bool containsChinese(const QString &text)
{
    static const QRegularExpression cjk(QStringLiteral("[\\x{3000}-\\x{303f}\\x{3400}-\\x{9fff}\\x{ff00}-\\x{ffef}]"));
    return text.contains(cjk);
}

// Every problem with one text, named by where it is.
void checkText(const QString &where, const LocalizedText &text, QStringList *problems)
{
    if (text.zh.trimmed().isEmpty())
        *problems << where + QStringLiteral(".zh is empty");
    if (text.en.trimmed().isEmpty())
        *problems << where + QStringLiteral(".en is empty");
    if (containsChinese(text.en))
        *problems << where + QStringLiteral(".en contains Chinese: ") + text.en.left(60);
}

const QStringList sourceIds { QStringLiteral("quickref"), QStringLiteral("devguide"), QStringLiteral("notes"),
    QStringLiteral("encyclopedia"), QStringLiteral("illustrated") };
const QStringList sourceFiles { QStringLiteral("000_f5f767ccca4bd42f.txt"), QStringLiteral("001_53e05a4b119d7628.txt"),
    QStringLiteral("002_cf8e15aa7588c729.txt"), QStringLiteral("003_aa323585a85c8293.txt"),
    QStringLiteral("004_7d262271227accb9.txt") };

// The reason phrase or heading each source wrote for each code it covers,
// read off the documents' own layout: the tables' second column, the
// developer guide's "- 101 Switching Protocal" bullets, the cheat sheet's
// "### 100 Continue" headings, and the one heading the encyclopedia runs
// into another code's paragraph ("(RFC 4918 WebDAV)423 Locked").
QHash<int, QString> headingsOf(const QString &sourceId, const QString &document)
{
    static const QRegularExpression tableRow(QStringLiteral("^\\|\\s*(\\d{3})\\s*\\|\\s*([^|]*?)\\s*\\|"),
                                             QRegularExpression::MultilineOption);
    static const QRegularExpression bullet(QStringLiteral("^- (\\d{3}) (.+?)\\s*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression heading(QStringLiteral("^### (\\d{3}) (.+?)\\s*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression runIn(QStringLiteral("\\)(\\d{3}) ([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*)"));
    const QRegularExpression *pattern = &tableRow;
    if (sourceId == u"devguide")
        pattern = &bullet;
    else if (sourceId == u"illustrated")
        pattern = &heading;
    else if (sourceId == u"encyclopedia")
        pattern = &runIn;
    QHash<int, QString> headings;
    for (auto it = pattern->globalMatch(document); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!match.captured(2).isEmpty())
            headings.insert(match.captured(1).toInt(), match.captured(2));
    }
    return headings;
}

} // namespace

class TestCatalogue final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void embedded_validatesWithoutErrors();
    void embedded_hasTheFiveSourcesInOrder();
    void embedded_hasEveryClass();
    void registryCode_isPresentWithRegistryPhraseStatusAndReference_data();
    void registryCode_isPresentWithRegistryPhraseStatusAndReference();
    void unofficialCodes_areTheRegistrysGapsWithTheirUsers();
    void everyText_isInBothLanguagesWithoutChineseInEnglish();
    void relatedCodes_existAndAreNotTheCodeItself();
    void aliases_includeTheNamesUsersSearchFor_data();
    void aliases_includeTheNamesUsersSearchFor();
    void aliases_neverRepeatThePhrase();
    void descriptions_comeFromEachSourceAtMostOncePerCode();
    void normalizer_stripsMarkupButKeepsWords();
    void description_appearsVerbatimInItsSource_data();
    void description_appearsVerbatimInItsSource();
    void description_keepsItsSourcesOwnSpelling_data();
    void description_keepsItsSourcesOwnSpelling();
    void summary_hasAsManySentencesInBothLanguages();
    void oneLine_everyRegisteredCodeHasOneThatFitsALine();
    void note_namesOnlySourcesThatDescribeTheCode();
    void note_onASourceNamesThatSourceInBothLanguages();
    void note_everyCorrectionHasAKindAndFalseWordsATarget();

private:
    std::optional<Catalogue> m_catalogue;
    QHash<QString, QString> m_normalizedSources; // source id -> normalised document
    QHash<QString, QString> m_sourceDocuments;   // source id -> the document as it is
};

void TestCatalogue::initTestCase()
{
    const LoadResult result = CatalogueLoader::loadEmbedded();
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    m_catalogue = result.catalogue;
    for (qsizetype i = 0; i < sourceIds.size(); ++i) {
        const QString text = readUtf8(QStringLiteral(CODEX_TEST_DATA "/sources/") + sourceFiles.at(i));
        QVERIFY2(!text.isEmpty(), qPrintable(sourceFiles.at(i)));
        m_normalizedSources.insert(sourceIds.at(i), normalizedSource(text));
        m_sourceDocuments.insert(sourceIds.at(i), text);
    }
}

void TestCatalogue::embedded_validatesWithoutErrors()
{
    const LoadResult result = CatalogueLoader::loadEmbedded();
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
    QVERIFY(result.ok());
    QCOMPARE(result.catalogue->entries().size(), 95);
}

void TestCatalogue::oneLine_everyRegisteredCodeHasOneThatFitsALine()
{
    // The cheat sheet's line: what the code means, in a printed line beside
    // the phrase, so it neither repeats the number nor starts with the phrase.
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (const StatusEntry &entry : m_catalogue->entries()) {
        const QString code = QString::number(entry.code);
        if (entry.status == CodeStatus::Unofficial) {
            QVERIFY2(entry.oneLine.en.isEmpty() && entry.oneLine.zh.isEmpty(), qPrintable(code));
            continue;
        }
        const QString &en = entry.oneLine.en;
        const QString &zh = entry.oneLine.zh;
        QVERIFY2(!en.isEmpty() && en.size() <= 62, qPrintable(code + QStringLiteral(": ") + en));
        QVERIFY2(!zh.isEmpty() && zh.size() <= 26, qPrintable(code + QStringLiteral(": ") + zh));
        QVERIFY2(zh.contains(han), qPrintable(code + QStringLiteral(": ") + zh));
        QVERIFY2(!en.endsWith(u'.'), qPrintable(code + QStringLiteral(": ") + en));
        for (const QString &line : {en, zh}) {
            QVERIFY2(!line.startsWith(code), qPrintable(line));
            QVERIFY2(!line.startsWith(entry.phrase, Qt::CaseInsensitive), qPrintable(line));
        }
    }
}

void TestCatalogue::embedded_hasTheFiveSourcesInOrder()
{
    QStringList ids;
    for (const Source &source : m_catalogue->sources())
        ids << source.id;
    QCOMPARE(ids, sourceIds);
}

void TestCatalogue::embedded_hasEveryClass()
{
    QList<int> digits;
    for (const StatusClass &statusClass : m_catalogue->classes())
        digits << statusClass.digit;
    QCOMPARE(digits, QList<int>({ 1, 2, 3, 4, 5 }));
    for (const StatusEntry &entry : m_catalogue->entries())
        QVERIFY2(m_catalogue->statusClass(entry.classDigit()), qPrintable(QString::number(entry.code)));
}

void TestCatalogue::registryCode_isPresentWithRegistryPhraseStatusAndReference_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reference");
    const QList<RegistryRow> rows = readRegistry();
    QVERIFY2(rows.size() >= 60, "the registry copy could not be read");
    for (const RegistryRow &row : rows)
        QTest::addRow("%d", row.code) << row.code << row.phrase << row.status << row.reference;
}

void TestCatalogue::registryCode_isPresentWithRegistryPhraseStatusAndReference()
{
    QFETCH(int, code);
    QFETCH(QString, phrase);
    QFETCH(QString, status);
    QFETCH(QString, reference);
    const StatusEntry *entry = m_catalogue->entry(code);
    QVERIFY2(entry, "the registry code is missing from the catalogue");
    QCOMPARE(entry->phrase, phrase);
    QCOMPARE(statusKey(entry->status), status);
    QCOMPARE(entry->reference, reference);
}

void TestCatalogue::unofficialCodes_areTheRegistrysGapsWithTheirUsers()
{
    QSet<int> registered;
    for (const RegistryRow &row : readRegistry())
        registered.insert(row.code);
    QList<int> unofficial;
    for (const StatusEntry &entry : m_catalogue->entries()) {
        if (entry.status == CodeStatus::Unofficial) {
            unofficial << entry.code;
            QVERIFY2(!entry.usedBy.zh.isEmpty() && !entry.usedBy.en.isEmpty(), qPrintable(QString::number(entry.code)));
        } else {
            QVERIFY2(registered.contains(entry.code),
                qPrintable(QStringLiteral("%1 is not registered but not unofficial").arg(entry.code)));
        }
    }
    // The sources' two, and the vendors' codes people meet in logs and error pages.
    QCOMPARE(unofficial, QList<int>({ 419, 420, 430, 440, 444, 449, 456, 457, 460, 463, 464, 494, 495, 496, 497, 498, 499,
        509, 520, 521, 522, 523, 524, 525, 526, 529, 530, 540, 561, 598, 599 }));
    // Every use of a number outside the registry names who uses it; a number
    // can have several (499: nginx and ArcGIS) and be registered too (451).
    for (const StatusEntry &entry : m_catalogue->entries()) {
        if (entry.status == CodeStatus::Unofficial)
            QVERIFY2(!entry.unofficial.isEmpty(), qPrintable(QString::number(entry.code)));
        for (const UnofficialUse &use : entry.unofficial)
            QVERIFY(!use.usedBy.en.isEmpty() && !use.usedBy.zh.isEmpty() && !use.phrase.isEmpty() && !use.summary.en.isEmpty());
    }
    QCOMPARE(m_catalogue->entry(499)->unofficial.size(), 2);
    QCOMPARE(m_catalogue->entry(420)->unofficial.size(), 2);
    QCOMPARE(m_catalogue->entry(419)->unofficial.size(), 2);
    QCOMPARE(m_catalogue->entry(451)->status, CodeStatus::Standard);
    QVERIFY(!m_catalogue->entry(451)->unofficial.isEmpty());
}

void TestCatalogue::everyText_isInBothLanguagesWithoutChineseInEnglish()
{
    QStringList problems;
    for (const Source &source : m_catalogue->sources()) {
        checkText(QStringLiteral("sources[%1].name").arg(source.id), source.name, &problems);
        checkText(QStringLiteral("sources[%1].about").arg(source.id), source.about, &problems);
    }
    for (const StatusClass &statusClass : m_catalogue->classes()) {
        checkText(QStringLiteral("classes[%1xx].name").arg(statusClass.digit), statusClass.name, &problems);
        checkText(QStringLiteral("classes[%1xx].summary").arg(statusClass.digit), statusClass.summary, &problems);
    }
    for (const StatusEntry &entry : m_catalogue->entries()) {
        const QString where = QString::number(entry.code);
        checkText(where + QStringLiteral(".title"), entry.title, &problems);
        checkText(where + QStringLiteral(".summary"), entry.summary, &problems);
        if (entry.status == CodeStatus::Unofficial)
            checkText(where + QStringLiteral(".usedBy"), entry.usedBy, &problems);
        for (qsizetype i = 0; i < entry.descriptions.size(); ++i)
            checkText(where + QStringLiteral(".descriptions[%1]").arg(i), entry.descriptions.at(i).text, &problems);
        for (qsizetype i = 0; i < entry.notes.size(); ++i)
            checkText(where + QStringLiteral(".notes[%1]").arg(i), entry.notes.at(i).text, &problems);
        for (const QString &alias : entry.aliases) {
            if (containsChinese(alias))
                problems << where + QStringLiteral(".aliases: ") + alias;
        }
        if (containsChinese(entry.phrase))
            problems << where + QStringLiteral(".phrase: ") + entry.phrase;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestCatalogue::relatedCodes_existAndAreNotTheCodeItself()
{
    QStringList problems;
    for (const StatusEntry &entry : m_catalogue->entries()) {
        QSet<int> seen;
        for (const int code : entry.related) {
            if (code == entry.code)
                problems << QStringLiteral("%1 is related to itself").arg(code);
            else if (!m_catalogue->entry(code))
                problems
                    << QStringLiteral("%1 is related to %2, which is not in the catalogue").arg(entry.code).arg(code);
            if (seen.contains(code))
                problems << QStringLiteral("%1 names %2 twice in related").arg(entry.code).arg(code);
            seen.insert(code);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // The pairs the issue names.
    QCOMPARE(QSet<int>(m_catalogue->entry(301)->related.cbegin(), m_catalogue->entry(301)->related.cend()),
        QSet<int>({ 302, 303, 307, 308 }));
    QVERIFY(m_catalogue->entry(401)->related.contains(403));
    QVERIFY(m_catalogue->entry(401)->related.contains(407));
    QVERIFY(m_catalogue->entry(429)->related.contains(503));
}

void TestCatalogue::aliases_includeTheNamesUsersSearchFor_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("413 Payload Too Large") << 413 << QStringLiteral("Payload Too Large");
    QTest::newRow("413 Request Entity Too Large") << 413 << QStringLiteral("Request Entity Too Large");
    QTest::newRow("414 Request-URI Too Long") << 414 << QStringLiteral("Request-URI Too Long");
    QTest::newRow("416 Requested Range Not Satisfiable") << 416 << QStringLiteral("Requested Range Not Satisfiable");
    QTest::newRow("422 Unprocessable Entity") << 422 << QStringLiteral("Unprocessable Entity");
    QTest::newRow("418 I'm a teapot") << 418 << QStringLiteral("I'm a Teapot");
    QTest::newRow("302 Moved Temporarily") << 302 << QStringLiteral("Moved Temporarily");
}

void TestCatalogue::aliases_includeTheNamesUsersSearchFor()
{
    QFETCH(int, code);
    QFETCH(QString, name);
    const StatusEntry *entry = m_catalogue->entry(code);
    QVERIFY(entry);
    QVERIFY2(entry->aliases.contains(name, Qt::CaseInsensitive),
        qPrintable(QStringLiteral("aliases are: ") + entry->aliases.join(QStringLiteral(", "))));
}

void TestCatalogue::aliases_neverRepeatThePhrase()
{
    // 509 is not registered: its common name is its phrase, not an alias.
    QCOMPARE(m_catalogue->entry(509)->phrase, QStringLiteral("Bandwidth Limit Exceeded"));
    for (const StatusEntry &entry : m_catalogue->entries()) {
        for (const QString &alias : entry.aliases) {
            QVERIFY2(!alias.trimmed().isEmpty(), qPrintable(QString::number(entry.code)));
            QVERIFY2(alias != entry.phrase, qPrintable(QStringLiteral("%1: %2").arg(entry.code).arg(alias)));
        }
        QCOMPARE(QSet<QString>(entry.aliases.cbegin(), entry.aliases.cend()).size(), entry.aliases.size());
    }
}

void TestCatalogue::descriptions_comeFromEachSourceAtMostOncePerCode()
{
    QStringList problems;
    for (const StatusEntry &entry : m_catalogue->entries()) {
        QSet<QString> seen;
        for (const Description &description : entry.descriptions) {
            if (seen.contains(description.sourceId))
                problems << QStringLiteral("%1: %2 twice").arg(entry.code).arg(description.sourceId);
            seen.insert(description.sourceId);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestCatalogue::normalizer_stripsMarkupButKeepsWords()
{
    // The check below is only as good as these two functions.
    QCOMPARE(normalizedSource(QStringLiteral(
                 "| 100 | Continue | 继续。[客户端](http://x/y)应继续 |\n> - **a** `b` ![图](p.png)\n1、c 2、d")),
        QStringLiteral("|100|Continue|继续。客户端应继续|abc d").remove(u' '));
    QCOMPARE(normalizedDescription(QStringLiteral("第一段\n\n- 甲\n  - 乙\n1. 丙\n* 丁 戊")),
        QStringLiteral("第一段甲乙丙丁戊"));
    const QString &quickref = m_normalizedSources.value(QStringLiteral("quickref"));
    QVERIFY(quickref.contains(normalizedDescription(QStringLiteral("继续。客户端应继续其请求"))));
    QVERIFY(!quickref.contains(normalizedDescription(QStringLiteral("继续。服务器应继续其请求"))));
    QVERIFY(!quickref.contains(QStringLiteral("dreamdu")));
}

void TestCatalogue::description_appearsVerbatimInItsSource_data()
{
    QTest::addColumn<QString>("sourceId");
    QTest::addColumn<QString>("text");
    int rows = 0;
    for (const StatusEntry &entry : m_catalogue->entries()) {
        for (qsizetype i = 0; i < entry.descriptions.size(); ++i) {
            const Description &description = entry.descriptions.at(i);
            QTest::addRow("%d %s [%d]", entry.code, qPrintable(description.sourceId), int(i))
                << description.sourceId << description.text.zh;
            ++rows;
        }
    }
    QVERIFY(rows >= 150);
}

void TestCatalogue::description_appearsVerbatimInItsSource()
{
    QFETCH(QString, sourceId);
    QFETCH(QString, text);
    QVERIFY2(m_normalizedSources.contains(sourceId), qPrintable(sourceId));
    const QString normalized = normalizedDescription(text);
    QVERIFY(!normalized.isEmpty());
    QVERIFY2(m_normalizedSources.value(sourceId).contains(normalized),
        qPrintable(QStringLiteral("not in ") + sourceId + QStringLiteral(": ") + normalized));
}

void TestCatalogue::description_keepsItsSourcesOwnSpelling_data()
{
    QTest::addColumn<QString>("sourceId");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("heading"); // empty where the source wrote none
    int headed = 0;
    for (const QString &sourceId : sourceIds) {
        const QHash<int, QString> headings = headingsOf(sourceId, m_sourceDocuments.value(sourceId));
        for (const StatusEntry &entry : m_catalogue->entries()) {
            for (const Description &description : entry.descriptions) {
                if (description.sourceId != sourceId)
                    continue;
                QTest::addRow("%d %s", entry.code, qPrintable(sourceId)) << sourceId << entry.code
                                                                         << headings.value(entry.code);
                headed += headings.contains(entry.code) ? 1 : 0;
            }
        }
    }
    // Every description but the encyclopedia's (which has no headings) has one.
    QVERIFY2(headed >= 120, qPrintable(QString::number(headed)));
}

void TestCatalogue::description_keepsItsSourcesOwnSpelling()
{
    QFETCH(QString, sourceId);
    QFETCH(int, code);
    QFETCH(QString, heading);
    const StatusEntry *entry = m_catalogue->entry(code);
    QVERIFY(entry);
    for (const Description &description : entry->descriptions) {
        if (description.sourceId == sourceId) {
            QCOMPARE(description.phrase, heading);
            return;
        }
    }
    QFAIL("no description of that source");
}

void TestCatalogue::summary_hasAsManySentencesInBothLanguages()
{
    QStringList problems;
    for (const StatusEntry &entry : m_catalogue->entries()) {
        const int zh = testdata::chineseSentences(entry.summary.zh);
        const int en = testdata::englishSentences(entry.summary.en);
        if (zh != en)
            problems << QStringLiteral("%1: %2 sentences in Chinese, %3 in English").arg(entry.code).arg(zh).arg(en);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // The counting itself.
    QCOMPARE(testdata::englishSentences(QStringLiteral("See RFC 9110, Section 15.5.5. It is \"new\". (Really.) Yes")), 4);
    QCOMPARE(testdata::chineseSentences(QStringLiteral("见第 15.5.5 节。真的吗？是的")), 3);
}

void TestCatalogue::note_namesOnlySourcesThatDescribeTheCode()
{
    QStringList problems;
    for (const StatusEntry &entry : m_catalogue->entries()) {
        for (qsizetype i = 0; i < entry.notes.size(); ++i) {
            const Note &note = entry.notes.at(i);
            for (const Source &source : m_catalogue->sources()) {
                const bool inChinese = note.text.zh.contains(source.name.zh);
                const bool inEnglish = note.text.en.contains(source.name.en, Qt::CaseInsensitive);
                const bool described
                    = std::any_of(entry.descriptions.cbegin(), entry.descriptions.cend(),
                                  [&](const Description &description) { return description.sourceId == source.id; });
                const QString where = QStringLiteral("%1 notes[%2]: %3").arg(entry.code).arg(i).arg(source.id);
                if ((inChinese || inEnglish) && !described)
                    problems << where + QStringLiteral(" is named but does not describe the code");
                if (inChinese != inEnglish)
                    problems << where + QStringLiteral(" is named in one language only");
                // The display name, capital and all, not a spelling of one's own.
                if (inEnglish && !note.text.en.contains(source.name.en))
                    problems << where + QStringLiteral(" is named, but not as \"%1\"").arg(source.name.en);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestCatalogue::note_onASourceNamesThatSourceInBothLanguages()
{
    QStringList problems;
    int onSources = 0;
    for (const StatusEntry &entry : m_catalogue->entries()) {
        for (const Note &note : entry.notes) {
            if (note.sourceId.isEmpty())
                continue;
            ++onSources;
            const Source *source = m_catalogue->source(note.sourceId);
            if (!source || !note.text.zh.contains(source->name.zh) || !note.text.en.contains(source->name.en))
                problems << QStringLiteral("%1: a note on %2 does not name it").arg(entry.code).arg(note.sourceId);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(onSources >= 50);
}

void TestCatalogue::note_everyCorrectionHasAKindAndFalseWordsATarget()
{
    // Issue 19: the study mode judges a claim by its corrections' kinds.
    QHash<int, QString> registry;
    for (const RegistryRow &row : readRegistry())
        registry.insert(row.code, row.phrase);
    int corrections = 0;
    int headings = 0;
    for (const StatusEntry &entry : m_catalogue->entries()) {
        for (const Note &note : entry.notes) {
            const QString where = QStringLiteral("%1 %2: %3").arg(entry.code).arg(note.sourceId, note.text.en.left(80));
            QVERIFY2(note.kind, qPrintable(where));
            ++corrections;
            if (note.sourceId.isEmpty()) {
                QVERIFY2(!note.hasTarget(), qPrintable(where));
                continue;
            }
            // Words a correction makes false are named, so that a claim can show them alone.
            if (makesFalse(*note.kind))
                QVERIFY2(note.hasTarget(), qPrintable(where));
            if (*note.kind == NoteKind::Heading) {
                // A heading correction is about a heading that differs from the IANA registry's phrase.
                ++headings;
                const auto description = std::find_if(entry.descriptions.cbegin(), entry.descriptions.cend(),
                                                      [&](const Description &d) { return d.sourceId == note.sourceId; });
                QVERIFY2(description != entry.descriptions.cend() && !description->phrase.isEmpty(), qPrintable(where));
                QVERIFY2(registry.contains(entry.code), qPrintable(where));
                QVERIFY2(description->phrase != registry.value(entry.code), qPrintable(where));
            }
        }
    }
    QVERIFY2(corrections >= 120, qPrintable(QString::number(corrections)));
    QVERIFY(headings >= 10);
}

QTEST_GUILESS_MAIN(TestCatalogue)

#include "tst_catalogue.moc"
