#include "aboutdialog.h"

#include "appicon.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace codex {

AboutDialog::AboutDialog(const Catalogue &catalogue, Language language, QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("About Status Codex"));
    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(applicationIcon().pixmap(QSize(64, 64)));
    auto *heading
        = new QLabel(QStringLiteral("<h2>Status Codex %1</h2>").arg(QStringLiteral(STATUS_CODEX_VERSION)), this);
    heading->setObjectName(QStringLiteral("aboutHeading"));
    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(heading, 1);
    m_text->setHtml(aboutHtml(catalogue, language));
    m_text->setOpenExternalLinks(false);
    m_text->setAccessibleName(tr("About Status Codex"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(560, 520);
}

QString AboutDialog::aboutHtml(const Catalogue &catalogue, Language language)
{
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(tr("An offline reference for HTTP status codes: what each source says, side by "
                               "side, checked against the specifications.")
                                .toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Sources").toHtmlEscaped());
    for (const Source &source : catalogue.sources())
        html += QStringLiteral("<li><b>%1</b>: %2</li>")
                    .arg(source.name.in(language).toHtmlEscaped(), source.about.in(language).toHtmlEscaped());
    html += QStringLiteral("</ul><h3>%1</h3><p>%2</p>")
                .arg(tr("Reference").toHtmlEscaped(),
                     tr("Reason phrases, statuses and specifications follow the IANA HTTP Status Code "
                        "Registry; explanations follow RFC 9110 and the RFCs the registry cites. The "
                        "catalogue holds %n codes.",
                        nullptr, int(catalogue.entries().size()))
                         .toHtmlEscaped());
    return html;
}

} // namespace codex
