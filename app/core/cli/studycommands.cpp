#include "studycommands.h"

#include "deck.h"
#include "progressstore.h"
#include "question.h"
#include "questioncheck.h"
#include "studysession.h"
#include "studystats.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <QLocale>
#include <QMap>

#include <algorithm>
#include <limits>
#include <memory>

namespace codex {

namespace {

class StudyText final
{
    Q_DECLARE_TR_FUNCTIONS(StudyText)
};

QString dataDirectory(const CommandLineOptions &options)
{
    return options.dataDir.isEmpty() ? ProgressStore::defaultDirectory() : options.dataDir;
}

// A store problem is reported, never fatal: studying goes on, in memory if
// it must.
std::unique_ptr<ProgressStore> openStore(const CommandLineOptions &options, QTextStream &err)
{
    auto store = std::make_unique<ProgressStore>(dataDirectory(options));
    if (!store->problem().isEmpty())
        err << "status-codex: " << store->problem() << '\n';
    err.flush();
    return store;
}

// The time the study commands run at. STATUS_CODEX_NOW (an ISO 8601 time)
// stands in for the clock, so that tests can play a learner's days.
QDateTime clockNow()
{
    const QString fake = qEnvironmentVariable("STATUS_CODEX_NOW");
    if (!fake.isEmpty()) {
        const QDateTime time = QDateTime::fromString(fake, Qt::ISODateWithMs);
        if (time.isValid())
            return time.toUTC();
    }
    return QDateTime::currentDateTimeUtc();
}

int utcOffsetAt(const QDateTime &now)
{
    return now.toLocalTime().offsetFromUtc();
}

int settingNumber(const ProgressStore &store, const QString &key, int low, int high, int fallback)
{
    bool ok = false;
    const int value = store.setting(key).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

int dayStartHour(const CommandLineOptions &options, const ProgressStore &store)
{
    if (options.dayStartHour >= 0)
        return options.dayStartHour;
    return settingNumber(store, QStringLiteral("dayStartHour"), 0, 23, StudyDay::DefaultStartHour);
}

StudyOptions studyOptions(const CommandLineOptions &options, const ProgressStore &store, const QDateTime &now)
{
    StudyOptions study;
    study.deckId = options.deckId;
    if (!options.kind.isEmpty())
        study.kind = kindFromKey(options.kind);
    const Language language = options.language.value_or(systemLanguage());
    study.languages = StudyLanguages::fromKey(options.studyLanguages).value_or(StudyLanguages{language, language});
    study.dailyNewLimit = settingNumber(store, QStringLiteral("dailyNewLimit"), 0, 1000, study.dailyNewLimit);
    const int deckLimit = settingNumber(store, QStringLiteral("deckNewLimit"), 0, 1000, 0);
    study.deckNewLimit = deckLimit > 0 ? deckLimit : -1;
    if (options.newLimit >= 0) {
        // Asked for on the command line: this deck's new cards today,
        // whatever the other decks used.
        study.deckNewLimit = options.newLimit;
        study.dailyNewLimit = std::numeric_limits<int>::max();
    }
    bool ok = false;
    const double retention = store.setting(QStringLiteral("desiredRetention")).toDouble(&ok);
    if (ok && retention >= 0.7 && retention <= 0.99)
        study.desiredRetention = retention;
    study.maxCards = options.count;
    study.utcOffsetSeconds = utcOffsetAt(now);
    study.dayStartHour = dayStartHour(options, store);
    return study;
}

// The first sentence of a text: one line of explanation.
QString firstSentence(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("(?<=[。！？])|(?<=[.!?])\\s"));
    const QString paragraph = text.section(QStringLiteral("\n\n"), 0, 0);
    const QRegularExpressionMatch match = end.match(paragraph);
    return (match.hasMatch() ? paragraph.left(match.capturedStart()) : paragraph).simplified();
}

// A due time as the learner thinks of it: a day, and how far it is.
// "12 月 10 日（3 天后）", "10 December (in 3 days)".
QString dueDay(const QDateTime &due, const QDateTime &now, const StudyDay &day, Language language)
{
    const QDate date = day.dayOf(due);
    const qint64 days = day.dayOf(now).daysTo(date);
    const QString shown = language == Language::Chinese
        ? QStringLiteral("%1 月 %2 日").arg(date.month()).arg(date.day())
        : QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM"));
    QString distance;
    if (days <= 0)
        distance = StudyText::tr("today");
    else if (days == 1)
        distance = StudyText::tr("tomorrow");
    else
        //: How far a due day is, two days or more: "in 3 days".
        distance = StudyText::tr("in %1 days").arg(days);
    //: A due day and how far it is: "10 December (in 3 days)".
    return StudyText::tr("%1 (%2)").arg(shown, distance);
}

QString quoted(const QString &passage)
{
    return passage.split(u'\n').replaceInStrings(QRegularExpression(QStringLiteral("^")), QStringLiteral("  > ")).join(u'\n');
}

void writeQuestion(QTextStream &out, const Question &question, int number, int total, bool repeat)
{
    if (repeat)
        //: Heading of a card asked again in the quiz for its next learning step (1 or 10 minutes later).
        out << '\n' << StudyText::tr("Once more, at its learning step (%1)").arg(kindName(question.kind)) << '\n';
    else
        //: Heading of a quiz question: "Question 3 of 10 (choice)".
        out << '\n' << StudyText::tr("Question %1 of %2 (%3)").arg(number).arg(total).arg(kindName(question.kind)) << '\n';
    out << question.prompt << '\n';
    if (!question.passage.isEmpty()) {
        out << '\n' << quoted(question.passage) << "\n\n";
        // A long passage pushes the question off a small terminal: say it
        // again just above the options.
        if (!question.options.isEmpty())
            out << question.prompt << '\n';
    }
    for (int i = 0; i < question.options.size(); ++i)
        out << "  " << (i + 1) << ". " << question.options.at(i) << '\n';
}

QString answerPrompt(const Question &question)
{
    if (question.isRated())
        return StudyText::tr("Rate it: 1 Again, 2 Hard, 3 Good, 4 Easy");
    if (question.takesCode())
        return StudyText::tr("Type the code:");
    if (question.takesText())
        return StudyText::tr("Type the reason phrase:");
    //: The question's options are numbered 1 to %1; the dash is an en dash.
    return StudyText::tr("Type 1\u2013%1:").arg(question.options.size());
}

// Reads a line; false at the end of input. A piped line is echoed, so that
// a transcript reads like a terminal's.
bool readAnswer(const CommandLineOptions &options, QTextStream &in, QTextStream &out, QString *line)
{
    if (!in.readLineInto(line)) {
        out << '\n';
        return false;
    }
    if (!options.inputIsTerminal)
        out << *line << '\n';
    *line = line->trimmed();
    return true;
}

enum class SessionEnd { Done, EndOfInput, TimeUp };

// Asks the session's questions until it is done, the input ends or the
// deadline passes; shared by quiz and exam.
SessionEnd askQuestions(const CommandLineOptions &options, StudySession &session, QTextStream &in, QTextStream &out,
                        const QDateTime &deadline)
{
    const Language language = options.language.value_or(systemLanguage());
    const StudyDay day = session.options().day();
    int number = 0;
    while (!session.isDone()) {
        if (deadline.isValid() && clockNow() >= deadline)
            return SessionEnd::TimeUp;
        const Question question = session.currentQuestion();
        const bool repeat = session.isRepeat();
        writeQuestion(out, question, repeat ? number : ++number, session.planned(), repeat);
        QElapsedTimer timer;
        timer.start();
        QString line;
        if (question.isRated()) {
            // A flashcard: the front, then the back when the learner is ready.
            out << StudyText::tr("Press Enter to show the answer") << ' ' << Qt::flush;
            if (!readAnswer(options, in, out, &line))
                return SessionEnd::EndOfInput;
            out << '\n' << StudyText::tr("Answer:") << '\n' << question.back << "\n\n";
        }
        std::optional<AnswerOutcome> outcome;
        while (!outcome) {
            out << answerPrompt(question) << ' ' << Qt::flush;
            if (!readAnswer(options, in, out, &line))
                return SessionEnd::EndOfInput;
            if (line == u"f" || line == u"u") {
                const bool wrong = line == u"f";
                if (session.flagCurrent(wrong ? QStringLiteral("wrong") : QStringLiteral("unclear"), clockNow()))
                    out << (wrong ? StudyText::tr("Flagged as wrong; status-codex flags lists it.")
                                  : StudyText::tr("Flagged as unclear; status-codex flags lists it."))
                        << '\n';
                continue;
            }
            // Full-width digits are what a Chinese input method types.
            line = halfWidth(line);
            bool isNumber = false;
            const int value = line.toInt(&isNumber);
            const QDateTime now = clockNow();
            if (question.takesText())
                outcome = session.answerText(line, timer.elapsed(), now);
            else if (isNumber && question.isRated() && value >= 1 && value <= 4)
                outcome = session.rate(Rating(value), timer.elapsed(), now);
            else if (isNumber && !question.isRated() && line.size() == 3)
                outcome = session.answerCode(value, timer.elapsed(), now);
            else if (isNumber && !question.isRated() && !question.takesCode())
                outcome = session.answerOption(value - 1, timer.elapsed(), now);
            if (!outcome && !question.takesText() && !question.takesCode() && !question.isRated())
                //: What a choice question takes, after an answer it does not: "Please type 1–4."
                out << StudyText::tr("That is not an answer to this question: type the number of an option, "
                                     "1\u2013%1.").arg(question.options.size()) << '\n';
            else if (!outcome)
                out << StudyText::tr("That is not an answer to this question.") << '\n';
        }
        static const char *const ratingNames[] = {QT_TRANSLATE_NOOP("StudyText", "Again"),
                                                  QT_TRANSLATE_NOOP("StudyText", "Hard"),
                                                  QT_TRANSLATE_NOOP("StudyText", "Good"),
                                                  QT_TRANSLATE_NOOP("StudyText", "Easy")};
        if (question.isRated())
            out << StudyText::tr("Rated \u201c%1\u201d.").arg(StudyText::tr(ratingNames[(int(outcome->rating) - 1) & 3]))
                << '\n';
        else if (outcome->correct)
            out << StudyText::tr("Right: \u201c%1\u201d.").arg(question.answerText) << '\n';
        else
            out << StudyText::tr("Wrong: the right answer is \u201c%1\u201d.").arg(question.answerText) << '\n';
        // What the chosen answer means and how it differs, or every
        // correction of the text: whole, not a first sentence.
        const QString why = outcome->feedback.isEmpty() ? firstSentence(question.explanation) : outcome->feedback;
        if (!question.isRated())
            out << "  " << QString(why).replace(u'\n', QStringLiteral("\n  ")) << '\n';
        if (!session.isPractice()) {
            if (outcome->requeued) {
                // Its learning step: 1 or 10 minutes from the answer.
                const qint64 minutes = (clockNow().msecsTo(outcome->after.due) + 30000) / 60000;
                //: %1 is a number of minutes, 1 or 10 with the default learning steps.
                out << "  " << StudyText::tr("It comes back in this session after %1 min.").arg(std::max<qint64>(minutes, 0))
                    << '\n';
            }
            //: When the card comes back: "Next review: 10 December (in 3 days)".
            out << "  " << StudyText::tr("Next review: %1").arg(dueDay(outcome->after.due, clockNow(), day, language))
                << '\n';
        }
        // At a terminal the feedback waits to be read; a pipe goes straight on.
        if (options.inputIsTerminal && !session.isDone()) {
            out << StudyText::tr("Press Enter to go on") << ' ' << Qt::flush;
            if (!in.readLineInto(&line))
                return SessionEnd::EndOfInput;
        }
    }
    return SessionEnd::Done;
}

QString limitMessage(const StudySession &session)
{
    //: The new cards of the day are used up; %1 is the limit, %2 the new cards left in the deck.
    return StudyText::tr("Today's new cards are used up (%n a day); %1 more wait in this deck. To study more "
                         "now: status-codex quiz --new-limit N, or raise \"New cards a day\" in the window.",
                         nullptr, session.limitReached())
        .arg(session.newHeldBack());
}

} // namespace

int runQuiz(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &in, QTextStream &out,
            QTextStream &err)
{
    std::unique_ptr<ProgressStore> store = openStore(options, err);
    const QDateTime start = clockNow();
    StudySession session(catalogue, *store, studyOptions(options, *store, start), start);
    if (!session.isValid()) {
        err << "status-codex: " << StudyText::tr("there is no deck \"%1\"").arg(options.deckId) << '\n';
        return CommandLine::UsageError;
    }
    const Language language = options.language.value_or(systemLanguage());
    //: "Common codes: 3 due, 7 new".
    out << StudyText::tr("%1: %2 due, %3 new").arg(session.deck().name).arg(session.dueAtStart()).arg(session.newAtStart())
        << '\n';
    const SessionEnd end = askQuestions(options, session, in, out, QDateTime());
    if (session.answered() > 0 || session.planned() > 0)
        out << '\n' << StudyText::tr("Score: %1 of %2 right.").arg(session.firstCorrect()).arg(session.firstAnswers())
            << '\n';
    if (end == SessionEnd::Done) {
        if (session.newHeldBack() > 0)
            out << limitMessage(session) << '\n';
        const QDateTime next = session.nextDue();
        out << StudyText::tr("You are done for today.");
        if (next.isValid())
            out << ' '
                << StudyText::tr("The next card is due %1.")
                       .arg(dueDay(next, clockNow(), session.options().day(), language));
        out << '\n';
    }
    if (!store->isPersistent())
        err << "status-codex: " << StudyText::tr("nothing of this quiz was saved") << '\n';
    return CommandLine::Success;
}

int runQuizCheck(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    QuestionCheck check(catalogue);
    const QList<QuestionViolation> violations = check.run();
    if (options.json) {
        QJsonArray list;
        for (const QuestionViolation &violation : violations)
            list << QJsonObject{{QStringLiteral("code"), violation.code},
                                {QStringLiteral("kind"), kindKey(violation.kind)},
                                {QStringLiteral("lang"), violation.languages},
                                {QStringLiteral("variant"), violation.variant},
                                {QStringLiteral("rule"), violation.rule},
                                {QStringLiteral("problem"), violation.problem},
                                {QStringLiteral("question"), violation.question}};
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("questions"), check.questionsChecked()},
                                                           {QStringLiteral("violations"), list}})
                                     .toJson(QJsonDocument::Indented));
    } else {
        for (const QuestionViolation &violation : violations)
            out << QStringLiteral("%1 %2 [%3] variant %4: %5: %6\n")
                       .arg(violation.code)
                       .arg(kindKey(violation.kind), violation.languages)
                       .arg(violation.variant)
                       .arg(violation.rule, violation.problem)
                << "  " << QString(violation.question).replace(u'\n', QStringLiteral("\n  ")) << '\n';
        //: The summary of quiz --check: "12000 questions checked, 0 violations (850 ms)".
        out << StudyText::tr("%1 questions checked, %2 violations (%3 ms)")
                   .arg(check.questionsChecked())
                   .arg(violations.size())
                   .arg(timer.elapsed())
            << '\n';
    }
    return violations.isEmpty() ? CommandLine::Success : CommandLine::Violations;
}

int runProgress(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &out, QTextStream &err)
{
    std::unique_ptr<ProgressStore> store = openStore(options, err);
    const QDateTime now = clockNow();
    const StudyDay day{utcOffsetAt(now), dayStartHour(options, *store)};
    const StudyStats stats
        = StudyStats::compute(catalogue, *store, now, day.utcOffsetSeconds, StudyStats::ChartDays, day.startHour);
    const Language language = options.language.value_or(systemLanguage());
    const QHash<CardKey, CardMemory> memories = cardMemories(store->cards());
    const QList<Deck> decks = Decks::all(catalogue, store->starred(), language);

    if (options.json) {
        QJsonObject object{
            {QStringLiteral("reviews"), double(stats.reviews)},
            {QStringLiteral("reviewsToday"), stats.reviewsToday},
            {QStringLiteral("new"), stats.cards.newCards},
            {QStringLiteral("due"), stats.cards.due},
            {QStringLiteral("learned"), stats.cards.learned},
            {QStringLiteral("studied"), stats.cards.learned},
            {QStringLiteral("dayStartHour"), day.startHour},
            {QStringLiteral("dueToday"), stats.dueToday},
            {QStringLiteral("streak"), stats.streak},
            {QStringLiteral("retention"), stats.retention},
        };
        QJsonArray deckArray;
        for (const Deck &deck : decks) {
            const DeckCounts counts = Decks::count(Decks::cards(catalogue, deck), memories, now, day);
            deckArray << QJsonObject{{QStringLiteral("id"), deck.id},
                                     {QStringLiteral("name"), deck.name},
                                     {QStringLiteral("new"), counts.newCards},
                                     {QStringLiteral("due"), counts.due},
                                     {QStringLiteral("learned"), counts.learned},
                                     {QStringLiteral("studied"), counts.learned}};
        }
        object.insert(QStringLiteral("decks"), deckArray);
        QJsonArray mastery;
        for (int i = 0; i < stats.mastery.size(); ++i)
            mastery << QJsonObject{{QStringLiteral("class"), QStringLiteral("%1xx").arg(i + 1)},
                                   {QStringLiteral("mastery"), stats.mastery.at(i)}};
        object.insert(QStringLiteral("mastery"), mastery);
        if (options.cards) {
            static const char *const states[] = {"new", "learning", "review", "relearning"};
            QJsonArray cards;
            for (const CardRecord &record : store->cards()) {
                cards << QJsonObject{
                    {QStringLiteral("code"), record.code},
                    {QStringLiteral("kind"), record.kind},
                    {QStringLiteral("state"), QString::fromLatin1(states[int(record.memory.state) & 3])},
                    {QStringLiteral("stability"), record.memory.stability},
                    {QStringLiteral("difficulty"), record.memory.difficulty},
                    {QStringLiteral("due"), record.memory.due.toUTC().toString(Qt::ISODateWithMs)},
                    {QStringLiteral("reps"), record.memory.reps},
                    {QStringLiteral("lapses"), record.memory.lapses},
                };
            }
            object.insert(QStringLiteral("cards"), cards);
        }
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }

    out << StudyText::tr("Reviews: %1 (%2 today)").arg(stats.reviews).arg(stats.reviewsToday) << '\n';
    out << StudyText::tr("Due today: %1").arg(stats.dueToday) << '\n';
    out << (stats.streak == 1 ? StudyText::tr("Streak: 1 day") : StudyText::tr("Streak: %1 days").arg(stats.streak))
        << '\n';
    out << StudyText::tr("Right answers in the last 30 days: %1%").arg(qRound(stats.retention * 100)) << '\n';
    out << StudyText::tr("Standard cards: %1 new, %2 due, %3 studied")
               .arg(stats.cards.newCards)
               .arg(stats.cards.due)
               .arg(stats.cards.learned)
        << "\n\n";
    for (const Deck &deck : decks) {
        const DeckCounts counts = Decks::count(Decks::cards(catalogue, deck), memories, now, day);
        //: One deck's line: "  common      Common codes: 40 new, 2 due, 10 studied".
        out << StudyText::tr("  %1 %2: %3 new, %4 due, %5 studied")
                   .arg(deck.id, -11)
                   .arg(deck.name)
                   .arg(counts.newCards)
                   .arg(counts.due)
                   .arg(counts.learned)
            << '\n';
    }
    out << '\n';
    for (int i = 0; i < stats.mastery.size(); ++i)
        out << StudyText::tr("  %1xx mastery: %2%").arg(i + 1).arg(qRound(stats.mastery.at(i) * 100)) << '\n';
    return CommandLine::Success;
}

namespace {

struct Tally
{
    int answered = 0;
    int correct = 0;
};

QString firstLine(const QString &text)
{
    return text.section(u'\n', 0, 0);
}

} // namespace

int runExam(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &in, QTextStream &out,
            QTextStream &err)
{
    std::unique_ptr<ProgressStore> store = openStore(options, err);
    const QDateTime start = clockNow();
    StudyOptions study = studyOptions(options, *store, start);
    study.practice = true;
    study.maxCards = options.countGiven ? options.count : 20;
    StudySession session(catalogue, *store, study, start);
    if (!session.isValid()) {
        err << "status-codex: " << StudyText::tr("there is no deck \"%1\"").arg(options.deckId) << '\n';
        return CommandLine::UsageError;
    }
    // With --json the questions go to standard error and the result alone
    // to standard output, for a script to read.
    QTextStream &talk = options.json ? err : out;
    if (session.planned() == 0) {
        talk << StudyText::tr("%1 has no questions to ask.").arg(session.deck().name) << '\n';
        return CommandLine::NotFound;
    }
    //: "Mock exam: Common codes, 20 questions, 15 minutes. Nothing here changes your schedule."
    talk << (session.planned() == 1 ? StudyText::tr("Mock exam: %1, 1 question").arg(session.deck().name)
                                    : StudyText::tr("Mock exam: %1, %2 questions").arg(session.deck().name).arg(session.planned()));
    if (options.minutes > 0)
        //: The time limit of a mock exam, after its number of questions.
        talk << StudyText::tr(", %1 min").arg(options.minutes);
    talk << ". " << StudyText::tr("Nothing here changes your schedule.") << '\n';
    const QDateTime deadline = options.minutes > 0 ? start.addSecs(qint64(options.minutes) * 60) : QDateTime();
    const SessionEnd end = askQuestions(options, session, in, talk, deadline);
    if (end == SessionEnd::TimeUp)
        talk << '\n' << StudyText::tr("Time is up.") << '\n';

    QMap<int, Tally> byClass;
    QMap<int, Tally> byKind;
    QList<AnsweredQuestion> missed;
    for (const AnsweredQuestion &answer : session.results()) {
        Tally &perClass = byClass[answer.card.code / 100];
        Tally &perKind = byKind[int(answer.card.kind)];
        ++perClass.answered;
        ++perKind.answered;
        perClass.correct += answer.correct ? 1 : 0;
        perKind.correct += answer.correct ? 1 : 0;
        if (!answer.correct)
            missed << answer;
    }
    if (options.json) {
        QJsonArray classes;
        for (auto it = byClass.cbegin(); it != byClass.cend(); ++it)
            classes << QJsonObject{{QStringLiteral("class"), QStringLiteral("%1xx").arg(it.key())},
                                   {QStringLiteral("answered"), it->answered},
                                   {QStringLiteral("correct"), it->correct}};
        QJsonArray kinds;
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
            kinds << QJsonObject{{QStringLiteral("kind"), kindKey(QuestionKind(it.key()))},
                                 {QStringLiteral("answered"), it->answered},
                                 {QStringLiteral("correct"), it->correct}};
        QJsonArray missedArray;
        for (const AnsweredQuestion &answer : std::as_const(missed))
            missedArray << QJsonObject{{QStringLiteral("code"), answer.card.code},
                                       {QStringLiteral("kind"), kindKey(answer.card.kind)},
                                       {QStringLiteral("question"), answer.prompt},
                                       {QStringLiteral("given"), answer.given},
                                       {QStringLiteral("expected"), answer.expected}};
        const QJsonObject object{{QStringLiteral("deck"), session.deck().id},
                                 {QStringLiteral("questions"), session.planned()},
                                 {QStringLiteral("answered"), session.answered()},
                                 {QStringLiteral("correct"), session.correctAnswers()},
                                 {QStringLiteral("timeUp"), end == SessionEnd::TimeUp},
                                 {QStringLiteral("byClass"), classes},
                                 {QStringLiteral("byKind"), kinds},
                                 {QStringLiteral("missed"), missedArray}};
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    out << '\n'
        << StudyText::tr("Score: %1 of %2 right.").arg(session.correctAnswers()).arg(session.answered()) << '\n';
    if (session.answered() < session.planned())
        out << StudyText::tr("Not answered: %1.").arg(session.planned() - session.answered()) << '\n';
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it)
        //: One line of a mock exam's score: "  4xx: 5 of 7".
        out << StudyText::tr("  %1xx: %2 of %3").arg(it.key()).arg(it->correct).arg(it->answered) << '\n';
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        out << StudyText::tr("  %1: %2 of %3").arg(kindName(QuestionKind(it.key()))).arg(it->correct).arg(it->answered)
            << '\n';
    if (!missed.isEmpty()) {
        out << '\n' << StudyText::tr("Missed:") << '\n';
        for (const AnsweredQuestion &answer : std::as_const(missed))
            //: One missed question: "  - What does 301 mean? You answered: Found. Right: 301 Moved Permanently."
            out << StudyText::tr("  - %1 You answered: %2. Right: %3.")
                       .arg(firstLine(answer.prompt), answer.given, answer.expected)
                << '\n';
    }
    return CommandLine::Success;
}

int runMistakes(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(catalogue)
    std::unique_ptr<ProgressStore> store = openStore(options, err);
    const QList<MistakeRecord> mistakes = store->mistakes();
    if (options.json) {
        QJsonArray array;
        for (const MistakeRecord &mistake : mistakes)
            array << QJsonObject{{QStringLiteral("code"), mistake.code},
                                 {QStringLiteral("kind"), mistake.kind},
                                 {QStringLiteral("answeredAt"), mistake.answeredAt.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("language"), mistake.language},
                                 {QStringLiteral("question"), mistake.prompt},
                                 {QStringLiteral("given"), mistake.given},
                                 {QStringLiteral("expected"), mistake.expected},
                                 {QStringLiteral("exam"), mistake.exam}};
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    if (mistakes.isEmpty()) {
        out << StudyText::tr("The mistakes notebook is empty.") << '\n';
        return CommandLine::Success;
    }
    for (const MistakeRecord &mistake : mistakes) {
        const QDateTime local = mistake.answeredAt.toLocalTime();
        out << local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  " << mistake.code << ' '
            << kindName(kindFromKey(mistake.kind).value_or(QuestionKind::Choice)) << '\n';
        out << quoted(mistake.prompt) << '\n';
        out << "  " << StudyText::tr("You answered: %1").arg(mistake.given) << '\n';
        out << "  " << StudyText::tr("Right: %1").arg(mistake.expected) << "\n\n";
    }
    out << StudyText::tr("Mistakes: %1. Ask them again: status-codex exam --deck mistakes").arg(mistakes.size()) << '\n';
    return CommandLine::Success;
}

int runFlags(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(catalogue)
    std::unique_ptr<ProgressStore> store = openStore(options, err);
    const QList<FlagRecord> flags = store->flags();
    if (options.json) {
        QJsonArray array;
        for (const FlagRecord &flag : flags)
            array << QJsonObject{{QStringLiteral("code"), flag.code},
                                 {QStringLiteral("kind"), flag.kind},
                                 {QStringLiteral("reason"), flag.reason},
                                 {QStringLiteral("flaggedAt"), flag.flaggedAt.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("language"), flag.language},
                                 {QStringLiteral("question"), flag.prompt}};
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    if (flags.isEmpty()) {
        out << StudyText::tr("No question is flagged. During a quiz, f flags a question as wrong, u as unclear.")
            << '\n';
        return CommandLine::Success;
    }
    for (const FlagRecord &flag : flags) {
        out << flag.flaggedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  " << flag.code << ' '
            << kindName(kindFromKey(flag.kind).value_or(QuestionKind::Choice)) << "  "
            << (flag.reason == u"wrong" ? StudyText::tr("flagged as wrong") : StudyText::tr("flagged as unclear"))
            << '\n'
            << quoted(flag.prompt) << "\n\n";
    }
    return CommandLine::Success;
}

int runStars(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &out, QTextStream &err)
{
    const Language language = options.language.value_or(systemLanguage());
    if (options.command != CommandLineOptions::Command::Starred) {
        // Every code is checked before any is changed: a typo stars nothing.
        QStringList unknown;
        for (const int code : options.codes) {
            if (!catalogue.entry(code))
                unknown << QString::number(code);
        }
        if (!unknown.isEmpty()) {
            err << "status-codex: "
                << StudyText::tr("not in the catalogue: %1; nothing was changed").arg(unknown.join(QStringLiteral(", ")))
                << '\n';
            return CommandLine::NotFound;
        }
    }
    std::unique_ptr<ProgressStore> store = openStore(options, err);
    if (options.command == CommandLineOptions::Command::Starred) {
        const QList<int> starred = store->starred();
        if (options.json) {
            QJsonArray array;
            for (const int code : starred) {
                const StatusEntry *entry = catalogue.entry(code);
                array << QJsonObject{{QStringLiteral("code"), code},
                                     {QStringLiteral("phrase"), entry ? entry->phrase : QString()},
                                     {QStringLiteral("title"), entry ? entry->title.in(language) : QString()}};
            }
            out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return CommandLine::Success;
        }
        if (starred.isEmpty())
            out << StudyText::tr("No code is starred. Star some with: status-codex star 404 410") << '\n';
        for (const int code : starred) {
            const StatusEntry *entry = catalogue.entry(code);
            out << (entry ? QuestionMaker::codeLabel(*entry, language) : QString::number(code)) << '\n';
        }
        return CommandLine::Success;
    }
    const bool star = options.command == CommandLineOptions::Command::Star;
    for (const int code : options.codes) {
        if (!store->setStarred(code, star)) {
            err << "status-codex: " << store->problem() << '\n';
            return CommandLine::UsageError;
        }
        const QString label = QuestionMaker::codeLabel(*catalogue.entry(code), language);
        out << (star ? StudyText::tr("Starred %1.").arg(label) : StudyText::tr("Removed the star of %1.").arg(label))
            << '\n';
    }
    if (!store->isPersistent())
        err << "status-codex: " << StudyText::tr("the stars were not saved") << '\n';
    return store->isPersistent() ? CommandLine::Success : CommandLine::UsageError;
}

} // namespace codex
