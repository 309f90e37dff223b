#pragma once

#include "language.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace codex {

// What the window remembers between runs. Every value is checked on the way
// in: garbage, a wrong type or an out-of-range value becomes "not set", and
// the caller keeps its default for that one value only.
struct WindowSettings
{
    std::optional<Language> language;
    QByteArray geometry;
    QByteArray state;
    QList<int> splitterSizes;
    int lastCode = 0;

    static WindowSettings load(QSettings &settings);
    void save(QSettings &settings) const;
};

} // namespace codex
