#include "progresscharts.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace codex {

ReviewChart::ReviewChart(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(90);
}

void ReviewChart::setDays(const QList<DayTally> &days)
{
    m_days = days;
    int total = 0;
    int right = 0;
    int busiest = 0;
    for (const DayTally &day : days) {
        total += day.reviews;
        right += day.correct;
        busiest = std::max(busiest, day.reviews);
    }
    // The bars in words, for readers who cannot see them: the totals, then
    // the last week day by day (the days a reader is likely to ask about).
    QStringList week;
    for (qsizetype i = std::max<qsizetype>(0, days.size() - 7); i < days.size(); ++i) {
        //: One day of the review chart for screen readers: "Mon 12 (10 right)".
        week << tr("%1 %2 (%3 right)")
                    .arg(QLocale().dayName(days.at(i).day.dayOfWeek(), QLocale::ShortFormat))
                    .arg(days.at(i).reviews)
                    .arg(days.at(i).correct);
    }
    //: The review chart for screen readers: "412 reviews in the last 90 days; at most 30 on one day".
    QString description = tr("%1 reviews in the last %2 days; at most %3 on one day").arg(total).arg(days.size()).arg(busiest);
    if (total > 0) {
        //: Follows the chart's description: "; 300 answered right. The last 7 days: Mon 12 (10 right), …".
        description += tr("; %1 answered right. The last %2 days: %3")
                           .arg(right)
                           .arg(week.size())
                           .arg(week.join(QStringLiteral(", ")));
    }
    setAccessibleDescription(description);
    update();
}

void ReviewChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &colours = palette();
    const int labelHeight = fontMetrics().height();
    const QRect plot = rect().adjusted(2, labelHeight + 2, -2, -2);
    painter.setPen(colours.color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    int busiest = 1;
    for (const DayTally &day : std::as_const(m_days))
        busiest = std::max(busiest, day.reviews);
    painter.setPen(colours.color(QPalette::WindowText));
    const bool any = std::any_of(m_days.cbegin(), m_days.cend(), [](const DayTally &day) { return day.reviews > 0; });
    //: Above the chart: its scale, "at most 30 a day".
    painter.drawText(QRect(0, 0, width(), labelHeight), Qt::AlignLeft,
                     any ? tr("at most %1 a day").arg(busiest) : tr("No reviews yet"));
    if (!any)
        return;
    // The legend, in words: the two parts of a bar differ only in shade.
    const QString legend = tr("darker: right answers");
    const int swatch = labelHeight / 2;
    const int legendWidth = fontMetrics().horizontalAdvance(legend);
    painter.drawText(QRect(width() - legendWidth - 2, 0, legendWidth + 2, labelHeight), Qt::AlignRight, legend);
    painter.fillRect(QRect(width() - legendWidth - swatch - 8, (labelHeight - swatch) / 2, swatch, swatch),
                     colours.color(QPalette::Highlight).darker(130));
    const double slot = double(plot.width()) / m_days.size();
    for (int i = 0; i < m_days.size(); ++i) {
        const DayTally &day = m_days.at(i);
        if (day.reviews == 0)
            continue;
        const int height = std::max(1, int(plot.height() * double(day.reviews) / busiest));
        const QRectF bar(plot.left() + i * slot + slot * 0.1, plot.bottom() - height, std::max(1.0, slot * 0.8), height);
        painter.fillRect(bar, colours.color(QPalette::Highlight));
        // The part answered right, darker: the same hue, never a colour of its own.
        const int right = int(height * double(day.correct) / day.reviews);
        painter.fillRect(QRectF(bar.left(), bar.bottom() - right, bar.width(), right),
                         colours.color(QPalette::Highlight).darker(130));
    }
}

MasteryBars::MasteryBars(QWidget *parent)
    : QWidget(parent)
{
}

void MasteryBars::setMastery(const QList<double> &mastery)
{
    m_mastery = mastery;
    QStringList parts;
    for (int i = 0; i < mastery.size(); ++i)
        parts << tr("%1xx: %2%").arg(i + 1).arg(qRound(mastery.at(i) * 100));
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
    updateGeometry();
    update();
}

void MasteryBars::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &colours = palette();
    const int rowHeight = fontMetrics().height() + 6;
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("5xx  100%  "));
    for (int i = 0; i < m_mastery.size(); ++i) {
        const double value = std::clamp(m_mastery.at(i), 0.0, 1.0);
        const QRect row(0, i * rowHeight, width(), rowHeight);
        painter.setPen(colours.color(QPalette::WindowText));
        painter.drawText(row.adjusted(0, 0, -(width() - labelWidth), 0), Qt::AlignVCenter | Qt::AlignLeft,
                         QStringLiteral("%1xx  %2%").arg(i + 1).arg(qRound(value * 100)));
        const QRect track = row.adjusted(labelWidth, 3, -2, -3);
        painter.fillRect(track, colours.color(QPalette::Base));
        painter.setPen(colours.color(QPalette::Mid));
        painter.drawRect(track.adjusted(0, 0, -1, -1));
        painter.fillRect(QRect(track.left() + 1, track.top() + 1, int((track.width() - 2) * value), track.height() - 2),
                         colours.color(QPalette::Highlight));
    }
}

} // namespace codex
