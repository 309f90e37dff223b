#pragma once
// Reference data that we did not write, kept under tests/data/: the IANA
// registry and RFC 2616's reason phrases. Shared by the tests that check
// the catalogue and search against them.

#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace codex::testdata {

inline QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

struct RegistryRow
{
    int code = 0;
    QString phrase;
    QString status;
    QString reference;
};

// The registry copy quotes fields that hold commas ("RFC 9110, Section 15.2.1").
inline QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

inline QList<RegistryRow> readRegistry()
{
    QList<RegistryRow> rows;
    const QStringList lines
        = readUtf8(QStringLiteral(CODEX_TEST_DATA "/iana-status-codes.csv")).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QStringList fields = splitCsvLine(lines.at(i).trimmed());
        if (fields.size() != 4)
            continue;
        rows << RegistryRow{fields.at(0).toInt(), fields.at(1), fields.at(2), fields.at(3)};
    }
    return rows;
}

struct ReasonPhrase
{
    int code = 0;
    QString phrase;
};

// The lines `| "414"  ; Section 10.4.15: Request-URI Too Large` of RFC 2616
// Section 6.1.1.
inline QList<ReasonPhrase> readRfc2616Phrases()
{
    static const QRegularExpression line(QStringLiteral("\"(\\d{3})\"\\s*;\\s*Section [\\d.]+:\\s*(.+?)\\s*$"),
                                         QRegularExpression::MultilineOption);
    QList<ReasonPhrase> phrases;
    const QString text = readUtf8(QStringLiteral(CODEX_TEST_DATA "/rfc2616-reason-phrases.txt"));
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        phrases << ReasonPhrase{match.captured(1).toInt(), match.captured(2)};
    }
    return phrases;
}

} // namespace codex::testdata
