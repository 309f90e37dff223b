// Validation: every broken catalogue is refused whole, with messages that say
// where the problem is.
#include "catalogueloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

using namespace codex;

namespace {

// The smallest catalogue that uses every feature: two sources, all five
// classes, three codes (out of order, so that codes[0] is 404).
const char validCatalogue[] = R"({
  "schema": 2,
  "sources": [
    {"id": "quickref", "name": {"zh": "速查表", "en": "Quick reference"},
     "about": {"zh": "一张表格。", "en": "A table."}},
    {"id": "notes", "name": {"zh": "学习笔记", "en": "Study notes"},
     "about": {"zh": "个人笔记。", "en": "Personal notes."}}
  ],
  "classes": [
    {"class": 1, "name": {"zh": "信息", "en": "Informational"}, "summary": {"zh": "临时响应。", "en": "Interim responses."}},
    {"class": 2, "name": {"zh": "成功", "en": "Successful"}, "summary": {"zh": "请求成功。", "en": "The request succeeded."}},
    {"class": 3, "name": {"zh": "重定向", "en": "Redirection"}, "summary": {"zh": "需要进一步操作。", "en": "Further action is needed."}},
    {"class": 4, "name": {"zh": "客户端错误", "en": "Client Error"}, "summary": {"zh": "请求有误。", "en": "The request is at fault."}},
    {"class": 5, "name": {"zh": "服务器错误", "en": "Server Error"}, "summary": {"zh": "服务器出错。", "en": "The server failed."}}
  ],
  "codes": [
    {
      "code": 404, "class": 4, "phrase": "Not Found", "status": "standard",
      "reference": "RFC 9110, Section 15.5.5",
      "title": {"zh": "未找到", "en": "Not Found"},
      "aliases": [],
      "summary": {"zh": "找不到目标资源。", "en": "The target resource was not found."},
      "descriptions": [
        {"source": "quickref", "text": {"zh": "服务器无法找到资源。", "en": "The server cannot find the resource."}},
        {"source": "notes", "phrase": "Not Fonud", "text": {"zh": "找不到 URL。", "en": "The URL cannot be found."}}
      ],
      "notes": [
        {"source": "notes", "text": {"zh": "笔记说得不全。", "en": "The notes leave things out."}}
      ],
      "related": [200, 509]
    },
    {
      "code": 200, "class": 2, "phrase": "OK", "status": "standard",
      "reference": "RFC 9110, Section 15.3.1",
      "title": {"zh": "成功", "en": "OK"},
      "aliases": ["Okay"],
      "summary": {"zh": "请求成功。", "en": "The request succeeded."},
      "descriptions": [],
      "notes": [],
      "related": [404]
    },
    {
      "code": 509, "class": 5, "phrase": "Bandwidth Limit Exceeded", "status": "unofficial",
      "reference": "cPanel",
      "title": {"zh": "超出带宽限制", "en": "Bandwidth Limit Exceeded"},
      "usedBy": {"zh": "虚拟主机。", "en": "Shared hosting."},
      "aliases": [],
      "summary": {"zh": "超出带宽。", "en": "Bandwidth exceeded."},
      "descriptions": [],
      "notes": [],
      "related": []
    }
  ]
}
)";

QJsonObject validObject()
{
    return QJsonDocument::fromJson(QByteArray(validCatalogue)).object();
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// Replaces (or, with Undefined, removes) the value at a path of keys and
// array indexes.
QJsonValue replacedAt(QJsonValue value, const QStringList &path, const QJsonValue &replacement)
{
    if (path.isEmpty())
        return replacement;
    const QString step = path.first();
    bool isIndex = false;
    const int index = step.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = value.toArray();
        array[index] = replacedAt(array.at(index), path.mid(1), replacement);
        return array;
    }
    QJsonObject object = value.toObject();
    if (replacement.isUndefined() && path.size() == 1)
        object.remove(step);
    else
        object.insert(step, replacedAt(object.value(step), path.mid(1), replacement));
    return object;
}

QByteArray withValue(const QString &dottedPath, const QJsonValue &replacement)
{
    return toBytes(replacedAt(validObject(), dottedPath.split(u'.'), replacement).toObject());
}

QByteArray withoutValue(const QString &dottedPath)
{
    return withValue(dottedPath, QJsonValue(QJsonValue::Undefined));
}

enum class FileKind { Bytes, Directory, Unreadable, Missing, TooLarge };

// Whether this process can read a file whose permissions say it cannot
// (root, or a file system that ignores modes).
bool permissionsAreIgnored(const QString &directory)
{
    const QString path = directory + QStringLiteral("/probe");
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return true;
    probe.write("x");
    probe.close();
    QFile::setPermissions(path, QFileDevice::Permissions());
    QFile reader(path);
    const bool readable = reader.open(QIODevice::ReadOnly);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::remove(path);
    return readable;
}

QString findError(const QStringList &errors, const QStringList &substrings)
{
    for (const QString &error : errors) {
        bool all = true;
        for (const QString &substring : substrings)
            all = all && error.contains(substring);
        if (all)
            return error;
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(FileKind)

class TestLoader final : public QObject
{
    Q_OBJECT

private slots:
    void validCatalogue_loadsWithEveryField();
    void validCatalogue_loadsFromData();
    void brokenCatalogue_isRefusedNamingThePlace_data();
    void brokenCatalogue_isRefusedNamingThePlace();
    void severalProblems_areAllReportedAtOnce();
    void embeddedCatalogue_loads();
    void schema1Catalogue_isMigratedOnLoad();

private:
    QTemporaryDir m_dir;
};

void TestLoader::validCatalogue_loadsWithEveryField()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("valid.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(validCatalogue);
    file.close();

    const LoadResult result = CatalogueLoader::loadFromFile(path);
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QVERIFY(result.errors.isEmpty());
    const Catalogue &catalogue = *result.catalogue;
    QCOMPARE(catalogue.sources().size(), 2);
    QCOMPARE(catalogue.classes().size(), 5);
    QCOMPARE(catalogue.entries().size(), 3);
    QCOMPARE(catalogue.entries().first().code, 200); // sorted by code
    const StatusEntry *notFound = catalogue.entry(404);
    QVERIFY(notFound);
    QCOMPARE(notFound->phrase, QStringLiteral("Not Found"));
    QCOMPARE(notFound->title.zh, QStringLiteral("未找到"));
    QCOMPARE(notFound->descriptions.size(), 2);
    QCOMPARE(notFound->descriptions.at(1).sourceId, QStringLiteral("notes"));
    QCOMPARE(notFound->descriptions.at(1).text.en, QStringLiteral("The URL cannot be found."));
    QCOMPARE(notFound->descriptions.at(0).phrase, QString()); // the source gave none
    QCOMPARE(notFound->descriptions.at(1).phrase, QStringLiteral("Not Fonud"));
    QCOMPARE(notFound->notes.size(), 1);
    QCOMPARE(notFound->related, QList<int>({ 200, 509 }));
    QCOMPARE(catalogue.entry(509)->status, CodeStatus::Unofficial);
    QCOMPARE(catalogue.entry(509)->usedBy.en, QStringLiteral("Shared hosting."));
    QCOMPARE(catalogue.entry(200)->aliases, QStringList({ QStringLiteral("Okay") }));
}

void TestLoader::validCatalogue_loadsFromData()
{
    const LoadResult result = CatalogueLoader::loadFromData(QByteArray(validCatalogue), QStringLiteral("small"));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.catalogue->descriptionCount(), 2);
}

void TestLoader::brokenCatalogue_isRefusedNamingThePlace_data()
{
    QTest::addColumn<FileKind>("kind");
    QTest::addColumn<QByteArray>("bytes");
    // One message must hold all of these (the file name is checked besides).
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const QByteArray &bytes, const QStringList &expected) {
        QTest::newRow(name) << FileKind::Bytes << bytes << expected;
    };
    const QByteArray valid(validCatalogue);

    // Line 3 is `  "sources" [`: the colon is missing where the bracket stands.
    QByteArray missingColon = valid;
    missingColon.replace("\"sources\": [", "\"sources\" [");
    row("invalid JSON", missingColon, { QStringLiteral(":3:13: invalid JSON") });
    row("invalid JSON, trailing comma", QByteArray("{\n  \"schema\": 1,\n}\n"),
        { QStringLiteral(":3:1: invalid JSON") });
    // Line 18 is `      "code": 404, "class": 4, "phrase": "Not Found", "status": ...`.
    QByteArray missingComma = valid;
    missingComma.replace("\"Not Found\", \"status\"", "\"Not Found\" \"status\"");
    row("invalid JSON, missing comma", missingComma, { QStringLiteral(":18:54: invalid JSON") });
    // Columns count characters, not UTF-8 bytes: line 20 holds Chinese first.
    QByteArray afterChinese = valid;
    afterChinese.replace("\"未找到\", \"en\"", "\"未找到\" \"en\"");
    row("invalid JSON after Chinese", afterChinese, { QStringLiteral(":20:29: invalid JSON") });
    row("invalid JSON, bad value", QByteArray("{\n  \"schema\": x\n}\n"), { QStringLiteral(":2:13: invalid JSON") });
    row("truncated file", valid.left(valid.indexOf("\"codes\"")), { QStringLiteral(":16:3: invalid JSON") });
    row("empty file", QByteArray(), { QStringLiteral("the file is empty") });
    row("whitespace only", QByteArray(" \n\t\n"), { QStringLiteral("the file is empty") });
    row("top level is an array", QByteArray("[1, 2]"), { QStringLiteral("the top level must be an object") });

    row("code is the string \"abc\"", withValue(QStringLiteral("codes.0.code"), QStringLiteral("abc")),
        { QStringLiteral("codes[0].code:"), QStringLiteral("found the string \"abc\"") });
    row("code is missing", withoutValue(QStringLiteral("codes.1.code")),
        { QStringLiteral("codes[1].code:"), QStringLiteral("must be a number, found missing") });
    row("code 99", withValue(QStringLiteral("codes.0.code"), 99),
        { QStringLiteral("codes[0].code:"), QStringLiteral("from 100 to 599, found 99") });
    row("code 600", withValue(QStringLiteral("codes.0.code"), 600),
        { QStringLiteral("codes[0].code:"), QStringLiteral("from 100 to 599, found 600") });
    row("code 404.5", withValue(QStringLiteral("codes.0.code"), 404.5),
        { QStringLiteral("codes[0].code:"), QStringLiteral("whole number"), QStringLiteral("404.5") });
    row("phrase is a number", withValue(QStringLiteral("codes.0.phrase"), 404),
        { QStringLiteral("codes[0] (404).phrase:"), QStringLiteral("must be a string, found a number") });
    row("oneLine is a string", withValue(QStringLiteral("codes.0.oneLine"), QStringLiteral("not found")),
        { QStringLiteral("codes[0] (404).oneLine:"), QStringLiteral("must be an object with \"zh\" and \"en\"") });
    row("oneLine without its Chinese", withValue(QStringLiteral("codes.0.oneLine"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Gone")}}),
        { QStringLiteral("codes[0] (404).oneLine.zh:") });
    row("descriptions is not an array", withValue(QStringLiteral("codes.0.descriptions"), QStringLiteral("none")),
        { QStringLiteral("codes[0] (404).descriptions:"), QStringLiteral("must be an array, found a string") });
    row("description is not an object", withValue(QStringLiteral("codes.0.descriptions.1"), 7),
        { QStringLiteral("codes[0] (404).descriptions[1]:"), QStringLiteral("must be an object, found a number") });
    row("duplicate code", withValue(QStringLiteral("codes.1.code"), 404),
        { QStringLiteral("codes[1] (404):"), QStringLiteral("code 404 already appears at codes[0]") });
    row("unknown source", withValue(QStringLiteral("codes.0.descriptions.0.source"), QStringLiteral("wiki")),
        { QStringLiteral("codes[0] (404).descriptions[0].source:"), QStringLiteral("\"wiki\" is not a known source") });
    row("unknown note source", withValue(QStringLiteral("codes.0.notes.0.source"), QStringLiteral("blog")),
        { QStringLiteral("codes[0] (404).notes[0].source:"), QStringLiteral("\"blog\" is not a known source") });
    row("duplicate source id", withValue(QStringLiteral("sources.1.id"), QStringLiteral("quickref")),
        { QStringLiteral("sources[1].id:"), QStringLiteral("\"quickref\" appears twice") });
    row("missing en", withoutValue(QStringLiteral("codes.0.summary.en")),
        { QStringLiteral("codes[0] (404).summary.en:"), QStringLiteral("must be a string, found missing") });
    row("empty zh", withValue(QStringLiteral("codes.1.title.zh"), QStringLiteral("  ")),
        { QStringLiteral("codes[1] (200).title.zh:"), QStringLiteral("must not be empty") });
    row("en with Chinese", withValue(QStringLiteral("codes.0.descriptions.1.text.en"), QStringLiteral("Not 找到")),
        { QStringLiteral("codes[0] (404).descriptions[1].text.en:"), QStringLiteral("contains Chinese") });
    row("class name en with Chinese", withValue(QStringLiteral("classes.3.name.en"), QStringLiteral("客户端")),
        { QStringLiteral("classes[3].name.en:"), QStringLiteral("contains Chinese") });
    row("related code that does not exist", withValue(QStringLiteral("codes.0.related.1"), 418),
        { QStringLiteral("codes[0] (404).related[1]:"), QStringLiteral("code 418 is not in the catalogue") });
    row("related code out of range", withValue(QStringLiteral("codes.1.related.0"), 4040),
        { QStringLiteral("codes[1] (200).related[0]:"), QStringLiteral("found 4040") });
    row("newer schema version", withValue(QStringLiteral("schema"), 3),
        { QStringLiteral("schema:"), QStringLiteral("is 3, newer than this version of Status Codex reads (1 and 2)") });
    row("schema version 0", withValue(QStringLiteral("schema"), 0),
        { QStringLiteral("schema:"), QStringLiteral("must be 2 (or 1, which is read and migrated), found 0") });
    row("schema version 1.5", withValue(QStringLiteral("schema"), 1.5),
        { QStringLiteral("schema:"), QStringLiteral("must be 2 (or 1, which is read and migrated), found 1.5") });
    row("missing schema", withoutValue(QStringLiteral("schema")),
        { QStringLiteral("schema:"), QStringLiteral("must be 2 (or 1, which is read and migrated), found missing") });
    row("description phrase is a number", withValue(QStringLiteral("codes.0.descriptions.1.phrase"), 404),
        { QStringLiteral("codes[0] (404).descriptions[1].phrase:"), QStringLiteral("must be a string, found a number") });
    row("description phrase is empty", withValue(QStringLiteral("codes.0.descriptions.1.phrase"), QStringLiteral(" ")),
        { QStringLiteral("codes[0] (404).descriptions[1].phrase:"), QStringLiteral("must not be empty") });
    row("description phrase too long",
        withValue(QStringLiteral("codes.0.descriptions.1.phrase"), QString(201, u'x')),
        { QStringLiteral("codes[0] (404).descriptions[1].phrase:"), QStringLiteral("201 characters long") });
    row("note on a source that is silent about the code",
        withValue(QStringLiteral("codes.0.descriptions"),
            QJsonArray { validObject().value(u"codes").toArray().at(0).toObject().value(u"descriptions").toArray().at(0) }),
        { QStringLiteral("codes[0] (404).notes[0].source:"),
            QStringLiteral("\"notes\" gives no description of this code, so there is no text for the note to correct") });
    row("missing sources", withoutValue(QStringLiteral("sources")),
        { QStringLiteral("sources:"), QStringLiteral("must be an array, found missing") });
    row("class not agreeing with code", withValue(QStringLiteral("codes.0.class"), 5),
        { QStringLiteral("codes[0] (404).class:"), QStringLiteral("is 5 but code 404 belongs to class 4") });
    row("class missing from classes", withValue(QStringLiteral("classes"), QJsonArray()),
        { QStringLiteral("codes[0] (404).class:"), QStringLiteral("class 4 is not in \"classes\"") });
    row("bad status", withValue(QStringLiteral("codes.0.status"), QStringLiteral("official")),
        { QStringLiteral("codes[0] (404).status:"), QStringLiteral("\"official\" is not one of") });
    row("unofficial code without usedBy", withoutValue(QStringLiteral("codes.2.usedBy")),
        { QStringLiteral("codes[2] (509).usedBy:"), QStringLiteral("found missing") });
    // Facts, groups and the guide (issue 13): each broken part named by its place.
    const QJsonObject goodFacts = QJsonObject { { QStringLiteral("cacheableByDefault"), true }, { QStringLiteral("contentAllowed"), true },
            { QStringLiteral("redirect"), QJsonValue::Null }, { QStringLiteral("headers"), QJsonArray() },
            { QStringLiteral("retry"), QJsonObject { { QStringLiteral("zh"), QStringLiteral("改") }, { QStringLiteral("en"), QStringLiteral("Fix it.") } } },
            { QStringLiteral("generatedBy"), QStringLiteral("origin") },
            { QStringLiteral("history"), QJsonObject { { QStringLiteral("introduced"), QJsonObject { { QStringLiteral("rfc"), QStringLiteral("RFC 1945") }, { QStringLiteral("year"), 1996 } } },
                { QStringLiteral("names"), QJsonArray { QJsonObject { { QStringLiteral("phrase"), QStringLiteral("Not Found") }, { QStringLiteral("rfc"), QStringLiteral("RFC 1945") } } } } } } };
    const auto withFacts = [&](const QString &key, const QJsonValue &value) {
        QJsonObject facts = goodFacts;
        facts.insert(key, value);
        return withValue(QStringLiteral("codes.0.facts"), facts);
    };
    row("facts are fine", withValue(QStringLiteral("codes.0.facts"), goodFacts), {});
    row("facts not an object", withValue(QStringLiteral("codes.0.facts"), 3),
        { QStringLiteral("codes[0] (404).facts:"), QStringLiteral("must be an object") });
    row("cacheable as text", withFacts(QStringLiteral("cacheableByDefault"), QStringLiteral("yes")),
        { QStringLiteral("codes[0] (404).facts.cacheableByDefault:"), QStringLiteral("must be true or false") });
    row("redirect method unknown",
        withFacts(QStringLiteral("redirect"), QJsonObject { { QStringLiteral("permanent"), true }, { QStringLiteral("method"), QStringLiteral("teleport") } }),
        { QStringLiteral("codes[0] (404).facts.redirect.method:"), QStringLiteral("\"teleport\" is not one of may-change, becomes-get, kept") });
    row("header requirement unknown",
        withFacts(QStringLiteral("headers"), QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Location") },
            { QStringLiteral("requirement"), QStringLiteral("ought") }, { QStringLiteral("section"), QStringLiteral("RFC 9110") } } }),
        { QStringLiteral("codes[0] (404).facts.headers[0].requirement:"), QStringLiteral("\"ought\" is not one of must, should, may") });
    row("generatedBy unknown", withFacts(QStringLiteral("generatedBy"), QStringLiteral("cdn")),
        { QStringLiteral("codes[0] (404).facts.generatedBy:"), QStringLiteral("\"cdn\" is not one of origin, intermediary, any") });
    row("history year out of range",
        withFacts(QStringLiteral("history"), QJsonObject { { QStringLiteral("introduced"), QJsonObject { { QStringLiteral("rfc"), QStringLiteral("RFC 1") }, { QStringLiteral("year"), 1066 } } },
            { QStringLiteral("names"), QJsonArray { QJsonObject { { QStringLiteral("phrase"), QStringLiteral("Not Found") }, { QStringLiteral("rfc"), QStringLiteral("RFC 1") } } } } }),
        { QStringLiteral("codes[0] (404).facts.history.introduced.year:"), QStringLiteral("from 1990 to 2100, found 1066") });
    row("history without names",
        withFacts(QStringLiteral("history"), QJsonObject { { QStringLiteral("introduced"), QJsonObject { { QStringLiteral("rfc"), QStringLiteral("RFC 1945") }, { QStringLiteral("year"), 1996 } } },
            { QStringLiteral("names"), QJsonArray() } }),
        { QStringLiteral("codes[0] (404).facts.history.names:"), QStringLiteral("at least the current phrase") });
    row("a section for no fact", withFacts(QStringLiteral("sections"), QJsonObject { { QStringLiteral("colour"), QStringLiteral("RFC 9110") } }),
        { QStringLiteral("codes[0] (404).facts.sections:"), QStringLiteral("\"colour\" is not a fact") });
    row("retry in one language only", withFacts(QStringLiteral("retry"), QJsonObject { { QStringLiteral("en"), QStringLiteral("Wait.") } }),
        { QStringLiteral("codes[0] (404).facts.retry.zh:"), QStringLiteral("must be a string, found missing") });

    const auto group = [](const QJsonArray &codes) {
        return QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("pair") },
            { QStringLiteral("name"), QJsonObject { { QStringLiteral("zh"), QStringLiteral("一对") }, { QStringLiteral("en"), QStringLiteral("A pair") } } },
            { QStringLiteral("codes"), codes },
            { QStringLiteral("summary"), QJsonObject { { QStringLiteral("zh"), QStringLiteral("不同。") }, { QStringLiteral("en"), QStringLiteral("They differ.") } } } } };
    };
    row("group is fine", withValue(QStringLiteral("groups"), group(QJsonArray { 404, 200 })), {});
    row("group with an unknown code", withValue(QStringLiteral("groups"), group(QJsonArray { 404, 410 })),
        { QStringLiteral("groups[0].codes[1]:"), QStringLiteral("code 410 is not in the catalogue") });
    row("group of one", withValue(QStringLiteral("groups"), group(QJsonArray { 404 })),
        { QStringLiteral("groups[0].codes:"), QStringLiteral("must hold two to six codes, found 1") });

    const auto text = [](const char *en) {
        return QJsonObject { { QStringLiteral("zh"), QStringLiteral("问") }, { QStringLiteral("en"), QString::fromLatin1(en) } };
    };
    const auto leaf = [&](int code) {
        return QJsonObject { { QStringLiteral("label"), text("Yes") }, { QStringLiteral("code"), code },
            { QStringLiteral("reason"), text("Because.") }, { QStringLiteral("section"), QStringLiteral("RFC 9110") } };
    };
    const auto next = [&](const char *id) {
        return QJsonObject { { QStringLiteral("label"), text("No") }, { QStringLiteral("next"), QString::fromLatin1(id) } };
    };
    const auto node = [&](const char *id, const QJsonArray &answers) {
        return QJsonObject { { QStringLiteral("id"), QString::fromLatin1(id) }, { QStringLiteral("question"), text("Is it?") },
            { QStringLiteral("answers"), answers } };
    };
    const auto guide = [&](const char *root, const QJsonArray &nodes) {
        return withValue(QStringLiteral("guide"), QJsonObject { { QStringLiteral("root"), QString::fromLatin1(root) }, { QStringLiteral("nodes"), nodes } });
    };
    row("guide is fine", guide("a", { node("a", { leaf(404), next("b") }), node("b", { leaf(200), leaf(509) }) }), {});
    row("guide root missing", guide("z", { node("a", { leaf(404), leaf(200) }) }),
        { QStringLiteral("guide.root:"), QStringLiteral("\"z\" is not a node") });
    row("guide answer leads nowhere", guide("a", { node("a", { leaf(404), next("nowhere") }) }),
        { QStringLiteral("guide.nodes[0].answers[1].next:"), QStringLiteral("\"nowhere\" is not a node") });
    row("guide leaf code unknown", guide("a", { node("a", { leaf(404), leaf(418) }) }),
        { QStringLiteral("guide.nodes[0].answers[1].code:"), QStringLiteral("code 418 is not in the catalogue") });
    row("guide question with one answer", guide("a", { node("a", { leaf(404) }) }),
        { QStringLiteral("guide.nodes[0].answers:"), QStringLiteral("at least two answers, found 1") });
    row("guide node unreachable", guide("a", { node("a", { leaf(404), leaf(200) }), node("b", { leaf(404), leaf(200) }) }),
        { QStringLiteral("guide.nodes[1]:"), QStringLiteral("\"b\" cannot be reached from the root \"a\"") });
    row("guide cycle", guide("a", { node("a", { leaf(404), next("b") }), node("b", { leaf(200), next("a") }) }),
        { QStringLiteral("guide.nodes[1].answers[1].next:"), QStringLiteral("the guide has a cycle (a -> b -> a)") });
    row("guide answer with both", guide("a", { node("a", { leaf(404), QJsonObject { { QStringLiteral("label"), text("Both") },
        { QStringLiteral("next"), QStringLiteral("a") }, { QStringLiteral("code"), 200 } } }) }),
        { QStringLiteral("guide.nodes[0].answers[1]:"), QStringLiteral("needs either \"next\"") });
    row("guide question in English only", guide("a", { QJsonObject { { QStringLiteral("id"), QStringLiteral("a") },
        { QStringLiteral("question"), QJsonObject { { QStringLiteral("en"), QStringLiteral("Is it?") } } },
        { QStringLiteral("answers"), QJsonArray { leaf(404), leaf(200) } } } }),
        { QStringLiteral("guide.nodes[0].question.zh:"), QStringLiteral("must be a string, found missing") });

    row("no codes", withValue(QStringLiteral("codes"), QJsonArray()),
        { QStringLiteral("codes:"), QStringLiteral("must hold at least one code") });

    QTest::newRow("a directory instead of a file")
        << FileKind::Directory << QByteArray() << QStringList { QStringLiteral("is a directory") };
    QTest::newRow("a file that cannot be read")
        << FileKind::Unreadable << QByteArray() << QStringList { QStringLiteral("cannot be read") };
    QTest::newRow("a missing file") << FileKind::Missing << QByteArray()
                                    << QStringList { QStringLiteral("no such file") };
    QTest::newRow("a file that is too large")
        << FileKind::TooLarge << QByteArray() << QStringList { QStringLiteral("larger than the limit") };
}

void TestLoader::brokenCatalogue_isRefusedNamingThePlace()
{
    QFETCH(FileKind, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    QVERIFY(m_dir.isValid());

    // The row's name, less what Windows forbids in a file name (a quote).
    QString name = QString::fromLatin1(QTest::currentDataTag());
    for (QChar &c : name) {
        if (c == u' ' || QStringView(u"<>:\"/\\|?*").contains(c))
            c = u'_';
    }
    QString path = m_dir.filePath(name + QStringLiteral(".json"));
#ifdef Q_OS_WIN
    HANDLE exclusive = INVALID_HANDLE_VALUE;
#endif
    switch (kind) {
    case FileKind::Bytes: {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        break;
    }
    case FileKind::Directory: QVERIFY(QDir(m_dir.path()).mkdir(QFileInfo(path).fileName())); break;
    case FileKind::Unreadable:
#ifdef Q_OS_WIN
        // Windows has no unreadable mode bits; a file another program holds
        // open without sharing is what cannot be read there.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(validCatalogue);
            file.close();
            exclusive = CreateFileW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(path).utf16()),
                                    GENERIC_READ, 0, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
            QVERIFY(exclusive != INVALID_HANDLE_VALUE);
        }
        break;
#endif
        if (permissionsAreIgnored(m_dir.path())) {
            // Running as root: permissions do not stop reading. /proc/self/mem
            // opens but fails on the first read (address 0 is never mapped).
            if (!QFile::exists(QStringLiteral("/proc/self/mem")))
                QSKIP("permissions are ignored here and no other unreadable file is known");
            path = QStringLiteral("/proc/self/mem");
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(validCatalogue);
            file.close();
            QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        }
        break;
    case FileKind::Missing: break;
    case FileKind::TooLarge: {
        // Sparse: costs no disk, but its size is past the limit.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(CatalogueLoader::MaxFileBytes + 1));
        break;
    }
    }

    const LoadResult result = CatalogueLoader::loadFromFile(path);
#ifdef Q_OS_WIN
    if (exclusive != INVALID_HANDLE_VALUE)
        CloseHandle(exclusive);
#endif
    if (kind == FileKind::Unreadable && path != QStringLiteral("/proc/self/mem"))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // A row that expects nothing is the good form next to its broken ones.
    if (expected.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        return;
    }
    // Never half a catalogue: a caller keeps the one it had (the window keeps
    // the embedded catalogue in use).
    QVERIFY2(!result.ok(), "the broken catalogue was accepted");
    QVERIFY(!result.catalogue.has_value());
    QVERIFY(!result.errors.isEmpty());
    const QString match = findError(result.errors, expected + QStringList { path });
    QVERIFY2(!match.isEmpty(),
        qPrintable(QStringLiteral("expected a message with \"") + expected.join(QStringLiteral("\", \""))
            + QStringLiteral("\"; got:\n") + result.errors.join(u'\n')));
}

void TestLoader::severalProblems_areAllReportedAtOnce()
{
    QJsonObject root = validObject();
    root = replacedAt(root,
        { QStringLiteral("codes"), QStringLiteral("0"), QStringLiteral("descriptions"), QStringLiteral("0"),
            QStringLiteral("source") },
        QStringLiteral("wiki"))
               .toObject();
    root = replacedAt(root,
        { QStringLiteral("codes"), QStringLiteral("1"), QStringLiteral("title"), QStringLiteral("en") },
        QStringLiteral("成功"))
               .toObject();
    root = replacedAt(root, { QStringLiteral("codes"), QStringLiteral("2"), QStringLiteral("code") }, 600).toObject();
    root = replacedAt(
        root, { QStringLiteral("codes"), QStringLiteral("1"), QStringLiteral("related"), QStringLiteral("0") }, 302)
               .toObject();
    root = replacedAt(root, { QStringLiteral("sources"), QStringLiteral("1"), QStringLiteral("name") }, 1).toObject();

    const LoadResult result = CatalogueLoader::loadFromData(toBytes(root), QStringLiteral("several.json"));
    QVERIFY(!result.ok());
    const QStringList places {
        QStringLiteral("several.json: codes[0] (404).descriptions[0].source: \"wiki\" is not a known source"),
        QStringLiteral("several.json: codes[1] (200).title.en: contains Chinese"),
        QStringLiteral("several.json: codes[2].code:"),
        QStringLiteral("several.json: codes[1] (200).related[0]: code 302 is not in the catalogue"),
        QStringLiteral("several.json: sources[1].name: must be an object"),
        // 404 names 509, whose entry is now rejected.
        QStringLiteral("several.json: codes[0] (404).related[1]: code 509 is not in the catalogue"),
    };
    for (const QString &place : places)
        QVERIFY2(!findError(result.errors, { place }).isEmpty(),
            qPrintable(place + QStringLiteral("\nmissing from:\n") + result.errors.join(u'\n')));
    QCOMPARE(result.errors.size(), places.size());
}

void TestLoader::embeddedCatalogue_loads()
{
    const LoadResult result = CatalogueLoader::loadEmbedded();
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QVERIFY(result.catalogue->entry(404));
}

void TestLoader::schema1Catalogue_isMigratedOnLoad()
{
    // Version 1 had no spellings, and let a note name a source that says
    // nothing about the code: such a note now concerns the code itself.
    QJsonObject root = validObject();
    root.insert(QStringLiteral("schema"), 1);
    const QJsonValue quickrefOnly = validObject().value(u"codes").toArray().at(0).toObject().value(u"descriptions").toArray().at(0);
    root = replacedAt(root, { QStringLiteral("codes"), QStringLiteral("0"), QStringLiteral("descriptions") },
        QJsonArray { quickrefOnly })
               .toObject();

    const LoadResult old = CatalogueLoader::loadFromData(toBytes(root), QStringLiteral("v1.json"));
    QVERIFY2(old.ok(), qPrintable(old.errors.join(u'\n')));
    const StatusEntry *notFound = old.catalogue->entry(404);
    QCOMPARE(notFound->descriptions.size(), 1);
    QCOMPARE(notFound->descriptions.at(0).sourceId, QStringLiteral("quickref"));
    QCOMPARE(notFound->descriptions.at(0).phrase, QString());
    QCOMPARE(notFound->notes.size(), 1); // kept, never dropped
    QCOMPARE(notFound->notes.at(0).sourceId, QString());
    QCOMPARE(notFound->notesOn(QString()).size(), 1);
    QCOMPARE(notFound->notes.at(0).text.en, QStringLiteral("The notes leave things out."));

    // The same file as version 2 is refused, naming the note.
    root.insert(QStringLiteral("schema"), 2);
    const LoadResult current = CatalogueLoader::loadFromData(toBytes(root), QStringLiteral("v2.json"));
    QVERIFY(!current.ok());
    QVERIFY2(!findError(current.errors, { QStringLiteral("v2.json: codes[0] (404).notes[0].source:") }).isEmpty(),
        qPrintable(current.errors.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
