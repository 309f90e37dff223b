#include "overviewrenderer.h"

#include "detailrenderer.h"
#include "readablecolours.h"

#include <QMap>
#include <QUrl>

namespace codex {

namespace {

QString cssColor(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

QString link(const QString &href, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

QString OverviewRenderer::linkForSearch(const QString &query)
{
    return QStringLiteral("search:") + QString::fromLatin1(QUrl::toPercentEncoding(query));
}

QString OverviewRenderer::queryFromSearchLink(const QString &link)
{
    if (!link.startsWith(u"search:"))
        return {};
    return QUrl::fromPercentEncoding(link.mid(7).toLatin1());
}

QString OverviewRenderer::linkForView(View view)
{
    switch (view) {
    case View::Study: return QStringLiteral("view:study");
    case View::Compare: return QStringLiteral("view:compare");
    case View::Guide: return QStringLiteral("view:guide");
    case View::None: break;
    }
    return {};
}

OverviewRenderer::View OverviewRenderer::viewFromLink(const QString &link)
{
    if (link == u"view:study")
        return View::Study;
    if (link == u"view:compare")
        return View::Compare;
    if (link == u"view:guide")
        return View::Guide;
    return View::None;
}

QList<OverviewRenderer::ExampleQuery> OverviewRenderer::exampleQueries(Language language)
{
    // Queries in the language of the interface where words are concerned;
    // the rest work in both.
    const bool chinese = language == Language::Chinese;
    return {
        {QStringLiteral("404"), tr("a code")},
        {QStringLiteral("4xx"), tr("a whole class")},
        {chinese ? QStringLiteral("未找到") : QStringLiteral("not found"), tr("words of a reason phrase or title")},
        {chinese ? QStringLiteral("缓存") : QStringLiteral("cache"), tr("anything the sources say")},
        {QStringLiteral("301 vs 308"), tr("two codes, to compare them")},
        {QStringLiteral("forbiden"), tr("a misspelling: near matches are shown")},
        {QStringLiteral("StatusTeapot"), tr("a constant from code (Go, Python, .NET, …)")},
    };
}

QString OverviewRenderer::render(const Catalogue &catalogue, Language language, const QPalette &palette)
{
    const QString muted = cssColor(ReadableColours::mutedText(palette));
    const QString heading = QStringLiteral("<h3 style=\"margin-top:14px; margin-bottom:4px;\">%1</h3>");

    int registered = 0;
    int unofficial = 0;
    QHash<int, int> registeredByClass;
    QHash<int, int> unofficialByClass;
    for (const StatusEntry &entry : catalogue.entries()) {
        const bool isUnofficial = entry.status == CodeStatus::Unofficial;
        ++(isUnofficial ? unofficial : registered);
        ++(isUnofficial ? unofficialByClass : registeredByClass)[entry.classDigit()];
    }

    QString html = DetailRenderer::documentHead(palette) + QStringLiteral("<body>");
    html += QStringLiteral("<h1 style=\"margin-bottom:0px;\">%1</h1>").arg(tr("HTTP status codes at a glance").toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin-top:4px;\">%1</p>")
                .arg(tr("%1 codes: %2 from the IANA registry and %3 that vendors use without registering them. For "
                        "each, what %4 Chinese sources say side by side, checked against RFC 9110, with corrections "
                        "where a source is wrong.")
                         .arg(registered + unofficial)
                         .arg(registered)
                         .arg(unofficial)
                         .arg(catalogue.sources().size())
                         .toHtmlEscaped());

    // The classes: what the first digit says, and how many codes each has.
    html += heading.arg(tr("The classes, by first digit").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const StatusClass &statusClass : catalogue.classes()) {
        const int digit = statusClass.digit;
        if (!registeredByClass.contains(digit) && !unofficialByClass.contains(digit))
            continue; // a catalogue of its own may leave a class empty
        QString count = tr("%1 codes").arg(registeredByClass.value(digit));
        if (const int extra = unofficialByClass.value(digit))
            count = tr("%1 codes + %2 unofficial").arg(registeredByClass.value(digit)).arg(extra);
        html += QStringLiteral("<tr><td style=\"padding-right:10px;\"><b>%1</b></td>"
                               "<td style=\"color:%2; padding-right:10px;\">%3</td><td>%4</td></tr>")
                    .arg(link(linkForSearch(QStringLiteral("%1xx").arg(digit)),
                              QStringLiteral("%1xx %2").arg(digit).arg(statusClass.name.in(language))),
                         muted, count.toHtmlEscaped(), statusClass.summary.in(language).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");

    // The codes a developer meets every week, a line per class.
    QMap<int, QStringList> commonByClass;
    for (const StatusEntry &entry : catalogue.entries()) {
        if (entry.common)
            commonByClass[entry.classDigit()]
                << QStringLiteral("<a href=\"%1\">%2</a>")
                       .arg(DetailRenderer::linkForCode(entry.code),
                            // Unbroken, so that a line never ends inside a code's name.
                            QStringLiteral("%1 %2").arg(entry.code).arg(entry.phrase).toHtmlEscaped().replace(u' ', QStringLiteral("&nbsp;")));
    }
    if (!commonByClass.isEmpty()) {
        html += heading.arg(tr("The codes you will meet most").toHtmlEscaped());
        QStringList lines;
        for (auto it = commonByClass.cbegin(); it != commonByClass.cend(); ++it)
            lines << it.value().join(QStringLiteral(" &nbsp;·&nbsp; "));
        html += QStringLiteral("<p>") + lines.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
    }

    html += heading.arg(tr("Searching").toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin-bottom:2px;\">%1</p>")
                .arg(tr("Type into the search field above the list; the list and this pane follow as you type. "
                        "Try:")
                         .toHtmlEscaped());
    html += QStringLiteral("<ul>");
    for (const ExampleQuery &example : exampleQueries(language))
        html += QStringLiteral("<li>%1 <span style=\"color:%2;\">\u2014 %3</span></li>")
                    .arg(link(linkForSearch(example.query), example.query), muted, example.explanation.toHtmlEscaped());
    html += QStringLiteral("</ul>");

    html += heading.arg(tr("Studying and comparing").toHtmlEscaped());
    QStringList next;
    next << link(linkForView(View::Study), tr("Study the codes"))
                + QStringLiteral(" <span style=\"color:%1;\">\u2014 %2</span>")
                      .arg(muted, tr("quizzes and flashcards, scheduled so that you review each code just before "
                                     "you would forget it; start with the common codes deck")
                                      .toHtmlEscaped());
    if (!catalogue.guide().isEmpty())
        next << link(linkForView(View::Guide), tr("Which code should my server return?"))
                    + QStringLiteral(" <span style=\"color:%1;\">\u2014 %2</span>")
                          .arg(muted, tr("a guide, one question at a time").toHtmlEscaped());
    html += QStringLiteral("<p>") + next.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
    if (!catalogue.groups().isEmpty()) {
        QStringList groups;
        for (const CodeGroup &group : catalogue.groups())
            groups << link(DetailRenderer::linkForComparison(group.codes), group.name.in(language));
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(tr("Codes people confuse, side by side:").toHtmlEscaped(),
                         groups.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    }
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace codex
