#pragma once

#include "catalogue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace codex {

// How well an entry matches; lower is better. Results sort by rank, then code.
enum class MatchRank {
    Code = 0,          // exact code, code prefix or class pattern
    Phrase = 1,        // reason phrase or an alias
    Title = 2,         // the short title, in either language
    Text = 3,          // summary, descriptions, notes in the current language
    OtherLanguage = 4, // the same texts, only in the other language
};

struct SearchHit
{
    int code = 0;
    MatchRank rank = MatchRank::Code;
};

// A parsed query: the terms that must all match.
struct SearchQuery
{
    struct Term
    {
        enum Kind { CodePattern, Words };
        Kind kind = Words;
        QString text;     // folded text for Words; digits and 'x' for CodePattern
        int low = 0;      // CodePattern: the codes it covers, inclusive
        int high = 0;
    };
    QList<Term> terms;

    static SearchQuery parse(const QString &query);
    bool isEmpty() const { return terms.isEmpty(); }
};

// Folds text for matching: case folding, full-width forms to ASCII.
QString foldForSearch(const QString &text);

// The folded texts of every entry, built once per catalogue so that a
// keystroke only scans, never re-folds.
class SearchIndex final
{
public:
    SearchIndex() = default;
    explicit SearchIndex(const Catalogue &catalogue);

    // Codes matching every term of the query, best first.
    QList<SearchHit> search(const QString &query, Language language) const;
    QList<SearchHit> search(const SearchQuery &query, Language language) const;
    // The rank of one entry (by its index in the catalogue), or -1 when it fails.
    int rankOf(int entryIndex, const SearchQuery &query, Language language) const;

private:
    struct Folded
    {
        int code = 0;
        QString phrases; // phrase and aliases, one per line
        QString titles;  // both titles
        QString text[2]; // [Chinese, English]
    };
    QList<Folded> m_entries;
};

// The words of a query that highlighting should mark (code patterns excluded).
QStringList highlightTerms(const QString &query);

// The one-call form the issue asks for; builds an index each time.
QList<SearchHit> search(const Catalogue &catalogue, const QString &query, Language language);

} // namespace codex
