#include "explaincommand.h"

#include "logmatcher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace codex {

namespace {

QJsonObject localized(const QString &zh, const QString &en)
{
    return {{QStringLiteral("zh"), zh}, {QStringLiteral("en"), en}};
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue reproducedJson(const Catalogue &catalogue, const PracticeClaim &claim)
{
    if (!claim.reproduced())
        return QJsonValue::Null;
    const PracticeServer *server = catalogue.practice().server(claim.server);
    return QJsonObject{{QStringLiteral("test"), claim.reproducedBy},
                       {QStringLiteral("version"), server ? server->version : QString()}};
}

// A JSON string, written by hand: a log of a hundred thousand lines would
// otherwise build as many QJsonObjects, which cost more than the matching.
void writeJsonString(QTextStream &out, QStringView text)
{
    out << '"';
    qsizetype plain = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out << text.mid(plain, i - plain);
        plain = i + 1;
        switch (c) {
        case u'"': out << "\\\""; break;
        case u'\\': out << "\\\\"; break;
        case u'\n': out << "\\n"; break;
        case u'\r': out << "\\r"; break;
        case u'\t': out << "\\t"; break;
        default: out << QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        }
    }
    out << text.mid(plain) << '"';
}

void writeJsonMember(QTextStream &out, const char *key, const QString &value, bool first = false)
{
    out << (first ? "{\"" : ",\"") << key << "\":";
    if (value.isNull())
        out << "null";
    else
        writeJsonString(out, value);
}

QString shortened(const QString &line, int length)
{
    return line.size() <= length ? line : line.left(length - 1) + QChar(0x2026);
}

} // namespace

QJsonArray ExplainCommand::practiceJson(const Catalogue &catalogue, int code)
{
    QJsonArray claims;
    for (const PracticeClaim &claim : catalogue.practice().claimsFor(code)) {
        QJsonObject object{
            {QStringLiteral("server"), claim.server},
            {QStringLiteral("situation"), localized(claim.situationZh, claim.situationEn)},
            {QStringLiteral("check"), localized(claim.checkZh, claim.checkEn)},
            {QStringLiteral("log"), nullable(claim.log)},
            {QStringLiteral("setting"), nullable(claim.setting)},
        };
        if (claim.reproduced())
            object.insert(QStringLiteral("reproducedBy"), reproducedJson(catalogue, claim));
        else
            object.insert(QStringLiteral("source"), claim.source);
        claims << object;
    }
    return claims;
}

int ExplainCommand::run(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &in,
                        QTextStream &out, QTextStream &err)
{
    const Language language = options.language.value_or(systemLanguage());
    const LogMatcher matcher(catalogue);
    QMap<int, int> seen; // code -> lines
    qint64 lines = 0;
    qint64 recognised = 0;

    // Looked up once: a translation lookup per printed line costs more than the match.
    //: explain: why the server sent the code.
    const QString causeLabel = tr("Cause: %1");
    //: explain: what to look at first.
    const QString checkLabel = tr("Check: %1");
    //: explain: the claim was reproduced by a test against this server version.
    const QString reproducedLabel = tr("Reproduced against %1 (%2)");
    //: explain: the claim comes from the vendor's documentation.
    const QString vendorLabel = tr("From the vendor's documentation: %1");
    //: explain: several servers send this code; show lists what each does.
    const QString severalLabel = tr("Several servers send it: status-codex show %1 lists each");
    const auto explain = [&](const QString &line) {
        if (line.trimmed().isEmpty())
            return;
        ++lines;
        LogMatch match = matcher.match(line);
        if (!match.recognised())
            return;
        ++recognised;
        ++seen[match.code];
        const StatusEntry *entry = catalogue.entry(match.code);
        const PracticeClaim *claim = match.claim;
        const QString &server = match.server;
        const QString cause = claim ? claim->situation(language)
                                    : (entry->oneLine.in(language).isEmpty() ? entry->title.in(language)
                                                                             : entry->oneLine.in(language));
        const QString check = claim ? claim->check(language) : QString();
        if (options.json) {
            writeJsonMember(out, "line", line, true);
            out << ",\"code\":" << match.code;
            writeJsonMember(out, "server", server.isEmpty() ? QString() : server);
            writeJsonMember(out, "cause", cause);
            writeJsonMember(out, "check", check.isEmpty() ? QString() : check);
            out << ",\"reproduced\":";
            if (claim && claim->reproduced()) {
                const PracticeServer *practiceServer = catalogue.practice().server(claim->server);
                writeJsonMember(out, "test", claim->reproducedBy, true);
                writeJsonMember(out, "version", practiceServer ? practiceServer->version : QString());
                out << '}';
            } else {
                out << "null";
            }
            if (claim && !claim->reproduced())
                writeJsonMember(out, "source", claim->source);
            out << "}\n";
            return;
        }
        const PracticeServer *practiceServer = catalogue.practice().server(server);
        out << match.code << ' ' << entry->phrase;
        if (practiceServer)
            out << " \u2014 " << practiceServer->name;
        out << '\n' << "  " << shortened(line.trimmed(), 160) << '\n';
        out << "  " << causeLabel.arg(cause) << '\n';
        if (!check.isEmpty())
            out << "  " << checkLabel.arg(check) << '\n';
        if (claim && claim->reproduced())
            out << "  " << reproducedLabel.arg(practiceServer ? practiceServer->version : QString(), claim->reproducedBy) << '\n';
        else if (claim)
            out << "  " << vendorLabel.arg(claim->source) << '\n';
        else if (!catalogue.practice().claimsFor(match.code).isEmpty())
            out << "  " << severalLabel.arg(match.code) << '\n';
        out << '\n';
    };

    if (options.lines.isEmpty()) {
        QString line;
        while (in.readLineInto(&line))
            explain(line);
    } else {
        for (const QString &argument : options.lines) {
            for (const QString &line : argument.split(u'\n'))
                explain(line);
        }
    }

    QStringList counts;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        counts << QStringLiteral("%1 \u00d7%2").arg(it.key()).arg(it.value());
    const qint64 unrecognised = lines - recognised;
    if (options.json) {
        QJsonObject codes;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            codes.insert(QString::number(it.key()), it.value());
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("summary"),
                                                            QJsonObject{{QStringLiteral("lines"), lines},
                                                                        {QStringLiteral("recognised"), recognised},
                                                                        {QStringLiteral("unrecognised"), unrecognised},
                                                                        {QStringLiteral("codes"), codes}}}})
                                     .toJson(QJsonDocument::Compact))
            << '\n';
    } else {
        //: explain's summary: lines read, recognised and not.
        out << tr("%1 lines: %2 recognised, %3 not recognised").arg(lines).arg(recognised).arg(unrecognised) << '\n';
        if (!counts.isEmpty())
            //: explain's summary: each code seen and how many times, "504 ×3, 499 ×1".
            out << tr("Codes seen: %1").arg(counts.join(QStringLiteral(", "))) << '\n';
    }
    if (recognised == 0) {
        err << "status-codex: " << tr("no line names a known code or server message") << '\n';
        return CommandLine::NotFound;
    }
    return CommandLine::Success;
}

} // namespace codex
