#pragma once

// EntityForms: where the entity forms start: "New …" (a menu with shortcuts, and the tree's context menu), "Edit…",
// "Duplicate…", "Rename…" and "Delete…" on an entity. It opens an EntityFormDialog on the live configuration, sends
// what the dialog asks through the write coordinator, and names the entity written, so that the tree can show it.
// Deleting lists what would dangle and offers to remove it in the same change. GUI thread.

#include <functional>
#include <optional>

#include <QObject>
#include <QPointer>

#include "app/lint/Lint.h"
#include "ui/views/forms/EntityFormDialog.h"

class ClusterSession;
class QMenu;
class QWidget;
class WriteCoordinator;

class EntityForms : public QObject
{
    Q_OBJECT

public:
    // `lint`: what lint knows of the cluster (none while disconnected).
    EntityForms(ClusterSession *session, WriteCoordinator *writes, std::function<std::optional<LintContext>()> lint,
                QWidget *window);

    // The type of a pointer that names a type or an entity of the five the forms edit ("/roles/x" -> "roles").
    static QString typeOf(const QString &pointer);
    static QString entityOf(const QString &pointer);

    // Opens the form (non-modal, one at a time: a second request raises the open one when it is unedited, else
    // asks first). Null when disconnected or the entity does not exist.
    EntityFormDialog *open(const QString &type, EntityFormDialog::Mode mode, const QString &name = {});
    // Asks, listing the references, and sends the delete. False when cancelled or impossible.
    bool remove(const QString &type, const QString &name);
    EntityFormDialog *form() const { return m_form; }

    // "New role…" … "New tenant…" with their shortcuts (Ctrl+Alt+R, M, U, G, T).
    void addNewActions(QMenu *menu);

signals:
    void entityWritten(const QString &pointer);

private:
    EntityFormDialog::Context context() const;

    ClusterSession *m_session;
    WriteCoordinator *m_writes;
    std::function<std::optional<LintContext>()> m_lint;
    QWidget *m_window;
    QPointer<EntityFormDialog> m_form;
};
