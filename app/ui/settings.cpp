#include "settings.h"

#include <QSettings>
#include <QVariant>

namespace codex {

namespace {

const QString LanguageKey = QStringLiteral("language");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString LastCodeKey = QStringLiteral("browser/lastCode");

// A byte array Qt wrote itself; anything else (a string someone typed, a
// number) is not one.
QByteArray bytes(const QSettings &settings, const QString &key)
{
    const QVariant value = settings.value(key);
    if (value.typeId() != QMetaType::QByteArray)
        return {};
    const QByteArray data = value.toByteArray();
    return data.size() <= 64 * 1024 ? data : QByteArray();
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

    // Two positive sizes, as the splitter writes them.
    const QVariant splitter = settings.value(SplitterKey);
    if (splitter.canConvert<QVariantList>()) {
        const QVariantList sizes = splitter.toList();
        QList<int> parsed;
        for (const QVariant &size : sizes) {
            bool ok = false;
            const int value = size.toInt(&ok);
            if (!ok || value <= 0 || value > 100000)
                break;
            parsed << value;
        }
        if (parsed.size() == 2 && parsed.size() == sizes.size())
            result.splitterSizes = parsed;
    }

    bool ok = false;
    const int lastCode = settings.value(LastCodeKey).toInt(&ok);
    if (ok && lastCode >= 100 && lastCode <= 599)
        result.lastCode = lastCode;
    return result;
}

void WindowSettings::save(QSettings &settings) const
{
    if (language)
        settings.setValue(LanguageKey, languageCode(*language));
    settings.setValue(GeometryKey, geometry);
    settings.setValue(StateKey, state);
    QVariantList sizes;
    for (const int size : splitterSizes)
        sizes << size;
    settings.setValue(SplitterKey, sizes);
    if (lastCode)
        settings.setValue(LastCodeKey, lastCode);
    settings.sync();
}

} // namespace codex
