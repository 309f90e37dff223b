#pragma once

#include "logmatcher.h"
#include "search.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace codex {

class CatalogueModel;

// A thin view of the core search over a CatalogueModel: the search runs once
// per query, and filtering only looks the result up. Class rows show how
// many of their codes match and disappear when none does.
class SearchFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchFilterProxy)

public:
    explicit SearchFilterProxy(QObject *parent = nullptr);

    void setCatalogueModel(CatalogueModel *model);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    bool isFiltering() const { return !m_parsed.isEmpty() || m_onlyCodes.has_value() || !m_showUnofficial; }

    // The learner's own notes, found by search like the catalogue's texts
    // (after them: a note is no reference text). Plain text per code.
    void setPersonalNotes(const QHash<int, QString> &notes);
    // Shows only these codes (the Starred filter); std::nullopt shows all.
    void setOnlyCodes(const std::optional<QSet<int>> &codes);
    bool isRestricted() const { return m_onlyCodes.has_value(); }
    // Unofficial codes sit in their classes, labelled; this hides them.
    void setShowUnofficial(bool show);
    bool showsUnofficial() const { return m_showUnofficial; }
    int unofficialCount(int classDigit) const { return m_unofficialByClass.value(classDigit); }
    // Nothing matched exactly: the rows are near matches (typos forgiven).
    bool isNearMatch() const { return m_near; }
    // The query is answered, and resultsChanged() emitted, when the large
    // catalogue's search index is ready; until then the rows stay as they were.
    bool isWaitingForIndex() const { return m_pending; }

    // Codes that match, best first (every code when the query is empty).
    const QList<SearchHit> &hits() const { return m_hits; }
    int matchCount() const { return int(m_hits.size()); }
    int matchCount(int classDigit) const { return m_countByClass.value(classDigit); }
    // When the query is a log line (an nginx message, an access-log line, a
    // status line): what it names; kind None otherwise.
    const LogMatch &logMatch() const { return m_logMatch; }
    // The code a search should select: an exact code, or the only match; 0 if none.
    int preferredCode() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    // Around filtering: rows come and go in between, and a view moves its
    // current row off the rows that go, which no user asked for.
    void resultsAboutToChange();
    void resultsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refresh();
    void applyQuery();

    CatalogueModel *m_model = nullptr;
    QString m_query;
    SearchQuery m_parsed;
    QList<SearchHit> m_hits;
    QList<bool> m_accepted; // by entry index
    QHash<int, int> m_countByClass;
    bool m_pending = false; // the query waits for a large catalogue's index
    QHash<int, QString> m_foldedNotes;
    std::optional<QSet<int>> m_onlyCodes;
    bool m_near = false;
    LogMatch m_logMatch;
    bool m_showUnofficial = true;
    QHash<int, int> m_unofficialByClass;
};

} // namespace codex
