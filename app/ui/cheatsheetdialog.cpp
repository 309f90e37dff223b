#include "cheatsheetdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace codex {

CheatSheetDialog::CheatSheetDialog(Language language, Paper paper, QWidget *parent)
    : QDialog(parent)
    , m_languages(new QComboBox(this))
    , m_paper(new QComboBox(this))
{
    setObjectName(QStringLiteral("cheatSheetDialog"));
    setWindowTitle(tr("Cheat Sheet"));
    // Each language named in itself, as in the language menu.
    m_languages->setObjectName(QStringLiteral("sheetLanguages"));
    m_languages->addItem(QStringLiteral("中文"), sheetLanguagesKey(SheetLanguages::Chinese));
    m_languages->addItem(QStringLiteral("English"), sheetLanguagesKey(SheetLanguages::English));
    m_languages->addItem(tr("Both, side by side (landscape)"), sheetLanguagesKey(SheetLanguages::Both));
    m_languages->setCurrentIndex(m_languages->findData(sheetLanguagesKey(sheetLanguagesFor(language))));
    m_paper->setObjectName(QStringLiteral("sheetPaper"));
    m_paper->addItem(tr("A4"), paperKey(Paper::A4));
    m_paper->addItem(tr("US Letter"), paperKey(Paper::Letter));
    m_paper->setCurrentIndex(m_paper->findData(paperKey(paper)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QFormLayout(this);
    auto *about = new QLabel(tr("Every registered code with its reason phrase, title and one line, on at most two pages."), this);
    about->setWordWrap(true);
    layout->addRow(about);
    layout->addRow(tr("&Language:"), m_languages);
    layout->addRow(tr("&Paper:"), m_paper);
    layout->addRow(buttons);
}

SheetLanguages CheatSheetDialog::languages() const
{
    return sheetLanguagesFromKey(m_languages->currentData().toString()).value_or(SheetLanguages::English);
}

Paper CheatSheetDialog::paper() const
{
    return paperFromKey(m_paper->currentData().toString()).value_or(Paper::A4);
}

} // namespace codex
