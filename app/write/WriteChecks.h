#pragma once

// WriteChecks: the two comparisons of the safe-write pipeline. Pure functions, any thread.
// - conflict(): did the types a plan changes move on the server since the plan's base?
// - verify(): does the configuration read back after a write equal the plan's expected document, allowing for
//   what the server legitimately transforms (defaults filled in, passwords stored as hashes, secrets redacted by
//   GET, `transport_enabled` ignored)? Both sides are redacted the same way before they are compared.

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "app/write/ChangePlan.h"
#include "app/write/WriteReport.h"

namespace WriteChecks {

// Empty when the plan's types are the same in `fresh` as in the plan's base (secrets redacted on both sides).
ConflictReport conflict(const ChangePlan &plan, const QJsonObject &fresh);

struct Verification
{
    QList<JsonChange> differences; // expected -> actual
    QStringList notCompared;       // "<path>: <why>"
};

Verification verify(const QJsonObject &expected, const QJsonObject &actual, const QList<ConfigType> &types);

} // namespace WriteChecks
