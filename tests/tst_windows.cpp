// What differs on Windows (issue 21), run under Wine on CI: the window's
// settings in the registry (they survive a restart; garbage written there
// is tolerated), study progress under a user folder with Chinese characters
// and a space, two processes answering into one database there, and the
// command line's Chinese output redirected to a file or shown in a GBK
// (936) or UTF-8 (65001) console.
#include "catalogueloader.h"
#include "progressstore.h"
#include "settings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

using codex::Language;
using codex::WindowSettings;

namespace {

const QString ChildVariable = QStringLiteral("CODEX_WINDOWS_CHILD");
const QString Organization = QStringLiteral("StatusCodexTest");
// A key of this run's own, so that two runs or a crashed one never mix.
const QString Application = QStringLiteral("tst_windows-%1").arg(GetCurrentProcessId());

std::wstring wide(const QString &text)
{
    return text.toStdWString();
}

QString registryPath(const QString &application)
{
    return QStringLiteral("Software\\%1\\%2").arg(Organization, application);
}

WindowSettings sampleSettings()
{
    WindowSettings settings;
    settings.language = Language::English;
    settings.geometry = QByteArray("geometry\0bytes\xff", 15);
    settings.state = QByteArray("state-bytes");
    settings.splitterSizes = { 321, 654 };
    settings.lastCode = 418;
    settings.showUnofficial = false;
    settings.chineseNames = true;
    return settings;
}

// The child side of the restart test: saves into the registry and exits.
int writeSettingsChild(const QString &application)
{
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, Organization, application);
    return sampleSettings().save(settings) ? 0 : 1;
}

bool setRegistryValue(const QString &subkey, const QString &name, DWORD type, const QByteArray &data)
{
    HKEY key = nullptr;
    if (RegCreateKeyExW(HKEY_CURRENT_USER, wide(subkey).c_str(), 0, nullptr, 0, KEY_WRITE, nullptr, &key, nullptr)
        != ERROR_SUCCESS)
        return false;
    const LSTATUS status = RegSetValueExW(key, wide(name).c_str(), 0, type,
                                          reinterpret_cast<const BYTE *>(data.constData()), DWORD(data.size()));
    RegCloseKey(key);
    return status == ERROR_SUCCESS;
}

QByteArray wideBytes(const QString &text)
{
    // REG_SZ data: UTF-16 with its terminating zero.
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), (text.size() + 1) * 2);
}

QString registryString(const QString &subkey, const QString &name)
{
    wchar_t buffer[256] = {};
    DWORD size = sizeof buffer;
    if (RegGetValueW(HKEY_CURRENT_USER, wide(subkey).c_str(), wide(name).c_str(), RRF_RT_REG_SZ, nullptr, buffer,
                     &size)
        != ERROR_SUCCESS)
        return QStringLiteral("<absent>");
    return QString::fromWCharArray(buffer);
}

void deleteRegistryKey(const QString &application)
{
    RegDeleteTreeW(HKEY_CURRENT_USER, wide(registryPath(application)).c_str());
}

QString appBinary()
{
    return QStringLiteral(CODEX_APP_BINARY);
}

// What `show 404 --lang zh` must print in Chinese, from the catalogue itself.
QString chineseTitleOf404()
{
    const codex::LoadResult loaded = codex::CatalogueLoader::loadEmbedded();
    if (!loaded.ok())
        return QString();
    const codex::StatusEntry *entry = loaded.catalogue->entry(404);
    return entry ? entry->title.zh : QString();
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && !text.isEmpty();
}

bool runningUnderWine()
{
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version");
}

// The text the console shows: every cell of its screen buffer, read back.
QString consoleText(HANDLE console)
{
    CONSOLE_SCREEN_BUFFER_INFO info = {};
    if (!GetConsoleScreenBufferInfo(console, &info))
        return QString();
    const DWORD cells = DWORD(info.dwSize.X) * DWORD(info.dwSize.Y);
    std::wstring buffer(cells, L' ');
    DWORD read = 0;
    if (!ReadConsoleOutputCharacterW(console, buffer.data(), cells, COORD { 0, 0 }, &read))
        return QString();
    buffer.resize(read);
    return QString::fromStdWString(buffer);
}

} // namespace

class TestWindows final : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase()
    {
        deleteRegistryKey(Application);
        deleteRegistryKey(Application + QStringLiteral("-garbage"));
    }

    void registrySettings_surviveARestart()
    {
        deleteRegistryKey(Application);
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(ChildVariable, Application);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);

        // In the registry, where Windows keeps an application's settings,
        // as the registry's own API reads it.
        QSettings settings(QSettings::NativeFormat, QSettings::UserScope, Organization, Application);
        QVERIFY2(settings.fileName().startsWith(QStringLiteral("\\HKEY_CURRENT_USER\\Software\\")),
                 qPrintable(settings.fileName()));
        QCOMPARE(registryString(registryPath(Application), QStringLiteral("language")), QStringLiteral("en"));

        const WindowSettings loaded = WindowSettings::load(settings);
        const WindowSettings saved = sampleSettings();
        QCOMPARE(loaded.language, saved.language);
        QCOMPARE(loaded.geometry, saved.geometry);
        QCOMPARE(loaded.state, saved.state);
        QCOMPARE(loaded.splitterSizes, saved.splitterSizes);
        QCOMPARE(loaded.lastCode, saved.lastCode);
        QCOMPARE(loaded.showUnofficial, saved.showUnofficial);
        QCOMPARE(loaded.chineseNames, saved.chineseNames);
    }

    void registryGarbage_fallsBackAloneAndOthersSurvive()
    {
        // Values of the wrong registry type, as a registry cleaner, an older
        // tool or a hand edit in regedit leaves them.
        const QString application = Application + QStringLiteral("-garbage");
        deleteRegistryKey(application);
        const QString root = registryPath(application);
        const DWORD number = 42;
        const QByteArray dword(reinterpret_cast<const char *>(&number), sizeof number);
        QVERIFY(setRegistryValue(root, QStringLiteral("language"), REG_DWORD, dword));
        QVERIFY(setRegistryValue(root + QStringLiteral("\\window"), QStringLiteral("geometry"), REG_DWORD, dword));
        QVERIFY(setRegistryValue(root + QStringLiteral("\\window"), QStringLiteral("state"), REG_BINARY,
                                 QByteArray(WindowSettings::MaxBlobBytes + 1, 's')));
        QVERIFY(setRegistryValue(root + QStringLiteral("\\window"), QStringLiteral("splitter"), REG_SZ,
                                 wideBytes(QStringLiteral("wide, narrow"))));
        QVERIFY(setRegistryValue(root + QStringLiteral("\\browser"), QStringLiteral("lastCode"), REG_BINARY,
                                 QByteArray("\xff\xfe\x01", 3)));
        QVERIFY(setRegistryValue(root + QStringLiteral("\\browser"), QStringLiteral("showUnofficial"), REG_SZ,
                                 wideBytes(QStringLiteral("maybe"))));
        // Good ones, which must survive their neighbours.
        QVERIFY(setRegistryValue(root + QStringLiteral("\\browser"), QStringLiteral("chineseNames"), REG_SZ,
                                 wideBytes(QStringLiteral("true"))));
        QVERIFY(setRegistryValue(root + QStringLiteral("\\other"), QStringLiteral("kept"), REG_SZ,
                                 wideBytes(QStringLiteral("the user's own"))));

        QSettings settings(QSettings::NativeFormat, QSettings::UserScope, Organization, application);
        const WindowSettings loaded = WindowSettings::load(settings);
        QVERIFY(!loaded.language.has_value());
        QCOMPARE(loaded.geometry, QByteArray());
        QCOMPARE(loaded.state, QByteArray());
        QCOMPARE(loaded.splitterSizes, QList<int>());
        QCOMPARE(loaded.lastCode, 0);
        QCOMPARE(loaded.showUnofficial, std::optional<bool>());
        QCOMPARE(loaded.chineseNames, std::optional<bool>(true));

        // Saving what was loaded repairs the bad values and keeps the user's own.
        QVERIFY(loaded.save(settings));
        QSettings reread(QSettings::NativeFormat, QSettings::UserScope, Organization, application);
        QCOMPARE(reread.value(QStringLiteral("other/kept")).toString(), QStringLiteral("the user's own"));
        QCOMPARE(registryString(root + QStringLiteral("\\other"), QStringLiteral("kept")),
                 QStringLiteral("the user's own"));
        const WindowSettings repaired = WindowSettings::load(reread);
        QCOMPARE(repaired.chineseNames, std::optional<bool>(true));
        QCOMPARE(repaired.lastCode, 0);
        deleteRegistryKey(application);
    }

    void chineseUserFolder_twoProcessesAnswerAndTheProgramReadsItBack()
    {
        // C:\Users\张 伟\AppData\Roaming\StatusCodex\status-codex, under a
        // temporary folder: a common Chinese user name, with its space.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString data = QDir(home.path()).filePath(
            QStringLiteral("Users/张 伟/AppData/Roaming/StatusCodex/status-codex"));
        const QString nativeData = QDir::toNativeSeparators(data);

        // Two writers at once into one database: Windows' file locking, not
        // POSIX's, keeps them from losing an answer.
        const QString writer = QStringLiteral(CODEX_PROGRESSWRITER);
        QProcess one;
        QProcess two;
        one.start(writer, { nativeData, QStringLiteral("100") });
        two.start(writer, { nativeData, QStringLiteral("100") });
        for (QProcess *process : { &one, &two }) {
            QVERIFY(process->waitForFinished(120000));
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }
        // The file is where it was asked to be, under its Chinese name.
        QVERIFY2(QFileInfo::exists(QDir(data).filePath(codex::ProgressStore::fileName())), qPrintable(data));

        // The program, given the folder on its command line, reads them all.
        QProcess program;
        program.start(appBinary(), { QStringLiteral("progress"), QStringLiteral("--json"),
                                     QStringLiteral("--data-dir"), nativeData });
        QVERIFY(program.waitForFinished(60000));
        const QByteArray errors = program.readAllStandardError();
        QVERIFY2(program.exitCode() == 0, errors.constData());
        QJsonParseError parseError;
        const QJsonDocument progress = QJsonDocument::fromJson(program.readAllStandardOutput(), &parseError);
        QVERIFY2(progress.isObject(), qPrintable(parseError.errorString()));
        QCOMPARE(progress.object().value(QStringLiteral("reviews")).toInt(), 200);

        codex::ProgressStore store(data);
        QCOMPARE(store.problem(), QString());
        QCOMPARE(store.reviewCount(), 200);
    }

    void redirectedOutput_isUtf8()
    {
        // With a console to attach to, as when run from cmd with `> file`:
        // the file must get the output, not the console.
        AllocConsole();
        const QString expected = chineseTitleOf404();
        QVERIFY(!expected.isEmpty());

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("输出 404.txt"));
        QProcess program;
        program.setStandardOutputFile(file);
        program.start(appBinary(), { QStringLiteral("show"), QStringLiteral("404"), QStringLiteral("--lang"),
                                     QStringLiteral("zh") });
        QVERIFY(program.waitForFinished(60000));
        QCOMPARE(program.exitCode(), 0);

        QFile output(file);
        QVERIFY(output.open(QIODevice::ReadOnly));
        const QByteArray bytes = output.readAll();
        QVERIFY2(!bytes.isEmpty(), "nothing reached the file");
        QVERIFY2(isUtf8(bytes), bytes.toHex().left(200).constData());
        QVERIFY2(QString::fromUtf8(bytes).contains(expected), qPrintable(QString::fromUtf8(bytes).left(300)));
        // Not GBK: the same words in code page 936 are other bytes.
        QVERIFY(expected.toUtf8() != expected.toLocal8Bit() || GetACP() == CP_UTF8);
    }

    void consoleOutput_isLegibleInCodePage_data()
    {
        QTest::addColumn<uint>("codePage");
        QTest::newRow("936 (GBK)") << 936u;
        QTest::newRow("65001 (UTF-8)") << 65001u;
    }

    void consoleOutput_isLegibleInCodePage()
    {
        QFETCH(uint, codePage);
        const QString expected = chineseTitleOf404();
        QVERIFY(!expected.isEmpty());

        // A console of our own, in the code page under test, with nothing in it.
        FreeConsole();
        if (!AllocConsole())
            QSKIP("no console can be made here (Wine makes one only with a display: run under xvfb-run)");
        if (!SetConsoleOutputCP(codePage))
            QSKIP("this console cannot switch to the code page");
        SECURITY_ATTRIBUTES inherited = { sizeof inherited, nullptr, TRUE };
        const HANDLE console = CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE,
                                           FILE_SHARE_READ | FILE_SHARE_WRITE, &inherited, OPEN_EXISTING, 0, nullptr);
        QVERIFY(console != INVALID_HANDLE_VALUE);
        CONSOLE_SCREEN_BUFFER_INFO info = {};
        if (!GetConsoleScreenBufferInfo(console, &info)) {
            CloseHandle(console);
            QSKIP("this console's screen buffer cannot be read back (Wine without a display)");
        }

        // Started as from cmd without redirection: no standard handles, so
        // the program attaches to this console itself. Wine cannot attach a
        // program to its parent's console, so there it is handed the
        // console's handles instead.
        const bool wine = runningUnderWine();
        const HANDLE savedOut = GetStdHandle(STD_OUTPUT_HANDLE);
        const HANDLE savedErr = GetStdHandle(STD_ERROR_HANDLE);
        const HANDLE savedIn = GetStdHandle(STD_INPUT_HANDLE);
        SetStdHandle(STD_OUTPUT_HANDLE, wine ? console : nullptr);
        SetStdHandle(STD_ERROR_HANDLE, wine ? console : nullptr);
        SetStdHandle(STD_INPUT_HANDLE, nullptr);
        QProcess program;
        program.setProcessChannelMode(QProcess::ForwardedChannels);
        program.setInputChannelMode(QProcess::ForwardedInputChannel);
        program.start(appBinary(), { QStringLiteral("show"), QStringLiteral("404"), QStringLiteral("--lang"),
                                     QStringLiteral("zh") });
        const bool finished = program.waitForFinished(60000);
        SetStdHandle(STD_OUTPUT_HANDLE, savedOut);
        SetStdHandle(STD_ERROR_HANDLE, savedErr);
        SetStdHandle(STD_INPUT_HANDLE, savedIn);
        QVERIFY(finished);
        QCOMPARE(program.exitCode(), 0);

        const QString shown = consoleText(console);
        CloseHandle(console);
        // The console keeps its own code page once the program is done.
        QCOMPARE(uint(GetConsoleOutputCP()), codePage);
        if (wine)
            QSKIP("Wine's console shows UTF-8 written to it byte by byte, whatever its code page: the characters "
                  "are checked on Windows only");
        // Wide characters may take two cells; what matters is that they are
        // the right characters, not mojibake.
        QString compact = shown;
        compact.remove(u' ');
        QString expectedCompact = expected;
        expectedCompact.remove(u' ');
        QVERIFY2(compact.contains(expectedCompact), qPrintable(shown.simplified().left(300)));
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("CODEX_WINDOWS_CHILD")) {
        QCoreApplication app(argc, argv);
        return writeSettingsChild(qEnvironmentVariable("CODEX_WINDOWS_CHILD"));
    }
    QApplication app(argc, argv);
    TestWindows test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windows.moc"
