#include "markdownexport.h"

#include "detailrenderer.h"

#include <QRegularExpression>

namespace codex {

QString MarkdownExport::escapeInline(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        bool special = c == u'\\' || c == u'*' || c == u'`' || c == u'[' || c == u']' || c == u'<' || c == u'>'
                       || c == u'|' || c == u'~';
        if (c == u'_') {
            // Inside a word ("error_page") an underscore is not emphasis.
            const bool inWord = i > 0 && i + 1 < text.size() && text.at(i - 1).isLetterOrNumber()
                                && text.at(i + 1).isLetterOrNumber();
            special = !inWord;
        }
        if (special)
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

namespace {

// A line that Markdown would read as a block of its own (a heading, a quote,
// a list item, a rule, a fence) when it is a paragraph's text.
QString escapeLineStart(const QString &line)
{
    static const QRegularExpression blockStart(QStringLiteral("^(#|[-+*=](?=\\s|$)|[-_*=]{3,}|\\d+(?=[.)](?:\\s|$)))"));
    QString text = line;
    while (text.startsWith(u' '))
        text.remove(0, 1); // four spaces would make it code
    const QRegularExpressionMatch match = blockStart.match(text);
    if (!match.hasMatch())
        return text;
    if (match.captured(1).at(0).isDigit()) // "1." : the dot is what makes the list
        return text.insert(match.capturedEnd(1), u'\\');
    return u'\\' + text;
}

} // namespace

QString MarkdownExport::blocks(const QString &text)
{
    static const QRegularExpression item(QStringLiteral("^( *)(?:([-*])|(\\d+)\\.) (.*)$"));
    QStringList out;
    for (const QString &paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        const QStringList lines = paragraph.split(u'\n', Qt::SkipEmptyParts);
        // A list as the detail pane shows one: every line an item.
        bool list = true;
        for (const QString &line : lines)
            list = list && item.match(line).hasMatch();
        QStringList rendered;
        if (list) {
            QString parentMarker = QStringLiteral("- ");
            for (const QString &line : lines) {
                const QRegularExpressionMatch match = item.match(line);
                const bool nested = match.capturedLength(1) >= 2;
                const QString marker = match.capturedLength(3) > 0 ? match.captured(3) + QStringLiteral(". ") : QStringLiteral("- ");
                if (!nested)
                    parentMarker = marker;
                // Nested items sit under their parent's text, where Markdown
                // wants them.
                const QString indent = nested ? QString(parentMarker.size(), u' ') : QString();
                rendered << indent + marker + escapeInline(match.captured(4));
            }
            out << rendered.join(u'\n');
            continue;
        }
        for (const QString &line : lines)
            rendered << escapeLineStart(escapeInline(line));
        // A line break inside a paragraph stays one (a backslash at the end).
        out << rendered.join(QStringLiteral("\\\n"));
    }
    return out.join(QStringLiteral("\n\n"));
}

namespace {

QString quoted(const QString &markdown)
{
    QStringList lines = markdown.split(u'\n');
    for (QString &line : lines)
        line = line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line;
    return lines.join(u'\n');
}

} // namespace

QString MarkdownExport::entry(const Catalogue &catalogue, const StatusEntry &entry, Language language)
{
    using Label = DetailRenderer::Label;
    const auto label = [](Label which) { return escapeInline(DetailRenderer::label(which)); };
    QStringList parts;
    parts << QStringLiteral("# %1 %2").arg(entry.code).arg(escapeInline(entry.phrase));
    parts << QStringLiteral("**%1**").arg(escapeInline(entry.title.in(language)));

    QStringList facts;
    const auto fact = [&facts](const QString &name, const QString &value) {
        facts << QStringLiteral("- %1: %2").arg(escapeInline(name), escapeInline(value));
    };
    if (const StatusClass *statusClass = catalogue.statusClass(entry.classDigit()))
        fact(DetailRenderer::label(Label::Class), QStringLiteral("%1xx %2").arg(entry.classDigit()).arg(statusClass->name.in(language)));
    fact(DetailRenderer::label(Label::Status), DetailRenderer::statusLabel(entry.status));
    if (!entry.aliases.isEmpty())
        fact(DetailRenderer::label(Label::AlsoKnownAs), entry.aliases.join(QStringLiteral(", ")));
    if (!entry.usedBy.in(language).isEmpty())
        fact(DetailRenderer::label(Label::UsedBy), entry.usedBy.in(language));
    parts << facts.join(u'\n');

    parts << QStringLiteral("## ") + label(Label::Summary);
    parts << blocks(entry.summary.in(language));

    const QString correction = QStringLiteral("**%1** (%2)").arg(label(Label::Correction), label(Label::NotTheSource));
    const auto corrections = [&](const QList<const Note *> &notes) {
        for (const Note *note : notes)
            parts << quoted(correction + QStringLiteral("\n\n") + blocks(note->text.in(language)));
    };
    parts << QStringLiteral("## ") + label(Label::Sources);
    if (entry.descriptions.isEmpty())
        parts << label(Label::NoSources);
    for (const Description &description : entry.descriptions) {
        const Source *source = catalogue.source(description.sourceId);
        const QList<const Note *> notes = entry.notesOn(description.sourceId);
        QString heading = QStringLiteral("### ") + escapeInline(source ? source->name.in(language) : description.sourceId);
        if (!description.phrase.isEmpty())
            heading += QStringLiteral(" \u00b7 \u201c%1\u201d").arg(escapeInline(description.phrase));
        if (!notes.isEmpty())
            heading += QStringLiteral(" (%1)").arg(label(Label::CorrectedBelow));
        parts << heading;
        parts << blocks(description.text.in(language));
        corrections(notes);
    }
    const QList<const Note *> general = entry.notesOn(QString());
    if (!general.isEmpty()) {
        parts << QStringLiteral("## ") + label(Label::Corrections);
        corrections(general);
    }

    parts << QStringLiteral("## ") + label(Label::Specification);
    parts << escapeInline(entry.reference);

    if (!entry.related.isEmpty()) {
        parts << QStringLiteral("## ") + label(Label::CompareWith);
        QStringList related;
        for (const int code : entry.related) {
            const StatusEntry *other = catalogue.entry(code);
            related << QStringLiteral("- ") + escapeInline(other ? QStringLiteral("%1 %2").arg(code).arg(other->phrase) : QString::number(code));
        }
        parts << related.join(u'\n');
    }
    return parts.join(QStringLiteral("\n\n")) + u'\n';
}

} // namespace codex
