#include "app/write/SafeWrite.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>

#include "app/api/ResponseParsers.h"
#include "app/write/Upgrade.h"
#include "app/write/WriteChecks.h"

using namespace Qt::StringLiterals;

SafeWrite::SafeWrite(ApiClient *client, ChangePlan plan, Options options, QObject *parent)
    : QObject(parent), m_client(client), m_plan(std::move(plan)), m_options(std::move(options))
{
    m_report.title = m_plan.title;
    for (const WriteStep &step : std::as_const(m_plan.steps)) {
        StepOutcome outcome;
        outcome.label = step.label;
        for (ConfigType type : step.types)
            outcome.types << ConfigTypeInfo::key(type);
        m_report.steps.append(outcome);
    }
}

QString SafeWrite::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Idle:
        return tr("Waiting");
    case Stage::Planning:
        return tr("Checking the plan");
    case Stage::ReadingFresh:
        return tr("Reading the current configuration");
    case Stage::BackingUp:
        return tr("Saving a backup");
    case Stage::Sending:
        return tr("Sending");
    case Stage::Verifying:
        return tr("Verifying");
    case Stage::Finished:
        return tr("Finished");
    }
    return {};
}

void SafeWrite::setStage(Stage stage)
{
    m_stage = stage;
    emit stageChanged(stage);
}

void SafeWrite::start()
{
    if (m_stage != Stage::Idle)
        return;
    setStage(Stage::Planning);
    Q_ASSERT(m_options.backups);
    if (!m_options.backups) {
        m_report.error = Error {u"write.setup"_s, tr("No backup store: a write is never sent without a backup."), {}};
        return finish(WriteReport::Outcome::Failed);
    }
    if (m_plan.isEmpty())
        return finish(WriteReport::Outcome::NothingToDo);
    setStage(Stage::ReadingFresh);
    m_fetch = new ConfigFetch(m_client, ConfigTypeInfo::all(), this);
    connect(m_fetch, &ConfigFetch::finished, this, &SafeWrite::onFreshRead);
    m_fetch->start();
}

bool SafeWrite::cancel()
{
    if (m_finished)
        return false;
    if (m_stage == Stage::Sending || m_stage == Stage::Verifying)
        return false;
    if (m_fetch) {
        ConfigFetch *fetch = m_fetch;
        m_fetch = nullptr;
        disconnect(fetch, nullptr, this, nullptr);
        fetch->cancel();
    }
    finish(WriteReport::Outcome::Cancelled);
    return true;
}

void SafeWrite::onFreshRead(const FetchResult &result)
{
    m_fetch = nullptr;
    if (m_finished)
        return;
    if (!result) {
        m_report.apiError = result.error();
        return finish(WriteReport::Outcome::Failed);
    }
    for (ConfigType type : std::as_const(m_plan.types)) {
        if (result->unavailable.contains(type)) {
            m_report.error =
                Error {u"write.unavailable"_s,
                       tr("%1 cannot be read: %2").arg(ConfigTypeInfo::key(type), result->unavailable.value(type)),
                       {}};
            return finish(WriteReport::Outcome::Failed);
        }
    }
    if (m_options.checkConflicts) {
        m_report.conflict = WriteChecks::conflict(m_plan, result->document);
        if (!m_report.conflict.isEmpty())
            return finish(WriteReport::Outcome::Conflict);
    }

    setStage(Stage::BackingUp);
    const auto backup = m_options.backups->save(result->document, m_options.profile);
    if (!backup) {
        m_report.error = backup.error();
        return finish(WriteReport::Outcome::Failed);
    }
    m_report.backupPath = backup->path;
    m_fresh = result->document;
    emit progressed(tr("Backup saved: %1").arg(backup->path));

    setStage(Stage::Sending);
    sendNext();
}

void SafeWrite::sendNext()
{
    if (m_next >= m_plan.steps.size()) {
        if (!m_options.verify)
            return finish(m_plan.kind == ChangePlan::Kind::Upgrade && !m_report.wroteSomething()
                              ? WriteReport::Outcome::NothingToDo
                              : WriteReport::Outcome::Applied);
        return verify();
    }
    m_call = m_client->send(m_plan.steps.at(m_next).request);
    connect(m_call, &ApiCall::finished, this, &SafeWrite::onStepFinished);
}

bool SafeWrite::isUpgradeStep(qsizetype index) const
{
    return m_plan.kind == ChangePlan::Kind::Upgrade && !m_plan.steps.at(index).verifiable;
}

void SafeWrite::onStepFinished(const ApiResult &result)
{
    m_call = nullptr;
    StepOutcome &step = m_report.steps[m_next];
    if (isUpgradeStep(m_next)) {
        // "No differences found" (400) and a 200 with nothing upgraded both mean "up to date", not a failure.
        std::optional<UpgradeReport> performed;
        if (result) {
            auto parsed = ResponseParsers::upgradePerform(result->json);
            if (parsed)
                performed = *parsed;
        }
        if (!result && Upgrade::isUpToDate(result.error())) {
            step.status = StepOutcome::Status::NoChange;
            step.serverMessage = result.error().serverMessage;
        } else if (result && performed && performed->rows.isEmpty()) {
            step.status = StepOutcome::Status::NoChange;
            step.serverMessage = tr("nothing to upgrade");
        } else if (result && performed) {
            step.status = StepOutcome::Status::Applied;
            step.serverMessage = tr("%n entity(ies) upgraded", nullptr, int(performed->rows.size()));
            m_upgradedRows.append(performed->rows);
        }
        if (step.status != StepOutcome::Status::NotSent) {
            emit progressed(tr("%1: %2").arg(step.label, step.serverMessage));
            ++m_next;
            return sendNext();
        }
    }
    if (!result) {
        step.status = StepOutcome::Status::Failed;
        step.error = result.error();
        m_report.apiError = result.error();
        emit progressed(tr("%1 failed: %2").arg(step.label, result.error().userMessage()));
        return finish(m_next == 0 ? WriteReport::Outcome::Failed : WriteReport::Outcome::PartiallyApplied);
    }
    const ServerMessage message = ResponseParsers::message(result->json);
    step.serverMessage = message.message;
    step.status = message.noUpdatesRequired() ? StepOutcome::Status::NoChange : StepOutcome::Status::Applied;
    emit progressed(tr("%1: %2").arg(step.label, message.message.isEmpty() ? tr("done") : message.message));
    ++m_next;
    sendNext();
}

void SafeWrite::verify()
{
    QList<ConfigType> types;
    for (qsizetype i = 0; i < m_plan.steps.size(); ++i) {
        const WriteStep &step = m_plan.steps.at(i);
        // An upgrade step is read back for its before/after report when it changed something.
        if (!step.verifiable && !(isUpgradeStep(i) && m_report.steps.at(i).status == StepOutcome::Status::Applied))
            continue;
        for (ConfigType type : step.types) {
            if (!types.contains(type))
                types.append(type);
        }
    }
    if (types.isEmpty())
        return finish(m_report.wroteSomething() || m_plan.kind != ChangePlan::Kind::Upgrade
                          ? WriteReport::Outcome::Applied
                          : WriteReport::Outcome::NothingToDo);
    setStage(Stage::Verifying);
    m_fetch = new ConfigFetch(m_client, types, this);
    connect(m_fetch, &ConfigFetch::finished, this, &SafeWrite::onReadBack);
    m_fetch->start();
}

void SafeWrite::onReadBack(const FetchResult &result)
{
    m_fetch = nullptr;
    if (!result) {
        m_report.apiError = result.error();
        m_report.notes << tr("The configuration could not be read back, so the write is not verified.");
        return finish(WriteReport::Outcome::VerificationFailed);
    }
    QList<ConfigType> types;
    for (const WriteStep &step : std::as_const(m_plan.steps)) {
        for (ConfigType type : step.types) {
            if (step.verifiable && !types.contains(type))
                types.append(type);
        }
    }
    if (!m_upgradedRows.isEmpty()) {
        m_report.upgraded = Upgrade::results(m_upgradedRows, m_fresh, result->document);
        emit progressed(tr("Read back: %n entity(ies) upgraded, before and after recorded.", nullptr,
                           int(m_report.upgraded.size())));
    }
    m_report.verified = true;
    if (!types.isEmpty()) {
        const WriteChecks::Verification verification = WriteChecks::verify(m_plan.expected, result->document, types);
        m_report.differences = verification.differences;
        m_report.notCompared = verification.notCompared;
        m_report.verified = verification.differences.isEmpty();
        emit progressed(m_report.verified
                            ? tr("Verified: the configuration read back matches the plan.")
                            : tr("Verification found %n difference(s).", nullptr, int(m_report.differences.size())));
    }
    finish(m_report.verified ? WriteReport::Outcome::Applied : WriteReport::Outcome::VerificationFailed);
}

void SafeWrite::finish(WriteReport::Outcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_report.outcome = outcome;
    const bool sent = m_stage == Stage::Sending || m_stage == Stage::Verifying;
    if (sent && m_options.journal) {
        const ConnectionSettings &settings = m_client->settings();
        QJsonObject entry {
            {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {u"profile"_s, m_options.profile},
            {u"user"_s, settings.userName},
            {u"cluster"_s, settings.baseUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)},
            {u"plan"_s, m_plan.toJson()},
            {u"result"_s, m_report.toJson()},
            {u"backup"_s, QFileInfo(m_report.backupPath).fileName()},
        };
        if (auto written = m_options.journal->append(entry); !written)
            m_report.notes << tr("The journal could not be written: %1").arg(written.error().toString());
        m_report.journalEntry = entry;
    }
    setStage(Stage::Finished);
    emit finished(m_report);
    deleteLater();
}
