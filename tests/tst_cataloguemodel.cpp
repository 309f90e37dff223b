// The tree model and its search proxy: the model contract under
// QAbstractItemModelTester while the query, the language and the catalogue
// change, and what a view of them shows.
#include "catalogueloader.h"
#include "cataloguemodel.h"
#include "searchfilterproxy.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace codex;

namespace {

QJsonObject localized(const QString &zh, const QString &en)
{
    return {{QStringLiteral("zh"), zh}, {QStringLiteral("en"), en}};
}

QJsonObject code(int code, const QString &phrase, const QString &status, const QString &zhTitle,
                 const QString &enTitle)
{
    QJsonObject object{
        {QStringLiteral("code"), code},
        {QStringLiteral("class"), code / 100},
        {QStringLiteral("phrase"), phrase},
        {QStringLiteral("status"), status},
        {QStringLiteral("reference"), QStringLiteral("Test catalogue")},
        {QStringLiteral("title"), localized(zhTitle, enTitle)},
        {QStringLiteral("aliases"), QJsonArray()},
        {QStringLiteral("summary"), localized(QStringLiteral("测试摘要"), QStringLiteral("Test summary"))},
        {QStringLiteral("descriptions"), QJsonArray()},
        {QStringLiteral("notes"), QJsonArray()},
        {QStringLiteral("related"), QJsonArray()},
    };
    if (status == u"unofficial")
        object.insert(QStringLiteral("usedBy"), localized(QStringLiteral("测试服务器"), QStringLiteral("Test servers")));
    return object;
}

// Two classes only, different names and codes from the embedded catalogue,
// so that a reload visibly changes the tree's shape.
Catalogue smallCatalogue()
{
    const QJsonObject root{
        {QStringLiteral("schema"), CatalogueLoader::SchemaVersion},
        {QStringLiteral("sources"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("test")},
                                {QStringLiteral("name"), localized(QStringLiteral("测试来源"), QStringLiteral("Test source"))},
                                {QStringLiteral("about"), localized(QStringLiteral("测试"), QStringLiteral("For tests"))}}}},
        {QStringLiteral("classes"),
         QJsonArray{
             QJsonObject{{QStringLiteral("class"), 2},
                         {QStringLiteral("name"), localized(QStringLiteral("好"), QStringLiteral("Fine"))},
                         {QStringLiteral("summary"), localized(QStringLiteral("好的"), QStringLiteral("All fine"))}},
             QJsonObject{{QStringLiteral("class"), 4},
                         {QStringLiteral("name"), localized(QStringLiteral("坏"), QStringLiteral("Wrong"))},
                         {QStringLiteral("summary"), localized(QStringLiteral("坏的"), QStringLiteral("All wrong"))}}}},
        {QStringLiteral("codes"),
         QJsonArray{
             code(200, QStringLiteral("Fine"), QStringLiteral("standard"), QStringLiteral("很好"), QStringLiteral("Fine")),
             code(299, QStringLiteral("Custom Fine"), QStringLiteral("unofficial"), QStringLiteral("自定义"),
                  QStringLiteral("Custom fine")),
             code(404, QStringLiteral("Lost"), QStringLiteral("standard"), QStringLiteral("丢失"), QStringLiteral("Lost")),
             code(418, QStringLiteral("Teapot"), QStringLiteral("unused"), QStringLiteral("茶壶"), QStringLiteral("Teapot")),
             code(451, QStringLiteral("Old Wrong"), QStringLiteral("deprecated"), QStringLiteral("旧错"),
                  QStringLiteral("Old wrong"))}},
    };
    const LoadResult result =
        CatalogueLoader::loadFromData(QJsonDocument(root).toJson(), QStringLiteral("small.json"));
    if (!result.ok())
        qFatal("small test catalogue does not load: %s", qPrintable(result.errors.join(u'\n')));
    return *result.catalogue;
}

// The queries a user types, in the order the tests replay them.
QStringList sampleQueries()
{
    return {QStringLiteral("4"),        QStringLiteral("40"),          QStringLiteral("404"),
            QStringLiteral("4xx"),      QStringLiteral("5xx"),         QStringLiteral("not"),
            QStringLiteral("not found"), QStringLiteral("Payload Too Large"), QStringLiteral("teapot"),
            QStringLiteral("未找到"),   QStringLiteral("客户端"),      QStringLiteral("cache"),
            QStringLiteral("zzzqqqxx"), QString(),                     QStringLiteral("2xx redirect"),
            QStringLiteral("  "),       QStringLiteral("3"),           QString()};
}

// The codes a view of the proxy shows, by walking it as a view does.
QList<int> visibleCodes(const QAbstractItemModel &model)
{
    QList<int> codes;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex classIndex = model.index(row, 0);
        for (int child = 0; child < model.rowCount(classIndex); ++child)
            codes << model.index(child, 0, classIndex).data(CatalogueModel::CodeRole).toInt();
    }
    return codes;
}

QList<int> visibleClassDigits(const QAbstractItemModel &model)
{
    QList<int> digits;
    for (int row = 0; row < model.rowCount(); ++row)
        digits << model.index(row, 0).data(CatalogueModel::ClassDigitRole).toInt();
    return digits;
}

} // namespace

class TestCatalogueModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelAndProxy_keepContractWhileQueryLanguageAndCatalogueChange();
    void emptyQuery_showsEveryClassAndCode();
    void query_showsOnlyMatchingCodesUnderCountedClasses_data();
    void query_showsOnlyMatchingCodesUnderCountedClasses();
    void hidingUnofficialCodes_leavesTheRegistrysOnly();
    void everyQuery_visibleCodeRowsEqualMatchCount();
    void noMatch_hidesEveryRow();
    void preferredCode_isExactCodeOrOnlyMatch_data();
    void preferredCode_isExactCodeOrOnlyMatch();
    void setQuery_signalsCountsAndResults();
    void setLanguage_switchesTitlesAndClassNames();
    void englishTitleColumn_repeatsThePhraseNowhere();
    void statusTag_movesToThePhraseColumnWhenAsked();
    void setLanguage_signalsDataChangedNotReset();
    void setLanguage_sameLanguage_signalsNothing();
    void nonStandardCodes_carryStatusTagInText();
    void statusTag_isEmptyOnlyForStandard();
    void setCatalogue_reloadsTreeAndKeepsQuery();
    void indexForCode_roundTripsThroughRoles();
    void headers_nameEveryColumn();

private:
    Catalogue m_embedded;
    std::unique_ptr<CatalogueModel> m_model;
    std::unique_ptr<SearchFilterProxy> m_proxy;
};

void TestCatalogueModel::initTestCase()
{
    const LoadResult result = CatalogueLoader::loadEmbedded();
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    m_embedded = *result.catalogue;
    QVERIFY(m_embedded.entries().size() > 50);
}

void TestCatalogueModel::init()
{
    m_model = std::make_unique<CatalogueModel>();
    m_model->setCatalogue(m_embedded);
    m_proxy = std::make_unique<SearchFilterProxy>();
    m_proxy->setCatalogueModel(m_model.get());
}

void TestCatalogueModel::cleanup()
{
    m_proxy.reset();
    m_model.reset();
}

void TestCatalogueModel::modelAndProxy_keepContractWhileQueryLanguageAndCatalogueChange()
{
    // Fresh objects with the testers attached before anything happens, so
    // that they see every signal from the first one.
    CatalogueModel model;
    SearchFilterProxy proxy;
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setCatalogueModel(&model);
    model.setCatalogue(m_embedded);
    QVERIFY(!QTest::currentTestFailed());

    const Catalogue small = smallCatalogue();
    const QList<Language> languages{Language::English, Language::Chinese};
    const QList<const Catalogue *> catalogues{&m_embedded, &small, &m_embedded};
    for (const Catalogue *catalogue : catalogues) {
        model.setCatalogue(*catalogue);
        QVERIFY(!QTest::currentTestFailed());
        for (const Language language : languages) {
            model.setLanguage(language);
            QVERIFY(!QTest::currentTestFailed());
            for (const QString &query : sampleQueries()) {
                proxy.setQuery(query);
                QVERIFY2(!QTest::currentTestFailed(), qPrintable(query));
                QCOMPARE(visibleCodes(proxy).size(), proxy.matchCount());
            }
        }
        // A reload while a query is active.
        proxy.setQuery(QStringLiteral("4xx"));
    }
    model.setLanguage(Language::English);
    proxy.setQuery(QString());
    QCOMPARE(visibleCodes(proxy).size(), m_embedded.entries().size());
}

void TestCatalogueModel::emptyQuery_showsEveryClassAndCode()
{
    QCOMPARE(m_proxy->rowCount(), m_embedded.classes().size());
    QCOMPARE(m_proxy->matchCount(), m_embedded.entries().size());
    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(m_proxy->preferredCode(), 0);
    for (const StatusClass &statusClass : m_embedded.classes()) {
        const qsizetype inClass =
            std::count_if(m_embedded.entries().cbegin(), m_embedded.entries().cend(),
                          [&](const StatusEntry &entry) { return entry.classDigit() == statusClass.digit; });
        const QModelIndex classIndex = m_proxy->mapFromSource(m_model->indexForClass(statusClass.digit));
        QVERIFY(classIndex.isValid());
        QCOMPARE(m_proxy->rowCount(classIndex), inClass);
        const qsizetype unofficial = std::count_if(m_embedded.entries().cbegin(), m_embedded.entries().cend(), [&](const StatusEntry &entry) {
            return entry.classDigit() == statusClass.digit && entry.status == CodeStatus::Unofficial;
        });
        const QString label = QStringLiteral("%1xx %2").arg(statusClass.digit).arg(statusClass.name.en);
        QCOMPARE(classIndex.data().toString(),
                 unofficial == 0 ? QStringLiteral("%1 (%2)").arg(label).arg(inClass)
                                 : QStringLiteral("%1 (%2 + %3 unofficial)").arg(label).arg(inClass - unofficial).arg(unofficial));
    }
    QCOMPARE(m_proxy->index(3, 0).data().toString(),
             QStringLiteral("4xx Client Error (%1 + %2 unofficial)")
                 .arg(m_proxy->matchCount(4) - m_proxy->unofficialCount(4))
                 .arg(m_proxy->unofficialCount(4)));
}

void TestCatalogueModel::query_showsOnlyMatchingCodesUnderCountedClasses_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("mustShow");
    QTest::addColumn<QList<int>>("mustHide");
    QTest::addColumn<QList<int>>("classes"); // exactly these classes stay; empty: not checked

    QTest::newRow("exact code") << QStringLiteral("404") << QList<int>{404} << QList<int>{400, 410, 200}
                                << QList<int>{4};
    QTest::newRow("code prefix") << QStringLiteral("41") << QList<int>{410, 413, 418}
                                 << QList<int>{404, 421, 100} << QList<int>{4};
    QTest::newRow("class pattern") << QStringLiteral("4xx") << QList<int>{400, 404, 418, 451}
                                   << QList<int>{200, 500, 302} << QList<int>{4};
    QTest::newRow("5xx") << QStringLiteral("5xx") << QList<int>{500, 503, 511} << QList<int>{404}
                         << QList<int>{5};
    QTest::newRow("phrase words") << QStringLiteral("not found") << QList<int>{404} << QList<int>{200}
                                  << QList<int>{};
    QTest::newRow("alias") << QStringLiteral("Payload Too Large") << QList<int>{413} << QList<int>{414}
                           << QList<int>{4};
    QTest::newRow("teapot alias") << QStringLiteral("teapot") << QList<int>{418} << QList<int>{404}
                                  << QList<int>{4};
    QTest::newRow("Chinese title") << QStringLiteral("未找到") << QList<int>{404} << QList<int>{}
                                   << QList<int>{};
    QTest::newRow("case and full width") << QStringLiteral("ＮＯＴ ＦＯＵＮＤ") << QList<int>{404}
                                         << QList<int>{} << QList<int>{};
}

void TestCatalogueModel::query_showsOnlyMatchingCodesUnderCountedClasses()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, mustShow);
    QFETCH(QList<int>, mustHide);
    QFETCH(QList<int>, classes);

    m_proxy->setQuery(query);
    QVERIFY(m_proxy->isFiltering());
    const QList<int> shown = visibleCodes(*m_proxy);
    for (const int code : mustShow)
        QVERIFY2(shown.contains(code), qPrintable(QString::number(code)));
    for (const int code : mustHide)
        QVERIFY2(!shown.contains(code), qPrintable(QString::number(code)));
    if (!classes.isEmpty())
        QCOMPARE(visibleClassDigits(*m_proxy), classes);

    // Each visible class says how many of its codes match, and shows them.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex classIndex = m_proxy->index(row, 0);
        const int digit = classIndex.data(CatalogueModel::ClassDigitRole).toInt();
        const int children = m_proxy->rowCount(classIndex);
        QVERIFY(children > 0);
        QCOMPARE(m_proxy->matchCount(digit), children);
        // How many are standard and how many are not, when some are not.
        const int unofficial = m_proxy->unofficialCount(digit);
        QCOMPARE(classIndex.data().toString(),
                 unofficial == 0 ? QStringLiteral("%1 (%2)").arg(m_model->classLabel(digit)).arg(children)
                                 : QStringLiteral("%1 (%2 + %3 unofficial)").arg(m_model->classLabel(digit)).arg(children - unofficial).arg(unofficial));
    }
}

void TestCatalogueModel::hidingUnofficialCodes_leavesTheRegistrysOnly()
{
    m_model->setCatalogue(m_embedded);
    m_proxy->setQuery(QString());
    const QModelIndex fourxx = m_proxy->index(3, 0);
    QCOMPARE(fourxx.data(CatalogueModel::ClassDigitRole).toInt(), 4);
    const int all = m_proxy->rowCount(fourxx);
    const int unofficial = m_proxy->unofficialCount(4);
    QVERIFY(unofficial >= 10); // nginx, IIS, Laravel, AWS, ArcGIS...
    QVERIFY(fourxx.data().toString().endsWith(QStringLiteral("(%1 + %2 unofficial)").arg(all - unofficial).arg(unofficial)));
    m_proxy->setShowUnofficial(false);
    QCOMPARE(m_proxy->rowCount(m_proxy->index(3, 0)), all - unofficial);
    QVERIFY(m_proxy->index(3, 0).data().toString().endsWith(QStringLiteral("(%1)").arg(all - unofficial)));
    for (const SearchHit &hit : m_proxy->hits())
        QVERIFY(m_embedded.entry(hit.code)->status != CodeStatus::Unofficial);
    // A search keeps them hidden too.
    m_proxy->setQuery(QStringLiteral("nginx"));
    const int registeredOnly = m_proxy->matchCount(); // codes whose texts mention nginx
    for (const SearchHit &hit : m_proxy->hits())
        QVERIFY(m_embedded.entry(hit.code)->status != CodeStatus::Unofficial);
    m_proxy->setShowUnofficial(true);
    QVERIFY(m_proxy->matchCount() >= registeredOnly + 6); // nginx's own six
    m_proxy->setQuery(QString());
}

void TestCatalogueModel::everyQuery_visibleCodeRowsEqualMatchCount()
{
    for (const Language language : {Language::English, Language::Chinese}) {
        m_model->setLanguage(language);
        for (const QString &query : sampleQueries()) {
            m_proxy->setQuery(query);
            const QList<int> shown = visibleCodes(*m_proxy);
            QCOMPARE(shown.size(), m_proxy->matchCount());
            // The same codes the core search returns, no more, no fewer.
            QSet<int> hits;
            for (const SearchHit &hit : m_proxy->hits())
                hits.insert(hit.code);
            QCOMPARE(QSet<int>(shown.cbegin(), shown.cend()), hits);
        }
    }
}

void TestCatalogueModel::noMatch_hidesEveryRow()
{
    m_proxy->setQuery(QStringLiteral("zzzqqqxx"));
    QCOMPARE(m_proxy->matchCount(), 0);
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->preferredCode(), 0);
    m_proxy->setQuery(QString());
    QCOMPARE(m_proxy->rowCount(), m_embedded.classes().size());
}

void TestCatalogueModel::preferredCode_isExactCodeOrOnlyMatch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("preferred");

    QTest::newRow("exact code") << QStringLiteral("404") << 404;
    QTest::newRow("exact code with spaces") << QStringLiteral(" 301 ") << 301;
    QTest::newRow("single match by alias") << QStringLiteral("teapot") << 418;
    QTest::newRow("single match by phrase") << QStringLiteral("Precondition Failed") << 412;
    QTest::newRow("prefix, many matches") << QStringLiteral("40") << 0;
    QTest::newRow("class, many matches") << QStringLiteral("4xx") << 0;
    QTest::newRow("no match") << QStringLiteral("zzzqqqxx") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestCatalogueModel::preferredCode_isExactCodeOrOnlyMatch()
{
    QFETCH(QString, query);
    QFETCH(int, preferred);

    m_proxy->setQuery(query);
    QCOMPARE(m_proxy->preferredCode(), preferred);
    if (preferred && m_proxy->matchCount() == 1)
        QCOMPARE(visibleCodes(*m_proxy), QList<int>{preferred});
}

void TestCatalogueModel::setQuery_signalsCountsAndResults()
{
    QSignalSpy dataChanged(m_proxy.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy results(m_proxy.get(), &SearchFilterProxy::resultsChanged);
    // Rows come and go only between resultsAboutToChange() and resultsChanged().
    // (Walked first, as a view would: the proxy reports rows it has mapped.)
    QCOMPARE(visibleCodes(*m_proxy).size(), m_embedded.entries().size());
    QStringList order;
    connect(m_proxy.get(), &SearchFilterProxy::resultsAboutToChange, this, [&order] { order << QStringLiteral("about"); });
    connect(m_proxy.get(), &QAbstractItemModel::rowsRemoved, this, [&order] {
        if (order.isEmpty() || order.constLast() != u"rows")
            order << QStringLiteral("rows");
    });
    connect(m_proxy.get(), &SearchFilterProxy::resultsChanged, this, [&order] { order << QStringLiteral("changed"); });
    m_proxy->setQuery(QStringLiteral("4xx"));
    QCOMPARE(order, QStringList({ QStringLiteral("about"), QStringLiteral("rows"), QStringLiteral("changed") }));
    disconnect(m_proxy.get(), nullptr, this, nullptr);
    QCOMPARE(results.size(), 1);
    // The class rows' counts are display data: views must hear that they changed.
    QVERIFY(!dataChanged.isEmpty());
    const QModelIndex classIndex = m_proxy->index(0, 0);
    QCOMPARE(classIndex.data().toString(), QStringLiteral("4xx Client Error (%1 + %2 unofficial)")
                                               .arg(m_proxy->matchCount() - m_proxy->unofficialCount(4))
                                               .arg(m_proxy->unofficialCount(4)));

    m_proxy->setQuery(QStringLiteral("4xx"));
    QCOMPARE(results.size(), 1); // the same query again does nothing
}

void TestCatalogueModel::setLanguage_switchesTitlesAndClassNames()
{
    const StatusEntry *notFound = m_embedded.entry(404);
    QVERIFY(notFound);
    const QModelIndex title = m_proxy->mapFromSource(m_model->indexForCode(404, CatalogueModel::TitleColumn));
    QVERIFY(title.isValid());
    // The third column is the Chinese name in both languages: in English the
    // English title would mostly repeat the reason phrase beside it.
    QCOMPARE(title.data().toString(), notFound->title.zh);
    QCOMPARE(m_model->headerData(CatalogueModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Chinese name"));
    const QModelIndex classIndex = title.parent().siblingAtColumn(0);
    QVERIFY(classIndex.data().toString().startsWith(u"4xx Client Error ("));

    m_model->setLanguage(Language::Chinese);
    QCOMPARE(m_model->language(), Language::Chinese);
    QCOMPARE(title.data().toString(), notFound->title.zh);
    QVERIFY2(classIndex.data().toString().startsWith(u"4xx 客户端错误 ("), qPrintable(classIndex.data().toString()));
    // Phrases are the protocol's own words, the same in both languages.
    QCOMPARE(title.siblingAtColumn(CatalogueModel::PhraseColumn).data().toString(), QStringLiteral("Not Found"));

    m_model->setLanguage(Language::English);
    QCOMPARE(title.data().toString(), notFound->title.zh);
}

void TestCatalogueModel::statusTag_movesToThePhraseColumnWhenAsked()
{
    // While the names column is hidden, the phrase column says the status.
    const StatusEntry *useProxy = m_embedded.entry(305);
    QVERIFY(useProxy && useProxy->status != CodeStatus::Standard);
    const QString tag = CatalogueModel::statusTag(useProxy->status);
    const QModelIndex phrase = m_model->indexForCode(305, CatalogueModel::PhraseColumn);
    const QModelIndex title = phrase.siblingAtColumn(CatalogueModel::TitleColumn);
    QCOMPARE(phrase.data().toString(), useProxy->phrase);
    QVERIFY(title.data().toString().contains(tag));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setStatusTagColumn(CatalogueModel::PhraseColumn);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(phrase.data().toString(), QStringLiteral("%1 [%2]").arg(useProxy->phrase, tag));
    QCOMPARE(title.data().toString(), useProxy->title.zh);
    // A standard code carries no tag in either column.
    QCOMPARE(m_model->indexForCode(404, CatalogueModel::PhraseColumn).data().toString(), QStringLiteral("Not Found"));

    m_model->setStatusTagColumn(CatalogueModel::TitleColumn);
    QCOMPARE(phrase.data().toString(), useProxy->phrase);
}

void TestCatalogueModel::englishTitleColumn_repeatsThePhraseNowhere()
{
    // What the column is for: in English it must not say what the phrase
    // column already says.
    m_model->setLanguage(Language::English);
    int repeats = 0;
    for (const StatusEntry &entry : m_embedded.entries()) {
        const QString phrase = m_model->indexForCode(entry.code, CatalogueModel::PhraseColumn).data().toString();
        const QString title = m_model->indexForCode(entry.code, CatalogueModel::TitleColumn).data().toString();
        if (title.startsWith(phrase, Qt::CaseInsensitive))
            ++repeats;
    }
    QCOMPARE(repeats, 0);
}

void TestCatalogueModel::setLanguage_signalsDataChangedNotReset()
{
    QSignalSpy languageChanged(m_model.get(), &CatalogueModel::languageChanged);
    QSignalSpy modelDataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy proxyDataChanged(m_proxy.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy modelReset(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->setLanguage(Language::Chinese);
    QCOMPARE(languageChanged.size(), 1);
    QCOMPARE(languageChanged.first().first().value<Language>(), Language::Chinese);
    QVERIFY(!modelDataChanged.isEmpty());
    QVERIFY(!proxyDataChanged.isEmpty());
    QCOMPARE(modelReset.size(), 0); // views keep selection and expansion

    // Every code row is covered by some dataChanged range.
    QSet<int> covered;
    for (const QList<QVariant> &arguments : std::as_const(modelDataChanged)) {
        const auto topLeft = arguments.at(0).value<QModelIndex>();
        const auto bottomRight = arguments.at(1).value<QModelIndex>();
        if (!topLeft.parent().isValid() || bottomRight.column() < CatalogueModel::TitleColumn)
            continue;
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            covered.insert(m_model->index(row, 0, topLeft.parent()).data(CatalogueModel::CodeRole).toInt());
    }
    QCOMPARE(covered.size(), m_embedded.entries().size());
}

void TestCatalogueModel::setLanguage_sameLanguage_signalsNothing()
{
    QSignalSpy languageChanged(m_model.get(), &CatalogueModel::languageChanged);
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setLanguage(m_model->language());
    QCOMPARE(languageChanged.size(), 0);
    QCOMPARE(dataChanged.size(), 0);
}

void TestCatalogueModel::nonStandardCodes_carryStatusTagInText()
{
    int marked = 0;
    for (const Language language : {Language::English, Language::Chinese}) {
        m_model->setLanguage(language);
        for (const StatusEntry &entry : m_embedded.entries()) {
            const QModelIndex title = m_model->indexForCode(entry.code, CatalogueModel::TitleColumn);
            const QString text = title.data().toString();
            QCOMPARE(title.data(CatalogueModel::StatusRole).toInt(), int(entry.status));
            if (entry.status == CodeStatus::Standard) {
                QCOMPARE(text, entry.title.zh);
                continue;
            }
            // Not by colour alone: the words say it too.
            ++marked;
            const QString tag = CatalogueModel::statusTag(entry.status);
            QVERIFY(!tag.isEmpty());
            QVERIFY2(text.contains(tag), qPrintable(text));
            QVERIFY(text.contains(entry.title.zh));
        }
    }
    QVERIFY(marked >= 2 * 5); // 104, 305, 306, 418, 449, 509, 510 in the embedded catalogue
}

void TestCatalogueModel::statusTag_isEmptyOnlyForStandard()
{
    QVERIFY(CatalogueModel::statusTag(CodeStatus::Standard).isEmpty());
    QSet<QString> tags;
    for (const CodeStatus status : {CodeStatus::Deprecated, CodeStatus::Unused, CodeStatus::Obsoleted,
                                    CodeStatus::Temporary, CodeStatus::Unofficial}) {
        const QString tag = CatalogueModel::statusTag(status);
        QVERIFY(!tag.isEmpty());
        tags.insert(tag);
    }
    QCOMPARE(tags.size(), 5);
}

void TestCatalogueModel::setCatalogue_reloadsTreeAndKeepsQuery()
{
    QSignalSpy catalogueChanged(m_model.get(), &CatalogueModel::catalogueChanged);
    QSignalSpy proxyReset(m_proxy.get(), &QAbstractItemModel::modelReset);
    m_proxy->setQuery(QStringLiteral("4xx"));

    m_model->setCatalogue(smallCatalogue());
    QCOMPARE(catalogueChanged.size(), 1);
    QVERIFY(!proxyReset.isEmpty());
    QCOMPARE(m_proxy->query(), QStringLiteral("4xx"));
    QCOMPARE(visibleCodes(*m_proxy), (QList<int>{404, 418, 451}));
    QCOMPARE(m_proxy->index(0, 0).data().toString(), QStringLiteral("4xx Wrong (3)"));
    QCOMPARE(m_proxy->matchCount(), 3);

    m_proxy->setQuery(QString());
    QCOMPARE(visibleClassDigits(*m_proxy), (QList<int>{2, 4}));
    QCOMPARE(visibleCodes(*m_proxy), (QList<int>{200, 299, 404, 418, 451}));
    QVERIFY(!m_model->indexForCode(500).isValid());
    m_proxy->setQuery(QStringLiteral("Lost"));
    QCOMPARE(m_proxy->preferredCode(), 404);

    // The search index follows the catalogue: old codes no longer match.
    m_proxy->setQuery(QStringLiteral("Precondition Failed"));
    QCOMPARE(m_proxy->matchCount(), 0);

    m_model->setCatalogue(m_embedded);
    QCOMPARE(m_proxy->matchCount(), 1);
    QCOMPARE(m_proxy->preferredCode(), 412);
    m_proxy->setQuery(QString());
    QCOMPARE(m_proxy->rowCount(), m_embedded.classes().size());
}

void TestCatalogueModel::indexForCode_roundTripsThroughRoles()
{
    for (const StatusEntry &entry : m_embedded.entries()) {
        const QModelIndex index = m_model->indexForCode(entry.code);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(CatalogueModel::CodeRole).toInt(), entry.code);
        QCOMPARE(index.data().toInt(), entry.code);
        QCOMPARE(index.parent(), m_model->indexForClass(entry.classDigit()));
        QCOMPARE(m_embedded.entries().at(index.data(CatalogueModel::EntryIndexRole).toInt()).code, entry.code);
    }
    QVERIFY(!m_model->indexForCode(999).isValid());
    QVERIFY(!m_model->indexForClass(9).isValid());
    QCOMPARE(m_model->indexForClass(4).data(CatalogueModel::CodeRole).toInt(), 0);
}

void TestCatalogueModel::headers_nameEveryColumn()
{
    QCOMPARE(m_model->columnCount(), int(CatalogueModel::ColumnCount));
    QSet<QString> names;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString name = m_proxy->headerData(column, Qt::Horizontal).toString();
        QVERIFY(!name.isEmpty());
        names.insert(name);
    }
    QCOMPARE(names.size(), int(CatalogueModel::ColumnCount));
}

QTEST_MAIN(TestCatalogueModel)
#include "tst_cataloguemodel.moc"
