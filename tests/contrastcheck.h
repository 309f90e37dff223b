#pragma once

// Whether every run of text in an HTML document can be read on what it is
// drawn on, as QTextBrowser lays it out in a palette. Reusable for any HTML
// the application shows (the detail pane, the comparison, the About text).

#include "readablecolours.h"

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace codex::test {

struct ContrastProblem
{
    QString text; // the run of text, shortened
    QColor foreground;
    QColor background;
    double ratio = 0;
    double required = 0;

    QString describe() const
    {
        return QStringLiteral("\"%1\": %2 on %3 is %4:1, needs %5:1")
            .arg(text, foreground.name(), background.name())
            .arg(ratio, 0, 'f', 2)
            .arg(required, 0, 'f', 1);
    }
};

// Thresholds, WCAG 2 level AA (1.4.3): 4.5:1 for body text, muted text
// included, since the pane's muted text is labels that carry meaning
// ("Status", "Specification", a source's own phrase) and nothing marks it
// as incidental; 3:1 for large text, which is what headings are here
// (bold and larger than body text) and any run two or more size steps up.
//
// The background of a run is its own background colour, else its block's,
// else its table cell's, else its table's, else the document's, else the
// palette's Base (what QTextBrowser paints behind a document). Text without
// a colour of its own is drawn in the palette's Text. Links without one take
// the application palette's Link when the HTML is parsed, as in a
// QTextBrowser: set the application palette to the one checked first.
inline QList<ContrastProblem> contrastProblems(const QString &html, const QPalette &palette)
{
    QTextDocument document;
    document.setHtml(html);
    QColor documentBackground = palette.color(QPalette::Base);
    const QBrush rootBackground = document.rootFrame()->frameFormat().background();
    if (rootBackground.style() != Qt::NoBrush)
        documentBackground = rootBackground.color();
    const auto over = [](const QColor &colour, const QColor &below) {
        // A translucent colour is seen blended with what is below it.
        return colour.alpha() == 255 ? colour : ReadableColours::blend(below, colour, colour.alphaF());
    };

    QList<ContrastProblem> problems;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QColor background = documentBackground;
        const QTextCursor cursor(block);
        if (QTextTable *table = cursor.currentTable()) {
            if (table->format().background().style() != Qt::NoBrush)
                background = over(table->format().background().color(), background);
            const QTextTableCell cell = table->cellAt(cursor);
            if (cell.isValid() && cell.format().background().style() != Qt::NoBrush)
                background = over(cell.format().background().color(), background);
        }
        if (block.blockFormat().background().style() != Qt::NoBrush)
            background = over(block.blockFormat().background().color(), background);
        const bool heading = block.blockFormat().headingLevel() > 0;
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || fragment.text().trimmed().isEmpty())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            const QColor runBackground = format.background().style() != Qt::NoBrush
                ? over(format.background().color(), background)
                : background;
            const QColor foreground = over(format.foreground().style() != Qt::NoBrush ? format.foreground().color()
                                                                                      : palette.color(QPalette::Text),
                runBackground);
            const bool large = heading || format.intProperty(QTextFormat::FontSizeAdjustment) >= 2;
            const double required = large ? ReadableColours::LargeTextContrast : ReadableColours::BodyTextContrast;
            const double ratio = ReadableColours::contrastRatio(foreground, runBackground);
            if (ratio < required)
                problems << ContrastProblem { fragment.text().left(40), foreground, runBackground, ratio, required };
        }
    }
    return problems;
}

// The dark Fusion palette applications commonly set (the roles most of them
// set; the rest, PlaceholderText and Mid among them, stay the light
// defaults, as they do in those applications). Its tool tips are white on
// white and its Link is 3.6:1 on its Base: what a renderer must survive.
inline QPalette commonDarkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::AlternateBase, QColor(0x42, 0x42, 0x42));
    dark.setColor(QPalette::ToolTipBase, Qt::white);
    dark.setColor(QPalette::ToolTipText, Qt::white);
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::Dark, QColor(0x23, 0x23, 0x23));
    dark.setColor(QPalette::Shadow, QColor(0x14, 0x14, 0x14));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, Qt::white);
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Link, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::black);
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7f, 0x7f, 0x7f));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7f, 0x7f, 0x7f));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7f, 0x7f, 0x7f));
    return dark;
}

inline QString describe(const QList<ContrastProblem> &problems)
{
    QStringList lines;
    for (const ContrastProblem &problem : problems)
        lines << problem.describe();
    return lines.join(u'\n');
}

} // namespace codex::test
