#include "ui/theme/Theme.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

QColor opaque(const QColor &colour, const QColor &under)
{
    if (colour.alpha() == 255)
        return colour;
    return Theme::mix(under, QColor(colour.red(), colour.green(), colour.blue()), colour.alphaF());
}

// The hue itself, at a lightness that suits the theme (used as the end point of washes).
QColor pureHue(Theme::Hue hue, bool dark)
{
    return QColor::fromHsl(int(hue), 190, dark ? 110 : 150);
}

} // namespace

namespace Theme {

double relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(opaque(a, b));
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    const auto channel = [t](float p, float q) { return std::clamp(float(p * (1 - t) + q * t), 0.0F, 1.0F); };
    return QColor::fromRgbF(channel(x.redF(), y.redF()), channel(x.greenF(), y.greenF()),
                            channel(x.blueF(), y.blueF()));
}

QColor readableOn(const QColor &colour, const QColor &against, double minimum)
{
    QColor result = opaque(colour, against);
    if (contrastRatio(result, against) >= minimum)
        return result;
    // Below a luminance of about 0.18 white contrasts more than black: move towards whichever end helps.
    const bool darken = relativeLuminance(against) > 0.18;
    const QColor hsl = result.toHsl();
    const int hue = std::max(0, hsl.hslHue());
    const int saturation = hsl.hslHue() < 0 ? 0 : hsl.hslSaturation();
    int lightness = hsl.lightness();
    while (contrastRatio(result, against) < minimum) {
        lightness += darken ? -2 : 2;
        if (lightness <= 0 || lightness >= 255)
            return darken ? QColor(Qt::black) : QColor(Qt::white);
        result = QColor::fromHsl(hue, saturation, lightness).toRgb();
    }
    return result;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor wash(const QPalette &palette, Hue hue, double strength)
{
    const QColor base = palette.color(QPalette::Base);
    return readableOn(mix(base, pureHue(hue, isDark(palette)), strength), palette.color(QPalette::Text));
}

QColor hueText(const QPalette &palette, Hue hue, QPalette::ColorRole background)
{
    return readableOn(QColor::fromHsl(int(hue), 170, isDark(palette) ? 175 : 85), palette.color(background));
}

QColor errorText(const QPalette &palette, QPalette::ColorRole background)
{
    return hueText(palette, Hue::Red, background);
}

QColor mutedText(const QColor &text, const QColor &background)
{
    return readableOn(mix(text, background, 0.4), background);
}

QColor linkText(const QPalette &palette)
{
    return readableOn(palette.color(QPalette::Link), palette.color(QPalette::Base));
}

QColor badgeBackground(const QPalette &palette, bool selected)
{
    if (selected)
        return readableOn(mix(palette.color(QPalette::Highlight), palette.color(QPalette::HighlightedText), 0.25),
                          palette.color(QPalette::HighlightedText));
    return readableOn(mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.2),
                      palette.color(QPalette::Text));
}

QColor messageBackground(const QPalette &palette, bool error)
{
    const QColor tint = pureHue(error ? Hue::Red : Hue::Blue, isDark(palette));
    return readableOn(mix(palette.color(QPalette::Window), tint, 0.2), palette.color(QPalette::WindowText));
}

QColor syntaxColour(const QPalette &palette, Syntax syntax)
{
    switch (syntax) {
    case Syntax::Key:
        return hueText(palette, Hue::Blue);
    case Syntax::String:
        return hueText(palette, Hue::Green);
    case Syntax::Number:
        return hueText(palette, Hue::Orange);
    case Syntax::Literal:
        return hueText(palette, Hue::Purple);
    }
    return palette.color(QPalette::Text);
}

std::optional<Scheme> schemeFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"system")
        return Scheme::System;
    if (key == u"light")
        return Scheme::Light;
    if (key == u"dark")
        return Scheme::Dark;
    return std::nullopt;
}

QPalette lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette(QColor(239, 239, 239));
    // Fusion's highlight (48, 140, 198) gives white text a contrast of only 3.7: a deeper blue reaches 5.9.
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Highlight, QColor(38, 98, 186));
        palette.setColor(group, QPalette::HighlightedText, QColor(255, 255, 255));
    }
    palette.setColor(QPalette::Link, QColor(0, 90, 190));
    palette.setColor(QPalette::LinkVisited, QColor(110, 50, 170));
    return palette;
}

QPalette darkPalette()
{
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor disabledText(128, 128, 128);
    QPalette palette(window);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        palette.setColor(group, QPalette::Window, window);
        palette.setColor(group, QPalette::WindowText, disabled ? disabledText : text);
        palette.setColor(group, QPalette::Base, disabled ? window : base);
        palette.setColor(group, QPalette::AlternateBase, QColor(40, 40, 43));
        palette.setColor(group, QPalette::Text, disabled ? disabledText : text);
        palette.setColor(group, QPalette::PlaceholderText, QColor(150, 150, 150));
        palette.setColor(group, QPalette::Button, QColor(55, 55, 58));
        palette.setColor(group, QPalette::ButtonText, disabled ? disabledText : text);
        palette.setColor(group, QPalette::BrightText, QColor(255, 120, 120));
        palette.setColor(group, QPalette::Light, QColor(80, 80, 84));
        palette.setColor(group, QPalette::Midlight, QColor(65, 65, 68));
        palette.setColor(group, QPalette::Mid, QColor(38, 38, 40));
        palette.setColor(group, QPalette::Dark, QColor(25, 25, 27));
        palette.setColor(group, QPalette::Shadow, QColor(0, 0, 0));
        palette.setColor(group, QPalette::Highlight, disabled ? QColor(70, 70, 74) : QColor(38, 98, 186));
        palette.setColor(group, QPalette::HighlightedText, disabled ? disabledText : QColor(255, 255, 255));
        palette.setColor(group, QPalette::ToolTipBase, QColor(60, 60, 64));
        palette.setColor(group, QPalette::ToolTipText, text);
        palette.setColor(group, QPalette::Link, QColor(110, 175, 255));
        palette.setColor(group, QPalette::LinkVisited, QColor(190, 150, 255));
    }
    return palette;
}

void apply(Scheme scheme)
{
    if (scheme == Scheme::System)
        return;
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(scheme == Scheme::Dark ? darkPalette() : lightPalette());
}

} // namespace Theme
