// A monkey: at least 10 000 random user actions on the real main window
// (typing and deleting in the search field, clicking and arrowing through
// the tree, following related links, back and forward, switching language,
// resizing, reloading the catalogue), with the model tester watching the
// model and the proxy, and the window's own invariants checked after every
// action. The seed is printed; CODEX_MONKEY_SEED=N reproduces a run, and
// CODEX_MONKEY_ACTIONS=N changes its length.
#include "catalogueloader.h"
#include "cataloguemodel.h"
#include "detailrenderer.h"
#include "detailview.h"
#include "mainwindow.h"
#include "progressstore.h"
#include "searchfilterproxy.h"
#include "studysession.h"
#include "studyview.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace codex;

namespace {

constexpr int DefaultActions = 10000;

// The offscreen platform warns on every resize, thousands of times a run;
// everything else goes on to QTest's handler.
QtMessageHandler testLogHandler = nullptr;
void dropResizeNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"does not support propagateSizeHints"))
        return;
    testLogHandler(type, context, message);
}

quint32 seedFromEnvironment()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("CODEX_MONKEY_SEED").toUInt(&ok);
    return ok ? seed : QRandomGenerator::global()->generate();
}

int actionsFromEnvironment()
{
    bool ok = false;
    const int actions = qEnvironmentVariableIntValue("CODEX_MONKEY_ACTIONS", &ok);
    return ok && actions > 0 ? actions : DefaultActions;
}

// What a user types: digits and wildcards for codes, words, Chinese, full
// width forms, spaces and a little markup.
const QString Alphabet = QStringLiteral("0123456789012345xX* abcdefghijklmnopqrstuvwxyz NOTFOUND<>&\"'%"
                                        "未找到重定向请求服务器错误缓存 ｎｏｔ４０４");

} // namespace

class TestMonkey final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
        // The registry (Windows' native format) has no folder: files there too.
#ifdef Q_OS_WIN
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
#endif
        testLogHandler = qInstallMessageHandler(dropResizeNoise);
    }

    void cleanupTestCase() { qInstallMessageHandler(testLogHandler); }

    // Found by the monkey (seed 2945499264): the search hid the shown code,
    // the row that had been current stayed current though unselected, and
    // clicking it selected it without showing it.
    void clickOnRowThatWasCurrentBeforeAFilter_showsItsCode()
    {
        const LoadResult loaded = CatalogueLoader::loadEmbedded();
        QVERIFY(loaded.ok());
        Translations translations;
        MainWindow window(&translations);
        window.setCatalogue(*loaded.catalogue, QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("codeTree"));
        QTest::keyClicks(search, QStringLiteral("404"));
        QCOMPARE(window.currentCode(), 404);
        window.showCode(200); // not among the results of "404"
        QCOMPARE(window.currentCode(), 200);
        const QModelIndex row404 = window.proxy()->mapFromSource(window.model()->indexForCode(404));
        QVERIFY(row404.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, tree->visualRect(row404).center());
        QCOMPARE(window.currentCode(), 404);
    }

    void randomActions_keepTheWindowConsistent()
    {
        const quint32 seed = seedFromEnvironment();
        const int actionCount = actionsFromEnvironment();
        qInfo("monkey: CODEX_MONKEY_SEED=%u, %d actions", seed, actionCount);
        m_random.seed(seed);

        const LoadResult loaded = CatalogueLoader::loadEmbedded();
        QVERIFY(loaded.ok());
        Translations translations;
        translations.apply(Language::English);
        MainWindow window(&translations);
        QTemporaryDir data; // stars, notes and answers of this run only
        window.setDataDirectory(data.path());
        // Reports through QTest: a broken contract fails this test. Attached
        // to the empty window, so that filling it is checked too.
        QAbstractItemModelTester modelTester(window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(window.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.setCatalogue(*loaded.catalogue, QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        m_window = &window;
        m_search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
        m_tree = window.findChild<QTreeView *>(QStringLiteral("codeTree"));
        m_detail = window.findChild<DetailView *>(QStringLiteral("detailView"));
        QVERIFY(m_search && m_tree && m_detail);

        // A modal dialog would block the run forever: close it and fail.
        QString modalSeen;
        QTimer modalWatch;
        connect(&modalWatch, &QTimer::timeout, this, [&modalSeen] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                // The pane's "Add a note" link opens the note dialog: a user
                // may cancel it. Any other modal is a bug.
                if (!qobject_cast<QInputDialog *>(modal))
                    modalSeen = QString::fromLatin1(modal->metaObject()->className());
                modal->close();
            }
        });
        modalWatch.start(200);

        const QList<std::pair<int, std::function<QString()>>> actions = {
            { 30, [this] { return typeCharacter(); } },
            { 12, [this] { return deleteCharacter(); } },
            { 3, [this] { return clearOrSelectAllSearch(); } },
            { 4, [this] { return moveCursorInSearch(); } },
            { 10, [this] { return clickRandomRow(); } },
            { 8, [this] { return arrowThroughTree(); } },
            { 3, [this] { return downFromSearch(); } },
            { 6, [this] { return followRelatedLink(); } },
            { 3, [this] { return activateLinkByKeyboard(); } },
            { 2, [this] { return activateOddLink(); } },
            { 5, [this] { return goBackOrForward(); } },
            { 3, [this] { return switchLanguage(); } },
            { 3, [this] { return resizeWindow(); } },
            { 1, [this] { return reloadCatalogue(); } },
            { 1, [this] { return copyOrFocus(); } },
            { 8, [this] { return study(); } },
            { 2, [this] { return starOrFilter(); } },
            { 2, [this] { return switchView(); } },
        };
        int totalWeight = 0;
        for (const auto &action : actions)
            totalWeight += action.first;

        QStringList recent; // the last actions, printed when one fails
        QElapsedTimer timer;
        timer.start();
        for (int step = 0; step < actionCount; ++step) {
            int pick = int(m_random.bounded(totalWeight));
            int chosen = 0;
            while (pick >= actions.at(chosen).first)
                pick -= actions.at(chosen++).first;
            recent << QStringLiteral("#%1 %2").arg(step).arg(actions.at(chosen).second());
            if (recent.size() > 15)
                recent.removeFirst();
            if (step % 8 == 0)
                QCoreApplication::processEvents();

            const QString problem
                = modalSeen.isEmpty() ? checkInvariants() : QStringLiteral("a modal %1 opened").arg(modalSeen);
            if (!problem.isEmpty() || QTest::currentTestFailed()) {
                qInfo("monkey: failed at action %d with CODEX_MONKEY_SEED=%u; the last actions:\n%s", step, seed,
                    qPrintable(recent.join(u'\n')));
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
                return;
            }
        }
        qInfo("monkey: %d actions in %lld ms", actionCount, timer.elapsed());
        m_window = nullptr;
    }

private:
    int randomInt(int bound) { return int(m_random.bounded(bound)); }

    QString typeCharacter()
    {
        if (!m_search->hasFocus() && randomInt(3) == 0)
            m_search->setFocus();
        const QChar character = Alphabet.at(randomInt(int(Alphabet.size())));
        if (character.unicode() < 0x80) {
            QTest::keyClick(m_search, char(character.unicode()));
        } else {
            // What an input method does; keyClick only knows ASCII.
            QInputMethodEvent event;
            event.setCommitString(QString(character));
            QApplication::sendEvent(m_search, &event);
        }
        return QStringLiteral("type '%1' -> \"%2\"").arg(character).arg(m_search->text());
    }

    QString deleteCharacter()
    {
        QTest::keyClick(m_search, randomInt(4) == 0 ? Qt::Key_Delete : Qt::Key_Backspace);
        return QStringLiteral("delete -> \"%1\"").arg(m_search->text());
    }

    QString clearOrSelectAllSearch()
    {
        if (randomInt(2)) {
            QTest::keyClick(m_search, Qt::Key_Escape);
            return QStringLiteral("escape in search");
        }
        QTest::keyClick(m_search, Qt::Key_A, Qt::ControlModifier);
        return QStringLiteral("select all in search");
    }

    QString moveCursorInSearch()
    {
        static const Qt::Key keys[] = { Qt::Key_Left, Qt::Key_Right, Qt::Key_Home, Qt::Key_End };
        const Qt::Key key = keys[randomInt(4)];
        QTest::keyClick(m_search, key, randomInt(3) == 0 ? Qt::ShiftModifier : Qt::NoModifier);
        return QStringLiteral("cursor key %1 in search").arg(int(key), 0, 16);
    }

    // A random row the view shows: a class row or one of its codes.
    QModelIndex randomVisibleRow()
    {
        const QAbstractItemModel *model = m_tree->model();
        const int classes = model->rowCount();
        if (classes == 0)
            return {};
        const QModelIndex classIndex = model->index(randomInt(classes), 0);
        const int codes = model->rowCount(classIndex);
        if (codes == 0 || randomInt(8) == 0)
            return classIndex;
        return model->index(randomInt(codes), randomInt(model->columnCount(classIndex)), classIndex);
    }

    QString clickRandomRow()
    {
        const QModelIndex index = randomVisibleRow();
        if (!index.isValid())
            return QStringLiteral("click: nothing to click");
        m_tree->scrollTo(index);
        const QRect rect = m_tree->visualRect(index);
        if (rect.isValid() && randomInt(2)) {
            QTest::mouseClick(m_tree->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
            return QStringLiteral("click row %1").arg(index.data(CatalogueModel::CodeRole).toInt());
        }
        m_tree->setCurrentIndex(index);
        return QStringLiteral("set current row %1").arg(index.data(CatalogueModel::CodeRole).toInt());
    }

    QString arrowThroughTree()
    {
        static const Qt::Key keys[] = { Qt::Key_Up, Qt::Key_Down, Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Home,
            Qt::Key_End, Qt::Key_Left, Qt::Key_Right };
        const Qt::Key key = keys[randomInt(8)];
        m_tree->setFocus();
        QTest::keyClick(m_tree, key);
        return QStringLiteral("tree key %1").arg(int(key), 0, 16);
    }

    QString downFromSearch()
    {
        m_search->setFocus();
        QTest::keyClick(m_search, Qt::Key_Down);
        return QStringLiteral("down from search");
    }

    QString followRelatedLink()
    {
        const StatusEntry *entry = m_window->model()->catalogue().entry(m_window->currentCode());
        if (!entry || entry->related.isEmpty()) {
            const int code = 100 + randomInt(500);
            m_window->showCode(code);
            return QStringLiteral("show code %1").arg(code);
        }
        const int related = entry->related.at(randomInt(int(entry->related.size())));
        if (randomInt(2)) {
            m_window->showCode(related);
            return QStringLiteral("show related %1").arg(related);
        }
        emit m_detail->anchorClicked(QUrl(DetailRenderer::linkForCode(related)));
        return QStringLiteral("click related link %1").arg(related);
    }

    QString activateLinkByKeyboard()
    {
        // Tab walks the links of a QTextBrowser; Return follows the focused one.
        m_detail->setFocus();
        const int tabs = 1 + randomInt(4);
        for (int i = 0; i < tabs; ++i)
            QTest::keyClick(m_detail, Qt::Key_Tab);
        QTest::keyClick(m_detail, Qt::Key_Return);
        return QStringLiteral("tab %1 times in detail, return").arg(tabs);
    }

    QString activateOddLink()
    {
        static const QStringList links { QStringLiteral("code:999"), QStringLiteral("code:"),
            QStringLiteral("code:abc"), QStringLiteral("code:-404"), QStringLiteral("https://x/"),
            QStringLiteral("code:4040404040404"), QStringLiteral("#top"), QStringLiteral("code:99") };
        const QString link = links.at(randomInt(int(links.size())));
        const int before = m_window->currentCode();
        emit m_detail->anchorClicked(QUrl(link));
        if (m_window->currentCode() != before)
            return QStringLiteral("odd link %1 moved to %2!").arg(link).arg(m_window->currentCode());
        return QStringLiteral("odd link %1").arg(link);
    }

    QString goBackOrForward()
    {
        const bool back = randomInt(2);
        if (randomInt(2)) {
            back ? m_window->goBack() : m_window->goForward();
            return back ? QStringLiteral("back") : QStringLiteral("forward");
        }
        QTest::keyClick(m_window, back ? Qt::Key_Left : Qt::Key_Right, Qt::AltModifier);
        return back ? QStringLiteral("alt+left") : QStringLiteral("alt+right");
    }

    QString switchLanguage()
    {
        if (randomInt(2)) {
            const Language language = randomInt(2) ? Language::Chinese : Language::English;
            m_window->setLanguage(language);
            return QStringLiteral("language %1").arg(languageCode(language));
        }
        QTest::keyClick(m_window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        return QStringLiteral("ctrl+shift+L");
    }

    QString resizeWindow()
    {
        const QSize size(120 + randomInt(1500), 100 + randomInt(1000));
        m_window->resize(size);
        return QStringLiteral("resize %1x%2").arg(size.width()).arg(size.height());
    }

    QString reloadCatalogue()
    {
        m_window->reloadCatalogue();
        return QStringLiteral("reload catalogue");
    }

    QString copyOrFocus()
    {
        if (randomInt(2)) {
            m_window->copy();
            return QStringLiteral("copy");
        }
        QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
        return QStringLiteral("ctrl+F");
    }

    // The Study view as a learner uses it: the keys it takes, and some it does not.
    QString study()
    {
        if (!m_window->isStudyShown())
            m_window->showStudy();
        StudyView *view = m_window->studyView();
        if (view->page() != StudyView::Page::Question && randomInt(3) != 0) {
            view->startSession();
            return QStringLiteral("study: start");
        }
        static const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_Space,
                                       Qt::Key_Return, Qt::Key_Enter, Qt::Key_Escape, Qt::Key_Tab, Qt::Key_0};
        const Qt::Key key = keys[randomInt(int(std::size(keys)))];
        QWidget *target = QApplication::focusWidget() && view->isAncestorOf(QApplication::focusWidget())
                              ? QApplication::focusWidget()
                              : view;
        if (randomInt(4) == 0) {
            QTest::keyClicks(target, QString::number(100 + randomInt(500)));
            QTest::keyClick(target, Qt::Key_Return);
            return QStringLiteral("study: type a code");
        }
        QTest::keyClick(target, key);
        return QStringLiteral("study: key %1").arg(int(key), 0, 16);
    }

    QString starOrFilter()
    {
        if (randomInt(3) == 0) {
            m_window->findChild<QAction *>(QStringLiteral("starredOnlyAction"))->trigger();
            return QStringLiteral("starred filter");
        }
        QTest::keyClick(m_window, Qt::Key_D, Qt::ControlModifier);
        return QStringLiteral("ctrl+D");
    }

    QString switchView()
    {
        const bool toStudy = randomInt(2);
        QTest::keyClick(m_window, toStudy ? Qt::Key_2 : Qt::Key_1, Qt::ControlModifier);
        return toStudy ? QStringLiteral("ctrl+2") : QStringLiteral("ctrl+1");
    }

    QString checkInvariants() const
    {
        if (const StudyView *view = m_window->studyView()) {
            if (view->page() == StudyView::Page::Question && !view->session())
                return QStringLiteral("a question is shown without a session");
            if (view->session() && view->session()->answered() > view->session()->queued())
                return QStringLiteral("more answers than cards in the session");
        }
        if (ProgressStore *store = m_window->progressStore(); store->reviewCount() < m_reviewsSeen)
            return QStringLiteral("the review log shrank");
        else
            m_reviewsSeen = store->reviewCount();
        const int code = m_window->currentCode();
        const Catalogue &catalogue = m_window->model()->catalogue();
        if (code != 0 && !catalogue.entry(code))
            return QStringLiteral("current code %1 is not in the catalogue").arg(code);
        if (code != 0 && !m_detail->toPlainText().contains(QString::number(code)))
            return QStringLiteral("the detail pane does not show %1").arg(code);
        const QModelIndexList selected = m_tree->selectionModel()->selectedRows();
        for (const QModelIndex &index : selected) {
            const int selectedCode = index.data(CatalogueModel::CodeRole).toInt();
            if (selectedCode != 0 && selectedCode != code)
                return QStringLiteral("row %1 is selected while %2 is shown").arg(selectedCode).arg(code);
        }
        if (m_window->proxy()->query() != m_search->text())
            return QStringLiteral("the proxy filters by \"%1\", the field says \"%2\"")
                .arg(m_window->proxy()->query(), m_search->text());
        if (m_window->model()->language() != m_window->language())
            return QStringLiteral("the model and the window disagree on the language");
        return {};
    }

    QTemporaryDir m_home;
    QRandomGenerator m_random;
    mutable qint64 m_reviewsSeen = 0;
    MainWindow *m_window = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_tree = nullptr;
    DetailView *m_detail = nullptr;
};

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
