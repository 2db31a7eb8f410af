#include "app/write/WriteReport.h"
#include "app/domain/ConfigChanges.h"

#include <algorithm>

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
            {u"after"_s, orNull(after)}, {u"changes"_s, ConfigChanges::toJson(changes())}};
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
    case Status::Unknown:
        return u"unknown"_s;
    case Status::UnknownApplied:
        return u"unknown-then-applied"_s;
    case Status::UnknownNotApplied:
        return u"unknown-then-not-applied"_s;
    case Status::UnknownDiffers:
        return u"unknown-then-differs"_s;
    }
    return {};
}

bool StepOutcome::isUnknown() const
{
    return status == Status::Unknown || status == Status::UnknownApplied || status == Status::UnknownNotApplied
           || status == Status::UnknownDiffers;
}

QString ConcurrentChange::text() const
{
    QString shown = entities.isEmpty() ? WriteReport::tr("the configuration") : entities.mid(0, 8).join(u", "_s);
    if (entities.size() > 8)
        shown += WriteReport::tr(" and %n more", nullptr, int(entities.size() - 8));
    if (!modifiedBy.isEmpty() && !versionId.isEmpty())
        return WriteReport::tr("%1 by %2, %3").arg(shown, modifiedBy, versionId);
    if (!versionId.isEmpty())
        return WriteReport::tr("%1, %2").arg(shown, versionId);
    return shown;
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
    case Outcome::ConcurrentChange:
        return u"concurrent-change"_s;
    case Outcome::AppliedUnverified:
        return u"applied-unverified"_s;
    case Outcome::Unknown:
        return u"unknown"_s;
    }
    return {};
}

QString WriteReport::name() const
{
    if (!outcomeWasUnknown || outcome == Outcome::Unknown)
        return outcomeName(outcome);
    switch (outcome) {
    case Outcome::Failed:
        return u"unknown-then-not-applied"_s;
    case Outcome::PartiallyApplied:
        return u"unknown-then-partly-applied"_s;
    case Outcome::VerificationFailed:
        return u"unknown-then-differs"_s;
    default:
        return u"unknown-then-"_s + outcomeName(outcome);
    }
}

bool WriteReport::wroteSomething() const
{
    for (const StepOutcome &step : steps) {
        if (step.isApplied() || step.status == StepOutcome::Status::UnknownDiffers
            || step.status == StepOutcome::Status::Unknown)
            return true;
    }
    return false;
}

bool WriteReport::allApplied() const
{
    return !steps.isEmpty() && std::all_of(steps.cbegin(), steps.cend(), [](const StepOutcome &step) {
        return step.isApplied() || step.status == StepOutcome::Status::NoChange;
    });
}

QList<ConfigType> WriteReport::appliedTypes() const
{
    QList<ConfigType> types;
    for (const StepOutcome &step : steps) {
        if (!step.isApplied())
            continue;
        for (const QString &key : step.types) {
            const auto type = ConfigTypeInfo::fromKey(key);
            if (type && !types.contains(*type))
                types.append(*type);
        }
    }
    return types;
}

QString WriteReport::headline() const
{
    const auto lost = std::find_if(steps.cbegin(), steps.cend(), [](const StepOutcome &s) { return s.isUnknown(); });
    const QString lostLabel = lost != steps.cend() ? lost->label : QString();
    switch (outcome) {
    case Outcome::Applied:
        if (outcomeWasUnknown)
            return tr("The answer to %1 was lost; reading back shows the change was applied, and the configuration "
                      "now matches the plan.")
                .arg(lostLabel);
        if (!upgraded.isEmpty())
            return tr("Upgraded %n entity(ies) to the defaults the cluster ships:", nullptr, int(upgraded.size()));
        return tr("Applied and verified: the cluster's configuration now matches the plan.");
    case Outcome::NothingToDo:
        return tr("Nothing to do: the plan changes nothing.");
    case Outcome::Conflict:
        return tr("The configuration changed on the cluster since it was read (%1). Nothing was written.")
            .arg(conflict.types.join(u", "_s));
    case Outcome::Failed:
        if (outcomeWasUnknown)
            return tr("The answer to %1 was lost; reading back shows the change was not applied. Nothing was "
                      "written.")
                .arg(lostLabel);
        if (readFailed)
            return tr("The configuration could not be read before writing. Nothing was written.");
        return tr("The write failed. Nothing was written.");
    case Outcome::PartiallyApplied: {
        QStringList yes;
        QStringList no;
        for (const StepOutcome &step : steps) {
            const QString types = step.types.join(u", "_s);
            if (step.isApplied())
                yes << types;
            else if (step.status != StepOutcome::Status::NoChange)
                no << types;
        }
        const QString parts = tr("%1 yes, %2 no").arg(yes.join(u", "_s), no.join(u", "_s));
        if (outcomeWasUnknown)
            return tr("The answer to %1 was lost; reading back shows the change was partly applied: %2.")
                .arg(lostLabel, parts);
        return tr("The write failed part-way: only part of it is on the cluster (%1).").arg(parts);
    }
    case Outcome::VerificationFailed:
        if (outcomeWasUnknown)
            return tr("The answer to %1 was lost; reading back shows the configuration changed, but not as "
                      "planned:")
                .arg(lostLabel);
        return tr("Every request succeeded, but the configuration read back differs from the plan:");
    case Outcome::Cancelled:
        return tr("Cancelled before anything was sent. Nothing was written.");
    case Outcome::ConcurrentChange: {
        QStringList parts;
        for (const ConcurrentChange &change : concurrent)
            parts << change.text();
        return tr("Applied, but another change landed at the same time: %1. Check that both are what you want.")
            .arg(parts.join(u"; "_s));
    }
    case Outcome::AppliedUnverified:
        return tr("Applied (the server confirmed every request); %1.").arg(unverifiable.join(u"; "_s));
    case Outcome::Unknown:
        return tr("The answer to %1 was lost and the configuration could not be read back: whether the change was "
                  "applied is unknown. Read the configuration again before you retry.")
            .arg(lostLabel);
    }
    return {};
}

QString WriteReport::text() const
{
    QStringList lines {headline()};
    if (outcome == Outcome::Conflict) {
        for (const ConflictEntry &entry : conflict.entries) {
            lines << u"  "_s + (entry.path.isRoot() ? u"\"\""_s : entry.path.toString());
            lines << u"    "_s + tr("base:   %1").arg(show(entry.base));
            lines << u"    "_s + tr("server: %1").arg(show(entry.server));
            lines << u"    "_s + tr("yours:  %1").arg(show(entry.yours));
        }
        if (!conflict.serverChanges.isEmpty()) {
            lines << tr("Changed on the server:");
            lines << ConfigChanges::summaryText(conflict.serverChanges).trimmed();
        }
        lines << tr("Read the configuration again and redo the change on top of it.");
    }
    if (error)
        lines << error->toString();
    for (const StepOutcome &step : steps) {
        const QString message = step.error ? step.error->userMessage() : step.serverMessage;
        switch (step.status) {
        case StepOutcome::Status::Applied:
            lines << tr("  applied:  %1 (%2)").arg(step.label, step.serverMessage);
            break;
        case StepOutcome::Status::NoChange:
            lines << tr("  no change: %1 (%2)").arg(step.label, step.serverMessage);
            break;
        case StepOutcome::Status::Failed:
            lines << tr("  FAILED:   %1: %2").arg(step.label, message);
            break;
        case StepOutcome::Status::Unknown:
            lines << tr("  UNKNOWN:  %1: %2; it could not be read back").arg(step.label, message);
            break;
        case StepOutcome::Status::UnknownApplied:
            lines << tr("  applied (answer lost, found by reading back): %1: %2").arg(step.label, message);
            break;
        case StepOutcome::Status::UnknownNotApplied:
            lines << tr("  not applied (answer lost, found by reading back): %1: %2").arg(step.label, message);
            break;
        case StepOutcome::Status::UnknownDiffers:
            lines << tr("  CHANGED OTHERWISE (answer lost, found by reading back): %1: %2").arg(step.label, message);
            break;
        case StepOutcome::Status::NotSent:
            if (outcome != Outcome::Conflict && outcome != Outcome::Cancelled)
                lines << tr("  not sent: %1").arg(step.label);
            break;
        }
    }
    const bool stepShowsError =
        std::any_of(steps.cbegin(), steps.cend(), [](const StepOutcome &s) { return s.error.has_value(); });
    if (apiError && !stepShowsError)
        lines << apiError->userMessage();
    if (!differences.isEmpty())
        lines << ConfigChanges::summaryText(differences).trimmed();
    if (!concurrent.isEmpty() && outcome != Outcome::ConcurrentChange) {
        for (const ConcurrentChange &change : concurrent)
            lines << tr("Another change landed at the same time: %1.").arg(change.text());
    }
    for (const UpgradeEntityResult &entity : upgraded) {
        const QList<JsonChange> entityChanges = entity.changes();
        lines << tr("  %1/%2 (%3): %n change(s)", nullptr, int(entityChanges.size()))
                     .arg(entity.configType, entity.entity, entity.operation.isEmpty() ? u"-"_s : entity.operation);
        if (!entityChanges.isEmpty())
            lines << ConfigChanges::summaryText(entityChanges).trimmed();
    }
    for (const QString &note : notCompared)
        lines << tr("  not compared: %1").arg(note);
    if (!backupPath.isEmpty()) {
        switch (outcome) {
        case Outcome::Applied:
            lines << tr("Backup of the configuration before this write: %1").arg(backupPath);
            break;
        case Outcome::PartiallyApplied:
        case Outcome::VerificationFailed:
        case Outcome::ConcurrentChange:
        case Outcome::AppliedUnverified:
        case Outcome::Unknown:
            lines << tr("The configuration before this write is saved in %1; restore from it to undo what was "
                        "applied (passwords cannot be restored from a backup).")
                         .arg(backupPath);
            break;
        default:
            break;
        }
    }
    if (accessLost)
        lines << tr("This write took away access you need to read the configuration back or to restore it: another "
                    "administrator (or securityadmin.sh with the admin certificate) has to do that.");
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
    QJsonObject json {{u"outcome"_s, name()}, {u"title"_s, title}, {u"steps"_s, stepArray}, {u"verified"_s, verified}};
    if (outcomeWasUnknown)
        json.insert(u"outcome_found_by_reading_back"_s, true);
    if (!unverifiable.isEmpty())
        json.insert(u"unverifiable"_s, QJsonArray::fromStringList(unverifiable));
    if (!concurrent.isEmpty()) {
        QJsonArray changes;
        for (const ConcurrentChange &change : concurrent) {
            QJsonObject object {{u"entities"_s, QJsonArray::fromStringList(change.entities)}};
            if (!change.versionId.isEmpty())
                object.insert(u"version"_s, change.versionId);
            if (!change.modifiedBy.isEmpty())
                object.insert(u"modified_by"_s, change.modifiedBy);
            changes.append(object);
        }
        json.insert(u"concurrent_changes"_s, changes);
    }
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
        json.insert(u"conflict"_s, QJsonObject {{u"types"_s, QJsonArray::fromStringList(conflict.types)},
                                                {u"paths"_s, entries},
                                                {u"server_changes"_s, ConfigChanges::toJson(conflict.serverChanges)}});
    }
    if (!differences.isEmpty())
        json.insert(u"differences"_s, ConfigChanges::toJson(differences));
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
