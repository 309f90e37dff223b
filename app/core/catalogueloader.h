#pragma once

#include "catalogue.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace codex {

// The outcome of loading a catalogue: either a catalogue, or every problem
// found, each naming where it is. Never half a catalogue.
struct LoadResult
{
    std::optional<Catalogue> catalogue;
    QStringList errors;

    bool ok() const { return catalogue.has_value(); }
};

class CatalogueLoader final
{
public:
    // Version 2 keeps each source's own spelling of the phrase with its
    // description and requires a note on a source to correct a text that the
    // source gave for that code. Version 1 files are migrated on load.
    static constexpr int SchemaVersion = 2;
    static constexpr int OldestSchemaVersion = 1;
    // Far above any real catalogue (the built-in one is 0.2 MiB, the
    // 100 000-description benchmark file 86 MiB), low enough that a wrong
    // file is refused unread: parsing costs about five times the file size.
    static constexpr qint64 MaxFileBytes = 256ll * 1024 * 1024;
    // Counted in the text before it is parsed, so that "[0,0,0,...]" (ten
    // times its size in memory) or a bracket pyramid is refused cheaply.
    // The benchmark file holds about 0.5 million values, 5 levels deep.
    static constexpr qint64 MaxJsonValues = 4'000'000;
    static constexpr int MaxJsonDepth = 64;
    static constexpr int MaxTextLength = 20000;   // one text field, in characters
    static constexpr int MaxShortLength = 200;    // ids, phrases, titles, aliases
    static constexpr int MaxListLength = 100000;  // entries of any one array

    static QString embeddedPath(); // ":/catalogue/catalogue.json"

    static LoadResult loadEmbedded();
    // origin names the data in messages (a file name).
    static LoadResult loadFromData(const QByteArray &json, const QString &origin);
    static LoadResult loadFromFile(const QString &path);
};

} // namespace codex
