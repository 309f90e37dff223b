// The question bank check (issue 19): every question the generator can
// produce, judged by rules of the check's own; zero violations in the real
// catalogue, and a bad catalogue's violations reported with their text.

#include "catalogueloader.h"
#include "questioncheck.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace codex;

namespace {

// Four client errors, enough for four options; 404's scenario names its own
// code and title, and 410's its phrase: a scenario must never say the answer.
const char badCatalogue[] = R"({
  "schema": 2,
  "sources": [
    {"id": "notes", "name": {"zh": "学习笔记", "en": "Study notes"}, "about": {"zh": "笔记。", "en": "Notes."}}
  ],
  "classes": [
    {"class": 4, "name": {"zh": "客户端错误", "en": "Client Error"}, "summary": {"zh": "客户端。", "en": "Client."}}
  ],
  "codes": [
    {"code": 403, "class": 4, "phrase": "Forbidden", "status": "standard", "reference": "RFC 9110",
     "title": {"zh": "禁止访问", "en": "Forbidden"}, "aliases": [],
     "summary": {"zh": "拒绝。", "en": "Refused."}, "descriptions": [], "notes": [], "related": []},
    {"code": 404, "class": 4, "phrase": "Not Found", "status": "standard", "reference": "RFC 9110",
     "title": {"zh": "未找到", "en": "Not Found"}, "aliases": [],
     "summary": {"zh": "找不到。", "en": "Not there."},
     "scenarios": [{"zh": "页面不存在，服务器返回 404 未找到。", "en": "The page is not there, so the server answers 404 Not Found."}],
     "descriptions": [], "notes": [], "related": []},
    {"code": 405, "class": 4, "phrase": "Method Not Allowed", "status": "standard", "reference": "RFC 9110",
     "title": {"zh": "方法不允许", "en": "Method Not Allowed"}, "aliases": [],
     "summary": {"zh": "方法不行。", "en": "Wrong method."}, "descriptions": [], "notes": [], "related": []},
    {"code": 410, "class": 4, "phrase": "Gone", "status": "standard", "reference": "RFC 9110",
     "title": {"zh": "已失效", "en": "Gone"}, "aliases": [],
     "summary": {"zh": "没了。", "en": "Gone for good."},
     "scenarios": [{"zh": "资源永久删除了。", "en": "The resource is Gone for good."}],
     "descriptions": [], "notes": [], "related": []}
  ]
}
)";

} // namespace

class TestQuestionBank final : public QObject
{
    Q_OBJECT

private slots:
    void realCatalogue_everyQuestionHasOneRightAnswer();
    void badCatalogue_violationsAreReportedWithTheQuestion();
    void commandLine_checkExitsNonZeroOnViolations();
};

void TestQuestionBank::realCatalogue_everyQuestionHasOneRightAnswer()
{
    const LoadResult loaded = CatalogueLoader::loadEmbedded();
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(u'\n')));
    QuestionCheck check(*loaded.catalogue);
    const QList<QuestionViolation> violations = check.run();
    QStringList lines;
    for (const QuestionViolation &violation : violations)
        lines << QStringLiteral("%1 %2 %3: %4\n%5").arg(violation.code).arg(kindKey(violation.kind), violation.languages,
                                                          violation.problem, violation.question);
    QVERIFY2(violations.isEmpty(), qPrintable(lines.mid(0, 20).join(u'\n')));
    // Every code, kind, language setting and variant: thousands of questions.
    QVERIFY2(check.questionsChecked() > 5000, qPrintable(QString::number(check.questionsChecked())));
}

void TestQuestionBank::badCatalogue_violationsAreReportedWithTheQuestion()
{
    const LoadResult loaded = CatalogueLoader::loadFromData(QByteArray(badCatalogue), QStringLiteral("bad"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(u'\n')));
    QuestionCheck check(*loaded.catalogue);
    const QList<QuestionViolation> violations = check.run();
    QSet<QString> seen;
    for (const QuestionViolation &violation : violations) {
        QCOMPARE(violation.kind, QuestionKind::Scenario);
        QCOMPARE(violation.rule, QStringLiteral("giveaway"));
        QVERIFY(violation.question.contains(violation.code == 404 ? QStringLiteral("404") : QStringLiteral("Gone")));
        seen.insert(QStringLiteral("%1 %2").arg(violation.code).arg(violation.languages));
    }
    // 404 in every language setting (its digits are in both texts); 410 only
    // where the scenario is English.
    for (const char *expected : {"404 zh", "404 en", "404 zh-en", "404 en-zh", "410 en", "410 en-zh"})
        QVERIFY2(seen.contains(QLatin1String(expected)), expected);
    QVERIFY(!seen.contains(QStringLiteral("410 zh")));
}

void TestQuestionBank::commandLine_checkExitsNonZeroOnViolations()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(badCatalogue);
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CODEX_APP_BINARY), arguments);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        return std::make_pair(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()));
    };
    const auto [badExit, badOut] = run({QStringLiteral("quiz"), QStringLiteral("--check"), QStringLiteral("--lang"),
                                        QStringLiteral("en"), QStringLiteral("--catalogue"), file});
    QCOMPARE(badExit, 1);
    QVERIFY2(badOut.contains(u"404 scenario [en] variant 0: giveaway"), qPrintable(badOut));
    QVERIFY2(badOut.contains(u"The page is not there, so the server answers 404 Not Found."), qPrintable(badOut));
    const auto [goodExit, goodOut] = run({QStringLiteral("quiz"), QStringLiteral("--check"), QStringLiteral("--json"),
                                          QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(goodExit, 0);
    QVERIFY2(goodOut.contains(u"\"violations\": [\n    ]") || goodOut.contains(u"\"violations\": []"), qPrintable(goodOut.left(500)));
}

QTEST_GUILESS_MAIN(TestQuestionBank)
#include "tst_questionbank.moc"
