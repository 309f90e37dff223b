#pragma once

#include "catalogue.h"
#include "navigationhistory.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;
class QToolButton;
class QTreeView;

namespace codex {

class CatalogueModel;
class CompareView;
class DetailView;
class GuideView;
class LogView;
class ProgressStore;
class SearchFilterProxy;
class StudyView;
class Translations;
struct WindowSettings;

// Hosts the views (the browser: search field, class tree, detail pane; and
// the Study view, built when first opened) and owns the actions, menus,
// language toggle, history and the learner's progress database. All logic
// worth testing lives in the core; this wires it up.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // An empty window: building it (widgets, fonts, style) takes longer than
    // loading a catalogue, so main() does both at once.
    explicit MainWindow(Translations *translations, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a catalogue, replacing any before it. catalogueFile: where it came
    // from, for reloading; empty for the built-in one.
    void setCatalogue(const Catalogue &catalogue, const QString &catalogueFile);

    Language language() const;
    int currentCode() const { return m_currentCode; }
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }

    // Restores geometry, splitter and the last code (the language is chosen
    // before the window exists, from the same settings, read once).
    void restoreSettings(const WindowSettings &saved);
    void saveSettings() const;

    CatalogueModel *model() const { return m_model; }
    SearchFilterProxy *proxy() const { return m_proxy; }

    // Where progress, stars and notes are kept; set before the window is
    // shown (the user's data folder when empty).
    void setDataDirectory(const QString &directory) { m_dataDirectory = directory; }
    // Opened after the first frame, or when first needed.
    ProgressStore *progressStore();
    StudyView *studyView() const { return m_study; } // null until first opened
    CompareView *compareView() const { return m_compare; }
    GuideView *guideView() const { return m_guide; }
    LogView *logView() const { return m_logView; } // null until a log is pasted
    bool isStudyShown() const;
    bool isCompareShown() const;

public slots:
    void setLanguage(codex::Language language);
    void showCode(int code);
    // The overview of the classes and where to begin, with no code chosen.
    void showOverview();
    void goBack();
    void goForward();
    void copy();
    void focusSearch();
    // Reloads the catalogue from where it came from; a failure keeps the
    // catalogue in use and says why.
    void reloadCatalogue();
    void openCatalogue();
    void showBrowser();
    void showStudy();
    void showGuide();
    // Two to six codes side by side in the compare view.
    void showComparison(const QList<int> &codes);
    // A pasted log of several lines: each recognised line explained.
    void showLog(const QString &log);
    void compareSelected();
    void toggleStar(int code);
    void editNote(int code);
    // The code shown, on paper (the print dialog), as a PDF or as Markdown
    // on the clipboard; and the cheat sheet of every code.
    void printCode();
    void exportPdf();
    void exportCheatSheet();
    void copyAsMarkdown();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void retranslateUi();
    void onSearchChanged(const QString &text);
    void onResultsChanged();
    void onCurrentRowChanged(const QModelIndex &current);
    void navigate(int code, bool recordHistory);
    void renderDetail(bool keepScroll);
    void selectInTree(int code);
    void spanClassRows();
    void updateStatus();
    void updateNavigationActions();
    void updateLanguageButton();
    void updateNamesColumn();
    bool loadCatalogueFile(const QString &path);
    void showTreeMenu(const QPoint &position);
    void updateStarActions();
    void applyStarredFilter();
    void refreshPersonal();
    Place currentPlace() const;
    void goTo(const Place &place);
    void ensureCompareView();
    void ensureLogView();
    void updateCompareOffer();
    void updateExportActions();

    Translations *m_translations = nullptr;
    QString m_catalogueFile;
    CatalogueModel *m_model = nullptr;
    SearchFilterProxy *m_proxy = nullptr;

    QLineEdit *m_search = nullptr;
    QTreeView *m_tree = nullptr;
    DetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_views = nullptr;
    StudyView *m_study = nullptr;
    std::unique_ptr<ProgressStore> m_store;
    QString m_dataDirectory;
    bool m_storeScheduled = false;
    static constexpr int StoreDelayMs = 300;
    QLabel *m_matchLabel = nullptr;
    QToolBar *m_toolBar = nullptr;
    QToolButton *m_languageButton = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_languageMenu = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_toggleLanguageAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_browseAction = nullptr;
    QAction *m_studyAction = nullptr;
    QActionGroup *m_viewGroup = nullptr;
    QAction *m_starAction = nullptr;
    QAction *m_noteAction = nullptr;
    QAction *m_starredOnlyAction = nullptr;
    QAction *m_showUnofficialAction = nullptr;
    QAction *m_chineseNamesAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_cheatSheetAction = nullptr;
    QAction *m_copyMarkdownAction = nullptr;

    int m_currentCode = 0;
    NavigationHistory m_history;
    CompareView *m_compare = nullptr;
    LogView *m_logView = nullptr;
    GuideView *m_guide = nullptr;
    QToolButton *m_compareOffer = nullptr;
    QList<int> m_offeredCodes;
    QAction *m_compareAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_compareSelectedAction = nullptr;
    QMenu *m_groupsMenu = nullptr;
    bool m_selectingProgrammatically = false;
};

} // namespace codex
