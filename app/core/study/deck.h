#pragma once

#include "catalogue.h"
#include "fsrs.h"
#include "question.h"
#include "studyday.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace codex {

struct CardRecord;

// A card: one code asked one way.
struct CardKey
{
    int code = 0;
    QuestionKind kind = QuestionKind::Choice;

    bool operator==(const CardKey &other) const { return code == other.code && kind == other.kind; }
};

inline size_t qHash(const CardKey &key, size_t seed = 0)
{
    return ::qHash(key.code * 8 + int(key.kind), seed);
}

// How many of a deck's cards are new (never answered), due (answered and
// due today) and studied (answered, not due today). "studied" was called
// "learned" before, which claimed more than it counts: a card answered
// wrong is studied too. The JSON of `progress` keeps the old key.
struct DeckCounts
{
    int newCards = 0;
    int due = 0;
    int learned = 0; // studied: answered at least once and not due today
    int total() const { return newCards + due + learned; }
};

// A named set of codes to study.
struct Deck
{
    QString id;   // "standard", "1xx" .. "5xx", "common", "starred", "unofficial", "group:<id>"
    QString name; // in the interface language
    QList<int> codes;
};

class Decks final
{
    Q_DECLARE_TR_FUNCTIONS(Decks)

public:
    // Every deck, in the order the Study view lists them. Standard codes are
    // the registry's, less the two it lists as "(Unused)"; unofficial codes
    // are a deck of their own, studied only when chosen.
    static QList<Deck> all(const Catalogue &catalogue, const QList<int> &starred,
                           Language language = Language::English);
    static std::optional<Deck> find(const Catalogue &catalogue, const QList<int> &starred, const QString &id,
                                    Language language = Language::English);
    static QStringList ids();
    // The catalogue's groups of codes people confuse are decks too, as
    // "group:" and the group's id: drills of a few codes.
    static QString groupPrefix() { return QStringLiteral("group:"); }
    // Whether an id can name a deck before the catalogue is read: one of
    // ids(), or a group's.
    static bool isPossibleId(const QString &id);

    // The cards of a deck, optionally of one kind only, in the order new
    // cards are introduced: kind by kind, common codes first within a kind,
    // so that a first session meets many codes rather than one code six ways.
    static QList<CardKey> cards(const Catalogue &catalogue, const Deck &deck,
                                std::optional<QuestionKind> kind = std::nullopt);

    static DeckCounts count(const QList<CardKey> &cards, const QHash<CardKey, CardMemory> &memories,
                            const QDateTime &now, const StudyDay &day = {});
};

// The store's cards by key (records of kinds this version does not know
// are left out).
QHash<CardKey, CardMemory> cardMemories(const QList<CardRecord> &records);

} // namespace codex
