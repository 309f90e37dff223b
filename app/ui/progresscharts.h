#pragma once

#include "progressstore.h"

#include <QList>
#include <QWidget>

namespace codex {

// Reviews per day as bars, the last days first on the right. Painted in
// palette colours, so that it follows a dark palette; the numbers it shows
// are also its accessible description, for readers who cannot see it.
class ReviewChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewChart)

public:
    explicit ReviewChart(QWidget *parent = nullptr);
    void setDays(const QList<DayTally> &days);
    const QList<DayTally> &days() const { return m_days; }
    QSize sizeHint() const override { return {360, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<DayTally> m_days;
};

// Mastery per class, 1xx to 5xx, as horizontal bars labelled with their
// percentage (in words as well as length).
class MasteryBars final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MasteryBars)

public:
    explicit MasteryBars(QWidget *parent = nullptr);
    void setMastery(const QList<double> &mastery); // five values, 0..1
    const QList<double> &mastery() const { return m_mastery; }
    QSize sizeHint() const override { return {360, 5 * (fontMetrics().height() + 6)}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_mastery;
};

} // namespace codex
