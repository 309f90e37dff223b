#include "detailview.h"

#include "detailrenderer.h"
#include "overviewrenderer.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QScrollBar>

namespace codex {

DetailView::DetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString link = url.toString();
        int code = DetailRenderer::codeFromLink(link);
        if (code) {
            emit codeActivated(code);
            return;
        }
        if (const QString copied = DetailRenderer::textFromCopyLink(link); !copied.isEmpty()) {
            QApplication::clipboard()->setText(copied);
            return;
        }
        if (const QList<int> codes = DetailRenderer::codesFromComparisonLink(link); !codes.isEmpty()) {
            emit compareRequested(codes);
            return;
        }
        if (const QString query = OverviewRenderer::queryFromSearchLink(link); !query.isEmpty()) {
            emit searchRequested(query);
            return;
        }
        switch (OverviewRenderer::viewFromLink(link)) {
        case OverviewRenderer::View::Study: emit studyRequested(); return;
        case OverviewRenderer::View::Guide: emit guideRequested(); return;
        case OverviewRenderer::View::Compare:
        case OverviewRenderer::View::None: break;
        }
        switch (DetailRenderer::actionFromLink(link, &code)) {
        case DetailRenderer::Action::ToggleStar: emit starToggled(code); break;
        case DetailRenderer::Action::EditNote: emit noteEditRequested(code); break;
        case DetailRenderer::Action::None: break;
        }
    });
}

void DetailView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // Sent once this widget's palette is the new one; its parent hears of
    // the change before its children's palettes follow.
    if (event->type() == QEvent::PaletteChange)
        emit paletteChanged();
}

void DetailView::showHtml(const QString &html, bool keepScroll)
{
    QScrollBar *bar = verticalScrollBar();
    const double fraction = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
    setHtml(html);
    bar->setValue(keepScroll ? int(fraction * bar->maximum() + 0.5) : 0);
}

} // namespace codex
