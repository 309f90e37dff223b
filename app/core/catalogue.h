#pragma once

#include "language.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace codex {

// A text the catalogue holds in both languages.
struct LocalizedText
{
    QString zh;
    QString en;

    const QString &in(Language language) const
    {
        return language == Language::Chinese ? zh : en;
    }
};

// One of the documents the catalogue was built from.
struct Source
{
    QString id;
    LocalizedText name;
    LocalizedText about;
};

// 1xx .. 5xx.
struct StatusClass
{
    int digit = 0;
    LocalizedText name;
    LocalizedText summary;
};

enum class CodeStatus { Standard, Deprecated, Unused, Obsoleted, Temporary, Unofficial };

QString statusKey(CodeStatus status); // the catalogue's spelling: "standard", ...
bool statusFromKey(const QString &key, CodeStatus *status);

// What one source says about one code.
struct Description
{
    QString sourceId;
    // The reason phrase or heading as this source wrote it ("Conflcit",
    // "URL Too Long"): part of the source's text, never the canonical phrase.
    // Empty where the source gives none.
    QString phrase;
    LocalizedText text;
};

// A correction: where a source (or common belief) disagrees with the
// specification. sourceId names the source whose text it corrects (one that
// describes the code); it is empty when the note concerns no single source.
struct Note
{
    QString sourceId;
    LocalizedText text;
};

struct StatusEntry
{
    int code = 0;
    QString phrase;
    CodeStatus status = CodeStatus::Standard;
    QString reference;
    LocalizedText title;
    QStringList aliases;
    LocalizedText summary;
    LocalizedText usedBy; // who uses an unofficial code; empty otherwise
    // One of the 25 to 30 codes every developer meets: the study mode's
    // "common codes" deck.
    bool common = false;
    // Short real situations to which this code is the answer, for study.
    QList<LocalizedText> scenarios;
    QList<Description> descriptions;
    QList<Note> notes;
    QList<int> related;

    int classDigit() const { return code / 100; }
    // The corrections of one source's text, in catalogue order; with an
    // empty id, those that concern no single source.
    QList<const Note *> notesOn(const QString &sourceId) const;
};

// The whole catalogue, immutable once loaded. Entries are sorted by code.
class Catalogue final
{
public:
    Catalogue() = default;
    Catalogue(QList<Source> sources, QList<StatusClass> classes, QList<StatusEntry> entries);

    const QList<Source> &sources() const { return m_sources; }
    const QList<StatusClass> &classes() const { return m_classes; }
    const QList<StatusEntry> &entries() const { return m_entries; }

    const StatusEntry *entry(int code) const;
    int indexOf(int code) const { return m_indexByCode.value(code, -1); }
    const Source *source(const QString &id) const;
    const StatusClass *statusClass(int digit) const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype descriptionCount() const;

private:
    QList<Source> m_sources;
    QList<StatusClass> m_classes;
    QList<StatusEntry> m_entries;
    QHash<int, int> m_indexByCode;
};

} // namespace codex
