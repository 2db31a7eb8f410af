#pragma once

// ConfigTreeView: the configuration tree with its filter box, and the detail pane showing the selected node as
// highlighted JSON, under a readable summary with links for entities (EntitySummaryView). Reads only the model;
// copy actions put a node's pointer or value on the clipboard. GUI thread.

#include <QJsonValue>
#include <QString>
#include <QWidget>

class ConfigTreeModel;
class EntitySummaryView;
class QCheckBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPlainTextEdit;
class QTimer;
class QTreeView;

class ConfigTreeView : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigTreeView(ConfigTreeModel *model, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    void focusFilter();
    // Selects and shows the node at `pointer` (e.g. "/roles/all_access"); false when it is not in the tree.
    bool select(const QString &pointer);
    // Selects the node at `pointer` now, or once the tree shows it (after the configuration is read again).
    void selectWhenShown(const QString &pointer);

public slots:
    void copyPointer();
    void copyValue();

signals:
    void filterFailed(const QString &message);
    // From the context menu: start a patch operation (kind: "add-member", "replace", "remove", "append",
    // "copy", "move", "test") on the node at `pointer`, whose value is `value`.
    void operationRequested(const QString &kind, const QString &pointer, const QJsonValue &value);
    // From the context menu: who set the value at `pointer` (the version timeline answers).
    void blameRequested(const QString &pointer);
    // From the context menu or a double-click: a form on the type or entity at `pointer` (kind: "new", "edit",
    // "duplicate", "rename", "delete"; the five types the forms edit only).
    void formRequested(const QString &kind, const QString &pointer);
    // From the context menu or a summary's link: an access question about the node at `pointer` (kind: "explain" and
    // "effective" on an internal user, role or role mapping; "who-can" on a role or one of its index permissions or
    // patterns).
    void accessRequested(const QString &kind, const QString &pointer);

private:
    void applyFilter();
    void createPatchActions();
    void createFormActions();
    void createAccessActions();
    void showDetail();
    void showEntity(const QString &pointer);
    void expandMatches();
    void expandToMatches(const QModelIndex &index);
    void onFilterApplied();

    ConfigTreeModel *m_model;
    QLineEdit *m_filter;
    QCheckBox *m_regex;
    QTreeView *m_tree;
    QLabel *m_detailTitle;
    QPlainTextEdit *m_detail;
    EntitySummaryView *m_summary;
    QString m_pendingEntity; // a followed link's target, waiting for the filter to be cleared
    QTimer *m_filterTimer;
    QString m_restorePointer; // the current node before a model reset, selected again after a filter
};
