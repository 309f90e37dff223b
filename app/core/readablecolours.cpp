#include "readablecolours.h"

#include <cmath>

namespace codex {

namespace {

double linearChannel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

// The colour nearest to preferred, on the way from preferred to fallback,
// that has at least minimum contrast with background.
QColor legibleOn(const QColor &background, const QColor &preferred, const QColor &fallback, double minimum)
{
    for (int step = 0; step <= 20; ++step) {
        const QColor candidate = ReadableColours::blend(preferred, fallback, step / 20.0);
        if (ReadableColours::contrastRatio(candidate, background) >= minimum)
            return candidate;
    }
    // Even the fallback fails (a palette whose Text is its Base): black or
    // white, whichever reads.
    return ReadableColours::contrastRatio(Qt::black, background)
            >= ReadableColours::contrastRatio(Qt::white, background)
        ? QColor(Qt::black)
        : QColor(Qt::white);
}

// Asked for once per highlighted word and per greyed row on every repaint,
// each colour is remembered for the last palette seen: a palette's colours
// change only with its cache key (and the group in use, which the key
// leaves out). Each caller's lambda is its own type, so its own memory.
template<typename Compute>
QColor remembered(const QPalette &palette, Compute compute)
{
    thread_local qint64 key = -1;
    thread_local QPalette::ColorGroup group = QPalette::NColorGroups;
    thread_local QColor colour;
    if (key != palette.cacheKey() || group != palette.currentColorGroup()) {
        colour = compute();
        key = palette.cacheKey();
        group = palette.currentColorGroup();
    }
    return colour;
}

} // namespace

double ReadableColours::relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF())
        + 0.0722 * linearChannel(rgb.blueF());
}

double ReadableColours::contrastRatio(const QColor &a, const QColor &b)
{
    const double first = relativeLuminance(a);
    const double second = relativeLuminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor ReadableColours::blend(const QColor &from, const QColor &to, double amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    const auto mix = [amount](double x, double y) { return x + (y - x) * amount; };
    return QColor::fromRgbF(
        float(mix(a.redF(), b.redF())), float(mix(a.greenF(), b.greenF())), float(mix(a.blueF(), b.blueF())));
}

QColor ReadableColours::mutedText(const QPalette &palette)
{
    return remembered(palette, [&palette] {
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        // Two fifths of the way to Base reads as secondary; nearer Text if the
        // palette's own contrast is low.
        return legibleOn(base, blend(text, base, 0.4), text, BodyTextContrast);
    });
}

QColor ReadableColours::matchBackground(const QPalette &palette)
{
    return remembered(palette, [&palette] {
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        // As much of the highlight as Text still reads on.
        for (int step = 0; step <= 10; ++step) {
            const QColor candidate = blend(base, palette.color(QPalette::Highlight), 0.45 - step * 0.04);
            if (contrastRatio(text, candidate) >= BodyTextContrast)
                return candidate;
        }
        return palette.color(QPalette::Highlight);
    });
}

QColor ReadableColours::matchText(const QPalette &palette)
{
    return remembered(palette, [&palette] {
        const QColor background = matchBackground(palette);
        const QColor text = palette.color(QPalette::Text);
        const QColor highlighted = palette.color(QPalette::HighlightedText);
        return contrastRatio(text, background) >= contrastRatio(highlighted, background) ? text : highlighted;
    });
}

QColor ReadableColours::noteBackground(const QPalette &palette)
{
    return remembered(palette, [&palette] {
        const QColor toolTipBase = palette.color(QPalette::ToolTipBase);
        // Light yellow on white differs in hue, not in luminance: any other
        // colour than Base sets the note off.
        if (contrastRatio(palette.color(QPalette::ToolTipText), toolTipBase) >= BodyTextContrast
            && toolTipBase.rgb() != palette.color(QPalette::Base).rgb())
            return toolTipBase;
        // A lighter tint than a search match's, so the two stay apart.
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        for (int step = 0; step <= 10; ++step) {
            const QColor candidate = blend(base, palette.color(QPalette::Highlight), 0.2 - step * 0.02);
            if (contrastRatio(text, candidate) >= BodyTextContrast)
                return candidate;
        }
        return base;
    });
}

QColor ReadableColours::noteText(const QPalette &palette)
{
    return remembered(palette, [&palette] {
        const QColor background = noteBackground(palette);
        if (background == palette.color(QPalette::ToolTipBase))
            return palette.color(QPalette::ToolTipText);
        return legibleOn(background, palette.color(QPalette::Text), palette.color(QPalette::Text), BodyTextContrast);
    });
}

QColor ReadableColours::link(const QPalette &palette, QPalette::ColorRole background)
{
    const auto compute = [&palette, background] {
        const QPalette::ColorRole text = background == QPalette::Base ? QPalette::Text : QPalette::WindowText;
        return legibleOn(palette.color(background), palette.color(QPalette::Link), palette.color(text), BodyTextContrast);
    };
    // Every pane asks for it on Base; other backgrounds are rare.
    return background == QPalette::Base ? remembered(palette, compute) : compute();
}

} // namespace codex
