#include "app/write/SafeWrite.h"
#include "app/domain/ConfigChanges.h"

#include <algorithm>

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>

#include "app/api/ResponseParsers.h"
#include "app/json/Json.h"
#include "app/write/Upgrade.h"
#include "app/write/WriteChecks.h"

using namespace Qt::StringLiterals;

namespace {

QString typeList(const QList<ConfigType> &types)
{
    QStringList keys;
    for (ConfigType type : types)
        keys << ConfigTypeInfo::key(type);
    return keys.join(u", "_s);
}

// A server's deliberate refusal (a 4xx with its message): reading back only confirms it. Anything else (a lost or
// cut answer, a gateway's page, a 5xx, a timeout) leaves the outcome unknown until the types are read back.
bool isCleanRefusal(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus >= 400 && error.httpStatus < 500;
}

// A configuration document of a version with its secrets fingerprinted: changed passwords show as changes, and
// nothing secret is kept.
QJsonObject comparableVersion(const ConfigVersion &version)
{
    return ConfigVersions::protectSecrets(version.toConfigDocument(true), ConfigVersions::SecretMode::Fingerprint);
}

} // namespace

SafeWrite::SafeWrite(ApiClient *client, ChangePlan plan, Options options, QObject *parent)
    : QObject(parent), m_client(client), m_plan(std::move(plan)), m_options(std::move(options))
{
    m_report.title = m_plan.title;
    m_report.lockoutAllowed = m_options.lockoutAllowed;
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

ConfigFetch *SafeWrite::fetch(const QList<ConfigType> &types, void (SafeWrite::*handler)(const FetchResult &))
{
    m_fetch = new ConfigFetch(m_client, types, this);
    connect(m_fetch, &ConfigFetch::finished, this, handler);
    m_fetch->start();
    return m_fetch;
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
    m_pendingReads = m_options.checkVersions ? 2 : 1;
    if (m_options.checkVersions) {
        m_call = m_client->send(SecurityApi::versions());
        connect(m_call, &ApiCall::finished, this, &SafeWrite::onVersionsBefore);
    }
    fetch(ConfigTypeInfo::all(), &SafeWrite::onFreshRead);
}

bool SafeWrite::cancel()
{
    if (m_finished || m_sentAny)
        return false;
    if (m_fetch) {
        ConfigFetch *pending = m_fetch;
        m_fetch = nullptr;
        disconnect(pending, nullptr, this, nullptr);
        pending->cancel();
    }
    if (m_call) {
        ApiCall *pending = m_call;
        m_call = nullptr;
        disconnect(pending, nullptr, this, nullptr);
        pending->cancel();
    }
    finish(WriteReport::Outcome::Cancelled);
    return true;
}

void SafeWrite::onVersionsBefore(const ApiResult &result)
{
    m_call = nullptr;
    if (m_finished)
        return;
    if (result) {
        auto versions = ResponseParsers::versions(result->json);
        if (versions && !versions->isEmpty()) {
            ConfigVersions::sort(*versions);
            if (versions->last().number >= 0)
                m_versionBefore = versions->last();
        }
    } else if (!result.error().isNoHandler() && result.error().httpStatus != 403) {
        m_report.notes << tr("The version list could not be read (%1): versions other writers record meanwhile are "
                             "not checked.")
                              .arg(result.error().userMessage());
    }
    if (--m_pendingReads == 0)
        afterFreshRead();
}

void SafeWrite::onFreshRead(const FetchResult &result)
{
    m_fetch = nullptr;
    m_freshResult = result;
    if (--m_pendingReads == 0)
        afterFreshRead();
}

void SafeWrite::afterFreshRead()
{
    if (m_finished)
        return;
    const FetchResult &result = *m_freshResult;
    if (!result) {
        m_report.apiError = result.error();
        m_report.readFailed = true;
        return finish(WriteReport::Outcome::Failed);
    }
    for (ConfigType type : std::as_const(m_plan.types)) {
        if (result->unavailable.contains(type)) {
            m_report.error =
                Error {u"write.unavailable"_s,
                       tr("%1 cannot be read: %2").arg(ConfigTypeInfo::key(type), result->unavailable.value(type)),
                       {}};
            m_report.readFailed = true;
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
    m_freshResult.reset();
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
    if (!m_options.checkConflicts) {
        onStepRead(FetchedConfig {m_fresh, {}, {}, {}});
        return;
    }
    // Narrow the window for lost updates: the plugin has no ETag, so read the step's types again right before its
    // request and stop when another writer changed them since the base.
    const WriteStep &step = m_plan.steps.at(m_next);
    emit progressed(tr("Reading %1 again just before sending").arg(typeList(step.types)));
    fetch(step.types, &SafeWrite::onStepRead);
}

void SafeWrite::onStepRead(const FetchResult &result)
{
    m_fetch = nullptr;
    if (m_finished)
        return;
    const WriteStep &step = m_plan.steps.at(m_next);
    if (!result) {
        m_report.apiError = result.error();
        m_report.readFailed = !m_sentAny;
        return stopAfterStep();
    }
    for (ConfigType type : step.types) {
        if (result->unavailable.contains(type)) {
            m_report.error =
                Error {u"write.unavailable"_s,
                       tr("%1 cannot be read: %2").arg(ConfigTypeInfo::key(type), result->unavailable.value(type)),
                       {}};
            m_report.readFailed = !m_sentAny;
            return stopAfterStep();
        }
    }
    if (m_options.checkConflicts) {
        ConflictReport conflict = WriteChecks::conflict(m_plan, result->document, step.types);
        if (!conflict.isEmpty()) {
            if (!m_sentAny) {
                m_report.conflict = conflict;
                return finish(WriteReport::Outcome::Conflict);
            }
            // Part of the plan is on the cluster already: name what the other writer changed, send nothing more.
            const QSet<QString> entities = WriteChecks::entitiesOf(conflict.serverChanges);
            QStringList names(entities.begin(), entities.end());
            names.sort();
            m_report.concurrent.append({QString(), QString(), names});
            m_report.conflict = conflict;
            emit progressed(tr("Another change landed in %1 meanwhile; %2 is not sent.")
                                .arg(conflict.types.join(u", "_s), step.label));
            return stopAfterStep();
        }
    }
    m_sentAny = true;
    m_call = m_client->send(step.request);
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
        const ApiError &error = result.error();
        step.error = error;
        m_report.apiError = error;
        if (!error.mayHaveReachedServer) {
            step.status = StepOutcome::Status::Failed;
            emit progressed(tr("%1 failed before it reached the server: %2").arg(step.label, error.userMessage()));
            return stopAfterStep();
        }
        // The server may have applied it: never send it again, read back and report what is there.
        emit progressed(tr("%1: %2. Reading %3 back to find out what the cluster holds.")
                            .arg(step.label, error.userMessage(), typeList(m_plan.steps.at(m_next).types)));
        fetch(m_plan.steps.at(m_next).types, &SafeWrite::onResolveRead);
        return;
    }
    const ServerMessage message = ResponseParsers::message(result->json);
    step.serverMessage = message.message;
    step.status = message.noUpdatesRequired() ? StepOutcome::Status::NoChange : StepOutcome::Status::Applied;
    emit progressed(tr("%1: %2").arg(step.label, message.message.isEmpty() ? tr("done") : message.message));
    ++m_next;
    sendNext();
}

void SafeWrite::onResolveRead(const FetchResult &result)
{
    m_fetch = nullptr;
    StepOutcome &step = m_report.steps[m_next];
    const WriteStep &planned = m_plan.steps.at(m_next);
    const bool clean = step.error && isCleanRefusal(*step.error);
    if (!result) {
        step.status = StepOutcome::Status::Unknown;
        m_report.outcomeWasUnknown = true;
        if (result.error().isAuthenticationFailure())
            m_report.accessLost = true;
        m_report.notes << tr("Reading back failed: %1").arg(result.error().userMessage());
        return finish(WriteReport::Outcome::Unknown);
    }
    for (ConfigType type : planned.types) {
        if (result->unavailable.contains(type)) {
            step.status = StepOutcome::Status::Unknown;
            m_report.outcomeWasUnknown = true;
            m_report.accessLost = true;
            m_report.notes
                << tr("You can no longer read %1: %2").arg(ConfigTypeInfo::key(type), result->unavailable.value(type));
            return finish(WriteReport::Outcome::Unknown);
        }
    }
    const WriteChecks::Resolution resolution =
        WriteChecks::resolve(m_fresh, m_plan.expected, result->document, planned.types, planned.verifiable);
    switch (resolution.found) {
    case WriteChecks::Resolution::Found::NotApplied:
        step.status = clean ? StepOutcome::Status::Failed : StepOutcome::Status::UnknownNotApplied;
        m_report.outcomeWasUnknown = m_report.outcomeWasUnknown || !clean;
        emit progressed(tr("Read back: %1 was not applied.").arg(step.label));
        return stopAfterStep();
    case WriteChecks::Resolution::Found::Applied:
        step.status = StepOutcome::Status::UnknownApplied;
        m_report.outcomeWasUnknown = true;
        emit progressed(tr("Read back: %1 was applied.").arg(step.label));
        ++m_next;
        return sendNext();
    case WriteChecks::Resolution::Found::Differs:
        step.status = StepOutcome::Status::UnknownDiffers;
        m_report.outcomeWasUnknown = true;
        m_report.differences = resolution.differences;
        emit progressed(tr("Read back: %1 changed the configuration, but not as planned.").arg(step.label));
        break;
    }
    const bool earlierApplied = std::any_of(m_report.steps.cbegin(), m_report.steps.cbegin() + m_next,
                                            [](const StepOutcome &s) { return s.isApplied(); });
    finish(earlierApplied ? WriteReport::Outcome::PartiallyApplied : WriteReport::Outcome::VerificationFailed);
}

void SafeWrite::stopAfterStep()
{
    const bool anyApplied =
        std::any_of(m_report.steps.cbegin(), m_report.steps.cend(), [](const StepOutcome &s) { return s.isApplied(); });
    finish(anyApplied ? WriteReport::Outcome::PartiallyApplied : WriteReport::Outcome::Failed);
}

QList<ConfigType> SafeWrite::verifyTypes() const
{
    QList<ConfigType> types;
    for (qsizetype i = 0; i < m_plan.steps.size(); ++i) {
        const WriteStep &step = m_plan.steps.at(i);
        // An upgrade step is read back for its before/after report when it changed something.
        if (!step.verifiable && !(isUpgradeStep(i) && m_report.steps.at(i).isApplied()))
            continue;
        for (ConfigType type : step.types) {
            if (!types.contains(type))
                types.append(type);
        }
    }
    return types;
}

void SafeWrite::verify()
{
    const QList<ConfigType> types = verifyTypes();
    if (types.isEmpty())
        return finish(m_report.wroteSomething() || m_plan.kind != ChangePlan::Kind::Upgrade
                          ? WriteReport::Outcome::Applied
                          : WriteReport::Outcome::NothingToDo);
    setStage(Stage::Verifying);
    fetch(types, &SafeWrite::onReadBack);
}

void SafeWrite::onReadBack(const FetchResult &result)
{
    m_fetch = nullptr;
    if (!result) {
        if (result.error().isAuthenticationFailure()) {
            m_report.accessLost = true;
            m_report.unverifiable
                << tr("you can no longer log in as %1 (the server answers 401)").arg(m_client->settings().userName);
        } else {
            m_report.unverifiable
                << tr("the configuration could not be read back (%1)").arg(result.error().userMessage());
        }
        return finish(WriteReport::Outcome::AppliedUnverified);
    }
    QList<ConfigType> types;
    for (qsizetype i = 0; i < m_plan.steps.size(); ++i) {
        const WriteStep &step = m_plan.steps.at(i);
        for (ConfigType type : step.types) {
            if (!step.verifiable || types.contains(type))
                continue;
            if (result->unavailable.contains(type)) {
                m_report.accessLost = true;
                m_report.unverifiable
                    << tr("you can no longer read %1, so it could not be verified").arg(ConfigTypeInfo::key(type));
                continue;
            }
            types.append(type);
        }
    }
    if (!m_upgradedRows.isEmpty()) {
        m_report.upgraded = Upgrade::results(m_upgradedRows, m_fresh, result->document);
        emit progressed(tr("Read back: %n entity(ies) upgraded, before and after recorded.", nullptr,
                           int(m_report.upgraded.size())));
    }
    if (!types.isEmpty()) {
        const WriteChecks::Verification verification = WriteChecks::verify(m_plan.expected, result->document, types);
        m_readBackDifferences = verification.differences;
        m_report.notCompared = verification.notCompared;
    }
    if (!m_options.checkVersions || !m_versionBefore) {
        finishVerified();
        return;
    }
    // Versions are recorded asynchronously after each write: fetch the ones newer than the fresh read one by one,
    // waiting a little for this write's own.
    m_deadline = QDateTime::currentMSecsSinceEpoch() + m_options.versionWaitMs;
    int changedSteps = 0;
    for (qsizetype i = 0; i < m_plan.steps.size(); ++i) {
        if (!m_report.steps.at(i).isApplied())
            continue;
        for (ConfigType type : m_plan.steps.at(i).types) {
            const QString key = ConfigTypeInfo::key(type);
            if (!result->document.contains(key) || !Json::equals(result->document.value(key), m_fresh.value(key))) {
                ++changedSteps;
                break;
            }
        }
    }
    m_expectedVersions = changedSteps;
    probeVersion();
}

void SafeWrite::probeVersion()
{
    const QString id = u"v"_s + QString::number(m_versionBefore->number + 1 + m_versionsSince.size());
    m_call = m_client->send(SecurityApi::version(id));
    connect(m_call, &ApiCall::finished, this, &SafeWrite::onVersionProbed);
}

void SafeWrite::onVersionProbed(const ApiResult &result)
{
    m_call = nullptr;
    if (result) {
        const auto versions = ResponseParsers::versions(result->json);
        if (versions && versions->size() == 1) {
            m_versionsSince.append(versions->first());
            return probeVersion();
        }
    } else if (result.error().httpStatus != 404) {
        m_report.notes
            << tr("The versions recorded meanwhile could not be read (%1).").arg(result.error().userMessage());
        return finishVerified();
    }
    if (m_versionsSince.size() < m_expectedVersions && QDateTime::currentMSecsSinceEpoch() < m_deadline) {
        if (!m_retry) {
            m_retry = new QTimer(this);
            m_retry->setSingleShot(true);
            m_retry->setInterval(200);
            connect(m_retry, &QTimer::timeout, this, &SafeWrite::probeVersion);
        }
        m_retry->start();
        return;
    }
    attributeVersions();
    finishVerified();
}

void SafeWrite::attributeVersions()
{
    if (m_versionsSince.isEmpty())
        return;
    const QSet<QString> ours = ourEntities();
    const QString user = m_client->settings().userName;
    int remainingOurs = m_expectedVersions;
    QJsonObject previous = comparableVersion(*m_versionBefore);
    for (const ConfigVersion &version : std::as_const(m_versionsSince)) {
        const QJsonObject document = comparableVersion(version);
        const QSet<QString> changed = WriteChecks::entitiesOf(JsonDiff::changes(previous, document));
        previous = document;
        if (changed.isEmpty())
            continue;
        // modified_by is the acting user, or "system" on plugin versions that lose it.
        const bool byUs =
            version.modifiedBy.isEmpty() || version.modifiedBy == user || version.modifiedBy == u"system"_s;
        const bool withinOurs = std::all_of(changed.begin(), changed.end(), [&ours](const QString &entity) {
            return WriteChecks::containsEntity(ours, entity);
        });
        if (remainingOurs > 0 && byUs && withinOurs) {
            --remainingOurs;
            continue;
        }
        QStringList names(changed.begin(), changed.end());
        names.sort();
        m_report.concurrent.append({version.id, version.modifiedBy, names});
    }
}

QSet<QString> SafeWrite::ourEntities() const
{
    QSet<QString> entities = WriteChecks::entitiesOf(m_plan.changes());
    for (const WriteStep &step : m_plan.steps) {
        if (step.verifiable)
            continue;
        for (ConfigType type : step.types)
            entities.insert(ConfigTypeInfo::key(type) + u"/*"_s);
    }
    return entities;
}

void SafeWrite::finishVerified()
{
    const QSet<QString> ours = ourEntities();
    QList<JsonChange> ourDifferences;
    QSet<QString> othersEntities;
    for (const JsonChange &change : std::as_const(m_readBackDifferences)) {
        const QString entity = ConfigChanges::key(change);
        if (WriteChecks::containsEntity(ours, entity))
            ourDifferences.append(change);
        else
            othersEntities.insert(entity);
    }
    // Differences outside this write's entities are another writer's; a version may already name them.
    for (const ConcurrentChange &change : std::as_const(m_report.concurrent)) {
        for (const QString &entity : change.entities)
            othersEntities.remove(entity);
    }
    if (!othersEntities.isEmpty()) {
        QStringList names(othersEntities.begin(), othersEntities.end());
        names.sort();
        m_report.concurrent.append({QString(), QString(), names});
    }
    m_report.differences = m_readBackDifferences;
    WriteReport::Outcome outcome = WriteReport::Outcome::Applied;
    if (!ourDifferences.isEmpty())
        outcome = WriteReport::Outcome::VerificationFailed;
    else if (!m_report.concurrent.isEmpty())
        outcome = WriteReport::Outcome::ConcurrentChange;
    else if (!m_report.unverifiable.isEmpty())
        outcome = WriteReport::Outcome::AppliedUnverified;
    else if (m_plan.kind == ChangePlan::Kind::Upgrade && !m_report.wroteSomething())
        outcome = WriteReport::Outcome::NothingToDo;
    m_report.verified = outcome == WriteReport::Outcome::Applied;
    if (outcome == WriteReport::Outcome::Applied && !m_readBackDifferences.isEmpty())
        m_report.verified = false;
    emit progressed(m_report.verified ? tr("Verified: the configuration read back matches the plan.")
                                      : tr("Verification: %1").arg(WriteReport::outcomeName(outcome)));
    finish(outcome);
}

void SafeWrite::finish(WriteReport::Outcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_retry)
        m_retry->stop();
    m_report.outcome = outcome;
    if (m_sentAny && m_options.journal) {
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
