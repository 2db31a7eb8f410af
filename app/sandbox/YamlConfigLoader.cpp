#include "app/sandbox/YamlConfigLoader.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include "app/sandbox/EntitySchema.h"

using namespace Qt::StringLiterals;

namespace YamlConfigLoader {

namespace {

QJsonValue scalar(const YAML::Node &node)
{
    const QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str")
        return text; // quoted: always a string
    if (text == u"null" || text == u"Null" || text == u"NULL" || text == u"~" || text.isEmpty())
        return QJsonValue::Null;
    if (text == u"true" || text == u"True" || text == u"TRUE")
        return true;
    if (text == u"false" || text == u"False" || text == u"FALSE")
        return false;
    static const QRegularExpression integer(u"^[-+]?[0-9]+$"_s);
    static const QRegularExpression number(u"^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"_s);
    if (integer.match(text).hasMatch())
        return QJsonValue(text.toLongLong());
    if (number.match(text).hasMatch())
        return QJsonValue(text.toDouble());
    return text;
}

// yaml-cpp keeps an alias as a reference to its anchor's node: converting copies it each time, so a small file of
// nested aliases (a "billion laughs") would expand without end, and an alias inside its own anchor recurses forever.
// The conversion is bounded by a count of values (a file without aliases has fewer values than bytes) and a depth.
struct Budget
{
    qsizetype values = 0;
    int depth = 0;
};

struct TooLarge
{
    QString reason;
};

QJsonValue toJson(const YAML::Node &node, Budget &budget)
{
    if (--budget.values < 0)
        throw TooLarge {u"its aliases expand to more values than the file could hold"_s};
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return QJsonValue::Null;
    case YAML::NodeType::Scalar:
        return scalar(node);
    case YAML::NodeType::Sequence:
    case YAML::NodeType::Map:
        break;
    }
    if (++budget.depth > 100)
        throw TooLarge {u"it nests more than 100 levels deep"_s};
    QJsonValue result;
    if (node.Type() == YAML::NodeType::Sequence) {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(toJson(item, budget));
        result = array;
    } else {
        QJsonObject object;
        for (const auto &item : node)
            object.insert(QString::fromStdString(item.first.as<std::string>()), toJson(item.second, budget));
        result = object;
    }
    --budget.depth;
    return result;
}

} // namespace

Result<QJsonValue> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {u"io.read"_s, u"Cannot read %1"_s.arg(path), file.errorString()};
    const QByteArray bytes = file.readAll();
    try {
        Budget budget {bytes.size() * 4 + 1000, 0};
        return toJson(YAML::Load(bytes.toStdString()), budget);
    } catch (const YAML::Exception &e) {
        return Error {u"yaml.parse"_s, u"Invalid YAML in %1"_s.arg(path), QString::fromStdString(e.what())};
    } catch (const TooLarge &e) {
        return Error {u"yaml.parse"_s, u"Refusing %1"_s.arg(path), e.reason};
    }
}

Result<QJsonObject> entitiesFromDocument(CType type, const QJsonObject &document, const QString &source)
{
    QJsonObject out;
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (it.key() == u"_meta")
            continue;
        if (!it.value().isObject())
            return Error {u"config.entity"_s, u"%1: '%2' is not an object"_s.arg(source, it.key()), {}};
        auto entity = EntitySchema::normalize(type, it.value().toObject());
        if (!entity)
            return Error {u"config.entity"_s, u"%1: entity '%2'"_s.arg(source, it.key()), entity.error().message};
        out.insert(it.key(), *entity);
    }
    return out;
}

// One type's file of a securityadmin directory: its entities, nothing when the file is absent, or why it failed.
static Result<std::optional<QJsonObject>> loadTypeFile(const QString &path, CType type)
{
    if (!QFileInfo::exists(path))
        return std::optional<QJsonObject>();
    auto document = readFile(path);
    if (!document)
        return document.error();
    auto entities = entitiesFromDocument(type, document->toObject(), path);
    if (!entities)
        return entities.error();
    return std::optional<QJsonObject>(*entities);
}

Result<ConfigSnapshot> loadConfigDir(const QString &dir)
{
    if (!QFileInfo(dir).isDir())
        return Error {u"io.read"_s, u"Not a directory: %1"_s.arg(dir), {}};
    ConfigSnapshot snapshot;
    for (CType type : ConfigTypes::all()) {
        auto entities = loadTypeFile(QDir(dir).filePath(ConfigTypes::fileName(type)), type);
        if (!entities)
            return entities.error();
        if (*entities)
            snapshot.stored.insert(type, **entities);
    }
    return snapshot;
}

Result<ConfigSnapshot> loadStaticDir(const QString &dir)
{
    ConfigSnapshot snapshot;
    for (CType type : ConfigTypes::all()) {
        if (ConfigTypes::staticFileName(type).isEmpty())
            continue;
        auto entities = loadTypeFile(QDir(dir).filePath(ConfigTypes::staticFileName(type)), type);
        if (!entities)
            return entities.error();
        if (*entities)
            snapshot.statics.insert(type, **entities);
    }
    const QString audit = QDir(dir).filePath(u"static_audit.yml"_s);
    if (QFileInfo::exists(audit)) {
        auto document = readFile(audit);
        if (!document)
            return document.error();
        snapshot.auditReadonly = document->toObject().value(u"_readonly"_s).toArray();
    }
    return snapshot;
}

} // namespace YamlConfigLoader
