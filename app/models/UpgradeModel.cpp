#include "app/models/UpgradeModel.h"

using namespace Qt::StringLiterals;

UpgradeModel::UpgradeModel(QObject *parent) : CheckableEntityModel(parent) { }

void UpgradeModel::setEntries(const QList<UpgradeEntry> &entries)
{
    QList<TypeGroup> types;
    QList<QList<bool>> checks;
    for (int i = 0; i < entries.size(); ++i) {
        const QString &type = entries.at(i).configType;
        auto group = std::find_if(types.begin(), types.end(), [&](const TypeGroup &g) { return g.configType == type; });
        if (group == types.end()) {
            types.append({type, {}});
            checks.append(QList<bool>());
            group = types.end() - 1;
        }
        group->rows.append(i);
        checks[group - types.begin()].append(true); // every entity starts checked
    }
    resetRows(
        [&] {
            m_entries = entries;
            m_types = std::move(types);
        },
        checks);
}

bool UpgradeModel::isCheckable(int type, int entity) const
{
    return !entryAt(type, entity).isText;
}

QStringList UpgradeModel::checkedEntities() const
{
    QStringList names;
    for (int type = 0; type < m_types.size(); ++type) {
        for (int entity = 0; entity < m_types.at(type).rows.size(); ++entity) {
            if (isChecked(type, entity))
                names << entryAt(type, entity).entity;
        }
    }
    return names;
}

QList<UpgradeEntry> UpgradeModel::checkedCollisions() const
{
    QList<UpgradeEntry> result;
    for (int type = 0; type < m_types.size(); ++type) {
        for (int entity = 0; entity < m_types.at(type).rows.size(); ++entity) {
            if (isChecked(type, entity) && entryAt(type, entity).collision)
                result << entryAt(type, entity);
        }
    }
    return result;
}

bool UpgradeModel::hasTextRows() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [](const UpgradeEntry &e) { return e.isText; });
}

bool UpgradeModel::setEntityChecked(const QString &name, bool checked)
{
    for (int type = 0; type < m_types.size(); ++type) {
        for (int entity = 0; entity < m_types.at(type).rows.size(); ++entity) {
            if (!entryAt(type, entity).isText && entryAt(type, entity).entity == name)
                return setEntityCheck(type, entity, checked);
        }
    }
    return false;
}

int UpgradeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant UpgradeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::CheckStateRole)
        return checkState(index);
    const Row row = rowOf(index);
    if (row.isType()) {
        const TypeGroup &group = m_types.at(row.type);
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return group.configType;
            if (index.column() == NoteColumn)
                return tr("%n change(s)", nullptr, int(group.rows.size()));
            return {};
        case ConfigTypeRole:
            return group.configType;
        case IsTypeRole:
            return true;
        case CollisionRole:
            return std::any_of(group.rows.cbegin(), group.rows.cend(),
                               [&](int r) { return m_entries.at(r).collision; });
        default:
            return {};
        }
    }
    const UpgradeEntry *entry = &entryAt(row.type, row.entity);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return entry->entity;
        case OperationColumn:
            return entry->isText ? u"-"_s : entry->operation;
        case NoteColumn:
            if (entry->isText)
                return tr("as the server described it");
            if (entry->collision)
                return tr("overwrites your role of this name");
            if (entry->isStatic)
                return tr("static: the server leaves it alone");
            if (entry->reserved)
                return tr("reserved default");
            return entry->exists ? QString() : tr("new");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (entry->collision)
            return Upgrade::collisionWarning(*entry);
        if (entry->isText)
            return entry->entity;
        return {};
    case ConfigTypeRole:
        return entry->configType;
    case EntityRole:
        return entry->isText ? QString() : entry->entity;
    case OperationRole:
        return entry->operation;
    case IsTypeRole:
        return false;
    case IsTextRole:
        return entry->isText;
    case ExistsRole:
        return entry->exists;
    case ReservedRole:
        return entry->reserved;
    case CollisionRole:
        return entry->collision;
    case WarningRole:
        return entry->collision ? Upgrade::collisionWarning(*entry) : QString();
    default:
        return {};
    }
}

QVariant UpgradeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Entity");
    case OperationColumn:
        return tr("Operation");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}
