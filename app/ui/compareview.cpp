#include "compareview.h"

#include "comparison.h"
#include "detailrenderer.h"
#include "readablecolours.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace codex {

CompareView::CompareView(const Catalogue *catalogue, Language language, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_language(language)
{
    setObjectName(QStringLiteral("compareView"));
    m_codesLabel = new QLabel(this);
    m_codesField = new QLineEdit(this);
    m_codesField->setObjectName(QStringLiteral("compareCodes"));
    m_codesLabel->setBuddy(m_codesField);
    connect(m_codesField, &QLineEdit::returnPressed, this, [this] {
        const QList<int> codes = Comparison::known(*m_catalogue, Comparison::codesToCompare(m_codesField->text()));
        if (codes.size() >= Comparison::MinCodes) {
            setCodes(codes);
            emit codesChosen(codes);
        }
    });
    m_groupLabel = new QLabel(this);
    m_groups = new QComboBox(this);
    m_groups->setObjectName(QStringLiteral("compareGroups"));
    m_groupLabel->setBuddy(m_groups);
    connect(m_groups, &QComboBox::activated, this, [this](int index) {
        if (const CodeGroup *group = m_catalogue->group(m_groups->itemData(index).toString())) {
            setCodes(group->codes);
            emit codesChosen(group->codes);
        }
    });
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyMarkdown"));
    connect(m_copy, &QPushButton::clicked, this, &CompareView::copyAsMarkdown);
    m_groupSummary = new QLabel(this);
    m_groupSummary->setObjectName(QStringLiteral("groupSummary"));
    m_groupSummary->setWordWrap(true);
    m_groupSummary->setTextFormat(Qt::PlainText);
    m_groupSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTextBrowser(this);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setOpenLinks(false);
    connect(m_table, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (const int code = DetailRenderer::codeFromLink(url.toString()))
            emit codeActivated(code);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_codesLabel);
    top->addWidget(m_codesField, 1);
    top->addSpacing(12);
    top->addWidget(m_groupLabel);
    top->addWidget(m_groups, 1);
    top->addSpacing(12);
    top->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_groupSummary);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

void CompareView::retranslateUi()
{
    m_codesLabel->setText(tr("C&odes:"));
    m_codesField->setPlaceholderText(tr("301 vs 308, 401 403 407, 502 or 504"));
    m_codesField->setAccessibleName(tr("Codes to compare"));
    m_groupLabel->setText(tr("&Group:"));
    m_groups->setAccessibleName(tr("Codes people confuse"));
    m_copy->setText(tr("Copy as &Markdown"));
    m_table->setAccessibleName(tr("Comparison of the codes"));
    fillGroups();
    render();
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        render(); // the table's HTML carries palette colours
    QWidget::changeEvent(event);
}

void CompareView::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
    m_codes = Comparison::known(*m_catalogue, m_codes);
    fillGroups();
    render();
}

void CompareView::setLanguage(Language language)
{
    m_language = language;
    fillGroups();
    render();
}

void CompareView::fillGroups()
{
    if (!m_catalogue)
        return;
    const QSignalBlocker blocker(m_groups);
    m_groups->clear();
    m_groups->addItem(tr("Choose a group…"), QString());
    for (const CodeGroup &group : m_catalogue->groups())
        m_groups->addItem(group.name.in(m_language), group.id);
}

void CompareView::setCodes(const QList<int> &codes)
{
    m_codes = Comparison::known(*m_catalogue, codes);
    QStringList numbers;
    for (const int code : std::as_const(m_codes))
        numbers << QString::number(code);
    m_codesField->setText(numbers.join(u' '));
    render();
}

void CompareView::render()
{
    if (!m_catalogue)
        return;
    // The group these codes are, if they are one: its summary says how to tell them apart.
    const CodeGroup *matching = nullptr;
    for (const CodeGroup &group : m_catalogue->groups()) {
        if (QSet<int>(group.codes.cbegin(), group.codes.cend()) == QSet<int>(m_codes.cbegin(), m_codes.cend()))
            matching = &group;
    }
    const QSignalBlocker blocker(m_groups);
    m_groups->setCurrentIndex(matching ? std::max(0, m_groups->findData(matching->id)) : 0);
    m_groupSummary->setText(matching ? matching->summary.in(m_language) : QString());
    m_groupSummary->setVisible(matching != nullptr);
    m_copy->setEnabled(m_codes.size() >= Comparison::MinCodes);
    if (m_codes.size() < Comparison::MinCodes) {
        m_table->setHtml(QStringLiteral("<p style=\"color:%1;\">%2</p>")
                             .arg(ReadableColours::mutedText(palette()).name(),
                                  tr("Type two to six codes, or choose a group of codes people confuse.").toHtmlEscaped()));
        return;
    }
    // The view's palette, not the table's: on a palette change the view
    // hears first, before its children's palettes are updated.
    m_table->setHtml(Comparison::renderHtml(*m_catalogue, m_codes, m_language, palette()));
}

QString CompareView::html() const
{
    return m_table->toHtml();
}

void CompareView::copyAsMarkdown()
{
    if (m_codes.size() >= Comparison::MinCodes)
        QApplication::clipboard()->setText(Comparison::markdown(*m_catalogue, m_codes, m_language));
}

GuideView::GuideView(const Catalogue *catalogue, Language language, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_language(language)
{
    setObjectName(QStringLiteral("guideView"));
    m_trailLabel = new QLabel(this);
    m_trailLabel->setObjectName(QStringLiteral("guideTrail"));
    m_trailLabel->setWordWrap(true);
    m_trailLabel->setTextFormat(Qt::PlainText);
    m_question = new QLabel(this);
    m_question->setObjectName(QStringLiteral("guideQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    QFont font = m_question->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_question->setFont(font);
    m_answersBox = new QWidget(this);
    auto *answers = new QVBoxLayout(m_answersBox);
    answers->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 9; ++i) {
        auto *button = new QPushButton(m_answersBox);
        button->setObjectName(QStringLiteral("guideAnswer%1").arg(i + 1));
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 6px;"));
        connect(button, &QPushButton::clicked, this, [this, i] { choose(i); });
        answers->addWidget(button);
        m_answers << button;
    }
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("guideResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont resultFont = m_result->font();
    resultFont.setPointSizeF(resultFont.pointSizeF() * 1.15);
    resultFont.setBold(true);
    m_result->setFont(resultFont);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("guideOpen"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_leaf)
            emit codeActivated(m_leaf->code);
    });
    m_compare = new QPushButton(this);
    m_compare->setObjectName(QStringLiteral("guideCompare"));
    connect(m_compare, &QPushButton::clicked, this, [this] {
        if (!m_leaf)
            return;
        QList<int> codes{m_leaf->code};
        if (const StatusEntry *entry = m_catalogue->entry(m_leaf->code)) {
            for (const int code : entry->related) {
                if (codes.size() < Comparison::MaxCodes)
                    codes << code;
            }
        }
        emit compareRequested(Comparison::known(*m_catalogue, codes));
    });
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("guideBack"));
    connect(m_back, &QPushButton::clicked, this, &GuideView::goBack);
    m_restart = new QPushButton(this);
    m_restart->setObjectName(QStringLiteral("guideRestart"));
    connect(m_restart, &QPushButton::clicked, this, &GuideView::restart);

    auto *content = new QWidget(this);
    content->setMaximumWidth(fontMetrics().averageCharWidth() * 100);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_trailLabel);
    layout->addWidget(m_question);
    layout->addWidget(m_answersBox);
    layout->addWidget(m_result);
    auto *leafButtons = new QHBoxLayout;
    leafButtons->addWidget(m_open);
    leafButtons->addWidget(m_compare);
    leafButtons->addStretch();
    layout->addLayout(leafButtons);
    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_back);
    navigation->addWidget(m_restart);
    navigation->addStretch();
    layout->addLayout(navigation);
    layout->addStretch();
    auto *centring = new QHBoxLayout(this);
    centring->addStretch();
    centring->addWidget(content, 100);
    centring->addStretch();
    restart();
    retranslateUi();
}

void GuideView::retranslateUi()
{
    m_back->setText(tr("&Back a question"));
    m_restart->setText(tr("&Restart"));
    m_compare->setText(tr("Compare with its neighbours"));
    render();
}

void GuideView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void GuideView::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
    restart();
}

void GuideView::setLanguage(Language language)
{
    m_language = language;
    render();
}

void GuideView::restart()
{
    m_trail.clear();
    m_chosen.clear();
    m_leaf = nullptr;
    if (m_catalogue && !m_catalogue->guide().isEmpty())
        m_trail << m_catalogue->guide().root;
    render();
}

void GuideView::goBack()
{
    if (m_leaf) {
        m_leaf = nullptr;
        m_chosen.removeLast();
    } else if (m_trail.size() > 1) {
        m_trail.removeLast();
        m_chosen.removeLast();
    }
    render();
}

void GuideView::choose(int answer)
{
    const GuideNode *node = m_trail.isEmpty() || m_leaf ? nullptr : m_catalogue->guide().node(m_trail.last());
    if (!node || answer < 0 || answer >= node->answers.size())
        return;
    const GuideAnswer &chosen = node->answers.at(answer);
    m_chosen << answer;
    if (chosen.isLeaf())
        m_leaf = &chosen;
    else
        m_trail << chosen.next;
    render();
}

void GuideView::render()
{
    const Guide *guide = m_catalogue ? &m_catalogue->guide() : nullptr;
    const GuideNode *node = guide && !m_trail.isEmpty() ? guide->node(m_trail.last()) : nullptr;
    // The trail: each question's answer so far, in words.
    QStringList steps;
    for (int i = 0; i < m_chosen.size() && i < m_trail.size(); ++i) {
        if (const GuideNode *step = guide->node(m_trail.at(i)); step && m_chosen.at(i) < step->answers.size())
            steps << step->answers.at(m_chosen.at(i)).label.in(m_language);
    }
    m_trailLabel->setText(steps.isEmpty() ? tr("Which code should your server return? Answer a few questions.")
                                          : steps.join(QStringLiteral("  \u203a  ")));
    m_question->setText(node ? node->question.in(m_language) : tr("This catalogue has no guide."));
    for (int i = 0; i < m_answers.size(); ++i) {
        QPushButton *button = m_answers.at(i);
        const bool shown = node && !m_leaf && i < node->answers.size();
        button->setVisible(shown);
        if (shown)
            button->setText(QStringLiteral("%1   %2").arg(i + 1).arg(node->answers.at(i).label.in(m_language)));
    }
    m_result->setVisible(m_leaf != nullptr);
    m_open->setVisible(m_leaf != nullptr);
    m_compare->setVisible(m_leaf != nullptr);
    if (m_leaf) {
        const StatusEntry *entry = m_catalogue->entry(m_leaf->code);
        //: The guide's answer: "Return 410 Gone: ... (RFC 9110, Section 15.5.11)".
        m_result->setText(tr("Return %1 %2: %3 (%4)")
                              .arg(m_leaf->code)
                              .arg(entry ? entry->phrase : QString(), m_leaf->reason.in(m_language), m_leaf->section));
        m_open->setText(tr("Open %1").arg(m_leaf->code));
        m_open->setFocus();
    }
    m_back->setEnabled(!m_chosen.isEmpty());
}

void GuideView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && !m_leaf) {
        choose(key - Qt::Key_1);
        return;
    }
    if (key == Qt::Key_Backspace) {
        goBack();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace codex
