#pragma once

#include "catalogue.h"

#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QString>
#include <QStringList>

namespace codex {

// A code's facts in words, one row each, in the order the detail pane and
// the compare view show them.
struct FactRow
{
    QString key;     // "cacheableByDefault", "contentAllowed", "redirect", "headers", "retry", "generatedBy",
                     // "introduced", "names"
    QString label;   // in the interface language
    QString value;   // in words, never a bare true or false
    QString section; // where it comes from; may be empty
};

class Comparison final
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)

public:
    static constexpr int MinCodes = 2;
    static constexpr int MaxCodes = 6;

    static QList<FactRow> factRows(const StatusEntry &entry, Language language);

    // The codes a query names for comparing, in order, when it names two to
    // six exact codes and nothing else: "301 vs 308", "401 403 407",
    // "502 或 504", "400, 422". Empty otherwise.
    static QList<int> codesToCompare(const QString &query);

    // The comparison as HTML for a QTextBrowser: one column per code, one
    // row per fact (rows that differ marked in words and colour), then the
    // summaries and each source's text. Escaped, palette colours only.
    static QString renderHtml(const Catalogue &catalogue, const QList<int> &codes, Language language,
                              const QPalette &palette);
    // The same as a Markdown table, for the clipboard.
    static QString markdown(const Catalogue &catalogue, const QList<int> &codes, Language language);
    // The same as plain text for a terminal, every column wrapped (never
    // cut) so that the table fits `width` characters.
    static QString plainText(const Catalogue &catalogue, const QList<int> &codes, Language language, int width);

    // The group a search names: every word of the query starts a word of
    // the group's name (in either language) or its id; null if none does.
    static const CodeGroup *groupFor(const Catalogue &catalogue, const QString &query, Language language);

    // The codes of the catalogue among `codes`, each once, in order.
    static QList<int> known(const Catalogue &catalogue, const QList<int> &codes);
};

} // namespace codex
