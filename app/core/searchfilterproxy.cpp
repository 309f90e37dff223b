#include "searchfilterproxy.h"

#include "cataloguemodel.h"

#include <algorithm>

namespace codex {

SearchFilterProxy::SearchFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void SearchFilterProxy::setCatalogueModel(CatalogueModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    // Compute the result before the proxy sees the new rows.
    if (m_model) {
        connect(m_model, &CatalogueModel::modelAboutToBeReset, this, [this] { m_accepted.clear(); });
        connect(m_model, &CatalogueModel::catalogueChanged, this, [this] {
            applyQuery();
        });
        // Text terms match the current language first, so results move.
        connect(m_model, &CatalogueModel::languageChanged, this, &SearchFilterProxy::applyQuery);
        connect(m_model, &CatalogueModel::searchIndexReady, this, [this] {
            if (m_pending)
                applyQuery();
        });
    }
    refresh();
    setSourceModel(model);
}

void SearchFilterProxy::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    m_parsed = SearchQuery::parse(query);
    applyQuery();
}

void SearchFilterProxy::setPersonalNotes(const QHash<int, QString> &notes)
{
    m_foldedNotes.clear();
    for (auto it = notes.cbegin(); it != notes.cend(); ++it)
        m_foldedNotes.insert(it.key(), foldForSearch(it.value()));
    if (!m_parsed.isEmpty())
        applyQuery();
}

void SearchFilterProxy::setShowUnofficial(bool show)
{
    if (show == m_showUnofficial)
        return;
    m_showUnofficial = show;
    applyQuery();
}

void SearchFilterProxy::setOnlyCodes(const std::optional<QSet<int>> &codes)
{
    m_onlyCodes = codes;
    applyQuery();
}

void SearchFilterProxy::applyQuery()
{
    // Typing must never wait for an index that takes seconds to build: the
    // query is answered when the index is ready.
    // Codes alone need no index.
    m_pending = m_model && !m_parsed.isEmpty() && !m_parsed.isCodesOnly() && !m_model->isSearchIndexReady()
        && m_model->indexesInBackground();
    if (m_pending) {
        m_model->prepareSearchIndex();
        return;
    }
    emit resultsAboutToChange();
    refresh();
    invalidateFilter();
    // The class rows' counts changed even where the rows stayed.
    const int classes = rowCount();
    if (classes > 0)
        emit dataChanged(index(0, 0), index(classes - 1, 0), {Qt::DisplayRole});
    emit resultsChanged();
}

void SearchFilterProxy::refresh()
{
    m_hits.clear();
    m_near = false;
    m_countByClass.clear();
    m_unofficialByClass.clear();
    m_accepted.clear();
    if (!m_model)
        return;
    const Catalogue &catalogue = m_model->catalogue();
    m_accepted.fill(false, catalogue.entries().size());
    m_logMatch = {};
    if (m_parsed.isEmpty()) {
        for (const StatusEntry &entry : catalogue.entries())
            m_hits << SearchHit{entry.code, MatchRank::Code};
    } else if (const LogMatch log = LogMatcher(catalogue).match(m_query); log.recognised()) {
        // A pasted log line: the code it names, and no other.
        m_logMatch = log;
        m_hits << SearchHit{log.code, MatchRank::Code};
    } else if (m_parsed.isCodesOnly()) {
        m_hits = searchCodes(catalogue, m_parsed);
    } else {
        m_hits = m_model->searchIndex().searchOrNear(m_parsed, m_model->language(), &m_near);
    }
    if (!m_parsed.isEmpty() && !m_foldedNotes.isEmpty()) {
        // Codes whose note holds every word (and fits every code pattern),
        // after the catalogue's own matches, in code order.
        QSet<int> found;
        for (const SearchHit &hit : std::as_const(m_hits))
            found.insert(hit.code);
        QList<int> byNote;
        for (auto it = m_foldedNotes.cbegin(); it != m_foldedNotes.cend(); ++it) {
            if (found.contains(it.key()) || !catalogue.entry(it.key()))
                continue;
            const bool all = std::all_of(m_parsed.terms.cbegin(), m_parsed.terms.cend(), [&](const SearchQuery::Term &term) {
                return term.kind == SearchQuery::Term::CodePattern ? term.covers(it.key()) : it.value().contains(term.text);
            });
            if (all)
                byNote << it.key();
        }
        std::sort(byNote.begin(), byNote.end());
        for (const int code : std::as_const(byNote))
            m_hits << SearchHit{code, MatchRank::OtherLanguage};
    }
    if (m_onlyCodes) {
        m_hits.erase(std::remove_if(m_hits.begin(), m_hits.end(),
                                    [this](const SearchHit &hit) { return !m_onlyCodes->contains(hit.code); }),
                     m_hits.end());
    }
    if (!m_showUnofficial) {
        m_hits.erase(std::remove_if(m_hits.begin(), m_hits.end(),
                                    [&](const SearchHit &hit) {
                                        const StatusEntry *entry = catalogue.entry(hit.code);
                                        return entry && entry->status == CodeStatus::Unofficial;
                                    }),
                     m_hits.end());
    }
    for (const SearchHit &hit : std::as_const(m_hits)) {
        if (const StatusEntry *entry = catalogue.entry(hit.code); entry && entry->status == CodeStatus::Unofficial)
            ++m_unofficialByClass[hit.code / 100];
        const int entryIndex = catalogue.indexOf(hit.code);
        if (entryIndex >= 0)
            m_accepted[entryIndex] = true;
        ++m_countByClass[hit.code / 100];
    }
}

int SearchFilterProxy::preferredCode() const
{
    if (m_parsed.isEmpty() || m_hits.isEmpty())
        return 0;
    if (m_hits.size() == 1)
        return m_hits.first().code;
    for (const SearchQuery::Term &term : m_parsed.terms) {
        if (term.kind == SearchQuery::Term::CodePattern && term.low == term.high) {
            for (const SearchHit &hit : m_hits) {
                if (hit.code == term.low)
                    return hit.code;
            }
        }
    }
    return 0;
}

bool SearchFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model)
        return false;
    if (!sourceParent.isValid()) {
        if (!isFiltering())
            return true;
        const int digit = m_model->index(sourceRow, 0).data(CatalogueModel::ClassDigitRole).toInt();
        return m_countByClass.value(digit) > 0;
    }
    const int entryIndex = m_model->index(sourceRow, 0, sourceParent).data(CatalogueModel::EntryIndexRole).toInt();
    return entryIndex >= 0 && entryIndex < m_accepted.size() && m_accepted.at(entryIndex);
}

QVariant SearchFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && index.column() == CatalogueModel::CodeColumn && !index.parent().isValid()) {
        const int digit = index.data(CatalogueModel::ClassDigitRole).toInt();
        const QString label = QSortFilterProxyModel::data(index, role).toString();
        const int unofficial = m_unofficialByClass.value(digit);
        if (unofficial == 0)
            return QStringLiteral("%1 (%2)").arg(label).arg(m_countByClass.value(digit));
        //: A class row: "4xx Client Error (29 + 13 unofficial)": standard codes, then the others.
        return tr("%1 (%2 + %3 unofficial)").arg(label).arg(m_countByClass.value(digit) - unofficial).arg(unofficial);
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace codex
