#include "ui/widgets/diff/DiffColours.h"

namespace {

int hueOf(DiffColours::Tone tone)
{
    switch (tone) {
    case DiffColours::Tone::Added:
        return 120;
    case DiffColours::Tone::Removed:
        return 0;
    case DiffColours::Tone::Changed:
        return 40;
    }
    return 0;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

namespace DiffColours {

QColor background(const QPalette &palette, Tone tone, bool strong)
{
    // A tint of the base colour: the hue of the change, the lightness of the theme.
    const int base = palette.color(QPalette::Base).lightness();
    const int lightness = isDark(palette) ? std::min(255, base + (strong ? 70 : 35)) : base - (strong ? 70 : 30);
    return QColor::fromHsl(hueOf(tone), strong ? 130 : 110, std::clamp(lightness, 20, 240));
}

QColor text(const QPalette &palette, Tone tone)
{
    return QColor::fromHsl(hueOf(tone), 150, isDark(palette) ? 170 : 80);
}

QColor filler(const QPalette &palette)
{
    QColor colour = palette.color(QPalette::Mid);
    colour.setAlpha(60);
    return colour;
}

} // namespace DiffColours
