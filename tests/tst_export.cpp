// Export: the cheat sheet, one code as a PDF or on a printer, and Markdown.
// The PDFs are read back with poppler's pdftotext and pdfinfo, as a reader's
// tools see them; the window's actions are driven as a user drives them.
#include "catalogueloader.h"
#include "cheatsheet.h"
#include "cheatsheetdialog.h"
#include "detailrenderer.h"
#include "entrydocument.h"
#include "mainwindow.h"
#include "markdownexport.h"
#include "pagesetup.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QPrinter>
#include <QFontDatabase>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace codex;

namespace {

// The output of a poppler tool, or a failure naming what to install.
struct ToolRun
{
    bool ok = false;
    QString output;
    QString problem;
};

// Qt 6.4's PDF writer maps each glyph back to the lowest code point the font
// draws with it: 户 (U+6237) comes out as the Kangxi radical ⼾ (U+2F3E)
// that Noto Sans CJK draws alike. The PDF reads right; its text is folded
// back here to the ideograph the Chinese face draws the same.
QString folded(const QString &text)
{
    static const QHash<QChar, QChar> twins = [] {
        QHash<QChar, QChar> map;
        const QRawFont font = QRawFont::fromFont(printFont(10), QFontDatabase::SimplifiedChinese);
        QString radicals;
        for (char16_t c = 0x2E80; c <= 0x2FDF; ++c)
            radicals += QChar(c);
        QString ideographs;
        for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
            ideographs += QChar(c);
        const QList<quint32> radicalGlyphs = font.glyphIndexesForString(radicals);
        const QList<quint32> ideographGlyphs = font.glyphIndexesForString(ideographs);
        QHash<quint32, QChar> ideographByGlyph;
        for (qsizetype i = 0; i < ideographGlyphs.size(); ++i) {
            if (ideographGlyphs.at(i) != 0 && !ideographByGlyph.contains(ideographGlyphs.at(i)))
                ideographByGlyph.insert(ideographGlyphs.at(i), ideographs.at(i));
        }
        for (qsizetype i = 0; i < radicalGlyphs.size(); ++i) {
            if (radicalGlyphs.at(i) != 0 && ideographByGlyph.contains(radicalGlyphs.at(i)))
                map.insert(radicals.at(i), ideographByGlyph.value(radicalGlyphs.at(i)));
        }
        return map;
    }();
    QString out = text;
    for (QChar &c : out)
        c = twins.value(c, c);
    return out;
}

ToolRun runTool(const QString &tool, const QStringList &arguments)
{
    ToolRun run;
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        run.problem = QStringLiteral("%1 is not installed: install poppler-utils").arg(tool);
        return run;
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        run.problem = QStringLiteral("%1 failed: %2").arg(tool, QString::fromUtf8(process.readAllStandardError()));
        return run;
    }
    run.ok = true;
    run.output = QString::fromUtf8(process.readAllStandardOutput());
    return run;
}

ToolRun pdfText(const QString &file, bool layout)
{
    QStringList arguments;
    if (layout)
        arguments << QStringLiteral("-layout");
    arguments << QStringLiteral("-enc") << QStringLiteral("UTF-8") << file << QStringLiteral("-");
    ToolRun run = runTool(QStringLiteral("pdftotext"), arguments);
    run.output = folded(run.output);
    return run;
}

struct PdfInfo
{
    int pages = 0;
    QString pageSize; // "595.276 x 841.89 pts (A4)"
};

std::optional<PdfInfo> pdfInfo(const QString &file, QString *problem)
{
    const ToolRun run = runTool(QStringLiteral("pdfinfo"), {file});
    if (!run.ok) {
        *problem = run.problem;
        return std::nullopt;
    }
    PdfInfo info;
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression size(QStringLiteral("^Page size:\\s+(.+)$"), QRegularExpression::MultilineOption);
    info.pages = pages.match(run.output).captured(1).toInt();
    info.pageSize = size.match(run.output).captured(1).trimmed();
    return info;
}

// Text as pdftotext gives it has its own line breaks: compare words only.
QString words(const QString &text)
{
    return text.simplified();
}


// Chinese text has no spaces to break at: compare without any, and without
// hyphens, which pdftotext takes out where a line breaks after one.
QString withoutSpaces(const QString &text)
{
    QString out = text;
    out.remove(QRegularExpression(QStringLiteral("[\\s-]+")));
    return out;
}

// A source's text as the pane shows it: the list markers are drawn, not text.
QStringList paragraphsOf(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("^ *(?:[-*]|\\d+\\.) "));
    QStringList lines;
    for (QString line : text.split(u'\n', Qt::SkipEmptyParts)) {
        line.remove(marker);
        lines << line;
    }
    return lines;
}

// Markdown back to text: a backslash before punctuation is an escape.
QString unescapeMarkdown(const QString &markdown)
{
    static const QRegularExpression escape(QStringLiteral("\\\\([!-/:-@\\[-`{-~])"));
    QString text = markdown;
    text.replace(escape, QStringLiteral("\\1"));
    return text;
}

// A catalogue of one code whose texts are full of Markdown.
Catalogue markupCatalogue()
{
    Source source{QStringLiteral("notes"), {QStringLiteral("笔记"), QStringLiteral("Study *notes*")}, {}};
    StatusClass clientError{4, {QStringLiteral("客户端错误"), QStringLiteral("Client Error")}, {}};
    StatusEntry entry;
    entry.code = 499;
    entry.phrase = QStringLiteral("Markup_Test");
    entry.reference = QStringLiteral("RFC 0000");
    entry.title = {QStringLiteral("标记"), QStringLiteral("Markup <test>")};
    entry.summary = {QStringLiteral("摘要。"),
                     QStringLiteral("# Not a heading\n*Not* emphasis, nor `code`\n\n- a real item with _under_ scores\n  - nested [link](x)")};
    entry.descriptions << Description{QStringLiteral("notes"), QStringLiteral("Mark*up"),
                                      {QStringLiteral("文本"), QStringLiteral("1. is a list\n2. of two\n\n> not a quote\n+ nor a list\n---")}};
    entry.notes << Note{QStringLiteral("notes"), {QStringLiteral("更正"), QStringLiteral("A correction with a * star")}, {}, {}};
    entry.notes << Note{QString(), {QStringLiteral("总体"), QStringLiteral("General: 3 * 4 = 12")}, {}, {}};
    return Catalogue({source}, {clientError}, {entry});
}

// A window on the catalogue, in English, with progress kept in a folder of its own.
struct EnglishWindow
{
    explicit EnglishWindow(const Catalogue &catalogue)
    {
        translations.apply(Language::English);
        window.setDataDirectory(data.path());
        window.setCatalogue(catalogue, QString());
    }
    Translations translations;
    QTemporaryDir data;
    MainWindow window{&translations};
};

} // namespace

class TestExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void defaultPaper_isLetterInTheUnitedStatesAndCanada_data();
    void defaultPaper_isLetterInTheUnitedStatesAndCanada();
    void fitted_keepsWholeClausesOrWholeWords_data();
    void fitted_keepsWholeClausesOrWholeWords();
    void oneLineSource_isTheFirstSentenceWithoutTheCode_data();
    void oneLineSource_isTheFirstSentenceWithoutTheCode();
    void cheatSheet_holdsEveryRegisteredCodeOnTwoPages_data();
    void cheatSheet_holdsEveryRegisteredCodeOnTwoPages();
    void cheatSheet_linesAreWholeOrEndInAnEllipsis_data();
    void cheatSheet_linesAreWholeOrEndInAnEllipsis();
    void cheatSheet_bothLanguages_builtInLinesAreWhole();
    void cheatSheet_unwritableFileSaysWhy();

    void entryPdf_holdsCodePhraseSummaryAndSources_data();
    void entryPdf_holdsCodePhraseSummaryAndSources();
    void entryHtml_isBlackOnWhiteWithoutLinks();
    void printer_printsToAPdfFile();

    void markdown_hasEverySectionAndTheSourcesVerbatim_data();
    void markdown_hasEverySectionAndTheSourcesVerbatim();
    void markdown_escapesWhatWouldBecomeMarkup();

    void window_exportActionsNeedACodeShown();
    void window_copyAsMarkdownPutsTheCodeOnTheClipboard();
    void cheatSheetDialog_offersLanguagesAndPaper();

private:
    std::optional<Catalogue> m_catalogue;
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // CODEX_KEEP_EXPORTS=1 keeps the PDFs, to look at them.
    if (qEnvironmentVariableIsSet("CODEX_KEEP_EXPORTS")) {
        m_dir.setAutoRemove(false);
        qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
    }
    const LoadResult result = CatalogueLoader::loadEmbedded();
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    m_catalogue = result.catalogue;
    for (const QString &tool : {QStringLiteral("pdftotext"), QStringLiteral("pdfinfo")}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 is not installed: install poppler-utils").arg(tool)));
    }
}

void TestExport::defaultPaper_isLetterInTheUnitedStatesAndCanada_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("paper");
    QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("letter");
    QTest::newRow("en_CA") << QStringLiteral("en_CA") << QStringLiteral("letter");
    QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << QStringLiteral("letter");
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("a4");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("a4");
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("a4");
}

void TestExport::defaultPaper_isLetterInTheUnitedStatesAndCanada()
{
    QFETCH(QString, locale);
    QFETCH(QString, paper);
    QCOMPARE(paperKey(defaultPaper(QLocale(locale))), paper);
}

void TestExport::fitted_keepsWholeClausesOrWholeWords_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<int>("room"); // characters that fit
    QTest::addColumn<QString>("expected");
    QTest::newRow("fits whole") << QStringLiteral("The request succeeded.") << 40 << QStringLiteral("The request succeeded.");
    QTest::newRow("cut at a comma")
        << QStringLiteral("The origin server has no representation, or will not say so.") << 45
        << QStringLiteral("The origin server has no representation…");
    QTest::newRow("a clause too short cuts at a word instead")
        << QStringLiteral("It is, as everyone knows, a code that servers send far too often.") << 40
        << QStringLiteral("It is, as everyone knows, a code that…");
    QTest::newRow("never mid-word") << QStringLiteral("Authentication credentials are missing") << 20
                                     << QStringLiteral("Authentication…");
    QTest::newRow("chinese at a comma") << QStringLiteral("请求与目标资源的当前状态冲突，因而无法完成，例如基于过时版本所做的修改。") << 24
                                         << QStringLiteral("请求与目标资源的当前状态冲突，因而无法完成…");
    QTest::newRow("chinese keeps latin words whole")
        << QStringLiteral("服务器同意客户端的 Upgrade 请求") << 14 << QStringLiteral("服务器同意客户端的…");
    QTest::newRow("no room") << QStringLiteral("Anything") << 0 << QString();
}

void TestExport::fitted_keepsWholeClausesOrWholeWords()
{
    QFETCH(QString, sentence);
    QFETCH(int, room);
    QFETCH(QString, expected);
    QCOMPARE(CheatSheet::fitted(sentence, [room](const QString &text) { return text.size() <= room; }), expected);
}

void TestExport::oneLineSource_isTheFirstSentenceWithoutTheCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("404 en") << 404 << QStringLiteral("en")
                            << QStringLiteral("The origin server has no current representation for the target resource, "
                                              "or is unwilling to disclose that one exists.");
    QTest::newRow("410 en drops \"410 means that\"")
        << 410 << QStringLiteral("en")
        << QStringLiteral("The target resource is no longer available at the origin server and that this is likely to be "
                          "permanent; a server that does not know, or cannot tell, whether it is permanent ought to send 404 instead.");
    QTest::newRow("421 en drops code and phrase") << 421 << QStringLiteral("en")
                                                  << QStringLiteral("The request reached a server that cannot or will not produce an "
                                                                    "authoritative response for the target URI, for example because the "
                                                                    "server is not configured for that scheme and host or the request does "
                                                                    "not fit the connection it came on.");
    QTest::newRow("410 zh drops \"410 表示\"") << 410 << QStringLiteral("zh")
                                             << QStringLiteral("目标资源在源服务器上已不再可用，而且这种状况很可能是永久性的；"
                                                               "如果服务器不知道或无法判断是否永久，应改用 404。");
    QTest::newRow("404 zh") << 404 << QStringLiteral("zh") << QStringLiteral("源服务器找不到目标资源的当前表示，或者不愿透露它是否存在。");
}

void TestExport::oneLineSource_isTheFirstSentenceWithoutTheCode()
{
    QFETCH(int, code);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const StatusEntry *builtIn = m_catalogue->entry(code);
    QVERIFY(builtIn);
    // The entry's own one line comes first; a catalogue without one falls
    // back to the summary.
    QCOMPARE(CheatSheet::oneLineSource(*builtIn, *languageFromCode(language)), builtIn->oneLine.in(*languageFromCode(language)));
    StatusEntry entry = *builtIn;
    entry.oneLine = {};
    QCOMPARE(CheatSheet::oneLineSource(entry, *languageFromCode(language)), expected);
}

void TestExport::cheatSheet_holdsEveryRegisteredCodeOnTwoPages_data()
{
    QTest::addColumn<QString>("languages");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("sizeName");
    for (const char *languages : {"zh", "en", "both"}) {
        QTest::addRow("%s a4", languages) << QString::fromLatin1(languages) << QStringLiteral("a4") << QStringLiteral("(A4)");
        QTest::addRow("%s letter", languages) << QString::fromLatin1(languages) << QStringLiteral("letter") << QStringLiteral("(letter)");
    }
}

void TestExport::cheatSheet_holdsEveryRegisteredCodeOnTwoPages()
{
    QFETCH(QString, languages);
    QFETCH(QString, paper);
    QFETCH(QString, sizeName);
    const QString file = m_dir.filePath(QStringLiteral("sheet-%1-%2.pdf").arg(languages, paper));
    QString error;
    QVERIFY2(CheatSheet::writePdf(*m_catalogue, *sheetLanguagesFromKey(languages), *paperFromKey(paper), file, &error),
             qPrintable(error));

    const std::optional<PdfInfo> info = pdfInfo(file, &error);
    QVERIFY2(info, qPrintable(error));
    QVERIFY2(info->pages >= 1 && info->pages <= CheatSheet::MaxPages, qPrintable(QString::number(info->pages)));
    QVERIFY2(info->pageSize.endsWith(sizeName), qPrintable(info->pageSize));
    // Both languages side by side are laid out across the page.
    const QStringList points = info->pageSize.split(u' ');
    const bool landscape = points.value(0).toDouble() > points.value(2).toDouble();
    QCOMPARE(landscape, languages == u"both");

    const ToolRun text = pdfText(file, true);
    QVERIFY2(text.ok, qPrintable(text.problem));
    const QList<const StatusEntry *> entries = CheatSheet::entries(*m_catalogue);
    QVERIFY(entries.size() > 50);
    for (const StatusEntry *entry : entries) {
        QVERIFY(entry->status != CodeStatus::Unofficial);
        // One row: the code, then its phrase.
        const QRegularExpression row(QStringLiteral("^\\s*%1\\s+%2(\\s|$)")
                                         .arg(entry->code)
                                         .arg(QRegularExpression::escape(entry->phrase)),
                                     QRegularExpression::MultilineOption);
        QVERIFY2(text.output.contains(row), qPrintable(QStringLiteral("%1 %2").arg(entry->code).arg(entry->phrase)));
        if (languages != u"en")
            QVERIFY2(text.output.contains(entry->title.zh), qPrintable(entry->title.zh));
    }
    // Every class, by its name.
    for (const StatusClass &statusClass : m_catalogue->classes()) {
        if (languages != u"zh")
            QVERIFY2(text.output.contains(statusClass.name.en), qPrintable(statusClass.name.en));
        if (languages != u"en")
            QVERIFY2(text.output.contains(statusClass.name.zh), qPrintable(statusClass.name.zh));
    }
    // Not a vendor's code: 499 is nginx's.
    QVERIFY(!text.output.contains(QRegularExpression(QStringLiteral("^\\s*499\\s"), QRegularExpression::MultilineOption)));
}

void TestExport::cheatSheet_linesAreWholeOrEndInAnEllipsis_data()
{
    QTest::addColumn<QString>("languages");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh") << QStringLiteral("zh");
}

void TestExport::cheatSheet_linesAreWholeOrEndInAnEllipsis()
{
    QFETCH(QString, languages);
    const Language language = *languageFromCode(languages);
    const QString file = m_dir.filePath(QStringLiteral("lines-%1.pdf").arg(languages));
    QString error;
    QVERIFY2(CheatSheet::writePdf(*m_catalogue, sheetLanguagesFor(language), Paper::A4, file, &error), qPrintable(error));
    const ToolRun text = pdfText(file, true);
    QVERIFY2(text.ok, qPrintable(text.problem));
    const QStringList lines = text.output.split(u'\n');
    int whole = 0;
    int elided = 0;
    for (const StatusEntry *entry : CheatSheet::entries(*m_catalogue)) {
        // The row's last column: what follows the phrase (and the title).
        const QString start = QStringLiteral("%1 %2").arg(entry->code).arg(entry->phrase);
        const auto row = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &line) {
            return line.simplified().startsWith(start);
        });
        QVERIFY2(row != lines.cend(), qPrintable(start));
        QString drawn = row->simplified().mid(start.size()).trimmed();
        if (language == Language::Chinese)
            drawn = drawn.mid(drawn.indexOf(entry->title.zh) + entry->title.zh.size()).trimmed();
        QString source = CheatSheet::oneLineSource(*entry, language);
        if (language == Language::English && entry->title.en != entry->phrase && entry->oneLine.en.isEmpty())
            source = entry->title.en + QStringLiteral(": ") + source;
        const QString compact = withoutSpaces(drawn);
        if (compact == withoutSpaces(source)) {
            ++whole;
            continue;
        }
        // Elided: a beginning of the sentence, ending in an ellipsis, and
        // (in English) at a word's end.
        QVERIFY2(compact.endsWith(QStringLiteral("\u2026")), qPrintable(start + QStringLiteral(": ") + drawn));
        const QString kept = compact.chopped(1);
        QVERIFY2(kept.size() >= 8 && withoutSpaces(source).startsWith(kept), qPrintable(start + QStringLiteral(": ") + drawn));
        if (language == Language::English) {
            QChar next;
            qsizetype counted = 0;
            for (const QChar c : std::as_const(source)) {
                if (counted == kept.size()) {
                    next = c;
                    break;
                }
                counted += c.isSpace() || c == u'-' ? 0 : 1;
            }
            QVERIFY2(!next.isLetterOrNumber(), qPrintable(start + QStringLiteral(": ") + drawn));
        }
        ++elided;
    }
    qInfo("%s: %d lines whole, %d elided", qPrintable(languages), whole, elided);
    QVERIFY(whole > 0);
    // The built-in catalogue's own one lines are written to fit.
    QCOMPARE(elided, 0);
}

void TestExport::cheatSheet_bothLanguages_builtInLinesAreWhole()
{
    // Side by side the two lines share a landscape row; the built-in
    // catalogue's lines are written to fit it without an ellipsis.
    const QString file = m_dir.filePath(QStringLiteral("lines-both.pdf"));
    QString error;
    QVERIFY2(CheatSheet::writePdf(*m_catalogue, SheetLanguages::Both, Paper::A4, file, &error), qPrintable(error));
    const ToolRun text = pdfText(file, true);
    QVERIFY2(text.ok, qPrintable(text.problem));
    QCOMPARE(text.output.count(QStringLiteral("\u2026")), 0);
    for (const StatusEntry *entry : CheatSheet::entries(*m_catalogue))
        QVERIFY2(withoutSpaces(text.output).contains(withoutSpaces(entry->oneLine.en)), qPrintable(entry->oneLine.en));
}

void TestExport::cheatSheet_unwritableFileSaysWhy()
{
    QString error;
    QVERIFY(!CheatSheet::writePdf(*m_catalogue, SheetLanguages::English, Paper::A4,
                                  QStringLiteral("/nonexistent/folder/sheet.pdf"), &error));
    QVERIFY2(!error.isEmpty(), "no reason given");
}

void TestExport::entryPdf_holdsCodePhraseSummaryAndSources_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("sizeName");
    for (const int code : {404, 500, 206}) {
        QTest::addRow("%d en a4", code) << code << QStringLiteral("en") << QStringLiteral("a4") << QStringLiteral("(A4)");
        QTest::addRow("%d en letter", code) << code << QStringLiteral("en") << QStringLiteral("letter") << QStringLiteral("(letter)");
        QTest::addRow("%d zh a4", code) << code << QStringLiteral("zh") << QStringLiteral("a4") << QStringLiteral("(A4)");
    }
}

void TestExport::entryPdf_holdsCodePhraseSummaryAndSources()
{
    QFETCH(int, code);
    QFETCH(QString, language);
    QFETCH(QString, paper);
    QFETCH(QString, sizeName);
    const StatusEntry *entry = m_catalogue->entry(code);
    QVERIFY(entry);
    const Language lang = *languageFromCode(language);
    const QString file = m_dir.filePath(QStringLiteral("entry-%1-%2-%3.pdf").arg(code).arg(language, paper));
    QString error;
    QVERIFY2(EntryDocument::writePdf(*m_catalogue, *entry, lang, *paperFromKey(paper), file, &error), qPrintable(error));

    const std::optional<PdfInfo> info = pdfInfo(file, &error);
    QVERIFY2(info, qPrintable(error));
    QVERIFY2(info->pageSize.endsWith(sizeName), qPrintable(info->pageSize));
    QVERIFY(info->pages >= 1);
    const ToolRun text = pdfText(file, false);
    QVERIFY2(text.ok, qPrintable(text.problem));
    const QString all = words(text.output);
    // A paragraph may go on over a page's footer: compare without the footers.
    const QString footer = QStringLiteral("%1 %2 \u2014 Status Codex").arg(code).arg(entry->phrase);
    QCOMPARE(text.output.count(footer), info->pages);
    QString body = text.output;
    body.remove(footer);
    body.remove(QRegularExpression(QStringLiteral("Page \\d+ of \\d+")));
    const QString compact = withoutSpaces(body);
    QVERIFY2(all.contains(QStringLiteral("%1 %2").arg(code).arg(entry->phrase)), qPrintable(all.left(300)));
    QVERIFY(compact.contains(withoutSpaces(entry->title.in(lang))));
    for (const QString &line : paragraphsOf(entry->summary.in(lang)))
        QVERIFY2(compact.contains(withoutSpaces(line)), qPrintable(line));
    QVERIFY(!entry->descriptions.isEmpty());
    for (const Description &description : entry->descriptions) {
        const Source *source = m_catalogue->source(description.sourceId);
        QVERIFY(source);
        QVERIFY2(compact.contains(withoutSpaces(source->name.in(lang))), qPrintable(source->name.in(lang)));
        for (const QString &line : paragraphsOf(description.text.in(lang)))
            QVERIFY2(compact.contains(withoutSpaces(line)), qPrintable(line));
    }
    // Numbered pages, and no "copy" links on paper.
    QVERIFY2(all.contains(QStringLiteral("1 / %1").arg(info->pages)) || all.contains(QStringLiteral("Page 1 of %1").arg(info->pages))
                 || compact.contains(QStringLiteral("第1页")),
             qPrintable(all.right(300)));
}

void TestExport::entryHtml_isBlackOnWhiteWithoutLinks()
{
    const StatusEntry *entry = m_catalogue->entry(308);
    QVERIFY(entry);
    QVERIFY(!entry->related.isEmpty());
    QVERIFY(!entry->constants.isEmpty());
    const QString html = EntryDocument::html(*m_catalogue, *entry, Language::English);
    QVERIFY(!html.contains(u"<a "));
    QVERIFY(!html.contains(u"copy:"));
    // The related codes stay, as text.
    const StatusEntry *related = m_catalogue->entry(entry->related.first());
    QVERIFY(html.contains(QStringLiteral("%1 %2").arg(related->code).arg(related->phrase).toHtmlEscaped()));
    const QPalette palette = EntryDocument::printPalette();
    QCOMPARE(palette.color(QPalette::Text), QColor(Qt::black));
    QCOMPARE(palette.color(QPalette::Base), QColor(Qt::white));
    QVERIFY(palette.color(QPalette::PlaceholderText).lightness() < 128);
}

void TestExport::printer_printsToAPdfFile()
{
    // What File > Print does when the user picks "Print to File".
    const StatusEntry *entry = m_catalogue->entry(404);
    QVERIFY(entry);
    const QString file = m_dir.filePath(QStringLiteral("printed-404.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(file);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setPageMargins(printMargins(), QPageLayout::Millimeter);
    const int pages = EntryDocument::paint(*m_catalogue, *entry, Language::English, &printer);
    QVERIFY(pages >= 1);
    QString error;
    const std::optional<PdfInfo> info = pdfInfo(file, &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->pages, pages);
    QVERIFY2(info->pageSize.endsWith(u"(letter)"), qPrintable(info->pageSize));
    const ToolRun text = pdfText(file, false);
    QVERIFY2(text.ok, qPrintable(text.problem));
    QVERIFY(words(text.output).contains(u"404 Not Found"));
    QVERIFY(words(text.output).contains(words(entry->summary.en.section(QStringLiteral("\n\n"), 0, 0))));
}

void TestExport::markdown_hasEverySectionAndTheSourcesVerbatim_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("language");
    for (const int code : {404, 500, 206, 412, 416, 308})
        for (const char *language : {"en", "zh"})
            QTest::addRow("%d %s", code, language) << code << QString::fromLatin1(language);
}

void TestExport::markdown_hasEverySectionAndTheSourcesVerbatim()
{
    QFETCH(int, code);
    QFETCH(QString, language);
    const Language lang = *languageFromCode(language);
    const StatusEntry *entry = m_catalogue->entry(code);
    QVERIFY(entry);
    const QString markdown = MarkdownExport::entry(*m_catalogue, *entry, lang);
    QVERIFY2(markdown.startsWith(QStringLiteral("# %1 %2\n").arg(code).arg(entry->phrase)), qPrintable(markdown.left(80)));
    QVERIFY(markdown.contains(QStringLiteral("**%1**").arg(entry->title.in(lang))));
    using Label = DetailRenderer::Label;
    for (const Label label : {Label::Summary, Label::Sources, Label::Specification})
        QVERIFY2(markdown.contains(QStringLiteral("\n## ") + DetailRenderer::label(label) + u'\n'),
                 qPrintable(DetailRenderer::label(label)));
    QVERIFY(markdown.contains(entry->reference));
    if (!entry->related.isEmpty()) {
        QVERIFY(markdown.contains(QStringLiteral("\n## ") + DetailRenderer::label(Label::CompareWith) + u'\n'));
        for (const int related : entry->related)
            QVERIFY(markdown.contains(QStringLiteral("\n- %1 ").arg(related)));
    }

    // Each source under its name, its own spelling of the phrase in the
    // heading, its text verbatim (once the escapes are read), and its
    // corrections after it, before the next source.
    const QString text = unescapeMarkdown(markdown);
    qsizetype from = 0;
    for (const Description &description : entry->descriptions) {
        const Source *source = m_catalogue->source(description.sourceId);
        QString heading = QStringLiteral("\n### ") + source->name.in(lang);
        if (!description.phrase.isEmpty())
            heading += QStringLiteral(" \u00b7 \u201c%1\u201d").arg(description.phrase);
        const qsizetype at = text.indexOf(heading, from);
        QVERIFY2(at >= 0, qPrintable(heading));
        const qsizetype next = text.indexOf(QStringLiteral("\n### "), at + 1);
        const QString section = text.mid(at, next < 0 ? -1 : next - at);
        for (const QString &line : paragraphsOf(description.text.in(lang)))
            QVERIFY2(section.contains(line), qPrintable(line));
        for (const Note *note : entry->notesOn(description.sourceId)) {
            QVERIFY(section.contains(QStringLiteral("> **%1** (%2)").arg(DetailRenderer::label(Label::Correction),
                                                                            DetailRenderer::label(Label::NotTheSource))));
            for (const QString &line : paragraphsOf(note->text.in(lang)))
                QVERIFY2(section.contains(QStringLiteral("> ") + line) || section.contains(line), qPrintable(line));
        }
        from = at + 1;
    }
    const QList<const Note *> general = entry->notesOn(QString());
    if (!general.isEmpty()) {
        const qsizetype at = text.indexOf(QStringLiteral("\n## ") + DetailRenderer::label(Label::Corrections) + u'\n');
        QVERIFY(at > from);
        for (const Note *note : general)
            for (const QString &line : paragraphsOf(note->text.in(lang)))
                QVERIFY2(text.indexOf(line, at) > at, qPrintable(line));
    }
    // Texts without Markdown's characters come out exactly as written.
    if (code == 404 || code == 500 || code == 206) {
        for (const Description &description : entry->descriptions)
            QVERIFY(markdown.contains(description.text.in(lang).section(QStringLiteral("\n\n"), 0, 0)));
    }
}

void TestExport::markdown_escapesWhatWouldBecomeMarkup()
{
    const Catalogue catalogue = markupCatalogue();
    const QString markdown = MarkdownExport::entry(catalogue, catalogue.entries().first(), Language::English);
    const QStringList lines = markdown.split(u'\n');
    // Nothing of the texts reads as a heading, quote, rule or list of its own.
    for (const QString &line : lines) {
        if (line.startsWith(u'#'))
            QVERIFY2(QRegularExpression(QStringLiteral("^#{1,3} ")).match(line).hasMatch()
                         && (line.startsWith(u"# 499") || line.startsWith(u"## ") || line.startsWith(u"### ")),
                     qPrintable(line));
    }
    // An underscore inside a word is not emphasis, and stays as it is.
    QVERIFY(markdown.contains(u"# 499 Markup_Test\n"));
    QVERIFY(markdown.contains(u"**Markup \\<test\\>**"));
    QVERIFY(markdown.contains(u"\n\\# Not a heading\\\n\\*Not\\* emphasis, nor \\`code\\`"));
    // The catalogue's own lists stay lists, nested under their parent.
    QVERIFY(markdown.contains(u"\n- a real item with \\_under\\_ scores\n  - nested \\[link\\](x)"));
    QVERIFY(markdown.contains(u"### Study \\*notes\\* \u00b7 \u201cMark\\*up\u201d (corrected below)"));
    QVERIFY(markdown.contains(u"\n1. is a list\n2. of two\n"));
    QVERIFY(markdown.contains(u"\n\\> not a quote\\\n\\+ nor a list\\\n\\---"));
    QVERIFY(markdown.contains(u"> A correction with a \\* star"));
    QVERIFY(markdown.contains(u"## Corrections\n\n> **Correction** (by Status Codex, not the source's words)\n>\n> General: 3 \\* 4 = 12"));
    // Read back, the texts are as written.
    QVERIFY(unescapeMarkdown(markdown).contains(u"*Not* emphasis, nor `code`"));
}

void TestExport::window_exportActionsNeedACodeShown()
{
    EnglishWindow english(*m_catalogue);
    MainWindow &window = english.window;
    const auto action = [&window](const char *name) { return window.findChild<QAction *>(QLatin1String(name)); };
    QAction *print = action("printAction");
    QAction *pdf = action("exportPdfAction");
    QAction *sheet = action("cheatSheetAction");
    QAction *markdown = action("copyMarkdownAction");
    QVERIFY(print && pdf && sheet && markdown);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    QCOMPARE(markdown->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    for (QAction *each : {print, pdf, sheet, markdown})
        QVERIFY2(!each->toolTip().isEmpty() && each->toolTip() != each->text().remove(u'&'), qPrintable(each->text()));
    // No shortcut of the window is taken twice.
    QList<QKeySequence> shortcuts;
    for (const QAction *each : window.findChildren<QAction *>()) {
        for (const QKeySequence &shortcut : each->shortcuts()) {
            QVERIFY2(!shortcuts.contains(shortcut), qPrintable(shortcut.toString()));
            shortcuts << shortcut;
        }
    }

    QCOMPARE(window.currentCode(), 0);
    QVERIFY(!print->isEnabled());
    QVERIFY(!pdf->isEnabled());
    QVERIFY(!markdown->isEnabled());
    QVERIFY(sheet->isEnabled());
    window.showCode(404);
    QVERIFY(print->isEnabled());
    QVERIFY(pdf->isEnabled());
    QVERIFY(markdown->isEnabled());
    QVERIFY(sheet->isEnabled());
}

void TestExport::window_copyAsMarkdownPutsTheCodeOnTheClipboard()
{
    EnglishWindow english(*m_catalogue);
    MainWindow &window = english.window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showCode(410);
    QApplication::clipboard()->clear();
    QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), MarkdownExport::entry(*m_catalogue, *m_catalogue->entry(410), Language::English));
    QVERIFY(QApplication::clipboard()->text().startsWith(u"# 410 Gone\n"));
}

void TestExport::cheatSheetDialog_offersLanguagesAndPaper()
{
    CheatSheetDialog dialog(Language::Chinese, Paper::Letter);
    QCOMPARE(dialog.languages(), SheetLanguages::Chinese);
    QCOMPARE(dialog.paper(), Paper::Letter);
    auto *languages = dialog.findChild<QComboBox *>(QStringLiteral("sheetLanguages"));
    auto *paper = dialog.findChild<QComboBox *>(QStringLiteral("sheetPaper"));
    QVERIFY(languages && paper);
    QCOMPARE(languages->count(), 3);
    languages->setCurrentIndex(languages->findData(QStringLiteral("both")));
    paper->setCurrentIndex(paper->findData(QStringLiteral("a4")));
    QCOMPARE(dialog.languages(), SheetLanguages::Both);
    QCOMPARE(dialog.paper(), Paper::A4);
    QCOMPARE(CheatSheetDialog(Language::English, Paper::A4).languages(), SheetLanguages::English);
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
