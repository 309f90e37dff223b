// Limits on what a catalogue file may hold: its size (refused before it is
// read), nesting depth, huge values and the length of every text field,
// each reported by the field's name.
#include "catalogueloader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace codex;

namespace {

// One code using every text field; each value is a token a row replaces.
const char templateCatalogue[] = R"({
  "schema": 1,
  "sources": [
    {"id": "SOURCE_ID", "name": {"zh": "SOURCE_NAME_ZH", "en": "SOURCE_NAME_EN"},
     "about": {"zh": "SOURCE_ABOUT_ZH", "en": "SOURCE_ABOUT_EN"}}
  ],
  "classes": [
    {"class": 4, "name": {"zh": "CLASS_NAME_ZH", "en": "CLASS_NAME_EN"},
     "summary": {"zh": "CLASS_SUMMARY_ZH", "en": "CLASS_SUMMARY_EN"}}
  ],
  "codes": [
    {
      "code": 499, "class": 4, "phrase": "PHRASE", "status": "unofficial",
      "reference": "REFERENCE",
      "title": {"zh": "TITLE_ZH", "en": "TITLE_EN"},
      "usedBy": {"zh": "USED_BY_ZH", "en": "USED_BY_EN"},
      "aliases": ["ALIAS"],
      "summary": {"zh": "SUMMARY_ZH", "en": "SUMMARY_EN"},
      "descriptions": [{"source": "SOURCE_ID", "text": {"zh": "DESCRIPTION_ZH", "en": "DESCRIPTION_EN"}}],
      "notes": [{"source": "SOURCE_ID", "text": {"zh": "NOTE_ZH", "en": "NOTE_EN"}}],
      "related": [499]
    }
  ]
})";

QByteArray catalogueWith(const QByteArray &token, const QByteArray &value)
{
    QByteArray json(templateCatalogue);
    return json.replace('"' + token + '"', '"' + value + '"');
}

QString findError(const QStringList &errors, const QString &substring)
{
    for (const QString &error : errors) {
        if (error.contains(substring))
            return error;
    }
    return {};
}

} // namespace

class TestLimits final : public QObject
{
    Q_OBJECT

private slots:
    void templateCatalogue_loads()
    {
        const LoadResult result
            = CatalogueLoader::loadFromData(QByteArray(templateCatalogue), QStringLiteral("t.json"));
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    }

    void fileBeyondTheLimit_isRefusedWithoutReadingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Sparse: half a gigabyte that takes no disk space and, if it were
        // read, would take seconds and that much memory.
        QVERIFY(file.resize(CatalogueLoader::MaxFileBytes + 1));
        file.close();

        QElapsedTimer timer;
        timer.start();
        const LoadResult result = CatalogueLoader::loadFromFile(path);
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 1);
        const QString error = result.errors.first();
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY2(
            error.contains(
                QStringLiteral("larger than the limit of %1 MiB").arg(CatalogueLoader::MaxFileBytes / (1024 * 1024))),
            qPrintable(error));
    }

    void limits_areFarAboveTheLargestRealCatalogue()
    {
        // The 100 000-description benchmark catalogue: 86 MiB, 0.5 million
        // values, 5 levels deep.
        QVERIFY(CatalogueLoader::MaxFileBytes >= 2 * 86ll * 1024 * 1024);
        QVERIFY(CatalogueLoader::MaxJsonValues >= 4 * 512 * 1000);
        QVERIFY(CatalogueLoader::MaxJsonDepth >= 10 * 5);
    }

    void deviceFile_isRefusedWithoutReadingForever()
    {
        if (!QFile::exists(QStringLiteral("/dev/zero")))
            QSKIP("no /dev/zero here");
        QElapsedTimer timer;
        timer.start();
        const LoadResult result = CatalogueLoader::loadFromFile(QStringLiteral("/dev/zero"));
        QVERIFY(!result.ok());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(result.errors.first().startsWith(u"/dev/zero"), qPrintable(result.errors.first()));
    }

    void deepNesting_isRefusedWithoutExhaustingTheStack_data()
    {
        QTest::addColumn<QByteArray>("json");
        constexpr int depth = 100000;
        QTest::newRow("100000 [") << QByteArray(depth, '[');
        QTest::newRow("100000 [ closed") << QByteArray(depth, '[') + QByteArray(depth, ']');
        QByteArray objects;
        for (int i = 0; i < depth; ++i)
            objects += "{\"a\":";
        QTest::newRow("100000 objects") << objects;
        QTest::newRow("nested inside sources")
            << "{\"schema\": 1, \"sources\": " + QByteArray(depth, '[') + QByteArray(depth, ']') + '}';
    }

    void deepNesting_isRefusedWithoutExhaustingTheStack()
    {
        QFETCH(QByteArray, json);
        const LoadResult result = CatalogueLoader::loadFromData(json, QStringLiteral("deep.json"));
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().startsWith(u"deep.json:1:"), qPrintable(result.errors.first()));
        QVERIFY2(result.errors.first().endsWith(
                     QStringLiteral("nested more than %1 levels deep").arg(CatalogueLoader::MaxJsonDepth)),
            qPrintable(result.errors.first()));
    }

    void nestingAtTheLimit_isParsedAndReportedAsAWrongType()
    {
        // The phrase sits 3 levels deep: 3 + 61 = 64 levels parse, and the
        // validator names the wrong type; one more is refused unparsed.
        const int allowed = CatalogueLoader::MaxJsonDepth - 3;
        const auto nested = [](int levels) {
            return catalogueWith("PHRASE", "x").replace("\"x\"", QByteArray(levels, '[') + QByteArray(levels, ']'));
        };
        const LoadResult atLimit = CatalogueLoader::loadFromData(nested(allowed), QStringLiteral("t.json"));
        QVERIFY(!atLimit.ok());
        QVERIFY2(!findError(atLimit.errors, QStringLiteral(".phrase: must be a string, found an array")).isEmpty(),
            qPrintable(atLimit.errors.join(u'\n')));
        const LoadResult beyond = CatalogueLoader::loadFromData(nested(allowed + 1), QStringLiteral("t.json"));
        QCOMPARE(beyond.errors.size(), 1);
        QVERIFY2(beyond.errors.first().contains(u"levels deep"), qPrintable(beyond.errors.first()));
    }

    void bracketsInsideStrings_doNotCountAsNesting()
    {
        const QByteArray brackets = QByteArray(150, '[') + QByteArray(150, '{') + "\\\"";
        const LoadResult result
            = CatalogueLoader::loadFromData(catalogueWith("SUMMARY_EN", brackets), QStringLiteral("t.json"));
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.catalogue->entries().first().summary.en,
            QString::fromLatin1(brackets).replace(QStringLiteral("\\\""), QStringLiteral("\"")));
    }

    void millionsOfTinyValues_areRefusedBeforeParsing()
    {
        // Two bytes each in the file, ten times that once parsed.
        const qint64 count = CatalogueLoader::MaxJsonValues + 1;
        QByteArray zeros;
        zeros.reserve(2 * count + 40);
        zeros += "{\"schema\": 1, \"codes\": [0";
        for (qint64 i = 1; i < count; ++i)
            zeros += ",0";
        zeros += "]}";
        const LoadResult result = CatalogueLoader::loadFromData(zeros, QStringLiteral("zeros.json"));
        QCOMPARE(result.errors.size(), 1);
        const QString error = result.errors.first();
        QVERIFY2(error.startsWith(u"zeros.json: holds ")
                && error.endsWith(
                    QStringLiteral(" values, more than the limit of %1").arg(CatalogueLoader::MaxJsonValues)),
            qPrintable(error));
    }

    void hugeNumbers_areRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::newRow("1e308") << QByteArray("1e308");
        QTest::newRow("-1e308") << QByteArray("-1e308");
        QTest::newRow("beyond double") << "1" + QByteArray(400, '0');
        QTest::newRow("beyond long long") << QByteArray("18446744073709551616");
        QTest::newRow("tiny") << QByteArray("4.9e-324");
        QTest::newRow("int max + 1") << QByteArray("2147483648");
    }

    void hugeNumbers_areRefusedByName()
    {
        QFETCH(QByteArray, number);
        const QByteArray json = QByteArray(templateCatalogue).replace("\"code\": 499", "\"code\": " + number);
        const LoadResult result = CatalogueLoader::loadFromData(json, QStringLiteral("t.json"));
        QVERIFY(!result.ok());
        // Either the parser refuses the number, or the validator names the field.
        QVERIFY2(!findError(result.errors, QStringLiteral("codes[0].code")).isEmpty()
                || !findError(result.errors, QStringLiteral("invalid JSON")).isEmpty(),
            qPrintable(result.errors.join(u'\n')));
    }

    void textBeyondItsLimit_isReportedByName_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("limit");
        const int shortLimit = CatalogueLoader::MaxShortLength;
        const int textLimit = CatalogueLoader::MaxTextLength;
        const QString code = QStringLiteral("codes[0] (499).");
        const auto row = [](const char *token, const QString &path, int limit) {
            QTest::newRow(token) << QByteArray(token) << path << limit;
        };
        row("SOURCE_ID", QStringLiteral("sources[0].id"), shortLimit);
        row("SOURCE_NAME_ZH", QStringLiteral("sources[0].name.zh"), shortLimit);
        row("SOURCE_NAME_EN", QStringLiteral("sources[0].name.en"), shortLimit);
        row("SOURCE_ABOUT_ZH", QStringLiteral("sources[0].about.zh"), textLimit);
        row("SOURCE_ABOUT_EN", QStringLiteral("sources[0].about.en"), textLimit);
        row("CLASS_NAME_ZH", QStringLiteral("classes[0].name.zh"), shortLimit);
        row("CLASS_NAME_EN", QStringLiteral("classes[0].name.en"), shortLimit);
        row("CLASS_SUMMARY_ZH", QStringLiteral("classes[0].summary.zh"), textLimit);
        row("CLASS_SUMMARY_EN", QStringLiteral("classes[0].summary.en"), textLimit);
        row("PHRASE", code + QStringLiteral("phrase"), shortLimit);
        row("REFERENCE", code + QStringLiteral("reference"), shortLimit);
        row("TITLE_ZH", code + QStringLiteral("title.zh"), shortLimit);
        row("TITLE_EN", code + QStringLiteral("title.en"), shortLimit);
        row("USED_BY_ZH", code + QStringLiteral("usedBy.zh"), textLimit);
        row("USED_BY_EN", code + QStringLiteral("usedBy.en"), textLimit);
        row("ALIAS", code + QStringLiteral("aliases[0]"), shortLimit);
        row("SUMMARY_ZH", code + QStringLiteral("summary.zh"), textLimit);
        row("SUMMARY_EN", code + QStringLiteral("summary.en"), textLimit);
        row("DESCRIPTION_ZH", code + QStringLiteral("descriptions[0].text.zh"), textLimit);
        row("DESCRIPTION_EN", code + QStringLiteral("descriptions[0].text.en"), textLimit);
        row("NOTE_ZH", code + QStringLiteral("notes[0].text.zh"), textLimit);
        row("NOTE_EN", code + QStringLiteral("notes[0].text.en"), textLimit);
    }

    void textBeyondItsLimit_isReportedByName()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, path);
        QFETCH(int, limit);

        // At the limit is fine...
        const LoadResult atLimit
            = CatalogueLoader::loadFromData(catalogueWith(token, QByteArray(limit, 'a')), QStringLiteral("t.json"));
        QVERIFY(findError(atLimit.errors, QStringLiteral("more than the limit")).isEmpty());
        // ...one more character is not, and the message names the field.
        const LoadResult beyond
            = CatalogueLoader::loadFromData(catalogueWith(token, QByteArray(limit + 1, 'a')), QStringLiteral("t.json"));
        QVERIFY(!beyond.ok());
        const QString expected = QStringLiteral("t.json: %1: is %2 characters long, more than the limit of %3")
                                     .arg(path)
                                     .arg(limit + 1)
                                     .arg(limit);
        QVERIFY2(beyond.errors.contains(expected), qPrintable(expected + u'\n' + beyond.errors.join(u'\n')));
    }

    void hugeString_isRefusedByNameWithoutEchoingIt()
    {
        const QByteArray huge(20 * 1024 * 1024, 'h');
        const LoadResult result
            = CatalogueLoader::loadFromData(catalogueWith("SUMMARY_EN", huge), QStringLiteral("t.json"));
        QVERIFY(!result.ok());
        QVERIFY(!findError(result.errors, QStringLiteral("summary.en: is 20971520 characters long")).isEmpty());
        for (const QString &error : result.errors)
            QVERIFY(error.size() < 1000);
    }

    void tooManyItems_areRefusedByName()
    {
        QByteArray items;
        items.reserve(2 * (CatalogueLoader::MaxListLength + 1));
        for (int i = 0; i <= CatalogueLoader::MaxListLength; ++i)
            items += i ? ",0" : "0";
        const QByteArray json
            = QByteArray(templateCatalogue).replace("\"related\": [499]", "\"related\": [" + items + ']');
        const LoadResult result = CatalogueLoader::loadFromData(json, QStringLiteral("t.json"));
        QVERIFY(!result.ok());
        const QString expected = QStringLiteral("codes[0] (499).related: has %1 items, more than the limit of %2")
                                     .arg(CatalogueLoader::MaxListLength + 1)
                                     .arg(CatalogueLoader::MaxListLength);
        QVERIFY2(!findError(result.errors, expected).isEmpty(), qPrintable(result.errors.join(u'\n')));
    }

    void manyProblems_areListedUpToABound()
    {
        // 5000 broken codes, several problems each: the list stops, and says so.
        QByteArray codes;
        for (int i = 0; i < 5000; ++i)
            codes += i ? ",{}" : "{}";
        const QByteArray json = QByteArray(templateCatalogue).replace("\"codes\": [", "\"codes\": [" + codes + ',');
        const LoadResult result = CatalogueLoader::loadFromData(json, QStringLiteral("t.json"));
        QVERIFY(!result.ok());
        QVERIFY(result.errors.size() <= 1001);
        QVERIFY2(result.errors.last().endsWith(u"more problems not listed"), qPrintable(result.errors.last()));
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
