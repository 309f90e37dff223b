#include "search.h"

#include <QRegularExpression>

#include <algorithm>

namespace codex {

namespace {

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

// A term matches where it starts a word: after a non-letter, or anywhere when
// the term starts with a character that is not an ASCII letter or digit
// (Chinese has no spaces between words, so it matches as a substring).
bool matchesAtWordStart(const QString &haystack, const QString &term)
{
    if (term.isEmpty())
        return true;
    if (!isAsciiAlnum(term.front()))
        return haystack.contains(term);
    qsizetype from = 0;
    while (true) {
        const qsizetype at = haystack.indexOf(term, from);
        if (at < 0)
            return false;
        if (at == 0 || !isAsciiAlnum(haystack.at(at - 1)))
            return true;
        from = at + 1;
    }
}

void appendLine(QString &to, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!to.isEmpty())
        to += u'\n';
    to += foldForSearch(text);
}

} // namespace

QString foldForSearch(const QString &text)
{
    // NFKC maps full-width letters and digits to ASCII; case folding then
    // makes "NOT FOUND", "Not Found" and "ｎｏｔ" the same.
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

SearchQuery SearchQuery::parse(const QString &query)
{
    // 404, 40, 4, 4xx, 4XX, 4**, 40x: codes by position.
    static const QRegularExpression codePattern(QStringLiteral("^([1-5][0-9]{0,2})([x*]{0,2})$"));
    SearchQuery result;
    const QStringList words = foldForSearch(query).split(QRegularExpression(QStringLiteral("\\s+")),
                                                         Qt::SkipEmptyParts);
    for (const QString &word : words) {
        Term term;
        term.text = word;
        const QRegularExpressionMatch match = codePattern.match(word);
        if (match.hasMatch() && match.capturedLength(1) + match.capturedLength(2) <= 3) {
            const QString digits = match.captured(1);
            const int open = 3 - digits.size(); // positions left to fill
            int scale = 1;
            for (int i = 0; i < open; ++i)
                scale *= 10;
            term.kind = Term::CodePattern;
            term.low = digits.toInt() * scale;
            term.high = term.low + scale - 1;
            // A bare digit or pair is a prefix; wildcards must fill the rest.
            if (match.capturedLength(2) > 0 && match.capturedLength(2) != open)
                term.kind = Term::Words;
        }
        result.terms << term;
    }
    return result;
}

SearchIndex::SearchIndex(const Catalogue &catalogue)
{
    m_entries.reserve(catalogue.entries().size());
    for (const StatusEntry &entry : catalogue.entries()) {
        Folded folded;
        folded.code = entry.code;
        appendLine(folded.phrases, entry.phrase);
        for (const QString &alias : entry.aliases)
            appendLine(folded.phrases, alias);
        appendLine(folded.titles, entry.title.zh);
        appendLine(folded.titles, entry.title.en);
        for (const Language language : {Language::Chinese, Language::English}) {
            QString &text = folded.text[language == Language::Chinese ? 0 : 1];
            appendLine(text, entry.summary.in(language));
            appendLine(text, entry.usedBy.in(language));
            for (const Description &description : entry.descriptions)
                appendLine(text, description.text.in(language));
            for (const Note &note : entry.notes)
                appendLine(text, note.text.in(language));
        }
        m_entries << folded;
    }
}

int SearchIndex::rankOf(int entryIndex, const SearchQuery &query, Language language) const
{
    const Folded &entry = m_entries.at(entryIndex);
    const int current = language == Language::Chinese ? 0 : 1;
    int worst = 0;
    for (const SearchQuery::Term &term : query.terms) {
        int rank = -1;
        if (term.kind == SearchQuery::Term::CodePattern) {
            if (entry.code >= term.low && entry.code <= term.high)
                rank = int(MatchRank::Code);
        } else if (matchesAtWordStart(entry.phrases, term.text)) {
            rank = int(MatchRank::Phrase);
        } else if (matchesAtWordStart(entry.titles, term.text)) {
            rank = int(MatchRank::Title);
        } else if (matchesAtWordStart(entry.text[current], term.text)) {
            rank = int(MatchRank::Text);
        } else if (matchesAtWordStart(entry.text[1 - current], term.text)) {
            rank = int(MatchRank::OtherLanguage);
        }
        if (rank < 0)
            return -1;
        worst = std::max(worst, rank);
    }
    return worst;
}

QList<SearchHit> SearchIndex::search(const SearchQuery &query, Language language) const
{
    QList<SearchHit> hits;
    if (query.isEmpty())
        return hits;
    for (int i = 0; i < m_entries.size(); ++i) {
        const int rank = rankOf(i, query, language);
        if (rank >= 0)
            hits << SearchHit{m_entries.at(i).code, MatchRank(rank)};
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.code < b.code;
    });
    return hits;
}

QList<SearchHit> SearchIndex::search(const QString &query, Language language) const
{
    return search(SearchQuery::parse(query), language);
}

QStringList highlightTerms(const QString &query)
{
    QStringList terms;
    for (const SearchQuery::Term &term : SearchQuery::parse(query).terms) {
        if (term.kind == SearchQuery::Term::Words)
            terms << term.text;
    }
    return terms;
}

QList<SearchHit> search(const Catalogue &catalogue, const QString &query, Language language)
{
    return SearchIndex(catalogue).search(query, language);
}

} // namespace codex
