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

int utcOffsetNow()
{
    return QDateTime::currentDateTime().offsetFromUtc();
}

StudyOptions studyOptions(const CommandLineOptions &options, const ProgressStore &store)
{
    StudyOptions study;
    study.deckId = options.deckId;
    if (!options.kind.isEmpty())
        study.kind = kindFromKey(options.kind);
    const Language language = options.language.value_or(systemLanguage());
    study.languages = StudyLanguages::fromKey(options.studyLanguages).value_or(StudyLanguages{language, language});
    bool ok = false;
    const int limit = store.setting(QStringLiteral("dailyNewLimit")).toInt(&ok);
    if (ok && limit >= 0 && limit <= 1000)
        study.dailyNewLimit = limit;
    const double retention = store.setting(QStringLiteral("desiredRetention")).toDouble(&ok);
    if (ok && retention >= 0.7 && retention <= 0.99)
        study.desiredRetention = retention;
    study.maxCards = options.count;
    study.utcOffsetSeconds = utcOffsetNow();
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

void writeQuestion(QTextStream &out, const Question &question, int number, int total)
{
    //: Heading of a quiz question: "Question 3 of 10 (choice)".
    out << '\n' << StudyText::tr("Question %1 of %2 (%3)").arg(number).arg(total).arg(kindName(question.kind)) << '\n';
    out << question.prompt << '\n';
    if (!question.passage.isEmpty())
        out << '\n' << question.passage.split(u'\n').replaceInStrings(QRegularExpression(QStringLiteral("^")),
                                                                        QStringLiteral("  > ")).join(u'\n')
            << "\n\n";
    for (int i = 0; i < question.options.size(); ++i)
        out << "  " << (i + 1) << ". " << question.options.at(i) << '\n';
    if (question.isRated())
        out << '\n' << StudyText::tr("Answer:") << '\n' << question.back << "\n\n";
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

} // namespace

int runQuiz(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &in, QTextStream &out,
            QTextStream &err)
{
    std::unique_ptr<ProgressStore> store = openStore(options, err);
    StudySession session(catalogue, *store, studyOptions(options, *store), QDateTime::currentDateTimeUtc());
    if (!session.isValid()) {
        err << "status-codex: " << StudyText::tr("there is no deck \"%1\"").arg(options.deckId) << '\n';
        return CommandLine::UsageError;
    }
    //: "Common codes: 3 due, 7 new".
    out << StudyText::tr("%1: %2 due, %3 new").arg(session.deck().name).arg(session.dueAtStart()).arg(session.newAtStart())
        << '\n';
    const int total = session.queued();
    int number = 0;
    bool ended = false;
    while (!session.isDone() && !ended) {
        const Question question = session.currentQuestion();
        writeQuestion(out, question, ++number, total);
        QElapsedTimer timer;
        timer.start();
        std::optional<AnswerOutcome> outcome;
        while (!outcome) {
            out << answerPrompt(question) << ' ' << Qt::flush;
            QString line;
            if (!in.readLineInto(&line)) {
                ended = true; // the end of input ends the quiz; what was answered is kept
                out << '\n';
                break;
            }
            if (!options.inputIsTerminal)
                out << line << '\n'; // so that a piped transcript reads like a terminal's
            // Full-width digits are what a Chinese input method types.
            line = halfWidth(line);
            bool isNumber = false;
            const int value = line.toInt(&isNumber);
            const QDateTime now = QDateTime::currentDateTimeUtc();
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
        if (!outcome)
            break;
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
        //: When the card comes back: "Next review: 2026-12-05".
        out << "  " << StudyText::tr("Next review: %1").arg(outcome->after.due.toLocalTime().toString(Qt::ISODate))
            << '\n';
    }
    if (session.answered() > 0 || total > 0)
        out << '\n' << StudyText::tr("Score: %1 of %2 right.").arg(session.correctAnswers()).arg(session.answered()) << '\n';
    if (session.isDone()) {
        const QDateTime next = session.nextDue();
        out << StudyText::tr("You are done for today.");
        if (next.isValid())
            out << ' ' << StudyText::tr("The next card is due %1.").arg(next.toLocalTime().toString(Qt::ISODate));
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
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const StudyStats stats = StudyStats::compute(catalogue, *store, now, utcOffsetNow());
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
            {QStringLiteral("dueToday"), stats.dueToday},
            {QStringLiteral("streak"), stats.streak},
            {QStringLiteral("retention"), stats.retention},
        };
        QJsonArray deckArray;
        for (const Deck &deck : decks) {
            const DeckCounts counts = Decks::count(Decks::cards(catalogue, deck), memories, now);
            deckArray << QJsonObject{{QStringLiteral("id"), deck.id},
                                     {QStringLiteral("name"), deck.name},
                                     {QStringLiteral("new"), counts.newCards},
                                     {QStringLiteral("due"), counts.due},
                                     {QStringLiteral("learned"), counts.learned}};
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
    out << StudyText::tr("Streak: %1 days").arg(stats.streak) << '\n';
    out << StudyText::tr("Right answers in the last 30 days: %1%").arg(qRound(stats.retention * 100)) << '\n';
    out << StudyText::tr("Standard cards: %1 new, %2 due, %3 learned")
               .arg(stats.cards.newCards)
               .arg(stats.cards.due)
               .arg(stats.cards.learned)
        << "\n\n";
    for (const Deck &deck : decks) {
        const DeckCounts counts = Decks::count(Decks::cards(catalogue, deck), memories, now);
        //: One deck's line: "  common      Common codes: 40 new, 2 due, 10 learned".
        out << StudyText::tr("  %1 %2: %3 new, %4 due, %5 learned")
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

} // namespace codex
