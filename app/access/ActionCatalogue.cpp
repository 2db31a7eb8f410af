#include "app/access/ActionCatalogue.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/access/NodeSettings.h"
#include "app/access/WildcardMatcher.h"

using namespace Qt::StringLiterals;

namespace ActionCatalogue {

namespace {

// The "well-known" cluster actions both engines treat as cluster actions although they start with indices:.
const QStringList WellKnownClusterActions {
    u"indices:data/read/mget"_s,    u"indices:data/write/bulk"_s,     u"indices:data/read/scroll"_s,
    u"indices:data/read/msearch"_s, u"indices:data/read/mtv"_s,       u"indices:data/read/scroll/clear"_s,
    u"cluster:monitor/main"_s,      u"cluster:monitor/stats"_s,       u"cluster:monitor/state"_s,
    u"cluster:monitor/health"_s,    u"cluster:monitor/nodes/stats"_s,
};

// V4 adds these to its cluster actions.
const QStringList V4ClusterActions {
    u"indices:data/read/msearch/template"_s,
    u"indices:data/write/reindex"_s,
    u"indices:data/read/search/template/render"_s,
    u"indices:data/read/point_in_time/readall"_s,
};

// The well-known index actions (V4 never treats these as cluster actions unless forced).
const QStringList WellKnownIndexActions {
    u"indices:data/write/index"_s,
    u"indices:data/read/get"_s,
    u"indices:data/read/tv"_s,
    u"indices:data/write/delete"_s,
    u"indices:data/write/update"_s,
    u"indices:data/read/search"_s,
    u"indices:data/write/update/byquery"_s,
    u"indices:data/write/delete/byquery"_s,
    u"indices:data/write/bulk[s]"_s,
    u"indices:admin/refresh"_s,
    u"indices:admin/refresh[s]"_s,
    u"indices:data/read/field_caps"_s,
};

bool startsWithTemplatePrefix(const QString &action)
{
    return action.startsWith(u"cluster:"_s) || action.startsWith(u"indices:admin/template/"_s)
           || action.startsWith(u"indices:admin/index_template/"_s);
}

} // namespace

QString normalize(const QString &action, AccessEngine engine, const NodeSettings &settings)
{
    if (action.startsWith(u"internal:indices/admin/upgrade"_s))
        return u"indices:admin/upgrade"_s;
    if (action == u"indices:admin/auto_create"_s)
        return u"indices:admin/create"_s;
    if (action == u"indices:admin/mapping/auto_put"_s)
        return u"indices:admin/mapping/put"_s;
    if (engine == AccessEngine::V4) {
        for (const QString &entry : settings.mapActionNames()) {
            const QStringList parts = entry.split(u'>');
            if (parts.size() == 2 && parts.first() == action)
                return parts.last();
        }
    }
    return action;
}

bool isClusterAction(const QString &action, AccessEngine engine, const NodeSettings &settings)
{
    if (engine == AccessEngine::Legacy) {
        return startsWithTemplatePrefix(action) || action.startsWith(u"indices:data/read/scroll"_s)
               || action == u"indices:data/write/bulk"_s || action == u"indices:data/read/mget"_s
               || action.startsWith(u"indices:data/read/msearch"_s) || action == u"indices:data/read/mtv"_s
               || action == u"indices:data/write/reindex"_s || action == u"indices:data/read/search/template/render"_s
               || !action.startsWith(u"indices:"_s);
    }
    const QStringList forced = settings.forceAsClusterActions();
    if (WellKnownIndexActions.contains(action) && !forced.contains(action))
        return false;
    if (WellKnownClusterActions.contains(action) || V4ClusterActions.contains(action) || forced.contains(action))
        return true;
    return startsWithTemplatePrefix(action);
}

bool isDnfofAction(const QString &action)
{
    static const WildcardMatcher matcher = WildcardMatcher::compileLenient(
        {u"indices:data/read/*"_s, u"indices:admin/mappings/fields/get*"_s, u"indices:admin/shards/search_shards"_s,
         u"indices:admin/resolve/index"_s, u"indices:monitor/settings/get"_s, u"indices:monitor/stats"_s,
         u"indices:admin/aliases/get"_s});
    return matcher.matches(action);
}

bool isSingleIndexAction(const QString &action)
{
    static const QStringList single {u"indices:data/read/get"_s,     u"indices:data/write/index"_s,
                                     u"indices:data/write/delete"_s, u"indices:data/write/update"_s,
                                     u"indices:data/read/tv"_s,      u"indices:data/read/explain"_s,
                                     u"indices:admin/analyze"_s};
    return single.contains(action);
}

bool isSystemIndexDeniedAction(const QString &action)
{
    static const WildcardMatcher matcher = WildcardMatcher::compileLenient(
        {u"indices:data/write*"_s, u"indices:admin/delete*"_s, u"indices:admin/mapping/delete*"_s,
         u"indices:admin/mapping/put*"_s, u"indices:admin/freeze*"_s, u"indices:admin/settings/update*"_s,
         u"indices:admin/aliases"_s, u"indices:admin/close*"_s, u"cluster:admin/snapshot/restore*"_s});
    return matcher.matches(action);
}

QList<RestCall> restCalls()
{
    return {
        {u"search"_s, u"indices:data/read/search"_s, u"GET <index>/_search"_s},
        {u"count"_s, u"indices:data/read/search"_s, u"GET <index>/_count"_s},
        {u"get"_s, u"indices:data/read/get"_s, u"GET <index>/_doc/<id>"_s},
        {u"mget"_s, u"indices:data/read/mget"_s, u"GET _mget"_s},
        {u"msearch"_s, u"indices:data/read/msearch"_s, u"GET _msearch"_s},
        {u"scroll"_s, u"indices:data/read/scroll"_s, u"GET _search/scroll"_s},
        {u"field-caps"_s, u"indices:data/read/field_caps"_s, u"GET <index>/_field_caps"_s},
        {u"index"_s, u"indices:data/write/index"_s, u"PUT <index>/_doc/<id>"_s},
        {u"create"_s, u"indices:data/write/index"_s, u"PUT <index>/_create/<id>"_s},
        {u"update"_s, u"indices:data/write/update"_s, u"POST <index>/_update/<id>"_s},
        {u"delete"_s, u"indices:data/write/delete"_s, u"DELETE <index>/_doc/<id>"_s},
        {u"bulk"_s, u"indices:data/write/bulk"_s, u"POST _bulk"_s},
        {u"delete-by-query"_s, u"indices:data/write/delete/byquery"_s, u"POST <index>/_delete_by_query"_s},
        {u"update-by-query"_s, u"indices:data/write/update/byquery"_s, u"POST <index>/_update_by_query"_s},
        {u"reindex"_s, u"indices:data/write/reindex"_s, u"POST _reindex"_s},
        {u"create-index"_s, u"indices:admin/create"_s, u"PUT <index>"_s},
        {u"delete-index"_s, u"indices:admin/delete"_s, u"DELETE <index>"_s},
        {u"get-index"_s, u"indices:admin/get"_s, u"GET <index>"_s},
        {u"get-mapping"_s, u"indices:admin/mappings/get"_s, u"GET <index>/_mapping"_s},
        {u"put-mapping"_s, u"indices:admin/mapping/put"_s, u"PUT <index>/_mapping"_s},
        {u"get-settings"_s, u"indices:monitor/settings/get"_s, u"GET <index>/_settings"_s},
        {u"put-settings"_s, u"indices:admin/settings/update"_s, u"PUT <index>/_settings"_s},
        {u"refresh"_s, u"indices:admin/refresh"_s, u"POST <index>/_refresh"_s},
        {u"aliases"_s, u"indices:admin/aliases"_s, u"POST _aliases"_s},
        {u"get-aliases"_s, u"indices:admin/aliases/get"_s, u"GET <index>/_alias"_s},
        {u"analyze"_s, u"indices:admin/analyze"_s, u"POST <index>/_analyze"_s},
        {u"index-stats"_s, u"indices:monitor/stats"_s, u"GET <index>/_stats"_s},
        {u"cat-indices"_s, u"indices:monitor/settings/get"_s, u"GET _cat/indices"_s},
        {u"cluster-health"_s, u"cluster:monitor/health"_s, u"GET _cluster/health"_s},
        {u"cluster-state"_s, u"cluster:monitor/state"_s, u"GET _cluster/state"_s},
        {u"cluster-settings"_s, u"cluster:admin/settings/update"_s, u"PUT _cluster/settings"_s},
        {u"nodes-stats"_s, u"cluster:monitor/nodes/stats"_s, u"GET _nodes/stats"_s},
        {u"snapshot"_s, u"cluster:admin/snapshot/create"_s, u"PUT _snapshot/<repo>/<snapshot>"_s},
        {u"restore"_s, u"cluster:admin/snapshot/restore"_s, u"POST _snapshot/<repo>/<snapshot>/_restore"_s},
        {u"put-template"_s, u"indices:admin/index_template/put"_s, u"PUT _index_template/<name>"_s},
    };
}

std::optional<QString> actionForRestCall(const QString &name)
{
    for (const RestCall &call : restCalls()) {
        if (call.name == name)
            return call.action;
    }
    return std::nullopt;
}

const QList<ActionInfo> &catalogue()
{
    static const QList<ActionInfo> all = [] {
        QList<ActionInfo> actions;
        QFile file(u":/data/actions.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("the action catalogue cannot be read: %s", qPrintable(file.errorString()));
            return actions;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("the action catalogue is not valid JSON: %s", qPrintable(error.errorString()));
        const QJsonArray entries = document.object().value(u"actions"_s).toArray();
        for (const QJsonValue &entry : entries) {
            const QJsonObject object = entry.toObject();
            ActionInfo info;
            info.name = object.value(u"name"_s).toString();
            info.origin = object.value(u"origin"_s).toString();
            info.since = QVersionNumber::fromString(object.value(u"since"_s).toString());
            if (!info.name.isEmpty())
                actions << info;
        }
        std::sort(actions.begin(), actions.end(),
                  [](const ActionInfo &a, const ActionInfo &b) { return a.name < b.name; });
        return actions;
    }();
    return all;
}

std::optional<ActionInfo> info(const QString &action)
{
    const QList<ActionInfo> &all = catalogue();
    const auto found = std::lower_bound(all.cbegin(), all.cend(), action,
                                        [](const ActionInfo &info, const QString &name) { return info.name < name; });
    if (found == all.cend() || found->name != action)
        return std::nullopt;
    return *found;
}

const QStringList &knownActions()
{
    static const QStringList all = [] {
        QStringList names;
        for (const ActionInfo &action : catalogue())
            names << action.name;
        return names;
    }();
    return all;
}

QStringList knownActions(const std::optional<QVersionNumber> &version)
{
    if (!version)
        return knownActions();
    QStringList names;
    for (const ActionInfo &action : catalogue()) {
        if (action.availableIn(*version))
            names << action.name;
    }
    return names;
}

} // namespace ActionCatalogue
