#pragma once

#include "catalogue.h"

#include <QString>

namespace codex {

// One code as Markdown, for a note or an issue: a heading "# 404 Not Found",
// the title and facts, the summary, each source's text under its name (with
// the source's own spelling of the phrase), each correction quoted right
// under the text it corrects and labelled as ours, the general corrections,
// the specification and the related codes. Catalogue text is escaped where
// Markdown would read it as markup; its own lists stay lists.
class MarkdownExport final
{
public:
    static QString entry(const Catalogue &catalogue, const StatusEntry &entry, Language language);

    // Text in a line: backslashes before the characters that would start
    // emphasis, code, links or HTML.
    static QString escapeInline(const QString &text);
    // A body text with the catalogue's light markup ("\n\n" paragraphs,
    // "- " and "1. " lists, two spaces to nest) as Markdown blocks.
    static QString blocks(const QString &text);
};

} // namespace codex
