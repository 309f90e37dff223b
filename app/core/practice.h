#pragma once

#include "language.h"

#include <QHash>
#include <QList>
#include <QString>

namespace codex {


// A server or platform that sends status codes: one that runs here
// (nginx, Apache httpd, an application stack), whose claims a test
// reproduces against `version`, or a platform known only from its
// vendor's documentation.
struct PracticeServer
{
    QString id;      // "nginx", "apache", "flask", "cloudflare", ...
    QString name;    // "nginx", "Apache httpd": a product name, the same in both languages
    QString version; // what the tests reproduced against ("nginx/1.22.1"); empty for a vendor platform
    bool vendor = false; // documented by its vendor, not run here
};

// One "In practice" claim: when a server sends a code, what its log says,
// the setting that governs it and what to check first.
struct PracticeClaim
{
    QString server;      // a PracticeServer id
    QString situationZh, situationEn;
    QString checkZh, checkEn;
    QString log;         // the line as the server writes it; empty when it writes none
    QString signature;   // the part of `log` that identifies the situation in any log; empty with no log
    QString setting;     // the directive and its default ("client_max_body_size 1m"); may be empty
    QString reproducedBy; // the test case that reproduces it (servers that run here)
    QString source;      // the vendor's document (vendor platforms)

    const QString &situation(Language language) const { return language == Language::Chinese ? situationZh : situationEn; }
    const QString &check(Language language) const { return language == Language::Chinese ? checkZh : checkEn; }
    bool reproduced() const { return !reproducedBy.isEmpty(); }
};

// The catalogue's "servers" and "practice" sections.
class Practice final
{
public:
    QList<PracticeServer> servers;
    QHash<int, QList<PracticeClaim>> claims; // by code, in catalogue order

    const PracticeServer *server(const QString &id) const;
    const QList<PracticeClaim> &claimsFor(int code) const;
    bool isEmpty() const { return claims.isEmpty(); }
};

} // namespace codex
