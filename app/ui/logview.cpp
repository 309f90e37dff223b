#include "logview.h"

#include "detailrenderer.h"
#include "practicerenderer.h"

namespace codex {

LogView::LogView(const Catalogue *catalogue, QWidget *parent)
    : QTextBrowser(parent)
    , m_catalogue(catalogue)
{
    setObjectName(QStringLiteral("logView"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    //: The log view, for screen readers.
    setAccessibleName(tr("Log lines explained"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (const int code = DetailRenderer::codeFromLink(url.toString()))
            emit codeActivated(code);
    });
}

void LogView::showLog(const QString &log, Language language)
{
    m_log = log;
    m_language = language;
    setHtml(PracticeRenderer::logHtml(*m_catalogue, m_log, m_language, palette()));
}

void LogView::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
    if (!m_log.isEmpty())
        showLog(m_log, m_language);
}

void LogView::setLanguage(Language language)
{
    if (language != m_language && !m_log.isEmpty())
        showLog(m_log, language);
    m_language = language;
}

} // namespace codex
