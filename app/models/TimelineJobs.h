#pragma once

// TimelineJobs: the work behind the version timeline that runs on the WorkerPool: the comparison of a version with
// the live configuration (as a rollback would see it) or with another version, for the changed-paths tree and the
// side-by-side view. Pure functions over values, any thread; the view only starts them and shows the result.

#include <QJsonObject>
#include <QList>
#include <QString>

#include "app/common/Latest.h"
#include "app/domain/PatchPreview.h"
#include "app/json/JsonDiff.h"

struct TimelineDiff
{
    QList<JsonChange> changes;
    QList<DiffSection> sections;
};

namespace TimelineJobs {

// The diff of `left` (the configuration document of version `id`, secrets included) with `right` (the live
// configuration when `againstLive`, else another version's), for people: no statics (versions never hold them),
// secrets redacted. Against live it is the change a rollback to `id` would undo: hidden entities the user cannot read
// and types missing live are left out. Returns early (empty) once `cancel` says a newer comparison replaced it.
TimelineDiff compare(const QJsonObject &left, const QJsonObject &right, const QString &id, bool againstLive,
                     const CancelToken &cancel = {});

} // namespace TimelineJobs
