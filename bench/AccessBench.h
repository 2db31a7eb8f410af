#pragma once

// The access case of secdesk-bench: access evaluation on the generated configuration (50,000 users, 20,000 roles,
// 20,000 mappings): compiling it for evaluation against loading it, one explain, who-can over every internal user,
// and the compiled form's memory against the document's.

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include "bench/TreeBench.h"

namespace AccessBench {

// `bytes`: the generated document as compact JSON.
QList<BenchFigure> run(const QByteArray &bytes, int repeats);

} // namespace AccessBench

namespace LintBench {

// The lint case: the whole document linted, and the findings a pending 5-operation patch introduces.
QList<BenchFigure> run(const QJsonObject &document, int repeats);

} // namespace LintBench

namespace ImpactBench {

// The impact case: what the lint case's 5-operation patch does to access (AccessImpact::compare, as every write
// confirmation computes it).
QList<BenchFigure> run(const QJsonObject &document, int repeats);

} // namespace ImpactBench

namespace ConfirmBench {

// The confirm-view case: a write confirmation (WriteDialog, offscreen) of the 5-operation patch opened until its
// access changes are shown, with the longest GUI stall meanwhile; then 200,000 access changes filled into its tree.
QList<BenchFigure> run(const QJsonObject &document, int repeats);

} // namespace ConfirmBench

namespace FormsBench {

// The forms case: a role's form opened on the document (until shown, completion lists still loading on a worker),
// and the completion popup answering a keystroke in the security roles of a user's form (20,000 roles).
QList<BenchFigure> run(const QJsonObject &document, int repeats);

} // namespace FormsBench
