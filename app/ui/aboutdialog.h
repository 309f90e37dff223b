#pragma once

#include "catalogue.h"

#include <QDialog>

class QTextBrowser;

namespace codex {

// The icon and version, the sources the catalogue was built from, and the reference used.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(const Catalogue &catalogue, Language language, QWidget *parent = nullptr);

    static QString aboutHtml(const Catalogue &catalogue, Language language);

private:
    QTextBrowser *m_text = nullptr;
};

} // namespace codex
