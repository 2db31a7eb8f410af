#pragma once

// CompareView: compares a read-only source (a securityadmin directory, or another saved connection) with the live
// configuration of the current connection, entity by entity, shows the diff of the selected entity (live left,
// source right) and promotes the checked entities through ChangePlan::promote. Writes always go to the current
// connection, as writeRequested(request) (the WriteCoordinator). Loading a directory, fetching another cluster's
// configuration and every comparison run off the GUI thread (WorkerPool). GUI thread.

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include "app/common/Latest.h"
#include "app/json/JsonPointer.h"
#include "app/write/ChangePlan.h"
#include "ui/views/write/WriteRequest.h"

class ClusterSession;
class CompareModel;
class ConfigFetch;
class DiffTreeView;
class MessageBar;
class ProfileStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;
class SideBySideDiffView;
namespace CompareJobs {
struct Comparison;
struct Promotion;
} // namespace CompareJobs

class CompareView : public QWidget
{
    Q_OBJECT

public:
    // Without a profile store, only directories can be compared.
    CompareView(ClusterSession *session, ProfileStore *profiles, QWidget *parent = nullptr);
    ~CompareView() override;

    CompareModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    MessageBar *messageBar() const { return m_messageBar; }
    DiffTreeView *diffTree() const { return m_diffTree; }
    SideBySideDiffView *sideBySide() const { return m_sideBySide; }
    // True while a source is read or compared.
    bool isBusy() const { return m_busy; }
    // True once a source was read and compared with the live configuration.
    bool hasSource() const { return !m_sourceName.isEmpty() && !m_busy; }
    // The source as the write's title names it ("directory /x", "connection staging"); empty when none.
    QString sourceLabel() const { return m_sourceLabelText; }
    // Selects (makes current) the row of an entity or, with an empty entity, a type; false when not listed.
    bool select(const QString &type, const QString &entity = QString());

public slots:
    // Asks for a directory (a non-modal file dialog), then reads it.
    void chooseDirectory();
    // Reads a securityadmin directory and compares it with the live configuration.
    void openDirectory(const QString &dir);
    // Reads the configuration of a saved connection and compares it with the live configuration.
    void compareWithProfile(const QString &name);
    // Moves the focus to the choice of another connection.
    void focusProfileChoice();
    // Builds the plan for the checked entities; writeRequested() follows (or an error in the message bar).
    void applySelected();

signals:
    // The plan to send to the current connection, with lockout warnings to show loud.
    void writeRequested(const WriteRequest &request);
    // A comparison finished (successfully or not).
    void comparisonFinished();

private:
    QWidget *createSourceRow();
    QWidget *createEntityPane();
    QWidget *createDiffPane();
    void setBusy(bool busy, const QString &status = QString());
    void startCompare(const QJsonObject &source, const QList<JsonPointer> &keepChecked);
    void showOutcome(const CompareJobs::Comparison &outcome);
    void failSource(const QString &message);
    void recompare();
    void updateProfiles();
    void updateTarget();
    void updateButtons();
    void updateSummary();
    void showEntityDiff();
    void showPromoteOutcome(const CompareJobs::Promotion &outcome);
    void applyFilter(const QString &text);

    ClusterSession *m_session;
    QPointer<ProfileStore> m_profiles;
    CompareModel *m_model;
    QSortFilterProxyModel *m_proxy;
    MessageBar *m_messageBar;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_targetLabel = nullptr;
    QPushButton *m_openDirectory = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QPushButton *m_compareProfile = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    QCheckBox *m_prune = nullptr;
    QLabel *m_pruneWarning = nullptr;
    QPushButton *m_selectAll = nullptr;
    QPushButton *m_selectNone = nullptr;
    DiffTreeView *m_diffTree = nullptr;
    SideBySideDiffView *m_sideBySide = nullptr;
    QLabel *m_summary;
    QPushButton *m_apply;
    QPushButton *m_close;

    QJsonObject m_source;      // the source's configuration document (a directory holds real hashes)
    QString m_sourceName;      // the directory path or the profile name
    QString m_sourceLabelText; // for the plan's title
    QString m_lastDirectory;
    QPointer<ConfigFetch> m_fetch;
    bool m_busy = false;
    Latest m_sources {this}; // a newer source, comparison or plan wins over an older one
    Latest m_diffs {this};   // the same for the entity diff
};
