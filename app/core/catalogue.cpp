#include "catalogue.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <utility>

namespace codex {

namespace {
struct StatusName
{
    CodeStatus status;
    const char16_t *key;
};
constexpr std::array<StatusName, 6> statusNames{{
    {CodeStatus::Standard, u"standard"},
    {CodeStatus::Deprecated, u"deprecated"},
    {CodeStatus::Unused, u"unused"},
    {CodeStatus::Obsoleted, u"obsoleted"},
    {CodeStatus::Temporary, u"temporary"},
    {CodeStatus::Unofficial, u"unofficial"},
}};
} // namespace

QString statusKey(CodeStatus status)
{
    for (const auto &name : statusNames) {
        if (name.status == status)
            return QString::fromUtf16(name.key);
    }
    return {};
}

bool statusFromKey(const QString &key, CodeStatus *status)
{
    for (const auto &name : statusNames) {
        if (key == QStringView(name.key)) {
            *status = name.status;
            return true;
        }
    }
    return false;
}

namespace {
constexpr const char16_t *NoteKindKeys[] = {u"contradicts", u"outdated", u"heading",
                                            u"obsolete-reference", u"omits", u"misleading"};
} // namespace

QString noteKindKey(NoteKind kind)
{
    return QString::fromUtf16(NoteKindKeys[int(kind)]);
}

std::optional<NoteKind> noteKindFromKey(const QString &key)
{
    for (int i = 0; i < int(std::size(NoteKindKeys)); ++i) {
        if (key == QStringView(NoteKindKeys[i]))
            return NoteKind(i);
    }
    return std::nullopt;
}

const QStringList &noteKindKeys()
{
    static const QStringList keys = [] {
        QStringList result;
        for (const char16_t *key : NoteKindKeys)
            result << QString::fromUtf16(key);
        return result;
    }();
    return keys;
}

bool makesFalse(NoteKind kind)
{
    return kind == NoteKind::Contradicts || kind == NoteKind::Outdated || kind == NoteKind::Misleading;
}

QList<const Note *> StatusEntry::notesOn(const QString &sourceId) const
{
    QList<const Note *> result;
    for (const Note &note : notes) {
        if (note.sourceId == sourceId)
            result << &note;
    }
    return result;
}

QString requirementKey(HeaderFact::Requirement requirement)
{
    switch (requirement) {
    case HeaderFact::Requirement::Must: return QStringLiteral("must");
    case HeaderFact::Requirement::Should: return QStringLiteral("should");
    case HeaderFact::Requirement::May: return QStringLiteral("may");
    }
    return {};
}

QString redirectMethodKey(CodeFacts::RedirectMethod method)
{
    switch (method) {
    case CodeFacts::RedirectMethod::MayChange: return QStringLiteral("may-change");
    case CodeFacts::RedirectMethod::BecomesGet: return QStringLiteral("becomes-get");
    case CodeFacts::RedirectMethod::Kept: return QStringLiteral("kept");
    }
    return {};
}

QString originKey(CodeFacts::Origin origin)
{
    switch (origin) {
    case CodeFacts::Origin::Origin: return QStringLiteral("origin");
    case CodeFacts::Origin::Intermediary: return QStringLiteral("intermediary");
    case CodeFacts::Origin::Any: return QStringLiteral("any");
    }
    return {};
}

const QStringList &constantLanguages()
{
    static const QStringList languages{QStringLiteral("python"), QStringLiteral("go"), QStringLiteral("java-spring"),
                                       QStringLiteral("dotnet"), QStringLiteral("rust"), QStringLiteral("php-symfony"),
                                       QStringLiteral("ruby-rack"), QStringLiteral("node")};
    return languages;
}

QList<int> GuideAnswer::codesNamedIn(const QString &text)
{
    // Three digits standing alone: not part of "RFC 9110", "15.5.1" or "100-continue".
    static const QRegularExpression number(QStringLiteral("(?<![\\d.])([1-5]\\d\\d)(?!\\d|\\.\\d|-)"));
    QList<int> codes;
    for (auto match = number.globalMatch(text); match.hasNext();) {
        const int code = match.next().captured(1).toInt();
        if (!codes.contains(code))
            codes << code;
    }
    std::sort(codes.begin(), codes.end());
    return codes;
}

QString constantStateKey(CodeConstant::State state)
{
    switch (state) {
    case CodeConstant::State::Current: return QStringLiteral("current");
    case CodeConstant::State::Deprecated: return QStringLiteral("deprecated");
    case CodeConstant::State::Removed: return QStringLiteral("removed");
    }
    return {};
}

bool constantStateFromKey(const QString &key, CodeConstant::State *state)
{
    for (const auto each : {CodeConstant::State::Current, CodeConstant::State::Deprecated, CodeConstant::State::Removed}) {
        if (constantStateKey(each) == key) {
            *state = each;
            return true;
        }
    }
    return false;
}

const CodeConstant *StatusEntry::currentConstant(const QString &language) const
{
    for (const CodeConstant &constant : constants) {
        if (constant.language == language && constant.state == CodeConstant::State::Current)
            return &constant;
    }
    return nullptr;
}

const GuideNode *Guide::node(const QString &id) const
{
    for (const GuideNode &each : nodes) {
        if (each.id == id)
            return &each;
    }
    return nullptr;
}

Catalogue::Catalogue(QList<Source> sources, QList<StatusClass> classes, QList<StatusEntry> entries,
                     QList<CodeGroup> groups, Guide guide, QList<Ecosystem> ecosystems)
    : m_sources(std::move(sources))
    , m_classes(std::move(classes))
    , m_entries(std::move(entries))
    , m_groups(std::move(groups))
    , m_guide(std::move(guide))
    , m_ecosystems(std::move(ecosystems))
{
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const StatusEntry &a, const StatusEntry &b) { return a.code < b.code; });
    std::sort(m_classes.begin(), m_classes.end(),
              [](const StatusClass &a, const StatusClass &b) { return a.digit < b.digit; });
    m_indexByCode.reserve(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i)
        m_indexByCode.insert(m_entries.at(i).code, i);
}

const StatusEntry *Catalogue::entry(int code) const
{
    const int index = indexOf(code);
    return index < 0 ? nullptr : &m_entries.at(index);
}

const Ecosystem *Catalogue::ecosystem(const QString &id) const
{
    for (const Ecosystem &each : m_ecosystems) {
        if (each.id == id)
            return &each;
    }
    return nullptr;
}

const CodeGroup *Catalogue::group(const QString &id) const
{
    for (const CodeGroup &each : m_groups) {
        if (each.id == id)
            return &each;
    }
    return nullptr;
}

const Source *Catalogue::source(const QString &id) const
{
    for (const Source &source : m_sources) {
        if (source.id == id)
            return &source;
    }
    return nullptr;
}

const StatusClass *Catalogue::statusClass(int digit) const
{
    for (const StatusClass &statusClass : m_classes) {
        if (statusClass.digit == digit)
            return &statusClass;
    }
    return nullptr;
}

qsizetype Catalogue::descriptionCount() const
{
    qsizetype count = 0;
    for (const StatusEntry &entry : m_entries)
        count += entry.descriptions.size();
    return count;
}

} // namespace codex
