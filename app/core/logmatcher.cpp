#include "logmatcher.h"

#include <algorithm>

namespace codex {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// "HTTP/1.1 413 ..." or "HTTP/2 502": the code, or an empty view.
QStringView statusLineCode(QStringView line)
{
    line = line.trimmed();
    if (line.startsWith(u"< "))
        line = line.mid(2);
    if (!line.startsWith(u"HTTP/"))
        return {};
    qsizetype at = 5;
    while (at < line.size() && (isDigit(line.at(at)) || line.at(at) == u'.'))
        ++at;
    if (at == 5 || at + 4 > line.size() || line.at(at) != u' ')
        return {};
    const QStringView digits = line.mid(at + 1, 3);
    if (!isDigit(digits.at(0)) || !isDigit(digits.at(1)) || !isDigit(digits.at(2)))
        return {};
    if (at + 4 < line.size() && line.at(at + 4) != u' ')
        return {};
    return digits;
}

// The common and combined access-log formats (nginx, Apache, and Python's
// http.server and Werkzeug, which copy them): the quoted request line, then
// the status: "GET /x HTTP/1.1" 499 0.
QStringView accessLogCode(QStringView line)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype quote = line.indexOf(u"\" ", from);
        if (quote < 0 || quote + 5 > line.size())
            return {};
        const QStringView digits = line.mid(quote + 2, 3);
        const bool ends = quote + 5 == line.size() || line.at(quote + 5) == u' ';
        if (ends && isDigit(digits.at(0)) && isDigit(digits.at(1)) && isDigit(digits.at(2))
            && line.left(quote).contains(u" HTTP/"))
            return digits;
        from = quote + 1;
    }
}

// Which server wrote an error-log line, from its shape: nginx's
// "2026/12/08 01:02:03 [error] 123#123: ...", Apache's "[... ] [core:error] [pid ...] AH00124: ...".
QString serverFromShape(QStringView line)
{
    if (line.size() > 22 && isDigit(line.at(0)) && line.at(4) == u'/' && line.at(7) == u'/' && line.at(19) == u' '
        && line.at(20) == u'[')
        return QStringLiteral("nginx");
    if (line.startsWith(u'[') && line.contains(u"] [pid ") && line.contains(u" AH"))
        return QStringLiteral("apache");
    return {};
}

} // namespace

LogMatcher::LogMatcher(const Catalogue &catalogue)
    : m_catalogue(&catalogue)
{
    // Catalogue order, codes ascending: where two signatures fit one line
    // (Apache's AH01102 after a timeout), the claim listed first wins.
    const Practice &practice = catalogue.practice();
    QList<int> codes = practice.claims.keys();
    std::sort(codes.begin(), codes.end());
    for (const int code : std::as_const(codes)) {
        for (const PracticeClaim &claim : practice.claimsFor(code)) {
            if (claim.signature.isEmpty())
                continue;
            m_signatures << Signature{QStringMatcher(claim.signature), code, &claim};
            m_shortest = m_shortest ? std::min(m_shortest, claim.signature.size()) : claim.signature.size();
        }
    }
}

int LogMatcher::knownCode(QStringView digits) const
{
    if (digits.size() != 3)
        return 0;
    const int code = (digits.at(0).unicode() - u'0') * 100 + (digits.at(1).unicode() - u'0') * 10
                   + (digits.at(2).unicode() - u'0');
    return m_catalogue->entry(code) ? code : 0;
}

const PracticeClaim *LogMatcher::soleClaim(int code) const
{
    const QList<PracticeClaim> &claims = m_catalogue->practice().claimsFor(code);
    if (claims.isEmpty())
        return nullptr;
    for (const PracticeClaim &claim : claims) {
        if (claim.server != claims.first().server)
            return nullptr;
    }
    return &claims.first();
}

LogMatch LogMatcher::match(QStringView line) const
{
    LogMatch result;
    // A status or access-log line does not say who wrote it; a code only one
    // server sends (nginx's 499) does.
    const auto byCode = [this, &result](LogMatch::Kind kind, int code) {
        result.kind = kind;
        result.code = code;
        if ((result.claim = soleClaim(code)))
            result.server = result.claim->server;
        return result;
    };
    if (const int code = knownCode(statusLineCode(line)))
        return byCode(LogMatch::Kind::StatusLine, code);
    if (const int code = knownCode(accessLogCode(line)))
        return byCode(LogMatch::Kind::AccessLog, code);
    if (line.size() < m_shortest)
        return result;
    for (const Signature &signature : m_signatures) {
        if (signature.text.indexIn(line) >= 0) {
            result.kind = LogMatch::Kind::Message;
            result.code = signature.code;
            result.claim = signature.claim;
            result.server = signature.claim->server;
            return result;
        }
    }
    return result;
}

bool LogMatcher::looksLikeLog(QStringView text)
{
    text = text.trimmed();
    if (text.size() < 12)
        return false;
    return !statusLineCode(text).isEmpty() || !accessLogCode(text).isEmpty() || !serverFromShape(text).isEmpty();
}

} // namespace codex
