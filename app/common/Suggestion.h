#pragma once

// Suggestion: "did you mean" for a name that is likely a typo of a known one. Pure functions, any thread.

#include <QString>
#include <QStringList>

namespace Suggestion {

// The Levenshtein distance between two strings.
int editDistance(const QString &a, const QString &b);

// The closest of `names` to `text` when it is a likely typo (at most 2 edits, or a prefix of it); empty otherwise.
QString closest(const QString &text, const QStringList &names);

} // namespace Suggestion
