#include "cataloguemodel.h"

#include "detailrenderer.h"
#include "readablecolours.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QThread>

namespace codex {

namespace {
// internalId of a class row; code rows store their class row + 1.
constexpr quintptr ClassRowId = 0;
} // namespace

CatalogueModel::CatalogueModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

CatalogueModel::~CatalogueModel()
{
    waitForBuilder();
}

void CatalogueModel::setCatalogue(const Catalogue &catalogue)
{
    waitForBuilder(); // one builder at a time; its index belongs to the old catalogue
    m_built.reset();
    beginResetModel();
    m_catalogue = catalogue;
    m_indexesInBackground = m_catalogue.descriptionCount() >= BackgroundIndexThreshold;
    m_searchIndex.reset();
    rebuild();
    endResetModel();
    if (indexesInBackground())
        prepareSearchIndex();
    emit catalogueChanged();
}

void CatalogueModel::prepareSearchIndex()
{
    if (m_searchIndex || m_builder)
        return;
    auto built = std::make_shared<std::unique_ptr<SearchIndex>>();
    m_built = built;
    m_builder = QThread::create([catalogue = m_catalogue, built] {
        *built = std::make_unique<SearchIndex>(catalogue);
    });
    connect(m_builder, &QThread::finished, this, [this, builder = m_builder] {
        if (builder != m_builder)
            return; // waitForBuilder() took the index and deletes the thread
        builder->deleteLater();
        m_builder = nullptr;
        takeBuiltIndex();
        emit searchIndexReady();
    });
    m_builder->start(QThread::LowPriority);
}

void CatalogueModel::waitForBuilder() const
{
    if (!m_builder)
        return;
    m_builder->wait();
    // finished() may still be queued: it sees the thread is no longer the
    // current builder and leaves it alone.
    m_builder->deleteLater();
    m_builder = nullptr;
    takeBuiltIndex();
}

void CatalogueModel::takeBuiltIndex() const
{
    if (m_built && *m_built)
        m_searchIndex = std::move(*m_built);
    m_built.reset();
}

void CatalogueModel::rebuild()
{
    m_classes.clear();
    const QList<StatusEntry> &entries = m_catalogue.entries();
    m_rowInClass.fill(-1, entries.size());
    m_classOfEntry.fill(-1, entries.size());
    for (const StatusClass &statusClass : m_catalogue.classes())
        m_classes << ClassNode{statusClass.digit, {}};
    for (int i = 0; i < entries.size(); ++i) {
        for (int row = 0; row < m_classes.size(); ++row) {
            if (m_classes.at(row).digit == entries.at(i).classDigit()) {
                m_rowInClass[i] = int(m_classes.at(row).entryIndexes.size());
                m_classOfEntry[i] = row;
                m_classes[row].entryIndexes << i;
                break;
            }
        }
    }
}

const SearchIndex &CatalogueModel::searchIndex() const
{
    if (!m_searchIndex)
        waitForBuilder();
    if (!m_searchIndex)
        m_searchIndex = std::make_unique<SearchIndex>(m_catalogue);
    return *m_searchIndex;
}

void CatalogueModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    retranslate();
    emit languageChanged(language);
}

void CatalogueModel::setStatusTagColumn(Column column)
{
    if (column == m_statusTagColumn)
        return;
    m_statusTagColumn = column;
    retranslate(); // the same rows change, in the same columns
}

void CatalogueModel::retranslate()
{
    for (int row = 0; row < m_classes.size(); ++row) {
        const QModelIndex classIndex = index(row, 0);
        emit dataChanged(classIndex, index(row, ColumnCount - 1));
        const int children = int(m_classes.at(row).entryIndexes.size());
        if (children > 0)
            emit dataChanged(index(0, 0, classIndex), index(children - 1, ColumnCount - 1, classIndex));
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex CatalogueModel::indexForCode(int code, int column) const
{
    const int entryIndex = m_catalogue.indexOf(code);
    if (entryIndex < 0 || m_classOfEntry.at(entryIndex) < 0)
        return {};
    return createIndex(m_rowInClass.at(entryIndex), column, quintptr(m_classOfEntry.at(entryIndex) + 1));
}

QModelIndex CatalogueModel::indexForClass(int digit) const
{
    for (int row = 0; row < m_classes.size(); ++row) {
        if (m_classes.at(row).digit == digit)
            return index(row, 0);
    }
    return {};
}

QModelIndex CatalogueModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, ClassRowId);
    if (parent.internalId() != ClassRowId)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CatalogueModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == ClassRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, ClassRowId);
}

int CatalogueModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_classes.size());
    if (parent.column() != 0 || parent.internalId() != ClassRowId)
        return 0;
    return int(m_classes.at(parent.row()).entryIndexes.size());
}

int CatalogueModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString CatalogueModel::classLabel(int digit) const
{
    const StatusClass *statusClass = m_catalogue.statusClass(digit);
    return QStringLiteral("%1xx %2").arg(digit).arg(statusClass ? statusClass->name.in(m_language) : QString());
}

QString CatalogueModel::statusTag(CodeStatus status)
{
    switch (status) {
    case CodeStatus::Standard: return {};
    case CodeStatus::Deprecated: return tr("deprecated");
    case CodeStatus::Unused: return tr("unused");
    case CodeStatus::Obsoleted: return tr("obsoleted");
    case CodeStatus::Temporary: return tr("temporary");
    case CodeStatus::Unofficial: return tr("unofficial");
    }
    return {};
}

QVariant CatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};

    if (index.internalId() == ClassRowId) {
        const ClassNode &node = m_classes.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == CodeColumn ? classLabel(node.digit) : QVariant();
        case Qt::ToolTipRole:
            if (const StatusClass *statusClass = m_catalogue.statusClass(node.digit))
                return statusClass->summary.in(m_language);
            return {};
        case ClassDigitRole: return node.digit;
        case CodeRole: return 0;
        case EntryIndexRole: return -1;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default: return {};
        }
    }

    const int entryIndex = m_classes.at(int(index.internalId() - 1)).entryIndexes.at(index.row());
    const StatusEntry &entry = m_catalogue.entries().at(entryIndex);
    const bool marked = entry.status != CodeStatus::Standard;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn: return entry.code;
        case PhraseColumn:
        case TitleColumn: {
            // The names column is the Chinese name in both languages: in
            // English the English title mostly repeats the phrase.
            const QString text = index.column() == PhraseColumn ? entry.phrase
                                 : entry.title.zh.isEmpty()     ? entry.title.en
                                                                : entry.title.zh;
            // Marked in words as well as by style, for users who cannot see colour.
            if (marked && index.column() == m_statusTagColumn)
                return QStringLiteral("%1 [%2]").arg(text, statusTag(entry.status));
            return text;
        }
        }
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1 %2 (%3)").arg(QString::number(entry.code), entry.phrase,
                                                DetailRenderer::statusLabel(entry.status));
    // Greyed, not italic: an italic face is one more font to load before
    // the first frame, and the tag already says it in words (issue 4).
    case Qt::ForegroundRole:
        if (marked)
            return QBrush(ReadableColours::mutedText(QGuiApplication::palette()));
        return {};
    case CodeRole: return entry.code;
    case ClassDigitRole: return entry.classDigit();
    case StatusRole: return int(entry.status);
    case EntryIndexRole: return entryIndex;
    default: return {};
    }
}

QVariant CatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn: return tr("Code");
    case PhraseColumn: return tr("Reason phrase");
    //: The tree's third column, which shows each code's Chinese name in either language.
    case TitleColumn: return tr("Chinese name");
    }
    return {};
}

Qt::ItemFlags CatalogueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace codex
