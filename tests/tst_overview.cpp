// The overview the detail pane shows when no code is chosen: the classes and
// their counts, the common codes, example searches that really find
// something, the ways into study and comparison, in both languages and in
// the palette's colours only.
#include "catalogueloader.h"
#include "comparison.h"
#include "detailrenderer.h"
#include "overviewrenderer.h"
#include "readablecolours.h"
#include "contrastcheck.h"
#include "search.h"
#include "translations.h"

#include <QRegularExpression>
#include <QSet>
#include <QGuiApplication>
#include <QTest>
#include <QTextDocument>

using namespace codex;

namespace {

QStringList linksIn(const QString &html)
{
    static const QRegularExpression href(QStringLiteral("<a href=\"([^\"]*)\""));
    QStringList links;
    for (auto it = href.globalMatch(html); it.hasNext();)
        links << it.next().captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return links;
}

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

class TestOverview final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void classes_showTheirNamesCountsAndSummaries_data();
    void classes_showTheirNamesCountsAndSummaries();
    void commonCodes_areEachLinkedAndNoOthers();
    void exampleQueries_eachFindWhatTheyPromise_data();
    void exampleQueries_eachFindWhatTheyPromise();
    void exampleQueries_areLinksThatRoundTrip();
    void studyGuideAndGroups_areOffered();
    void links_otherTextIsNotASearchOrView();
    void chinese_translatesEveryHeading();
    void colours_comeOnlyFromThePalette();
    void colours_areLegibleInLightAndDarkPalettes_data();
    void colours_areLegibleInLightAndDarkPalettes();
    void catalogueText_isEscaped();

private:
    Catalogue m_catalogue;
    Translations m_translations;
};

void TestOverview::initTestCase()
{
    const LoadResult result = CatalogueLoader::loadEmbedded();
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    m_catalogue = *result.catalogue;
    QVERIFY(m_translations.apply(Language::English));
}

void TestOverview::classes_showTheirNamesCountsAndSummaries_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("en") << Language::English;
    QTest::newRow("zh") << Language::Chinese;
}

void TestOverview::classes_showTheirNamesCountsAndSummaries()
{
    QFETCH(Language, language);
    QVERIFY(m_translations.apply(language));
    const QString text = plainText(OverviewRenderer::render(m_catalogue, language, QPalette()));
    QVERIFY(m_translations.apply(Language::English));
    QCOMPARE(m_catalogue.classes().size(), 5);
    for (const StatusClass &statusClass : m_catalogue.classes()) {
        int registered = 0;
        int unofficial = 0;
        for (const StatusEntry &entry : m_catalogue.entries()) {
            if (entry.classDigit() == statusClass.digit)
                ++(entry.status == CodeStatus::Unofficial ? unofficial : registered);
        }
        QVERIFY(registered > 0);
        const QString heading = QStringLiteral("%1xx %2").arg(statusClass.digit).arg(statusClass.name.in(language));
        QVERIFY2(text.contains(heading), qPrintable(heading));
        QVERIFY2(text.contains(statusClass.summary.in(language)), qPrintable(statusClass.summary.in(language)));
        // The count stands right after the class's name, in the row of that class.
        const QString row = text.mid(text.indexOf(heading), heading.size() + 40);
        QVERIFY2(row.contains(QString::number(registered)), qPrintable(row));
        if (unofficial)
            QVERIFY2(row.contains(QString::number(unofficial)), qPrintable(row));
    }
}

void TestOverview::commonCodes_areEachLinkedAndNoOthers()
{
    const QString html = OverviewRenderer::render(m_catalogue, Language::English, QPalette());
    QSet<int> linked;
    for (const QString &link : linksIn(html)) {
        if (const int code = DetailRenderer::codeFromLink(link))
            linked.insert(code);
    }
    QSet<int> common;
    for (const StatusEntry &entry : m_catalogue.entries()) {
        if (entry.common)
            common.insert(entry.code);
    }
    QVERIFY(common.size() >= 25);
    QCOMPARE(linked, common);
    // Each with its phrase, kept whole on one line.
    QVERIFY(html.contains(QStringLiteral("404&nbsp;Not&nbsp;Found")));
}

void TestOverview::exampleQueries_eachFindWhatTheyPromise_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("en") << Language::English;
    QTest::newRow("zh") << Language::Chinese;
}

void TestOverview::exampleQueries_eachFindWhatTheyPromise()
{
    QFETCH(Language, language);
    const SearchIndex index(m_catalogue);
    const QList<OverviewRenderer::ExampleQuery> examples = OverviewRenderer::exampleQueries(language);
    QVERIFY(examples.size() >= 5);
    bool sawComparison = false;
    bool sawNearMatch = false;
    for (const OverviewRenderer::ExampleQuery &example : examples) {
        QVERIFY(!example.explanation.isEmpty());
        const QList<int> compared = Comparison::known(m_catalogue, Comparison::codesToCompare(example.query));
        if (compared.size() >= Comparison::MinCodes) {
            sawComparison = true;
            continue;
        }
        bool near = false;
        const QList<SearchHit> hits = index.searchOrNear(SearchQuery::parse(example.query), language, &near);
        QVERIFY2(!hits.isEmpty(), qPrintable(example.query));
        sawNearMatch = sawNearMatch || near;
    }
    QVERIFY(sawComparison);
    QVERIFY(sawNearMatch);

    // The ones whose answer is known find it first.
    const auto first = [&](const QString &query) {
        const QList<SearchHit> hits = index.searchOrNear(SearchQuery::parse(query), language);
        return hits.isEmpty() ? 0 : hits.first().code;
    };
    QCOMPARE(first(QStringLiteral("404")), 404);
    QCOMPARE(first(QStringLiteral("forbiden")), 403);
    QCOMPARE(first(QStringLiteral("StatusTeapot")), 418);
    QCOMPARE(first(examples.at(2).query), 404); // words of a phrase or title, in this language
}

void TestOverview::exampleQueries_areLinksThatRoundTrip()
{
    const QString html = OverviewRenderer::render(m_catalogue, Language::English, QPalette());
    QStringList queries;
    for (const QString &link : linksIn(html)) {
        if (const QString query = OverviewRenderer::queryFromSearchLink(link); !query.isEmpty())
            queries << query;
    }
    for (const OverviewRenderer::ExampleQuery &example : OverviewRenderer::exampleQueries(Language::English))
        QVERIFY2(queries.contains(example.query), qPrintable(example.query));
    // Each class heading searches for its class.
    for (int digit = 1; digit <= 5; ++digit)
        QVERIFY(queries.contains(QStringLiteral("%1xx").arg(digit)));
    QCOMPARE(OverviewRenderer::queryFromSearchLink(OverviewRenderer::linkForSearch(QStringLiteral("未找到 & <x>"))),
             QStringLiteral("未找到 & <x>"));
}

void TestOverview::studyGuideAndGroups_areOffered()
{
    const QStringList links = linksIn(OverviewRenderer::render(m_catalogue, Language::English, QPalette()));
    QVERIFY(links.contains(OverviewRenderer::linkForView(OverviewRenderer::View::Study)));
    QVERIFY(links.contains(OverviewRenderer::linkForView(OverviewRenderer::View::Guide)));
    QVERIFY(!m_catalogue.groups().isEmpty());
    for (const CodeGroup &group : m_catalogue.groups())
        QVERIFY2(links.contains(DetailRenderer::linkForComparison(group.codes)), qPrintable(group.id));

    // A catalogue without a guide or groups offers neither.
    const Catalogue bare(m_catalogue.sources(), m_catalogue.classes(), m_catalogue.entries());
    const QStringList bareLinks = linksIn(OverviewRenderer::render(bare, Language::English, QPalette()));
    QVERIFY(!bareLinks.contains(OverviewRenderer::linkForView(OverviewRenderer::View::Guide)));
    for (const QString &link : bareLinks)
        QVERIFY(DetailRenderer::codesFromComparisonLink(link).isEmpty());
}

void TestOverview::links_otherTextIsNotASearchOrView()
{
    QCOMPARE(OverviewRenderer::queryFromSearchLink(QStringLiteral("code:404")), QString());
    QCOMPARE(OverviewRenderer::viewFromLink(QStringLiteral("view:nothing")), OverviewRenderer::View::None);
    QCOMPARE(OverviewRenderer::viewFromLink(QStringLiteral("search:view:study")), OverviewRenderer::View::None);
    for (const OverviewRenderer::View view :
         {OverviewRenderer::View::Study, OverviewRenderer::View::Compare, OverviewRenderer::View::Guide})
        QCOMPARE(OverviewRenderer::viewFromLink(OverviewRenderer::linkForView(view)), view);
}

void TestOverview::chinese_translatesEveryHeading()
{
    QVERIFY(m_translations.apply(Language::Chinese));
    const QString zh = OverviewRenderer::render(m_catalogue, Language::Chinese, QPalette());
    QVERIFY(m_translations.apply(Language::English));
    const QString en = OverviewRenderer::render(m_catalogue, Language::English, QPalette());
    static const QRegularExpression headingText(QStringLiteral("<h[13][^>]*>([^<]*)</h[13]>"));
    const auto headings = [](const QString &html) {
        QStringList found;
        for (auto it = headingText.globalMatch(html); it.hasNext();)
            found << it.next().captured(1);
        return found;
    };
    const QStringList zhHeadings = headings(zh);
    const QStringList enHeadings = headings(en);
    QCOMPARE(zhHeadings.size(), 5); // the title and four sections
    QCOMPARE(enHeadings.size(), zhHeadings.size());
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (int i = 0; i < zhHeadings.size(); ++i) {
        QVERIFY2(zhHeadings.at(i).contains(han), qPrintable(zhHeadings.at(i)));
        QVERIFY(zhHeadings.at(i) != enHeadings.at(i));
    }
    // The Chinese overview suggests a Chinese search, and the English one does not.
    QVERIFY(plainText(zh).contains(QStringLiteral("未找到")));
    QVERIFY(!plainText(en).contains(QStringLiteral("未找到")));
}

void TestOverview::colours_comeOnlyFromThePalette()
{
    const QPalette palette = codex::test::commonDarkPalette();
    const QSet<QString> derived{ReadableColours::mutedText(palette).name(), ReadableColours::link(palette).name()};
    const QString html = OverviewRenderer::render(m_catalogue, Language::English, palette);
    static const QRegularExpression colour(QStringLiteral("#[0-9a-fA-F]{6}\\b|rgb\\(|\\b(?:red|green|blue|gr[ae]y|black|white)\\b"));
    QStringList found;
    for (auto it = colour.globalMatch(html); it.hasNext();)
        found << it.next().captured(0).toLower();
    QVERIFY(!found.isEmpty());
    for (const QString &value : std::as_const(found))
        QVERIFY2(derived.contains(value), qPrintable(value));
}

void TestOverview::colours_areLegibleInLightAndDarkPalettes_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<Language>("language");
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QTest::newRow("light en") << light << Language::English;
    QTest::newRow("light zh") << light << Language::Chinese;
    QTest::newRow("dark en") << codex::test::commonDarkPalette() << Language::English;
    QTest::newRow("dark zh") << codex::test::commonDarkPalette() << Language::Chinese;
}

void TestOverview::colours_areLegibleInLightAndDarkPalettes()
{
    QFETCH(QPalette, palette);
    QFETCH(Language, language);
    // Links a document does not colour take the application's palette.
    QGuiApplication::setPalette(palette);
    // Every run of text against what it is drawn on, as the pane lays it out.
    const QList<codex::test::ContrastProblem> problems
        = codex::test::contrastProblems(OverviewRenderer::render(m_catalogue, language, palette), palette);
    QGuiApplication::setPalette(QPalette());
    QVERIFY2(problems.isEmpty(), qPrintable(codex::test::describe(problems)));
}

void TestOverview::catalogueText_isEscaped()
{
    QList<StatusClass> classes = m_catalogue.classes();
    classes[0].name.en = QStringLiteral("<b>Bold</b> & co");
    classes[0].summary.en = QStringLiteral("<script>x</script>");
    const Catalogue tagged(m_catalogue.sources(), classes, m_catalogue.entries(), m_catalogue.groups(), m_catalogue.guide());
    const QString html = OverviewRenderer::render(tagged, Language::English, QPalette());
    QVERIFY(!html.contains(QStringLiteral("<b>Bold</b>")));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(plainText(html).contains(QStringLiteral("<b>Bold</b> & co")));
    QVERIFY(plainText(html).contains(QStringLiteral("<script>x</script>")));
}

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
