// One word for one thing: the catalogue's own Chinese text and the
// interface translation use the terms of resources/terminology.tsv, never
// the variants it lists. The sources' own words are exempt: their
// descriptions, the exact passages a correction targets, their display
// names, and what the catalogue quotes from them in “…”.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

const QString TermsFile = QStringLiteral(CODEX_SOURCE_DIR "/resources/terminology.tsv");
const QString CatalogueFile = QStringLiteral(CODEX_SOURCE_DIR "/resources/catalogue.json");
const QString TsFile = QStringLiteral(CODEX_SOURCE_DIR "/translations/statuscodex_zh_CN.ts");

struct Term
{
    QString zh;
    QString en;
    QStringList variants;
    QStringList exceptions; // phrases in which a variant has another meaning
    QString origin;
};

struct Text
{
    QString place;
    QString zh;
};

QList<Term> readTerms(QString *error)
{
    QFile file(TermsFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = TermsFile + QStringLiteral(": ") + file.errorString();
        return {};
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QList<Term> terms;
    for (int i = 1; i < lines.size(); ++i) { // the first line names the columns
        const QStringList columns = lines.at(i).split(u'\t');
        if (columns.size() != 5) {
            *error = QStringLiteral("%1:%2: %3 columns, expected 5").arg(TermsFile).arg(i + 1).arg(columns.size());
            return {};
        }
        const auto list = [](const QString &cell) { return cell.split(u'|', Qt::SkipEmptyParts); };
        terms << Term{columns.at(0), columns.at(1), list(columns.at(2)), list(columns.at(3)), columns.at(4)};
    }
    return terms;
}

// Every {"zh", "en"} text of a catalogue that is the catalogue's own words.
void collect(const QJsonValue &value, const QString &place, QList<Text> *texts)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            collect(array.at(i), QStringLiteral("%1[%2]").arg(place).arg(i), texts);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    if (object.size() == 2 && object.value(u"zh").isString() && object.value(u"en").isString()) {
        texts->append({place + QStringLiteral(".zh"), object.value(u"zh").toString()});
        return;
    }
    QString where = place;
    if (object.value(u"code").isDouble())
        where += QStringLiteral(" (%1)").arg(object.value(u"code").toInt());
    for (auto it = object.begin(); it != object.end(); ++it) {
        // A source's text and the passage of it a correction is about are
        // the source's words.
        if (it.key() == u"descriptions" || it.key() == u"target")
            continue;
        collect(it.value(), where.isEmpty() ? it.key() : where + u'.' + it.key(), texts);
    }
}

struct Hit
{
    QString place;
    QString variant;
    QString term;
    QString context;
};

// The variants in each text, once the exempt parts are blanked out (with as
// many characters, so that the context shown stays where it was).
QList<Hit> variantsIn(const QList<Text> &texts, const QList<Term> &terms, const QStringList &exempt)
{
    QStringList masked = exempt;
    for (const Term &term : terms)
        masked += term.exceptions;
    // Longest first, so that a phrase inside another is not blanked alone.
    std::sort(masked.begin(), masked.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QList<Hit> hits;
    for (const Text &text : texts) {
        QString zh = text.zh;
        for (const QString &phrase : std::as_const(masked)) {
            for (qsizetype at = zh.indexOf(phrase); at >= 0; at = zh.indexOf(phrase, at + phrase.size()))
                zh.replace(at, phrase.size(), QString(phrase.size(), u'\u2591'));
        }
        for (const Term &term : terms) {
            for (const QString &variant : term.variants) {
                const qsizetype at = zh.indexOf(variant);
                if (at >= 0)
                    hits << Hit{text.place, variant, term.zh, text.zh.mid(qMax(qsizetype(0), at - 12), variant.size() + 24)};
            }
        }
    }
    return hits;
}

// The catalogue's own text, its quotations of the sources blanked out.
QList<Text> catalogueTexts(const QJsonObject &catalogue, QStringList *sourceNames)
{
    QList<Text> texts;
    QJsonObject rest = catalogue;
    const QJsonArray sources = catalogue.value(u"sources").toArray();
    QJsonArray abouts;
    for (const QJsonValue &source : sources) {
        // A source's display name is a name (速查表 is the Quick reference table).
        sourceNames->append(source.toObject().value(u"name").toObject().value(u"zh").toString());
        abouts.append(source.toObject().value(u"about"));
    }
    rest.remove(QStringLiteral("sources"));
    collect(abouts, QStringLiteral("sources.about"), &texts);
    collect(rest, QString(), &texts);
    static const QRegularExpression quotation(QStringLiteral("“[^”]*”"));
    for (Text &text : texts) {
        for (auto it = quotation.globalMatch(text.zh); it.hasNext();) {
            const auto match = it.next();
            text.zh.replace(match.capturedStart(), match.capturedLength(), QString(match.capturedLength(), u'\u2591'));
        }
    }
    return texts;
}

QString describe(const QList<Hit> &hits)
{
    QStringList lines;
    for (const Hit &hit : hits)
        lines << QStringLiteral("%1: \"%2\" where the term is \"%3\": …%4…").arg(hit.place, hit.variant, hit.term, hit.context);
    return lines.join(u'\n');
}

QJsonObject readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestTerminology final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void list_namesEveryTermOnceWithItsOrigin();
    void checker_findsVariantsAndSparesTheSourcesWords();
    void catalogue_usesTheTerms();
    void interfaceTranslation_usesTheTerms();

private:
    QList<Term> m_terms;
};

void TestTerminology::initTestCase()
{
    QString error;
    m_terms = readTerms(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!m_terms.isEmpty());
}

void TestTerminology::list_namesEveryTermOnceWithItsOrigin()
{
    // The terms every developer writes with (the common notes, issue 20).
    const QStringList required{QStringLiteral("头字段"), QStringLiteral("表示"),     QStringLiteral("内容"),
                               QStringLiteral("状态码"), QStringLiteral("原因短语"), QStringLiteral("牌组"),
                               QStringLiteral("卡片"),   QStringLiteral("闪卡"),     QStringLiteral("选码指南"),
                               QStringLiteral("对比"),   QStringLiteral("速查单"),   QStringLiteral("状态码库"),
                               QStringLiteral("更正"),   QStringLiteral("来源"),     QStringLiteral("情景"),
                               QStringLiteral("学习"),   QStringLiteral("模拟考试"), QStringLiteral("错题本"),
                               QStringLiteral("星标")};
    QStringList terms;
    QStringList variants;
    for (const Term &term : std::as_const(m_terms)) {
        QVERIFY2(!terms.contains(term.zh), qPrintable(term.zh + QStringLiteral(" is listed twice")));
        terms << term.zh;
        QVERIFY2(!term.en.isEmpty() && !term.origin.isEmpty(), qPrintable(term.zh));
        for (const QString &variant : term.variants) {
            // A variant inside its own term would flag every right use.
            QVERIFY2(!term.zh.contains(variant), qPrintable(term.zh + QStringLiteral(" contains ") + variant));
            QVERIFY2(!variants.contains(variant), qPrintable(variant + QStringLiteral(" replaces two terms")));
            variants << variant;
        }
        for (const QString &exception : term.exceptions) {
            const bool spares = std::any_of(term.variants.cbegin(), term.variants.cend(),
                                            [&](const QString &variant) { return exception.contains(variant); });
            QVERIFY2(spares, qPrintable(exception + QStringLiteral(" contains none of the variants of ") + term.zh));
        }
    }
    for (const QString &term : required)
        QVERIFY2(terms.contains(term), qPrintable(term));
    for (const QString &term : std::as_const(terms))
        QVERIFY2(!variants.contains(term), qPrintable(term + QStringLiteral(" is both a term and a variant")));
}

void TestTerminology::checker_findsVariantsAndSparesTheSourcesWords()
{
    const QByteArray json = R"({
      "sources": [{"id": "quickref", "name": {"zh": "速查表", "en": "Quick reference table"},
                   "about": {"zh": "一张速查表，每行一个状态码。", "en": "A table."}}],
      "codes": [{
        "code": 503,
        "summary": {"zh": "可以带 Retry-After 首部。", "en": "May carry Retry-After."},
        "descriptions": [{"source": "quickref", "text": {"zh": "带 Retry-After 头部。", "en": "With a Retry-After header."}}],
        "notes": [{"source": "quickref", "target": {"zh": "头部", "en": "header"},
                   "text": {"zh": "速查表称“带 Retry-After 头部”；应说头字段，程序的代码另当别论。", "en": "The table says header."}}]
      }],
      "groups": [{"id": "g", "name": {"zh": "比较", "en": "Compare"}, "summary": {"zh": "两个代码按强比较判断。", "en": "Two."}}]
    })";
    QStringList names;
    const QList<Hit> hits = variantsIn(catalogueTexts(QJsonDocument::fromJson(json).object(), &names), m_terms, names);
    QStringList found;
    for (const Hit &hit : hits)
        found << hit.place + u' ' + hit.variant;
    found.sort();
    // Not the description, the target, the source's name (in its "about"
    // too) or the quotation;
    // 程序的代码 and 强比较 have their own meanings.
    QCOMPARE(found, (QStringList{QStringLiteral("codes[0] (503).summary.zh 首部"), QStringLiteral("groups[0].name.zh 比较"),
                                 QStringLiteral("groups[0].summary.zh 代码")}));
    // In the interface 速查表 is no name of a source: the app's sheet is 速查单.
    const QList<Hit> interface = variantsIn({Text{QStringLiteral("CheatSheetDialog"), QStringLiteral("保存速查表")}}, m_terms, {});
    QCOMPARE(interface.size(), 1);
    QCOMPARE(interface.first().term, QStringLiteral("速查单"));
}

void TestTerminology::catalogue_usesTheTerms()
{
    const QJsonObject catalogue = readCatalogue(CatalogueFile);
    QVERIFY2(!catalogue.isEmpty(), qPrintable(CatalogueFile));
    QStringList names;
    const QList<Text> texts = catalogueTexts(catalogue, &names);
    QVERIFY(texts.size() > 500);
    QVERIFY(names.contains(QStringLiteral("速查表")));
    const QList<Hit> hits = variantsIn(texts, m_terms, names);
    QVERIFY2(hits.isEmpty(), qPrintable(describe(hits)));
}

void TestTerminology::interfaceTranslation_usesTheTerms()
{
    QFile file(TsFile);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(TsFile));
    QXmlStreamReader xml(&file);
    QList<Text> texts;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation" || xml.name() == u"numerusform") {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!translation.isEmpty())
                texts << Text{QStringLiteral("%1 \"%2\"").arg(context, source.left(60)), translation};
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(texts.size() > 300);
    const QList<Hit> hits = variantsIn(texts, m_terms, {});
    QVERIFY2(hits.isEmpty(), qPrintable(describe(hits)));
}

QTEST_GUILESS_MAIN(TestTerminology)
#include "tst_terminology.moc"
