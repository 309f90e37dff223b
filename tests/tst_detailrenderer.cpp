// The detail pane's HTML: every source under its label, notes, related
// links, aliases, both languages, escaping, highlighting, the light markup,
// and colours that come only from the palette.
#include "catalogueloader.h"
#include "detailrenderer.h"
#include "readablecolours.h"
#include "search.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace codex;

namespace {

QJsonObject localized(const QString &zh, const QString &en)
{
    return {{QStringLiteral("zh"), zh}, {QStringLiteral("en"), en}};
}

// One code whose every text field carries markup, to prove it is shown, not obeyed.
const QString Markup = QStringLiteral("<b>bold</b> & <script>alert(1)</script>");

Catalogue markupCatalogue()
{
    const QJsonObject entry{
        {QStringLiteral("code"), 299},
        {QStringLiteral("class"), 2},
        {QStringLiteral("phrase"), QStringLiteral("Tagged <i>Phrase</i>")},
        {QStringLiteral("status"), QStringLiteral("unofficial")},
        {QStringLiteral("reference"), QStringLiteral("RFC <0000> & co")},
        {QStringLiteral("title"), localized(QStringLiteral("标记 <b>标题</b>"), QStringLiteral("Tagged <b>title</b>"))},
        {QStringLiteral("aliases"), QJsonArray{QStringLiteral("Alias <u>one</u>")}},
        {QStringLiteral("summary"), localized(QStringLiteral("摘要 <b>粗</b>"), Markup)},
        {QStringLiteral("usedBy"), localized(QStringLiteral("服务器 <em>甲</em>"), QStringLiteral("Server <em>A</em>"))},
        {QStringLiteral("descriptions"),
         QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("src")},
                                {QStringLiteral("text"), localized(QStringLiteral("描述 <b>粗</b>"), Markup)}}}},
        {QStringLiteral("notes"),
         QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("src")},
                                {QStringLiteral("text"), localized(QStringLiteral("注 <b>粗</b>"),
                                                                   QStringLiteral("Note <b>bold</b> &amp;"))}}}},
        {QStringLiteral("related"), QJsonArray{200}},
    };
    const QJsonObject ok{
        {QStringLiteral("code"), 200},
        {QStringLiteral("class"), 2},
        {QStringLiteral("phrase"), QStringLiteral("OK <ok>")},
        {QStringLiteral("status"), QStringLiteral("standard")},
        {QStringLiteral("reference"), QStringLiteral("RFC 9110")},
        {QStringLiteral("title"), localized(QStringLiteral("成功"), QStringLiteral("OK"))},
        {QStringLiteral("aliases"), QJsonArray()},
        {QStringLiteral("summary"), localized(QStringLiteral("好"), QStringLiteral("Fine"))},
        {QStringLiteral("descriptions"), QJsonArray()},
        {QStringLiteral("notes"), QJsonArray()},
        {QStringLiteral("related"), QJsonArray()},
    };
    const QJsonObject root{
        {QStringLiteral("schema"), CatalogueLoader::SchemaVersion},
        {QStringLiteral("sources"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("src")},
                                {QStringLiteral("name"), localized(QStringLiteral("来源 <b>甲</b>"),
                                                                   QStringLiteral("Source <b>A</b>"))},
                                {QStringLiteral("about"), localized(QStringLiteral("测试"), QStringLiteral("Test"))}}}},
        {QStringLiteral("classes"),
         QJsonArray{QJsonObject{{QStringLiteral("class"), 2},
                                {QStringLiteral("name"), localized(QStringLiteral("成功 <b>类</b>"),
                                                                   QStringLiteral("Success <b>class</b>"))},
                                {QStringLiteral("summary"), localized(QStringLiteral("好"), QStringLiteral("Good"))}}}},
        {QStringLiteral("codes"), QJsonArray{ok, entry}},
    };
    const LoadResult result = CatalogueLoader::loadFromData(QJsonDocument(root).toJson(), QStringLiteral("markup.json"));
    if (!result.ok())
        qFatal("markup test catalogue does not load: %s", qPrintable(result.errors.join(u'\n')));
    return *result.catalogue;
}

// A palette where every role of every group has its own unusual colour, so
// that a colour in the HTML can be traced to the palette or caught as fixed.
QPalette distinctPalette()
{
    QPalette palette;
    int seed = 0x10;
    for (int group = 0; group < int(QPalette::NColorGroups); ++group) {
        for (int role = 0; role < int(QPalette::NColorRoles); ++role) {
            if (role == int(QPalette::NoRole))
                continue;
            palette.setColor(QPalette::ColorGroup(group), QPalette::ColorRole(role),
                             QColor(0x20 + seed % 0xc0, 0x31 + (seed * 7) % 0xb0, 0x43 + (seed * 13) % 0xa0));
            ++seed;
        }
    }
    palette.setColor(QPalette::Highlight, QColor(0x12, 0x34, 0x56));
    palette.setColor(QPalette::HighlightedText, QColor(0xfe, 0xdc, 0xba));
    return palette;
}

QSet<QString> paletteColours(const QPalette &palette)
{
    QSet<QString> names;
    for (int group = 0; group < int(QPalette::NColorGroups); ++group) {
        for (int role = 0; role < int(QPalette::NColorRoles); ++role)
            names.insert(palette.color(QPalette::ColorGroup(group), QPalette::ColorRole(role)).name().toLower());
    }
    return names;
}

// What a reader sees: the HTML laid out as QTextBrowser would, as plain
// text with runs of white space made single.
QString visibleText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText().simplified();
}

// A catalogue body text as it reads once its markup is gone.
QString bodyWithoutMarkup(const QString &text)
{
    static const QRegularExpression listMarker(QStringLiteral("^ *(?:[-*]|\\d+\\.) "),
                                               QRegularExpression::MultilineOption);
    QString plain = text;
    plain.remove(listMarker);
    return plain.simplified();
}

// The text of every <h4> heading (one per source), as a reader sees it.
QStringList headings(const QString &html)
{
    static const QRegularExpression h4(QStringLiteral("<h4[^>]*>(.*?)</h4>"));
    QStringList result;
    for (auto it = h4.globalMatch(html); it.hasNext();)
        result << visibleText(it.next().captured(1));
    return result;
}

// What a source's heading should read: its name, its own spelling of the
// phrase where it wrote one, and a flag when a correction follows.
QString headingFor(const StatusEntry &entry, const Description &description, const QString &name, Language)
{
    QString title = name;
    if (!description.phrase.isEmpty())
        title += QStringLiteral(" \u00b7 \u201c") + description.phrase + QStringLiteral("\u201d");
    if (!entry.notesOn(description.sourceId).isEmpty())
        title += u' ' + DetailRenderer::label(DetailRenderer::Label::CorrectedBelow);
    return visibleText(title.toHtmlEscaped());
}

} // namespace

class TestDetailRenderer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void render_showsEverySourceUnderItsLabel_data();
    void render_showsEverySourceUnderItsLabel();
    void render_putsEachCorrectionRightAfterTheTextItCorrects_data();
    void render_putsEachCorrectionRightAfterTheTextItCorrects();
    void render_correctionFollowsItsSourceImmediately();
    void render_flagsOnlyTheSourcesThatCarryACorrection_data();
    void render_flagsOnlyTheSourcesThatCarryACorrection();
    void render_showsEachSourcesOwnSpelling();
    void render_correctionsUseTheNoteColoursOfAnyPalette_data();
    void render_correctionsUseTheNoteColoursOfAnyPalette();
    void render_linksRelatedCodes_data();
    void render_linksRelatedCodes();
    void codeFromLink_parsesOnlyCodeLinks_data();
    void codeFromLink_parsesOnlyCodeLinks();
    void render_showsAliases();
    void render_showsFactsAndSummary();
    void render_registeredMeaningComesBeforeTheVendorsUses_data();
    void render_registeredMeaningComesBeforeTheVendorsUses();
    void render_chinese_showsChineseContent();
    void render_english_showsNoChineseContent();
    void render_codeWithoutSources_saysSo();
    void render_escapesEveryCatalogueText_data();
    void render_escapesEveryCatalogueText();
    void render_highlightsQueryWithPaletteColours();
    void render_codeQuery_highlightsNothing();
    void escapeAndHighlight_escapesAroundMatches();
    void textToHtml_turnsMarkupIntoHtml_data();
    void textToHtml_turnsMarkupIntoHtml();
    void render_catalogueLists_becomeHtmlLists();
    void render_usesOnlyPaletteColours();
    void render_constants_nameTheVersionAndMarkOldOnes();

private:
    Catalogue m_catalogue;
    QPalette m_palette;
};

void TestDetailRenderer::initTestCase()
{
    const LoadResult result = CatalogueLoader::loadEmbedded();
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    m_catalogue = *result.catalogue;
    m_palette = distinctPalette();
}

// One row per code and language, for the codes that keep() accepts.
template<typename Keep>
void addCodeLanguageRows(const Catalogue &catalogue, Keep keep)
{
    QTest::addColumn<int>("code");
    QTest::addColumn<Language>("language");
    for (const StatusEntry &entry : catalogue.entries()) {
        if (!keep(entry))
            continue;
        for (const Language language : {Language::English, Language::Chinese})
            QTest::addRow("%d %s", entry.code, qPrintable(languageCode(language))) << entry.code << language;
    }
}

void TestDetailRenderer::render_showsEverySourceUnderItsLabel_data()
{
    addCodeLanguageRows(m_catalogue, [](const StatusEntry &) { return true; });
}

void TestDetailRenderer::render_showsEverySourceUnderItsLabel()
{
    QFETCH(int, code);
    QFETCH(Language, language);
    const StatusEntry *entry = m_catalogue.entry(code);
    QVERIFY(entry);

    const QString html = DetailRenderer::render(m_catalogue, *entry, language, QString(), m_palette);
    const QString text = visibleText(html);
    QVERIFY(text.startsWith(QStringLiteral("%1 %2").arg(code).arg(entry->phrase)));

    // The sources' section, then each source's name followed by what it says,
    // in catalogue order, each before the next source's name.
    qsizetype at = text.indexOf(DetailRenderer::label(DetailRenderer::Label::Sources));
    QVERIFY(at >= 0);
    for (int i = 0; i < entry->descriptions.size(); ++i) {
        const Description &description = entry->descriptions.at(i);
        const Source *source = m_catalogue.source(description.sourceId);
        QVERIFY(source);
        const QString name = source->name.in(language);
        QVERIFY2(headings(html).contains(headingFor(*entry, description, name, language)), qPrintable(name));
        const qsizetype nameAt = text.indexOf(name, at);
        QVERIFY2(nameAt > at, qPrintable(name));
        const QString body = bodyWithoutMarkup(description.text.in(language));
        const qsizetype bodyAt = text.indexOf(body, nameAt + name.size());
        QVERIFY2(bodyAt >= nameAt, qPrintable(body));
        if (i + 1 < entry->descriptions.size()) {
            const Source *next = m_catalogue.source(entry->descriptions.at(i + 1).sourceId);
            const qsizetype nextAt = text.indexOf(next->name.in(language), nameAt + name.size());
            QVERIFY2(bodyAt < nextAt, qPrintable(name));
        }
        at = bodyAt;
    }
    if (entry->descriptions.isEmpty())
        QVERIFY(text.contains(DetailRenderer::label(DetailRenderer::Label::NoSources)));
}

void TestDetailRenderer::render_putsEachCorrectionRightAfterTheTextItCorrects_data()
{
    addCodeLanguageRows(m_catalogue, [](const StatusEntry &entry) { return !entry.notes.isEmpty(); });
}

void TestDetailRenderer::render_putsEachCorrectionRightAfterTheTextItCorrects()
{
    QFETCH(int, code);
    QFETCH(Language, language);
    const StatusEntry *entry = m_catalogue.entry(code);
    QVERIFY(entry);
    const QString text = visibleText(DetailRenderer::render(m_catalogue, *entry, language, QString(), m_palette));
    const QString correction = DetailRenderer::label(DetailRenderer::Label::Correction) + QStringLiteral(" (")
                               + DetailRenderer::label(DetailRenderer::Label::NotTheSource) + u')';

    // What a reader meets, in order: each source's text, then its
    // corrections, each labelled, before the next source begins; then the
    // corrections that concern no single source under a heading of their own.
    QStringList expected;
    for (const Description &description : entry->descriptions) {
        expected << bodyWithoutMarkup(description.text.in(language));
        for (const Note *note : entry->notesOn(description.sourceId))
            expected << correction << bodyWithoutMarkup(note->text.in(language));
    }
    const QList<const Note *> general = entry->notesOn(QString());
    if (!general.isEmpty())
        expected << DetailRenderer::label(DetailRenderer::Label::Corrections);
    for (const Note *note : general)
        expected << correction << bodyWithoutMarkup(note->text.in(language));
    expected << DetailRenderer::label(DetailRenderer::Label::CompareWith);

    qsizetype at = text.indexOf(DetailRenderer::label(DetailRenderer::Label::Sources));
    QVERIFY(at >= 0);
    for (const QString &part : std::as_const(expected)) {
        const qsizetype next = text.indexOf(part, at);
        QVERIFY2(next >= at, qPrintable(QStringLiteral("not found in order: ") + part));
        // Nothing but white space between a correction's label and the text
        // it follows: no other source's words in between.
        at = next + part.size();
    }
    // Every correction is in the page exactly once: none is repeated at the end.
    QCOMPARE(text.count(correction), entry->notes.size());
}

void TestDetailRenderer::render_correctionFollowsItsSourceImmediately()
{
    // 404: the developer guide's text, its correction, and only then the
    // next source's heading (a reading of the pane, not of the catalogue).
    const StatusEntry *entry = m_catalogue.entry(404);
    QVERIFY(entry);
    const QList<const Note *> notes = entry->notesOn(QStringLiteral("devguide"));
    QVERIFY(!notes.isEmpty());
    const QString html = DetailRenderer::render(m_catalogue, *entry, Language::English, QString(), m_palette);
    QTextDocument document;
    document.setHtml(html);
    QStringList blocks;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.text().trimmed().isEmpty())
            blocks << block.text().simplified();
    }
    const QString description = bodyWithoutMarkup(entry->descriptions.at(1).text.en);
    QCOMPARE(entry->descriptions.at(1).sourceId, QStringLiteral("devguide"));
    const qsizetype textAt = blocks.indexOf(description);
    QVERIFY2(textAt >= 0, qPrintable(blocks.join(u'\n')));
    QVERIFY(blocks.at(textAt - 1).startsWith(QStringLiteral("Developer guide")));
    QVERIFY(blocks.at(textAt - 1).endsWith(DetailRenderer::label(DetailRenderer::Label::CorrectedBelow)));
    QVERIFY(blocks.at(textAt + 1).startsWith(DetailRenderer::label(DetailRenderer::Label::Correction)));
    QCOMPARE(blocks.at(textAt + 2), notes.first()->text.en.simplified());
}

void TestDetailRenderer::render_flagsOnlyTheSourcesThatCarryACorrection_data()
{
    addCodeLanguageRows(m_catalogue, [](const StatusEntry &entry) { return !entry.descriptions.isEmpty(); });
}

void TestDetailRenderer::render_flagsOnlyTheSourcesThatCarryACorrection()
{
    QFETCH(int, code);
    QFETCH(Language, language);
    const StatusEntry *entry = m_catalogue.entry(code);
    const QStringList titles = headings(DetailRenderer::render(m_catalogue, *entry, language, QString(), m_palette));
    const QString flag = DetailRenderer::label(DetailRenderer::Label::CorrectedBelow);
    for (const Description &description : entry->descriptions) {
        const QString name = m_catalogue.source(description.sourceId)->name.in(language);
        const QString title = headingFor(*entry, description, name, language);
        QVERIFY2(titles.contains(title), qPrintable(title + QStringLiteral(" among ") + titles.join(u'|')));
        QCOMPARE(title.endsWith(flag), !entry->notesOn(description.sourceId).isEmpty());
    }
}

void TestDetailRenderer::render_showsEachSourcesOwnSpelling()
{
    // The Study notes wrote "URL Too Long" for 414; the registry says "URI".
    const StatusEntry *entry = m_catalogue.entry(414);
    QVERIFY(entry);
    const QString html = DetailRenderer::render(m_catalogue, *entry, Language::Chinese, QString(), m_palette);
    const QStringList titles = headings(html);
    QVERIFY(std::any_of(titles.cbegin(), titles.cend(), [](const QString &title) {
        return title.startsWith(QStringLiteral("学习笔记 \u00b7 \u201cURL Too Long\u201d"));
    }));
    QVERIFY(visibleText(html).startsWith(QStringLiteral("414 URI Too Long")));
    // A source without a heading of its own gets none.
    const Description *encyclopedia = nullptr;
    for (const Description &description : entry->descriptions) {
        if (description.sourceId == u"encyclopedia")
            encyclopedia = &description;
    }
    QVERIFY(encyclopedia && encyclopedia->phrase.isEmpty());
    QVERIFY(std::any_of(titles.cbegin(), titles.cend(),
                        [](const QString &title) { return title.startsWith(QStringLiteral("百科词条 ")) || title == u"百科词条"; }));
}

void TestDetailRenderer::render_correctionsUseTheNoteColoursOfAnyPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    light.setColor(QPalette::ToolTipText, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x2a));
    dark.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xe0));
    QTest::newRow("light") << light;
    QTest::newRow("dark") << dark;
}

void TestDetailRenderer::render_correctionsUseTheNoteColoursOfAnyPalette()
{
    QFETCH(QPalette, palette);
    const StatusEntry *entry = m_catalogue.entry(404);
    const QString html = DetailRenderer::render(m_catalogue, *entry, Language::English, QString(), palette);
    QTextDocument document;
    document.setHtml(html);
    // The correction's words are laid out on the note background, in the
    // note text colour: legible whatever the palette.
    const QString correctionText = entry->notesOn(QStringLiteral("devguide")).first()->text.en.left(30);
    const QTextCursor found = document.find(correctionText);
    QVERIFY(!found.isNull());
    QTextCursor cursor(found);
    cursor.setPosition(found.selectionStart() + 1);
    QCOMPARE(cursor.charFormat().foreground().color(), palette.color(QPalette::ToolTipText));
    QCOMPARE(cursor.blockFormat().background().color(), palette.color(QPalette::ToolTipBase));
    // Set off from the source's text on the left, not only by its colour.
    QVERIFY(cursor.blockFormat().leftMargin() > 0);
    QVERIFY(palette.color(QPalette::ToolTipBase) != palette.color(QPalette::ToolTipText));
}

void TestDetailRenderer::render_linksRelatedCodes_data()
{
    QTest::addColumn<int>("code");
    for (const StatusEntry &entry : m_catalogue.entries()) {
        if (!entry.related.isEmpty())
            QTest::addRow("%d", entry.code) << entry.code;
    }
}

void TestDetailRenderer::render_linksRelatedCodes()
{
    QFETCH(int, code);
    const StatusEntry *entry = m_catalogue.entry(code);
    QVERIFY(entry);

    const QString html = DetailRenderer::render(m_catalogue, *entry, Language::English, QString(), m_palette);
    static const QRegularExpression link(QStringLiteral("<a href=\"([^\"]*)\">([^<]*)</a>"));
    QList<int> linked;
    for (auto it = link.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        // The links that copy a constant or the example.
        if (!DetailRenderer::textFromCopyLink(match.captured(1)).isEmpty())
            continue;
        // The one other link compares the code with its related codes.
        if (const QList<int> compared = DetailRenderer::codesFromComparisonLink(match.captured(1)); !compared.isEmpty()) {
            QCOMPARE(compared, (QList<int>{code} + entry->related).mid(0, 6));
            QCOMPARE(match.captured(2), DetailRenderer::label(DetailRenderer::Label::CompareThese));
            continue;
        }
        const int target = DetailRenderer::codeFromLink(match.captured(1));
        QVERIFY2(target, qPrintable(match.captured(1)));
        // The link names the code and its phrase.
        QCOMPARE(match.captured(2), QStringLiteral("%1 %2").arg(target).arg(m_catalogue.entry(target)->phrase).toHtmlEscaped());
        linked << target;
    }
    QCOMPARE(linked, entry->related);
    for (const int related : entry->related) {
        QVERIFY(html.contains(QStringLiteral("href=\"code:%1\"").arg(related)));
        QCOMPARE(DetailRenderer::linkForCode(related), QStringLiteral("code:%1").arg(related));
        QCOMPARE(DetailRenderer::codeFromLink(DetailRenderer::linkForCode(related)), related);
    }
}

void TestDetailRenderer::codeFromLink_parsesOnlyCodeLinks_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<int>("code");
    QTest::newRow("code") << QStringLiteral("code:404") << 404;
    QTest::newRow("lowest") << QStringLiteral("code:100") << 100;
    QTest::newRow("highest") << QStringLiteral("code:599") << 599;
    QTest::newRow("below range") << QStringLiteral("code:99") << 0;
    QTest::newRow("above range") << QStringLiteral("code:600") << 0;
    QTest::newRow("not a number") << QStringLiteral("code:abc") << 0;
    QTest::newRow("no number") << QStringLiteral("code:") << 0;
    QTest::newRow("web link") << QStringLiteral("https://example.org/404") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestDetailRenderer::codeFromLink_parsesOnlyCodeLinks()
{
    QFETCH(QString, link);
    QFETCH(int, code);
    QCOMPARE(DetailRenderer::codeFromLink(link), code);
}

void TestDetailRenderer::render_showsAliases()
{
    for (const StatusEntry &entry : m_catalogue.entries()) {
        if (entry.aliases.isEmpty())
            continue;
        for (const Language language : {Language::English, Language::Chinese}) {
            const QString text = visibleText(DetailRenderer::render(m_catalogue, entry, language, QString(), m_palette));
            const qsizetype label = text.indexOf(DetailRenderer::label(DetailRenderer::Label::AlsoKnownAs));
            QVERIFY2(label >= 0, qPrintable(QString::number(entry.code)));
            for (const QString &alias : entry.aliases)
                QVERIFY2(text.indexOf(alias, label) > label, qPrintable(alias));
        }
    }
    const QString text = visibleText(
        DetailRenderer::render(m_catalogue, *m_catalogue.entry(413), Language::English, QString(), m_palette));
    QVERIFY(text.contains(u"Payload Too Large"));
}

void TestDetailRenderer::render_showsFactsAndSummary()
{
    const StatusEntry *entry = m_catalogue.entry(305);
    QVERIFY(entry);
    const QString text = visibleText(DetailRenderer::render(m_catalogue, *entry, Language::English, QString(), m_palette));
    QVERIFY(text.contains(entry->title.en));
    QVERIFY(text.contains(u"3xx Redirection"));
    QVERIFY(text.contains(DetailRenderer::statusLabel(CodeStatus::Deprecated)));
    QVERIFY(text.contains(entry->reference));
    QVERIFY(text.contains(bodyWithoutMarkup(entry->summary.en)));
}

void TestDetailRenderer::render_registeredMeaningComesBeforeTheVendorsUses_data()
{
    addCodeLanguageRows(m_catalogue, [](const StatusEntry &entry) { return !entry.unofficial.isEmpty(); });
}

void TestDetailRenderer::render_registeredMeaningComesBeforeTheVendorsUses()
{
    QFETCH(int, code);
    QFETCH(Language, language);
    const StatusEntry &entry = *m_catalogue.entry(code);
    const QString text = visibleText(DetailRenderer::render(m_catalogue, entry, language, QString(), m_palette));
    // A registered number says "other uses"; an unregistered one has no
    // registered meaning for its uses to be other than.
    const bool registered = entry.status != CodeStatus::Unofficial;
    const QString heading = DetailRenderer::label(registered ? DetailRenderer::Label::OtherUses
                                                             : DetailRenderer::Label::VendorUses);
    const QString wrongHeading = DetailRenderer::label(registered ? DetailRenderer::Label::VendorUses
                                                                  : DetailRenderer::Label::OtherUses);
    const qsizetype usesAt = text.indexOf(heading);
    QVERIFY2(usesAt > 0, qPrintable(heading));
    QVERIFY(!text.contains(wrongHeading));
    QVERIFY(text.indexOf(bodyWithoutMarkup(entry.summary.in(language))) < usesAt);
    // Each use after the heading, in catalogue order, labelled with its user and phrase.
    qsizetype from = usesAt;
    for (const UnofficialUse &use : entry.unofficial) {
        const qsizetype at = text.indexOf(use.usedBy.in(language) + QStringLiteral(": %1 %2").arg(code).arg(use.phrase), from);
        QVERIFY2(at > from, qPrintable(use.usedBy.in(language)));
        QVERIFY(text.indexOf(bodyWithoutMarkup(use.summary.in(language)), at) > at);
        from = at;
    }
}

void TestDetailRenderer::render_chinese_showsChineseContent()
{
    const StatusEntry *entry = m_catalogue.entry(404);
    QVERIFY(entry);
    const QString text = visibleText(DetailRenderer::render(m_catalogue, *entry, Language::Chinese, QString(), m_palette));
    QVERIFY(text.startsWith(u"404 Not Found"));
    QVERIFY(text.contains(entry->title.zh));
    QVERIFY(text.contains(u"4xx 客户端错误"));
    QVERIFY(text.contains(bodyWithoutMarkup(entry->summary.zh)));
    QVERIFY(!text.contains(bodyWithoutMarkup(entry->summary.en)));
    QVERIFY(text.contains(u"开发者指南"));
    QVERIFY(!text.contains(u"Developer guide"));
    for (const Description &description : entry->descriptions)
        QVERIFY(!text.contains(bodyWithoutMarkup(description.text.en)));
}

void TestDetailRenderer::render_english_showsNoChineseContent()
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (const StatusEntry &entry : m_catalogue.entries()) {
        QString text = visibleText(DetailRenderer::render(m_catalogue, entry, Language::English, QString(), m_palette));
        QVERIFY(text.contains(entry.title.en));
        // A source's own spelling is its text, shown as written in both
        // languages ("Move Permanently(永久)").
        for (const Description &description : entry.descriptions)
            text.remove(description.phrase);
        QVERIFY2(!text.contains(han), qPrintable(QString::number(entry.code)));
    }
}

void TestDetailRenderer::render_codeWithoutSources_saysSo()
{
    const StatusEntry *entry = m_catalogue.entry(103);
    QVERIFY(entry);
    QVERIFY(entry->descriptions.isEmpty());
    const QString text = visibleText(DetailRenderer::render(m_catalogue, *entry, Language::English, QString(), m_palette));
    QVERIFY(text.contains(DetailRenderer::label(DetailRenderer::Label::NoSources)));
}

void TestDetailRenderer::render_escapesEveryCatalogueText_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("query");
    QTest::newRow("en") << Language::English << QString();
    QTest::newRow("zh") << Language::Chinese << QString();
    QTest::newRow("en, highlighting") << Language::English << QStringLiteral("bold");
    QTest::newRow("en, highlighting markup") << Language::English << QStringLiteral("<b>");
}

void TestDetailRenderer::render_escapesEveryCatalogueText()
{
    QFETCH(Language, language);
    QFETCH(QString, query);
    const Catalogue catalogue = markupCatalogue();
    const StatusEntry *entry = catalogue.entry(299);
    QVERIFY(entry);

    const QString html = DetailRenderer::render(catalogue, *entry, language, query, m_palette);
    // Not one tag from the data survives as a tag.
    for (const QString &tag : {QStringLiteral("<b>bold"), QStringLiteral("<script"), QStringLiteral("<i>"),
                              QStringLiteral("<u>"), QStringLiteral("<em>"), QStringLiteral("<0000>"),
                              QStringLiteral("<ok>"), QStringLiteral("<b>A"), QStringLiteral("<b>title"),
                              QStringLiteral("<b>class"), QStringLiteral("<b>粗"), QStringLiteral("<b>标题"),
                              QStringLiteral("<b>甲"), QStringLiteral("<b>类")})
        QVERIFY2(!html.contains(tag), qPrintable(tag));
    QVERIFY(html.contains(u"&lt;i&gt;Phrase&lt;/i&gt;"));
    QVERIFY(html.contains(u"Alias &lt;u&gt;one&lt;/u&gt;"));
    QVERIFY(html.contains(u"RFC &lt;0000&gt; &amp; co"));

    const QString text = visibleText(html);
    if (language == Language::English) {
        QVERIFY(html.contains(u"&lt;b&gt;"));
        QVERIFY(html.contains(u"&lt;script&gt;"));
        // The reader sees the markup literally, in the summary and the description.
        QCOMPARE(text.count(Markup), 2);
        QVERIFY(text.contains(u"Tagged <b>title</b>"));
        QVERIFY(text.contains(u"Source <b>A</b>"));
        QVERIFY(text.contains(u"2xx Success <b>class</b>"));
        QVERIFY(text.contains(u"Server <em>A</em>"));
        QVERIFY(text.contains(u"Note <b>bold</b> &amp;")); // an entity in the data stays text too
        QVERIFY(text.contains(u"200 OK <ok>"));            // the related link's label
    } else {
        QVERIFY(text.contains(u"标记 <b>标题</b>"));
        QVERIFY(text.contains(u"描述 <b>粗</b>"));
        QVERIFY(text.contains(u"注 <b>粗</b>"));
        QVERIFY(text.contains(u"来源 <b>甲</b>"));
    }
    QVERIFY(text.contains(u"Tagged <i>Phrase</i>"));
}

void TestDetailRenderer::render_highlightsQueryWithPaletteColours()
{
    const StatusEntry *entry = m_catalogue.entry(404);
    QVERIFY(entry);
    // A tint of Highlight under Text (Highlight with HighlightedText can be
    // too faint to read).
    const QString highlight = ReadableColours::matchBackground(m_palette).name();
    const QString highlightedText = ReadableColours::matchText(m_palette).name();
    QVERIFY(highlight != m_palette.color(QPalette::Base).name());

    const QString plain = DetailRenderer::render(m_catalogue, *entry, Language::English, QString(), m_palette);
    QVERIFY(!plain.contains(highlight));

    const QString html = DetailRenderer::render(m_catalogue, *entry, Language::English, QStringLiteral("resource"),
                                                m_palette);
    QVERIFY(html.contains(highlight));
    QVERIFY(html.contains(highlightedText));
    static const QRegularExpression span(QStringLiteral("<span style=\"([^\"]*)\">([^<]*)</span>"));
    int marks = 0;
    for (auto it = span.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        // Headings have spans of their own (a source's spelling, the
        // correction flag); those do not use the highlight colours.
        if (!match.captured(1).contains(highlight)) {
            QVERIFY(!match.captured(1).contains(highlightedText));
            continue;
        }
        QCOMPARE(match.captured(2).toLower(), QStringLiteral("resource"));
        ++marks;
    }
    QVERIFY(marks >= 3); // the summary and several sources say "resource"
    // Marking words changes how the text looks, not what it says.
    QCOMPARE(visibleText(html), visibleText(plain));

    // Every word of the query is marked, in Chinese content too.
    const QString zh = DetailRenderer::render(m_catalogue, *entry, Language::Chinese, QStringLiteral("资源"), m_palette);
    QVERIFY(zh.contains(QStringLiteral("%1;\">资源</span>").arg(highlightedText)));
}

void TestDetailRenderer::render_codeQuery_highlightsNothing()
{
    // A code or class pattern selects codes; it is not a word to mark.
    const StatusEntry *entry = m_catalogue.entry(404);
    QVERIFY(entry);
    const QString highlight = ReadableColours::matchBackground(m_palette).name();
    for (const QString &query : {QStringLiteral("404"), QStringLiteral("4xx"), QStringLiteral("zzzqqq")})
        QVERIFY2(!DetailRenderer::render(m_catalogue, *entry, Language::English, query, m_palette).contains(highlight),
                 qPrintable(query));
}

void TestDetailRenderer::escapeAndHighlight_escapesAroundMatches()
{
    const QString open = QStringLiteral("<span style=\"background-color:%1; color:%2;\">")
                             .arg(ReadableColours::matchBackground(m_palette).name(), ReadableColours::matchText(m_palette).name());
    QCOMPARE(DetailRenderer::escapeAndHighlight(QStringLiteral("<b>bold</b>"), {QStringLiteral("bold")}, m_palette),
             QStringLiteral("&lt;b&gt;") + open + QStringLiteral("bold</span>&lt;/b&gt;"));
    QCOMPARE(DetailRenderer::escapeAndHighlight(QStringLiteral("a < b"), {}, m_palette), QStringLiteral("a &lt; b"));
    // Case does not matter; overlapping terms make one mark.
    QCOMPARE(DetailRenderer::escapeAndHighlight(QStringLiteral("Not Found"),
                                                {QStringLiteral("not f"), QStringLiteral("found")}, m_palette),
             open + QStringLiteral("Not Found</span>"));
    // A term that is itself markup is matched against the text, then escaped.
    QCOMPARE(DetailRenderer::escapeAndHighlight(QStringLiteral("x<b>y"), {QStringLiteral("<b>")}, m_palette),
             QStringLiteral("x") + open + QStringLiteral("&lt;b&gt;</span>y"));
}

void TestDetailRenderer::textToHtml_turnsMarkupIntoHtml_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");

    QTest::newRow("paragraph") << QStringLiteral("One line.") << QStringLiteral("<p>One line.</p>");
    QTest::newRow("paragraphs") << QStringLiteral("First.\n\nSecond.") << QStringLiteral("<p>First.</p><p>Second.</p>");
    QTest::newRow("line break") << QStringLiteral("First\nsecond") << QStringLiteral("<p>First<br/>second</p>");
    QTest::newRow("bullets") << QStringLiteral("- GET: fetched\n- HEAD: headers")
                             << QStringLiteral("<ul><li>GET: fetched</li><li>HEAD: headers</li></ul>");
    QTest::newRow("numbers") << QStringLiteral("1. first\n2. second")
                             << QStringLiteral("<ol><li>first</li><li>second</li></ol>");
    QTest::newRow("paragraph then list") << QStringLiteral("Depends on the method:\n\n- GET\n- PUT")
                                         << QStringLiteral("<p>Depends on the method:</p><ul><li>GET</li><li>PUT</li></ul>");
    QTest::newRow("escaped list item") << QStringLiteral("- <b> & </b>")
                                       << QStringLiteral("<ul><li>&lt;b&gt; &amp; &lt;/b&gt;</li></ul>");
    QTest::newRow("dash inside a sentence") << QStringLiteral("a - b") << QStringLiteral("<p>a - b</p>");
    QTest::newRow("number without dot") << QStringLiteral("404 is common") << QStringLiteral("<p>404 is common</p>");
}

void TestDetailRenderer::textToHtml_turnsMarkupIntoHtml()
{
    QFETCH(QString, text);
    QFETCH(QString, html);
    QCOMPARE(DetailRenderer::textToHtml(text, {}, m_palette), html);
}

void TestDetailRenderer::render_catalogueLists_becomeHtmlLists()
{
    // 200's developer guide explains each method in a bullet list; 400's
    // encyclopedia entry numbers its points.
    const QString ok = DetailRenderer::render(m_catalogue, *m_catalogue.entry(200), Language::English, QString(), m_palette);
    QVERIFY(ok.contains(u"<ul>"));
    QVERIFY(ok.contains(u"<li>GET: "));
    QVERIFY(!ok.contains(u"- GET"));
    const QString badRequest =
        DetailRenderer::render(m_catalogue, *m_catalogue.entry(400), Language::English, QString(), m_palette);
    QVERIFY(badRequest.contains(u"<ol><li>The semantics are wrong"));
    QVERIFY(!badRequest.contains(u"1. The semantics"));
    QVERIFY(badRequest.contains(u"<p>"));

    // The list reads as a list: every item on its own line.
    QTextDocument document;
    document.setHtml(ok);
    QVERIFY(document.toPlainText().contains(u"\nGET: "));
}

void TestDetailRenderer::render_usesOnlyPaletteColours()
{
    const QSet<QString> allowed = paletteColours(m_palette);
    static const QRegularExpression hex(QStringLiteral("#([0-9a-fA-F]{3,8})\\b"));
    static const QRegularExpression colourProperty(
        QStringLiteral("(?:^|[;\\s\"])((?:background-)?color|background|border(?:-[a-z]+)?)\\s*:\\s*([^;\"]+)"));
    static const QRegularExpression colourAttribute(QStringLiteral("\\b(?:bgcolor|color)\\s*="));

    const Catalogue markup = markupCatalogue();
    QList<QString> pages;
    for (const Language language : {Language::English, Language::Chinese}) {
        for (const StatusEntry &entry : m_catalogue.entries()) {
            pages << DetailRenderer::render(m_catalogue, entry, language, QStringLiteral("the 服务器 request"), m_palette);
        }
        pages << DetailRenderer::render(markup, *markup.entry(299), language, QStringLiteral("bold"), m_palette);
    }

    int colours = 0;
    for (const QString &html : std::as_const(pages)) {
        QVERIFY(!html.contains(colourAttribute));
        for (auto it = hex.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            QVERIFY2(match.capturedLength(1) == 6, qPrintable(match.captured()));
            QVERIFY2(allowed.contains(match.captured().toLower()), qPrintable(match.captured()));
            ++colours;
        }
        // A colour property holds a palette colour, never a name or rgb().
        for (auto it = colourProperty.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString value = match.captured(2).trimmed();
            const QStringList parts = value.split(u' ', Qt::SkipEmptyParts);
            for (const QString &part : parts) {
                if (part.startsWith(u'#'))
                    continue; // checked above
                QVERIFY2(part.contains(QRegularExpression(QStringLiteral("^(?:\\d+(?:px|em)?|solid|dashed|dotted|none)$"))),
                         qPrintable(match.captured()));
            }
        }
    }
    QVERIFY(colours > 0); // the pages do use colour, all of it the palette's
}

void TestDetailRenderer::render_constants_nameTheVersionAndMarkOldOnes()
{
    const StatusEntry *entry = m_catalogue.entry(413);
    QVERIFY(entry);
    const QString html = DetailRenderer::render(m_catalogue, *entry, Language::English, QString(), m_palette);
    // The library's name carries the version, and its tooltip says what it is.
    const Ecosystem *spring = m_catalogue.ecosystem(QStringLiteral("java-spring"));
    QVERIFY(spring);
    QVERIFY2(html.contains(QStringLiteral("%1 %2:").arg(spring->name, spring->version).toHtmlEscaped()), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("title=\"The constants as in %1, version %2\"").arg(spring->name, spring->version)));
    // Qt's rich text turns the title into the tooltip the pane shows on hover.
    QTextDocument document;
    document.setHtml(html);
    QString tip;
    for (QTextBlock block = document.begin(); block.isValid() && tip.isEmpty(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().text().startsWith(spring->name))
                tip = it.fragment().charFormat().toolTip();
        }
    }
    QCOMPARE(tip, QStringLiteral("The constants as in %1, version %2").arg(spring->name, spring->version));
    // Deprecated: marked, still copyable; removed: struck through, not offered for copying.
    QVERIFY(html.contains(QStringLiteral("<code>HttpStatus.PAYLOAD_TOO_LARGE</code> <span")));
    QVERIFY(html.contains(QStringLiteral("(deprecated in 7.0)")));
    QVERIFY(html.contains(DetailRenderer::linkForCopy(QStringLiteral("HttpStatus.PAYLOAD_TOO_LARGE"))));
    QVERIFY(html.contains(QStringLiteral("<s><code>HttpStatus.REQUEST_ENTITY_TOO_LARGE</code></s>")));
    QVERIFY(html.contains(QStringLiteral("(removed in 7.0)")));
    QVERIFY(!html.contains(DetailRenderer::linkForCopy(QStringLiteral("HttpStatus.REQUEST_ENTITY_TOO_LARGE"))));
    QVERIFY(html.contains(DetailRenderer::linkForCopy(QStringLiteral("HttpStatus.CONTENT_TOO_LARGE"))));

    // A catalogue with no ecosystems names the library alone, with no tooltip.
    const Catalogue bare(m_catalogue.sources(), m_catalogue.classes(), {*entry});
    const QString plain = DetailRenderer::render(bare, *bare.entry(413), Language::English, QString(), m_palette);
    QVERIFY(plain.contains(QStringLiteral("%1:</span>").arg(DetailRenderer::constantLibrary(QStringLiteral("java-spring")))));
    QVERIFY(!plain.contains(QStringLiteral("title=\"The constants as in")));

    // A vendor's use names its document.
    const StatusEntry *alb = m_catalogue.entry(561);
    const QString vendor = DetailRenderer::render(m_catalogue, *alb, Language::English, QString(), m_palette);
    QVERIFY(vendor.contains(alb->unofficial.first().documentation.toHtmlEscaped()));
    QVERIFY(vendor.contains(DetailRenderer::label(DetailRenderer::Label::VendorDocument).toHtmlEscaped()));
}


QTEST_MAIN(TestDetailRenderer)
#include "tst_detailrenderer.moc"
