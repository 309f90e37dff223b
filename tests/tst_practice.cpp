// In practice (issue 23): the catalogue's servers and claims as loaded and
// validated, the log matcher on the lines the servers really wrote (quoted
// in the catalogue and checked against the servers by
// tests/practice/reproduce.py), explain, show --json and search.
#include "catalogue.h"
#include "catalogueloader.h"
#include "commandline.h"
#include "logmatcher.h"
#include "practicerenderer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace codex;

namespace {

const Catalogue &builtIn()
{
    static const Catalogue catalogue = *CatalogueLoader::loadEmbedded().catalogue;
    return catalogue;
}

// The built-in catalogue with its QStringLiteral("servers") and QStringLiteral("practice") replaced.
QByteArray withPractice(const QJsonArray &servers, const QJsonArray &practice)
{
    QFile file(CatalogueLoader::embeddedPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    root.insert(QStringLiteral("servers"), servers);
    root.insert(QStringLiteral("practice"), practice);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonObject localized(const char *zh, const char *en)
{
    return {{QStringLiteral("zh"), QString::fromUtf8(zh)}, {QStringLiteral("en"), QString::fromUtf8(en)}};
}

QJsonArray twoServers()
{
    return {QJsonObject{{QStringLiteral("id"), QStringLiteral("nginx")}, {QStringLiteral("name"), QStringLiteral("nginx")}, {QStringLiteral("version"), QStringLiteral("nginx/1.22.1")}},
            QJsonObject{{QStringLiteral("id"), QStringLiteral("cloudflare")}, {QStringLiteral("name"), QStringLiteral("Cloudflare")}, {QStringLiteral("vendor"), true}}};
}

QJsonObject claim(const QString &server)
{
    QJsonObject object{{QStringLiteral("server"), server}, {QStringLiteral("situation"), localized("上游超时。", "The upstream timed out.")},
                       {QStringLiteral("check"), localized("看上游。", "Look at the upstream.")}, {QStringLiteral("log"), QStringLiteral("x upstream timed out y")},
                       {QStringLiteral("signature"), QStringLiteral("upstream timed out")}, {QStringLiteral("setting"), QStringLiteral("proxy_read_timeout 60s")}};
    if (server == QStringLiteral("cloudflare")) {
        object.remove(QStringLiteral("log"));
        object.remove(QStringLiteral("signature"));
        object.insert(QStringLiteral("source"), QStringLiteral("Cloudflare docs"));
    } else {
        object.insert(QStringLiteral("reproducedBy"), QStringLiteral("nginx-upstream-timeout"));
    }
    return object;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments, const QString &input = {})
{
    QString inText = input;
    QString outText;
    QString errText;
    QTextStream in(&inText);
    QTextStream out(&outText);
    QTextStream err(&errText);
    Run result;
    result.exitCode = CommandLine::run(CommandLine::parse(arguments), builtIn(), in, out, err);
    out.flush();
    err.flush();
    result.out = outText;
    result.err = errText;
    return result;
}

} // namespace

class TestPractice final : public QObject
{
    Q_OBJECT

private slots:
    void catalogueHasThirtyCodes()
    {
        const Practice &practice = builtIn().practice();
        QVERIFY2(practice.claims.size() >= 30, qPrintable(QString::number(practice.claims.size())));
        // The servers the issue names, and at least two application stacks that run here.
        for (const QString &id : {QStringLiteral("nginx"), QStringLiteral("apache"), QStringLiteral("flask"), QStringLiteral("pyhttp"), QStringLiteral("cloudflare"), QStringLiteral("aws-alb"), QStringLiteral("ingress-nginx")})
            QVERIFY2(practice.server(id), qPrintable(id));
        for (const int code : {400, 401, 403, 404, 405, 408, 413, 414, 429, 431, 494, 495, 496, 497, 499, 500, 501,
                               502, 503, 504, 505, 301, 302, 307, 308})
            QVERIFY2(!practice.claimsFor(code).isEmpty(), qPrintable(QString::number(code)));
        for (auto it = practice.claims.cbegin(); it != practice.claims.cend(); ++it) {
            for (const PracticeClaim &claim : it.value()) {
                const PracticeServer *server = practice.server(claim.server);
                QVERIFY(server);
                // Run here: reproduced, against a recorded version. Not run here: a vendor's document.
                QCOMPARE(claim.reproduced(), !server->vendor);
                QCOMPARE(claim.source.isEmpty(), !server->vendor);
                if (!server->vendor)
                    QVERIFY(!server->version.isEmpty() && !claim.log.isEmpty());
            }
        }
    }

    void loaderAcceptsAValidSection()
    {
        const LoadResult result = CatalogueLoader::loadFromData(
            withPractice(twoServers(), {QJsonObject{{QStringLiteral("code"), 504}, {QStringLiteral("entries"), QJsonArray{claim(QStringLiteral("nginx")), claim(QStringLiteral("cloudflare"))}}}}),
            QStringLiteral("t.json"));
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.catalogue->practice().claimsFor(504).size(), 2);
        QCOMPARE(result.catalogue->practice().claimsFor(504).at(0).setting, QStringLiteral("proxy_read_timeout 60s"));
    }

    void loaderNamesEachProblem_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown server") << QStringLiteral("server") << QStringLiteral("caddy") << QStringLiteral("nginx")
                                        << QStringLiteral("t.json: practice[0] (504).entries[0].server: \"caddy\" is not in \"servers\"");
        QTest::newRow("signature not in the line") << QStringLiteral("signature") << QStringLiteral("connection reset") << QStringLiteral("nginx")
                                                   << QStringLiteral("t.json: practice[0] (504).entries[0].signature: \"connection reset\" is not part of the log line");
        QTest::newRow("no test named") << QStringLiteral("reproducedBy") << QStringLiteral("") << QStringLiteral("nginx")
                                       << QStringLiteral("t.json: practice[0] (504).entries[0].reproducedBy: must not be empty");
        QTest::newRow("a vendor's claim reproduced") << QStringLiteral("reproducedBy") << QStringLiteral("cf-test") << QStringLiteral("cloudflare")
                                                     << QStringLiteral("t.json: practice[0] (504).entries[0].reproducedBy: Cloudflare does not run here: name its document in \"source\"");
    }

    void loaderNamesEachProblem()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, server);
        QFETCH(QString, expected);
        QJsonObject entry = claim(server);
        entry.insert(field, value);
        const LoadResult result = CatalogueLoader::loadFromData(
            withPractice(twoServers(), {QJsonObject{{QStringLiteral("code"), 504}, {QStringLiteral("entries"), QJsonArray{entry}}}}), QStringLiteral("t.json"));
        QVERIFY(!result.ok());
        QVERIFY2(result.errors.contains(expected), qPrintable(result.errors.join(u'\n')));
    }

    void loaderWantsBothLanguagesAndKnownCodes()
    {
        QJsonObject entry = claim(QStringLiteral("nginx"));
        entry.insert(QStringLiteral("check"), localized("看上游。", "看上游。"));
        const LoadResult result = CatalogueLoader::loadFromData(
            withPractice(twoServers(), {QJsonObject{{QStringLiteral("code"), 504}, {QStringLiteral("entries"), QJsonArray{entry}}},
                                        QJsonObject{{QStringLiteral("code"), 299}, {QStringLiteral("entries"), QJsonArray{claim(QStringLiteral("nginx"))}}}}),
            QStringLiteral("t.json"));
        QVERIFY(!result.ok());
        QVERIFY2(result.errors.contains(QStringLiteral("t.json: practice[0] (504).entries[0].check.en: contains Chinese text")),
                 qPrintable(result.errors.join(u'\n')));
        QVERIFY2(result.errors.contains(QStringLiteral("t.json: practice[1].code: must be a code of the catalogue")),
                 qPrintable(result.errors.join(u'\n')));
        // A vendor platform has no version; one that runs here must have one.
        const LoadResult noVersion = CatalogueLoader::loadFromData(
            withPractice({QJsonObject{{QStringLiteral("id"), QStringLiteral("nginx")}, {QStringLiteral("name"), QStringLiteral("nginx")}}}, {}), QStringLiteral("t.json"));
        QVERIFY(noVersion.errors.contains(QStringLiteral("t.json: servers[0].version: is missing")));
    }

    // The three examples.
    void matchesPastedLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("server");
        QTest::newRow("nginx message") << QStringLiteral("upstream timed out (110: Connection timed out) while reading response header from upstream")
                                       << 504 << QStringLiteral("nginx");
        // 499 comes from nginx alone: the line is nginx's though it does not say so.
        QTest::newRow("access log") << QStringLiteral("\"GET /x HTTP/1.1\" 499 0") << 499 << QStringLiteral("nginx");
        QTest::newRow("access log, several servers") << QStringLiteral("\"GET /x HTTP/1.1\" 404 0") << 404 << QStringLiteral("");
        QTest::newRow("curl -v") << QStringLiteral("< HTTP/1.1 413 Request Entity Too Large") << 413 << QStringLiteral("");
        QTest::newRow("HTTP/2 status line") << QStringLiteral("HTTP/2 502") << 502 << QStringLiteral("");
        QTest::newRow("Apache") << QStringLiteral("[Tue Dec 08 01:10:25.449931 2026] [authz_core:error] [pid 1:tid 2] [client 10.0.0.1:38456] "
                                   "AH01630: client denied by server configuration: /var/www/x")
                                << 403 << QStringLiteral("apache");
        QTest::newRow("nothing") << QStringLiteral("hello world, nothing to see") << 0 << QStringLiteral("");
        QTest::newRow("not a code") << QStringLiteral("\"GET / HTTP/1.1\" 999 0") << 0 << QStringLiteral("");
        QTest::newRow("a quote, no status") << QStringLiteral("say \"hello\" 404 times") << 0 << QStringLiteral("");
    }

    void matchesPastedLines()
    {
        QFETCH(QString, line);
        QFETCH(int, code);
        QFETCH(QString, server);
        const LogMatch match = LogMatcher(builtIn()).match(line);
        QCOMPARE(match.code, code);
        QCOMPARE(match.server, server);
    }

    // Every line the catalogue quotes was written by the real server (the
    // reproduction test compares them): each finds its own code, and a line
    // with a signature its own claim.
    void matchesEveryQuotedLine()
    {
        const LogMatcher matcher(builtIn());
        int lines = 0;
        for (auto it = builtIn().practice().claims.cbegin(); it != builtIn().practice().claims.cend(); ++it) {
            for (const PracticeClaim &claim : it.value()) {
                if (claim.log.isEmpty())
                    continue;
                ++lines;
                const LogMatch match = matcher.match(claim.log);
                // nginx's 494 to 497 and 499, and the limit_req line, are the exceptions
                // the catalogue explains: the access log shows what the client got.
                if (claim.signature.isEmpty() && claim.log.contains(QStringLiteral("limiting requests")))
                    continue;
                QVERIFY2(match.recognised(), qPrintable(claim.log));
                QCOMPARE(match.code, it.key());
                if (!claim.signature.isEmpty())
                    QVERIFY2(match.claim == &claim, qPrintable(claim.log));
            }
        }
        QVERIFY(lines >= 50);
    }

    void explainReadsStandardInput()
    {
        const QString log = QStringLiteral(
            "2026/12/08 01:10:22 [error] 1#1: *7 upstream timed out (110: Connection timed out) while reading response header "
            "from upstream, client: 127.0.0.1, server: , request: \"GET /slow/x HTTP/1.1\", upstream: \"http://127.0.0.1:5/slow/x\"\n"
            "127.0.0.1 - - [08/Dec/2026:01:10:23 +0000] \"GET /waiting/x HTTP/1.1\" 499 0 \"-\" \"-\"\n"
            "some unrelated line\n"
            "127.0.0.1 - - [08/Dec/2026:01:10:23 +0000] \"GET /a HTTP/1.1\" 499 0 \"-\" \"-\"\n");
        const Run result = run({QStringLiteral("explain"), QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en")}, log);
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // three recognised, and the summary
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0).toUtf8()).object();
        QCOMPARE(first.value(QStringLiteral("code")).toInt(), 504);
        QCOMPARE(first.value(QStringLiteral("server")).toString(), QStringLiteral("nginx"));
        QVERIFY(first.value(QStringLiteral("cause")).toString().contains(QStringLiteral("proxy_read_timeout")));
        QCOMPARE(first.value(QStringLiteral("reproduced")).toObject().value(QStringLiteral("test")).toString(), QStringLiteral("nginx-upstream-timeout"));
        QCOMPARE(first.value(QStringLiteral("reproduced")).toObject().value(QStringLiteral("version")).toString(), builtIn().practice().server(QStringLiteral("nginx"))->version);
        // 499 comes from nginx alone: the access line is explained by its claim.
        const QJsonObject second = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
        QCOMPARE(second.value(QStringLiteral("code")).toInt(), 499);
        QCOMPARE(second.value(QStringLiteral("server")).toString(), QStringLiteral("nginx"));
        const QJsonObject summary = QJsonDocument::fromJson(lines.at(3).toUtf8()).object().value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("lines")).toInt(), 4);
        QCOMPARE(summary.value(QStringLiteral("recognised")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("unrecognised")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("codes")).toObject().value(QStringLiteral("499")).toInt(), 2);
    }

    void explainArgumentsAndExitCodes()
    {
        const Run text = run({QStringLiteral("explain"), QStringLiteral("--lang"), QStringLiteral("en"),
                              QStringLiteral("< HTTP/1.1 413 Request Entity Too Large")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(QStringLiteral("413 Content Too Large\n")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("1 lines: 1 recognised, 0 not recognised")), qPrintable(text.out));
        // 413 comes from several servers: no one claim is picked for a status line.
        QVERIFY(text.out.contains(QStringLiteral("status-codex show 413")));
        const Run nothing = run({QStringLiteral("explain"), QStringLiteral("nothing here")});
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY(!nothing.err.isEmpty());
        const Run empty = run({QStringLiteral("explain")}, QString());
        QCOMPARE(empty.exitCode, 1);
    }

    void showJsonHasPractice()
    {
        const Run result = run({QStringLiteral("show"), QStringLiteral("502"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray practice = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("practice")).toArray();
        QCOMPARE(practice.size(), builtIn().practice().claimsFor(502).size());
        bool reproduced = false;
        bool documented = false;
        for (const QJsonValue &value : practice) {
            const QJsonObject claim = value.toObject();
            for (const QString &key : {QStringLiteral("server"), QStringLiteral("situation"), QStringLiteral("check"), QStringLiteral("log"), QStringLiteral("setting")})
                QVERIFY2(claim.contains(key), qPrintable(key));
            QVERIFY(!claim.value(QStringLiteral("situation")).toObject().value(QStringLiteral("zh")).toString().isEmpty());
            QVERIFY(!claim.value(QStringLiteral("check")).toObject().value(QStringLiteral("en")).toString().isEmpty());
            if (claim.contains(QStringLiteral("reproducedBy"))) {
                reproduced = true;
                QVERIFY(!claim.value(QStringLiteral("reproducedBy")).toObject().value(QStringLiteral("test")).toString().isEmpty());
                QVERIFY(claim.value(QStringLiteral("reproducedBy")).toObject().value(QStringLiteral("version")).toString().contains(u'/'));
            } else {
                documented = true;
                QVERIFY(claim.value(QStringLiteral("source")).toString().contains(QStringLiteral("https://")));
                QVERIFY(claim.value(QStringLiteral("log")).isNull());
            }
        }
        QVERIFY(reproduced && documented);
        // A code without the section has an empty array, not a missing key.
        const Run other = run({QStringLiteral("show"), QStringLiteral("418"), QStringLiteral("--json")});
        QVERIFY(QJsonDocument::fromJson(other.out.toUtf8()).object().value(QStringLiteral("practice")).isArray());
    }

    void searchFindsTheCodeOfALogLine()
    {
        const Run result = run({QStringLiteral("search"), QStringLiteral("--json"),
                                QStringLiteral("upstream timed out (110: Connection timed out) while reading response header from upstream")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).toObject().value(QStringLiteral("code")).toInt(), 504);
        // nginx's entry first in the section the window opens at.
        QCOMPARE(builtIn().practice().claimsFor(504).first().server, QStringLiteral("nginx"));
    }

    void paneShowsProvenance()
    {
        const QString html = PracticeRenderer::html(builtIn(), 413, Language::English, QPalette(),
                                                    [](const QString &text) { return text.toHtmlEscaped(); });
        QVERIFY(html.contains(QStringLiteral("<a name=\"practice\">")));
        QVERIFY(html.contains(QStringLiteral("Reproduced against nginx/")));
        QVERIFY(html.contains(QStringLiteral("client_max_body_size 1m")));
        QVERIFY(html.contains(QStringLiteral("From Kubernetes ingress-nginx&#x27;s documentation")) || html.contains(QStringLiteral("From Kubernetes ingress-nginx's documentation")));
        QVERIFY(PracticeRenderer::html(builtIn(), 418, Language::English, QPalette(), [](const QString &t) { return t; }).isEmpty());
    }

    // explain over a long log: constant memory, and fast (the benchmark measures it properly).
    void matcherIsFastOnAGeneratedLog()
    {
        const LogMatcher matcher(builtIn());
        const QString access = QStringLiteral("10.0.0.%1 - - [08/Dec/2026:01:10:23 +0000] \"GET /p/%2 HTTP/1.1\" %3 512 \"-\" \"curl/7.88.1\"");
        const QString error = QStringLiteral("2026/12/08 01:10:22 [error] 1#1: *%1 connect() failed (111: Connection refused) while "
                                             "connecting to upstream, client: 10.0.0.1, server: , request: \"GET /p/%2 HTTP/1.1\"");
        QElapsedTimer timer;
        timer.start();
        int recognised = 0;
        for (int i = 0; i < 20000; ++i) {
            const QString line = i % 2 ? access.arg(i % 250).arg(i).arg(i % 3 ? 200 : 404) : error.arg(i).arg(i);
            recognised += matcher.match(line).recognised();
        }
        QCOMPARE(recognised, 20000);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestPractice)
#include "tst_practice.moc"
