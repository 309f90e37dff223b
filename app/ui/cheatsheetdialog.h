#pragma once

#include "cheatsheet.h"
#include "pagesetup.h"

#include <QDialog>

class QComboBox;

namespace codex {

// What File > Cheat Sheet asks before the file name: the languages (one, or
// both side by side) and the paper size.
class CheatSheetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheatSheetDialog)

public:
    CheatSheetDialog(Language language, Paper paper, QWidget *parent = nullptr);

    SheetLanguages languages() const;
    Paper paper() const;

private:
    QComboBox *m_languages = nullptr;
    QComboBox *m_paper = nullptr;
};

} // namespace codex
