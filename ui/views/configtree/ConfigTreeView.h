#pragma once

// ConfigTreeView: the configuration tree with its filter box, and the detail pane showing the selected node as
// highlighted JSON. Reads only the model; copy actions put a node's pointer or value on the clipboard. GUI thread.

#include <QWidget>

class ConfigTreeModel;
class QCheckBox;
class QLabel;
class QLineEdit;
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

public slots:
    void copyPointer();
    void copyValue();

signals:
    void filterFailed(const QString &message);

private:
    void applyFilter();
    void showDetail();
    void expandMatches();

    ConfigTreeModel *m_model;
    QLineEdit *m_filter;
    QCheckBox *m_regex;
    QTreeView *m_tree;
    QLabel *m_detailTitle;
    QPlainTextEdit *m_detail;
    QTimer *m_filterTimer;
};
