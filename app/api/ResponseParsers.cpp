#include "app/api/ResponseParsers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace ResponseParsers {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResponseParsers", text);
}

Error shapeError(const QString &what, const QString &expected)
{
    return Error {QStringLiteral("api.shape"), tr("the %1 response is not %2").arg(what, expected), {}};
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &element : value.toArray())
        list << element.toString();
    return list;
}

// "2025-05-23T06:56:20.081933886Z" -> QDateTime (Qt parses at most milliseconds).
QDateTime parseTimestamp(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (parsed.isValid())
        return parsed;
    static const QRegularExpression fraction(QStringLiteral("\\.(\\d{3})\\d+"));
    QString trimmed = text;
    trimmed.replace(fraction, QStringLiteral(".\\1"));
    return QDateTime::fromString(trimmed, Qt::ISODateWithMs);
}

void appendUpgradeRows(UpgradeReport &report, const QJsonObject &perType)
{
    for (auto type = perType.constBegin(); type != perType.constEnd(); ++type) {
        if (type.value().isObject()) { // the plugin: operation -> [names]
            const QJsonObject operations = type.value().toObject();
            for (auto op = operations.constBegin(); op != operations.constEnd(); ++op) {
                const QJsonValue names = op.value();
                if (names.isArray()) {
                    for (const QJsonValue &name : names.toArray())
                        report.rows.append({type.key(), op.key(), name.toString()});
                } else if (names.isString()) {
                    report.rows.append({type.key(), op.key(), names.toString()});
                }
            }
        } else if (type.value().isArray()) { // the documentation: sentences
            for (const QJsonValue &line : type.value().toArray())
                report.rows.append({type.key(), QString(), line.toString()});
        }
    }
}

// The rows of a _cat table asked for with format=json: an array of objects.
Result<QJsonArray> catRows(const QString &endpoint, const QJsonValue &body)
{
    if (!body.isArray())
        return shapeError(endpoint, tr("a JSON array (is format=json honoured?)"));
    const QJsonArray rows = body.toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isObject())
            return shapeError(endpoint, tr("an array of objects (row %1 is not an object)").arg(i + 1));
    }
    return rows;
}

// A member that must be a non-empty string; nullopt when it is not.
std::optional<QString> requiredString(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().isEmpty())
        return std::nullopt;
    return value.toString();
}

} // namespace

Result<ClusterInfo> clusterInfo(const QJsonValue &body)
{
    if (!body.isObject())
        return shapeError(QStringLiteral("GET /"), tr("an object"));
    const QJsonObject object = body.toObject();
    ClusterInfo info;
    info.nodeName = object.value(QStringLiteral("name")).toString();
    info.clusterName = object.value(QStringLiteral("cluster_name")).toString();
    const QJsonObject version = object.value(QStringLiteral("version")).toObject();
    info.versionText = version.value(QStringLiteral("number")).toString();
    info.version = QVersionNumber::fromString(info.versionText);
    info.distribution = version.value(QStringLiteral("distribution")).toString();
    if (info.versionText.isEmpty())
        return shapeError(QStringLiteral("GET /"), tr("a cluster description (no version.number)"));
    return info;
}

Result<AuthInfo> authInfo(const QJsonValue &body)
{
    if (!body.isObject())
        return shapeError(QStringLiteral("authinfo"), tr("an object"));
    const QJsonObject object = body.toObject();
    AuthInfo info;
    info.userName = object.value(QStringLiteral("user_name")).toString();
    if (info.userName.isEmpty())
        return shapeError(QStringLiteral("authinfo"), tr("a user description (no user_name)"));
    info.backendRoles = stringList(object.value(QStringLiteral("backend_roles")));
    info.roles = stringList(object.value(QStringLiteral("roles")));
    info.customAttributeNames = stringList(object.value(QStringLiteral("custom_attribute_names")));
    info.remoteAddress = object.value(QStringLiteral("remote_address")).toString();
    const QJsonObject tenants = object.value(QStringLiteral("tenants")).toObject();
    for (auto it = tenants.constBegin(); it != tenants.constEnd(); ++it)
        info.tenants.insert(it.key(), it.value().toBool());
    const QJsonValue peers = object.value(QStringLiteral("peer_certificates"));
    info.peerCertificates = peers.isString() ? peers.toString().toInt() : peers.toInt();
    return info;
}

Result<HealthInfo> health(const QJsonValue &body)
{
    if (!body.isObject())
        return shapeError(QStringLiteral("health"), tr("an object"));
    const QJsonObject object = body.toObject();
    return HealthInfo {object.value(QStringLiteral("status")).toString(),
                       object.value(QStringLiteral("mode")).toString(),
                       object.value(QStringLiteral("message")).toString()};
}

ServerMessage message(const QJsonValue &body)
{
    const QJsonObject object = body.toObject();
    return {object.value(QStringLiteral("status")).toString(), object.value(QStringLiteral("message")).toString()};
}

Result<QList<ConfigVersion>> versions(const QJsonValue &body)
{
    const QJsonValue list = body.toObject().value(QStringLiteral("versions"));
    if (!list.isArray())
        return shapeError(QStringLiteral("versions"), tr("an object with a \"versions\" array"));
    QList<ConfigVersion> result;
    for (const QJsonValue &element : list.toArray()) {
        const QJsonObject object = element.toObject();
        ConfigVersion version;
        version.id = object.value(QStringLiteral("version_id")).toString();
        version.number = ConfigVersions::parseNumber(version.id);
        version.timestampText = object.value(QStringLiteral("timestamp")).toString();
        version.timestamp = parseTimestamp(version.timestampText);
        version.modifiedBy = object.value(QStringLiteral("modified_by")).toString();
        const QJsonValue configs = object.value(QStringLiteral("security_configs"));
        if (configs.isObject()) {
            version.securityConfigs = configs.toObject();
        } else if (configs.isString()) {
            // The documentation calls it a string: it may be JSON text.
            const QJsonDocument document = QJsonDocument::fromJson(configs.toString().toUtf8());
            if (document.isObject())
                version.securityConfigs = document.object();
            else
                version.rawSecurityConfigs = configs.toString();
        }
        result.append(std::move(version));
    }
    ConfigVersions::sort(result);
    return result;
}

Result<UpgradeReport> upgradeCheck(const QJsonValue &body)
{
    if (!body.isObject())
        return shapeError(QStringLiteral("_upgrade_check"), tr("an object"));
    const QJsonObject object = body.toObject();
    UpgradeReport report;
    appendUpgradeRows(report, object.value(QStringLiteral("upgradeActions")).toObject());
    const QJsonValue available = object.value(QStringLiteral("upgradeAvailable"));
    report.available = available.isBool() ? available.toBool() : !report.rows.isEmpty();
    return report;
}

Result<UpgradeReport> upgradePerform(const QJsonValue &body)
{
    if (!body.isObject())
        return shapeError(QStringLiteral("_upgrade_perform"), tr("an object"));
    UpgradeReport report;
    appendUpgradeRows(report, body.toObject().value(QStringLiteral("upgrades")).toObject());
    report.available = !report.rows.isEmpty();
    return report;
}

Result<QJsonValue> configTypeValue(ConfigType type, const QJsonValue &body)
{
    const QString what = ConfigTypeInfo::endpoint(type);
    if (!body.isObject())
        return shapeError(what, tr("an object"));
    QJsonObject object = body.toObject();
    if (type == ConfigType::Config) {
        const QJsonValue config = object.value(QStringLiteral("config"));
        if (!config.isObject())
            return shapeError(what, tr("an object with a \"config\" member"));
        return config;
    }
    object.remove(QStringLiteral("_meta"));
    if (type == ConfigType::Audit)
        object.remove(QStringLiteral("_readonly"));
    // Every entity is an object: a body of another shape (a proxy's page that happens to be JSON, a different
    // endpoint's answer) is a failed read, never a configuration that "changed".
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isObject())
            return shapeError(what, tr("a map of entities (\"%1\" is not an object)").arg(it.key().left(80)));
    }
    if (ConfigTypeInfo::isSingleEntity(type) && !object.isEmpty() && !object.contains(QStringLiteral("config")))
        return shapeError(what, tr("an object with a \"config\" member"));
    return QJsonValue(object);
}

Result<QList<CatIndexRow>> catIndices(const QJsonValue &body)
{
    const QString what = QStringLiteral("_cat/indices");
    const auto rows = catRows(what, body);
    if (!rows)
        return rows.error();
    QList<CatIndexRow> result;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const QJsonObject object = rows->at(i).toObject();
        CatIndexRow row;
        const auto index = requiredString(object, QStringLiteral("index"));
        if (!index)
            return shapeError(what, tr("a list of indices (row %1 has no \"index\")").arg(i + 1));
        row.index = *index;
        // Access evaluation treats a closed index differently, so a status it cannot read is an error, not "open".
        const QJsonValue status = object.value(QStringLiteral("status"));
        if (status.isString() && status.toString() == u"close") {
            row.closed = true;
        } else if (!status.isUndefined() && !status.isNull() && status.toString() != u"open") {
            return shapeError(
                what, tr("a list of indices (the status of \"%1\" is neither open nor close)").arg(row.index.left(80)));
        }
        row.health = object.value(QStringLiteral("health")).toString();
        row.uuid = object.value(QStringLiteral("uuid")).toString();
        result.append(row);
    }
    return result;
}

Result<QList<CatAliasRow>> catAliases(const QJsonValue &body)
{
    const QString what = QStringLiteral("_cat/aliases");
    const auto rows = catRows(what, body);
    if (!rows)
        return rows.error();
    QList<CatAliasRow> result;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const QJsonObject object = rows->at(i).toObject();
        const auto alias = requiredString(object, QStringLiteral("alias"));
        if (!alias)
            return shapeError(what, tr("a list of aliases (row %1 has no \"alias\")").arg(i + 1));
        const auto index = requiredString(object, QStringLiteral("index"));
        if (!index)
            return shapeError(what, tr("a list of aliases (row %1 has no \"index\")").arg(i + 1));
        result.append({*alias, *index});
    }
    return result;
}

Result<QList<DataStreamInfo>> dataStreams(const QJsonValue &body)
{
    const QString what = QStringLiteral("_data_stream");
    const QJsonValue list = body.toObject().value(QStringLiteral("data_streams"));
    if (!list.isArray())
        return shapeError(what, tr("an object with a \"data_streams\" array"));
    QList<DataStreamInfo> result;
    const QJsonArray streams = list.toArray();
    for (qsizetype i = 0; i < streams.size(); ++i) {
        const QJsonObject object = streams.at(i).toObject();
        DataStreamInfo stream;
        const auto name = requiredString(object, QStringLiteral("name"));
        if (!name)
            return shapeError(what, tr("a list of data streams (entry %1 has no \"name\")").arg(i + 1));
        stream.name = *name;
        const QJsonValue indices = object.value(QStringLiteral("indices"));
        if (!indices.isArray())
            return shapeError(what,
                              tr("a list of data streams (\"%1\" has no \"indices\" array)").arg(stream.name.left(80)));
        for (const QJsonValue &index : indices.toArray()) {
            const auto indexName = requiredString(index.toObject(), QStringLiteral("index_name"));
            if (!indexName) {
                return shapeError(what, tr("a list of data streams (a backing index of \"%1\" has no \"index_name\")")
                                            .arg(stream.name.left(80)));
            }
            stream.backingIndices.append(*indexName);
        }
        stream.timestampField =
            object.value(QStringLiteral("timestamp_field")).toObject().value(QStringLiteral("name")).toString();
        stream.generation = object.value(QStringLiteral("generation")).toInt();
        stream.status = object.value(QStringLiteral("status")).toString();
        stream.templateName = object.value(QStringLiteral("template")).toString();
        result.append(std::move(stream));
    }
    return result;
}

IndexMetadata indexMetadata(const QList<CatIndexRow> &indices, const QStringList &notHidden,
                            const QList<CatAliasRow> &aliases, const QList<DataStreamInfo> &dataStreams)
{
    const QSet<QString> visible(notHidden.begin(), notHidden.end());
    QMap<QString, IndexInfo> infos;
    for (const CatIndexRow &row : indices) {
        IndexInfo &info = infos[row.index];
        info.closed = row.closed;
        info.hidden = !visible.contains(row.index);
    }
    for (const CatAliasRow &row : aliases) {
        QStringList &names = infos[row.index].aliases;
        if (!names.contains(row.alias))
            names.append(row.alias);
    }
    for (const DataStreamInfo &stream : dataStreams) {
        for (const QString &index : stream.backingIndices)
            infos[index].dataStream = stream.name;
    }
    IndexMetadata metadata;
    // The data streams first, so that their backing indices keep the body's order (oldest first).
    for (const DataStreamInfo &stream : dataStreams)
        metadata.addDataStream(stream.name, stream.backingIndices);
    for (auto it = infos.constBegin(); it != infos.constEnd(); ++it)
        metadata.addIndex(it.key(), it.value());
    return metadata;
}

} // namespace ResponseParsers
