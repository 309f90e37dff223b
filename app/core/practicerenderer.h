#pragma once

#include "catalogue.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>
#include <QTextStream>

#include <functional>

namespace codex {

// The "In practice" section of a code: for each server, when it sends the
// code, the log line it writes, the setting and its default, what to check,
// and whether a test reproduced it (against which version) or the vendor's
// documentation says so. HTML for the pane, text for `show`.
class PracticeRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(PracticeRenderer)

public:
    // The pane's anchor: the window scrolls here when a log line opened the code.
    static QString anchor() { return QStringLiteral("practice"); }
    static QString heading();
    // Empty when the code has no claims. `highlight` marks query terms.
    static QString html(const Catalogue &catalogue, int code, Language language, const QPalette &palette,
                        const std::function<QString(const QString &)> &highlight);
    static void writeText(QTextStream &out, const Catalogue &catalogue, int code, Language language);
    // A pasted log, line by line: each recognised line with its code (a
    // "code:N" link), server, cause and what to check; the rest counted.
    static QString logHtml(const Catalogue &catalogue, const QString &log, Language language, const QPalette &palette);
    // More than one line, at least one of which names a code: a log to list, not a query.
    static bool isLog(const Catalogue &catalogue, const QString &text);
    // "Reproduced against nginx/1.22.1 (test nginx-body-too-large)" or "From …'s documentation: …".
    static QString provenance(const Catalogue &catalogue, const PracticeClaim &claim);
};

} // namespace codex
