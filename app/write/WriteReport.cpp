#include "app/write/WriteReport.h"

#include <QFileInfo>
#include <QJsonArray>

#include "app/json/Json.h"

using namespace Qt::StringLiterals;

namespace {

QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue() : value;
}

QString show(const QJsonValue &value)
{
    return value.isUndefined() ? WriteReport::tr("(absent)") : Json::preview(value, 100);
}

} // namespace

QList<JsonChange> UpgradeEntityResult::changes() const
{
    QJsonObject from;
    QJsonObject to;
    if (!before.isUndefined())
        from.insert(entity, before);
    if (!after.isUndefined())
        to.insert(entity, after);
    QList<JsonChange> result = JsonDiff::changes(QJsonObject {{configType, from}}, QJsonObject {{configType, to}});
    return result;
}

QJsonObject UpgradeEntityResult::toJson() const
{
    return {{u"type"_s, configType},     {u"entity"_s, entity},
            {u"operation"_s, operation}, {u"before"_s, orNull(before)},
            {u"after"_s, orNull(after)}, {u"changes"_s, JsonDiff::changesToJson(changes())}};
}

QString StepOutcome::statusName(Status status)
{
    switch (status) {
    case Status::NotSent:
        return u"not-sent"_s;
    case Status::Applied:
        return u"applied"_s;
    case Status::NoChange:
        return u"no-change"_s;
    case Status::Failed:
        return u"failed"_s;
    }
    return {};
}

QString WriteReport::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return u"applied"_s;
    case Outcome::NothingToDo:
        return u"nothing-to-do"_s;
    case Outcome::Conflict:
        return u"conflict"_s;
    case Outcome::Failed:
        return u"failed"_s;
    case Outcome::PartiallyApplied:
        return u"partially-applied"_s;
    case Outcome::VerificationFailed:
        return u"verification-failed"_s;
    case Outcome::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

bool WriteReport::wroteSomething() const
{
    for (const StepOutcome &step : steps) {
        if (step.status == StepOutcome::Status::Applied)
            return true;
    }
    return false;
}

QString WriteReport::text() const
{
    QStringList lines;
    switch (outcome) {
    case Outcome::Applied:
        if (upgraded.isEmpty())
            lines << tr("Applied and verified: the cluster's configuration now matches the plan.");
        else
            lines << tr("Upgraded %n entity(ies) to the defaults the cluster ships:", nullptr, int(upgraded.size()));
        break;
    case Outcome::NothingToDo:
        lines << tr("Nothing to do: the plan changes nothing.");
        break;
    case Outcome::Conflict:
        lines << tr("The configuration changed on the cluster since it was read (%1). Nothing was written.")
                     .arg(conflict.types.join(u", "_s));
        for (const ConflictEntry &entry : conflict.entries) {
            lines << u"  "_s + (entry.path.isRoot() ? u"\"\""_s : entry.path.toString());
            lines << u"    "_s + tr("base:   %1").arg(show(entry.base));
            lines << u"    "_s + tr("server: %1").arg(show(entry.server));
            lines << u"    "_s + tr("yours:  %1").arg(show(entry.yours));
        }
        if (!conflict.serverChanges.isEmpty()) {
            lines << tr("Changed on the server:");
            lines << JsonDiff::summaryText(conflict.serverChanges).trimmed();
        }
        lines << tr("Read the configuration again and redo the change on top of it.");
        break;
    case Outcome::Failed:
        lines << tr("The write failed. Nothing was written.");
        break;
    case Outcome::PartiallyApplied:
        lines << tr("The write failed part-way: only part of it is on the cluster.");
        break;
    case Outcome::VerificationFailed:
        lines << tr("Every request succeeded, but the configuration read back differs from the plan:");
        break;
    case Outcome::Cancelled:
        lines << tr("Cancelled before anything was sent. Nothing was written.");
        break;
    }
    if (error)
        lines << error->toString();
    for (const StepOutcome &step : steps) {
        switch (step.status) {
        case StepOutcome::Status::Applied:
            lines << tr("  applied:  %1 (%2)").arg(step.label, step.serverMessage);
            break;
        case StepOutcome::Status::NoChange:
            lines << tr("  no change: %1 (%2)").arg(step.label, step.serverMessage);
            break;
        case StepOutcome::Status::Failed:
            lines << tr("  FAILED:   %1: %2").arg(step.label, step.error ? step.error->userMessage() : QString());
            break;
        case StepOutcome::Status::NotSent:
            if (outcome != Outcome::Conflict && outcome != Outcome::Cancelled)
                lines << tr("  not sent: %1").arg(step.label);
            break;
        }
    }
    if (apiError && outcome != Outcome::PartiallyApplied)
        lines << apiError->userMessage();
    if (!differences.isEmpty())
        lines << JsonDiff::summaryText(differences).trimmed();
    for (const UpgradeEntityResult &entity : upgraded) {
        const QList<JsonChange> entityChanges = entity.changes();
        lines << tr("  %1/%2 (%3): %n change(s)", nullptr, int(entityChanges.size()))
                     .arg(entity.configType, entity.entity, entity.operation.isEmpty() ? u"-"_s : entity.operation);
        if (!entityChanges.isEmpty())
            lines << JsonDiff::summaryText(entityChanges).trimmed();
    }
    for (const QString &note : notCompared)
        lines << tr("  not compared: %1").arg(note);
    if (!backupPath.isEmpty()) {
        if (outcome == Outcome::PartiallyApplied || outcome == Outcome::VerificationFailed)
            lines << tr("The configuration before this write is saved in %1; restore from it to undo the applied "
                        "part (passwords cannot be restored from a backup).")
                         .arg(backupPath);
        else if (outcome == Outcome::Applied)
            lines << tr("Backup of the configuration before this write: %1").arg(backupPath);
    }
    lines.append(notes);
    return lines.join(u'\n') + u'\n';
}

QJsonObject WriteReport::toJson() const
{
    QJsonArray stepArray;
    for (const StepOutcome &step : steps) {
        QJsonObject object {{u"label"_s, step.label},
                            {u"types"_s, QJsonArray::fromStringList(step.types)},
                            {u"status"_s, StepOutcome::statusName(step.status)}};
        if (!step.serverMessage.isEmpty())
            object.insert(u"message"_s, step.serverMessage);
        if (step.error) {
            object.insert(u"error"_s, step.error->userMessage());
            if (step.error->httpStatus != 0)
                object.insert(u"http_status"_s, step.error->httpStatus);
        }
        stepArray.append(object);
    }
    QJsonObject json {
        {u"outcome"_s, outcomeName(outcome)}, {u"title"_s, title}, {u"steps"_s, stepArray}, {u"verified"_s, verified}};
    if (apiError)
        json.insert(u"error"_s, apiError->userMessage());
    if (error)
        json.insert(u"error"_s, error->toString());
    if (!conflict.isEmpty()) {
        QJsonArray entries;
        for (const ConflictEntry &entry : conflict.entries)
            entries.append(QJsonObject {{u"path"_s, entry.path.toString()},
                                        {u"base"_s, orNull(entry.base)},
                                        {u"server"_s, orNull(entry.server)},
                                        {u"yours"_s, orNull(entry.yours)}});
        json.insert(u"conflict"_s,
                    QJsonObject {{u"types"_s, QJsonArray::fromStringList(conflict.types)},
                                 {u"paths"_s, entries},
                                 {u"server_changes"_s, JsonDiff::changesToJson(conflict.serverChanges)}});
    }
    if (!differences.isEmpty())
        json.insert(u"differences"_s, JsonDiff::changesToJson(differences));
    if (!upgraded.isEmpty()) {
        QJsonArray entities;
        for (const UpgradeEntityResult &entity : upgraded)
            entities.append(entity.toJson());
        json.insert(u"upgraded"_s, entities);
    }
    if (!notCompared.isEmpty())
        json.insert(u"not_compared"_s, QJsonArray::fromStringList(notCompared));
    if (!backupPath.isEmpty())
        json.insert(u"backup"_s, QFileInfo(backupPath).fileName());
    if (!notes.isEmpty())
        json.insert(u"notes"_s, QJsonArray::fromStringList(notes));
    return json;
}
