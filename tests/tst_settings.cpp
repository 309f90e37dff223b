// WindowSettings: a round trip, a settings file broken in every way we could
// think of (each bad value falls back alone, the others survive), a file
// from a future version, atomic replacement that survives being killed
// mid-write, and a location that cannot be written at all.
#include "catalogueloader.h"
#include "mainwindow.h"
#include "settings.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QAction>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using codex::Language;
using codex::WindowSettings;

namespace {

const QString WriterVariable = QStringLiteral("CODEX_SETTINGS_WRITER");
constexpr int KeptKeys = 40;

// The good value of every key, as raw INI text; a row replaces one of them.
QMap<QString, QByteArray> goodIniValues()
{
    return {
        { QStringLiteral("General/language"), "zh" },
        { QStringLiteral("General/version"), "1" },
        { QStringLiteral("window/geometry"), "@ByteArray(geometry-bytes)" },
        { QStringLiteral("window/state"), "@ByteArray(state-bytes)" },
        { QStringLiteral("window/splitter"), "300, 500" },
        { QStringLiteral("browser/lastCode"), "404" },
        { QStringLiteral("browser/showUnofficial"), "false" },
        { QStringLiteral("browser/chineseNames"), "true" },
        { QStringLiteral("other/kept"), "the user's own" },
    };
}

QByteArray iniText(const QMap<QString, QByteArray> &values)
{
    QMap<QString, QByteArray> byGroup;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString group = it.key().section(u'/', 0, 0);
        const QString name = it.key().section(u'/', 1);
        byGroup[group] += name.toUtf8() + '=' + it.value() + '\n';
    }
    QByteArray text;
    for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it)
        text += '[' + it.key().toUtf8() + "]\n" + it.value() + '\n';
    return text;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

WindowSettings sampleSettings(int variant = 0)
{
    WindowSettings settings;
    settings.language = variant % 2 ? Language::English : Language::Chinese;
    settings.geometry = QByteArray("geometry-") + QByteArray::number(variant);
    settings.state = QByteArray("state-") + QByteArray::number(variant);
    settings.splitterSizes = { 300 + variant % 100, 500 };
    settings.lastCode = 100 + variant % 500;
    settings.showUnofficial = variant % 3 == 0;
    settings.chineseNames = variant % 5 == 0;
    return settings;
}

// The child side of killedWhileWriting: rewrites the window settings as
// fast as it can, with large values so that a write takes a while, until
// the parent kills it.
int writeUntilKilled(const QString &path)
{
    QSettings settings(path, QSettings::IniFormat);
    QTextStream out(stdout);
    for (int round = 0;; ++round) {
        WindowSettings current = sampleSettings(round);
        current.geometry = QByteArray(WindowSettings::MaxBlobBytes, char('a' + round % 26));
        current.state = QByteArray(WindowSettings::MaxBlobBytes, char('A' + round % 26));
        current.save(settings);
        if (round == 0) {
            out << "writing" << Qt::endl;
        }
    }
}

// Where QSettings() keeps the user's settings, in either format.
void setUserSettingsFolder(const QString &folder)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

#ifdef Q_OS_UNIX
quint64 inodeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? quint64(info.st_ino) : 0;
}
#endif

} // namespace

class TestSettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        // Nothing here may touch the real user's settings. On Windows the
        // native format is the registry, which has no folder to point
        // elsewhere: files there too (tst_windows tests the registry).
#ifdef Q_OS_WIN
        QSettings::setDefaultFormat(QSettings::IniFormat);
#endif
        setUserSettingsFolder(m_home.path());
    }

    void saveThenLoad_returnsWhatWasSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        const WindowSettings saved = sampleSettings(7);
        {
            QSettings settings(path, QSettings::IniFormat);
            QVERIFY(saved.save(settings));
        }
        QSettings settings(path, QSettings::IniFormat);
        const WindowSettings loaded = WindowSettings::load(settings);
        QCOMPARE(loaded.language, saved.language);
        QCOMPARE(loaded.geometry, saved.geometry);
        QCOMPARE(loaded.state, saved.state);
        QCOMPARE(loaded.splitterSizes, saved.splitterSizes);
        QCOMPARE(loaded.lastCode, saved.lastCode);
        QCOMPARE(loaded.showUnofficial, saved.showUnofficial);
        QCOMPARE(loaded.chineseNames, saved.chineseNames);
        QCOMPARE(settings.value(QStringLiteral("version")).toInt(), WindowSettings::Version);
    }

    void loadFromNothing_givesDefaults()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("absent.ini")), QSettings::IniFormat);
        const WindowSettings loaded = WindowSettings::load(settings);
        QVERIFY(!loaded.language);
        QVERIFY(loaded.geometry.isEmpty());
        QVERIFY(loaded.state.isEmpty());
        QVERIFY(loaded.splitterSizes.isEmpty());
        QCOMPARE(loaded.lastCode, 0);
        QVERIFY(!loaded.showUnofficial);
        QVERIFY(!loaded.chineseNames);
    }

    void corruptedValue_fallsBackAloneAndOthersSurvive_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("raw");

        const QString language = QStringLiteral("General/language");
        QTest::newRow("language unknown") << language << QByteArray("klingon");
        QTest::newRow("language number") << language << QByteArray("42");
        QTest::newRow("language list") << language << QByteArray("zh, en");
        QTest::newRow("language byte array") << language << QByteArray("@ByteArray(zh)");
        QTest::newRow("language empty") << language << QByteArray("");
        QTest::newRow("language broken variant") << language << QByteArray("@Variant(\\0\\0\\0\\x7f)");
        QTest::newRow("language binary") << language << QByteArray("\\x1\\xff\\xfe");

        const QString geometry = QStringLiteral("window/geometry");
        QTest::newRow("geometry string") << geometry << QByteArray("800x600");
        QTest::newRow("geometry number") << geometry << QByteArray("12");
        QTest::newRow("geometry too large")
            << geometry << "@ByteArray(" + QByteArray(WindowSettings::MaxBlobBytes + 1, 'g') + ')';
        QTest::newRow("geometry invalid variant") << geometry << QByteArray("@Invalid()");

        const QString state = QStringLiteral("window/state");
        QTest::newRow("state list") << state << QByteArray("a, b");
        QTest::newRow("state unterminated") << state << QByteArray("@ByteArray(abc");

        const QString splitter = QStringLiteral("window/splitter");
        QTest::newRow("splitter negative") << splitter << QByteArray("-5, 300");
        QTest::newRow("splitter zero") << splitter << QByteArray("0, 300");
        QTest::newRow("splitter words") << splitter << QByteArray("wide, narrow");
        QTest::newRow("splitter three") << splitter << QByteArray("1, 2, 3");
        QTest::newRow("splitter one") << splitter << QByteArray("300");
        QTest::newRow("splitter huge") << splitter << QByteArray("99999999999, 5");
        QTest::newRow("splitter beyond limit") << splitter << QByteArray("100001, 5");
        QTest::newRow("splitter fractions") << splitter << QByteArray("1.5, 2.5");
        QTest::newRow("splitter byte array") << splitter << QByteArray("@ByteArray(300, 500)");
        QTest::newRow("splitter broken variant") << splitter << QByteArray("@Variant(\\0\\0\\0\\t\\0\\0\\0\\x2)");

        const QString lastCode = QStringLiteral("browser/lastCode");
        QTest::newRow("lastCode out of range") << lastCode << QByteArray("999");
        QTest::newRow("lastCode negative") << lastCode << QByteArray("-404");
        QTest::newRow("lastCode words") << lastCode << QByteArray("not found");
        QTest::newRow("lastCode fraction") << lastCode << QByteArray("404.5");
        QTest::newRow("lastCode overflow") << lastCode << QByteArray("4040404040404040404040");
        QTest::newRow("lastCode list") << lastCode << QByteArray("404, 500");
        QTest::newRow("lastCode invalid variant") << lastCode << QByteArray("@Invalid()");
        QTest::newRow("lastCode truncated variant") << lastCode << QByteArray("@Variant(\\0\\0)");

        const QString showUnofficial = QStringLiteral("browser/showUnofficial");
        QTest::newRow("showUnofficial word") << showUnofficial << QByteArray("maybe");
        QTest::newRow("showUnofficial number") << showUnofficial << QByteArray("2");
        QTest::newRow("showUnofficial list") << showUnofficial << QByteArray("true, false");
        QTest::newRow("showUnofficial byte array") << showUnofficial << QByteArray("@ByteArray(false)");
        const QString chineseNames = QStringLiteral("browser/chineseNames");
        QTest::newRow("chineseNames word") << chineseNames << QByteArray("yes please");
        QTest::newRow("chineseNames number") << chineseNames << QByteArray("-1");
    }

    void corruptedValue_fallsBackAloneAndOthersSurvive()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, raw);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        QMap<QString, QByteArray> values = goodIniValues();
        values[key] = raw;
        QVERIFY(writeFile(path, iniText(values)));

        QSettings settings(path, QSettings::IniFormat);
        const WindowSettings loaded = WindowSettings::load(settings);
        const auto expect = [&](const QString &field) { return field != key; };
        QCOMPARE(loaded.language.has_value(), expect(QStringLiteral("General/language")));
        if (loaded.language)
            QCOMPARE(*loaded.language, Language::Chinese);
        QCOMPARE(
            loaded.geometry, expect(QStringLiteral("window/geometry")) ? QByteArray("geometry-bytes") : QByteArray());
        QCOMPARE(loaded.state, expect(QStringLiteral("window/state")) ? QByteArray("state-bytes") : QByteArray());
        const QList<int> goodSizes { 300, 500 };
        QCOMPARE(loaded.splitterSizes, expect(QStringLiteral("window/splitter")) ? goodSizes : QList<int>());
        QCOMPARE(loaded.lastCode, expect(QStringLiteral("browser/lastCode")) ? 404 : 0);
        QCOMPARE(loaded.showUnofficial, expect(QStringLiteral("browser/showUnofficial")) ? std::optional<bool>(false)
                                                                                         : std::optional<bool>());
        QCOMPARE(loaded.chineseNames, expect(QStringLiteral("browser/chineseNames")) ? std::optional<bool>(true)
                                                                                     : std::optional<bool>());

        // Saving what was loaded repairs the bad key and keeps the user's own.
        QVERIFY(loaded.save(settings));
        QSettings reread(path, QSettings::IniFormat);
        QCOMPARE(reread.value(QStringLiteral("other/kept")).toString(), QStringLiteral("the user's own"));
        const WindowSettings repaired = WindowSettings::load(reread);
        QCOMPARE(repaired.lastCode, loaded.lastCode);
        QCOMPARE(repaired.splitterSizes, loaded.splitterSizes);
    }

    void binaryGarbageFile_givesDefaults_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("zeros") << QByteArray(4096, '\0');
        QTest::newRow("brackets") << QByteArray(10000, '[');
        QTest::newRow("no newline") << QByteArray("language=zh\\");
        QByteArray noise(8192, Qt::Uninitialized);
        QRandomGenerator generator(5);
        for (char &c : noise)
            c = char(generator.bounded(256));
        QTest::newRow("noise") << noise;
    }

    void binaryGarbageFile_givesDefaults()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        QVERIFY(writeFile(path, content));
        QSettings settings(path, QSettings::IniFormat);
        const WindowSettings loaded = WindowSettings::load(settings);
        QVERIFY(!loaded.language || loaded.language == Language::Chinese);
        QVERIFY(loaded.splitterSizes.isEmpty());
        QCOMPARE(loaded.lastCode, 0);
        QVERIFY(sampleSettings().save(settings));
        QSettings reread(path, QSettings::IniFormat);
        QCOMPARE(reread.status(), QSettings::NoError);
        QCOMPARE(WindowSettings::load(reread).lastCode, sampleSettings().lastCode);
    }

    void futureVersion_keepsWhatItUnderstandsAndItsOwnKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        QMap<QString, QByteArray> values = goodIniValues();
        values[QStringLiteral("General/version")] = "99";
        values[QStringLiteral("window/splitter")] = "300, 500, 200"; // three panes, one day
        values[QStringLiteral("window/theme")] = "@Variant(\\0\\0\\0\\n\\0\\0\\0\\b\\0s\\0\\x65\\0p\\0i\\0\\x61)";
        QVERIFY(writeFile(path, iniText(values)));

        QSettings settings(path, QSettings::IniFormat);
        const WindowSettings loaded = WindowSettings::load(settings);
        QCOMPARE(loaded.language, std::optional<Language>(Language::Chinese));
        QCOMPARE(loaded.lastCode, 404);
        QCOMPARE(loaded.geometry, QByteArray("geometry-bytes"));
        QVERIFY(loaded.splitterSizes.isEmpty());

        QVERIFY(loaded.save(settings));
        QSettings reread(path, QSettings::IniFormat);
        QCOMPARE(reread.value(QStringLiteral("version")).toInt(), 99);
        QVERIFY(reread.contains(QStringLiteral("window/theme")));
        QCOMPARE(reread.value(QStringLiteral("other/kept")).toString(), QStringLiteral("the user's own"));
    }

    void save_replacesTheFileInsteadOfRewritingIt()
    {
#ifndef Q_OS_UNIX
        QSKIP("inode numbers are a Unix notion");
#else
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            QVERIFY(sampleSettings(1).save(settings));
        }
        const quint64 before = inodeOf(path);
        QVERIFY(before != 0);
        {
            QSettings settings(path, QSettings::IniFormat);
            QVERIFY(sampleSettings(2).save(settings));
        }
        // A new inode: QSaveFile wrote a temporary file and renamed it over
        // the old one, so no moment existed with half a file on disk.
        QVERIFY(inodeOf(path) != before);
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : left)
            QVERIFY2(name == u"settings.ini" || name == u"settings.ini.lock", qPrintable(name));
#endif
    }

    void killedWhileWriting_leavesAWholeFile()
    {
#if defined(__SANITIZE_ADDRESS__)
        // The writer child, instrumented, does not report in time on CI's
        // two cores; the normal build runs this test.
        QSKIP("timing-dependent kill test: runs in the normal build");
#endif
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            for (int i = 0; i < KeptKeys; ++i)
                settings.setValue(QStringLiteral("other/key%1").arg(i), QStringLiteral("value %1").arg(i));
            QVERIFY(sampleSettings().save(settings));
        }
        QRandomGenerator generator(QRandomGenerator::global()->generate());
        for (int round = 0; round < 12; ++round) {
            QProcess writer;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(WriterVariable, path);
            writer.setProcessEnvironment(environment);
            writer.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(writer.waitForStarted());
            QVERIFY(writer.waitForReadyRead(30000));
            QThread::msleep(generator.bounded(1, 60));
            writer.kill();
            QVERIFY(writer.waitForFinished());
            // Killed between creating QSettings' lock file and writing its
            // owner into it, a writer leaves an empty lock that QLockFile
            // calls stale only after 30 s, and the next writer waits that
            // long. Locking is not what this test is about.
            QFile::remove(path + QStringLiteral(".lock"));

            QSettings settings(path, QSettings::IniFormat);
            QCOMPARE(settings.status(), QSettings::NoError);
            for (int i = 0; i < KeptKeys; ++i)
                QCOMPARE(
                    settings.value(QStringLiteral("other/key%1").arg(i)).toString(), QStringLiteral("value %1").arg(i));
            const WindowSettings loaded = WindowSettings::load(settings);
            QVERIFY(loaded.language.has_value());
            QVERIFY(loaded.lastCode >= 100);
            QCOMPARE(loaded.splitterSizes.size(), 2);
        }
    }

    void unwritableLocation_loadsDefaultsAndSaveFailsQuietly()
    {
        QTemporaryDir dir;
        const QString plainFile = dir.filePath(QStringLiteral("plain-file"));
        QVERIFY(writeFile(plainFile, "not a directory"));
        // Not even root can create a directory inside a regular file.
        QSettings settings(plainFile + QStringLiteral("/config/settings.ini"), QSettings::IniFormat);
        const WindowSettings loaded = WindowSettings::load(settings);
        QVERIFY(!loaded.language);
        QCOMPARE(loaded.lastCode, 0);
        QVERIFY(!sampleSettings().save(settings));
    }

    void unwritableLocation_windowStillRunsAndCloses()
    {
        QTemporaryDir dir;
        const QString plainFile = dir.filePath(QStringLiteral("plain-file"));
        QVERIFY(writeFile(plainFile, "not a directory"));
        setUserSettingsFolder(plainFile + QStringLiteral("/config"));
        const codex::LoadResult loaded = codex::CatalogueLoader::loadEmbedded();
        QVERIFY(loaded.ok());
        codex::Translations translations;
        {
            codex::MainWindow window(&translations);
            window.setCatalogue(*loaded.catalogue, QString());
            QSettings settings;
            window.restoreSettings(codex::WindowSettings::load(settings));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showCode(404);
            QVERIFY(window.close()); // saves, and cannot
            QCOMPARE(window.currentCode(), 404);
        }
        setUserSettingsFolder(m_home.path());
    }

    void hiddenUnofficialCodes_stayHiddenInTheNextWindow()
    {
        QTemporaryDir dir;
        setUserSettingsFolder(dir.path());
        const codex::LoadResult loaded = codex::CatalogueLoader::loadEmbedded();
        QVERIFY(loaded.ok());
        codex::Translations translations;
        const auto openWindow = [&](auto check) {
            codex::MainWindow window(&translations);
            window.setCatalogue(*loaded.catalogue, QString());
            QSettings settings;
            window.restoreSettings(codex::WindowSettings::load(settings));
            auto *action = window.findChild<QAction *>(QStringLiteral("showUnofficialAction"));
            QVERIFY(action);
            check(action);
            QVERIFY(window.close()); // saves
        };
        openWindow([](QAction *action) {
            QVERIFY(action->isChecked()); // shown by default
            action->setChecked(false);
        });
        openWindow([](QAction *action) { QVERIFY(!action->isChecked()); });
        setUserSettingsFolder(m_home.path());
    }

private:
    QTemporaryDir m_home;
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("CODEX_SETTINGS_WRITER")) {
        QCoreApplication app(argc, argv);
        return writeUntilKilled(qEnvironmentVariable("CODEX_SETTINGS_WRITER"));
    }
    QApplication app(argc, argv);
    TestSettings test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settings.moc"
