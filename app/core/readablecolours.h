#pragma once

#include <QColor>
#include <QPalette>

namespace codex {

// Colours derived from a palette that stay legible in it, light or dark:
// the palettes people really run (a dark Fusion palette with white tool
// tips on white, PlaceholderText left at half-transparent black) do not
// guarantee that the obvious role pairs can be read. Contrast as WCAG 2
// defines it (relative luminance of sRGB, 1:1 to 21:1).
class ReadableColours final
{
public:
    // WCAG 2.x 1.4.3 (AA): body text 4.5:1, large or bold heading text 3:1.
    static constexpr double BodyTextContrast = 4.5;
    static constexpr double LargeTextContrast = 3.0;

    static double relativeLuminance(const QColor &color);
    static double contrastRatio(const QColor &a, const QColor &b);
    // amount 0 gives from, 1 gives to; alpha is dropped.
    static QColor blend(const QColor &from, const QColor &to, double amount);

    // Secondary text (labels, "differs", hints) on Base: between Text and
    // Base, as far towards Base as keeps it at body-text contrast.
    static QColor mutedText(const QPalette &palette);
    // A search match: a tint of Highlight under Text, since Highlight with
    // HighlightedText is below 4.5:1 in Fusion's own light palette (3.7:1)
    // and in dark ones with white on #2a82da (4.0:1); Highlight itself where no tint
    // leaves Text legible. The text is whichever of Text and
    // HighlightedText reads better on it.
    static QColor matchBackground(const QPalette &palette);
    static QColor matchText(const QPalette &palette);
    // A correction's note colours: the tool tip's pair where it is legible,
    // otherwise a tint of Highlight under Text.
    static QColor noteBackground(const QPalette &palette);
    static QColor noteText(const QPalette &palette);
    // Links: the palette's Link, moved towards Text until legible on the
    // given background role.
    static QColor link(const QPalette &palette, QPalette::ColorRole background = QPalette::Base);
};

} // namespace codex
