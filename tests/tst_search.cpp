// Search over the embedded catalogue: codes, patterns, phrases and aliases,
// titles and full text in both languages, each with its exact result order.
// The expectations come from reading resources/catalogue.json against the
// rules of issue 2: all terms must match; rank is the worst of the terms'
// ranks (code, phrase or alias, title, current-language text, other-language
// text); within a rank, by code.
#include "catalogue.h"
#include "catalogueloader.h"
#include "fuzz/fuzzentries.h"
#include "referencedata.h"
#include "search.h"

#include <QTest>

#include <optional>

using namespace codex;

namespace {

QList<int> codesOf(const QList<SearchHit> &hits)
{
    QList<int> codes;
    for (const SearchHit &hit : hits)
        codes << hit.code;
    return codes;
}

} // namespace

class TestSearch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void query_findsExactlyTheseCodesInRankOrder_data();
    void query_findsExactlyTheseCodesInRankOrder();
    void hit_carriesTheRankOfWhereItMatched_data();
    void hit_carriesTheRankOfWhereItMatched();
    void notFou_putsNotFoundFirst();
    void index_givesTheSameResultsWhenReusedAndRetyped();
    void query_parsesCodePatternsAndWords_data();
    void query_parsesCodePatternsAndWords();
    void codesOnly_answerWithoutTheIndexAsTheIndexDoes_data();
    void codesOnly_answerWithoutTheIndexAsTheIndexDoes();
    void fold_isQtsFoldingOnEveryCatalogueText();
    void fold_isQtsFoldingOnEveryCharacterAndNeighbour();
    void index_findsTheSameBuiltOnTwoThreads();
    void forgivingQuery_findsWhatDevelopersPaste_data();
    void forgivingQuery_findsWhatDevelopersPaste();
    void nearMatches_neverOutrankExactOnes();
    void editDistance_countsTyposAndSwaps();
    void referencePhrase_findsItsCodeFirst_data();
    void referencePhrase_findsItsCodeFirst();

private:
    std::optional<Catalogue> m_catalogue;
    std::optional<SearchIndex> m_index;
};

void TestSearch::initTestCase()
{
    const LoadResult result = CatalogueLoader::loadEmbedded();
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    m_catalogue = result.catalogue;
    m_index.emplace(*m_catalogue);
}

void TestSearch::query_findsExactlyTheseCodesInRankOrder_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QList<int>>("expected");
    const auto row = [](const char *name, const QString &query, Language language, const QList<int> &expected) {
        QTest::newRow(name) << query << language << expected;
    };

    row("exact code 404", QStringLiteral("404"), Language::English, { 404 });
    row("exact code 200", QStringLiteral("200"), Language::Chinese, { 200 });
    row("exact code 509 (unofficial)", QStringLiteral("509"), Language::English, { 509 });
    row("exact code not in the catalogue", QStringLiteral("299"), Language::English, {});
    row("code prefix 40", QStringLiteral("40"), Language::English,
        { 400, 401, 402, 403, 404, 405, 406, 407, 408, 409 });
    row("code prefix 41", QStringLiteral("41"), Language::Chinese,
        { 410, 411, 412, 413, 414, 415, 416, 417, 418, 419 });
    row("code prefix 20", QStringLiteral("20"), Language::English, { 200, 201, 202, 203, 204, 205, 206, 207, 208 });
    row("code prefix 50", QStringLiteral("50"), Language::English,
        { 500, 501, 502, 503, 504, 505, 506, 507, 508, 509 });
    row("code prefix 1", QStringLiteral("1"), Language::English, { 100, 101, 102, 103, 104 });
    row("code prefix 4", QStringLiteral("4"), Language::English,
        { 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 428, 429, 430, 431, 440, 444, 449, 451, 456, 457, 460, 463, 464, 494, 495, 496, 497, 498, 499 });
    row("class 4xx", QStringLiteral("4xx"), Language::English,
        { 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 428, 429, 430, 431, 440, 444, 449, 451, 456, 457, 460, 463, 464, 494, 495, 496, 497, 498, 499 });
    row("class 4XX", QStringLiteral("4XX"), Language::Chinese,
        { 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 428, 429, 430, 431, 440, 444, 449, 451, 456, 457, 460, 463, 464, 494, 495, 496, 497, 498, 499 });
    row("class 4**", QStringLiteral("4**"), Language::English,
        { 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 428, 429, 430, 431, 440, 444, 449, 451, 456, 457, 460, 463, 464, 494, 495, 496, 497, 498, 499 });
    row("class 5xx", QStringLiteral("5xx"), Language::English,
        { 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 520, 521, 522, 523, 524, 525, 526, 529, 530, 540, 561, 598, 599 });
    row("class 2xx", QStringLiteral("2xx"), Language::English, { 200, 201, 202, 203, 204, 205, 206, 207, 208, 226 });
    row("class 3**", QStringLiteral("3**"), Language::Chinese, { 300, 301, 302, 303, 304, 305, 306, 307, 308 });
    row("pattern 40x", QStringLiteral("40x"), Language::English, { 400, 401, 402, 403, 404, 405, 406, 407, 408, 409 });
    row("code and prefix narrow to the code", QStringLiteral("40 404"), Language::English, { 404 });
    row("two classes match nothing", QStringLiteral("4xx 5xx"), Language::English, {});
    row("phrase word prefix: not fou", QStringLiteral("not fou"), Language::English, { 404, 302, 303, 415 });
    row("phrase: not found", QStringLiteral("not found"), Language::English, { 404, 302, 303, 415 });
    row("phrase upper case", QStringLiteral("NOT FOUND"), Language::English, { 404, 302, 303, 415 });
    row("phrase in Chinese mode", QStringLiteral("not found"), Language::Chinese, { 404, 302, 303, 415 });
    row("phrase word: hints", QStringLiteral("hints"), Language::English, { 103 });
    row("phrase words: early", QStringLiteral("early"), Language::English, { 103, 425, 400, 419, 420 });
    row("alias: payload too large", QStringLiteral("payload too large"), Language::English, { 413 });
    row("alias: request entity too large", QStringLiteral("request entity too large"), Language::English, { 413, 206 });
    row("alias: request-uri", QStringLiteral("request-uri"), Language::English, { 414 });
    row("alias: requested range", QStringLiteral("requested range"), Language::English, { 416, 206 });
    row("alias: unprocessable entity", QStringLiteral("unprocessable entity"), Language::English, { 422 });
    row("alias: moved temporarily", QStringLiteral("moved temporarily"), Language::English, { 302, 307 });
    row("alias: teapot", QStringLiteral("teapot"), Language::English, { 418 });
    row("alias: I'M A TEAPOT", QStringLiteral("I'M A TEAPOT"), Language::English, { 418 });
    row("alias: TeaPot in Chinese mode", QStringLiteral("TeaPot"), Language::Chinese, { 418 });
    row("alias: switch proxy", QStringLiteral("switch proxy"), Language::English, { 306, 305 });
    row("phrase: bandwidth", QStringLiteral("bandwidth"), Language::English, { 509 });
    row("full-width digits", QStringLiteral("４０４"), Language::English, { 404 });
    row("full-width class pattern", QStringLiteral("４ＸＸ"), Language::English,
        { 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 428, 429, 430, 431, 440, 444, 449, 451, 456, 457, 460, 463, 464, 494, 495, 496, 497, 498, 499 });
    row("full-width letters", QStringLiteral("ｎｏｔ ｆｏｕｎｄ"), Language::English, { 404, 302, 303, 415 });
    row("Chinese title 未找到", QStringLiteral("未找到"), Language::Chinese, { 404 });
    row("Chinese title in English mode", QStringLiteral("未找到"), Language::English, { 404 });
    row("Chinese title 禁止访问", QStringLiteral("禁止访问"), Language::Chinese, { 403 });
    row("Chinese title 茶壶", QStringLiteral("茶壶"), Language::Chinese, { 418 });
    row("Chinese title 请求过多", QStringLiteral("请求过多"), Language::Chinese, { 429 });
    row("Chinese title substring 网关", QStringLiteral("网关"), Language::Chinese, { 502, 504, 408, 421, 520 });
    row("Chinese title substring 超时", QStringLiteral("超时"), Language::Chinese, { 408, 440, 504, 522, 524, 598, 599, 102, 460 });
    row("Chinese title substring 认证", QStringLiteral("认证"), Language::Chinese, { 407, 511, 401, 440, 561 });
    row("Chinese titles before text: 重定向", QStringLiteral("重定向"), Language::Chinese,
        { 307, 308, 300, 301, 302, 303, 305, 414, 495, 497 });
    row("Chinese titles before text: 永久", QStringLiteral("永久"), Language::Chinese, { 301, 308, 303, 404, 410 });
    row("Chinese full text 找不到", QStringLiteral("找不到"), Language::Chinese, { 404 });
    row("Chinese full text substring 找到", QStringLiteral("找到"), Language::Chinese, { 404, 303 });
    row("English full text: cpanel", QStringLiteral("cpanel"), Language::English, { 509 });
    row("English full text: microsoft", QStringLiteral("microsoft"), Language::English, { 440, 449, 456, 457 });
    row("English full text: webdav", QStringLiteral("webdav"), Language::English,
        { 102, 207, 208, 419, 420, 422, 423, 424, 425, 449, 507, 508 });
    row("English full text: retry-after", QStringLiteral("retry-after"), Language::English, { 413, 429, 503, 529 });
    row("English full text: shared hosting", QStringLiteral("shared hosting"), Language::English, { 509 });
    row("several words narrow: gateway", QStringLiteral("gateway"), Language::English, { 502, 504, 408, 421, 520, 521, 524, 526, 598, 599 });
    row("several words narrow: gateway timeout", QStringLiteral("gateway timeout"), Language::English, { 504, 408, 524, 598, 599 });
    row("several words narrow: proxy", QStringLiteral("proxy"), Language::English,
        { 305, 306, 407, 203, 304, 417, 421, 463, 502, 504, 520, 521, 522, 523, 524, 525, 526, 599 });
    row("several words narrow: proxy auth", QStringLiteral("proxy auth"), Language::English, { 407, 203, 421 });
    row("several words: too", QStringLiteral("too"), Language::English,
        { 413, 414, 425, 429, 431, 463, 494, 206, 400, 408, 416, 420, 430, 499, 504, 522 });
    row("several words: too many", QStringLiteral("too many"), Language::English, { 429, 463, 416, 420 });
    row("class and word: 4xx not", QStringLiteral("4xx not"), Language::English,
        { 404, 405, 406, 416, 400, 401, 402, 403, 407, 408, 409, 410, 411, 412, 413, 414, 415, 417, 418, 420, 421, 423, 424, 425, 426, 430, 444, 449, 451, 456, 464, 494, 498 });
    row("prefix and word: 40 not", QStringLiteral("40 not"), Language::English,
        { 404, 405, 406, 400, 401, 402, 403, 407, 408, 409 });
    row("code and phrase: forbidden 403", QStringLiteral("forbidden 403"), Language::English, { 403 });
    row("Chinese words narrow: 服务器 网关", QStringLiteral("服务器 网关"), Language::Chinese, { 408, 421, 502, 504, 520 });
    row("rank: phrase before text: found", QStringLiteral("found"), Language::English, { 302, 404, 303, 415 });
    row("rank: phrase before text: moved", QStringLiteral("moved"), Language::English, { 301, 302, 307, 308, 422, 510 });
    // .NET names 302 and 303 HttpStatusCode.Redirect and RedirectMethod too.
    row("rank: phrase before text: redirect", QStringLiteral("redirect"), Language::English,
        { 302, 303, 307, 308, 451, 300, 301, 305, 414, 456, 495, 497 });
    row("rank: phrase before title before text: unused", QStringLiteral("unused"), Language::English, { 306, 418 });
    row("current language first: get in Chinese", QStringLiteral("get"), Language::Chinese,
        { 200, 206, 226, 301, 302, 303, 304, 307, 308, 412, 414, 428, 501, 400, 407, 410, 416, 417, 418, 422, 502, 504, 505, 525 });
    row("current language first: get in English", QStringLiteral("get"), Language::English,
        { 200, 206, 226, 301, 302, 303, 304, 307, 308, 400, 407, 410, 412, 414, 416, 417, 418, 422, 428, 501, 502, 504, 505, 525 });
    row("current language first: permanently in Chinese", QStringLiteral("permanently"), Language::Chinese,
        { 301, 308, 404, 410 });
    row("current language first: permanently in English", QStringLiteral("permanently"), Language::English,
        { 301, 308, 404, 410 });
    row("words match at word starts only: ound", QStringLiteral("ound"), Language::English, {});
    row("words match at word starts only: eapot", QStringLiteral("eapot"), Language::English, {});
    row("no match", QStringLiteral("xyzzy"), Language::English, {});
    row("no match in Chinese", QStringLiteral("不存在的词语"), Language::Chinese, {});
    row("whitespace only", QStringLiteral("   "), Language::English, {});
    row("empty query", QStringLiteral(""), Language::English, {});
    row("rank: phrase (Symfony's HTTP_RESERVED) before title before text: reserved", QStringLiteral("reserved"), Language::English, { 306, 418, 402 });
    row("rank: title before other language: 网关 in English", QStringLiteral("网关"), Language::English,
        { 502, 504, 408, 421, 520 });
    row("rank: phrase before other language: switch in Chinese", QStringLiteral("switch"), Language::Chinese,
        { 101, 306, 302, 303, 305, 307, 405, 426 });
}

void TestSearch::query_findsExactlyTheseCodesInRankOrder()
{
    QFETCH(QString, query);
    QFETCH(Language, language);
    QFETCH(QList<int>, expected);
    QCOMPARE(codesOf(m_index->search(query, language)), expected);
    // The one-call form builds its own index and must agree.
    QCOMPARE(codesOf(search(*m_catalogue, query, language)), expected);
}

void TestSearch::hit_carriesTheRankOfWhereItMatched_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<Language>("language");
    QTest::addColumn<int>("code");
    QTest::addColumn<MatchRank>("rank");
    const auto row = [](const char *name, const QString &query, Language language, int code, MatchRank rank) {
        QTest::newRow(name) << query << language << code << rank;
    };
    row("exact code", QStringLiteral("404"), Language::English, 404, MatchRank::Code);
    row("class pattern", QStringLiteral("4xx"), Language::Chinese, 418, MatchRank::Code);
    row("phrase", QStringLiteral("not found"), Language::English, 404, MatchRank::Phrase);
    row("alias", QStringLiteral("teapot"), Language::English, 418, MatchRank::Phrase);
    row("code and phrase: the worse of the two", QStringLiteral("4xx not"), Language::English, 404, MatchRank::Phrase);
    row("phrase word and text word: the worse", QStringLiteral("not found"), Language::English, 302, MatchRank::Text);
    row("English title", QStringLiteral("reserved"), Language::English, 418, MatchRank::Title);
    row("Chinese title", QStringLiteral("未找到"), Language::Chinese, 404, MatchRank::Title);
    row("Chinese title in English mode", QStringLiteral("未找到"), Language::English, 404, MatchRank::Title);
    row("Chinese text in Chinese mode", QStringLiteral("网关"), Language::Chinese, 421, MatchRank::Text);
    row("Chinese text in English mode", QStringLiteral("网关"), Language::English, 421, MatchRank::OtherLanguage);
    row("English text in English mode", QStringLiteral("get"), Language::English, 410, MatchRank::Text);
    row("English text in Chinese mode", QStringLiteral("get"), Language::Chinese, 410, MatchRank::OtherLanguage);
    row("usedBy is text", QStringLiteral("cpanel"), Language::English, 509, MatchRank::Text);
}

void TestSearch::hit_carriesTheRankOfWhereItMatched()
{
    QFETCH(QString, query);
    QFETCH(Language, language);
    QFETCH(int, code);
    QFETCH(MatchRank, rank);
    const QList<SearchHit> hits = m_index->search(query, language);
    for (const SearchHit &hit : hits) {
        if (hit.code == code) {
            QCOMPARE(int(hit.rank), int(rank));
            return;
        }
    }
    QFAIL("the code is not among the hits");
}

void TestSearch::notFou_putsNotFoundFirst()
{
    for (const Language language : { Language::English, Language::Chinese }) {
        const QList<SearchHit> hits = m_index->search(QStringLiteral("not fou"), language);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().code, 404);
        QCOMPARE(hits.first().rank, MatchRank::Phrase);
    }
}

void TestSearch::index_givesTheSameResultsWhenReusedAndRetyped()
{
    // Typing, backspacing and retyping: whatever the index keeps between
    // keystrokes must not change an answer.
    const QStringList keystrokes { QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("not"),
        QStringLiteral("not "), QStringLiteral("not f"), QStringLiteral("not fo"), QStringLiteral("not f"),
        QStringLiteral("not"), QStringLiteral("not fou") };
    for (const QString &query : keystrokes) {
        for (const Language language : { Language::Chinese, Language::English }) {
            QCOMPARE(
                codesOf(m_index->search(query, language)), codesOf(SearchIndex(*m_catalogue).search(query, language)));
        }
    }
    QCOMPARE(
        codesOf(m_index->search(QStringLiteral("not fou"), Language::English)), QList<int>({ 404, 302, 303, 415 }));
}

void TestSearch::query_parsesCodePatternsAndWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("isCodePattern");
    QTest::addColumn<int>("low");
    QTest::addColumn<int>("high");
    QTest::newRow("code") << QStringLiteral("404") << true << 404 << 404;
    QTest::newRow("two digits") << QStringLiteral("40") << true << 400 << 409;
    QTest::newRow("one digit") << QStringLiteral("5") << true << 500 << 599;
    QTest::newRow("class") << QStringLiteral("4xx") << true << 400 << 499;
    QTest::newRow("class upper case") << QStringLiteral("4XX") << true << 400 << 499;
    QTest::newRow("class stars") << QStringLiteral("4**") << true << 400 << 499;
    QTest::newRow("decade") << QStringLiteral("40x") << true << 400 << 409;
    QTest::newRow("full width") << QStringLiteral("４０４") << true << 404 << 404;
    QTest::newRow("no class 6") << QStringLiteral("6xx") << false << 0 << 0;
    QTest::newRow("four digits") << QStringLiteral("4040") << false << 0 << 0;
    QTest::newRow("wildcards do not fill") << QStringLiteral("4x") << false << 0 << 0;
    QTest::newRow("word") << QStringLiteral("teapot") << false << 0 << 0;
}

void TestSearch::query_parsesCodePatternsAndWords()
{
    QFETCH(QString, query);
    QFETCH(bool, isCodePattern);
    QFETCH(int, low);
    QFETCH(int, high);
    const SearchQuery parsed = SearchQuery::parse(query);
    QCOMPARE(parsed.terms.size(), 1);
    const SearchQuery::Term &term = parsed.terms.first();
    QCOMPARE(term.kind == SearchQuery::Term::CodePattern, isCodePattern);
    if (isCodePattern) {
        QCOMPARE(term.low, low);
        QCOMPARE(term.high, high);
    }
}

void TestSearch::codesOnly_answerWithoutTheIndexAsTheIndexDoes_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("codesOnly");
    QTest::newRow("code") << QStringLiteral("404") << true;
    QTest::newRow("prefix") << QStringLiteral("30") << true;
    QTest::newRow("class") << QStringLiteral("5xx") << true;
    QTest::newRow("class and prefix") << QStringLiteral("4xx 41") << true;
    QTest::newRow("two classes: nothing") << QStringLiteral("4xx 5xx") << true;
    QTest::newRow("not in the catalogue") << QStringLiteral("499") << true;
    QTest::newRow("code and word") << QStringLiteral("404 found") << false;
    QTest::newRow("word") << QStringLiteral("teapot") << false;
    QTest::newRow("four digits are text") << QStringLiteral("4040") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSearch::codesOnly_answerWithoutTheIndexAsTheIndexDoes()
{
    QFETCH(QString, query);
    QFETCH(bool, codesOnly);
    const SearchQuery parsed = SearchQuery::parse(query);
    QCOMPARE(parsed.isCodesOnly(), codesOnly);
    const QList<SearchHit> hits = searchCodes(*m_catalogue, parsed);
    if (!codesOnly) {
        QVERIFY(hits.isEmpty()); // not its question
        return;
    }
    for (const Language language : { Language::Chinese, Language::English }) {
        const QList<SearchHit> indexed = m_index->search(parsed, language);
        QCOMPARE(codesOf(hits), codesOf(indexed));
        for (const SearchHit &hit : hits)
            QCOMPARE(hit.rank, MatchRank::Code);
    }
}

void TestSearch::fold_isQtsFoldingOnEveryCatalogueText()
{
    QStringList texts;
    const auto both = [&texts](const LocalizedText &text) { texts << text.zh << text.en; };
    for (const Source &source : m_catalogue->sources()) {
        both(source.name);
        both(source.about);
    }
    for (const StatusEntry &entry : m_catalogue->entries()) {
        texts << entry.phrase << entry.aliases;
        both(entry.title);
        both(entry.summary);
        both(entry.usedBy);
        for (const Description &description : entry.descriptions)
            both(description.text);
        for (const Note &note : entry.notes)
            both(note.text);
    }
    QVERIFY(texts.size() > 500);
    for (const QString &text : std::as_const(texts))
        QCOMPARE(foldForSearch(text), fuzz::referenceFold(text));
}

void TestSearch::fold_isQtsFoldingOnEveryCharacterAndNeighbour()
{
    // Every UTF-16 unit alone, lone surrogates included.
    for (char32_t u = 0; u <= 0xFFFF; ++u) {
        const QString text { QChar(char16_t(u)) };
        if (foldForSearch(text) != fuzz::referenceFold(text))
            QFAIL(qPrintable(QStringLiteral("U+%1 alone").arg(quint32(u), 4, 16, QLatin1Char('0'))));
    }
    // Next to each other, characters the fast path takes and characters
    // that compose with what precedes them (accents, kana voicing marks,
    // Hangul vowels, a Tamil vowel sign) or change under NFKC (ligatures,
    // ideographic space, ellipsis, circled and compatibility forms).
    QList<char16_t> units;
    for (char16_t u = 0x20; u < 0x7F; ++u)
        units << u;
    for (char16_t u = 0xFF01; u <= 0xFF5E; ++u)
        units << u;
    units << 0x4E00 << 0x4F60 << 0x9FFF << 0x3001 << 0x3002 << 0x3008 << 0x300A << 0x3011 << 0x2013
          << 0x2014 << 0x2018 << 0x2019 << 0x201C << 0x201D << 0x00B7;
    units << 0x0301 << 0x0308 << 0x0327 << 0x3099 << 0x309A << 0x1161 << 0x11A8 << 0x0BBE << 0x00C5
          << 0x00DF << 0xFB01 << 0x3000 << 0x2026 << 0x2460 << 0xF900 << 0x304B << 0x1100 << 0xAC00 << 0x0130;
    for (const char16_t first : std::as_const(units)) {
        for (const char16_t second : std::as_const(units)) {
            const QString text = QString(QChar(first)) + QChar(second);
            if (foldForSearch(text) != fuzz::referenceFold(text))
                QFAIL(qPrintable(QStringLiteral("U+%1 U+%2")
                                     .arg(quint32(first), 4, 16, QLatin1Char('0'))
                                     .arg(quint32(second), 4, 16, QLatin1Char('0'))));
        }
    }
}

void TestSearch::index_findsTheSameBuiltOnTwoThreads()
{
    // Each description repeated: the same answers, from an index large
    // enough to be built on two threads.
    QList<StatusEntry> entries = m_catalogue->entries();
    qsizetype descriptions = 0;
    while (descriptions < SearchIndex::ParallelBuildThreshold) {
        descriptions = 0;
        for (StatusEntry &entry : entries) {
            entry.descriptions += entry.descriptions;
            descriptions += entry.descriptions.size();
        }
    }
    const Catalogue repeated(m_catalogue->sources(), m_catalogue->classes(), entries);
    QVERIFY(repeated.descriptionCount() >= SearchIndex::ParallelBuildThreshold);
    const SearchIndex twoThreads(repeated);
    const QStringList queries { QStringLiteral("not found"), QStringLiteral("未找到"), QStringLiteral("缓存"),
                                QStringLiteral("retry-after"), QStringLiteral("4xx 重定向"), QStringLiteral("teapot"),
                                QStringLiteral("ＰＲＯＸＹ"), QStringLiteral("gateway time") };
    for (const QString &query : queries) {
        for (const Language language : { Language::Chinese, Language::English }) {
            const QList<SearchHit> expected = m_index->search(query, language);
            const QList<SearchHit> hits = twoThreads.search(query, language);
            QVERIFY2(!expected.isEmpty(), qPrintable(query));
            QCOMPARE(codesOf(hits), codesOf(expected));
            for (qsizetype i = 0; i < hits.size(); ++i)
                QCOMPARE(hits.at(i).rank, expected.at(i).rank);
        }
    }
}

void TestSearch::forgivingQuery_findsWhatDevelopersPaste_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QList<int>>("firstCodes"); // the first hits, in order
    QTest::addColumn<bool>("near");
    const auto row = [](const char *name, const QString &query, QList<int> codes, bool near) {
        for (const Language language : {Language::English, Language::Chinese})
            QTest::addRow("%s %s", name, language == Language::English ? "en" : "zh") << query << language << codes << near;
    };
    // Typos: near matches, and said to be.
    row("typo: forbiden", QStringLiteral("forbiden"), {403}, true);
    row("typo: unauthorised", QStringLiteral("unauthorised"), {401}, true);
    row("typo: teapott", QStringLiteral("teapott"), {418}, true);
    row("typo: Gatway Timeout", QStringLiteral("Gatway Timeout"), {504}, true);
    row("typo: Unprocesable", QStringLiteral("Unprocesable"), {422}, true);
    row("typo: swapped letters", QStringLiteral("Fobridden"), {403}, true);
    row("typo: too far", QStringLiteral("fxrxbxdxn"), {}, false);
    // Several codes typed together: those codes, in the order typed.
    row("codes: 401 403 407", QStringLiteral("401 403 407"), {401, 403, 407}, false);
    row("codes: 504 502", QStringLiteral("504 502"), {504, 502}, false);
    row("codes: one unknown", QStringLiteral("404 299"), {404}, false);
    // Constants as developers type them, with or without the prefix.
    row("Go constant", QStringLiteral("StatusTeapot"), {418}, false);
    row("Go constant with package", QStringLiteral("http.StatusNotFound"), {404}, false);
    row("Symfony constant", QStringLiteral("HTTP_NOT_FOUND"), {404}, false);
    row(".NET constant", QStringLiteral("HttpStatusCode.NotFound"), {404}, false);
    row("Rack symbol", QStringLiteral(":not_found"), {404}, false);
    row("Python constant", QStringLiteral("HTTPStatus.REQUEST_ENTITY_TOO_LARGE"), {413}, false);
    row("Rust constant", QStringLiteral("StatusCode::IM_A_TEAPOT"), {418}, false);
}

void TestSearch::forgivingQuery_findsWhatDevelopersPaste()
{
    QFETCH(QString, query);
    QFETCH(Language, language);
    QFETCH(QList<int>, firstCodes);
    QFETCH(bool, near);
    bool wasNear = false;
    const QList<SearchHit> hits = m_index->searchOrNear(SearchQuery::parse(query), language, &wasNear);
    QCOMPARE(codesOf(hits).mid(0, firstCodes.size()), firstCodes);
    QCOMPARE(wasNear, near);
    for (const SearchHit &hit : hits)
        QCOMPARE(hit.rank == MatchRank::Near, near);
}

void TestSearch::nearMatches_neverOutrankExactOnes()
{
    // "found" matches exactly, so no near match ("round", "fund") is added.
    bool near = true;
    const QList<SearchHit> hits = m_index->searchOrNear(SearchQuery::parse(QStringLiteral("found")), Language::English, &near);
    QVERIFY(!near);
    QVERIFY(!hits.isEmpty());
    for (const SearchHit &hit : hits)
        QVERIFY(hit.rank != MatchRank::Near);
    // Code patterns are never guessed at.
    QVERIFY(m_index->nearMatches(SearchQuery::parse(QStringLiteral("4xx"))).isEmpty());
    QVERIFY(m_index->searchOrNear(SearchQuery::parse(QStringLiteral("699")), Language::English).isEmpty());
}

void TestSearch::editDistance_countsTyposAndSwaps()
{
    QCOMPARE(editDistance(QStringLiteral("forbiden"), QStringLiteral("forbidden"), 3), 1);
    QCOMPARE(editDistance(QStringLiteral("fobridden"), QStringLiteral("forbidden"), 3), 1); // a swap is one edit
    QCOMPARE(editDistance(QStringLiteral("gatway"), QStringLiteral("gateway"), 3), 1);
    QCOMPARE(editDistance(QStringLiteral("kitten"), QStringLiteral("sitting"), 5), 3);
    QCOMPARE(editDistance(QStringLiteral("same"), QStringLiteral("same"), 1), 0);
    QVERIFY(editDistance(QStringLiteral("a"), QStringLiteral("abcdefgh"), 2) > 2); // stops counting past the limit
}

void TestSearch::referencePhrase_findsItsCodeFirst_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<int>("code");
    const QList<testdata::RegistryRow> registry = testdata::readRegistry();
    const QList<testdata::ReasonPhrase> rfc2616 = testdata::readRfc2616Phrases();
    QVERIFY2(registry.size() >= 60, "the registry copy could not be read");
    QCOMPARE(rfc2616.size(), 40); // RFC 2616 Section 6.1.1 lists 40 codes
    for (const testdata::RegistryRow &row : registry) {
        if (row.phrase != u"(Unused)")
            QTest::addRow("registry %d %s", row.code, qPrintable(row.phrase)) << row.phrase << row.code;
    }
    for (const testdata::ReasonPhrase &row : rfc2616)
        QTest::addRow("RFC 2616 %d %s", row.code, qPrintable(row.phrase)) << row.phrase << row.code;
}

void TestSearch::referencePhrase_findsItsCodeFirst()
{
    QFETCH(QString, phrase);
    QFETCH(int, code);
    for (const Language language : { Language::English, Language::Chinese }) {
        const QList<SearchHit> hits = m_index->search(phrase, language);
        QVERIFY2(!hits.isEmpty(), "nothing found");
        QCOMPARE(hits.first().code, code);
        QCOMPARE(hits.first().rank, MatchRank::Phrase);
    }
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
