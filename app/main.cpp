// Wires the core and the window together; all behaviour lives in app/core
// and app/ui.
#include "appicon.h"
#include "catalogueloader.h"
#include "commandline.h"
#include "firstframeexit.h"
#include "mainwindow.h"
#include "settings.h"
#include "translations.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <future>
#include <memory>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#include <shellapi.h>
#else
#include <unistd.h>
#endif

namespace {

QStringList programArguments(int argc, char **argv)
{
    QStringList arguments;
#ifdef Q_OS_WIN
    // argv is in the ANSI code page on Windows; the wide command line is not lossy.
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    int count = 0;
    if (LPWSTR *wide = CommandLineToArgvW(GetCommandLineW(), &count)) {
        for (int i = 1; i < count; ++i)
            arguments << QString::fromWCharArray(wide[i]);
        LocalFree(wide);
    }
#else
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
#endif
    return arguments;
}

#ifdef Q_OS_WIN
// The code page the console had before the command set UTF-8: given back at
// exit, or the user's cmd window would stay in UTF-8 after the program ends.
UINT consoleCodePageAtStart = 0;

void restoreConsoleCodePage()
{
    if (consoleCodePageAtStart != 0)
        SetConsoleOutputCP(consoleCodePageAtStart);
}

// A standard handle a GUI-subsystem program was given: none when started from
// a console without redirection, a file or pipe when redirected.
bool hasStandardHandle(DWORD which)
{
    const HANDLE handle = GetStdHandle(which);
    return handle != nullptr && handle != INVALID_HANDLE_VALUE && GetFileType(handle) != FILE_TYPE_UNKNOWN;
}
#endif

// The program is a GUI-subsystem binary on Windows, which starts without a
// console: a command attaches to the console of the shell that started it,
// for the streams the shell did not redirect (`> file` keeps the file).
void attachConsole()
{
#ifdef Q_OS_WIN
    const bool hasIn = hasStandardHandle(STD_INPUT_HANDLE);
    const bool hasOut = hasStandardHandle(STD_OUTPUT_HANDLE);
    const bool hasErr = hasStandardHandle(STD_ERROR_HANDLE);
    if ((!hasIn || !hasOut || !hasErr) && AttachConsole(ATTACH_PARENT_PROCESS)) {
        if (!hasIn)
            std::freopen("CONIN$", "r", stdin);
        if (!hasOut)
            std::freopen("CONOUT$", "w", stdout);
        if (!hasErr)
            std::freopen("CONOUT$", "w", stderr);
    }
    // Lines end in \n as everywhere else: in text mode the C runtime makes
    // them \r\n in the files and pipes that scripts read; a console takes
    // \n alone as a new line.
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
    // Output is UTF-8 (QTextStream's encoding); a console shows it as such
    // whatever its code page (936 for GBK, 65001), and gets its own back.
    consoleCodePageAtStart = GetConsoleOutputCP();
    if (consoleCodePageAtStart != 0 && consoleCodePageAtStart != CP_UTF8 && SetConsoleOutputCP(CP_UTF8))
        std::atexit(restoreConsoleCodePage);
    else
        consoleCodePageAtStart = 0;
#endif
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("StatusCodex"));
    QCoreApplication::setApplicationName(QStringLiteral("status-codex"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STATUS_CODEX_VERSION));
}

// A command that lays out pages runs over ssh and in CI too: without a
// display to connect to, Qt is told to use none rather than fail to start.
void chooseHeadlessPlatformWithoutDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
}

int runCommand(int argc, char **argv, const codex::CommandLineOptions &options)
{
    // Only the commands that need fonts pay for a QGuiApplication.
    std::unique_ptr<QCoreApplication> app;
    if (options.needsGui()) {
        chooseHeadlessPlatformWithoutDisplay();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setApplicationIdentity();
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    codex::Translations translations;
    translations.apply(options.language.value_or(codex::systemLanguage()));

    codex::Catalogue catalogue;
    if (options.command != codex::CommandLineOptions::Command::Invalid) {
        const codex::LoadResult result = options.catalogueFile.isEmpty()
                                             ? codex::CatalogueLoader::loadEmbedded()
                                             : codex::CatalogueLoader::loadFromFile(options.catalogueFile);
        if (!result.ok()) {
            for (const QString &error : result.errors)
                err << "status-codex: " << error << '\n';
            return codex::CommandLine::UsageError;
        }
        catalogue = *result.catalogue;
    }
    return codex::CommandLine::run(options, catalogue, in, out, err);
}

// What the window opens with: the user's file, or the built-in catalogue
// when there is none or it does not load (the window says why).
struct StartupCatalogue
{
    codex::LoadResult userFile;
    codex::LoadResult embedded;

    const codex::LoadResult &inUse() const { return userFile.ok() ? userFile : embedded; }
};

StartupCatalogue loadStartupCatalogue(const QString &userFile)
{
    StartupCatalogue loaded;
    if (!userFile.isEmpty())
        loaded.userFile = codex::CatalogueLoader::loadFromFile(userFile);
    if (!loaded.userFile.ok())
        loaded.embedded = codex::CatalogueLoader::loadEmbedded();
    return loaded;
}

int runWindow(int argc, char **argv, const codex::CommandLineOptions &options)
{
    // The catalogue loads while the main thread starts Qt and builds the
    // window (platform, fonts, style): the first frame needs both, and
    // neither needs the other until the model is filled.
    std::future<StartupCatalogue> pending = std::async(std::launch::async, loadStartupCatalogue, options.catalogueFile);

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Status Codex"));
    QApplication::setWindowIcon(codex::windowIcon());
    // Names the installed .desktop file, which Wayland shells match windows by.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.statuscodex.StatusCodex"));

    QSettings settings;
    const codex::WindowSettings saved = codex::WindowSettings::load(settings);
    codex::Translations translations;
    translations.apply(options.language.value_or(saved.language.value_or(codex::systemLanguage())));

    codex::MainWindow window(&translations);
    window.setDataDirectory(options.dataDir);
    const StartupCatalogue loaded = pending.get();
    if (!loaded.inUse().ok()) {
        // Only a broken build gets here; say so rather than show an empty window.
        QMessageBox::critical(nullptr, QStringLiteral("Status Codex"), loaded.embedded.errors.join(u'\n'));
        return codex::CommandLine::UsageError;
    }
    window.setCatalogue(*loaded.inUse().catalogue, loaded.userFile.ok() ? options.catalogueFile : QString());
    window.restoreSettings(saved);
    if (options.openCode)
        window.showCode(options.openCode);
    codex::FirstFrameExit::installIfRequested(&window);
    window.show();

    if (!options.catalogueFile.isEmpty() && !loaded.userFile.ok()) {
        QTimer::singleShot(0, &window, [&window, &loaded, &options] {
            QMessageBox box(QMessageBox::Warning, codex::MainWindow::tr("Catalogue not loaded"),
                            codex::MainWindow::tr("%1 could not be loaded; the built-in catalogue is in use.")
                                .arg(options.catalogueFile),
                            QMessageBox::Ok, &window);
            box.setInformativeText(loaded.userFile.errors.mid(0, 5).join(u'\n'));
            box.setDetailedText(loaded.userFile.errors.join(u'\n'));
            box.exec();
        });
    }
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    codex::CommandLineOptions options = codex::CommandLine::parse(programArguments(argc, argv));
    // Before stdin is asked whether it is a terminal: on Windows it is the
    // console's only once attached.
    if (!options.opensWindow())
        attachConsole();
#ifdef Q_OS_WIN
    options.inputIsTerminal = _isatty(_fileno(stdin));
#else
    options.inputIsTerminal = isatty(fileno(stdin));
#endif
    if (!options.opensWindow())
        return runCommand(argc, argv, options);
    return runWindow(argc, argv, options);
}
