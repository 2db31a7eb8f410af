#pragma once

// The access case of secdesk-bench: access evaluation on the generated configuration (50,000 users, 20,000 roles,
// 20,000 mappings): compiling it for evaluation against loading it, one explain, who-can over every internal user,
// and the compiled form's memory against the document's.

#include <QByteArray>
#include <QList>

#include "bench/TreeBench.h"

namespace AccessBench {

// `bytes`: the generated document as compact JSON.
QList<BenchFigure> run(const QByteArray &bytes, int repeats);

} // namespace AccessBench
