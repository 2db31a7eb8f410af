// OpenSearch core's GET _cat/indices, GET _cat/aliases and GET _data_stream[/{name}] over the sandbox's fixed
// index catalog, with the Security plugin's privilege check in front of them, reduced to one privilege per endpoint
// (docs/api/security-api.md §11.1).

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include "app/sandbox/ApiService.h"
#include "app/sandbox/Privileges.h"

using namespace Qt::StringLiterals;

namespace {

// expand_wildcards: which indices a wildcard (here: the implicit "all indices") expands to.
struct WildcardStates
{
    bool open = false;
    bool closed = false;
    bool hidden = false;

    bool covers(bool isOpen, bool isHidden) const { return (isOpen ? open : closed) && (!isHidden || hidden); }
};

// OpenSearch's parsing: a comma-separated list of open, closed, hidden, all and none (which clears what came before).
std::optional<SandboxResponse> readWildcardStates(const SandboxRequest &request, WildcardStates &states)
{
    if (!request.hasQuery(u"expand_wildcards"_s))
        return std::nullopt;
    states = WildcardStates();
    for (const QString &word : request.queryValue(u"expand_wildcards"_s).split(u',')) {
        if (word == u"open") {
            states.open = true;
        } else if (word == u"closed") {
            states.closed = true;
        } else if (word == u"hidden") {
            states.hidden = true;
        } else if (word == u"all") {
            states = WildcardStates {true, true, true};
        } else if (word == u"none") {
            states = WildcardStates();
        } else {
            return SandboxResponse::exception(400, u"illegal_argument_exception"_s,
                                              u"No valid expand wildcard value [%1]"_s.arg(word));
        }
    }
    return std::nullopt;
}

struct Column
{
    QString name;
    QStringList aliases;
    bool rightAligned = false;
    bool byDefault = true;
};

// A _cat table: cells are strings, or null where OpenSearch has no value (a closed index's statistics).
struct CatTable
{
    QList<Column> columns;
    QList<QList<QJsonValue>> rows;
};

enum class CatFormat { Text, Json };

// The format parameter decides; without it the Accept header (OpenSearch's RestTable). The sandbox writes no YAML,
// CBOR or SMILE.
std::optional<SandboxResponse> readCatFormat(const SandboxRequest &request, CatFormat &format)
{
    QString wanted;
    if (request.hasQuery(u"format"_s)) {
        wanted = request.queryValue(u"format"_s).toLower();
    } else {
        const QByteArray accept = request.header("Accept").split(',').first().split(';').first().trimmed();
        if (accept == "application/json")
            wanted = u"json"_s;
    }
    if (wanted == u"yaml" || wanted == u"cbor" || wanted == u"smile") {
        return SandboxResponse::exception(400, u"illegal_argument_exception"_s,
                                          u"the sandbox writes _cat tables as text or json, not as %1"_s.arg(wanted));
    }
    format = wanted == u"json" ? CatFormat::Json : CatFormat::Text;
    return std::nullopt;
}

bool flagSet(const SandboxRequest &request, const QString &name)
{
    return request.hasQuery(name) && request.queryValue(name) != u"false";
}

// The columns to show with their display names: `h` (names, aliases, or * patterns over names), else the defaults.
QList<QPair<qsizetype, QString>> displayColumns(const CatTable &table, const SandboxRequest &request)
{
    QList<QPair<qsizetype, QString>> shown;
    if (!request.hasQuery(u"h"_s)) {
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            if (table.columns.at(i).byDefault)
                shown.append({i, table.columns.at(i).name});
        }
        return shown;
    }
    for (const QString &raw : request.queryValue(u"h"_s).split(u',', Qt::SkipEmptyParts)) {
        const QString wanted = raw.trimmed();
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const Column &column = table.columns.at(i);
            if (wanted.contains(u'*')) {
                if (Authenticator::globMatches(wanted, column.name))
                    shown.append({i, column.name});
            } else if (column.name == wanted || column.aliases.contains(wanted)) {
                shown.append({i, wanted});
                break;
            }
        }
    }
    return shown;
}

SandboxResponse renderCatTable(const CatTable &table, const SandboxRequest &request, CatFormat format)
{
    const auto shown = displayColumns(table, request);
    if (format == CatFormat::Json) {
        QJsonArray rows;
        for (const QList<QJsonValue> &row : table.rows) {
            QJsonObject object;
            for (const auto &[index, display] : shown)
                object.insert(display, row.at(index));
            rows.append(object);
        }
        SandboxResponse response;
        response.body = QJsonDocument(rows).toJson(request.hasQuery(u"pretty"_s) ? QJsonDocument::Indented
                                                                                 : QJsonDocument::Compact);
        return response;
    }
    // Text: columns padded to their widest cell and separated by one space, numbers right-aligned, no trailing
    // blanks; the header line only with `v`.
    const bool header = flagSet(request, u"v"_s);
    QList<qsizetype> widths;
    for (const auto &[index, display] : shown) {
        qsizetype width = header ? display.size() : 0;
        for (const QList<QJsonValue> &row : table.rows)
            width = std::max(width, row.at(index).toString().size());
        widths.append(width);
    }
    QString text;
    auto appendLine = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            const QString padding(widths.at(i) - cells.at(i).size(), u' ');
            if (table.columns.at(shown.at(i).first).rightAligned)
                text += padding + cells.at(i);
            else
                text += last ? cells.at(i) : cells.at(i) + padding;
            if (!last)
                text += u' ';
        }
        text += u'\n';
    };
    if (header) {
        QStringList cells;
        for (const auto &[index, display] : shown)
            cells.append(display);
        appendLine(cells);
    }
    for (const QList<QJsonValue> &row : table.rows) {
        QStringList cells;
        for (const auto &[index, display] : shown)
            cells.append(row.at(index).toString());
        appendLine(cells);
    }
    return SandboxResponse::text(200, text.toUtf8());
}

// A byte count as OpenSearch prints it: the largest unit that is at least 1, one decimal cut off (not rounded) and
// dropped when zero ("208b", "5.1kb", "7mb"); or, with `bytes`, a whole number of that unit.
QString byteSize(qint64 bytes, const QString &unit)
{
    static const QList<QPair<QString, QString>> units = {{u"b"_s, u"b"_s},  {u"k"_s, u"kb"_s}, {u"m"_s, u"mb"_s},
                                                         {u"g"_s, u"gb"_s}, {u"t"_s, u"tb"_s}, {u"p"_s, u"pb"_s}};
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (unit == units.at(i).first || unit == units.at(i).second)
            return QString::number(bytes >> (10 * i));
    }
    qsizetype power = 0;
    while (power + 1 < units.size() && bytes >= (qint64(1) << (10 * (power + 1))))
        ++power;
    const qint64 scale = qint64(1) << (10 * power);
    const qint64 whole = bytes / scale;
    const qint64 tenth = (bytes % scale) * 10 / scale;
    return (tenth == 0 ? QString::number(whole) : u"%1.%2"_s.arg(whole).arg(tenth)) + units.at(power).second;
}

QJsonValue cell(const QString &text)
{
    return QJsonValue(text);
}

SandboxResponse noPermissions(const QString &action, const Identity &identity)
{
    return SandboxResponse::exception(
        403, u"security_exception"_s,
        u"no permissions for [%1] and %2"_s.arg(action, Authenticator::describe(identity)));
}

SandboxResponse indexNotFound(const QString &name)
{
    const QJsonObject cause {{u"type"_s, u"index_not_found_exception"_s},
                             {u"reason"_s, u"no such index [%1]"_s.arg(name)},
                             {u"index"_s, name},
                             {u"resource.id"_s, name},
                             {u"resource.type"_s, u"index_or_alias"_s},
                             {u"index_uuid"_s, u"_na_"_s}};
    QJsonObject error = cause;
    error.insert(u"root_cause"_s, QJsonArray {cause});
    return SandboxResponse::fromJson(404, QJsonObject {{u"error"_s, error}, {u"status"_s, 404}});
}

// The one privilege the _cat endpoints need in the sandbox (§11.1): a cluster action, granted by a role's
// cluster_permissions.
std::optional<SandboxResponse> clusterDenial(const QString &action, const Privileges &privileges,
                                             const Identity &identity)
{
    if (privileges.grantsCluster(action))
        return std::nullopt;
    return noPermissions(action, identity);
}

} // namespace

SandboxResponse ApiService::catIndices(const Context &context) const
{
    const SandboxRequest &request = context.request;
    CatFormat format = CatFormat::Text;
    if (auto error = readCatFormat(request, format))
        return *error;
    WildcardStates states {true, true, false}; // _cat/indices expands to open and closed indices, not hidden ones
    if (auto error = readWildcardStates(request, states))
        return *error;
    // The parameters are read by the REST layer, before the plugin sees the transport action.
    if (auto denial =
            clusterDenial(u"cluster:monitor/state"_s, Privileges(context.identity, context.snapshot), context.identity))
        return *denial;

    CatTable table;
    table.columns = {{u"health"_s, {u"h"_s}},
                     {u"status"_s, {u"s"_s}},
                     {u"index"_s, {u"i"_s, u"idx"_s}},
                     {u"uuid"_s, {u"id"_s}},
                     {u"pri"_s, {u"p"_s, u"shards.primary"_s, u"shardsPrimary"_s}, true},
                     {u"rep"_s, {u"r"_s, u"shards.replica"_s, u"shardsReplica"_s}, true},
                     {u"docs.count"_s, {u"dc"_s, u"docsCount"_s}, true},
                     {u"docs.deleted"_s, {u"dd"_s, u"docsDeleted"_s}, true},
                     {u"creation.date"_s, {u"cd"_s}, false, false},
                     {u"creation.date.string"_s, {u"cds"_s}, false, false},
                     {u"store.size"_s, {u"ss"_s, u"storeSize"_s}, true},
                     {u"pri.store.size"_s, {}, true}};
    const QString unit = request.queryValue(u"bytes"_s);
    for (const CatalogIndex &index : context.snapshot.indices.indices) {
        if (!states.covers(index.open, index.isHidden()))
            continue;
        const QDateTime created = QDateTime::fromMSecsSinceEpoch(index.creationDate, QTimeZone::utc());
        // A closed index has no statistics: OpenSearch prints null. One node: replicas stay unassigned, so the
        // store holds the primaries only and both sizes are the same.
        const QJsonValue none(QJsonValue::Null);
        table.rows.append(
            {cell(index.health()), cell(index.open ? u"open"_s : u"close"_s), cell(index.name), cell(index.uuid),
             cell(QString::number(index.primaries)), cell(QString::number(index.replicas)),
             index.open ? cell(QString::number(index.docsCount)) : none,
             index.open ? cell(QString::number(index.docsDeleted)) : none, cell(QString::number(index.creationDate)),
             cell(created.toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s)),
             index.open ? cell(byteSize(index.primaryStoreBytes, unit)) : none,
             index.open ? cell(byteSize(index.primaryStoreBytes, unit)) : none});
    }
    return renderCatTable(table, request, format);
}

SandboxResponse ApiService::catNodes(const Context &context) const
{
    const SandboxRequest &request = context.request;
    CatFormat format = CatFormat::Text;
    if (auto error = readCatFormat(request, format))
        return *error;
    if (auto denial =
            clusterDenial(u"cluster:monitor/state"_s, Privileges(context.identity, context.snapshot), context.identity))
        return *denial;
    // The one node the sandbox is; its id is the one api/certificates reports.
    const QString id = u"c2FuZGJveC1ub2RlLTE"_s;
    CatTable table;
    table.columns = {{u"id"_s, {u"nodeId"_s}, false, false},
                     {u"pid"_s, {u"p"_s}, true, false},
                     {u"ip"_s, {u"i"_s}},
                     {u"heap.percent"_s, {u"hp"_s, u"heapPercent"_s}, true},
                     {u"ram.percent"_s, {u"rp"_s, u"ramPercent"_s}, true},
                     {u"cpu"_s, {}, true},
                     {u"load_1m"_s, {u"l"_s}, true},
                     {u"load_5m"_s, {u"l"_s}, true},
                     {u"load_15m"_s, {u"l"_s}, true},
                     {u"node.role"_s, {u"r"_s, u"role"_s, u"nodeRole"_s}},
                     {u"node.roles"_s, {u"rs"_s, u"all roles"_s}},
                     {u"cluster_manager"_s, {u"cm"_s, u"m"_s}},
                     {u"name"_s, {u"n"_s}}};
    table.rows.append({cell(flagSet(request, u"full_id"_s) ? id : id.left(4)), cell(u"4242"_s), cell(u"127.0.0.1"_s),
                       cell(u"23"_s), cell(u"61"_s), cell(u"2"_s), cell(u"0.12"_s), cell(u"0.10"_s), cell(u"0.08"_s),
                       cell(u"dimr"_s), cell(u"cluster_manager,data,ingest,remote_cluster_client"_s), cell(u"*"_s),
                       cell(u"sandbox-node-1"_s)});
    return renderCatTable(table, request, format);
}

SandboxResponse ApiService::catAliases(const Context &context) const
{
    const SandboxRequest &request = context.request;
    CatFormat format = CatFormat::Text;
    if (auto error = readCatFormat(request, format))
        return *error;
    WildcardStates states {true, true, true}; // the get-aliases request expands to every index, hidden ones too
    if (auto error = readWildcardStates(request, states))
        return *error;
    if (auto denial =
            clusterDenial(u"cluster:monitor/state"_s, Privileges(context.identity, context.snapshot), context.identity))
        return *denial;

    CatTable table;
    table.columns = {{u"alias"_s, {u"a"_s}},
                     {u"index"_s, {u"i"_s, u"idx"_s}},
                     {u"filter"_s, {u"f"_s, u"fi"_s}},
                     {u"routing.index"_s, {u"ri"_s, u"routingIndex"_s}},
                     {u"routing.search"_s, {u"rs"_s, u"routingSearch"_s}},
                     {u"is_write_index"_s, {u"w"_s, u"isWriteIndex"_s}}};
    auto orDash = [](const QString &text) { return cell(text.isEmpty() ? u"-"_s : text); };
    const IndexCatalog &catalog = context.snapshot.indices;
    for (const CatalogAlias &alias : catalog.aliases) {
        const CatalogIndex *index = catalog.index(alias.index);
        if (!index || !states.covers(index->open, index->isHidden()))
            continue;
        table.rows.append({cell(alias.alias), cell(alias.index), cell(alias.filtered ? u"*"_s : u"-"_s),
                           orDash(alias.indexRouting), orDash(alias.searchRouting),
                           orDash(alias.writeIndex ? (*alias.writeIndex ? u"true"_s : u"false"_s) : QString())});
    }
    return renderCatTable(table, request, format);
}

SandboxResponse ApiService::dataStreams(const Context &context) const
{
    // The sandbox's one privilege here (§11.1): the action as a cluster permission, or on every index.
    const QString action = u"indices:admin/data_stream/get"_s;
    const Privileges privileges(context.identity, context.snapshot);
    if (!privileges.grantsCluster(action) && !privileges.grantsIndex(action, u"*"_s))
        return noPermissions(action, context.identity);

    const IndexCatalog &catalog = context.snapshot.indices;
    const QString requested = context.parameters.value(u"name"_s);
    const QStringList expressions =
        requested.isEmpty() ? QStringList {u"*"_s} : requested.split(u',', Qt::SkipEmptyParts);
    // A pattern (or _all) may match nothing; a plain name must be a data stream, as in OpenSearch, where an index
    // or alias of that name is "no such index" too.
    QStringList names;
    for (const QString &expression : expressions) {
        if (expression == u"_all" || expression.contains(u'*')) {
            const QString pattern = expression == u"_all" ? u"*"_s : expression;
            for (const CatalogDataStream &stream : catalog.dataStreams) {
                if (Authenticator::globMatches(pattern, stream.name) && !names.contains(stream.name))
                    names.append(stream.name);
            }
        } else if (!catalog.dataStream(expression)) {
            return indexNotFound(expression);
        } else if (!names.contains(expression)) {
            names.append(expression);
        }
    }

    QJsonArray streams;
    for (const CatalogDataStream &stream : catalog.dataStreams) {
        if (!names.contains(stream.name))
            continue;
        QJsonArray indices;
        bool yellow = false;
        for (const QString &name : stream.indices) {
            const CatalogIndex *index = catalog.index(name);
            indices.append(QJsonObject {{u"index_name"_s, name}, {u"index_uuid"_s, index ? index->uuid : QString()}});
            yellow |= index && index->health() == u"yellow";
        }
        QJsonObject object {{u"name"_s, stream.name},
                            {u"timestamp_field"_s, QJsonObject {{u"name"_s, stream.timestampField}}},
                            {u"indices"_s, indices},
                            {u"generation"_s, stream.generation()},
                            {u"status"_s, yellow ? u"YELLOW"_s : u"GREEN"_s}};
        if (!stream.templateName.isEmpty())
            object.insert(u"template"_s, stream.templateName);
        streams.append(object);
    }
    return SandboxResponse::fromJson(200, QJsonObject {{u"data_streams"_s, streams}},
                                     context.request.hasQuery(u"pretty"_s));
}
