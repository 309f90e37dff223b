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
    static constexpr int SchemaVersion = 1;
    // Far above any real catalogue (the 100 000-description benchmark file is
    // about a tenth of it), low enough that a wrong file is refused unread.
    static constexpr qint64 MaxFileBytes = 512ll * 1024 * 1024;
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
