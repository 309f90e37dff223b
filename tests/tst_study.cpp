// Study: decks, question generation over every card of every kind, the
// session queue and statistics, against the embedded catalogue and a real
// progress database in a temporary directory.
#include "catalogueloader.h"
#include "deck.h"
#include "progressstore.h"
#include "question.h"
#include "studysession.h"
#include "studystats.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace codex;

namespace {

const QList<StudyLanguages> everyLanguage{{Language::English, Language::English},
                                          {Language::Chinese, Language::Chinese},
                                          {Language::Chinese, Language::English},
                                          {Language::English, Language::Chinese}};

bool containsChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return text.contains(han);
}

// Every way the answer could leak out of a text.
QStringList giveawaysIn(const QString &text, const StatusEntry &entry, const Description *description)
{
    QStringList found;
    if (text.contains(QRegularExpression(QStringLiteral("(?<!\\d)%1(?!\\d)").arg(entry.code))))
        found << QString::number(entry.code);
    QStringList words{entry.phrase, entry.title.zh, entry.title.en};
    words += entry.aliases;
    if (description)
        words << description->phrase;
    for (const QString &word : std::as_const(words)) {
        if (!word.isEmpty() && text.contains(word, Qt::CaseInsensitive))
            found << word;
    }
    return found;
}

const QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

} // namespace

class TestStudy final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void decks_areTheOnesTheIssueNames();
    void commonDeck_holdsTheCodesEveryDeveloperMeets();
    void everyCard_makesAWellFormedQuestionInEveryLanguage_data();
    void everyCard_makesAWellFormedQuestionInEveryLanguage();
    void distractors_arePlausibleAndNeverTheAnswer();
    void sourceQuestion_masksEveryGiveaway();
    void claimQuestion_isJudgedByTheCorrection();
    void question_isTheSameForTheSameSeed();
    void session_asksDueCardsFirstThenNewUpToTheDailyLimit();
    void session_schedulesRightAsGoodWrongAsAgainAndRatesFlashcards();
    void session_dailyLimitHoldsAcrossSessionsOfOneDay();
    void session_survivesTheClockGoingBack();
    void stats_countReviewsStreakRetentionAndMastery();
    void session_cardIsDueFromTheStartOfItsDay();
    void session_wrongAnswerComesBackInTheSameSession();
    void session_newCardPassesItsLearningSteps();
    void session_lapsedReviewCardRelearns();
    void session_newCardsAreShuffledInterleavedAndSiblingsBuried();
    void session_deckLimitHoldsBackNewCardsAndSaysHowMany();
    void exam_leavesEveryCardStateAsItWasAndNotesMistakes();
    void flags_areKept();

private:
    std::optional<Catalogue> m_catalogue;
};

void TestStudy::initTestCase()
{
    const LoadResult result = CatalogueLoader::loadEmbedded();
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    m_catalogue = result.catalogue;
}

void TestStudy::decks_areTheOnesTheIssueNames()
{
    const QList<Deck> decks = Decks::all(*m_catalogue, {404, 306});
    QStringList ids;
    for (const Deck &deck : decks)
        ids << deck.id;
    // The named decks, then one drill per group of codes people confuse.
    QCOMPARE(ids.mid(0, Decks::ids().size()), Decks::ids());
    QCOMPARE(ids.size(), Decks::ids().size() + m_catalogue->groups().size());
    for (const CodeGroup &group : m_catalogue->groups()) {
        const std::optional<Deck> drill = Decks::find(*m_catalogue, {}, QStringLiteral("group:") + group.id);
        QVERIFY2(drill, qPrintable(group.id));
        QCOMPARE(drill->codes, group.codes);
    }
    const auto deck = [&](const QString &id) { return *Decks::find(*m_catalogue, {404, 306}, id); };
    // Standard: the registry less its two "(Unused)" entries; no unofficial code.
    QCOMPARE(deck(QStringLiteral("standard")).codes.size(), 62);
    QVERIFY(!deck(QStringLiteral("standard")).codes.contains(418));
    QVERIFY(!deck(QStringLiteral("standard")).codes.contains(449));
    QList<int> unofficial;
    for (const StatusEntry &entry : m_catalogue->entries()) {
        if (entry.status == CodeStatus::Unofficial)
            unofficial << entry.code;
    }
    QVERIFY(unofficial.contains(499) && unofficial.contains(520));
    QCOMPARE(deck(QStringLiteral("unofficial")).codes, unofficial);
    QCOMPARE(deck(QStringLiteral("starred")).codes, QList<int>({404})); // 306 names no meaning to ask
    for (const int code : deck(QStringLiteral("4xx")).codes)
        QCOMPARE(code / 100, 4);
    QVERIFY(!Decks::find(*m_catalogue, {}, QStringLiteral("6xx")));
}

void TestStudy::commonDeck_holdsTheCodesEveryDeveloperMeets()
{
    const Deck common = *Decks::find(*m_catalogue, {}, QStringLiteral("common"));
    QVERIFY2(common.codes.size() >= 25 && common.codes.size() <= 30, qPrintable(QString::number(common.codes.size())));
    for (const int code : {200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 429, 500, 502, 503, 504})
        QVERIFY2(common.codes.contains(code), qPrintable(QString::number(code)));
    // Every common code can be asked as a scenario: the catalogue has one.
    const QList<CardKey> scenarios = Decks::cards(*m_catalogue, common, QuestionKind::Scenario);
    QCOMPARE(scenarios.size(), common.codes.size());
}

void TestStudy::everyCard_makesAWellFormedQuestionInEveryLanguage_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QuestionKind>("kind");
    int cards = 0;
    for (const QString &id : {QStringLiteral("standard"), QStringLiteral("unofficial")}) {
        for (const CardKey &card : Decks::cards(*m_catalogue, *Decks::find(*m_catalogue, {}, id))) {
            QTest::addRow("%d %s", card.code, qPrintable(kindKey(card.kind))) << card.code << card.kind;
            ++cards;
        }
    }
    QVERIFY(cards > 250);
}

void TestStudy::everyCard_makesAWellFormedQuestionInEveryLanguage()
{
    QFETCH(int, code);
    QFETCH(QuestionKind, kind);
    const StatusEntry &entry = *m_catalogue->entry(code);
    const QuestionMaker maker(*m_catalogue);
    for (const StudyLanguages &languages : everyLanguage) {
        for (quint32 seed = 0; seed < 6; ++seed) {
            const Question question = maker.make(entry, kind, languages, seed);
            const QString where = QStringLiteral("%1 seed %2").arg(languages.key()).arg(seed);
            QCOMPARE(question.code, code);
            QVERIFY2(!question.prompt.isEmpty(), qPrintable(where));
            // A code is asked by a name in the language being learnt, which may
            // be Chinese inside an English sentence.
            const bool chineseCue = kind == QuestionKind::Code && languages.answer == Language::Chinese;
            QCOMPARE(containsChinese(question.prompt), languages.prompt == Language::Chinese || chineseCue);
            QVERIFY(!question.explanation.isEmpty());
            switch (kind) {
            case QuestionKind::Choice:
            case QuestionKind::Source:
            case QuestionKind::Scenario: {
                QCOMPARE(question.options.size(), 4);
                QCOMPARE(question.optionCodes.size(), 4);
                QCOMPARE(QSet<int>(question.optionCodes.cbegin(), question.optionCodes.cend()).size(), 4);
                QCOMPARE(QSet<QString>(question.options.cbegin(), question.options.cend()).size(), 4);
                QCOMPARE(question.optionCodes.count(code), 1);
                QCOMPARE(question.optionCodes.at(question.correctOption), code);
                for (const QString &option : question.options)
                    QCOMPARE(containsChinese(option), languages.answer == Language::Chinese);
                // The prompt never names the answer (a choice asks by the code itself).
                if (kind == QuestionKind::Choice) {
                    QVERIFY2(!question.prompt.contains(entry.phrase) && !question.prompt.contains(entry.title.zh),
                             qPrintable(question.prompt));
                } else {
                    QVERIFY2(giveawaysIn(question.prompt, entry, nullptr).isEmpty(), qPrintable(question.prompt));
                }
                break;
            }
            case QuestionKind::Code: {
                QVERIFY(question.options.isEmpty());
                QVERIFY(question.takesCode());
                QVERIFY2(!question.prompt.contains(QString::number(code)), qPrintable(question.prompt));
                QStringList cues{entry.phrase, entry.title.zh};
                cues += entry.aliases;
                QVERIFY2(std::any_of(cues.cbegin(), cues.cend(),
                                     [&](const QString &cue) { return question.prompt.contains(QStringLiteral("%1").arg(cue)); }),
                         qPrintable(question.prompt));
                break;
            }
            case QuestionKind::Claim:
                QCOMPARE(question.options.size(), 2);
                QVERIFY(question.correctOption == 0 || question.correctOption == 1);
                QVERIFY(!question.passage.isEmpty());
                QVERIFY(!question.sourceText.isEmpty());
                break;
            case QuestionKind::Header: {
                QCOMPARE(question.options.size(), 4);
                int fitting = 0;
                for (const QString &option : question.options) {
                    fitting += std::any_of(entry.facts.headers.cbegin(), entry.facts.headers.cend(),
                                           [&](const HeaderFact &h) { return h.name == option; }) ? 1 : 0;
                }
                QCOMPARE(fitting, 1);
                QVERIFY(!question.optionsAreCodes);
                break;
            }
            case QuestionKind::Fact:
                QVERIFY(question.options.size() >= 2);
                QVERIFY(question.correctOption >= 0 && question.correctOption < question.options.size());
                QVERIFY(!question.optionsAreCodes);
                break;
            case QuestionKind::Phrase:
                QVERIFY(question.takesText());
                QVERIFY(question.acceptsText(entry.phrase));
                QVERIFY(question.acceptsText(entry.phrase.toUpper() + u'!'));
                QVERIFY(!question.acceptsText(code == 404 ? QStringLiteral("Gone") : QStringLiteral("Not Found")));
                QVERIFY2(!question.prompt.contains(entry.phrase), qPrintable(question.prompt));
                break;
            case QuestionKind::Flashcard:
                QVERIFY(question.isRated());
                QVERIFY(question.back.contains(entry.phrase));
                QVERIFY(question.back.contains(entry.title.zh));
                QVERIFY2(!question.prompt.contains(entry.phrase), qPrintable(question.prompt));
                break;
            }
            if (kind == QuestionKind::Scenario) {
                QVERIFY2(giveawaysIn(question.passage, entry, nullptr).isEmpty(),
                         qPrintable(question.passage + QStringLiteral(" gives away ")
                                    + giveawaysIn(question.passage, entry, nullptr).join(u',')));
                const bool fromCatalogue = std::any_of(entry.scenarios.cbegin(), entry.scenarios.cend(),
                    [&](const LocalizedText &s) { return s.in(languages.prompt) == question.passage; });
                QVERIFY(fromCatalogue);
            }
        }
    }
}

void TestStudy::distractors_arePlausibleAndNeverTheAnswer()
{
    const QuestionMaker maker(*m_catalogue);
    for (const StatusEntry &entry : m_catalogue->entries()) {
        if (!maker.canAsk(entry, QuestionKind::Choice))
            continue;
        for (const Language language : {Language::English, Language::Chinese}) {
            for (quint32 seed = 0; seed < 20; ++seed) {
                const QList<int> codes = maker.distractors(entry, 3, language, seed);
                QCOMPARE(codes.size(), 3);
                QVERIFY(!codes.contains(entry.code));
                QSet<QString> wordings{entry.phrase.toCaseFolded()};
                for (const int code : codes) {
                    const StatusEntry &other = *m_catalogue->entry(code);
                    // Never a 1xx option for "which error": the class is the answer's.
                    QCOMPARE(other.classDigit(), entry.classDigit());
                    QVERIFY(other.status != CodeStatus::Unused);
                    if (entry.status != CodeStatus::Unofficial)
                        QVERIFY2(other.status != CodeStatus::Unofficial, qPrintable(QString::number(code)));
                    const QString wording = (language == Language::Chinese ? other.title.zh : other.phrase).toCaseFolded();
                    QVERIFY(!wordings.contains(wording));
                    wordings.insert(wording);
                }
            }
        }
    }
    // The codes learners confuse come first: two of 301's three options are
    // codes it names as related or that name it, the third is any redirect.
    const StatusEntry &movedPermanently = *m_catalogue->entry(301);
    int close = 0;
    QSet<int> thirds;
    for (quint32 seed = 0; seed < 50; ++seed) {
        for (const int code : maker.distractors(movedPermanently, 3, Language::English, seed)) {
            const bool isClose = movedPermanently.related.contains(code) || m_catalogue->entry(code)->related.contains(301);
            close += isClose ? 1 : 0;
            if (!isClose)
                thirds.insert(code);
        }
    }
    QVERIFY2(close >= 100, qPrintable(QString::number(close)));
    QVERIFY2(close < 150, "the same close codes every time: learnable by elimination");
}

void TestStudy::sourceQuestion_masksEveryGiveaway()
{
    const QuestionMaker maker(*m_catalogue);
    int checked = 0;
    for (const StatusEntry &entry : m_catalogue->entries()) {
        for (const Description &description : entry.descriptions) {
            for (const Language language : {Language::English, Language::Chinese}) {
                const QString masked = QuestionMaker::masked(entry, description, language);
                const QStringList leaks = giveawaysIn(masked, entry, &description);
                QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("%1 %2: %3 in %4")
                                                         .arg(entry.code)
                                                         .arg(description.sourceId, leaks.join(u','), masked)));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 300);
    // A mask where a giveaway stood: the quick reference's 100 starts with its title.
    const StatusEntry &proceed = *m_catalogue->entry(100);
    QCOMPARE(QuestionMaker::masked(proceed, proceed.descriptions.first(), Language::Chinese),
             QStringLiteral("___。客户端应___其请求"));
    const StatusEntry &notFound = *m_catalogue->entry(404);
    // Other codes a text compares with stay: 410 in 404's texts is no giveaway.
    bool keepsOtherCodes = false;
    for (const Description &description : notFound.descriptions)
        keepsOtherCodes = keepsOtherCodes || QuestionMaker::masked(notFound, description, Language::Chinese).contains(u"410");
    QVERIFY(keepsOtherCodes);
    // After the answer, the source's own words come with their corrections.
    bool sawCorrection = false;
    for (quint32 seed = 0; seed < 30 && !sawCorrection; ++seed) {
        const Question question = maker.make(notFound, QuestionKind::Source, {Language::English, Language::English}, seed);
        for (const Description &description : notFound.descriptions) {
            if (m_catalogue->source(description.sourceId)->name.en != question.sourceLabel)
                continue;
            QVERIFY(question.sourceText.startsWith(description.text.en));
            for (const Note *note : notFound.notesOn(description.sourceId)) {
                QVERIFY(question.sourceText.contains(note->text.en));
                sawCorrection = true;
            }
        }
    }
    QVERIFY(sawCorrection);
    // The question shows the masked text, and only texts with something left to read.
    for (const Description *description : maker.maskableDescriptions(notFound))
        QVERIFY(!description->text.zh.isEmpty());
}

void TestStudy::claimQuestion_isJudgedByTheCorrection()
{
    const QuestionMaker maker(*m_catalogue);
    // 404: some of its sources are corrected, some are not.
    const StatusEntry &entry = *m_catalogue->entry(404);
    QVERIFY(maker.canAsk(entry, QuestionKind::Claim));
    bool sawRight = false;
    bool sawWrong = false;
    for (quint32 seed = 0; seed < 40; ++seed) {
        const Question question = maker.make(entry, QuestionKind::Claim, {Language::English, Language::English}, seed);
        const Description *description = nullptr;
        for (const Description &each : entry.descriptions) {
            if (m_catalogue->source(each.sourceId)->name.en == question.sourceLabel)
                description = &each;
        }
        // Issue 19 changes what a claim shows and how it is judged: the words
        // a correction of a kind that makes them false is about (false), or a
        // whole text no such correction concerns (true).
        QVERIFY(description);
        QVERIFY(description->text.en.contains(question.passage));
        const QList<const Note *> notes = entry.notesOn(description->sourceId);
        bool falsified = false;
        for (const Note *note : notes) {
            QVERIFY(note->kind);
            if (makesFalse(*note->kind) && (!note->hasTarget() || question.passage.contains(note->target.en)))
                falsified = true;
        }
        QCOMPARE(question.correctOption, falsified ? 1 : 0);
        QCOMPARE(question.options, QStringList({QStringLiteral("True"), QStringLiteral("False")}));
        // Every correction of the text, whole.
        for (const Note *note : notes)
            QVERIFY(question.sourceText.contains(note->text.en));
        sawRight = sawRight || !falsified;
        sawWrong = sawWrong || falsified;
    }
    QVERIFY(sawWrong);
    QVERIFY(sawRight); // both answers occur, so "wrong" cannot be guessed every time
    // H7: a correction of the heading only leaves the Study notes' 414 text true.
    const StatusEntry &uriTooLong = *m_catalogue->entry(414);
    bool sawNotes = false;
    for (quint32 seed = 0; seed < 20; ++seed) {
        const Question question = maker.make(uriTooLong, QuestionKind::Claim, {Language::Chinese, Language::Chinese}, seed);
        if (question.claimSourceId != u"notes")
            continue;
        sawNotes = true;
        QCOMPARE(question.passage, QStringLiteral("URI 太长了呗。"));
        QCOMPARE(question.correctOption, 0);
        QCOMPARE(question.options.at(0), QStringLiteral("符合现行规范"));
        QVERIFY(question.sourceText.contains(uriTooLong.notesOn(QStringLiteral("notes")).first()->text.zh));
    }
    QVERIFY(sawNotes);
    // A code without any correction has no claim card.
    int uncorrected = 0;
    for (const StatusEntry &each : m_catalogue->entries()) {
        if (each.notes.isEmpty()) {
            QVERIFY(!maker.canAsk(each, QuestionKind::Claim));
            ++uncorrected;
        }
    }
    QVERIFY(uncorrected > 0);
}

void TestStudy::question_isTheSameForTheSameSeed()
{
    const QuestionMaker maker(*m_catalogue);
    const StatusEntry &entry = *m_catalogue->entry(503);
    for (const QuestionKind kind : allKinds()) {
        if (!maker.canAsk(entry, kind))
            continue;
        const Question a = maker.make(entry, kind, {Language::Chinese, Language::English}, 42);
        const Question b = maker.make(entry, kind, {Language::Chinese, Language::English}, 42);
        QCOMPARE(a.prompt, b.prompt);
        QCOMPARE(a.options, b.options);
        QCOMPARE(a.passage, b.passage);
    }
}

void TestStudy::session_asksDueCardsFirstThenNewUpToTheDailyLimit()
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    QVERIFY2(store.problem().isEmpty(), qPrintable(store.problem()));
    StudyOptions options;
    options.deckId = QStringLiteral("common");
    options.kind = QuestionKind::Choice;
    options.dailyNewLimit = 5;

    StudySession first(*m_catalogue, store, options, start);
    QVERIFY(first.isValid());
    QCOMPARE(first.dueAtStart(), 0);
    QCOMPARE(first.newAtStart(), 5);
    QList<int> introduced;
    while (!first.isDone()) {
        introduced << first.currentCard().code;
        const Question &question = first.currentQuestion();
        QVERIFY(first.answerOption(question.correctOption, 1500, start.addSecs(60)));
    }
    // Each new card twice: right, and right again at its 10-minute step
    // (shown early, as nothing else is left), which takes it out of its steps.
    QCOMPARE(first.answered(), 10);
    QCOMPARE(first.firstAnswers(), 5);
    QCOMPARE(first.correctAnswers(), 10);
    QCOMPARE(store.reviewCount(), 10);
    const QDateTime next = first.nextDue();
    QVERIFY(next > start.addDays(1));

    // When the first cards fall due they come first, then five new ones.
    StudySession later(*m_catalogue, store, options, next.addSecs(1));
    QVERIFY(later.dueAtStart() >= 1);
    QCOMPARE(later.newAtStart(), 5);
    QVERIFY(introduced.contains(later.currentCard().code));
    const DeckCounts counts = later.counts(next.addSecs(1));
    QCOMPARE(counts.due, later.dueAtStart());
    QCOMPARE(counts.total(), int(Decks::cards(*m_catalogue, later.deck(), QuestionKind::Choice).size()));
}

void TestStudy::session_schedulesRightAsGoodWrongAsAgainAndRatesFlashcards()
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    StudyOptions options;
    options.deckId = QStringLiteral("5xx");
    options.dailyNewLimit = 500; // every kind of card, flashcards included
    StudySession session(*m_catalogue, store, options, start);
    bool sawRight = false, sawWrong = false, sawFlashcard = false, sawCode = false;
    while (!session.isDone()) {
        const Question question = session.currentQuestion();
        std::optional<AnswerOutcome> outcome;
        if (question.isRated()) {
            QVERIFY(!session.answerOption(0, 0, start)); // a flashcard takes a rating, not an option
            outcome = session.rate(Rating::Hard, 800, start);
            QVERIFY(outcome);
            QCOMPARE(outcome->rating, Rating::Hard);
            sawFlashcard = true;
        } else if (question.takesText()) {
            // Typed recall: the code is no answer; the phrase is, whatever its case.
            QVERIFY(!session.answerCode(question.code, 0, start));
            outcome = session.answerText(m_catalogue->entry(question.code)->phrase.toLower(), 1500, start);
            QVERIFY(outcome);
            QVERIFY(outcome->correct);
        } else if (question.takesCode()) {
            outcome = session.answerCode(sawCode ? 599 : question.code, 2000, start);
            QVERIFY(outcome);
            QCOMPARE(outcome->correct, !sawCode);
            sawCode = true;
        } else {
            const int wrong = (question.correctOption + 1) % int(question.options.size());
            const bool answerRight = !sawRight;
            outcome = session.answerOption(answerRight ? question.correctOption : wrong, 1000, start);
            QVERIFY(outcome);
            QCOMPARE(outcome->correct, answerRight);
            sawRight = sawRight || answerRight;
            sawWrong = sawWrong || !answerRight;
        }
        QCOMPARE(outcome->rating, outcome->correct && !question.isRated() ? Rating::Good
                                  : question.isRated()                    ? Rating::Hard
                                                                          : Rating::Again);
        QVERIFY(outcome->saved);
        // A card in its learning steps comes back in the session, up to twice.
        if (session.results().constLast().repeat)
            QVERIFY(outcome->after.reps >= 2 && outcome->after.reps <= 1 + options.relearnLimit);
        else
            QCOMPARE(outcome->after.reps, 1);
        QVERIFY(outcome->after.due > start);
    }
    QVERIFY(sawRight && sawWrong && sawFlashcard && sawCode);
    // Every answer is in the log with what was answered.
    const QList<ReviewRecord> reviews = store.reviews();
    QCOMPARE(reviews.size(), session.answered());
    QVERIFY(std::any_of(reviews.cbegin(), reviews.cend(), [](const ReviewRecord &r) { return r.answer == u"599"; }));
}

void TestStudy::session_dailyLimitHoldsAcrossSessionsOfOneDay()
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    StudyOptions options;
    options.dailyNewLimit = 4;
    for (int round = 0; round < 3; ++round) {
        StudySession session(*m_catalogue, store, options, start.addSecs(round * 3600));
        QCOMPARE(session.newAtStart(), round == 0 ? 4 : 0);
        // New cards come in every kind now, flashcards among them.
        while (!session.isDone()) {
            const Question &question = session.currentQuestion();
            const QDateTime now = start.addSecs(round * 3600);
            QVERIFY(question.isRated()    ? session.rate(Rating::Good, 100, now)
                    : question.takesCode() ? session.answerCode(question.code, 100, now)
                                           : session.answerOption(question.correctOption, 100, now));
        }
    }
    // The next day brings new cards again.
    StudySession tomorrow(*m_catalogue, store, options, start.addDays(1));
    QCOMPARE(tomorrow.newAtStart(), 4);
}

void TestStudy::session_survivesTheClockGoingBack()
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    StudyOptions options;
    options.dailyNewLimit = 3;
    options.kind = QuestionKind::Code;
    StudySession session(*m_catalogue, store, options, start);
    session.answerCode(session.currentQuestion().code, 100, start);
    // An answer stamped a week before the last one: scheduled as on the same day.
    const std::optional<AnswerOutcome> outcome = session.answerCode(session.currentQuestion().code, 100, start.addDays(-7));
    QVERIFY(outcome);
    QVERIFY(outcome->after.stability > 0);
    QVERIFY(outcome->after.difficulty >= 1 && outcome->after.difficulty <= 10);
    // A session opened "before" everything it has seen still queues sensibly.
    StudySession past(*m_catalogue, store, options, start.addYears(-1));
    QVERIFY(past.isValid());
    QCOMPARE(past.dueAtStart(), 0);
}

void TestStudy::stats_countReviewsStreakRetentionAndMastery()
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    StudyOptions options;
    options.deckId = QStringLiteral("1xx");
    options.dailyNewLimit = 5; // new cards on each of the three days
    // Three days in a row: all right on the first two, all wrong on the third.
    for (int day = 0; day < 3; ++day) {
        StudySession session(*m_catalogue, store, options, start.addDays(day));
        while (!session.isDone()) {
            const Question &question = session.currentQuestion();
            if (question.isRated())
                session.rate(day < 2 ? Rating::Good : Rating::Again, 100, start.addDays(day));
            else if (question.takesText())
                session.answerText(day < 2 ? m_catalogue->entry(question.code)->phrase : QStringLiteral("No Such Phrase"),
                                   100, start.addDays(day));
            else if (question.takesCode())
                session.answerCode(day < 2 ? question.code : 599, 100, start.addDays(day));
            else
                session.answerOption(day < 2 ? question.correctOption : (question.correctOption + 1) % int(question.options.size()),
                                     100, start.addDays(day));
        }
    }
    const QDateTime now = start.addDays(2).addSecs(3600);
    const StudyStats stats = StudyStats::compute(*m_catalogue, store, now, 0);
    QCOMPARE(stats.reviews, store.reviewCount());
    QVERIFY(stats.reviews > 0);
    QCOMPARE(stats.streak, 3);
    QCOMPARE(stats.perDay.size(), StudyStats::ChartDays);
    QCOMPARE(stats.perDay.last().day, now.date());
    int sum = 0, correct = 0;
    for (const DayTally &tally : stats.perDay) {
        sum += tally.reviews;
        correct += tally.correct;
    }
    QCOMPARE(qint64(sum), stats.reviews);
    QCOMPARE(stats.reviewsToday, stats.perDay.last().reviews);
    QCOMPARE(stats.retention, double(correct) / sum);
    QCOMPARE(stats.mastery.size(), 5);
    QVERIFY(stats.mastery.at(0) > 0); // 1xx was studied
    QCOMPARE(stats.mastery.at(4), 0.0); // 5xx was not
    // A day without answers breaks the streak.
    QCOMPARE(StudyStats::compute(*m_catalogue, store, now.addDays(2), 0).streak, 0);
}

namespace {

// Answers the current question, right or wrong, whatever its kind.
std::optional<AnswerOutcome> answer(StudySession &session, bool right, const QDateTime &now)
{
    const Question &question = session.currentQuestion();
    if (question.isRated())
        return session.rate(right ? Rating::Good : Rating::Again, 100, now);
    if (question.takesText())
        return session.answerText(right ? session.catalogue().entry(question.code)->phrase : QStringLiteral("No Such Phrase"),
                                  100, now);
    if (question.takesCode())
        return session.answerCode(right ? question.code : 599, 100, now);
    return session.answerOption(right ? question.correctOption : (question.correctOption + 1) % int(question.options.size()),
                                100, now);
}

// The card states exactly as the database holds them.
QByteArray cardBytes(const ProgressStore &store)
{
    QByteArray bytes;
    for (const CardRecord &record : store.cards()) {
        const CardMemory &m = record.memory;
        bytes += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11\n")
                     .arg(record.code)
                     .arg(record.kind)
                     .arg(int(m.state))
                     .arg(m.stability, 0, 'g', 17)
                     .arg(m.difficulty, 0, 'g', 17)
                     .arg(m.due.toMSecsSinceEpoch())
                     .arg(m.lastReview.toMSecsSinceEpoch())
                     .arg(m.scheduledDays)
                     .arg(m.elapsedDays)
                     .arg(m.reps)
                     .arg(m.lapses)
                     .toUtf8();
    }
    return bytes;
}

} // namespace

void TestStudy::session_cardIsDueFromTheStartOfItsDay()
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    StudyOptions options;
    options.deckId = QStringLiteral("common");
    options.kind = QuestionKind::Choice;
    options.dailyNewLimit = 1;
    options.dayStartHour = 4;
    options.utcOffsetSeconds = 8 * 3600; // Beijing
    // Learned in the evening, Beijing time: right at 23:15, and right again
    // at 23:25 when its 10-minute step is due, which takes it out of its
    // steps, due in whole days at 23:25.
    const QDateTime evening = QDateTime(QDate(2026, 12, 7), QTime(15, 25), Qt::UTC);
    StudySession first(*m_catalogue, store, options, evening.addSecs(-600));
    const CardKey card = first.currentCard();
    const std::optional<AnswerOutcome> learning = answer(first, true, evening.addSecs(-600));
    QVERIFY(learning && learning->requeued);
    QCOMPARE(learning->after.due, evening);
    QCOMPARE(first.currentCard(), card);
    const std::optional<AnswerOutcome> outcome = answer(first, true, evening);
    QVERIFY(outcome && !outcome->requeued);
    QVERIFY(first.isDone());
    QCOMPARE(outcome->after.state, CardState::Review);
    const int days = outcome->after.scheduledDays;
    QVERIFY(days >= 1);
    QCOMPARE(outcome->after.due, evening.addDays(days));
    // At 08:00 on its due day it is due, though 23:25 has not come yet, and
    // the statistics say the same as the queue.
    const QDateTime morning = QDateTime(QDate(2026, 12, 8), QTime(0, 0), Qt::UTC).addDays(days - 1);
    StudySession next(*m_catalogue, store, options, morning);
    QCOMPARE(next.dueAtStart(), 1);
    QCOMPARE(next.currentCard(), card);
    QCOMPARE(StudyStats::compute(*m_catalogue, store, morning, options.utcOffsetSeconds, StudyStats::ChartDays, 4)
                 .dueToday,
             1);
    // At 03:59 that day the learner's day has not begun: it is still the day before.
    const QDateTime beforeDawn = QDateTime(QDate(2026, 12, 7), QTime(19, 59), Qt::UTC).addDays(days - 1);
    StudySession early(*m_catalogue, store, options, beforeDawn);
    QCOMPARE(early.dueAtStart(), 0);
    QCOMPARE(early.counts(beforeDawn).due, 0);
    QCOMPARE(early.nextDue(), QDateTime(QDate(2026, 12, 7), QTime(20, 0), Qt::UTC).addDays(days - 1)); // 04:00
    // At midnight with the day starting at midnight, the same card is due at 00:00.
    options.dayStartHour = 0;
    StudySession midnight(*m_catalogue, store, options,
                          QDateTime(QDate(2026, 12, 7), QTime(16, 0), Qt::UTC).addDays(days - 1));
    QCOMPARE(midnight.dueAtStart(), 1);
}

void TestStudy::session_wrongAnswerComesBackInTheSameSession()
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    StudyOptions options;
    options.deckId = QStringLiteral("4xx");
    options.kind = QuestionKind::Code;
    options.dailyNewLimit = 3;
    StudySession session(*m_catalogue, store, options, start);
    QCOMPARE(session.planned(), 3);
    const CardKey missed = session.currentCard();
    const std::optional<AnswerOutcome> wrong = answer(session, false, start);
    QVERIFY(wrong && wrong->requeued);
    // Again on a new card: its first learning step, 1 minute.
    QCOMPARE(wrong->after.state, CardState::Learning);
    QCOMPARE(wrong->after.due, start.addSecs(60));
    // The other two, right: 10 minutes each. The missed card is not due yet
    // at 30 s, so a planned card comes first.
    const CardKey second = session.currentCard();
    QVERIFY(!(second == missed));
    QVERIFY(answer(session, true, start.addSecs(30))->requeued);
    // At 70 s the missed card's minute has come: it goes before the third.
    const CardKey third = session.currentCard();
    QVERIFY(!(third == missed) && !(third == second));
    const std::optional<AnswerOutcome> thirdAnswer = answer(session, true, start.addSecs(70));
    QVERIFY(thirdAnswer && thirdAnswer->requeued);
    QCOMPARE(thirdAnswer->after.due, start.addSecs(70 + 600));
    QVERIFY(!session.isDone());
    QVERIFY(session.isRepeat());
    QCOMPARE(session.currentCard(), missed);
    // Right after 1 minute: the next step, 10 minutes.
    const std::optional<AnswerOutcome> afterOne = answer(session, true, start.addSecs(75));
    QVERIFY(afterOne && afterOne->correct && afterOne->requeued);
    QCOMPARE(afterOne->after.state, CardState::Learning);
    QCOMPARE(afterOne->after.step, 1);
    QCOMPARE(afterOne->after.due, start.addSecs(75 + 600));
    // Nothing is due now; the card due first comes next: the second card.
    QCOMPARE(session.currentCard(), second);
    QVERIFY(answer(session, true, start.addSecs(30 + 600))->after.state == CardState::Review);
    QCOMPARE(session.currentCard(), third);
    QVERIFY(answer(session, true, start.addSecs(70 + 600))->after.state == CardState::Review);
    // And the missed card after its 10 minutes, right: out of its steps,
    // scheduled in days.
    QCOMPARE(session.currentCard(), missed);
    const std::optional<AnswerOutcome> again = answer(session, true, start.addSecs(75 + 600));
    QVERIFY(again && again->correct && !again->requeued);
    QCOMPARE(again->after.state, CardState::Review);
    QCOMPARE(again->after.reps, 3);
    QVERIFY(again->after.due >= start.addDays(1));
    QVERIFY(session.isDone());
    // The score is of first answers; the log has every answer.
    QCOMPARE(session.firstAnswers(), 3);
    QCOMPARE(session.firstCorrect(), 2);
    QCOMPARE(store.reviewCount(), 7);
    // The wrong answer is in the mistakes notebook, with what was given.
    const QList<MistakeRecord> mistakes = store.mistakes();
    QCOMPARE(mistakes.size(), 1);
    QCOMPARE(mistakes.first().code, missed.code);
    QCOMPARE(mistakes.first().kind, QStringLiteral("code"));
    QVERIFY(mistakes.first().given.startsWith(u"599"));
    QVERIFY(mistakes.first().expected.startsWith(QString::number(missed.code)));
    QVERIFY(!mistakes.first().exam);

    // Wrong every time: back twice, then left for a later session, due
    // again in a minute.
    options.dailyNewLimit = 4;
    options.relearnLimit = 2;
    StudySession stubborn(*m_catalogue, store, options, start.addDays(10));
    int answers = 0;
    std::optional<AnswerOutcome> last;
    while (!stubborn.isDone() && answers < 100) {
        last = answer(stubborn, false, start.addDays(10));
        ++answers;
    }
    QCOMPARE(answers, stubborn.planned() * 3);
    QVERIFY(last && !last->requeued);
    QVERIFY(last->after.due <= start.addDays(10).addSecs(600));
    // Saved in its steps, each is due in a later session of the same day.
    StudySession later(*m_catalogue, store, options, start.addDays(10).addSecs(600));
    QCOMPARE(later.dueAtStart(), stubborn.planned());
}

void TestStudy::session_newCardPassesItsLearningSteps()
{
    // A new card answered right goes through Anki's steps: 10 minutes
    // (its second step), then out of them, due in days.
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    StudyOptions options;
    options.deckId = QStringLiteral("4xx");
    options.kind = QuestionKind::Code;
    options.dailyNewLimit = 1;
    StudySession session(*m_catalogue, store, options, start);
    const CardKey card = session.currentCard();
    const std::optional<AnswerOutcome> first = answer(session, true, start);
    QVERIFY(first && first->requeued);
    QCOMPARE(first->after.state, CardState::Learning);
    QCOMPARE(first->after.step, 1);
    QCOMPARE(first->after.due, start.addSecs(600));
    // Saved as it is: a session opened 5 minutes later has nothing due yet
    // and says when the card is, to the minute; at 10 minutes it is due.
    QCOMPARE(StudySession(*m_catalogue, store, options, start.addSecs(300)).dueAtStart(), 0);
    QCOMPARE(StudySession(*m_catalogue, store, options, start.addSecs(300)).nextDue(), start.addSecs(600));
    QCOMPARE(StudySession(*m_catalogue, store, options, start.addSecs(600)).dueAtStart(), 1);
    QCOMPARE(store.card(card.code, kindKey(card.kind))->step, 1);
    QVERIFY(session.isRepeat());
    const std::optional<AnswerOutcome> second = answer(session, true, start.addSecs(600));
    QVERIFY(second && !second->requeued);
    QCOMPARE(second->after.state, CardState::Review);
    QCOMPARE(second->after.step, 0);
    QVERIFY(second->after.scheduledDays >= 1);
    QCOMPARE(second->after.due, start.addSecs(600).addDays(second->after.scheduledDays));
    QVERIFY(session.isDone());
}

void TestStudy::session_lapsedReviewCardRelearns()
{
    // A review card answered wrong goes to its relearning step, 10 minutes,
    // comes back in the session, and leaves it scheduled in days again.
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    StudyOptions options;
    options.deckId = QStringLiteral("4xx");
    options.kind = QuestionKind::Code;
    options.dailyNewLimit = 1;
    CardKey card;
    QDateTime due;
    {
        StudySession learn(*m_catalogue, store, options, start);
        card = learn.currentCard();
        answer(learn, true, start);
        const std::optional<AnswerOutcome> out = answer(learn, true, start.addSecs(600));
        QVERIFY(out && out->after.state == CardState::Review);
        due = out->after.due;
    }
    options.dailyNewLimit = 0;
    StudySession review(*m_catalogue, store, options, due);
    QCOMPARE(review.dueAtStart(), 1);
    QCOMPARE(review.currentCard(), card);
    const std::optional<AnswerOutcome> lapse = answer(review, false, due);
    QVERIFY(lapse && lapse->requeued);
    QCOMPARE(lapse->after.state, CardState::Relearning);
    QCOMPARE(lapse->after.lapses, 1);
    QCOMPARE(lapse->after.due, due.addSecs(600));
    QVERIFY(review.isRepeat());
    QCOMPARE(review.currentCard(), card);
    const std::optional<AnswerOutcome> relearned = answer(review, true, due.addSecs(600));
    QVERIFY(relearned && !relearned->requeued);
    QCOMPARE(relearned->after.state, CardState::Review);
    QCOMPARE(relearned->after.lapses, 1);
    QCOMPARE(relearned->after.due, due.addSecs(600).addDays(relearned->after.scheduledDays));
    QVERIFY(relearned->after.scheduledDays >= 1);
    QVERIFY(review.isDone());
}

void TestStudy::session_newCardsAreShuffledInterleavedAndSiblingsBuried()
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    StudyOptions options;
    options.deckId = QStringLiteral("common");
    options.dailyNewLimit = 12;
    options.seed = 7;
    const auto order = [&](quint32 seed) {
        StudyOptions seeded = options;
        seeded.seed = seed;
        StudySession session(*m_catalogue, store, seeded, start);
        QList<CardKey> cards;
        for (int i = 0; i < session.planned(); ++i) {
            cards << session.currentCard();
            answer(session, true, start);
        }
        // Through their learning steps, so that none is left in them.
        while (!session.isDone())
            answer(session, true, start);
        return cards;
    };
    // Reproducible for a seed (nothing was saved: each run is the first)...
    QTemporaryDir other;
    ProgressStore otherStore(other.path());
    StudySession a(*m_catalogue, otherStore, options, start);
    StudySession b(*m_catalogue, otherStore, options, start);
    QCOMPARE(a.currentCard(), b.currentCard());
    // ... and the kinds come in turn: the first six cards are six kinds,
    // scenarios among them, and twelve distinct codes.
    const QList<CardKey> cards = order(7);
    QCOMPARE(cards.size(), 12);
    QSet<QuestionKind> firstKinds;
    QSet<int> codes;
    for (int i = 0; i < cards.size(); ++i) {
        if (i < 6)
            firstKinds.insert(cards.at(i).kind);
        codes.insert(cards.at(i).code);
    }
    QCOMPARE(firstKinds.size(), 6);
    QVERIFY(firstKinds.contains(QuestionKind::Scenario));
    QCOMPARE(codes.size(), 12); // siblings are never in the same session
    // Shuffled: other seeds start elsewhere.
    QSet<int> firstCodes;
    for (quint32 seed = 1; seed <= 8; ++seed) {
        StudyOptions seeded = options;
        seeded.seed = seed;
        firstCodes.insert(StudySession(*m_catalogue, otherStore, seeded, start).currentCard().code);
    }
    QVERIFY(firstCodes.size() >= 3);
    // Later the same day, a code answered today is buried in every other kind.
    options.dailyNewLimit = 500;
    StudySession later(*m_catalogue, store, options, start.addSecs(3600));
    for (int i = 0; i < later.planned(); ++i) {
        QVERIFY2(!codes.contains(later.currentCard().code), qPrintable(QString::number(later.currentCard().code)));
        answer(later, true, start.addSecs(3600));
    }
    // The next day they come back.
    StudySession tomorrow(*m_catalogue, store, options, start.addDays(1));
    bool sawSibling = false;
    for (int i = 0; i < tomorrow.planned() && !sawSibling; ++i) {
        sawSibling = codes.contains(tomorrow.currentCard().code);
        answer(tomorrow, true, start.addDays(1));
    }
    QVERIFY(sawSibling);
}

void TestStudy::session_deckLimitHoldsBackNewCardsAndSaysHowMany()
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    StudyOptions options;
    options.deckId = QStringLiteral("1xx");
    options.kind = QuestionKind::Choice;
    options.dailyNewLimit = 10;
    options.deckNewLimit = 2;
    const int deckSize = int(Decks::cards(*m_catalogue, *Decks::find(*m_catalogue, {}, QStringLiteral("1xx")),
                                          QuestionKind::Choice).size());
    QVERIFY(deckSize > 2);
    StudySession session(*m_catalogue, store, options, start);
    QCOMPARE(session.newAtStart(), 2);
    QCOMPARE(session.newHeldBack(), deckSize - 2);
    QCOMPARE(session.limitReached(), 2);
    while (!session.isDone())
        answer(session, true, start);
    // The deck's limit is spent; another deck still has the overall one.
    StudySession again(*m_catalogue, store, options, start.addSecs(60));
    QCOMPARE(again.newAtStart(), 0);
    QCOMPARE(again.newHeldBack(), deckSize - 2);
    options.deckId = QStringLiteral("2xx");
    StudySession other(*m_catalogue, store, options, start.addSecs(60));
    QCOMPARE(other.newAtStart(), 2);
    // The overall limit counts every deck: 10 - 2 used = 8.
    options.deckNewLimit = -1;
    StudySession overall(*m_catalogue, store, options, start.addSecs(60));
    QCOMPARE(overall.newAtStart(), 8);
    QCOMPARE(overall.limitReached(), 10);
}

void TestStudy::exam_leavesEveryCardStateAsItWasAndNotesMistakes()
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    // Some history first.
    StudyOptions study;
    study.deckId = QStringLiteral("common");
    study.dailyNewLimit = 8;
    StudySession session(*m_catalogue, store, study, start);
    for (int i = 0; !session.isDone(); ++i)
        answer(session, i % 2 == 0, start);
    const QByteArray before = cardBytes(store);
    const qint64 reviewsBefore = store.reviewCount();
    const int mistakesBefore = int(store.mistakes().size());
    QVERIFY(!before.isEmpty());

    StudyOptions exam = study;
    exam.practice = true;
    exam.maxCards = 15;
    exam.seed = 3;
    StudySession mock(*m_catalogue, store, exam, start.addDays(1));
    QCOMPARE(mock.planned(), 15);
    QSet<QuestionKind> kinds;
    int wrong = 0;
    for (int i = 0; !mock.isDone(); ++i) {
        kinds.insert(mock.currentCard().kind);
        const std::optional<AnswerOutcome> outcome = answer(mock, i % 3 != 0, start.addDays(1));
        QVERIFY(outcome && !outcome->saved && !outcome->requeued);
        wrong += !outcome->correct && mock.results().constLast().card.kind != QuestionKind::Flashcard ? 1 : 0;
    }
    QVERIFY(kinds.size() >= 4); // mixed
    QCOMPARE(mock.answered(), 15);
    QCOMPARE(mock.results().size(), 15);
    // Nothing scheduled, nothing logged: byte for byte the same cards.
    QCOMPARE(cardBytes(store), before);
    QCOMPARE(store.reviewCount(), reviewsBefore);
    // The mistakes are noted, marked as the exam's.
    const QList<MistakeRecord> mistakes = store.mistakes();
    QCOMPARE(int(mistakes.size()), mistakesBefore + wrong);
    QVERIFY(wrong > 0);
    QVERIFY(mistakes.first().exam);
    // The mistakes notebook is a deck of its own, for asking them again.
    exam.deckId = QStringLiteral("mistakes");
    exam.maxCards = -1;
    StudySession requiz(*m_catalogue, store, exam, start.addDays(1));
    QVERIFY(requiz.isValid());
    QSet<int> mistaken;
    for (const MistakeRecord &mistake : mistakes)
        mistaken.insert(mistake.code);
    QVERIFY(requiz.planned() > 0);
    while (!requiz.isDone()) {
        QVERIFY(mistaken.contains(requiz.currentCard().code));
        answer(requiz, true, start.addDays(1));
    }
    QCOMPARE(cardBytes(store), before);
}

void TestStudy::flags_areKept()
{
    QTemporaryDir dir;
    {
        ProgressStore store(dir.path());
        StudyOptions options;
        options.kind = QuestionKind::Claim;
        StudySession session(*m_catalogue, store, options, start);
        const CardKey card = session.currentCard();
        QVERIFY(session.flagCurrent(QStringLiteral("wrong"), start));
        QCOMPARE(session.currentCard(), card); // flagging is not an answer
        QCOMPARE(store.reviewCount(), 0);
    }
    ProgressStore reopened(dir.path());
    const QList<FlagRecord> flags = reopened.flags();
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.first().kind, QStringLiteral("claim"));
    QCOMPARE(flags.first().reason, QStringLiteral("wrong"));
    QCOMPARE(flags.first().flaggedAt, start);
    QVERIFY(!flags.first().prompt.isEmpty());
}

QTEST_GUILESS_MAIN(TestStudy)
#include "tst_study.moc"
