// Compare and decide: the facts of every code (invariants, and a table of
// facts read in the RFC text), the groups of codes people confuse, the
// decision guide, and the comparison in HTML, Markdown and plain text.
#include "catalogueloader.h"
#include "sentences.h"
#include "comparison.h"
#include "detailrenderer.h"
#include "readablecolours.h"
#include "referencedata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextDocument>

#include <optional>

using namespace codex;

namespace {

// Terminal columns, as Comparison counts them: CJK takes two.
int columnsOf(const QString &text)
{
    int columns = 0;
    for (const QChar c : text)
        columns += (c.unicode() >= 0x2E80 && c.unicode() <= 0xA4CF) || (c.unicode() >= 0xFF00 && c.unicode() <= 0xFF60) ? 2 : 1;
    return columns;
}

// The guide's situation table: tests/data/guide-situations.json, each
// situation with the English answers a developer gives, in order.
QJsonArray guideSituations()
{
    return QJsonDocument::fromJson(testdata::readUtf8(QStringLiteral(CODEX_TEST_DATA "/guide-situations.json")).toUtf8()).array();
}

// The words that must read the same in both languages: header field names,
// methods, protocols, numbers ("If-Match", "GET", "TLS", "100-continue").
QSet<QString> latinTerms(const QString &text)
{
    static const QRegularExpression term(QStringLiteral("[A-Za-z0-9][A-Za-z0-9\\-:.*]*[A-Za-z0-9*]|[A-Za-z0-9]"));
    QSet<QString> terms;
    for (auto match = term.globalMatch(text); match.hasNext();)
        terms.insert(match.next().captured());
    return terms;
}

} // namespace

class TestComparison final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void codesToCompare_readsTheWaysPeopleAsk_data();
    void codesToCompare_readsTheWaysPeopleAsk();
    void everyRegisteredCode_hasFacts();
    void facts_holdTheRfcsInvariants();
    void facts_agreeWithTheRfcText_data();
    void facts_agreeWithTheRfcText();
    void groups_areTheOnesLearnersCompare();
    void groupFor_findsAGroupByItsWords_data();
    void groupFor_findsAGroupByItsWords();
    void guide_leadsToEveryCodeAServerReturns();
    void guide_reachesTheRightCodeInEachSituation_data();
    void guide_reachesTheRightCodeInEachSituation();
    void guide_situationsTakeEveryAnswer();
    void guide_asksTheSameInBothLanguages();
    void guide_citesTheRegistrysSections();
    void html_showsOneColumnPerCodeAndMarksWhatDiffers();
    void html_escapesAndUsesOnlyPaletteColours();
    void markdown_isATableWithAColumnPerCode();
    void plainText_wrapsToTheWidthWithoutCuttingAWord_data();
    void plainText_wrapsToTheWidthWithoutCuttingAWord();

private:
    std::optional<Catalogue> m_catalogue;
};

void TestComparison::initTestCase()
{
    const LoadResult result = CatalogueLoader::loadEmbedded();
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    m_catalogue = result.catalogue;
}

void TestComparison::codesToCompare_readsTheWaysPeopleAsk_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("codes");
    QTest::newRow("vs") << QStringLiteral("301 vs 308") << QList<int>{301, 308};
    QTest::newRow("VS. without spaces") << QStringLiteral("301VS.308") << QList<int>{301, 308};
    QTest::newRow("spaces") << QStringLiteral("401 403 407") << QList<int>{401, 403, 407};
    QTest::newRow("Chinese or") << QStringLiteral("502 或 504") << QList<int>{502, 504};
    QTest::newRow("Chinese and") << QStringLiteral("200和204") << QList<int>{200, 204};
    QTest::newRow("commas") << QStringLiteral("400, 422") << QList<int>{400, 422};
    QTest::newRow("full-width comma") << QStringLiteral("404，410") << QList<int>{404, 410};
    QTest::newRow("or") << QStringLiteral("429 or 503") << QList<int>{429, 503};
    QTest::newRow("slash") << QStringLiteral("301/302/303/307/308") << QList<int>{301, 302, 303, 307, 308};
    QTest::newRow("a repeat counts once") << QStringLiteral("404 404 410") << QList<int>{404, 410};
    QTest::newRow("one code") << QStringLiteral("404") << QList<int>{};
    QTest::newRow("a word too") << QStringLiteral("404 gone") << QList<int>{};
    QTest::newRow("a class pattern") << QStringLiteral("4xx 5xx") << QList<int>{};
    QTest::newRow("seven codes") << QStringLiteral("200 201 202 203 204 205 206") << QList<int>{};
    QTest::newRow("two digits") << QStringLiteral("40 50") << QList<int>{};
    QTest::newRow("out of range") << QStringLiteral("600 700") << QList<int>{};
    QTest::newRow("empty") << QString() << QList<int>{};
}

void TestComparison::codesToCompare_readsTheWaysPeopleAsk()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, codes);
    QCOMPARE(Comparison::codesToCompare(query), codes);
}

void TestComparison::everyRegisteredCode_hasFacts()
{
    int withFacts = 0;
    for (const StatusEntry &entry : m_catalogue->entries()) {
        if (entry.status == CodeStatus::Unofficial)
            continue;
        QVERIFY2(entry.facts.present, qPrintable(QString::number(entry.code)));
        QVERIFY(!entry.facts.retry.zh.isEmpty() && !entry.facts.retry.en.isEmpty());
        QVERIFY2(!entry.facts.sections.value(QStringLiteral("cacheableByDefault")).isEmpty(),
                 qPrintable(QString::number(entry.code)));
        ++withFacts;
    }
    QCOMPARE(withFacts, 64);
}

void TestComparison::facts_holdTheRfcsInvariants()
{
    QStringList problems;
    for (const StatusEntry &entry : m_catalogue->entries()) {
        const CodeFacts &facts = entry.facts;
        if (!facts.present)
            continue;
        const QString code = QString::number(entry.code);
        // No 1xx, and neither 204 nor 304, carries content (RFC 9110, Sections 15.2, 15.3.5, 15.4.5).
        if ((entry.classDigit() == 1 || entry.code == 204 || entry.code == 304) && facts.contentAllowed)
            problems << code + QStringLiteral(": may not carry content");
        if (facts.redirect && entry.classDigit() != 3)
            problems << code + QStringLiteral(": a redirect outside 3xx");
        if (QList<int>{301, 302, 303, 307, 308}.contains(entry.code) && !facts.redirect)
            problems << code + QStringLiteral(": sends the client elsewhere but has no redirect");
        if (facts.redirect && facts.redirect->permanent != (entry.code == 301 || entry.code == 308))
            problems << code + QStringLiteral(": permanence");
        // A header the RFC requires is named where the reader sees the code.
        for (const HeaderFact &header : facts.headers) {
            if (header.requirement == HeaderFact::Requirement::Must
                && !entry.summary.en.contains(header.name, Qt::CaseInsensitive))
                problems << code + QStringLiteral(": the summary does not name %1, which the code requires").arg(header.name);
            if (header.section.isEmpty())
                problems << code + QStringLiteral(": %1 has no section").arg(header.name);
        }
        // Its names end with today's phrase, and its history is dated.
        if (facts.names.isEmpty() || facts.names.last().phrase != entry.phrase)
            problems << code + QStringLiteral(": the last name is not the registry's phrase");
        if (facts.introducedYear < 1990 || facts.introducedYear > 2026 || facts.introducedRfc.isEmpty())
            problems << code + QStringLiteral(": introduced %1 %2").arg(facts.introducedRfc).arg(facts.introducedYear);
        for (const CodeFacts::Name &name : facts.names) {
            if (name.rfc.isEmpty())
                problems << code + QStringLiteral(": %1 names no RFC").arg(name.phrase);
        }
        if (facts.redirect && facts.sections.value(QStringLiteral("redirect")).isEmpty())
            problems << code + QStringLiteral(": redirect has no section");
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestComparison::facts_agreeWithTheRfcText_data()
{
    // Each row read in the RFC itself; the section is where.
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("fact");
    QTest::addColumn<QString>("value");
    const auto row = [](int code, const char *fact, const char *value, const char *section) {
        QTest::addRow("%d %s (%s)", code, fact, section) << code << QString::fromLatin1(fact) << QString::fromLatin1(value);
    };
    row(200, "cacheable", "true", "RFC 9110, Section 15.1");
    row(302, "cacheable", "false", "RFC 9110, Section 15.1");
    row(307, "cacheable", "false", "RFC 9110, Section 15.1");
    row(308, "cacheable", "true", "RFC 9110, Section 15.4.9");
    row(404, "cacheable", "true", "RFC 9110, Section 15.5.5");
    row(410, "cacheable", "true", "RFC 9110, Section 15.5.11");
    row(501, "cacheable", "true", "RFC 9110, Section 15.6.2");
    row(503, "cacheable", "false", "RFC 9110, Section 15.1");
    row(429, "cacheable", "false", "RFC 6585, Section 4");
    row(205, "content", "false", "RFC 9110, Section 15.3.6");
    row(103, "content", "false", "RFC 9110, Section 15.2");
    row(200, "content", "true", "RFC 9110, Section 6.4.1");
    row(301, "redirect", "permanent may-change", "RFC 9110, Section 15.4.2");
    row(302, "redirect", "temporary may-change", "RFC 9110, Section 15.4.3");
    row(303, "redirect", "temporary becomes-get", "RFC 9110, Section 15.4.4");
    row(307, "redirect", "temporary kept", "RFC 9110, Section 15.4.8");
    row(308, "redirect", "permanent kept", "RFC 7538, Section 3");
    row(304, "redirect", "none", "RFC 9110, Section 15.4.5");
    row(101, "header", "Upgrade must", "RFC 9110, Section 15.2.2");
    row(401, "header", "WWW-Authenticate must", "RFC 9110, Section 15.5.2");
    row(405, "header", "Allow must", "RFC 9110, Section 15.5.6");
    row(407, "header", "Proxy-Authenticate must", "RFC 9110, Section 15.5.8");
    row(426, "header", "Upgrade must", "RFC 9110, Section 15.5.22");
    row(416, "header", "Content-Range should", "RFC 9110, Section 15.5.17");
    row(413, "header", "Retry-After should", "RFC 9110, Section 15.5.14");
    row(429, "header", "Retry-After may", "RFC 6585, Section 4");
    row(503, "header", "Retry-After may", "RFC 9110, Section 15.6.4");
    row(301, "header", "Location should", "RFC 9110, Section 15.4.2");
    row(502, "generatedBy", "intermediary", "RFC 9110, Section 15.6.3");
    row(504, "generatedBy", "intermediary", "RFC 9110, Section 15.6.5");
    row(511, "generatedBy", "intermediary", "RFC 6585, Section 6");
    row(421, "generatedBy", "origin", "RFC 9110, Section 15.5.20");
    row(203, "generatedBy", "intermediary", "RFC 9110, Section 15.3.4");
    row(302, "names", "Moved Temporarily|Found", "RFC 1945, Section 9.3; RFC 2616, Section 10.3.3");
    row(413, "names", "Request Entity Too Large|Payload Too Large|Content Too Large", "RFC 2068; RFC 7231; RFC 9110");
    row(416, "names", "Requested Range Not Satisfiable|Range Not Satisfiable", "RFC 2616; RFC 7233");
    row(308, "introduced", "RFC 7238 2014", "RFC 7238");
    row(425, "introduced", "RFC 8470 2018", "RFC 8470");
    row(103, "introduced", "RFC 8297 2017", "RFC 8297");
    row(429, "introduced", "RFC 6585 2012", "RFC 6585");
    row(301, "introduced", "RFC 1945 1996", "RFC 1945");
}

void TestComparison::facts_agreeWithTheRfcText()
{
    QFETCH(int, code);
    QFETCH(QString, fact);
    QFETCH(QString, value);
    const CodeFacts &facts = m_catalogue->entry(code)->facts;
    QVERIFY(facts.present);
    if (fact == u"cacheable") {
        QCOMPARE(facts.cacheableByDefault, value == u"true");
    } else if (fact == u"content") {
        QCOMPARE(facts.contentAllowed, value == u"true");
    } else if (fact == u"redirect") {
        const QString actual = facts.redirect ? QStringLiteral("%1 %2").arg(facts.redirect->permanent ? u"permanent" : u"temporary",
                                                                          redirectMethodKey(facts.redirect->method))
                                              : QStringLiteral("none");
        QCOMPARE(actual, value);
    } else if (fact == u"header") {
        const QString name = value.section(u' ', 0, 0);
        const QString requirement = value.section(u' ', 1);
        const auto found = std::find_if(facts.headers.cbegin(), facts.headers.cend(),
                                        [&](const HeaderFact &header) { return header.name == name; });
        QVERIFY2(found != facts.headers.cend(), qPrintable(name));
        QCOMPARE(requirementKey(found->requirement), requirement);
    } else if (fact == u"generatedBy") {
        QCOMPARE(originKey(facts.generatedBy), value);
    } else if (fact == u"names") {
        QStringList phrases;
        for (const CodeFacts::Name &name : facts.names)
            phrases << name.phrase;
        QCOMPARE(phrases.join(u'|'), value);
    } else if (fact == u"introduced") {
        QCOMPARE(QStringLiteral("%1 %2").arg(facts.introducedRfc).arg(facts.introducedYear), value);
    } else {
        QFAIL("unknown fact");
    }
}

void TestComparison::groups_areTheOnesLearnersCompare()
{
    const QList<std::pair<const char *, QList<int>>> required{
        {"redirects", {301, 302, 303, 307, 308}}, {"auth", {401, 403, 407}},      {"malformed", {400, 422}},
        {"missing", {404, 410}},                   {"slow-down", {429, 503}},      {"upstream", {500, 502, 503, 504}},
        {"too-large", {413, 414, 431}},            {"conditional", {304, 412, 428}}, {"success", {200, 201, 202, 204}},
        {"early", {100, 103}}};
    for (const auto &[id, codes] : required) {
        const CodeGroup *group = m_catalogue->group(QString::fromLatin1(id));
        QVERIFY2(group, id);
        QCOMPARE(group->codes, codes);
    }
    for (const CodeGroup &group : m_catalogue->groups()) {
        QVERIFY2(testdata::englishSentences(group.summary.en) >= 2, qPrintable(group.id));
        QCOMPARE(testdata::chineseSentences(group.summary.zh), testdata::englishSentences(group.summary.en));
        for (const int code : group.codes)
            QVERIFY(m_catalogue->entry(code));
    }
}

void TestComparison::groupFor_findsAGroupByItsWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("group"); // empty: none
    QTest::newRow("redirect") << QStringLiteral("redirect") << Language::English << QStringLiteral("redirects");
    QTest::newRow("Redirects, in Chinese mode") << QStringLiteral("Redirects") << Language::Chinese << QStringLiteral("redirects");
    QTest::newRow("重定向") << QStringLiteral("重定向") << Language::Chinese << QStringLiteral("redirects");
    QTest::newRow("a code is no group") << QStringLiteral("404") << Language::English << QString();
    QTest::newRow("two letters are too few") << QStringLiteral("re") << Language::English << QString();
    QTest::newRow("nothing") << QStringLiteral("zebra") << Language::English << QString();
}

void TestComparison::groupFor_findsAGroupByItsWords()
{
    QFETCH(QString, query);
    QFETCH(Language, language);
    QFETCH(QString, group);
    const CodeGroup *found = Comparison::groupFor(*m_catalogue, query, language);
    QCOMPARE(found ? found->id : QString(), group);
}

void TestComparison::guide_leadsToEveryCodeAServerReturns()
{
    const Guide &guide = m_catalogue->guide();
    QVERIFY(guide.node(guide.root));
    QSet<int> leaves;
    for (const GuideNode &node : guide.nodes) {
        QVERIFY(node.answers.size() >= 2);
        for (const GuideAnswer &answer : node.answers) {
            if (answer.isLeaf()) {
                leaves.insert(answer.code);
                QVERIFY(!answer.reason.zh.isEmpty() && !answer.reason.en.isEmpty());
                QVERIFY2(answer.section.startsWith(u"RFC"), qPrintable(answer.section));
            }
        }
    }
    QVERIFY2(leaves.size() >= 30, qPrintable(QString::number(leaves.size())));
    for (const int code : {503, 501, 414, 415, 413, 405, 401, 403, 404, 410, 409, 412, 428, 429, 422, 400, 201, 202,
                           204, 206, 304, 301, 308, 303, 307, 200})
        QVERIFY2(leaves.contains(code), qPrintable(QString::number(code)));
    // Issue 20: the codes that had no path, and the captive portal's 511.
    for (const int code : {100, 101, 103, 207, 226, 300, 423, 424, 425, 426, 508, 511})
        QVERIFY2(leaves.contains(code), qPrintable(QString::number(code)));
    // Every code a server sends is an answer or named by one as the code not
    // to use: the registered ones (with facts), and the vendors' codes that
    // travel in a status line (those with an example exchange).
    QSet<int> named = leaves;
    for (const GuideNode &node : guide.nodes) {
        for (const GuideAnswer &answer : node.answers) {
            for (const int code : GuideAnswer::codesNamedIn(answer.reason.en))
                named.insert(code);
        }
    }
    for (const StatusEntry &entry : m_catalogue->entries()) {
        if (entry.facts.present || (entry.status == CodeStatus::Unofficial && !entry.example.isEmpty()))
            QVERIFY2(named.contains(entry.code), qPrintable(QString::number(entry.code)));
    }
}

void TestComparison::guide_reachesTheRightCodeInEachSituation_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("rfc");
    const QJsonArray situations = guideSituations();
    QVERIFY2(situations.size() >= 60, qPrintable(QString::number(situations.size())));
    for (const QJsonValue &value : situations) {
        const QJsonObject situation = value.toObject();
        QStringList answers;
        for (const QJsonValue &answer : situation.value(u"answers").toArray())
            answers << answer.toString();
        QTest::newRow(qPrintable(situation.value(u"situation").toString()))
            << answers << situation.value(u"code").toInt() << situation.value(u"rfc").toString();
    }
}

// Walks the shipped guide from its root, answer by answer, as a developer
// with the situation in mind would, and must end at the code the RFC gives.
void TestComparison::guide_reachesTheRightCodeInEachSituation()
{
    QFETCH(QStringList, answers);
    QFETCH(int, code);
    QFETCH(QString, rfc);
    QVERIFY2(rfc.startsWith(u"RFC "), qPrintable(rfc));
    const Guide &guide = m_catalogue->guide();
    const GuideNode *node = guide.node(guide.root);
    const GuideAnswer *leaf = nullptr;
    for (const QString &label : std::as_const(answers)) {
        QVERIFY2(node, qPrintable(QStringLiteral("the walk went past a code before \"%1\"").arg(label)));
        const GuideAnswer *taken = nullptr;
        for (const GuideAnswer &answer : node->answers) {
            if (answer.label.en == label)
                taken = &answer;
        }
        QVERIFY2(taken, qPrintable(QStringLiteral("\"%1\" is not an answer to \"%2\"").arg(label, node->id)));
        if (taken->isLeaf()) {
            leaf = taken;
            node = nullptr;
        } else {
            node = guide.node(taken->next);
        }
    }
    QVERIFY2(leaf, "the answers stop at a question");
    QCOMPARE(leaf->code, code);
}

// The table reaches every code the guide gives, through every answer, so a
// new answer needs a situation that takes it.
void TestComparison::guide_situationsTakeEveryAnswer()
{
    const Guide &guide = m_catalogue->guide();
    QSet<QString> taken;
    QSet<int> reached;
    for (const QJsonValue &value : guideSituations()) {
        const GuideNode *node = guide.node(guide.root);
        for (const QJsonValue &label : value.toObject().value(u"answers").toArray()) {
            if (!node)
                break;
            const GuideNode *next = nullptr;
            for (const GuideAnswer &answer : node->answers) {
                if (answer.label.en != label.toString())
                    continue;
                taken.insert(node->id + u'/' + answer.label.en);
                if (answer.isLeaf())
                    reached.insert(answer.code);
                else
                    next = guide.node(answer.next);
            }
            node = next;
        }
    }
    for (const GuideNode &node : guide.nodes) {
        for (const GuideAnswer &answer : node.answers)
            QVERIFY2(taken.contains(node.id + u'/' + answer.label.en), qPrintable(node.id + u'/' + answer.label.en));
    }
    QVERIFY(reached.size() >= 50);
}

// One guide in two languages: the structure is shared, so what can differ is
// the text. Each Chinese text names the same header fields, methods and codes
// as its English, and no question offers two answers that read alike.
void TestComparison::guide_asksTheSameInBothLanguages()
{
    const Guide &guide = m_catalogue->guide();
    const auto sameTerms = [](const LocalizedText &text, const QString &where) {
        const QSet<QString> zh = latinTerms(text.zh);
        const QSet<QString> en = latinTerms(text.en);
        for (const QString &term : zh) {
            if (!en.contains(term))
                return QStringLiteral("%1: \"%2\" is in the Chinese but not the English").arg(where, term);
        }
        if (GuideAnswer::codesNamedIn(text.zh) != GuideAnswer::codesNamedIn(text.en))
            return QStringLiteral("%1: the languages name different codes").arg(where);
        return QString();
    };
    for (const GuideNode &node : guide.nodes) {
        QString problem = sameTerms(node.question, node.id);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QSet<QString> zhLabels;
        QSet<QString> enLabels;
        for (const GuideAnswer &answer : node.answers) {
            zhLabels.insert(answer.label.zh);
            enLabels.insert(answer.label.en);
            problem = sameTerms(answer.label, node.id + u'/' + answer.label.en);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            if (answer.isLeaf()) {
                problem = sameTerms(answer.reason, node.id + u'/' + answer.label.en);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
        }
        QCOMPARE(zhLabels.size(), node.answers.size());
        QCOMPARE(enLabels.size(), node.answers.size());
    }
}

// Each answer's section is where the IANA registry says the code is defined.
void TestComparison::guide_citesTheRegistrysSections()
{
    QHash<int, QString> references;
    for (const testdata::RegistryRow &row : testdata::readRegistry())
        references.insert(row.code, row.reference);
    QVERIFY(references.size() > 60);
    int checked = 0;
    for (const GuideNode &node : m_catalogue->guide().nodes) {
        for (const GuideAnswer &answer : node.answers) {
            if (!answer.isLeaf())
                continue;
            const QString reference = references.value(answer.code);
            QVERIFY2(!reference.isEmpty(), qPrintable(QString::number(answer.code)));
            // "RFC 9110, Section 15.5.1" exactly; "RFC 4918" gains the section.
            if (reference.contains(u"Section"))
                QCOMPARE(answer.section, reference);
            else
                QVERIFY2(answer.section.startsWith(reference + QStringLiteral(", Section ")), qPrintable(answer.section + QStringLiteral(" / ") + reference));
            ++checked;
        }
    }
    QVERIFY(checked >= 60);
}

void TestComparison::html_showsOneColumnPerCodeAndMarksWhatDiffers()
{
    const QList<int> codes{301, 302, 303, 307, 308, 300};
    const QString html = Comparison::renderHtml(*m_catalogue, codes, Language::English, QPalette());
    QTextDocument document;
    document.setHtml(html);
    const QString text = document.toPlainText();
    for (const int code : codes) {
        QVERIFY(html.contains(DetailRenderer::linkForCode(code)));
        QVERIFY(text.contains(m_catalogue->entry(code)->phrase));
    }
    // Redirect differs among them and says so in words; "May carry content" does not.
    const qsizetype redirect = text.indexOf(u"\nRedirect");
    QVERIFY(redirect >= 0);
    QVERIFY(text.mid(redirect, 30).contains(u"differs"));
    const qsizetype content = text.indexOf(u"May carry content");
    QVERIFY(content >= 0);
    QVERIFY(!text.mid(content, 30).contains(u"differs"));
    // Then the summaries and the sources' texts.
    QVERIFY(text.contains(m_catalogue->entry(308)->summary.en.left(40)));
    QVERIFY(text.contains(u"Encyclopedia entry"));
    // In Chinese, the labels and values too.
    const QString zh = Comparison::renderHtml(*m_catalogue, {404, 410}, Language::Chinese, QPalette());
    QVERIFY(zh.contains(m_catalogue->entry(410)->summary.zh.left(20).toHtmlEscaped()));
}

void TestComparison::html_escapesAndUsesOnlyPaletteColours()
{
    QPalette palette;
    palette.setColor(QPalette::AlternateBase, QColor(0x12, 0x34, 0x56));
    palette.setColor(QPalette::Mid, QColor(0x65, 0x43, 0x21));
    palette.setColor(QPalette::PlaceholderText, QColor(0x11, 0x22, 0x33));
    const QString html = Comparison::renderHtml(*m_catalogue, {401, 403, 407}, Language::English, palette);
    static const QRegularExpression hex(QStringLiteral("#[0-9a-fA-F]{6}"));
    QSet<QString> colours;
    for (auto it = hex.globalMatch(html); it.hasNext();)
        colours.insert(it.next().captured().toLower());
    QVERIFY(colours.contains(QStringLiteral("#123456"))); // a row that differs
    // The palette's, or derived from it to stay legible (the links').
    const QSet<QString> allowed{QStringLiteral("#123456"), QStringLiteral("#654321"),
                                ReadableColours::link(palette).name()};
    for (const QString &colour : std::as_const(colours))
        QVERIFY2(allowed.contains(colour), qPrintable(colour));
    QVERIFY(!html.contains(u"<script"));
}

void TestComparison::markdown_isATableWithAColumnPerCode()
{
    const QString markdown = Comparison::markdown(*m_catalogue, {502, 504}, Language::English);
    const QStringList lines = markdown.trimmed().split(u'\n');
    QVERIFY(lines.size() > 10);
    QVERIFY(lines.at(0).contains(u"502 Bad Gateway"));
    QCOMPARE(lines.at(1), QStringLiteral("| --- | --- | --- |"));
    static const QRegularExpression cellSeparator(QStringLiteral("(?<!\\\\)\\|"));
    for (const QString &line : lines) {
        QVERIFY2(line.startsWith(u"| ") && line.endsWith(u" |"), qPrintable(line));
        QCOMPARE(line.count(cellSeparator), 4); // three cells: label and two codes
    }
}

void TestComparison::plainText_wrapsToTheWidthWithoutCuttingAWord_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<Language>("language");
    for (const int width : {60, 100, 160}) {
        QTest::addRow("%d en", width) << width << Language::English;
        QTest::addRow("%d zh", width) << width << Language::Chinese;
    }
}

void TestComparison::plainText_wrapsToTheWidthWithoutCuttingAWord()
{
    QFETCH(int, width);
    QFETCH(Language, language);
    // As many codes as the width holds with words whole (a narrower column
    // breaks a long word across lines rather than cut it).
    const QList<int> codes = QList<int>{500, 502, 503, 504}.mid(0, width / 40 + 1);
    const QString text = Comparison::plainText(*m_catalogue, codes, language, width);
    for (const QString &line : text.split(u'\n'))
        QVERIFY2(columnsOf(line) <= width, qPrintable(QStringLiteral("%1 columns: %2").arg(columnsOf(line)).arg(line)));
    // Nothing is cut: every word of every summary (every character, in
    // Chinese, where lines break anywhere) is in the table.
    for (const int code : codes) {
        const QString summary = m_catalogue->entry(code)->summary.in(language);
        if (language == Language::English) {
            for (const QString &word : summary.split(u' ', Qt::SkipEmptyParts))
                QVERIFY2(text.contains(word), qPrintable(word));
        } else {
            for (const QChar c : summary)
                QVERIFY2(c.isSpace() || text.contains(c), qPrintable(QString(c)));
        }
    }
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
