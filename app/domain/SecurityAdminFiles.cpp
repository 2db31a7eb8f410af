// SecurityAdminFiles: export to and load from a securityadmin.sh directory.

#include "app/domain/SecurityAdminFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "app/domain/ConfigType.h"
#include "app/domain/WriteSecrets.h"
#include "app/json/Json.h"
#include "app/json/Yaml.h"

using namespace Qt::StringLiterals;

namespace SecurityAdminFiles {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SecurityAdminFiles", text);
}

// The _meta type securityadmin.sh expects in each file (the cType).
QString metaType(ConfigType type)
{
    return ConfigTypeInfo::key(type);
}

Error fileError(const QString &file, int line, const QString &reason)
{
    return Error {u"yaml.load"_s, u"%1:%2: %3"_s.arg(file).arg(qMax(line, 1)).arg(reason), {}};
}

bool isStatic(const QJsonValue &entity)
{
    return entity.toObject().value(u"static"_s).toBool();
}

QString hashOf(const QJsonValue &user)
{
    return user.toObject().value(u"hash"_s).toString();
}

// An entity as written to a file: `static` dropped (the plugin's flag for its built-in entities, which are never
// written), the blank hash of a GET dropped.
QJsonObject fileEntity(ConfigType type, QJsonObject entity)
{
    entity.remove(u"static"_s);
    if (type == ConfigType::InternalUsers && entity.value(u"hash"_s).toString().isEmpty())
        entity.remove(u"hash"_s);
    return entity;
}

QString fileHeader(ConfigType type)
{
    return u"---\n# "_s + ConfigTypeInfo::fileName(type)
           + u": written by SecDesk in securityadmin.sh layout (static entities left out)\n_meta:\n  type: "_s
           + Yaml::scalar(metaType(type)) + u"\n  config_version: 2\n"_s;
}

struct UserHashes
{
    QJsonObject users;
    QStringList withoutHash;
};

// Gives each user a real hash: its own, or hashSource's when the user is otherwise the same.
UserHashes withHashes(const QJsonObject &users, const QJsonObject &hashSource, bool includeHashes)
{
    const QJsonObject sourceUsers = hashSource.value(u"internalusers"_s).toObject();
    UserHashes result;
    for (auto it = users.begin(); it != users.end(); ++it) {
        QJsonObject user = fileEntity(ConfigType::InternalUsers, it.value().toObject());
        if (!includeHashes) {
            user.remove(u"hash"_s);
        } else if (!user.contains(u"hash"_s)) {
            const QJsonValue candidate = sourceUsers.value(it.key());
            if (!hashOf(candidate).isEmpty()
                && sameApartFromSecrets(u"internalusers"_s, candidate.toObject(), it.value().toObject()))
                user.insert(u"hash"_s, hashOf(candidate));
        }
        if (!user.contains(u"hash"_s))
            result.withoutHash << it.key();
        result.users.insert(it.key(), user);
    }
    return result;
}

QString typeText(ConfigType type, const QJsonObject &value, const QStringList &usersWithoutHash)
{
    QString text = fileHeader(type);
    if (WriteSecrets::containsPlaceholder(value))
        text += u"# some secrets below are redacted (\"******\"): set the real values before using this file with "
                "securityadmin.sh\n"_s;
    text += u'\n';
    if (type == ConfigType::Config) {
        // config.yml: `config: {dynamic: ...}`, our document's `config` value.
        return text + Yaml::member(u"config"_s, value, 0);
    }
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (usersWithoutHash.contains(it.key()))
            text += u"# no password hash available: set one before using this file with securityadmin.sh\n"_s;
        text += Yaml::member(it.key(), it.value(), 0);
    }
    return text;
}

// Exported files hold password hashes and bind passwords: readable by their owner only. (`auto`: lupdate takes a
// declaration "QFile::Permissions name = ..." here for the start of a QFile scope and files the texts below there.)
constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto OwnerOnlyDirectory = OwnerOnly | QFileDevice::ExeOwner;

// Creates `dir` and its missing parents as 0700; a directory that exists keeps its mode.
VoidResult makeDirectory(const QString &dir)
{
    QStringList missing;
    for (QString path = QDir::cleanPath(QFileInfo(dir).absoluteFilePath()); !QFileInfo::exists(path);) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).path();
        if (parent == path)
            break;
        path = parent;
    }
    for (const QString &path : std::as_const(missing)) {
        if (!QDir().mkdir(path, OwnerOnlyDirectory) && !QFileInfo(path).isDir())
            return Error {u"io.write"_s, tr("cannot create the directory %1").arg(path), {}};
    }
    if (!QFileInfo(dir).isDir())
        return Error {u"io.write"_s, tr("cannot create the directory %1").arg(dir), {}};
    return {};
}

// Writes atomically (QSaveFile), mode 0600 from the first byte: QSaveFile gives its temporary file the mode of the
// file it replaces, or 0666 less the umask when there is none. So the target is made owner-only first (a file
// that exists is tightened, a new one is created empty as 0600) and the temporary file inherits that.
VoidResult writeFile(const QString &path, const QString &text)
{
    bool created = false;
    if (QFileInfo::exists(path)) {
        if (!QFile::setPermissions(path, OwnerOnly))
            return Error {u"io.write"_s, tr("cannot write %1").arg(path), tr("its permissions cannot be changed")};
    } else {
        QFile placeholder(path);
        if (!placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
            return Error {u"io.write"_s, tr("cannot write %1").arg(path), placeholder.errorString()};
        created = true;
    }
    QSaveFile file(path);
    const auto failed = [&]() -> VoidResult {
        const QString reason = file.errorString();
        file.cancelWriting();
        if (created)
            QFile::remove(path);
        return Error {u"io.write"_s, tr("cannot write %1").arg(path), reason};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    file.write(text.toUtf8());
    if (!file.commit())
        return failed();
    return {};
}

// One file's entities, checked against the layout of its type.
Result<QJsonObject> typeFromFile(ConfigType type, const QString &fileName, const Yaml::Document &document)
{
    if (document.value.isNull())
        return fileError(fileName, 1, tr("the file is empty; expected _meta and the %1").arg(metaType(type)));
    if (!document.value.isObject())
        return fileError(fileName, document.lineOf({}), tr("expected a map of entities with _meta"));
    const QJsonObject top = document.value.toObject();
    if (!top.contains(u"_meta"_s))
        return fileError(
            fileName, 1,
            tr("no _meta: securityadmin.sh needs _meta: {type: \"%1\", config_version: 2}").arg(metaType(type)));
    const QJsonValue meta = top.value(u"_meta"_s);
    const int metaLine = document.lineOf(u"/_meta"_s);
    if (!meta.isObject())
        return fileError(fileName, metaLine, tr("_meta must be a map with type and config_version"));
    const QString declared = meta.toObject().value(u"type"_s).toString();
    const bool allowlistAlias = type == ConfigType::Allowlist && declared == u"whitelist"_s;
    if (declared != metaType(type) && !allowlistAlias)
        return fileError(fileName, document.lineOf(u"/_meta/type"_s),
                         tr("_meta type is \"%1\", but %2 holds \"%3\"")
                             .arg(meta.toObject().value(u"type"_s).toVariant().toString(), fileName, metaType(type)));
    const QJsonValue version = meta.toObject().value(u"config_version"_s);
    if (!version.isDouble() || version.toDouble() != 2)
        return fileError(fileName, document.lineOf(u"/_meta/config_version"_s), tr("_meta config_version must be 2"));

    QJsonObject entities;
    for (auto it = top.begin(); it != top.end(); ++it) {
        if (it.key() == u"_meta"_s)
            continue;
        const int line = document.lineOf(JsonPointer({it.key()}).toString());
        if (ConfigTypeInfo::isSingleEntity(type) || type == ConfigType::Config) {
            if (it.key() != u"config"_s)
                return fileError(fileName, line,
                                 tr("unexpected \"%1\": %2 holds only _meta and config").arg(it.key(), fileName));
        }
        if (!it.value().isObject())
            return fileError(fileName, line,
                             tr("\"%1\" must be a map, not %2").arg(it.key(), Json::typeName(it.value())));
        entities.insert(it.key(), it.value());
    }
    if (type == ConfigType::Config) {
        const QJsonObject config = entities.value(u"config"_s).toObject();
        if (!entities.contains(u"config"_s))
            return fileError(fileName, 1, tr("no config: config.yml holds config: {dynamic: ...}"));
        if (!config.value(u"dynamic"_s).isObject())
            return fileError(fileName, document.lineOf(u"/config"_s), tr("config must hold a map named dynamic"));
        return config;
    }
    return entities;
}

// The file of `type` in `dir`: its securityadmin name, or for the allowlist the older whitelist.yml.
QString existingFile(const QDir &dir, ConfigType type)
{
    const QString name = ConfigTypeInfo::fileName(type);
    if (QFileInfo::exists(dir.filePath(name)))
        return name;
    if (type == ConfigType::Allowlist && QFileInfo::exists(dir.filePath(u"whitelist.yml"_s)))
        return u"whitelist.yml"_s;
    return {};
}

} // namespace

QString fileNameForType(const QString &configType)
{
    const auto type = ConfigTypeInfo::fromKey(configType);
    return type ? ConfigTypeInfo::fileName(*type) : QString();
}

QString typeForFileName(const QString &fileName)
{
    if (fileName == u"whitelist.yml"_s)
        return u"allowlist"_s;
    for (ConfigType type : ConfigTypeInfo::all()) {
        if (ConfigTypeInfo::fileName(type) == fileName)
            return ConfigTypeInfo::key(type);
    }
    return {};
}

Result<ExportResult> exportDirectory(const QJsonObject &document, const QString &dir, const QJsonObject &hashSource,
                                     const ExportOptions &options)
{
    if (auto made = makeDirectory(dir); !made)
        return made.error();
    const QDir target(dir);
    ExportResult result;
    for (ConfigType type : ConfigTypeInfo::all()) {
        const QString key = ConfigTypeInfo::key(type);
        if (!document.contains(key))
            continue;
        QJsonObject value = document.value(key).toObject();
        QStringList withoutHash;
        if (type != ConfigType::Config) {
            for (auto it = value.begin(); it != value.end();) {
                if (isStatic(it.value())) {
                    it = value.erase(it);
                } else {
                    it.value() = fileEntity(type, it.value().toObject());
                    ++it;
                }
            }
        }
        if (type == ConfigType::Config || ConfigTypeInfo::isSingleEntity(type)) {
            const QJsonObject real = hashSource.value(key).toObject();
            if (WriteSecrets::containsPlaceholder(value) && hashSource.contains(key)
                && sameApartFromSecrets(key, real, value) && !WriteSecrets::containsPlaceholder(real))
                value = real;
            if (WriteSecrets::containsPlaceholder(value))
                result.redactedSecrets << key;
        }
        if (type == ConfigType::InternalUsers) {
            UserHashes hashed = withHashes(document.value(key).toObject(), hashSource, options.includeHashes);
            for (auto it = hashed.users.begin(); it != hashed.users.end(); ++it) {
                if (value.contains(it.key()))
                    value.insert(it.key(), it.value());
            }
            for (const QString &name : std::as_const(hashed.withoutHash)) {
                if (value.contains(name))
                    withoutHash << name;
            }
            result.usersWithoutHash = withoutHash;
        }
        const QString path = target.absoluteFilePath(ConfigTypeInfo::fileName(type));
        if (auto written = writeFile(path, typeText(type, value, withoutHash)); !written)
            return written.error();
        result.files << path;
    }
    return result;
}

Result<QJsonObject> loadDirectory(const QString &dir)
{
    const QFileInfo info(dir);
    if (!info.isDir())
        return Error {u"io.read"_s, tr("%1 is not a directory").arg(dir), {}};
    const QDir source(dir);
    QJsonObject document;
    for (ConfigType type : ConfigTypeInfo::all()) {
        const QString name = existingFile(source, type);
        if (name.isEmpty())
            continue;
        QFile file(source.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Error {u"io.read"_s, tr("cannot read %1").arg(file.fileName()), file.errorString()};
        const QString shown = source.filePath(name);
        auto parsed = Yaml::parse(file.readAll());
        if (!parsed)
            return fileError(shown, parsed.error().line, parsed.error().reason);
        auto entities = typeFromFile(type, shown, *parsed);
        if (!entities)
            return entities.error();
        document.insert(ConfigTypeInfo::key(type), *entities);
    }
    if (document.isEmpty())
        return Error {u"io.read"_s,
                      tr("%1 holds no securityadmin files (config.yml, roles.yml, internal_users.yml, ...)").arg(dir),
                      {}};
    return document;
}

} // namespace SecurityAdminFiles
