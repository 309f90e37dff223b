// status-codex-bench: measures start-up, memory, loading, typing and
// rendering (issue 4), and how loading and typing grow with the catalogue;
// answering a study card, and the progress database after ten years.
// Prints a table, or with --json one object. See README, "Performance".
#include "catalogueloader.h"
#include "cataloguemodel.h"
#include "comparison.h"
#include "deck.h"
#include "detailrenderer.h"
#include "logmatcher.h"
#include "progresshistory.h"
#include "progressstore.h"
#include "searchfilterproxy.h"
#include "studysession.h"
#include "studystats.h"
#include "studyview.h"
#include "syntheticcatalogue.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
extern char **environ;
#endif

using namespace codex;

namespace {

// Codes, English phrases and Chinese words, as people type them.
const QStringList &typedQueries()
{
    static const QStringList queries = {
        QStringLiteral("404"),           QStringLiteral("5xx"),
        QStringLiteral("30"),            QStringLiteral("418"),
        QStringLiteral("not found"),     QStringLiteral("too many requests"),
        QStringLiteral("redirect"),      QStringLiteral("cache"),
        QStringLiteral("unauthorized"),  QStringLiteral("gateway timeout"),
        QStringLiteral("teapot"),        QStringLiteral("payload too large"),
        QStringLiteral("retry-after"),   QStringLiteral("permanent"),
        QStringLiteral("content range"), QStringLiteral("webdav"),
        QStringLiteral("未找到"),        QStringLiteral("重定向"),
        QStringLiteral("缓存"),          QStringLiteral("服务器错误"),
        QStringLiteral("请求"),          QStringLiteral("权限"),
        QStringLiteral("超时"),          QStringLiteral("网关"),
        // A typo: nothing matches, and the near matches answer.
        QStringLiteral("forbiden"),      QStringLiteral("StatusTeapot"),
    };
    return queries;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Nearest rank.
double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(fraction * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double peakRssMb()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
#else
    return 0;
#endif
}

QByteArray embeddedBytes()
{
    QFile file(CatalogueLoader::embeddedPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

constexpr int TypingRounds = 5;

// The median of each keystroke over rounds that typed the same keys.
QList<double> perKeyMedians(const QList<QList<double>> &rounds)
{
    QList<double> medians;
    const qsizetype keys = rounds.isEmpty() ? 0 : rounds.constFirst().size();
    for (qsizetype key = 0; key < keys; ++key) {
        QList<double> values;
        for (const QList<double> &round : rounds)
            values << round.value(key);
        medians << median(values);
    }
    return medians;
}

// The window's left half as the app wires it: a search field typing into
// the real proxy, and the tree over it, expanded, class rows spanned.
class TypingRig final
{
public:
    explicit TypingRig(const Catalogue &catalogue)
    {
        m_model.setCatalogue(catalogue);
        m_proxy.setCatalogueModel(&m_model);
        auto *layout = new QVBoxLayout(&m_window);
        m_search = new QLineEdit(&m_window);
        m_tree = new QTreeView(&m_window);
        m_tree->setModel(&m_proxy);
        m_tree->setUniformRowHeights(true);
        m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
        m_tree->header()->resizeSection(0, 2 * m_tree->indentation() + m_tree->fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 12);
        layout->addWidget(m_search);
        layout->addWidget(m_tree);
        QObject::connect(m_search, &QLineEdit::textChanged, &m_proxy, &SearchFilterProxy::setQuery);
        QObject::connect(&m_proxy, &SearchFilterProxy::resultsChanged, m_tree, [this] {
            for (int row = 0; row < m_proxy.rowCount(); ++row) {
                const QModelIndex classIndex = m_proxy.index(row, 0);
                if (!m_tree->isFirstColumnSpanned(row, QModelIndex()))
                    m_tree->setFirstColumnSpanned(row, QModelIndex(), true);
                if (m_proxy.isFiltering() && !m_tree->isExpanded(classIndex))
                    m_tree->expand(classIndex);
            }
        });
        m_tree->expandAll();
        m_window.resize(440, 700);
        m_window.show();
        QCoreApplication::processEvents();
    }

    CatalogueModel &model() { return m_model; }

    // Milliseconds from each key event until the view holds the result,
    // laid out (search, filter, tree layout); and, in frames, until it has
    // also painted and flushed that frame to the screen.
    QList<double> type(const QString &query, QList<double> *frames = nullptr)
    {
        m_search->clear();
        QCoreApplication::processEvents();
        QList<double> samples;
        for (const QChar c : query) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QElapsedTimer timer;
            timer.start();
            QApplication::sendEvent(m_search, &press);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
            m_tree->doItemsLayout(); // the layout the next paint would do
            samples << elapsedMs(timer);
            QCoreApplication::processEvents();
            if (frames)
                *frames << elapsedMs(timer);
        }
        return samples;
    }

    QList<double> typeAll(QList<double> *frames = nullptr)
    {
        QList<double> samples;
        for (const QString &query : typedQueries())
            samples << type(query, frames);
        return samples;
    }

    // Every query typed TypingRounds times, each keystroke counted with its
    // median: a single pass on a busy machine times the scheduler as much as
    // the key (its p95 swung from 0.7 to 1.8 ms between runs of one build).
    QList<double> typeAllMedians(QList<double> *frames)
    {
        QList<QList<double>> keyRounds, frameRounds;
        for (int round = 0; round < TypingRounds; ++round) {
            QList<double> roundFrames;
            keyRounds << typeAll(&roundFrames);
            frameRounds << roundFrames;
        }
        *frames = perKeyMedians(frameRounds);
        return perKeyMedians(keyRounds);
    }

private:
    CatalogueModel m_model;
    SearchFilterProxy m_proxy;
    QWidget m_window;
    QLineEdit *m_search = nullptr;
    QTreeView *m_tree = nullptr;
};

struct ProcessRun
{
    double wallMs = 0;
    double peakRssMb = 0;
    bool ok = false;
};

// Runs a program to its end, timing it and taking its peak memory.
ProcessRun runProcess(const QString &program, const QStringList &arguments, const QStringList &extraEnvironment)
{
    ProcessRun run;
#ifdef Q_OS_UNIX
    QList<QByteArray> storage;
    storage << QFile::encodeName(program);
    for (const QString &argument : arguments)
        storage << argument.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &item : storage)
        argv.push_back(item.data());
    argv.push_back(nullptr);
    QList<QByteArray> environment;
    for (char **variable = environ; *variable; ++variable)
        environment << QByteArray(*variable);
    for (const QString &variable : extraEnvironment)
        environment << variable.toLocal8Bit();
    std::vector<char *> envp;
    for (QByteArray &item : environment)
        envp.push_back(item.data());
    envp.push_back(nullptr);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), envp.data()) != 0)
        return run;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.wallMs = elapsedMs(timer);
    run.peakRssMb = double(usage.ru_maxrss) / 1024.0;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
#else
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &variable : extraEnvironment)
        environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    run.ok = process.waitForFinished(60000) && process.exitCode() == 0;
    run.wallMs = elapsedMs(timer);
#endif
    return run;
}

// What the app shows at start-up with "--lang en 404", for the baseline.
QByteArray baselineData(const Catalogue &catalogue)
{
    CatalogueModel model;
    model.setLanguage(Language::English);
    model.setCatalogue(catalogue);
    SearchFilterProxy proxy;
    proxy.setCatalogueModel(&model);
    QString data;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex classIndex = proxy.index(row, 0);
        data += QStringLiteral("C\t") + classIndex.data().toString() + u'\n';
        for (int child = 0; child < proxy.rowCount(classIndex); ++child) {
            QStringList fields{QStringLiteral("R")};
            for (int column = 0; column < CatalogueModel::ColumnCount; ++column)
                fields << proxy.index(child, column, classIndex).data().toString();
            data += fields.join(u'\t') + u'\n';
        }
    }
    const StatusEntry *entry = catalogue.entry(404);
    data += QStringLiteral("H\n");
    if (entry)
        data += DetailRenderer::render(catalogue, *entry, Language::English, {}, QApplication::palette());
    return data.toUtf8();
}

struct Options
{
    bool json = false;
    int runs = 11;
    QList<int> sizes{1000, 10000, 100000};
    int progressReviews = ProgressHistory::StandardReviews;
    QString app = QStringLiteral(CODEX_APP_BINARY);
    QString baseline = QStringLiteral(CODEX_BASELINE_BINARY);
};

QJsonObject measureStartup(const Options &options, const Catalogue &catalogue, QTextStream &err)
{
    QTemporaryDir dir;
    const QString dataFile = dir.filePath(QStringLiteral("baseline.txt"));
    QFile file(dataFile);
    if (file.open(QIODevice::WriteOnly))
        file.write(baselineData(catalogue));
    file.close();
    // A fresh settings directory: no saved geometry or code for either.
    const QStringList environment{QStringLiteral("STATUS_CODEX_EXIT_AFTER_FIRST_FRAME=1"),
                                  QStringLiteral("XDG_CONFIG_HOME=") + dir.path()};
    QList<double> appMs, appRss, baseMs, baseRss;
    // Warm the page cache, then alternate, swapping which goes first.
    runProcess(options.app, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("404")}, environment);
    runProcess(options.baseline, {dataFile}, environment);
    for (int i = 0; i < options.runs; ++i) {
        for (int turn = 0; turn < 2; ++turn) {
            const bool app = (turn == 0) == (i % 2 == 0);
            const ProcessRun run =
                app ? runProcess(options.app, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("404")},
                                 environment)
                    : runProcess(options.baseline, {dataFile}, environment);
            if (!run.ok)
                err << "status-codex-bench: " << (app ? options.app : options.baseline) << " failed\n";
            (app ? appMs : baseMs) << run.wallMs;
            (app ? appRss : baseRss) << run.peakRssMb;
        }
    }
    const double startup = median(appMs), baselineStartup = median(baseMs);
    const double rss = median(appRss), baselineRss = median(baseRss);
    return {{QStringLiteral("startup_ms"), startup},
            {QStringLiteral("baseline_startup_ms"), baselineStartup},
            {QStringLiteral("startup_ratio"), baselineStartup > 0 ? startup / baselineStartup : 0},
            {QStringLiteral("rss_mb"), rss},
            {QStringLiteral("baseline_rss_mb"), baselineRss},
            {QStringLiteral("rss_ratio"), baselineRss > 0 ? rss / baselineRss : 0},
            {QStringLiteral("startup_runs"), options.runs}};
}

QJsonObject measureLoad(const QByteArray &bytes)
{
    QList<double> load, parse;
    for (int i = 0; i < 41; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        parse << elapsedMs(timer);
        timer.start();
        const LoadResult result = CatalogueLoader::loadEmbedded();
        CatalogueModel model;
        model.setCatalogue(*result.catalogue);
        load << elapsedMs(timer);
    }
    const double loadMs = median(load), parseMs = median(parse);
    return {{QStringLiteral("load_ms"), loadMs},
            {QStringLiteral("parse_only_ms"), parseMs},
            {QStringLiteral("load_ratio"), parseMs > 0 ? loadMs / parseMs : 0}};
}

QJsonObject measureTypingAndRendering(const Catalogue &catalogue)
{
    TypingRig rig(catalogue);
    rig.typeAll(); // warm-up: first-use costs (index, fonts) are not keystrokes
    QList<double> frames;
    const QList<double> samples = rig.typeAllMedians(&frames);

    QList<double> render;
    const QPalette palette = QApplication::palette();
    for (int round = 0; round < 5; ++round) {
        for (const StatusEntry &entry : catalogue.entries()) {
            QElapsedTimer timer;
            timer.start();
            const QString html = DetailRenderer::render(catalogue, entry, Language::English, {}, palette);
            render << elapsedMs(timer);
            Q_UNUSED(html)
        }
    }
    return {{QStringLiteral("keystroke_ms_p50"), percentile(samples, 0.5)},
            {QStringLiteral("keystroke_ms_p95"), percentile(samples, 0.95)},
            {QStringLiteral("keystroke_frame_ms_p50"), percentile(frames, 0.5)},
            {QStringLiteral("keystroke_frame_ms_p95"), percentile(frames, 0.95)},
            {QStringLiteral("keystrokes"), int(samples.size())},
            {QStringLiteral("render_ms_p50"), median(render)}};
}

// In its own process, so that its peak memory is its own: loads a catalogue
// file as the app does, types while the index builds and after.
QJsonObject scaleWorker(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = CatalogueLoader::loadFromFile(path);
    if (!result.ok())
        return {{QStringLiteral("error"), result.errors.mid(0, 3).join(u'\n')}};
    const int descriptions = int(result.catalogue->descriptionCount());
    TypingRig rig(*result.catalogue); // sets the catalogue: the model is built here
    const double loadMs = elapsedMs(timer);

    // While a large index builds, keys must still be answered at once.
    timer.start();
    const QList<double> whileIndexing = rig.type(QStringLiteral("not found"));
    while (!rig.model().isSearchIndexReady()) {
        QCoreApplication::processEvents();
        QThread::msleep(1);
    }
    const double indexMs = elapsedMs(timer);
    rig.typeAll(); // warm-up, as for the real catalogue
    QList<double> frames;
    const QList<double> samples = rig.typeAllMedians(&frames);
    return {{QStringLiteral("descriptions"), descriptions},
            {QStringLiteral("load_ms"), loadMs},
            {QStringLiteral("index_ms"), indexMs},
            {QStringLiteral("keystroke_ms_p50"), percentile(samples, 0.5)},
            {QStringLiteral("keystroke_ms_p95"), percentile(samples, 0.95)},
            {QStringLiteral("keystroke_frame_ms_p95"), percentile(frames, 0.95)},
            {QStringLiteral("keystroke_ms_max_while_indexing"), percentile(whileIndexing, 1.0)},
            {QStringLiteral("rss_mb"), peakRssMb()}};
}

QJsonArray measureScale(const Options &options, const Catalogue &catalogue, QTextStream &err)
{
    QJsonArray scale;
    QTemporaryDir dir;
    for (const int size : options.sizes) {
        const QString path = dir.filePath(QStringLiteral("synthetic-%1.json").arg(size));
        {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(SyntheticCatalogue::generate(catalogue, size)) < 0) {
                err << "status-codex-bench: cannot write " << path << '\n';
                continue;
            }
        }
        QProcess worker;
        worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        worker.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--scale-worker"), path});
        worker.waitForFinished(-1);
        const QJsonObject row = QJsonDocument::fromJson(worker.readAllStandardOutput()).object();
        if (row.isEmpty() || row.contains(u"error")) {
            err << "status-codex-bench: scale " << size << " failed: " << row.value(u"error").toString() << '\n';
            continue;
        }
        scale.append(row);
        QFile::remove(path);
    }
    return scale;
}

constexpr int AnswerSamples = 250;
constexpr int StatsOpenRuns = 11;

// Answers cards of the standard deck in a real progress file, as the Study
// view does: each answer is scheduled, committed (WAL, one transaction, the
// file synced) and the next question made before the call returns. About
// one answer in seven is wrong. Between answers, a bare record() of the
// same size: the share of an answer that is the commit itself, measured on
// the same disk at the same moment.
// Opening the Study view to its first card, as Ctrl+2 and Study now do in
// the window (the progress database is already open there, after the
// first frame); and rendering a comparison of six codes.
QJsonObject measureStudyOpenAndCompare(const Catalogue &catalogue)
{
    QTemporaryDir directory;
    ProgressStore store(directory.path());
    QList<double> open;
    for (int run = 0; run < 11; ++run) {
        QElapsedTimer timer;
        timer.start();
        StudyView view(&catalogue, &store, Language::English);
        view.resize(1000, 700);
        view.show();
        view.startSession();
        QCoreApplication::processEvents(); // the first card laid out and painted
        open << elapsedMs(timer);
    }
    QList<double> compare;
    const QList<int> six{300, 301, 302, 303, 307, 308};
    const QPalette palette = QApplication::palette();
    for (int run = 0; run < 41; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QString html = Comparison::renderHtml(catalogue, six, run % 2 ? Language::Chinese : Language::English, palette);
        compare << elapsedMs(timer);
        Q_UNUSED(html)
    }
    return {{QStringLiteral("study_open_ms"), median(open)}, {QStringLiteral("compare_render_ms"), median(compare)}};
}

QJsonObject measureAnswering(const Catalogue &catalogue, QTextStream &err)
{
    QTemporaryDir dir;
    ProgressStore store(dir.path());
    if (!store.isPersistent())
        err << "status-codex-bench: the progress store is not persistent: " << store.problem() << '\n';
    StudyOptions options;
    options.dailyNewLimit = 100000; // every card of the deck in one session
    QDateTime now(QDate(2025, 3, 3), QTime(18, 0), Qt::UTC);
    QRandomGenerator random(404);
    QList<double> answers;
    QList<double> records;
    ReviewRecord bare;
    bare.code = 599;
    bare.kind = QStringLiteral("choice");
    bare.answer = QStringLiteral("599");
    bare.language = QStringLiteral("en");
    CardMemory bareMemory;
    const Fsrs fsrs;
    // Usually one session; if the deck had fewer cards, the next days' too.
    for (int day = 0; answers.size() < AnswerSamples && day < 30; ++day) {
        StudySession session(catalogue, store, options, now);
        while (!session.isDone() && answers.size() < AnswerSamples) {
            const Question &question = session.currentQuestion();
            const bool right = random.bounded(100) >= 15;
            const qint64 durationMs = 2000 + random.bounded(12000);
            QElapsedTimer timer;
            timer.start();
            std::optional<AnswerOutcome> outcome;
            if (question.isRated())
                outcome = session.rate(right ? Rating::Good : Rating::Again, durationMs, now);
            else if (question.takesCode())
                outcome
                    = session.answerCode(right ? question.code : (question.code == 200 ? 201 : 200), durationMs, now);
            else
                outcome = session.answerOption(
                    right ? question.correctOption : (question.correctOption + 1) % int(question.options.size()),
                    durationMs, now);
            answers << elapsedMs(timer);
            if (!outcome || !outcome->saved) {
                err << "status-codex-bench: an answer was not saved: " << store.problem() << '\n';
                return {};
            }

            bare.reviewedAt = now;
            bareMemory = fsrs.review(bareMemory, Rating::Good, now);
            timer.start();
            store.record(bare, bareMemory);
            records << elapsedMs(timer);
            now = now.addMSecs(durationMs);
        }
        now = QDateTime(now.date().addDays(1), QTime(18, 0), Qt::UTC);
    }
    return { { QStringLiteral("answer_ms_p50"), percentile(answers, 0.5) },
        { QStringLiteral("answer_ms_p95"), percentile(answers, 0.95) },
        { QStringLiteral("answer_record_only_ms_p50"), percentile(records, 0.5) },
        { QStringLiteral("answer_record_only_ms_p95"), percentile(records, 0.95) },
        { QStringLiteral("answers"), int(answers.size()) } };
}

struct ProgressDatabase
{
    bool ok = false;
    qint64 reviews = 0;
    int days = 0;
    double scheduleSeconds = 0; // FSRS and the rest of the history, in memory
    double seconds = 0; // all of it: scheduling, record() for each answer, closing
    double megabytes = 0; // the file, and its -wal if one is left
};

// A progress database with `reviews` answers of a learner's history, each
// written by record() in its own transaction as the app writes it.
ProgressDatabase writeProgressDatabase(
    const Catalogue &catalogue, const QString &directory, int reviews, const QDate &firstDay, QTextStream &err)
{
    ProgressDatabase result;
    QElapsedTimer timer;
    timer.start();
    const QList<ProgressHistory::Answer> history = ProgressHistory::generate(catalogue, reviews, firstDay);
    result.scheduleSeconds = elapsedMs(timer) / 1000;
    QString path;
    {
        ProgressStore store(directory);
        path = store.path();
        if (!store.isPersistent() || !store.problem().isEmpty()) {
            err << "status-codex-bench: cannot write a progress database in " << directory << ": " << store.problem()
                << '\n';
            return result;
        }
        for (const ProgressHistory::Answer &answer : history) {
            if (!store.record(answer.review, answer.after)) {
                err << "status-codex-bench: " << store.problem() << '\n';
                return result;
            }
        }
        result.reviews = store.reviewCount();
    } // the last connection closing checkpoints the log into the file
    result.seconds = elapsedMs(timer) / 1000;
    result.days = ProgressHistory::days(reviews);
    qint64 bytes = QFileInfo(path).size();
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        bytes += QFileInfo(path + QStringLiteral("-wal")).size();
    result.megabytes = double(bytes) / (1024.0 * 1024.0);
    result.ok = result.reviews == history.size();
    return result;
}

struct StatsOpenTimes
{
    QList<double> total; // StudyStats::compute and every deck's counts, on an open store
    QList<double> store; // the store's constructor: opening and checking the file
    QList<double> stats; // StudyStats::compute alone
};

// What opening the Study view's statistics costs with years of progress:
// the statistics and the counts of every deck, as the view computes them,
// on the store the window opened after its first frame. Opening the store
// (which checks the whole file) is measured on its own, each run with a
// store of its own.
StatsOpenTimes measureStatsOpen(
    const Catalogue &catalogue, const QString &directory, int reviews, qint64 expectedReviews, QTextStream &err)
{
    const QDateTime now = ProgressHistory::end(reviews);
    StatsOpenTimes times;
    for (int run = 0; run < StatsOpenRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const ProgressStore store(directory);
        times.store << elapsedMs(timer);
        timer.restart();
        const StudyStats stats = StudyStats::compute(catalogue, store, now, 0);
        times.stats << elapsedMs(timer);
        const QHash<CardKey, CardMemory> memories = cardMemories(store.cards());
        int cards = 0;
        for (const Deck &deck : Decks::all(catalogue, store.starred()))
            cards += Decks::count(Decks::cards(catalogue, deck), memories, now).total();
        times.total << elapsedMs(timer);
        if (stats.reviews != expectedReviews || cards == 0)
            err << "status-codex-bench: the statistics saw " << stats.reviews << " reviews, " << cards << " cards\n";
    }
    return times;
}

QJsonObject measureProgress(const Options &options, const Catalogue &catalogue, QTextStream &err)
{
    QTemporaryDir dir;
    const ProgressDatabase database = writeProgressDatabase(
        catalogue, dir.path(), options.progressReviews, ProgressHistory::standardFirstDay(), err);
    if (!database.ok)
        return {};
    const StatsOpenTimes open = measureStatsOpen(catalogue, dir.path(), options.progressReviews, database.reviews, err);
    // The keys name the standard size; progress_reviews says what was measured.
    return { { QStringLiteral("progress_reviews"), double(database.reviews) },
        { QStringLiteral("progress_days"), database.days },
        { QStringLiteral("progress_db_mb_100k"), database.megabytes },
        { QStringLiteral("progress_generate_s"), database.seconds },
        { QStringLiteral("progress_schedule_s"), database.scheduleSeconds },
        { QStringLiteral("stats_open_ms_100k"), median(open.total) },
        { QStringLiteral("stats_open_store_ms"), median(open.store) },
        { QStringLiteral("stats_open_compute_ms"), median(open.stats) },
        { QStringLiteral("stats_open_runs"), int(open.total.size()) } };
}

// A generated nginx log: access lines (most 200, some 404, 499, 502, 504)
// and the error-log lines of the same failures, alternating as a merged
// log would. Written line by line, so the bench holds none of it.
bool writeNginxLog(const QString &path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    static const int codes[] = {200, 200, 200, 304, 404, 499, 502, 504, 200, 301};
    for (int i = 0; i < lines; ++i) {
        QByteArray line;
        if (i % 2 == 0) {
            line = QByteArrayLiteral("10.0.") + QByteArray::number(i % 200) + '.' + QByteArray::number(i % 250)
                 + QByteArrayLiteral(" - - [08/Dec/2026:01:10:23 +0000] \"GET /api/items/") + QByteArray::number(i)
                 + QByteArrayLiteral(" HTTP/1.1\" ") + QByteArray::number(codes[(i / 2) % 10])
                 + QByteArrayLiteral(" 512 \"-\" \"Mozilla/5.0 (X11; Linux x86_64)\"\n");
        } else if (i % 4 == 1) {
            line = QByteArrayLiteral("2026/12/08 01:10:22 [error] 812#812: *") + QByteArray::number(i)
                 + QByteArrayLiteral(" upstream timed out (110: Connection timed out) while reading response header from "
                                     "upstream, client: 10.0.0.1, server: example.org, request: \"GET /api/items/")
                 + QByteArray::number(i) + QByteArrayLiteral(" HTTP/1.1\", upstream: \"http://127.0.0.1:8080/api\"\n");
        } else {
            line = QByteArrayLiteral("2026/12/08 01:10:22 [warn] 812#812: *") + QByteArray::number(i)
                 + QByteArrayLiteral(" an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/1/00/")
                 + QByteArray::number(i) + QByteArrayLiteral(" while reading upstream, client: 10.0.0.1\n");
        }
        if (file.write(line) != line.size())
            return false;
    }
    return true;
}

// status-codex explain --json over a generated log on standard input:
// lines per second with start-up taken out (the run over one line), and
// peak memory at two lengths, which should be the same (flat). Then the
// matcher alone, in this process.
QJsonObject measureExplain(const Options &options, const Catalogue &catalogue, QTextStream &err)
{
    QJsonObject result;
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const auto explain = [&](int lines) -> ProcessRun {
        const QString log = dir.filePath(QStringLiteral("nginx-%1.log").arg(lines));
        ProcessRun best;
        if (!writeNginxLog(log, lines))
            return best;
        for (int attempt = 0; attempt < 3; ++attempt) {
            posix_spawn_file_actions_t actions;
            posix_spawn_file_actions_init(&actions);
            posix_spawn_file_actions_addopen(&actions, 0, QFile::encodeName(log).constData(), O_RDONLY, 0);
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
            QByteArray program = QFile::encodeName(options.app);
            char explainArg[] = "explain", jsonArg[] = "--json", langArg[] = "--lang", enArg[] = "en";
            char *argv[] = {program.data(), explainArg, jsonArg, langArg, enArg, nullptr};
            QElapsedTimer timer;
            timer.start();
            pid_t pid = 0;
            const bool spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv, environ) == 0;
            posix_spawn_file_actions_destroy(&actions);
            int status = 0;
            rusage usage{};
            if (!spawned || wait4(pid, &status, 0, &usage) != pid)
                return best;
            ProcessRun run{elapsedMs(timer), double(usage.ru_maxrss) / 1024.0, WIFEXITED(status) && WEXITSTATUS(status) == 0};
            if (!run.ok)
                return run;
            if (!best.ok || run.wallMs < best.wallMs)
                best = run;
        }
        return best;
    };
    const ProcessRun one = explain(1);
    const ProcessRun small = explain(10000);
    const ProcessRun large = explain(100000);
    if (!one.ok || !small.ok || !large.ok) {
        err << "status-codex-bench: explain did not run on the generated log\n";
        return result;
    }
    result.insert(QStringLiteral("explain_lines_per_s"), 99999.0 / std::max(1e-3, (large.wallMs - one.wallMs) / 1000.0));
    result.insert(QStringLiteral("explain_ms_100k"), large.wallMs);
    result.insert(QStringLiteral("explain_rss_mb_10k"), small.peakRssMb);
    result.insert(QStringLiteral("explain_rss_mb_100k"), large.peakRssMb);
#endif
    // The matcher alone, single-threaded, on the same lines.
    QTemporaryDir matchDir;
    const QString log = matchDir.filePath(QStringLiteral("nginx.log"));
    if (writeNginxLog(log, 100000)) {
        QFile file(log);
        if (file.open(QIODevice::ReadOnly)) {
            QStringList lines;
            while (!file.atEnd())
                lines << QString::fromUtf8(file.readLine());
            const LogMatcher matcher(catalogue);
            QElapsedTimer timer;
            timer.start();
            int recognised = 0;
            for (const QString &line : std::as_const(lines))
                recognised += matcher.match(line).recognised();
            result.insert(QStringLiteral("explain_match_lines_per_s"), lines.size() / std::max(1e-6, elapsedMs(timer) / 1000.0));
            result.insert(QStringLiteral("explain_recognised_of_100k"), recognised);
        }
    }
    return result;
}

void printTable(const QJsonObject &result, QTextStream &out)
{
    const auto number = [&result](const char *key, int decimals = 2) {
        return QString::number(result.value(QLatin1String(key)).toDouble(), 'f', decimals);
    };
    out << "Status Codex benchmark (median of " << result.value(u"startup_runs").toInt()
        << " alternating runs; times in ms)\n\n";
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QString(), -26).arg(QStringLiteral("app"), 10)
                .arg(QStringLiteral("baseline"), 10).arg(QStringLiteral("ratio"), 8);
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("start-up to first frame"), -26)
                .arg(number("startup_ms", 1), 10).arg(number("baseline_startup_ms", 1), 10)
                .arg(number("startup_ratio"), 8);
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("peak memory (MB)"), -26)
                .arg(number("rss_mb", 1), 10).arg(number("baseline_rss_mb", 1), 10).arg(number("rss_ratio"), 8);
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("load vs JSON parse only"), -26)
                .arg(number("load_ms", 3), 10).arg(number("parse_only_ms", 3), 10).arg(number("load_ratio"), 8);
    out << '\n';
    out << "keystroke (real catalogue, " << result.value(u"keystrokes").toInt() << " keys)   p50 "
        << number("keystroke_ms_p50", 3) << "   p95 " << number("keystroke_ms_p95", 3) << '\n';
    out << "  with the frame painted            p50 " << number("keystroke_frame_ms_p50", 3) << "   p95 "
        << number("keystroke_frame_ms_p95", 3) << '\n';
    out << "detail pane render                 p50 " << number("render_ms_p50", 3) << '\n';
    out << "comparison of six codes, render    p50 " << number("compare_render_ms", 3) << "\n\n";
    out << "explain over a 100 000-line nginx log  " << number("explain_lines_per_s", 0) << " lines/s ("
        << number("explain_ms_100k", 1) << " ms; peak memory " << number("explain_rss_mb_10k", 1) << " MB at 10 000 lines, "
        << number("explain_rss_mb_100k", 1) << " MB at 100 000)\n";
    out << "  the log matcher alone                " << number("explain_match_lines_per_s", 0) << " lines/s\n\n";
    out << "Study view opened to its first card    " << number("study_open_ms", 1) << " (median of 11)\n";
    const auto label = [](const QString &text) { return text.leftJustified(36); };
    out << label(QStringLiteral("answer a card (%1 answers)").arg(result.value(u"answers").toInt())) << "p50 "
        << number("answer_ms_p50", 3) << "   p95 " << number("answer_ms_p95", 3) << '\n';
    out << label(QStringLiteral("  record() alone, in between")) << "p50 " << number("answer_record_only_ms_p50", 3)
        << "   p95 " << number("answer_record_only_ms_p95", 3) << '\n';
    out << label(QStringLiteral("progress database (%1 reviews)").arg(result.value(u"progress_reviews").toInteger()))
        << number("progress_db_mb_100k", 1) << " MB over " << result.value(u"progress_days").toInt()
        << " days, written in " << number("progress_generate_s", 1) << " s (scheduling "
        << number("progress_schedule_s", 2) << " s)\n";
    out << label(QStringLiteral("  statistics and deck counts")) << number("stats_open_ms_100k", 1) << " median of "
        << result.value(u"stats_open_runs").toInt() << " (StudyStats::compute " << number("stats_open_compute_ms", 1)
        << "; opening the store before, once a run: " << number("stats_open_store_ms", 1) << ")\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n").arg(QStringLiteral("descriptions"), 12)
                .arg(QStringLiteral("load"), 10).arg(QStringLiteral("index*"), 10)
                .arg(QStringLiteral("key p50"), 9).arg(QStringLiteral("key p95"), 9)
                .arg(QStringLiteral("frame p95"), 10).arg(QStringLiteral("key max**"), 10)
                .arg(QStringLiteral("peak MB"), 9);
    for (const QJsonValue &value : result.value(u"scale").toArray()) {
        const QJsonObject row = value.toObject();
        const auto field = [&row](const char *key, int decimals) {
            return QString::number(row.value(QLatin1String(key)).toDouble(), 'f', decimals);
        };
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n").arg(row.value(u"descriptions").toInt(), 12)
                    .arg(field("load_ms", 1), 10).arg(field("index_ms", 1), 10)
                    .arg(field("keystroke_ms_p50", 3), 9).arg(field("keystroke_ms_p95", 3), 9)
                    .arg(field("keystroke_frame_ms_p95", 3), 10)
                    .arg(field("keystroke_ms_max_while_indexing", 3), 10).arg(field("rss_mb", 1), 9);
    }
    out << "\n*  index: built on a worker thread after loading; typing does not wait for it\n"
           "** the slowest key typed while the index was still building\n";
}

} // namespace

int main(int argc, char **argv)
{
    // Measurable without a display; a real one (xvfb-run) is used when there.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Status Codex: start-up, memory, loading, typing, "
                                                    "rendering, and how they grow with the catalogue; "
                                                    "answering a study card and the progress database."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Start-up runs of each program."),
                                        QStringLiteral("N"), QStringLiteral("11"));
    const QCommandLineOption sizesOption(QStringLiteral("sizes"),
                                         QStringLiteral("Synthetic catalogue sizes, in descriptions."),
                                         QStringLiteral("LIST"), QStringLiteral("1000,10000,100000"));
    const QCommandLineOption writeOption(QStringLiteral("write-catalogue"),
                                         QStringLiteral("Write a synthetic catalogue of N descriptions to FILE "
                                                        "(open it with status-codex --catalogue FILE) and exit."),
                                         QStringLiteral("N"));
    const QCommandLineOption writeBaselineOption(
        QStringLiteral("write-baseline"),
        QStringLiteral("Write the rows and detail text the baseline shows to FILE and exit (to profile it alone: "
                       "status-codex-baseline FILE against status-codex --lang en 404)."));
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("The status-codex binary."),
                                       QStringLiteral("PATH"), QStringLiteral(CODEX_APP_BINARY));
    const QCommandLineOption baselineOption(QStringLiteral("baseline"), QStringLiteral("The baseline binary."),
                                            QStringLiteral("PATH"), QStringLiteral(CODEX_BASELINE_BINARY));
    const QCommandLineOption progressReviewsOption(QStringLiteral("progress-reviews"),
        QStringLiteral("Answers in the generated progress database (ten years of daily study at 100000)."),
        QStringLiteral("N"), QString::number(ProgressHistory::StandardReviews));
    const QCommandLineOption writeProgressOption(QStringLiteral("write-progress-db"),
        QStringLiteral("Write a progress database of --progress-reviews answers into DIR (see it with "
                       "status-codex progress --data-dir DIR) and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption explainOnlyOption(QStringLiteral("explain-only"),
        QStringLiteral("Measure only explain over a generated nginx log."));
    QCommandLineOption workerOption(QStringLiteral("scale-worker"), QString(), QStringLiteral("FILE"));
    workerOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ jsonOption, runsOption, sizesOption, writeOption, writeBaselineOption, progressReviewsOption,
        writeProgressOption, appOption, baselineOption, explainOnlyOption, workerOption });
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("With --write-catalogue or --write-baseline: where to write."));
    parser.process(app);

    if (parser.isSet(workerOption)) {
        out << QJsonDocument(scaleWorker(parser.value(workerOption))).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }

    const LoadResult embedded = CatalogueLoader::loadEmbedded();
    if (!embedded.ok()) {
        err << "status-codex-bench: the embedded catalogue does not load\n";
        return 2;
    }
    const Catalogue &catalogue = *embedded.catalogue;

    if (parser.isSet(writeOption)) {
        bool ok = false;
        const int size = parser.value(writeOption).toInt(&ok);
        if (!ok || size < 0 || parser.positionalArguments().size() != 1) {
            err << "status-codex-bench: --write-catalogue N FILE\n";
            return 2;
        }
        QFile file(parser.positionalArguments().constFirst());
        if (!file.open(QIODevice::WriteOnly) || file.write(SyntheticCatalogue::generate(catalogue, size)) < 0) {
            err << "status-codex-bench: cannot write " << file.fileName() << '\n';
            return 2;
        }
        return 0;
    }

    if (parser.isSet(writeBaselineOption)) {
        QFile file(parser.positionalArguments().value(0));
        if (parser.positionalArguments().size() != 1 || !file.open(QIODevice::WriteOnly)
            || file.write(baselineData(catalogue)) < 0) {
            err << "status-codex-bench: --write-baseline FILE: cannot write " << file.fileName() << '\n';
            return 2;
        }
        return 0;
    }

    bool reviewsOk = false;
    const int progressReviews = parser.value(progressReviewsOption).toInt(&reviewsOk);
    if (!reviewsOk || progressReviews < 1) {
        err << "status-codex-bench: --progress-reviews takes a positive number\n";
        return 2;
    }

    if (parser.isSet(writeProgressOption)) {
        const QString directory = parser.value(writeProgressOption);
        // Answers added to someone's history would not be that history.
        if (QFileInfo::exists(QDir(directory).filePath(ProgressStore::fileName()))) {
            err << "status-codex-bench: " << directory << " already holds a progress database\n";
            return 2;
        }
        // Ending yesterday, so that the app shows it as a history in use.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const ProgressDatabase database = writeProgressDatabase(
            catalogue, directory, progressReviews, today.addDays(-ProgressHistory::days(progressReviews)), err);
        if (!database.ok)
            return 2;
        out << database.reviews << " reviews over " << database.days << " days, "
            << QString::number(database.megabytes, 'f', 1) << " MB, written in "
            << QString::number(database.seconds, 'f', 1) << " s\n";
        return 0;
    }

    Options options;
    options.progressReviews = progressReviews;
    options.json = parser.isSet(jsonOption);
    options.runs = std::max(1, parser.value(runsOption).toInt());
    options.app = parser.value(appOption);
    options.baseline = parser.value(baselineOption);
    options.sizes.clear();
    for (const QString &size : parser.value(sizesOption).split(u',', Qt::SkipEmptyParts))
        options.sizes << size.toInt();

    if (parser.isSet(explainOnlyOption)) {
        out << QJsonDocument(measureExplain(options, catalogue, err)).toJson(QJsonDocument::Indented);
        return 0;
    }

    QJsonObject result = measureStartup(options, catalogue, err);
    const QJsonObject load = measureLoad(embeddedBytes());
    for (auto it = load.begin(); it != load.end(); ++it)
        result.insert(it.key(), it.value());
    const QJsonObject typing = measureTypingAndRendering(catalogue);
    for (auto it = typing.begin(); it != typing.end(); ++it)
        result.insert(it.key(), it.value());
    result.insert(QStringLiteral("descriptions"), int(catalogue.descriptionCount()));
    result.insert(QStringLiteral("scale"), measureScale(options, catalogue, err));
    const QJsonObject answering = measureAnswering(catalogue, err);
    for (auto it = answering.begin(); it != answering.end(); ++it)
        result.insert(it.key(), it.value());
    const QJsonObject studyAndCompare = measureStudyOpenAndCompare(catalogue);
    for (auto it = studyAndCompare.begin(); it != studyAndCompare.end(); ++it)
        result.insert(it.key(), it.value());
    const QJsonObject explain = measureExplain(options, catalogue, err);
    for (auto it = explain.begin(); it != explain.end(); ++it)
        result.insert(it.key(), it.value());
    const QJsonObject progress = measureProgress(options, catalogue, err);
    for (auto it = progress.begin(); it != progress.end(); ++it)
        result.insert(it.key(), it.value());

    if (options.json)
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    else
        printTable(result, out);
    return 0;
}
