#include "detailrenderer.h"

#include "comparison.h"
#include "practicerenderer.h"
#include "readablecolours.h"
#include "search.h"

#include <QRegularExpression>
#include <QUrl>

namespace codex {

namespace {

QString cssColor(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

struct ListItem
{
    int depth = 0;
    bool numbered = false;
    QString text;
};

bool parseListItem(const QString &line, ListItem *item)
{
    static const QRegularExpression bullet(QStringLiteral("^( *)(?:[-*]|(\\d+)\\.) (.*)$"));
    const QRegularExpressionMatch match = bullet.match(line);
    if (!match.hasMatch())
        return false;
    item->depth = match.capturedLength(1) >= 2 ? 1 : 0;
    item->numbered = match.capturedLength(2) > 0;
    item->text = match.captured(3);
    return true;
}

} // namespace

QString DetailRenderer::linkForCode(int code)
{
    return QStringLiteral("code:%1").arg(code);
}

int DetailRenderer::codeFromLink(const QString &link)
{
    if (!link.startsWith(u"code:"))
        return 0;
    bool ok = false;
    const int code = link.mid(5).toInt(&ok);
    return ok && code >= 100 && code <= 599 ? code : 0;
}

QString DetailRenderer::linkForAction(Action action, int code)
{
    return QStringLiteral("%1:%2").arg(action == Action::ToggleStar ? QStringLiteral("star") : QStringLiteral("note")).arg(code);
}

DetailRenderer::Action DetailRenderer::actionFromLink(const QString &link, int *code)
{
    const QString scheme = link.section(u':', 0, 0);
    const Action action = scheme == u"star" ? Action::ToggleStar : scheme == u"note" ? Action::EditNote : Action::None;
    bool ok = false;
    const int number = link.section(u':', 1).toInt(&ok);
    if (action == Action::None || !ok || number < 100 || number > 599)
        return Action::None;
    *code = number;
    return action;
}

QString DetailRenderer::linkForCopy(const QString &text)
{
    return QStringLiteral("copy:") + QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString DetailRenderer::textFromCopyLink(const QString &link)
{
    if (!link.startsWith(u"copy:"))
        return {};
    return QUrl::fromPercentEncoding(link.mid(5).toLatin1());
}

QString DetailRenderer::linkForComparison(const QList<int> &codes)
{
    QStringList numbers;
    for (const int code : codes)
        numbers << QString::number(code);
    return QStringLiteral("compare:") + numbers.join(u',');
}

QList<int> DetailRenderer::codesFromComparisonLink(const QString &link)
{
    if (!link.startsWith(u"compare:"))
        return {};
    QList<int> codes;
    for (const QString &part : link.mid(8).split(u',')) {
        bool ok = false;
        const int code = part.toInt(&ok);
        if (!ok || code < 100 || code > 599 || codes.contains(code))
            return {};
        codes << code;
    }
    return codes.size() >= 2 && codes.size() <= 6 ? codes : QList<int>();
}

QString DetailRenderer::label(Label label)
{
    switch (label) {
    case Label::Class: return tr("Class");
    case Label::Status: return tr("Status");
    case Label::Specification: return tr("Specification");
    case Label::AlsoKnownAs: return tr("Also known as");
    case Label::UsedBy: return tr("Used by");
    case Label::Summary: return tr("Summary");
    case Label::Sources: return tr("What the sources say");
    case Label::NoSources: return tr("None of the sources describes this code.");
    case Label::Corrections: return tr("Corrections");
    case Label::CompareWith: return tr("Compare with");
    //: The label of a correction shown under a source's text.
    case Label::Correction: return tr("Correction");
    //: Follows "Correction", so that it is never read as the source's words.
    case Label::NotTheSource: return tr("by Status Codex, not the source's words");
    //: In a source's heading when a correction of its text follows.
    case Label::CorrectedBelow: return tr("corrected below");
    case Label::Starred: return tr("Starred");
    case Label::Star: return tr("Star this code");
    case Label::Unstar: return tr("Remove the star");
    case Label::YourNote: return tr("Your note");
    case Label::AddNote: return tr("Add a note");
    case Label::EditNote: return tr("Edit the note");
    case Label::Facts: return tr("Facts");
    //: A link under the related codes: compare this code with them side by side.
    case Label::CompareThese: return tr("Compare them side by side");
    //: Uses of a code's number outside the registry, by vendors.
    case Label::OtherUses: return tr("Other uses of this number");
    //: Heading over the vendors' uses of a number the registry does not have.
    case Label::VendorUses: return tr("Who uses this number");
    case Label::InCode: return tr("In code");
    //: A request and the response head it gets.
    case Label::Example: return tr("Example");
    case Label::CopyIt: return tr("copy");
    }
    return {};
}

QString DetailRenderer::documentHead(const QPalette &palette)
{
    // Links in a colour that reads on Base: QTextDocument takes the
    // application's Link, which a dark palette often leaves too dark.
    return QStringLiteral("<html><head><style>a { color: %1; }</style></head>")
        .arg(cssColor(ReadableColours::link(palette)));
}

QString DetailRenderer::constantLibrary(const QString &language)
{
    static const QHash<QString, QString> libraries{
        {QStringLiteral("python"), QStringLiteral("Python http.HTTPStatus")},
        {QStringLiteral("go"), QStringLiteral("Go net/http")},
        {QStringLiteral("java-spring"), QStringLiteral("Spring HttpStatus")},
        {QStringLiteral("dotnet"), QStringLiteral(".NET HttpStatusCode")},
        {QStringLiteral("rust"), QStringLiteral("Rust http::StatusCode")},
        {QStringLiteral("php-symfony"), QStringLiteral("Symfony Response")},
        {QStringLiteral("ruby-rack"), QStringLiteral("Ruby Rack")},
        {QStringLiteral("node"), QStringLiteral("Node http.STATUS_CODES")}};
    return libraries.value(language, language);
}

QString DetailRenderer::statusLabel(CodeStatus status)
{
    switch (status) {
    case CodeStatus::Standard: return tr("Standard");
    case CodeStatus::Deprecated: return tr("Deprecated");
    case CodeStatus::Unused: return tr("Unused (reserved)");
    case CodeStatus::Obsoleted: return tr("Obsoleted");
    case CodeStatus::Temporary: return tr("Temporary registration");
    case CodeStatus::Unofficial: return tr("Unofficial (not registered)");
    }
    return {};
}

QString DetailRenderer::escapeAndHighlight(const QString &text, const QStringList &terms, const QPalette &palette)
{
    if (terms.isEmpty())
        return text.toHtmlEscaped();
    // Mark every range where a term occurs, then emit escaped runs.
    QList<bool> marked(text.size(), false);
    bool any = false;
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        qsizetype from = 0;
        while (from < text.size()) {
            const qsizetype at = text.indexOf(term, from, Qt::CaseInsensitive);
            if (at < 0)
                break;
            for (qsizetype i = at; i < at + term.size() && i < text.size(); ++i)
                marked[i] = true;
            any = true;
            from = at + term.size();
        }
    }
    if (!any)
        return text.toHtmlEscaped();
    // A tint of the highlight under the text colour: the palette's own
    // selection pair is too faint to read a word in (see ReadableColours).
    const QString open = QStringLiteral("<span style=\"background-color:%1; color:%2;\">")
                             .arg(cssColor(ReadableColours::matchBackground(palette)),
                                  cssColor(ReadableColours::matchText(palette)));
    QString html;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = i;
        while (end < text.size() && marked.at(end) == marked.at(i))
            ++end;
        const QString run = text.mid(i, end - i).toHtmlEscaped();
        html += marked.at(i) ? open + run + QStringLiteral("</span>") : run;
        i = end;
    }
    return html;
}

QString DetailRenderer::textToHtml(const QString &text, const QStringList &terms, const QPalette &palette)
{
    QString html;
    const QStringList paragraphs = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        const QStringList lines = paragraph.split(u'\n', Qt::SkipEmptyParts);
        QList<ListItem> items;
        for (const QString &line : lines) {
            ListItem item;
            if (!parseListItem(line, &item)) {
                items.clear();
                break;
            }
            items << item;
        }
        if (items.isEmpty()) {
            QStringList escaped;
            for (const QString &line : lines)
                escaped << escapeAndHighlight(line, terms, palette);
            html += QStringLiteral("<p>") + escaped.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
            continue;
        }
        // One level of nesting is all the sources use.
        const auto tag = [](bool numbered) { return numbered ? QStringLiteral("ol") : QStringLiteral("ul"); };
        html += u'<' + tag(items.first().numbered) + u'>';
        int depth = 0;
        bool innerNumbered = false;
        for (const ListItem &item : std::as_const(items)) {
            if (item.depth > depth) {
                innerNumbered = item.numbered;
                html += u'<' + tag(innerNumbered) + u'>';
            } else if (item.depth < depth) {
                html += QStringLiteral("</") + tag(innerNumbered) + u'>';
            }
            depth = item.depth;
            html += QStringLiteral("<li>") + escapeAndHighlight(item.text, terms, palette) + QStringLiteral("</li>");
        }
        if (depth > 0)
            html += QStringLiteral("</") + tag(innerNumbered) + u'>';
        html += QStringLiteral("</") + tag(items.first().numbered) + u'>';
    }
    return html;
}

QString DetailRenderer::render(const Catalogue &catalogue, const StatusEntry &entry, Language language,
                               const QString &query, const QPalette &palette, const PersonalMarks &marks)
{
    const QStringList terms = highlightTerms(query);
    const auto text = [&](const QString &value) { return escapeAndHighlight(value, terms, palette); };
    const QString muted = cssColor(ReadableColours::mutedText(palette));
    const QString rule = cssColor(palette.color(QPalette::Mid));
    const QString heading = QStringLiteral("<h3 style=\"margin-top:14px; margin-bottom:4px;\">%1</h3>");

    QString html;
    html += documentHead(palette) + QStringLiteral("<body>");
    html += QStringLiteral("<h1 style=\"margin-bottom:0px;\">%1 %2</h1>")
                .arg(entry.code)
                .arg(text(entry.phrase));
    html += QStringLiteral("<p style=\"font-size:large; margin-top:2px;\">%1</p>").arg(text(entry.title.in(language)));
    if (marks.available) {
        // In words and a sign, never colour alone; the links are the
        // pane's own buttons for the star and the note (Ctrl+D stars too).
        const auto action = [&](Action kind, Label name) {
            return QStringLiteral("<a href=\"%1\">%2</a>").arg(linkForAction(kind, entry.code), label(name).toHtmlEscaped());
        };
        QStringList parts;
        if (marks.starred)
            parts << QStringLiteral("\u2605 ") + label(Label::Starred).toHtmlEscaped() << action(Action::ToggleStar, Label::Unstar);
        else
            parts << QStringLiteral("\u2606 ") + action(Action::ToggleStar, Label::Star);
        parts << action(Action::EditNote, marks.note.isEmpty() ? Label::AddNote : Label::EditNote);
        html += QStringLiteral("<p style=\"margin-top:0px;\">%1</p>").arg(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    }

    // Facts: class, status, specification, former names.
    QString facts;
    const auto fact = [&](const QString &name, const QString &value) {
        facts += QStringLiteral("<tr><td style=\"color:%1; padding-right:12px;\">%2</td><td>%3</td></tr>")
                     .arg(muted, name.toHtmlEscaped(), value);
    };
    if (const StatusClass *statusClass = catalogue.statusClass(entry.classDigit()))
        fact(label(Label::Class), QStringLiteral("%1xx %2").arg(entry.classDigit()).arg(text(statusClass->name.in(language))));
    QString status = statusLabel(entry.status).toHtmlEscaped();
    if (entry.status != CodeStatus::Standard)
        status = QStringLiteral("<b>") + status + QStringLiteral("</b>");
    fact(label(Label::Status), status);
    fact(label(Label::Specification), text(entry.reference));
    if (!entry.aliases.isEmpty()) {
        QStringList aliases;
        for (const QString &alias : entry.aliases)
            aliases << text(alias);
        fact(label(Label::AlsoKnownAs), aliases.join(QStringLiteral(", ")));
    }
    if (!entry.usedBy.in(language).isEmpty())
        fact(label(Label::UsedBy), text(entry.usedBy.in(language)));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">") + facts + QStringLiteral("</table>");

    html += heading.arg(label(Label::Summary).toHtmlEscaped());
    html += textToHtml(entry.summary.in(language), terms, palette);
    // A number other programs use too: the registered meaning above, then
    // each other use, labelled with who uses it. An unregistered number has
    // no meaning above to be "other" than.
    if (!entry.unofficial.isEmpty()) {
        const Label usesHeading = entry.status == CodeStatus::Unofficial ? Label::VendorUses : Label::OtherUses;
        html += heading.arg(label(usesHeading).toHtmlEscaped());
        for (const UnofficialUse &use : entry.unofficial) {
            html += QStringLiteral("<p><b>%1</b>: %2 %3</p>")
                        .arg(text(use.usedBy.in(language)), text(QStringLiteral("%1 %2").arg(entry.code).arg(use.phrase)),
                             QStringLiteral("\u2014 ") + text(use.summary.in(language)));
        }
    }
    const QList<FactRow> factRows = Comparison::factRows(entry, language);
    if (!factRows.isEmpty()) {
        html += heading.arg(label(Label::Facts).toHtmlEscaped());
        // Lines of one paragraph, not a table (see the corrections below).
        QStringList lines;
        for (const FactRow &row : factRows) {
            //: A fact's label in the detail pane: "Sent by:".
            QString line = QStringLiteral("<span style=\"color:%1;\">%2</span> %3")
                               .arg(muted, tr("%1:").arg(row.label).toHtmlEscaped(), text(row.value));
            if (!row.section.isEmpty())
                line += QStringLiteral(" <span style=\"color:%1;\">(%2)</span>").arg(muted, text(row.section));
            lines << line;
        }
        html += QStringLiteral("<p>") + lines.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
    }
    // What real servers do with the code: right after its meaning and facts,
    // where a pasted log line opens the pane.
    html += PracticeRenderer::html(catalogue, entry.code, language, palette, text);
    if (marks.available && !marks.note.isEmpty()) {
        // The learner's own words, plain text: every line kept as typed.
        html += heading.arg(label(Label::YourNote).toHtmlEscaped());
        QStringList lines;
        for (const QString &line : marks.note.split(u'\n'))
            lines << escapeAndHighlight(line, terms, palette);
        html += QStringLiteral("<p>") + lines.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
    }

    // A correction stands right under the text it corrects, labelled in
    // words, in note colours (a tool tip's where that pair is legible), so
    // that it is never taken for the source's words.
    const QString noteBackground = cssColor(ReadableColours::noteBackground(palette));
    const QString noteText = cssColor(ReadableColours::noteText(palette));
    // Paragraphs, not a table: QTextDocument lays a table out several times
    // over, and the cells of a few corrections cost more than the rest of
    // the pane.
    const QString noteStyle
        = QStringLiteral("background-color:%1; color:%2; margin-left:12px; margin-right:0px;").arg(noteBackground, noteText);
    const QString correctionLabel
        = QStringLiteral("<p style=\"%1 margin-top:4px; margin-bottom:0px;\"><b>%2</b> (%3)</p>")
              .arg(noteStyle, label(Label::Correction).toHtmlEscaped(), label(Label::NotTheSource).toHtmlEscaped());
    const auto corrections = [&](const QList<const Note *> &notes) {
        QString block;
        for (const Note *note : notes) {
            QString body = textToHtml(note->text.in(language), terms, palette);
            body.replace(QStringLiteral("<p>"), QStringLiteral("<p style=\"%1 margin-top:0px; margin-bottom:8px;\">").arg(noteStyle));
            block += correctionLabel + body;
        }
        return block;
    };

    html += heading.arg(label(Label::Sources).toHtmlEscaped());
    if (entry.descriptions.isEmpty())
        html += QStringLiteral("<p style=\"color:%1;\">%2</p>")
                    .arg(muted, label(Label::NoSources).toHtmlEscaped());
    for (const Description &description : entry.descriptions) {
        const Source *source = catalogue.source(description.sourceId);
        const QString name = source ? source->name.in(language) : description.sourceId;
        const QList<const Note *> notes = entry.notesOn(description.sourceId);
        QString title = name.toHtmlEscaped();
        if (!description.phrase.isEmpty())
            title += QStringLiteral(" <span style=\"font-weight:normal; color:%1;\">\u00b7 \u201c%2\u201d</span>")
                         .arg(muted, text(description.phrase));
        if (!notes.isEmpty())
            title += QStringLiteral(" <span style=\"font-weight:normal; background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
                         .arg(noteBackground, noteText, label(Label::CorrectedBelow).toHtmlEscaped());
        html += QStringLiteral("<h4 style=\"margin-top:10px; margin-bottom:2px; border-bottom:1px solid %1;\">%2</h4>")
                    .arg(rule, title);
        html += textToHtml(description.text.in(language), terms, palette);
        html += corrections(notes);
    }

    const QList<const Note *> general = entry.notesOn(QString());
    if (!general.isEmpty()) {
        html += heading.arg(label(Label::Corrections).toHtmlEscaped());
        html += corrections(general);
    }

    const QString copyLink = QStringLiteral(" <a href=\"%1\">%2</a>");
    if (!entry.constants.isEmpty()) {
        // Monospace, each with a link that copies it.
        html += heading.arg(label(Label::InCode).toHtmlEscaped());
        QStringList lines;
        for (const CodeConstant &constant : entry.constants) {
            lines << QStringLiteral("<span style=\"color:%1;\">%2:</span> <code>%3</code>%4")
                         .arg(muted, constantLibrary(constant.language).toHtmlEscaped(),
                              text(constant.symbol),
                              copyLink.arg(linkForCopy(constant.symbol), label(Label::CopyIt).toHtmlEscaped()));
        }
        html += QStringLiteral("<p>") + lines.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
    }
    if (!entry.example.isEmpty()) {
        html += heading.arg(label(Label::Example).toHtmlEscaped()
                            + copyLink.arg(linkForCopy(entry.example), label(Label::CopyIt).toHtmlEscaped()));
        html += QStringLiteral("<pre>%1</pre>").arg(entry.example.toHtmlEscaped());
    }

    if (!entry.related.isEmpty()) {
        html += heading.arg(label(Label::CompareWith).toHtmlEscaped());
        QStringList links;
        for (const int code : entry.related) {
            const StatusEntry *related = catalogue.entry(code);
            const QString label = related ? QStringLiteral("%1 %2").arg(code).arg(related->phrase)
                                          : QString::number(code);
            links << QStringLiteral("<a href=\"%1\">%2</a>").arg(linkForCode(code), label.toHtmlEscaped());
        }
        html += QStringLiteral("<p>") + links.join(QStringLiteral(" &nbsp;·&nbsp; ")) + QStringLiteral("</p>");
        QList<int> group{entry.code};
        for (const int code : entry.related) {
            if (catalogue.entry(code) && group.size() < Comparison::MaxCodes)
                group << code;
        }
        if (group.size() >= Comparison::MinCodes)
            html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                        .arg(linkForComparison(group), label(Label::CompareThese).toHtmlEscaped());
    }
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace codex
