#pragma once

#include "catalogue.h"

#include <QList>
#include <QString>
#include <QStringMatcher>
#include <QStringView>

namespace codex {

// What one log line says: the code it names and, when the line is a
// server's own message, the "In practice" claim that explains it.
struct LogMatch
{
    enum class Kind { None, Message, AccessLog, StatusLine };
    Kind kind = Kind::None;
    int code = 0;
    // The server that wrote it and the claim that explains it: from a
    // message's signature, or for a code only one server sends; else empty.
    QString server;
    const PracticeClaim *claim = nullptr;

    bool recognised() const { return code != 0; }
};

// Recognises pasted log lines: a server message quoted in the catalogue's
// practice section (nginx's "upstream timed out ..." -> 504), an access-log
// line ("GET /x HTTP/1.1" 499 0) and a status line (curl -v's
// "< HTTP/1.1 413 Request Entity Too Large"). Built once per catalogue,
// which must outlive it; match() allocates nothing, so a whole log is read
// in constant memory.
class LogMatcher final
{
public:
    explicit LogMatcher(const Catalogue &catalogue);

    LogMatch match(QStringView line) const;
    // A line long enough and shaped enough to be worth matching at all.
    static bool looksLikeLog(QStringView text);

private:
    struct Signature
    {
        QStringMatcher text; // Boyer-Moore: a line costs a few skips per signature, not a scan
        int code = 0;
        const PracticeClaim *claim = nullptr;
    };
    int knownCode(QStringView digits) const;
    const PracticeClaim *soleClaim(int code) const;

    const Catalogue *m_catalogue;
    QList<Signature> m_signatures; // in catalogue order
    qsizetype m_shortest = 0;      // no line shorter than this holds a signature
};

} // namespace codex
