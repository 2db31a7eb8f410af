#pragma once

// EffectivePermissionsView: the effective permissions of an internal user, of any user holding a backend role, or of
// one role (AccessMatrix): the index patterns the subject's roles name and the known indices they reach × the
// static action groups (full, partial or none, with the roles that grant each cell on its tooltip), DLS, FLS and
// masking per row, the cluster action groups and the tenants. Computed on a worker from the shared compiled
// configuration (AccessConfigStore); exported as CSV stamped with the configuration it was computed on. GUI thread.

#include <QWidget>

#include "app/access/AccessMatrix.h"
#include "app/common/Latest.h"

class AccessConfigStore;
class AccessViewLink;
class ClusterSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTableWidget;

class EffectivePermissionsView : public QWidget
{
    Q_OBJECT

public:
    EffectivePermissionsView(ClusterSession *session, AccessConfigStore *store, QWidget *parent = nullptr);

    // Picks the subject and computes its matrix.
    void showSubject(const AccessSubject &subject);
    const AccessMatrix &matrix() const { return m_matrix; }
    bool isComputing() const { return m_computing; }
    // "Sandbox, configuration read 2026-12-06 02:40:12 UTC": what the matrix was computed on.
    QString stamp() const { return m_stamp; }
    // Writes the matrix as CSV; false (and a message in the view) when the file cannot be written.
    bool exportCsv(const QString &path);

signals:
    void computed();

private:
    void compute();
    void show(const AccessMatrix &matrix);
    void updateCompletions();
    void chooseExportFile();

    ClusterSession *m_session;
    AccessConfigStore *m_store;
    AccessMatrix m_matrix;
    QString m_stamp;
    bool m_computing = false;
    AccessViewLink *m_link; // completions, and a matrix waiting for the compiled configuration
    Latest m_work {this};

    QComboBox *m_kind;
    QLineEdit *m_name;
    QStringListModel *m_names;
    QPushButton *m_show;
    QPushButton *m_export;
    QLabel *m_status;
    QTableWidget *m_table;
    QLabel *m_cluster;
    QLabel *m_tenants;
};
