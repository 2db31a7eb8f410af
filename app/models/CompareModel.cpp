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

constexpr quintptr TypeId = 0; // internalId of type rows; entity rows carry their type's row + 1

} // namespace

CompareModel::CompareModel(QObject *parent) : QAbstractItemModel(parent) { }

void CompareModel::setDifferences(const QList<SecurityAdminFiles::EntityDifference> &differences,
                                  const QList<JsonPointer> &keepChecked)
{
    beginResetModel();
    m_types.clear();
    for (const SecurityAdminFiles::EntityDifference &difference : differences) {
        if (m_types.isEmpty() || m_types.last().type != difference.type)
            m_types.append(TypeRow {difference.type, {}});
        EntityRow row;
        row.name = difference.entity;
        row.status = statusOf(difference.kind);
        row.members = difference.changedMembers;
        row.checked = isCheckable(row) && keepChecked.contains(difference.pointer());
        m_types.last().entities.append(row);
    }
    endResetModel();
    emit checkedChanged();
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
    bool changed = false;
    for (int typeRow = 0; typeRow < m_types.size(); ++typeRow) {
        changed |= applyChecks(typeRow, [](const EntityRow &row) { return row.checked; });
        // The "only live" rows (and so their type's row) change their flags either way.
        const int last = int(m_types.at(typeRow).entities.size()) - 1;
        if (last >= 0)
            emit dataChanged(createIndex(0, NameColumn, quintptr(typeRow + 1)),
                             createIndex(last, ColumnCount - 1, quintptr(typeRow + 1)));
        const QModelIndex typeIndex = createIndex(typeRow, NameColumn, TypeId);
        emit dataChanged(typeIndex, typeIndex);
    }
    if (changed)
        emit checkedChanged();
}

bool CompareModel::isCheckable(const EntityRow &row) const
{
    return row.status != Status::OnlyLive || m_prune;
}

Qt::CheckState CompareModel::typeCheckState(const TypeRow &row) const
{
    int checked = 0;
    int checkable = 0;
    for (const EntityRow &entity : row.entities) {
        checkable += isCheckable(entity) ? 1 : 0;
        checked += entity.checked ? 1 : 0;
    }
    if (checked == 0)
        return Qt::Unchecked;
    return checked == checkable ? Qt::Checked : Qt::PartiallyChecked;
}

bool CompareModel::applyChecks(int typeRow, const std::function<bool(const EntityRow &)> &wanted)
{
    TypeRow &type = m_types[typeRow];
    int first = -1;
    int last = -1;
    for (int row = 0; row < type.entities.size(); ++row) {
        EntityRow &entity = type.entities[row];
        const bool value = wanted(entity) && isCheckable(entity);
        if (value == entity.checked)
            continue;
        entity.checked = value;
        if (first < 0)
            first = row;
        last = row;
    }
    if (first < 0)
        return false;
    emit dataChanged(createIndex(first, NameColumn, quintptr(typeRow + 1)),
                     createIndex(last, NameColumn, quintptr(typeRow + 1)), {Qt::CheckStateRole});
    const QModelIndex typeIndex = createIndex(typeRow, NameColumn, TypeId);
    emit dataChanged(typeIndex, typeIndex, {Qt::CheckStateRole});
    return true;
}

bool CompareModel::setChecked(const QString &type, const QString &entity, bool checked)
{
    const QModelIndex index = indexFor(type, entity);
    if (!index.isValid() || entity.isEmpty())
        return false;
    const EntityRow &row = m_types.at(int(index.internalId() - 1)).entities.at(index.row());
    if (!isCheckable(row))
        return false;
    if (row.checked != checked) {
        const QString name = row.name;
        applyChecks(int(index.internalId() - 1),
                    [&](const EntityRow &candidate) { return candidate.name == name ? checked : candidate.checked; });
        emit checkedChanged();
    }
    return true;
}

void CompareModel::setTypeChecked(const QString &type, bool checked)
{
    const QModelIndex index = indexFor(type);
    if (index.isValid() && applyChecks(index.row(), [checked](const EntityRow &) { return checked; }))
        emit checkedChanged();
}

void CompareModel::setAllChecked(bool checked)
{
    bool changed = false;
    for (int typeRow = 0; typeRow < m_types.size(); ++typeRow)
        changed |= applyChecks(typeRow, [checked](const EntityRow &) { return checked; });
    if (changed)
        emit checkedChanged();
}

bool CompareModel::isChecked(const QString &type, const QString &entity) const
{
    const QModelIndex index = indexFor(type, entity);
    return index.isValid() && !entity.isEmpty()
           && m_types.at(int(index.internalId() - 1)).entities.at(index.row()).checked;
}

QList<JsonPointer> CompareModel::checkedPointers() const
{
    QList<JsonPointer> pointers;
    for (const TypeRow &type : m_types) {
        for (const EntityRow &entity : type.entities) {
            if (entity.checked)
                pointers.append(JsonPointer({type.type, entity.name}));
        }
    }
    return pointers;
}

int CompareModel::checkedCount() const
{
    int result = 0;
    for (const TypeRow &type : m_types) {
        for (const EntityRow &entity : type.entities)
            result += entity.checked ? 1 : 0;
    }
    return result;
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
            return createIndex(typeRow, NameColumn, TypeId);
        for (int entityRow = 0; entityRow < row.entities.size(); ++entityRow) {
            if (row.entities.at(entityRow).name == entity)
                return createIndex(entityRow, NameColumn, quintptr(typeRow + 1));
        }
        return {};
    }
    return {};
}

QModelIndex CompareModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TypeId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CompareModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TypeId)
        return {};
    return createIndex(int(child.internalId() - 1), NameColumn, TypeId);
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_types.size());
    if (parent.column() != NameColumn || parent.internalId() != TypeId)
        return 0;
    return int(m_types.at(parent.row()).entities.size());
}

int CompareModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == TypeId) {
        const TypeRow &type = m_types.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == StatusColumn)
                return tr("%n entity(s)", nullptr, int(type.entities.size()));
            if (const auto configType = ConfigTypeInfo::fromKey(type.type))
                return ConfigTypeInfo::displayName(*configType);
            return type.type;
        case Qt::CheckStateRole:
            // No box at all while nothing of the type can be checked (only removals, prune off).
            return index.column() == NameColumn && (flags(index) & Qt::ItemIsUserCheckable)
                       ? QVariant(int(typeCheckState(type)))
                       : QVariant();
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
    const TypeRow &type = m_types.at(int(index.internalId() - 1));
    const EntityRow &entity = type.entities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == StatusColumn) {
            if (entity.status == Status::Different && !entity.members.isEmpty())
                return tr("%1: %2").arg(statusText(entity.status), entity.members.join(u", "_s));
            return statusText(entity.status);
        }
        return entity.name;
    case Qt::CheckStateRole:
        // A removal has no box until prune is on, so it never looks like something a click would select.
        return index.column() == NameColumn && isCheckable(entity)
                   ? QVariant(int(entity.checked ? Qt::Checked : Qt::Unchecked))
                   : QVariant();
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
        return isCheckable(entity);
    case ChangedMembersRole:
        return entity.members;
    default:
        return {};
    }
}

bool CompareModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() != NameColumn)
        return false;
    const bool checked = value.toInt() != Qt::Unchecked;
    if (index.internalId() == TypeId) {
        // "Select all of a type": the delegate turns a partly checked type into a checked one.
        setTypeChecked(m_types.at(index.row()).type, checked);
        return true;
    }
    const TypeRow &type = m_types.at(int(index.internalId() - 1));
    return setChecked(type.type, type.entities.at(index.row()).name, checked);
}

Qt::ItemFlags CompareModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != NameColumn)
        return result;
    if (index.internalId() == TypeId) {
        const TypeRow &type = m_types.at(index.row());
        for (const EntityRow &entity : type.entities) {
            if (isCheckable(entity))
                return result | Qt::ItemIsUserCheckable;
        }
        return result;
    }
    const EntityRow &entity = m_types.at(int(index.internalId() - 1)).entities.at(index.row());
    return isCheckable(entity) ? result | Qt::ItemIsUserCheckable : result;
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Entity") : tr("Difference");
}
