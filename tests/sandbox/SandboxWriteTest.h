#pragma once

// SandboxTest::WriteTest: the base of the tests that write through SafeWrite to the in-process sandbox over loopback
// (TestSafeWrite, TestRollback): the sandbox with a real ApiClient as admin, backups and a journal in a temporary
// directory per test function, and blocking helpers that read the configuration and run a ChangePlan. A test class
// derives from it and calls makeStores() from its init() slot and dropAll() from its cleanup() slot.

#include <memory>
#include <optional>

#include <QTemporaryDir>
#include <QtTest>

#include "app/api/ApiClient.h"
#include "app/api/ConfigFetch.h"
#include "app/write/BackupStore.h"
#include "app/write/SafeWrite.h"
#include "app/write/WriteJournal.h"
#include "tests/sandbox/SandboxTestSupport.h"

namespace SandboxTest {

class WriteTest : public QObject
{
protected:
    // `profile` is the profile name the writes carry into the journal.
    explicit WriteTest(QString profile) : m_profile(std::move(profile)) { }

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BackupStore> m_backups;
    std::unique_ptr<WriteJournal> m_journal;
    ApiClient *m_client = nullptr; // owned by the sandbox object

    void makeStores()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_backups = std::make_unique<BackupStore>(m_dir->filePath(QStringLiteral("backups")));
        m_journal = std::make_unique<WriteJournal>(m_dir->filePath(QStringLiteral("journal.jsonl")));
    }

    void dropAll()
    {
        m_sandbox.reset();
        m_journal.reset();
        m_backups.reset();
        m_dir.reset();
    }

    void startSandbox(SandboxOptions options = fastOptions())
    {
        m_sandbox = std::make_unique<Sandbox>(std::move(options));
        QVERIFY(m_sandbox->start().ok());
        ConnectionSettings settings;
        settings.baseUrl = m_sandbox->url();
        settings.userName = QStringLiteral("admin");
        settings.password = QStringLiteral("admin");
        m_client = ApiClient::create(settings, m_sandbox.get()).value();
    }

    // The whole configuration as ConfigFetch reads it; empty on failure.
    QJsonObject read(ApiClient *client = nullptr)
    {
        std::optional<FetchResult> result;
        auto *fetch = new ConfigFetch(client ? client : m_client);
        connect(fetch, &ConfigFetch::finished, this, [&](const FetchResult &r) { result = r; });
        fetch->start();
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000) || !*result)
            return {};
        return (*result)->document;
    }

    // Runs the plan through SafeWrite (backups and journal on) and waits for its report; empty on a timeout.
    WriteReport run(const ChangePlan &plan, ApiClient *client = nullptr, QList<SafeWrite::Stage> *stages = nullptr)
    {
        std::optional<WriteReport> report;
        auto *write =
            new SafeWrite(client ? client : m_client, plan, {m_profile, m_backups.get(), m_journal.get(), true, true});
        connect(write, &SafeWrite::finished, this, [&](const WriteReport &r) { report = r; });
        if (stages)
            connect(write, &SafeWrite::stageChanged, this, [stages](SafeWrite::Stage s) { stages->append(s); });
        write->start();
        if (!QTest::qWaitFor([&] { return report.has_value(); }, 30000))
            return {};
        return *report;
    }

private:
    QString m_profile;
};

} // namespace SandboxTest
