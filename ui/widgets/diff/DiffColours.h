#pragma once

// DiffColours: the backgrounds and text colours of diffs (added, removed, changed, filler), derived from the
// current palette (ui/theme/Theme) so that they read on light and dark themes: the palette's Text keeps a
// contrast of 4.5:1 on every background, and text() on Base and on its own background. GUI thread.

#include <QColor>
#include <QPalette>

namespace DiffColours {

enum class Tone { Added, Removed, Changed };

// A line background; `strong` for the characters changed within a line.
QColor background(const QPalette &palette, Tone tone, bool strong = false);
// Text in the colour of the change (for a kind column).
QColor text(const QPalette &palette, Tone tone);
// The background of the side that has no line at a row.
QColor filler(const QPalette &palette);
// The background of a heading line (a type or entity) in the side-by-side view.
QColor heading(const QPalette &palette);

} // namespace DiffColours
