#include "studyview.h"

#include "deck.h"
#include "progresscharts.h"
#include "progressstore.h"
#include "readablecolours.h"
#include "studystats.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace codex {

namespace {

constexpr const char16_t *SettingDeck = u"studyDeck";
constexpr const char16_t *SettingKind = u"studyKind";
constexpr const char16_t *SettingLanguages = u"studyLanguages"; // "same", "zh-en", "en-zh"
constexpr const char16_t *SettingNewLimit = u"dailyNewLimit";
constexpr const char16_t *SettingRetention = u"desiredRetention";
constexpr const char16_t *SettingDeckLimit = u"deckNewLimit";  // 0: no limit of the deck's own
constexpr const char16_t *SettingDayStart = u"dayStartHour";
constexpr int ExamQuestions = 20;

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

int utcOffsetNow()
{
    return QDateTime::currentDateTime().offsetFromUtc();
}

} // namespace

StudyView::StudyView(const Catalogue *catalogue, ProgressStore *store, Language language, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_store(store)
    , m_language(language)
{
    setObjectName(QStringLiteral("studyView"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createOverviewPage());
    m_pages->addWidget(createQuestionPage());
    m_pages->addWidget(createDonePage());
    m_pages->addWidget(createMistakesPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    retranslateUi();
    loadOptions();
    refresh();
}

StudyView::~StudyView() = default;

QWidget *StudyView::createOverviewPage()
{
    auto *page = new QWidget(this);
    m_notice = wrappingLabel(page);
    m_notice->setObjectName(QStringLiteral("studyNotice"));
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->hide();

    m_decksTitle = new QLabel(page);
    m_decks = new QTreeWidget(page);
    m_decks->setObjectName(QStringLiteral("deckList"));
    m_decks->setColumnCount(4);
    m_decks->setRootIsDecorated(false);
    m_decks->setUniformRowHeights(true);
    m_decks->header()->setStretchLastSection(false);
    m_decks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_decks->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_decksTitle->setBuddy(m_decks);
    connect(m_decks, &QTreeWidget::itemActivated, this, [this] { startSession(); });

    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kindChoice"));
    m_languages = new QComboBox(page);
    m_languages->setObjectName(QStringLiteral("languageChoice"));
    m_newLimit = new QSpinBox(page);
    m_newLimit->setObjectName(QStringLiteral("newLimit"));
    m_newLimit->setRange(0, 200);
    m_retention = new QSpinBox(page);
    m_retention->setObjectName(QStringLiteral("retention"));
    m_retention->setRange(70, 99);
    m_retention->setSuffix(QStringLiteral(" %"));
    m_deckLimit = new QSpinBox(page);
    m_deckLimit->setObjectName(QStringLiteral("deckNewLimit"));
    m_deckLimit->setRange(0, 200);
    m_dayStart = new QSpinBox(page);
    m_dayStart->setObjectName(QStringLiteral("dayStart"));
    m_dayStart->setRange(0, 23);
    m_dayStart->setSuffix(QStringLiteral(":00"));
    m_deckLimitLabel = new QLabel(page);
    m_dayStartLabel = new QLabel(page);
    m_deckLimitLabel->setBuddy(m_deckLimit);
    m_dayStartLabel->setBuddy(m_dayStart);
    m_kindLabel = new QLabel(page);
    m_languagesLabel = new QLabel(page);
    m_newLimitLabel = new QLabel(page);
    m_retentionLabel = new QLabel(page);
    m_kindLabel->setBuddy(m_kind);
    m_languagesLabel->setBuddy(m_languages);
    m_newLimitLabel->setBuddy(m_newLimit);
    m_retentionLabel->setBuddy(m_retention);
    auto *options = new QFormLayout;
    options->addRow(m_kindLabel, m_kind);
    options->addRow(m_languagesLabel, m_languages);
    options->addRow(m_newLimitLabel, m_newLimit);
    options->addRow(m_deckLimitLabel, m_deckLimit);
    options->addRow(m_dayStartLabel, m_dayStart);
    options->addRow(m_retentionLabel, m_retention);
    const auto changed = [this] {
        saveOptions();
        refresh();
    };
    connect(m_kind, &QComboBox::activated, this, changed);
    connect(m_languages, &QComboBox::activated, this, changed);
    connect(m_newLimit, &QSpinBox::valueChanged, this, changed);
    connect(m_retention, &QSpinBox::valueChanged, this, changed);
    connect(m_deckLimit, &QSpinBox::valueChanged, this, changed);
    connect(m_dayStart, &QSpinBox::valueChanged, this, changed);

    m_start = new QPushButton(page);
    m_start->setObjectName(QStringLiteral("startStudy"));
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &StudyView::startSession);
    m_exam = new QPushButton(page);
    m_exam->setObjectName(QStringLiteral("startExam"));
    connect(m_exam, &QPushButton::clicked, this, &StudyView::startExam);
    m_openMistakes = new QPushButton(page);
    m_openMistakes->setObjectName(QStringLiteral("openMistakes"));
    connect(m_openMistakes, &QPushButton::clicked, this, &StudyView::showMistakes);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_exam);
    buttons->addWidget(m_openMistakes);
    buttons->addStretch();

    m_statsTitle = new QLabel(page);
    m_summary = wrappingLabel(page);
    m_summary->setObjectName(QStringLiteral("studySummary"));
    m_chartTitle = new QLabel(page);
    m_chart = new ReviewChart(page);
    m_chart->setObjectName(QStringLiteral("reviewChart"));
    m_masteryTitle = new QLabel(page);
    m_mastery = new MasteryBars(page);
    m_mastery->setObjectName(QStringLiteral("masteryBars"));

    auto *left = new QVBoxLayout;
    left->addWidget(m_decksTitle);
    left->addWidget(m_decks);
    left->addSpacing(8);
    left->addLayout(options);
    left->addLayout(buttons);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_statsTitle);
    right->addWidget(m_summary);
    right->addWidget(m_chartTitle);
    right->addWidget(m_chart);
    right->addWidget(m_masteryTitle);
    right->addWidget(m_mastery);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(16);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_notice);
    layout->addLayout(columns, 1);
    return page;
}

QWidget *StudyView::createQuestionPage()
{
    auto *page = new QWidget(this);
    m_position = new QLabel(page);
    m_position->setObjectName(QStringLiteral("questionPosition"));
    m_leave = new QPushButton(page);
    m_leave->setObjectName(QStringLiteral("leaveSession"));
    connect(m_leave, &QPushButton::clicked, this, &StudyView::leaveSession);
    m_flagWrong = new QPushButton(page);
    m_flagWrong->setObjectName(QStringLiteral("flagWrong"));
    connect(m_flagWrong, &QPushButton::clicked, this, [this] { flag(QStringLiteral("wrong")); });
    m_flagUnclear = new QPushButton(page);
    m_flagUnclear->setObjectName(QStringLiteral("flagUnclear"));
    connect(m_flagUnclear, &QPushButton::clicked, this, [this] { flag(QStringLiteral("unclear")); });
    m_flagged = new QLabel(page);
    m_flagged->setObjectName(QStringLiteral("flagged"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_position, 1);
    top->addWidget(m_flagged);
    top->addWidget(m_flagWrong);
    top->addWidget(m_flagUnclear);
    top->addWidget(m_leave);

    m_prompt = wrappingLabel(page);
    m_prompt->setObjectName(QStringLiteral("questionPrompt"));
    QFont promptFont = m_prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.3);
    promptFont.setBold(true);
    m_prompt->setFont(promptFont);
    m_passage = wrappingLabel(page);
    m_passage->setObjectName(QStringLiteral("questionPassage"));
    m_passage->setFrameShape(QFrame::StyledPanel);
    m_passage->setMargin(8);
    m_passage->setBackgroundRole(QPalette::Base);
    m_passage->setAutoFillBackground(true);

    auto *optionsLayout = new QVBoxLayout;
    for (int i = 0; i < 4; ++i) {
        auto *button = new QPushButton(page);
        button->setObjectName(QStringLiteral("option%1").arg(i + 1));
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 6px;"));
        connect(button, &QPushButton::clicked, this, [this, i] { chooseOption(i); });
        optionsLayout->addWidget(button);
        m_options << button;
    }

    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("codeAnswer"));
    // No validator: a Chinese input method types full-width digits, which
    // are digits all the same, and a Phrase question takes words.
    m_code->setMaxLength(100);
    m_check = new QPushButton(page);
    m_check->setObjectName(QStringLiteral("checkCode"));
    // Enter in the field answers, and is used up there: passed on, it would
    // also take the learner past the answer it just gave.
    m_code->installEventFilter(this);
    connect(m_check, &QPushButton::clicked, this, &StudyView::submitCode);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code);
    codeRow->addWidget(m_check);
    codeRow->addStretch();

    m_turn = new QPushButton(page);
    m_turn->setObjectName(QStringLiteral("turnCard"));
    connect(m_turn, &QPushButton::clicked, this, &StudyView::turnFlashcard);
    m_back = wrappingLabel(page);
    m_back->setObjectName(QStringLiteral("cardBack"));
    m_back->setFrameShape(QFrame::StyledPanel);
    m_back->setMargin(8);
    auto *ratingRow = new QHBoxLayout;
    for (int i = 0; i < 4; ++i) {
        auto *button = new QPushButton(page);
        button->setObjectName(QStringLiteral("rate%1").arg(i + 1));
        connect(button, &QPushButton::clicked, this, [this, i] { rate(i + 1); });
        ratingRow->addWidget(button);
        m_ratings << button;
    }
    ratingRow->addStretch();

    m_feedback = new QFrame(page);
    m_feedback->setObjectName(QStringLiteral("answerFeedback"));
    m_feedback->setFrameShape(QFrame::StyledPanel);
    m_feedback->setBackgroundRole(QPalette::AlternateBase);
    m_feedback->setAutoFillBackground(true);
    m_verdict = wrappingLabel(m_feedback);
    m_verdict->setObjectName(QStringLiteral("answerVerdict"));
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    m_explanation = wrappingLabel(m_feedback);
    m_explanation->setObjectName(QStringLiteral("answerExplanation"));
    m_source = wrappingLabel(m_feedback);
    m_source->setObjectName(QStringLiteral("answerSource"));
    m_openInBrowser = new QLabel(m_feedback);
    m_openInBrowser->setObjectName(QStringLiteral("openInBrowser"));
    m_openInBrowser->setTextFormat(Qt::RichText);
    m_openInBrowser->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_openInBrowser, &QLabel::linkActivated, this, [this] { emit openCodeRequested(m_question.code); });
    m_continue = new QPushButton(m_feedback);
    m_continue->setObjectName(QStringLiteral("continueStudy"));
    connect(m_continue, &QPushButton::clicked, this, &StudyView::goOn);
    auto *feedbackLayout = new QVBoxLayout(m_feedback);
    feedbackLayout->addWidget(m_verdict);
    feedbackLayout->addWidget(m_explanation);
    feedbackLayout->addWidget(m_source);
    auto *feedbackButtons = new QHBoxLayout;
    feedbackButtons->addWidget(m_openInBrowser);
    feedbackButtons->addStretch();
    feedbackButtons->addWidget(m_continue);
    feedbackLayout->addLayout(feedbackButtons);

    auto *content = new QWidget(page);
    // A line of 80 or so characters reads best; wider windows get margins.
    content->setMaximumWidth(fontMetrics().averageCharWidth() * 100);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(m_prompt);
    layout->addWidget(m_passage);
    layout->addLayout(optionsLayout);
    layout->addLayout(codeRow);
    layout->addWidget(m_turn, 0, Qt::AlignLeft);
    layout->addWidget(m_back);
    layout->addLayout(ratingRow);
    layout->addWidget(m_feedback);
    layout->addStretch();
    // Long source texts scroll instead of pushing the buttons off screen.
    auto *centred = new QWidget(page);
    auto *centring = new QHBoxLayout(centred);
    centring->addStretch();
    centring->addWidget(content, 100);
    centring->addStretch();
    auto *scroll = new QScrollArea(page);
    m_questionScroll = scroll; // a Tab stop: the keys scroll a long text
    scroll->setWidget(centred);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);
    return page;
}

QWidget *StudyView::createDonePage()
{
    auto *page = new QWidget(this);
    m_doneMessage = wrappingLabel(page);
    m_doneMessage->setObjectName(QStringLiteral("doneMessage"));
    QFont font = m_doneMessage->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_doneMessage->setFont(font);
    m_backToDecks = new QPushButton(page);
    m_backToDecks->setObjectName(QStringLiteral("backToDecks"));
    connect(m_backToDecks, &QPushButton::clicked, this, &StudyView::leaveSession);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(m_doneMessage);
    layout->addWidget(m_backToDecks, 0, Qt::AlignLeft);
    layout->addStretch(2);
    return page;
}

QWidget *StudyView::createMistakesPage()
{
    auto *page = new QWidget(this);
    m_mistakesTitle = new QLabel(page);
    m_mistakes = new QTreeWidget(page);
    m_mistakes->setObjectName(QStringLiteral("mistakeList"));
    m_mistakes->setColumnCount(4);
    m_mistakes->setRootIsDecorated(false);
    m_mistakes->setWordWrap(true);
    m_mistakesTitle->setBuddy(m_mistakes);
    m_mistakesExam = new QPushButton(page);
    m_mistakesExam->setObjectName(QStringLiteral("mistakesExam"));
    connect(m_mistakesExam, &QPushButton::clicked, this, &StudyView::startMistakesExam);
    m_mistakesBack = new QPushButton(page);
    m_mistakesBack->setObjectName(QStringLiteral("mistakesBack"));
    connect(m_mistakesBack, &QPushButton::clicked, this, &StudyView::leaveSession);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_mistakesExam);
    buttons->addWidget(m_mistakesBack);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_mistakesTitle);
    layout->addWidget(m_mistakes, 1);
    layout->addLayout(buttons);
    return page;
}

void StudyView::retranslateUi()
{
    m_decksTitle->setText(tr("&Decks"));
    //: The cards answered at least once and not due today; not "learned", which a wrong answer is not.
    m_decks->setHeaderLabels({tr("Deck"), tr("New"), tr("Due"), tr("Studied")});
    m_decks->setAccessibleName(tr("Decks"));
    m_kindLabel->setText(tr("&Questions:"));
    const int kind = m_kind->currentIndex();
    m_kind->clear();
    m_kind->addItem(tr("Every kind"), QString());
    m_kind->addItem(tr("Code to name, four options"), kindKey(QuestionKind::Choice));
    m_kind->addItem(tr("Name to code, typed"), kindKey(QuestionKind::Code));
    m_kind->addItem(tr("A source's words: which code?"), kindKey(QuestionKind::Source));
    m_kind->addItem(tr("True or false: a source's claim"), kindKey(QuestionKind::Claim));
    m_kind->addItem(tr("A situation: which code?"), kindKey(QuestionKind::Scenario));
    m_kind->addItem(tr("Flashcards"), kindKey(QuestionKind::Flashcard));
    m_kind->addItem(tr("Which header field goes with a code"), kindKey(QuestionKind::Header));
    m_kind->addItem(tr("Facts: caching, redirects, who sends it"), kindKey(QuestionKind::Fact));
    m_kind->addItem(tr("Type the reason phrase"), kindKey(QuestionKind::Phrase));
    m_kind->setCurrentIndex(std::max(0, kind));
    m_languagesLabel->setText(tr("&Languages:"));
    const int languages = m_languages->currentIndex();
    m_languages->clear();
    m_languages->addItem(tr("The interface language"), QStringLiteral("same"));
    m_languages->addItem(tr("Chinese questions, English answers"), QStringLiteral("zh-en"));
    m_languages->addItem(tr("English questions, Chinese answers"), QStringLiteral("en-zh"));
    m_languages->setCurrentIndex(std::max(0, languages));
    m_newLimitLabel->setText(tr("&New cards a day:"));
    m_retentionLabel->setText(tr("Desired &retention:"));
    m_deckLimitLabel->setText(tr("New cards a day per dec&k:"));
    m_deckLimit->setSpecialValueText(tr("No limit of its own"));
    m_deckLimit->setToolTip(tr("At most this many new cards a day from any one deck, within the limit for all decks."));
    m_dayStartLabel->setText(tr("A study day &begins at:"));
    m_dayStart->setToolTip(tr("Cards due on a day are due from this hour; answers before it count for the day before."));
    m_exam->setText(tr("Mock &exam"));
    m_exam->setToolTip(tr("%n mixed questions from the deck; your schedule does not change.", nullptr, ExamQuestions));
    m_openMistakes->setText(tr("&Mistakes notebook"));
    m_flagWrong->setText(tr("Flag as wrong"));
    m_flagUnclear->setText(tr("Flag as unclear"));
    m_mistakesTitle->setText(tr("&Mistakes: every question answered wrong"));
    m_mistakes->setHeaderLabels({tr("Code"), tr("Question"), tr("Your answer"), tr("Right answer")});
    m_mistakesExam->setText(tr("Ask them again (mock exam)"));
    m_mistakesBack->setText(tr("Back to the decks"));
    m_retention->setToolTip(tr("How sure you want to be of remembering a card when it comes back: higher means "
                               "more frequent reviews"));
    m_start->setText(tr("&Study now"));
    m_statsTitle->setText(tr("Progress"));
    m_chartTitle->setText(tr("Reviews a day, last 90 days"));
    m_chart->setAccessibleName(tr("Reviews a day, last 90 days"));
    m_masteryTitle->setText(tr("Mastery by class"));
    m_mastery->setAccessibleName(tr("Mastery by class"));
    m_questionScroll->setAccessibleName(tr("The question"));
    m_leave->setText(tr("Leave (Esc)"));
    m_code->setPlaceholderText(tr("Three digits, then Enter"));
    m_code->setAccessibleName(tr("Code"));
    m_check->setText(tr("Check"));
    m_turn->setText(tr("Show the answer (Enter)"));
    const QStringList ratings{tr("1 Again"), tr("2 Hard"), tr("3 Good"), tr("4 Easy")};
    for (int i = 0; i < m_ratings.size(); ++i)
        m_ratings.at(i)->setText(ratings.at(i));
    m_continue->setText(tr("Continue (Enter)"));
    m_backToDecks->setText(tr("Back to the decks"));
    if (page() == Page::Question)
        showQuestion();
}

void StudyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange && m_answered)
        showOpenInBrowserLink(); // its link colour comes from the palette
    QWidget::changeEvent(event);
}

void StudyView::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
    leaveSession();
}

void StudyView::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    // A question already asked stays in its language; the next ones follow.
    refresh();
}

StudyView::Page StudyView::page() const
{
    return Page(m_pages->currentIndex());
}

void StudyView::loadOptions()
{
    const QString deck = m_store->setting(QString::fromUtf16(SettingDeck));
    m_decks->setProperty("chosenDeck", deck.isEmpty() ? QStringLiteral("common") : deck);
    const int kind = m_kind->findData(m_store->setting(QString::fromUtf16(SettingKind)));
    m_kind->setCurrentIndex(std::max(0, kind));
    const int languages = m_languages->findData(m_store->setting(QString::fromUtf16(SettingLanguages)));
    m_languages->setCurrentIndex(std::max(0, languages));
    // A value from a damaged or foreign database falls back to the default.
    bool ok = false;
    const int limit = m_store->setting(QString::fromUtf16(SettingNewLimit)).toInt(&ok);
    const QSignalBlocker blockLimit(m_newLimit);
    m_newLimit->setValue(ok && limit >= 0 && limit <= 200 ? limit : StudyOptions().dailyNewLimit);
    const int deckLimit = m_store->setting(QString::fromUtf16(SettingDeckLimit)).toInt(&ok);
    const QSignalBlocker blockDeckLimit(m_deckLimit);
    m_deckLimit->setValue(ok && deckLimit >= 0 && deckLimit <= 200 ? deckLimit : 0);
    const int dayStart = m_store->setting(QString::fromUtf16(SettingDayStart)).toInt(&ok);
    const QSignalBlocker blockDayStart(m_dayStart);
    m_dayStart->setValue(ok && dayStart >= 0 && dayStart <= 23 ? dayStart : StudyDay::DefaultStartHour);
    const double retention = m_store->setting(QString::fromUtf16(SettingRetention)).toDouble(&ok);
    const QSignalBlocker blockRetention(m_retention);
    m_retention->setValue(ok && retention >= 0.7 && retention <= 0.99 ? qRound(retention * 100) : 90);
}

void StudyView::saveOptions()
{
    if (const QTreeWidgetItem *item = m_decks->currentItem())
        m_store->setSetting(QString::fromUtf16(SettingDeck), item->data(0, Qt::UserRole).toString());
    m_store->setSetting(QString::fromUtf16(SettingKind), m_kind->currentData().toString());
    m_store->setSetting(QString::fromUtf16(SettingLanguages), m_languages->currentData().toString());
    m_store->setSetting(QString::fromUtf16(SettingNewLimit), QString::number(m_newLimit->value()));
    m_store->setSetting(QString::fromUtf16(SettingRetention), QString::number(m_retention->value() / 100.0));
    m_store->setSetting(QString::fromUtf16(SettingDeckLimit), QString::number(m_deckLimit->value()));
    m_store->setSetting(QString::fromUtf16(SettingDayStart), QString::number(m_dayStart->value()));
}

StudyOptions StudyView::currentOptions() const
{
    StudyOptions options;
    if (const QTreeWidgetItem *item = m_decks->currentItem())
        options.deckId = item->data(0, Qt::UserRole).toString();
    options.kind = kindFromKey(m_kind->currentData().toString());
    options.languages = StudyLanguages::fromKey(m_languages->currentData().toString())
                            .value_or(StudyLanguages{m_language, m_language});
    options.dailyNewLimit = m_newLimit->value();
    options.desiredRetention = m_retention->value() / 100.0;
    options.deckNewLimit = m_deckLimit->value() > 0 ? m_deckLimit->value() : -1;
    options.utcOffsetSeconds = utcOffsetNow();
    options.dayStartHour = m_dayStart->value();
    return options;
}

void StudyView::refresh()
{
    if (!m_catalogue)
        return;
    m_notice->setVisible(!m_store->problem().isEmpty() || !m_store->isPersistent());
    if (!m_store->isPersistent())
        m_notice->setText(tr("Nothing you study now will be kept.") + u' ' + m_store->problem());
    else
        m_notice->setText(m_store->problem());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString chosen = m_decks->currentItem() ? m_decks->currentItem()->data(0, Qt::UserRole).toString()
                                                  : m_decks->property("chosenDeck").toString();
    const QHash<CardKey, CardMemory> memories = cardMemories(m_store->cards());
    const std::optional<QuestionKind> kind = kindFromKey(m_kind->currentData().toString());
    const StudyDay day{utcOffsetNow(), m_dayStart->value()};
    m_decks->clear();
    for (const Deck &deck : Decks::all(*m_catalogue, m_store->starred(), m_language)) {
        const DeckCounts counts = Decks::count(Decks::cards(*m_catalogue, deck, kind), memories, now, day);
        auto *item = new QTreeWidgetItem(m_decks, {deck.name, QString::number(counts.newCards),
                                                   QString::number(counts.due), QString::number(counts.learned)});
        item->setData(0, Qt::UserRole, deck.id);
        for (int column = 1; column < 4; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (deck.id == chosen)
            m_decks->setCurrentItem(item);
    }
    if (!m_decks->currentItem() && m_decks->topLevelItemCount() > 0)
        m_decks->setCurrentItem(m_decks->topLevelItem(0));
    // As tall as its rows: the settings and the Study button stay close by.
    const int rows = m_decks->topLevelItemCount();
    if (rows > 0)
        m_decks->setFixedHeight(m_decks->header()->sizeHint().height() + rows * m_decks->sizeHintForRow(0)
                                + 2 * m_decks->frameWidth() + 2);

    const StudyStats stats
        = StudyStats::compute(*m_catalogue, *m_store, now, day.utcOffsetSeconds, StudyStats::ChartDays, day.startHour);
    // Two strings rather than %n: English has no translation file to pick "day" or "days".
    const QString streak = stats.streak == 1 ? tr("Streak: 1 day") : tr("Streak: %1 days").arg(stats.streak);
    m_summary->setText(tr("Due today: %1\n%2\nRight answers, last 30 days: %3%\nReviews: %4 (%5 today)")
                           .arg(stats.dueToday)
                           .arg(streak)
                           .arg(qRound(stats.retention * 100))
                           .arg(stats.reviews)
                           .arg(stats.reviewsToday));
    m_chart->setDays(stats.perDay);
    m_mastery->setMastery(stats.mastery);
}

void StudyView::startSession()
{
    if (!m_catalogue)
        return;
    saveOptions();
    startWith(currentOptions());
}

void StudyView::startExam()
{
    if (!m_catalogue)
        return;
    saveOptions();
    StudyOptions options = currentOptions();
    options.practice = true;
    options.maxCards = ExamQuestions;
    startWith(options);
}

void StudyView::startMistakesExam()
{
    if (!m_catalogue)
        return;
    StudyOptions options = currentOptions();
    options.deckId = QStringLiteral("mistakes");
    options.kind.reset();
    options.practice = true;
    options.maxCards = ExamQuestions;
    startWith(options);
}

void StudyView::showMistakes()
{
    m_mistakes->clear();
    for (const MistakeRecord &mistake : m_store->mistakes()) {
        auto *item = new QTreeWidgetItem(m_mistakes, {QString::number(mistake.code), mistake.prompt.section(u'\n', 0, 0),
                                                      mistake.given, mistake.expected});
        item->setToolTip(1, mistake.prompt);
    }
    m_mistakesExam->setEnabled(m_mistakes->topLevelItemCount() > 0);
    m_pages->setCurrentIndex(int(Page::Mistakes));
    m_mistakes->setFocus();
}

void StudyView::flag(const QString &reason)
{
    if (!m_session || !m_session->flagCurrent(reason, QDateTime::currentDateTimeUtc()))
        return;
    m_flagged->setText(reason == u"wrong" ? tr("Flagged as wrong.") : tr("Flagged as unclear."));
}

QString StudyView::examSummary() const
{
    // The score per class and per kind, then what was missed.
    QMap<int, QPair<int, int>> byClass;
    QMap<int, QPair<int, int>> byKind;
    QStringList missed;
    for (const AnsweredQuestion &answer : m_session->results()) {
        auto &perClass = byClass[answer.card.code / 100];
        auto &perKind = byKind[int(answer.card.kind)];
        ++perClass.second;
        ++perKind.second;
        perClass.first += answer.correct ? 1 : 0;
        perKind.first += answer.correct ? 1 : 0;
        if (!answer.correct)
            missed << tr("%1 (you answered %2; right: %3)")
                          .arg(answer.prompt.section(u'\n', 0, 0), answer.given, answer.expected);
    }
    QStringList lines;
    lines << tr("Mock exam: %1 of %2 right.").arg(m_session->correctAnswers()).arg(m_session->answered());
    QStringList classes;
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it)
        classes << tr("%1xx %2 of %3").arg(it.key()).arg(it->first).arg(it->second);
    lines << classes.join(QStringLiteral(" \u00b7 "));
    QStringList kinds;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
    {
        // The kind as the Questions box names it, in the interface language.
        const int index = m_kind->findData(kindKey(QuestionKind(it.key())));
        const QString name = index >= 0 ? m_kind->itemText(index) : kindKey(QuestionKind(it.key()));
        kinds << tr("%1 %2 of %3").arg(name).arg(it->first).arg(it->second);
    }
    lines << kinds.join(QStringLiteral(" \u00b7 "));
    if (!missed.isEmpty())
        lines << tr("Missed:") + u'\n' + missed.join(u'\n');
    return lines.join(u'\n');
}

void StudyView::startWith(StudyOptions options)
{
    m_session = std::make_unique<StudySession>(*m_catalogue, *m_store, options, QDateTime::currentDateTimeUtc());
    m_number = 0;
    if (!m_session->isValid() || m_session->isDone()) {
        const QDateTime next = m_session->isValid() && !options.practice ? m_session->nextDue() : QDateTime();
        QString message = next.isValid() ? tr("You are done for today. The next card is due %1.")
                                               .arg(QLocale().toString(next.toLocalTime(), QLocale::ShortFormat))
                                         : tr("There is nothing to study in this deck now.");
        if (m_session->isValid() && m_session->newHeldBack() > 0)
            message += u'\n'
                + tr("Today's new cards are used up (%n a day); %1 more wait in this deck. To study more now, raise "
                     "\"New cards a day\" below, or use status-codex quiz --new-limit N.",
                     nullptr, m_session->limitReached())
                      .arg(m_session->newHeldBack());
        m_doneMessage->setText(message);
        m_pages->setCurrentIndex(int(Page::Done));
        m_backToDecks->setFocus();
        return;
    }
    m_pages->setCurrentIndex(int(Page::Question));
    nextQuestion();
}

void StudyView::leaveSession()
{
    m_session.reset();
    m_question = {};
    m_answered = false;
    m_pages->setCurrentIndex(int(Page::Overview));
    refresh();
    m_start->setFocus();
}

void StudyView::nextQuestion()
{
    m_question = m_session->currentQuestion();
    m_answered = false;
    m_turned = false;
    if (!m_session->isRepeat())
        ++m_number;
    m_questionTimer.start();
    showQuestion();
}

void StudyView::showQuestion()
{
    if (!m_session || m_question.code == 0)
        return;
    //: "Common codes · card 3 of 12".
    m_position->setText(m_session->isRepeat()
                            //: A card asked again in the session for its next learning step (1 or 10 minutes later).
                            ? tr("%1 \u00b7 once more, at its learning step").arg(m_session->deck().name)
                            : tr("%1 \u00b7 card %2 of %3").arg(m_session->deck().name).arg(m_number).arg(m_session->planned()));
    if (!m_answered)
        m_flagged->clear();
    m_prompt->setText(m_question.prompt);
    m_passage->setText(m_question.passage);
    m_passage->setVisible(!m_question.passage.isEmpty());
    for (int i = 0; i < m_options.size(); ++i) {
        QPushButton *button = m_options.at(i);
        button->setVisible(i < m_question.options.size());
        button->setEnabled(!m_answered);
        if (i < m_question.options.size() && !m_answered) { // once answered, the texts carry the marks
            button->setText(QStringLiteral("%1   %2").arg(i + 1).arg(m_question.options.at(i)));
            //: A study option for screen readers: "Option 2: Not Found".
            button->setAccessibleName(tr("Option %1: %2").arg(QString::number(i + 1), m_question.options.at(i)));
        }
    }
    const bool typed = m_question.takesCode() || m_question.takesText();
    m_code->setVisible(typed);
    m_check->setVisible(typed);
    m_code->setPlaceholderText(m_question.takesText() ? tr("The reason phrase, then Enter")
                                                      : tr("Three digits, then Enter"));
    m_code->setAccessibleName(m_question.takesText() ? tr("Reason phrase") : tr("Code"));
    m_code->setEnabled(!m_answered);
    m_check->setEnabled(!m_answered);
    m_turn->setVisible(m_question.isRated() && !m_turned);
    m_back->setVisible(m_question.isRated() && m_turned);
    m_back->setText(m_question.back);
    for (QPushButton *button : std::as_const(m_ratings))
        button->setVisible(m_question.isRated() && m_turned && !m_answered);
    m_feedback->setVisible(m_answered);
    if (!m_answered) {
        m_code->clear();
        if (typed)
            m_code->setFocus();
        else if (m_question.isRated())
            m_turn->setFocus();
        else
            m_options.first()->setFocus();
    }
}

void StudyView::answerWith(const std::optional<AnswerOutcome> &outcome, int chosenOption)
{
    if (!outcome)
        return;
    m_answered = true;
    // Right or wrong in words and a sign; the colour of the frame is the
    // palette's, never the only cue.
    if (m_question.isRated())
        m_verdict->setText(tr("Rated: %1").arg(m_ratings.at(int(outcome->rating) - 1)->text()));
    else if (outcome->correct)
        m_verdict->setText(tr("\u2713 Right: %1").arg(m_question.answerText));
    else
        m_verdict->setText(tr("\u2717 Wrong. The answer is %1.").arg(m_question.answerText));
    for (int i = 0; i < m_question.options.size() && i < m_options.size(); ++i) {
        QString mark = QStringLiteral("    ");
        // A screen reader says the signs' meaning in words.
        QString name = tr("Option %1: %2").arg(QString::number(i + 1), m_question.options.at(i));
        if (i == m_question.correctOption) {
            mark = QStringLiteral("\u2713  ");
            name = tr("Option %1: %2, the right answer").arg(QString::number(i + 1), m_question.options.at(i));
        } else if (i == chosenOption) {
            mark = QStringLiteral("\u2717  ");
            name = tr("Option %1: %2, your answer, wrong").arg(QString::number(i + 1), m_question.options.at(i));
        }
        m_options.at(i)->setText(mark + QStringLiteral("%1   %2").arg(i + 1).arg(m_question.options.at(i)));
        m_options.at(i)->setAccessibleName(name);
    }
    // What the chosen answer means and how it differs, or every correction
    // of the source's text; the source's own words under its name.
    m_explanation->setText(outcome->feedback.isEmpty() ? m_question.explanation : outcome->feedback);
    QString source;
    if (m_question.kind == QuestionKind::Source) {
        const StatusEntry *entry = m_catalogue ? m_catalogue->entry(m_question.code) : nullptr;
        for (const Description &description : entry ? entry->descriptions : QList<Description>()) {
            if (description.sourceId == m_question.claimSourceId)
                source = tr("%1 says: %2").arg(m_question.sourceLabel, description.text.in(m_session->languages().prompt));
        }
    }
    m_source->setText(source);
    m_source->setVisible(!source.isEmpty());
    showOpenInBrowserLink();
    if (!outcome->saved && m_store->isPersistent())
        m_verdict->setText(m_verdict->text() + u'\n' + tr("This answer could not be saved: %1").arg(m_store->problem()));
    showQuestion();
    m_continue->setFocus();
}

void StudyView::showOpenInBrowserLink()
{
    const StatusEntry *entry = m_catalogue ? m_catalogue->entry(m_question.code) : nullptr;
    const QString name = tr("Open %1 in the browser")
                             .arg(entry ? QStringLiteral("%1 %2").arg(entry->code).arg(entry->phrase)
                                        : QString::number(m_question.code));
    // On the feedback's AlternateBase, where the palette's Link may not
    // read. The view's palette: on a change it is updated before the
    // frame's.
    m_openInBrowser->setText(QStringLiteral("<a href=\"code:%1\" style=\"color:%2;\">%3</a>")
                                 .arg(m_question.code)
                                 .arg(ReadableColours::link(palette(), QPalette::AlternateBase).name(),
                                      name.toHtmlEscaped()));
    m_openInBrowser->setAccessibleName(name);
}

void StudyView::chooseOption(int index)
{
    if (!m_session || m_answered || index < 0 || index >= m_question.options.size())
        return;
    answerWith(m_session->answerOption(index, m_questionTimer.elapsed(), QDateTime::currentDateTimeUtc()), index);
}

void StudyView::submitCode()
{
    if (!m_session || m_answered)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_question.takesText()) {
        answerWith(m_session->answerText(m_code->text(), m_questionTimer.elapsed(), now), -1);
        return;
    }
    if (!m_question.takesCode())
        return;
    const QString typed = halfWidth(m_code->text());
    bool ok = false;
    const int code = typed.toInt(&ok);
    if (!ok || typed.size() != 3)
        return;
    answerWith(m_session->answerCode(code, m_questionTimer.elapsed(), now), -1);
}

void StudyView::turnFlashcard()
{
    if (!m_question.isRated() || m_answered)
        return;
    m_turned = true;
    showQuestion();
    m_ratings.at(2)->setFocus();
}

void StudyView::rate(int rating)
{
    if (!m_session || m_answered || !m_question.isRated() || !m_turned)
        return;
    answerWith(m_session->rate(Rating(rating), m_questionTimer.elapsed(), QDateTime::currentDateTimeUtc()), -1);
}

void StudyView::goOn()
{
    if (!m_session || !m_answered)
        return;
    m_answered = false;
    if (m_session->isDone()) {
        const QDateTime next = m_session->nextDue();
        QString message = tr("You are done for today: %1 of %2 right.")
                              .arg(m_session->firstCorrect())
                              .arg(m_session->firstAnswers());
        if (m_session->isPractice())
            message = examSummary();
        else if (m_session->newHeldBack() > 0)
            message += u'\n'
                + tr("Today's new cards are used up (%n a day); %1 more wait in this deck. To study more now, raise "
                     "\"New cards a day\" below, or use status-codex quiz --new-limit N.",
                     nullptr, m_session->limitReached())
                      .arg(m_session->newHeldBack());
        if (next.isValid() && !m_session->isPractice())
            message += u' ' + tr("The next card is due %1.").arg(QLocale().toString(next.toLocalTime(), QLocale::ShortFormat));
        m_doneMessage->setText(message);
        m_pages->setCurrentIndex(int(Page::Done));
        m_backToDecks->setFocus();
        refresh();
        return;
    }
    nextQuestion();
}

bool StudyView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_code && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            submitCode();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StudyView::keyPressEvent(QKeyEvent *event)
{
    if (page() == Page::Question) {
        const int key = event->key();
        if (key == Qt::Key_Escape) {
            leaveSession();
            return;
        }
        if (m_answered && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            goOn();
            return;
        }
        if (!m_answered && key >= Qt::Key_1 && key <= Qt::Key_4 && !m_question.takesCode()
            && !m_question.takesText()) {
            if (m_question.isRated())
                rate(key - Qt::Key_0);
            else
                chooseOption(key - Qt::Key_1);
            return;
        }
        // The front waits for a key: Enter (or Space) turns the card.
        if (!m_answered && !m_turned && m_question.isRated()
            && (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter)) {
            turnFlashcard();
            return;
        }
    } else if ((page() == Page::Done || page() == Page::Mistakes) && event->key() == Qt::Key_Escape) {
        leaveSession();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace codex
