#pragma once

#include "catalogue.h"

#include <QTextBrowser>

namespace codex {

// A pasted multi-line log, each recognised line with its code, server, cause
// and what to check (PracticeRenderer::logHtml). Made when first needed.
class LogView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    LogView(const Catalogue *catalogue, QWidget *parent = nullptr);

    void showLog(const QString &log, Language language);
    void setLanguage(Language language);
    void setCatalogue(const Catalogue *catalogue);
    const QString &log() const { return m_log; }

signals:
    void codeActivated(int code);

private:
    const Catalogue *m_catalogue;
    QString m_log;
    Language m_language = Language::English;
};

} // namespace codex
