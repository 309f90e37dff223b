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
// the caller keeps its default for that one value only. A file written by a
// future version is read the same way: what still makes sense is used, the
// rest falls back, and keys this version does not know are left alone.
struct WindowSettings
{
    // Written as "version"; bump it when a key changes meaning.
    static constexpr int Version = 1;
    // Far above what Qt's saveGeometry()/saveState() produce.
    static constexpr int MaxBlobBytes = 64 * 1024;
    static constexpr int MaxSplitterSize = 100000;

    std::optional<Language> language;
    QByteArray geometry;
    QByteArray state;
    QList<int> splitterSizes; // empty, or exactly two positive sizes
    int lastCode = 0; // 0, or 100..599
    std::optional<bool> showUnofficial; // View > Show Unofficial Codes
    std::optional<bool> chineseNames;   // View > Chinese Names (in English; Chinese always shows them)

    static WindowSettings load(QSettings &settings);
    // Writes through QSettings, which on Unix replaces the file atomically
    // (QSaveFile: a temporary file, then rename), so a crash or kill while
    // writing leaves the previous file whole. Returns false when the
    // settings could not be written (a read-only location): the app goes on
    // without remembering, it does not fail.
    bool save(QSettings &settings) const;
};

} // namespace codex
