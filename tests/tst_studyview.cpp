// The Study view driven as a learner drives it: keys and clicks on the real
// widgets, over a real progress database in a temporary directory.
#include "catalogueloader.h"
#include "progresscharts.h"
#include "progressstore.h"
#include "studyview.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>
#include <optional>

using namespace codex;

class TestStudyView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void overview_listsEveryDeckWithItsCounts();
    void answeringRightAndWrong_saysSoAndChangesTheCounts();
    void flashcard_turnsWithSpaceAndIsRatedWithADigit();
    void codeQuestion_takesDigitsAndEnter();
    void phraseQuestion_takesTypedWordsAndFullWidthDigitsCount();
    void wrongChoice_saysWhatTheChosenOptionMeans();
    void escape_leavesTheSessionAndKeepsWhatWasAnswered();
    void afterTheLastCard_saysDoneAndWhenTheNextIsDue();
    void openInBrowser_asksForTheCode();
    void optionsAreKeptInTheDatabase();
    void unwritableLocation_studiesButSaysNothingIsKept();
    void charts_describeWhatTheyShow();
    void flashcard_waitsForEnterBeforeTheBack();
    void wrongAnswer_comesBackInTheSession();
    void mockExam_leavesTheScheduleUntouchedAndScores();
    void flagAndMistakes_areKeptAndListed();
    void limitSpent_saysSoAndHowToChangeIt();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_view->findChild<T *>(name);
    }
    QTreeWidgetItem *deckItem(const QString &id) const;
    void chooseDeck(const QString &id);
    void chooseKind(const QString &kind);
    QString verdict() const { return child<QLabel>(QStringLiteral("answerVerdict"))->text(); }

    std::optional<Catalogue> m_catalogue;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<StudyView> m_view;
};

void TestStudyView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const LoadResult result = CatalogueLoader::loadEmbedded();
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    m_catalogue = result.catalogue;
}

void TestStudyView::init()
{
    m_translations = std::make_unique<Translations>();
    QVERIFY(m_translations->apply(Language::English));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProgressStore>(m_dir->path());
    m_view = std::make_unique<StudyView>(&*m_catalogue, m_store.get(), Language::English);
    m_view->resize(900, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestStudyView::cleanup()
{
    m_view.reset();
    m_store.reset();
    m_dir.reset();
    m_translations.reset();
}

QTreeWidgetItem *TestStudyView::deckItem(const QString &id) const
{
    QTreeWidget *decks = child<QTreeWidget>(QStringLiteral("deckList"));
    for (int i = 0; i < decks->topLevelItemCount(); ++i) {
        if (decks->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
            return decks->topLevelItem(i);
    }
    return nullptr;
}

void TestStudyView::chooseDeck(const QString &id)
{
    QTreeWidgetItem *item = deckItem(id);
    QVERIFY(item);
    child<QTreeWidget>(QStringLiteral("deckList"))->setCurrentItem(item);
}

void TestStudyView::chooseKind(const QString &kind)
{
    QComboBox *kinds = child<QComboBox>(QStringLiteral("kindChoice"));
    const int index = kinds->findData(kind);
    QVERIFY(index >= 0);
    kinds->setCurrentIndex(index);
    emit kinds->activated(index);
}

void TestStudyView::overview_listsEveryDeckWithItsCounts()
{
    QCOMPARE(m_view->page(), StudyView::Page::Overview);
    QTreeWidget *decks = child<QTreeWidget>(QStringLiteral("deckList"));
    QCOMPARE(decks->topLevelItemCount(), int(Decks::ids().size() + m_catalogue->groups().size()));
    QVERIFY(deckItem(QStringLiteral("group:redirects")));
    for (const QString &id : Decks::ids())
        QVERIFY2(deckItem(id), qPrintable(id));
    // Nothing studied yet: everything new.
    QTreeWidgetItem *common = deckItem(QStringLiteral("common"));
    QVERIFY(common->text(1).toInt() > 100);
    QCOMPARE(common->text(2), QStringLiteral("0"));
    QCOMPARE(common->text(3), QStringLiteral("0"));
    QCOMPARE(deckItem(QStringLiteral("starred"))->text(1), QStringLiteral("0"));
    // Choosing one kind counts only its cards.
    chooseKind(QStringLiteral("scenario"));
    QCOMPARE(deckItem(QStringLiteral("common"))->text(1), QStringLiteral("28"));
}

void TestStudyView::answeringRightAndWrong_saysSoAndChangesTheCounts()
{
    chooseDeck(QStringLiteral("common"));
    chooseKind(QStringLiteral("choice"));
    const int newBefore = deckItem(QStringLiteral("common"))->text(1).toInt();
    QTest::mouseClick(child<QPushButton>(QStringLiteral("startStudy")), Qt::LeftButton);
    QCOMPARE(m_view->page(), StudyView::Page::Question);
    QVERIFY(child<QLabel>(QStringLiteral("questionPrompt"))->text().startsWith(u"What is the reason phrase of "));

    // Right, with the number key of the right option.
    int right = m_view->session()->currentQuestion().correctOption;
    QTest::keyClick(m_view.get(), Qt::Key(Qt::Key_1 + right));
    QVERIFY(m_view->isAnswered());
    QVERIFY2(verdict().startsWith(u"\u2713 Right"), qPrintable(verdict()));
    QVERIFY(child<QLabel>(QStringLiteral("answerExplanation"))->isVisible());
    QVERIFY(!child<QLabel>(QStringLiteral("answerExplanation"))->text().isEmpty());
    // The buttons mark the right answer in a sign, not only in colour.
    QVERIFY(child<QPushButton>(QStringLiteral("option%1").arg(right + 1))->text().startsWith(u"\u2713"));
    // Keys do nothing more until Enter goes on.
    QTest::keyClick(m_view.get(), Qt::Key_1);
    QCOMPARE(m_store->reviewCount(), 1);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QVERIFY(!m_view->isAnswered());

    // Wrong, by clicking another option.
    right = m_view->session()->currentQuestion().correctOption;
    const int wrong = (right + 1) % 4;
    QTest::mouseClick(child<QPushButton>(QStringLiteral("option%1").arg(wrong + 1)), Qt::LeftButton);
    QVERIFY2(verdict().startsWith(u"\u2717 Wrong"), qPrintable(verdict()));
    QVERIFY(verdict().contains(m_view->session() ? QString() : QString()));
    QVERIFY(child<QPushButton>(QStringLiteral("option%1").arg(wrong + 1))->text().startsWith(u"\u2717"));
    QCOMPARE(m_store->reviewCount(), 2);
    const QList<ReviewRecord> reviews = m_store->reviews();
    QVERIFY(reviews.at(0).correct);
    QCOMPARE(reviews.at(0).rating, Rating::Good);
    QVERIFY(!reviews.at(1).correct);
    QCOMPARE(reviews.at(1).rating, Rating::Again);

    // Back in the overview, two cards fewer are new.
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QCOMPARE(m_view->page(), StudyView::Page::Overview);
    QTreeWidgetItem *common = deckItem(QStringLiteral("common"));
    QCOMPARE(common->text(1).toInt(), newBefore - 2);
    QCOMPARE(common->text(2).toInt() + common->text(3).toInt(), 2);
    QVERIFY(child<QLabel>(QStringLiteral("studySummary"))->text().contains(u"Reviews: 2 (2 today)"));
}

void TestStudyView::flashcard_turnsWithSpaceAndIsRatedWithADigit()
{
    chooseDeck(QStringLiteral("5xx"));
    chooseKind(QStringLiteral("flashcard"));
    m_view->startSession();
    QPushButton *turn = child<QPushButton>(QStringLiteral("turnCard"));
    QLabel *back = child<QLabel>(QStringLiteral("cardBack"));
    QVERIFY(turn->isVisible());
    QVERIFY(!back->isVisible());
    // A digit before the card is turned rates nothing.
    QTest::keyClick(m_view.get(), Qt::Key_3);
    QVERIFY(!m_view->isAnswered());
    QTest::keyClick(turn, Qt::Key_Space);
    QVERIFY(back->isVisible());
    QVERIFY(back->text().contains(m_catalogue->entry(m_view->session()->currentQuestion().code)->phrase));
    QVERIFY(child<QPushButton>(QStringLiteral("rate4"))->isVisible());
    QTest::keyClick(m_view.get(), Qt::Key_4);
    QVERIFY(m_view->isAnswered());
    QCOMPARE(m_store->reviews().first().rating, Rating::Easy);
    QCOMPARE(m_store->reviews().first().kind, QStringLiteral("flashcard"));
}

void TestStudyView::codeQuestion_takesDigitsAndEnter()
{
    chooseDeck(QStringLiteral("4xx"));
    chooseKind(QStringLiteral("code"));
    m_view->startSession();
    QLineEdit *code = child<QLineEdit>(QStringLiteral("codeAnswer"));
    QVERIFY(code->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), code);
    const int answer = m_view->session()->currentQuestion().code;
    QTest::keyClicks(code, QString::number(answer));
    QTest::keyClick(code, Qt::Key_Return);
    QVERIFY(m_view->isAnswered());
    QVERIFY2(verdict().startsWith(u"\u2713 Right"), qPrintable(verdict()));
    // The Enter that answered did not also go on past the answer.
    QCOMPARE(m_store->reviewCount(), 1);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QVERIFY(!m_view->isAnswered());
    QTest::keyClicks(code, QStringLiteral("599"));
    QTest::keyClick(code, Qt::Key_Enter);
    QVERIFY2(verdict().startsWith(u"\u2717 Wrong"), qPrintable(verdict()));
    QCOMPARE(m_store->reviews().last().answer, QStringLiteral("599"));
}

void TestStudyView::phraseQuestion_takesTypedWordsAndFullWidthDigitsCount()
{
    // Typed recall (issue 19): the reason phrase in any case is right; a
    // wrong phrase says what the right one is.
    chooseDeck(QStringLiteral("4xx"));
    chooseKind(QStringLiteral("phrase"));
    m_view->startSession();
    QLineEdit *field = child<QLineEdit>(QStringLiteral("codeAnswer"));
    QVERIFY(field->isVisible());
    const Question question = m_view->session()->currentQuestion();
    QVERIFY(question.takesText());
    const QString phrase = m_catalogue->entry(question.code)->phrase;
    QTest::keyClicks(field, phrase.toUpper());
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(m_view->isAnswered());
    QVERIFY2(verdict().startsWith(u"\u2713 Right"), qPrintable(verdict()));
    QCOMPARE(m_store->reviews().last().kind, QStringLiteral("phrase"));
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QTest::keyClicks(field, QStringLiteral("I'm a kettle"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY2(verdict().startsWith(u"\u2717 Wrong"), qPrintable(verdict()));
    QVERIFY(!m_store->reviews().last().correct);

    // A code question takes the full-width digits a Chinese input method types.
    m_view->leaveSession();
    chooseKind(QStringLiteral("code"));
    m_view->startSession();
    const int code = m_view->session()->currentQuestion().code;
    QString fullWidth;
    for (const QChar digit : QString::number(code))
        fullWidth += QChar(char16_t(digit.unicode() - u'0' + 0xFF10));
    field->setText(fullWidth); // what an input method commits; QTest types ASCII only
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY2(verdict().startsWith(u"\u2713 Right"), qPrintable(verdict()));
    QCOMPARE(m_store->reviews().last().answer, QString::number(code));
}

void TestStudyView::wrongChoice_saysWhatTheChosenOptionMeans()
{
    chooseDeck(QStringLiteral("3xx"));
    chooseKind(QStringLiteral("scenario"));
    m_view->startSession();
    const Question question = m_view->session()->currentQuestion();
    const int wrong = (question.correctOption + 1) % int(question.options.size());
    QTest::keyClick(m_view.get(), Qt::Key(Qt::Key_1 + wrong));
    QVERIFY(m_view->isAnswered());
    const QString explanation = child<QLabel>(QStringLiteral("answerExplanation"))->text();
    // "You chose 302 Found: that means ..." in the language of the prompt.
    const int chosen = question.optionCodes.at(wrong);
    QVERIFY2(explanation.contains(QString::number(chosen)), qPrintable(explanation));
    QVERIFY2(explanation.contains(m_catalogue->entry(chosen)->oneLine.en), qPrintable(explanation));
}

void TestStudyView::escape_leavesTheSessionAndKeepsWhatWasAnswered()
{
    chooseDeck(QStringLiteral("standard"));
    m_view->startSession();
    QTest::keyClick(m_view.get(), Qt::Key(Qt::Key_1 + std::max(0, m_view->session()->currentQuestion().correctOption)));
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QCOMPARE(m_view->page(), StudyView::Page::Overview);
    QVERIFY(!m_view->session());
    QCOMPARE(m_store->reviewCount(), 1);
    // A new session asks the rest of today's new cards: one was used.
    m_view->startSession();
    QCOMPARE(m_view->session()->newAtStart(), 9);
}

void TestStudyView::afterTheLastCard_saysDoneAndWhenTheNextIsDue()
{
    chooseDeck(QStringLiteral("1xx"));
    chooseKind(QStringLiteral("choice"));
    child<QSpinBox>(QStringLiteral("newLimit"))->setValue(2);
    m_view->startSession();
    // Two new cards, each asked again at its 10-minute learning step.
    int answers = 0;
    while (m_view->page() == StudyView::Page::Question && answers < 10) {
        QTest::keyClick(m_view.get(), Qt::Key(Qt::Key_1 + m_view->session()->currentQuestion().correctOption));
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        ++answers;
    }
    QCOMPARE(answers, 4);
    QCOMPARE(m_view->page(), StudyView::Page::Done);
    const QString message = child<QLabel>(QStringLiteral("doneMessage"))->text();
    QVERIFY2(message.contains(u"done for today") && message.contains(u"2 of 2 right") && message.contains(u"next card is due"),
             qPrintable(message));
    // Today's limit is spent: starting again says so at once.
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    m_view->startSession();
    QCOMPARE(m_view->page(), StudyView::Page::Done);
}

void TestStudyView::openInBrowser_asksForTheCode()
{
    chooseDeck(QStringLiteral("3xx"));
    chooseKind(QStringLiteral("choice"));
    m_view->startSession();
    const int code = m_view->session()->currentQuestion().code;
    QTest::keyClick(m_view.get(), Qt::Key_1);
    QLabel *link = child<QLabel>(QStringLiteral("openInBrowser"));
    QVERIFY(link->isVisible());
    QVERIFY(link->text().contains(QString::number(code)));
    QSignalSpy spy(m_view.get(), &StudyView::openCodeRequested);
    emit link->linkActivated(QStringLiteral("code:%1").arg(code));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toInt(), code);
}

void TestStudyView::optionsAreKeptInTheDatabase()
{
    chooseDeck(QStringLiteral("4xx"));
    chooseKind(QStringLiteral("scenario"));
    child<QSpinBox>(QStringLiteral("newLimit"))->setValue(25);
    child<QSpinBox>(QStringLiteral("retention"))->setValue(85);
    QComboBox *languages = child<QComboBox>(QStringLiteral("languageChoice"));
    languages->setCurrentIndex(languages->findData(QStringLiteral("zh-en")));
    emit languages->activated(languages->currentIndex());
    m_view->startSession();
    // Chinese prompt, English options.
    QVERIFY(child<QLabel>(QStringLiteral("questionPrompt"))->text().contains(u"状态码"));
    m_view->leaveSession();
    m_view.reset();
    m_view = std::make_unique<StudyView>(&*m_catalogue, m_store.get(), Language::English);
    QCOMPARE(child<QSpinBox>(QStringLiteral("newLimit"))->value(), 25);
    QCOMPARE(child<QSpinBox>(QStringLiteral("retention"))->value(), 85);
    QCOMPARE(child<QComboBox>(QStringLiteral("kindChoice"))->currentData().toString(), QStringLiteral("scenario"));
    QCOMPARE(child<QComboBox>(QStringLiteral("languageChoice"))->currentData().toString(), QStringLiteral("zh-en"));
    QCOMPARE(child<QTreeWidget>(QStringLiteral("deckList"))->currentItem()->data(0, Qt::UserRole).toString(),
             QStringLiteral("4xx"));
    // What the command line reads too.
    QCOMPARE(m_store->setting(QStringLiteral("dailyNewLimit")), QStringLiteral("25"));
    QCOMPARE(m_store->setting(QStringLiteral("desiredRetention")), QStringLiteral("0.85"));
}

void TestStudyView::unwritableLocation_studiesButSaysNothingIsKept()
{
    // A directory that cannot be created: its parent is a regular file.
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ProgressStore memoryOnly(m_dir->filePath(QStringLiteral("file/data")));
    QVERIFY(!memoryOnly.isPersistent());
    StudyView view(&*m_catalogue, &memoryOnly, Language::English);
    view.show();
    QLabel *notice = view.findChild<QLabel *>(QStringLiteral("studyNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"Nothing you study now will be kept"), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(m_dir->filePath(QStringLiteral("file/data"))));
    view.startSession();
    QCOMPARE(view.page(), StudyView::Page::Question);
    QTest::keyClick(&view, Qt::Key_1);
    QVERIFY(view.isAnswered());
    QCOMPARE(memoryOnly.reviewCount(), 1); // kept for the session
}

void TestStudyView::charts_describeWhatTheyShow()
{
    chooseDeck(QStringLiteral("common"));
    chooseKind(QStringLiteral("choice"));
    m_view->startSession();
    QTest::keyClick(m_view.get(), Qt::Key(Qt::Key_1 + m_view->session()->currentQuestion().correctOption));
    m_view->leaveSession();
    ReviewChart *chart = child<ReviewChart>(QStringLiteral("reviewChart"));
    QCOMPARE(chart->days().size(), 90);
    QCOMPARE(chart->days().last().reviews, 1);
    QVERIFY(chart->accessibleDescription().startsWith(u"1 reviews in the last 90 days"));
    MasteryBars *bars = child<MasteryBars>(QStringLiteral("masteryBars"));
    QCOMPARE(bars->mastery().size(), 5);
    QVERIFY(bars->mastery().at(1) > 0 || bars->mastery().at(2) > 0 || bars->mastery().at(3) > 0
            || bars->mastery().at(4) > 0);
    QVERIFY(!bars->accessibleDescription().isEmpty());
    // Painting in a dark palette neither crashes nor draws nothing.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x10, 0x10, 0x10));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    chart->setPalette(dark);
    const QImage image = chart->grab().toImage();
    bool highlighted = false;
    for (int x = 0; x < image.width() && !highlighted; ++x) {
        for (int y = 0; y < image.height() && !highlighted; ++y)
            highlighted = image.pixel(x, y) == dark.color(QPalette::Highlight).darker(130).rgb()
                       || image.pixel(x, y) == dark.color(QPalette::Highlight).rgb();
    }
    QVERIFY(highlighted);
}

void TestStudyView::flashcard_waitsForEnterBeforeTheBack()
{
    chooseDeck(QStringLiteral("common"));
    chooseKind(QStringLiteral("flashcard"));
    m_view->startSession();
    QLabel *back = child<QLabel>(QStringLiteral("cardBack"));
    QVERIFY(!back->isVisible());
    QVERIFY(!child<QPushButton>(QStringLiteral("rate3"))->isVisible());
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QVERIFY(back->isVisible());
    QVERIFY(child<QPushButton>(QStringLiteral("rate3"))->isVisible());
    QVERIFY(!m_view->isAnswered()); // turning is not rating
    QTest::keyClick(m_view.get(), Qt::Key_3);
    QVERIFY(m_view->isAnswered());
    QCOMPARE(m_store->reviews().first().rating, Rating::Good);
}

void TestStudyView::wrongAnswer_comesBackInTheSession()
{
    chooseDeck(QStringLiteral("2xx"));
    chooseKind(QStringLiteral("choice"));
    child<QSpinBox>(QStringLiteral("newLimit"))->setValue(2);
    m_view->startSession();
    const int missed = m_view->session()->currentCard().code;
    const int wrong = (m_view->session()->currentQuestion().correctOption + 1) % 4;
    QTest::keyClick(m_view.get(), Qt::Key(Qt::Key_1 + wrong));
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QTest::keyClick(m_view.get(), Qt::Key(Qt::Key_1 + m_view->session()->currentQuestion().correctOption));
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    // Not done: the card answered wrong is asked again, and says so.
    QCOMPARE(m_view->page(), StudyView::Page::Question);
    QCOMPARE(m_view->session()->currentCard().code, missed);
    QVERIFY(child<QLabel>(QStringLiteral("questionPosition"))->text().contains(u"once more"));
}

void TestStudyView::mockExam_leavesTheScheduleUntouchedAndScores()
{
    chooseDeck(QStringLiteral("common"));
    chooseKind(QStringLiteral("choice"));
    m_view->startSession();
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(m_view.get(), Qt::Key_1);
        QTest::keyClick(m_view.get(), Qt::Key_Return);
    }
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    chooseKind(QString());
    // Some history, then the exam.
    const QList<CardRecord> before = m_store->cards();
    const qint64 reviews = m_store->reviewCount();
    QVERIFY(before.size() >= 3);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("startExam")), Qt::LeftButton);
    QVERIFY(m_view->session() && m_view->session()->isPractice());
    const int planned = m_view->session()->planned();
    QCOMPARE(planned, 20);
    for (int i = 0; i < planned; ++i) {
        const Question &question = m_view->session()->currentQuestion();
        if (question.isRated()) {
            QTest::keyClick(m_view.get(), Qt::Key_Return);
            QTest::keyClick(m_view.get(), Qt::Key_1);
        } else if (question.takesCode() || question.takesText()) {
            // A code, or a typed phrase: the same field takes both.
            QTest::keyClicks(child<QLineEdit>(QStringLiteral("codeAnswer")),
                             question.takesCode() ? QStringLiteral("599") : QStringLiteral("No Such Phrase"));
            QTest::keyClick(child<QLineEdit>(QStringLiteral("codeAnswer")), Qt::Key_Return);
        } else {
            QTest::keyClick(m_view.get(), Qt::Key_1);
        }
        QVERIFY(m_view->isAnswered());
        QTest::keyClick(m_view.get(), Qt::Key_Return);
    }
    QCOMPARE(m_view->page(), StudyView::Page::Done);
    const QString message = child<QLabel>(QStringLiteral("doneMessage"))->text();
    QVERIFY2(message.startsWith(u"Mock exam: ") && message.contains(u"xx ") && message.contains(u"Missed:"),
             qPrintable(message));
    QCOMPARE(m_store->reviewCount(), reviews);
    const QList<CardRecord> after = m_store->cards();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).memory.due, before.at(i).memory.due);
        QCOMPARE(after.at(i).memory.stability, before.at(i).memory.stability);
        QCOMPARE(after.at(i).memory.reps, before.at(i).memory.reps);
    }
}

void TestStudyView::flagAndMistakes_areKeptAndListed()
{
    chooseDeck(QStringLiteral("4xx"));
    chooseKind(QStringLiteral("code"));
    m_view->startSession();
    QTest::mouseClick(child<QPushButton>(QStringLiteral("flagUnclear")), Qt::LeftButton);
    QCOMPARE(m_store->flags().size(), 1);
    QCOMPARE(m_store->flags().first().reason, QStringLiteral("unclear"));
    QVERIFY(child<QLabel>(QStringLiteral("flagged"))->text().contains(u"unclear"));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("codeAnswer")), QStringLiteral("599"));
    QTest::keyClick(child<QLineEdit>(QStringLiteral("codeAnswer")), Qt::Key_Return);
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    m_view->showMistakes();
    QCOMPARE(m_view->page(), StudyView::Page::Mistakes);
    QTreeWidget *list = child<QTreeWidget>(QStringLiteral("mistakeList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(list->topLevelItem(0)->text(2).startsWith(u"599"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("mistakesExam")), Qt::LeftButton);
    QCOMPARE(m_view->page(), StudyView::Page::Question);
    QCOMPARE(m_view->session()->deck().id, QStringLiteral("mistakes"));
}

void TestStudyView::limitSpent_saysSoAndHowToChangeIt()
{
    chooseDeck(QStringLiteral("1xx"));
    chooseKind(QStringLiteral("choice"));
    child<QSpinBox>(QStringLiteral("newLimit"))->setValue(1);
    m_view->startSession();
    // The new card, then again at its learning step.
    for (int i = 0; i < 2; ++i) {
        QTest::keyClick(m_view.get(), Qt::Key(Qt::Key_1 + m_view->session()->currentQuestion().correctOption));
        QTest::keyClick(m_view.get(), Qt::Key_Return);
    }
    QCOMPARE(m_view->page(), StudyView::Page::Done);
    const QString message = child<QLabel>(QStringLiteral("doneMessage"))->text();
    QVERIFY2(message.contains(u"new cards are used up (1 a day)") && message.contains(u"New cards a day"),
             qPrintable(message));
}

QTEST_MAIN(TestStudyView)
#include "tst_studyview.moc"
