#pragma once

#include "language.h"
#include "practice.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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

// A header field that goes with a code, as strongly as the RFC puts it.
struct HeaderFact
{
    enum class Requirement { Must, Should, May };
    QString name;
    Requirement requirement = Requirement::May;
    QString section; // "RFC 9110, Section 15.5.2"
};

// The facts that tell confusable codes apart, each from an RFC section.
// present is false for a code the catalogue has no facts for (unofficial).
struct CodeFacts
{
    enum class RedirectMethod { MayChange, BecomesGet, Kept };
    enum class Origin { Origin, Intermediary, Any };
    struct Redirect
    {
        bool permanent = false;
        RedirectMethod method = RedirectMethod::Kept;
    };
    struct Name
    {
        QString phrase;
        QString rfc;
    };

    bool present = false;
    bool cacheableByDefault = false;
    bool contentAllowed = true;
    std::optional<Redirect> redirect; // for the 3xx codes that send the client elsewhere
    QList<HeaderFact> headers;
    LocalizedText retry; // what a client should do next
    Origin generatedBy = Origin::Origin;
    QString introducedRfc;
    int introducedYear = 0;
    QList<Name> names; // every reason phrase the code has had, oldest first
    QHash<QString, QString> sections; // fact key ("cacheableByDefault") -> "RFC 9110, Section 15.1"
};

QString requirementKey(HeaderFact::Requirement requirement); // "must", "should", "may"
QString redirectMethodKey(CodeFacts::RedirectMethod method); // "may-change", "becomes-get", "kept"
QString originKey(CodeFacts::Origin origin);                 // "origin", "intermediary", "any"

// A use of a code's number outside the registry: who uses it, and for what.
struct UnofficialUse
{
    LocalizedText usedBy;
    QString phrase;
    LocalizedText summary;
};

// The constant a language or framework gives a code, as written in code.
struct CodeConstant
{
    QString language; // "python", "go", "java-spring", "dotnet", "rust", "php-symfony", "ruby-rack", "node"
    QString symbol;   // "HTTPStatus.NOT_FOUND"; for node the phrase http.STATUS_CODES gives
};

// The languages constants are kept for, in the order the pane lists them.
const QStringList &constantLanguages();

struct StatusEntry
{
    int code = 0;
    QString phrase;
    CodeStatus status = CodeStatus::Standard;
    QString reference;
    LocalizedText title;
    QStringList aliases;
    LocalizedText summary;
    // What the code means in one printed line, for the cheat sheet; empty
    // for unofficial codes and in catalogues that do not give one.
    LocalizedText oneLine;
    LocalizedText usedBy; // who uses an unofficial code; empty otherwise
    // One of the 25 to 30 codes every developer meets: the study mode's
    // "common codes" deck.
    bool common = false;
    // Short real situations to which this code is the answer, for study.
    QList<LocalizedText> scenarios;
    QList<Description> descriptions;
    QList<Note> notes;
    QList<int> related;
    CodeFacts facts;
    QList<UnofficialUse> unofficial; // on registered and unregistered numbers alike
    QList<CodeConstant> constants;   // in constantLanguages() order
    QString example;                 // a request, "---", and the response head it gets

    int classDigit() const { return code / 100; }
    // The corrections of one source's text, in catalogue order; with an
    // empty id, those that concern no single source.
    QList<const Note *> notesOn(const QString &sourceId) const;
};

// Codes people confuse, with how to tell them apart.
struct CodeGroup
{
    QString id;
    LocalizedText name;
    QList<int> codes;
    LocalizedText summary;
};

// "Which code should I return?": questions whose answers lead to another
// question or to a code.
struct GuideAnswer
{
    LocalizedText label;
    QString next;         // a node id, or empty at a leaf
    int code = 0;         // at a leaf
    LocalizedText reason; // at a leaf: why this code
    QString section;      // at a leaf: where the RFC defines it
    bool isLeaf() const { return code != 0; }
};

struct GuideNode
{
    QString id;
    LocalizedText question;
    QList<GuideAnswer> answers;
};

struct Guide
{
    QString root;
    QList<GuideNode> nodes;
    const GuideNode *node(const QString &id) const;
    bool isEmpty() const { return nodes.isEmpty(); }
};

// The whole catalogue, immutable once loaded. Entries are sorted by code.
class Catalogue final
{
public:
    Catalogue() = default;
    Catalogue(QList<Source> sources, QList<StatusClass> classes, QList<StatusEntry> entries,
              QList<CodeGroup> groups = {}, Guide guide = {});

    const QList<Source> &sources() const { return m_sources; }
    const QList<StatusClass> &classes() const { return m_classes; }
    const QList<StatusEntry> &entries() const { return m_entries; }
    const QList<CodeGroup> &groups() const { return m_groups; }
    const CodeGroup *group(const QString &id) const;
    const Guide &guide() const { return m_guide; }
    // "In practice": which server sends which code when, from "servers" and "practice".
    const Practice &practice() const { return m_practice; }
    void setPractice(Practice practice) { m_practice = std::move(practice); }

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
    QList<CodeGroup> m_groups;
    Guide m_guide;
    Practice m_practice;
    QHash<int, int> m_indexByCode;
};

} // namespace codex
