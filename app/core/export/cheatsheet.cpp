#include "cheatsheet.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>

namespace codex {

QString sheetLanguagesKey(SheetLanguages languages)
{
    switch (languages) {
    case SheetLanguages::Chinese: return QStringLiteral("zh");
    case SheetLanguages::English: return QStringLiteral("en");
    case SheetLanguages::Both: return QStringLiteral("both");
    }
    return {};
}

std::optional<SheetLanguages> sheetLanguagesFromKey(const QString &key)
{
    if (key.trimmed().toLower() == u"both")
        return SheetLanguages::Both;
    if (const std::optional<Language> language = languageFromCode(key))
        return sheetLanguagesFor(*language);
    return std::nullopt;
}

SheetLanguages sheetLanguagesFor(Language language)
{
    return language == Language::Chinese ? SheetLanguages::Chinese : SheetLanguages::English;
}

QList<const StatusEntry *> CheatSheet::entries(const Catalogue &catalogue)
{
    QList<const StatusEntry *> registered;
    for (const StatusEntry &entry : catalogue.entries()) {
        if (entry.status != CodeStatus::Unofficial)
            registered << &entry;
    }
    return registered;
}

QString CheatSheet::firstSentence(const QString &text, Language language)
{
    const QString paragraph = text.section(QStringLiteral("\n\n"), 0, 0).simplified();
    // As a reader counts them: "Section 15.5.5" and "e.g. the" end none.
    static const QRegularExpression englishEnd(QStringLiteral("(?<=[.!?]|[.!?][)\"'])\\s+(?=[A-Z0-9\"'(])"));
    static const QRegularExpression chineseEnd(QStringLiteral("(?<=[。！？])"));
    const QRegularExpressionMatch end = (language == Language::Chinese ? chineseEnd : englishEnd).match(paragraph);
    return end.hasMatch() ? paragraph.left(end.capturedStart()).trimmed() : paragraph;
}

QString CheatSheet::oneLineSource(const StatusEntry &entry, Language language)
{
    if (!entry.oneLine.in(language).isEmpty())
        return entry.oneLine.in(language);
    QString sentence = firstSentence(entry.summary.in(language), language);
    const QString code = QString::number(entry.code);
    if (language == Language::English) {
        // "410 means that the target..." or "421 Misdirected Request means the request..."
        const QRegularExpression means(QStringLiteral("^%1(?: %2)? means(?: that)? ")
                                           .arg(code, QRegularExpression::escape(entry.phrase)));
        const QRegularExpressionMatch match = means.match(sentence);
        if (match.hasMatch() && match.capturedLength() < sentence.size()) {
            sentence = sentence.mid(match.capturedLength());
            sentence[0] = sentence.at(0).toUpper();
        }
    } else {
        // "410 表示目标资源……"
        const QRegularExpression means(QStringLiteral("^%1(?: %2)? ?表示").arg(code, QRegularExpression::escape(entry.phrase)));
        const QRegularExpressionMatch match = means.match(sentence);
        if (match.hasMatch() && match.capturedLength() < sentence.size())
            sentence = sentence.mid(match.capturedLength());
    }
    return sentence;
}

namespace {

const QString ellipsis = QStringLiteral("\u2026");

bool isClausePunctuation(QChar c)
{
    return c == u',' || c == u';' || c == u':' || c == u'，' || c == u'；' || c == u'：' || c == u'—' || c == u'–';
}

// Latin letters and digits make words; a Han character is a word by itself.
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() && c.script() != QChar::Script_Han;
}

// What stays before an ellipsis: no trailing spaces or punctuation.
QString beforeEllipsis(const QString &text)
{
    QString kept = text;
    while (!kept.isEmpty() && (kept.back().isSpace() || kept.back().isPunct()) && kept.back() != u')' && kept.back() != u'）')
        kept.chop(1);
    return kept;
}

} // namespace

QString CheatSheet::fitted(const QString &sentence, const std::function<bool(const QString &)> &fits)
{
    if (fits(sentence))
        return sentence;
    // Clause boundaries: before a comma, semicolon, colon or dash, or
    // before an opening bracket.
    QString clauseCut;
    for (qsizetype i = sentence.size() - 1; i > 0; --i) {
        const QChar c = sentence.at(i);
        const bool boundary = isClausePunctuation(c) || ((c == u'(' || c == u'（') && i > 0);
        if (!boundary)
            continue;
        const QString kept = beforeEllipsis(sentence.left(i));
        if (!kept.isEmpty() && fits(kept + ellipsis)) {
            clauseCut = kept + ellipsis;
            break;
        }
    }
    // Word boundaries: a space, or between two characters of which one is
    // not part of a Latin word (Han characters, punctuation).
    QString wordCut;
    for (qsizetype i = sentence.size() - 1; i > 0; --i) {
        const bool boundary = sentence.at(i).isSpace() || !isWordCharacter(sentence.at(i)) || !isWordCharacter(sentence.at(i - 1));
        if (!boundary)
            continue;
        const QString kept = beforeEllipsis(sentence.left(i));
        if (!kept.isEmpty() && fits(kept + ellipsis)) {
            wordCut = kept + ellipsis;
            break;
        }
    }
    // A clause that says most of what the words would is the better line.
    if (!clauseCut.isEmpty() && clauseCut.size() * 10 >= wordCut.size() * 7)
        return clauseCut;
    if (!wordCut.isEmpty())
        return wordCut;
    return fits(ellipsis) ? ellipsis : QString();
}

namespace {

struct Column
{
    QString header;
    qreal x = 0;
    qreal width = 0;
};

struct Fonts
{
    QFont body;
    QFont bold;
    QFont heading;
    QFont title;
};

Fonts fontsAt(qreal pointSize)
{
    Fonts fonts{printFont(pointSize), printFont(pointSize), printFont(pointSize + 0.5), printFont(pointSize + 6)};
    fonts.bold.setBold(true);
    fonts.heading.setBold(true);
    fonts.title.setBold(true);
    return fonts;
}

QString className(const Catalogue &catalogue, int digit, SheetLanguages languages)
{
    const StatusClass *statusClass = catalogue.statusClass(digit);
    if (!statusClass)
        return QStringLiteral("%1xx").arg(digit);
    QString name;
    switch (languages) {
    case SheetLanguages::Chinese: name = statusClass->name.zh; break;
    case SheetLanguages::English: name = statusClass->name.en; break;
    case SheetLanguages::Both: name = statusClass->name.zh + QStringLiteral(" \u00b7 ") + statusClass->name.en; break;
    }
    return QStringLiteral("%1xx  %2").arg(digit).arg(name);
}

// Lays the sheet out at one point size; paints it when `painter` is given.
// Returns the number of pages it takes.
int layOut(const Catalogue &catalogue, SheetLanguages languages, QPagedPaintDevice *device, qreal pointSize,
           QPainter *painter, int totalPages = 0)
{
    const Fonts fonts = fontsAt(pointSize);
    const QFontMetricsF body(fonts.body, device);
    const QFontMetricsF bold(fonts.bold, device);
    const QFontMetricsF heading(fonts.heading, device);
    const QFontMetricsF title(fonts.title, device);
    const qreal millimetre = device->logicalDpiX() / 25.4;
    const qreal gap = 2.2 * millimetre;
    const QRectF page(0, 0, device->width(), device->height());
    const qreal bottom = page.height() - footerHeight(device);
    const QList<const StatusEntry *> entries = CheatSheet::entries(catalogue);
    const bool withTitle = languages != SheetLanguages::English;

    // Columns: as wide as their widest cell (within reason); the lines share what is left.
    qreal codeWidth = qMax(bold.horizontalAdvance(QStringLiteral("000")), bold.horizontalAdvance(CheatSheet::tr("Code")));
    qreal phraseWidth = bold.horizontalAdvance(CheatSheet::tr("Reason phrase"));
    qreal titleWidth = withTitle ? bold.horizontalAdvance(CheatSheet::tr("Title")) : 0;
    for (const StatusEntry *entry : entries) {
        phraseWidth = qMax(phraseWidth, body.horizontalAdvance(entry->phrase));
        if (withTitle)
            titleWidth = qMax(titleWidth, body.horizontalAdvance(entry->title.zh));
    }
    phraseWidth = qMin(phraseWidth, page.width() * 0.28);
    titleWidth = qMin(titleWidth, page.width() * 0.16);
    QList<Column> columns;
    qreal x = 0;
    const auto add = [&](const QString &header, qreal width) {
        columns << Column{header, x, width};
        x += width + gap;
    };
    add(CheatSheet::tr("Code"), codeWidth);
    add(CheatSheet::tr("Reason phrase"), phraseWidth);
    if (withTitle)
        add(CheatSheet::tr("Title"), titleWidth);
    const qreal rest = page.width() - x;
    if (languages == SheetLanguages::Both) {
        // Shared in proportion to the longest line of each language, so that
        // the shorter Chinese lines do not take room the English ones need.
        qreal english = 0;
        qreal chinese = 0;
        for (const StatusEntry *entry : entries) {
            english = qMax(english, body.horizontalAdvance(CheatSheet::oneLineSource(*entry, Language::English)));
            chinese = qMax(chinese, body.horizontalAdvance(CheatSheet::oneLineSource(*entry, Language::Chinese)));
        }
        const qreal room = rest - gap;
        const qreal englishShare = english + chinese > 0 ? qBound(0.3, english / (english + chinese), 0.7) : 0.5;
        const qreal chineseWidth = english + chinese <= room ? chinese : room * (1 - englishShare);
        add(CheatSheet::tr("In one line (English)"), room - chineseWidth);
        add(CheatSheet::tr("In one line (Chinese)"), chineseWidth);
    } else {
        add(CheatSheet::tr("In one line"), rest);
    }

    const qreal rowHeight = body.height() * 1.32;
    const qreal headingHeight = heading.height() * 1.5;
    const qreal headerHeight = bold.height() * 1.5;
    const qreal titleHeight = title.height() * 1.6;
    const QColor rule(0x88, 0x88, 0x88);
    const int lineFlags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine;

    int pages = 1;
    qreal y = 0;
    const auto columnHeaders = [&]() {
        if (painter) {
            painter->setFont(fonts.bold);
            painter->setPen(Qt::black);
            for (const Column &column : std::as_const(columns))
                painter->drawText(QRectF(column.x, y, column.width, headerHeight), lineFlags,
                                  bold.elidedText(column.header, Qt::ElideRight, column.width));
            painter->setPen(QPen(rule, 0.25 * millimetre));
            painter->drawLine(QPointF(0, y + headerHeight), QPointF(page.width(), y + headerHeight));
        }
        y += headerHeight + 0.6 * millimetre;
    };
    const auto footer = [&]() {
        if (painter)
            drawFooter(painter, page, QStringLiteral("Status Codex %1").arg(QStringLiteral(STATUS_CODEX_VERSION)),
                       //: The footer of a printed page: "Page 1 of 2".
                       CheatSheet::tr("Page %1 of %2").arg(pages).arg(totalPages));
    };
    const auto newPage = [&]() -> bool {
        footer();
        ++pages;
        y = 0;
        if (painter && !device->newPage())
            return false;
        columnHeaders();
        return true;
    };

    // Page one opens with the sheet's title.
    if (painter) {
        painter->setFont(fonts.title);
        painter->setPen(Qt::black);
        painter->drawText(QRectF(0, 0, page.width(), titleHeight), lineFlags, CheatSheet::tr("HTTP Status Codes"));
        painter->setFont(fonts.body);
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(QRectF(0, 0, page.width(), titleHeight), Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                          CheatSheet::tr("%n registered codes, by class", nullptr, int(entries.size())));
    }
    y = titleHeight;
    columnHeaders();

    int digit = 0;
    int stripe = 0;
    for (const StatusEntry *entry : entries) {
        if (entry->classDigit() != digit) {
            digit = entry->classDigit();
            // A class heading never ends a page: it goes with its first code.
            if (y + headingHeight + rowHeight > bottom && !newPage())
                return 0;
            if (painter) {
                painter->fillRect(QRectF(0, y + 0.4 * millimetre, page.width(), headingHeight - 0.8 * millimetre),
                                  QColor(0xdd, 0xdd, 0xdd));
                painter->setFont(fonts.heading);
                painter->setPen(Qt::black);
                painter->drawText(QRectF(gap / 2, y, page.width() - gap, headingHeight), lineFlags,
                                  heading.elidedText(className(catalogue, digit, languages), Qt::ElideRight, page.width() - gap));
            }
            y += headingHeight;
            stripe = 0;
        }
        if (y + rowHeight > bottom && !newPage())
            return 0;
        if (painter) {
            if (stripe % 2 == 1)
                painter->fillRect(QRectF(0, y, page.width(), rowHeight), QColor(0xf1, 0xf1, 0xf1));
            painter->setPen(Qt::black);
            const auto cell = [&](int index, const QFont &font, const QString &text) {
                painter->setFont(font);
                painter->drawText(QRectF(columns.at(index).x, y, columns.at(index).width, rowHeight), lineFlags, text);
            };
            const auto line = [&](int index, const QString &text) {
                const qreal width = columns.at(index).width;
                cell(index, fonts.body, CheatSheet::fitted(text, [&](const QString &candidate) {
                    return body.horizontalAdvance(candidate) <= width;
                }));
            };
            cell(0, fonts.bold, QString::number(entry->code));
            cell(1, fonts.body, body.elidedText(entry->phrase, Qt::ElideRight, columns.at(1).width));
            switch (languages) {
            case SheetLanguages::English: {
                // The title says something the phrase does not only for the
                // unused numbers ("I'm a teapot (reserved)"), which an
                // entry's own one line already says.
                QString text = CheatSheet::oneLineSource(*entry, Language::English);
                if (entry->oneLine.en.isEmpty() && entry->title.en.compare(entry->phrase, Qt::CaseInsensitive) != 0)
                    text = entry->title.en + QStringLiteral(": ") + text;
                line(2, text);
                break;
            }
            case SheetLanguages::Chinese:
                cell(2, fonts.body, body.elidedText(entry->title.zh, Qt::ElideRight, columns.at(2).width));
                line(3, CheatSheet::oneLineSource(*entry, Language::Chinese));
                break;
            case SheetLanguages::Both:
                cell(2, fonts.body, body.elidedText(entry->title.zh, Qt::ElideRight, columns.at(2).width));
                line(3, CheatSheet::oneLineSource(*entry, Language::English));
                line(4, CheatSheet::oneLineSource(*entry, Language::Chinese));
                break;
            }
        }
        y += rowHeight;
        ++stripe;
    }
    footer();
    return pages;
}

} // namespace

int CheatSheet::paint(const Catalogue &catalogue, SheetLanguages languages, QPagedPaintDevice *device)
{
    device->setPageOrientation(languages == SheetLanguages::Both ? QPageLayout::Landscape : QPageLayout::Portrait);
    // The largest type that keeps the sheet on two pages; a catalogue far
    // larger than ours takes more pages at the smallest.
    qreal pointSize = 8.5;
    while (pointSize > 6 && layOut(catalogue, languages, device, pointSize, nullptr) > MaxPages)
        pointSize -= 0.25;
    const int pages = layOut(catalogue, languages, device, pointSize, nullptr);
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const int painted = layOut(catalogue, languages, device, pointSize, &painter, pages);
    painter.end();
    return painted;
}

bool CheatSheet::writePdf(const Catalogue &catalogue, SheetLanguages languages, Paper paper, const QString &fileName,
                          QString *error)
{
    return codex::writePdf(fileName, paper, tr("HTTP Status Codes"), [&](QPagedPaintDevice *device) {
        return paint(catalogue, languages, device) > 0;
    }, error);
}

} // namespace codex
