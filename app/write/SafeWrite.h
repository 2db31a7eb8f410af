#pragma once

// SafeWrite: runs one ChangePlan against a cluster through the safe-write pipeline, asynchronously, on the thread
// of its ApiClient (the GUI thread in the app). It owns nothing but itself; backups and journal are passed in.
//
//   Planning -> ReadingFresh -> (Conflict: stop, nothing written) -> BackingUp -> Sending -> Verifying -> Finished
//
// - ReadingFresh reads the whole configuration; when the plan's types differ from the plan's base, it stops
//   with a Conflict report (base / server / yours per touched path). Nothing is written.
// - BackingUp saves the fresh document (secrets redacted) in the BackupStore.
// - Sending sends the steps in order; a failure stops there, and the report says which steps were applied,
//   which one failed (with its ApiError) and which were not sent.
// - Verifying reads the changed types back and compares them with the plan's expected document. An upgrade step
//   (not verifiable: the server computes the change) is instead reported per performed entity, before (the fresh
//   read) and after (read back); its "no differences found" (400, or a 200 with nothing) means NothingToDo.
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
#include "app/write/BackupStore.h"
#include "app/write/ChangePlan.h"
#include "app/write/WriteJournal.h"
#include "app/write/WriteReport.h"

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
        bool checkConflicts = true;      // compare the plan's base with the fresh read
        bool verify = true;              // read back and compare after sending
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
    void onFreshRead(const FetchResult &result);
    void sendNext();
    void onStepFinished(const ApiResult &result);
    void verify();
    void onReadBack(const FetchResult &result);
    void finish(WriteReport::Outcome outcome);
    bool isUpgradeStep(qsizetype index) const;

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
    bool m_finished = false;
};
