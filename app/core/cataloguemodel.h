#pragma once

#include "catalogue.h"
#include "search.h"

#include <QAbstractItemModel>

#include <memory>

class QThread;

namespace codex {

// The catalogue as a two-level tree: one row per class, under it one row
// per code. Catalogue text follows the content language; changing it
// signals dataChanged rather than resetting, so views keep their state.
class CatalogueModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueModel)

public:
    enum Column { CodeColumn, PhraseColumn, TitleColumn, ColumnCount };
    // Unscoped so that it mixes with Qt::ItemDataRole in data() calls.
    enum Role {
        CodeRole = Qt::UserRole + 1, // int: the code, 0 on a class row
        ClassDigitRole,              // int: 1..5 on both kinds of row
        StatusRole,                  // int: CodeStatus, code rows only
        EntryIndexRole,              // int: index into Catalogue::entries(), -1 on class rows
    };

    explicit CatalogueModel(QObject *parent = nullptr);
    ~CatalogueModel() override;

    void setCatalogue(const Catalogue &catalogue);
    const Catalogue &catalogue() const { return m_catalogue; }
    // Built on first use, so start-up does not pay for it; a large
    // catalogue's is built on a worker thread as soon as it is set, and
    // searchIndex() then waits for it. Ask isSearchIndexReady() first where
    // waiting would freeze the window.
    const SearchIndex &searchIndex() const;
    bool isSearchIndexReady() const { return m_searchIndex != nullptr; }
    // Starts building the index on a worker thread unless it is built or
    // being built; searchIndexReady() follows.
    void prepareSearchIndex();
    // From this many descriptions an index takes longer than a frame to build
    // (the real catalogue has under 200 and builds in a few milliseconds).
    static constexpr qsizetype BackgroundIndexThreshold = 400;
    bool indexesInBackground() const { return m_indexesInBackground; }

    Language language() const { return m_language; }
    void setLanguage(Language language);
    // Header and status labels are tr() text: call after a translator change.
    void retranslate();

    QModelIndex indexForCode(int code, int column = CodeColumn) const;
    QModelIndex indexForClass(int digit) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Which column says a non-standard code's status in words ("[deprecated]"):
    // the names column, or the phrase column while the names column is hidden.
    void setStatusTagColumn(Column column);
    Column statusTagColumn() const { return m_statusTagColumn; }

    QString classLabel(int digit) const; // "4xx Client Error"
    static QString statusTag(CodeStatus status); // "" for standard codes

signals:
    void languageChanged(codex::Language language);
    void catalogueChanged();
    void searchIndexReady();

private:
    struct ClassNode
    {
        int digit = 0;
        QList<int> entryIndexes;
    };
    void rebuild();
    void takeBuiltIndex() const;
    void waitForBuilder() const;

    Catalogue m_catalogue;
    QList<ClassNode> m_classes;
    QList<int> m_rowInClass;   // entry index -> row under its class
    QList<int> m_classOfEntry; // entry index -> class row
    mutable std::unique_ptr<SearchIndex> m_searchIndex;
    bool m_indexesInBackground = false; // asked on every keystroke: decided once per catalogue
    mutable QThread *m_builder = nullptr;
    // Written by the builder thread, read after it finished.
    mutable std::shared_ptr<std::unique_ptr<SearchIndex>> m_built;
    Language m_language = Language::English;
    Column m_statusTagColumn = TitleColumn;
};

} // namespace codex
