#include "entrydocument.h"

#include "detailrenderer.h"

#include <cmath>

#include <QAbstractTextDocumentLayout>
#include <QTextTable>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace codex {

namespace {

// Where each page begins in the laid-out document, and where the last one
// ends: at most `pageHeight` apart, and never through a line of text
// (QTextDocument's own pagination lets a line of a paragraph straddle the
// edge when the page size comes from a printer's device pixels).
// Keeps each paragraph on one page: one that would run over a page's end
// starts the next page instead. QTextDocument lets a line straddle the end
// of a page, and QTextLayout draws the line before a clip as well as those
// inside it, so a paragraph split over two pages would be clipped on paper
// and have a line twice in the PDF's text. A paragraph longer than a page,
// or in a table, stays where it is; a heading moves with its paragraph.
bool keepParagraphsOnOnePage(QTextDocument *document, qreal pageHeight)
{
    bool moved = false;
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QRectF rect = layout->blockBoundingRect(block);
        if (rect.height() >= pageHeight || block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        QTextCursor cursor(block);
        if (cursor.currentTable())
            continue;
        // The text's extent: the block's margins may cross the page's end.
        const QTextLayout *text = block.layout();
        if (!text || text->lineCount() == 0)
            continue;
        const qreal origin = rect.top() - text->boundingRect().top();
        const qreal top = origin + text->lineAt(0).rect().top();
        const qreal bottom = origin + text->lineAt(text->lineCount() - 1).rect().bottom();
        if (std::floor(top / pageHeight) == std::floor((bottom - 0.5) / pageHeight))
            continue;
        // A heading goes with the paragraph it heads.
        QTextBlock moving = block;
        if (block.previous().isValid() && block.previous().blockFormat().headingLevel() > 0
            && !QTextCursor(block.previous()).currentTable())
            moving = block.previous();
        QTextBlockFormat format = moving.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(moving).setBlockFormat(format);
        moved = true;
    }
    return moved;
}

} // namespace

QPalette EntryDocument::printPalette()
{
    QPalette palette(Qt::black, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x55, 0x55, 0x55));
    palette.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Link, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0xff, 0xee, 0x99));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    // A corrections' tint that a monochrome printer turns into a light grey.
    palette.setColor(QPalette::ToolTipBase, QColor(0xf2, 0xf2, 0xf2));
    palette.setColor(QPalette::ToolTipText, Qt::black);
    return palette;
}

QString EntryDocument::html(const Catalogue &catalogue, const StatusEntry &entry, Language language)
{
    QString html = DetailRenderer::render(catalogue, entry, language, QString(), printPalette());
    // The renderer writes its links as <a href="...">text</a> and nothing
    // inside them; a paragraph holding only a compare link goes whole.
    static const QRegularExpression compareParagraph(QStringLiteral("<p><a href=\"compare:[^\"]*\">[^<]*</a></p>"));
    static const QRegularExpression actionLink(QStringLiteral(" ?<a href=\"(?:copy|compare|star|note):[^\"]*\">[^<]*</a>"));
    static const QRegularExpression anyLink(QStringLiteral("<a href=\"[^\"]*\">([^<]*)</a>"));
    html.remove(compareParagraph);
    html.remove(actionLink);
    html.replace(anyLink, QStringLiteral("\\1"));
    return html;
}

int EntryDocument::paint(const Catalogue &catalogue, const StatusEntry &entry, Language language,
                         QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    QTextDocument document;
    // Measured at the device's resolution, so that lines break on paper
    // where they are drawn.
    document.documentLayout()->setPaintDevice(device);
    document.setDefaultFont(printFont(10));
    document.setDocumentMargin(0);
    document.setHtml(html(catalogue, entry, language));

    // The painter's origin is the top left of the printable area.
    const QRectF page(0, 0, device->width(), device->height());
    const QSizeF body(page.width(), page.height() - footerHeight(device));
    document.setPageSize(body);
    // What follows a moved paragraph is laid out again only when asked for,
    // and may then run over a page's end of its own.
    for (int pass = 0; pass < 8 && keepParagraphsOnOnePage(&document, body.height()); ++pass)
        document.markContentsDirty(0, document.characterCount());
    const int pages = document.pageCount();
    const QString footer = QStringLiteral("%1 %2 \u2014 Status Codex").arg(entry.code).arg(entry.phrase);

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = printPalette();
    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !device->newPage())
            return 0;
        painter.save();
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        painter.translate(0, -index * body.height());
        context.clip = QRectF(0, index * body.height(), body.width(), body.height());
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        //: The footer of a printed page: "Page 1 of 3".
        drawFooter(&painter, page, footer, tr("Page %1 of %2").arg(index + 1).arg(pages));
    }
    painter.end();
    return pages;
}

bool EntryDocument::writePdf(const Catalogue &catalogue, const StatusEntry &entry, Language language, Paper paper,
                             const QString &fileName, QString *error)
{
    const QString title = QStringLiteral("%1 %2").arg(entry.code).arg(entry.phrase);
    return codex::writePdf(fileName, paper, title, [&](QPagedPaintDevice *device) {
        return paint(catalogue, entry, language, device) > 0;
    }, error);
}

QString EntryDocument::suggestedFileName(const StatusEntry &entry)
{
    static const QRegularExpression notLetters(QStringLiteral("[^a-z0-9]+"));
    const QString phrase = entry.phrase.toLower().replace(notLetters, QStringLiteral("-"));
    QString name = QStringLiteral("%1-%2").arg(entry.code).arg(phrase);
    while (name.endsWith(u'-'))
        name.chop(1);
    return name + QStringLiteral(".pdf");
}

} // namespace codex
