#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace codex {

Translations::Translations(QObject *parent)
    : QObject(parent)
{
}

Translations::~Translations()
{
    removeAll();
}

void Translations::removeAll()
{
    if (m_ours)
        QCoreApplication::removeTranslator(m_ours.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_ours.reset();
    m_qt.reset();
}

bool Translations::apply(Language language)
{
    removeAll();
    m_language = language;
    if (language == Language::English)
        return true; // the source strings are English
    m_ours = std::make_unique<QTranslator>();
    const bool loaded = m_ours->load(QStringLiteral(":/i18n/statuscodex_zh_CN.qm"));
    if (loaded)
        QCoreApplication::installTranslator(m_ours.get());
    else
        m_ours.reset();
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    else
        m_qt.reset();
    return loaded;
}

} // namespace codex
