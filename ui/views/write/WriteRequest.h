#pragma once

// WriteRequest: what a view asks the WriteCoordinator to write: the plan, the warnings only the view knows (an
// upgrade's collisions), and whom to tell when the write ends. The coordinator adds the lockout check itself. A value
// type, GUI thread.

#include <functional>

#include <QPointer>
#include <QStringList>

#include "app/write/ChangePlan.h"
#include "app/write/WriteReport.h"

struct WriteRequest
{
    ChangePlan plan;
    QStringList dangerWarnings; // shown loud above the plan
    // Told once, on the GUI thread, when the write the user confirmed ends (not for a restore that follows it), and
    // only while `origin` lives.
    QPointer<QObject> origin;
    std::function<void(const WriteReport &report)> finished;
};
