<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessChangesTree</name>
    <message numerus="yes">
        <location filename="../ui/views/access/AccessChangesTree.cpp" line="+27"/>
        <source>%n subject(s) gain access</source>
        <translation>
            <numerusform>%n subject gains access</numerusform>
            <numerusform>%n subjects gain access</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subject(s) lose access</source>
        <translation>
            <numerusform>%n subject loses access</numerusform>
            <numerusform>%n subjects lose access</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subject(s) gain access, </source>
        <translation>
            <numerusform>%n subject gains access, </numerusform>
            <numerusform>%n subjects gain access, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lose some</source>
        <translation>
            <numerusform>%n loses some</numerusform>
            <numerusform>%n lose some</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>gains %n</source>
        <translation>
            <numerusform>gains %n</numerusform>
            <numerusform>gains %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>loses %n</source>
        <translation>
            <numerusform>loses %n</numerusform>
            <numerusform>loses %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n more subject(s) change access: secdesk-cli plan --json lists them all</source>
        <translation>
            <numerusform>%n more subject changes access: secdesk-cli plan --json lists them all</numerusform>
            <numerusform>%n more subjects change access: secdesk-cli plan --json lists them all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessImpact</name>
    <message numerus="yes">
        <location filename="../app/access/AccessImpact.cpp" line="+474"/>
        <location line="+305"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-292"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+286"/>
        <source>%n subject(s) hold these roles; only their access can change:</source>
        <translation>
            <numerusform>%n subject holds these roles; only its access can change:</numerusform>
            <numerusform>%n subjects hold these roles; only their access can change:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/AdminCommands.cpp" line="+191"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message numerus="yes">
        <location filename="../ui/views/admin/CertificatesView.cpp" line="+227"/>
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message numerus="yes">
        <location filename="../app/write/ChangePlan.cpp" line="+234"/>
        <source>Apply a patch (%n operation(s))</source>
        <translation>
            <numerusform>Apply a patch (%n operation)</numerusform>
            <numerusform>Apply a patch (%n operations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/write/ChangePlanSources.cpp" line="+90"/>
        <source>%1 hold(s) the placeholder &quot;******&quot; that GET shows instead of a password; the server would store it literally as the password. Put the real value in the file, or change only what you mean to with a patch.</source>
        <translation>
            <numerusform>%1 holds the placeholder &quot;******&quot; that GET shows instead of a password; the server would store it literally as the password. Put the real value in the file, or change only what you mean to with a patch.</numerusform>
            <numerusform>%1 hold the placeholder &quot;******&quot; that GET shows instead of a password; the server would store it literally as the password. Put the real value in the file, or change only what you mean to with a patch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/write/Upgrade.cpp" line="+161"/>
        <source>Upgrade %n entity(ies) to the defaults the cluster ships: %1</source>
        <translation>
            <numerusform>Upgrade %n entity to the defaults the cluster ships: %1</numerusform>
            <numerusform>Upgrade %n entities to the defaults the cluster ships: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/write/ChangePlanRollback.cpp" line="+270"/>
        <source>%n entity(ies) that %1 does not hold left alone (no prune): %2</source>
        <translation>
            <numerusform>%n entity that %1 does not hold left alone (no prune): %2</numerusform>
            <numerusform>%n entities that %1 does not hold left alone (no prune): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/CliCommand.cpp" line="+82"/>
        <source>expected %n argument(s) (%1), got %2</source>
        <translation>
            <numerusform>expected %n argument (%1), got %2</numerusform>
            <numerusform>expected %n arguments (%1), got %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/ClusterCommands.cpp" line="+94"/>
        <source>note: %n hidden entity(ies) left out: the cluster hides them from this user
</source>
        <translation>
            <numerusform>note: %n hidden entity left out: the cluster hides it from this user
</numerusform>
            <numerusform>note: %n hidden entities left out: the cluster hides them from this user
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message numerus="yes">
        <location filename="../app/models/CompareModel.cpp" line="+160"/>
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigTreeModel</name>
    <message numerus="yes">
        <location filename="../app/models/ConfigTreeModel.cpp" line="+378"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffTreeModel</name>
    <message numerus="yes">
        <location filename="../app/models/DiffTreeModel.cpp" line="+219"/>
        <source>%1 (%n change(s))</source>
        <translation>
            <numerusform>%1 (%n change)</numerusform>
            <numerusform>%1 (%n changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityChecks</name>
    <message numerus="yes">
        <location filename="../app/forms/EntityChecks.cpp" line="+232"/>
        <source>%n characters: the cluster (3.8 or later) accepts at most 256</source>
        <translation>
            <numerusform>%n character: the cluster (3.8 or later) accepts at most 256</numerusform>
            <numerusform>%n characters: the cluster (3.8 or later) accepts at most 256</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityFormDialog</name>
    <message numerus="yes">
        <location filename="../ui/views/forms/EntityFormDialog.cpp" line="+724"/>
        <source>%n problem(s) to fix before sending:</source>
        <translation>
            <numerusform>%n problem to fix before sending:</numerusform>
            <numerusform>%n problems to fix before sending:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s) (the cluster accepts these):</source>
        <translation>
            <numerusform>%n warning (the cluster accepts it):</numerusform>
            <numerusform>%n warnings (the cluster accepts these):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityForms</name>
    <message numerus="yes">
        <location filename="../ui/views/forms/EntityForms.cpp" line="+121"/>
        <source>Also remove these references, in the same change (%n)</source>
        <translation>
            <numerusform>Also remove this reference, in the same change (%n)</numerusform>
            <numerusform>Also remove these references, in the same change (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntitySummaries</name>
    <message numerus="yes">
        <location filename="../app/domain/EntitySummary.cpp" line="+83"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>matches %n internal user(s)</source>
        <translation>
            <numerusform>matches %n internal user</numerusform>
            <numerusform>matches %n internal users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <location filename="../ui/views/compare/ExportController.cpp" line="+150"/>
        <source>Exported %1 to %2 (%n file(s)).</source>
        <translation>
            <numerusform>Exported %1 to %2 (%n file).</numerusform>
            <numerusform>Exported %1 to %2 (%n files).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n user(s) without a hash (written without a password; set one before running securityadmin): %1.</source>
        <translation>
            <numerusform>%n user without a hash (written without a password; set one before running securityadmin): %1.</numerusform>
            <numerusform>%n users without a hash (written without a password; set one before running securityadmin): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonDiff</name>
    <message numerus="yes">
        <location filename="../app/domain/ConfigChanges.cpp" line="+103"/>
        <source>%n change(s): </source>
        <translation>
            <numerusform>%n change: </numerusform>
            <numerusform>%n changes: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonPatch</name>
    <message numerus="yes">
        <location filename="../app/json/JsonPatch.cpp" line="+51"/>
        <location line="+68"/>
        <location line="+50"/>
        <source>index %1 is out of range: the array at %2 has %n element(s)</source>
        <translation>
            <numerusform>index %1 is out of range: the array at %2 has %n element</numerusform>
            <numerusform>index %1 is out of range: the array at %2 has %n elements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonPointer</name>
    <message numerus="yes">
        <location filename="../app/json/JsonPointer.cpp" line="+167"/>
        <source>%1 does not exist: index %2 is out of range, the array at %3 has %n element(s)</source>
        <translation>
            <numerusform>%1 does not exist: index %2 is out of range, the array at %3 has %n element</numerusform>
            <numerusform>%1 does not exist: index %2 is out of range, the array at %3 has %n elements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LintDeltaTree</name>
    <message numerus="yes">
        <location filename="../ui/views/problems/LintDeltaTree.cpp" line="+78"/>
        <source>✖ This change introduces %n problem(s), %1 of them critical.</source>
        <translation>
            <numerusform>✖ This change introduces %n problem, %1 of them critical.</numerusform>
            <numerusform>✖ This change introduces %n problems, %1 of them critical.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>⚠ This change introduces %n problem(s).</source>
        <translation>
            <numerusform>⚠ This change introduces %n problem.</numerusform>
            <numerusform>⚠ This change introduces %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It resolves %n problem(s).</source>
        <translation>
            <numerusform>It resolves %n problem.</numerusform>
            <numerusform>It resolves %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatchCommands</name>
    <message numerus="yes">
        <location filename="../ui/commands/PatchCommands.cpp" line="+23"/>
        <source>Delete %n operation(s)</source>
        <translation>
            <numerusform>Delete %n operation</numerusform>
            <numerusform>Delete %n operations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatchEditorView</name>
    <message numerus="yes">
        <location filename="../ui/views/patcheditor/PatchEditorView.cpp" line="+202"/>
        <source>%n operation(s).</source>
        <translation>
            <numerusform>%n operation.</numerusform>
            <numerusform>%n operations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+245"/>
        <source>Restored the unsent patch draft (%n operation(s)). Drafts never keep passwords or hashes: type them again in operation(s) %1.</source>
        <translation>
            <numerusform>Restored the unsent patch draft (%n operation). Drafts never keep passwords or hashes: type them again in operation %1.</numerusform>
            <numerusform>Restored the unsent patch draft (%n operations). Drafts never keep passwords or hashes: type them again in operation(s) %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Restored the unsent patch draft (%n operation(s)).</source>
        <translation>
            <numerusform>Restored the unsent patch draft (%n operation).</numerusform>
            <numerusform>Restored the unsent patch draft (%n operations).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <location line="+175"/>
        <source>%n operation(s) cannot be applied; fix them first.</source>
        <translation>
            <numerusform>%n operation cannot be applied; fix it first.</numerusform>
            <numerusform>%n operations cannot be applied; fix them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatchGuards</name>
    <message numerus="yes">
        <location filename="../app/domain/PatchGuards.cpp" line="+84"/>
        <source>&quot;add&quot; on the existing member %1 replaces the whole array (%n element(s) now); to append an element, add at %1/- instead.</source>
        <translation>
            <numerusform>&quot;add&quot; on the existing member %1 replaces the whole array (%n element now); to append an element, add at %1/- instead.</numerusform>
            <numerusform>&quot;add&quot; on the existing member %1 replaces the whole array (%n elements now); to append an element, add at %1/- instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+197"/>
        <source>You (%1) would lose %2, the role(s) that give you access to the security REST API: you could not undo this change yourself.</source>
        <translation>
            <numerusform>You (%1) would lose %2, the role that gives you access to the security REST API: you could not undo this change yourself.</numerusform>
            <numerusform>You (%1) would lose %2, the roles that give you access to the security REST API: you could not undo this change yourself.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>You (%1) would lose the role(s) %2 you hold now; another role still gives you access to the security REST API.</source>
        <translation>
            <numerusform>You (%1) would lose the role %2 you hold now; another role still gives you access to the security REST API.</numerusform>
            <numerusform>You (%1) would lose the roles %2 you hold now; another role still gives you access to the security REST API.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message numerus="yes">
        <location filename="../ui/views/problems/ProblemsView.cpp" line="+295"/>
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>%n problem: %1</numerusform>
            <numerusform>%n problems: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n rule(s) disabled for this connection.</source>
        <translation>
            <numerusform>%n rule disabled for this connection.</numerusform>
            <numerusform>%n rules disabled for this connection.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaceConfigDialog</name>
    <message numerus="yes">
        <location filename="../ui/views/configeditor/ReplaceConfigDialog.cpp" line="+130"/>
        <source>Valid. %n change(s) against the loaded configuration.</source>
        <translation>
            <numerusform>Valid. %n change against the loaded configuration.</numerusform>
            <numerusform>Valid. %n changes against the loaded configuration.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message numerus="yes">
        <location filename="../app/write/SafeWrite.cpp" line="+293"/>
        <source>%n entity(ies) upgraded</source>
        <translation>
            <numerusform>%n entity upgraded</numerusform>
            <numerusform>%n entities upgraded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+147"/>
        <source>Read back: %n entity(ies) upgraded, before and after recorded.</source>
        <translation>
            <numerusform>Read back: %n entity upgraded, before and after recorded.</numerusform>
            <numerusform>Read back: %n entities upgraded, before and after recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityAdminFiles</name>
    <message numerus="yes">
        <location filename="../app/domain/SecurityAdminCompare.cpp" line="+226"/>
        <source>%n entity(ies) differ</source>
        <translation>
            <numerusform>%n entity differs</numerusform>
            <numerusform>%n entities differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenancyPanel</name>
    <message numerus="yes">
        <location filename="../ui/views/admin/TenancyPanel.cpp" line="+157"/>
        <source>Longest API token: %n second(s)</source>
        <translation>
            <numerusform>Longest API token: %n second</numerusform>
            <numerusform>Longest API token: %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <location filename="../ui/views/timeline/TimelineView.cpp" line="+392"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpgradeModel</name>
    <message numerus="yes">
        <location filename="../app/models/UpgradeModel.cpp" line="+94"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpgradeView</name>
    <message numerus="yes">
        <location filename="../ui/views/upgrade/UpgradeView.cpp" line="+274"/>
        <source>The upgrade would change %n entity(ies). Choose which to perform.</source>
        <translation>
            <numerusform>The upgrade would change %n entity. Choose which to perform.</numerusform>
            <numerusform>The upgrade would change %n entities. Choose which to perform.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>⚠ %n of them look like your own role(s) and would be overwritten.</source>
        <translation>
            <numerusform>⚠ %n of them looks like your own role and would be overwritten.</numerusform>
            <numerusform>⚠ %n of them look like your own roles and would be overwritten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+126"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Upgraded %n entity(ies). Before and after, as read just before and just after the upgrade:</source>
        <translation>
            <numerusform>Upgraded %n entity. Before and after, as read just before and just after the upgrade:</numerusform>
            <numerusform>Upgraded %n entities. Before and after, as read just before and just after the upgrade:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhoCanView</name>
    <message numerus="yes">
        <location filename="../ui/views/access/WhoCanView.cpp" line="+161"/>
        <source>%n subject(s) may %1.</source>
        <translation>
            <numerusform>%n subject may %1.</numerusform>
            <numerusform>%n subjects may %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subject(s) may %1 on %2.</source>
        <translation>
            <numerusform>%n subject may %1 on %2.</numerusform>
            <numerusform>%n subjects may %1 on %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/WriteCommands.cpp" line="+320"/>
        <source>there is only %n version(s): nothing to roll back to</source>
        <translation>
            <numerusform>there is only %n version: nothing to roll back to</numerusform>
            <numerusform>there are only %n versions: nothing to roll back to</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message numerus="yes">
        <location filename="../ui/views/write/WriteDialog.cpp" line="+422"/>
        <source>%1: %n entity(ies)</source>
        <translation>
            <numerusform>%1: %n entity</numerusform>
            <numerusform>%1: %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n request(s), sent in order: %1.</source>
        <translation>
            <numerusform>%n request, sent in order: %1.</numerusform>
            <numerusform>%n requests, sent in order: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteReport</name>
    <message numerus="yes">
        <location filename="../app/write/WriteReport.cpp" line="+79"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>Upgraded %n entity(ies) to the defaults the cluster ships:</source>
        <translation>
            <numerusform>Upgraded %n entity to the defaults the cluster ships:</numerusform>
            <numerusform>Upgraded %n entities to the defaults the cluster ships:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+116"/>
        <source>  %1/%2 (%3): %n change(s)</source>
        <translation>
            <numerusform>  %1/%2 (%3): %n change</numerusform>
            <numerusform>  %1/%2 (%3): %n changes</numerusform>
        </translation>
    </message>
</context>
</TS>
