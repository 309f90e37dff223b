#pragma once

#include "catalogue.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace codex {

// How well an entry matches; lower is better. Results sort by rank, then code.
enum class MatchRank {
    Code = 0,          // exact code, code prefix or class pattern
    Phrase = 1,        // reason phrase or an alias
    Title = 2,         // the short title, in either language
    Text = 3,          // summary, descriptions, notes in the current language
    OtherLanguage = 4, // the same texts, only in the other language
    Near = 5,          // no exact match: a word of a phrase, alias, title or constant within a typo or two
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

        bool covers(int code) const { return code >= low && code <= high; }
    };
    QList<Term> terms;

    static SearchQuery parse(const QString &query);
    bool isEmpty() const { return terms.isEmpty(); }
    // Only code patterns ("404", "4xx", "50"): answered without a text index.
    bool isCodesOnly() const;
    // Two or more exact codes ("401 403 407"): those codes, not the codes
    // that are all of them at once (none).
    bool isCodeList() const;
};

// Edits (insertions, deletions, substitutions, swaps of neighbours) that
// turn one word into the other; stops counting past `limit`.
int editDistance(const QString &a, const QString &b, int limit);

// Folds text for matching: case folding, full-width forms to ASCII.
QString foldForSearch(const QString &text);

// Everything a keystroke needs, built once per catalogue: the folded
// phrases and titles of every entry (short, scanned per term), and for each
// language a dictionary of the distinct words of all long texts with the
// entries they occur in, plus every position a term may start matching at,
// sorted. A term then costs a binary search and a walk over the words it
// prefixes, not a scan over megabytes of text. Results per term are cached,
// so backspace and retyping are free.
//
// search() keeps a cache and scratch space: use one index from
// one thread at a time (building it on another thread is fine).
class SearchIndex final
{
public:
    SearchIndex();
    explicit SearchIndex(const Catalogue &catalogue);
    ~SearchIndex();
    SearchIndex(SearchIndex &&) noexcept;
    SearchIndex &operator=(SearchIndex &&) noexcept;

    // From this many descriptions the two languages are indexed on two
    // threads; below it a second thread costs more than it saves.
    static constexpr qsizetype ParallelBuildThreshold = 1000;

    // Codes matching every term of the query, best first.
    QList<SearchHit> search(const QString &query, Language language) const;
    QList<SearchHit> search(const SearchQuery &query, Language language) const;
    // When search() finds nothing: the codes whose phrases, aliases, titles
    // and constants hold a word within a small edit distance of each word
    // typed (one edit in four letters), closest first. Never mixed with
    // exact matches.
    QList<SearchHit> nearMatches(const SearchQuery &query) const;
    // Both: the exact answer, or the near one when there is none.
    QList<SearchHit> searchOrNear(const SearchQuery &query, Language language, bool *near = nullptr) const;

private:
    class TextIndex;
    struct TermMatches;

    const TermMatches &matchesFor(const QString &term) const;
    int termRank(const TermMatches &matches, int entryIndex, int current) const;

    QList<int> m_codes;
    QList<QString> m_phrases; // phrase, aliases, constants and vendors' phrases, one per line
    QList<QStringList> m_nearWords; // the distinct words of phrases and titles, for near matches
    QList<QString> m_titles;  // both titles
    std::unique_ptr<TextIndex> m_text[2]; // [Chinese, English]
    mutable QHash<QString, std::shared_ptr<const TermMatches>> m_cache;
};

// The answer to a query of code patterns only, as SearchIndex::search()
// gives it, from the codes alone: no index needed, so it is there at once
// while a large catalogue's index is still being built.
QList<SearchHit> searchCodes(const Catalogue &catalogue, const SearchQuery &query);

// The words of a query that highlighting should mark (code patterns excluded).
QStringList highlightTerms(const QString &query);

// The one-call form the issue asks for; builds an index each time.
QList<SearchHit> search(const Catalogue &catalogue, const QString &query, Language language);

} // namespace codex
