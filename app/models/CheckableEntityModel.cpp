#include "app/models/CheckableEntityModel.h"

namespace {

// internalId: 0 for a type row, typeRow + 1 for an entity row below it.
constexpr quintptr TypeId = 0;

} // namespace

CheckableEntityModel::CheckableEntityModel(QObject *parent) : QAbstractItemModel(parent) { }

void CheckableEntityModel::resetRows(const std::function<void()> &replaceRows, const QList<QList<bool>> &checks)
{
    beginResetModel();
    replaceRows();
    m_checks = checks;
    for (int type = 0; type < m_checks.size(); ++type) {
        for (int entity = 0; entity < m_checks.at(type).size(); ++entity)
            m_checks[type][entity] = m_checks.at(type).at(entity) && isCheckable(type, entity);
    }
    endResetModel();
    emit checkedChanged();
}

CheckableEntityModel::Row CheckableEntityModel::rowOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == TypeId)
        return {index.row(), -1};
    return {int(index.internalId() - 1), index.row()};
}

QModelIndex CheckableEntityModel::typeIndex(int type, int column) const
{
    return createIndex(type, column, TypeId);
}

QModelIndex CheckableEntityModel::entityIndex(int type, int entity, int column) const
{
    return createIndex(entity, column, quintptr(type) + 1);
}

bool CheckableEntityModel::isCheckable(int, int) const
{
    return true;
}

bool CheckableEntityModel::isTypeCheckable(int type) const
{
    for (int entity = 0; entity < entityRows(type); ++entity) {
        if (isCheckable(type, entity))
            return true;
    }
    return false;
}

QVariant CheckableEntityModel::checkState(const QModelIndex &index) const
{
    if (index.column() != CheckColumn)
        return {};
    const Row row = rowOf(index);
    if (!row.isType())
        return isCheckable(row.type, row.entity)
                   ? QVariant(int(isChecked(row.type, row.entity) ? Qt::Checked : Qt::Unchecked))
                   : QVariant();
    // No box at all while nothing of the type can be checked.
    if (!isTypeCheckable(row.type))
        return {};
    int checked = 0;
    int checkable = 0;
    for (int entity = 0; entity < entityRows(row.type); ++entity) {
        checkable += isCheckable(row.type, entity) ? 1 : 0;
        checked += isChecked(row.type, entity) ? 1 : 0;
    }
    if (checked == 0)
        return int(Qt::Unchecked);
    return int(checked == checkable ? Qt::Checked : Qt::PartiallyChecked);
}

bool CheckableEntityModel::applyChecks(int type, const std::function<bool(int entity, bool checked)> &wanted)
{
    int first = -1;
    int last = -1;
    for (int entity = 0; entity < entityRows(type); ++entity) {
        const bool value = isCheckable(type, entity) && wanted(entity, isChecked(type, entity));
        if (value == isChecked(type, entity))
            continue;
        m_checks[type][entity] = value;
        if (first < 0)
            first = entity;
        last = entity;
    }
    if (first < 0)
        return false;
    emit dataChanged(entityIndex(type, first), entityIndex(type, last), {Qt::CheckStateRole});
    emit dataChanged(typeIndex(type), typeIndex(type), {Qt::CheckStateRole});
    return true;
}

bool CheckableEntityModel::setEntityCheck(int type, int entity, bool checked)
{
    if (!isCheckable(type, entity))
        return false;
    if (applyChecks(type, [entity, checked](int candidate, bool now) { return candidate == entity ? checked : now; }))
        emit checkedChanged();
    return true;
}

void CheckableEntityModel::setAllChecked(bool checked)
{
    bool changed = false;
    for (int type = 0; type < typeRows(); ++type)
        changed |= applyChecks(type, [checked](int, bool) { return checked; });
    if (changed)
        emit checkedChanged();
}

void CheckableEntityModel::checkabilityChanged()
{
    bool changed = false;
    const int lastColumn = columnCount() - 1;
    for (int type = 0; type < typeRows(); ++type) {
        changed |= applyChecks(type, [](int, bool now) { return now; });
        if (entityRows(type) > 0)
            emit dataChanged(entityIndex(type, 0), entityIndex(type, entityRows(type) - 1, lastColumn));
        emit dataChanged(typeIndex(type), typeIndex(type));
    }
    if (changed)
        emit checkedChanged();
}

int CheckableEntityModel::checkedCount() const
{
    int result = 0;
    for (const QList<bool> &type : m_checks)
        result += int(std::count(type.cbegin(), type.cend(), true));
    return result;
}

int CheckableEntityModel::checkableCount() const
{
    int result = 0;
    for (int type = 0; type < typeRows(); ++type) {
        for (int entity = 0; entity < entityRows(type); ++entity)
            result += isCheckable(type, entity) ? 1 : 0;
    }
    return result;
}

QModelIndex CheckableEntityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return typeIndex(row, column);
    return entityIndex(parent.row(), row, column);
}

QModelIndex CheckableEntityModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TypeId)
        return {};
    return typeIndex(int(child.internalId() - 1));
}

int CheckableEntityModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return typeRows();
    if (parent.column() != CheckColumn || parent.internalId() != TypeId)
        return 0;
    return entityRows(parent.row());
}

bool CheckableEntityModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() != CheckColumn)
        return false;
    const bool checked = value.toInt() != Qt::Unchecked;
    const Row row = rowOf(index);
    if (!row.isType())
        return setEntityCheck(row.type, row.entity, checked);
    // "Select all of a type": the delegate turns a partly checked type into a checked one.
    if (applyChecks(row.type, [checked](int, bool) { return checked; }))
        emit checkedChanged();
    return true;
}

Qt::ItemFlags CheckableEntityModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != CheckColumn)
        return result;
    const Row row = rowOf(index);
    const bool checkable = row.isType() ? isTypeCheckable(row.type) : isCheckable(row.type, row.entity);
    return checkable ? result | Qt::ItemIsUserCheckable : result;
}
