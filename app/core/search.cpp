#include "search.h"

#include <QRegularExpression>

#include <algorithm>
#include <future>
#include <string_view>
#include <vector>

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

// Calls add(begin, length) for each run of non-space characters: the one
// definition of a word that queries and the index share, so that a query
// term never spans two of the index's words.
template<typename Add>
void forEachWord(const QChar *data, qsizetype size, Add add)
{
    qsizetype at = 0;
    while (at < size) {
        while (at < size && data[at].isSpace())
            ++at;
        const qsizetype begin = at;
        while (at < size && !data[at].isSpace())
            ++at;
        if (at > begin)
            add(begin, at - begin);
    }
}

// Characters of Chinese text that NFKC and case folding leave alone and
// that never compose with a neighbour.
bool isPlainCjk(char16_t u)
{
    return (u >= 0x4E00 && u <= 0x9FFF)    // CJK unified ideographs
        || (u >= 0x3001 && u <= 0x3002)    // 、。
        || (u >= 0x3008 && u <= 0x3011)    // 〈〉《》「」『』【】
        || (u >= 0x2013 && u <= 0x2014)    // – —
        || (u >= 0x2018 && u <= 0x2019)    // ‘ ’
        || (u >= 0x201C && u <= 0x201D)    // “ ”
        || u == 0x00B7;                    // ·
}

// Folds text made only of characters that NFKC and case folding map one to
// one and that never compose with a neighbour: ASCII, full-width ASCII, CJK
// ideographs and the punctuation Chinese text uses. That is nearly every
// text in a catalogue, and Qt's general algorithms cost seven times as much
// (702M against 101M instructions at 10,000 descriptions), which was two
// thirds of building the search index.
// False, with nothing promised about out, for anything else.
bool foldCommonText(const QString &text, QString &out)
{
    out.resize(text.size());
    QChar *to = out.data();
    for (const QChar c : text) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII: NFKC maps it to ASCII
            u = char16_t(u - 0xFEE0);
        if (u < 0x80) {
            if (u >= u'A' && u <= u'Z')
                u = char16_t(u + (u'a' - u'A'));
        } else if (!isPlainCjk(u)) {
            return false;
        }
        *to++ = QChar(u);
    }
    return true;
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
    QString folded;
    if (foldCommonText(text, folded))
        return folded;
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

SearchQuery SearchQuery::parse(const QString &query)
{
    // 404, 40, 4, 4xx, 4XX, 4**, 40x: codes by position.
    static const QRegularExpression codePattern(QStringLiteral("^([1-5][0-9]{0,2})([x*]{0,2})$"));
    SearchQuery result;
    const QString folded = foldForSearch(query);
    QStringList words;
    forEachWord(folded.constData(), folded.size(),
                [&](qsizetype begin, qsizetype length) { words << folded.mid(begin, length); });
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

// One language's long texts (summaries, descriptions, notes, users).
class SearchIndex::TextIndex final
{
public:
    explicit TextIndex(int entryCount)
        : m_entryCount(entryCount)
    {
    }

    // Texts must be added entry by entry, in ascending entry order.
    void addText(int entryIndex, const QString &foldedText)
    {
        forEachWord(foldedText.constData(), foldedText.size(), [&](qsizetype begin, qsizetype length) {
            addToken(entryIndex, foldedText.constData() + begin, length);
        });
    }

    // Sorts the match starts and packs the postings; call once, after the last text.
    void finish()
    {
        m_postingStart.reserve(m_building.size() + 1);
        qsizetype total = 0;
        for (const std::vector<int> &entries : m_building)
            total += qsizetype(entries.size());
        m_postings.reserve(total);
        for (std::vector<int> &entries : m_building) {
            m_postingStart.push_back(int(m_postings.size()));
            m_postings.insert(m_postings.end(), entries.begin(), entries.end());
            std::vector<int>().swap(entries);
        }
        m_postingStart.push_back(int(m_postings.size()));
        m_building.clear();
        m_building.shrink_to_fit();
        m_ids.clear();
        m_ids.squeeze();

        // A term starts matching where a word starts, or anywhere when it
        // starts with a character that is not an ASCII letter or digit: so
        // every position except the middle of an ASCII word.
        for (int token = 0; token < int(m_tokens.size()); ++token) {
            const std::u16string_view text = view(token);
            for (size_t offset = 0; offset < text.size(); ++offset) {
                if (offset > 0 && isAsciiAlnum(QChar(text[offset])) && isAsciiAlnum(QChar(text[offset - 1])))
                    continue;
                m_starts.push_back({prefixKey(text.substr(offset)), token, int(offset)});
            }
        }
        std::sort(m_starts.begin(), m_starts.end(), [this](const Start &a, const Start &b) {
            if (a.key != b.key)
                return a.key < b.key;
            return suffix(a) < suffix(b);
        });
        m_starts.shrink_to_fit();
        m_seen.assign(m_tokens.size(), 0);
    }

    // The entries whose texts contain the term where a term may match, as a
    // bitset over entry indexes.
    std::vector<quint64> entriesMatching(const QString &term) const
    {
        std::vector<quint64> bits((m_entryCount + 63) / 64, 0);
        const std::u16string_view wanted(reinterpret_cast<const char16_t *>(term.constData()), size_t(term.size()));
        const Start probe{prefixKey(wanted), -1, 0};
        auto it = std::lower_bound(m_starts.begin(), m_starts.end(), probe, [this, wanted](const Start &a, const Start &b) {
            if (a.key != b.key)
                return a.key < b.key;
            return (a.token < 0 ? wanted : suffix(a)) < (b.token < 0 ? wanted : suffix(b));
        });
        if (++m_stamp == 0) { // wrapped: forget every mark
            std::fill(m_seen.begin(), m_seen.end(), 0);
            m_stamp = 1;
        }
        int found = 0;
        for (; it != m_starts.end() && found < m_entryCount; ++it) {
            const std::u16string_view text = suffix(*it);
            if (text.substr(0, wanted.size()) != wanted)
                break;
            if (m_seen[size_t(it->token)] == m_stamp)
                continue;
            m_seen[size_t(it->token)] = m_stamp;
            for (int i = m_postingStart[size_t(it->token)]; i < m_postingStart[size_t(it->token) + 1]; ++i) {
                const int entry = m_postings[size_t(i)];
                quint64 &word = bits[size_t(entry) / 64];
                const quint64 bit = quint64(1) << (entry % 64);
                if (!(word & bit)) {
                    word |= bit;
                    ++found;
                }
            }
        }
        return bits;
    }

private:
    struct Start
    {
        quint64 key; // the first four code units, for cheap comparisons
        int token;
        int offset;
    };

    static quint64 prefixKey(std::u16string_view text)
    {
        quint64 key = 0;
        for (size_t i = 0; i < 4; ++i)
            key = (key << 16) | (i < text.size() ? quint64(text[i]) : 0);
        return key;
    }

    std::u16string_view view(int token) const
    {
        const QString &text = m_tokens[size_t(token)];
        return {reinterpret_cast<const char16_t *>(text.constData()), size_t(text.size())};
    }
    std::u16string_view suffix(const Start &start) const { return view(start.token).substr(size_t(start.offset)); }

    void addToken(int entryIndex, const QChar *data, qsizetype size)
    {
        // fromRawData: looking a word up must not allocate.
        const QString probe = QString::fromRawData(data, size);
        auto it = m_ids.constFind(probe);
        int id;
        if (it == m_ids.constEnd()) {
            id = int(m_tokens.size());
            m_tokens.push_back(QString(data, size));
            m_ids.insert(m_tokens.back(), id);
            m_building.emplace_back();
        } else {
            id = it.value();
        }
        std::vector<int> &entries = m_building[size_t(id)];
        if (entries.empty() || entries.back() != entryIndex)
            entries.push_back(entryIndex);
    }

    int m_entryCount = 0;
    std::vector<QString> m_tokens;
    QHash<QString, int> m_ids;                // while building
    std::vector<std::vector<int>> m_building; // while building
    std::vector<int> m_postingStart;          // token -> first of its entries in m_postings
    std::vector<int> m_postings;
    std::vector<Start> m_starts;
    mutable std::vector<quint32> m_seen; // token -> stamp of the last lookup that took it
    mutable quint32 m_stamp = 0;
};

// Where one term matches, for every entry; independent of the language.
struct SearchIndex::TermMatches
{
    std::vector<bool> phrase;
    std::vector<bool> title;
    std::vector<quint64> text[2]; // bitsets, [Chinese, English]

    static bool has(const std::vector<quint64> &bits, int entry)
    {
        return bits[size_t(entry) / 64] & (quint64(1) << (entry % 64));
    }
};

SearchIndex::SearchIndex() = default;
SearchIndex::~SearchIndex() = default;
SearchIndex::SearchIndex(SearchIndex &&) noexcept = default;
SearchIndex &SearchIndex::operator=(SearchIndex &&) noexcept = default;

SearchIndex::SearchIndex(const Catalogue &catalogue)
{
    const QList<StatusEntry> &entries = catalogue.entries();
    const int count = int(entries.size());
    m_codes.reserve(count);
    m_phrases.reserve(count);
    m_titles.reserve(count);
    for (const StatusEntry &entry : entries) {
        m_codes << entry.code;
        QString phrases;
        appendLine(phrases, entry.phrase);
        for (const QString &alias : entry.aliases)
            appendLine(phrases, alias);
        // Constants as typed in code, and without their prefix:
        // "http.StatusTeapot" is found by "StatusTeapot" too. A removed one
        // is only text (below): old code still finds its code, but a word of
        // it ("locked" in Spring's DESTINATION_LOCKED) must not outrank the
        // code whose phrase it is.
        for (const CodeConstant &constant : entry.constants) {
            if (constant.state == CodeConstant::State::Removed)
                continue;
            appendLine(phrases, constant.symbol);
            const qsizetype dot = std::max(constant.symbol.lastIndexOf(u'.'), constant.symbol.lastIndexOf(u':'));
            if (dot >= 0 && dot + 1 < constant.symbol.size())
                appendLine(phrases, constant.symbol.mid(dot + 1));
        }
        for (const UnofficialUse &use : entry.unofficial)
            appendLine(phrases, use.phrase);
        m_phrases << phrases;
        QString titles;
        appendLine(titles, entry.title.zh);
        appendLine(titles, entry.title.en);
        m_titles << titles;
        // Words for near matches: runs of ASCII letters (the texts are folded,
        // so lower case), three or more.
        QStringList words;
        QString word;
        for (const QString &text : {phrases, titles}) {
            for (qsizetype i = 0; i <= text.size(); ++i) {
                const QChar c = i < text.size() ? text.at(i) : QChar(u' ');
                if (c.unicode() < 0x80 && c.isLetter()) {
                    word += c;
                    continue;
                }
                if (word.size() >= 3 && !words.contains(word))
                    words << word;
                word.clear();
            }
        }
        m_nearWords << words;
    }
    const auto buildText = [&entries, count](Language language) {
        auto text = std::make_unique<TextIndex>(count);
        for (int i = 0; i < count; ++i) {
            const StatusEntry &entry = entries.at(i);
            const auto add = [&](const QString &raw) {
                if (!raw.isEmpty())
                    text->addText(i, foldForSearch(raw));
            };
            add(entry.summary.in(language));
            add(entry.usedBy.in(language));
            for (const CodeConstant &constant : entry.constants) {
                if (constant.state == CodeConstant::State::Removed)
                    add(constant.symbol);
            }
            for (const Description &description : entry.descriptions)
                add(description.text.in(language));
            for (const Note &note : entry.notes)
                add(note.text.in(language));
        }
        text->finish();
        return text;
    };
    // The languages' indexes share nothing: for a large catalogue, build
    // them side by side, which halves the wait on two cores.
    if (catalogue.descriptionCount() >= ParallelBuildThreshold) {
        auto chinese = std::async(std::launch::async, buildText, Language::Chinese);
        m_text[1] = buildText(Language::English);
        m_text[0] = chinese.get();
    } else {
        m_text[0] = buildText(Language::Chinese);
        m_text[1] = buildText(Language::English);
    }
}

const SearchIndex::TermMatches &SearchIndex::matchesFor(const QString &term) const
{
    if (const auto cached = m_cache.constFind(term); cached != m_cache.constEnd())
        return **cached;
    if (m_cache.size() >= 1024) // a long session's worth of keystrokes; then start over
        m_cache.clear();
    auto matches = std::make_shared<TermMatches>();
    const int count = int(m_codes.size());
    matches->phrase.resize(size_t(count));
    matches->title.resize(size_t(count));
    for (int i = 0; i < count; ++i) {
        matches->phrase[size_t(i)] = matchesAtWordStart(m_phrases.at(i), term);
        matches->title[size_t(i)] = matchesAtWordStart(m_titles.at(i), term);
    }
    for (int language = 0; language < 2; ++language) {
        if (m_text[language])
            matches->text[language] = m_text[language]->entriesMatching(term);
        else
            matches->text[language].assign((size_t(count) + 63) / 64, 0);
    }
    return **m_cache.insert(term, std::move(matches));
}

int SearchIndex::termRank(const TermMatches &matches, int entryIndex, int current) const
{
    if (matches.phrase[size_t(entryIndex)])
        return int(MatchRank::Phrase);
    if (matches.title[size_t(entryIndex)])
        return int(MatchRank::Title);
    if (TermMatches::has(matches.text[current], entryIndex))
        return int(MatchRank::Text);
    if (TermMatches::has(matches.text[1 - current], entryIndex))
        return int(MatchRank::OtherLanguage);
    return -1;
}

QList<SearchHit> SearchIndex::search(const SearchQuery &query, Language language) const
{
    QList<SearchHit> hits;
    if (query.isEmpty())
        return hits;
    if (query.isCodeList()) {
        // The codes typed, in the order typed.
        for (const SearchQuery::Term &term : query.terms) {
            const bool seen = std::any_of(hits.cbegin(), hits.cend(), [&](const SearchHit &hit) { return hit.code == term.low; });
            if (m_codes.contains(term.low) && !seen)
                hits << SearchHit{term.low, MatchRank::Code};
        }
        return hits;
    }
    const int count = int(m_codes.size());
    const int current = language == Language::Chinese ? 0 : 1;
    // Worst rank so far per entry, -1 once a term fails; code terms first,
    // since they are cheap and usually leave few entries.
    std::vector<int> worst(size_t(count), 0);
    for (const SearchQuery::Term &term : query.terms) {
        if (term.kind != SearchQuery::Term::CodePattern)
            continue;
        for (int i = 0; i < count; ++i) {
            if (!term.covers(m_codes.at(i)))
                worst[size_t(i)] = -1;
        }
    }
    for (const SearchQuery::Term &term : query.terms) {
        if (term.kind == SearchQuery::Term::CodePattern)
            continue;
        const TermMatches &matches = matchesFor(term.text);
        for (int i = 0; i < count; ++i) {
            if (worst[size_t(i)] < 0)
                continue;
            const int rank = termRank(matches, i, current);
            worst[size_t(i)] = rank < 0 ? -1 : std::max(worst[size_t(i)], rank);
        }
    }
    for (int i = 0; i < count; ++i) {
        if (worst[size_t(i)] >= 0)
            hits << SearchHit{m_codes.at(i), MatchRank(worst[size_t(i)])};
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.code < b.code;
    });
    return hits;
}

QList<SearchHit> SearchIndex::nearMatches(const SearchQuery &query) const
{
    QList<SearchHit> hits;
    if (query.isEmpty() || query.isCodesOnly())
        return hits;
    QList<std::pair<int, int>> scored; // total distance, entry index
    for (int i = 0; i < m_codes.size(); ++i) {
        int total = 0;
        bool all = true;
        for (const SearchQuery::Term &term : query.terms) {
            if (term.kind == SearchQuery::Term::CodePattern) {
                all = term.covers(m_codes.at(i));
            } else if (matchesAtWordStart(m_phrases.at(i), term.text) || matchesAtWordStart(m_titles.at(i), term.text)) {
                // typed right
            } else if (term.text.size() >= 4) {
                // One edit in four letters: "forbiden", "teapott", "gatway", "unprocesable".
                const int limit = std::max(1, int(term.text.size()) / 4);
                int best = limit + 1;
                for (const QString &word : m_nearWords.at(i))
                    best = std::min(best, editDistance(term.text, word, limit));
                all = best <= limit;
                total += best;
            } else {
                all = false;
            }
            if (!all)
                break;
        }
        if (all)
            scored.append({total, i});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[distance, index] : std::as_const(scored))
        hits << SearchHit{m_codes.at(index), MatchRank::Near};
    return hits;
}

QList<SearchHit> SearchIndex::searchOrNear(const SearchQuery &query, Language language, bool *near) const
{
    QList<SearchHit> hits = search(query, language);
    const bool useNear = hits.isEmpty() && !query.isEmpty() && !query.isCodesOnly();
    if (useNear)
        hits = nearMatches(query);
    if (near)
        *near = useNear && !hits.isEmpty();
    return hits;
}

QList<SearchHit> SearchIndex::search(const QString &query, Language language) const
{
    return search(SearchQuery::parse(query), language);
}

bool SearchQuery::isCodeList() const
{
    return terms.size() >= 2 && std::all_of(terms.cbegin(), terms.cend(), [](const Term &term) {
        return term.kind == Term::CodePattern && term.low == term.high;
    });
}

int editDistance(const QString &a, const QString &b, int limit)
{
    // Optimal string alignment over three rows; a length gap past the limit
    // answers at once.
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    std::vector<int> before(size_t(m + 1)), previous(size_t(m + 1)), current(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int value = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                value = std::min(value, before[size_t(j - 2)] + 1);
            current[size_t(j)] = value;
            best = std::min(best, value);
        }
        if (best > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[size_t(m)];
}

bool SearchQuery::isCodesOnly() const
{
    return !terms.isEmpty() && std::all_of(terms.cbegin(), terms.cend(), [](const Term &term) {
        return term.kind == Term::CodePattern;
    });
}

QList<SearchHit> searchCodes(const Catalogue &catalogue, const SearchQuery &query)
{
    QList<SearchHit> hits;
    if (!query.isCodesOnly())
        return hits;
    if (query.isCodeList()) {
        for (const SearchQuery::Term &term : query.terms) {
            const bool seen = std::any_of(hits.cbegin(), hits.cend(), [&](const SearchHit &hit) { return hit.code == term.low; });
            if (catalogue.entry(term.low) && !seen)
                hits << SearchHit{term.low, MatchRank::Code};
        }
        return hits;
    }
    for (const StatusEntry &entry : catalogue.entries()) {
        if (std::all_of(query.terms.cbegin(), query.terms.cend(),
                        [&entry](const SearchQuery::Term &term) { return term.covers(entry.code); }))
            hits << SearchHit{entry.code, MatchRank::Code};
    }
    std::sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.code < b.code; });
    return hits;
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
