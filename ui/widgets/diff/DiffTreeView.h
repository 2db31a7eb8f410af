#pragma once

// DiffTreeView: the tree of only the changed paths (type, entity, path) with coloured kinds and old and new
// values, above a filter row (type, entity name, kinds). Owns its DiffTreeModel. Used by the patch editor's
// preview and the version timeline. GUI thread.

#include <QWidget>

#include "app/json/JsonDiff.h"

class DiffTreeModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

class DiffTreeView : public QWidget
{
    Q_OBJECT

public:
    explicit DiffTreeView(QWidget *parent = nullptr);

    void setChanges(const QList<JsonChange> &changes);
    DiffTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }

signals:
    // The filter row changed: the type (empty: all) and the entity text.
    void filterChanged(const QString &configType, const QString &entityText);
    // A node was activated or selected.
    void entitySelected(const QString &configType, const QString &entity, const QString &pointer);

private:
    void applyFilter();
    void updateSummary();

    DiffTreeModel *m_model;
    QComboBox *m_type;
    QLineEdit *m_entity;
    QToolButton *m_added;
    QToolButton *m_removed;
    QToolButton *m_changed;
    QTreeView *m_tree;
    QLabel *m_summary;
};
