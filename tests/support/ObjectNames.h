#pragma once

// ObjectNames: the objectName of every widget and action the GUI tests look up, named after it
// (ObjectNames::writeSendButton is "writeSendButton"), grouped by where the app creates it. A renamed widget is
// changed here once; a test that finds nothing by a name from here finds a stale entry, not a typo of its own.
// Qt's own names (qt_*) are Qt's and stay literal in the tests.

#include <QString>

namespace ObjectNames {

// The main window (ui/mainwindow): its actions, the welcome page, the status bar, the docks.
inline const QString mainWindow = QStringLiteral("mainWindow");
inline const QString actionQuit = QStringLiteral("actionQuit");
inline const QString actionRefresh = QStringLiteral("actionRefresh");
inline const QString welcomePage = QStringLiteral("welcomePage");
inline const QString welcomeText = QStringLiteral("welcomeText");
inline const QString trySandboxButton = QStringLiteral("trySandboxButton");
inline const QString addClusterButton = QStringLiteral("addClusterButton");
inline const QString identityLabel = QStringLiteral("identityLabel");
inline const QString clusterLabel = QStringLiteral("clusterLabel");
inline const QString stateLabel = QStringLiteral("stateLabel");
inline const QString lastReadLabel = QStringLiteral("lastReadLabel");
inline const QString patchEditorDock = QStringLiteral("patchEditorDock");
inline const QString actionPatchEditor = QStringLiteral("actionPatchEditor");
inline const QString timelineDock = QStringLiteral("timelineDock");
inline const QString actionVersionTimeline = QStringLiteral("actionVersionTimeline");
inline const QString upgradeDock = QStringLiteral("upgradeDock");
inline const QString actionUpgradeAssistant = QStringLiteral("actionUpgradeAssistant");
inline const QString problemsDock = QStringLiteral("problemsDock");
inline const QString actionProblems = QStringLiteral("actionProblems");
inline const QString actionPreferences = QStringLiteral("actionPreferences");
inline const QString messageAction = QStringLiteral("messageAction");
inline const QString messageClose = QStringLiteral("messageClose");

// Connection profiles (ui/mainwindow/ProfileMenu, ui/dialogs/ConnectionDialog). A field's Browse button and its
// error label are named after the field: caEdit + "Browse", name + "Error".
inline const QString actionEditProfile = QStringLiteral("actionEditProfile");
inline const QString actionRemoveProfile = QStringLiteral("actionRemoveProfile");
inline const QString confirmRemoveProfile = QStringLiteral("confirmRemoveProfile");
inline const QString confirmRemoveButton = QStringLiteral("confirmRemoveButton");
inline const QString savedProfiles = QStringLiteral("savedProfiles");
inline const QString profileList = QStringLiteral("profileList");
inline const QString connectionDialog = QStringLiteral("connectionDialog");
inline const QString nameEdit = QStringLiteral("nameEdit");
inline const QString nameError = QStringLiteral("nameError");
inline const QString urlEdit = QStringLiteral("urlEdit");
inline const QString authCombo = QStringLiteral("authCombo");
inline const QString userEdit = QStringLiteral("userEdit");
inline const QString passwordEdit = QStringLiteral("passwordEdit");
inline const QString caEdit = QStringLiteral("caEdit");
inline const QString caEditBrowse = QStringLiteral("caEditBrowse");
inline const QString certEditBrowse = QStringLiteral("certEditBrowse");
inline const QString verifyTlsCheck = QStringLiteral("verifyTlsCheck");
inline const QString tlsWarningLabel = QStringLiteral("tlsWarningLabel");
inline const QString timeoutSpin = QStringLiteral("timeoutSpin");
inline const QString testButton = QStringLiteral("testButton");
inline const QString testResult = QStringLiteral("testResult");
inline const QString saveButton = QStringLiteral("saveButton");

// "Connect to <profile>" in the Connection menu.
inline QString profileAction(const QString &profile)
{
    return QStringLiteral("actionProfile_") + profile;
}

// The configuration tree (ui/views/configtree): filter, tree, detail pane, context menu.
inline const QString filterEdit = QStringLiteral("filterEdit");
inline const QString filterRegex = QStringLiteral("filterRegex");
inline const QString configTree = QStringLiteral("configTree");
inline const QString jsonDetail = QStringLiteral("jsonDetail");
inline const QString entitySummary = QStringLiteral("entitySummary");
inline const QString actionBlame = QStringLiteral("actionBlame");

// The tree's context-menu entry that starts a patch operation of this kind ("replace", "remove", "append", ...).
inline QString patchAction(const QString &kind)
{
    return QStringLiteral("actionPatch_") + kind;
}

// The patch editor (ui/views/patcheditor).
inline const QString operationsList = QStringLiteral("operationsList");
inline const QString opCombo = QStringLiteral("opCombo");
inline const QString pathEdit = QStringLiteral("pathEdit");
inline const QString valueEdit = QStringLiteral("valueEdit");
inline const QString applyOperationButton = QStringLiteral("applyOperationButton");
inline const QString formStatus = QStringLiteral("formStatus");
inline const QString operationWarnings = QStringLiteral("operationWarnings");
inline const QString rawPatchEdit = QStringLiteral("rawPatchEdit");
inline const QString previewTabs = QStringLiteral("previewTabs");
inline const QString diffTreeView = QStringLiteral("diffTreeView");
inline const QString sideBySideDiff = QStringLiteral("sideBySideDiff");
inline const QString sendPatchButton = QStringLiteral("sendPatchButton");
inline const QString patchMessageBar = QStringLiteral("patchMessageBar");
inline const QString lockoutBar = QStringLiteral("lockoutBar");
inline const QString patchFindings = QStringLiteral("patchFindings");
inline const QString patchLintSummary = QStringLiteral("patchLintSummary");
inline const QString patchLintLine = QStringLiteral("patchLintLine");

// The diff widgets every view reuses (ui/widgets/diff).
inline const QString diffTypeFilter = QStringLiteral("diffTypeFilter");
inline const QString diffTree = QStringLiteral("diffTree");
inline const QString diffLeftPane = QStringLiteral("diffLeftPane");

// The write confirmation and its report (ui/views/write/WriteDialog).
inline const QString writeSummary = QStringLiteral("writeSummary");
inline const QString writePlanTabs = QStringLiteral("writePlanTabs");
inline const QString writeRequests = QStringLiteral("writeRequests");
inline const QString writeLockoutBar = QStringLiteral("writeLockoutBar");
inline const QString writeLockoutConfirm = QStringLiteral("writeLockoutConfirm");
inline const QString writeLockoutConfirmLabel = QStringLiteral("writeLockoutConfirmLabel");
inline const QString writeSendButton = QStringLiteral("writeSendButton");
inline const QString writeCancelButton = QStringLiteral("writeCancelButton");
inline const QString writeOutcome = QStringLiteral("writeOutcome");
inline const QString writeSteps = QStringLiteral("writeSteps");
inline const QString writeStepDetails = QStringLiteral("writeStepDetails");
inline const QString writeConflict = QStringLiteral("writeConflict");
inline const QString writeRestoreButton = QStringLiteral("writeRestoreButton");
inline const QString writeCopyButton = QStringLiteral("writeCopyButton");
inline const QString writeCloseButton = QStringLiteral("writeCloseButton");

// The Problems dock (ui/views/problems) and the lint findings of a write confirmation.
inline const QString problemsCounts = QStringLiteral("problemsCounts");
inline const QString problemsSeverityFilter = QStringLiteral("problemsSeverityFilter");
inline const QString problemsRuleFilter = QStringLiteral("problemsRuleFilter");
inline const QString problemsFixButton = QStringLiteral("problemsFixButton");
inline const QString problemsDisabledButton = QStringLiteral("problemsDisabledButton");
inline const QString problemsDisabledMenu = QStringLiteral("problemsDisabledMenu");
inline const QString problemsTable = QStringLiteral("problemsTable");
inline const QString actionProblemGoTo = QStringLiteral("actionProblemGoTo");
inline const QString actionProblemFix = QStringLiteral("actionProblemFix");
inline const QString actionProblemDisableRule = QStringLiteral("actionProblemDisableRule");
inline const QString writeLintSummary = QStringLiteral("writeLintSummary");
inline const QString writeFindings = QStringLiteral("writeFindings");

// The actions of "Disabled rules" that turn one on again.
inline QString enableRuleAction(const QString &rule)
{
    return QStringLiteral("actionEnableRule_") + rule;
}

// The version timeline (ui/views/timeline).
inline const QString timelineList = QStringLiteral("timelineList");
inline const QString timelineTabs = QStringLiteral("timelineTabs");
inline const QString timelineCompareCombo = QStringLiteral("timelineCompareCombo");
inline const QString timelineMessage = QStringLiteral("timelineMessage");
inline const QString timelineRevealHashes = QStringLiteral("timelineRevealHashes");
inline const QString timelineRollbackButton = QStringLiteral("timelineRollbackButton");
inline const QString timelineUndoButton = QStringLiteral("timelineUndoButton");
inline const QString timelineRestoreButton = QStringLiteral("timelineRestoreButton");
inline const QString timelineExportButton = QStringLiteral("timelineExportButton");
inline const QString timelineReloadButton = QStringLiteral("timelineReloadButton");

// The upgrade assistant (ui/views/upgrade).
inline const QString upgradeCheckButton = QStringLiteral("upgradeCheckButton");
inline const QString upgradeSelectNoneButton = QStringLiteral("upgradeSelectNoneButton");
inline const QString upgradePerformButton = QStringLiteral("upgradePerformButton");
inline const QString upgradeUndoButton = QStringLiteral("upgradeUndoButton");
inline const QString upgradeStatusLabel = QStringLiteral("upgradeStatusLabel");
inline const QString upgradeResultPane = QStringLiteral("upgradeResultPane");

// The Cluster menu: replace config and the write journal (ui/mainwindow/ClusterMenu, ui/views/configeditor,
// ui/views/journal).
inline const QString actionReplaceConfig = QStringLiteral("actionReplaceConfig");
inline const QString replaceConfigDialog = QStringLiteral("replaceConfigDialog");
inline const QString replaceConfigEditor = QStringLiteral("replaceConfigEditor");
inline const QString replaceConfigSend = QStringLiteral("replaceConfigSend");
inline const QString replaceConfigReset = QStringLiteral("replaceConfigReset");
inline const QString replaceConfigStatus = QStringLiteral("replaceConfigStatus");
inline const QString replaceConfigWarnings = QStringLiteral("replaceConfigWarnings");
inline const QString replaceConfigDiff = QStringLiteral("replaceConfigDiff");
inline const QString actionWriteJournal = QStringLiteral("actionWriteJournal");
inline const QString journalView = QStringLiteral("journalView");
inline const QString journalTable = QStringLiteral("journalTable");
inline const QString journalDetail = QStringLiteral("journalDetail");

// Compare, promote and export (ui/views/compare).
inline const QString actionCompareDirectory = QStringLiteral("actionCompareDirectory");
inline const QString actionCompareConnection = QStringLiteral("actionCompareConnection");
inline const QString actionExportSecurityAdmin = QStringLiteral("actionExportSecurityAdmin");
inline const QString compareDirectoryDialog = QStringLiteral("compareDirectoryDialog");
inline const QString exportDirectoryDialog = QStringLiteral("exportDirectoryDialog");
inline const QString compareOpenDirectoryButton = QStringLiteral("compareOpenDirectoryButton");
inline const QString compareProfileCombo = QStringLiteral("compareProfileCombo");
inline const QString compareProfileButton = QStringLiteral("compareProfileButton");
inline const QString compareFilterEdit = QStringLiteral("compareFilterEdit");
inline const QString compareTree = QStringLiteral("compareTree");
inline const QString comparePruneCheck = QStringLiteral("comparePruneCheck");
inline const QString comparePruneWarning = QStringLiteral("comparePruneWarning");
inline const QString compareTargetLabel = QStringLiteral("compareTargetLabel");
inline const QString compareApplyButton = QStringLiteral("compareApplyButton");
inline const QString compareCloseButton = QStringLiteral("compareCloseButton");

// Preferences (ui/dialogs/PreferencesDialog).
inline const QString languageCombo = QStringLiteral("languageCombo");
inline const QString restartNote = QStringLiteral("restartNote");

} // namespace ObjectNames
