#include "app/models/CompareModel.h"

#include "app/domain/ConfigType.h"

using namespace Qt::StringLiterals;

namespace {

CompareModel::Status statusOf(SecurityAdminFiles::EntityDifference::Kind kind)
{
    switch (kind) {
    case SecurityAdminFiles::EntityDifference::Kind::Added:
        return CompareModel::Status::OnlyInSource;
    case SecurityAdminFiles::EntityDifference::Kind::Removed:
        return CompareModel::Status::OnlyLive;
    case SecurityAdminFiles::EntityDifference::Kind::Changed:
        break;
    }
    return CompareModel::Status::Different;
}

} // namespace

CompareModel::CompareModel(QObject *parent) : CheckableEntityModel(parent) { }

void CompareModel::setDifferences(const QList<SecurityAdminFiles::EntityDifference> &differences,
                                  const QList<JsonPointer> &keepChecked)
{
    QList<TypeRow> types;
    QList<QList<bool>> checks;
    for (const SecurityAdminFiles::EntityDifference &difference : differences) {
        if (types.isEmpty() || types.last().type != difference.type) {
            types.append(TypeRow {difference.type, {}});
            checks.append(QList<bool>());
        }
        types.last().entities.append({difference.entity, statusOf(difference.kind), difference.changedMembers});
        checks.last().append(keepChecked.contains(difference.pointer()));
    }
    resetRows([&] { m_types = std::move(types); }, checks);
}

void CompareModel::clear()
{
    setDifferences({});
}

void CompareModel::setPruneEnabled(bool enabled)
{
    if (m_prune == enabled)
        return;
    m_prune = enabled;
    checkabilityChanged(); // the "only live" rows gain or lose their boxes
}

bool CompareModel::isCheckable(int type, int entity) const
{
    return m_types.at(type).entities.at(entity).status != Status::OnlyLive || m_prune;
}

bool CompareModel::setChecked(const QString &type, const QString &entity, bool checked)
{
    const QModelIndex index = indexFor(type, entity);
    if (!index.isValid() || entity.isEmpty())
        return false;
    const Row row = rowOf(index);
    return setEntityCheck(row.type, row.entity, checked);
}

void CompareModel::setTypeChecked(const QString &type, bool checked)
{
    const QModelIndex index = indexFor(type);
    if (index.isValid())
        setData(index, checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

bool CompareModel::isChecked(const QString &type, const QString &entity) const
{
    const QModelIndex index = indexFor(type, entity);
    const Row row = rowOf(index);
    return index.isValid() && !entity.isEmpty() && CheckableEntityModel::isChecked(row.type, row.entity);
}

QList<JsonPointer> CompareModel::checkedPointers() const
{
    QList<JsonPointer> pointers;
    for (int type = 0; type < m_types.size(); ++type) {
        for (int entity = 0; entity < m_types.at(type).entities.size(); ++entity) {
            if (CheckableEntityModel::isChecked(type, entity))
                pointers.append(JsonPointer({m_types.at(type).type, m_types.at(type).entities.at(entity).name}));
        }
    }
    return pointers;
}

int CompareModel::entityCount() const
{
    int result = 0;
    for (const TypeRow &type : m_types)
        result += int(type.entities.size());
    return result;
}

int CompareModel::count(Status status) const
{
    int result = 0;
    for (const TypeRow &type : m_types) {
        for (const EntityRow &entity : type.entities)
            result += entity.status == status ? 1 : 0;
    }
    return result;
}

QString CompareModel::statusText(Status status)
{
    switch (status) {
    case Status::OnlyInSource:
        return tr("only in source");
    case Status::OnlyLive:
        return tr("only live");
    case Status::Different:
        break;
    }
    return tr("different");
}

QModelIndex CompareModel::indexFor(const QString &type, const QString &entity) const
{
    for (int typeRow = 0; typeRow < m_types.size(); ++typeRow) {
        const TypeRow &row = m_types.at(typeRow);
        if (row.type != type)
            continue;
        if (entity.isEmpty())
            return typeIndex(typeRow, NameColumn);
        for (int entityRow = 0; entityRow < row.entities.size(); ++entityRow) {
            if (row.entities.at(entityRow).name == entity)
                return entityIndex(typeRow, entityRow, NameColumn);
        }
        return {};
    }
    return {};
}

int CompareModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::CheckStateRole)
        return checkState(index); // a removal has no box until prune is on: it never looks selectable
    const Row row = rowOf(index);
    if (row.isType()) {
        const TypeRow &type = m_types.at(row.type);
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == StatusColumn)
                return tr("%n entity(s)", nullptr, int(type.entities.size()));
            if (const auto configType = ConfigTypeInfo::fromKey(type.type))
                return ConfigTypeInfo::displayName(*configType);
            return type.type;
        case Qt::ToolTipRole:
            return tr("Check to select every entity of %1 that can be applied").arg(type.type);
        case StatusRole:
            return -1;
        case ConfigTypeRole:
            return type.type;
        case EntityRole:
            return QString();
        case PointerRole:
            return JsonPointer({type.type}).toString();
        case IsTypeRole:
            return true;
        case CheckableRole:
            return false;
        case EntityCountRole:
            return int(type.entities.size());
        default:
            return {};
        }
    }
    const TypeRow &type = m_types.at(row.type);
    const EntityRow &entity = type.entities.at(row.entity);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == StatusColumn) {
            if (entity.status == Status::Different && !entity.members.isEmpty())
                return tr("%1: %2").arg(statusText(entity.status), entity.members.join(u", "_s));
            return statusText(entity.status);
        }
        return entity.name;
    case Qt::ToolTipRole:
        if (entity.status == Status::OnlyLive)
            return m_prune ? tr("Only on the live cluster: applying it removes %1").arg(entity.name)
                           : tr("Only on the live cluster: turn on \"Also remove entities missing from the source\" "
                                "to remove it");
        if (entity.status == Status::OnlyInSource)
            return tr("Only in the source: applying it adds %1").arg(entity.name);
        return tr("Different: applying it replaces %1 with the source's").arg(entity.name);
    case StatusRole:
        return int(entity.status);
    case ConfigTypeRole:
        return type.type;
    case EntityRole:
        return entity.name;
    case PointerRole:
        return JsonPointer({type.type, entity.name}).toString();
    case IsTypeRole:
        return false;
    case CheckableRole:
        return isCheckable(row.type, row.entity);
    case ChangedMembersRole:
        return entity.members;
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Entity") : tr("Difference");
}
