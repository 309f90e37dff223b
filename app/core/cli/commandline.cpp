#include "commandline.h"

#include "cheatsheet.h"
#include "comparison.h"
#include "deck.h"
#include "detailrenderer.h"
#include "explaincommand.h"
#include "logmatcher.h"
#include "practicerenderer.h"
#include "markdownexport.h"
#include "question.h"
#include "search.h"
#include "studycommands.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#ifndef Q_OS_WIN
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace codex {

namespace {

QJsonObject localizedJson(const LocalizedText &text)
{
    return {{QStringLiteral("zh"), text.zh}, {QStringLiteral("en"), text.en}};
}

QJsonValue factsJson(const CodeFacts &facts);

// Who uses the code's number outside the registry; with summaries for show.
QJsonArray unofficialJson(const StatusEntry &entry, bool withSummaries)
{
    QJsonArray uses;
    for (const UnofficialUse &use : entry.unofficial) {
        QJsonObject object{{QStringLiteral("usedBy"), localizedJson(use.usedBy)}, {QStringLiteral("phrase"), use.phrase}};
        if (withSummaries)
            object.insert(QStringLiteral("summary"), localizedJson(use.summary));
        uses << object;
    }
    return uses;
}

QJsonObject entryJson(const Catalogue &catalogue, const StatusEntry &entry, Language language)
{
    QJsonObject object{
        {QStringLiteral("code"), entry.code},
        {QStringLiteral("phrase"), entry.phrase},
        {QStringLiteral("class"), entry.classDigit()},
        {QStringLiteral("status"), statusKey(entry.status)},
        {QStringLiteral("reference"), entry.reference},
        {QStringLiteral("title"), localizedJson(entry.title)},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(entry.aliases)},
        {QStringLiteral("summary"), localizedJson(entry.summary)},
    };
    if (!entry.usedBy.zh.isEmpty() || !entry.usedBy.en.isEmpty())
        object.insert(QStringLiteral("usedBy"), localizedJson(entry.usedBy));
    if (!entry.oneLine.zh.isEmpty() || !entry.oneLine.en.isEmpty())
        object.insert(QStringLiteral("oneLine"), localizedJson(entry.oneLine));
    QJsonArray related;
    for (const int code : entry.related)
        related << code;
    object.insert(QStringLiteral("related"), related);
    // Each source's corrections go with its text, as the window shows them;
    // "notes" keeps those that concern no single source.
    const auto notesJson = [&entry](const QString &sourceId) {
        QJsonArray notes;
        for (const Note *note : entry.notesOn(sourceId))
            notes << localizedJson(note->text);
        return notes;
    };
    QJsonArray descriptions;
    for (const Description &description : entry.descriptions) {
        const Source *source = catalogue.source(description.sourceId);
        QJsonObject descriptionObject{
            {QStringLiteral("source"), description.sourceId},
            {QStringLiteral("sourceName"), source ? source->name.in(language) : description.sourceId},
            {QStringLiteral("text"), localizedJson(description.text)},
            {QStringLiteral("corrections"), notesJson(description.sourceId)},
        };
        if (!description.phrase.isEmpty())
            descriptionObject.insert(QStringLiteral("phrase"), description.phrase);
        descriptions << descriptionObject;
    }
    object.insert(QStringLiteral("descriptions"), descriptions);
    object.insert(QStringLiteral("notes"), notesJson(QString()));
    object.insert(QStringLiteral("facts"), factsJson(entry.facts));
    QJsonObject constants;
    for (const CodeConstant &constant : entry.constants)
        constants.insert(constant.language, constant.symbol);
    object.insert(QStringLiteral("constants"), constants);
    object.insert(QStringLiteral("unofficial"), unofficialJson(entry, true));
    object.insert(QStringLiteral("practice"), ExplainCommand::practiceJson(catalogue, entry.code));
    if (!entry.example.isEmpty())
        object.insert(QStringLiteral("example"), entry.example);
    return object;
}

QJsonValue factsJson(const CodeFacts &facts)
{
    if (!facts.present)
        return QJsonValue::Null;
    QJsonArray headers;
    for (const HeaderFact &header : facts.headers)
        headers << QJsonObject{{QStringLiteral("name"), header.name},
                               {QStringLiteral("requirement"), requirementKey(header.requirement)},
                               {QStringLiteral("section"), header.section}};
    QJsonArray names;
    for (const CodeFacts::Name &name : facts.names)
        names << QJsonObject{{QStringLiteral("phrase"), name.phrase}, {QStringLiteral("rfc"), name.rfc}};
    QJsonObject sections;
    for (auto it = facts.sections.cbegin(); it != facts.sections.cend(); ++it)
        sections.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("cacheableByDefault"), facts.cacheableByDefault},
        {QStringLiteral("contentAllowed"), facts.contentAllowed},
        {QStringLiteral("redirect"), facts.redirect ? QJsonValue(QJsonObject{{QStringLiteral("permanent"), facts.redirect->permanent},
                                                                             {QStringLiteral("method"), redirectMethodKey(facts.redirect->method)}})
                                                    : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("retry"), localizedJson(facts.retry)},
        {QStringLiteral("generatedBy"), originKey(facts.generatedBy)},
        {QStringLiteral("history"), QJsonObject{{QStringLiteral("introduced"),
                                                 QJsonObject{{QStringLiteral("rfc"), facts.introducedRfc},
                                                             {QStringLiteral("year"), facts.introducedYear}}},
                                                {QStringLiteral("names"), names}}},
        {QStringLiteral("sections"), sections},
    };
}

QJsonObject guideJson(const Guide &guide)
{
    QJsonArray nodes;
    for (const GuideNode &node : guide.nodes) {
        QJsonArray answers;
        for (const GuideAnswer &answer : node.answers) {
            QJsonObject object{{QStringLiteral("label"), localizedJson(answer.label)}};
            if (answer.isLeaf()) {
                object.insert(QStringLiteral("code"), answer.code);
                object.insert(QStringLiteral("reason"), localizedJson(answer.reason));
                object.insert(QStringLiteral("section"), answer.section);
            } else {
                object.insert(QStringLiteral("next"), answer.next);
            }
            answers << object;
        }
        nodes << QJsonObject{{QStringLiteral("id"), node.id},
                             {QStringLiteral("question"), localizedJson(node.question)},
                             {QStringLiteral("answers"), answers}};
    }
    return {{QStringLiteral("root"), guide.root}, {QStringLiteral("nodes"), nodes}};
}

QJsonObject briefJson(const StatusEntry &entry)
{
    return {{QStringLiteral("code"), entry.code},
            {QStringLiteral("phrase"), entry.phrase},
            {QStringLiteral("status"), statusKey(entry.status)},
            {QStringLiteral("title"), localizedJson(entry.title)},
            {QStringLiteral("unofficial"), unofficialJson(entry, false)}};
}

void writeJson(QTextStream &out, const QJsonDocument &document)
{
    // Indented output would print an empty array as "[\n]"; scripts expect "[]".
    if (document.isArray() && document.array().isEmpty()) {
        out << "[]\n";
        return;
    }
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

// Body text for a terminal: the catalogue's light markup already reads well
// as plain text, so it only gets indented.
QString indented(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (!line.isEmpty())
            line.prepend(QStringLiteral("  "));
    }
    return lines.join(u'\n');
}

void writeEntryText(QTextStream &out, const Catalogue &catalogue, const StatusEntry &entry, Language language)
{
    using Label = DetailRenderer::Label;
    out << entry.code << ' ' << entry.phrase << '\n' << entry.title.in(language) << "\n\n";
    const auto fact = [&out](Label label, const QString &value) {
        //: A fact about a status code on the command line: "Status: Standard".
        out << CommandLine::tr("%1: %2").arg(DetailRenderer::label(label), value) << '\n';
    };
    if (const StatusClass *statusClass = catalogue.statusClass(entry.classDigit()))
        fact(Label::Class, QStringLiteral("%1xx %2").arg(entry.classDigit()).arg(statusClass->name.in(language)));
    fact(Label::Status, DetailRenderer::statusLabel(entry.status));
    fact(Label::Specification, entry.reference);
    if (!entry.aliases.isEmpty())
        fact(Label::AlsoKnownAs, entry.aliases.join(QStringLiteral(", ")));
    if (!entry.usedBy.in(language).isEmpty())
        fact(Label::UsedBy, entry.usedBy.in(language));

    out << '\n' << DetailRenderer::label(Label::Summary) << '\n' << indented(entry.summary.in(language)) << '\n';
    // As in the pane: the registered meaning first, then who else uses the number.
    if (!entry.unofficial.isEmpty()) {
        out << '\n' << DetailRenderer::label(entry.status == CodeStatus::Unofficial ? Label::VendorUses : Label::OtherUses) << '\n';
        for (const UnofficialUse &use : entry.unofficial)
            out << indented(CommandLine::tr("%1: %2").arg(use.usedBy.in(language),
                                                          QStringLiteral("%1 %2 \u2014 %3")
                                                              .arg(QString::number(entry.code), use.phrase, use.summary.in(language))))
                << '\n';
    }
    PracticeRenderer::writeText(out, catalogue, entry.code, language);
    out << '\n' << DetailRenderer::label(Label::Sources) << '\n';
    if (entry.descriptions.isEmpty())
        out << indented(DetailRenderer::label(Label::NoSources)) << '\n';
    const QString correction = DetailRenderer::label(Label::Correction) + QStringLiteral(" (")
                               + DetailRenderer::label(Label::NotTheSource) + QStringLiteral("): ");
    const auto writeCorrections = [&](const QList<const Note *> &notes) {
        for (const Note *note : notes)
            out << indented(QStringLiteral("* ") + correction + note->text.in(language)) << '\n';
    };
    for (const Description &description : entry.descriptions) {
        const Source *source = catalogue.source(description.sourceId);
        const QList<const Note *> notes = entry.notesOn(description.sourceId);
        out << "\n[" << (source ? source->name.in(language) : description.sourceId) << ']';
        if (!description.phrase.isEmpty())
            out << u' ' << QChar(0x201C) << description.phrase << QChar(0x201D);
        if (!notes.isEmpty())
            out << " (" << DetailRenderer::label(Label::CorrectedBelow) << ')';
        out << '\n' << indented(description.text.in(language)) << '\n';
        writeCorrections(notes);
    }
    const QList<const Note *> general = entry.notesOn(QString());
    if (!general.isEmpty()) {
        out << '\n' << DetailRenderer::label(Label::Corrections) << '\n';
        writeCorrections(general);
    }
    if (!entry.constants.isEmpty()) {
        out << '\n' << DetailRenderer::label(Label::InCode) << '\n';
        for (const CodeConstant &constant : entry.constants)
            out << indented(CommandLine::tr("%1: %2").arg(DetailRenderer::constantLibrary(constant.language), constant.symbol)) << '\n';
    }
    if (!entry.example.isEmpty())
        out << '\n' << DetailRenderer::label(Label::Example) << '\n' << indented(entry.example) << '\n';
    if (!entry.related.isEmpty()) {
        QStringList related;
        for (const int code : entry.related) {
            const StatusEntry *other = catalogue.entry(code);
            related << (other ? QStringLiteral("%1 %2").arg(code).arg(other->phrase) : QString::number(code));
        }
        out << '\n' << DetailRenderer::label(Label::CompareWith) << '\n'
            << indented(related.join(QStringLiteral(", "))) << '\n';
    }
}

void writeRow(QTextStream &out, const StatusEntry &entry, Language language)
{
    const QString tag = entry.status == CodeStatus::Standard ? QString()
                                                               : QStringLiteral(" [%1]").arg(statusKey(entry.status));
    out << entry.code << "  " << entry.phrase << "  " << entry.title.in(language) << tag << '\n';
}

// A code argument: three digits, or 0. Whether the catalogue holds it is
// another matter (exit 1, not 2).
int parseCode(const QString &text)
{
    bool ok = false;
    const int code = text.toInt(&ok);
    return ok && text.size() == 3 && code >= 100 ? code : 0;
}

// The terminal's width for tables: $COLUMNS where the shell exports it,
// else the window's size, else a width that suits a pipe.
int terminalWidth()
{
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    if (ok && columns >= 40 && columns <= 1000)
        return columns;
#ifndef Q_OS_WIN
    winsize size{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 40)
        return size.ws_col;
#endif
    return 100;
}

int runCompare(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &out, QTextStream &err)
{
    QStringList unknown;
    for (const int code : options.codes) {
        if (!catalogue.entry(code))
            unknown << QString::number(code);
    }
    if (!unknown.isEmpty()) {
        err << "status-codex: " << CommandLine::tr("not in the catalogue: %1").arg(unknown.join(QStringLiteral(", "))) << '\n';
        return CommandLine::NotFound;
    }
    const Language language = options.language.value_or(systemLanguage());
    if (options.json) {
        QJsonArray array;
        for (const int code : options.codes) {
            const StatusEntry *entry = catalogue.entry(code);
            array << QJsonObject{{QStringLiteral("code"), code},
                                 {QStringLiteral("phrase"), entry->phrase},
                                 {QStringLiteral("title"), localizedJson(entry->title)},
                                 {QStringLiteral("facts"), factsJson(entry->facts)}};
        }
        writeJson(out, QJsonDocument(array));
        return CommandLine::Success;
    }
    out << Comparison::plainText(catalogue, options.codes, language, terminalWidth());
    return CommandLine::Success;
}

int runGuide(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &in, QTextStream &out,
             QTextStream &err)
{
    const Guide &guide = catalogue.guide();
    if (guide.isEmpty()) {
        err << "status-codex: " << CommandLine::tr("this catalogue has no guide") << '\n';
        return CommandLine::NotFound;
    }
    if (options.json) {
        writeJson(out, QJsonDocument(guideJson(guide)));
        return CommandLine::Success;
    }
    const Language language = options.language.value_or(systemLanguage());
    QStringList trail{guide.root};
    while (const GuideNode *node = guide.node(trail.last())) {
        out << '\n' << node->question.in(language) << '\n';
        for (int i = 0; i < node->answers.size(); ++i)
            out << "  " << (i + 1) << ". " << node->answers.at(i).label.in(language) << '\n';
        const GuideAnswer *chosen = nullptr;
        while (!chosen) {
            out << CommandLine::tr("Answer 1 to %1 (b: back)").arg(node->answers.size()) << ": " << Qt::flush;
            QString line;
            if (!in.readLineInto(&line)) {
                out << '\n';
                return CommandLine::Success; // the end of input ends the walk
            }
            if (!options.inputIsTerminal)
                out << line << '\n';
            line = line.trimmed();
            if ((line == u"b" || line == u"back") && trail.size() > 1) {
                trail.removeLast();
                break;
            }
            bool ok = false;
            const int number = line.toInt(&ok);
            if (ok && number >= 1 && number <= node->answers.size())
                chosen = &node->answers.at(number - 1);
            else
                out << CommandLine::tr("That is not one of the answers.") << '\n';
        }
        if (!chosen)
            continue;
        if (!chosen->isLeaf()) {
            trail << chosen->next;
            continue;
        }
        const StatusEntry *entry = catalogue.entry(chosen->code);
        //: The guide's answer: "Return 410 Gone: the resource ... (RFC 9110, Section 15.5.11)".
        out << '\n' << CommandLine::tr("Return %1 %2: %3 (%4)")
                           .arg(chosen->code)
                           .arg(entry ? entry->phrase : QString(), chosen->reason.in(language), chosen->section)
            << '\n';
        return CommandLine::Success;
    }
    return CommandLine::Success;
}

} // namespace

CommandLineOptions CommandLine::parse(const QStringList &arguments)
{
    CommandLineOptions options;
    QStringList positional;
    bool quizOption = false; // --count, --deck or --kind was given
    bool paperGiven = false;
    const auto invalid = [&options](const QString &error) {
        options.command = CommandLineOptions::Command::Invalid;
        options.error = error;
        return options;
    };
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString name = argument;
        std::optional<QString> value;
        if (argument.startsWith(u"--") && argument.contains(u'=')) {
            name = argument.section(u'=', 0, 0);
            value = argument.section(u'=', 1);
        }
        const auto takeValue = [&]() -> std::optional<QString> {
            if (value)
                return value;
            if (i + 1 < arguments.size())
                return arguments.at(++i);
            return std::nullopt;
        };
        if (name == u"--help" || name == u"-h") {
            options.command = CommandLineOptions::Command::Help;
            return options;
        }
        if (name == u"--version" || name == u"-v") {
            options.command = CommandLineOptions::Command::Version;
            return options;
        }
        if (name == u"--json") {
            options.json = true;
        } else if (name == u"--cards") {
            options.cards = true;
        } else if (name == u"--markdown") {
            options.markdown = true;
        } else if (name == u"--paper") {
            const std::optional<QString> key = takeValue();
            const std::optional<Paper> paper = key ? paperFromKey(*key) : std::nullopt;
            if (!paper)
                return invalid(tr("--paper: \"%1\" is not a paper size; use a4 or letter").arg(key.value_or(QString())));
            options.paper = *paper;
            paperGiven = true;
        } else if (name == u"--lang") {
            const std::optional<QString> code = takeValue();
            if (!code)
                return invalid(tr("--lang needs a value: zh or en"));
            if (code->trimmed().toLower() == u"both") {
                // Only a cheat sheet has room for both; the interface stays the system's.
                options.sheetLanguages = SheetLanguages::Both;
                continue;
            }
            // A quiz may cross the languages; the interface follows the prompts.
            const std::optional<StudyLanguages> study = StudyLanguages::fromKey(*code);
            if (!study)
                return invalid(tr("--lang: \"%1\" is not a language; use zh or en (or both, for cheatsheet)").arg(*code));
            options.language = study->prompt;
            options.studyLanguages = study->key();
            options.sheetLanguages = sheetLanguagesFor(study->prompt);
        } else if (name == u"--count") {
            quizOption = true;
            const std::optional<QString> text = takeValue();
            bool ok = false;
            const int count = text ? text->toInt(&ok) : 0;
            if (!ok || count < 1 || count > 1000)
                return invalid(tr("--count needs a number of questions from 1 to 1000"));
            options.count = count;
        } else if (name == u"--deck") {
            quizOption = true;
            const std::optional<QString> id = takeValue();
            if (!id || !Decks::ids().contains(*id))
                return invalid(tr("--deck: \"%1\" is not a deck; the decks are %2")
                                   .arg(id.value_or(QString()), Decks::ids().join(QStringLiteral(", "))));
            options.deckId = *id;
        } else if (name == u"--kind") {
            quizOption = true;
            const std::optional<QString> kind = takeValue();
            if (!kind || !kindFromKey(*kind)) {
                QStringList kinds;
                for (const QuestionKind each : allKinds())
                    kinds << kindKey(each);
                return invalid(tr("--kind: \"%1\" is not a question kind; the kinds are %2")
                                   .arg(kind.value_or(QString()), kinds.join(QStringLiteral(", "))));
            }
            options.kind = *kind;
        } else if (name == u"--data-dir") {
            const std::optional<QString> path = takeValue();
            if (!path || path->isEmpty())
                return invalid(tr("--data-dir needs a directory"));
            options.dataDir = *path;
        } else if (name == u"--catalogue") {
            const std::optional<QString> path = takeValue();
            if (!path || path->isEmpty())
                return invalid(tr("--catalogue needs a file name"));
            options.catalogueFile = *path;
        } else if (argument.startsWith(u'-') && argument.size() > 1) {
            return invalid(tr("unknown option \"%1\"").arg(argument));
        } else {
            positional << argument;
        }
    }

    const auto finish = [&]() {
        using Command = CommandLineOptions::Command;
        if (options.json && options.command != Command::Show && options.command != Command::Search
            && options.command != Command::List && options.command != Command::Progress
            && options.command != Command::Compare && options.command != Command::Guide
            && options.command != Command::Explain)
            return invalid(tr("--json goes with show, search, list, progress, compare, guide or explain"));
        if (options.cards && options.command != Command::Progress)
            return invalid(tr("--cards goes with progress"));
        if (quizOption && options.command != Command::Quiz)
            return invalid(tr("--count, --deck and --kind go with quiz"));
        if (!options.dataDir.isEmpty() && options.command != Command::Quiz && options.command != Command::Progress
            && options.command != Command::Window)
            return invalid(tr("--data-dir goes with quiz, progress or the window"));
        if (options.studyLanguages.contains(u'-') && options.command != Command::Quiz)
            return invalid(tr("--lang: crossed languages (zh-en, en-zh) go with quiz"));
        if (options.sheetLanguages == SheetLanguages::Both && options.command != Command::Cheatsheet)
            return invalid(tr("--lang both goes with cheatsheet"));
        if (paperGiven && options.command != Command::Cheatsheet)
            return invalid(tr("--paper goes with cheatsheet"));
        if (options.markdown && options.command != Command::Show)
            return invalid(tr("--markdown goes with show"));
        if (options.markdown && options.json)
            return invalid(tr("--markdown and --json cannot be used together: choose one"));
        return options;
    };

    if (positional.isEmpty())
        return finish(); // the window
    const QString command = positional.takeFirst();
    if (command == u"show") {
        if (positional.size() != 1)
            return invalid(tr("show takes one code, for example: show 404"));
        if (!parseCode(positional.first()))
            return invalid(tr("\"%1\" is not a status code: give three digits, such as 404").arg(positional.first()));
        options.command = CommandLineOptions::Command::Show;
        options.argument = positional.first();
    } else if (command == u"search") {
        const QString query = positional.join(u' ').trimmed();
        if (query.isEmpty())
            return invalid(tr("search needs a query, for example: search \"not found\""));
        options.command = CommandLineOptions::Command::Search;
        options.argument = query;
    } else if (command == u"compare") {
        for (const QString &argument : std::as_const(positional)) {
            const int code = parseCode(argument);
            if (!code)
                return invalid(tr("\"%1\" is not a status code: give three digits, such as 404").arg(argument));
            if (!options.codes.contains(code))
                options.codes << code;
        }
        if (options.codes.size() < Comparison::MinCodes || options.codes.size() > Comparison::MaxCodes)
            return invalid(tr("compare takes two to six codes, for example: compare 301 308"));
        options.command = CommandLineOptions::Command::Compare;
    } else if (command == u"cheatsheet") {
        if (positional.isEmpty())
            return invalid(tr("cheatsheet needs the PDF file to write, for example: cheatsheet codes.pdf"));
        if (positional.size() > 1)
            return invalid(tr("cheatsheet takes one file name, not %1").arg(positional.size()));
        if (positional.first().isEmpty())
            return invalid(tr("cheatsheet needs the PDF file to write, for example: cheatsheet codes.pdf"));
        options.command = CommandLineOptions::Command::Cheatsheet;
        options.outputFile = positional.first();
    } else if (command == u"explain") {
        options.command = CommandLineOptions::Command::Explain;
        options.lines = positional; // none: read standard input
    } else if (command == u"guide") {
        if (!positional.isEmpty())
            return invalid(tr("guide takes no arguments"));
        options.command = CommandLineOptions::Command::Guide;
    } else if (command == u"list" || command == u"quiz" || command == u"progress") {
        if (!positional.isEmpty())
            return invalid(tr("%1 takes no arguments").arg(command));
        options.command = command == u"list" ? CommandLineOptions::Command::List
                        : command == u"quiz" ? CommandLineOptions::Command::Quiz
                                             : CommandLineOptions::Command::Progress;
    } else if (const int code = parseCode(command); code && positional.isEmpty()) {
        options.openCode = code; // "status-codex 404" opens the window on 404
    } else {
        return invalid(tr("unknown command \"%1\"").arg(command));
    }
    return finish();
}

QString CommandLine::helpText()
{
    return tr("Usage:\n"
              "  status-codex [--lang zh|en] [--catalogue FILE] [CODE]\n"
              "      Open the window, on CODE if given (for example: status-codex --lang en 404).\n"
              "  status-codex show CODE [--lang zh|en] [--json | --markdown]\n"
              "      Print everything the catalogue holds about CODE; --markdown prints it as\n"
              "      Markdown, for a note or an issue.\n"
              "  status-codex search QUERY [--lang zh|en] [--json]\n"
              "      Print the codes matching QUERY, best first: a code (404), a prefix (40),\n"
              "      a class (4xx), words of a phrase (\"not fou\"), a Chinese title or any text.\n"
              "  status-codex list [--lang zh|en] [--json]\n"
              "      Print every code.\n"
              "  status-codex quiz [--count N] [--deck ID] [--kind KIND] [--lang zh|en|zh-en|en-zh]\n"
              "                   [--data-dir DIR]\n"
              "      Ask up to N questions (10) from the cards due and new today, reading one\n"
              "      answer per line: an option number, a code, or for a flashcard a rating 1-4\n"
              "      (1 Again, 2 Hard, 3 Good, 4 Easy). Decks: standard, common, 1xx .. 5xx,\n"
              "      starred, unofficial. Kinds: choice, code, source, claim, scenario, flashcard.\n"
              "      zh-en asks in Chinese with English answers; en-zh the reverse.\n"
              "  status-codex progress [--json] [--cards] [--data-dir DIR]\n"
              "      Print what has been studied: reviews, due cards, streak, decks.\n"
              "  status-codex compare CODE CODE... [--lang zh|en] [--json]\n"
              "      Compare two to six codes side by side: their facts, summaries and sources.\n"
              "  status-codex guide [--lang zh|en] [--json]\n"
              "      Which code should a server return? Answer the questions by number, one per\n"
              "      line (b goes back); --json prints the whole guide.\n"
              "  status-codex explain [--lang zh|en] [--json] [LINE...]\n"
              "      Explain log lines (standard input when none is given): the code each names,\n"
              "      the server, the likely cause and what to check. Lines it does not recognise\n"
              "      are counted; the summary counts the codes seen. Exit 1 when none is recognised.\n"
              "  status-codex cheatsheet FILE.pdf [--lang zh|en|both] [--paper a4|letter]\n"
              "      Write every registered code, its phrase, title and one line, on at most\n"
              "      two pages: in Chinese, English, or both side by side (landscape).\n"
              "\n"
              "Options:\n"
              "  --lang zh|en      Language of the content and interface.\n"
              "  --json            Print JSON instead of text.\n"
              "  --markdown        show: print Markdown instead of text.\n"
              "  --paper a4|letter cheatsheet: the paper size (a4).\n"
              "  --catalogue FILE  Read the catalogue from FILE instead of the built-in one.\n"
              "  --data-dir DIR    Keep study progress in DIR instead of the user's data folder.\n"
              "  -h, --help        Show this help.\n"
              "  -v, --version     Show the version.\n"
              "\n"
              "Exit status: 0 success, 1 no such code or no match, 2 bad arguments or catalogue,\n"
              "or a file that cannot be written.\n");
}

QString CommandLine::versionText()
{
    return QStringLiteral("status-codex %1\n").arg(QStringLiteral(STATUS_CODEX_VERSION));
}

int CommandLine::run(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &in,
                     QTextStream &out, QTextStream &err)
{
    const Language language = options.language.value_or(systemLanguage());
    switch (options.command) {
    case CommandLineOptions::Command::Help:
        out << helpText();
        return Success;
    case CommandLineOptions::Command::Version:
        out << versionText();
        return Success;
    case CommandLineOptions::Command::Invalid:
        err << "status-codex: " << options.error << '\n' << tr("Try status-codex --help.") << '\n';
        return UsageError;
    case CommandLineOptions::Command::Window:
        err << "status-codex: " << tr("this command opens a window") << '\n';
        return UsageError;
    case CommandLineOptions::Command::Show: {
        const StatusEntry *entry = catalogue.entry(parseCode(options.argument));
        if (!entry) {
            err << "status-codex: " << tr("%1 is not in the catalogue").arg(options.argument) << '\n';
            return NotFound;
        }
        if (options.json)
            writeJson(out, QJsonDocument(entryJson(catalogue, *entry, language)));
        else if (options.markdown)
            out << MarkdownExport::entry(catalogue, *entry, language);
        else
            writeEntryText(out, catalogue, *entry, language);
        return Success;
    }
    case CommandLineOptions::Command::Cheatsheet: {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            err << "status-codex: " << tr("cheatsheet needs a QGuiApplication to lay text out") << '\n';
            return UsageError;
        }
        QString error;
        const SheetLanguages languages = options.sheetLanguages.value_or(sheetLanguagesFor(language));
        if (!CheatSheet::writePdf(catalogue, languages, options.paper, options.outputFile, &error)) {
            //: A file the command line could not write, and the system's reason.
            err << "status-codex: " << tr("cannot write %1: %2").arg(options.outputFile, error) << '\n';
            return UsageError;
        }
        return Success;
    }
    case CommandLineOptions::Command::Search: {
        bool near = false;
        // A pasted log line finds the code it names.
        const LogMatch log = LogMatcher(catalogue).match(options.argument);
        const QList<SearchHit> hits
            = log.recognised() ? QList<SearchHit>{SearchHit{log.code, MatchRank::Code}}
                               : SearchIndex(catalogue).searchOrNear(SearchQuery::parse(options.argument), language, &near);
        if (near)
            err << "status-codex: " << tr("no exact match; showing near matches for \"%1\"").arg(options.argument) << '\n';
        if (options.json) {
            QJsonArray array;
            for (const SearchHit &hit : hits) {
                QJsonObject object = briefJson(*catalogue.entry(hit.code));
                object.insert(QStringLiteral("rank"), int(hit.rank));
                array << object;
            }
            writeJson(out, QJsonDocument(array));
        } else {
            for (const SearchHit &hit : hits)
                writeRow(out, *catalogue.entry(hit.code), language);
            if (hits.isEmpty())
                err << "status-codex: " << tr("no code matches \"%1\"").arg(options.argument) << '\n';
        }
        return hits.isEmpty() ? NotFound : Success;
    }
    case CommandLineOptions::Command::Compare:
        return runCompare(options, catalogue, out, err);
    case CommandLineOptions::Command::Guide:
        return runGuide(options, catalogue, in, out, err);
    case CommandLineOptions::Command::Explain:
        return ExplainCommand::run(options, catalogue, in, out, err);
    case CommandLineOptions::Command::Quiz:
        return runQuiz(options, catalogue, in, out, err);
    case CommandLineOptions::Command::Progress:
        return runProgress(options, catalogue, out, err);
    case CommandLineOptions::Command::List:
        if (options.json) {
            QJsonArray array;
            for (const StatusEntry &entry : catalogue.entries())
                array << briefJson(entry);
            writeJson(out, QJsonDocument(array));
        } else {
            for (const StatusEntry &entry : catalogue.entries())
                writeRow(out, entry, language);
        }
        return Success;
    }
    return UsageError;
}

} // namespace codex
