#include "app/models/UpgradeModel.h"

using namespace Qt::StringLiterals;

namespace {

// internalId: 0 for a type row, typeRow + 1 for an entity row below it.
constexpr quintptr TypeId = 0;

} // namespace

UpgradeModel::UpgradeModel(QObject *parent) : QAbstractItemModel(parent) { }

void UpgradeModel::setEntries(const QList<UpgradeEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_checked = QList<bool>(entries.size(), true);
    m_types.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString &type = m_entries.at(i).configType;
        auto group =
            std::find_if(m_types.begin(), m_types.end(), [&](const TypeGroup &g) { return g.configType == type; });
        if (group == m_types.end()) {
            m_types.append({type, {}});
            group = m_types.end() - 1;
        }
        group->rows.append(i);
    }
    endResetModel();
    emit checkedChanged();
}

QStringList UpgradeModel::checkedEntities() const
{
    QStringList names;
    for (const TypeGroup &group : m_types) {
        for (int row : group.rows) {
            if (!m_entries.at(row).isText && m_checked.at(row))
                names << m_entries.at(row).entity;
        }
    }
    return names;
}

QList<UpgradeEntry> UpgradeModel::checkedCollisions() const
{
    QList<UpgradeEntry> result;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).collision && m_checked.at(i))
            result << m_entries.at(i);
    }
    return result;
}

int UpgradeModel::checkableCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const UpgradeEntry &e) { return !e.isText; }));
}

int UpgradeModel::checkedCount() const
{
    return int(checkedEntities().size());
}

bool UpgradeModel::hasTextRows() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [](const UpgradeEntry &e) { return e.isText; });
}

void UpgradeModel::setAllChecked(bool checked)
{
    for (int i = 0; i < m_entries.size(); ++i)
        m_checked[i] = checked;
    for (int t = 0; t < m_types.size(); ++t) {
        emitTypeChanged(t);
        if (!m_types.at(t).rows.isEmpty())
            emit dataChanged(index(0, NameColumn, index(t, 0)),
                             index(int(m_types.at(t).rows.size()) - 1, NameColumn, index(t, 0)), {Qt::CheckStateRole});
    }
    emit checkedChanged();
}

bool UpgradeModel::setEntityChecked(const QString &entity, bool checked)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (!m_entries.at(i).isText && m_entries.at(i).entity == entity) {
            setChecked(i, checked);
            emit checkedChanged();
            return true;
        }
    }
    return false;
}

void UpgradeModel::setChecked(int entryIndex, bool checked)
{
    if (m_checked.at(entryIndex) == checked)
        return;
    m_checked[entryIndex] = checked;
    for (int t = 0; t < m_types.size(); ++t) {
        const int row = int(m_types.at(t).rows.indexOf(entryIndex));
        if (row < 0)
            continue;
        const QModelIndex child = index(row, NameColumn, index(t, 0));
        emit dataChanged(child, child, {Qt::CheckStateRole});
        emitTypeChanged(t);
    }
}

void UpgradeModel::emitTypeChanged(int typeRow)
{
    const QModelIndex type = index(typeRow, NameColumn);
    emit dataChanged(type, type, {Qt::CheckStateRole});
}

Qt::CheckState UpgradeModel::typeState(const TypeGroup &group) const
{
    int checkable = 0;
    int checked = 0;
    for (int row : group.rows) {
        if (m_entries.at(row).isText)
            continue;
        ++checkable;
        checked += m_checked.at(row) ? 1 : 0;
    }
    if (checked == 0)
        return Qt::Unchecked;
    return checked == checkable ? Qt::Checked : Qt::PartiallyChecked;
}

const UpgradeEntry *UpgradeModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == TypeId)
        return nullptr;
    const int typeRow = int(index.internalId() - 1);
    return &m_entries.at(m_types.at(typeRow).rows.at(index.row()));
}

QModelIndex UpgradeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TypeId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex UpgradeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TypeId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TypeId);
}

int UpgradeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_types.size());
    if (parent.column() != 0 || parent.internalId() != TypeId)
        return 0;
    return int(m_types.at(parent.row()).rows.size());
}

int UpgradeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant UpgradeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == TypeId) {
        const TypeGroup &group = m_types.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return group.configType;
            if (index.column() == NoteColumn)
                return tr("%n change(s)", nullptr, int(group.rows.size()));
            return {};
        case Qt::CheckStateRole:
            if (index.column() != NameColumn || !(flags(index) & Qt::ItemIsUserCheckable))
                return {};
            return typeState(group);
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
    const UpgradeEntry *entry = entryAt(index);
    const int entryIndex = int(entry - m_entries.constData());
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
    case Qt::CheckStateRole:
        if (index.column() != NameColumn || entry->isText)
            return {};
        return m_checked.at(entryIndex) ? Qt::Checked : Qt::Unchecked;
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

bool UpgradeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != NameColumn)
        return false;
    const bool checked = value.toInt() != Qt::Unchecked;
    if (index.internalId() == TypeId) {
        for (int row : m_types.at(index.row()).rows) {
            if (!m_entries.at(row).isText)
                setChecked(row, checked);
        }
        emit checkedChanged();
        return true;
    }
    const UpgradeEntry *entry = entryAt(index);
    if (entry->isText)
        return false;
    setChecked(int(entry - m_entries.constData()), checked);
    emit checkedChanged();
    return true;
}

Qt::ItemFlags UpgradeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != NameColumn)
        return result;
    if (index.internalId() == TypeId) {
        const TypeGroup &group = m_types.at(index.row());
        if (std::any_of(group.rows.cbegin(), group.rows.cend(), [&](int r) { return !m_entries.at(r).isText; }))
            result |= Qt::ItemIsUserCheckable;
        return result;
    }
    if (!entryAt(index)->isText)
        result |= Qt::ItemIsUserCheckable;
    return result;
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
