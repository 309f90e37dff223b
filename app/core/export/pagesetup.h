#pragma once

#include <QLocale>
#include <QMarginsF>
#include <QPageSize>
#include <QString>

#include <functional>
#include <optional>

class QFont;
class QPagedPaintDevice;
class QPainter;

namespace codex {

// The two paper sizes people print on: A4 nearly everywhere, Letter in the
// United States and Canada.
enum class Paper { A4, Letter };

QPageSize pageSizeOf(Paper paper);
QString paperKey(Paper paper); // "a4", "letter"
std::optional<Paper> paperFromKey(const QString &key);
Paper defaultPaper(const QLocale &locale = QLocale::system());

// The margins everything we print gets, in millimetres: room for a binder's
// holes on the left is not needed, room for a printer's unprintable border is.
QMarginsF printMargins();

// A sans-serif font at a point size, with a Chinese face to fall back on so
// that Han characters get Simplified Chinese glyphs rather than whatever
// face the system would pick first.
QFont printFont(qreal pointSize);

// Draws a footer line at the bottom of `page` (device units): `left` and
// `right`, in a small grey face.
void drawFooter(QPainter *painter, const QRectF &page, const QString &left, const QString &right);
// The height drawFooter needs, separating it from the text above it.
qreal footerHeight(QPagedPaintDevice *device);

// Writes a PDF by letting `paint` paint on a PDF writer with `paper` and the
// print margins. The file appears only when complete; on failure returns
// false and says why in `error` (the system's reason, not the file name).
bool writePdf(const QString &fileName, Paper paper, const QString &title,
              const std::function<bool(QPagedPaintDevice *device)> &paint, QString *error);

} // namespace codex
