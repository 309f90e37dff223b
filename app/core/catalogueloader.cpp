#include "catalogueloader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

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

// Walks the JSON tree once, collecting every problem with its path.
class Validator final
{
public:
    // A broken file of 100 000 codes could otherwise list millions of
    // problems; past this many nobody reads them and they only cost memory.
    static constexpr int MaxErrors = 1000;
    QStringList errors;
    int unlisted = 0;

    void error(const QString &where, const QString &what)
    {
        if (errors.size() >= MaxErrors) {
            ++unlisted;
            return;
        }
        errors << where + QStringLiteral(": ") + what;
    }

    bool requireType(const QString &where, const QJsonValue &value, QJsonValue::Type type, const QString &expected)
    {
        if (value.type() == type)
            return true;
        error(where, QStringLiteral("must be ") + expected + QStringLiteral(", found ") + typeName(value));
        return false;
    }

    QString string(const QString &where, const QJsonObject &object, const QString &key, int maxLength,
                   bool required = true)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!requireType(where + u'.' + key, value, QJsonValue::String, QStringLiteral("a string")))
            return {};
        const QString text = value.toString();
        if (required && text.trimmed().isEmpty())
            error(where + u'.' + key, QStringLiteral("must not be empty"));
        return limited(where + u'.' + key, text, maxLength);
    }

    // Reports a text beyond its limit by the field's path, and cuts it.
    QString limited(const QString &path, QString text, int maxLength)
    {
        if (text.size() > maxLength) {
            error(path, QStringLiteral("is %1 characters long, more than the limit of %2").arg(text.size()).arg(maxLength));
            text.truncate(maxLength);
        }
        return text;
    }

    LocalizedText localized(const QString &where, const QJsonObject &object, const QString &key,
                            int maxLength = CatalogueLoader::MaxTextLength, bool required = true)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return {};
        const QString path = where + u'.' + key;
        if (!requireType(path, value, QJsonValue::Object, QStringLiteral("an object with \"zh\" and \"en\"")))
            return {};
        const QJsonObject texts = value.toObject();
        LocalizedText result{string(path, texts, QStringLiteral("zh"), maxLength),
                             string(path, texts, QStringLiteral("en"), maxLength)};
        if (containsChinese(result.en))
            error(path + QStringLiteral(".en"), QStringLiteral("contains Chinese text"));
        return result;
    }

    QJsonArray array(const QString &where, const QJsonObject &object, const QString &key, bool required = true)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!requireType(where.isEmpty() ? key : where + u'.' + key, value, QJsonValue::Array,
                         QStringLiteral("an array")))
            return {};
        QJsonArray items = value.toArray();
        if (items.size() > CatalogueLoader::MaxListLength) {
            error(where.isEmpty() ? key : where + u'.' + key,
                  QStringLiteral("has %1 items, more than the limit of %2")
                      .arg(items.size())
                      .arg(CatalogueLoader::MaxListLength));
            return {};
        }
        return items;
    }

    // A whole number in [min, max]; returns min - 1 when it is not one.
    int integer(const QString &where, const QJsonValue &value, int min, int max)
    {
        if (value.isString()) {
            error(where, QStringLiteral("must be a number from ") + QString::number(min) + QStringLiteral(" to ") + QString::number(max)
                             + QStringLiteral(", found the string \"") + value.toString().left(40) + u'"');
            return min - 1;
        }
        if (!requireType(where, value, QJsonValue::Double, QStringLiteral("a number")))
            return min - 1;
        const double number = value.toDouble();
        // Range first: converting a double outside int's range is undefined.
        if (!(number >= min && number <= max) || number != std::floor(number)) {
            error(where, QStringLiteral("must be a whole number from ") + QString::number(min) + QStringLiteral(" to ") + QString::number(max)
                             + QStringLiteral(", found ") + QString::number(number));
            return min - 1;
        }
        return static_cast<int>(number);
    }

    QList<Source> sources(const QJsonObject &root)
    {
        QList<Source> result;
        QSet<QString> seen;
        const QJsonArray items = array({}, root, QStringLiteral("sources"));
        for (int i = 0; i < items.size(); ++i) {
            const QString where = QStringLiteral("sources[%1]").arg(i);
            if (!requireType(where, items.at(i), QJsonValue::Object, QStringLiteral("an object")))
                continue;
            const QJsonObject object = items.at(i).toObject();
            Source source;
            source.id = string(where, object, QStringLiteral("id"), CatalogueLoader::MaxShortLength);
            if (seen.contains(source.id))
                error(where + QStringLiteral(".id"), QStringLiteral("\"") + source.id + QStringLiteral("\" appears twice"));
            seen.insert(source.id);
            source.name = localized(where, object, QStringLiteral("name"), CatalogueLoader::MaxShortLength);
            source.about = localized(where, object, QStringLiteral("about"));
            result << source;
        }
        return result;
    }

    QList<StatusClass> classes(const QJsonObject &root)
    {
        QList<StatusClass> result;
        QSet<int> seen;
        const QJsonArray items = array({}, root, QStringLiteral("classes"));
        for (int i = 0; i < items.size(); ++i) {
            const QString where = QStringLiteral("classes[%1]").arg(i);
            if (!requireType(where, items.at(i), QJsonValue::Object, QStringLiteral("an object")))
                continue;
            const QJsonObject object = items.at(i).toObject();
            StatusClass statusClass;
            statusClass.digit = integer(where + QStringLiteral(".class"), object.value(QStringLiteral("class")), 1, 5);
            if (seen.contains(statusClass.digit))
                error(where + QStringLiteral(".class"), QStringLiteral("class %1xx appears twice").arg(statusClass.digit));
            seen.insert(statusClass.digit);
            statusClass.name = localized(where, object, QStringLiteral("name"), CatalogueLoader::MaxShortLength);
            statusClass.summary = localized(where, object, QStringLiteral("summary"));
            result << statusClass;
        }
        return result;
    }

    StatusEntry entry(const QString &index, const QJsonObject &object, const QSet<QString> &sourceIds,
                      const QSet<int> &classDigits)
    {
        StatusEntry entry;
        entry.code = integer(index + QStringLiteral(".code"), object.value(QStringLiteral("code")), 100, 599);
        const QString where = entry.code >= 100 ? index + QStringLiteral(" (") + QString::number(entry.code) + u')' : index;
        const int classDigit = integer(where + QStringLiteral(".class"), object.value(QStringLiteral("class")), 1, 5);
        if (entry.code >= 100 && classDigit >= 1 && classDigit != entry.classDigit())
            error(where + QStringLiteral(".class"), QStringLiteral("is %1 but code %2 belongs to class %3")
                                         .arg(classDigit)
                                         .arg(entry.code)
                                         .arg(entry.classDigit()));
        else if (entry.code >= 100 && !classDigits.contains(entry.classDigit()))
            error(where + QStringLiteral(".class"), QStringLiteral("class %1 is not in \"classes\"").arg(entry.classDigit()));

        entry.phrase = string(where, object, QStringLiteral("phrase"), CatalogueLoader::MaxShortLength);
        const QString status = string(where, object, QStringLiteral("status"), CatalogueLoader::MaxShortLength);
        if (!status.isEmpty() && !statusFromKey(status, &entry.status))
            error(where + QStringLiteral(".status"), QStringLiteral("\"") + status
                                          + QStringLiteral("\" is not one of standard, deprecated, unused, obsoleted, "
                                                         "temporary, unofficial"));
        entry.reference = string(where, object, QStringLiteral("reference"), CatalogueLoader::MaxShortLength);
        entry.title = localized(where, object, QStringLiteral("title"), CatalogueLoader::MaxShortLength);
        entry.summary = localized(where, object, QStringLiteral("summary"));
        entry.usedBy = localized(where, object, QStringLiteral("usedBy"), CatalogueLoader::MaxTextLength,
                                 entry.status == CodeStatus::Unofficial);

        const QJsonArray aliases = array(where, object, QStringLiteral("aliases"));
        for (int i = 0; i < aliases.size(); ++i) {
            const QString path = where + QStringLiteral(".aliases[%1]").arg(i);
            if (requireType(path, aliases.at(i), QJsonValue::String, QStringLiteral("a string")))
                entry.aliases << limited(path, aliases.at(i).toString(), CatalogueLoader::MaxShortLength);
        }

        const QJsonArray descriptions = array(where, object, QStringLiteral("descriptions"));
        for (int i = 0; i < descriptions.size(); ++i) {
            const QString path = where + QStringLiteral(".descriptions[%1]").arg(i);
            if (!requireType(path, descriptions.at(i), QJsonValue::Object, QStringLiteral("an object")))
                continue;
            const QJsonObject description = descriptions.at(i).toObject();
            Description result;
            result.sourceId = string(path, description, QStringLiteral("source"), CatalogueLoader::MaxShortLength);
            if (!result.sourceId.isEmpty() && !sourceIds.contains(result.sourceId))
                error(path + QStringLiteral(".source"), QStringLiteral("\"") + result.sourceId + QStringLiteral("\" is not a known source"));
            result.text = localized(path, description, QStringLiteral("text"));
            entry.descriptions << result;
        }

        const QJsonArray notes = array(where, object, QStringLiteral("notes"));
        for (int i = 0; i < notes.size(); ++i) {
            const QString path = where + QStringLiteral(".notes[%1]").arg(i);
            if (!requireType(path, notes.at(i), QJsonValue::Object, QStringLiteral("an object")))
                continue;
            const QJsonObject note = notes.at(i).toObject();
            Note result;
            result.sourceId =
                string(path, note, QStringLiteral("source"), CatalogueLoader::MaxShortLength, false);
            if (note.contains(u"source") && !sourceIds.contains(result.sourceId))
                error(path + QStringLiteral(".source"), QStringLiteral("\"") + result.sourceId + QStringLiteral("\" is not a known source"));
            result.text = localized(path, note, QStringLiteral("text"));
            entry.notes << result;
        }

        const QJsonArray related = array(where, object, QStringLiteral("related"));
        for (int i = 0; i < related.size(); ++i) {
            const int code = integer(where + QStringLiteral(".related[%1]").arg(i), related.at(i), 100, 599);
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
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
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
    Validator validator;
    const QJsonValue schema = root.value(u"schema");
    if (!schema.isDouble() || schema.toDouble() != SchemaVersion) {
        validator.error(QStringLiteral("schema"),
                        QStringLiteral("must be %1, found %2")
                            .arg(SchemaVersion)
                            .arg(schema.isDouble() ? QString::number(schema.toDouble()) : typeName(schema)));
        // Another schema means the rest cannot be read reliably.
        QStringList errors;
        for (const QString &error : std::as_const(validator.errors))
            errors << origin + QStringLiteral(": ") + error;
        return {std::nullopt, errors};
    }

    QList<Source> sources = validator.sources(root);
    QList<StatusClass> classes = validator.classes(root);
    QSet<QString> sourceIds;
    for (const Source &source : std::as_const(sources))
        sourceIds.insert(source.id);
    QSet<int> classDigits;
    for (const StatusClass &statusClass : std::as_const(classes))
        classDigits.insert(statusClass.digit);

    QList<StatusEntry> entries;
    QHash<int, int> firstIndex;
    const QJsonArray codes = validator.array({}, root, QStringLiteral("codes"));
    entries.reserve(codes.size());
    for (int i = 0; i < codes.size(); ++i) {
        const QString index = QStringLiteral("codes[%1]").arg(i);
        if (!validator.requireType(index, codes.at(i), QJsonValue::Object, QStringLiteral("an object")))
            continue;
        StatusEntry entry = validator.entry(index, codes.at(i).toObject(), sourceIds, classDigits);
        if (entry.code < 100)
            continue;
        if (firstIndex.contains(entry.code)) {
            validator.error(QStringLiteral("codes[%1] (%2)").arg(i).arg(entry.code),
                            QStringLiteral("code %1 already appears at codes[%2]")
                                .arg(entry.code)
                                .arg(firstIndex.value(entry.code)));
            continue;
        }
        firstIndex.insert(entry.code, i);
        entries << std::move(entry);
    }
    if (codes.isEmpty() && validator.errors.isEmpty())
        validator.error(QStringLiteral("codes"), QStringLiteral("must hold at least one code"));

    for (const StatusEntry &entry : std::as_const(entries)) {
        for (int i = 0; i < entry.related.size(); ++i) {
            const int code = entry.related.at(i);
            if (!firstIndex.contains(code))
                validator.error(QStringLiteral("codes[%1] (%2).related[%3]")
                                    .arg(firstIndex.value(entry.code))
                                    .arg(entry.code)
                                    .arg(i),
                                QStringLiteral("code %1 is not in the catalogue").arg(code));
        }
    }

    if (!validator.errors.isEmpty()) {
        QStringList errors;
        errors.reserve(validator.errors.size());
        for (const QString &error : std::as_const(validator.errors))
            errors << origin + QStringLiteral(": ") + error;
        if (validator.unlisted > 0)
            errors << origin + QStringLiteral(": %1 more problems not listed").arg(validator.unlisted);
        return {std::nullopt, errors};
    }
    return {Catalogue(std::move(sources), std::move(classes), std::move(entries)), {}};
}

} // namespace codex
