#pragma once

// LintDeltaTree: the lint findings a change introduces and resolves, as two groups of rows (severity, rule, entity,
// problem; the pointer and note in each row's tooltip), and the sentence and tab title that sum them up. Shown by
// the patch editor before Send and by the write confirmation. GUI thread.

#include <QTreeWidget>

#include "app/lint/Lint.h"

class LintDeltaTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit LintDeltaTree(QWidget *parent = nullptr);

    void setDelta(const LintDelta &delta);

    // "No new findings." / "⚠ This change introduces 2 problem(s)." / "✖ ... 1 of them critical.", then the
    // resolved ones.
    static QString summary(const LintDelta &delta);
    // "Problems", or "Problems (+2 / −1)".
    static QString tabTitle(const LintDelta &delta);
    // The introduced findings that are critical.
    static QList<LintFinding> critical(const QList<LintFinding> &findings);
    // Whether a finding the change introduces is high or critical (what the user must see before sending).
    static bool introducesSerious(const LintDelta &delta);
};
