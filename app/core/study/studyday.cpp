#include "studyday.h"

namespace codex {

QDate StudyDay::dayOf(const QDateTime &time) const
{
    return time.toUTC().addSecs(dayOffsetSeconds()).date();
}

QDateTime StudyDay::startOf(const QDate &day) const
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(startHour * 3600 - utcOffsetSeconds);
}

bool StudyDay::isDue(const CardMemory &card, const QDateTime &now) const
{
    if (card.isNew())
        return false;
    if (!card.due.isValid())
        return true;
    // A card in its learning steps is due at its minute.
    if (card.state == CardState::Learning || card.state == CardState::Relearning)
        return card.due <= now;
    return dayOf(card.due) <= dayOf(now);
}

} // namespace codex
