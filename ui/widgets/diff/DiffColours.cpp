#include "ui/widgets/diff/DiffColours.h"

#include "ui/theme/Theme.h"

namespace {

Theme::Hue hueOf(DiffColours::Tone tone)
{
    switch (tone) {
    case DiffColours::Tone::Added:
        return Theme::Hue::Green;
    case DiffColours::Tone::Removed:
        return Theme::Hue::Red;
    case DiffColours::Tone::Changed:
        return Theme::Hue::Amber;
    }
    return Theme::Hue::Amber;
}

} // namespace

namespace DiffColours {

QColor background(const QPalette &palette, Tone tone, bool strong)
{
    // A tint of the base colour in the hue of the change; the palette's Text stays readable on it (Theme::wash).
    return Theme::wash(palette, hueOf(tone), strong ? 0.45 : 0.2);
}

QColor text(const QPalette &palette, Tone tone)
{
    // Readable both on Base (parent rows, lists) and on the tone's own background (the kind column of a leaf).
    return Theme::readableOn(Theme::hueText(palette, hueOf(tone)), background(palette, tone));
}

QColor filler(const QPalette &palette)
{
    return Theme::readableOn(
        Theme::mix(palette.color(QPalette::Base), palette.color(QPalette::Mid), Theme::isDark(palette) ? 0.5 : 0.2),
        palette.color(QPalette::Text));
}

QColor heading(const QPalette &palette)
{
    const QColor alternate = palette.color(QPalette::AlternateBase);
    return Theme::readableOn(Theme::mix(alternate, palette.color(QPalette::Text), 0.08), palette.color(QPalette::Text));
}

} // namespace DiffColours
