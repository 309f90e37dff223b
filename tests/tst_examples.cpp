// Every example exchange in the catalogue, parsed as HTTP/1.1 messages: the
// request line, each header line, the status line with the code and the
// registry's phrase (a vendor's code: the line the vendor sends), and the
// header fields the code requires.
#include "catalogueloader.h"

#include <QRegularExpression>
#include <QTest>

#include <optional>

using namespace codex;

namespace {

struct Message
{
    QString startLine;
    QStringList headerNames; // lower case
    QString body;
};

// Messages one after another (1xx interim responses, then the final one),
// each a start line, header lines and, after a blank line, maybe a body.
QList<Message> parseMessages(const QString &text, QString *problem)
{
    static const QRegularExpression header(QStringLiteral("^([A-Za-z0-9-]+): (.+)$"));
    static const QRegularExpression statusLine(QStringLiteral("^HTTP/1\\.1 [1-5][0-9][0-9] .+$"));
    QList<Message> messages;
    const QStringList lines = text.split(u'\n');
    qsizetype i = 0;
    while (i < lines.size()) {
        if (lines.at(i).isEmpty()) {
            ++i;
            continue;
        }
        Message message;
        message.startLine = lines.at(i++);
        while (i < lines.size() && !lines.at(i).isEmpty()) {
            const QRegularExpressionMatch match = header.match(lines.at(i));
            if (!match.hasMatch()) {
                *problem = QStringLiteral("not a header line: ") + lines.at(i);
                return {};
            }
            message.headerNames << match.captured(1).toLower();
            ++i;
        }
        ++i; // the blank line
        // A body runs to the next status line (an interim response's final one) or the end.
        QStringList body;
        while (i < lines.size() && !statusLine.match(lines.at(i)).hasMatch())
            body << lines.at(i++);
        message.body = body.join(u'\n').trimmed();
        messages << message;
    }
    return messages;
}

} // namespace

class TestExamples final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCodeAServerSends_hasAnExample();
    void example_parsesAsAnHttpExchange_data();
    void example_parsesAsAnHttpExchange();

private:
    std::optional<Catalogue> m_catalogue;
};

void TestExamples::initTestCase()
{
    const LoadResult result = CatalogueLoader::loadEmbedded();
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    m_catalogue = result.catalogue;
}

void TestExamples::everyCodeAServerSends_hasAnExample()
{
    // Numbers that never reach a client as a status line: nginx's 444 closes
    // the connection, its 494 to 497 and 499 are written to the access log
    // while the client gets a 400 or nothing, ELB's 460 is logged after the
    // client left, ArcGIS puts 498 and 499 in a JSON error body, and 598 and
    // 599 have no vendor documentation of their form on the wire.
    const QList<int> neverOnTheWire{444, 460, 494, 495, 496, 497, 498, 499, 598, 599};
    QStringList missing;
    for (const StatusEntry &entry : m_catalogue->entries()) {
        // Reserved numbers are never sent; 208 only ever appears inside a 207 body.
        const bool sent = entry.status != CodeStatus::Unused && entry.code != 208 && !neverOnTheWire.contains(entry.code);
        if (sent && entry.example.isEmpty())
            missing << QString::number(entry.code);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
}

void TestExamples::example_parsesAsAnHttpExchange_data()
{
    QTest::addColumn<int>("code");
    for (const StatusEntry &entry : m_catalogue->entries()) {
        if (!entry.example.isEmpty())
            QTest::addRow("%d", entry.code) << entry.code;
    }
}

void TestExamples::example_parsesAsAnHttpExchange()
{
    QFETCH(int, code);
    const StatusEntry &entry = *m_catalogue->entry(code);
    const QStringList parts = entry.example.split(QStringLiteral("\n---\n"));
    QCOMPARE(parts.size(), 2);
    QString problem;
    const QList<Message> requests = parseMessages(parts.at(0), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(requests.size(), 1);
    static const QRegularExpression requestLine(QStringLiteral("^[A-Z]+ \\S+ HTTP/1\\.1$"));
    QVERIFY2(requestLine.match(requests.first().startLine).hasMatch(), qPrintable(requests.first().startLine));
    QVERIFY(requests.first().headerNames.contains(QStringLiteral("host")));

    const QList<Message> responses = parseMessages(parts.at(1), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!responses.isEmpty());
    // The first response is this code with the registry's phrase; but 424
    // reports an action that failed because another one in the same request
    // failed, so it is shown where RFC 4918 (Section 11.4) puts it: inside
    // the 207 that answers the whole request. A vendor's code shows the status
    // line the vendor really sends, which may carry another phrase or none
    // (Laravel's 419 goes out as "unknown status", Cloudflare's 530 with an
    // empty one).
    const QString statusLine = QStringLiteral("HTTP/1.1 %1 %2").arg(code).arg(entry.phrase);
    if (code == 424) {
        QCOMPARE(responses.first().startLine, QStringLiteral("HTTP/1.1 207 Multi-Status"));
        QVERIFY2(responses.first().body.contains(QStringLiteral("<D:status>%1</D:status>").arg(statusLine)),
                 qPrintable(responses.first().body));
        // ... next to the failure it depended on.
        static const QRegularExpression otherFailure(QStringLiteral("<D:status>HTTP/1\\.1 4(?!24)\\d\\d "));
        QVERIFY2(otherFailure.match(responses.first().body).hasMatch(), qPrintable(responses.first().body));
    } else if (entry.status == CodeStatus::Unofficial) {
        QVERIFY2(responses.first().startLine.startsWith(QStringLiteral("HTTP/1.1 %1 ").arg(code)),
                 qPrintable(responses.first().startLine));
    } else {
        QCOMPARE(responses.first().startLine, statusLine);
    }
    const QStringList &headers = responses.first().headerNames;
    // An interim response is followed by a final one; a final 1xx, 204 or 304 has no body.
    // After a 101 the connection speaks the new protocol (WebSocket frames,
    // say: RFC 9110 Section 15.2.2), so no HTTP/1.1 response follows it.
    if (code == 101) {
        QCOMPARE(responses.size(), 1);
    } else if (code / 100 == 1) {
        QVERIFY(responses.size() >= 2);
        QVERIFY(!responses.last().startLine.startsWith(u"HTTP/1.1 1"));
    }
    if (code / 100 == 1 || code == 204 || code == 304)
        QVERIFY2(responses.first().body.isEmpty(), qPrintable(responses.first().body));
    // The header fields that go with the code.
    QStringList required;
    if (code == 201 || (code / 100 == 3 && code != 304 && code != 300))
        required << QStringLiteral("location");
    const QList<std::pair<int, const char *>> byCode{{401, "www-authenticate"}, {407, "proxy-authenticate"},
                                                     {405, "allow"},            {429, "retry-after"},
                                                     {503, "retry-after"},      {206, "content-range"},
                                                     {416, "content-range"},    {304, "etag"},
                                                     {103, "link"},             {101, "upgrade"},
                                                     {426, "upgrade"},          {457, "x-ms-credential-service-url"}};
    for (const auto &[each, name] : byCode) {
        if (each == code)
            required << QString::fromLatin1(name);
    }
    // Every header field the facts say the code must carry.
    for (const HeaderFact &fact : entry.facts.headers) {
        if (fact.requirement == HeaderFact::Requirement::Must && fact.name.compare(u"Content-Type", Qt::CaseInsensitive)
            && code != 206 && code != 304) // their musts hold only when a 200 would have carried the field
            required << fact.name.toLower();
    }
    for (const QString &name : std::as_const(required))
        QVERIFY2(headers.contains(name), qPrintable(QStringLiteral("%1 lacks %2").arg(code).arg(name)));
}

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
