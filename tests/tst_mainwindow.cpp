// The main window driven as a user drives it: typing, keys, clicks, the
// language toggle, history, links, Copy and the status bar.
#include "catalogueloader.h"
#include "cataloguemodel.h"
#include "compareview.h"
#include "detailrenderer.h"
#include "mainwindow.h"
#include "overviewrenderer.h"
#include "progressstore.h"
#include "readablecolours.h"
#include "searchfilterproxy.h"
#include "studyview.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace codex;

namespace {

QStringList menuTitles(QMainWindow *window)
{
    QStringList titles;
    const QList<QAction *> actions = window->menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text();
    return titles;
}

QStringList headerTitles(QTreeView *tree)
{
    QStringList titles;
    const QAbstractItemModel *model = tree->header()->model();
    for (int section = 0; section < model->columnCount(); ++section)
        titles << model->headerData(section, Qt::Horizontal).toString();
    return titles;
}

// Types as a user does: ASCII through the keyboard, anything else as an
// input method commits it (QTest::keyClicks only knows ASCII).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar character : text) {
        if (character.unicode() < 0x80) {
            QTest::keyClick(widget, char(character.unicode()));
        } else {
            QInputMethodEvent event;
            event.setCommitString(QString(character));
            QApplication::sendEvent(widget, &event);
        }
    }
}

bool containsHan(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return text.contains(han);
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithEveryClassExpandedAndPlaceholder();
    void typing_filtersVisibleRows_data();
    void typing_filtersVisibleRows();
    void typingExactCode_selectsItAndShowsDetail();
    void typingClassPattern_leavesOnlyThatClassExpanded();
    void typingWithoutMatch_hidesEveryRow();
    void typingThatHidesTheShownCode_keepsItShownAndOutOfHistory();
    void escape_clearsSearch();
    void downKey_movesFocusIntoTree();
    void downKey_withNothingChosen_showsFirstCode();
    void findShortcut_focusesSearch();
    void selectingCode_showsItsDetail();
    void clickingCode_showsItsDetail();
    void typing_highlightsMatchesInDetail();
    void toggleLanguage_showsChineseContentAndKeepsSelectionAndSearch();
    void toggleLanguage_translatesMenusPlaceholderAndHeaders();
    void toggleLanguage_keepsScrollPosition();
    void languageButton_namesLanguageInUseAndSwitchesFromItsMenu();
    void setCatalogue_keepsTheCodeOnShowOnlyIfTheNewOneHasIt();
    void largeCatalogue_typingBeforeItsIndexIsReady_saysSoThenFilters();
    void backAndForward_walkVisitedCodes();
    void relatedLink_navigates();
    void copy_putsCodeAndPhraseOnClipboard();
    void statusBar_showsMatchCount();
    void studyView_isBuiltOnlyWhenFirstOpenedAndKeepsTheBrowser();
    void ctrlD_starsTheCodeShownAndTheStarredFilterShowsOnlyStars();
    void personalNote_isShownInThePaneAndFoundBySearch();
    void treeContextMenu_offersTheStar();
    void searchNamingCodes_offersTheComparisonAndBackReturns();
    void searchNamingAGroup_offersTheGroup();
    void selectedRows_compareAndGuideLeadsToACode();
    void overview_isShownWithoutACodeAndItsLinksWork();
    void overview_followsTheLanguage();
    void namesColumn_isTheLearnersChoiceInEnglishAndAlwaysShownInChinese();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }
    QList<int> visibleCodes() const;
    QLabel *matchLabel() const;

    QTemporaryDir m_settingsDir;
    Catalogue m_catalogue;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<MainWindow> m_window;
    QLineEdit *m_search = nullptr;
    QTreeView *m_tree = nullptr;
    QTextBrowser *m_detail = nullptr;
    QAction *m_toggleLanguage = nullptr;
    std::unique_ptr<QTemporaryDir> m_dataDir;
};

void TestMainWindow::initTestCase()
{
    // Nothing the window remembers may leak into, or out of, the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("StatusCodexTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));

    const LoadResult result = CatalogueLoader::loadEmbedded();
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    m_catalogue = *result.catalogue;
}

void TestMainWindow::init()
{
    m_translations = std::make_unique<Translations>();
    QVERIFY(m_translations->apply(Language::English));
    m_window = std::make_unique<MainWindow>(m_translations.get());
    m_dataDir = std::make_unique<QTemporaryDir>(); // stars, notes and progress start empty in every test
    m_window->setDataDirectory(m_dataDir->path());
    m_window->setCatalogue(m_catalogue, QString());
    m_search = child<QLineEdit>(QStringLiteral("searchField"));
    m_tree = child<QTreeView>(QStringLiteral("codeTree"));
    m_detail = child<QTextBrowser>(QStringLiteral("detailView"));
    m_toggleLanguage = child<QAction>(QStringLiteral("toggleLanguage"));
    QVERIFY(m_search);
    QVERIFY(m_tree);
    QVERIFY(m_detail);
    QVERIFY(m_toggleLanguage);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_search->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_search);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_translations.reset();
    m_search = nullptr;
    m_tree = nullptr;
    m_detail = nullptr;
    m_toggleLanguage = nullptr;
}

QList<int> TestMainWindow::visibleCodes() const
{
    // What the tree shows: codes under expanded classes of its own model.
    QList<int> codes;
    const QAbstractItemModel *model = m_tree->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex classIndex = model->index(row, 0);
        if (!m_tree->isExpanded(classIndex))
            continue;
        for (int child = 0; child < model->rowCount(classIndex); ++child)
            codes << model->index(child, 0, classIndex).data(CatalogueModel::CodeRole).toInt();
    }
    return codes;
}

QLabel *TestMainWindow::matchLabel() const
{
    const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text().contains(u"codes"))
            return label;
    }
    return nullptr;
}

void TestMainWindow::startsWithEveryClassExpandedAndPlaceholder()
{
    QCOMPARE(m_tree->model()->rowCount(), m_catalogue.classes().size());
    QCOMPARE(visibleCodes().size(), m_catalogue.entries().size());
    QVERIFY(!m_search->placeholderText().isEmpty());
    QCOMPARE(m_window->currentCode(), 0);
    // The overview: what the classes are and how to begin.
    QVERIFY2(m_detail->toPlainText().contains(QStringLiteral("HTTP status codes at a glance")), qPrintable(m_detail->toPlainText()));
    // The clear button is loaded lazily, with the first character typed.
    QTest::keyClicks(m_search, QStringLiteral("4"));
    QVERIFY(m_search->isClearButtonEnabled());
}

void TestMainWindow::typing_filtersVisibleRows_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QList<int>>("expected"); // exactly these, when given
    QTest::addColumn<QList<int>>("including");

    QTest::newRow("code") << QStringLiteral("404") << QList<int>{404} << QList<int>{};
    QTest::newRow("prefix") << QStringLiteral("50") << QList<int>{500, 501, 502, 503, 504, 505, 506, 507, 508, 509}
                            << QList<int>{};
    QTest::newRow("alias") << QStringLiteral("teapot") << QList<int>{418} << QList<int>{};
    QTest::newRow("former name") << QStringLiteral("Payload Too Large") << QList<int>{413} << QList<int>{};
    QTest::newRow("words") << QStringLiteral("not found") << QList<int>{} << QList<int>{404};
    QTest::newRow("Chinese title") << QStringLiteral("未找到") << QList<int>{} << QList<int>{404};
}

void TestMainWindow::typing_filtersVisibleRows()
{
    QFETCH(QString, typed);
    QFETCH(QList<int>, expected);
    QFETCH(QList<int>, including);

    typeText(m_search, typed);
    QCOMPARE(m_search->text(), typed);
    const QList<int> shown = visibleCodes();
    if (!expected.isEmpty())
        QCOMPARE(shown, expected);
    for (const int code : including)
        QVERIFY2(shown.contains(code), qPrintable(QString::number(code)));
    QCOMPARE(shown.size(), m_window->proxy()->matchCount());
    // Every class left standing has a match, and is open.
    for (int row = 0; row < m_tree->model()->rowCount(); ++row) {
        const QModelIndex classIndex = m_tree->model()->index(row, 0);
        QVERIFY(m_tree->model()->rowCount(classIndex) > 0);
        QVERIFY(m_tree->isExpanded(classIndex));
    }
}

void TestMainWindow::typingExactCode_selectsItAndShowsDetail()
{
    typeText(m_search, QStringLiteral("404"));
    QCOMPARE(m_window->currentCode(), 404);
    QCOMPARE(m_tree->currentIndex().data(CatalogueModel::CodeRole).toInt(), 404);
    QVERIFY(m_tree->selectionModel()->isRowSelected(m_tree->currentIndex().row(), m_tree->currentIndex().parent()));
    QVERIFY2(m_detail->toPlainText().startsWith(u"404 Not Found"), qPrintable(m_detail->toPlainText().left(80)));
    QVERIFY(m_detail->toPlainText().contains(m_catalogue.entry(404)->title.en));
    // The user is still typing: focus stays in the field.
    QCOMPARE(QApplication::focusWidget(), m_search);
}

void TestMainWindow::typingClassPattern_leavesOnlyThatClassExpanded()
{
    typeText(m_search, QStringLiteral("4xx"));
    QCOMPARE(m_tree->model()->rowCount(), 1);
    const QModelIndex classIndex = m_tree->model()->index(0, 0);
    QCOMPARE(classIndex.data(CatalogueModel::ClassDigitRole).toInt(), 4);
    QVERIFY(m_tree->isExpanded(classIndex));
    QVERIFY2(classIndex.data().toString().startsWith(u"4xx Client Error ("), qPrintable(classIndex.data().toString()));
    const QList<int> shown = visibleCodes();
    QVERIFY(shown.size() > 20);
    for (const int code : shown)
        QCOMPARE(code / 100, 4);
}

void TestMainWindow::typingWithoutMatch_hidesEveryRow()
{
    typeText(m_search, QStringLiteral("zzzqqq"));
    QCOMPARE(m_tree->model()->rowCount(), 0);
    QCOMPARE(m_window->proxy()->matchCount(), 0);
}

void TestMainWindow::typingThatHidesTheShownCode_keepsItShownAndOutOfHistory()
{
    // The filter removes the current row; the tree then makes a neighbour
    // current, which must not count as the user choosing it.
    m_window->showCode(413);
    QVERIFY(!m_window->canGoBack());
    typeText(m_search, QStringLiteral("缓存"));
    QVERIFY(!visibleCodes().contains(413));
    QCOMPARE(m_window->currentCode(), 413);
    QVERIFY2(m_detail->toPlainText().startsWith(u"413 Content Too Large"), qPrintable(m_detail->toPlainText().left(80)));
    QVERIFY(!m_tree->currentIndex().isValid());
    QVERIFY(m_tree->selectionModel()->selectedIndexes().isEmpty());
    QVERIFY(!m_window->canGoBack());
    // Back in the results, it is selected again.
    QTest::keyClick(m_search, Qt::Key_Escape);
    QCOMPARE(m_tree->currentIndex().data(CatalogueModel::CodeRole).toInt(), 413);
    QVERIFY(!m_window->canGoBack());
}

void TestMainWindow::escape_clearsSearch()
{
    typeText(m_search, QStringLiteral("teapot"));
    QCOMPARE(m_tree->model()->rowCount(), 1);
    QTest::keyClick(m_search, Qt::Key_Escape);
    QVERIFY(m_search->text().isEmpty());
    QCOMPARE(m_tree->model()->rowCount(), m_catalogue.classes().size());
    QCOMPARE(visibleCodes().size(), m_catalogue.entries().size());
    // The code the search chose stays shown.
    QCOMPARE(m_window->currentCode(), 418);
}

void TestMainWindow::downKey_movesFocusIntoTree()
{
    typeText(m_search, QStringLiteral("5xx"));
    QTest::keyClick(m_search, Qt::Key_Down);
    QTRY_COMPARE(QApplication::focusWidget(), m_tree);
    const int code = m_tree->currentIndex().data(CatalogueModel::CodeRole).toInt();
    QCOMPARE(code, 500); // the first result
    QCOMPARE(m_window->currentCode(), 500);

    // From there the arrow keys walk the results.
    QTest::keyClick(m_tree, Qt::Key_Down);
    QCOMPARE(m_window->currentCode(), 501);
    QVERIFY(m_detail->toPlainText().startsWith(u"501 Not Implemented"));
}

void TestMainWindow::downKey_withNothingChosen_showsFirstCode()
{
    // Focusing the tree makes its first row, a class, current: Down must
    // still land on a code and show it.
    m_search->setFocus();
    QTest::keyClick(m_search, Qt::Key_Down);
    QTRY_COMPARE(QApplication::focusWidget(), m_tree);
    QCOMPARE(m_window->currentCode(), 100);
    QCOMPARE(m_tree->currentIndex().data(CatalogueModel::CodeRole).toInt(), 100);
    QVERIFY(m_detail->toPlainText().startsWith(u"100 Continue"));
}

void TestMainWindow::findShortcut_focusesSearch()
{
    typeText(m_search, QStringLiteral("gone"));
    m_tree->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_tree);
    QTest::keyClick(m_tree, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_search);
    // The old text is selected, so typing replaces it.
    QCOMPARE(m_search->selectedText(), QStringLiteral("gone"));

    m_detail->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_detail);
    QTest::keyClick(m_detail, Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_search);
}

void TestMainWindow::selectingCode_showsItsDetail()
{
    const QModelIndex index = m_window->proxy()->mapFromSource(m_window->model()->indexForCode(301));
    QVERIFY(index.isValid());
    m_tree->setCurrentIndex(index);
    QCOMPARE(m_window->currentCode(), 301);
    QVERIFY(m_detail->toPlainText().startsWith(u"301 Moved Permanently"));
    QVERIFY(m_detail->toPlainText().contains(m_catalogue.entry(301)->title.en));

    // A class row is not a code: the detail stays.
    m_tree->setCurrentIndex(m_tree->model()->index(0, 0));
    QCOMPARE(m_window->currentCode(), 301);
    QVERIFY(m_detail->toPlainText().startsWith(u"301 Moved Permanently"));
}

void TestMainWindow::clickingCode_showsItsDetail()
{
    const QModelIndex index =
        m_window->proxy()->mapFromSource(m_window->model()->indexForCode(204, CatalogueModel::PhraseColumn));
    m_tree->scrollTo(index);
    const QRect rect = m_tree->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(m_tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->currentCode(), 204);
    QVERIFY(m_detail->toPlainText().startsWith(u"204 No Content"));
}

void TestMainWindow::typing_highlightsMatchesInDetail()
{
    m_window->showCode(404);
    const QString highlight = ReadableColours::matchBackground(m_detail->palette()).name();
    QVERIFY(!m_detail->toHtml().contains(highlight, Qt::CaseInsensitive));
    typeText(m_search, QStringLiteral("not found"));
    QCOMPARE(m_window->currentCode(), 404);
    QVERIFY(m_detail->toHtml().contains(highlight, Qt::CaseInsensitive));
}

void TestMainWindow::toggleLanguage_showsChineseContentAndKeepsSelectionAndSearch()
{
    typeText(m_search, QStringLiteral("not found"));
    m_window->showCode(404);
    const StatusEntry *entry = m_catalogue.entry(404);
    QVERIFY(m_detail->toPlainText().contains(entry->title.en));
    const int visible = visibleCodes().size();

    m_toggleLanguage->trigger();
    QCOMPARE(m_window->language(), Language::Chinese);
    QCOMPARE(m_translations->language(), Language::Chinese);
    QCOMPARE(m_window->currentCode(), 404);
    QCOMPARE(m_tree->currentIndex().data(CatalogueModel::CodeRole).toInt(), 404);
    QCOMPARE(m_search->text(), QStringLiteral("not found"));
    QCOMPARE(visibleCodes().size(), visible); // phrases match in both languages

    const QString detail = m_detail->toPlainText();
    QVERIFY(detail.startsWith(u"404 Not Found"));
    QVERIFY2(detail.contains(entry->title.zh), qPrintable(detail.left(200)));
    QVERIFY(detail.contains(entry->summary.zh.left(20)));
    QVERIFY(!detail.contains(entry->summary.en.left(40)));
    QVERIFY(m_tree->model()->index(m_tree->currentIndex().parent().row(), 0).data().toString().contains(u"客户端错误"));
    const QModelIndex title = m_tree->currentIndex().siblingAtColumn(CatalogueModel::TitleColumn);
    QCOMPARE(title.data().toString(), entry->title.zh);

    m_toggleLanguage->trigger();
    QCOMPARE(m_window->language(), Language::English);
    QCOMPARE(m_window->currentCode(), 404);
    QVERIFY(m_detail->toPlainText().contains(entry->title.en));
    // The tree's third column is the Chinese name in both languages.
    QCOMPARE(title.data().toString(), entry->title.zh);
}

void TestMainWindow::toggleLanguage_translatesMenusPlaceholderAndHeaders()
{
    m_window->showCode(200);
    const QStringList englishMenus = menuTitles(m_window.get());
    const QString englishPlaceholder = m_search->placeholderText();
    const QStringList englishHeaders = headerTitles(m_tree);
    QLabel *status = matchLabel();
    QVERIFY(status);
    const QString englishStatus = status->text();
    const QString englishToolTip = m_search->toolTip();
    QVERIFY(englishMenus.contains(QStringLiteral("&File")));

    m_toggleLanguage->trigger();
    // QApplication posts LanguageChange to the windows: it arrives with the event loop.
    QTRY_VERIFY(menuTitles(m_window.get()) != englishMenus);
    const QStringList chineseMenus = menuTitles(m_window.get());
    QCOMPARE(chineseMenus.size(), englishMenus.size());
    for (int i = 0; i < chineseMenus.size(); ++i) {
        QVERIFY2(chineseMenus.at(i) != englishMenus.at(i), qPrintable(chineseMenus.at(i)));
        QVERIFY2(containsHan(chineseMenus.at(i)), qPrintable(chineseMenus.at(i)));
    }
    QVERIFY2(m_search->placeholderText() != englishPlaceholder, qPrintable(m_search->placeholderText()));
    const QStringList chineseHeaders = headerTitles(m_tree);
    for (int i = 0; i < chineseHeaders.size(); ++i)
        QVERIFY2(containsHan(chineseHeaders.at(i)), qPrintable(chineseHeaders.at(i)));
    QVERIFY2(containsHan(status->text()), qPrintable(status->text()));
    QVERIFY2(containsHan(m_search->toolTip()), qPrintable(m_search->toolTip()));
    const QString detail = m_detail->toPlainText();
    QVERIFY2(!detail.contains(u"What the sources say"), qPrintable(detail.left(300)));

    m_toggleLanguage->trigger();
    QTRY_COMPARE(menuTitles(m_window.get()), englishMenus);
    QCOMPARE(m_search->placeholderText(), englishPlaceholder);
    QCOMPARE(headerTitles(m_tree), englishHeaders);
    QCOMPARE(status->text(), englishStatus);
    QCOMPARE(m_search->toolTip(), englishToolTip);
    QVERIFY(m_detail->toPlainText().contains(u"What the sources say"));
}

void TestMainWindow::toggleLanguage_keepsScrollPosition()
{
    m_window->showCode(200);
    QScrollBar *bar = m_detail->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum() / 2);
    const double before = double(bar->value()) / bar->maximum();
    m_toggleLanguage->trigger();
    QTRY_VERIFY(bar->maximum() > 0);
    const double after = double(bar->value()) / bar->maximum();
    QVERIFY2(qAbs(after - before) < 0.1, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));

    // A new code starts at the top.
    m_window->showCode(404);
    QCOMPARE(bar->value(), 0);
}

void TestMainWindow::languageButton_namesLanguageInUseAndSwitchesFromItsMenu()
{
    auto *button = child<QToolButton>(QStringLiteral("languageButton"));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("English"));
    // An English window draws no Chinese in its toolbar: that would load a
    // CJK font before the first frame (issue 4).
    const QList<QToolButton *> toolButtons = m_window->findChild<QToolBar *>()->findChildren<QToolButton *>();
    for (const QToolButton *toolButton : toolButtons)
        QVERIFY2(!containsHan(toolButton->text()), qPrintable(toolButton->text()));

    QVERIFY(button->menu());
    QAction *chinese = nullptr;
    for (QAction *action : button->menu()->actions()) {
        if (action->text() == u"中文")
            chinese = action;
    }
    QVERIFY(chinese);
    chinese->trigger();
    QCOMPARE(m_window->language(), Language::Chinese);
    QCOMPARE(button->text(), QStringLiteral("中文"));
    QVERIFY(chinese->isChecked());

    m_toggleLanguage->trigger(); // the shortcut's action keeps the button in step
    QCOMPARE(m_window->language(), Language::English);
    QCOMPARE(button->text(), QStringLiteral("English"));
    QVERIFY(!chinese->isChecked());
}

void TestMainWindow::setCatalogue_keepsTheCodeOnShowOnlyIfTheNewOneHasIt()
{
    m_window->showCode(200);
    m_window->showCode(404);
    QVERIFY(m_window->canGoBack());

    // The same catalogue from a file: 404 stays, the history goes with the old one.
    m_window->setCatalogue(m_catalogue, QStringLiteral("/elsewhere/catalogue.json"));
    QCOMPARE(m_window->currentCode(), 404);
    QVERIFY(!m_window->canGoBack());
    QCOMPARE(m_tree->currentIndex().data(CatalogueModel::CodeRole).toInt(), 404);
    QVERIFY(m_detail->toPlainText().startsWith(u"404 "));

    // One without 4xx: nothing is chosen and the pane says what to do.
    QList<StatusEntry> entries;
    for (const StatusEntry &entry : m_catalogue.entries()) {
        if (entry.classDigit() != 4)
            entries << entry;
    }
    m_window->setCatalogue(Catalogue(m_catalogue.sources(), m_catalogue.classes(), entries), QString());
    QCOMPARE(m_window->currentCode(), 0);
    QVERIFY(!m_detail->toPlainText().startsWith(u"404"));
    QVERIFY(m_detail->toPlainText().contains(u"The classes, by first digit"));
    QVERIFY(!m_detail->toPlainText().contains(u"4xx Client Error"));
    QCOMPARE(visibleCodes().size(), entries.size());
    QVERIFY(!visibleCodes().contains(404));
}

void TestMainWindow::largeCatalogue_typingBeforeItsIndexIsReady_saysSoThenFilters()
{
    // Every description forty times over: enough for the index to be built
    // on a worker thread, and to take longer than typing one key.
    QList<StatusEntry> entries = m_catalogue.entries();
    for (StatusEntry &entry : entries) {
        const QList<Description> once = entry.descriptions;
        for (int copy = 1; copy < 40; ++copy)
            entry.descriptions << once;
    }
    const Catalogue large(m_catalogue.sources(), m_catalogue.classes(), entries);
    QVERIFY(large.descriptionCount() >= 10 * CatalogueModel::BackgroundIndexThreshold);
    m_window->setCatalogue(large, QStringLiteral("large.json"));
    QLabel *status = m_window->statusBar()->findChildren<QLabel *>().value(0);
    QVERIFY(status);

    // Codes need no index: answered at once.
    QTest::keyClicks(m_search, QStringLiteral("404"));
    QVERIFY(!m_window->proxy()->isWaitingForIndex());
    QCOMPARE(visibleCodes(), QList<int>{404});
    QCOMPARE(m_window->currentCode(), 404);
    m_search->clear();

    QTest::keyClicks(m_search, QStringLiteral("g"));
    QVERIFY(m_window->proxy()->isWaitingForIndex());
    QVERIFY2(status->text().contains(QString::number(large.descriptionCount())), qPrintable(status->text()));
    QCOMPARE(visibleCodes().size(), large.entries().size()); // unfiltered until the index is ready

    QTest::keyClicks(m_search, QStringLiteral("ateway"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->proxy()->isWaitingForIndex(), 60000);
    QTRY_VERIFY(status->text().contains(u"codes match"));
    QVERIFY(visibleCodes().contains(502));
    QVERIFY(visibleCodes().contains(504));
    QVERIFY(!visibleCodes().contains(200));
}

void TestMainWindow::backAndForward_walkVisitedCodes()
{
    QVERIFY(!m_window->canGoBack());
    m_window->showCode(200);
    m_window->showCode(301);
    m_window->showCode(404);
    QVERIFY(m_window->canGoBack());
    QVERIFY(!m_window->canGoForward());

    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_window->currentCode(), 301);
    QVERIFY(m_detail->toPlainText().startsWith(u"301 Moved Permanently"));
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_window->currentCode(), 200);
    QVERIFY(!m_window->canGoBack());
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_window->currentCode(), 200); // nothing further back

    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_window->currentCode(), 301);
    QCOMPARE(m_tree->currentIndex().data(CatalogueModel::CodeRole).toInt(), 301);
    m_window->goForward();
    QCOMPARE(m_window->currentCode(), 404);
    QVERIFY(!m_window->canGoForward());

    // Going somewhere new from the middle of history drops what was ahead.
    m_window->goBack();
    m_window->showCode(500);
    QVERIFY(!m_window->canGoForward());
    m_window->goBack();
    QCOMPARE(m_window->currentCode(), 301);

    // The Back and Forward actions follow.
    QAction *back = nullptr;
    QAction *forward = nullptr;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcut() == QKeySequence(QKeySequence::Back))
            back = action;
        else if (action->shortcut() == QKeySequence(QKeySequence::Forward))
            forward = action;
    }
    QVERIFY(back && forward);
    QVERIFY(back->isEnabled());
    QVERIFY(forward->isEnabled());
    forward->trigger();
    QCOMPARE(m_window->currentCode(), 500);
    QVERIFY(!forward->isEnabled());
}

void TestMainWindow::relatedLink_navigates()
{
    m_window->showCode(404);
    QVERIFY(m_detail->toHtml().contains(u"code:410"));
    emit m_detail->anchorClicked(QUrl(QStringLiteral("code:410")));
    QCOMPARE(m_window->currentCode(), 410);
    QVERIFY(m_detail->toPlainText().startsWith(u"410 Gone"));
    QCOMPARE(m_tree->currentIndex().data(CatalogueModel::CodeRole).toInt(), 410);
    // Not a code link: nothing happens.
    emit m_detail->anchorClicked(QUrl(QStringLiteral("https://example.org/")));
    QCOMPARE(m_window->currentCode(), 410);
    m_window->goBack();
    QCOMPARE(m_window->currentCode(), 404);
}

void TestMainWindow::copy_putsCodeAndPhraseOnClipboard()
{
    QClipboard *clipboard = QApplication::clipboard();
    clipboard->clear();
    typeText(m_search, QStringLiteral("404"));
    m_tree->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_tree);
    QTest::keyClick(m_tree, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboard->text(), QStringLiteral("404 Not Found"));

    // With text selected in the detail pane, Copy copies that text.
    clipboard->clear();
    m_detail->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_detail);
    QTextCursor cursor = m_detail->textCursor();
    cursor.movePosition(QTextCursor::Start);
    cursor.movePosition(QTextCursor::NextWord, QTextCursor::KeepAnchor);
    m_detail->setTextCursor(cursor);
    QTest::keyClick(m_detail, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboard->text().trimmed(), QStringLiteral("404"));
}

void TestMainWindow::statusBar_showsMatchCount()
{
    QLabel *label = matchLabel();
    QVERIFY(label);
    const int total = int(m_catalogue.entries().size());
    QCOMPARE(label->text(), QStringLiteral("%1 codes").arg(total));
    typeText(m_search, QStringLiteral("4xx"));
    const int matches = m_window->proxy()->matchCount();
    QVERIFY(matches > 0 && matches < total);
    QCOMPARE(label->text(), QStringLiteral("%1 of %2 codes match").arg(matches).arg(total));
    QTest::keyClick(m_search, Qt::Key_Escape);
    QCOMPARE(label->text(), QStringLiteral("%1 codes").arg(total));
}

void TestMainWindow::studyView_isBuiltOnlyWhenFirstOpenedAndKeepsTheBrowser()
{
    typeText(m_search, QStringLiteral("gateway"));
    m_window->showCode(502);
    // Not built by start-up, nor by showing the window.
    QVERIFY(!m_window->studyView());
    QVERIFY(!m_window->findChild<StudyView *>());
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QVERIFY(m_window->studyView());
    QVERIFY(m_window->isStudyShown());
    QVERIFY(m_window->studyView()->isVisible());
    QCOMPARE(m_window->studyView()->page(), StudyView::Page::Overview);
    // Back to the browser, as it was.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QVERIFY(!m_window->isStudyShown());
    QCOMPARE(m_search->text(), QStringLiteral("gateway"));
    QCOMPARE(m_window->currentCode(), 502);
    // The same view the second time.
    StudyView *study = m_window->studyView();
    m_window->showStudy();
    QCOMPARE(m_window->studyView(), study);
    // Ctrl+F from Study goes back to the search field.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(!m_window->isStudyShown());
    QTRY_COMPARE(QApplication::focusWidget(), m_search);
}

void TestMainWindow::ctrlD_starsTheCodeShownAndTheStarredFilterShowsOnlyStars()
{
    m_window->showCode(404);
    ProgressStore *store = m_window->progressStore();
    QVERIFY(store->isPersistent());
    QVERIFY(!store->isStarred(404));
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(store->isStarred(404));
    QVERIFY(m_detail->toPlainText().contains(DetailRenderer::label(DetailRenderer::Label::Starred)));
    QVERIFY(child<QAction>(QStringLiteral("starAction"))->isChecked());
    m_window->showCode(503);
    QVERIFY(!child<QAction>(QStringLiteral("starAction"))->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(store->starred(), QList<int>({404, 503}));

    child<QAction>(QStringLiteral("starredOnlyAction"))->trigger();
    QCOMPARE(visibleCodes(), QList<int>({404, 503}));
    // Search within the stars.
    typeText(m_search, QStringLiteral("5xx"));
    QCOMPARE(visibleCodes(), QList<int>({503}));
    m_search->clear();
    // A star removed goes from the filter at once; the filter off shows all.
    m_window->showCode(404);
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(visibleCodes(), QList<int>({503}));
    child<QAction>(QStringLiteral("starredOnlyAction"))->trigger();
    QCOMPARE(visibleCodes().size(), m_catalogue.entries().size());
    // Stars are kept: a new window on the same data finds them.
    QCOMPARE(ProgressStore(m_dataDir->path()).starred(), QList<int>({503}));
}

void TestMainWindow::personalNote_isShownInThePaneAndFoundBySearch()
{
    m_window->showCode(418);
    // The note dialog, answered as a user would.
    QTimer::singleShot(0, this, [] {
        QInputDialog *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("Seen in the zebracorn service logs\n第二行"));
        dialog->accept();
    });
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->progressStore()->note(418), QStringLiteral("Seen in the zebracorn service logs\n第二行"));
    const QString pane = m_detail->toPlainText();
    QVERIFY(pane.contains(DetailRenderer::label(DetailRenderer::Label::YourNote)));
    QVERIFY(pane.contains(QStringLiteral("Seen in the zebracorn service logs")));
    QVERIFY(pane.contains(QStringLiteral("第二行")));
    // A word of the note finds the code, which no catalogue text would.
    m_window->showCode(200);
    typeText(m_search, QStringLiteral("zebraco"));
    QCOMPARE(visibleCodes(), QList<int>({418}));
}

void TestMainWindow::treeContextMenu_offersTheStar()
{
    const QModelIndex index = m_window->proxy()->mapFromSource(m_window->model()->indexForCode(301));
    m_tree->scrollTo(index);
    QTimer::singleShot(0, this, [] {
        QMenu *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QVERIFY(!menu->actions().isEmpty());
        menu->actions().first()->trigger();
        menu->close();
    });
    emit m_tree->customContextMenuRequested(m_tree->visualRect(index).center());
    QVERIFY(m_window->progressStore()->isStarred(301));
}

void TestMainWindow::searchNamingCodes_offersTheComparisonAndBackReturns()
{
    m_window->showCode(200);
    QToolButton *offer = child<QToolButton>(QStringLiteral("compareOffer"));
    QVERIFY(offer->isHidden());
    typeText(m_search, QStringLiteral("301 vs 308"));
    // Typing "301" on the way showed 301, as an exact code does.
    const int before = m_window->currentCode();
    QVERIFY(offer->isVisible());
    QVERIFY(offer->text().contains(u"301, 308"));
    QVERIFY(!m_window->compareView()); // built only when first used
    QTest::mouseClick(offer, Qt::LeftButton);
    QVERIFY(m_window->isCompareShown());
    QCOMPARE(m_window->compareView()->codes(), QList<int>({301, 308}));
    QVERIFY(m_window->compareView()->html().contains(u"Permanent Redirect"));
    // Back returns to the code shown before; Forward to the comparison.
    QVERIFY(m_window->canGoBack());
    m_window->goBack();
    QVERIFY(!m_window->isCompareShown());
    QCOMPARE(m_window->currentCode(), before);
    m_window->goForward();
    QVERIFY(m_window->isCompareShown());
    QCOMPARE(m_window->compareView()->codes(), QList<int>({301, 308}));
    // A code link in the comparison opens it in the browser, and Back returns.
    emit m_window->compareView()->codeActivated(308);
    QVERIFY(!m_window->isCompareShown());
    QCOMPARE(m_window->currentCode(), 308);
    m_window->goBack();
    QVERIFY(m_window->isCompareShown());
}

void TestMainWindow::searchNamingAGroup_offersTheGroup()
{
    typeText(m_search, QStringLiteral("redirect"));
    QToolButton *offer = child<QToolButton>(QStringLiteral("compareOffer"));
    QVERIFY(offer->isVisible());
    QTest::mouseClick(offer, Qt::LeftButton);
    QCOMPARE(m_window->compareView()->codes(), m_catalogue.group(QStringLiteral("redirects"))->codes);
    // The group's own words on telling them apart are shown with the table.
    QLabel *summary = m_window->compareView()->findChild<QLabel *>(QStringLiteral("groupSummary"));
    QVERIFY(summary->isVisible());
    QCOMPARE(summary->text(), m_catalogue.group(QStringLiteral("redirects"))->summary.en);
    // Copy as Markdown.
    m_window->compareView()->copyAsMarkdown();
    QVERIFY(QApplication::clipboard()->text().startsWith(u"| "));
    // Chinese switches the comparison live.
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->compareView()->html().contains(m_catalogue.entry(307)->title.zh));
}

void TestMainWindow::selectedRows_compareAndGuideLeadsToACode()
{
    const auto select = [&](int code, QItemSelectionModel::SelectionFlags flags) {
        const QModelIndex index = m_window->proxy()->mapFromSource(m_window->model()->indexForCode(code));
        m_tree->selectionModel()->select(index, flags | QItemSelectionModel::Rows);
    };
    select(404, QItemSelectionModel::ClearAndSelect);
    select(410, QItemSelectionModel::Select);
    child<QAction>(QStringLiteral("compareSelectedAction"))->trigger();
    QVERIFY(m_window->isCompareShown());
    QCOMPARE(m_window->compareView()->codes(), QList<int>({404, 410}));

    // The guide, answered to its first code, opens it in the browser.
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    GuideView *guide = m_window->guideView();
    QVERIFY(guide && guide->isVisible());
    int steps = 0;
    while (!guide->leaf() && steps++ < 60)
        guide->choose(0);
    QVERIFY(guide->leaf());
    QVERIFY(guide->trail().size() >= 1);
    const int code = guide->leaf()->code;
    QTest::mouseClick(guide->findChild<QPushButton *>(QStringLiteral("guideOpen")), Qt::LeftButton);
    QVERIFY(!m_window->isCompareShown());
    QCOMPARE(m_window->currentCode(), code);
    // Back a question and restart.
    m_window->showGuide();
    guide->goBack();
    QVERIFY(!guide->leaf());
    guide->restart();
    QCOMPARE(guide->trail(), QStringList{m_catalogue.guide().root});
}

void TestMainWindow::overview_isShownWithoutACodeAndItsLinksWork()
{
    QCOMPARE(m_window->currentCode(), 0);
    QVERIFY(m_detail->toPlainText().contains(QStringLiteral("The classes, by first digit")));

    // An example query is typed into the search field, as if the user had.
    emit m_detail->anchorClicked(QUrl(OverviewRenderer::linkForSearch(QStringLiteral("4xx"))));
    QCOMPARE(m_search->text(), QStringLiteral("4xx"));
    QTRY_VERIFY(!visibleCodes().isEmpty());
    for (const int code : visibleCodes())
        QCOMPARE(code / 100, 4);

    // A common code opens it; Back returns to the overview's state.
    emit m_detail->anchorClicked(QUrl(DetailRenderer::linkForCode(404)));
    QCOMPARE(m_window->currentCode(), 404);

    // The way into study and into the guide.
    m_search->clear();
    child<QAction>(QStringLiteral("overviewAction"))->trigger(); // Go > Overview
    QCOMPARE(m_window->currentCode(), 0);
    QVERIFY(m_detail->toPlainText().contains(QStringLiteral("The classes, by first digit")));
    QVERIFY(m_window->canGoBack());
    emit m_detail->anchorClicked(QUrl(OverviewRenderer::linkForView(OverviewRenderer::View::Study)));
    QVERIFY(m_window->isStudyShown());
    m_window->showBrowser();
    emit m_detail->anchorClicked(QUrl(OverviewRenderer::linkForView(OverviewRenderer::View::Guide)));
    QVERIFY(m_window->guideView());
    QVERIFY(m_window->guideView()->isVisible());
}

void TestMainWindow::namesColumn_isTheLearnersChoiceInEnglishAndAlwaysShownInChinese()
{
    auto *chineseNames = child<QAction>(QStringLiteral("chineseNamesAction"));
    QVERIFY(chineseNames);
    QVERIFY(m_tree->isColumnHidden(CatalogueModel::TitleColumn));
    QVERIFY(chineseNames->isEnabled());
    // Hidden, its words move: an unofficial code says so in the phrase column.
    const QModelIndex unofficial
        = m_window->proxy()->mapFromSource(m_window->model()->indexForCode(444, CatalogueModel::PhraseColumn)); // nginx's
    QVERIFY(unofficial.isValid());
    QVERIFY2(unofficial.data().toString().endsWith(u']'), qPrintable(unofficial.data().toString()));

    chineseNames->trigger();
    QVERIFY(!m_tree->isColumnHidden(CatalogueModel::TitleColumn));
    QVERIFY(!unofficial.data().toString().endsWith(u']'));
    QVERIFY(containsHan(unofficial.siblingAtColumn(CatalogueModel::TitleColumn).data().toString()));
    chineseNames->trigger();
    QVERIFY(m_tree->isColumnHidden(CatalogueModel::TitleColumn));

    emit m_toggleLanguage->triggered();
    QVERIFY(!m_tree->isColumnHidden(CatalogueModel::TitleColumn));
    QVERIFY(!chineseNames->isEnabled());
    QVERIFY(!unofficial.data().toString().endsWith(u']')); // the names column carries it again
}

void TestMainWindow::overview_followsTheLanguage()
{
    emit m_toggleLanguage->triggered();
    QVERIFY2(m_detail->toPlainText().contains(QStringLiteral("HTTP 状态码一览")), qPrintable(m_detail->toPlainText().left(200)));
    QVERIFY(m_detail->toPlainText().contains(QStringLiteral("按首位数字分成的类别")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
