#include "settings.h"

#include <QSettings>
#include <QVariant>

namespace codex {

namespace {

const QString VersionKey = QStringLiteral("version");
const QString LanguageKey = QStringLiteral("language");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString LastCodeKey = QStringLiteral("browser/lastCode");
const QString ShowUnofficialKey = QStringLiteral("browser/showUnofficial");
const QString ChineseNamesKey = QStringLiteral("browser/chineseNames");

// A byte array Qt wrote itself; anything else (a string someone typed, a
// number) is not one. Its content is checked by restoreGeometry() and
// restoreState(), which refuse what they did not write.
QByteArray bytes(const QSettings &settings, const QString &key)
{
    const QVariant value = settings.value(key);
    if (value.typeId() != QMetaType::QByteArray)
        return {};
    const QByteArray data = value.toByteArray();
    return data.size() <= WindowSettings::MaxBlobBytes ? data : QByteArray();
}

// A whole number written as a number or as its digits; nothing else.
std::optional<int> wholeNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::QString:
    case QMetaType::QByteArray: {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (ok)
            return number;
        break;
    }
    default: break;
    }
    return std::nullopt;
}

// A boolean as QSettings writes one (an INI file reads it back as the word).
std::optional<bool> boolean(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.typeId() == QMetaType::QString) {
        const QString word = value.toString();
        if (word == u"true")
            return true;
        if (word == u"false")
            return false;
    }
    return std::nullopt;
}

} // namespace

WindowSettings WindowSettings::load(QSettings &settings)
{
    WindowSettings result;
    const QVariant language = settings.value(LanguageKey);
    if (language.typeId() == QMetaType::QString)
        result.language = languageFromCode(language.toString());

    result.geometry = bytes(settings, GeometryKey);
    result.state = bytes(settings, StateKey);

    // Two positive sizes, as the splitter writes them. QSettings reads
    // "300, 500" back as a string list, so both forms are lists here.
    const QVariant splitter = settings.value(SplitterKey);
    if (splitter.typeId() == QMetaType::QVariantList || splitter.typeId() == QMetaType::QStringList) {
        const QVariantList sizes = splitter.toList();
        QList<int> parsed;
        for (const QVariant &size : sizes) {
            const std::optional<int> value = wholeNumber(size);
            if (!value || *value <= 0 || *value > MaxSplitterSize)
                break;
            parsed << *value;
        }
        if (parsed.size() == 2 && sizes.size() == 2)
            result.splitterSizes = parsed;
    }

    const std::optional<int> lastCode = wholeNumber(settings.value(LastCodeKey));
    if (lastCode && *lastCode >= 100 && *lastCode <= 599)
        result.lastCode = *lastCode;
    result.showUnofficial = boolean(settings.value(ShowUnofficialKey));
    result.chineseNames = boolean(settings.value(ChineseNamesKey));
    return result;
}

bool WindowSettings::save(QSettings &settings) const
{
    // The default, stated because it is what keeps the user's other
    // settings safe: without it QSettings may write the file in place.
    settings.setAtomicSyncRequired(true);

    // Never mark a newer version's file as ours: it may read it again.
    const std::optional<int> fileVersion = wholeNumber(settings.value(VersionKey));
    if (!fileVersion || *fileVersion < Version)
        settings.setValue(VersionKey, Version);

    // An unset value removes the key, so that garbage does not linger.
    if (language)
        settings.setValue(LanguageKey, languageCode(*language));
    else
        settings.remove(LanguageKey);
    settings.setValue(GeometryKey, geometry);
    settings.setValue(StateKey, state);
    if (splitterSizes.size() == 2) {
        settings.setValue(SplitterKey, QVariantList { splitterSizes.at(0), splitterSizes.at(1) });
    } else {
        settings.remove(SplitterKey);
    }
    if (lastCode)
        settings.setValue(LastCodeKey, lastCode);
    else
        settings.remove(LastCodeKey);
    if (showUnofficial)
        settings.setValue(ShowUnofficialKey, *showUnofficial);
    else
        settings.remove(ShowUnofficialKey);
    if (chineseNames)
        settings.setValue(ChineseNamesKey, *chineseNames);
    else
        settings.remove(ChineseNamesKey);
    settings.sync();
    // FormatError only says the file read was garbage; it is written anyway.
    return settings.status() != QSettings::AccessError;
}

} // namespace codex
