#include "comparison.h"

#include "detailrenderer.h"
#include "readablecolours.h"
#include "search.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace codex {

namespace {

QString cssColor(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

// Columns a character takes in a terminal: two for CJK and full-width forms.
int columnsOf(QChar c)
{
    const char16_t u = c.unicode();
    const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                   || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
                   || (u >= 0xFFE0 && u <= 0xFFE6);
    return wide ? 2 : 1;
}

int columnsOf(const QString &text)
{
    int columns = 0;
    for (const QChar c : text)
        columns += columnsOf(c);
    return columns;
}

// Lines of at most `width` columns: broken at spaces where there are any,
// anywhere in a run without them (Chinese), never cut off.
QStringList wrapped(const QString &text, int width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        QString line;
        int lineColumns = 0;
        const QStringList words = paragraph.split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words) {
            const int wordColumns = columnsOf(word);
            if (lineColumns > 0 && lineColumns + 1 + wordColumns <= width) {
                line += u' ' + word;
                lineColumns += 1 + wordColumns;
                continue;
            }
            if (lineColumns > 0) {
                lines << line;
                line.clear();
                lineColumns = 0;
            }
            for (const QChar c : word) {
                if (lineColumns + columnsOf(c) > width && lineColumns > 0) {
                    lines << line;
                    line.clear();
                    lineColumns = 0;
                }
                line += c;
                lineColumns += columnsOf(c);
            }
        }
        lines << line;
    }
    return lines;
}

QString padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - columnsOf(text)), u' ');
}

// What one row of a comparison shows in each column.
struct Row
{
    QString label;
    QStringList cells;
    bool differs = false; // a fact whose value is not the same for every code
};

QList<Row> comparisonRows(const Catalogue &catalogue, const QList<int> &codes, Language language)
{
    QList<const StatusEntry *> entries;
    for (const int code : codes)
        entries << catalogue.entry(code);
    QList<Row> rows;
    // Facts, in the order of the first code's rows; a code without facts shows a dash.
    QStringList keys;
    QHash<QString, QString> labels;
    QList<QHash<QString, QString>> values;
    for (const StatusEntry *entry : std::as_const(entries)) {
        QHash<QString, QString> byKey;
        for (const FactRow &row : Comparison::factRows(*entry, language)) {
            if (!keys.contains(row.key))
                keys << row.key;
            labels.insert(row.key, row.label);
            byKey.insert(row.key, row.value);
        }
        values << byKey;
    }
    const QString none = QStringLiteral("\u2014");
    for (const QString &key : std::as_const(keys)) {
        Row row{labels.value(key), {}, false};
        for (const auto &byKey : std::as_const(values))
            row.cells << byKey.value(key, none);
        row.differs = QSet<QString>(row.cells.cbegin(), row.cells.cend()).size() > 1;
        rows << row;
    }
    Row summary{DetailRenderer::label(DetailRenderer::Label::Summary), {}, false};
    for (const StatusEntry *entry : std::as_const(entries))
        summary.cells << entry->summary.in(language);
    rows << summary;
    for (const Source &source : catalogue.sources()) {
        Row row{source.name.in(language), {}, false};
        bool any = false;
        for (const StatusEntry *entry : std::as_const(entries)) {
            QString text = none;
            for (const Description &description : entry->descriptions) {
                if (description.sourceId == source.id) {
                    text = description.text.in(language);
                    any = true;
                }
            }
            row.cells << text;
        }
        if (any)
            rows << row;
    }
    return rows;
}

} // namespace

QList<int> Comparison::known(const Catalogue &catalogue, const QList<int> &codes)
{
    QList<int> result;
    for (const int code : codes) {
        if (catalogue.entry(code) && !result.contains(code))
            result << code;
    }
    return result;
}

const CodeGroup *Comparison::groupFor(const Catalogue &catalogue, const QString &query, Language language)
{
    const QStringList words = foldForSearch(query).split(QRegularExpression(QStringLiteral("[\\s,，、]+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return nullptr;
    const auto matches = [&](const CodeGroup &group, const QString &word) {
        const QString names = foldForSearch(group.id + u' ' + group.name.in(language) + u' '
                                            + group.name.in(language == Language::Chinese ? Language::English : Language::Chinese));
        if (word.at(0).unicode() >= 0x3000) // Chinese: anywhere in the name
            return names.contains(word);
        static const QRegularExpression wordStart(QStringLiteral("[\\s\\-/]"));
        for (const QString &part : names.split(wordStart, Qt::SkipEmptyParts)) {
            // "redirect" finds "Redirects": a word start, at least three letters.
            if (word.size() >= 3 && part.startsWith(word))
                return true;
        }
        return false;
    };
    for (const CodeGroup &group : catalogue.groups()) {
        if (std::all_of(words.cbegin(), words.cend(), [&](const QString &word) { return matches(group, word); }))
            return &group;
    }
    return nullptr;
}

QList<int> Comparison::codesToCompare(const QString &query)
{
    // Separators people type between codes: spaces, commas, slashes, "vs",
    // "or", "and", and their Chinese words.
    static const QRegularExpression separators(
        QStringLiteral("[\\s,，、/;；&+]+|(?<![a-z])(?:vs\\.?|versus|or|and)(?![a-z])|或者|或|和|与|对比|比较"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QStringList parts = query.split(separators, Qt::SkipEmptyParts);
    QList<int> codes;
    for (const QString &part : parts) {
        bool ok = false;
        const int code = part.toInt(&ok);
        if (!ok || part.size() != 3 || code < 100 || code > 599)
            return {};
        if (!codes.contains(code))
            codes << code;
    }
    if (codes.size() < MinCodes || codes.size() > MaxCodes)
        return {};
    return codes;
}

QList<FactRow> Comparison::factRows(const StatusEntry &entry, Language language)
{
    QList<FactRow> rows;
    const CodeFacts &facts = entry.facts;
    if (!facts.present)
        return rows;
    const auto section = [&](const char16_t *key) { return facts.sections.value(QString::fromUtf16(key)); };
    rows << FactRow{QStringLiteral("cacheableByDefault"), tr("Cacheable by default"),
                    facts.cacheableByDefault ? tr("yes, heuristically") : tr("no, only when marked so"),
                    section(u"cacheableByDefault")};
    rows << FactRow{QStringLiteral("contentAllowed"), tr("May carry content"),
                    facts.contentAllowed ? tr("yes") : tr("no"), section(u"contentAllowed")};
    QString redirect = tr("not a redirect");
    if (facts.redirect) {
        const QString kind = facts.redirect->permanent ? tr("permanent") : tr("temporary");
        QString method;
        switch (facts.redirect->method) {
        case CodeFacts::RedirectMethod::MayChange: method = tr("POST may become GET"); break;
        case CodeFacts::RedirectMethod::BecomesGet: method = tr("the next request is a GET"); break;
        case CodeFacts::RedirectMethod::Kept: method = tr("the method is kept"); break;
        }
        //: A redirect's kind and what happens to the method: "permanent; the method is kept".
        redirect = tr("%1; %2").arg(kind, method);
    }
    rows << FactRow{QStringLiteral("redirect"), tr("Redirect"), redirect, section(u"redirect")};
    QStringList headers;
    QStringList headerSections;
    for (const HeaderFact &header : facts.headers) {
        QString strength;
        switch (header.requirement) {
        case HeaderFact::Requirement::Must: strength = tr("must"); break;
        case HeaderFact::Requirement::Should: strength = tr("should"); break;
        case HeaderFact::Requirement::May: strength = tr("may"); break;
        }
        //: A header field and how strongly the RFC asks for it: "Location (should)".
        headers << tr("%1 (%2)").arg(header.name, strength);
        if (!header.section.isEmpty() && !headerSections.contains(header.section))
            headerSections << header.section;
    }
    rows << FactRow{QStringLiteral("headers"), tr("Header fields"), headers.isEmpty() ? tr("none") : headers.join(QStringLiteral(", ")),
                    headerSections.join(QStringLiteral("; "))};
    rows << FactRow{QStringLiteral("retry"), tr("What the client does next"), facts.retry.in(language), section(u"retry")};
    QString origin;
    switch (facts.generatedBy) {
    case CodeFacts::Origin::Origin: origin = tr("the origin server"); break;
    case CodeFacts::Origin::Intermediary: origin = tr("an intermediary (a proxy or gateway)"); break;
    case CodeFacts::Origin::Any: origin = tr("any server"); break;
    }
    rows << FactRow{QStringLiteral("generatedBy"), tr("Sent by"), origin, section(u"generatedBy")};
    //: Where a code first appeared: "RFC 2068 (1997)".
    rows << FactRow{QStringLiteral("introduced"), tr("First defined"),
                    tr("%1 (%2)").arg(facts.introducedRfc).arg(facts.introducedYear), section(u"history")};
    QStringList names;
    for (const CodeFacts::Name &name : facts.names)
        names << tr("%1 (%2)").arg(name.phrase, name.rfc);
    rows << FactRow{QStringLiteral("names"), tr("Reason phrases over time"), names.join(QStringLiteral(" \u2192 ")),
                    section(u"history")};
    return rows;
}

QString Comparison::renderHtml(const Catalogue &catalogue, const QList<int> &codes, Language language,
                               const QPalette &palette)
{
    const QList<int> shown = known(catalogue, codes);
    const QString rule = cssColor(palette.color(QPalette::Mid));
    const QString marked = cssColor(palette.color(QPalette::AlternateBase));
    QString html = DetailRenderer::documentHead(palette) + QStringLiteral("<body>");
    QStringList names;
    for (const int code : shown)
        names << QString::number(code);
    //: The compare view's heading: "Comparing 301, 308".
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Comparing %1").arg(names.join(QStringLiteral(", "))).toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" style=\"border-color:%1;\" border=\"1\">")
                .arg(rule);
    html += QStringLiteral("<tr><th></th>");
    for (const int code : shown) {
        const StatusEntry *entry = catalogue.entry(code);
        html += QStringLiteral("<th align=\"left\"><a href=\"%1\">%2 %3</a><br/><span style=\"font-weight:normal;\">%4</span></th>")
                    .arg(DetailRenderer::linkForCode(code))
                    .arg(code)
                    .arg(entry->phrase.toHtmlEscaped(), entry->title.in(language).toHtmlEscaped());
    }
    html += QStringLiteral("</tr>");
    for (const Row &row : comparisonRows(catalogue, shown, language)) {
        // A fact that differs is marked by a sign and a word as well as by
        // its background, in the text colour: the mark is the meaning, not
        // an aside, and AlternateBase is not the Base a muted colour suits.
        const QString background = row.differs ? QStringLiteral(" style=\"background-color:%1;\"").arg(marked) : QString();
        QString label = QStringLiteral("<b>%1</b>").arg(row.label.toHtmlEscaped());
        if (row.differs)
            label += QStringLiteral("<br/>\u2260 %1").arg(tr("differs").toHtmlEscaped());
        html += QStringLiteral("<tr%1><td valign=\"top\">%2</td>").arg(background, label);
        for (const QString &cell : row.cells)
            html += QStringLiteral("<td valign=\"top\">%1</td>").arg(DetailRenderer::textToHtml(cell, {}, palette));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table></body></html>");
    return html;
}

QString Comparison::markdown(const Catalogue &catalogue, const QList<int> &codes, Language language)
{
    const QList<int> shown = known(catalogue, codes);
    const auto cell = [](QString text) {
        text.replace(u'|', QStringLiteral("\\|"));
        text.replace(QStringLiteral("\n\n"), QStringLiteral("<br>"));
        text.replace(u'\n', QStringLiteral("<br>"));
        return text;
    };
    QStringList header{QString()};
    QStringList rule{QStringLiteral("---")};
    for (const int code : shown) {
        const StatusEntry *entry = catalogue.entry(code);
        header << cell(QStringLiteral("%1 %2 (%3)").arg(code).arg(entry->phrase, entry->title.in(language)));
        rule << QStringLiteral("---");
    }
    QString out = QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n| ")
                + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    for (const Row &row : comparisonRows(catalogue, shown, language)) {
        QStringList cells{QStringLiteral("**") + cell(row.label) + QStringLiteral("**")};
        for (const QString &value : row.cells)
            cells << cell(value);
        out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    return out;
}

QString Comparison::plainText(const Catalogue &catalogue, const QList<int> &codes, Language language, int width)
{
    const QList<int> shown = known(catalogue, codes);
    if (shown.isEmpty())
        return {};
    QList<Row> rows = comparisonRows(catalogue, shown, language);
    Row header{QString(), {}, false};
    for (const int code : shown) {
        const StatusEntry *entry = catalogue.entry(code);
        header.cells << QStringLiteral("%1 %2\n%3").arg(code).arg(entry->phrase, entry->title.in(language));
    }
    rows.prepend(header);
    // The label column as wide as its longest label, within reason; the
    // codes share the rest, with two spaces between columns.
    int labelWidth = 8;
    for (const Row &row : std::as_const(rows)) {
        for (const QString &line : row.label.split(u'\n'))
            labelWidth = std::max(labelWidth, columnsOf(line));
    }
    labelWidth = std::min(labelWidth, std::max(10, width / 4));
    const int columns = int(shown.size());
    const int cellWidth = std::max(8, (width - labelWidth - 2 * columns) / columns);
    QString out;
    const QString separator = QString(std::min(width, labelWidth + columns * (cellWidth + 2)), u'-');
    for (const Row &row : std::as_const(rows)) {
        //: Marks a fact that is not the same for every code compared, in a terminal.
        QList<QStringList> cells{wrapped(row.differs ? row.label + u' ' + tr("(differs)") : row.label, labelWidth)};
        for (const QString &cell : row.cells)
            cells << wrapped(cell, cellWidth);
        int height = 0;
        for (const QStringList &lines : std::as_const(cells))
            height = std::max(height, int(lines.size()));
        for (int line = 0; line < height; ++line) {
            QString text = padded(cells.first().value(line), labelWidth);
            for (int c = 1; c < cells.size(); ++c)
                text += QStringLiteral("  ") + padded(cells.at(c).value(line), cellWidth);
            out += text.trimmed().isEmpty() ? QString() : text.replace(QRegularExpression(QStringLiteral("\\s+$")), QString()) + u'\n';
        }
        out += separator + u'\n';
    }
    return out;
}

} // namespace codex
