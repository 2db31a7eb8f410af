#pragma once

// CheckableEntityModel: the base of the models that list entities under their configuration types with check boxes
// (what to bring over from a source, what to upgrade): the two-level tree (types, then their entities), the check
// states (a type is partially checked when some of its checkable entities are; checking it checks them all), the
// checked set, and checkedChanged(). Subclasses hold what each row shows, give the columns, and say which entities
// can be checked. Qt Core only; one thread.

#include <functional>

#include <QAbstractItemModel>
#include <QList>

class CheckableEntityModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit CheckableEntityModel(QObject *parent = nullptr);

    void setAllChecked(bool checked);
    int checkedCount() const;
    int checkableCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    // Qt::CheckStateRole on the check column: checks an entity, or every checkable entity of a type.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Enabled and selectable; user-checkable in the check column where something can be checked.
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // The set of checked entities changed.
    void checkedChanged();

protected:
    // The column with the tree and the check boxes.
    static constexpr int CheckColumn = 0;

    // A row: a type (entity -1) or an entity of it.
    struct Row
    {
        int type = -1;
        int entity = -1;
        bool isType() const { return entity < 0; }
    };

    // Replaces every row in one model reset: `replaceRows` updates the subclass's own rows, `checks` gives each
    // type's entities their check states (one list per type, in type order).
    void resetRows(const std::function<void()> &replaceRows, const QList<QList<bool>> &checks);
    Row rowOf(const QModelIndex &index) const;
    QModelIndex typeIndex(int type, int column = CheckColumn) const;
    QModelIndex entityIndex(int type, int entity, int column = CheckColumn) const;
    int typeRows() const { return int(m_checks.size()); }
    int entityRows(int type) const { return int(m_checks.at(type).size()); }
    bool isChecked(int type, int entity) const { return m_checks.at(type).at(entity); }

    // Whether the entity can be checked now (all can unless the subclass says otherwise).
    virtual bool isCheckable(int type, int entity) const;
    bool isTypeCheckable(int type) const;
    // Qt::CheckStateRole of an index: the check column of a checkable row, invalid elsewhere (no box).
    QVariant checkState(const QModelIndex &index) const;

    // Sets each entity of `type` to wanted(entity, checkedNow), where it can be checked (an entity that cannot be is
    // unchecked); emits dataChanged for the entities that changed and their type. True when something changed;
    // emits no checkedChanged (the caller does, once).
    bool applyChecks(int type, const std::function<bool(int entity, bool checked)> &wanted);
    // One entity; emits checkedChanged when it changed. False when it cannot be checked.
    bool setEntityCheck(int type, int entity, bool checked);
    // After which entities can be checked changed (a switch in the subclass): unchecks those that no longer can, and
    // tells the views that every row's flags and boxes may differ.
    void checkabilityChanged();

private:
    QList<QList<bool>> m_checks; // per type, per entity
};
