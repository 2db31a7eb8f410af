#pragma once

// EntityFormDialog: the form of a role (with its mapping, on the "Mapped users" tab), a role mapping, an internal
// user, an action group or a tenant, to create, edit, duplicate or rename one. Fields are checked as they change
// (EntityChecks: messages at the field, blocking ones keep Send off), the lint findings the change would introduce
// are named, and Send (Ctrl+Return) compiles the change (EntityEdits) into a change plan for the write coordinator:
// the confirmation, its diff and curl, and the safe-write pipeline. Reserved, static and hidden entities open
// read-only, saying why. A password lives only in its field and the request; Esc asks before dropping edits.
// GUI thread; completion lists are gathered on a worker.

#include <optional>

#include <QDialog>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QVersionNumber>

#include "app/common/Latest.h"
#include "app/forms/EntityChecks.h"
#include "app/lint/Lint.h"
#include "ui/views/write/WriteRequest.h"

class ListEdit;
class PermissionEntryList;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTimer;
class QFormLayout;

class EntityFormDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Edit, Duplicate, Rename };

    struct Context
    {
        QJsonObject document; // the live configuration, with the plugin's statics
        std::optional<QVersionNumber> clusterVersion;
        std::optional<LintContext> lint; // name the findings the change introduces; none: not linted
    };

    // `name`: the entity edited, duplicated or renamed (empty to create one).
    EntityFormDialog(const QString &type, Mode mode, const QString &name, const Context &context,
                     QWidget *parent = nullptr);

    QString type() const { return m_type; }
    Mode mode() const { return m_mode; }
    // The name in the name field (for a role mapping, the role).
    QString entityName() const;
    // The entity as the form holds it, without the password.
    QJsonObject value() const;
    // What Send writes.
    QJsonArray patch() const;
    const QList<FieldIssue> &issues() const { return m_issues; }
    bool isReadOnly() const { return !m_readOnly.isEmpty(); }
    bool isEdited() const { return m_edited; }
    // "New role", "Edit role analyst", ...
    static QString title(const QString &type, Mode mode, const QString &name);

    // The live configuration was read again (after a write, a refresh): the form now works on it, unless its entity
    // (or a role's mapping) changed there, which the form says (Send would then be refused as a conflict).
    void rebase(const Context &context);

    // What Send does: false (and a message) when a blocking issue or the plan stops it.
    bool send();

signals:
    void writeRequested(const WriteRequest &request);
    // The entity was written; `pointer` names it (/roles/analyst).
    void written(const QString &pointer);

public slots:
    void reject() override;

private:
    QWidget *buildRole();
    QWidget *buildMapping(QFormLayout *form);
    QWidget *buildUser();
    QWidget *buildActionGroup();
    QWidget *buildTenant();
    ListEdit *listEdit(QFormLayout *form, const QString &label, const QString &field, const QString &name);
    QLabel *issueLabel(const QString &field);
    void load(const QJsonObject &entity, const QJsonObject &mapping);
    QJsonObject mappingValue() const;
    void markEdited();
    EntityChecks::FormState formState() const;
    CheckContext checkContext() const;
    void check();
    void showIssues();
    void relint();
    void gatherCompletions();
    void onWriteFinished(const WriteReport &report);

    QString m_type;
    Mode m_mode;
    QString m_originalName;
    Context m_context;
    QJsonObject m_original;        // the entity before the edit
    QJsonObject m_originalMapping; // a role's mapping before the edit
    QString m_readOnly;            // why the entity cannot be changed; empty when it can
    bool m_edited = false;
    bool m_loading = false;
    bool m_stale = false; // the entity changed on the cluster after the form opened
    QList<FieldIssue> m_issues;
    QHash<QString, QLabel *> m_issueLabels; // field (entries as "index_permissions/*/dls") -> its message
    QTimer *m_checkTimer;
    Latest m_checks {this};
    Latest m_lint {this};

    QLabel *m_banner;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QTabWidget *m_tabs = nullptr;
    // Role
    ListEdit *m_clusterPermissions = nullptr;
    PermissionEntryList *m_indexEntries = nullptr;
    ListEdit *m_indexPatterns = nullptr;
    ListEdit *m_allowedActions = nullptr;
    QPlainTextEdit *m_dls = nullptr;
    ListEdit *m_fls = nullptr;
    ListEdit *m_masked = nullptr;
    PermissionEntryList *m_tenantEntries = nullptr;
    ListEdit *m_tenantPatterns = nullptr;
    QComboBox *m_tenantAccess = nullptr;
    // Mapping (a role mapping's fields, and a role's "Mapped users" tab)
    ListEdit *m_mapUsers = nullptr;
    ListEdit *m_mapBackendRoles = nullptr;
    ListEdit *m_mapAndBackendRoles = nullptr;
    ListEdit *m_mapHosts = nullptr;
    // Internal user
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLineEdit *m_hash = nullptr; // instead of a password: an existing bcrypt hash
    QCheckBox *m_service = nullptr;
    ListEdit *m_backendRoles = nullptr;
    ListEdit *m_securityRoles = nullptr;
    QTableWidget *m_attributes = nullptr;
    // Action group
    QComboBox *m_groupType = nullptr;
    ListEdit *m_groupActions = nullptr;

    QLabel *m_summary;
    QLabel *m_lintLine;
    QLabel *m_error;
    QPushButton *m_send;
};
