// The start-up baseline: the empty Qt window the app is built from, showing
// the same rows and the same detail text, and nothing else. It reads them
// from a file the benchmark writes, so that it pays for no catalogue code:
//   C<TAB>class label             a class row
//   R<TAB>code<TAB>phrase<TAB>title  a code row under the last class
//   H                             the rest of the file is the detail HTML
#include "firstframeexit.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QFile file(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString());
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    const QString content = QString::fromUtf8(file.readAll());
    const qsizetype htmlAt = content.indexOf(QStringLiteral("\nH\n"));
    const QString html = htmlAt < 0 ? QString() : content.mid(htmlAt + 3);

    auto *model = new QStandardItemModel(&app);
    model->setHorizontalHeaderLabels(
        {QStringLiteral("Code"), QStringLiteral("Reason phrase"), QStringLiteral("Name")});
    QStandardItem *classItem = nullptr;
    for (const QStringView line : QStringView(content).left(htmlAt < 0 ? content.size() : htmlAt).split(u'\n')) {
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() == 2 && fields.at(0) == u"C") {
            classItem = new QStandardItem(fields.at(1).toString());
            QFont bold = classItem->font();
            bold.setBold(true);
            classItem->setFont(bold);
            model->appendRow(classItem);
        } else if (fields.size() == 4 && fields.at(0) == u"R" && classItem) {
            classItem->appendRow({new QStandardItem(fields.at(1).toString()),
                                  new QStandardItem(fields.at(2).toString()),
                                  new QStandardItem(fields.at(3).toString())});
        }
    }

    QMainWindow window;
    auto *search = new QLineEdit(&window);
    auto *tree = new QTreeView(&window);
    tree->setModel(model);
    tree->setUniformRowHeights(true);
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->resizeSection(1, 230);
    tree->expandAll();
    for (int row = 0; row < model->rowCount(); ++row)
        tree->setFirstColumnSpanned(row, QModelIndex(), true);
    auto *detail = new QTextBrowser(&window);
    detail->setHtml(html);

    auto *left = new QWidget(&window);
    auto *layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(search);
    layout->addWidget(tree);
    auto *splitter = new QSplitter(Qt::Horizontal, &window);
    splitter->addWidget(left);
    splitter->addWidget(detail);
    window.setCentralWidget(splitter);
    window.resize(1100, 720);

    codex::FirstFrameExit::installIfRequested(&window);
    window.show();
    return app.exec();
}
