#include "practicerenderer.h"

#include "detailrenderer.h"
#include "logmatcher.h"
#include "readablecolours.h"

#include <algorithm>

namespace codex {

namespace {

// A label and its value: "Check: …", but "先查：…", a full-width colon
// standing without a space, as Chinese is written.
QString spaceAfter(const QString &label)
{
    return label.endsWith(QChar(0xFF1A)) ? QString() : QStringLiteral(" ");
}

} // namespace

QString PracticeRenderer::heading()
{
    //: The detail pane's section on what real servers do with a code.
    return tr("In practice");
}

QString PracticeRenderer::provenance(const Catalogue &catalogue, const PracticeClaim &claim)
{
    const PracticeServer *server = catalogue.practice().server(claim.server);
    if (claim.reproduced())
        //: %1 is a server version ("nginx/1.22.1"), %2 the test case that made the server do it.
        return tr("Reproduced against %1 (test %2)").arg(server ? server->version : claim.server, claim.reproducedBy);
    //: %1 is a platform (Cloudflare), %2 the vendor's document.
    return tr("From %1's documentation: %2").arg(server ? server->name : claim.server, claim.source);
}

QString PracticeRenderer::html(const Catalogue &catalogue, int code, Language language, const QPalette &palette,
                               const std::function<QString(const QString &)> &highlight)
{
    const QList<PracticeClaim> &claims = catalogue.practice().claimsFor(code);
    if (claims.isEmpty())
        return {};
    // nginx writes "812#812": as an entity, so that a '#' in the pane's HTML
    // is only ever a palette colour (tst_detailrenderer checks each one).
    const auto text = [&highlight](const QString &value) {
        QStringList parts;
        for (const QString &part : value.split(u'#'))
            parts << highlight(part);
        return parts.join(QStringLiteral("&#35;"));
    };
    const QString muted = ReadableColours::mutedText(palette).name(QColor::HexRgb);
    const QString rule = palette.color(QPalette::Mid).name(QColor::HexRgb);
    QString html = QStringLiteral("<h3 style=\"margin-top:14px; margin-bottom:4px;\"><a name=\"%1\"></a>%2</h3>")
                       .arg(anchor(), heading().toHtmlEscaped());
    const auto row = [&](const QString &label, const QString &value) {
        return QStringLiteral("<span style=\"color:%1;\">%2</span>%3%4").arg(muted, label.toHtmlEscaped(), spaceAfter(label), value);
    };
    for (const PracticeClaim &claim : claims) {
        const PracticeServer *server = catalogue.practice().server(claim.server);
        html += QStringLiteral("<h4 style=\"margin-top:10px; margin-bottom:2px; border-bottom:1px solid %1;\">%2</h4>")
                    .arg(rule, text(server ? server->name : claim.server));
        html += QStringLiteral("<p style=\"margin-top:2px; margin-bottom:2px;\">%1</p>").arg(text(claim.situation(language)));
        QStringList lines;
        if (!claim.log.isEmpty())
            //: In practice: the line the server writes in its log.
            lines << row(tr("Log:"), QStringLiteral("<code>%1</code>").arg(text(claim.log)));
        if (!claim.setting.isEmpty())
            //: In practice: the directive that governs it, with its default value.
            lines << row(tr("Setting (default):"), QStringLiteral("<code>%1</code>").arg(text(claim.setting)));
        //: In practice: what to look at first.
        lines << row(tr("Check:"), text(claim.check(language)));
        lines << QStringLiteral("<span style=\"color:%1;\">%2</span>").arg(muted, provenance(catalogue, claim).toHtmlEscaped());
        html += QStringLiteral("<p style=\"margin-top:2px;\">") + lines.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
    }
    return html;
}

bool PracticeRenderer::isLog(const Catalogue &catalogue, const QString &text)
{
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() < 2)
        return false;
    const LogMatcher matcher(catalogue);
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) { return matcher.match(line).recognised(); });
}

QString PracticeRenderer::logHtml(const Catalogue &catalogue, const QString &log, Language language, const QPalette &palette)
{
    const LogMatcher matcher(catalogue);
    const QString muted = ReadableColours::mutedText(palette).name(QColor::HexRgb);
    const QString rule = palette.color(QPalette::Mid).name(QColor::HexRgb);
    QString items;
    int lines = 0;
    int recognised = 0;
    for (const QString &line : log.split(u'\n')) {
        if (line.trimmed().isEmpty())
            continue;
        ++lines;
        const LogMatch match = matcher.match(line);
        const StatusEntry *entry = catalogue.entry(match.code);
        if (!entry)
            continue;
        ++recognised;
        const PracticeServer *server = catalogue.practice().server(match.server);
        QString title = QStringLiteral("<a href=\"%1\">%2 %3</a>")
                            .arg(DetailRenderer::linkForCode(entry->code))
                            .arg(entry->code)
                            .arg(entry->phrase.toHtmlEscaped());
        if (server)
            title += QStringLiteral(" \u2014 ") + server->name.toHtmlEscaped();
        items += QStringLiteral("<h4 style=\"margin-top:10px; margin-bottom:2px; border-bottom:1px solid %1;\">%2</h4>").arg(rule, title);
        items += QStringLiteral("<p style=\"margin-top:2px; margin-bottom:2px;\"><code>%1</code></p>")
                     .arg(line.trimmed().toHtmlEscaped().replace(u'#', QStringLiteral("&#35;")));
        QString cause = entry->oneLine.in(language).isEmpty() ? entry->title.in(language) : entry->oneLine.in(language);
        QString check;
        if (match.claim) {
            cause = match.claim->situation(language);
            check = match.claim->check(language);
        }
        QStringList rows;
        //: The log view: why the server sent the code.
        const QString causeLabel = tr("Cause:");
        rows << QStringLiteral("<span style=\"color:%1;\">%2</span>%3%4").arg(muted, causeLabel.toHtmlEscaped(), spaceAfter(causeLabel), cause.toHtmlEscaped());
        if (!check.isEmpty()) {
            const QString checkLabel = tr("Check:");
            rows << QStringLiteral("<span style=\"color:%1;\">%2</span>%3%4").arg(muted, checkLabel.toHtmlEscaped(), spaceAfter(checkLabel), check.toHtmlEscaped());
        }
        if (match.claim)
            rows << QStringLiteral("<span style=\"color:%1;\">%2</span>").arg(muted, provenance(catalogue, *match.claim).toHtmlEscaped());
        items += QStringLiteral("<p style=\"margin-top:2px;\">") + rows.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
    }
    //: The log view's heading.
    QString html = DetailRenderer::documentHead(palette) + QStringLiteral("<body><h2>%1</h2>").arg(tr("Log lines explained").toHtmlEscaped());
    //: The log view: how many of the pasted lines name a code.
    html += QStringLiteral("<p style=\"color:%1;\">%2</p>").arg(muted, tr("%1 of %2 lines recognised; click a code to open it.").arg(recognised).arg(lines).toHtmlEscaped());
    return html + items + QStringLiteral("</body></html>");
}

void PracticeRenderer::writeText(QTextStream &out, const Catalogue &catalogue, int code, Language language)
{
    const QList<PracticeClaim> &claims = catalogue.practice().claimsFor(code);
    if (claims.isEmpty())
        return;
    out << '\n' << heading() << '\n';
    for (const PracticeClaim &claim : claims) {
        const PracticeServer *server = catalogue.practice().server(claim.server);
        out << "  [" << (server ? server->name : claim.server) << "] " << claim.situation(language) << '\n';
        if (!claim.log.isEmpty())
            out << "    " << tr("Log:") << spaceAfter(tr("Log:")) << claim.log << '\n';
        if (!claim.setting.isEmpty())
            out << "    " << tr("Setting (default):") << spaceAfter(tr("Setting (default):")) << claim.setting << '\n';
        out << "    " << tr("Check:") << spaceAfter(tr("Check:")) << claim.check(language) << '\n';
        out << "    " << provenance(catalogue, claim) << '\n';
    }
}

} // namespace codex
