#pragma once

// TimelineBench: the `timeline` and `patch-editor` cases of secdesk-bench, on the real MainWindow (offscreen) over
// the real ClusterSession and ApiClient, served by a transport double (BenchTransport).
//
// timeline: the cluster holds two versions, v1 = A and v2 = B (B = A with about 1 % of the entities mutated; the
// live configuration is B). GET versions answers with both snapshots (and version/v1, version/v2 with one each).
// With "Compare with: v2" chosen and v2 selected (no differences), the user clicks v1 in the list; measured is the
// time from that click to both diff views (the changed-paths tree and the side-by-side panes) painted with the
// A -> B diff, the GUI thread's CPU time and its longest event-loop stall in that span. Not included: downloading
// and parsing GET versions (the view keeps every version's document after one load and never fetches again on a
// selection). Included: everything the click starts: the selection handling on the GUI thread, the diff on the
// worker pool, showing the result in both views, their paint, and the work that competes for the cores meanwhile
// (the selected version's whole configuration loading into the "Configuration" tab's model).
//
// patch-editor: with the live configuration (B) loaded, a patch of five operations in the editor, the GUI-thread
// time of an edit of the first operation (PatchModel revalidates all five against the document, with the guards)
// and of ChangePlan::compile as Send runs it, and the longest stall from the click on Send to the write dialog.

#include <QJsonObject>
#include <QList>

#include "bench/TreeBench.h"

namespace TimelineBench {

QList<BenchFigure> run(const QJsonObject &a, const QJsonObject &b, int repeat);

} // namespace TimelineBench

namespace PatchEditorBench {

QList<BenchFigure> run(const QJsonObject &document, int repeat);

} // namespace PatchEditorBench
