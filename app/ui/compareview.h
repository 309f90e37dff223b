#pragma once

#include "catalogue.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace codex {

// Two to six codes side by side: one column per code, one row per fact
// (rows that differ marked), then the summaries and each source's text.
// The codes are typed ("301 vs 308") or picked as one of the catalogue's
// groups of codes people confuse; the comparison copies as Markdown.
class CompareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    CompareView(const Catalogue *catalogue, Language language, QWidget *parent = nullptr);

    void setCatalogue(const Catalogue *catalogue);
    void setLanguage(Language language);
    void setCodes(const QList<int> &codes); // also shows the group they form, if any
    const QList<int> &codes() const { return m_codes; }
    QString html() const;

public slots:
    void copyAsMarkdown();

signals:
    void codeActivated(int code);
    // The reader typed or picked other codes (for the history).
    void codesChosen(const QList<int> &codes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillGroups();
    void render();

    const Catalogue *m_catalogue;
    Language m_language;
    QList<int> m_codes;
    QLabel *m_codesLabel = nullptr;
    QLineEdit *m_codesField = nullptr;
    QLabel *m_groupLabel = nullptr;
    QComboBox *m_groups = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_groupSummary = nullptr;
    QTextBrowser *m_table = nullptr;
};

// "Which code should I return?", one question at a time, with the path so
// far as a trail, Back and Restart; an answer that is a code opens it or
// compares it with its neighbours.
class GuideView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideView)

public:
    GuideView(const Catalogue *catalogue, Language language, QWidget *parent = nullptr);

    void setCatalogue(const Catalogue *catalogue);
    void setLanguage(Language language);
    const QStringList &trail() const { return m_trail; } // node ids from the root
    const GuideAnswer *leaf() const { return m_leaf; }   // the answer reached, if any
    void choose(int answer);                             // by index, as the buttons do

public slots:
    void goBack();
    void restart();

signals:
    void codeActivated(int code);
    void compareRequested(const QList<int> &codes);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslateUi();
    void render();

    const Catalogue *m_catalogue;
    Language m_language;
    QStringList m_trail;
    QList<int> m_chosen; // the answer taken at each step of the trail
    const GuideAnswer *m_leaf = nullptr;
    QLabel *m_trailLabel = nullptr;
    QLabel *m_question = nullptr;
    QWidget *m_answersBox = nullptr;
    QList<QPushButton *> m_answers;
    QLabel *m_result = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_restart = nullptr;
};

} // namespace codex
