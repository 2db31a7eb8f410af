#pragma once

// ConfigSnapshot: one consistent state of the nine configuration types: the stored entities (full renderings,
// defaults filled, never statics) and the static overlay; beside them the cluster's indices, which are fixed.
// A value type (implicitly shared Qt containers).

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include "app/sandbox/ConfigTypes.h"
#include "app/sandbox/IndexCatalog.h"

struct ConfigSnapshot
{
    QHash<CType, QJsonObject> stored;  // type -> name -> entity (for config/allowlist/audit: "config" -> entity)
    QHash<CType, QJsonObject> statics; // type -> name -> static entity ("static":true, "reserved":true)
    QJsonArray auditReadonly;          // static_audit.yml's _readonly
    IndexCatalog indices;              // read-only; never versioned nor written to the state file

    // Stored entities with the statics laid over them (what GET and the plugin's checks see).
    QJsonObject entities(CType type) const
    {
        QJsonObject out = stored.value(type);
        const QJsonObject overlay = statics.value(type);
        for (auto it = overlay.begin(); it != overlay.end(); ++it)
            out.insert(it.key(), it.value());
        return out;
    }
    QJsonObject entity(CType type, const QString &name) const { return entities(type).value(name).toObject(); }
    bool isStatic(CType type, const QString &name) const { return statics.value(type).contains(name); }
};
