#include "app/models/TimelineJobs.h"

#include "app/domain/ConfigVersion.h"
#include "app/domain/WriteSecrets.h"
#include "app/write/ChangePlan.h"

namespace TimelineJobs {

TimelineDiff compare(const QJsonObject &left, const QJsonObject &right, const QString &id, bool againstLive,
                     const CancelToken &cancel)
{
    TimelineDiff diff;
    QJsonObject from = left;
    QJsonObject to = right;
    if (againstLive) {
        if (const auto plan = ChangePlan::rollback(id, left, right)) {
            from = plan->expected;
            to = plan->base;
        }
    }
    if (cancel.isCancelled())
        return diff;
    const WriteSecrets::RedactedDiff redacted =
        WriteSecrets::diff(ConfigVersions::withoutStatics(from), ConfigVersions::withoutStatics(to));
    if (cancel.isCancelled())
        return diff;
    diff.changes = redacted.changes;
    diff.sections = PatchPreviewBuilder::sections(diff.changes, redacted.before, redacted.after);
    return diff;
}

} // namespace TimelineJobs
