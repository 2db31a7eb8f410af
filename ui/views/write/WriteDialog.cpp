#include "ui/views/write/WriteDialog.h"

#include <algorithm>

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "app/api/ApiClient.h"
#include "app/api/ConfigFetch.h"
#include "app/common/WorkerPool.h"
#include "app/domain/ConfigChanges.h"
#include "app/domain/ConfigType.h"
#include "app/json/Json.h"
#include "app/models/ProblemsModel.h"
#include "app/write/BackupStore.h"
#include "app/write/Upgrade.h"
#include "ui/theme/Theme.h"
#include "ui/views/access/AccessChangesTree.h"
#include "ui/views/problems/LintDeltaTree.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/diff/DiffTreeView.h"

using namespace Qt::StringLiterals;

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return WriteDialog::tr("(absent)");
    return QString::fromUtf8(Json::serialize(value, Json::Format::Compact));
}

QFont fixedFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

const QList<SafeWrite::Stage> ShownStages = {SafeWrite::Stage::ReadingFresh, SafeWrite::Stage::BackingUp,
                                             SafeWrite::Stage::Sending, SafeWrite::Stage::Verifying};

// A request's status for people (the Result column keeps the short names the journal uses).
QString statusText(StepOutcome::Status status)
{
    switch (status) {
    case StepOutcome::Status::NotSent:
        return WriteDialog::tr("not sent");
    case StepOutcome::Status::Applied:
        return WriteDialog::tr("applied");
    case StepOutcome::Status::NoChange:
        return WriteDialog::tr("nothing to change");
    case StepOutcome::Status::Failed:
        return WriteDialog::tr("failed; nothing of it was applied");
    case StepOutcome::Status::Unknown:
        return WriteDialog::tr("the answer was lost, and the cluster could not be read back: unknown");
    case StepOutcome::Status::UnknownApplied:
        return WriteDialog::tr("the answer was lost; reading back shows it was applied");
    case StepOutcome::Status::UnknownNotApplied:
        return WriteDialog::tr("the answer was lost; reading back shows it was not applied");
    case StepOutcome::Status::UnknownDiffers:
        return WriteDialog::tr("the answer was lost; reading back shows a change other than the planned one");
    }
    return {};
}

// What the worker finds out about a plan before it can be confirmed.
struct PlanReview
{
    QList<JsonChange> changes;
    QList<Lockout> lockouts;
};

} // namespace

WriteDialog::WriteDialog(ChangePlan plan, Context context, QWidget *parent)
    : QDialog(parent), m_plan(std::move(plan)), m_context(std::move(context)), m_pages(new QStackedWidget(this))
{
    setObjectName(u"writeDialog"_s);
    setWindowTitle(tr("Send to the cluster"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    resize(900, 640);
    m_pages->addWidget(createConfirmPage());
    m_pages->addWidget(createProgressPage());
    m_pages->addWidget(createReportPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    showPlan();
}

WriteDialog::Page WriteDialog::page() const
{
    return Page(m_pages->currentIndex());
}

QWidget *WriteDialog::createConfirmPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"writeConfirmPage"_s);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_lockoutBar = new MessageBar(page);
    m_lockoutBar->setObjectName(u"writeLockoutBar"_s);
    m_title = new QLabel(page);
    m_title->setObjectName(u"writeTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_summary = new QLabel(page);
    m_summary->setObjectName(u"writeSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_warnings = new QLabel(page);
    m_warnings->setObjectName(u"writeWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_planTabs = new QTabWidget(page);
    m_planTabs->setObjectName(u"writePlanTabs"_s);
    m_changes = new DiffTreeView(page);
    m_changes->setObjectName(u"writeChanges"_s);
    m_requests = new QPlainTextEdit(page);
    m_requests->setObjectName(u"writeRequests"_s);
    m_requests->setReadOnly(true);
    m_requests->setLineWrapMode(QPlainTextEdit::WidgetWidth); // a command is one long line: show all of it
    m_requests->setFont(fixedFont());
    m_lintSummary = new QLabel(page);
    m_lintSummary->setObjectName(u"writeLintSummary"_s);
    m_lintSummary->setWordWrap(true);
    m_lintSummary->setTextFormat(Qt::PlainText);
    m_lintSummary->setAccessibleName(tr("Problems the change introduces or resolves"));
    m_findings = new LintDeltaTree(page);
    m_findings->setObjectName(u"writeFindings"_s);
    m_planTabs->addTab(m_changes, tr("Changes"));
    m_planTabs->addTab(m_requests, tr("Requests (curl)"));
    m_planTabs->addTab(m_findings, tr("Problems"));
    m_accessSummary = new QLabel(page);
    m_accessSummary->setObjectName(u"writeAccessSummary"_s);
    m_accessSummary->setWordWrap(true);
    m_accessSummary->setTextFormat(Qt::PlainText);
    m_accessSummary->setAccessibleName(tr("What the change does to access"));
    m_accessTree = new AccessChangesTree(page);
    m_accessTree->setObjectName(u"writeAccessChanges"_s);
    m_planTabs->addTab(m_accessTree, tr("Access"));
    m_planTabs->tabBar()->setAccessibleName(tr("Plan"));
    m_requests->setAccessibleName(tr("Requests as curl commands"));
    // Created after the plan and before the buttons: Tab goes from the plan to the name to type, then to Send.
    m_confirmRow = new QWidget(page);
    auto *confirmLayout = new QHBoxLayout(m_confirmRow);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    m_confirmLabel = new QLabel(m_confirmRow);
    m_confirmLabel->setObjectName(u"writeLockoutConfirmLabel"_s);
    m_confirmLabel->setTextFormat(Qt::PlainText);
    m_confirmEdit = new QLineEdit(m_confirmRow);
    m_confirmEdit->setObjectName(u"writeLockoutConfirm"_s);
    m_confirmEdit->setAccessibleName(tr("Name to type to confirm"));
    m_confirmLabel->setBuddy(m_confirmEdit);
    m_confirmEdit->setMinimumWidth(m_confirmEdit->fontMetrics().averageCharWidth() * 28);
    confirmLayout->addWidget(m_confirmLabel);
    confirmLayout->addWidget(m_confirmEdit);
    confirmLayout->addStretch();
    m_confirmRow->hide();
    connect(m_confirmEdit, &QLineEdit::textChanged, this, &WriteDialog::updateSendButton);

    auto *buttons = new QDialogButtonBox(page);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"writeSendButton"_s);
    m_send->setAccessibleDescription(tr("Write the changes to the cluster"));
    m_send->setAutoDefault(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"writeCancelButton"_s);
    m_cancel->setDefault(true); // Enter must not write
    connect(m_send, &QPushButton::clicked, this, &WriteDialog::send);
    connect(m_cancel, &QPushButton::clicked, this, &WriteDialog::reject);

    layout->addWidget(m_lockoutBar);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_warnings);
    layout->addWidget(m_lintSummary);
    layout->addWidget(m_accessSummary);
    layout->addWidget(m_planTabs, 1);
    layout->addWidget(m_confirmRow); // next to Send, where the name is typed last
    layout->addWidget(buttons);

    return page;
}

QWidget *WriteDialog::createProgressPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"writeProgressPage"_s);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stages = new QListWidget(page);
    m_stages->setObjectName(u"writeStages"_s);
    m_stages->setMaximumHeight(m_stages->sizeHintForRow(0) * 5 + 60);
    m_log = new QPlainTextEdit(page);
    m_log->setObjectName(u"writeLog"_s);
    m_log->setReadOnly(true);
    m_log->setFont(fixedFont());
    m_stages->setAccessibleName(tr("Stages of the write"));
    m_log->setAccessibleName(tr("Write log"));
    auto *buttons = new QDialogButtonBox(page);
    m_cancelWrite = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelWrite->setObjectName(u"writeCancelWriteButton"_s);
    m_cancelWrite->setToolTip(tr("Stop before the first request is sent"));
    connect(m_cancelWrite, &QPushButton::clicked, this, [this] {
        if (m_write)
            m_write->cancel();
    });
    layout->addWidget(new QLabel(tr("Writing to the cluster\u2026"), page));
    layout->addWidget(m_stages);
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);
    return page;
}

QWidget *WriteDialog::createReportPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"writeReportPage"_s);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_outcome = new QLabel(page);
    m_outcome->setObjectName(u"writeOutcome"_s);
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_outcome->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_outcome->setFont(bold);
    m_reportTabs = new QTabWidget(page);
    m_reportTabs->setObjectName(u"writeReportTabs"_s);
    m_steps = new QTreeWidget(page);
    m_steps->setObjectName(u"writeSteps"_s);
    m_steps->setRootIsDecorated(false);
    m_steps->setHeaderLabels({tr("Request"), tr("Types"), tr("Result"), tr("Server message")});
    // The selected request's whole message, wrapped: a server's message is never cut off.
    m_stepDetails = new QPlainTextEdit(page);
    m_stepDetails->setObjectName(u"writeStepDetails"_s);
    m_stepDetails->setReadOnly(true);
    m_stepDetails->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_stepDetails->setAccessibleName(tr("The selected request's whole message"));
    m_stepDetails->setMaximumHeight(m_stepDetails->fontMetrics().lineSpacing() * 6 + 12);
    connect(m_steps, &QTreeWidget::currentItemChanged, this, &WriteDialog::showStepDetails);
    m_conflict = new QTreeWidget(page);
    m_conflict->setObjectName(u"writeConflict"_s);
    m_conflict->setRootIsDecorated(false);
    m_conflict->setHeaderLabels({tr("Path"), tr("Base (when edited)"), tr("Server (now)"), tr("Yours")});
    m_serverChanges = new DiffTreeView(page);
    m_serverChanges->setObjectName(u"writeServerChanges"_s);
    m_differences = new DiffTreeView(page);
    m_differences->setObjectName(u"writeDifferences"_s);
    m_reportText = new QPlainTextEdit(page);
    m_reportText->setObjectName(u"writeReportText"_s);
    m_reportText->setReadOnly(true);
    m_reportText->setFont(fixedFont());
    m_reportTabs->tabBar()->setAccessibleName(tr("Report"));
    m_steps->setAccessibleName(tr("Requests and their results"));
    m_conflict->setAccessibleName(tr("Conflicting paths"));
    m_reportText->setAccessibleName(tr("Report as text"));
    m_reportAccess = new AccessChangesTree(page);
    m_reportAccess->setObjectName(u"writeReportAccessChanges"_s);
    auto *buttons = new QDialogButtonBox(page);
    m_restore = buttons->addButton(tr("Restore from backup\u2026"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(u"writeRestoreButton"_s);
    m_restore->setAutoDefault(false);
    m_restore->setToolTip(tr("Turn the types written so far back into the backup taken before this write"));
    m_copy = buttons->addButton(tr("Copy details"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"writeCopyButton"_s);
    m_copy->setAutoDefault(false);
    m_copy->setToolTip(tr("Copy the whole report as text"));
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_report.text()); });
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"writeCloseButton"_s);
    m_close->setDefault(true);
    connect(m_restore, &QPushButton::clicked, this, &WriteDialog::restoreFromBackup);
    connect(m_close, &QPushButton::clicked, this, &WriteDialog::reject);
    layout->addWidget(m_outcome);
    layout->addWidget(m_reportTabs, 1);
    layout->addWidget(m_stepDetails);
    layout->addWidget(buttons);
    return page;
}

void WriteDialog::showPlan()
{
    m_lockouts.clear();
    m_confirmEdit->clear();
    m_confirmRow->hide();
    if (m_context.dangerWarnings.isEmpty())
        m_lockoutBar->hide();
    else
        m_lockoutBar->showMessage(MessageBar::Kind::Error, m_context.dangerWarnings.join(u'\n'));
    m_title->setText(m_plan.title);
    m_lintDelta = {};
    m_findings->clear();

    // An upgrade's change is computed by the server: there is no diff to show before, only the entities.
    const bool upgrade = m_plan.kind == ChangePlan::Kind::Upgrade;
    m_planTabs->setTabVisible(m_planTabs->indexOf(m_changes), !upgrade);
    if (upgrade) {
        m_changesReady = true;
        m_summary->setText(
            (m_plan.upgradeEntities.isEmpty()
                 ? tr("Upgrades everything the check listed to the defaults the cluster ships.")
                 : tr("Upgrades these entities to the defaults the cluster ships: %1.")
                       .arg(m_plan.upgradeEntities.join(u", "_s)))
            + u' '
            + tr("The server computes the change. The roles are read again first; if they changed since the check, "
                 "nothing is written. A backup is saved before sending; afterwards each performed entity is read "
                 "back and shown before and after."));
    } else {
        // The change list (redaction and a diff of every touched type) takes seconds on a configuration of tens of
        // megabytes, and the lockout check walks every mapping: both run on a worker, and Send waits for them
        // (nobody confirms changes they cannot see).
        m_changesReady = false;
        m_summary->setText(tr("Computing the changes\u2026"));
        WorkerPool::whenFinished(
            this,
            QtConcurrent::run(
                WorkerPool::instance(),
                [plan = m_plan, guard = m_context.guard] {
                    return PlanReview {plan.changes(), PatchGuards::lockouts(plan.base, plan.expected, guard)};
                }),
            [this](const QFuture<PlanReview> &review) {
                showReview(review.result().changes, review.result().lockouts);
            });
    }
    // Lint the configuration before and after, on a worker too: apart from the change list, which shows first.
    const bool lint = !upgrade && m_context.lint.has_value();
    m_lintReady = !lint;
    m_lintSummary->setVisible(lint);
    m_planTabs->setTabVisible(m_planTabs->indexOf(m_findings), lint);
    if (lint) {
        m_lintSummary->setText(tr("Checking the change for configuration problems\u2026"));
        m_lint.run(
            [base = m_plan.base, expected = m_plan.expected, context = *m_context.lint](const CancelToken &) {
                // The live configuration's baseline is shared with the Problems dock and the patch editor.
                return Lint::baseline(base, context)->change(expected);
            },
            [this](const LintDelta &delta) { showLint(delta); });
    } else {
        m_lint.cancel();
    }
    // Who gains and loses what, on a worker too; shown when ready, without holding Send back. The server computes an
    // upgrade: before it, only who holds the roles it changes can be said.
    const bool access = m_context.accessIndices.has_value();
    m_accessReady = !access;
    m_accessChanges = {};
    m_accessTree->setChanges({});
    m_accessSummary->setVisible(access);
    m_planTabs->setTabVisible(m_planTabs->indexOf(m_accessTree), access && !upgrade);
    if (access && upgrade) {
        m_accessSummary->setText(tr("Working out who holds the roles the upgrade changes\u2026"));
        m_access.run([configuration = m_context.configuration, roles = m_plan.upgradeEntities,
                      settings = m_context.lint ? m_context.lint->settings : NodeSettings()](
                         const CancelToken &) { return AccessImpact::reach(configuration, settings, roles); },
                     [this](const RoleReach &reach) { showReach(reach); });
    } else if (access) {
        m_accessSummary->setText(tr("Working out what the change does to access\u2026"));
        m_access.run(
            [base = m_plan.base, expected = m_plan.expected, indices = *m_context.accessIndices,
             settings = m_context.lint ? m_context.lint->settings : NodeSettings()](const CancelToken &token) {
                return AccessImpact::compare(base, expected, settings, indices,
                                             [token] { return token.isCancelled(); });
            },
            [this](const AccessChanges &changes) { showAccess(changes); });
    } else {
        m_access.cancel();
    }
    if (m_plan.warnings.isEmpty()) {
        m_warnings->hide();
    } else {
        QStringList lines;
        for (const QString &warning : m_plan.warnings)
            lines << u"\u26a0 "_s + warning;
        m_warnings->setText(lines.join(u'\n'));
        m_warnings->show();
    }
    QStringList requests;
    const ConnectionSettings settings = m_context.client ? m_context.client->settings() : ConnectionSettings();
    for (const WriteStep &step : m_plan.steps)
        requests << u"# "_s + step.label + u'\n' + step.curlText(settings);
    m_requests->setPlainText(requests.join(u"\n\n"_s));
    updateSendButton();
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    m_pages->setCurrentIndex(int(Page::Confirm));
}

void WriteDialog::showReview(const QList<JsonChange> &changes, const QList<Lockout> &lockouts)
{
    m_changesReady = true;
    m_lockouts = lockouts;
    updateConfirmation();
    QMap<QString, QSet<QString>> entities;
    for (const JsonChange &change : changes)
        entities[ConfigChanges::type(change)].insert(ConfigChanges::entity(change));
    QStringList parts;
    for (auto it = entities.cbegin(); it != entities.cend(); ++it)
        parts << tr("%1: %n entity(ies)", nullptr, int(it.value().size())).arg(it.key());
    QStringList labels;
    for (const WriteStep &step : std::as_const(m_plan.steps))
        labels << step.label;
    m_summary->setText(
        (parts.isEmpty() ? tr("Nothing changes.") : tr("Changes %1.").arg(parts.join(u"; "_s))) + u' '
        + tr("%n request(s), sent in order: %1.", nullptr, int(m_plan.steps.size())).arg(labels.join(u", "_s)) + u' '
        + tr("The configuration is read again first, and each type again just before its request; if it changed "
             "since it was loaded, nothing more is written. A backup is saved before sending."));
    m_changes->setChanges(changes);
    updateSendButton();
}

namespace { } // namespace

void WriteDialog::showLint(const LintDelta &delta)
{
    m_lintReady = true;
    m_lintDelta = delta;
    m_findings->setDelta(delta);
    m_lintSummary->setText(LintDeltaTree::summary(delta));
    m_planTabs->setTabText(m_planTabs->indexOf(m_findings), LintDeltaTree::tabTitle(delta));
    // New high or critical problems are what the user has to see before sending; the summary line names the others.
    if (LintDeltaTree::introducesSerious(delta))
        m_planTabs->setCurrentWidget(m_findings);
    updateConfirmation();
}

void WriteDialog::showAccess(const AccessChanges &changes)
{
    m_accessReady = true;
    m_accessChanges = changes;
    m_accessTree->setChanges(changes);
    m_accessSummary->setText(tr("Access: %1").arg(AccessChangesTree::summary(changes)));
    m_planTabs->setTabText(m_planTabs->indexOf(m_accessTree), AccessChangesTree::tabTitle(changes));
}

void WriteDialog::showReach(const RoleReach &reach)
{
    m_accessReady = true;
    const QString after = tr("The server computes the upgrade, so what it changes in access is worked out once it is "
                             "done, in the report.");
    if (reach.roles.isEmpty()) {
        m_accessSummary->setText(tr("Access: the check named no roles, so who the upgrade reaches is not known before "
                                    "it. %1")
                                     .arg(after));
        return;
    }
    m_accessSummary->setText(tr("Access: %1").arg(reach.lines(8).join(u"\n  "_s))
                             + (reach.isEmpty() ? QString() : u'\n' + after));
}

// What the upgrade changed in access: the configuration as last read, with each performed role as it was before and
// as it was read back.
void WriteDialog::compareUpgradedAccess()
{
    m_reportAccess->setChanges({});
    const bool compare = m_plan.kind == ChangePlan::Kind::Upgrade && m_context.accessIndices.has_value()
                         && !m_report.upgraded.isEmpty() && !m_restoring;
    if (!compare)
        return;
    m_accessReady = false;
    m_reportTabs->addTab(m_reportAccess, tr("Access (working it out\u2026)"));
    m_access.run(
        [configuration = m_context.configuration, upgraded = m_report.upgraded, indices = *m_context.accessIndices,
         settings = m_context.lint ? m_context.lint->settings : NodeSettings()](const CancelToken &token) {
            // Both sides on the worker: replacing roles copies the type's whole object.
            const auto [before, after] = Upgrade::sides(configuration, upgraded);
            return AccessImpact::compare(before, after, settings, indices, [token] { return token.isCancelled(); });
        },
        [this](const AccessChanges &changes) {
            m_accessReady = true;
            m_accessChanges = changes;
            m_reportAccess->setChanges(changes);
            m_reportTabs->setTabText(m_reportTabs->indexOf(m_reportAccess), AccessChangesTree::tabTitle(changes));
            m_outcome->setText(m_outcome->text() + u'\n' + tr("Access: %1").arg(AccessChangesTree::summary(changes)));
        });
}

QString WriteDialog::confirmationName() const
{
    if (!m_lockouts.isEmpty())
        return m_lockouts.constFirst().entity;
    const QList<LintFinding> criticals = LintDeltaTree::critical(m_lintDelta.introduced);
    if (criticals.isEmpty())
        return {};
    const LintFinding &first = criticals.constFirst();
    return first.entity.isEmpty() ? first.type : first.entity;
}

void WriteDialog::updateConfirmation()
{
    // Loud at the top, with the one thing that unlocks Send: the name of the entity that causes it.
    QStringList messages = m_context.dangerWarnings;
    if (!m_lockouts.isEmpty())
        messages << PatchGuards::lockoutText(m_lockouts);
    const QList<LintFinding> criticals = LintDeltaTree::critical(m_lintDelta.introduced);
    for (const LintFinding &finding : criticals)
        messages << tr("Critical problem on %1: %2").arg(ProblemsModel::entityPointer(finding), finding.message);
    if (messages.isEmpty())
        m_lockoutBar->hide();
    else
        m_lockoutBar->showMessage(MessageBar::Kind::Error, messages.join(u'\n'));
    const QString name = confirmationName();
    if (name.isEmpty()) {
        m_confirmRow->hide();
    } else {
        if (!m_lockouts.isEmpty())
            m_confirmLabel->setText(
                tr("To send it anyway, type %1 (the name of %2):").arg(name, m_lockouts.constFirst().pointer));
        else
            m_confirmLabel->setText(tr("To send it anyway, type %1 (the entity with the critical problem, %2):")
                                        .arg(name, ProblemsModel::entityPointer(criticals.constFirst())));
        m_confirmEdit->setPlaceholderText(name);
        m_confirmRow->show();
    }
    updateSendButton();
}

void WriteDialog::updateSendButton()
{
    const QString name = confirmationName();
    const bool confirmed = name.isEmpty() || m_confirmEdit->text().trimmed() == name;
    m_send->setEnabled(m_changesReady && m_lintReady && confirmed && !m_plan.isEmpty() && m_context.client
                       && m_context.backups);
    if (m_plan.isEmpty())
        m_send->setToolTip(tr("The plan is empty: nothing to send"));
    else if (!m_changesReady)
        m_send->setToolTip(tr("The changes are being computed"));
    else if (!m_lintReady)
        m_send->setToolTip(tr("The change is being checked for configuration problems"));
    else if (!confirmed && !m_lockouts.isEmpty())
        m_send->setToolTip(tr("Type %1 above to confirm what this takes away").arg(name));
    else if (!confirmed)
        m_send->setToolTip(tr("Type %1 above to confirm the critical problem this change introduces").arg(name));
    else
        m_send->setToolTip(tr("Read the configuration again, save a backup, then send these requests"));
}

void WriteDialog::send()
{
    if (m_write || page() != Page::Confirm || !m_send->isEnabled())
        return;
    m_stages->clear();
    for (SafeWrite::Stage stage : ShownStages) {
        auto *item = new QListWidgetItem(SafeWrite::stageName(stage), m_stages);
        item->setData(Qt::UserRole, int(stage));
        item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_log->clear();
    m_cancelWrite->setEnabled(true);
    m_pages->setCurrentIndex(int(Page::Progress));
    SafeWrite::Options options {m_context.profile, m_context.backups, m_context.journal};
    options.lockoutAllowed = !m_lockouts.isEmpty();
    m_write = new SafeWrite(m_context.client, m_plan, options);
    connect(m_write, &SafeWrite::stageChanged, this, &WriteDialog::onStage);
    connect(m_write, &SafeWrite::progressed, this, [this](const QString &text) { m_log->appendPlainText(text); });
    connect(m_write, &SafeWrite::finished, this, &WriteDialog::onFinished);
    m_write->start();
}

void WriteDialog::onStage(SafeWrite::Stage stage)
{
    for (int row = 0; row < m_stages->count(); ++row) {
        QListWidgetItem *item = m_stages->item(row);
        const auto itemStage = SafeWrite::Stage(item->data(Qt::UserRole).toInt());
        QFont font = item->font();
        font.setBold(itemStage == stage);
        item->setFont(font);
        const bool done = int(itemStage) < int(stage);
        const bool current = itemStage == stage;
        item->setText((done ? u"\u2713 "_s : current ? u"\u25b6 "_s : u"   "_s) + SafeWrite::stageName(itemStage));
        item->setForeground(palette().color(done || current ? QPalette::Active : QPalette::Disabled, QPalette::Text));
    }
    // Cancelling is possible until the first request is on its way.
    m_cancelWrite->setEnabled(int(stage) < int(SafeWrite::Stage::Sending));
}

void WriteDialog::onFinished(const WriteReport &report)
{
    m_report = report;
    m_hasReport = true;
    m_write = nullptr; // deletes itself
    showReport();
    emit writeFinished(report, m_restoring);
}

void WriteDialog::showReport()
{
    const WriteReport &report = m_report;
    QString mark;
    switch (report.outcome) {
    case WriteReport::Outcome::Applied:
        mark = u"\u2713 "_s;
        break;
    case WriteReport::Outcome::Conflict:
    case WriteReport::Outcome::Failed:
    case WriteReport::Outcome::Unknown:
        mark = u"\u2715 "_s;
        break;
    case WriteReport::Outcome::PartiallyApplied:
    case WriteReport::Outcome::VerificationFailed:
    case WriteReport::Outcome::ConcurrentChange:
    case WriteReport::Outcome::AppliedUnverified:
        mark = u"\u26a0 "_s;
        break;
    case WriteReport::Outcome::NothingToDo:
    case WriteReport::Outcome::Cancelled:
        break;
    }
    QString outcome = mark + report.headline();
    if (report.outcome == WriteReport::Outcome::NothingToDo && m_plan.kind == ChangePlan::Kind::Upgrade)
        outcome = tr("Up to date: there was nothing to upgrade.");
    if (report.outcome == WriteReport::Outcome::Conflict)
        outcome += u' ' + tr("Refresh, check the change and send again.");
    if (m_restoring)
        outcome = tr("Restore from backup: %1").arg(outcome);
    if (report.accessLost)
        outcome += u'\n'
                   + tr("Restoring it needs access you no longer have: another administrator (or securityadmin.sh "
                        "with the admin certificate) has to do that.");
    if (!report.backupPath.isEmpty())
        outcome += u'\n' + tr("Backup taken before sending: %1").arg(report.backupPath);
    m_outcome->setText(outcome);

    m_steps->clear();
    for (const StepOutcome &step : report.steps) {
        QString message = step.serverMessage;
        if (step.error)
            message = step.error->userMessage();
        auto *item = new QTreeWidgetItem(
            m_steps, {step.label, step.types.join(u", "_s), StepOutcome::statusName(step.status), message});
        item->setToolTip(2, statusText(step.status));
        item->setToolTip(3, message);
        if (step.status == StepOutcome::Status::Failed || step.isUnknown())
            item->setForeground(2, Theme::errorText(m_steps->palette()));
    }
    m_steps->header()->resizeSections(QHeaderView::ResizeToContents);

    m_conflict->clear();
    for (const ConflictEntry &entry : report.conflict.entries)
        new QTreeWidgetItem(m_conflict, {entry.path.toString(), valueText(entry.base), valueText(entry.server),
                                         valueText(entry.yours)});
    m_conflict->header()->resizeSections(QHeaderView::ResizeToContents);
    m_serverChanges->setChanges(report.conflict.serverChanges);
    m_differences->setChanges(report.differences);
    m_reportText->setPlainText(report.text());

    while (m_reportTabs->count() > 0)
        m_reportTabs->removeTab(0);
    if (!report.conflict.isEmpty())
        m_reportTabs->addTab(m_conflict, tr("Conflict: base / server / yours"));
    if (!report.conflict.serverChanges.isEmpty())
        m_reportTabs->addTab(m_serverChanges, tr("Changed on the server"));
    if (!report.steps.isEmpty() && report.outcome != WriteReport::Outcome::Conflict)
        m_reportTabs->addTab(m_steps, tr("Requests"));
    if (!report.differences.isEmpty())
        m_reportTabs->addTab(m_differences, tr("Differences"));
    m_reportTabs->addTab(m_reportText, tr("Report"));
    compareUpgradedAccess();
    m_reportTabs->setCurrentIndex(0);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_conflict), static_cast<QWidget *>(m_serverChanges), static_cast<QWidget *>(m_steps),
          static_cast<QWidget *>(m_differences), static_cast<QWidget *>(m_reportAccess)}) {
        if (m_reportTabs->indexOf(widget) < 0)
            widget->hide(); // not a tab of this report
    }
    // The first request with something to say (a failure, a lost answer), else the first.
    int detailed = 0;
    for (int i = 0; i < report.steps.size(); ++i) {
        if (report.steps.at(i).error) {
            detailed = i;
            break;
        }
    }
    m_steps->setCurrentItem(m_steps->topLevelItem(detailed));
    showStepDetails();

    const bool partly =
        report.outcome == WriteReport::Outcome::PartiallyApplied
        || (report.outcomeWasUnknown && report.wroteSomething() && report.outcome != WriteReport::Outcome::Applied);
    m_restore->setVisible(partly && !report.backupPath.isEmpty() && !m_restoring);
    // After a lockout the restore needs access this user no longer has: say so rather than offer it.
    m_restore->setEnabled(!report.accessLost);
    m_restore->setToolTip(report.accessLost
                              ? tr("This write took away the access a restore needs: another administrator (or "
                                   "securityadmin.sh with the admin certificate) has to restore from %1")
                                    .arg(report.backupPath)
                              : tr("Turn the types written so far back into the backup taken before this write"));
    m_close->setFocus();
    m_pages->setCurrentIndex(int(Page::Report));
}

void WriteDialog::showStepDetails()
{
    QTreeWidgetItem *item = m_steps->currentItem();
    const int row = item ? m_steps->indexOfTopLevelItem(item) : -1;
    if (row < 0 || row >= m_report.steps.size()) {
        m_stepDetails->hide();
        return;
    }
    const StepOutcome &step = m_report.steps.at(row);
    QStringList lines {tr("%1: %2").arg(step.label, statusText(step.status))};
    if (step.error)
        lines << step.error->userMessage();
    if (!step.serverMessage.isEmpty() && (!step.error || !step.error->userMessage().contains(step.serverMessage)))
        lines << step.serverMessage;
    m_stepDetails->setPlainText(lines.join(u'\n'));
    m_stepDetails->setVisible(m_reportTabs->indexOf(m_steps) >= 0);
}

void WriteDialog::restoreFromBackup()
{
    if (!m_hasReport || m_report.backupPath.isEmpty() || !m_context.backups || !m_context.client)
        return;
    const auto backup = m_context.backups->read(m_report.backupPath);
    if (!backup) {
        showError(tr("The backup cannot be read: %1").arg(backup.error().toString()));
        return;
    }
    const QList<ConfigType> applied = m_report.appliedTypes();
    m_restore->setEnabled(false);
    // The restore is planned against a fresh read: what the cluster holds after the partial write.
    auto *fetch = new ConfigFetch(m_context.client, ConfigTypeInfo::all(), this);
    connect(fetch, &ConfigFetch::finished, this, [this, backup = *backup, applied](const FetchResult &result) {
        if (!result) {
            showError(tr("The configuration cannot be read: %1").arg(result.error().userMessage()));
            return;
        }
        const auto plan = ChangePlan::restore(backup, result->document, applied);
        if (!plan) {
            showError(tr("The restore cannot be planned: %1").arg(plan.error().message()));
            return;
        }
        m_plan = *plan;
        m_restoring = true;
        m_context.dangerWarnings.clear();
        setWindowTitle(tr("Restore from backup"));
        showPlan();
    });
    fetch->start();
}

void WriteDialog::showError(const QString &text)
{
    m_restore->setEnabled(true);
    m_outcome->setText(text);
}

void WriteDialog::reject()
{
    // Closing while a write is on its way would hide its report; cancel it when that is still possible.
    if (m_write && !m_write->cancel())
        return;
    if (m_write)
        return; // the Cancelled report follows
    QDialog::reject();
}
