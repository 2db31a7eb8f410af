#pragma once

// LintStyle: how a lint severity looks wherever it is shown (the Problems dock, the tree's badge, the write
// confirmation): a hue from the theme and a mark. Colours come from the palette (Theme), never literals. GUI thread.

#include <QPalette>

#include "app/lint/Lint.h"
#include "ui/theme/Theme.h"

namespace LintStyle {

inline Theme::Hue hue(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Critical:
        return Theme::Hue::Red;
    case LintSeverity::High:
        return Theme::Hue::Orange;
    case LintSeverity::Medium:
        return Theme::Hue::Amber;
    case LintSeverity::Info:
        break;
    }
    return Theme::Hue::Blue;
}

// A badge's background, and text in the severity's hue that is readable on Base.
inline QColor background(const QPalette &palette, LintSeverity severity)
{
    return Theme::wash(palette, hue(severity), 0.35);
}
inline QColor text(const QPalette &palette, LintSeverity severity)
{
    return Theme::hueText(palette, hue(severity));
}

// A mark before the severity's name: the shape tells severities apart without colour.
inline QString mark(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Critical:
        return QStringLiteral("\u2716"); // heavy multiplication x
    case LintSeverity::High:
        return QStringLiteral("\u25b2"); // triangle
    case LintSeverity::Medium:
        return QStringLiteral("\u25c6"); // diamond
    case LintSeverity::Info:
        break;
    }
    return QStringLiteral("\u25cf"); // dot
}

} // namespace LintStyle
