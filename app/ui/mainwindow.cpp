#include "mainwindow.h"

#include "aboutdialog.h"
#include "catalogueloader.h"
#include "cataloguemodel.h"
#include "cheatsheet.h"
#include "cheatsheetdialog.h"
#include "comparison.h"
#include "compareview.h"
#include "detailrenderer.h"
#include "detailview.h"
#include "logview.h"
#include "overviewrenderer.h"
#include "practicerenderer.h"
#include "entrydocument.h"
#include "markdownexport.h"
#include "progressstore.h"
#include "readablecolours.h"
#include "searchfilterproxy.h"
#include "settings.h"
#include "studyview.h"
#include "translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QShowEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace codex {

MainWindow::MainWindow(Translations *translations, QWidget *parent)
    : QMainWindow(parent)
    , m_translations(translations)
    , m_model(new CatalogueModel(this))
    , m_proxy(new SearchFilterProxy(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_model->setLanguage(translations->language());
    m_proxy->setCatalogueModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    // The clear button appears only with text, and loading its icon costs a
    // tenth of start-up: it is enabled on the first keystroke instead.
    m_search->installEventFilter(this);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("codeTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    // Extended: Ctrl or Shift picks several codes to compare.
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(true);
    // Sized once for three digits: ResizeToContents would measure every row's
    // text again on each keystroke (a third of a keystroke's time, issue 4).
    m_tree->header()->setSectionResizeMode(CatalogueModel::CodeColumn, QHeaderView::Interactive);
    // Code rows sit one level deep: two indentations (root decoration and level).
    m_tree->header()->resizeSection(CatalogueModel::CodeColumn,
                                    2 * m_tree->indentation() + m_tree->fontMetrics().horizontalAdvance(QStringLiteral("0000"))
                                        + 2 * m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8);
    m_tree->header()->setSectionResizeMode(CatalogueModel::PhraseColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(CatalogueModel::PhraseColumn, 230);
    m_tree->installEventFilter(this);

    m_detail = new DetailView(this);
    m_detail->setObjectName(QStringLiteral("detailView"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    // Offered when the search names codes ("301 vs 308") or a group ("redirect").
    m_compareOffer = new QToolButton(left);
    m_compareOffer->setObjectName(QStringLiteral("compareOffer"));
    m_compareOffer->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_compareOffer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_compareOffer->hide();
    connect(m_compareOffer, &QToolButton::clicked, this, [this] { showComparison(m_offeredCodes); });
    leftLayout->addWidget(m_compareOffer);
    leftLayout->addWidget(m_tree);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_views = new QStackedWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->addWidget(m_splitter);
    setCentralWidget(m_views);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);

    m_matchLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_matchLabel);

    createActions();
    createMenusAndToolBar();
    // Created after the tree, the offer would come after the pane.
    setTabOrder(m_search, m_compareOffer);
    setTabOrder(m_compareOffer, m_tree);
    setTabOrder(m_tree, m_detail);
    setTabOrder(m_detail, m_languageButton);

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::onSearchChanged);
    // The filter, not the user, moves the current row off rows it hides.
    connect(m_proxy, &SearchFilterProxy::resultsAboutToChange, this, [this] { m_selectingProgrammatically = true; });
    connect(m_proxy, &SearchFilterProxy::resultsChanged, this, &MainWindow::onResultsChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current); });
    connect(m_detail, &DetailView::codeActivated, this, &MainWindow::showCode);
    connect(m_detail, &DetailView::starToggled, this, &MainWindow::toggleStar);
    connect(m_detail, &DetailView::noteEditRequested, this, &MainWindow::editNote);
    connect(m_detail, &DetailView::compareRequested, this, &MainWindow::showComparison);
    connect(m_detail, &DetailView::searchRequested, this, [this](const QString &query) {
        m_search->setText(query);
        m_search->setFocus(Qt::OtherFocusReason);
    });
    connect(m_detail, &DetailView::studyRequested, this, &MainWindow::showStudy);
    connect(m_detail, &DetailView::guideRequested, this, &MainWindow::showGuide);
    // The system going dark re-renders what is on show (nothing before it is).
    connect(m_detail, &DetailView::paletteChanged, this, [this] {
        if (!m_detail->document()->isEmpty())
            renderDetail(true);
    });
    // Enter on a code takes the reader into its details (links follow with Tab).
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(CatalogueModel::CodeRole).toInt())
            m_detail->setFocus(Qt::TabFocusReason);
    });
    // A class the search brings back (Esc, a wider query) opens as it was at
    // start; classes that stayed visible keep the user's choice.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (parent.isValid())
            return;
        for (int row = first; row <= last; ++row)
            m_tree->expand(m_proxy->index(row, 0));
    });

    retranslateUi();
    updateNamesColumn();
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::setCatalogue(const Catalogue &catalogue, const QString &catalogueFile)
{
    const int code = m_currentCode;
    m_model->setCatalogue(catalogue);
    m_catalogueFile = catalogueFile;
    m_history.clear();
    m_currentCode = 0;
    spanClassRows();
    m_tree->expandAll();
    if (m_study)
        m_study->setCatalogue(&m_model->catalogue());
    if (m_compare)
        m_compare->setCatalogue(&m_model->catalogue());
    if (m_logView)
        m_logView->setCatalogue(&m_model->catalogue());
    if (m_guide)
        m_guide->setCatalogue(&m_model->catalogue());
    if (m_groupsMenu)
        m_groupsMenu->clear(); // filled again when next opened
    // The code on show stays if the new catalogue has it.
    if (m_model->catalogue().entry(code))
        navigate(code, false);
    else if (code)
        renderDetail(false);
    updateNavigationActions();
    updateStatus();
}

Language MainWindow::language() const
{
    return m_model->language();
}

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openCatalogue);

    m_reloadAction = new QAction(this);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reloadCatalogue);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copy);

    m_findAction = new QAction(this);
    m_findAction->setShortcuts({QKeySequence(QKeySequence::Find), QKeySequence(Qt::CTRL | Qt::Key_L)});
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    // Text-only actions: looking up an icon theme costs more at start-up
    // than everything else the window does before its first frame.
    m_backAction = new QAction(this);
    m_backAction->setShortcut(QKeySequence::Back);
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);

    m_forwardAction = new QAction(this);
    m_forwardAction->setShortcut(QKeySequence::Forward);
    connect(m_forwardAction, &QAction::triggered, this, &MainWindow::goForward);

    m_overviewAction = new QAction(this);
    m_overviewAction->setObjectName(QStringLiteral("overviewAction"));
    m_overviewAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_overviewAction, &QAction::triggered, this, &MainWindow::showOverview);

    // Each language is named in itself, so it can be found whatever the
    // current one is; these two strings are deliberately not translated.
    m_languageGroup = new QActionGroup(this);
    m_chineseAction = new QAction(QStringLiteral("中文"), m_languageGroup);
    m_chineseAction->setCheckable(true);
    m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
    m_englishAction->setCheckable(true);
    (language() == Language::Chinese ? m_chineseAction : m_englishAction)->setChecked(true);
    connect(m_chineseAction, &QAction::triggered, this, [this] { setLanguage(Language::Chinese); });
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(Language::English); });

    m_toggleLanguageAction = new QAction(this);
    m_toggleLanguageAction->setObjectName(QStringLiteral("toggleLanguage"));
    m_toggleLanguageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_toggleLanguageAction, &QAction::triggered, this, [this] {
        setLanguage(language() == Language::Chinese ? Language::English : Language::Chinese);
    });

    // The views: the browser, and Study, built when first opened.
    m_viewGroup = new QActionGroup(this);
    m_browseAction = new QAction(m_viewGroup);
    m_browseAction->setObjectName(QStringLiteral("browseAction"));
    m_browseAction->setCheckable(true);
    m_browseAction->setChecked(true);
    m_browseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_browseAction, &QAction::triggered, this, &MainWindow::showBrowser);
    m_studyAction = new QAction(m_viewGroup);
    m_studyAction->setObjectName(QStringLiteral("studyAction"));
    m_studyAction->setCheckable(true);
    m_studyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_studyAction, &QAction::triggered, this, &MainWindow::showStudy);

    m_compareAction = new QAction(m_viewGroup);
    m_compareAction->setObjectName(QStringLiteral("compareAction"));
    m_compareAction->setCheckable(true);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_compareAction, &QAction::triggered, this, [this] {
        ensureCompareView();
        if (m_compare->codes().isEmpty()) {
            // The code shown and its related codes, as a start.
            QList<int> codes{m_currentCode};
            if (const StatusEntry *entry = m_model->catalogue().entry(m_currentCode))
                codes += entry->related;
            showComparison(Comparison::known(m_model->catalogue(), codes).mid(0, Comparison::MaxCodes));
        } else {
            showComparison(m_compare->codes());
        }
    });
    m_guideAction = new QAction(m_viewGroup);
    m_guideAction->setObjectName(QStringLiteral("guideAction"));
    m_guideAction->setCheckable(true);
    m_guideAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::showGuide);
    m_compareSelectedAction = new QAction(this);
    m_compareSelectedAction->setObjectName(QStringLiteral("compareSelectedAction"));
    connect(m_compareSelectedAction, &QAction::triggered, this, &MainWindow::compareSelected);

    // Ctrl+D stars, as it bookmarks in web browsers.
    m_starAction = new QAction(this);
    m_starAction->setObjectName(QStringLiteral("starAction"));
    m_starAction->setCheckable(true);
    m_starAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_starAction, &QAction::triggered, this, [this] { toggleStar(m_currentCode); });
    m_noteAction = new QAction(this);
    m_noteAction->setObjectName(QStringLiteral("noteAction"));
    m_noteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_noteAction, &QAction::triggered, this, [this] { editNote(m_currentCode); });
    m_showUnofficialAction = new QAction(this);
    m_showUnofficialAction->setObjectName(QStringLiteral("showUnofficialAction"));
    m_showUnofficialAction->setCheckable(true);
    m_showUnofficialAction->setChecked(true);
    connect(m_showUnofficialAction, &QAction::toggled, m_proxy, &SearchFilterProxy::setShowUnofficial);
    // In English the names column would mostly repeat the reason phrase, and
    // drawing Chinese loads a CJK font before the first frame (a tenth of
    // start-up): it is the learner's choice there, shown by default in Chinese.
    m_chineseNamesAction = new QAction(this);
    m_chineseNamesAction->setObjectName(QStringLiteral("chineseNamesAction"));
    m_chineseNamesAction->setCheckable(true);
    connect(m_chineseNamesAction, &QAction::toggled, this, &MainWindow::updateNamesColumn);
    m_starredOnlyAction = new QAction(this);
    m_starredOnlyAction->setObjectName(QStringLiteral("starredOnlyAction"));
    m_starredOnlyAction->setCheckable(true);
    connect(m_starredOnlyAction, &QAction::toggled, this, &MainWindow::applyStarredFilter);

    // Printing and exporting: the printer and its dialog are made only when
    // asked for, so that start-up pays nothing for them.
    m_printAction = new QAction(this);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printCode);
    m_exportPdfAction = new QAction(this);
    m_exportPdfAction->setObjectName(QStringLiteral("exportPdfAction"));
    connect(m_exportPdfAction, &QAction::triggered, this, &MainWindow::exportPdf);
    m_cheatSheetAction = new QAction(this);
    m_cheatSheetAction->setObjectName(QStringLiteral("cheatSheetAction"));
    connect(m_cheatSheetAction, &QAction::triggered, this, &MainWindow::exportCheatSheet);
    m_copyMarkdownAction = new QAction(this);
    m_copyMarkdownAction->setObjectName(QStringLiteral("copyMarkdownAction"));
    m_copyMarkdownAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyMarkdownAction, &QAction::triggered, this, &MainWindow::copyAsMarkdown);
    updateExportActions();

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        AboutDialog dialog(m_model->catalogue(), language(), this);
        dialog.exec();
    });
    updateNavigationActions();
}

void MainWindow::createMenusAndToolBar()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_reloadAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addAction(m_exportPdfAction);
    m_fileMenu->addAction(m_cheatSheetAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_copyAction);
    m_editMenu->addAction(m_copyMarkdownAction);
    m_editMenu->addAction(m_findAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_starAction);
    m_editMenu->addAction(m_noteAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_browseAction);
    m_viewMenu->addAction(m_studyAction);
    m_viewMenu->addAction(m_compareAction);
    m_viewMenu->addAction(m_guideAction);
    m_groupsMenu = m_viewMenu->addMenu(QString());
    m_groupsMenu->setObjectName(QStringLiteral("groupsMenu"));
    // Filled when opened: the catalogue may change, and start-up need not pay.
    connect(m_groupsMenu, &QMenu::aboutToShow, this, [this] {
        m_groupsMenu->clear();
        for (const CodeGroup &group : m_model->catalogue().groups()) {
            const QList<int> codes = group.codes;
            m_groupsMenu->addAction(group.name.in(language()), this, [this, codes] { showComparison(codes); });
        }
    });
    m_viewMenu->addAction(m_compareSelectedAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_starredOnlyAction);
    m_viewMenu->addAction(m_showUnofficialAction);
    m_viewMenu->addAction(m_chineseNamesAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_chineseAction);
    m_languageMenu->addAction(m_englishAction);
    m_viewMenu->addAction(m_toggleLanguageAction);

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addAction(m_backAction);
    m_goMenu->addAction(m_forwardAction);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_overviewAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_browseAction);
    m_toolBar->addAction(m_studyAction);
    m_toolBar->addAction(m_compareAction);
    m_toolBar->addAction(m_guideAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_backAction);
    m_toolBar->addAction(m_forwardAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_copyAction);
    m_toolBar->addAction(m_starAction);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    // The button names the language in use and opens the language menu.
    // Naming the other language instead would draw Chinese in an English
    // window, and loading a CJK font is 7% of start-up (issue 4).
    m_languageButton = new QToolButton(m_toolBar);
    m_languageButton->setObjectName(QStringLiteral("languageButton"));
    m_languageButton->setMenu(m_languageMenu);
    m_languageButton->setPopupMode(QToolButton::InstantPopup);
    m_languageButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_languageButton->setAutoRaise(true);
    m_toolBar->addWidget(m_languageButton);
}

void MainWindow::updateNamesColumn()
{
    const bool chinese = language() == Language::Chinese;
    m_chineseNamesAction->setEnabled(!chinese);
    const bool shown = chinese || m_chineseNamesAction->isChecked();
    m_tree->setColumnHidden(CatalogueModel::TitleColumn, !shown);
    m_model->setStatusTagColumn(shown ? CatalogueModel::TitleColumn : CatalogueModel::PhraseColumn);
}

void MainWindow::updateLanguageButton()
{
    m_languageButton->setText(m_languageGroup->checkedAction()->text());
    // The style draws the menu arrow in the button's corner without making
    // room for it; room on both sides keeps the text centred and clear of it.
    m_languageButton->setMinimumWidth(m_languageButton->sizeHint().width()
                                      + 2 * style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, m_languageButton));
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Status Codex"));
    m_search->setPlaceholderText(tr("Search: 404, 4xx, not found, cache…"));
    m_search->setAccessibleName(tr("Search codes"));
    m_tree->setAccessibleName(tr("Status codes by class"));
    m_detail->setAccessibleName(tr("Details of the code"));
    m_search->setToolTip(tr("Search by code, class (4xx), reason phrase, name in English or Chinese, or any text (%1)")
                             .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_languageMenu->setTitle(tr("&Language"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_openAction->setText(tr("&Open Catalogue…"));
    m_openAction->setToolTip(tr("Open a catalogue file instead of the built-in one"));
    m_reloadAction->setText(tr("&Reload Catalogue"));
    m_quitAction->setText(tr("&Quit"));
    m_copyAction->setText(tr("&Copy"));
    m_copyAction->setToolTip(tr("Copy the selected text, or the code and its reason phrase"));
    m_findAction->setText(tr("&Find"));
    m_backAction->setText(tr("&Back"));
    m_backAction->setToolTip(tr("Back to the previous code (%1)")
                                 .arg(m_backAction->shortcut().toString(QKeySequence::NativeText)));
    m_forwardAction->setText(tr("&Forward"));
    m_forwardAction->setToolTip(tr("Forward to the next code (%1)")
                                    .arg(m_forwardAction->shortcut().toString(QKeySequence::NativeText)));
    m_overviewAction->setText(tr("&Overview"));
    m_overviewAction->setToolTip(tr("The classes, the common codes and where to begin (%1)")
                                     .arg(m_overviewAction->shortcut().toString(QKeySequence::NativeText)));
    m_toggleLanguageAction->setText(tr("Switch &Language"));
    m_chineseAction->setToolTip(tr("Show the interface and content in Chinese"));
    m_englishAction->setToolTip(tr("Show the interface and content in English"));
    m_languageButton->setToolTip(tr("Language of the interface and content (%1 switches)")
                                     .arg(m_toggleLanguageAction->shortcut().toString(QKeySequence::NativeText)));
    m_languageButton->setAccessibleName(tr("Language"));
    updateLanguageButton();
    m_aboutAction->setText(tr("&About Status Codex"));
    m_browseAction->setText(tr("&Browse"));
    m_browseAction->setToolTip(tr("Look codes up (%1)").arg(m_browseAction->shortcut().toString(QKeySequence::NativeText)));
    m_studyAction->setText(tr("&Study"));
    m_studyAction->setToolTip(tr("Learn the codes: quizzes, flashcards and your progress (%1)")
                                  .arg(m_studyAction->shortcut().toString(QKeySequence::NativeText)));
    m_compareAction->setText(tr("&Compare"));
    m_compareAction->setToolTip(tr("Codes side by side: their facts, summaries and sources (%1)")
                                    .arg(m_compareAction->shortcut().toString(QKeySequence::NativeText)));
    m_guideAction->setText(tr("&Which Code?"));
    m_guideAction->setToolTip(tr("Which code should my server return? A guide, one question at a time (%1)")
                                  .arg(m_guideAction->shortcut().toString(QKeySequence::NativeText)));
    m_groupsMenu->setTitle(tr("Codes People &Confuse"));
    m_compareSelectedAction->setText(tr("Compare &Selected Codes"));
    m_compareOffer->setToolTip(tr("Show these codes side by side"));
    updateCompareOffer();
    m_starAction->setText(tr("S&tar"));
    m_starAction->setToolTip(tr("Star the code shown, for the Starred filter and deck (%1)")
                                 .arg(m_starAction->shortcut().toString(QKeySequence::NativeText)));
    m_noteAction->setText(tr("Personal &Note…"));
    m_starredOnlyAction->setText(tr("Starred Codes &Only"));
    m_showUnofficialAction->setText(tr("Show &Unofficial Codes"));
    m_showUnofficialAction->setToolTip(tr("Vendors' codes that are not in the registry (nginx, Cloudflare, IIS…)"));
    m_chineseNamesAction->setText(tr("Chinese &Names Column"));
    m_chineseNamesAction->setToolTip(tr("Show each code's Chinese name beside its reason phrase (always shown in Chinese)"));
    m_printAction->setText(tr("&Print…"));
    m_printAction->setToolTip(tr("Print the code shown, in black on white (%1)")
                                  .arg(m_printAction->shortcut().toString(QKeySequence::NativeText)));
    m_exportPdfAction->setText(tr("&Export PDF…"));
    m_exportPdfAction->setToolTip(tr("Save the code shown as a PDF, on A4 or US Letter paper"));
    m_cheatSheetAction->setText(tr("C&heat Sheet…"));
    m_cheatSheetAction->setToolTip(tr("Save every registered code on at most two pages as a PDF"));
    m_copyMarkdownAction->setText(tr("Copy as &Markdown"));
    m_copyMarkdownAction->setToolTip(tr("Copy the code shown, its sources and corrections as Markdown (%1)")
                                         .arg(m_copyMarkdownAction->shortcut().toString(QKeySequence::NativeText)));
    m_model->retranslate();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(Language language)
{
    (language == Language::Chinese ? m_chineseAction : m_englishAction)->setChecked(true);
    updateLanguageButton();
    if (language == this->language() && m_translations->language() == language)
        return;
    m_translations->apply(language); // sends LanguageChange -> retranslateUi()
    m_model->setLanguage(language);
    updateNamesColumn();
    if (m_study)
        m_study->setLanguage(language);
    if (m_compare)
        m_compare->setLanguage(language);
    if (m_guide)
        m_guide->setLanguage(language);
    if (m_logView)
        m_logView->setLanguage(language);
    renderDetail(true);
    updateStatus();
}

void MainWindow::onSearchChanged(const QString &text)
{
    if (!text.isEmpty() && !m_search->isClearButtonEnabled())
        m_search->setClearButtonEnabled(true);
    m_proxy->setQuery(text);
    updateCompareOffer();
    if (m_proxy->isWaitingForIndex())
        updateStatus(); // says why the rows have not changed yet
}

void MainWindow::onResultsChanged()
{
    m_selectingProgrammatically = false;
    spanClassRows();
    if (m_proxy->isFiltering()) {
        // Only rows the filter brought back are collapsed; expandAll() would
        // lay the whole tree out again on every keystroke.
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex classIndex = m_proxy->index(row, 0);
            if (!m_tree->isExpanded(classIndex))
                m_tree->expand(classIndex);
        }
    }
    const int preferred = m_proxy->preferredCode();
    if (preferred && preferred != m_currentCode) {
        navigate(preferred, true); // renders the new code, with the query highlighted
    } else {
        if (m_currentCode)
            selectInTree(m_currentCode); // keep the selection visible if it still matches
        renderDetail(true);              // highlighting follows the query
    }
    // A pasted log line opens its code where the servers' behaviour is told.
    if (m_proxy->logMatch().recognised() && m_currentCode == m_proxy->logMatch().code)
        m_detail->scrollToAnchor(PracticeRenderer::anchor());
    updateStatus();
}

void MainWindow::spanClassRows()
{
    // setFirstColumnSpanned() lays the tree out each time: only where needed.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (!m_tree->isFirstColumnSpanned(row, QModelIndex()))
            m_tree->setFirstColumnSpanned(row, QModelIndex(), true);
    }
}

void MainWindow::onCurrentRowChanged(const QModelIndex &current)
{
    if (m_selectingProgrammatically)
        return;
    const int code = current.data(CatalogueModel::CodeRole).toInt();
    if (code)
        navigate(code, true);
}

void MainWindow::showCode(int code)
{
    navigate(code, true);
}

void MainWindow::showOverview()
{
    showBrowser();
    if (m_currentCode)
        m_history.leave(currentPlace());
    m_currentCode = 0;
    selectInTree(0);
    renderDetail(false);
    updateNavigationActions();
}

void MainWindow::navigate(int code, bool recordHistory)
{
    if (!m_model->catalogue().entry(code)) {
        statusBar()->showMessage(tr("%1 is not in the catalogue").arg(code), 4000);
        return;
    }
    if (code == m_currentCode && !isCompareShown()) {
        selectInTree(code);
        return;
    }
    if (recordHistory)
        m_history.leave(currentPlace());
    m_currentCode = code;
    selectInTree(code);
    renderDetail(false);
    updateNavigationActions();
}

void MainWindow::goBack()
{
    if (const std::optional<Place> place = m_history.back(currentPlace()))
        goTo(*place);
}

void MainWindow::goForward()
{
    if (const std::optional<Place> place = m_history.forward(currentPlace()))
        goTo(*place);
}

Place MainWindow::currentPlace() const
{
    if (isCompareShown())
        return Place::comparison(m_compare->codes());
    return Place::code(m_currentCode);
}

void MainWindow::goTo(const Place &place)
{
    if (place.isComparison()) {
        ensureCompareView();
        m_compare->setCodes(place.codes);
        m_compareAction->setChecked(true);
        m_views->setCurrentWidget(m_compare);
    } else {
        showBrowser();
        m_currentCode = 0; // so navigate() does not record this step
        navigate(place.codes.first(), false);
    }
    updateNavigationActions();
}

void MainWindow::selectInTree(int code)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForCode(code));
    m_selectingProgrammatically = true;
    if (index.isValid()) {
        m_tree->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_tree->scrollTo(index);
    } else {
        // The current index goes too: left behind, a click on that row
        // would select it without changing the current row, and so without
        // showing its code.
        m_tree->selectionModel()->clearCurrentIndex();
        m_tree->selectionModel()->clearSelection();
    }
    m_selectingProgrammatically = false;
}

void MainWindow::renderDetail(bool keepScroll)
{
    const StatusEntry *entry = m_model->catalogue().entry(m_currentCode);
    updateExportActions();
    if (!entry) {
        m_detail->showHtml(OverviewRenderer::render(m_model->catalogue(), language(), m_detail->palette()), keepScroll);
        updateStarActions();
        return;
    }
    PersonalMarks marks;
    if (m_store) {
        marks.available = true;
        marks.starred = m_store->isStarred(entry->code);
        marks.note = m_store->note(entry->code);
    }
    // A pasted log line is no set of words to mark all over the pane.
    const QString highlighted = m_proxy->logMatch().recognised() ? QString() : m_proxy->query();
    m_detail->showHtml(DetailRenderer::render(m_model->catalogue(), *entry, language(), highlighted,
                                              m_detail->palette(), marks),
                       keepScroll);
    updateStarActions();
}

ProgressStore *MainWindow::progressStore()
{
    if (!m_store) {
        m_store = std::make_unique<ProgressStore>(m_dataDirectory.isEmpty() ? ProgressStore::defaultDirectory()
                                                                             : m_dataDirectory);
        if (!m_store->problem().isEmpty())
            statusBar()->showMessage(m_store->problem(), 15000);
        refreshPersonal();
        renderDetail(true);
    }
    return m_store.get();
}

bool MainWindow::event(QEvent *event)
{
    // The database opens a moment after the first frame: the frame does not
    // need it, and opening it and painting the pane again with the star and
    // note cost a fifth as much as everything before the first frame did.
    if (event->type() == QEvent::Paint && !m_storeScheduled) {
        m_storeScheduled = true;
        QTimer::singleShot(StoreDelayMs, this, [this] { progressStore(); });
    }
    return QMainWindow::event(event);
}

void MainWindow::refreshPersonal()
{
    if (!m_store)
        return;
    m_proxy->setPersonalNotes(m_store->notes());
    applyStarredFilter();
}

void MainWindow::applyStarredFilter()
{
    if (!m_starredOnlyAction->isChecked()) {
        if (m_proxy->isRestricted())
            m_proxy->setOnlyCodes(std::nullopt);
        return;
    }
    const QList<int> starred = progressStore()->starred();
    m_proxy->setOnlyCodes(QSet<int>(starred.cbegin(), starred.cend()));
}

void MainWindow::updateStarActions()
{
    const bool hasCode = m_model->catalogue().entry(m_currentCode) != nullptr;
    m_starAction->setEnabled(hasCode);
    m_noteAction->setEnabled(hasCode);
    m_starAction->setChecked(hasCode && m_store && m_store->isStarred(m_currentCode));
}

void MainWindow::toggleStar(int code)
{
    if (!m_model->catalogue().entry(code))
        return;
    ProgressStore *store = progressStore();
    const bool starred = !store->isStarred(code);
    if (!store->setStarred(code, starred))
        statusBar()->showMessage(tr("The star could not be saved: %1").arg(store->problem()), 8000);
    else
        statusBar()->showMessage(starred ? tr("Starred %1").arg(code) : tr("Removed the star from %1").arg(code), 3000);
    if (m_starredOnlyAction->isChecked())
        applyStarredFilter();
    if (m_study)
        m_study->refresh();
    renderDetail(true);
}

void MainWindow::editNote(int code)
{
    const StatusEntry *entry = m_model->catalogue().entry(code);
    if (!entry)
        return;
    ProgressStore *store = progressStore();
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Personal Note"),
                                                        tr("Your note on %1 %2 (plain text, found by search):")
                                                            .arg(entry->code)
                                                            .arg(entry->phrase),
                                                        store->note(code), &ok);
    if (!ok)
        return;
    if (!store->setNote(code, text))
        statusBar()->showMessage(tr("The note could not be saved: %1").arg(store->problem()), 8000);
    refreshPersonal();
    renderDetail(true);
}

void MainWindow::showTreeMenu(const QPoint &position)
{
    const int code = m_tree->indexAt(position).data(CatalogueModel::CodeRole).toInt();
    if (!code)
        return;
    QMenu menu(this);
    const bool starred = progressStore()->isStarred(code);
    menu.addAction(starred ? tr("Remove the Star") : tr("Star"), this, [this, code] { toggleStar(code); });
    menu.addAction(tr("Personal Note…"), this, [this, code] { editNote(code); });
    if (m_tree->selectionModel()->selectedRows().size() >= Comparison::MinCodes)
        menu.addAction(m_compareSelectedAction);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

bool MainWindow::isStudyShown() const
{
    return m_study && m_views->currentWidget() == m_study;
}

void MainWindow::showBrowser()
{
    m_browseAction->setChecked(true);
    m_views->setCurrentWidget(m_splitter);
}

void MainWindow::showStudy()
{
    m_studyAction->setChecked(true);
    if (!m_study) {
        m_study = new StudyView(&m_model->catalogue(), progressStore(), language(), m_views);
        connect(m_study, &StudyView::openCodeRequested, this, [this](int code) {
            showBrowser();
            showCode(code);
        });
        m_views->addWidget(m_study);
    } else {
        m_study->refresh();
    }
    m_views->setCurrentWidget(m_study);
}

void MainWindow::updateStatus()
{
    const int total = int(m_model->catalogue().entries().size());
    if (m_proxy->isWaitingForIndex())
        m_matchLabel->setText(tr("Building the search index (%n descriptions)…", nullptr,
                                 int(m_model->catalogue().descriptionCount())));
    else if (m_proxy->isNearMatch())
        m_matchLabel->setText(tr("No exact match; showing near matches for \u201c%1\u201d").arg(m_proxy->query().trimmed()));
    else if (m_proxy->isFiltering())
        m_matchLabel->setText(tr("%n of %1 codes match", nullptr, m_proxy->matchCount()).arg(total));
    else
        m_matchLabel->setText(tr("%n codes", nullptr, total));
}

void MainWindow::updateNavigationActions()
{
    m_backAction->setEnabled(canGoBack());
    m_forwardAction->setEnabled(canGoForward());
}

void MainWindow::copy()
{
    const QString selected = m_detail->textCursor().selectedText();
    if (!selected.isEmpty()) {
        // QTextCursor marks paragraph ends with U+2029.
        QString text = selected;
        text.replace(QChar::ParagraphSeparator, u'\n');
        QApplication::clipboard()->setText(text);
        return;
    }
    if (m_search->hasFocus() && m_search->hasSelectedText()) {
        QApplication::clipboard()->setText(m_search->selectedText());
        return;
    }
    if (const StatusEntry *entry = m_model->catalogue().entry(m_currentCode))
        QApplication::clipboard()->setText(QStringLiteral("%1 %2").arg(entry->code).arg(entry->phrase));
}

void MainWindow::focusSearch()
{
    if (m_views->currentWidget() != m_splitter)
        showBrowser();
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (key->matches(QKeySequence::Paste)) {
            // A log of several lines is listed line by line; one line is a query.
            const QString pasted = QApplication::clipboard()->text();
            if (PracticeRenderer::isLog(m_model->catalogue(), pasted)) {
                showLog(pasted);
                return true;
            }
        }
        if (key->key() == Qt::Key_Down) {
            // Decided before focusing: focus alone makes the first row (a
            // class) current, and the pane would show nothing.
            if (!m_tree->currentIndex().data(CatalogueModel::CodeRole).toInt()) {
                const QModelIndex first = m_proxy->index(0, 0, m_proxy->index(0, 0));
                if (first.isValid())
                    navigate(first.data(CatalogueModel::CodeRole).toInt(), true);
            }
            m_tree->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::loadCatalogueFile(const QString &path)
{
    const LoadResult result = path.isEmpty() ? CatalogueLoader::loadEmbedded() : CatalogueLoader::loadFromFile(path);
    if (!result.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Catalogue not loaded"),
                        tr("The catalogue could not be loaded; the one in use stays."), QMessageBox::Ok, this);
        box.setDetailedText(result.errors.join(u'\n'));
        box.setInformativeText(result.errors.mid(0, 5).join(u'\n'));
        box.exec();
        return false;
    }
    setCatalogue(*result.catalogue, path);
    statusBar()->showMessage(tr("Loaded %n codes", nullptr, int(m_model->catalogue().entries().size())), 4000);
    return true;
}

void MainWindow::reloadCatalogue()
{
    loadCatalogueFile(m_catalogueFile);
}

void MainWindow::openCatalogue()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Catalogue"), QString(),
                                                      tr("Catalogue files (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadCatalogueFile(path);
}

void MainWindow::restoreSettings(const WindowSettings &saved)
{
    if (!saved.geometry.isEmpty())
        restoreGeometry(saved.geometry);
    if (!saved.state.isEmpty())
        restoreState(saved.state);
    if (!saved.splitterSizes.isEmpty())
        m_splitter->setSizes(saved.splitterSizes);
    if (saved.showUnofficial)
        m_showUnofficialAction->setChecked(*saved.showUnofficial);
    if (saved.chineseNames)
        m_chineseNamesAction->setChecked(*saved.chineseNames);
    if (saved.lastCode && !m_currentCode)
        navigate(saved.lastCode, false);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    WindowSettings current;
    current.language = language();
    current.geometry = saveGeometry();
    current.state = saveState();
    current.splitterSizes = m_splitter->sizes();
    current.lastCode = m_currentCode;
    current.showUnofficial = m_showUnofficialAction->isChecked();
    current.chineseNames = m_chineseNamesAction->isChecked();
    current.save(settings);
}

void MainWindow::showEvent(QShowEvent *event)
{
    // The hint, unless a code was chosen before the window appeared (the
    // last one, or one from the command line): rendered once, not twice.
    if (!m_currentCode && m_detail->document()->isEmpty())
        renderDetail(false);
    QMainWindow::showEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::isCompareShown() const
{
    return m_compare && m_views->currentWidget() == m_compare;
}

void MainWindow::ensureCompareView()
{
    if (m_compare)
        return;
    m_compare = new CompareView(&m_model->catalogue(), language(), m_views);
    connect(m_compare, &CompareView::codeActivated, this, [this](int code) {
        m_history.leave(currentPlace()); // the comparison, before the view changes
        showBrowser();
        m_currentCode = 0;
        navigate(code, false);
        updateNavigationActions();
    });
    connect(m_compare, &CompareView::codesChosen, this, [this](const QList<int> &) { updateNavigationActions(); });
    m_views->addWidget(m_compare);
}

void MainWindow::ensureLogView()
{
    if (m_logView)
        return;
    m_logView = new LogView(&m_model->catalogue(), m_views);
    connect(m_logView, &LogView::codeActivated, this, [this](int code) {
        showBrowser();
        m_currentCode = 0;
        navigate(code, true);
        m_detail->scrollToAnchor(PracticeRenderer::anchor());
    });
    m_views->addWidget(m_logView);
}

void MainWindow::showLog(const QString &log)
{
    ensureLogView();
    m_logView->showLog(log, language());
    m_views->setCurrentWidget(m_logView);
    m_logView->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showComparison(const QList<int> &codes)
{
    const QList<int> known = Comparison::known(m_model->catalogue(), codes);
    if (known.size() < Comparison::MinCodes)
        return;
    ensureCompareView();
    if (!(currentPlace() == Place::comparison(known)))
        m_history.leave(currentPlace());
    m_compare->setCodes(known);
    m_compareAction->setChecked(true);
    m_views->setCurrentWidget(m_compare);
    updateNavigationActions();
}

void MainWindow::showGuide()
{
    if (!m_guide) {
        m_guide = new GuideView(&m_model->catalogue(), language(), m_views);
        connect(m_guide, &GuideView::codeActivated, this, [this](int code) {
            showBrowser();
            showCode(code);
        });
        connect(m_guide, &GuideView::compareRequested, this, &MainWindow::showComparison);
        m_views->addWidget(m_guide);
    }
    m_guideAction->setChecked(true);
    m_views->setCurrentWidget(m_guide);
}

void MainWindow::compareSelected()
{
    QList<int> codes;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows()) {
        if (const int code = index.data(CatalogueModel::CodeRole).toInt())
            codes << code;
    }
    std::sort(codes.begin(), codes.end());
    if (codes.size() >= Comparison::MinCodes)
        showComparison(codes.mid(0, Comparison::MaxCodes));
    else
        statusBar()->showMessage(tr("Select two to six codes with Ctrl or Shift, then compare them."), 5000);
}

void MainWindow::updateCompareOffer()
{
    // "301 vs 308" names codes; "redirect" may name a group.
    const Catalogue &catalogue = m_model->catalogue();
    m_offeredCodes = Comparison::known(catalogue, Comparison::codesToCompare(m_search->text()));
    QString label;
    if (m_offeredCodes.size() >= Comparison::MinCodes) {
        QStringList numbers;
        for (const int code : std::as_const(m_offeredCodes))
            numbers << QString::number(code);
        label = tr("Compare these: %1").arg(numbers.join(QStringLiteral(", ")));
    } else if (const CodeGroup *group = Comparison::groupFor(catalogue, m_search->text(), language())) {
        m_offeredCodes = group->codes;
        label = tr("Compare: %1").arg(group->name.in(language()));
    } else {
        m_offeredCodes.clear();
    }
    m_compareOffer->setText(label);
    m_compareOffer->setVisible(!m_offeredCodes.isEmpty());
}

void MainWindow::updateExportActions()
{
    const bool hasCode = m_model->catalogue().entry(m_currentCode) != nullptr;
    m_printAction->setEnabled(hasCode);
    m_exportPdfAction->setEnabled(hasCode);
    m_copyMarkdownAction->setEnabled(hasCode);
}

void MainWindow::printCode()
{
    const StatusEntry *entry = m_model->catalogue().entry(m_currentCode);
    if (!entry)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(pageSizeOf(defaultPaper()));
    printer.setPageMargins(printMargins(), QPageLayout::Millimeter);
    printer.setDocName(QStringLiteral("%1 %2").arg(entry->code).arg(entry->phrase));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1 %2").arg(entry->code).arg(entry->phrase));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (EntryDocument::paint(m_model->catalogue(), *entry, language(), &printer) == 0)
        QMessageBox::warning(this, tr("Not Printed"), tr("%1 %2 could not be printed.").arg(entry->code).arg(entry->phrase));
}

void MainWindow::exportPdf()
{
    const StatusEntry *entry = m_model->catalogue().entry(m_currentCode);
    if (!entry)
        return;
    // The paper size is the save dialog's file type: one dialog, not two.
    const QString a4 = tr("PDF on A4 paper (*.pdf)");
    const QString letter = tr("PDF on US Letter paper (*.pdf)");
    QString filter = defaultPaper() == Paper::Letter ? letter : a4;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), folder + u'/' + EntryDocument::suggestedFileName(*entry),
                                                a4 + QStringLiteral(";;") + letter, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QString error;
    const Paper paper = filter == letter ? Paper::Letter : Paper::A4;
    if (!EntryDocument::writePdf(m_model->catalogue(), *entry, language(), paper, path, &error)) {
        QMessageBox::warning(this, tr("PDF Not Saved"), tr("%1 could not be written: %2").arg(path, error));
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::exportCheatSheet()
{
    CheatSheetDialog options(language(), defaultPaper(), this);
    if (options.exec() != QDialog::Accepted)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QStringLiteral("%1/http-status-codes-%2.pdf").arg(folder, sheetLanguagesKey(options.languages()));
    QString path = QFileDialog::getSaveFileName(this, tr("Save Cheat Sheet"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QString error;
    if (!CheatSheet::writePdf(m_model->catalogue(), options.languages(), options.paper(), path, &error)) {
        QMessageBox::warning(this, tr("PDF Not Saved"), tr("%1 could not be written: %2").arg(path, error));
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::copyAsMarkdown()
{
    if (const StatusEntry *entry = m_model->catalogue().entry(m_currentCode)) {
        QApplication::clipboard()->setText(MarkdownExport::entry(m_model->catalogue(), *entry, language()));
        statusBar()->showMessage(tr("Copied %1 %2 as Markdown").arg(entry->code).arg(entry->phrase), 3000);
    }
}

} // namespace codex
