#pragma once

#include "catalogue.h"
#include "pagesetup.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QPagedPaintDevice;

namespace codex {

// Which languages a cheat sheet is in: one, or both side by side.
enum class SheetLanguages { Chinese, English, Both };

QString sheetLanguagesKey(SheetLanguages languages); // "zh", "en", "both"
std::optional<SheetLanguages> sheetLanguagesFromKey(const QString &key);
SheetLanguages sheetLanguagesFor(Language language);

// Every registered code on at most two pages, grouped by class: the code,
// its reason phrase, its Chinese title, and one line from its summary.
// "Both" is laid out on a landscape page, so that the English and the
// Chinese line each get a column wide enough to say something.
class CheatSheet final
{
    Q_DECLARE_TR_FUNCTIONS(CheatSheet)

public:
    static constexpr int MaxPages = 2;

    // The codes on the sheet: the registry's, in catalogue order.
    static QList<const StatusEntry *> entries(const Catalogue &catalogue);
    // What the one line is made from: the entry's own one line, or where a
    // catalogue gives none, the summary's first sentence without the
    // "410 means" that the row already says.
    static QString oneLineSource(const StatusEntry &entry, Language language);
    static QString firstSentence(const QString &text, Language language);
    // The longest beginning of `sentence` that `fits`: all of it; else up to
    // a clause boundary (a comma, a semicolon, a dash) with an ellipsis; else,
    // when that would throw most of the room away, up to a word boundary
    // with an ellipsis. Never a part of a word.
    static QString fitted(const QString &sentence, const std::function<bool(const QString &)> &fits);

    // Paints the sheet on `device`, switching it to landscape for Both.
    // Returns the number of pages, 0 when the device could not be painted on.
    static int paint(const Catalogue &catalogue, SheetLanguages languages, QPagedPaintDevice *device);
    static bool writePdf(const Catalogue &catalogue, SheetLanguages languages, Paper paper, const QString &fileName,
                         QString *error);
};

} // namespace codex
