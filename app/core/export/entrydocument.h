#pragma once

#include "catalogue.h"
#include "pagesetup.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>

class QPagedPaintDevice;

namespace codex {

// One code on paper: the detail pane's content (DetailRenderer::render), in
// black on white whatever the screen's palette, without the pane's links,
// laid out on the pages of a printer or a PDF with a footer that numbers them.
class EntryDocument final
{
    Q_DECLARE_TR_FUNCTIONS(EntryDocument)

public:
    // Paper is white: dark text, light tints for corrections and headings.
    static QPalette printPalette();
    // The pane's HTML for paper: no star or note, the related codes as plain
    // text, the "copy" and "compare" links (which do nothing on paper) gone.
    static QString html(const Catalogue &catalogue, const StatusEntry &entry, Language language);

    // Paints the entry on as many pages of `device` as it takes, at the
    // device's page size and margins. Returns the number of pages, 0 when
    // the device could not be painted on.
    static int paint(const Catalogue &catalogue, const StatusEntry &entry, Language language,
                     QPagedPaintDevice *device);
    static bool writePdf(const Catalogue &catalogue, const StatusEntry &entry, Language language, Paper paper,
                         const QString &fileName, QString *error);
    // "404-not-found.pdf": what the save dialog suggests.
    static QString suggestedFileName(const StatusEntry &entry);
};

} // namespace codex
