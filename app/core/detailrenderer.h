#pragma once

#include "catalogue.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace codex {

// Renders one entry as HTML for a QTextBrowser: a pure function of its
// inputs, every catalogue value escaped, colours taken from the palette so
// that it follows dark mode. Interface labels go through tr().
// What the learner made for a code: a star and a personal note. Shown in
// the pane when the progress database is open (available).
struct PersonalMarks
{
    bool available = false;
    bool starred = false;
    QString note;
};

class DetailRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(DetailRenderer)

public:
    static QString render(const Catalogue &catalogue, const StatusEntry &entry, Language language,
                          const QString &query, const QPalette &palette, const PersonalMarks &marks = {});

    // Related links point here: "code:404".
    static QString linkForCode(int code);
    static int codeFromLink(const QString &link); // 0 when it is not one
    // The star and note links: "star:404", "note:404".
    enum class Action { None, ToggleStar, EditNote };
    static QString linkForAction(Action action, int code);
    static Action actionFromLink(const QString &link, int *code);
    // "copy:TEXT": puts TEXT (a constant, an example) on the clipboard.
    static QString linkForCopy(const QString &text);
    static QString textFromCopyLink(const QString &link); // empty when it is not one
    // "compare:301,308": a comparison of these codes.
    static QString linkForComparison(const QList<int> &codes);
    static QList<int> codesFromComparisonLink(const QString &link); // empty when it is not one

    enum class Label { Class, Status, Specification, AlsoKnownAs, UsedBy, Summary, Sources, NoSources,
                       Corrections, CompareWith, Correction, NotTheSource, CorrectedBelow, Starred, Star,
                       Unstar, YourNote, AddNote, EditNote, Facts, CompareThese, OtherUses, VendorUses, InCode, Example,
                       CopyIt, VendorDocument };
    // Shared with the command line's text output.
    static QString label(Label label);
    static QString statusLabel(CodeStatus status);
    // The library a constant belongs to, as its users name it: "Python http.HTTPStatus".
    static QString constantLibrary(const QString &language);
    // The library and the version its constants follow, as the catalogue
    // names them: "Spring HttpStatus 7.0" (the library alone without one).
    static QString constantLibrary(const Catalogue &catalogue, const QString &language);
    // What a constant's state means for its users: empty for a current one,
    // "deprecated in 7.0", "removed in 7.0".
    static QString constantState(const CodeConstant &constant);
    // A body text with the catalogue's light markup ("\n\n" paragraphs,
    // "- " bullets, "1. " numbers) as HTML, escaped, query terms marked.
    static QString textToHtml(const QString &text, const QStringList &terms, const QPalette &palette);
    // "<html><head>…</head>": the style every rendered document shares
    // (its links' colour); the caller adds the body.
    static QString documentHead(const QPalette &palette);
    static QString escapeAndHighlight(const QString &text, const QStringList &terms, const QPalette &palette);
};

} // namespace codex
