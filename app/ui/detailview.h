#pragma once

#include <QTextBrowser>

namespace codex {

// The detail pane: selectable rich text whose related-code links navigate
// inside the app instead of opening a browser.
class DetailView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailView)

public:
    explicit DetailView(QWidget *parent = nullptr);

    // Replaces the content; keepScroll keeps the reader's place (a language
    // switch re-renders the same entry).
    void showHtml(const QString &html, bool keepScroll);

signals:
    void codeActivated(int code);
    void starToggled(int code);
    void noteEditRequested(int code);
    void compareRequested(const QList<int> &codes);
    // From the overview shown when no code is chosen.
    void searchRequested(const QString &query);
    void studyRequested();
    void guideRequested();
    // The pane's own palette changed (the system went dark): its HTML
    // carries palette colours and must be rendered again.
    void paletteChanged();

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace codex
