#pragma once

#include "catalogue.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace codex {

// What the detail pane shows when no code is chosen, first of all on first
// start: the five classes with their counts, the common codes, searches to
// try and where to study or compare. A pure function of its inputs, like
// DetailRenderer, with colours from the palette.
class OverviewRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(OverviewRenderer)

public:
    static QString render(const Catalogue &catalogue, Language language, const QPalette &palette);

    // The searches the overview offers: clicking one types it into the search
    // field. Each finds something in the built-in catalogue (tst_detailrenderer).
    struct ExampleQuery
    {
        QString query;
        QString explanation;
    };
    static QList<ExampleQuery> exampleQueries(Language language);

    // "search:not%20found": put this text into the search field.
    static QString linkForSearch(const QString &query);
    static QString queryFromSearchLink(const QString &link); // empty when it is not one

    // "view:study": open another view.
    enum class View { None, Study, Compare, Guide };
    static QString linkForView(View view);
    static View viewFromLink(const QString &link);
};

} // namespace codex
