#include "practiceloader.h"

#include <QJsonArray>

namespace codex {

namespace {

constexpr int MaxText = 20000;
constexpr int MaxShort = 200;
constexpr int MaxList = 100000;

bool hasChinese(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3400 && u <= 0x9FFF) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF))
            return true;
    }
    return false;
}

class Reader final
{
public:
    QStringList errors;

    void error(const QString &where, const QString &what) { errors << where + QStringLiteral(": ") + what; }

    // A string member; absent is fine unless required. null counts as absent.
    QString text(const QString &where, const QJsonObject &object, const QString &key, int maxLength, bool required)
    {
        const QJsonValue value = object.value(key);
        const QString path = where + u'.' + key;
        if (value.isUndefined() || value.isNull()) {
            if (required)
                error(path, QStringLiteral("is missing"));
            return {};
        }
        if (!value.isString()) {
            error(path, QStringLiteral("must be a string"));
            return {};
        }
        QString result = value.toString();
        if (result.trimmed().isEmpty()) {
            error(path, QStringLiteral("must not be empty"));
            return {};
        }
        if (result.size() > maxLength) {
            error(path, QStringLiteral("is %1 characters long, more than the limit of %2").arg(result.size()).arg(maxLength));
            result.truncate(maxLength);
        }
        return result;
    }

    void localized(const QString &where, const QJsonObject &object, const QString &key, QString *zh, QString *en)
    {
        const QString path = where + u'.' + key;
        const QJsonValue value = object.value(key);
        if (!value.isObject()) {
            error(path, QStringLiteral("must be an object with \"zh\" and \"en\""));
            return;
        }
        *zh = text(path, value.toObject(), QStringLiteral("zh"), MaxText, true);
        *en = text(path, value.toObject(), QStringLiteral("en"), MaxText, true);
        if (hasChinese(*en))
            error(path + QStringLiteral(".en"), QStringLiteral("contains Chinese text"));
    }

    QJsonArray array(const QString &path, const QJsonValue &value)
    {
        if (!value.isArray()) {
            error(path, QStringLiteral("must be an array"));
            return {};
        }
        if (value.toArray().size() > MaxList) {
            error(path, QStringLiteral("has more than %1 items").arg(MaxList));
            return {};
        }
        return value.toArray();
    }

    PracticeClaim claim(const QString &where, const QJsonObject &object, const Practice &practice)
    {
        PracticeClaim claim;
        claim.server = text(where, object, QStringLiteral("server"), MaxShort, true);
        const PracticeServer *server = practice.server(claim.server);
        if (!claim.server.isEmpty() && !server)
            error(where + QStringLiteral(".server"), QStringLiteral("\"%1\" is not in \"servers\"").arg(claim.server));
        localized(where, object, QStringLiteral("situation"), &claim.situationZh, &claim.situationEn);
        localized(where, object, QStringLiteral("check"), &claim.checkZh, &claim.checkEn);
        claim.log = text(where, object, QStringLiteral("log"), MaxText, false);
        claim.signature = text(where, object, QStringLiteral("signature"), MaxShort, false);
        if (!claim.signature.isEmpty() && !claim.log.contains(claim.signature))
            error(where + QStringLiteral(".signature"), QStringLiteral("\"%1\" is not part of the log line").arg(claim.signature));
        if (claim.log.isEmpty() && !claim.signature.isEmpty())
            error(where + QStringLiteral(".signature"), QStringLiteral("needs the log line it is part of"));
        claim.setting = text(where, object, QStringLiteral("setting"), MaxShort, false);
        claim.reproducedBy = text(where, object, QStringLiteral("reproducedBy"), MaxShort, false);
        claim.source = text(where, object, QStringLiteral("source"), MaxShort * 2, false);
        if (server && server->vendor) {
            if (claim.source.isEmpty())
                error(where + QStringLiteral(".source"), QStringLiteral("is missing: a claim about %1 names the vendor's document").arg(server->name));
            if (!claim.reproducedBy.isEmpty())
                error(where + QStringLiteral(".reproducedBy"), QStringLiteral("%1 does not run here: name its document in \"source\"").arg(server->name));
        } else if (server) {
            if (claim.reproducedBy.isEmpty())
                error(where + QStringLiteral(".reproducedBy"), QStringLiteral("is missing: a claim about %1 names the test that reproduces it").arg(server->name));
            if (!claim.source.isEmpty())
                error(where + QStringLiteral(".source"), QStringLiteral("%1 runs here: its claims are reproduced, not cited").arg(server->name));
        }
        return claim;
    }
};

} // namespace

PracticeLoadResult loadPractice(const QJsonObject &root, const QSet<int> &codes)
{
    PracticeLoadResult result;
    Reader reader;
    Practice &practice = result.practice;

    if (root.contains(u"servers")) {
        const QJsonArray servers = reader.array(QStringLiteral("servers"), root.value(u"servers"));
        for (int i = 0; i < servers.size(); ++i) {
            const QString where = QStringLiteral("servers[%1]").arg(i);
            if (!servers.at(i).isObject()) {
                reader.error(where, QStringLiteral("must be an object"));
                continue;
            }
            const QJsonObject object = servers.at(i).toObject();
            PracticeServer server;
            server.id = reader.text(where, object, QStringLiteral("id"), MaxShort, true);
            server.name = reader.text(where, object, QStringLiteral("name"), MaxShort, true);
            const QJsonValue vendor = object.value(u"vendor");
            if (!vendor.isUndefined() && !vendor.isBool())
                reader.error(where + QStringLiteral(".vendor"), QStringLiteral("must be true or false"));
            server.vendor = vendor.toBool(false);
            server.version = reader.text(where, object, QStringLiteral("version"), MaxShort, !server.vendor);
            if (server.vendor && !server.version.isEmpty())
                reader.error(where + QStringLiteral(".version"), QStringLiteral("a vendor's platform is not run here and has no version reproduced against"));
            if (!server.id.isEmpty() && practice.server(server.id))
                reader.error(where + QStringLiteral(".id"), QStringLiteral("\"%1\" appears twice").arg(server.id));
            practice.servers << server;
        }
    }

    if (root.contains(u"practice")) {
        const QJsonArray items = reader.array(QStringLiteral("practice"), root.value(u"practice"));
        for (int i = 0; i < items.size(); ++i) {
            const QString where = QStringLiteral("practice[%1]").arg(i);
            if (!items.at(i).isObject()) {
                reader.error(where, QStringLiteral("must be an object with \"code\" and \"entries\""));
                continue;
            }
            const QJsonObject object = items.at(i).toObject();
            const QJsonValue codeValue = object.value(u"code");
            const int code = codeValue.isDouble() ? codeValue.toInt(0) : 0;
            if (!codeValue.isDouble() || double(code) != codeValue.toDouble() || !codes.contains(code)) {
                reader.error(where + QStringLiteral(".code"), QStringLiteral("must be a code of the catalogue"));
                continue;
            }
            if (practice.claims.contains(code)) {
                reader.error(where + QStringLiteral(".code"), QStringLiteral("code %1 appears twice").arg(code));
                continue;
            }
            const QString listPath = where + QStringLiteral(" (%1).entries").arg(code);
            const QJsonArray entries = reader.array(listPath, object.value(u"entries"));
            if (entries.isEmpty() && object.value(u"entries").isArray())
                reader.error(listPath, QStringLiteral("must hold at least one entry"));
            QList<PracticeClaim> claims;
            for (int e = 0; e < entries.size(); ++e) {
                const QString entryPath = listPath + QStringLiteral("[%1]").arg(e);
                if (!entries.at(e).isObject()) {
                    reader.error(entryPath, QStringLiteral("must be an object"));
                    continue;
                }
                claims << reader.claim(entryPath, entries.at(e).toObject(), practice);
            }
            practice.claims.insert(code, claims);
        }
    }
    result.errors = reader.errors;
    return result;
}

} // namespace codex
