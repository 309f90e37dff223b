#include "language.h"

#include <QLocale>

namespace codex {

QString languageCode(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

std::optional<Language> languageFromCode(const QString &code)
{
    const QString folded = code.trimmed().toLower();
    if (folded == u"zh" || folded.startsWith(u"zh_") || folded.startsWith(u"zh-"))
        return Language::Chinese;
    if (folded == u"en" || folded.startsWith(u"en_") || folded.startsWith(u"en-"))
        return Language::English;
    return std::nullopt;
}

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? Language::Chinese
                                                            : Language::English;
}

} // namespace codex
