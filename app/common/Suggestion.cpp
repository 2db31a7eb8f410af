#include "app/common/Suggestion.h"

#include <algorithm>
#include <cstdlib>

#include <QList>

int Suggestion::editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString Suggestion::closest(const QString &text, const QStringList &names)
{
    QString best;
    int bestDistance = 3;
    for (const QString &name : names) {
        const bool prefix = name.startsWith(text) && text.size() >= 4;
        // The distance is at least the difference in length.
        if (!prefix && std::abs(name.size() - text.size()) >= bestDistance)
            continue;
        const int distance = prefix ? 1 : editDistance(text, name);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = name;
        }
    }
    return best;
}
