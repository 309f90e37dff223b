// The application icon: compiled in at every size the window and the About
// dialog use, and shown by the About dialog.
#include "aboutdialog.h"
#include "appicon.h"
#include "catalogueloader.h"

#include <QImage>
#include <QLabel>
#include <QtTest>

using namespace codex;

class TestAppIcon final : public QObject
{
    Q_OBJECT

private slots:
    void icon_offersEverySizeCompiledIn();
    void windowIcon_offersTheSizesWindowManagersDraw();
    void icon_eachSizeIsAnImageOfThatSize_data();
    void icon_eachSizeIsAnImageOfThatSize();
    void pixmap_betweenSizes_isTheNextLargerScaledDown();
    void pixmap_aboveTheLargest_isTheLargest();
    void aboutDialog_showsTheIconBesideItsHeading();
};

void TestAppIcon::icon_offersEverySizeCompiledIn()
{
    const QIcon icon = applicationIcon();
    QVERIFY(!icon.isNull());
    const QList<QSize> expected { { 16, 16 }, { 32, 32 }, { 48, 48 }, { 64, 64 }, { 128, 128 }, { 256, 256 } };
    QCOMPARE(icon.availableSizes(), expected);
}

void TestAppIcon::windowIcon_offersTheSizesWindowManagersDraw()
{
    const QIcon icon = windowIcon();
    const QList<QSize> expected { { 16, 16 }, { 32, 32 }, { 48, 48 }, { 64, 64 } };
    QCOMPARE(icon.availableSizes(), expected);
    QCOMPARE(icon.pixmap(QSize(48, 48), 1.0).size(), QSize(48, 48));
}

void TestAppIcon::icon_eachSizeIsAnImageOfThatSize_data()
{
    QTest::addColumn<int>("size");
    for (const int size : { 16, 32, 48, 64, 128, 256 })
        QTest::newRow(qPrintable(QString::number(size))) << size;
}

void TestAppIcon::icon_eachSizeIsAnImageOfThatSize()
{
    QFETCH(int, size);
    // Read the resource itself: QIcon would scale a missing size from another.
    const QImage image(QStringLiteral(":/icons/%1.png").arg(size));
    QVERIFY2(!image.isNull(), "the PNG is missing from the resource or does not decode");
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
    // Transparent corners (a rounded badge), an opaque middle.
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 3)), 255);
}

void TestAppIcon::pixmap_betweenSizes_isTheNextLargerScaledDown()
{
    const QIcon icon = applicationIcon();
    QCOMPARE(icon.pixmap(QSize(24, 24), 1.0).size(), QSize(24, 24));
    QCOMPARE(icon.actualSize(QSize(24, 24)), QSize(24, 24));
    // The 32 px file, not the 16 px one blown up: its corner is as transparent.
    const QImage scaled = icon.pixmap(QSize(24, 24), 1.0).toImage();
    QCOMPARE(qAlpha(scaled.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(scaled.pixel(12, 8)), 255);
}

void TestAppIcon::pixmap_aboveTheLargest_isTheLargest()
{
    const QIcon icon = applicationIcon();
    QCOMPARE(icon.pixmap(QSize(400, 400), 1.0).size(), QSize(256, 256));
    QCOMPARE(icon.actualSize(QSize(400, 400)), QSize(256, 256));
    QVERIFY(icon.pixmap(QSize(0, 0), 1.0).isNull());
}

void TestAppIcon::aboutDialog_showsTheIconBesideItsHeading()
{
    const LoadResult loaded = CatalogueLoader::loadEmbedded();
    QVERIFY(loaded.ok());
    AboutDialog dialog(*loaded.catalogue, Language::English);
    const auto *icon = dialog.findChild<QLabel *>(QStringLiteral("aboutIcon"));
    const auto *heading = dialog.findChild<QLabel *>(QStringLiteral("aboutHeading"));
    QVERIFY(icon);
    QVERIFY(heading);
    QCOMPARE(icon->pixmap().size(), QSize(64, 64));
    QVERIFY(heading->text().contains(QStringLiteral("Status Codex " STATUS_CODEX_VERSION)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(icon->geometry().center().y() > heading->geometry().top(), true);
    QVERIFY(icon->geometry().right() < heading->geometry().left());
}

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
