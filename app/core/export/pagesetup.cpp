#include "pagesetup.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace codex {

QPageSize pageSizeOf(Paper paper)
{
    return QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}

QString paperKey(Paper paper)
{
    return paper == Paper::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

std::optional<Paper> paperFromKey(const QString &key)
{
    const QString folded = key.trimmed().toLower();
    if (folded == u"a4")
        return Paper::A4;
    if (folded == u"letter")
        return Paper::Letter;
    return std::nullopt;
}

Paper defaultPaper(const QLocale &locale)
{
    const QLocale::Territory territory = locale.territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada ? Paper::Letter : Paper::A4;
}

QMarginsF printMargins()
{
    return QMarginsF(15, 14, 15, 12);
}

QFont printFont(qreal pointSize)
{
    QFont font;
    QStringList families{font.defaultFamily()};
    families << QStringLiteral("Noto Sans CJK SC") << QStringLiteral("Source Han Sans SC")
             << QStringLiteral("Microsoft YaHei") << QStringLiteral("PingFang SC");
    font.setFamilies(families);
    font.setStyleHint(QFont::SansSerif);
    // Ligatures ("fi" as one glyph) come out of a PDF as one character, and
    // "Not Modified" would no longer be found in it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(pointSize);
    return font;
}

qreal footerHeight(QPagedPaintDevice *device)
{
    return QFontMetricsF(printFont(7.5), device).height() * 2.5;
}

void drawFooter(QPainter *painter, const QRectF &page, const QString &left, const QString &right)
{
    painter->save();
    const QFont font = printFont(7.5);
    painter->setFont(font);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    const qreal height = QFontMetricsF(font, painter->device()).height();
    const QRectF line(page.left(), page.bottom() - height, page.width(), height);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, left);
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, right);
    painter->restore();
}

bool writePdf(const QString &fileName, Paper paper, const QString &title,
              const std::function<bool(QPagedPaintDevice *device)> &paint, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Status Codex"));
        writer.setPageLayout(QPageLayout(pageSizeOf(paper), QPageLayout::Portrait, printMargins(), QPageLayout::Millimeter));
        if (!paint(&writer)) {
            file.cancelWriting();
            *error = QCoreApplication::translate("EntryDocument", "the pages could not be laid out");
            return false;
        }
    } // the writer finishes the PDF when it goes
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace codex
