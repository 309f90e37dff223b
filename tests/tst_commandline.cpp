// The command line: argument parsing as a unit, then the built program run
// end to end, its output, JSON shape and exit codes.
#include "catalogue.h"
#include "catalogueloader.h"
#include "commandline.h"
#include "detailrenderer.h"
#include "markdownexport.h"
#include "search.h"
#include "translations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace codex;

namespace {

using Command = CommandLineOptions::Command;

// A catalogue of two codes, for --catalogue.
const char smallCatalogue[] = R"({
  "schema": 1,
  "sources": [
    {"id": "quickref", "name": {"zh": "速查表", "en": "Quick reference"}, "about": {"zh": "表格。", "en": "A table."}},
    {"id": "notes", "name": {"zh": "学习笔记", "en": "Study notes"}, "about": {"zh": "笔记。", "en": "Notes."}}
  ],
  "classes": [
    {"class": 1, "name": {"zh": "信息", "en": "Informational"}, "summary": {"zh": "临时。", "en": "Interim."}},
    {"class": 2, "name": {"zh": "成功", "en": "Successful"}, "summary": {"zh": "成功。", "en": "Success."}},
    {"class": 3, "name": {"zh": "重定向", "en": "Redirection"}, "summary": {"zh": "重定向。", "en": "Redirection."}},
    {"class": 4, "name": {"zh": "客户端错误", "en": "Client Error"}, "summary": {"zh": "客户端。", "en": "Client."}},
    {"class": 5, "name": {"zh": "服务器错误", "en": "Server Error"}, "summary": {"zh": "服务器。", "en": "Server."}}
  ],
  "codes": [
    {"code": 404, "class": 4, "phrase": "Not Found", "status": "standard", "reference": "RFC 9110",
     "title": {"zh": "小未找到", "en": "Small Not Found"}, "aliases": [],
     "summary": {"zh": "找不到。", "en": "Not there."},
     "descriptions": [{"source": "notes", "text": {"zh": "没有。", "en": "Nothing."}}],
     "notes": [], "related": [200]},
    {"code": 200, "class": 2, "phrase": "OK", "status": "standard", "reference": "RFC 9110",
     "title": {"zh": "成功", "en": "OK"}, "aliases": [],
     "summary": {"zh": "好。", "en": "Fine."}, "descriptions": [], "notes": [], "related": []}
  ]
}
)";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

QProcessEnvironment offscreenEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

Run runProgram(const QStringList &arguments, const QByteArray &input = QByteArray(),
               const QProcessEnvironment &environment = offscreenEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CODEX_APP_BINARY), arguments);
    // Standard input as a pipe that ends: what a script piping answers gives.
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString describe(const Run &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(run.exitCode)
        .arg(run.outText().left(2000), run.errText().left(2000));
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text)
    return !decoder.hasError();
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void parse_acceptsGoodArguments_data();
    void parse_acceptsGoodArguments();
    void parse_refusesBadArguments_data();
    void parse_refusesBadArguments();

    void showJson_hasTheWholeEntry();
    void showJson_keepsNotesOnTheCodeItselfApart();
    void showText_putsEachCorrectionUnderTheTextItCorrects_data();
    void showText_putsEachCorrectionUnderTheTextItCorrects();
    void showText_inChineseIsUtf8AndHoldsTheTitle();
    void showText_inEnglishHoldsPhraseAndSources();
    void showText_holdsTheConstantsExampleAndOtherUses();
    void showUnknownCode_exitsOne();
    void showNotACode_exitsTwoWithMessage();
    void searchJson_listsHitsInRankOrder();
    void searchText_printsOneLinePerHit();
    void searchWithoutMatch_exitsOneWithEmptyArray();
    void searchWithoutMatch_exitsOneWithMessage();
    void listJson_holdsEveryCode();
    void brokenCatalogueFile_exitsTwoNamingFileAndPlace();
    void missingCatalogueFile_exitsTwo();
    void validCatalogueFile_isUsed();
    void badArguments_exitTwoWithMessage_data();
    void badArguments_exitTwoWithMessage();
    void helpAndVersion_exitZero();
    void quiz_readsAnswersFromStandardInputAndRecordsThem();
    void quiz_endOfInputEndsEarlyAndKeepsWhatWasAnswered();
    void quiz_asksAgainAfterAnAnswerThatIsNone();
    void quiz_flashcardTakesARatingAfterShowingTheAnswer();
    void quiz_crossLanguageAsksInChineseWithEnglishOptions();
    void progressJson_countsReviewsDecksAndCards();
    void compare_printsATableThatFitsTheTerminal();
    void compareJson_hasCodePhraseAndFacts();
    void compare_unknownCodesExitOneAndNameThem();
    void compare_fewerThanTwoCodesExitTwo();
    void guideJson_isTheWholeGuide();
    void guide_walksFromStandardInputToACode();
    void showJson_hasTheFacts();
    void studyArguments_badOnesExitTwo_data();
    void studyArguments_badOnesExitTwo();
    void parse_cheatsheetAndMarkdownOptions();
    void exportArguments_badOnesExitTwo_data();
    void exportArguments_badOnesExitTwo();
    void cheatsheet_writesEveryCodeOnTwoPages_data();
    void cheatsheet_writesEveryCodeOnTwoPages();
    void cheatsheet_unwritableFileExitsTwoNamingIt();
    void cheatsheet_worksWithoutADisplay();
    void showMarkdown_printsWhatCopyAsMarkdownCopies();
    void help_namesTheExportCommandAndOptions();

private:
    QTemporaryDir m_dir;
    std::optional<Catalogue> m_catalogue;
};

void TestCommandLine::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(CODEX_APP_BINARY)));
    QVERIFY(m_dir.isValid());
    const LoadResult result = CatalogueLoader::loadEmbedded();
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    m_catalogue = result.catalogue;
}

void TestCommandLine::parse_acceptsGoodArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Command>("command");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<int>("openCode");
    QTest::addColumn<QString>("language"); // "" when not given
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("catalogueFile");
    const auto row = [](const char *name, const QStringList &arguments, Command command, const QString &argument,
                         int openCode, const QString &language, bool json, const QString &catalogueFile) {
        QTest::newRow(name) << arguments << command << argument << openCode << language << json << catalogueFile;
    };
    const QString none;
    row("no arguments opens the window", {}, Command::Window, none, 0, none, false, none);
    row("a code opens the window on it", { QStringLiteral("404") }, Command::Window, none, 404, none, false, none);
    row("window with language and code", { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("404") },
        Command::Window, none, 404, QStringLiteral("en"), false, none);
    row("show", { QStringLiteral("show"), QStringLiteral("404") }, Command::Show, QStringLiteral("404"), 0, none, false,
        none);
    row("show --json --lang zh",
        { QStringLiteral("show"), QStringLiteral("418"), QStringLiteral("--json"), QStringLiteral("--lang"),
            QStringLiteral("zh") },
        Command::Show, QStringLiteral("418"), 0, QStringLiteral("zh"), true, none);
    row("options before the command", { QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("200") },
        Command::Show, QStringLiteral("200"), 0, none, true, none);
    row("--lang=en form", { QStringLiteral("show"), QStringLiteral("404"), QStringLiteral("--lang=en") }, Command::Show,
        QStringLiteral("404"), 0, QStringLiteral("en"), false, none);
    row("--lang=zh_CN locale form", { QStringLiteral("list"), QStringLiteral("--lang=zh_CN") }, Command::List, none, 0,
        QStringLiteral("zh"), false, none);
    row("search joins its words", { QStringLiteral("search"), QStringLiteral("not"), QStringLiteral("fou") },
        Command::Search, QStringLiteral("not fou"), 0, none, false, none);
    row("search with one quoted query",
        { QStringLiteral("search"), QStringLiteral("not found"), QStringLiteral("--json") }, Command::Search,
        QStringLiteral("not found"), 0, none, true, none);
    row("search in Chinese", { QStringLiteral("search"), QStringLiteral("未找到") }, Command::Search,
        QStringLiteral("未找到"), 0, none, false, none);
    row("list", { QStringLiteral("list") }, Command::List, none, 0, none, false, none);
    row("list --json", { QStringLiteral("list"), QStringLiteral("--json") }, Command::List, none, 0, none, true, none);
    row("--catalogue FILE", { QStringLiteral("--catalogue"), QStringLiteral("my.json"), QStringLiteral("list") },
        Command::List, none, 0, none, false, QStringLiteral("my.json"));
    row("--catalogue=FILE", { QStringLiteral("show"), QStringLiteral("404"), QStringLiteral("--catalogue=a=b.json") },
        Command::Show, QStringLiteral("404"), 0, none, false, QStringLiteral("a=b.json"));
    row("--help", { QStringLiteral("--help") }, Command::Help, none, 0, none, false, none);
    row("-h wins over bad arguments", { QStringLiteral("show"), QStringLiteral("abc"), QStringLiteral("-h") },
        Command::Help, none, 0, none, false, none);
    row("--version", { QStringLiteral("--version") }, Command::Version, none, 0, none, false, none);
    row("-v", { QStringLiteral("-v") }, Command::Version, none, 0, none, false, none);
}

void TestCommandLine::parse_acceptsGoodArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(Command, command);
    QFETCH(QString, argument);
    QFETCH(int, openCode);
    QFETCH(QString, language);
    QFETCH(bool, json);
    QFETCH(QString, catalogueFile);

    const CommandLineOptions options = CommandLine::parse(arguments);
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    QCOMPARE(options.command, command);
    QCOMPARE(options.argument, argument);
    QCOMPARE(options.openCode, openCode);
    QCOMPARE(options.language ? languageCode(*options.language) : QString(), language);
    QCOMPARE(options.json, json);
    QCOMPARE(options.catalogueFile, catalogueFile);
    QCOMPARE(options.opensWindow(), command == Command::Window);
}

void TestCommandLine::parse_refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error"); // a part of the message
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--colour") } << QStringLiteral("\"--colour\"");
    QTest::newRow("unknown short option") << QStringList { QStringLiteral("show"), QStringLiteral("404"),
        QStringLiteral("-x") } << QStringLiteral("\"-x\"");
    QTest::newRow("--lang xx") << QStringList { QStringLiteral("--lang"), QStringLiteral("xx") }
                               << QStringLiteral("\"xx\"");
    QTest::newRow("--lang= empty") << QStringList { QStringLiteral("list"), QStringLiteral("--lang=") }
                                   << QStringLiteral("is not a language");
    QTest::newRow("--lang without value")
        << QStringList { QStringLiteral("list"), QStringLiteral("--lang") } << QStringLiteral("--lang needs a value");
    QTest::newRow("--catalogue without file") << QStringList { QStringLiteral("list"), QStringLiteral("--catalogue") }
                                              << QStringLiteral("--catalogue needs a file");
    QTest::newRow("show without code") << QStringList { QStringLiteral("show") }
                                       << QStringLiteral("show takes one code");
    QTest::newRow("show two codes") << QStringList { QStringLiteral("show"), QStringLiteral("404"),
        QStringLiteral("500") } << QStringLiteral("show takes one code");
    QTest::newRow("show abc") << QStringList { QStringLiteral("show"), QStringLiteral("abc") }
                              << QStringLiteral("\"abc\" is not a status code");
    QTest::newRow("show 40") << QStringList { QStringLiteral("show"), QStringLiteral("40") }
                             << QStringLiteral("\"40\" is not a status code");
    QTest::newRow("show 4044") << QStringList { QStringLiteral("show"), QStringLiteral("4044") }
                               << QStringLiteral("\"4044\" is not a status code");
    QTest::newRow("search without query")
        << QStringList { QStringLiteral("search") } << QStringLiteral("search needs a query");
    QTest::newRow("search with blank query")
        << QStringList { QStringLiteral("search"), QStringLiteral("  ") } << QStringLiteral("search needs a query");
    QTest::newRow("list with argument") << QStringList { QStringLiteral("list"), QStringLiteral("4xx") }
                                        << QStringLiteral("list takes no arguments");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("find"), QStringLiteral("404") }
                                     << QStringLiteral("unknown command \"find\"");
    QTest::newRow("--json without command")
        << QStringList { QStringLiteral("--json") } << QStringLiteral("--json goes with show, search, list, progress, compare or guide");
    QTest::newRow("--json with a window code") << QStringList { QStringLiteral("404"), QStringLiteral("--json") }
                                               << QStringLiteral("--json goes with show, search, list, progress, compare or guide");
}

void TestCommandLine::parse_refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const CommandLineOptions options = CommandLine::parse(arguments);
    QCOMPARE(options.command, Command::Invalid);
    QVERIFY(!options.opensWindow());
    QVERIFY2(options.error.contains(error), qPrintable(options.error));
}

void TestCommandLine::showJson_hasTheWholeEntry()
{
    const Run run = runProgram({ QStringLiteral("show"), QStringLiteral("404"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(isValidUtf8(run.out));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isObject());
    const QJsonObject object = document.object();

    for (const char *key : { "code", "phrase", "class", "status", "reference", "title", "aliases", "summary", "related",
             "descriptions", "notes", "facts", "oneLine" })
        QVERIFY2(object.contains(QLatin1String(key)), key);
    QCOMPARE(object.value(u"code").toInt(), 404);
    QCOMPARE(object.value(u"oneLine").toObject().value(u"en").toString(), m_catalogue->entry(404)->oneLine.en);
    QCOMPARE(object.value(u"phrase").toString(), QStringLiteral("Not Found"));
    QCOMPARE(object.value(u"class").toInt(), 4);
    QCOMPARE(object.value(u"status").toString(), QStringLiteral("standard"));
    QCOMPARE(object.value(u"reference").toString(), QStringLiteral("RFC 9110, Section 15.5.5"));
    QCOMPARE(object.value(u"title").toObject().value(u"zh").toString(), QStringLiteral("未找到"));
    QCOMPARE(object.value(u"title").toObject().value(u"en").toString(), QStringLiteral("Not Found"));
    QVERIFY(object.value(u"aliases").isArray());
    QCOMPARE(
        sortedKeys(object.value(u"summary").toObject()), QStringList({ QStringLiteral("en"), QStringLiteral("zh") }));

    const StatusEntry *entry = m_catalogue->entry(404);
    QJsonArray related;
    for (const int code : entry->related)
        related << code;
    QCOMPARE(object.value(u"related").toArray(), related);

    const QJsonArray descriptions = object.value(u"descriptions").toArray();
    QCOMPARE(descriptions.size(), entry->descriptions.size());
    int corrections = 0;
    for (int i = 0; i < descriptions.size(); ++i) {
        const QJsonObject description = descriptions.at(i).toObject();
        const Description &expected = entry->descriptions.at(i);
        QStringList keys { QStringLiteral("corrections"), QStringLiteral("source"), QStringLiteral("sourceName"),
            QStringLiteral("text") };
        if (!expected.phrase.isEmpty())
            keys << QStringLiteral("phrase");
        keys.sort();
        QCOMPARE(sortedKeys(description), keys);
        QCOMPARE(description.value(u"source").toString(), expected.sourceId);
        QCOMPARE(description.value(u"phrase").toString(), expected.phrase);
        QVERIFY(!description.value(u"sourceName").toString().isEmpty());
        const QJsonObject text = description.value(u"text").toObject();
        QCOMPARE(text.value(u"zh").toString(), expected.text.zh);
        QCOMPARE(text.value(u"en").toString(), expected.text.en);
        // The source's corrections travel with its text, in catalogue order.
        const QJsonArray notes = description.value(u"corrections").toArray();
        const QList<const Note *> expectedNotes = entry->notesOn(expected.sourceId);
        QCOMPARE(notes.size(), expectedNotes.size());
        for (int n = 0; n < notes.size(); ++n) {
            QCOMPARE(notes.at(n).toObject().value(u"zh").toString(), expectedNotes.at(n)->text.zh);
            QCOMPARE(notes.at(n).toObject().value(u"en").toString(), expectedNotes.at(n)->text.en);
        }
        corrections += notes.size();
    }
    QVERIFY(corrections > 0);
    QVERIFY(descriptions.at(2).toObject().value(u"phrase").toString() == QStringLiteral("Not Found"));

    // "notes" holds only what concerns no single source: none for 404.
    QCOMPARE(object.value(u"notes").toArray().size(), entry->notesOn(QString()).size());
    QCOMPARE(corrections + object.value(u"notes").toArray().size(), entry->notes.size());
}

void TestCommandLine::showJson_keepsNotesOnTheCodeItselfApart()
{
    const Run run = runProgram({ QStringLiteral("show"), QStringLiteral("305"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    const QList<const Note *> general = m_catalogue->entry(305)->notesOn(QString());
    QVERIFY(!general.isEmpty());
    const QJsonArray notes = object.value(u"notes").toArray();
    QCOMPARE(notes.size(), general.size());
    QCOMPARE(notes.at(0).toObject().value(u"en").toString(), general.first()->text.en);
    QCOMPARE(sortedKeys(notes.at(0).toObject()), QStringList({ QStringLiteral("en"), QStringLiteral("zh") }));
}

void TestCommandLine::showText_putsEachCorrectionUnderTheTextItCorrects_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("language");
    for (const int code : { 305, 404, 503 }) {
        QTest::addRow("%d en", code) << code << QStringLiteral("en");
        QTest::addRow("%d zh", code) << code << QStringLiteral("zh");
    }
}

void TestCommandLine::showText_putsEachCorrectionUnderTheTextItCorrects()
{
    QFETCH(int, code);
    QFETCH(QString, language);
    const Run run = runProgram({ QStringLiteral("show"), QString::number(code), QStringLiteral("--lang"), language });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QString text = run.outText();
    const Language lang = language == u"zh" ? Language::Chinese : Language::English;
    const StatusEntry *entry = m_catalogue->entry(code);
    Translations labels; // so that DetailRenderer::label() speaks the output's language
    QVERIFY(labels.apply(lang));

    // The same order as the window: [source] heading, its text, each of its
    // corrections, then the next source; notes on the code itself after all.
    qsizetype at = 0;
    const auto expectNext = [&](const QString &part) {
        const qsizetype next = text.indexOf(part, at);
        if (next < at)
            return false;
        at = next + part.size();
        return true;
    };
    for (const Description &description : entry->descriptions) {
        const Source *source = m_catalogue->source(description.sourceId);
        QString heading = u'[' + source->name.in(lang) + u']';
        if (!description.phrase.isEmpty())
            heading += QStringLiteral(" \u201c") + description.phrase + QStringLiteral("\u201d");
        QVERIFY2(expectNext(heading), qPrintable(heading));
        const QString firstLine = description.text.in(lang).section(u'\n', 0, 0);
        QVERIFY2(expectNext(firstLine), qPrintable(firstLine));
        for (const Note *note : entry->notesOn(description.sourceId)) {
            QVERIFY2(expectNext(QStringLiteral("* ") + DetailRenderer::label(DetailRenderer::Label::Correction)),
                qPrintable(text));
            QVERIFY2(expectNext(note->text.in(lang).section(u'\n', 0, 0)), qPrintable(note->text.in(lang)));
        }
    }
    for (const Note *note : entry->notesOn(QString())) {
        QVERIFY(expectNext(DetailRenderer::label(DetailRenderer::Label::Corrections)));
        QVERIFY(expectNext(note->text.in(lang).section(u'\n', 0, 0)));
    }
}

void TestCommandLine::showText_inChineseIsUtf8AndHoldsTheTitle()
{
    const Run run
        = runProgram({ QStringLiteral("show"), QStringLiteral("404"), QStringLiteral("--lang"), QStringLiteral("zh") });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(isValidUtf8(run.out));
    const QString text = run.outText();
    QVERIFY2(text.startsWith(QStringLiteral("404 Not Found\n未找到\n")), qPrintable(text.left(200)));
    QVERIFY(text.contains(QStringLiteral("速查表")));
    QVERIFY(text.contains(m_catalogue->entry(404)->summary.zh));
    QVERIFY(run.err.isEmpty());
}

void TestCommandLine::showText_inEnglishHoldsPhraseAndSources()
{
    const Run run = runProgram({ QStringLiteral("show"), QStringLiteral("413"), QStringLiteral("--lang=en") });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QString text = run.outText();
    QVERIFY(text.startsWith(QStringLiteral("413 Content Too Large\n")));
    QVERIFY(text.contains(QStringLiteral("Payload Too Large")));
    QVERIFY(text.contains(QStringLiteral("Quick reference table")));
    QVERIFY(text.contains(m_catalogue->entry(413)->summary.en));
    static const QRegularExpression chinese(QStringLiteral("[\\x{3400}-\\x{9fff}]"));
    QVERIFY2(!text.contains(chinese), qPrintable(text));
}

void TestCommandLine::showText_holdsTheConstantsExampleAndOtherUses()
{
    // What the pane shows beyond the sources, in a terminal too.
    const Run notFound = runProgram({ QStringLiteral("show"), QStringLiteral("404"), QStringLiteral("--lang=en") });
    QVERIFY2(notFound.exitCode == 0, qPrintable(describe(notFound)));
    const QString text = notFound.outText();
    const StatusEntry *entry = m_catalogue->entry(404);
    QVERIFY(!entry->constants.isEmpty() && !entry->example.isEmpty());
    QVERIFY(text.contains(QStringLiteral("\nIn code\n")));
    for (const CodeConstant &constant : entry->constants)
        QVERIFY2(text.contains(QStringLiteral(": ") + constant.symbol + u'\n'), qPrintable(constant.symbol));
    QVERIFY(text.contains(QStringLiteral("  Python http.HTTPStatus: HTTPStatus.NOT_FOUND\n")));
    QVERIFY(text.contains(QStringLiteral("\nExample\n")));
    for (const QString &line : entry->example.split(u'\n', Qt::SkipEmptyParts))
        QVERIFY2(text.contains(QStringLiteral("  ") + line + u'\n'), qPrintable(line));
    // Sections in the pane's order: the sources, then code, then the example.
    QVERIFY(text.indexOf(QStringLiteral("\nWhat the sources say\n")) < text.indexOf(QStringLiteral("\nIn code\n")));
    QVERIFY(text.indexOf(QStringLiteral("\nIn code\n")) < text.indexOf(QStringLiteral("\nExample\n")));

    // A number two vendors use: both, each named.
    const Run closed = runProgram({ QStringLiteral("show"), QStringLiteral("499"), QStringLiteral("--lang=en") });
    QVERIFY2(closed.exitCode == 0, qPrintable(describe(closed)));
    const StatusEntry *clientClosed = m_catalogue->entry(499);
    QVERIFY(clientClosed->unofficial.size() >= 2);
    QVERIFY(closed.outText().contains(QStringLiteral("\nWho uses this number\n")));
    for (const UnofficialUse &use : clientClosed->unofficial)
        QVERIFY2(closed.outText().contains(QStringLiteral("  %1: 499 %2 \u2014 ").arg(use.usedBy.en, use.phrase)),
                 qPrintable(use.usedBy.en));
}

void TestCommandLine::showUnknownCode_exitsOne()
{
    const Run run = runProgram({ QStringLiteral("show"), QStringLiteral("299") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(QStringLiteral("299")), qPrintable(describe(run)));
}

void TestCommandLine::showNotACode_exitsTwoWithMessage()
{
    const Run run = runProgram({ QStringLiteral("show"), QStringLiteral("abc") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(QStringLiteral("\"abc\" is not a status code")), qPrintable(describe(run)));
}

void TestCommandLine::searchJson_listsHitsInRankOrder()
{
    const Run run = runProgram({ QStringLiteral("search"), QStringLiteral("not fou"), QStringLiteral("--json"),
        QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonDocument document = QJsonDocument::fromJson(run.out);
    QVERIFY(document.isArray());
    QList<int> codes;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        QVERIFY(object.contains(u"phrase"));
        codes << object.value(u"code").toInt();
    }
    QCOMPARE(codes, QList<int>({ 404, 302, 303, 415 }));
    QCOMPARE(document.array().first().toObject().value(u"phrase").toString(), QStringLiteral("Not Found"));

    // The Chinese query, same order as the library gives.
    const Run chinese = runProgram(
        { QStringLiteral("search"), QStringLiteral("重定向"), QStringLiteral("--json"), QStringLiteral("--lang=zh") });
    QVERIFY2(chinese.exitCode == 0, qPrintable(describe(chinese)));
    QList<int> chineseCodes;
    for (const QJsonValue &value : QJsonDocument::fromJson(chinese.out).array())
        chineseCodes << value.toObject().value(u"code").toInt();
    QCOMPARE(chineseCodes, QList<int>({ 307, 308, 300, 301, 302, 303, 305, 414, 495, 497 }));
}

void TestCommandLine::searchText_printsOneLinePerHit()
{
    const Run run = runProgram(
        { QStringLiteral("search"), QStringLiteral("40"), QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QStringList lines = run.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 10);
    QVERIFY(lines.first().startsWith(QStringLiteral("400")));
    QVERIFY(lines.at(4).startsWith(QStringLiteral("404  Not Found")));
    QVERIFY(lines.last().startsWith(QStringLiteral("409")));
}

void TestCommandLine::searchWithoutMatch_exitsOneWithEmptyArray()
{
    const Run run = runProgram({ QStringLiteral("search"), QStringLiteral("xyzzy"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out.trimmed(), QByteArray("[]"));
}

void TestCommandLine::searchWithoutMatch_exitsOneWithMessage()
{
    const Run run = runProgram({ QStringLiteral("search"), QStringLiteral("xyzzy") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(QStringLiteral("xyzzy")), qPrintable(describe(run)));
}

void TestCommandLine::listJson_holdsEveryCode()
{
    const Run run = runProgram({ QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(array.size(), 90);
    int previous = 0;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        for (const char *key : { "code", "phrase", "status", "title" })
            QVERIFY2(object.contains(QLatin1String(key)), key);
        const int code = object.value(u"code").toInt();
        QVERIFY2(code > previous, "codes are listed in order");
        previous = code;
        QVERIFY(!object.value(u"phrase").toString().isEmpty());
        CodeStatus status;
        QVERIFY(statusFromKey(object.value(u"status").toString(), &status));
        QVERIFY(!object.value(u"title").toObject().value(u"zh").toString().isEmpty());
        QVERIFY(!object.value(u"title").toObject().value(u"en").toString().isEmpty());
    }
    QCOMPARE(array.first().toObject().value(u"code").toInt(), 100);
    QCOMPARE(array.last().toObject().value(u"code").toInt(), 599);
    // Who uses a number outside the registry, for each code: 499 has two users.
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        QVERIFY(object.value(u"unofficial").isArray());
        if (object.value(u"code").toInt() == 499) {
            const QJsonArray users = object.value(u"unofficial").toArray();
            QCOMPARE(users.size(), 2);
            QVERIFY(users.at(0).toObject().value(u"usedBy").toObject().contains(u"en"));
        }
        if (object.value(u"code").toInt() == 404)
            QVERIFY(object.value(u"unofficial").toArray().isEmpty());
    }
}

void TestCommandLine::brokenCatalogueFile_exitsTwoNamingFileAndPlace()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QByteArray broken(smallCatalogue);
    broken.replace("{\"source\": \"notes\"", "{\"source\": \"wiki\"");
    broken.replace("\"related\": [200]", "\"related\": [201]");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(broken);
    file.close();

    const Run run = runProgram({ QStringLiteral("--catalogue"), path, QStringLiteral("show"), QStringLiteral("404") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QString err = run.errText();
    QVERIFY2(
        err.contains(path + QStringLiteral(": codes[0] (404).descriptions[0].source: \"wiki\" is not a known source")),
        qPrintable(err));
    QVERIFY2(err.contains(path + QStringLiteral(": codes[0] (404).related[0]: code 201 is not in the catalogue")),
        qPrintable(err));

    // Invalid JSON: the line and column.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\n  \"schema\": 1,\n  \"sources\" []\n}\n");
    file.close();
    const Run invalid = runProgram({ QStringLiteral("list"), QStringLiteral("--catalogue=") + path });
    QCOMPARE(invalid.exitCode, 2);
    QVERIFY2(invalid.errText().contains(path + QStringLiteral(":3:13: invalid JSON")), qPrintable(describe(invalid)));
}

void TestCommandLine::missingCatalogueFile_exitsTwo()
{
    const QString path = m_dir.filePath(QStringLiteral("absent.json"));
    const Run run = runProgram({ QStringLiteral("list"), QStringLiteral("--catalogue"), path });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(path + QStringLiteral(": no such file")), qPrintable(describe(run)));
}

void TestCommandLine::validCatalogueFile_isUsed()
{
    const QString path = m_dir.filePath(QStringLiteral("small.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(smallCatalogue);
    file.close();

    const Run list
        = runProgram({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--catalogue"), path });
    QVERIFY2(list.exitCode == 0, qPrintable(describe(list)));
    QList<int> codes;
    for (const QJsonValue &value : QJsonDocument::fromJson(list.out).array())
        codes << value.toObject().value(u"code").toInt();
    QCOMPARE(codes, QList<int>({ 200, 404 }));

    const Run show = runProgram({ QStringLiteral("--catalogue"), path, QStringLiteral("show"), QStringLiteral("404"),
        QStringLiteral("--json") });
    QVERIFY2(show.exitCode == 0, qPrintable(describe(show)));
    const QJsonObject entry = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(entry.value(u"title").toObject().value(u"en").toString(), QStringLiteral("Small Not Found"));
    QCOMPARE(
        entry.value(u"descriptions").toArray().first().toObject().value(u"source").toString(), QStringLiteral("notes"));

    // A code the embedded catalogue has but this one does not.
    const Run missing
        = runProgram({ QStringLiteral("--catalogue"), path, QStringLiteral("show"), QStringLiteral("500") });
    QCOMPARE(missing.exitCode, 1);
}

void TestCommandLine::badArguments_exitTwoWithMessage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("list"), QStringLiteral("--colour") };
    QTest::newRow("--lang xx") << QStringList { QStringLiteral("show"), QStringLiteral("404"), QStringLiteral("--lang"),
        QStringLiteral("xx") };
    QTest::newRow("show without code") << QStringList { QStringLiteral("show") };
    QTest::newRow("--json without command") << QStringList { QStringLiteral("--json") };
    QTest::newRow("search without query") << QStringList { QStringLiteral("search") };
}

void TestCommandLine::badArguments_exitTwoWithMessage()
{
    QFETCH(QStringList, arguments);
    const Run run = runProgram(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().startsWith(QStringLiteral("status-codex: ")), qPrintable(describe(run)));
    QVERIFY(run.errText().contains(QStringLiteral("--help")));
}

void TestCommandLine::helpAndVersion_exitZero()
{
    const Run help = runProgram({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.outText().contains(QStringLiteral("status-codex show CODE")));
    QVERIFY(help.outText().contains(QStringLiteral("--catalogue FILE")));

    const Run version = runProgram({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.outText().trimmed(), QStringLiteral("status-codex " STATUS_CODEX_VERSION));
}

namespace {

// The progress a data directory holds, as progress --json prints it.
QJsonObject progressOf(const QString &dataDir, bool cards = false)
{
    QStringList arguments{QStringLiteral("progress"), QStringLiteral("--json"), QStringLiteral("--data-dir"), dataDir};
    if (cards)
        arguments << QStringLiteral("--cards");
    const Run run = runProgram(arguments);
    return QJsonDocument::fromJson(run.out).object();
}

QStringList quizArguments(const QString &dataDir, const QStringList &more)
{
    return QStringList{QStringLiteral("quiz"), QStringLiteral("--data-dir"), dataDir} + more;
}

} // namespace

void TestCommandLine::quiz_readsAnswersFromStandardInputAndRecordsThem()
{
    QTemporaryDir dir;
    const Run run = runProgram(quizArguments(dir.path(), {QStringLiteral("--count"), QStringLiteral("3"),
                                                          QStringLiteral("--kind"), QStringLiteral("choice"),
                                                          QStringLiteral("--lang"), QStringLiteral("en")}),
                               "1\n2\n3\n");
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QString text = run.outText();
    for (const char *expected : {"Question 1 of 3 (choice)", "Question 3 of 3 (choice)", "  1. ", "  4. ", "Score: "})
        QVERIFY2(text.contains(QLatin1String(expected)), qPrintable(text));
    // Each answer is judged, with the right answer and a line of explanation.
    static const QRegularExpression verdict(QStringLiteral("^(Right: .+|Wrong: the answer is .+)\\.$"),
                                            QRegularExpression::MultilineOption);
    QCOMPARE(text.count(verdict), 3);
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Score: [0-3] of 3 right."))));
    // The same database the window uses now holds the three answers.
    const QJsonObject progress = progressOf(dir.path());
    QCOMPARE(progress.value(u"reviews").toInt(), 3);
    QCOMPARE(progress.value(u"reviewsToday").toInt(), 3);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("progress.sqlite"))));
}

void TestCommandLine::quiz_endOfInputEndsEarlyAndKeepsWhatWasAnswered()
{
    QTemporaryDir dir;
    const Run run = runProgram(quizArguments(dir.path(), {QStringLiteral("--count"), QStringLiteral("5"),
                                                          QStringLiteral("--lang"), QStringLiteral("en")}),
                               "1\n");
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.outText().contains(u"Score: "));
    QVERIFY(run.outText().contains(u" of 1 right."));
    QCOMPARE(progressOf(dir.path()).value(u"reviews").toInt(), 1);
}

void TestCommandLine::quiz_asksAgainAfterAnAnswerThatIsNone()
{
    QTemporaryDir dir;
    const Run run = runProgram(quizArguments(dir.path(), {QStringLiteral("--count"), QStringLiteral("1"),
                                                          QStringLiteral("--kind"), QStringLiteral("choice"),
                                                          QStringLiteral("--lang"), QStringLiteral("en")}),
                               "x\n9\n\n2\n");
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(run.outText().count(u"That is not an answer to this question."), 3);
    QCOMPARE(progressOf(dir.path()).value(u"reviews").toInt(), 1);
}

void TestCommandLine::quiz_flashcardTakesARatingAfterShowingTheAnswer()
{
    QTemporaryDir dir;
    const Run run = runProgram(quizArguments(dir.path(), {QStringLiteral("--count"), QStringLiteral("2"),
                                                          QStringLiteral("--kind"), QStringLiteral("flashcard"),
                                                          QStringLiteral("--deck"), QStringLiteral("common"),
                                                          QStringLiteral("--lang"), QStringLiteral("en")}),
                               "4\n1\n");
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QString text = run.outText();
    // The back (phrase, title, summary) is printed before the rating is asked.
    const qsizetype answer = text.indexOf(u"Answer:");
    const qsizetype rate = text.indexOf(u"Rate it: 1 Again, 2 Hard, 3 Good, 4 Easy");
    QVERIFY2(answer > 0 && rate > answer, qPrintable(text));
    QVERIFY(text.contains(u"Rated 4 of 4."));
    QVERIFY(text.contains(u"Rated 1 of 4."));
    const QJsonArray cards = progressOf(dir.path(), true).value(u"cards").toArray();
    QCOMPARE(cards.size(), 2);
    for (const QJsonValue &card : cards)
        QCOMPARE(card.toObject().value(u"kind").toString(), QStringLiteral("flashcard"));
    // Easy lasts longer than Again.
    const auto dueOf = [&](int i) { return QDateTime::fromString(cards.at(i).toObject().value(u"due").toString(), Qt::ISODateWithMs); };
    QVERIFY(dueOf(0) != dueOf(1));
}

void TestCommandLine::quiz_crossLanguageAsksInChineseWithEnglishOptions()
{
    QTemporaryDir dir;
    const Run run = runProgram(quizArguments(dir.path(), {QStringLiteral("--count"), QStringLiteral("1"),
                                                          QStringLiteral("--kind"), QStringLiteral("choice"),
                                                          QStringLiteral("--lang"), QStringLiteral("zh-en")}),
                               "1\n");
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QString text = run.outText();
    QVERIFY2(text.contains(u"的英文原因短语是哪一个？"), qPrintable(text));
    static const QRegularExpression option(QStringLiteral("^  [1-4]\\. (.*)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    int options = 0;
    for (auto it = option.globalMatch(text); it.hasNext(); ++options)
        QVERIFY(!it.next().captured(1).contains(han));
    QCOMPARE(options, 4);
}

void TestCommandLine::progressJson_countsReviewsDecksAndCards()
{
    QTemporaryDir dir;
    QJsonObject empty = progressOf(dir.path(), true);
    for (const char *key : {"reviews", "reviewsToday", "new", "due", "learned", "streak", "decks", "cards"})
        QVERIFY2(empty.contains(QLatin1String(key)), key);
    QCOMPARE(empty.value(u"reviews").toInt(), 0);
    QCOMPARE(empty.value(u"streak").toInt(), 0);
    QVERIFY(empty.value(u"cards").toArray().isEmpty());
    const int newBefore = empty.value(u"new").toInt();
    QVERIFY(newBefore > 200);

    runProgram(quizArguments(dir.path(), {QStringLiteral("--count"), QStringLiteral("4"), QStringLiteral("--deck"),
                                          QStringLiteral("5xx"), QStringLiteral("--lang"), QStringLiteral("en")}),
               "1\n1\n1\n1\n");
    const QJsonObject after = progressOf(dir.path(), true);
    QCOMPARE(after.value(u"reviews").toInt(), 4);
    QCOMPARE(after.value(u"streak").toInt(), 1);
    QCOMPARE(after.value(u"new").toInt(), newBefore - 4);
    QCOMPARE(after.value(u"learned").toInt() + after.value(u"due").toInt(), 4);
    QStringList ids;
    for (const QJsonValue &deck : after.value(u"decks").toArray()) {
        const QJsonObject object = deck.toObject();
        ids << object.value(u"id").toString();
        for (const char *key : {"id", "new", "due", "learned"})
            QVERIFY2(object.contains(QLatin1String(key)), key);
        if (object.value(u"id").toString() == u"5xx")
            QCOMPARE(object.value(u"learned").toInt() + object.value(u"due").toInt(), 4);
        if (object.value(u"id").toString() == u"1xx")
            QCOMPARE(object.value(u"learned").toInt(), 0);
    }
    QCOMPARE(ids, QStringList({QStringLiteral("standard"), QStringLiteral("common"), QStringLiteral("1xx"),
                               QStringLiteral("2xx"), QStringLiteral("3xx"), QStringLiteral("4xx"),
                               QStringLiteral("5xx"), QStringLiteral("starred"), QStringLiteral("unofficial")}));
    const QJsonArray cards = after.value(u"cards").toArray();
    QCOMPARE(cards.size(), 4);
    for (const QJsonValue &value : cards) {
        const QJsonObject card = value.toObject();
        for (const char *key : {"code", "kind", "state", "stability", "difficulty", "due", "reps", "lapses"})
            QVERIFY2(card.contains(QLatin1String(key)), key);
        QCOMPARE(card.value(u"code").toInt() / 100, 5);
        QCOMPARE(card.value(u"state").toString(), QStringLiteral("review"));
        QCOMPARE(card.value(u"reps").toInt(), 1);
        QVERIFY(card.value(u"stability").toDouble() > 0);
        QVERIFY(QDateTime::fromString(card.value(u"due").toString(), Qt::ISODateWithMs).isValid());
    }
}

void TestCommandLine::studyArguments_badOnesExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("count zero") << QStringList{QStringLiteral("quiz"), QStringLiteral("--count"), QStringLiteral("0")}
                                << QStringLiteral("--count needs a number");
    QTest::newRow("count text") << QStringList{QStringLiteral("quiz"), QStringLiteral("--count"), QStringLiteral("ten")}
                                << QStringLiteral("--count needs a number");
    QTest::newRow("unknown deck") << QStringList{QStringLiteral("quiz"), QStringLiteral("--deck"), QStringLiteral("6xx")}
                                  << QStringLiteral("\"6xx\" is not a deck");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("quiz"), QStringLiteral("--kind"), QStringLiteral("essay")}
                                  << QStringLiteral("\"essay\" is not a question kind");
    QTest::newRow("quiz option elsewhere") << QStringList{QStringLiteral("progress"), QStringLiteral("--count"), QStringLiteral("3")}
                                           << QStringLiteral("go with quiz");
    QTest::newRow("cards elsewhere") << QStringList{QStringLiteral("show"), QStringLiteral("404"), QStringLiteral("--cards")}
                                     << QStringLiteral("--cards goes with progress");
    QTest::newRow("json with quiz") << QStringList{QStringLiteral("quiz"), QStringLiteral("--json")}
                                    << QStringLiteral("--json goes with");
    QTest::newRow("data dir without value") << QStringList{QStringLiteral("progress"), QStringLiteral("--data-dir")}
                                            << QStringLiteral("--data-dir needs a directory");
    QTest::newRow("crossed languages elsewhere") << QStringList{QStringLiteral("show"), QStringLiteral("404"), QStringLiteral("--lang"), QStringLiteral("zh-en")}
                                                 << QStringLiteral("go with quiz");
    QTest::newRow("quiz with an argument") << QStringList{QStringLiteral("quiz"), QStringLiteral("now")}
                                           << QStringLiteral("quiz takes no arguments");
}

void TestCommandLine::studyArguments_badOnesExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runProgram(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(message), qPrintable(describe(run)));
    QVERIFY(run.out.isEmpty());
}

void TestCommandLine::compare_printsATableThatFitsTheTerminal()
{
    qputenv("COLUMNS", "120");
    const Run run = runProgram({QStringLiteral("compare"), QStringLiteral("401"), QStringLiteral("403"), QStringLiteral("407"),
                                QStringLiteral("--lang"), QStringLiteral("en")});
    qunsetenv("COLUMNS");
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QString text = run.outText();
    for (const QString &line : text.split(u'\n'))
        QVERIFY2(line.size() <= 120, qPrintable(line));
    for (const char *expected : {"401 Unauthorized", "403 Forbidden", "407 Proxy", "Header fields",
                                 "WWW-Authenticate (must)", "Proxy-Authenticate (must)", "(differs)"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
}

void TestCommandLine::compareJson_hasCodePhraseAndFacts()
{
    const Run run = runProgram({QStringLiteral("compare"), QStringLiteral("301"), QStringLiteral("308"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(u"code").toInt(), 301);
    QCOMPARE(array.at(1).toObject().value(u"phrase").toString(), QStringLiteral("Permanent Redirect"));
    const QJsonObject facts = array.at(1).toObject().value(u"facts").toObject();
    QCOMPARE(facts.value(u"redirect").toObject().value(u"method").toString(), QStringLiteral("kept"));
    QCOMPARE(facts.value(u"redirect").toObject().value(u"permanent").toBool(), true);
}

void TestCommandLine::compare_unknownCodesExitOneAndNameThem()
{
    const Run run = runProgram({QStringLiteral("compare"), QStringLiteral("404"), QStringLiteral("299"), QStringLiteral("399")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(u"299, 399"), qPrintable(describe(run)));
    QVERIFY(run.out.isEmpty());
}

void TestCommandLine::compare_fewerThanTwoCodesExitTwo()
{
    for (const QStringList &arguments : {QStringList{QStringLiteral("compare"), QStringLiteral("404")},
                                         QStringList{QStringLiteral("compare")},
                                         QStringList{QStringLiteral("compare"), QStringLiteral("404"), QStringLiteral("404")},
                                         QStringList{QStringLiteral("compare"), QStringLiteral("404"), QStringLiteral("four")}}) {
        const Run run = runProgram(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.errText().isEmpty());
    }
}

void TestCommandLine::guideJson_isTheWholeGuide()
{
    const Run run = runProgram({QStringLiteral("guide"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject guide = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(guide.value(u"root").toString(), m_catalogue->guide().root);
    const QJsonArray nodes = guide.value(u"nodes").toArray();
    QCOMPARE(nodes.size(), m_catalogue->guide().nodes.size());
    int leaves = 0;
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        QVERIFY(!node.value(u"id").toString().isEmpty());
        QVERIFY(!node.value(u"question").toObject().value(u"zh").toString().isEmpty());
        QVERIFY(!node.value(u"question").toObject().value(u"en").toString().isEmpty());
        for (const QJsonValue &answerValue : node.value(u"answers").toArray()) {
            const QJsonObject answer = answerValue.toObject();
            QVERIFY(answer.value(u"label").toObject().contains(u"zh"));
            QCOMPARE(answer.contains(u"next"), !answer.contains(u"code"));
            if (answer.contains(u"code")) {
                QVERIFY(answer.value(u"reason").toObject().contains(u"en"));
                ++leaves;
            }
        }
    }
    QVERIFY(leaves >= 30);
}

void TestCommandLine::guide_walksFromStandardInputToACode()
{
    // The first answer of the first question: the service cannot take requests.
    const Run run = runProgram({QStringLiteral("guide"), QStringLiteral("--lang"), QStringLiteral("en")}, "7\nx\n1\n");
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const GuideNode *root = m_catalogue->guide().node(m_catalogue->guide().root);
    const GuideAnswer &first = root->answers.first();
    const QString text = run.outText();
    QVERIFY(text.contains(root->question.en));
    QCOMPARE(text.count(u"That is not one of the answers."), 2);
    if (first.isLeaf())
        QVERIFY2(text.contains(QStringLiteral("Return %1 ").arg(first.code)), qPrintable(text));
    else
        QVERIFY(text.contains(m_catalogue->guide().node(first.next)->question.en));
    // Back, then the end of input: the walk ends without an error.
    const Run back = runProgram({QStringLiteral("guide"), QStringLiteral("--lang"), QStringLiteral("zh")}, "2\nb\n");
    QCOMPARE(back.exitCode, 0);
    QCOMPARE(back.outText().count(root->question.zh), 2);
}

void TestCommandLine::showJson_hasTheFacts()
{
    const Run run = runProgram({QStringLiteral("show"), QStringLiteral("405"), QStringLiteral("--json")});
    const QJsonObject facts = QJsonDocument::fromJson(run.out).object().value(u"facts").toObject();
    for (const char *key : {"cacheableByDefault", "contentAllowed", "redirect", "headers", "retry", "generatedBy", "history"})
        QVERIFY2(facts.contains(QLatin1String(key)), key);
    QVERIFY(facts.value(u"redirect").isNull());
    QVERIFY(facts.value(u"cacheableByDefault").toBool());
    const QJsonObject allow = facts.value(u"headers").toArray().at(0).toObject();
    QCOMPARE(allow.value(u"name").toString(), QStringLiteral("Allow"));
    QCOMPARE(allow.value(u"requirement").toString(), QStringLiteral("must"));
    const QJsonObject history = facts.value(u"history").toObject();
    QVERIFY(history.value(u"introduced").toObject().value(u"year").toInt() >= 1996);
    QCOMPARE(history.value(u"names").toArray().last().toObject().value(u"phrase").toString(), QStringLiteral("Method Not Allowed"));
    // A code without facts says so with null.
    const Run unofficial = runProgram({QStringLiteral("show"), QStringLiteral("509"), QStringLiteral("--json")});
    QVERIFY(QJsonDocument::fromJson(unofficial.out).object().value(u"facts").isNull());
}

namespace {

// The output of a poppler tool; empty, with the reason, when it fails.
QString popplerOutput(const QString &tool, const QStringList &arguments, QString *problem)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        *problem = QStringLiteral("%1 is not installed: install poppler-utils").arg(tool);
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *problem = QStringLiteral("%1 failed: %2").arg(tool, QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

void TestCommandLine::parse_cheatsheetAndMarkdownOptions()
{
    CommandLineOptions options = CommandLine::parse({QStringLiteral("cheatsheet"), QStringLiteral("codes.pdf")});
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    QCOMPARE(options.command, Command::Cheatsheet);
    QCOMPARE(options.outputFile, QStringLiteral("codes.pdf"));
    QVERIFY(!options.sheetLanguages); // the system's language
    QCOMPARE(options.paper, Paper::A4);
    QVERIFY(options.needsGui());

    options = CommandLine::parse({QStringLiteral("--lang=both"), QStringLiteral("cheatsheet"), QStringLiteral("a.pdf"),
                                  QStringLiteral("--paper"), QStringLiteral("letter")});
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    QCOMPARE(options.sheetLanguages, SheetLanguages::Both);
    QVERIFY(!options.language); // the interface stays the system's
    QCOMPARE(options.paper, Paper::Letter);

    options = CommandLine::parse({QStringLiteral("cheatsheet"), QStringLiteral("a.pdf"), QStringLiteral("--lang"), QStringLiteral("zh")});
    QCOMPARE(options.sheetLanguages, SheetLanguages::Chinese);
    QCOMPARE(options.language, Language::Chinese);

    options = CommandLine::parse({QStringLiteral("show"), QStringLiteral("404"), QStringLiteral("--markdown")});
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    QCOMPARE(options.command, Command::Show);
    QVERIFY(options.markdown);
    QVERIFY(!options.needsGui());
    // Other commands stay on QCoreApplication.
    QVERIFY(!CommandLine::parse({QStringLiteral("list")}).needsGui());
}

void TestCommandLine::exportArguments_badOnesExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("cheatsheet without file") << QStringList{QStringLiteral("cheatsheet")}
                                             << QStringLiteral("cheatsheet needs the PDF file to write");
    QTest::newRow("cheatsheet with two files") << QStringList{QStringLiteral("cheatsheet"), QStringLiteral("a.pdf"), QStringLiteral("b.pdf")}
                                               << QStringLiteral("cheatsheet takes one file name");
    QTest::newRow("cheatsheet --lang xx") << QStringList{QStringLiteral("cheatsheet"), QStringLiteral("a.pdf"), QStringLiteral("--lang"), QStringLiteral("xx")}
                                          << QStringLiteral("--lang: \"xx\" is not a language");
    QTest::newRow("cheatsheet --lang without value") << QStringList{QStringLiteral("cheatsheet"), QStringLiteral("a.pdf"), QStringLiteral("--lang")}
                                                     << QStringLiteral("--lang needs a value");
    QTest::newRow("cheatsheet --paper a3") << QStringList{QStringLiteral("cheatsheet"), QStringLiteral("a.pdf"), QStringLiteral("--paper"), QStringLiteral("a3")}
                                           << QStringLiteral("--paper: \"a3\" is not a paper size");
    QTest::newRow("cheatsheet --paper without value") << QStringList{QStringLiteral("cheatsheet"), QStringLiteral("a.pdf"), QStringLiteral("--paper")}
                                                      << QStringLiteral("is not a paper size");
    QTest::newRow("cheatsheet --json") << QStringList{QStringLiteral("cheatsheet"), QStringLiteral("a.pdf"), QStringLiteral("--json")}
                                       << QStringLiteral("--json goes with");
    QTest::newRow("--paper elsewhere") << QStringList{QStringLiteral("show"), QStringLiteral("404"), QStringLiteral("--paper"), QStringLiteral("a4")}
                                       << QStringLiteral("--paper goes with cheatsheet");
    QTest::newRow("--lang both elsewhere") << QStringList{QStringLiteral("list"), QStringLiteral("--lang"), QStringLiteral("both")}
                                           << QStringLiteral("--lang both goes with cheatsheet");
    QTest::newRow("--markdown elsewhere") << QStringList{QStringLiteral("list"), QStringLiteral("--markdown")}
                                          << QStringLiteral("--markdown goes with show");
    QTest::newRow("--markdown with --json") << QStringList{QStringLiteral("show"), QStringLiteral("404"), QStringLiteral("--markdown"), QStringLiteral("--json")}
                                            << QStringLiteral("--markdown and --json cannot be used together");
}

void TestCommandLine::exportArguments_badOnesExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runProgram(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().startsWith(QStringLiteral("status-codex: ")) && run.errText().contains(message), qPrintable(describe(run)));
    QVERIFY(run.out.isEmpty());
    // Nothing was written.
    QVERIFY(!QFile::exists(QStringLiteral("a.pdf")));
}

void TestCommandLine::cheatsheet_writesEveryCodeOnTwoPages_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("sizeName");
    QTest::addColumn<bool>("chinese");
    QTest::newRow("zh") << QStringList{QStringLiteral("--lang"), QStringLiteral("zh")} << QStringLiteral("(A4)") << true;
    QTest::newRow("en") << QStringList{QStringLiteral("--lang"), QStringLiteral("en")} << QStringLiteral("(A4)") << false;
    QTest::newRow("both") << QStringList{QStringLiteral("--lang"), QStringLiteral("both")} << QStringLiteral("(A4)") << true;
    QTest::newRow("en letter") << QStringList{QStringLiteral("--lang=en"), QStringLiteral("--paper"), QStringLiteral("letter")}
                               << QStringLiteral("(letter)") << false;
    QTest::newRow("both letter") << QStringList{QStringLiteral("--lang"), QStringLiteral("both"), QStringLiteral("--paper=letter")}
                                 << QStringLiteral("(letter)") << true;
}

void TestCommandLine::cheatsheet_writesEveryCodeOnTwoPages()
{
    QFETCH(QStringList, options);
    QFETCH(QString, sizeName);
    QFETCH(bool, chinese);
    const QString file = m_dir.filePath(QStringLiteral("sheet-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    const Run run = runProgram(QStringList{QStringLiteral("cheatsheet"), file} + options);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.isEmpty());
    QVERIFY(QFile::exists(file));

#ifdef CODEX_POPPLER_IS_FOREIGN
    QSKIP("written; reading it back needs poppler, the build machine's programs (Linux), which cannot be started "
          "from here (Windows under Wine)");
#endif
    QString problem;
    const QString info = popplerOutput(QStringLiteral("pdfinfo"), {file}, &problem);
    QVERIFY2(!info.isEmpty(), qPrintable(problem));
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption).match(info);
    QVERIFY2(pages.hasMatch() && pages.captured(1).toInt() >= 1 && pages.captured(1).toInt() <= 2, qPrintable(info));
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("^Page size:\\s+(.+)$"), QRegularExpression::MultilineOption).match(info);
    QVERIFY2(size.captured(1).trimmed().endsWith(sizeName), qPrintable(info));

    const QString text = popplerOutput(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")}, &problem);
    QVERIFY2(!text.isEmpty(), qPrintable(problem));
    int registered = 0;
    for (const StatusEntry &entry : m_catalogue->entries()) {
        if (entry.status == CodeStatus::Unofficial)
            continue;
        ++registered;
        const QRegularExpression row(QStringLiteral("^\\s*%1\\s+%2(\\s|$)").arg(entry.code).arg(QRegularExpression::escape(entry.phrase)),
                                     QRegularExpression::MultilineOption);
        QVERIFY2(text.contains(row), qPrintable(QStringLiteral("%1 %2").arg(entry.code).arg(entry.phrase)));
    }
    QVERIFY(registered > 50);
    // The titles and lines in Chinese (tst_export reads them one by one: the
    // PDF's text needs the Chinese face to be compared exactly).
    const auto han = std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x2E80 && c.unicode() <= 0x9FFF; });
    QVERIFY2(chinese ? han > 15 * registered : han == 0, qPrintable(QString::number(han)));
}

void TestCommandLine::cheatsheet_unwritableFileExitsTwoNamingIt()
{
    const QString file = QStringLiteral("/nonexistent/x.pdf");
    const Run run = runProgram({QStringLiteral("cheatsheet"), file, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    // The file, and why: the system's reason after the colon.
    static const QRegularExpression message(QStringLiteral("^status-codex: cannot write /nonexistent/x\\.pdf: \\S.+$"),
                                            QRegularExpression::MultilineOption);
    QVERIFY2(run.errText().contains(message), qPrintable(describe(run)));

    // A folder is no file either.
    const Run folder = runProgram({QStringLiteral("cheatsheet"), m_dir.path()});
    QCOMPARE(folder.exitCode, 2);
    QVERIFY2(folder.errText().contains(QStringLiteral("cannot write %1: ").arg(m_dir.path())), qPrintable(describe(folder)));
}

void TestCommandLine::cheatsheet_worksWithoutADisplay()
{
    // Over ssh or in CI: no display and no platform chosen.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY")})
        environment.remove(name);
    const QString file = m_dir.filePath(QStringLiteral("headless.pdf"));
    const Run run = runProgram({QStringLiteral("cheatsheet"), file, QStringLiteral("--lang"), QStringLiteral("en")}, QByteArray(), environment);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(QFile(file).size() > 1000);
}

void TestCommandLine::showMarkdown_printsWhatCopyAsMarkdownCopies()
{
    for (const int code : {404, 416}) {
        const Run run = runProgram({QStringLiteral("show"), QString::number(code), QStringLiteral("--markdown"), QStringLiteral("--lang"),
                                    QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(run.outText(), MarkdownExport::entry(*m_catalogue, *m_catalogue->entry(code), Language::English));
    }
    const Run chinese = runProgram({QStringLiteral("show"), QStringLiteral("404"), QStringLiteral("--markdown"), QStringLiteral("--lang"),
                                    QStringLiteral("zh")});
    QCOMPARE(chinese.exitCode, 0);
    QVERIFY(isValidUtf8(chinese.out));
    QVERIFY(chinese.outText().startsWith(QStringLiteral("# 404 Not Found\n\n**%1**").arg(m_catalogue->entry(404)->title.zh)));
    const Run missing = runProgram({QStringLiteral("show"), QStringLiteral("299"), QStringLiteral("--markdown")});
    QCOMPARE(missing.exitCode, 1);
}

void TestCommandLine::help_namesTheExportCommandAndOptions()
{
    const QString help = CommandLine::helpText();
    for (const char *expected : {"status-codex cheatsheet FILE.pdf", "--lang zh|en|both", "--paper a4|letter", "--markdown"})
        QVERIFY2(help.contains(QLatin1String(expected)), expected);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
