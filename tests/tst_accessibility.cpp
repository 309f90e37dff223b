// Accessibility, driven as a keyboard and screen reader user meets it: Tab
// through every view, what each stop is called (in both languages), links
// and lists from the keyboard, headings, marks that are not colour alone,
// and legible text in light and dark palettes, also after the palette
// changes at run time.
#include "aboutdialog.h"
#include "catalogueloader.h"
#include "compareview.h"
#include "comparison.h"
#include "contrastcheck.h"
#include "detailrenderer.h"
#include "mainwindow.h"
#include "progresscharts.h"
#include "readablecolours.h"
#include "studyview.h"
#include "translations.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace codex;
using namespace codex::test;

namespace {

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Name).trimmed() : QString();
}

QString describeWidget(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

bool containsHan(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return text.contains(han);
}

// Every widget Tab reaches from start, once each in the order reached, and
// whether Tab came back to start (it does not when a widget keeps it).
struct TabWalk
{
    QList<QWidget *> reached;
    bool cameBack = false;
};

TabWalk walkTabOrder(QWidget *start)
{
    TabWalk walk;
    start->setFocus(Qt::TabFocusReason);
    if (QApplication::focusWidget() != start)
        return walk;
    walk.reached << start;
    // Enough for every link of the longest pane as well as the widgets.
    for (int press = 0; press < 600; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now)
            break;
        if (now == start) {
            walk.cameBack = true;
            break;
        }
        if (!walk.reached.contains(now))
            walk.reached << now;
    }
    return walk;
}

// The controls of root a keyboard user must be able to reach: visible,
// enabled, taking focus from Tab (a widget whose focus goes to another is
// that other).
QList<QWidget *> tabControls(QWidget *root)
{
    QList<QWidget *> controls;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget->window() == root->window() && widget->isVisible() && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            controls << widget;
    }
    return controls;
}

// What is wrong with the keyboard and names of the window start is in:
// empty when Tab from start reaches every control and comes back, and
// every stop has a name.
QStringList keyboardProblems(QWidget *start, QHash<QWidget *, QString> *names = nullptr)
{
    QStringList problems;
    const TabWalk walk = walkTabOrder(start);
    if (walk.reached.isEmpty())
        return { QStringLiteral("%1 does not take focus").arg(describeWidget(start)) };
    if (!walk.cameBack)
        problems << QStringLiteral("Tab does not come back to %1; it stops at %2")
                        .arg(describeWidget(start), describeWidget(walk.reached.last()));
    for (QWidget *widget : walk.reached) {
        const QString name = accessibleName(widget);
        if (name.isEmpty())
            problems << QStringLiteral("%1 has no accessible name").arg(describeWidget(widget));
        if (names)
            names->insert(widget, name);
    }
    for (QWidget *control : tabControls(start->window())) {
        if (!walk.reached.contains(control))
            problems << QStringLiteral("Tab never reaches %1").arg(describeWidget(control));
    }
    return problems;
}

QPalette lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

// The distinct colours an HTML text names in style attributes.
QSet<QString> htmlColours(const QString &html)
{
    static const QRegularExpression colour(QStringLiteral("#[0-9a-fA-F]{6}"));
    QSet<QString> colours;
    for (auto it = colour.globalMatch(html); it.hasNext();)
        colours.insert(it.next().captured().toLower());
    return colours;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void check_failsOnAWidgetWithoutAName();
    void check_failsWhenTabIsKeptOrNeverReachesAControl();
    void everyView_isReachedByTabAndNamed_data();
    void everyView_isReachedByTabAndNamed();
    void names_followTheLanguage_data();
    void names_followTheLanguage();
    void detailLinks_areReachedWithTabAndFollowedWithEnter();
    void lists_activateWithEnter();
    void toolbarButtons_haveNames();

    void detailHeadings_areHeadingsForScreenReaders();
    void compare_rowsThatDiffer_sayItWithASignAndAWord();
    void study_rightAndWrong_areSaidInWords();
    void charts_sayTheirDataInWords();

    void contrastRatio_matchesWcag();
    void contrastCheck_findsIllegibleText();
    void everyPane_isLegible_data();
    void everyPane_isLegible();
    void paletteChange_rendersEveryViewInTheNewColours();

private:
    void showView(const QString &view);
    void setLanguage(Language language);
    template<typename T> T *child(const QString &name) const { return m_window->findChild<T *>(name); }

    QTemporaryDir m_settingsDir;
    Catalogue m_catalogue;
    QPalette m_startPalette;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AboutDialog> m_about;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("StatusCodexTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    const LoadResult result = CatalogueLoader::loadEmbedded();
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    m_catalogue = *result.catalogue;
    m_startPalette = QApplication::palette();
}

void TestAccessibility::init()
{
    m_translations = std::make_unique<Translations>();
    QVERIFY(m_translations->apply(Language::English));
    m_dataDir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>(m_translations.get());
    m_window->setDataDirectory(m_dataDir->path());
    m_window->setCatalogue(m_catalogue, QString());
    m_window->progressStore(); // the star and note links, as a moment after start
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestAccessibility::cleanup()
{
    m_about.reset();
    m_window.reset();
    m_translations.reset();
    QApplication::setPalette(m_startPalette);
}

void TestAccessibility::setLanguage(Language language)
{
    m_window->setLanguage(language);
    // QApplication posts LanguageChange to the windows.
    QCoreApplication::sendPostedEvents();
}

// Shows a view in the state named, and gives focus to its first control.
void TestAccessibility::showView(const QString &view)
{
    if (view == u"browser") {
        m_window->showCode(404);
        child<QLineEdit>(QStringLiteral("searchField"))->setFocus();
    } else if (view == u"browser-offer") {
        // The compare offer appears for a search that names codes.
        QLineEdit *search = child<QLineEdit>(QStringLiteral("searchField"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("301 vs 308"));
        QVERIFY(child<QWidget>(QStringLiteral("compareOffer"))->isVisible());
    } else if (view.startsWith(u"study")) {
        if (m_window->studyView())
            m_window->studyView()->leaveSession(); // back to the decks
        m_window->showStudy();
        QTreeWidget *decks = child<QTreeWidget>(QStringLiteral("deckList"));
        QTRY_VERIFY(decks->isVisible());
        if (view == u"study-decks") {
            decks->setFocus();
            return;
        }
        QComboBox *kinds = child<QComboBox>(QStringLiteral("kindChoice"));
        const QString kind = view == u"study-flashcard" ? QStringLiteral("flashcard")
            : view == u"study-code"                     ? QStringLiteral("code")
                                                        : QStringLiteral("choice");
        kinds->setCurrentIndex(kinds->findData(kind));
        emit kinds->activated(kinds->currentIndex());
        m_window->studyView()->startSession();
        QCOMPARE(m_window->studyView()->page(), StudyView::Page::Question);
        if (view == u"study-answered")
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
        if (view == u"study-flashcard")
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    } else if (view == u"compare") {
        m_window->showComparison({ 301, 308 });
        child<QLineEdit>(QStringLiteral("compareCodes"))->setFocus();
    } else if (view == u"guide") {
        m_window->showGuide();
        child<QPushButton>(QStringLiteral("guideAnswer1"))->setFocus();
    } else if (view == u"guide-answer") {
        m_window->showGuide();
        // Always the first answer: a few questions lead to a code.
        for (int step = 0; step < 10 && !m_window->guideView()->leaf(); ++step)
            m_window->guideView()->choose(0);
        QVERIFY(m_window->guideView()->leaf());
        child<QPushButton>(QStringLiteral("guideOpen"))->setFocus();
    } else if (view == u"about") {
        m_about = std::make_unique<AboutDialog>(m_catalogue, m_window->language(), m_window.get());
        m_about->show();
        m_about->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_about.get()));
        m_about->findChild<QTextBrowser *>()->setFocus();
    } else {
        QFAIL(qPrintable(QStringLiteral("no view called ") + view));
    }
}

void TestAccessibility::check_failsOnAWidgetWithoutAName()
{
    showView(QStringLiteral("browser"));
    QWidget *start = QApplication::focusWidget();
    QVERIFY(keyboardProblems(start).isEmpty());
    QTreeView *tree = child<QTreeView>(QStringLiteral("codeTree"));
    tree->setAccessibleName(QString());
    const QStringList problems = keyboardProblems(start);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"codeTree") && problems.first().contains(u"no accessible name"),
        qPrintable(problems.join(u'\n')));
}

void TestAccessibility::check_failsWhenTabIsKeptOrNeverReachesAControl()
{
    QWidget window;
    auto *field = new QLineEdit(&window);
    field->setAccessibleName(QStringLiteral("Field"));
    auto *editor = new QPlainTextEdit(&window); // takes Tab as text
    editor->setAccessibleName(QStringLiteral("Editor"));
    editor->setObjectName(QStringLiteral("editor"));
    auto *button = new QPushButton(QStringLiteral("After"), &window);
    button->setObjectName(QStringLiteral("after"));
    QWidget::setTabOrder(field, editor);
    QWidget::setTabOrder(editor, button);
    field->move(0, 0);
    editor->move(0, 40);
    button->move(0, 200);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QStringList problems = keyboardProblems(field);
    QVERIFY2(problems.size() == 2, qPrintable(problems.join(u'\n')));
    QVERIFY(problems.at(0).contains(u"does not come back") && problems.at(0).contains(u"editor"));
    QVERIFY(problems.at(1).contains(u"never reaches") && problems.at(1).contains(u"after"));
    // Once Tab leaves the editor, all is well.
    editor->setTabChangesFocus(true);
    QVERIFY2(keyboardProblems(field).isEmpty(), qPrintable(keyboardProblems(field).join(u'\n')));
}

void TestAccessibility::everyView_isReachedByTabAndNamed_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<Language>("language");
    const QStringList views { QStringLiteral("browser"), QStringLiteral("browser-offer"), QStringLiteral("study-decks"),
        QStringLiteral("study-question"), QStringLiteral("study-code"), QStringLiteral("study-flashcard"),
        QStringLiteral("study-answered"), QStringLiteral("compare"), QStringLiteral("guide"),
        QStringLiteral("guide-answer"), QStringLiteral("about") };
    for (const QString &view : views) {
        QTest::addRow("%s en", qPrintable(view)) << view << Language::English;
        QTest::addRow("%s zh", qPrintable(view)) << view << Language::Chinese;
    }
}

void TestAccessibility::everyView_isReachedByTabAndNamed()
{
    QFETCH(QString, view);
    QFETCH(Language, language);
    setLanguage(language);
    showView(view);
    QWidget *start = QApplication::focusWidget();
    QVERIFY(start);
    const QStringList problems = keyboardProblems(start);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::names_followTheLanguage_data()
{
    QTest::addColumn<QString>("view");
    for (const char *view : { "browser", "browser-offer", "study-decks", "study-question", "study-code",
             "study-answered", "compare", "guide", "about" })
        QTest::newRow(view) << QString::fromLatin1(view);
}

void TestAccessibility::names_followTheLanguage()
{
    QFETCH(QString, view);
    QHash<QWidget *, QString> english;
    showView(view);
    QVERIFY(keyboardProblems(QApplication::focusWidget(), &english).isEmpty());
    m_about.reset();
    setLanguage(Language::Chinese);
    if (view != u"browser-offer") // the offer stays, in Chinese
        showView(view);
    QHash<QWidget *, QString> chinese;
    QVERIFY(keyboardProblems(QApplication::focusWidget(), &chinese).isEmpty());
    for (auto it = chinese.cbegin(); it != chinese.cend(); ++it) {
        QVERIFY2(containsHan(it.value()),
            qPrintable(QStringLiteral("%1 is called \"%2\" in Chinese").arg(describeWidget(it.key()), it.value())));
        if (english.contains(it.key()))
            QVERIFY2(english.value(it.key()) != it.value(), qPrintable(it.value()));
    }
    for (auto it = english.cbegin(); it != english.cend(); ++it)
        QVERIFY2(!containsHan(it.value()) || it.value() == u"中文",
            qPrintable(QStringLiteral("%1 is called \"%2\" in English").arg(describeWidget(it.key()), it.value())));
}

void TestAccessibility::detailLinks_areReachedWithTabAndFollowedWithEnter()
{
    m_window->showCode(301);
    QTextBrowser *detail = child<QTextBrowser>(QStringLiteral("detailView"));
    detail->setFocus(Qt::TabFocusReason);
    QStringList links;
    // Tab walks the links one by one, then leaves the pane.
    for (int press = 0; press < 100 && QApplication::focusWidget() == detail; ++press) {
        QTest::keyClick(detail, Qt::Key_Tab);
        const QTextCursor cursor = detail->textCursor();
        if (QApplication::focusWidget() == detail && cursor.hasSelection())
            links << cursor.charFormat().anchorHref();
    }
    QVERIFY(QApplication::focusWidget() != detail);
    QVERIFY2(links.contains(DetailRenderer::linkForCode(308)), qPrintable(links.join(u' ')));
    QVERIFY(links.contains(DetailRenderer::linkForAction(DetailRenderer::Action::ToggleStar, 301)));
    // Enter on a related code's link goes there.
    detail->setFocus(Qt::TabFocusReason);
    for (int press = 0;
         press < 100 && detail->textCursor().charFormat().anchorHref() != DetailRenderer::linkForCode(308); ++press)
        QTest::keyClick(detail, Qt::Key_Tab);
    QTest::keyClick(detail, Qt::Key_Return);
    QCOMPARE(m_window->currentCode(), 308);
}

void TestAccessibility::lists_activateWithEnter()
{
    // The code tree: Enter on a code takes focus into its details.
    QTreeView *tree = child<QTreeView>(QStringLiteral("codeTree"));
    m_window->showCode(204);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    const int code = m_window->currentCode();
    QVERIFY(code != 204 && code != 0);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(QStringLiteral("detailView")));
    QCOMPARE(m_window->currentCode(), code);
    // The deck list: Enter starts the deck chosen.
    m_window->showStudy();
    QTreeWidget *decks = child<QTreeWidget>(QStringLiteral("deckList"));
    decks->setFocus();
    QTest::keyClick(decks, Qt::Key_Return);
    QVERIFY(m_window->studyView()->page() != StudyView::Page::Overview);
}

void TestAccessibility::toolbarButtons_haveNames()
{
    // Not Tab stops (their actions have shortcuts and menu items), but a
    // screen reader's review reaches them.
    const QList<QToolButton *> buttons = m_window->findChildren<QToolButton *>();
    QVERIFY(buttons.size() >= 6);
    for (QToolButton *button : buttons) {
        if (button->isVisible())
            QVERIFY2(!accessibleName(button).isEmpty(), qPrintable(describeWidget(button)));
    }
}

void TestAccessibility::detailHeadings_areHeadingsForScreenReaders()
{
    PersonalMarks marks;
    marks.available = true;
    marks.note = QStringLiteral("my note");
    const QList<DetailRenderer::Label> sections { DetailRenderer::Label::Summary, DetailRenderer::Label::Sources,
        DetailRenderer::Label::Facts, DetailRenderer::Label::YourNote, DetailRenderer::Label::InCode,
        DetailRenderer::Label::CompareWith, DetailRenderer::Label::Corrections, DetailRenderer::Label::OtherUses,
        DetailRenderer::Label::VendorUses, DetailRenderer::Label::Example };
    int checked = 0;
    for (const StatusEntry &entry : m_catalogue.entries()) {
        for (const Language language : { Language::English, Language::Chinese }) {
            QTextDocument document;
            document.setHtml(DetailRenderer::render(m_catalogue, entry, language, QString(), lightPalette(), marks));
            QHash<QString, int> levels; // block text -> heading level
            for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
                levels.insert(block.text().trimmed(), block.blockFormat().headingLevel());
            // The code and phrase is the document's title.
            QCOMPARE(document.begin().blockFormat().headingLevel(), 1);
            QStringList expected;
            for (const DetailRenderer::Label section : sections)
                expected << DetailRenderer::label(section);
            for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
                // A section's heading may carry a link after its name ("Example copy").
                for (const QString &name : std::as_const(expected)) {
                    if (it.key() == name || it.key().startsWith(name + u' ')) {
                        QVERIFY2(it.value() > 0, qPrintable(QStringLiteral("%1: %2").arg(entry.code).arg(it.key())));
                        ++checked;
                    }
                }
            }
            // Each source's name heads its text.
            for (const Description &description : entry.descriptions) {
                const Source *source = m_catalogue.source(description.sourceId);
                const QString name = source ? source->name.in(language) : description.sourceId;
                bool found = false;
                for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
                    if (block.text().startsWith(name) && block.blockFormat().headingLevel() > 0)
                        found = true;
                }
                QVERIFY2(found, qPrintable(QStringLiteral("%1: %2").arg(entry.code).arg(name)));
                ++checked;
            }
        }
    }
    // At least a summary and the sources, in each language, for every code.
    QVERIFY(checked >= 4 * m_catalogue.entries().size());
}

void TestAccessibility::compare_rowsThatDiffer_sayItWithASignAndAWord()
{
    const QPalette palette = lightPalette();
    QTextDocument document;
    document.setHtml(Comparison::renderHtml(m_catalogue, { 401, 403, 407 }, Language::English, palette));
    int differing = 0;
    int same = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextTable *table = QTextCursor(block).currentTable();
        if (!table)
            continue;
        const QTextTableCell cell = table->cellAt(block.position());
        if (cell.column() != 0 || cell.row() == 0 || block != cell.firstCursorPosition().block())
            continue;
        // The row's label cell: marked rows have AlternateBase and say so.
        const bool marked = cell.format().background().color() == palette.color(QPalette::AlternateBase);
        QString label;
        for (QTextBlock inCell = block; inCell.isValid() && inCell.position() < cell.lastPosition();
             inCell = inCell.next())
            label += inCell.text() + u' ';
        if (marked) {
            QVERIFY2(label.contains(u"\u2260 differs"), qPrintable(label));
            ++differing;
        } else {
            QVERIFY2(!label.contains(u"differs"), qPrintable(label));
            ++same;
        }
    }
    QVERIFY(differing >= 2);
    QVERIFY(same >= 1);
}

void TestAccessibility::study_rightAndWrong_areSaidInWords()
{
    showView(QStringLiteral("study-question"));
    const int right = m_window->studyView()->session()->currentQuestion().correctOption;
    const int wrong = (right + 1) % 4;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_1 + wrong));
    const QString verdict = child<QLabel>(QStringLiteral("answerVerdict"))->text();
    QVERIFY2(verdict.contains(u"Wrong"), qPrintable(verdict));
    const QString chosen = accessibleName(child<QPushButton>(QStringLiteral("option%1").arg(wrong + 1)));
    const QString answer = accessibleName(child<QPushButton>(QStringLiteral("option%1").arg(right + 1)));
    QVERIFY2(chosen.endsWith(u"your answer, wrong"), qPrintable(chosen));
    QVERIFY2(answer.endsWith(u"the right answer"), qPrintable(answer));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    const int next = m_window->studyView()->session()->currentQuestion().correctOption;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_1 + next));
    QVERIFY(child<QLabel>(QStringLiteral("answerVerdict"))->text().contains(u"Right"));
}

void TestAccessibility::charts_sayTheirDataInWords()
{
    showView(QStringLiteral("study-question"));
    const int right = m_window->studyView()->session()->currentQuestion().correctOption;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_1 + right));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    const int wrong = (m_window->studyView()->session()->currentQuestion().correctOption + 1) % 4;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_1 + wrong));
    m_window->studyView()->leaveSession();
    ReviewChart *chart = child<ReviewChart>(QStringLiteral("reviewChart"));
    QVERIFY(!accessibleName(chart).isEmpty());
    // The learner's day, which begins at 4 a.m. (the Study view's default).
    const QDate studyDay = QDateTime::currentDateTime().addSecs(-4 * 3600).date();
    const QString today = QLocale().dayName(studyDay.dayOfWeek(), QLocale::ShortFormat);
    const QString description = chart->accessibleDescription();
    QVERIFY2(description.startsWith(u"2 reviews in the last 90 days; at most 2 on one day; 1 answered right."),
        qPrintable(description));
    QVERIFY2(description.endsWith(QStringLiteral("%1 2 (1 right)").arg(today)), qPrintable(description));
    MasteryBars *bars = child<MasteryBars>(QStringLiteral("masteryBars"));
    QVERIFY(!accessibleName(bars).isEmpty());
    QVERIFY2(bars->accessibleDescription().contains(u"1xx: ") && bars->accessibleDescription().contains(u"5xx: "),
        qPrintable(bars->accessibleDescription()));
    // The same through the accessibility interface a screen reader reads.
    QCOMPARE(QAccessible::queryAccessibleInterface(chart)->text(QAccessible::Description), description);
}

void TestAccessibility::contrastRatio_matchesWcag()
{
    // Reference values from the WCAG 2 definition (and WebAIM's checker).
    QCOMPARE(qRound(ReadableColours::contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(qRound(ReadableColours::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    QCOMPARE(qRound(ReadableColours::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
    QCOMPARE(qRound(ReadableColours::contrastRatio(QColor(0x2a, 0x82, 0xda), QColor(0x2a, 0x2a, 0x2a)) * 100), 363);
    QCOMPARE(ReadableColours::contrastRatio(Qt::red, Qt::red), 1.0);
}

void TestAccessibility::contrastCheck_findsIllegibleText()
{
    const QPalette dark = commonDarkPalette();
    QVERIFY(contrastProblems(QStringLiteral("<p>plain</p>"), dark).isEmpty());
    const QList<ContrastProblem> problems = contrastProblems(
        QStringLiteral("<p style=\"color:#000000;\">black on dark</p><h3 style=\"color:#777777;\">grey heading</h3>"
                       "<p style=\"background-color:#ffffff;\">white on white</p>"),
        dark);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).text, QStringLiteral("black on dark"));
    QCOMPARE(problems.at(0).background, dark.color(QPalette::Base));
    QCOMPARE(problems.at(1).text, QStringLiteral("white on white"));
    QCOMPARE(problems.at(1).required, 4.5);
    // A heading needs 3:1, which #777777 on #2a2a2a (3.3:1) has; body text would not.
    QCOMPARE(contrastProblems(QStringLiteral("<p style=\"color:#777777;\">grey</p>"), dark).size(), 1);
}

void TestAccessibility::everyPane_isLegible_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light Fusion") << lightPalette();
    QTest::newRow("common dark") << commonDarkPalette();
}

void TestAccessibility::everyPane_isLegible()
{
    QFETCH(QPalette, palette);
    // As in the application: the link colour a document does not set comes from here.
    QApplication::setPalette(palette);
    QCoreApplication::sendPostedEvents();
    QStringList problems;
    const auto check = [&](const QString &what, const QString &html) {
        for (const ContrastProblem &problem : contrastProblems(html, palette))
            problems << what + QStringLiteral(": ") + problem.describe();
    };
    PersonalMarks starred;
    starred.available = true;
    starred.starred = true;
    starred.note = QStringLiteral("a note that mentions the resource");
    int panes = 0;
    for (const StatusEntry &entry : m_catalogue.entries()) {
        for (const Language language : { Language::English, Language::Chinese }) {
            // Search matches marked ("the" is in nearly every text), personal marks shown.
            check(QString::number(entry.code),
                DetailRenderer::render(m_catalogue, entry, language,
                    language == Language::English ? QStringLiteral("the resource") : QStringLiteral("资源"), palette,
                    starred));
            ++panes;
        }
    }
    for (const CodeGroup &group : m_catalogue.groups())
        check(QStringLiteral("compare ") + group.id,
            Comparison::renderHtml(m_catalogue, group.codes, Language::English, palette));
    check(QStringLiteral("about"), AboutDialog::aboutHtml(m_catalogue, Language::English));
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(u'\n')));
    QCOMPARE(panes, 2 * m_catalogue.entries().size());

    // And as the widgets show them: the pane's placeholder, the comparison.
    m_window->showCode(404);
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("searchField")), QStringLiteral("resource"));
    const QList<ContrastProblem> pane
        = contrastProblems(child<QTextBrowser>(QStringLiteral("detailView"))->toHtml(), palette);
    QVERIFY2(pane.isEmpty(), qPrintable(describe(pane)));
    m_window->showComparison({ 301, 302, 307, 308 });
    const QList<ContrastProblem> comparison = contrastProblems(m_window->compareView()->html(), palette);
    QVERIFY2(comparison.isEmpty(), qPrintable(describe(comparison)));
}

void TestAccessibility::paletteChange_rendersEveryViewInTheNewColours()
{
    QApplication::setPalette(lightPalette());
    QCoreApplication::sendPostedEvents();
    const QPalette light = QApplication::palette();
    const QPalette dark = commonDarkPalette();
    m_window->showCode(404);
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("searchField")), QStringLiteral("resource"));
    QTextBrowser *detail = child<QTextBrowser>(QStringLiteral("detailView"));
    m_window->showComparison({ 301, 308 });
    m_window->showStudy();
    showView(QStringLiteral("study-answered"));
    QLabel *openInBrowser = child<QLabel>(QStringLiteral("openInBrowser"));
    const QString lightMuted = ReadableColours::mutedText(light).name();
    const QString darkMuted = ReadableColours::mutedText(dark).name();
    const QString lightMatch = ReadableColours::matchBackground(light).name();
    const QString darkMatch = ReadableColours::matchBackground(dark).name();
    QVERIFY(lightMuted != darkMuted && lightMatch != darkMatch);
    QVERIFY(htmlColours(detail->toHtml()).contains(lightMuted));
    QVERIFY(htmlColours(detail->toHtml()).contains(lightMatch));
    QVERIFY(htmlColours(m_window->compareView()->html()).contains(light.color(QPalette::AlternateBase).name()));

    // The system turns dark while the window is open.
    QApplication::setPalette(dark);
    QCoreApplication::sendPostedEvents(); // QApplication posts the change to the widgets
    QCOMPARE(detail->palette().color(QPalette::Base), dark.color(QPalette::Base));
    const QSet<QString> pane = htmlColours(detail->toHtml());
    QVERIFY2(pane.contains(darkMuted) && pane.contains(darkMatch),
        qPrintable(QStringList(pane.cbegin(), pane.cend()).join(u' ')));
    QVERIFY(!pane.contains(lightMuted) && !pane.contains(lightMatch));
    QVERIFY(contrastProblems(detail->toHtml(), dark).isEmpty());
    const QSet<QString> comparison = htmlColours(m_window->compareView()->html());
    QVERIFY(comparison.contains(dark.color(QPalette::AlternateBase).name()));
    QVERIFY(!comparison.contains(light.color(QPalette::AlternateBase).name()));
    QVERIFY(contrastProblems(m_window->compareView()->html(), dark).isEmpty());
    QVERIFY2(openInBrowser->text().contains(ReadableColours::link(dark, QPalette::AlternateBase).name()),
        qPrintable(openInBrowser->text()));

    // And back to light, with the placeholder shown.
    m_window->showBrowser();
    QApplication::setPalette(light);
    QCoreApplication::sendPostedEvents();
    QVERIFY(htmlColours(detail->toHtml()).contains(lightMuted));
    QVERIFY(!htmlColours(detail->toHtml()).contains(darkMuted));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
