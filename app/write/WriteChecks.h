#pragma once

// WriteChecks: the two comparisons of the safe-write pipeline. Pure functions, any thread.
// - conflict(): did the types a plan changes move on the server since the plan's base?
// - verify(): does the configuration read back after a write equal the plan's expected document, allowing for
//   what the server legitimately transforms (defaults filled in, passwords stored as hashes, secrets redacted by
//   GET, `transport_enabled` ignored)? Both sides are redacted the same way before they are compared.

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

#include "app/write/ChangePlan.h"
#include "app/write/WriteReport.h"

namespace WriteChecks {

// Empty when the plan's types (and the types it only reads) are the same in `fresh` as in the plan's base
// (secrets redacted on both sides).
ConflictReport conflict(const ChangePlan &plan, const QJsonObject &fresh);
// The same for the given types only (the ones a step is about to write).
ConflictReport conflict(const ChangePlan &plan, const QJsonObject &fresh, const QList<ConfigType> &types);

struct Verification
{
    QList<JsonChange> differences; // expected -> actual
    QStringList notCompared;       // "<path>: <why>"
};

Verification verify(const QJsonObject &expected, const QJsonObject &actual, const QList<ConfigType> &types);

// What reading back after a lost answer found, for the types a request writes.
struct Resolution
{
    enum class Found { Applied, NotApplied, Differs };
    Found found = Found::Differs;
    QList<JsonChange> differences; // Differs: expected -> actual
};

// `expectedKnown` false (an upgrade, whose result the server computes): any change from `before` counts as
// applied. Otherwise Applied when `actual` matches `expected` as verify() compares, NotApplied when it matches
// `before`, Differs when it matches neither.
Resolution resolve(const QJsonObject &before, const QJsonObject &expected, const QJsonObject &actual,
                   const QList<ConfigType> &types, bool expectedKnown = true);

// ConfigChanges::key() of each change.
QSet<QString> entitiesOf(const QList<JsonChange> &changes);
// True when `entity` ("roles/r1") is among `entities`, or its type is there as "roles/*".
bool containsEntity(const QSet<QString> &entities, const QString &entity);

} // namespace WriteChecks
