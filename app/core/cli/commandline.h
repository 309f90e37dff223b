#pragma once

#include "catalogue.h"
#include "cheatsheet.h"
#include "pagesetup.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace codex {

// What the user asked for on the command line.
struct CommandLineOptions
{
    enum class Command { Window, Show, Search, List, Quiz, Progress, Compare, Guide, Cheatsheet, Explain, Help, Version, Invalid };
    Command command = Command::Window;
    QString argument;                 // the code for show, the query for search
    QList<int> codes;                 // compare: the codes, in order
    QStringList lines;                // explain: the log lines given as arguments
    int openCode = 0;                 // Window: the code to open on
    std::optional<Language> language; // --lang
    QString studyLanguages;           // quiz: --lang zh, en, or crossed: zh-en, en-zh
    bool json = false;                // --json
    bool markdown = false;            // show: --markdown
    QString outputFile;               // cheatsheet: the PDF to write
    std::optional<SheetLanguages> sheetLanguages; // cheatsheet: --lang zh, en or both
    Paper paper = Paper::A4;          // cheatsheet: --paper
    QString catalogueFile;            // --catalogue
    QString dataDir;                  // --data-dir: where progress is kept
    int count = 10;                   // quiz: --count
    QString deckId = QStringLiteral("standard"); // quiz: --deck
    QString kind;                     // quiz: --kind, empty for every kind
    bool cards = false;               // progress: --cards
    bool inputIsTerminal = false;     // quiz: a terminal echoes the answer and its newline; a pipe does not
    QString error;                    // Invalid: what is wrong

    bool opensWindow() const { return command == Command::Window; }
    // Laying text out on a page needs fonts, and so a QGuiApplication.
    bool needsGui() const { return command == Command::Cheatsheet; }
};

// The command-line face of the catalogue: parsing and the non-window
// commands, writing to streams so that tests can read them.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = 0, NotFound = 1, UsageError = 2 };

    // arguments excludes the program name.
    static CommandLineOptions parse(const QStringList &arguments);
    static QString helpText();
    static QString versionText();

    // Runs a command that prints instead of opening the window; quiz reads
    // its answers from `in`. Returns the exit code.
    static int run(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &in,
                   QTextStream &out, QTextStream &err);
};

} // namespace codex
