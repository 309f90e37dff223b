#pragma once

#include "catalogue.h"
#include "question.h"
#include "studysession.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeWidget;

namespace codex {

class MasteryBars;
class ProgressStore;
class ReviewChart;

// The Study view: decks with their counts, the study settings and progress
// at a glance; then a session, one card at a time, with the answer
// explained by the summary and the source text or correction the question
// came from. Keyboard throughout: 1 to 4 choose or rate, digits and Enter
// answer with a code, Space turns a flashcard, Enter goes on, Esc leaves.
// Built the first time it is opened, so that it costs start-up nothing.
class StudyView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyView)

public:
    enum class Page { Overview, Question, Done, Mistakes };

    StudyView(const Catalogue *catalogue, ProgressStore *store, Language language, QWidget *parent = nullptr);
    ~StudyView() override;

    void setCatalogue(const Catalogue *catalogue);
    void setLanguage(Language language);

    Page page() const;
    StudySession *session() const { return m_session.get(); }
    bool isAnswered() const { return m_answered; }
    // Refreshes the deck counts and statistics (a star elsewhere changes
    // the Starred deck).
    void refresh();

public slots:
    void startSession();
    // A mock exam on the chosen deck: mixed questions that schedule nothing.
    void startExam();
    // The mistakes notebook, and a mock exam on its cards.
    void showMistakes();
    void startMistakesExam();
    void leaveSession();

signals:
    // "Open in the browser" after an answer.
    void openCodeRequested(int code);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createOverviewPage();
    QWidget *createQuestionPage();
    QWidget *createDonePage();
    QWidget *createMistakesPage();
    void startWith(StudyOptions options);
    void flag(const QString &reason);
    QString examSummary() const;
    void retranslateUi();
    void loadOptions();
    void saveOptions();
    StudyOptions currentOptions() const;
    void nextQuestion();
    void showQuestion();
    void answerWith(const std::optional<AnswerOutcome> &outcome, int chosenOption);
    void chooseOption(int index);
    void submitCode();
    void turnFlashcard();
    void rate(int rating);
    void goOn();
    void showOpenInBrowserLink();

    const Catalogue *m_catalogue;
    ProgressStore *m_store;
    Language m_language;
    std::unique_ptr<StudySession> m_session;
    Question m_question;
    bool m_answered = false;
    bool m_turned = false;
    int m_number = 0;
    QElapsedTimer m_questionTimer;

    QStackedWidget *m_pages = nullptr;
    // Overview.
    QLabel *m_notice = nullptr;
    QLabel *m_decksTitle = nullptr;
    QTreeWidget *m_decks = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_languagesLabel = nullptr;
    QComboBox *m_languages = nullptr;
    QLabel *m_newLimitLabel = nullptr;
    QSpinBox *m_newLimit = nullptr;
    QLabel *m_retentionLabel = nullptr;
    QSpinBox *m_retention = nullptr;
    QLabel *m_deckLimitLabel = nullptr;
    QSpinBox *m_deckLimit = nullptr;
    QLabel *m_dayStartLabel = nullptr;
    QSpinBox *m_dayStart = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_exam = nullptr;
    QPushButton *m_openMistakes = nullptr;
    QLabel *m_statsTitle = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_chartTitle = nullptr;
    ReviewChart *m_chart = nullptr;
    QLabel *m_masteryTitle = nullptr;
    MasteryBars *m_mastery = nullptr;
    // Question.
    QWidget *m_questionScroll = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_prompt = nullptr;
    QLabel *m_passage = nullptr;
    QList<QPushButton *> m_options;
    QLineEdit *m_code = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_turn = nullptr;
    QLabel *m_back = nullptr;
    QList<QPushButton *> m_ratings;
    QFrame *m_feedback = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_openInBrowser = nullptr;
    QPushButton *m_continue = nullptr;
    QPushButton *m_leave = nullptr;
    QPushButton *m_flagWrong = nullptr;
    QPushButton *m_flagUnclear = nullptr;
    QLabel *m_flagged = nullptr;
    // Done.
    QLabel *m_doneMessage = nullptr;
    QPushButton *m_backToDecks = nullptr;

    QLabel *m_mistakesTitle = nullptr;
    QTreeWidget *m_mistakes = nullptr;
    QPushButton *m_mistakesExam = nullptr;
    QPushButton *m_mistakesBack = nullptr;
};

} // namespace codex
