#pragma once

// AccessChangesTree: what a change does to access (AccessChanges), as a tree: each subject (internal user or backend
// role) that gains or loses something, with "gains 3, loses 1", and under it each change ("+ gains write on logs-*",
// "− loses read on tenant finance") with the roles behind it, in the diff colours. The summary line for above it
// ("No access changes", "2 subjects gain access, 1 loses some") comes from summary(). GUI thread.

#include <QTreeWidget>

#include "app/access/AccessImpact.h"

class AccessChangesTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit AccessChangesTree(QWidget *parent = nullptr);

    void setChanges(const AccessChanges &changes);
    const AccessChanges &changes() const { return m_changes; }

    static QString summary(const AccessChanges &changes);
    // "Access", "Access (3)": the tab's title.
    static QString tabTitle(const AccessChanges &changes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    AccessChanges m_changes;
};
