#include "catalogueloader.h"

#include "practiceloader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QResource>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace codex {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("missing");
}

bool containsChinese(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3400 && u <= 0x9FFF) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF))
            return true;
    }
    return false;
}

// A place in the document, built on the stack as the walk descends and
// spelled out only when there is a problem to report: naming every field
// eagerly cost as much as parsing the file.
struct Path
{
    const Path *parent = nullptr;
    const char16_t *key = nullptr; // a member: ".key" ("key" at the top)
    int index = -1;                // or an array item: "[index]"
    int code = 0;                  // a code's item also shows " (404)"

    Path member(const char16_t *name) const { return {this, name, -1, 0}; }
    Path item(int at) const { return {this, nullptr, at, 0}; }
    bool isRoot() const { return !parent && !key && index < 0; }

    QString toString() const
    {
        if (isRoot())
            return {};
        QString text = parent ? parent->toString() : QString();
        if (key) {
            if (!text.isEmpty())
                text += u'.';
            text += QStringView(key);
        } else {
            text += QStringLiteral("[%1]").arg(index);
        }
        if (code)
            text += QStringLiteral(" (%1)").arg(code);
        return text;
    }
};

bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

bool describes(const StatusEntry &entry, const QString &sourceId)
{
    return std::any_of(entry.descriptions.cbegin(), entry.descriptions.cend(),
                       [&](const Description &description) { return description.sourceId == sourceId; });
}

// Walks the JSON tree once, collecting every problem with its path.
class Validator final
{
public:
    // A broken file of 100 000 codes could otherwise list millions of
    // problems; past this many nobody reads them and they only cost memory.
    static constexpr int MaxErrors = 1000;
    QStringList errors;
    int unlisted = 0;

    void error(const Path &where, const QString &what)
    {
        if (errors.size() >= MaxErrors) {
            ++unlisted;
            return;
        }
        errors << where.toString() + QStringLiteral(": ") + what;
    }

    // Every problem, each prefixed with where the data came from.
    QStringList report(const QString &origin) const
    {
        QStringList result;
        result.reserve(errors.size() + 1);
        for (const QString &problem : errors)
            result << origin + QStringLiteral(": ") + problem;
        if (unlisted > 0)
            result << origin + QStringLiteral(": %1 more problems not listed").arg(unlisted);
        return result;
    }

    bool requireType(const Path &where, const QJsonValue &value, QJsonValue::Type type, QStringView expected)
    {
        if (value.type() == type)
            return true;
        error(where, QStringLiteral("must be %1, found %2").arg(expected, typeName(value)));
        return false;
    }

    QString string(const Path &where, const QJsonObject &object, const char16_t *key, int maxLength,
                   bool required = true)
    {
        const QJsonValue value = object.value(QStringView(key));
        if (value.isUndefined() && !required)
            return {};
        const Path path = where.member(key);
        if (!requireType(path, value, QJsonValue::String, u"a string"))
            return {};
        const QString text = value.toString();
        if (required && isBlank(text))
            error(path, QStringLiteral("must not be empty"));
        return limited(path, text, maxLength);
    }

    // Reports a text beyond its limit by the field's path, and cuts it.
    QString limited(const Path &path, QString text, int maxLength)
    {
        if (text.size() > maxLength) {
            error(path, QStringLiteral("is %1 characters long, more than the limit of %2").arg(text.size()).arg(maxLength));
            text.truncate(maxLength);
        }
        return text;
    }

    LocalizedText localized(const Path &where, const QJsonObject &object, const char16_t *key,
                            int maxLength = CatalogueLoader::MaxTextLength, bool required = true)
    {
        const QJsonValue value = object.value(QStringView(key));
        if (value.isUndefined() && !required)
            return {};
        const Path path = where.member(key);
        if (!requireType(path, value, QJsonValue::Object, u"an object with \"zh\" and \"en\""))
            return {};
        return localizedObject(path, value.toObject(), maxLength);
    }

    // The object {"zh": ..., "en": ...} at path.
    LocalizedText localizedObject(const Path &path, const QJsonObject &texts, int maxLength)
    {
        LocalizedText result{string(path, texts, u"zh", maxLength), string(path, texts, u"en", maxLength)};
        if (containsChinese(result.en))
            error(path.member(u"en"), QStringLiteral("contains Chinese text"));
        return result;
    }

    QJsonArray array(const Path &where, const QJsonObject &object, const char16_t *key)
    {
        const Path path = where.member(key);
        const QJsonValue value = object.value(QStringView(key));
        if (!requireType(path, value, QJsonValue::Array, u"an array"))
            return {};
        QJsonArray items = value.toArray();
        if (items.size() > CatalogueLoader::MaxListLength) {
            error(path, QStringLiteral("has %1 items, more than the limit of %2")
                            .arg(items.size())
                            .arg(CatalogueLoader::MaxListLength));
            return {};
        }
        return items;
    }

    // A whole number in [min, max]; returns min - 1 when it is not one.
    int integer(const Path &where, const QJsonValue &value, int min, int max)
    {
        if (value.isString()) {
            error(where, QStringLiteral("must be a number from %1 to %2, found the string \"%3\"")
                             .arg(min)
                             .arg(max)
                             .arg(value.toString().left(40)));
            return min - 1;
        }
        if (!requireType(where, value, QJsonValue::Double, u"a number"))
            return min - 1;
        const double number = value.toDouble();
        // Range first: converting a double outside int's range is undefined.
        if (!(number >= min && number <= max) || number != std::floor(number)) {
            error(where, QStringLiteral("must be a whole number from %1 to %2, found %3")
                             .arg(min)
                             .arg(max)
                             .arg(QString::number(number)));
            return min - 1;
        }
        return static_cast<int>(number);
    }

    QList<Source> sources(const Path &root, const QJsonObject &object)
    {
        QList<Source> result;
        QSet<QString> seen;
        const Path list = root.member(u"sources");
        const QJsonArray items = array(root, object, u"sources");
        for (int i = 0; i < items.size(); ++i) {
            const Path where = list.item(i);
            if (!requireType(where, items.at(i), QJsonValue::Object, u"an object"))
                continue;
            const QJsonObject fields = items.at(i).toObject();
            Source source;
            source.id = string(where, fields, u"id", CatalogueLoader::MaxShortLength);
            if (seen.contains(source.id))
                error(where.member(u"id"), QStringLiteral("\"%1\" appears twice").arg(source.id));
            seen.insert(source.id);
            source.name = localized(where, fields, u"name", CatalogueLoader::MaxShortLength);
            source.about = localized(where, fields, u"about");
            result << source;
        }
        return result;
    }

    QList<StatusClass> classes(const Path &root, const QJsonObject &object)
    {
        QList<StatusClass> result;
        QSet<int> seen;
        const Path list = root.member(u"classes");
        const QJsonArray items = array(root, object, u"classes");
        for (int i = 0; i < items.size(); ++i) {
            const Path where = list.item(i);
            if (!requireType(where, items.at(i), QJsonValue::Object, u"an object"))
                continue;
            const QJsonObject fields = items.at(i).toObject();
            StatusClass statusClass;
            statusClass.digit = integer(where.member(u"class"), fields.value(u"class"), 1, 5);
            if (seen.contains(statusClass.digit))
                error(where.member(u"class"), QStringLiteral("class %1xx appears twice").arg(statusClass.digit));
            seen.insert(statusClass.digit);
            statusClass.name = localized(where, fields, u"name", CatalogueLoader::MaxShortLength);
            statusClass.summary = localized(where, fields, u"summary");
            result << statusClass;
        }
        return result;
    }

    bool boolean(const Path &where, const QJsonObject &object, const char16_t *key)
    {
        const Path path = where.member(key);
        const QJsonValue value = object.value(QStringView(key));
        if (!requireType(path, value, QJsonValue::Bool, u"true or false"))
            return false;
        return value.toBool();
    }

    // One of a fixed set of words; returns its index, or -1.
    int oneOf(const Path &where, const QJsonObject &object, const char16_t *key, const QStringList &words)
    {
        const QString word = string(where, object, key, CatalogueLoader::MaxShortLength);
        const int index = int(words.indexOf(word));
        if (index < 0 && !word.isEmpty())
            error(where.member(key), QStringLiteral("\"%1\" is not one of %2").arg(word, words.join(QStringLiteral(", "))));
        return index;
    }

    CodeFacts facts(const Path &path, const QJsonValue &value)
    {
        CodeFacts facts;
        if (!requireType(path, value, QJsonValue::Object, u"an object"))
            return facts;
        const QJsonObject object = value.toObject();
        facts.present = true;
        facts.cacheableByDefault = boolean(path, object, u"cacheableByDefault");
        facts.contentAllowed = boolean(path, object, u"contentAllowed");
        const QJsonValue redirect = object.value(u"redirect");
        const Path redirectPath = path.member(u"redirect");
        if (!redirect.isNull()
            && requireType(redirectPath, redirect, QJsonValue::Object, u"null or an object with \"permanent\" and \"method\"")) {
            CodeFacts::Redirect result;
            result.permanent = boolean(redirectPath, redirect.toObject(), u"permanent");
            const int method = oneOf(redirectPath, redirect.toObject(), u"method",
                                     {QStringLiteral("may-change"), QStringLiteral("becomes-get"), QStringLiteral("kept")});
            result.method = CodeFacts::RedirectMethod(std::max(0, method));
            facts.redirect = result;
        }
        const Path headerList = path.member(u"headers");
        const QJsonArray headers = array(path, object, u"headers");
        for (int i = 0; i < headers.size(); ++i) {
            const Path item = headerList.item(i);
            if (!requireType(item, headers.at(i), QJsonValue::Object, u"an object"))
                continue;
            const QJsonObject header = headers.at(i).toObject();
            HeaderFact result;
            result.name = string(item, header, u"name", CatalogueLoader::MaxShortLength);
            const int requirement = oneOf(item, header, u"requirement",
                                          {QStringLiteral("must"), QStringLiteral("should"), QStringLiteral("may")});
            result.requirement = HeaderFact::Requirement(std::max(0, requirement));
            result.section = string(item, header, u"section", CatalogueLoader::MaxShortLength);
            facts.headers << result;
        }
        facts.retry = localized(path, object, u"retry");
        const int origin = oneOf(path, object, u"generatedBy",
                                 {QStringLiteral("origin"), QStringLiteral("intermediary"), QStringLiteral("any")});
        facts.generatedBy = CodeFacts::Origin(std::max(0, origin));

        const Path historyPath = path.member(u"history");
        const QJsonValue history = object.value(u"history");
        if (requireType(historyPath, history, QJsonValue::Object, u"an object with \"introduced\" and \"names\"")) {
            const Path introducedPath = historyPath.member(u"introduced");
            const QJsonValue introduced = history.toObject().value(u"introduced");
            if (requireType(introducedPath, introduced, QJsonValue::Object, u"an object with \"rfc\" and \"year\"")) {
                facts.introducedRfc = string(introducedPath, introduced.toObject(), u"rfc", CatalogueLoader::MaxShortLength);
                facts.introducedYear = integer(introducedPath.member(u"year"), introduced.toObject().value(u"year"), 1990, 2100);
            }
            const Path nameList = historyPath.member(u"names");
            const QJsonArray names = array(historyPath, history.toObject(), u"names");
            if (names.isEmpty() && history.toObject().value(u"names").isArray())
                error(nameList, QStringLiteral("must hold at least the current phrase"));
            for (int i = 0; i < names.size(); ++i) {
                const Path item = nameList.item(i);
                if (!requireType(item, names.at(i), QJsonValue::Object, u"an object with \"phrase\" and \"rfc\""))
                    continue;
                facts.names << CodeFacts::Name{string(item, names.at(i).toObject(), u"phrase", CatalogueLoader::MaxShortLength),
                                               string(item, names.at(i).toObject(), u"rfc", CatalogueLoader::MaxShortLength)};
            }
        }
        if (object.contains(u"sections")) {
            static const QStringList keys{QStringLiteral("cacheableByDefault"), QStringLiteral("contentAllowed"),
                                          QStringLiteral("redirect"), QStringLiteral("retry"), QStringLiteral("generatedBy"),
                                          QStringLiteral("history")};
            const Path sectionsPath = path.member(u"sections");
            const QJsonValue sections = object.value(u"sections");
            if (requireType(sectionsPath, sections, QJsonValue::Object, u"an object")) {
                const QJsonObject map = sections.toObject();
                for (auto it = map.begin(); it != map.end(); ++it) {
                    if (!keys.contains(it.key())) {
                        error(sectionsPath, QStringLiteral("\"%1\" is not a fact (%2)").arg(it.key().left(40), keys.join(QStringLiteral(", "))));
                        continue;
                    }
                    if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                        error(sectionsPath, QStringLiteral("\"%1\" must be a section such as \"RFC 9110, Section 15.1\"").arg(it.key()));
                    else
                        facts.sections.insert(it.key(), limited(sectionsPath, it.value().toString(), CatalogueLoader::MaxShortLength));
                }
            }
        }
        return facts;
    }

    QList<CodeGroup> groups(const Path &root, const QJsonObject &object)
    {
        QList<CodeGroup> result;
        if (!object.contains(u"groups"))
            return result;
        QSet<QString> seen;
        const Path list = root.member(u"groups");
        const QJsonArray items = array(root, object, u"groups");
        for (int i = 0; i < items.size(); ++i) {
            const Path where = list.item(i);
            if (!requireType(where, items.at(i), QJsonValue::Object, u"an object"))
                continue;
            const QJsonObject fields = items.at(i).toObject();
            CodeGroup group;
            group.id = string(where, fields, u"id", CatalogueLoader::MaxShortLength);
            if (seen.contains(group.id))
                error(where.member(u"id"), QStringLiteral("\"%1\" appears twice").arg(group.id));
            seen.insert(group.id);
            group.name = localized(where, fields, u"name", CatalogueLoader::MaxShortLength);
            group.summary = localized(where, fields, u"summary");
            const Path codeList = where.member(u"codes");
            const QJsonArray codes = array(where, fields, u"codes");
            for (int c = 0; c < codes.size(); ++c) {
                const int code = integer(codeList.item(c), codes.at(c), 100, 599);
                if (code < 100)
                    continue;
                if (group.codes.contains(code))
                    error(codeList.item(c), QStringLiteral("code %1 appears twice").arg(code));
                else
                    group.codes << code;
            }
            if (fields.value(u"codes").isArray() && (codes.size() < 2 || codes.size() > 6))
                error(codeList, QStringLiteral("must hold two to six codes, found %1").arg(codes.size()));
            result << group;
        }
        return result;
    }

    Guide guide(const Path &root, const QJsonObject &object)
    {
        Guide result;
        if (!object.contains(u"guide"))
            return result;
        const Path where = root.member(u"guide");
        const QJsonValue value = object.value(u"guide");
        if (!requireType(where, value, QJsonValue::Object, u"an object with \"root\" and \"nodes\""))
            return result;
        const QJsonObject fields = value.toObject();
        result.root = string(where, fields, u"root", CatalogueLoader::MaxShortLength);
        const Path nodeList = where.member(u"nodes");
        const QJsonArray nodes = array(where, fields, u"nodes");
        QSet<QString> seen;
        for (int i = 0; i < nodes.size(); ++i) {
            const Path item = nodeList.item(i);
            if (!requireType(item, nodes.at(i), QJsonValue::Object, u"an object"))
                continue;
            const QJsonObject node = nodes.at(i).toObject();
            GuideNode parsed;
            parsed.id = string(item, node, u"id", CatalogueLoader::MaxShortLength);
            if (seen.contains(parsed.id))
                error(item.member(u"id"), QStringLiteral("\"%1\" appears twice").arg(parsed.id));
            seen.insert(parsed.id);
            parsed.question = localized(item, node, u"question");
            const Path answerList = item.member(u"answers");
            const QJsonArray answers = array(item, node, u"answers");
            if (node.value(u"answers").isArray() && answers.size() < 2)
                error(answerList, QStringLiteral("a question needs at least two answers, found %1").arg(answers.size()));
            for (int a = 0; a < answers.size(); ++a) {
                const Path answerPath = answerList.item(a);
                if (!requireType(answerPath, answers.at(a), QJsonValue::Object, u"an object"))
                    continue;
                const QJsonObject answer = answers.at(a).toObject();
                GuideAnswer parsedAnswer;
                parsedAnswer.label = localized(answerPath, answer, u"label", CatalogueLoader::MaxShortLength * 2);
                const bool hasNext = answer.contains(u"next");
                const bool hasCode = answer.contains(u"code");
                if (hasNext == hasCode) {
                    error(answerPath, QStringLiteral("needs either \"next\" (another question) or \"code\" (an answer), not %1")
                                          .arg(hasNext ? QStringLiteral("both") : QStringLiteral("neither")));
                } else if (hasNext) {
                    parsedAnswer.next = string(answerPath, answer, u"next", CatalogueLoader::MaxShortLength);
                } else {
                    parsedAnswer.code = std::max(0, integer(answerPath.member(u"code"), answer.value(u"code"), 100, 599));
                    parsedAnswer.reason = localized(answerPath, answer, u"reason");
                    parsedAnswer.section = string(answerPath, answer, u"section", CatalogueLoader::MaxShortLength);
                }
                parsed.answers << parsedAnswer;
            }
            result.nodes << parsed;
        }
        return result;
    }

    // What only the whole guide shows: answers leading nowhere, codes the
    // catalogue lacks, nodes the root never reaches, and cycles.
    void checkGuide(const Path &root, const Guide &guide, const QHash<int, int> &codes)
    {
        if (guide.nodes.isEmpty())
            return;
        const Path where = root.member(u"guide");
        const Path nodeList = where.member(u"nodes");
        QHash<QString, int> indexById;
        for (int i = 0; i < guide.nodes.size(); ++i)
            indexById.insert(guide.nodes.at(i).id, i);
        if (!indexById.contains(guide.root))
            error(where.member(u"root"), QStringLiteral("\"%1\" is not a node").arg(guide.root));
        for (int i = 0; i < guide.nodes.size(); ++i) {
            const GuideNode &node = guide.nodes.at(i);
            // Each step named: a Path points at its parent, which must outlive it.
            const Path nodePath = nodeList.item(i);
            const Path answerList = nodePath.member(u"answers");
            for (int a = 0; a < node.answers.size(); ++a) {
                const GuideAnswer &answer = node.answers.at(a);
                const Path answerPath = answerList.item(a);
                if (!answer.isLeaf() && !answer.next.isEmpty() && !indexById.contains(answer.next))
                    error(answerPath.member(u"next"), QStringLiteral("\"%1\" is not a node").arg(answer.next));
                if (answer.isLeaf() && !codes.contains(answer.code))
                    error(answerPath.member(u"code"), QStringLiteral("code %1 is not in the catalogue").arg(answer.code));
            }
        }
        // Depth-first from the root: grey nodes are on the current path, so
        // reaching one again is a cycle.
        enum class Mark { White, Grey, Black };
        QList<Mark> marks(guide.nodes.size(), Mark::White);
        std::function<void(int, QStringList)> visit = [&](int index, QStringList trail) {
            marks[index] = Mark::Grey;
            trail << guide.nodes.at(index).id;
            const GuideNode &node = guide.nodes.at(index);
            for (int a = 0; a < node.answers.size(); ++a) {
                const auto next = indexById.constFind(node.answers.at(a).next);
                if (node.answers.at(a).isLeaf() || next == indexById.cend())
                    continue;
                if (marks.at(*next) == Mark::Grey)
                    error(nodeList.item(index).member(u"answers").item(a).member(u"next"),
                          QStringLiteral("leads back to \"%1\": the guide has a cycle (%2)")
                              .arg(node.answers.at(a).next, (trail + QStringList{node.answers.at(a).next}).join(QStringLiteral(" -> "))));
                else if (marks.at(*next) == Mark::White)
                    visit(*next, trail);
            }
            marks[index] = Mark::Black;
        };
        if (indexById.contains(guide.root))
            visit(indexById.value(guide.root), {});
        for (int i = 0; i < guide.nodes.size(); ++i) {
            if (marks.at(i) == Mark::White)
                error(nodeList.item(i), QStringLiteral("\"%1\" cannot be reached from the root \"%2\"")
                                            .arg(guide.nodes.at(i).id, guide.root));
        }
    }

    // item is the code's place in "codes"; its messages name the code too.
    StatusEntry entry(const Path &item, const QJsonObject &object, const QSet<QString> &sourceIds,
                      const QSet<int> &classDigits, int schema)
    {
        StatusEntry entry;
        entry.code = integer(item.member(u"code"), object.value(u"code"), 100, 599);
        Path where = item;
        where.code = entry.code >= 100 ? entry.code : 0;
        const int classDigit = integer(where.member(u"class"), object.value(u"class"), 1, 5);
        if (entry.code >= 100 && classDigit >= 1 && classDigit != entry.classDigit())
            error(where.member(u"class"), QStringLiteral("is %1 but code %2 belongs to class %3")
                                              .arg(classDigit)
                                              .arg(entry.code)
                                              .arg(entry.classDigit()));
        else if (entry.code >= 100 && !classDigits.contains(entry.classDigit()))
            error(where.member(u"class"), QStringLiteral("class %1 is not in \"classes\"").arg(entry.classDigit()));

        entry.phrase = string(where, object, u"phrase", CatalogueLoader::MaxShortLength);
        const QString status = string(where, object, u"status", CatalogueLoader::MaxShortLength);
        if (!status.isEmpty() && !statusFromKey(status, &entry.status))
            error(where.member(u"status"), QStringLiteral("\"%1\" is not one of standard, deprecated, unused, "
                                                          "obsoleted, temporary, unofficial")
                                               .arg(status));
        entry.reference = string(where, object, u"reference", CatalogueLoader::MaxShortLength);
        entry.title = localized(where, object, u"title", CatalogueLoader::MaxShortLength);
        entry.summary = localized(where, object, u"summary");
        entry.oneLine = localized(where, object, u"oneLine", CatalogueLoader::MaxShortLength, false);
        entry.usedBy = localized(where, object, u"usedBy", CatalogueLoader::MaxTextLength,
                                 entry.status == CodeStatus::Unofficial);

        const QJsonValue common = object.value(u"common");
        if (!common.isUndefined() && requireType(where.member(u"common"), common, QJsonValue::Bool, u"true or false"))
            entry.common = common.toBool();
        if (object.contains(u"scenarios")) {
            const Path scenarioList = where.member(u"scenarios");
            const QJsonArray scenarios = array(where, object, u"scenarios");
            for (int i = 0; i < scenarios.size(); ++i) {
                const Path path = scenarioList.item(i);
                if (requireType(path, scenarios.at(i), QJsonValue::Object, u"an object with \"zh\" and \"en\""))
                    entry.scenarios << localizedObject(path, scenarios.at(i).toObject(), CatalogueLoader::MaxTextLength);
            }
        }

        const Path aliasList = where.member(u"aliases");
        const QJsonArray aliases = array(where, object, u"aliases");
        for (int i = 0; i < aliases.size(); ++i) {
            const Path path = aliasList.item(i);
            if (requireType(path, aliases.at(i), QJsonValue::String, u"a string"))
                entry.aliases << limited(path, aliases.at(i).toString(), CatalogueLoader::MaxShortLength);
        }

        const Path descriptionList = where.member(u"descriptions");
        const QJsonArray descriptions = array(where, object, u"descriptions");
        for (int i = 0; i < descriptions.size(); ++i) {
            const Path path = descriptionList.item(i);
            if (!requireType(path, descriptions.at(i), QJsonValue::Object, u"an object"))
                continue;
            const QJsonObject description = descriptions.at(i).toObject();
            Description result;
            result.sourceId = string(path, description, u"source", CatalogueLoader::MaxShortLength);
            if (!result.sourceId.isEmpty() && !sourceIds.contains(result.sourceId))
                error(path.member(u"source"), QStringLiteral("\"%1\" is not a known source").arg(result.sourceId));
            result.phrase = string(path, description, u"phrase", CatalogueLoader::MaxShortLength, false);
            if (description.contains(u"phrase") && isBlank(result.phrase))
                error(path.member(u"phrase"), QStringLiteral("must not be empty (leave it out where the source gives no phrase)"));
            result.text = localized(path, description, u"text");
            entry.descriptions << result;
        }

        const Path noteList = where.member(u"notes");
        const QJsonArray notes = array(where, object, u"notes");
        for (int i = 0; i < notes.size(); ++i) {
            const Path path = noteList.item(i);
            if (!requireType(path, notes.at(i), QJsonValue::Object, u"an object"))
                continue;
            const QJsonObject note = notes.at(i).toObject();
            Note result;
            result.sourceId = string(path, note, u"source", CatalogueLoader::MaxShortLength, false);
            if (note.contains(u"source") && !sourceIds.contains(result.sourceId)) {
                error(path.member(u"source"), QStringLiteral("\"%1\" is not a known source").arg(result.sourceId));
            } else if (note.contains(u"source") && !describes(entry, result.sourceId)) {
                // The window shows a note under the text it corrects, so
                // there must be one. Version 1 had no such rule: its notes
                // on a source that is silent here concern the code itself.
                if (schema >= 2)
                    error(path.member(u"source"),
                          QStringLiteral("\"%1\" gives no description of this code, so there is no text for the "
                                         "note to correct (leave \"source\" out for a note on the code itself)")
                              .arg(result.sourceId));
                result.sourceId.clear();
            }
            result.text = localized(path, note, u"text");
            entry.notes << result;
        }

        if (object.contains(u"facts"))
            entry.facts = facts(where.member(u"facts"), object.value(u"facts"));
        if (object.contains(u"unofficial")) {
            const Path useList = where.member(u"unofficial");
            const QJsonArray uses = array(where, object, u"unofficial");
            for (int i = 0; i < uses.size(); ++i) {
                const Path path = useList.item(i);
                if (!requireType(path, uses.at(i), QJsonValue::Object, u"an object"))
                    continue;
                const QJsonObject use = uses.at(i).toObject();
                entry.unofficial << UnofficialUse{localized(path, use, u"usedBy", CatalogueLoader::MaxShortLength),
                                                  string(path, use, u"phrase", CatalogueLoader::MaxShortLength),
                                                  localized(path, use, u"summary")};
            }
        }
        if (object.contains(u"constants")) {
            const Path path = where.member(u"constants");
            const QJsonValue value = object.value(u"constants");
            if (requireType(path, value, QJsonValue::Object, u"an object")) {
                const QJsonObject constants = value.toObject();
                for (auto it = constants.begin(); it != constants.end(); ++it) {
                    if (!constantLanguages().contains(it.key()))
                        error(path, QStringLiteral("\"%1\" is not one of %2")
                                        .arg(it.key().left(40), constantLanguages().join(QStringLiteral(", "))));
                }
                for (const QString &language : constantLanguages()) {
                    if (constants.contains(language))
                        entry.constants << CodeConstant{language, string(path, constants, reinterpret_cast<const char16_t *>(language.utf16()),
                                                                         CatalogueLoader::MaxShortLength)};
                }
            }
        }
        if (object.contains(u"example"))
            entry.example = string(where, object, u"example", CatalogueLoader::MaxTextLength);

        const Path relatedList = where.member(u"related");
        const QJsonArray related = array(where, object, u"related");
        for (int i = 0; i < related.size(); ++i) {
            const int code = integer(relatedList.item(i), related.at(i), 100, 599);
            if (code >= 100)
                entry.related << code;
        }
        return entry;
    }
};

// Where a JSON error is. Qt reports some errors just past the token that
// caused them (the "[" where a ":" was due): point at the token instead.
qsizetype errorOffset(const QByteArray &json, const QJsonParseError &error)
{
    qsizetype offset = qBound(qsizetype(0), qsizetype(error.offset), json.size());
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::MissingObject:
        if (offset > 0 && !QChar::isSpace(uchar(json.at(offset - 1))))
            --offset;
        break;
    default:
        break;
    }
    return offset;
}

LoadResult failure(const QString &message)
{
    return {std::nullopt, {message}};
}

// Counts values and nesting in JSON text without building anything (a
// value is counted at each opening bracket and each comma outside strings).
// Malformed text is left for the parser to describe.
std::optional<QString> tooLargeOrDeep(const QByteArray &json, const QString &origin)
{
    qint64 values = 1;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            } else {
                // Most of a catalogue is text: skip to the next quote or
                // escape in one tight loop.
                const char *end = json.constData() + json.size();
                const char *at = json.constData() + i + 1;
                while (at < end && *at != '"' && *at != '\\')
                    ++at;
                i = (at - json.constData()) - 1;
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            ++values;
            if (++depth > CatalogueLoader::MaxJsonDepth) {
                const QByteArray before = json.left(i);
                const qsizetype lineStart = before.lastIndexOf('\n') + 1;
                return QStringLiteral("%1:%2:%3: nested more than %4 levels deep")
                    .arg(origin)
                    .arg(before.count('\n') + 1)
                    .arg(QString::fromUtf8(before.mid(lineStart)).size() + 1)
                    .arg(CatalogueLoader::MaxJsonDepth);
            }
            break;
        case ']':
        case '}':
            --depth;
            break;
        case ',':
            ++values;
            break;
        default:
            break;
        }
    }
    if (values > CatalogueLoader::MaxJsonValues)
        return origin + QStringLiteral(": holds %1 values, more than the limit of %2").arg(values).arg(CatalogueLoader::MaxJsonValues);
    return std::nullopt;
}

} // namespace

QString CatalogueLoader::embeddedPath()
{
    return QStringLiteral(":/catalogue/catalogue.json");
}

LoadResult CatalogueLoader::loadEmbedded()
{
    // Read in place when the build stored it uncompressed, as ours does.
    const QResource resource(embeddedPath());
    if (resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression)
        return loadFromData(QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()),
                                                    qsizetype(resource.size())),
                            embeddedPath());
    return loadFromFile(embeddedPath());
}

LoadResult CatalogueLoader::loadFromFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path + QStringLiteral(": no such file"));
    if (info.isDir())
        return failure(path + QStringLiteral(": is a directory, not a catalogue file"));
    if (info.size() > MaxFileBytes)
        return failure(path + QStringLiteral(": is %1 MiB, larger than the limit of %2 MiB")
                                  .arg(info.size() / (1024 * 1024))
                                  .arg(MaxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path + QStringLiteral(": cannot be read: ") + file.errorString());
    // Read no more than the limit, in case the file grows after the check.
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (data.size() > MaxFileBytes)
        return failure(path + QStringLiteral(": is larger than the limit of %1 MiB").arg(MaxFileBytes / (1024 * 1024)));
    if (file.error() != QFileDevice::NoError)
        return failure(path + QStringLiteral(": cannot be read: ") + file.errorString());
    return loadFromData(data, path);
}

LoadResult CatalogueLoader::loadFromData(const QByteArray &json, const QString &origin)
{
    if (json.trimmed().isEmpty())
        return failure(origin + QStringLiteral(": the file is empty"));
    if (const std::optional<QString> problem = tooLargeOrDeep(json, origin))
        return failure(*problem);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(errorOffset(json, parseError));
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const int line = before.count('\n') + 1;
        // In characters, as editors count, not UTF-8 bytes.
        const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
        return failure(QStringLiteral("%1:%2:%3: invalid JSON: %4")
                           .arg(origin)
                           .arg(line)
                           .arg(column)
                           .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return failure(origin + QStringLiteral(": the top level must be an object with \"schema\", \"sources\", \"classes\" and \"codes\""));

    const QJsonObject root = document.object();
    const Path top;
    Validator validator;
    const QJsonValue schemaValue = root.value(u"schema");
    const double schema = schemaValue.isDouble() ? schemaValue.toDouble() : 0;
    if (schema != SchemaVersion && schema != OldestSchemaVersion) {
        if (schema > SchemaVersion && schema == std::floor(schema))
            validator.error(top.member(u"schema"),
                            QStringLiteral("is %1, newer than this version of Status Codex reads (%2 and %3); "
                                           "open it with a newer version")
                                .arg(QString::number(schema))
                                .arg(OldestSchemaVersion)
                                .arg(SchemaVersion));
        else
            validator.error(top.member(u"schema"),
                            QStringLiteral("must be %1 (or %2, which is read and migrated), found %3")
                                .arg(SchemaVersion)
                                .arg(OldestSchemaVersion)
                                .arg(schemaValue.isDouble() ? QString::number(schema) : typeName(schemaValue)));
        // Another schema means the rest cannot be read reliably.
        return {std::nullopt, validator.report(origin)};
    }

    QList<Source> sources = validator.sources(top, root);
    QList<StatusClass> classes = validator.classes(top, root);
    QSet<QString> sourceIds;
    for (const Source &source : std::as_const(sources))
        sourceIds.insert(source.id);
    QSet<int> classDigits;
    for (const StatusClass &statusClass : std::as_const(classes))
        classDigits.insert(statusClass.digit);

    QList<StatusEntry> entries;
    QHash<int, int> firstIndex;
    const Path codeList = top.member(u"codes");
    const QJsonArray codes = validator.array(top, root, u"codes");
    entries.reserve(codes.size());
    for (int i = 0; i < codes.size(); ++i) {
        Path item = codeList.item(i);
        if (!validator.requireType(item, codes.at(i), QJsonValue::Object, u"an object"))
            continue;
        StatusEntry entry = validator.entry(item, codes.at(i).toObject(), sourceIds, classDigits, int(schema));
        if (entry.code < 100)
            continue;
        if (firstIndex.contains(entry.code)) {
            item.code = entry.code;
            validator.error(item, QStringLiteral("code %1 already appears at codes[%2]")
                                      .arg(entry.code)
                                      .arg(firstIndex.value(entry.code)));
            continue;
        }
        firstIndex.insert(entry.code, i);
        entries << std::move(entry);
    }
    if (codes.isEmpty() && validator.errors.isEmpty())
        validator.error(codeList, QStringLiteral("must hold at least one code"));

    for (const StatusEntry &entry : std::as_const(entries)) {
        Path item = codeList.item(firstIndex.value(entry.code));
        item.code = entry.code;
        const Path relatedList = item.member(u"related");
        for (int i = 0; i < entry.related.size(); ++i) {
            const int code = entry.related.at(i);
            if (!firstIndex.contains(code))
                validator.error(relatedList.item(i), QStringLiteral("code %1 is not in the catalogue").arg(code));
        }
    }

    QList<CodeGroup> groups = validator.groups(top, root);
    const Path groupList = top.member(u"groups");
    for (int i = 0; i < groups.size(); ++i) {
        for (int c = 0; c < groups.at(i).codes.size(); ++c) {
            if (!firstIndex.contains(groups.at(i).codes.at(c)))
                validator.error(groupList.item(i).member(u"codes").item(c),
                                QStringLiteral("code %1 is not in the catalogue").arg(groups.at(i).codes.at(c)));
        }
    }
    Guide guide = validator.guide(top, root);
    validator.checkGuide(top, guide, firstIndex);
    const QList<int> codeNumbers = firstIndex.keys();
    PracticeLoadResult practice = loadPractice(root, QSet<int>(codeNumbers.cbegin(), codeNumbers.cend()));
    validator.errors << practice.errors;

    if (!validator.errors.isEmpty())
        return {std::nullopt, validator.report(origin)};
    Catalogue catalogue(std::move(sources), std::move(classes), std::move(entries), std::move(groups), std::move(guide));
    catalogue.setPractice(std::move(practice.practice));
    return {std::move(catalogue), {}};
}

} // namespace codex
