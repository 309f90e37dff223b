#pragma once
// Sentences as a reader counts them, for the tests that check that a
// Chinese text and its English say as much as each other: Chinese ones end
// in 。！？; English ones in . ! or ? (perhaps inside a bracket or quote)
// before a space and a capital, a digit, a quote or a bracket (so
// "Section 15.5.5" and "e.g. the" do not end one).

#include <QRegularExpression>
#include <QString>

namespace codex::testdata {

inline int chineseSentences(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("(?<=[。！？])"));
    int count = 0;
    for (const QString &part : text.split(end))
        count += part.trimmed().isEmpty() ? 0 : 1;
    return count;
}

inline int englishSentences(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("(?<=[.!?]|[.!?][)\"'])\\s+(?=[A-Z0-9\"'(])"));
    int count = 0;
    for (const QString &part : text.split(end))
        count += part.trimmed().isEmpty() ? 0 : 1;
    return count;
}

} // namespace codex::testdata
