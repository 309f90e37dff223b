#pragma once

// The bodies of the fuzz targets, shared by the libFuzzer mains in this
// directory and by tests/tst_fuzzregressions.cpp, so that every input a
// fuzzer once crashed on keeps going through exactly the same code.
// Each check returns an empty string, or what went wrong.

#include "catalogueloader.h"
#include "comparison.h"
#include "detailrenderer.h"
#include "search.h"

#include <QByteArray>
#include <QPalette>
#include <QSet>
#include <QString>

#include <algorithm>
#include <cstdlib>

namespace codex::fuzz {

inline QPalette fuzzPalette()
{
    // Built from colours so that it needs no QGuiApplication.
    return QPalette(QColor(Qt::lightGray), QColor(Qt::white));
}

// Every '<' in rendered HTML must open one of the renderer's own tags: a
// catalogue value or a query that reaches the output unescaped is a bug.
inline QString unexpectedMarkup(const QString &html)
{
    static const QSet<QString> allowed { QStringLiteral("html"), QStringLiteral("body"), QStringLiteral("h1"),
        QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("p"), QStringLiteral("table"), QStringLiteral("tr"),
        QStringLiteral("td"), QStringLiteral("b"), QStringLiteral("span"), QStringLiteral("a"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("li"), QStringLiteral("br"), QStringLiteral("h2"), QStringLiteral("th"),
        QStringLiteral("pre"), QStringLiteral("code"), QStringLiteral("head"), QStringLiteral("style"),
        QStringLiteral("s") }; // s: a removed constant, struck through
    qsizetype at = html.indexOf(u'<');
    while (at >= 0) {
        qsizetype start = at + 1;
        if (start < html.size() && html.at(start) == u'/')
            ++start;
        qsizetype end = start;
        while (end < html.size() && html.at(end).isLetterOrNumber() && html.at(end).unicode() < 0x80)
            ++end;
        const QString name = html.mid(start, end - start);
        if (!allowed.contains(name))
            return QStringLiteral("unexpected markup at %1: %2").arg(at).arg(html.mid(at, 40));
        at = html.indexOf(u'<', end);
    }
    return {};
}

// Target 1: the catalogue loader and validator on arbitrary bytes.
inline QString checkCatalogue(const QByteArray &data)
{
    const QString origin = QStringLiteral("fuzz.json");
    const LoadResult result = CatalogueLoader::loadFromData(data, origin);
    if (result.ok() == !result.errors.isEmpty())
        return QStringLiteral("ok() is %1 with %2 errors").arg(result.ok()).arg(result.errors.size());
    for (const QString &error : result.errors) {
        if (!error.startsWith(origin + u':'))
            return QStringLiteral("error does not name the file: ") + error.left(200);
    }
    if (!result.ok())
        return {};

    const Catalogue &catalogue = *result.catalogue;
    if (catalogue.isEmpty())
        return QStringLiteral("an empty catalogue was accepted");
    const auto tooLong
        = [](const LocalizedText &text, int limit) { return text.zh.size() > limit || text.en.size() > limit; };
    int previous = 0;
    for (const StatusEntry &entry : catalogue.entries()) {
        if (entry.code < 100 || entry.code > 599)
            return QStringLiteral("code %1 out of range").arg(entry.code);
        if (entry.code <= previous)
            return QStringLiteral("entries not sorted or not unique at %1").arg(entry.code);
        previous = entry.code;
        if (!catalogue.statusClass(entry.classDigit()))
            return QStringLiteral("code %1 has no class").arg(entry.code);
        if (catalogue.entry(entry.code) != &entry)
            return QStringLiteral("code %1 is not found by entry()").arg(entry.code);
        for (const int related : entry.related) {
            if (!catalogue.entry(related))
                return QStringLiteral("code %1 relates to missing %2").arg(entry.code).arg(related);
        }
        if (entry.phrase.trimmed().isEmpty() || entry.phrase.size() > CatalogueLoader::MaxShortLength
            || entry.reference.size() > CatalogueLoader::MaxShortLength
            || tooLong(entry.title, CatalogueLoader::MaxShortLength)
            || tooLong(entry.summary, CatalogueLoader::MaxTextLength)
            || tooLong(entry.usedBy, CatalogueLoader::MaxTextLength))
            return QStringLiteral("code %1 has a field beyond its limit").arg(entry.code);
        for (const QString &alias : entry.aliases) {
            if (alias.size() > CatalogueLoader::MaxShortLength)
                return QStringLiteral("code %1 has an alias beyond the limit").arg(entry.code);
        }
        for (const Description &description : entry.descriptions) {
            if (!catalogue.source(description.sourceId) || tooLong(description.text, CatalogueLoader::MaxTextLength))
                return QStringLiteral("code %1 has a bad description").arg(entry.code);
        }
    }
    QSet<QString> sourceIds;
    for (const Source &source : catalogue.sources()) {
        if (sourceIds.contains(source.id))
            return QStringLiteral("source %1 twice").arg(source.id);
        sourceIds.insert(source.id);
    }
    return {};
}

// Folding as foldForSearch() defines it, with Qt's general algorithms and
// none of its fast path, so that the plain scan below does not share it.
inline QString referenceFold(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

// The search as issue 2 states it, by scanning each entry's folded texts
// with no index: what the index must agree with, hit for hit and rank for
// rank. Slow and obvious on purpose.
inline QList<SearchHit> referenceSearch(const Catalogue &catalogue, const SearchQuery &query, Language language)
{
    const auto isAsciiAlnum = [](QChar c) { return c.unicode() < 128 && c.isLetterOrNumber(); };
    // A term matches where a word starts, or anywhere when it does not start
    // with an ASCII letter or digit (Chinese has no spaces between words).
    const auto matches = [&](const QStringList &texts, const QString &term) {
        for (const QString &text : texts) {
            const QString folded = referenceFold(text);
            for (qsizetype at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
                if (!isAsciiAlnum(term.front()) || at == 0 || !isAsciiAlnum(folded.at(at - 1)))
                    return true;
            }
        }
        return false;
    };
    const auto longTexts = [](const StatusEntry &entry, Language in) {
        QStringList texts { entry.summary.in(in), entry.usedBy.in(in) };
        for (const Description &description : entry.descriptions)
            texts << description.text.in(in);
        for (const Note &note : entry.notes)
            texts << note.text.in(in);
        // A removed constant is only text, so that old code still finds its code.
        for (const CodeConstant &constant : entry.constants) {
            if (constant.state == CodeConstant::State::Removed)
                texts << constant.symbol;
        }
        return texts;
    };
    const Language other = language == Language::Chinese ? Language::English : Language::Chinese;
    QList<SearchHit> hits;
    if (query.isEmpty())
        return hits;
    if (query.isCodeList()) {
        // Codes typed together: those codes, in the order typed.
        for (const SearchQuery::Term &term : query.terms) {
            if (catalogue.entry(term.low)
                && std::none_of(hits.cbegin(), hits.cend(), [&](const SearchHit &hit) { return hit.code == term.low; }))
                hits << SearchHit{term.low, MatchRank::Code};
        }
        return hits;
    }
    // What a code is called: its phrase, aliases, constants (with and
    // without their prefix) and the phrases its other users give it.
    const auto names = [](const StatusEntry &entry) {
        QStringList names = QStringList{entry.phrase} + entry.aliases;
        for (const CodeConstant &constant : entry.constants) {
            if (constant.state == CodeConstant::State::Removed)
                continue;
            names << constant.symbol;
            const qsizetype cut = std::max(constant.symbol.lastIndexOf(u'.'), constant.symbol.lastIndexOf(u':'));
            if (cut >= 0)
                names << constant.symbol.mid(cut + 1);
        }
        for (const UnofficialUse &use : entry.unofficial)
            names << use.phrase;
        return names;
    };
    for (const StatusEntry &entry : catalogue.entries()) {
        int worst = int(MatchRank::Code);
        for (const SearchQuery::Term &term : query.terms) {
            int rank = -1;
            if (term.kind == SearchQuery::Term::CodePattern)
                rank = entry.code >= term.low && entry.code <= term.high ? int(MatchRank::Code) : -1;
            else if (matches(names(entry), term.text))
                rank = int(MatchRank::Phrase);
            else if (matches({ entry.title.zh, entry.title.en }, term.text))
                rank = int(MatchRank::Title);
            else if (matches(longTexts(entry, language), term.text))
                rank = int(MatchRank::Text);
            else if (matches(longTexts(entry, other), term.text))
                rank = int(MatchRank::OtherLanguage);
            worst = rank < 0 ? -1 : std::max(worst, rank);
            if (worst < 0)
                break;
        }
        if (worst >= 0)
            hits << SearchHit { entry.code, MatchRank(worst) };
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.code < b.code;
    });
    return hits;
}

// Target 2: the query parser and the search over the built-in catalogue.
// The first byte picks the language and how the rest is decoded (UTF-8, or
// raw UTF-16 so that lone surrogates reach the parser too).
inline QString checkSearch(const QByteArray &data)
{
    static const Catalogue catalogue = *CatalogueLoader::loadEmbedded().catalogue;
    static const SearchIndex index(catalogue);

    const quint8 flags = data.isEmpty() ? 0 : quint8(data.at(0));
    const Language language = (flags & 1) ? Language::Chinese : Language::English;
    const QByteArray rest = data.mid(1);
    QString query;
    if (flags & 2) {
        for (qsizetype i = 0; i + 1 < rest.size(); i += 2)
            query += QChar(char16_t(quint8(rest.at(i)) | (quint8(rest.at(i + 1)) << 8)));
    } else {
        query = QString::fromUtf8(rest);
    }

    // The query's terms are folded by foldForSearch(), and the plain scan
    // folds with Qt alone: the two must agree.
    if (foldForSearch(query) != referenceFold(query))
        return QStringLiteral("foldForSearch() and Qt's NFKC and case folding differ");

    const SearchQuery parsed = SearchQuery::parse(query);
    for (const SearchQuery::Term &term : parsed.terms) {
        if (term.text.isEmpty())
            return QStringLiteral("empty term");
        if (term.kind == SearchQuery::Term::CodePattern && (term.low < 100 || term.high > 599 || term.low > term.high))
            return QStringLiteral("code pattern %1..%2").arg(term.low).arg(term.high);
    }

    const QList<SearchHit> hits = index.search(parsed, language);
    if (parsed.isEmpty() && !hits.isEmpty())
        return QStringLiteral("an empty query found codes");
    QSet<int> seen;
    for (int i = 0; i < hits.size(); ++i) {
        const SearchHit &hit = hits.at(i);
        const int entryIndex = catalogue.indexOf(hit.code);
        if (entryIndex < 0)
            return QStringLiteral("hit %1 is not in the catalogue").arg(hit.code);
        if (seen.contains(hit.code))
            return QStringLiteral("hit %1 twice").arg(hit.code);
        seen.insert(hit.code);
        if (i > 0 && !parsed.isCodeList()) { // codes typed together keep the order typed
            const SearchHit &before = hits.at(i - 1);
            if (before.rank > hit.rank || (before.rank == hit.rank && before.code > hit.code))
                return QStringLiteral("hits out of order at %1").arg(i);
        }
    }
    const auto same = [](const SearchHit &a, const SearchHit &b) { return a.code == b.code && a.rank == b.rank; };
    const QList<SearchHit> again = index.search(query, language);
    if (!std::equal(hits.begin(), hits.end(), again.begin(), again.end(), same))
        return QStringLiteral("searching the text and the parsed query differ");
    if (parsed.isCodesOnly()) {
        const QList<SearchHit> codes = searchCodes(catalogue, parsed);
        if (!std::equal(hits.begin(), hits.end(), codes.begin(), codes.end(), same))
            return QStringLiteral("searchCodes() and the index differ");
    }
    const QList<SearchHit> expected = referenceSearch(catalogue, parsed, language);
    if (!std::equal(hits.begin(), hits.end(), expected.begin(), expected.end(), same))
        return QStringLiteral("the index and a plain scan disagree (%1 hits, %2 expected)")
            .arg(hits.size())
            .arg(expected.size());

    // The forgiving search: the exact answer when there is one, else near
    // matches only, each once, all ranked as near.
    bool near = false;
    const QList<SearchHit> forgiving = index.searchOrNear(parsed, language, &near);
    if (!hits.isEmpty() && (near || !std::equal(hits.begin(), hits.end(), forgiving.begin(), forgiving.end(), same)))
        return QStringLiteral("near matches replaced exact ones");
    QSet<int> nearSeen;
    for (const SearchHit &hit : forgiving) {
        if (hits.isEmpty() && hit.rank != MatchRank::Near)
            return QStringLiteral("a near match not ranked as one");
        if (!catalogue.entry(hit.code) || nearSeen.contains(hit.code))
            return QStringLiteral("near match %1 is unknown or twice").arg(hit.code);
        nearSeen.insert(hit.code);
    }

    // The query is also what the detail pane highlights.
    const QStringList terms = highlightTerms(query);
    const QString html = DetailRenderer::escapeAndHighlight(query, terms, fuzzPalette());
    if (const QString problem = unexpectedMarkup(html); !problem.isEmpty())
        return problem;
    if (!hits.isEmpty()) {
        const StatusEntry *first = catalogue.entry(hits.first().code);
        const QString detail = DetailRenderer::render(catalogue, *first, language, query, fuzzPalette());
        if (const QString problem = unexpectedMarkup(detail); !problem.isEmpty())
            return problem;
    }
    return {};
}

// Reads an entry out of fuzz bytes: numbers are little-endian, a text is a
// length byte (high bit: UTF-16, else UTF-8; 127: two more length bytes)
// followed by its data. Past the end everything reads as zero or empty.
class EntryReader final
{
public:
    explicit EntryReader(const QByteArray &data)
        : m_data(data)
    {
    }

    quint8 byte() { return m_position < m_data.size() ? quint8(m_data.at(m_position++)) : 0; }

    int number16()
    {
        const quint8 low = byte();
        const quint8 high = byte();
        return qint16(quint16(low | (high << 8)));
    }

    QString text()
    {
        const quint8 head = byte();
        const bool utf16 = head & 0x80;
        qsizetype length = head & 0x7F;
        if (length == 0x7F) {
            const quint8 low = byte();
            const quint8 high = byte();
            length += low | (high << 8);
        }
        const QByteArray raw = m_data.mid(m_position, utf16 ? 2 * length : length);
        m_position += raw.size();
        if (!utf16)
            return QString::fromUtf8(raw);
        QString result;
        for (qsizetype i = 0; i + 1 < raw.size(); i += 2)
            result += QChar(char16_t(quint8(raw.at(i)) | (quint8(raw.at(i + 1)) << 8)));
        return result;
    }

    LocalizedText localized()
    {
        LocalizedText result;
        result.zh = text();
        result.en = text();
        return result;
    }

private:
    const QByteArray &m_data;
    qsizetype m_position = 0;
};

inline StatusEntry readEntry(EntryReader &reader)
{
    StatusEntry entry;
    entry.code = reader.number16();
    entry.status = CodeStatus(reader.byte() % 6);
    entry.phrase = reader.text();
    entry.reference = reader.text();
    entry.title = reader.localized();
    entry.summary = reader.localized();
    entry.usedBy = reader.localized();
    for (int count = reader.byte() % 5; count > 0; --count)
        entry.aliases << reader.text();
    for (int count = reader.byte() % 8; count > 0; --count) {
        Description description;
        description.sourceId = reader.text();
        description.text = reader.localized();
        entry.descriptions << description;
    }
    for (int count = reader.byte() % 8; count > 0; --count) {
        Note note;
        note.sourceId = reader.text();
        note.text = reader.localized();
        entry.notes << note;
    }
    for (int count = reader.byte() % 8; count > 0; --count)
        entry.related << reader.number16();
    // Facts, after the fields the seeds began with: absent in older seeds.
    CodeFacts &facts = entry.facts;
    const int flags = reader.byte();
    facts.present = flags & 1;
    facts.cacheableByDefault = flags & 2;
    facts.contentAllowed = flags & 4;
    if (flags & 8)
        facts.redirect = CodeFacts::Redirect{bool(flags & 16), CodeFacts::RedirectMethod(reader.byte() % 3)};
    for (int count = reader.byte() % 4; count > 0; --count) {
        HeaderFact header;
        header.name = reader.text();
        header.requirement = HeaderFact::Requirement(reader.byte() % 3);
        header.section = reader.text();
        facts.headers << header;
    }
    facts.retry = reader.localized();
    facts.generatedBy = CodeFacts::Origin(reader.byte() % 3);
    facts.introducedRfc = reader.text();
    facts.introducedYear = reader.number16();
    for (int count = reader.byte() % 4; count > 0; --count) {
        const QString phrase = reader.text();
        facts.names << CodeFacts::Name{phrase, reader.text()};
    }
    if (flags & 32)
        facts.sections.insert(QStringLiteral("redirect"), reader.text());
    return entry;
}

// Target 3: the detail renderer on an arbitrary entry, placed among the
// built-in catalogue's sources, classes and entries so that sources and
// related codes resolve. Layout: language byte, query, then the entry.
inline QString checkDetail(const QByteArray &data)
{
    static const Catalogue builtIn = *CatalogueLoader::loadEmbedded().catalogue;
    EntryReader reader(data);
    const Language language = (reader.byte() & 1) ? Language::Chinese : Language::English;
    const QString query = reader.text();
    const StatusEntry fuzzed = readEntry(reader);

    QList<StatusEntry> entries = builtIn.entries();
    entries << fuzzed;
    const Catalogue catalogue(builtIn.sources(), builtIn.classes(), entries);
    const QString html = DetailRenderer::render(catalogue, fuzzed, language, query, fuzzPalette());
    if (!html.startsWith(u"<html>") || !html.endsWith(u"</html>"))
        return QStringLiteral("not a whole document");
    if (!html.contains(QString::number(fuzzed.code)))
        return QStringLiteral("the code is not shown");
    if (const QString problem = unexpectedMarkup(html); !problem.isEmpty())
        return problem;
    // The comparison of the fuzzed code with the codes it names, in every form.
    QList<int> codes{fuzzed.code};
    for (const int code : fuzzed.related)
        codes << code;
    const QList<int> compared = Comparison::known(catalogue, codes).mid(0, Comparison::MaxCodes);
    const QString comparison = Comparison::renderHtml(catalogue, compared, language, fuzzPalette());
    if (const QString problem = unexpectedMarkup(comparison); !problem.isEmpty())
        return QStringLiteral("comparison: ") + problem;
    const QString markdown = Comparison::markdown(catalogue, compared, language);
    if (!compared.isEmpty() && markdown.count(u'\n') < 3)
        return QStringLiteral("the Markdown comparison has no rows");
    const int width = 40 + std::abs(fuzzed.code % 120); // the fuzzed code may be negative
    for (const QString &line : Comparison::plainText(catalogue, compared, language, width).split(u'\n')) {
        if (line.size() > 2 * width) // at most two columns a character
            return QStringLiteral("a comparison line is wider than %1: %2").arg(width).arg(line.left(80));
    }
    Q_UNUSED(Comparison::codesToCompare(query))
    for (const QString &paragraphText : { fuzzed.summary.in(language), query }) {
        if (const QString problem
            = unexpectedMarkup(DetailRenderer::textToHtml(paragraphText, highlightTerms(query), fuzzPalette()));
            !problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace codex::fuzz
