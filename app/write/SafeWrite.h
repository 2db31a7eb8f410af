#pragma once

// SafeWrite: runs one ChangePlan against a cluster through the safe-write pipeline, asynchronously, on the thread
// of its ApiClient (the GUI thread in the app). It owns nothing but itself; backups and journal are passed in.
//
//   Planning -> ReadingFresh -> (Conflict: stop, nothing written) -> BackingUp -> Sending -> Verifying -> Finished
//
// - ReadingFresh reads the whole configuration (and, when versioning is on, the version list); when the plan's
//   types differ from the plan's base, it stops with a Conflict report (base / server / yours per touched path).
//   A read that fails is a failed read, never a conflict. Nothing is written.
// - BackingUp saves the fresh document (secrets redacted) in the BackupStore.
// - Sending sends the steps in order, each request exactly once. Just before each request the step's types are
//   read again and compared with the base: another writer's change there stops the write before that request.
//   When a request's answer is lost (cut, unreadable, a gateway's error page, a timeout, a closed connection) or is
//   an error, its types are read back: the step is then reported as applied, not applied or changed otherwise
//   (StepOutcome::Unknown*), and the write goes on only when it was applied as planned.
// - Verifying reads the changed types back and compares them, whole, with the plan's expected document; differences
//   outside the entities the plan changes are another writer's. With versioning on, the versions recorded since the
//   fresh read are fetched one by one: any that is not this write's is reported by name (entities, who, which
//   version). A type the write made unreadable (403) or a login it broke (401) makes the result "applied,
//   unverified", saying why. An upgrade step (not verifiable: the server computes the change) is instead reported
//   per performed entity, before (the fresh read) and after (read back); its "no differences found" means
//   NothingToDo.
// - Every run that sent something appends one line to the journal.
//
// How to drive it (GUI or CLI):
//
//     auto plan = ChangePlan::compile(patch, editorBaseDocument);   // show plan->steps, plan->changes(); confirm
//     auto *write = new SafeWrite(client, *plan, {profileName, &backups, &journal}, this);
//     connect(write, &SafeWrite::stageChanged, this, [](SafeWrite::Stage s) { ... });
//     connect(write, &SafeWrite::progressed, this, [](const QString &line) { ... });
//     connect(write, &SafeWrite::finished, this, [](const WriteReport &report) { ... });  // then it deletes itself
//     write->start();
//     ...
//     write->cancel();   // true until the first request has been sent; afterwards the write runs to its end
//
// finished() is emitted exactly once, after which the object deletes itself (deleteLater).

#include <QObject>

#include "app/api/ApiClient.h"
#include "app/api/ConfigFetch.h"
#include "app/api/ResponseParsers.h"
#include "app/domain/ConfigVersion.h"
#include "app/write/BackupStore.h"
#include "app/write/ChangePlan.h"
#include "app/write/WriteJournal.h"
#include "app/write/WriteReport.h"

class QTimer;

class SafeWrite : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Idle, Planning, ReadingFresh, BackingUp, Sending, Verifying, Finished };
    Q_ENUM(Stage)

    struct Options
    {
        QString profile;                 // for the backup's name and the journal; may be empty
        BackupStore *backups = nullptr;  // required: no write without a backup
        WriteJournal *journal = nullptr; // optional
        bool checkConflicts = true;      // compare the plan's base with the fresh read, and before each request
        bool verify = true;              // read back and compare after sending
        bool checkVersions = true;       // with versioning on, name the versions other writers recorded meanwhile
        bool lockoutAllowed = false;     // the user confirmed that this write takes access away (for the report)
        int versionWaitMs = 3000;        // how long to wait for this write's versions (recorded asynchronously)
    };

    SafeWrite(ApiClient *client, ChangePlan plan, Options options, QObject *parent = nullptr);

    const ChangePlan &plan() const { return m_plan; }
    Stage stage() const { return m_stage; }

    void start();
    // Stops the write if nothing has been sent yet (then finished() reports Cancelled) and returns true;
    // returns false once a request is on its way.
    bool cancel();

    static QString stageName(Stage stage);

signals:
    void stageChanged(SafeWrite::Stage stage);
    // One line for people ("Backup saved: ...", "PATCH roles: Resource updated.").
    void progressed(const QString &text);
    void finished(const WriteReport &report);

private:
    void setStage(Stage stage);
    ConfigFetch *fetch(const QList<ConfigType> &types, void (SafeWrite::*handler)(const FetchResult &));
    void onVersionsBefore(const ApiResult &result);
    void onFreshRead(const FetchResult &result);
    void afterFreshRead();
    void sendNext();
    void onStepRead(const FetchResult &result);
    void onStepFinished(const ApiResult &result);
    void onResolveRead(const FetchResult &result);
    void stopAfterStep();
    void verify();
    void onReadBack(const FetchResult &result);
    void probeVersion();
    void onVersionProbed(const ApiResult &result);
    void attributeVersions();
    void finishVerified();
    QSet<QString> ourEntities() const; // "type/entity" this write changes ("type/*" for a whole type)
    void finish(WriteReport::Outcome outcome);
    bool isUpgradeStep(qsizetype index) const;
    QList<ConfigType> verifyTypes() const;

    ApiClient *m_client;
    ChangePlan m_plan;
    Options m_options;
    Stage m_stage = Stage::Idle;
    WriteReport m_report;
    QJsonObject m_fresh;              // the configuration read just before sending (an upgrade's "before")
    QList<UpgradeRow> m_upgradedRows; // what _upgrade_perform said it changed
    ConfigFetch *m_fetch = nullptr;
    ApiCall *m_call = nullptr;
    qsizetype m_next = 0;
    bool m_sentAny = false;
    bool m_finished = false;

    // Versions: the newest before the write (with its configuration, to diff the next one against) and those
    // recorded since.
    int m_pendingReads = 0;
    std::optional<FetchResult> m_freshResult;
    std::optional<ConfigVersion> m_versionBefore; // unset: versioning off or not readable
    QList<ConfigVersion> m_versionsSince;
    int m_expectedVersions = 0; // how many versions this write's own requests should have recorded
    qint64 m_deadline = 0;
    QTimer *m_retry = nullptr;
    QList<JsonChange> m_readBackDifferences; // expected -> read back, over the verified types
};
