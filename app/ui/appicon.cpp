#include "appicon.h"

#include <QIconEngine>
#include <QMap>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <utility>

namespace codex {

namespace {

// Sizes and files are known up front; each file is decoded on first use.
class LazyPngIconEngine final : public QIconEngine
{
public:
    explicit LazyPngIconEngine(QMap<int, QString> files)
        : m_files(std::move(files))
    {
    }

    QIconEngine *clone() const override { return new LazyPngIconEngine(m_files); }
    QString key() const override { return QStringLiteral("codex::LazyPngIconEngine"); }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int size : m_files.keys())
            sizes << QSize(size, size);
        return sizes;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        // Like QIcon's own engines: never larger than the largest file.
        const int side = std::min({ size.width(), size.height(), m_files.isEmpty() ? 0 : m_files.lastKey() });
        return QSize(side, side);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        if (side <= 0 || m_files.isEmpty())
            return {};
        // The smallest file at least as large, scaled down if need be; else the largest.
        auto file = m_files.lowerBound(side);
        if (file == m_files.end())
            --file;
        QPixmap &loaded = m_loaded[file.key()];
        if (loaded.isNull())
            loaded = QPixmap(file.value());
        if (loaded.isNull() || file.key() <= side)
            return loaded;
        return loaded.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, pixmap(rect.size() * ratio, mode, state));
    }

private:
    QMap<int, QString> m_files;
    QMap<int, QPixmap> m_loaded;
};

QIcon iconUpTo(int largest)
{
    QMap<int, QString> files;
    for (const int size : { 16, 32, 48, 64, 128, 256 }) {
        if (size <= largest)
            files.insert(size, QStringLiteral(":/icons/%1.png").arg(size));
    }
    return QIcon(new LazyPngIconEngine(files));
}

} // namespace

QIcon applicationIcon()
{
    return iconUpTo(256);
}

QIcon windowIcon()
{
    return iconUpTo(64);
}

} // namespace codex
