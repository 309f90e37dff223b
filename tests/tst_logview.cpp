// The window's side of In practice (issue 23): a pasted log line opens its
// code at the In practice section; a pasted log of several lines opens the
// log view, which is made only then and whose codes open in the browser.
#include "catalogueloader.h"
#include "logview.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace codex;

class TestLogView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("StatusCodexTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_logview"));
        const LoadResult result = CatalogueLoader::loadEmbedded();
        QVERIFY(result.ok());
        m_catalogue = *result.catalogue;
    }

    void init()
    {
        m_translations = std::make_unique<Translations>();
        QVERIFY(m_translations->apply(Language::English));
        m_window = std::make_unique<MainWindow>(m_translations.get());
        m_window->setDataDirectory(m_dataDir.path());
        m_window->setCatalogue(m_catalogue, QString());
        m_window->resize(1000, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        m_detail = m_window->findChild<QTextBrowser *>(QStringLiteral("detailView"));
        QVERIFY(m_search && m_detail);
    }

    void cleanup() { m_window.reset(); }

    void aLogLineOpensItsCodeAtInPractice()
    {
        QVERIFY(!m_window->logView()); // not made at start-up
        m_search->setText(QStringLiteral(
            "2026/12/08 01:10:22 [error] 812#812: *7 upstream timed out (110: Connection timed out) while reading response "
            "header from upstream, client: 10.0.0.9, server: example.org"));
        QTRY_COMPARE(m_window->currentCode(), 504);
        QVERIFY(m_detail->toPlainText().contains(QStringLiteral("In practice")));
        // Scrolled past the summary and facts to the section.
        QTRY_VERIFY(m_detail->verticalScrollBar()->value() > 0);
        QVERIFY(!m_window->logView());
    }

    void pastingALogOpensTheLogView()
    {
        QApplication::clipboard()->setText(QStringLiteral(
            "10.0.0.4 - - [08/Dec/2026:01:10:24 +0000] \"GET /slow HTTP/1.1\" 499 0 \"-\" \"curl/7.88.1\"\n"
            "a line nobody wrote for a reason\n"
            "[Tue Dec 08 01:10:25.449931 2026] [authz_core:error] [pid 261:tid 262] [client 10.0.0.3:38456] AH01630: client "
            "denied by server configuration: /srv/www/private/\n"));
        m_search->setFocus();
        QTest::keySequence(m_search, QKeySequence::Paste);
        LogView *view = m_window->logView();
        QVERIFY(view);
        QCOMPARE(m_window->findChild<QStackedWidget *>(QStringLiteral("views"))->currentWidget(), view);
        const QString text = view->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("2 of 3 lines recognised")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("499 Client Closed Request")));
        QVERIFY(text.contains(QStringLiteral("403 Forbidden \u2014 Apache httpd")));
        QVERIFY(text.contains(QStringLiteral("Reproduced against Apache/")));
        QVERIFY(m_search->text().isEmpty()); // the log did not go into the field
        // A code in the list opens in the browser.
        emit view->anchorClicked(QUrl(QStringLiteral("code:403")));
        QCOMPARE(m_window->currentCode(), 403);
        QVERIFY(m_window->findChild<QStackedWidget *>(QStringLiteral("views"))->currentWidget() != view);
    }

    void oneLinePastedIsAQuery()
    {
        QApplication::clipboard()->setText(QStringLiteral("< HTTP/1.1 413 Request Entity Too Large"));
        m_search->setFocus();
        QTest::keySequence(m_search, QKeySequence::Paste);
        QVERIFY(!m_window->logView());
        QCOMPARE(m_search->text(), QStringLiteral("< HTTP/1.1 413 Request Entity Too Large"));
        QTRY_COMPARE(m_window->currentCode(), 413);
    }

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    Catalogue m_catalogue;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<MainWindow> m_window;
    QLineEdit *m_search = nullptr;
    QTextBrowser *m_detail = nullptr;
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
