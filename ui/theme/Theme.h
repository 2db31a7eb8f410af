#pragma once

// Theme: every colour the UI paints besides the palette's own roles, derived from the current palette so that it
// reads in light and dark themes: text keeps a contrast of at least 4.5:1 (WCAG 2 AA) against what it is drawn on.
// Also the app's own light and dark palettes (secdesk --palette). Pure functions; GUI thread for apply().

#include <optional>

#include <QColor>
#include <QPalette>
#include <QString>

namespace Theme {

// WCAG 2 AA for normal-size text.
constexpr double MinContrast = 4.5;

// WCAG 2 relative luminance of an opaque colour (0 black .. 1 white).
double relativeLuminance(const QColor &colour);
// WCAG 2 contrast ratio (1 .. 21); translucent colours are first composited over opaque `b`.
double contrastRatio(const QColor &a, const QColor &b);
// A blend of opaque colours: t = 0 gives a, t = 1 gives b.
QColor mix(const QColor &a, const QColor &b, double t);
// `colour` with its lightness moved (hue kept) away from `against` until their contrast is at least `minimum`.
// Works for text against a background and for a background against its text.
QColor readableOn(const QColor &colour, const QColor &against, double minimum = MinContrast);

// A dark theme: its Base is darker than mid-grey.
bool isDark(const QPalette &palette);

// Hues of the colours the UI uses for meaning, in degrees.
enum class Hue { Green = 120, Red = 0, Amber = 38, Blue = 215, Purple = 295, Orange = 25 };

// A tint of the palette's Base in `hue`: `strength` 0 is Base itself, 1 the full hue. Text stays readable on it.
QColor wash(const QPalette &palette, Hue hue, double strength);
// Text in `hue`, readable on the palette's `background` role.
QColor hueText(const QPalette &palette, Hue hue, QPalette::ColorRole background = QPalette::Base);
// Error text (a failed step, an invalid field), readable on `background`.
QColor errorText(const QPalette &palette, QPalette::ColorRole background = QPalette::Base);
// Secondary text (counts, notes): between `text` and `background`, still readable.
QColor mutedText(const QColor &text, const QColor &background);
// Links in rich text on Base.
QColor linkText(const QPalette &palette);
// The rounded badges (static, reserved, hidden) of the config tree and the entity summary; their text is the
// palette's Text (HighlightedText when selected).
QColor badgeBackground(const QPalette &palette, bool selected);
// The inline message bar's background (its text is WindowText).
QColor messageBackground(const QPalette &palette, bool error);

// Syntax colours of the JSON highlighter, readable on Base.
enum class Syntax { Key, String, Number, Literal };
QColor syntaxColour(const QPalette &palette, Syntax syntax);

enum class Scheme { System, Light, Dark };
// "system", "light", "dark" (case-insensitive); nullopt for anything else.
std::optional<Scheme> schemeFromName(const QString &name);
// Fusion-based palettes of our own, complete for every role and group.
QPalette lightPalette();
QPalette darkPalette();
// Light and Dark switch the application to the Fusion style with that palette; System leaves both alone.
void apply(Scheme scheme);

} // namespace Theme
