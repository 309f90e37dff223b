#include "deck.h"

#include "progressstore.h"

#include <algorithm>

namespace codex {

namespace {

bool isStandard(const StatusEntry &entry)
{
    return entry.status != CodeStatus::Unofficial && entry.status != CodeStatus::Unused;
}

} // namespace

QStringList Decks::ids()
{
    return {QStringLiteral("standard"), QStringLiteral("common"), QStringLiteral("1xx"), QStringLiteral("2xx"),
            QStringLiteral("3xx"),      QStringLiteral("4xx"),    QStringLiteral("5xx"), QStringLiteral("starred"),
            QStringLiteral("unofficial")};
}

bool Decks::isPossibleId(const QString &id)
{
    return ids().contains(id) || (id.startsWith(groupPrefix()) && id.size() > groupPrefix().size());
}

QList<Deck> Decks::all(const Catalogue &catalogue, const QList<int> &starred, Language language)
{
    QList<Deck> decks;
    const auto codesWhere = [&](const auto &keep) {
        QList<int> codes;
        for (const StatusEntry &entry : catalogue.entries()) {
            if (keep(entry))
                codes << entry.code;
        }
        return codes;
    };
    decks << Deck{QStringLiteral("standard"), tr("All standard codes"), codesWhere(isStandard)};
    decks << Deck{QStringLiteral("common"), tr("Common codes"),
                  codesWhere([](const StatusEntry &entry) { return entry.common && isStandard(entry); })};
    for (const StatusClass &statusClass : catalogue.classes()) {
        decks << Deck{QStringLiteral("%1xx").arg(statusClass.digit),
                      //: A study deck: "4xx Client Error".
                      tr("%1xx %2").arg(statusClass.digit).arg(statusClass.name.in(language)),
                      codesWhere([&](const StatusEntry &entry) {
                          return entry.classDigit() == statusClass.digit && isStandard(entry);
                      })};
    }
    decks << Deck{QStringLiteral("starred"), tr("Starred codes"), codesWhere([&](const StatusEntry &entry) {
                      return starred.contains(entry.code) && entry.status != CodeStatus::Unused;
                  })};
    decks << Deck{QStringLiteral("unofficial"), tr("Unofficial codes"),
                  codesWhere([](const StatusEntry &entry) { return entry.status == CodeStatus::Unofficial; })};
    for (const CodeGroup &group : catalogue.groups()) {
        QList<int> codes;
        for (const int code : group.codes) {
            if (catalogue.entry(code))
                codes << code;
        }
        //: A study deck made of one group of codes people confuse: "Drill: Redirects".
        decks << Deck{groupPrefix() + group.id, tr("Drill: %1").arg(group.name.in(language)), codes};
    }
    return decks;
}

std::optional<Deck> Decks::find(const Catalogue &catalogue, const QList<int> &starred, const QString &id,
                                Language language)
{
    for (const Deck &deck : all(catalogue, starred, language)) {
        if (deck.id == id)
            return deck;
    }
    return std::nullopt;
}

QList<CardKey> Decks::cards(const Catalogue &catalogue, const Deck &deck, std::optional<QuestionKind> kind)
{
    const QuestionMaker maker(catalogue);
    QList<const StatusEntry *> entries;
    for (const int code : deck.codes) {
        if (const StatusEntry *entry = catalogue.entry(code))
            entries << entry;
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const StatusEntry *a, const StatusEntry *b) { return a->common > b->common; });
    QList<CardKey> cards;
    for (const QuestionKind each : allKinds()) {
        if (kind && *kind != each)
            continue;
        for (const StatusEntry *entry : std::as_const(entries)) {
            if (maker.canAsk(*entry, each))
                cards << CardKey{entry->code, each};
        }
    }
    return cards;
}

DeckCounts Decks::count(const QList<CardKey> &cards, const QHash<CardKey, CardMemory> &memories, const QDateTime &now,
                        const StudyDay &day)
{
    DeckCounts counts;
    for (const CardKey &card : cards) {
        const auto found = memories.constFind(card);
        if (found == memories.cend() || found->isNew())
            ++counts.newCards;
        else if (day.isDue(*found, now))
            ++counts.due;
        else
            ++counts.learned;
    }
    return counts;
}

QHash<CardKey, CardMemory> cardMemories(const QList<CardRecord> &records)
{
    QHash<CardKey, CardMemory> memories;
    memories.reserve(records.size());
    for (const CardRecord &record : records) {
        if (const std::optional<QuestionKind> kind = kindFromKey(record.kind))
            memories.insert(CardKey{record.code, *kind}, record.memory);
    }
    return memories;
}

} // namespace codex
