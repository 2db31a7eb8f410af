#pragma once

// ExplainBench: the `explain-view` case of secdesk-bench. The real MainWindow (offscreen) on the generated
// configuration served through a transport double, its configuration compiled for access on a worker; then a click on
// Explain until the result is painted, and a who-can until its list is painted, each with the longest stall of the
// GUI thread's event loop meanwhile. GUI thread; needs a QApplication.

#include <QJsonObject>
#include <QList>

#include "bench/TreeBench.h"

namespace ExplainBench {

// Medians of `repeat` runs after one discarded warm-up run. Progress goes to stderr.
QList<BenchFigure> run(const QJsonObject &document, int repeat);

} // namespace ExplainBench
