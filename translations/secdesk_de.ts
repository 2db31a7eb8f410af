<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessChangesTree</name>
    <message>
        <location filename="../ui/views/access/AccessChangesTree.cpp" line="+13"/>
        <source>Who, and what changes</source>
        <translation>Wer, und was sich ändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Through</source>
        <translation>Durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access changes</source>
        <translation>Zugriffsänderungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+77"/>
        <source>No access changes</source>
        <translation>Keine Zugriffsänderungen</translation>
    </message>
    <message numerus="yes">
        <location line="-74"/>
        <source>%n subject(s) gain access</source>
        <translation>
            <numerusform>%n Subjekt erhält Zugriff</numerusform>
            <numerusform>%n Subjekte erhalten Zugriff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subject(s) lose access</source>
        <translation>
            <numerusform>%n Subjekt verliert Zugriff</numerusform>
            <numerusform>%n Subjekte verlieren Zugriff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subject(s) gain access, </source>
        <translation>
            <numerusform>%n Subjekt erhält Zugriff, </numerusform>
            <numerusform>%n Subjekte erhalten Zugriff, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lose some</source>
        <translation>
            <numerusform>%n verliert etwas</numerusform>
            <numerusform>%n verlieren etwas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access (%1)</source>
        <translation>Zugriff (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>gains %n</source>
        <translation>
            <numerusform>erhält %n</numerusform>
            <numerusform>erhält %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>loses %n</source>
        <translation>
            <numerusform>verliert %n</numerusform>
            <numerusform>verliert %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gains %1, loses %2</source>
        <translation>erhält %1, verliert %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n more subject(s) change access: secdesk-cli plan --json lists them all</source>
        <translation>
            <numerusform>%n weiteres Subjekt ändert seinen Zugriff: secdesk-cli plan --json listet alle</numerusform>
            <numerusform>%n weitere Subjekte ändern ihren Zugriff: secdesk-cli plan --json listet alle</numerusform>
        </translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Gained</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>AccessCommands</name>
    <message>
        <location filename="../app/cli/AccessCommands.cpp" line="+50"/>
        <source>the source lacks the plugin&apos;s static entities; those of OpenSearch %1.x were added (%2 entities, for example %3)</source>
        <translation>der Quelle fehlen die statischen Einträge des Plugins; die von OpenSearch %1.x wurden ergänzt (%2 Einträge, zum Beispiel %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2: not a JSON object</source>
        <translation>%1 %2: kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>settings %1: %2</source>
        <translation>Einstellungen %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>indices</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>indices %1: %2</source>
        <translation>Indizes %1: %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>the cluster&apos;s version could not be read: OpenSearch 3.x statics assumed</source>
        <translation>die Version des Clusters war nicht lesbar: statische Einträge von OpenSearch 3.x angenommen</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>--static-major: %1 is not a supported major version (2 or 3)</source>
        <translation>--static-major: %1 ist keine unterstützte Hauptversion (2 oder 3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>version %1 cannot be read</source>
        <translation>Version %1 ist nicht lesbar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not visible to %2: %3</source>
        <translation>%1 ist für %2 nicht sichtbar: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the configuration as %1 reads it: hidden entities are left out unless %1 is a REST API admin</source>
        <translation>die Konfiguration, wie %1 sie liest: verborgene Einträge fehlen, außer %1 ist REST-API-Admin</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--engine: unknown engine &quot;%1&quot; (legacy or v4)</source>
        <translation>--engine: unbekannte Engine „%1“ (legacy oder v4)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1&apos;s backend roles, security roles and attributes are those of internalusers, where not given</source>
        <translation>Backend-Rollen, Sicherheitsrollen und Attribute von %1 stammen aus internalusers, soweit nicht angegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an internal user: only the backend roles, roles and attributes given count</source>
        <translation>%1 ist kein interner Benutzer: nur die angegebenen Backend-Rollen, Rollen und Attribute zählen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User %1 (backend roles: %2; security roles: %3)
</source>
        <translation>Benutzer %1 (Backend-Rollen: %2; Sicherheitsrollen: %3)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request: %1 on %2 (%3 engine)
</source>
        <translation>Anfrage: %1 auf %2 (Engine %3)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no index</source>
        <translation>keinem Index</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+87"/>
        <source>Mapped roles:
</source>
        <translation>Zugeordnete Rollen:
</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>  (none)
</source>
        <translation>  (keine)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision: %1 (HTTP %2): %3
</source>
        <translation>Entscheidung: %1 (HTTP %2): %3
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allowed indices: %1
</source>
        <translation>Erlaubte Indizes: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing privileges: %1
</source>
        <translation>Fehlende Berechtigungen: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granted:
</source>
        <translation>Gewährt:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1: role %2, cluster permission %3
</source>
        <translation>  %1: Rolle %2, Cluster-Berechtigung %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (via %1)</source>
        <translation> (über %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1 %2: role %3, index_permissions[%4], pattern %5%6, actions %7
</source>
        <translation>  %1 %2: Rolle %3, index_permissions[%4], Muster %5%6, Aktionen %7
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nearest misses:
</source>
        <translation>Knapp verfehlt:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document and field restrictions:
</source>
        <translation>Dokument- und Feldeinschränkungen:
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1: DLS %2; FLS %3; masked %4
</source>
        <translation>  %1: DLS %2; FLS %3; maskiert %4
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluation errors (the affected patterns grant nothing):
</source>
        <translation>Auswertungsfehler (die betroffenen Muster gewähren nichts):
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trace:
</source>
        <translation>Ablauf:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assumptions:
</source>
        <translation>Annahmen:
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>User %1, tenant %2, %3 access (%4 engine)
</source>
        <translation>Benutzer %1, Tenant %2, Zugriff %3 (Engine %4)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision: ALLOWED: role %1, tenant pattern %2%3
</source>
        <translation>Entscheidung: ERLAUBT: Rolle %1, Tenant-Muster %2%3
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision: DENIED: %1
</source>
        <translation>Entscheidung: VERWEIGERT: %1
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--user is required</source>
        <translation>--user ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either --action (with --index) or --tenant</source>
        <translation>entweder --action (mit --index) oder --tenant angeben</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+23"/>
        <source>--junit %1: %2</source>
        <translation>--junit %1: %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>--action is required</source>
        <translation>--action ist erforderlich</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Who can %1 on %2 (%3 engine):
</source>
        <translation>Wer darf %1 auf %2 (Engine %3):
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cluster</source>
        <translation>dem Cluster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  nobody (no internal user, no mapped backend role)
</source>
        <translation>  niemand (kein interner Benutzer, keine zugeordnete Backend-Rolle)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>backend role</source>
        <translation>Backend-Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 %2: %3 by %4
</source>
        <translation>  %1 %2: %3 durch %4
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--format: &quot;%1&quot; is not text, json or sarif</source>
        <translation>--format: „%1“ ist weder text, json noch sarif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--disable: there is no rule &quot;%1&quot;</source>
        <translation>--disable: Es gibt keine Regel „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules: %1</source>
        <translation>Die Regeln: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No findings.
</source>
        <translation>Keine Befunde.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a configuration document (as get --json prints it) or a securityadmin directory</source>
        <translation>ein Konfigurationsdokument (wie get --json es ausgibt) oder ein securityadmin-Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a version of the connected cluster</source>
        <translation>eine Version des verbundenen Clusters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node settings as a flat JSON object</source>
        <translation>Knoteneinstellungen als flaches JSON-Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>index metadata: indices, aliases, data streams, system indices</source>
        <translation>Index-Metadaten: Indizes, Aliasse, Data Streams, Systemindizes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legacy or v4 (default: what the configuration selects)</source>
        <translation>legacy oder v4 (Standard: was die Konfiguration wählt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the OpenSearch major version whose static entities a file lacks (2 or 3; default: the cluster&apos;s, else 3)</source>
        <translation>die OpenSearch-Hauptversion, deren statische Einträge einer Datei fehlen (2 oder 3; Standard: die des Clusters, sonst 3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access and lint (on a file, a version or the live cluster)</source>
        <translation>Zugriff und Lint (auf einer Datei, einer Version oder dem laufenden Cluster)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the HTTP basic user to connect as (or env SECDESK_USER)</source>
        <translation>der HTTP-Basic-Benutzer für die Verbindung (oder env SECDESK_USER)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One decision with its reasons: the mapped roles and the mapping behind each, the status (allowed, partial, denied) with the HTTP status, the allowed indices, the missing privileges, the role, index permission, pattern and action-group chain behind every granted (index, action), the nearest miss for every missing one, DLS/FLS/masking in force, the engine and every assumption. ACTION is an action name or a REST call (search, get, bulk, ...). An internal user&apos;s backend roles, security roles and attributes come from internalusers unless given.</source>
        <translation>Eine Entscheidung mit ihren Gründen: die zugeordneten Rollen und die Zuordnung dahinter, der Status (allowed, partial, denied) mit dem HTTP-Status, die erlaubten Indizes, die fehlenden Berechtigungen, Rolle, Index-Berechtigung, Muster und Aktionsgruppen-Kette hinter jedem gewährten (Index, Aktion), das knappste Verfehlen für jedes fehlende, geltendes DLS/FLS/Maskieren, die Engine und jede Annahme. ACTION ist ein Aktionsname oder ein REST-Aufruf (search, get, bulk, ...). Backend-Rollen, Sicherheitsrollen und Attribute eines internen Benutzers stammen aus internalusers, soweit nicht angegeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the user</source>
        <translation>der Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a backend role (repeatable)</source>
        <translation>eine Backend-Rolle (wiederholbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a security role given directly (repeatable)</source>
        <translation>eine direkt angegebene Sicherheitsrolle (wiederholbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a user attribute, e.g. attr.jwt.dept=ops (repeatable)</source>
        <translation>ein Benutzerattribut, z. B. attr.jwt.dept=ops (wiederholbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the caller&apos;s address, for hosts mappings</source>
        <translation>die Adresse des Aufrufers, für hosts-Zuordnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>the action or REST call</source>
        <translation>die Aktion oder der REST-Aufruf</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>an index expression as requested (repeatable)</source>
        <translation>ein Index-Ausdruck wie angefragt (wiederholbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Dashboards tenant instead of an action</source>
        <translation>ein Dashboards-Tenant statt einer Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --tenant: write access instead of read</source>
        <translation>mit --tenant: Schreib- statt Lesezugriff</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs access cases (policy tests): each case&apos;s expect must hold. A case without its own config is evaluated on the command&apos;s source. Prints PASS or FAIL per case and engine, then the totals. Exit 0 when all pass, 1 when any fails, 2 on unreadable input or an unknown request type.</source>
        <translation>Führt Zugriffsfälle aus (Richtlinientests): das expect jedes Falls muss gelten. Ein Fall ohne eigene config wird auf der Quelle des Befehls ausgewertet. Gibt PASS oder FAIL je Fall und Engine aus, dann die Summen. Exit 0, wenn alle bestehen, 1, wenn einer scheitert, 2 bei unlesbarer Eingabe oder unbekanntem Anfragetyp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also write JUnit XML to FILE</source>
        <translation>zusätzlich JUnit-XML nach FILE schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The configuration&apos;s findings: each with its rule, severity, entity, JSON pointer, what goes wrong at run time and, where one exists, a fix as a JSON Patch. Exit 0 when no finding is high or critical, 1 otherwise.</source>
        <translation>Die Befunde der Konfiguration: jeweils mit Regel, Schweregrad, Entität, JSON-Pointer, was zur Laufzeit schiefgeht und, wo es eine gibt, einer Korrektur als JSON Patch. Exit 0, wenn kein Befund hoch oder kritisch ist, sonst 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>do not run this rule (repeatable)</source>
        <translation>diese Regel nicht ausführen (wiederholbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text (default), json or sarif (SARIF 2.1.0)</source>
        <translation>text (Standard), json oder sarif (SARIF 2.1.0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every internal user, and every backend role the role mappings name, that the action is allowed (or partially allowed) for on that index, with the granting roles.</source>
        <translation>Jeder interne Benutzer und jede in den Rollenzuordnungen genannte Backend-Rolle, dem die Aktion auf diesem Index erlaubt (oder teilweise erlaubt) ist, mit den gewährenden Rollen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the index (omit for a cluster action)</source>
        <translation>der Index (bei einer Cluster-Aktion weglassen)</translation>
    </message>
</context>
<context>
    <name>AccessConfigStore</name>
    <message>
        <location filename="../app/store/AccessConfigStore.cpp" line="+50"/>
        <source>no index metadata (%1): index names are taken as written</source>
        <translation>keine Index-Metadaten (%1): Indexnamen werden so genommen, wie sie geschrieben sind</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the cluster&apos;s version is not known: OpenSearch 3.x statics assumed</source>
        <translation>die Version des Clusters ist unbekannt: statische Einträge von OpenSearch 3.x angenommen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not visible to the connected user: %2</source>
        <translation>%1 ist für den verbundenen Benutzer nicht sichtbar: %2</translation>
    </message>
</context>
<context>
    <name>AccessFixes</name>
    <message>
        <location filename="../app/access/AccessFix.cpp" line="+125"/>
        <source>Add %1 to the allowed_actions of index permission %2 of role %3 (patterns %4)</source>
        <translation>%1 zu den allowed_actions der Indexberechtigung %2 der Rolle %3 hinzufügen (Muster %4)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Grants %1 what an access explanation found missing</source>
        <translation>Gewährt %1, was eine Zugriffserklärung als fehlend ermittelt hat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create role %1 with cluster permission %2, mapped to user %3</source>
        <translation>Rolle %1 mit der Cluster-Berechtigung %2 anlegen, dem Benutzer %3 zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create role %1 granting %2 on %3, mapped to user %4</source>
        <translation>Rolle %1 anlegen, die %2 auf %3 gewährt, dem Benutzer %4 zugeordnet</translation>
    </message>
</context>
<context>
    <name>AccessImpact</name>
    <message>
        <location filename="../app/access/AccessImpact.cpp" line="+418"/>
        <source>gains %1 on tenant %2</source>
        <translation>erhält %1 auf Mandant %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loses %1 on tenant %2</source>
        <translation>verliert %1 auf Mandant %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 instead of %2 on tenant %3</source>
        <translation>%1 statt %2 auf Mandant %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cluster</source>
        <translation>dem Cluster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gains %1 on %2</source>
        <translation>erhält %1 auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gains all of %1 on %2</source>
        <translation>erhält %1 vollständig auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gains part of %1 on %2</source>
        <translation>erhält einen Teil von %1 auf %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loses %1 on %2</source>
        <translation>verliert %1 auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loses what it had of %1 on %2</source>
        <translation>verliert, was es von %1 auf %2 hatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loses part of %1 on %2</source>
        <translation>verliert einen Teil von %1 auf %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No access changes</source>
        <translation>Keine Zugriffsänderungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+305"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-292"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weiteres)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The security configuration (config) changed too: what its settings do to access (authentication, the evaluation engine, multitenancy) is not compared here.</source>
        <translation>Die Sicherheitskonfiguration (config) ändert sich ebenfalls: was ihre Einstellungen am Zugriff ändern (Authentifizierung, Auswertungs-Engine, Mandantenfähigkeit), wird hier nicht verglichen.</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Stopped before every subject was compared.</source>
        <translation>Angehalten, bevor jedes Subjekt verglichen war.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nobody holds %1: no one&apos;s access changes.</source>
        <translation>Niemand hat %1: niemandes Zugriff ändert sich.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n subject(s) hold these roles; only their access can change:</source>
        <translation>
            <numerusform>%n Subjekt hat diese Rollen; nur sein Zugriff kann sich ändern:</numerusform>
            <numerusform>%n Subjekte haben diese Rollen; nur ihr Zugriff kann sich ändern:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>and users SecDesk cannot list: %1</source>
        <translation>und Benutzer, die SecDesk nicht auflisten kann: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>users %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>backend roles %1</source>
        <translation>Backend-Rollen %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hosts %1</source>
        <translation>Hosts %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and_backend_roles %1</source>
        <translation>and_backend_roles %1</translation>
    </message>
</context>
<context>
    <name>AccessQueries</name>
    <message>
        <location filename="../app/access/AccessQueries.cpp" line="+150"/>
        <source>%1 is not an internal user: only the backend roles, attributes and IP given count</source>
        <translation>%1 ist kein interner Benutzer: nur die angegebenen Backend-Rollen, Attribute und die IP zählen</translation>
    </message>
</context>
<context>
    <name>AccessViewLink</name>
    <message>
        <location filename="../ui/views/access/AccessViewLink.cpp" line="+37"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compiling the configuration for access evaluation…</source>
        <translation>Die Konfiguration wird für die Zugriffsprüfung übersetzt…</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../ui/views/admin/AccountDialog.cpp" line="+44"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who am I</source>
        <translation>Wer bin ich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend roles:</source>
        <translation>Backend-Rollen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenants:</source>
        <translation>Tenants:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes:</source>
        <translation>Attribute:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change my password</source>
        <translation>Mein Passwort ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm new password</source>
        <translation>Neues Passwort bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;firm:</source>
        <translation>Bes&amp;tätigen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hange password</source>
        <translation>Passwort ä&amp;ndern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the account (GET api/account)</source>
        <translation>Konto lesen (GET api/account)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>internal user</source>
        <translation>interner Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not an internal user</source>
        <translation>kein interner Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden</source>
        <translation>versteckt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (read-write)</source>
        <translation>%1 (lesen und schreiben)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (read-only)</source>
        <translation>%1 (nur lesen)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The new password is the current one.</source>
        <translation>Das neue Passwort ist das aktuelle.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Changing the password of %1 (PUT api/account)</source>
        <translation>Passwort von %1 ändern (PUT api/account)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password changed: %1 This connection now uses the new password; if a profile saves the old one, change it there (Connection &gt; Edit Profile).</source>
        <translation>Passwort geändert: %1 Diese Verbindung verwendet jetzt das neue Passwort; speichert ein Profil das alte, ändern Sie es dort (Verbindung &gt; Profil bearbeiten).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password changed: %1 Reconnect with the new password.</source>
        <translation>Passwort geändert: %1 Verbinden Sie sich mit dem neuen Passwort neu.</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <location filename="../ui/views/admin/AdminActions.cpp" line="+20"/>
        <source>&amp;Account…</source>
        <translation>&amp;Konto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who the cluster says you are, and changing your own password</source>
        <translation>Wer Sie laut Cluster sind, und Ihr eigenes Passwort ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flush security cache…</source>
        <translation>Sicherheits-&amp;Cache leeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the nodes read users, roles and mappings again</source>
        <translation>Die Knoten lesen Benutzer, Rollen und Zuordnungen neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TLS certificates of every node, with their expiry</source>
        <translation>Die TLS-Zertifikate jedes Knotens mit ihrem Ablauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenancy…</source>
        <translation>&amp;Mandanten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The Dashboards multi-tenancy settings</source>
        <translation>Die Mandanten-Einstellungen von Dashboards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;okens…</source>
        <translation>T&amp;okens…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API tokens and service account tokens</source>
        <translation>API-Tokens und Tokens für Dienstkonten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth failure &amp;listeners…</source>
        <translation>&amp;Listener für Anmeldefehler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block clients after too many failed logins</source>
        <translation>Clients nach zu vielen fehlgeschlagenen Anmeldungen sperren</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Connect to a cluster first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Cluster.</translation>
    </message>
</context>
<context>
    <name>AdminCommands</name>
    <message>
        <location filename="../app/cli/AdminCommands.cpp" line="+30"/>
        <location line="+195"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-182"/>
        <location line="+78"/>
        <location line="+84"/>
        <location line="+109"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unbekannte Aktion „%1“</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>Actions: set-password</source>
        <translation>Aktionen: set-password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current password: </source>
        <translation>Aktuelles Passwort: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no current password given</source>
        <translation>kein aktuelles Passwort angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it on the terminal, or as the first line of stdin.</source>
        <translation>Geben Sie es am Terminal ein oder als erste Zeile der Standardeingabe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password: </source>
        <translation>Neues Passwort: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no new password given</source>
        <translation>kein neues Passwort angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it on the terminal, or as the second line of stdin.</source>
        <translation>Geben Sie es am Terminal ein oder als zweite Zeile der Standardeingabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the new password: </source>
        <translation>Neues Passwort wiederholen: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two new passwords differ: nothing was changed</source>
        <translation>die beiden neuen Passwörter unterscheiden sich: nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Password changed: %1
</source>
        <translation>Passwort geändert: %1
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (read-write)</source>
        <translation>%1 (Lesen und Schreiben)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (read-only)</source>
        <translation>%1 (nur Lesen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>internal user</source>
        <translation>interner Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not an internal user</source>
        <translation>kein interner Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user:          %1 (%2)
</source>
        <translation>Benutzer:        %1 (%2)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backend roles: %1
</source>
        <translation>Backend-Rollen:  %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles:         %1
</source>
        <translation>Rollen:          %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenants:       %1
</source>
        <translation>Mandanten:       %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attributes:    %1
</source>
        <translation>Attribute:       %1
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Actions: flush</source>
        <translation>Aktionen: flush</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(no certificates)
</source>
        <translation>(keine Zertifikate)
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>seit %n Tag abgelaufen</numerusform>
            <numerusform>seit %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      issuer:   %1
</source>
        <translation>      Aussteller: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      SANs:     %1
</source>
        <translation>      SANs:       %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      validity: %1 (%2)
</source>
        <translation>      Gültigkeit: %1 (%2)
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Actions: reload, info</source>
        <translation>Aktionen: reload, info</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>protocol:           %1
</source>
        <translation>Protokoll:          %1
</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not TLS)</source>
        <translation>(kein TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cipher:             %1
</source>
        <translation>Chiffre:            %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client certificate: %1
</source>
        <translation>Client-Zertifikat:  %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server certificate: %1
</source>
        <translation>Server-Zertifikat:  %1
</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>The TLS certificates of each node (GET certificates, OpenSearch 2.15 or later; before that the key certificates of ssl/certs): subject, issuer, SANs, validity and days left, marked WARNING within 30 days of expiry and ERROR within 7 days or once expired. Needs REST admin permission restapi:admin/ssl/certs/info. reload re-reads the certificate files of that layer (plugins.security.ssl_cert_reload_enabled). info shows this connection&apos;s TLS as the node saw it (sslinfo): protocol, cipher, client and server certificate.</source>
        <translation>Die TLS-Zertifikate jedes Knotens (GET certificates, OpenSearch 2.15 oder neuer; davor die Schlüsselzertifikate aus ssl/certs): Subjekt, Aussteller, SANs, Gültigkeit und verbleibende Tage, markiert mit WARNUNG innerhalb von 30 Tagen vor Ablauf und FEHLER innerhalb von 7 Tagen oder nach Ablauf. Braucht die REST-Admin-Berechtigung restapi:admin/ssl/certs/info. reload liest die Zertifikatsdateien dieser Schicht neu ein (plugins.security.ssl_cert_reload_enabled). info zeigt das TLS dieser Verbindung, wie der Knoten es sah (sslinfo): Protokoll, Chiffre, Client- und Server-Zertifikat.</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>certs reload takes http or transport, not &quot;%1&quot;</source>
        <translation>certs reload erwartet http oder transport, nicht „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reload the %1 certificates of %2?</source>
        <translation>Die %1-Zertifikate von %2 neu laden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not confirmed: nothing was sent</source>
        <translation>nicht bestätigt: nichts wurde gesendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reloading needs plugins.security.ssl_cert_reload_enabled: true on the nodes.</source>
        <translation>Neu laden braucht plugins.security.ssl_cert_reload_enabled: true auf den Knoten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--type takes http, transport or all, not &quot;%1&quot;</source>
        <translation>--type erwartet http, transport oder all, nicht „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>note: %1 Showing the key certificates from ssl/certs instead.
</source>
        <translation>Hinweis: %1 Stattdessen werden die Schlüsselzertifikate aus ssl/certs gezeigt.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading certificates needs REST admin permission restapi:admin/ssl/certs/info (or the admin certificate).</source>
        <translation>Zertifikate lesen braucht die REST-Admin-Berechtigung restapi:admin/ssl/certs/info (oder das Admin-Zertifikat).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Actions: set, indices</source>
        <translation>Aktionen: set, indices</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 takes on or off, not &quot;%2&quot;</source>
        <translation>--%1 erwartet on oder off, nicht „%2“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing to set</source>
        <translation>nichts zu setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give --multitenancy, --private-tenant or --default-tenant.</source>
        <translation>Geben Sie --multitenancy, --private-tenant oder --default-tenant an.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only the admin certificate, the Dashboards server user and users mapped to its role may read tenantinfo.</source>
        <translation>Nur das Admin-Zertifikat, der Dashboards-Serverbenutzer und Benutzer, die seiner Rolle zugeordnet sind, dürfen tenantinfo lesen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no tenant indices)
</source>
        <translation>(keine Mandanten-Indizes)
</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>multi-tenancy:     %1
</source>
        <translation>Mandantenfähigkeit:   %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private tenant:    %1
</source>
        <translation>privater Mandant:     %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default tenant:    %1
</source>
        <translation>Standardmandant:      %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none: global)</source>
        <translation>(keiner: global)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-in options:   %1
</source>
        <translation>Anmeldeoptionen:      %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preferred tenants: %1
</source>
        <translation>bevorzugte Mandanten: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dashboards user:   %1
</source>
        <translation>Dashboards-Benutzer:  %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dashboards index:  %1
</source>
        <translation>Dashboards-Index:     %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API tokens:        %1
</source>
        <translation>API-Token:            %1
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On a cluster (the plugin&apos;s other APIs)</source>
        <translation>Auf einem Cluster (die weiteren APIs des Plugins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send without asking (required when stdin is not a terminal)</source>
        <translation>ohne Nachfrage senden (nötig, wenn stdin kein Terminal ist)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the plan (changes and requests) and send nothing</source>
        <translation>den Plan (Änderungen und Anfragen) ausgeben und nichts senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flushes the plugin&apos;s authentication cache on every node, or only the entries of one user (OpenSearch 3.1 or later). The connection&apos;s user is --login here (or SECDESK_USER, or the profile&apos;s), since --user names the user whose entries are flushed.</source>
        <translation>Leert den Authentifizierungs-Cache des Plugins auf allen Knoten oder nur die Einträge eines Benutzers (OpenSearch 3.1 oder neuer). Der Benutzer der Verbindung ist hier --login (oder SECDESK_USER oder der des Profils), da --user den Benutzer nennt, dessen Einträge geleert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flush only this user&apos;s entries (3.1 or later)</source>
        <translation>nur die Einträge dieses Benutzers leeren (3.1 oder neuer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who the cluster says we are, from the account API: user, internal or not, reserved, hidden, backend roles, roles, tenants. set-password changes the connected user&apos;s own password: the current and the new one are asked on the terminal (not echoed), or read as the first and second line of stdin; never from the command line.</source>
        <translation>Wer wir laut Cluster sind, aus der Account-API: Benutzer, intern oder nicht, reserviert, verborgen, Backend-Rollen, Rollen, Mandanten. set-password ändert das eigene Passwort des verbundenen Benutzers: das aktuelle und das neue werden am Terminal abgefragt (ohne Echo) oder als erste und zweite Zeile der Standardeingabe gelesen, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>http, transport or all (default)</source>
        <translation>http, transport oder all (Vorgabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this node (id, name or a selector such as _local)</source>
        <translation>nur dieser Knoten (ID, Name oder ein Selektor wie _local)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Dashboards multi-tenancy settings (tenancy/config) and what dashboardsinfo adds. set changes them through the safe-write pipeline (PUT tenancy/config). indices lists the tenants&apos; Dashboards indices (tenantinfo; the Dashboards server user only).</source>
        <translation>Die Mandanten-Einstellungen von Dashboards (tenancy/config) und was dashboardsinfo ergänzt. set ändert sie über die Safe-Write-Pipeline (PUT tenancy/config). indices listet die Dashboards-Indizes der Mandanten (tenantinfo; nur der Dashboards-Serverbenutzer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>switch multi-tenancy on or off</source>
        <translation>Mandantenfähigkeit ein- oder ausschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch the private tenant on or off</source>
        <translation>den privaten Mandanten ein- oder ausschalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the default tenant: global_tenant, private_tenant, an existing tenant, or &quot;&quot;</source>
        <translation>der Standardmandant: global_tenant, private_tenant, ein vorhandener Mandant oder &quot;&quot;</translation>
    </message>
</context>
<context>
    <name>AdminParsers</name>
    <message>
        <location filename="../app/api/AdminResponses.cpp" line="+72"/>
        <source>the %1 response is not %2</source>
        <translation>die Antwort auf %1 ist nicht %2</translation>
    </message>
    <message>
        <location line="+142"/>
        <location line="+29"/>
        <location line="+58"/>
        <location line="+18"/>
        <location line="+31"/>
        <location line="+49"/>
        <location line="+84"/>
        <location line="+13"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>an account description (no user_name)</source>
        <translation>eine Kontobeschreibung (kein user_name)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a list of certificates (%1 of node %2 is not an array)</source>
        <translation>eine Liste von Zertifikaten (%1 von Knoten %2 ist kein Array)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a list of certificates (an entry of %1 of node %2 is not an object)</source>
        <translation>eine Liste von Zertifikaten (ein Eintrag von %1 von Knoten %2 ist kein Objekt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an object with a &quot;nodes&quot; object</source>
        <translation>ein Objekt mit einem Objekt „nodes“</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a certificate list (no &quot;nodes&quot; nor &quot;http_certificates_list&quot;)</source>
        <translation>eine Zertifikatsliste (weder „nodes“ noch „http_certificates_list“)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a multi-tenancy configuration</source>
        <translation>eine Mandanten-Konfiguration</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>listener %1 is not a JSON object</source>
        <translation>Listener %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>listener %1: %2</source>
        <translation>Listener %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;type&quot; must be &quot;ip&quot; or &quot;username&quot;</source>
        <translation>„type“ muss „ip“ oder „username“ sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a username listener needs &quot;authentication_backend&quot;: &quot;internal&quot;</source>
        <translation>ein username-Listener braucht &quot;authentication_backend&quot;: &quot;internal&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an ip listener takes no &quot;authentication_backend&quot;</source>
        <translation>ein ip-Listener hat kein „authentication_backend“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; must be a non-negative integer</source>
        <translation>„%1“ muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a map of listeners (%1 is not an object)</source>
        <translation>eine Zuordnung von Listenern (%1 ist kein Objekt)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a list of tokens (%1 is not an object)</source>
        <translation>eine Liste von Token (%1 ist kein Objekt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a list of tokens</source>
        <translation>eine Liste von Token</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a list of tokens (entry %1 is not an object)</source>
        <translation>eine Liste von Token (Eintrag %1 ist kein Objekt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a list of tokens (entry %1 has neither id nor name)</source>
        <translation>eine Liste von Token (Eintrag %1 hat weder id noch name)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a new token (no &quot;token&quot;)</source>
        <translation>ein neues Token (kein „token“)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a generated token (the message names no password)</source>
        <translation>ein erzeugtes Token (die Meldung nennt kein Passwort)</translation>
    </message>
</context>
<context>
    <name>AdminPlans</name>
    <message>
        <location filename="../app/write/AdminPlans.cpp" line="+71"/>
        <source>the security configuration (securityconfig) cannot be read, so the multi-tenancy settings cannot be planned</source>
        <translation>die Sicherheitskonfiguration (securityconfig) kann nicht gelesen werden, daher lassen sich die Mandanten-Einstellungen nicht planen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the private tenant cannot be disabled while it is the default tenant</source>
        <translation>der private Mandant kann nicht ausgeschaltet werden, solange er der Standardmandant ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the default tenant &quot;%1&quot; does not exist: use global_tenant, private_tenant or an existing tenant</source>
        <translation>der Standardmandant „%1“ existiert nicht: verwenden Sie global_tenant, private_tenant oder einen vorhandenen Mandanten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the multi-tenancy settings (PUT tenancy/config)</source>
        <translation>Die Mandanten-Einstellungen ändern (PUT tenancy/config)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>the security configuration (securityconfig) cannot be read, so the listener cannot be planned</source>
        <translation>die Sicherheitskonfiguration (securityconfig) kann nicht gelesen werden, daher lässt sich der Listener nicht planen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>a listener needs a name</source>
        <translation>ein Listener braucht einen Namen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace the auth failure listener %1</source>
        <translation>Den Auth-Failure-Listener %1 ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the auth failure listener %1</source>
        <translation>Den Auth-Failure-Listener %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is no auth failure listener &quot;%1&quot;</source>
        <translation>es gibt keinen Auth-Failure-Listener „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the auth failure listener %1</source>
        <translation>Den Auth-Failure-Listener %1 löschen</translation>
    </message>
</context>
<context>
    <name>AdminSupport</name>
    <message>
        <location filename="../app/cli/AdminSupport.cpp" line="+55"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>stdin is not a terminal, so this cannot be confirmed</source>
        <translation>stdin ist kein Terminal, daher kann dies nicht bestätigt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run it on a terminal, or add --yes to send it without asking.</source>
        <translation>Führen Sie es an einem Terminal aus oder fügen Sie --yes hinzu, um ohne Nachfrage zu senden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the HTTP basic user to connect as (or env SECDESK_USER)</source>
        <translation>der HTTP-Basic-Benutzer für die Verbindung (oder env SECDESK_USER)</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../ui/views/admin/AdminWindow.cpp" line="+32"/>
        <source>Waiting for the cluster</source>
        <translation>Warten auf den Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the cluster…</source>
        <translation>Warten auf den Cluster…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: not connected to a cluster.</source>
        <translation>%1: nicht mit einem Cluster verbunden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ApiAvailability</name>
    <message>
        <location filename="../app/api/ApiAvailability.cpp" line="+23"/>
        <source>The account API</source>
        <translation>Die Account-API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flushing the cache</source>
        <translation>Das Leeren des Caches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flushing one user&apos;s cache</source>
        <translation>Das Leeren des Caches eines Benutzers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificates API</source>
        <translation>Die Zertifikats-API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ssl/certs API</source>
        <translation>Die ssl/certs-API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reloading certificates</source>
        <translation>Das Neuladen von Zertifikaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tenancy configuration API</source>
        <translation>Die API der Mandanten-Konfiguration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dashboardsinfo API</source>
        <translation>Die dashboardsinfo-API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tenantinfo API</source>
        <translation>Die tenantinfo-API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service account tokens</source>
        <translation>Token für Dienstkonten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth failure listeners</source>
        <translation>Auth-Failure-Listener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API tokens</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>API tokens need OpenSearch %1 or later; this cluster runs %2.</source>
        <translation>API-Token brauchen OpenSearch %1 oder neuer; dieser Cluster läuft mit %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth failure listeners need OpenSearch %1 or later; this cluster runs %2.</source>
        <translation>Auth-Failure-Listener brauchen OpenSearch %1 oder neuer; dieser Cluster läuft mit %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flushing one user&apos;s cache needs OpenSearch %1 or later; this cluster runs %2.</source>
        <translation>Das Leeren des Caches eines Benutzers braucht OpenSearch %1 oder neuer; dieser Cluster läuft mit %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificates API needs OpenSearch %1 or later; this cluster runs %2.</source>
        <translation>Die Zertifikats-API braucht OpenSearch %1 oder neuer; dieser Cluster läuft mit %2.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="+27"/>
        <source>the response body</source>
        <translation>der Antworttext</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&quot;%1&quot; is not a cluster address (expected http(s)://host:port)</source>
        <translation>„%1“ ist keine Cluster-Adresse (erwartet: http(s)://host:port)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/api/ApiError.cpp" line="+66"/>
        <source>subject %1, issued by %2, valid from %3 to %4, SHA-256 fingerprint %5</source>
        <translation>Subjekt %1, ausgestellt von %2, gültig von %3 bis %4, SHA-256-Fingerabdruck %5</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no response within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The server may have applied the change; SecDesk did not send it again.</source>
        <translation>Der Server hat die Änderung eventuell angewendet; SecDesk hat sie nicht erneut gesendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection settings cannot be used: %1</source>
        <translation>Die Verbindungseinstellungen können nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 timed out: %2. The cluster may be overloaded or unreachable.</source>
        <translation>%1 hat das Zeitlimit überschritten: %2. Der Cluster ist eventuell überlastet oder nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: the connection broke after the request was sent (%2).</source>
        <translation>%1 ist fehlgeschlagen: Die Verbindung ist abgebrochen, nachdem die Anfrage gesendet wurde (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed: the cluster cannot be reached (%2).</source>
        <translation>%1 ist fehlgeschlagen: Der Cluster ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: the TLS connection was refused (%2).</source>
        <translation>%1 ist fehlgeschlagen: Die TLS-Verbindung wurde abgelehnt (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server presented a certificate with %1.</source>
        <translation>Der Server hat ein Zertifikat mit %1 vorgelegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 returned an unusable response: %2.</source>
        <translation>%1 hat eine unbrauchbare Antwort geliefert: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 returned an unusable response: %2. The response begins: %3</source>
        <translation>%1 hat eine unbrauchbare Antwort geliefert: %2. Die Antwort beginnt mit: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed with HTTP %2 %3</source>
        <translation>%1 ist mit HTTP %2 %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>keys not allowed here: %1</source>
        <translation>hier nicht erlaubte Schlüssel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing required keys: %1</source>
        <translation>fehlende Pflichtschlüssel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give at least one of: %1</source>
        <translation>mindestens einen davon angeben: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the user name and password, or the client certificate.</source>
        <translation>Prüfen Sie Benutzername und Passwort oder das Client-Zertifikat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cluster does not allow changing the security configuration through the REST API. Either set plugins.security.unsupported.restapi.allow_securityconfig_modification: true in opensearch.yml on every node (used only while plugins.security.restapi.admin.enabled is false; then every user with REST API access may write), or set plugins.security.restapi.admin.enabled: true and write with the admin TLS client certificate (plugins.security.authcz.admin_dn) or as a user whose role grants restapi:admin/config/update explicitly. Both settings need a node restart.</source>
        <translation>Der Cluster erlaubt keine Änderung der Sicherheitskonfiguration über die REST-API. Setzen Sie entweder plugins.security.unsupported.restapi.allow_securityconfig_modification: true in opensearch.yml auf jedem Knoten (wirkt nur, solange plugins.security.restapi.admin.enabled false ist; dann darf jeder Benutzer mit REST-API-Zugriff schreiben), oder setzen Sie plugins.security.restapi.admin.enabled: true und schreiben Sie mit dem Admin-TLS-Client-Zertifikat (plugins.security.authcz.admin_dn) oder als Benutzer, dessen Rolle restapi:admin/config/update ausdrücklich gewährt. Beide Einstellungen erfordern einen Neustart der Knoten.</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <location filename="../app/write/BackupStore.cpp" line="+57"/>
        <source>cannot create the backup folder %1</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>cannot write the backup %1</source>
        <translation>die Sicherung %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a configuration document</source>
        <translation>%1 ist kein Konfigurationsdokument</translation>
    </message>
</context>
<context>
    <name>CacheFlushDialog</name>
    <message>
        <location filename="../ui/views/admin/CacheFlushDialog.cpp" line="+22"/>
        <source>Flush security cache</source>
        <translation>Sicherheits-Cache leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The security plugin caches who users are and what they may do. Flushing makes every node read users, roles and mappings again on the next request.</source>
        <translation>Das Security-Plugin speichert zwischen, wer Benutzer sind und was sie dürfen. Nach dem Leeren liest jeder Knoten bei der nächsten Anfrage Benutzer, Rollen und Zuordnungen neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Everyone&apos;s entries, on every node</source>
        <translation>&amp;Einträge aller Benutzer, auf jedem Knoten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Only this user&apos;s entries:</source>
        <translation>&amp;Nur die Einträge dieses Benutzers:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User whose cache entries are flushed</source>
        <translation>Benutzer, dessen Cache-Einträge geleert werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Flush…</source>
        <translation>&amp;Leeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Flush</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Flush the security cache of every user on every node of %1?</source>
        <translation>Den Sicherheits-Cache aller Benutzer auf jedem Knoten von %1 leeren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flush the cached entries of user %1 on %2?</source>
        <translation>Die zwischengespeicherten Einträge von Benutzer %1 auf %2 leeren?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flushing the cache (DELETE api/cache)</source>
        <translation>Cache leeren (DELETE api/cache)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flushing the cache of %1 (DELETE api/cache/user)</source>
        <translation>Cache von %1 leeren (DELETE api/cache/user)</translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <location filename="../app/models/CertificateTableModel.cpp" line="+75"/>
        <source>The certificates API repeats the end date here; the start is not known.</source>
        <translation>Die Zertifikats-API wiederholt hier das Enddatum; der Beginn ist unbekannt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: end date unknown</source>
        <translation>Warnung: Enddatum unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: expired</source>
        <translation>Fehler: abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SANs</source>
        <translation>SANs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not before</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not after</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message>
        <location filename="../ui/views/admin/CertificatesView.cpp" line="+62"/>
        <location line="+52"/>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate type</source>
        <translation>Zertifikatstyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload &amp;HTTP certificates…</source>
        <translation>&amp;HTTP-Zertifikate neu laden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload HTTP certificates</source>
        <translation>HTTP-Zertifikate neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload tr&amp;ansport certificates…</source>
        <translation>Tr&amp;ansport-Zertifikate neu laden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload transport certificates</source>
        <translation>Transport-Zertifikate neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-reads the certificate files on the nodes; needs plugins.security.ssl_cert_reload_enabled and restapi:admin/ssl/certs/reload.</source>
        <translation>Liest die Zertifikatsdateien auf den Knoten neu; braucht plugins.security.ssl_cert_reload_enabled und restapi:admin/ssl/certs/reload.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This connection&apos;s TLS</source>
        <translation>TLS dieser Verbindung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 Showing the key certificates from ssl/certs instead.</source>
        <translation>%1 Stattdessen werden die Schlüsselzertifikate aus ssl/certs gezeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the certificates (%1)</source>
        <translation>Zertifikate lesen (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the certificates: %1</source>
        <translation>Zertifikate lesen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading certificates needs REST admin permission restapi:admin/ssl/certs/info (or the admin certificate).</source>
        <translation>Zum Lesen der Zertifikate braucht es die REST-Admin-Berechtigung restapi:admin/ssl/certs/info (oder das Admin-Zertifikat).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading this connection&apos;s TLS (sslinfo)</source>
        <translation>TLS dieser Verbindung lesen (sslinfo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol: %1 · Cipher: %2 · Client certificate: %3 · Server certificate: %4</source>
        <translation>Protokoll: %1 · Chiffre: %2 · Client-Zertifikat: %3 · Server-Zertifikat: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not TLS)</source>
        <translation>(kein TLS)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, none ends within %2 days.</source>
        <translation>%1, keines endet innerhalb von %2 Tagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 with an error (expired or ending within %3 days), %4 with a warning (ending within %5 days).</source>
        <translation>%1: %2 mit Fehler (abgelaufen oder endet innerhalb von %3 Tagen), %4 mit Warnung (endet innerhalb von %5 Tagen).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the %1 certificates of %2 from their files on the nodes?</source>
        <translation>Die %1-Zertifikate von %2 aus ihren Dateien auf den Knoten neu laden?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reloading the %1 certificates</source>
        <translation>%1-Zertifikate neu laden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reloading the %1 certificates: %2</source>
        <translation>%1-Zertifikate neu laden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reloading needs plugins.security.ssl_cert_reload_enabled: true on the nodes.</source>
        <translation>Neu laden braucht plugins.security.ssl_cert_reload_enabled: true auf den Knoten.</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <location filename="../app/write/ChangePlan.cpp" line="+209"/>
        <source>the whole configuration document cannot be written at once; patch its types</source>
        <translation>das gesamte Konfigurationsdokument kann nicht auf einmal geschrieben werden; ändern Sie seine Typen per Patch</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/write/ChangePlanRollback.cpp" line="+143"/>
        <source>&quot;%1&quot; is not a configuration type</source>
        <translation>„%1“ ist kein Konfigurationstyp</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Apply a patch (%n operation(s))</source>
        <translation>
            <numerusform>Einen Patch anwenden (%n Operation)</numerusform>
            <numerusform>Einen Patch anwenden (%n Operationen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the type &quot;%1&quot; is not available on this cluster</source>
        <translation>der Typ „%1“ ist auf diesem Cluster nicht verfügbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds the placeholder &quot;******&quot; instead of the secret: the server would store it literally; enter the real value</source>
        <translation>%1 enthält den Platzhalter „******“ statt des Geheimnisses: Der Server würde ihn wörtlich speichern; geben Sie den echten Wert ein</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a whole configuration type cannot be removed or moved; patch its entities</source>
        <translation>ein ganzer Konfigurationstyp kann nicht entfernt oder verschoben werden; ändern Sie seine Entitäten per Patch</translation>
    </message>
    <message>
        <location filename="../app/write/ChangePlanSources.cpp" line="+23"/>
        <source>%1: the string has %2 characters; the server accepts at most %3</source>
        <translation>%1: die Zeichenkette hat %2 Zeichen; der Server akzeptiert höchstens %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: null or blank values are not allowed as array elements</source>
        <translation>%1: null oder leere Werte sind als Array-Elemente nicht erlaubt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the file may hold only &quot;dynamic&quot;, not &quot;%1&quot;</source>
        <translation>die Datei darf nur „dynamic“ enthalten, nicht „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file must hold {&quot;dynamic&quot;: {...}}: &quot;dynamic&quot; is missing or not an object</source>
        <translation>die Datei muss {&quot;dynamic&quot;: {...}} enthalten: „dynamic“ fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the security configuration (securityconfig) is not available on this cluster</source>
        <translation>die Sicherheitskonfiguration (securityconfig) ist auf diesem Cluster nicht verfügbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the security configuration (PUT securityconfig/config)</source>
        <translation>Die Sicherheitskonfiguration ersetzen (PUT securityconfig/config)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 hold(s) the placeholder &quot;******&quot; that GET shows instead of a password; the server would store it literally as the password. Put the real value in the file, or change only what you mean to with a patch.</source>
        <translation>
            <numerusform>%1 enthält den Platzhalter „******“, den GET statt eines Passworts zeigt; der Server würde ihn wörtlich als Passwort speichern. Tragen Sie den echten Wert in die Datei ein oder ändern Sie per Patch nur, was Sie ändern wollen.</numerusform>
            <numerusform>%1 enthalten den Platzhalter „******“, den GET statt eines Passworts zeigt; der Server würde ihn wörtlich als Passwort speichern. Tragen Sie den echten Wert in die Datei ein oder ändern Sie per Patch nur, was Sie ändern wollen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;dynamic&quot; is empty: every setting returns to its default and all authentication domains are removed.</source>
        <translation>„dynamic“ ist leer: Jede Einstellung kehrt zu ihrem Standardwert zurück, und alle Authentifizierungsdomänen werden entfernt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not in both the backup and the cluster&apos;s configuration; left alone</source>
        <translation>%1 ist nicht sowohl in der Sicherung als auch in der Konfiguration des Clusters; unverändert gelassen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>user %1 cannot be restored: the backup holds no password for it; create it again with a password</source>
        <translation>Benutzer %1 kann nicht wiederhergestellt werden: Die Sicherung enthält kein Passwort dafür; legen Sie ihn mit einem Passwort neu an</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not restored: the backup holds it redacted (&quot;******&quot;)</source>
        <translation>%1 wird nicht wiederhergestellt: Die Sicherung enthält es geschwärzt („******“)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/write/ChangePlanRollback.cpp" line="-79"/>
        <source>%1 is reserved or hidden on the cluster, so the REST API cannot remove it; left alone</source>
        <translation>%1 ist auf dem Cluster reserviert oder verborgen, daher kann die REST-API es nicht entfernen; unverändert gelassen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is reserved or hidden on the cluster, so the REST API cannot change it; left alone</source>
        <translation>%1 ist auf dem Cluster reserviert oder verborgen, daher kann die REST-API es nicht ändern; unverändert gelassen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the REST API cannot set %2; written without it</source>
        <translation>%1 wird ohne %2 geschrieben: Die REST-API kann es nicht setzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>user %1 is new but %2 holds no password hash for it: add a hash there, or create the user with a password first</source>
        <translation>Benutzer %1 ist neu, aber %2 enthält keinen Passwort-Hash für ihn: Fügen Sie dort einen Hash hinzu oder legen Sie den Benutzer zuerst mit einem Passwort an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 in %2 holds a redacted secret (&quot;******&quot;), which would be stored literally</source>
        <translation>%1 in %2 enthält ein geschwärztes Geheimnis („******“), das wörtlich gespeichert würde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>name at least one entity or type</source>
        <translation>nennen Sie mindestens eine Entität oder einen Typ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name a type (/roles) or an entity (/roles/r1): whole entities are restored or copied</source>
        <translation>nennen Sie einen Typ (/roles) oder eine Entität (/roles/r1): Es werden ganze Entitäten wiederhergestellt oder kopiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds no %2</source>
        <translation>%1 enthält kein %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not available on this cluster</source>
        <translation>%1 ist auf diesem Cluster nicht verfügbar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a rollback needs an explicit version id (without one the server toggles between the two newest versions)</source>
        <translation>ein Rollback braucht eine ausdrückliche Versions-ID (ohne sie wechselt der Server zwischen den beiden neuesten Versionen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roll back to version %1</source>
        <translation>Auf Version %1 zurücksetzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be read with these credentials: the rollback restores it as well, without a check</source>
        <translation>%1 kann mit diesen Anmeldedaten nicht gelesen werden: Der Rollback stellt es ohne Prüfung ebenfalls wieder her</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>version %1 holds no configuration to roll back to</source>
        <translation>Version %1 enthält keine Konfiguration, auf die zurückgesetzt werden kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the live configuration already matches version %1 (secrets cannot be compared); the rollback still restores its password hashes</source>
        <translation>die Live-Konfiguration entspricht bereits Version %1 (Geheimnisse können nicht verglichen werden); der Rollback stellt trotzdem ihre Passwort-Hashes wieder her</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the version</source>
        <translation>die Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore %1 from a version</source>
        <translation>%1 aus einer Version wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore %1 from version %2</source>
        <translation>%1 aus Version %2 wiederherstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the source</source>
        <translation>die Quelle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bring %1 over from %2</source>
        <translation>%1 aus %2 übernehmen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entity(ies) that %1 does not hold left alone (no prune): %2</source>
        <translation>
            <numerusform>%n Entität, die %1 nicht enthält, bleibt unverändert (kein Bereinigen): %2</numerusform>
            <numerusform>%n Entitäten, die %1 nicht enthält, bleiben unverändert (kein Bereinigen): %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/write/Upgrade.cpp" line="+147"/>
        <source>&quot;%1&quot; cannot be upgraded; only roles can</source>
        <translation>„%1“ kann nicht aktualisiert werden; nur Rollen können es</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name the configuration types to upgrade (roles)</source>
        <translation>nennen Sie die zu aktualisierenden Konfigurationstypen (roles)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upgrade %1 to the defaults the cluster ships</source>
        <translation>%1 auf die Standardwerte des Clusters aktualisieren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Upgrade %n entity(ies) to the defaults the cluster ships: %1</source>
        <translation>
            <numerusform>%n Entität auf die Standardwerte des Clusters aktualisieren: %1</numerusform>
            <numerusform>%n Entitäten auf die Standardwerte des Clusters aktualisieren: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+37"/>
        <source>Usage: secdesk-cli COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Aufruf: secdesk-cli BEFEHL [ARGUMENTE] [OPTIONEN]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SecDesk&apos;s core, headless, for scripting.</source>
        <translation>Der Kern von SecDesk, ohne Oberfläche, für Skripte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Global options: --help (this text), --version. &quot;secdesk-cli COMMAND --help&quot; describes a command.</source>
        <translation>Globale Optionen: --help (dieser Text), --version. „secdesk-cli BEFEHL --help“ beschreibt einen Befehl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or an unreadable or invalid input file, 3 the cluster cannot be reached or authentication failed, 4 the configuration changed on the cluster since it was read.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 die Operation ist fehlgeschlagen, 2 falsche Verwendung oder eine unlesbare oder ungültige Eingabedatei, 3 der Cluster ist nicht erreichbar oder die Authentifizierung ist fehlgeschlagen, 4 die Konfiguration wurde auf dem Cluster geändert, seit sie gelesen wurde.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+27"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/CliCommand.cpp" line="+93"/>
        <source>Usage: secdesk-cli %1</source>
        <translation>Aufruf: secdesk-cli %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &quot;secdesk-cli --help&quot; for the list of commands.</source>
        <translation>„secdesk-cli --help“ listet die Befehle auf.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="-80"/>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>unknown option --%1</source>
        <translation>unbekannte Option --%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the option --%1 does not take a value after &apos;=&apos;</source>
        <translation>die Option --%1 nimmt keinen Wert nach „=“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the option --%1 needs %2</source>
        <translation>die Option --%1 braucht %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the option --%1 is given twice</source>
        <translation>die Option --%1 ist doppelt angegeben</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>expected %n argument(s) (%1), got %2</source>
        <translation>
            <numerusform>%n Argument erwartet (%1), %2 erhalten</numerusform>
            <numerusform>%n Argumente erwartet (%1), %2 erhalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
</context>
<context>
    <name>ClusterCommands</name>
    <message>
        <location filename="../app/cli/ClusterCommands.cpp" line="+34"/>
        <source>Versioning is not enabled on this cluster: set plugins.security.configurations_versions.enabled: true in opensearch.yml on every node and restart (OpenSearch 3.3 or later).</source>
        <translation>Die Versionierung ist auf diesem Cluster nicht aktiviert: Setzen Sie plugins.security.configurations_versions.enabled: true in opensearch.yml auf jedem Knoten und starten Sie neu (OpenSearch 3.3 oder neuer).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no version in the response</source>
        <translation>keine Version in der Antwort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>note: %1 is left out: %2
</source>
        <translation>Hinweis: %1 wird ausgelassen: %2
</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>note: %n hidden entity(ies) left out: the cluster hides them from this user
</source>
        <translation>
            <numerusform>Hinweis: %n verborgene Entität ausgelassen: Der Cluster verbirgt sie vor diesem Benutzer
</numerusform>
            <numerusform>Hinweis: %n verborgene Entitäten ausgelassen: Der Cluster verbirgt sie vor diesem Benutzer
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (read-write)</source>
        <translation>%1 (Lesen und Schreiben)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (read-only)</source>
        <translation>%1 (nur Lesen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user:          %1
</source>
        <translation>Benutzer:        %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backend roles: %1
</source>
        <translation>Backend-Rollen:  %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles:         %1
</source>
        <translation>Rollen:          %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenants:       %1
</source>
        <translation>Mandanten:       %1
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown type &quot;%1&quot;</source>
        <translation>unbekannter Typ „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Types: %1</source>
        <translation>Typen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not available: %2</source>
        <translation>%1 ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note: %1 is not available: %2
</source>
        <translation>Hinweis: %1 ist nicht verfügbar: %2
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1  %2  %3  %4
</source>
        <translation>%1  %2  %3  %4
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TIME (UTC)</source>
        <translation>ZEIT (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MODIFIED BY</source>
        <translation>GEÄNDERT VON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHANGES</source>
        <translation>ÄNDERUNGEN</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(first)</source>
        <translation>(erste)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no versions recorded)
</source>
        <translation>(keine Versionen aufgezeichnet)
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the response holds no version</source>
        <translation>die Antwort enthält keine Version</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>On a cluster (read-only)</source>
        <translation>Auf einem Cluster (nur lesend)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who the cluster says we are: user, backend roles, roles and tenants.</source>
        <translation>Wer wir laut Cluster sind: Benutzer, Backend-Rollen, Rollen und Mandanten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The configuration document, or one type of it (config, roles, rolesmapping, internalusers, actiongroups, tenants, nodesdn, allowlist, audit). Types the cluster does not expose are left out, with a note on stderr.</source>
        <translation>Das Konfigurationsdokument oder einer seiner Typen (config, roles, rolesmapping, internalusers, actiongroups, tenants, nodesdn, allowlist, audit). Typen, die der Cluster nicht bereitstellt, werden mit einem Hinweis auf stderr ausgelassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The version timeline, newest first: id, time, modified by, and the number of changes against the previous version per type.</source>
        <translation>Die Versionszeitleiste, neueste zuerst: ID, Zeit, geändert von und die Anzahl der Änderungen gegenüber der vorigen Version je Typ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version ID as a configuration document. Secrets are redacted as the REST API shows them: internal users&apos; password hashes blanked, every other secret (bind passwords, signing, encryption and exchange keys, audit and allowlist passwords) &quot;******&quot;. The two flags are independent: --show-hashes reveals the hashes only, --show-secrets the other secrets only; give both to see everything.</source>
        <translation>Version ID als Konfigurationsdokument. Geheimnisse werden so geschwärzt, wie die REST-API sie zeigt: die Passwort-Hashes interner Benutzer geleert, jedes andere Geheimnis (Bind-Passwörter, Signatur-, Verschlüsselungs- und Austauschschlüssel, Audit- und Zulassungslisten-Passwörter) als „******“. Die beiden Optionen sind unabhängig: --show-hashes zeigt nur die Hashes, --show-secrets nur die anderen Geheimnisse; geben Sie beide an, um alles zu sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>include the internal users&apos; password hashes (no other secret)</source>
        <translation>die Passwort-Hashes der internen Benutzer einschließen (kein anderes Geheimnis)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>include the other secrets: bind passwords, signing, encryption and exchange keys, audit and allowlist passwords (not the hashes)</source>
        <translation>die anderen Geheimnisse einschließen: Bind-Passwörter, Signatur-, Verschlüsselungs- und Austauschschlüssel, Audit- und Zulassungslisten-Passwörter (nicht die Hashes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An RFC 6902 patch from version A to version B; &quot;current&quot; names the live configuration. Password hashes and other secrets are compared by fingerprint and never printed.</source>
        <translation>Ein RFC-6902-Patch von Version A nach Version B; „current“ bezeichnet die Live-Konfiguration. Passwort-Hashes und andere Geheimnisse werden per Fingerabdruck verglichen und nie ausgegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a readable list of changes instead of a patch</source>
        <translation>eine lesbare Liste der Änderungen statt eines Patches</translation>
    </message>
</context>
<context>
    <name>ClusterConnection</name>
    <message>
        <location filename="../app/cli/ClusterConnection.cpp" line="+42"/>
        <source>the cluster, e.g. https://localhost:9200 (or env SECDESK_URL)</source>
        <translation>der Cluster, z. B. https://localhost:9200 (oder Umgebungsvariable SECDESK_URL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP basic user (or env SECDESK_USER); the password from env SECDESK_PASSWORD</source>
        <translation>HTTP-Basic-Benutzer (oder SECDESK_USER); das Passwort aus SECDESK_PASSWORD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the password from the first line of FILE</source>
        <translation>das Passwort aus der ersten Zeile von FILE lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trust the CA certificate(s) in FILE (PEM)</source>
        <translation>dem/den CA-Zertifikat(en) in FILE vertrauen (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client certificate (PEM)</source>
        <translation>Client-Zertifikat (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client key (PEM); its passphrase from env SECDESK_KEY_PASSPHRASE</source>
        <translation>Client-Schlüssel (PEM); seine Passphrase aus SECDESK_KEY_PASSPHRASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not verify the cluster&apos;s TLS certificate (a warning is printed)</source>
        <translation>das TLS-Zertifikat des Clusters nicht prüfen (es wird eine Warnung ausgegeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a connection profile saved by the app (its password from the keychain)</source>
        <translation>ein von der App gespeichertes Verbindungsprofil (sein Passwort aus dem Schlüsselbund)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give up on a request after SECONDS without data (default 30)</source>
        <translation>eine Anfrage nach SECONDS Sekunden ohne Daten aufgeben (Standard 30)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>no cluster given: use --url URL or set SECDESK_URL</source>
        <translation>kein Cluster angegeben: --url URL verwenden oder SECDESK_URL setzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a cluster address (expected http(s)://host:port)</source>
        <translation>„%1“ ist keine Cluster-Adresse (erwartet: http(s)://host:port)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the password file %1: %2</source>
        <translation>die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no password for user %1 of profile %2: the keychain cannot be read (%3); set SECDESK_PASSWORD or use --password-file FILE</source>
        <translation>kein Passwort für Benutzer %1 von Profil %2: Der Schlüsselbund kann nicht gelesen werden (%3); setzen Sie SECDESK_PASSWORD oder verwenden Sie --password-file FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no password for user %1: set SECDESK_PASSWORD or use --password-file FILE</source>
        <translation>kein Passwort für Benutzer %1: setzen Sie SECDESK_PASSWORD oder verwenden Sie --password-file FILE</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--timeout takes a number of seconds greater than 0, not &quot;%1&quot;</source>
        <translation>--timeout erwartet eine Sekundenzahl größer als 0, nicht „%1“</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>warning: TLS verification is off (--insecure): the cluster&apos;s identity is not checked
</source>
        <translation>Warnung: Die TLS-Prüfung ist aus (--insecure): Die Identität des Clusters wird nicht geprüft
</translation>
    </message>
</context>
<context>
    <name>ClusterMenu</name>
    <message>
        <location filename="../ui/mainwindow/ClusterMenu.cpp" line="+16"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace security config…</source>
        <translation>Sicherheitskonfiguration ersetzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit &quot;dynamic&quot; of securityconfig/config as a whole and send it with PUT</source>
        <translation>„dynamic“ von securityconfig/config als Ganzes bearbeiten und mit PUT senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write &amp;journal</source>
        <translation>Schreib&amp;journal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every write to a cluster made by SecDesk or secdesk-cli</source>
        <translation>Jeder Schreibvorgang auf einen Cluster durch SecDesk oder secdesk-cli</translation>
    </message>
</context>
<context>
    <name>CompareMenu</name>
    <message>
        <location filename="../ui/views/compare/CompareMenu.cpp" line="+21"/>
        <source>Compare with a securityadmin &amp;directory…</source>
        <translation>Mit einem securityadmin-&amp;Verzeichnis vergleichen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare the live configuration with securityadmin YAML files and apply selected differences</source>
        <translation>Die Live-Konfiguration mit securityadmin-YAML-Dateien vergleichen und ausgewählte Unterschiede anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with another &amp;connection…</source>
        <translation>Mit einer anderen Verbin&amp;dung vergleichen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with a saved connection (say staging) and promote selected entities to this one</source>
        <translation>Mit einer gespeicherten Verbindung (etwa Staging) vergleichen und ausgewählte Entitäten hierher übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export as securityadmin files…</source>
        <translation>Als securityadmin-Dateien &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the live configuration as securityadmin YAML files, with the password hashes of the newest version</source>
        <translation>Die Live-Konfiguration als securityadmin-YAML-Dateien schreiben, mit den Passwort-Hashes der neuesten Version</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../app/models/CompareModel.cpp" line="+117"/>
        <source>only in source</source>
        <translation>nur in der Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only live</source>
        <translation>nur live</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>different</source>
        <translation>verschieden</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check to select every entity of %1 that can be applied</source>
        <translation>Ankreuzen, um jede anwendbare Entität von %1 auszuwählen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only on the live cluster: applying it removes %1</source>
        <translation>Nur auf dem Live-Cluster: Anwenden entfernt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only on the live cluster: turn on &quot;Also remove entities missing from the source&quot; to remove it</source>
        <translation>Nur auf dem Live-Cluster: Schalten Sie „Auch Entitäten entfernen, die in der Quelle fehlen“ ein, um es zu entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only in the source: applying it adds %1</source>
        <translation>Nur in der Quelle: Anwenden fügt %1 hinzu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different: applying it replaces %1 with the source&apos;s</source>
        <translation>Verschieden: Anwenden ersetzt %1 durch die Fassung der Quelle</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../ui/views/compare/CompareView.cpp" line="+38"/>
        <source>&amp;Apply selected…</source>
        <translation>Ausgewählte &amp;anwenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare and promote</source>
        <translation>Vergleichen und übernehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the checked entities to the current connection (you confirm the exact requests first)</source>
        <translation>Die angekreuzten Entitäten in die aktuelle Verbindung schreiben (Sie bestätigen zuvor die genauen Anfragen)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Open securityadmin &amp;directory…</source>
        <translation>securityadmin-&amp;Verzeichnis öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read a directory of securityadmin YAML files (read-only) and compare it</source>
        <translation>Ein Verzeichnis mit securityadmin-YAML-Dateien lesen (nur lesend) und vergleichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or another &amp;connection:</source>
        <translation>oder eine andere Verbin&amp;dung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mpare</source>
        <translation>Ver&amp;gleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the configuration of the chosen saved connection (read-only) and compare</source>
        <translation>Die Konfiguration der gewählten gespeicherten Verbindung lesen (nur lesend) und vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+264"/>
        <source>No source is open.</source>
        <translation>Keine Quelle geöffnet.</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Filter by type or entity name</source>
        <translation>Nach Typ oder Entitätsname filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check the entities to apply; Space toggles the current one</source>
        <translation>Kreuzen Sie die anzuwendenden Entitäten an; die Leertaste schaltet die aktuelle um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entities that differ</source>
        <translation>Abweichende Entitäten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a&amp;ll</source>
        <translation>A&amp;lle auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;none</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also &amp;remove entities missing from the source</source>
        <translation>Auch Entitäten &amp;entfernen, die in der Quelle fehlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: entities only on the live cluster are left alone and cannot be checked</source>
        <translation>Aus: Entitäten, die nur auf dem Live-Cluster sind, bleiben unverändert und können nicht angekreuzt werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>⚠ Checked entities marked &quot;only live&quot; will be DELETED from %1.</source>
        <translation>⚠ Angekreuzte Entitäten mit „nur live“ werden aus %1 GELÖSCHT.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(no saved connection)</source>
        <translation>(keine vorhanden)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not available)</source>
        <translation>(nicht verfügbar)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes are written to %1</source>
        <translation>Änderungen werden in %1 geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected: nothing can be written</source>
        <translation>Nicht verbunden: Es kann nichts geschrieben werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a securityadmin directory or choose another connection to compare.</source>
        <translation>Öffnen Sie ein securityadmin-Verzeichnis oder wählen Sie eine andere Verbindung zum Vergleichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No differences: the live configuration matches the source.</source>
        <translation>Keine Unterschiede: Die Live-Konfiguration entspricht der Quelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 only in source, %2 only live, %3 different; %4 checked</source>
        <translation>%1 nur in der Quelle, %2 nur live, %3 verschieden; %4 angekreuzt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open a securityadmin directory</source>
        <translation>Ein securityadmin-Verzeichnis öffnen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>directory %1</source>
        <translation>Verzeichnis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with directory %1 (read-only)</source>
        <translation>Vergleich mit Verzeichnis %1 (nur lesend)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Comparing with connection %1 (read-only)</source>
        <translation>Vergleich mit Verbindung %1 (nur lesend)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Comparing with %1 (read-only); types compared: %2</source>
        <translation>Vergleich mit %1 (nur lesend); verglichene Typen: %2</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved connections are not available here.</source>
        <translation>Gespeicherte Verbindungen sind hier nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the configuration of %1…</source>
        <translation>Die Konfiguration von %1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the configuration of %1: %2</source>
        <translation>Die Konfiguration von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Comparing…</source>
        <translation>Vergleich läuft…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no common type</source>
        <translation>kein gemeinsamer Typ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>live: %1</source>
        <translation>live: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preparing the write…</source>
        <translation>Der Schreibvorgang wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The selection cannot be applied: %1</source>
        <translation>Die Auswahl kann nicht angewendet werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to write: the checked entities already match the source.</source>
        <translation>Nichts zu schreiben: Die angekreuzten Entitäten entsprechen bereits der Quelle.</translation>
    </message>
</context>
<context>
    <name>ConfigBlame</name>
    <message>
        <location filename="../app/domain/ConfigBlame.cpp" line="+27"/>
        <source>not found in any version</source>
        <translation>in keiner Version gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2 at %3</source>
        <translation>%1 von %2 am %3</translation>
    </message>
</context>
<context>
    <name>ConfigChanges</name>
    <message>
        <location filename="../app/domain/ConfigChanges.cpp" line="+74"/>
        <source>(document root)</source>
        <translation>(Dokumentwurzel)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No differences.
</source>
        <translation>Keine Unterschiede.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 added, %2 removed, %3 changed
</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert
</translation>
    </message>
</context>
<context>
    <name>ConfigFetch</name>
    <message>
        <location filename="../app/api/ConfigFetch.cpp" line="+44"/>
        <source>not enabled on this cluster (plugins.security.nodes_dn_dynamic_config_enabled is off)</source>
        <translation>auf diesem Cluster nicht aktiviert (plugins.security.nodes_dn_dynamic_config_enabled ist aus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not available on this cluster version</source>
        <translation>in dieser Cluster-Version nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not available on this cluster (%1)</source>
        <translation>auf diesem Cluster nicht verfügbar (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no permission: %1</source>
        <translation>keine Berechtigung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the audit configuration is not active on this cluster</source>
        <translation>die Audit-Konfiguration ist auf diesem Cluster nicht aktiv</translation>
    </message>
</context>
<context>
    <name>ConfigTreeDelegate</name>
    <message>
        <location filename="../ui/views/configtree/ConfigTreeDelegate.cpp" line="+32"/>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
</context>
<context>
    <name>ConfigTreeModel</name>
    <message>
        <location filename="../app/models/ConfigTreeData.cpp" line="+81"/>
        <source>The filter is not a valid regular expression: %1 (at character %2)</source>
        <translation>Der Filter ist kein gültiger regulärer Ausdruck: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>not read from the cluster</source>
        <translation>nicht vom Cluster gelesen</translation>
    </message>
    <message>
        <location filename="../app/models/ConfigTreeModel.cpp" line="+362"/>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n Problem:</numerusform>
            <numerusform>%n Probleme:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>ConfigTreeView</name>
    <message>
        <location filename="../ui/views/configtree/ConfigTreeView.cpp" line="+45"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter names and values (Ctrl+F)</source>
        <translation>Namen und Werte filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy JSON pointer</source>
        <translation>JSON-Pointer kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy value as JSON</source>
        <translation>Wert als JSON kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blame: who set this value</source>
        <translation>Herkunft: Wer diesen Wert gesetzt hat</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the nodes whose name or value contains this text</source>
        <translation>Zeigt nur die Knoten, deren Name oder Wert diesen Text enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration tree</source>
        <translation>Konfigurationsbaum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON of the selected node</source>
        <translation>JSON des ausgewählten Knotens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity summary</source>
        <translation>Entitätsübersicht</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Select a node to see it as JSON.</source>
        <translation>Wählen Sie einen Knoten, um ihn als JSON zu sehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This type is not available: %1</source>
        <translation>Dieser Typ ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+28"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate…</source>
        <translation>Duplizieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New role…</source>
        <translation>Neue Rolle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New role mapping…</source>
        <translation>Neue Rollenzuordnung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New internal user…</source>
        <translation>Neuer interner Benutzer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action group…</source>
        <translation>Neue Aktionsgruppe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tenant…</source>
        <translation>Neuer Tenant…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Explain access…</source>
        <translation>Zugriff erklären…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who can access…</source>
        <translation>Wer hat Zugriff…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Effective permissions…</source>
        <translation>Effektive Berechtigungen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Patch: add member…</source>
        <translation>Patch: Mitglied hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch: replace value</source>
        <translation>Patch: Wert ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch: remove</source>
        <translation>Patch: entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch: append to array</source>
        <translation>Patch: an Array anhängen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch: copy to…</source>
        <translation>Patch: kopieren nach…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch: move to…</source>
        <translation>Patch: verschieben nach…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch: test value</source>
        <translation>Patch: Wert prüfen</translation>
    </message>
</context>
<context>
    <name>ConfigType</name>
    <message>
        <location filename="../app/domain/ConfigType.cpp" line="+90"/>
        <source>Security config</source>
        <translation>Sicherheitskonfiguration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role mappings</source>
        <translation>Rollenzuordnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal users</source>
        <translation>Interne Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action groups</source>
        <translation>Aktionsgruppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nodes DN</source>
        <translation>Knoten-DN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowlist</source>
        <translation>Zulassungsliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="+56"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a Cluster</source>
        <translation>Einen Cluster hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Connection — %1</source>
        <translation>Verbindung bearbeiten — %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate and password</source>
        <translation>Client-Zertifikat und Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;uthentication:</source>
        <translation>A&amp;uthentifizierung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client &amp;certificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client certificate (PEM)</source>
        <translation>Client-Zertifikat (PEM)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client key (PEM)</source>
        <translation>Client-Schlüssel (PEM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only for an encrypted key</source>
        <translation>nur für einen verschlüsselten Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key pass&amp;phrase:</source>
        <translation>Schlüssel-Passp&amp;hrase:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: trusted in addition to the system&apos;s CAs</source>
        <translation>optional: zusätzlich zu den Zertifizierungsstellen des Systems vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;A file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA certificates (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify TLS certificates</source>
        <translation>TLS-Zertifikate prü&amp;fen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Verification is off:&lt;/b&gt; SecDesk cannot tell whether it talks to the real cluster, and anyone in between can read the password. Prefer a CA file.</source>
        <translation>&lt;b&gt;Die Prüfung ist aus:&lt;/b&gt; SecDesk kann nicht erkennen, ob es mit dem echten Cluster spricht, und jeder dazwischen kann das Passwort mitlesen. Verwenden Sie lieber eine CA-Datei.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout:</source>
        <translation>Zeit&amp;limit:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Te&amp;st Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel &amp;Test</source>
        <translation>&amp;Test abbrechen</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file</source>
        <translation>Die Datei wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse: %1</source>
        <translation>Durchsuchen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PEM files (*.pem *.crt *.cer *.key)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;The connection failed.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Die Verbindung ist fehlgeschlagen.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;Check the user name and password.</source>
        <translation>&lt;br&gt;Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Connected as %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verbunden als %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend roles: %1</source>
        <translation>Backend-Rollen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster: &lt;b&gt;%1&lt;/b&gt; (%2 %3)</source>
        <translation>Cluster: &lt;b&gt;%1&lt;/b&gt; (%2 %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cluster&apos;s name and version cannot be read: %1</source>
        <translation>Name und Version des Clusters können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate: %1&lt;br&gt;issued by %2&lt;br&gt;valid %3 to %4&lt;br&gt;SHA-256 %5</source>
        <translation>Zertifikat: %1&lt;br&gt;ausgestellt von %2&lt;br&gt;gültig von %3 bis %4&lt;br&gt;SHA-256 %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not encrypted: the address uses http.</source>
        <translation>Nicht verschlüsselt: Die Adresse verwendet http.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../app/domain/ConnectionProfile.cpp" line="+14"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name cannot start or end with a space.</source>
        <translation>Der Name darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the cluster&apos;s address, e.g. https://localhost:9200.</source>
        <translation>Geben Sie die Adresse des Clusters ein, z. B. https://localhost:9200.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a cluster address: expected http(s)://host:port.</source>
        <translation>„%1“ ist keine Cluster-Adresse: erwartet wird http(s)://host:port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A client certificate needs an https:// address.</source>
        <translation>Ein Client-Zertifikat braucht eine https://-Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the client certificate (PEM).</source>
        <translation>Wählen Sie das Client-Zertifikat (PEM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the client key (PEM).</source>
        <translation>Wählen Sie den Client-Schlüssel (PEM).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The timeout must be between 1 and %1 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 und %1 Sekunden liegen.</translation>
    </message>
</context>
<context>
    <name>DiffTreeModel</name>
    <message>
        <location filename="../app/models/DiffTreeModel.cpp" line="+149"/>
        <source>(whole type)</source>
        <translation>(ganzer Typ)</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%1 (%n change(s))</source>
        <translation>
            <numerusform>%1 (%n Änderung)</numerusform>
            <numerusform>%1 (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Changed path</source>
        <translation>Geänderter Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
</context>
<context>
    <name>DiffTreeView</name>
    <message>
        <location filename="../ui/widgets/diff/DiffTreeView.cpp" line="+65"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Filter entities</source>
        <translation>Entitäten filtern</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Type of the changes shown</source>
        <translation>Art der angezeigten Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed paths</source>
        <translation>Geänderte Pfade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show added paths</source>
        <translation>Hinzugefügte Pfade zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show removed paths</source>
        <translation>Entfernte Pfade zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show changed paths</source>
        <translation>Geänderte Pfade zeigen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert</translation>
    </message>
</context>
<context>
    <name>EffectivePermissionsView</name>
    <message>
        <location filename="../ui/views/access/EffectivePermissionsView.cpp" line="+33"/>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Effective permissions</source>
        <translation>Effektive Berechtigungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose permissions</source>
        <translation>Wessen Berechtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal user</source>
        <translation>Interner Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend role</source>
        <translation>Backend-Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Effective permissions by index pattern and action group</source>
        <translation>Effektive Berechtigungen nach Indexmuster und Aktionsgruppe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the whole table</source>
        <translation>Die ganze Tabelle auswählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cluster permissions</source>
        <translation>Cluster-Berechtigungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Name a user, a backend role or a role.</source>
        <translation>Nennen Sie einen Benutzer, eine Backend-Rolle oder eine Rolle.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computing the effective permissions of %1…</source>
        <translation>Die effektiven Berechtigungen von %1 werden berechnet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, configuration read %2</source>
        <translation>%1, Konfiguration gelesen %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no internal user %1.</source>
        <translation>Es gibt keinen internen Benutzer %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no role: no access.</source>
        <translation>%1 hat keine Rolle: kein Zugriff.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has the roles %2. Computed on %3.</source>
        <translation>%1 hat die Rollen %2. Berechnet auf %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DLS</source>
        <translation>DLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FLS</source>
        <translation>FLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Masked</source>
        <translation>Maskiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 on %2 through %3</source>
        <translation>%1 auf %2 durch %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>read-write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenants: %1</source>
        <translation>Mandanten: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export effective permissions</source>
        <translation>Effektive Berechtigungen exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>EntityChecks</name>
    <message>
        <location filename="../app/forms/EntityChecks.cpp" line="+66"/>
        <source>an empty entry: the cluster refuses it</source>
        <translation>ein leerer Eintrag: der Cluster lehnt ihn ab</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is an index action group: in cluster permissions it grants nothing</source>
        <translation>%1 ist eine Index-Aktionsgruppe: in Cluster-Berechtigungen gewährt sie nichts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a cluster action group: in index permissions it grants nothing</source>
        <translation>%1 ist eine Cluster-Aktionsgruppe: in Index-Berechtigungen gewährt sie nichts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 exists from OpenSearch %2; this cluster runs %3: it grants nothing here</source>
        <translation>%1 gibt es ab OpenSearch %2; dieser Cluster läuft mit %3: hier gewährt es nichts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a cluster action: in index permissions it never applies</source>
        <translation>%1 ist eine Cluster-Aktion: in Index-Berechtigungen greift sie nie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an index action: in cluster permissions it never applies (it needs an index permission)</source>
        <translation>%1 ist eine Index-Aktion: in Cluster-Berechtigungen greift sie nie (sie braucht eine Index-Berechtigung)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a known action: did you mean %2?</source>
        <translation>%1 ist keine bekannte Aktion: meinten Sie %2?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is neither an action group nor an action: it matches nothing</source>
        <translation>%1 ist weder Aktionsgruppe noch Aktion: es passt auf nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an action group: did you mean %2?</source>
        <translation>%1 ist keine Aktionsgruppe: meinten Sie %2?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no %1 %2</source>
        <translation>es gibt kein(e) %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no %1 %2: did you mean %3?</source>
        <translation>es gibt kein(e) %1 %2: meinten Sie %3?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>at least one index pattern is needed</source>
        <translation>mindestens ein Indexmuster ist nötig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the DLS query is not valid JSON (%1 at character %2): from 3.6 the plugin then grants unfiltered access</source>
        <translation>die DLS-Abfrage ist kein gültiges JSON (%1 bei Zeichen %2): ab 3.6 gewährt das Plugin dann ungefilterten Zugriff</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the DLS query must be a JSON object, such as {&quot;term&quot;: {&quot;team&quot;: &quot;a&quot;}}</source>
        <translation>die DLS-Abfrage muss ein JSON-Objekt sein, etwa {&quot;term&quot;: {&quot;team&quot;: &quot;a&quot;}}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>at least one tenant pattern is needed</source>
        <translation>mindestens ein Tenant-Muster ist nötig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tenant permissions take kibana_all_read or kibana_all_write</source>
        <translation>Tenant-Berechtigungen nehmen kibana_all_read oder kibana_all_write</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an attribute needs a name</source>
        <translation>ein Attribut braucht einen Namen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the type is cluster, index or kibana</source>
        <translation>der Typ ist cluster, index oder kibana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least one action or action group is needed</source>
        <translation>mindestens eine Aktion oder Aktionsgruppe ist nötig</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n characters: the cluster (3.8 or later) accepts at most 256</source>
        <translation>
            <numerusform>%n Zeichen: der Cluster (3.8 oder neuer) akzeptiert höchstens 256</numerusform>
            <numerusform>%n Zeichen: der Cluster (3.8 oder neuer) akzeptiert höchstens 256</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a masked field needs a field name</source>
        <translation>ein maskiertes Feld braucht einen Feldnamen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid algorithm %1 (for example SHA-256 or BLAKE2B-256)</source>
        <translation>Ungültiger Algorithmus %1 (zum Beispiel SHA-256 oder BLAKE2B-256)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A field masking expression must have the form &apos;field_name&apos;, &apos;field_name::algorithm&apos;, &apos;field_name::regex::replacement&apos; or &apos;field_name::(regex::replacement)+&apos;</source>
        <translation>Ein Feldmaskierungsausdruck hat die Form &apos;field_name&apos;, &apos;field_name::algorithm&apos;, &apos;field_name::regex::replacement&apos; oder &apos;field_name::(regex::replacement)+&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A regular expression needs to be wrapped in /.../</source>
        <translation>Ein regulärer Ausdruck muss in /.../ stehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a valid regular expression</source>
        <translation>%1 ist kein gültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a name is required</source>
        <translation>ein Name ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name begins or ends with a space</source>
        <translation>der Name beginnt oder endet mit einem Leerzeichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists, and is %2</source>
        <translation>%1 existiert bereits und ist %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the cluster refuses an empty entity: give it at least a description</source>
        <translation>der Cluster lehnt einen leeren Eintrag ab: geben Sie ihm mindestens eine Beschreibung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Password is too short</source>
        <translation>Password is too short</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password is too long</source>
        <translation>Password is too long</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passwords do not match</source>
        <translation>die Passwörter stimmen nicht überein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password is similar to user name</source>
        <translation>Password is similar to user name</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weak password: the cluster is likely to refuse it (by default it wants a strong password: 16 characters, or 8 mixing letters, digits and symbols)</source>
        <translation>Weak password: der Cluster lehnt es wahrscheinlich ab (standardmäßig verlangt er ein starkes Passwort: 16 Zeichen, oder 8 aus Buchstaben, Ziffern und Symbolen)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>type the new name</source>
        <translation>den neuen Namen eingeben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not a bcrypt hash ($2y$12$ and 53 characters)</source>
        <translation>kein bcrypt-Hash ($2y$12$ und 53 Zeichen)</translation>
    </message>
</context>
<context>
    <name>EntityEdits</name>
    <message>
        <location filename="../app/forms/EntityEdits.cpp" line="+74"/>
        <source>the role mapping of %1</source>
        <translation>die Rollenzuordnung von %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>user %1: security roles</source>
        <translation>Benutzer %1: Sicherheitsrollen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>role %1: cluster permissions</source>
        <translation>Rolle %1: Cluster-Berechtigungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>role %1: %2 %3</source>
        <translation>Rolle %1: %2 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>action group %1</source>
        <translation>Aktionsgruppe %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>role %1: tenant permissions %2</source>
        <translation>Rolle %1: Tenant-Berechtigungen %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>role mapping %1: users</source>
        <translation>Rollenzuordnung %1: Benutzer</translation>
    </message>
</context>
<context>
    <name>EntityFormDialog</name>
    <message>
        <location filename="../ui/views/forms/EntityFormDialog.cpp" line="+79"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>role mapping</source>
        <translation>Rollenzuordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal user</source>
        <translation>interner Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>action group</source>
        <translation>Aktionsgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit %1 %2</source>
        <translation>%1 %2 bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate %1 %2</source>
        <translation>%1 %2 duplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename %1 %2</source>
        <translation>%1 %2 umbenennen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Send…</source>
        <translation>Senden…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This %1 is %2: the REST API does not change it, so the form is read-only.</source>
        <translation>Diese(r) %1 ist %2: die REST-API ändert sie/ihn nicht, daher ist das Formular schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 name</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems in the form</source>
        <translation>Probleme im Formular</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems the change introduces</source>
        <translation>Probleme, die die Änderung einführt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review the change and send it (Ctrl+Return)</source>
        <translation>Änderung prüfen und senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cluster permissions</source>
        <translation>Cluster-Berechtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+181"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="-136"/>
        <location line="+1"/>
        <source>Index permissions</source>
        <translation>Index-Berechtigungen</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Index patterns</source>
        <translation>Indexmuster</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+178"/>
        <source>Allowed actions</source>
        <translation>Erlaubte Aktionen</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+3"/>
        <source>Document-level security query</source>
        <translation>Abfrage für Sicherheit auf Dokumentebene</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{&quot;term&quot;: {&quot;department&quot;: &quot;${attr.internal.department}&quot;}}</source>
        <translation>{&quot;term&quot;: {&quot;department&quot;: &quot;${attr.internal.department}&quot;}}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field-level security</source>
        <translation>Sicherheit auf Feldebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields to include, or ~field to exclude</source>
        <translation>Einzuschließende Felder, oder ~Feld zum Ausschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masked fields</source>
        <translation>Maskierte Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field, field::SHA-256 or field::/regex/::replacement</source>
        <translation>Feld, Feld::SHA-256 oder Feld::/regex/::Ersetzung</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+2"/>
        <source>Tenant permissions</source>
        <translation>Tenant-Berechtigungen</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Tenant patterns</source>
        <translation>Tenant-Muster</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and write</source>
        <translation>Lesen und schreiben</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Who gets this role: its role mapping, written in the same change.</source>
        <translation>Wer diese Rolle erhält: ihre Rollenzuordnung, in derselben Änderung geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapped users</source>
        <translation>Zugeordnete Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role sections</source>
        <translation>Rollenabschnitte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Backend roles</source>
        <translation>Backend-Rollen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>All of these backend roles</source>
        <translation>Alle diese Backend-Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service account (no password; tokens only)</source>
        <translation>Dienstkonto (kein Passwort; nur Tokens)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>leave empty to keep the current password</source>
        <translation>leer lassen, um das aktuelle Passwort zu behalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Or a password hash</source>
        <translation>Oder ein Passwort-Hash</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>$2y$12$… (bcrypt), instead of a password</source>
        <translation>$2y$12$… (bcrypt), statt eines Passworts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Security roles</source>
        <translation>Sicherheitsrollen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add attribute</source>
        <translation>Attribut hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove attribute</source>
        <translation>Attribut entfernen</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+4"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboards (kibana)</source>
        <translation>Dashboards (kibana)</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>%1 is no longer on the cluster: close this form.</source>
        <translation>%1 ist nicht mehr auf dem Cluster: Schließen Sie dieses Formular.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed on the cluster after this form opened: close the form and open it again to start from the change.</source>
        <translation>%1 wurde auf dem Cluster geändert, nachdem dieses Formular geöffnet wurde: Schließen Sie das Formular und öffnen Sie es erneut, um von der Änderung auszugehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n problem(s) to fix before sending:</source>
        <translation>
            <numerusform>%n Problem vor dem Senden zu beheben:</numerusform>
            <numerusform>%n Probleme vor dem Senden zu beheben:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s) (the cluster accepts these):</source>
        <translation>
            <numerusform>%n Warnung (der Cluster akzeptiert das):</numerusform>
            <numerusform>%n Warnungen (der Cluster akzeptiert diese):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No new configuration problems.</source>
        <translation>Keine neuen Konfigurationsprobleme.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Fix the problems marked in the form first.</source>
        <translation>Zuerst die markierten Probleme im Formular beheben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing changed: there is nothing to send.</source>
        <translation>Nichts geändert: es gibt nichts zu senden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The change cannot be sent: %1</source>
        <translation>Die Änderung kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Part of the change is on the cluster (see the write&apos;s report); the form keeps what you entered.</source>
        <translation>Ein Teil der Änderung ist auf dem Cluster (siehe Bericht des Schreibvorgangs); das Formular behält Ihre Eingaben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written; the form keeps what you entered.</source>
        <translation>Nichts wurde geschrieben; das Formular behält Ihre Eingaben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discard the changes made in this form?</source>
        <translation>Die Änderungen in diesem Formular verwerfen?</translation>
    </message>
</context>
<context>
    <name>EntityForms</name>
    <message>
        <location filename="../ui/views/forms/EntityForms.cpp" line="+74"/>
        <source>This form has changes that were not sent. Discard them and open %1?</source>
        <translation>Dieses Formular hat ungesendete Änderungen. Verwerfen und %1 öffnen?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2: the REST API does not delete it.</source>
        <translation>%1 ist %2: die REST-API löscht es nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete %1? Nothing else names it.</source>
        <translation>%1 löschen? Nichts anderes nennt es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1? These name it, and would point at nothing:</source>
        <translation>%1 löschen? Diese nennen es und würden ins Leere zeigen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What names it</source>
        <translation>Was es nennt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — reserved: stays as it is</source>
        <translation> — reserviert: bleibt, wie es ist</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Also remove these references, in the same change (%n)</source>
        <translation>
            <numerusform>Auch diesen Verweis in derselben Änderung entfernen (%n)</numerusform>
            <numerusform>Auch diese Verweise in derselben Änderung entfernen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The deletion cannot be sent: %1</source>
        <translation>Das Löschen kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New &amp;role…</source>
        <translation>Neue &amp;Rolle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New role &amp;mapping…</source>
        <translation>Neue Rollen&amp;zuordnung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New internal &amp;user…</source>
        <translation>Neuer interner &amp;Benutzer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action &amp;group…</source>
        <translation>Neue Aktions&amp;gruppe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;tenant…</source>
        <translation>Neuer &amp;Tenant…</translation>
    </message>
</context>
<context>
    <name>EntitySummaries</name>
    <message>
        <location filename="../app/domain/EntitySummary.cpp" line="+71"/>
        <source>mapped by user name</source>
        <translation>über den Benutzernamen zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backend role %1</source>
        <translation>Backend-Rolle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has all backend roles the mapping requires</source>
        <translation>hat alle Backend-Rollen, die die Zuordnung verlangt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listed in the user&apos;s opendistro_security_roles</source>
        <translation>in opendistro_security_roles des Benutzers aufgeführt</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Internal users with this role</source>
        <translation>Interne Benutzer mit dieser Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No internal user gets this role.</source>
        <translation>Kein interner Benutzer erhält diese Rolle.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>User pattern</source>
        <translation>Benutzermuster</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>matches %n internal user(s)</source>
        <translation>
            <numerusform>passt auf %n internen Benutzer</numerusform>
            <numerusform>passt auf %n interne Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+91"/>
        <source>Backend roles</source>
        <translation>Backend-Rollen</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>any of them</source>
        <translation>eine davon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required backend roles</source>
        <translation>Erforderliche Backend-Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all of them</source>
        <translation>alle davon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>any request from them</source>
        <translation>jede Anfrage von ihnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cluster permissions</source>
        <translation>Cluster-Berechtigungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <location line="+22"/>
        <location line="+50"/>
        <location line="+6"/>
        <location line="+16"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Index permissions</source>
        <translation>Index-Berechtigungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indices</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <location line="+63"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Document-level security</source>
        <translation>Sicherheit auf Dokumentebene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field-level security</source>
        <translation>Sicherheit auf Feldebene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masked fields</source>
        <translation>Maskierte Felder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenant permissions</source>
        <translation>Mandanten-Berechtigungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not mapped: there is no role mapping named %1.</source>
        <translation>Nicht zugeordnet: Es gibt keine Rollenzuordnung namens %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapped by</source>
        <translation>Zugeordnet durch</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+74"/>
        <location line="+89"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>no role of this name exists</source>
        <translation>es gibt keine Rolle dieses Namens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who gets the role</source>
        <translation>Wer die Rolle erhält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody: the mapping is empty.</source>
        <translation>Niemand: Die Zuordnung ist leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No roles.</source>
        <translation>Keine Rollen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>password hash set</source>
        <translation>Passwort-Hash gesetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Allowed actions</source>
        <translation>Erlaubte Aktionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No role or action group uses it.</source>
        <translation>Keine Rolle und keine Aktionsgruppe verwendet sie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cluster permissions</source>
        <translation>Cluster-Berechtigungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>index permissions</source>
        <translation>Index-Berechtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenant permissions</source>
        <translation>Mandanten-Berechtigungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+93"/>
        <source>Action group</source>
        <translation>Aktionsgruppe</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Roles granting access</source>
        <translation>Rollen mit Zugriff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No role grants this tenant.</source>
        <translation>Keine Rolle gewährt diesen Mandanten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (pattern %2)</source>
        <translation>%1 (Muster %2)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Role mapping</source>
        <translation>Rollenzuordnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal user</source>
        <translation>Interner Benutzer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
</context>
<context>
    <name>EntitySummaryView</name>
    <message>
        <location filename="../ui/views/configtree/EntitySummaryView.cpp" line="+51"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back to the entity shown before the last followed link (Alt+Left)</source>
        <translation>Zurück zur Entität, die vor dem zuletzt gefolgten Link angezeigt wurde (Alt+Links)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Summarizing %1…</source>
        <translation>%1 wird zusammengefasst…</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate…</source>
        <translation>Duplizieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Explain access…</source>
        <translation>Zugriff erklären…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can access…</source>
        <translation>Wer hat Zugriff…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective permissions…</source>
        <translation>Effektive Berechtigungen…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <location filename="../ui/views/access/ExplainView.cpp" line="+76"/>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix…</source>
        <translation>Beheben…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An internal user, or any name for a hypothetical user</source>
        <translation>Ein interner Benutzer oder ein beliebiger Name für einen hypothetischen Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the internal user&apos;s; comma-separated</source>
        <translation>die des internen Benutzers; durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend roles</source>
        <translation>Backend-Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attr.internal.key=value, …</source>
        <translation>attr.internal.schlüssel=wert, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for hosts mappings</source>
        <translation>für hosts-Zuordnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A transport action, an action group, or a REST call such as search, get, index, bulk or create-index</source>
        <translation>Eine Transport-Aktion, eine Aktionsgruppe oder ein REST-Aufruf wie search, get, index, bulk oder create-index</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>index expressions, comma-separated; empty: none</source>
        <translation>Indexausdrücke, durch Kommas getrennt; leer: keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indices</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As configured</source>
        <translation>Wie konfiguriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legacy</source>
        <translation>Legacy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V4</source>
        <translation>V4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Access explanation</source>
        <translation>Zugriffserklärung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the smallest change that grants what is missing in the change plan</source>
        <translation>Die kleinste Änderung, die das Fehlende gewährt, im Änderungsplan öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I&amp;P:</source>
        <translation>I&amp;P:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backend roles:</source>
        <translation>Backend-&amp;Rollen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribu&amp;tes:</source>
        <translation>A&amp;ttribute:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Indices:</source>
        <translation>&amp;Indizes:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Pick a user, an action and indices, then Explain.</source>
        <translation>Wählen Sie einen Benutzer, eine Aktion und Indizes, dann Erklären.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;ode settings…</source>
        <translation>&amp;Knoteneinstellungen…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a Dashboards tenant, asked instead of the action; empty: the action</source>
        <translation>ein Dashboards-Tenant, statt der Aktion gefragt; leer: die Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write access to the tenant</source>
        <translation>Schreibzugriff auf den Tenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for read and write access to the tenant instead of read access</source>
        <translation>Nach Lese- und Schreibzugriff auf den Tenant fragen statt nach Lesezugriff</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The node settings (opensearch.yml) evaluation assumes for this connection; the REST API does not show them</source>
        <translation>Die Knoteneinstellungen (opensearch.yml), die die Auswertung für diese Verbindung annimmt; die REST-API zeigt sie nicht</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Te&amp;nant:</source>
        <translation>Te&amp;nant:</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Give a user, and an action or a tenant.</source>
        <translation>Geben Sie einen Benutzer und eine Aktion oder einen Tenant an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Evaluating…</source>
        <translation>Wird ausgewertet…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Explained on the configuration read at %1.</source>
        <translation>Erklärt mit der um %1 gelesenen Konfiguration.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>write in</source>
        <translation>schreiben in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read in</source>
        <translation>lesen in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allowed: %1 may %2 tenant %3 (role %4)</source>
        <translation>erlaubt: %1 darf %2 Tenant %3 (Rolle %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>denied: %1 may not %2 tenant %3: %4</source>
        <translation>verweigert: %1 darf nicht %2 Tenant %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>allowed: %1 may %2</source>
        <translation>erlaubt: %1 darf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allowed: %1 may %2 on %3</source>
        <translation>erlaubt: %1 darf %2 auf %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partial: %1 may %2 only on %3</source>
        <translation>teilweise: %1 darf %2 nur auf %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>denied: %1 is mapped to no role</source>
        <translation>verweigert: %1 ist keiner Rolle zugeordnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>denied: no role of %1 grants %2</source>
        <translation>verweigert: keine Rolle von %1 gewährt %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>denied: %1</source>
        <translation>verweigert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>denied: no role of %1 grants %2 on %3</source>
        <translation>verweigert: keine Rolle von %1 gewährt %2 auf %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fix cannot be sent: %1</source>
        <translation>Die Korrektur kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grant access: %1</source>
        <translation>Zugriff gewähren: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>(hypothetical)</source>
        <translation>(hypothetisch)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · backend roles: %2 · HTTP %3 · %4 engine</source>
        <translation>%1 · Backend-Rollen: %2 · HTTP %3 · Engine %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+114"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Proposed fix</source>
        <translation>Vorgeschlagene Korrektur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix… opens it in the change plan; nothing is written before you confirm it.</source>
        <translation>Beheben… öffnet sie im Änderungsplan; nichts wird geschrieben, bevor Sie bestätigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapped roles</source>
        <translation>Zugeordnete Rollen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tenant %1</source>
        <translation>Tenant %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(cluster)</source>
        <translation>(Cluster)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cluster privileges</source>
        <translation>Cluster-Berechtigungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indices × actions</source>
        <translation>Indizes × Aktionen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why each cell is granted</source>
        <translation>Warum jede Zelle gewährt ist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (via %2)</source>
        <translation>%1 (über %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster_permissions</source>
        <translation>cluster_permissions</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nearest miss</source>
        <translation>Knapp verfehlt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document and field restrictions</source>
        <translation>Dokument- und Feldeinschränkungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DLS %1 · FLS %2 · masked %3</source>
        <translation>DLS %1 · FLS %2 · maskiert %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evaluation errors (the affected patterns grant nothing)</source>
        <translation>Auswertungsfehler (die betroffenen Muster gewähren nichts)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../ui/views/compare/ExportController.cpp" line="+36"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <source>Not connected: there is no configuration to export.</source>
        <translation>Nicht verbunden: Es gibt keine Konfiguration zum Exportieren.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Export the live configuration as securityadmin files</source>
        <translation>Die Live-Konfiguration als securityadmin-Dateien exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export version %1 as securityadmin files</source>
        <translation>Version %1 als securityadmin-Dateien exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+48"/>
        <source>An export is in progress; wait for it to finish.</source>
        <translation>Ein Export läuft; warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>the live configuration</source>
        <translation>die Live-Konfiguration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the cluster has no version to take them from</source>
        <translation>der Cluster hat keine Version, aus der sie entnommen werden können</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no version matches the live configuration (it changed after the newest version was recorded)</source>
        <translation>keine Version entspricht der Live-Konfiguration (sie hat sich geändert, nachdem die neueste Version aufgezeichnet wurde)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>no version could be read: %1</source>
        <translation>keine Version konnte gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disconnected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not export %1 to %2: %3</source>
        <translation>%1 konnte nicht nach %2 exportiert werden: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %1 to %2 (%n file(s)).</source>
        <translation>
            <numerusform>%1 nach %2 exportiert (%n Datei).</numerusform>
            <numerusform>%1 nach %2 exportiert (%n Dateien).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password hashes come from version %1.</source>
        <translation>Die Passwort-Hashes stammen aus Version %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password hashes: %1.</source>
        <translation>Keine Passwort-Hashes: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n user(s) without a hash (written without a password; set one before running securityadmin): %1.</source>
        <translation>
            <numerusform>%n Benutzer ohne Hash (ohne Passwort geschrieben; setzen Sie eines, bevor Sie securityadmin ausführen): %1.</numerusform>
            <numerusform>%n Benutzer ohne Hash (ohne Passwort geschrieben; setzen Sie eines, bevor Sie securityadmin ausführen): %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every user has a hash.</source>
        <translation>Jeder Benutzer hat einen Hash.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passwords the cluster only shows as &quot;******&quot; are placeholders in: %1; replace them before running securityadmin.</source>
        <translation>Passwörter, die der Cluster nur als „******“ zeigt, sind Platzhalter in: %1; ersetzen Sie sie, bevor Sie securityadmin ausführen.</translation>
    </message>
</context>
<context>
    <name>FallbackSecretStore</name>
    <message>
        <location filename="../app/common/SecretStore.cpp" line="+154"/>
        <source>No keychain is available: the password is kept for this session only (%1).</source>
        <translation>Kein Schlüsselbund verfügbar: Das Passwort wird nur für diese Sitzung behalten (%1).</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../app/cli/FileCommands.cpp" line="+46"/>
        <source>%1 is not a valid JSON Patch: %2</source>
        <translation>%1 ist kein gültiger JSON Patch: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the patch does not apply: %1</source>
        <translation>der Patch lässt sich nicht anwenden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written. The operations are numbered from 0 in %1.</source>
        <translation>Es wurde nichts geschrieben. Die Operationen in %1 sind ab 0 nummeriert.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--%1 needs a whole number from 0 to 10000000, not &quot;%2&quot;</source>
        <translation>--%1 erwartet eine ganze Zahl von 0 bis 10000000, nicht „%2“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>wrote %1 (%2 bytes): %3</source>
        <translation>%1 geschrieben (%2 Bytes): %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--seed needs a whole number from 0 to 18446744073709551615, not &quot;%1&quot;</source>
        <translation>--seed erwartet eine ganze Zahl von 0 bis 18446744073709551615, nicht „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--mutate needs a percentage from 0 to 100, not &quot;%1&quot;</source>
        <translation>--mutate erwartet einen Prozentsatz von 0 bis 100, nicht „%1“</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>On files (no cluster)</source>
        <translation>Auf Dateien (ohne Cluster)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON on one line instead of indented.</source>
        <translation>JSON in einer Zeile statt eingerückt ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of %1 (default %2).</source>
        <translation>Anzahl %1 (Standard %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applies the RFC 6902 patch in the file PATCH to the JSON in the file DOC, atomically, and prints the result. On failure nothing is printed, the error names the operation (numbered from 0) and the reason, and the exit code is 1.</source>
        <translation>Wendet den RFC-6902-Patch in der Datei PATCH atomar auf das JSON in der Datei DOC an und gibt das Ergebnis aus. Bei einem Fehler wird nichts ausgegeben, die Meldung nennt die Operation (ab 0 nummeriert) und den Grund, und der Exit-Code ist 1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prints the RFC 6902 patch that turns the JSON in file A into the JSON in file B. With --summary, a readable list of changes instead; with --summary --json, that list as JSON: [{&quot;path&quot;, &quot;kind&quot;, &quot;old&quot;, &quot;new&quot;, &quot;type&quot;, &quot;entity&quot;}] (&quot;old&quot; is left out for additions, &quot;new&quot; for removals).</source>
        <translation>Gibt den RFC-6902-Patch aus, der das JSON in Datei A in das JSON in Datei B überführt. Mit --summary stattdessen eine lesbare Liste der Änderungen; mit --summary --json diese Liste als JSON: [{&quot;path&quot;, &quot;kind&quot;, &quot;old&quot;, &quot;new&quot;, &quot;type&quot;, &quot;entity&quot;}] („old“ fehlt bei Hinzufügungen, „new“ bei Entfernungen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print a readable list of changes instead of a patch.</source>
        <translation>Eine lesbare Liste der Änderungen statt eines Patches ausgeben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writes a realistic configuration document of that size to OUT as compact JSON, the same for the same seed. With --mutate, also writes OUT_B: a copy with about PCT % of its entities added, removed or edited.</source>
        <translation>Schreibt ein realistisches Konfigurationsdokument dieser Größe als kompaktes JSON nach OUT, bei gleichem Seed immer dasselbe. Mit --mutate wird zusätzlich OUT_B geschrieben: eine Kopie, in der etwa PCT % der Entitäten hinzugefügt, entfernt oder bearbeitet sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>internal users</source>
        <translation>interne Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role mappings</source>
        <translation>Rollenzuordnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action groups</source>
        <translation>Aktionsgruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the generator (default 1).</source>
        <translation>Seed des Generators (Standard 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write a copy with about PCT % of the entities changed.</source>
        <translation>Zusätzlich eine Kopie schreiben, in der etwa PCT % der Entitäten geändert sind.</translation>
    </message>
</context>
<context>
    <name>FileSyncCommands</name>
    <message>
        <location filename="../app/cli/FileSyncCommands.cpp" line="+54"/>
        <source>versioning is off on this cluster</source>
        <translation>die Versionierung ist auf diesem Cluster aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>the versions cannot be read: %1</source>
        <translation>die Versionen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no version matches the live configuration (it changed since the newest version)</source>
        <translation>keine Version entspricht der Live-Konfiguration (sie wurde seit der neuesten Version geändert)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warning: no password hash for %1: the file marks them; set a hash for each before using it with securityadmin.sh
</source>
        <translation>Warnung: kein Passwort-Hash für %1: Die Datei markiert sie; setzen Sie für jeden einen Hash, bevor Sie sie mit securityadmin.sh verwenden
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: %1 holds redacted secrets (&quot;******&quot;): set the real values before using the files with securityadmin.sh
</source>
        <translation>Warnung: %1 enthält geschwärzte Geheimnisse („******“): Setzen Sie die echten Werte, bevor Sie die Dateien mit securityadmin.sh verwenden
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Password hashes come from version %1.
</source>
        <translation>Die Passwort-Hashes stammen aus Version %1.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>note: %1 is left out: %2
</source>
        <translation>Hinweis: %1 wird ausgelassen: %2
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>version %1 cannot be read</source>
        <translation>Version %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>note: password hashes are not available: %1
</source>
        <translation>Hinweis: Passwort-Hashes sind nicht verfügbar: %1
</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>note: %1 is left alone: the cluster does not show it
</source>
        <translation>Hinweis: %1 bleibt unverändert: Der Cluster zeigt es nicht
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Differences (+ only in the directory, - only on the cluster):
</source>
        <translation>Unterschiede (+ nur im Verzeichnis, - nur auf dem Cluster):
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the directory and the cluster have no type in common</source>
        <translation>das Verzeichnis und der Cluster haben keinen gemeinsamen Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>directory %1</source>
        <translation>Verzeichnis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>warning: the patch holds redacted secrets (&quot;******&quot;), which would be stored literally if it were applied
</source>
        <translation>Warnung: Der Patch enthält geschwärzte Geheimnisse („******“), die beim Anwenden wörtlich gespeichert würden
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>name either a directory or --with-profile NAME</source>
        <translation>nennen Sie entweder ein Verzeichnis oder --with-profile NAME</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>securityadmin files</source>
        <translation>securityadmin-Dateien</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writes the live configuration (or version ID) to DIR as securityadmin.sh YAML files (config.yml, roles.yml, ...), static entities left out. Password hashes come from the newest version that matches the live configuration (or from version ID); users without one are marked in the file and named on stderr.</source>
        <translation>Schreibt die Live-Konfiguration (oder Version ID) als securityadmin.sh-YAML-Dateien (config.yml, roles.yml, ...) nach DIR, ohne statische Entitäten. Die Passwort-Hashes stammen aus der neuesten Version, die der Live-Konfiguration entspricht (oder aus Version ID); Benutzer ohne Hash werden in der Datei markiert und auf stderr genannt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export this version instead of the live configuration</source>
        <translation>diese Version statt der Live-Konfiguration exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows how the securityadmin directory DIR differs from the live configuration and applies the difference as one patch through the safe-write pipeline. Entities missing from DIR are left alone unless --prune; nothing is overwritten wholesale.</source>
        <translation>Zeigt, wie sich das securityadmin-Verzeichnis DIR von der Live-Konfiguration unterscheidet, und wendet den Unterschied als einen Patch über die sichere Schreib-Pipeline an. Entitäten, die in DIR fehlen, bleiben unverändert, außer mit --prune; nichts wird pauschal überschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>also remove entities that DIR does not hold</source>
        <translation>auch Entitäten entfernen, die DIR nicht enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write without asking (required when stdin is not a terminal)</source>
        <translation>ohne Nachfrage schreiben (nötig, wenn stdin kein Terminal ist)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The difference between the live configuration and a securityadmin directory or the cluster of another saved profile: a patch (entity by entity) that would turn the live configuration into the other side, or with --summary a list of the entities that differ.</source>
        <translation>Der Unterschied zwischen der Live-Konfiguration und einem securityadmin-Verzeichnis oder dem Cluster eines anderen gespeicherten Profils: ein Patch (Entität für Entität), der die Live-Konfiguration in die andere Seite überführen würde, oder mit --summary eine Liste der abweichenden Entitäten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>compare with the cluster of this saved profile</source>
        <translation>mit dem Cluster dieses gespeicherten Profils vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the differing entities instead of printing a patch</source>
        <translation>die abweichenden Entitäten auflisten statt einen Patch auszugeben</translation>
    </message>
</context>
<context>
    <name>IndexMetadataFetch</name>
    <message>
        <location filename="../app/api/IndexMetadataFetch.cpp" line="+56"/>
        <source>no permission for %1 (403)</source>
        <translation>keine Berechtigung für %1 (403)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not available on this cluster (400)</source>
        <translation>%1 ist auf diesem Cluster nicht verfügbar (400)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not implemented on this cluster (501)</source>
        <translation>%1 ist auf diesem Cluster nicht implementiert (501)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 found none (404)</source>
        <translation>%1 hat keine gefunden (404)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>data streams unknown: %1</source>
        <translation>Data Streams unbekannt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index metadata unavailable: %1</source>
        <translation>Index-Metadaten nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>IndexMetadataStore</name>
    <message>
        <location filename="../app/store/IndexMetadataStore.cpp" line="+7"/>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../app/models/JournalModel.cpp" line="+22"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially applied</source>
        <translation>Teilweise angewendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification failed</source>
        <translation>Überprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Types: %1</source>
        <translation>Typen: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../ui/views/journal/JournalView.cpp" line="+24"/>
        <source>Write journal</source>
        <translation>Schreibjournal</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+58"/>
        <source>One entry per write to a cluster, newest first. File: %1</source>
        <translation>Ein Eintrag je Schreibvorgang auf einen Cluster, neueste zuerst. Datei: %1</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select an entry to see it in full.</source>
        <translation>Wählen Sie einen Eintrag, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write journal entries</source>
        <translation>Einträge des Schreibjournals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected journal entry</source>
        <translation>Ausgewählter Journaleintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the journal file again</source>
        <translation>Die Journaldatei neu lesen</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <location filename="../app/json/Json.cpp" line="+53"/>
        <source>the input</source>
        <translation>die Eingabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is empty, not JSON</source>
        <translation>%1 ist leer, kein JSON</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is not valid JSON: %2 at line %3, column %4</source>
        <translation>%1 ist kein gültiges JSON: %2 in Zeile %3, Spalte %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (it looks like an HTML or XML page)</source>
        <translation> (es sieht nach einer HTML- oder XML-Seite aus)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/json/JsonSource.cpp" line="+197"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>JsonDiff</name>
    <message numerus="yes">
        <location filename="../app/domain/ConfigChanges.cpp" line="-1"/>
        <source>%n change(s): </source>
        <translation>
            <numerusform>%n Änderung: </numerusform>
            <numerusform>%n Änderungen: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonLineDiff</name>
    <message>
        <location filename="../app/json/JsonLineDiff.cpp" line="+118"/>
        <source>%1 (added)</source>
        <translation>%1 (hinzugefügt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
</context>
<context>
    <name>JsonPatch</name>
    <message>
        <location filename="../app/json/JsonPatch.cpp" line="+13"/>
        <source>the document root</source>
        <translation>die Dokumentwurzel</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+122"/>
        <source>%1 has no member &quot;%2&quot;</source>
        <translation>%1 hat kein Mitglied „%2“</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&quot;-&quot; names the end of the array at %1, not an element</source>
        <translation>„-“ bezeichnet das Ende des Arrays bei %1, kein Element</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an array index (digits only, no leading zero) for the array at %2</source>
        <translation>„%1“ ist kein Array-Index (nur Ziffern, ohne führende Null) für das Array bei %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+68"/>
        <location line="+50"/>
        <source>index %1 is out of range: the array at %2 has %n element(s)</source>
        <translation>
            <numerusform>Index %1 liegt außerhalb des Bereichs: Das Array bei %2 hat %n Element</numerusform>
            <numerusform>Index %1 liegt außerhalb des Bereichs: Das Array bei %2 hat %n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+117"/>
        <source>%1 is a %2, which has no members</source>
        <translation>%1 ist ein %2 und hat keine Mitglieder</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>&quot;%1&quot; is not an array index (digits only, no leading zero, or &quot;-&quot; for the end) for the array at %2</source>
        <translation>„%1“ ist kein Array-Index (nur Ziffern, ohne führende Null, oder „-“ für das Ende) für das Array bei %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is a %2: it cannot have members</source>
        <translation>%1 ist ein %2: Es kann keine Mitglieder haben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the document root cannot be removed</source>
        <translation>die Dokumentwurzel kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not an element index (digits only, no leading zero) for the array at %2</source>
        <translation>„%1“ ist kein Elementindex (nur Ziffern, ohne führende Null) für das Array bei %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 cannot be moved into itself (%2)</source>
        <translation>%1 kann nicht in sich selbst verschoben werden (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot move from %1: %2</source>
        <translation>Verschieben von %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot copy from %1: %2</source>
        <translation>Kopieren von %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>test failed: %1 is %2, expected %3</source>
        <translation>Test fehlgeschlagen: %1 ist %2, erwartet %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown operation</source>
        <translation>unbekannte Operation</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>the patch is not valid: %1</source>
        <translation>der Patch ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>operation %1: %2</source>
        <translation>Operation %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operation %1 (%2): %3</source>
        <translation>Operation %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a JSON Patch is an array of operations, not a %1</source>
        <translation>ein JSON Patch ist ein Array von Operationen, kein %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an operation must be an object, not a %1</source>
        <translation>eine Operation muss ein Objekt sein, kein %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the member &quot;op&quot; is missing or not a string</source>
        <translation>das Mitglied „op“ fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown op &quot;%1&quot; (expected add, remove, replace, move, copy or test)</source>
        <translation>unbekannte op „%1“ (erwartet add, remove, replace, move, copy oder test)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the member &quot;path&quot; is missing or not a string</source>
        <translation>das Mitglied „path“ fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the member &quot;from&quot; is missing or not a string</source>
        <translation>das Mitglied „from“ fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the member &quot;value&quot; is missing</source>
        <translation>das Mitglied „value“ fehlt</translation>
    </message>
</context>
<context>
    <name>JsonPointer</name>
    <message>
        <location filename="../app/json/JsonPointer.cpp" line="+13"/>
        <source>the document root</source>
        <translation>die Dokumentwurzel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a JSON pointer: it must be empty or start with &apos;/&apos;</source>
        <translation>„%1“ ist kein JSON-Pointer: Er muss leer sein oder mit „/“ beginnen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is not a JSON pointer: bad escape in token %2 (&apos;~&apos; must be followed by 0 or 1)</source>
        <translation>„%1“ ist kein JSON-Pointer: ungültige Escape-Sequenz in Token %2 (auf „~“ muss 0 oder 1 folgen)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1 does not exist: %2 has no member &quot;%3&quot;</source>
        <translation>%1 existiert nicht: %2 hat kein Mitglied „%3“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not exist: &quot;-&quot; names the end of the array at %2, not an element</source>
        <translation>%1 existiert nicht: „-“ bezeichnet das Ende des Arrays bei %2, kein Element</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;%2&quot; is not an array index (digits only, no leading zero) for the array at %3</source>
        <translation>%1: „%2“ ist kein Array-Index (nur Ziffern, ohne führende Null) für das Array bei %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 does not exist: index %2 is out of range, the array at %3 has %n element(s)</source>
        <translation>
            <numerusform>%1 existiert nicht: Index %2 liegt außerhalb des Bereichs, das Array bei %3 hat %n Element</numerusform>
            <numerusform>%1 existiert nicht: Index %2 liegt außerhalb des Bereichs, das Array bei %3 hat %n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not exist: %2 is a %3, which has no members</source>
        <translation>%1 existiert nicht: %2 ist ein %3 und hat keine Mitglieder</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../app/common/KeychainSecretStore.cpp" line="+16"/>
        <source>The keychain holds no secret for %1.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis für %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain could not delete the secret: %1</source>
        <translation>Der Schlüsselbund konnte das Geheimnis nicht löschen: %1</translation>
    </message>
</context>
<context>
    <name>LintDeltaTree</name>
    <message>
        <location filename="../ui/views/problems/LintDeltaTree.cpp" line="+17"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems the change introduces and resolves</source>
        <translation>Probleme, die die Änderung einführt und behebt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Introduced by this change (%1)</source>
        <translation>Durch diese Änderung eingeführt (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved by this change (%1)</source>
        <translation>Durch diese Änderung behoben (%1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No new findings.</source>
        <translation>Keine neuen Befunde.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>✖ This change introduces %n problem(s), %1 of them critical.</source>
        <translation>
            <numerusform>✖ Diese Änderung führt %n Problem ein, davon %1 kritisch.</numerusform>
            <numerusform>✖ Diese Änderung führt %n Probleme ein, davon %1 kritisch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>⚠ This change introduces %n problem(s).</source>
        <translation>
            <numerusform>⚠ Diese Änderung führt %n Problem ein.</numerusform>
            <numerusform>⚠ Diese Änderung führt %n Probleme ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It resolves %n problem(s).</source>
        <translation>
            <numerusform>Sie behebt %n Problem.</numerusform>
            <numerusform>Sie behebt %n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems (+%1 / −%2)</source>
        <translation>Probleme (+%1 / −%2)</translation>
    </message>
</context>
<context>
    <name>ListenersView</name>
    <message>
        <location filename="../ui/views/admin/ListenersView.cpp" line="+43"/>
        <location line="+9"/>
        <source>Auth failure listeners</source>
        <translation>Listener für Anmeldefehler</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Listeners block clients (by IP address or user name) after too many failed logins. Changes go through the write confirmation and are checked by reading back.</source>
        <translation>Listener sperren Clients (nach IP-Adresse oder Benutzername) nach zu vielen fehlgeschlagenen Anmeldungen. Änderungen laufen über die Schreibbestätigung und werden durch Zurücklesen geprüft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <source>Allowed tries</source>
        <translation>Erlaubte Versuche</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Time window (s)</source>
        <translation>Zeitfenster (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block expiry (s)</source>
        <translation>Sperrdauer (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max blocked</source>
        <translation>Max. gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max tracked</source>
        <translation>Max. verfolgt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listener name</source>
        <translation>Name des Listeners</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listener type</source>
        <translation>Typ des Listeners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ip: block client addresses</source>
        <translation>ip: Client-Adressen sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>username: block user names</source>
        <translation>username: Benutzernamen sperren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication backend</source>
        <translation>Authentifizierungs-Backend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignored hosts</source>
        <translation>Ignorierte Hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated addresses or host names never blocked</source>
        <translation>kommagetrennte Adressen oder Hostnamen, die nie gesperrt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time window in seconds</source>
        <translation>Zeitfenster in Sekunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block expiry in seconds</source>
        <translation>Sperrdauer in Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max blocked clients</source>
        <translation>Max. gesperrte Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max tracked clients</source>
        <translation>Max. verfolgte Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication &amp;backend:</source>
        <translation>Authentifizierungs-&amp;Backend:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ignored hosts:</source>
        <translation>&amp;Ignorierte Hosts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed t&amp;ries:</source>
        <translation>Erlaubte &amp;Versuche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;window:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block e&amp;xpiry:</source>
        <translation>Sperr&amp;dauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max b&amp;locked clients:</source>
        <translation>Max. ge&amp;sperrte Clients:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max trac&amp;ked clients:</source>
        <translation>Max. ver&amp;folgte Clients:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;ew</source>
        <translation>N&amp;eu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New listener</source>
        <translation>Neuer Listener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete listener</source>
        <translation>Listener löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send listener</source>
        <translation>Listener senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>(none: ip listeners take no backend)</source>
        <translation>(keins: ip-Listener haben kein Backend)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Reading the auth failure listeners (GET api/authfailurelisteners)</source>
        <translation>Listener für Anmeldefehler lesen (GET api/authfailurelisteners)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+5"/>
        <source>Listener %1 cannot be sent: %2</source>
        <translation>Listener %1 kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listener %1 cannot be deleted: %2</source>
        <translation>Listener %1 kann nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+161"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the &amp;sandbox</source>
        <translation>&amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SecDesk</source>
        <translation>Ü&amp;ber SecDesk</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;h1&gt;SecDesk&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;SecDesk&lt;/h1&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Manage the OpenSearch Security plugin&apos;s configuration:&lt;br&gt;browse it, change it with previewed JSON patches,&lt;br&gt;compare versions and roll back.&lt;/p&gt;&lt;p&gt;No cluster is connected yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Konfiguration des OpenSearch-Security-Plugins verwalten:&lt;br&gt;durchsuchen, mit JSON-Patches samt Vorschau ändern,&lt;br&gt;Versionen vergleichen und zurücksetzen.&lt;/p&gt;&lt;p&gt;Noch ist kein Cluster verbunden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a local emulation of the Security API with a demo configuration, and connect</source>
        <translation>Eine lokale Emulation der Security-API mit einer Demo-Konfiguration starten und verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a cluster…</source>
        <translation>Einen Cluster hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the address and credentials of a cluster, and connect</source>
        <translation>Adresse und Anmeldedaten eines Clusters speichern und verbinden</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>SecDesk</source>
        <translation>SecDesk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SecDesk — %1</source>
        <translation>SecDesk — %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the configuration…</source>
        <translation>Die Konfiguration wird gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (roles: %2)</source>
        <translation>%1 (Rollen: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>read at %1</source>
        <translation>gelesen um %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Patch editor</source>
        <translation>Patch-Editor</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>&amp;Patch</source>
        <translation>&amp;Patch</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>About SecDesk</source>
        <translation>Über SecDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;SecDesk %1&lt;/h3&gt;&lt;p&gt;Administration of the OpenSearch Security plugin&apos;s configuration: browse it, change it through a change plan, compare versions, roll back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SecDesk %1&lt;/h3&gt;&lt;p&gt;Verwaltung der Konfiguration des OpenSearch-Security-Plugins: durchsuchen, über einen Änderungsplan ändern, Versionen vergleichen, zurückrollen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;&lt;p&gt;Licence: %3.&lt;/p&gt;&lt;p&gt;Qt is used under the GNU Lesser General Public License v3; yaml-cpp under the MIT licence; QtKeychain under the BSD 3-clause licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erstellt mit Qt %1, läuft mit Qt %2.&lt;/p&gt;&lt;p&gt;Lizenz: %3.&lt;/p&gt;&lt;p&gt;Qt wird unter der GNU Lesser General Public License v3 verwendet, yaml-cpp unter der MIT-Lizenz, QtKeychain unter der BSD-3-Clause-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Version timeline</source>
        <translation>Versionszeitleiste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version &amp;timeline</source>
        <translation>Versions&amp;zeitleiste</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Upgrade assistant</source>
        <translation>Aktualisierungsassistent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Upgrade assistant</source>
        <translation>&amp;Aktualisierungsassistent</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Connect first: node settings are kept per connection.</source>
        <translation>Zuerst verbinden: Knoteneinstellungen gelten je Verbindung.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who can</source>
        <translation>Wer darf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective permissions</source>
        <translation>Effektive Berechtigungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Explain access</source>
        <translation>Zugriff &amp;erklären</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Who can access</source>
        <translation>&amp;Wer hat Zugriff</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Written to the cluster and verified: %1</source>
        <translation>In den Cluster geschrieben und überprüft: %1</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../app/common/SecretStore.cpp" line="-105"/>
        <source>No secret is stored for %1.</source>
        <translation>Für %1 ist kein Geheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/widgets/MessageBar.cpp" line="+24"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Die Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>NetworkTransport</name>
    <message>
        <location filename="../app/api/TlsFailure.cpp" line="+9"/>
        <source>the certificate is not for this host name</source>
        <translation>das Zertifikat gilt nicht für diesen Hostnamen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the certificate is not signed by a trusted authority (%1)</source>
        <translation>das Zertifikat ist nicht von einer vertrauenswürdigen Stelle signiert (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the certificate has expired</source>
        <translation>das Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate is not valid yet</source>
        <translation>das Zertifikat ist noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../app/api/NetworkTransport.cpp" line="+116"/>
        <source>the server redirected to another address, which SecDesk does not follow with your credentials (%1)</source>
        <translation>der Server hat auf eine andere Adresse umgeleitet, der SecDesk mit Ihren Anmeldedaten nicht folgt (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the response was cut off (%1)</source>
        <translation>die Antwort wurde abgeschnitten (%1)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the CA file %1 cannot be read or holds no PEM certificate</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden oder enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a client certificate needs both the certificate file and the key file</source>
        <translation>ein Client-Zertifikat braucht sowohl die Zertifikatsdatei als auch die Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the client certificate %1 cannot be read or is not a PEM certificate</source>
        <translation>das Client-Zertifikat %1 kann nicht gelesen werden oder ist kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the client key %1 cannot be read: %2</source>
        <translation>der Client-Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the client key %1 cannot be used: it is not a PEM private key, or the passphrase is wrong</source>
        <translation>der Client-Schlüssel %1 kann nicht verwendet werden: Er ist kein privater PEM-Schlüssel, oder die Passphrase ist falsch</translation>
    </message>
    <message>
        <location filename="../app/api/HttpExchange.cpp" line="+87"/>
        <source>&quot;%1&quot; is not an http(s) address</source>
        <translation>„%1“ ist keine http(s)-Adresse</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>the server answered HTTP %1 %2, a redirect; SecDesk sends a change only once, so it did not follow it</source>
        <translation>der Server hat mit HTTP %1 %2 geantwortet, einer Umleitung; SecDesk sendet eine Änderung nur einmal und ist ihr daher nicht gefolgt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server answered HTTP %1 %2, a redirect to %3; SecDesk sends a change only once, so it did not follow it</source>
        <translation>der Server hat mit HTTP %1 %2 geantwortet, einer Umleitung auf %3; SecDesk sendet eine Änderung nur einmal und ist ihr daher nicht gefolgt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&quot;%1&quot; is not an HTTP method</source>
        <translation>„%1“ ist keine HTTP-Methode</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the request header &quot;%1&quot; cannot be sent: its name or value is malformed</source>
        <translation>der Anfrage-Header „%1“ kann nicht gesendet werden: Sein Name oder Wert ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../app/api/HttpResponseParser.cpp" line="+62"/>
        <source>the server switched protocols (HTTP 101), which SecDesk did not ask for</source>
        <translation>der Server hat das Protokoll gewechselt (HTTP 101), was SecDesk nicht angefordert hat</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a chunk of the response has no valid size (&quot;%1&quot;)</source>
        <translation>ein Chunk der Antwort hat keine gültige Größe („%1“)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+184"/>
        <location line="+19"/>
        <source>the response body is larger than %1, more than SecDesk accepts</source>
        <translation>der Antworttext ist größer als %1, mehr als SecDesk akzeptiert</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>a chunk of the response is longer than its declared size</source>
        <translation>ein Chunk der Antwort ist länger als seine angegebene Größe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the response was cut off after %1 of the %2 bytes of its body</source>
        <translation>die Antwort wurde nach %1 von %2 Bytes des Antworttextes abgeschnitten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the connection was closed before a response arrived</source>
        <translation>die Verbindung wurde geschlossen, bevor eine Antwort eintraf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection was closed in the middle of the response&apos;s headers</source>
        <translation>die Verbindung wurde mitten in den Headern der Antwort geschlossen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the response was cut off after %1 bytes of its chunked body</source>
        <translation>die Antwort wurde nach %1 Bytes ihres in Chunks übertragenen Antworttextes abgeschnitten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the response headers are larger than %1, more than SecDesk accepts</source>
        <translation>die Header der Antwort sind größer als %1, mehr als SecDesk akzeptiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a chunk of the response has an overlong size line</source>
        <translation>ein Chunk der Antwort hat eine zu lange Größenzeile</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the server did not answer with HTTP/1.x (it sent &quot;%1&quot;)</source>
        <translation>der Server hat nicht mit HTTP/1.x geantwortet (er hat „%1“ gesendet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the response&apos;s status line is not valid (&quot;%1&quot;)</source>
        <translation>die Statuszeile der Antwort ist ungültig („%1“)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the response&apos;s headers begin with a continuation line</source>
        <translation>die Header der Antwort beginnen mit einer Fortsetzungszeile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the response has a malformed header line (&quot;%1&quot;)</source>
        <translation>die Antwort hat eine fehlerhafte Header-Zeile („%1“)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the response is encoded with &quot;%1&quot;, which SecDesk did not ask for and cannot decode</source>
        <translation>die Antwort ist mit „%1“ codiert, was SecDesk nicht angefordert hat und nicht decodieren kann</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the response uses the transfer coding &quot;%1&quot;, which SecDesk cannot decode</source>
        <translation>die Antwort verwendet die Transfer-Codierung „%1“, die SecDesk nicht decodieren kann</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the response&apos;s Content-Length is not valid (&quot;%1&quot;)</source>
        <translation>die Content-Length der Antwort ist ungültig („%1“)</translation>
    </message>
</context>
<context>
    <name>NodeSettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/NodeSettingsDialog.cpp" line="+20"/>
        <source>Node settings of %1</source>
        <translation>Knoteneinstellungen von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node settings (opensearch.yml) that change how the Security plugin decides access. The REST API does not show them: give those your nodes set, as a flat JSON object such as {&quot;plugins.security.system_indices.enabled&quot;: true}. The others stay at the plugin&apos;s defaults. Access evaluation, access changes and lint on this connection assume them.</source>
        <translation>Die Knoteneinstellungen (opensearch.yml), die ändern, wie das Security-Plugin über Zugriff entscheidet. Die REST-API zeigt sie nicht: Geben Sie die an, die Ihre Knoten setzen, als flaches JSON-Objekt wie {&quot;plugins.security.system_indices.enabled&quot;: true}. Die übrigen bleiben bei den Standardwerten des Plugins. Zugriffsauswertung, Zugriffsänderungen und Lint nehmen sie für diese Verbindung an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Node settings as JSON</source>
        <translation>Knoteneinstellungen als JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{} (the plugin&apos;s defaults)</source>
        <translation>{} (die Standardwerte des Plugins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known settings:
%1</source>
        <translation>Bekannte Einstellungen:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings:</source>
        <translation>&amp;Einstellungen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Defaults</source>
        <translation>&amp;Standardwerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the text: the plugin&apos;s defaults for every setting</source>
        <translation>Den Text leeren: die Standardwerte des Plugins für jede Einstellung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not JSON: %1</source>
        <translation>Kein JSON: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings must be a JSON object of setting names and values.</source>
        <translation>Die Einstellungen müssen ein JSON-Objekt aus Namen und Werten sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a setting that changes access decisions (hover over the field for those that do).</source>
        <translation>%1 ist keine Einstellung, die Zugriffsentscheidungen ändert (der Tooltip des Felds nennt diese).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the plugin knows MAPPING_ONLY, BACKENDROLES_ONLY and BOTH, and takes anything else as MAPPING_ONLY.</source>
        <translation>%1: Das Plugin kennt MAPPING_ONLY, BACKENDROLES_ONLY und BOTH und nimmt alles andere als MAPPING_ONLY.</translation>
    </message>
</context>
<context>
    <name>PatchCommands</name>
    <message numerus="yes">
        <location filename="../ui/commands/PatchCommands.cpp" line="+23"/>
        <source>Delete %n operation(s)</source>
        <translation>
            <numerusform>%n Operation löschen</numerusform>
            <numerusform>%n Operationen löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit operation %1</source>
        <translation>Operation %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move operation %1</source>
        <translation>Operation %1 verschieben</translation>
    </message>
</context>
<context>
    <name>PatchDraftStore</name>
    <message>
        <location filename="../app/store/PatchDraftStore.cpp" line="+85"/>
        <source>Cannot create the drafts folder %1</source>
        <translation>Der Entwurfsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Cannot write the draft %1</source>
        <translation>Der Entwurf %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the draft %1</source>
        <translation>Der Entwurf %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>PatchEditorView</name>
    <message>
        <location filename="../ui/views/patcheditor/PatchEditorView.cpp" line="+68"/>
        <source>%1 — invalid: %2</source>
        <translation>%1 — ungültig: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Append instead</source>
        <translation>Stattdessen anhängen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send…</source>
        <translation>Senden…</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+410"/>
        <source>Send the patch to the cluster, after a final check</source>
        <translation>Den Patch nach einer letzten Prüfung an den Cluster senden</translation>
    </message>
    <message>
        <location line="-404"/>
        <source>Patch actions</source>
        <translation>Patch-Aktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch operations</source>
        <translation>Patch-Operationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch as JSON text</source>
        <translation>Patch als JSON-Text</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems the patch introduces</source>
        <translation>Probleme, die der Patch einführt</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n operation(s).</source>
        <translation>
            <numerusform>%n Operation.</numerusform>
            <numerusform>%n Operationen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Replace this operation by appends of the new elements at &quot;/-&quot;</source>
        <translation>Diese Operation durch Anhängen der neuen Elemente an „/-“ ersetzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Append instead of replace</source>
        <translation>Anhängen statt Ersetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+69"/>
        <source>Add operation</source>
        <translation>Operation hinzufügen</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Current configuration</source>
        <translation>Aktuelle Konfiguration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After the patch</source>
        <translation>Nach dem Patch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed paths</source>
        <translation>Geänderte Pfade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Resulting entities</source>
        <translation>Resultierende Entitäten</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Problems the patch introduces or resolves</source>
        <translation>Probleme, die der Patch einführt oder behebt</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+118"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw JSON</source>
        <translation>Rohes JSON</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The patch is being checked; its problems follow.</source>
        <translation>Der Patch wird geprüft; seine Probleme folgen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems are looked for once every operation applies.</source>
        <translation>Nach Problemen wird gesucht, sobald jede Operation anwendbar ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the patch for configuration problems…</source>
        <translation>Der Patch wird auf Konfigurationsprobleme geprüft…</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Restored the unsent patch draft (%n operation(s)). Drafts never keep passwords or hashes: type them again in operation(s) %1.</source>
        <translation>
            <numerusform>Der nicht gesendete Patch-Entwurf wurde wiederhergestellt (%n Operation). Entwürfe speichern nie Passwörter oder Hashes: Geben Sie sie in Operation %1 erneut ein.</numerusform>
            <numerusform>Der nicht gesendete Patch-Entwurf wurde wiederhergestellt (%n Operationen). Entwürfe speichern nie Passwörter oder Hashes: Geben Sie sie in Operation(en) %1 erneut ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Restored the unsent patch draft (%n operation(s)).</source>
        <translation>
            <numerusform>Der nicht gesendete Patch-Entwurf wurde wiederhergestellt (%n Operation).</numerusform>
            <numerusform>Der nicht gesendete Patch-Entwurf wurde wiederhergestellt (%n Operationen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The restored draft is not a valid patch: %1</source>
        <translation>Der wiederhergestellte Entwurf ist kein gültiger Patch: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Invalid here: %1</source>
        <translation>Hier ungültig: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The patch is being checked; Send waits for the result</source>
        <translation>Der Patch wird geprüft; Senden wartet auf das Ergebnis</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+175"/>
        <source>%n operation(s) cannot be applied; fix them first.</source>
        <translation>
            <numerusform>%n Operation kann nicht angewendet werden; beheben Sie das zuerst.</numerusform>
            <numerusform>%n Operationen können nicht angewendet werden; beheben Sie das zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Fix the raw JSON first: %1</source>
        <translation>Beheben Sie zuerst das rohe JSON: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the raw JSON</source>
        <translation>Das rohe JSON bearbeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a JSON patch</source>
        <translation>%1 ist kein JSON Patch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fix is not a JSON patch</source>
        <translation>Die Korrektur ist kein JSON-Patch</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save %1</source>
        <translation>%1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the patch to %1.</source>
        <translation>Der Patch wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Operation %1 has edits in the form that were not applied, and they are not valid: %2. Fix them (or select the operation again to drop them) before sending.</source>
        <translation>Operation %1 hat Bearbeitungen im Formular, die nicht übernommen wurden und ungültig sind: %2. Beheben Sie sie (oder wählen Sie die Operation erneut, um sie zu verwerfen), bevor Sie senden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applied your edit of operation %1 before sending.</source>
        <translation>Ihre Bearbeitung von Operation %1 wurde vor dem Senden übernommen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The patch cannot be sent: %1</source>
        <translation>Der Patch kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clear the sent patch</source>
        <translation>Den gesendeten Patch leeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The patch was sent and cleared from the editor (Undo brings it back).</source>
        <translation>Der Patch wurde gesendet und aus dem Editor entfernt (Rückgängig holt ihn zurück).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part of this patch is on the cluster (see the write&apos;s report). It stays here so that you can restore or fix it: sending it again repeats the applied part.</source>
        <translation>Ein Teil dieses Patches ist auf dem Cluster (siehe den Bericht des Schreibvorgangs). Der Patch bleibt hier, damit Sie den vorherigen Stand wiederherstellen oder den Patch korrigieren können: Erneutes Senden wiederholt den angewendeten Teil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a JSON patch</source>
        <translation>Einen JSON Patch öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>JSON Patch (*.json)</source>
        <translation>JSON Patch (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the JSON patch</source>
        <translation>Den JSON Patch speichern</translation>
    </message>
</context>
<context>
    <name>PatchGuards</name>
    <message>
        <location filename="../app/domain/PatchGuards.cpp" line="+40"/>
        <source>&quot;%1&quot; is static: the server refuses changes to it from anyone but an admin, and even an admin&apos;s change is overridden on the next load.</source>
        <translation>„%1“ ist statisch: Der Server lehnt Änderungen daran von allen außer einem Admin ab, und selbst die Änderung eines Admins wird beim nächsten Laden überschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is reserved: the server refuses changes to it from anyone but a REST admin (403 &quot;Resource is reserved&quot;).</source>
        <translation>„%1“ ist reserviert: Der Server lehnt Änderungen daran von allen außer einem REST-Admin ab (403 &quot;Resource is reserved&quot;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is hidden: for anyone but an admin the server answers that it is not available (404).</source>
        <translation>„%1“ ist verborgen: Allen außer einem Admin antwortet der Server, es sei nicht verfügbar (404).</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>&quot;add&quot; on the existing member %1 replaces the whole array (%n element(s) now); to append an element, add at %1/- instead.</source>
        <translation>
            <numerusform>„add“ auf das vorhandene Mitglied %1 ersetzt das ganze Array (jetzt %n Element); um ein Element anzuhängen, fügen Sie stattdessen bei %1/- hinzu.</numerusform>
            <numerusform>„add“ auf das vorhandene Mitglied %1 ersetzt das ganze Array (jetzt %n Elemente); um ein Element anzuhängen, fügen Sie stattdessen bei %1/- hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server never accepts the key &quot;static&quot;, and accepts &quot;reserved&quot; and &quot;hidden&quot; only from an admin.</source>
        <translation>Der Server akzeptiert den Schlüssel „static“ nie, und „reserved“ und „hidden“ nur von einem Admin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The _meta member must not be patched: the server refuses the change or fails.</source>
        <translation>Das Mitglied _meta darf nicht per Patch geändert werden: Der Server lehnt die Änderung ab oder scheitert.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>This removes your own user %1: you could no longer log in, nor undo this change.</source>
        <translation>Dies entfernt Ihren eigenen Benutzer %1: Sie könnten sich nicht mehr anmelden und diese Änderung auch nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>You (%1) would lose %2, the role(s) that give you access to the security REST API: you could not undo this change yourself.</source>
        <translation>
            <numerusform>Sie (%1) würden %2 verlieren, die Rolle, die Ihnen Zugriff auf die Security-REST-API gibt: Sie könnten diese Änderung nicht selbst rückgängig machen.</numerusform>
            <numerusform>Sie (%1) würden %2 verlieren, die Rollen, die Ihnen Zugriff auf die Security-REST-API geben: Sie könnten diese Änderung nicht selbst rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>You (%1) would lose the role(s) %2 you hold now; another role still gives you access to the security REST API.</source>
        <translation>
            <numerusform>Sie (%1) würden die Rolle %2 verlieren, die Sie jetzt haben; eine andere Rolle gibt Ihnen weiterhin Zugriff auf die Security-REST-API.</numerusform>
            <numerusform>Sie (%1) würden die Rollen %2 verlieren, die Sie jetzt haben; eine andere Rolle gibt Ihnen weiterhin Zugriff auf die Security-REST-API.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This removes the Dashboards server user %1: OpenSearch Dashboards would stop working.</source>
        <translation>Dies entfernt den Dashboards-Serverbenutzer %1: OpenSearch Dashboards würde nicht mehr funktionieren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Dashboards server user %1 would lose %2: OpenSearch Dashboards would stop working.</source>
        <translation>Der Dashboards-Serverbenutzer %1 würde %2 verlieren: OpenSearch Dashboards würde nicht mehr funktionieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Dashboards server user %1 would lose %2, which it holds now.</source>
        <translation>Der Dashboards-Serverbenutzer %1 würde %2 verlieren, die er jetzt hat.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Lockout: %1</source>
        <translation>Aussperrung: %1</translation>
    </message>
</context>
<context>
    <name>PatchModel</name>
    <message>
        <location filename="../app/models/PatchModel.cpp" line="+110"/>
        <source>the patch</source>
        <translation>der Patch</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the configuration must stay an object</source>
        <translation>die Konfiguration muss ein Objekt bleiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds &quot;******&quot; instead of the secret (drafts never keep secrets): type it again</source>
        <translation>%1 enthält „******“ statt des Geheimnisses (Entwürfe speichern nie Geheimnisse): Geben Sie es erneut ein</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
</context>
<context>
    <name>PatchOperationForm</name>
    <message>
        <location filename="../ui/views/patcheditor/PatchOperationForm.cpp" line="+23"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add as new</source>
        <translation>Als neu hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to selected</source>
        <translation>Auf Auswahl anwenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>/roles/my_role/cluster_permissions/-</source>
        <translation>/roles/my_role/cluster_permissions/-</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>JSON, e.g. &quot;text&quot;, 42, [&quot;a&quot;] or {&quot;k&quot;: true}</source>
        <translation>JSON, z. B. &quot;text&quot;, 42, [&quot;a&quot;] oder {&quot;k&quot;: true}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Op:</source>
        <translation>Op:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Path: %1</source>
        <translation>Pfad: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value: enter a JSON value</source>
        <translation>Wert: Geben Sie einen JSON-Wert ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the value</source>
        <translation>der Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Valid JSON Patch operation.</source>
        <translation>Gültige JSON-Patch-Operation.</translation>
    </message>
</context>
<context>
    <name>PermissionEntryList</name>
    <message>
        <location filename="../ui/views/forms/PermissionEntryList.cpp" line="+17"/>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>(no pattern)</source>
        <translation>(kein Muster)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no action)</source>
        <translation>(keine Aktion)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/PreferencesDialog.cpp" line="+18"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new language takes effect after a restart of SecDesk.</source>
        <translation>Eine neue Sprache wird nach einem Neustart von SecDesk wirksam.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../app/models/ProblemsModel.cpp" line="+47"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fix is offered (Fix…).</source>
        <translation>Eine Korrektur wird angeboten (Korrigieren…).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../ui/views/problems/ProblemsView.cpp" line="+58"/>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the severity</source>
        <translation>Schweregrad anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the rule</source>
        <translation>Regel anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rule:</source>
        <translation>&amp;Regel:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+43"/>
        <source>&amp;Fix…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+267"/>
        <source>Open the finding&apos;s fix in the patch editor, to review it and send it from there</source>
        <translation>Die Korrektur des Befunds im Patch-Editor öffnen, um sie dort zu prüfen und zu senden</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>&amp;Disabled rules</source>
        <translation>&amp;Deaktivierte Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled rules</source>
        <translation>Deaktivierte Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules switched off for this connection; choose one to turn it on again</source>
        <translation>Die für diese Verbindung abgeschalteten Regeln; eine auswählen, um sie wieder einzuschalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+203"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Select all problems</source>
        <translation>Alle Probleme auswählen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Go to entity</source>
        <translation>&amp;Zur Entität</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>%n Problem: %1</numerusform>
            <numerusform>%n Probleme: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the configuration…</source>
        <translation>Die Konfiguration wird geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems (checking…)</source>
        <translation>Probleme (Prüfung läuft…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No configuration is loaded.</source>
        <translation>Keine Konfiguration geladen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems (%1, %2 critical)</source>
        <translation>Probleme (%1, %2 kritisch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n rule(s) disabled for this connection.</source>
        <translation>
            <numerusform>%n Regel für diese Verbindung deaktiviert.</numerusform>
            <numerusform>%n Regeln für diese Verbindung deaktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Disable the rule %1 for this connection</source>
        <translation>Regel %1 für diese Verbindung &amp;deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable the rule for this connection</source>
        <translation>Regel für diese Verbindung &amp;deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a finding that offers a fix</source>
        <translation>Einen Befund mit Korrektur auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This finding offers no fix</source>
        <translation>Für diesen Befund gibt es keine Korrektur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fix %1 (%2)</source>
        <translation>Korrektur %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Turn on %1 (%2)</source>
        <translation>%1 einschalten (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn on %1</source>
        <translation>%1 einschalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn them all on</source>
        <translation>Alle einschalten</translation>
    </message>
</context>
<context>
    <name>ProfileMenu</name>
    <message>
        <location filename="../ui/mainwindow/ProfileMenu.cpp" line="+26"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Cluster…</source>
        <translation>Cluster &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove Profile…</source>
        <translation>Profil &amp;entfernen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Saved connections&lt;/b&gt; (Enter connects)</source>
        <translation>&lt;b&gt;Gespeicherte Verbindungen&lt;/b&gt; (Eingabetaste verbindet)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter connects to the selected cluster</source>
        <translation>Die Eingabetaste verbindet mit dem ausgewählten Cluster</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The password of the connection &quot;%1&quot; cannot be read: %2</source>
        <translation>Das Passwort der Verbindung „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available, so passwords are kept only until SecDesk quits: choose Connection › Edit Profile to enter the password of &quot;%1&quot;.</source>
        <translation>Kein Schlüsselbund verfügbar, daher werden Passwörter nur bis zum Beenden von SecDesk behalten: Wählen Sie Verbindung › Profil bearbeiten, um das Passwort von „%1“ einzugeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password is saved for the connection &quot;%1&quot;: choose Connection › Edit Profile to enter it.</source>
        <translation>Für die Verbindung „%1“ ist kein Passwort gespeichert: Wählen Sie Verbindung › Profil bearbeiten, um es einzugeben.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the connection &quot;%1&quot; and its saved password?</source>
        <translation>Die Verbindung „%1“ und ihr gespeichertes Passwort entfernen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/store/ProfileStore.cpp" line="+85"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The profile was saved, but not its secrets: %1</source>
        <translation>Das Profil wurde gespeichert, aber nicht seine Geheimnisse: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available: the password is kept for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar: Das Passwort wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No profile is named &quot;%1&quot;: no profile is saved yet.</source>
        <translation>Kein Profil heißt „%1“: Es ist noch kein Profil gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No profile is named &quot;%1&quot;. Saved profiles: %2.</source>
        <translation>Kein Profil heißt „%1“. Gespeicherte Profile: %2.</translation>
    </message>
</context>
<context>
    <name>ReplaceConfigDialog</name>
    <message>
        <location filename="../ui/views/configeditor/ReplaceConfigDialog.cpp" line="+28"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send…</source>
        <translation>Senden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the security configuration</source>
        <translation>Die Sicherheitskonfiguration ersetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &lt;b&gt;dynamic&lt;/b&gt; of securityconfig/config as a whole. Sending replaces it with one PUT: everything not in the text returns to its default.</source>
        <translation>&lt;b&gt;dynamic&lt;/b&gt; von securityconfig/config als Ganzes bearbeiten. Senden ersetzt es mit einem PUT: Alles, was nicht im Text steht, kehrt zu seinem Standardwert zurück.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dynamic security configuration as JSON</source>
        <translation>Dynamische Sicherheitskonfiguration als JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Tab leaves the editor</source>
        <translation>Strg+Tab verlässt den Editor</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Put the loaded configuration back into the editor</source>
        <translation>Die geladene Konfiguration wieder in den Editor setzen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the text must be a JSON object: {&quot;dynamic&quot;: {...}}</source>
        <translation>der Text muss ein JSON-Objekt sein: {&quot;dynamic&quot;: {...}}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes against the loaded configuration: unknown while the text is not valid.</source>
        <translation>Änderungen gegenüber der geladenen Konfiguration: unbekannt, solange der Text ungültig ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid. No change against the loaded configuration.</source>
        <translation>Gültig. Keine Änderung gegenüber der geladenen Konfiguration.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Valid. %n change(s) against the loaded configuration.</source>
        <translation>
            <numerusform>Gültig. %n Änderung gegenüber der geladenen Konfiguration.</numerusform>
            <numerusform>Gültig. %n Änderungen gegenüber der geladenen Konfiguration.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change against the loaded configuration.</source>
        <translation>Keine Änderung gegenüber der geladenen Konfiguration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes against the loaded configuration:</source>
        <translation>Änderungen gegenüber der geladenen Konfiguration:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review and send the PUT request</source>
        <translation>Die PUT-Anfrage prüfen und senden</translation>
    </message>
</context>
<context>
    <name>ResponseParsers</name>
    <message>
        <location filename="../app/api/ResponseParsers.cpp" line="+19"/>
        <source>the %1 response is not %2</source>
        <translation>die Antwort auf %1 ist nicht %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>a JSON array (is format=json honoured?)</source>
        <translation>ein JSON-Array (wird format=json beachtet?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an array of objects (row %1 is not an object)</source>
        <translation>ein Array von Objekten (Zeile %1 ist kein Objekt)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+17"/>
        <location line="+21"/>
        <location line="+47"/>
        <location line="+12"/>
        <location line="+11"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>a cluster description (no version.number)</source>
        <translation>eine Cluster-Beschreibung (keine version.number)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a user description (no user_name)</source>
        <translation>eine Benutzerbeschreibung (kein user_name)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>an object with a &quot;versions&quot; array</source>
        <translation>ein Objekt mit einem Array „versions“</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+13"/>
        <source>an object with a &quot;config&quot; member</source>
        <translation>ein Objekt mit einem Mitglied „config“</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>a map of entities (&quot;%1&quot; is not an object)</source>
        <translation>eine Map von Entitäten („%1“ ist kein Objekt)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a list of indices (row %1 has no &quot;index&quot;)</source>
        <translation>eine Liste von Indizes (Zeile %1 hat kein „index“)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a list of indices (the status of &quot;%1&quot; is neither open nor close)</source>
        <translation>eine Liste von Indizes (der Status von „%1“ ist weder open noch close)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a list of aliases (row %1 has no &quot;alias&quot;)</source>
        <translation>eine Liste von Aliassen (Zeile %1 hat kein „alias“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a list of aliases (row %1 has no &quot;index&quot;)</source>
        <translation>eine Liste von Aliassen (Zeile %1 hat kein „index“)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an object with a &quot;data_streams&quot; array</source>
        <translation>ein Objekt mit einem Array „data_streams“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a list of data streams (entry %1 has no &quot;name&quot;)</source>
        <translation>eine Liste von Data Streams (Eintrag %1 hat kein „name“)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a list of data streams (&quot;%1&quot; has no &quot;indices&quot; array)</source>
        <translation>eine Liste von Data Streams („%1“ hat kein Array „indices“)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a list of data streams (a backing index of &quot;%1&quot; has no &quot;index_name&quot;)</source>
        <translation>eine Liste von Data Streams (ein Backing-Index von „%1“ hat kein „index_name“)</translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message>
        <location filename="../app/write/SafeWrite.cpp" line="+62"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the plan</source>
        <translation>Der Plan wird geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the current configuration</source>
        <translation>Die aktuelle Konfiguration wird gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving a backup</source>
        <translation>Eine Sicherung wird gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No backup store: a write is never sent without a backup.</source>
        <translation>Kein Sicherungsspeicher: Ohne Sicherung wird nie geschrieben.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The version list could not be read (%1): versions other writers record meanwhile are not checked.</source>
        <translation>Die Versionsliste konnte nicht gelesen werden (%1): Versionen, die andere Schreibvorgänge inzwischen aufzeichnen, werden nicht geprüft.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+62"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Backup saved: %1</source>
        <translation>Sicherung gespeichert: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading %1 again just before sending</source>
        <translation>%1 wird unmittelbar vor dem Senden erneut gelesen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Another change landed in %1 meanwhile; %2 is not sent.</source>
        <translation>Inzwischen ist eine andere Änderung in %1 eingegangen; %2 wird nicht gesendet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>nothing to upgrade</source>
        <translation>nichts zu aktualisieren</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entity(ies) upgraded</source>
        <translation>
            <numerusform>%n Entität aktualisiert</numerusform>
            <numerusform>%n Entitäten aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+23"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 failed before it reached the server: %2</source>
        <translation>%1 ist fehlgeschlagen, bevor die Anfrage den Server erreicht hat: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2. Reading %3 back to find out what the cluster holds.</source>
        <translation>%1: %2. %3 wird zurückgelesen, um festzustellen, was der Cluster enthält.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading back failed: %1</source>
        <translation>Das Zurücklesen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You can no longer read %1: %2</source>
        <translation>Sie können %1 nicht mehr lesen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read back: %1 was not applied.</source>
        <translation>Zurückgelesen: %1 wurde nicht angewendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read back: %1 was applied.</source>
        <translation>Zurückgelesen: %1 wurde angewendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read back: %1 changed the configuration, but not as planned.</source>
        <translation>Zurückgelesen: %1 hat die Konfiguration geändert, aber nicht wie geplant.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>you can no longer log in as %1 (the server answers 401)</source>
        <translation>Sie können sich nicht mehr als %1 anmelden (der Server antwortet 401)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the configuration could not be read back (%1)</source>
        <translation>die Konfiguration konnte nicht zurückgelesen werden (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>you can no longer read %1, so it could not be verified</source>
        <translation>Sie können %1 nicht mehr lesen, daher konnte es nicht überprüft werden</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Verification: %1</source>
        <translation>Überprüfung: %1</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>Read back: %n entity(ies) upgraded, before and after recorded.</source>
        <translation>
            <numerusform>Zurückgelesen: %n Entität aktualisiert, vorher und nachher festgehalten.</numerusform>
            <numerusform>Zurückgelesen: %n Entitäten aktualisiert, vorher und nachher festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The versions recorded meanwhile could not be read (%1).</source>
        <translation>Die inzwischen aufgezeichneten Versionen konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Verified: the configuration read back matches the plan.</source>
        <translation>Überprüft: Die zurückgelesene Konfiguration entspricht dem Plan.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The journal could not be written: %1</source>
        <translation>Das Journal konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>SandboxDemo</name>
    <message>
        <location filename="../app/sandbox/SandboxDemo.cpp" line="+61"/>
        <source>Example write %1 of %2 was refused (HTTP %3)</source>
        <translation>Beispiel-Schreibvorgang %1 von %2 wurde abgelehnt (HTTP %3)</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/common/SecretStore.cpp" line="+21"/>
        <source>No keychain is available on this system.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>SecurityAdminFiles</name>
    <message numerus="yes">
        <location filename="../app/domain/SecurityAdminCompare.cpp" line="+226"/>
        <source>%n entity(ies) differ</source>
        <translation>
            <numerusform>%n Entität unterscheidet sich</numerusform>
            <numerusform>%n Entitäten unterscheiden sich</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/domain/SecurityAdminFiles.cpp" line="+145"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>its permissions cannot be changed</source>
        <translation>ihre Dateirechte können nicht geändert werden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the file is empty; expected _meta and the %1</source>
        <translation>die Datei ist leer; erwartet werden _meta und die %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a map of entities with _meta</source>
        <translation>erwartet wird eine Map von Entitäten mit _meta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no _meta: securityadmin.sh needs _meta: {type: &quot;%1&quot;, config_version: 2}</source>
        <translation>kein _meta: securityadmin.sh braucht _meta: {type: &quot;%1&quot;, config_version: 2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>_meta must be a map with type and config_version</source>
        <translation>_meta muss eine Map mit type und config_version sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>_meta type is &quot;%1&quot;, but %2 holds &quot;%3&quot;</source>
        <translation>_meta type ist „%1“, aber %2 enthält „%3“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>_meta config_version must be 2</source>
        <translation>_meta config_version muss 2 sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected &quot;%1&quot;: %2 holds only _meta and config</source>
        <translation>unerwartetes „%1“: %2 enthält nur _meta und config</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; must be a map, not %2</source>
        <translation>„%1“ muss eine Map sein, kein %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no config: config.yml holds config: {dynamic: ...}</source>
        <translation>kein config: config.yml enthält config: {dynamic: ...}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>config must hold a map named dynamic</source>
        <translation>config muss eine Map namens dynamic enthalten</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+3"/>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>%1 is not a directory</source>
        <translation>%1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds no securityadmin files (config.yml, roles.yml, internal_users.yml, ...)</source>
        <translation>%1 enthält keine securityadmin-Dateien (config.yml, roles.yml, internal_users.yml, ...)</translation>
    </message>
</context>
<context>
    <name>SideBySideDiffView</name>
    <message>
        <location filename="../ui/widgets/diff/SideBySideDiffView.cpp" line="+64"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
</context>
<context>
    <name>TenancyPanel</name>
    <message>
        <location filename="../ui/views/admin/TenancyPanel.cpp" line="+24"/>
        <source>Tenancy</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multi-tenancy (tenancy/config)</source>
        <translation>Mandantenfähigkeit (tenancy/config)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Multi-tenancy enabled</source>
        <translation>&amp;Mandantenfähigkeit eingeschaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Private tenant enabled</source>
        <translation>&amp;Privater Tenant eingeschaltet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default tenant</source>
        <translation>Standard-Tenant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Default tenant:</source>
        <translation>&amp;Standard-Tenant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in options:</source>
        <translation>Anmeldeoptionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred tenants:</source>
        <translation>Bevorzugte Tenants:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What Dashboards is told (dashboardsinfo, read-only)</source>
        <translation>Was Dashboards mitgeteilt wird (dashboardsinfo, nur lesen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tenant indices (tenantinfo)</source>
        <translation>Tenant-Indizes (tenantinfo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenant indices</source>
        <translation>Tenant-Indizes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and send the change through the write confirmation</source>
        <translation>Die Änderung in der Schreibbestätigung prüfen und senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(none: the global tenant)</source>
        <translation>(keiner: der globale Tenant)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the tenancy settings (GET api/tenancy/config)</source>
        <translation>Mandanten-Einstellungen lesen (GET api/tenancy/config)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+20"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>(not before OpenSearch 3.7)</source>
        <translation>(nicht vor OpenSearch 3.7)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading dashboardsinfo</source>
        <translation>dashboardsinfo lesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboards server user: %1</source>
        <translation>Server-Benutzer von Dashboards: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboards index: %1</source>
        <translation>Dashboards-Index: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-tenancy: %1, private tenant: %2, default tenant: %3</source>
        <translation>Mandantenfähigkeit: %1, privater Tenant: %2, Standard-Tenant: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password rule: %1</source>
        <translation>Passwortregel: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resource sharing: %1</source>
        <translation>Ressourcenfreigabe: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API tokens: %1</source>
        <translation>API-Tokens: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Longest API token: %n second(s)</source>
        <translation>
            <numerusform>Längstes API-Token: %n Sekunde</numerusform>
            <numerusform>Längstes API-Token: %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading tenantinfo</source>
        <translation>tenantinfo lesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No tenant has a Dashboards index yet.</source>
        <translation>Noch kein Tenant hat einen Dashboards-Index.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the admin certificate, the Dashboards server user and users mapped to its role may read tenantinfo.</source>
        <translation>Nur das Admin-Zertifikat, der Server-Benutzer von Dashboards und Benutzer mit dessen Rolle dürfen tenantinfo lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading tenantinfo: %1</source>
        <translation>tenantinfo lesen: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The tenancy change cannot be sent: %1</source>
        <translation>Die Mandanten-Änderung kann nicht gesendet werden: %1</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <location filename="../ui/views/timeline/TimelineDelegate.cpp" line="+28"/>
        <source>first listed version</source>
        <translation>erste aufgeführte Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1  by %2</source>
        <translation>%1  von %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>current  ·  %1</source>
        <translation>aktuell  ·  %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../ui/views/timeline/TimelineView.cpp" line="+57"/>
        <source>Reveal hashes</source>
        <translation>Hashes anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back to this version…</source>
        <translation>Auf diese Version zurücksetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change…</source>
        <translation>Die letzte Änderung rückgängig machen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore selected entity/type…</source>
        <translation>Ausgewählte Entität/Typ wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport this version…</source>
        <translation>Diese Version e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Versions are recorded by the cluster after every change; newest first</source>
        <translation>Der Cluster zeichnet nach jeder Änderung eine Version auf; neueste zuerst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the selected version is compared with</source>
        <translation>Womit die ausgewählte Version verglichen wird</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write the selected version as securityadmin files, with its password hashes</source>
        <translation>Die ausgewählte Version mit ihren Passwort-Hashes als securityadmin-Dateien schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export this version…</source>
        <translation>Diese Version exportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the live configuration what it was in the selected version</source>
        <translation>Die Live-Konfiguration auf den Stand der ausgewählten Version bringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore only the entity or type selected in the changes to the selected version</source>
        <translation>Nur die in den Änderungen ausgewählte Entität oder den Typ auf die ausgewählte Version zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show the password hashes stored in this version (they are never logged or saved)</source>
        <translation>Die in dieser Version gespeicherten Passwort-Hashes zeigen (sie werden nie protokolliert oder gespeichert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration of the selected version</source>
        <translation>Konfiguration der ausgewählten Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+205"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Blame is not available: %1</source>
        <translation>Herkunft ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Live configuration</source>
        <translation>Live-Konfiguration</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The versions are not loaded.</source>
        <translation>Die Versionen sind nicht geladen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Make the live configuration what it was in %1</source>
        <translation>Die Live-Konfiguration auf den Stand von %1 bringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll back to %1, the version before the newest</source>
        <translation>Auf %1 zurücksetzen, die Version vor der neuesten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore only the selected entity or type to %1</source>
        <translation>Nur die ausgewählte Entität oder den Typ auf %1 zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an entity or a type in the changes first</source>
        <translation>Wählen Sie zuerst eine Entität oder einen Typ in den Änderungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing…</source>
        <translation>Vergleich läuft…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n Änderung.</numerusform>
            <numerusform>%n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot roll back to %1: %2</source>
        <translation>Zurücksetzen auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot restore from %1: %2</source>
        <translation>Wiederherstellen aus %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Blame: %1 is not a JSON pointer.</source>
        <translation>Herkunft: %1 ist kein JSON-Pointer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Blame %1: %2</source>
        <translation>Herkunft von %1: %2</translation>
    </message>
</context>
<context>
    <name>TokenCommands</name>
    <message>
        <location filename="../app/cli/TokenCommands.cpp" line="+40"/>
        <source>Switch them on with config.dynamic.api_tokens.enabled: true (for example with apply or replace-config).</source>
        <translation>Schalten Sie sie mit config.dynamic.api_tokens.enabled: true ein (zum Beispiel mit apply oder replace-config).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(no API tokens)
</source>
        <translation>(keine API-Token)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+164"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>CREATED BY</source>
        <translation>ERSTELLT VON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISSUED (UTC)</source>
        <translation>AUSGESTELLT (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EXPIRES (UTC)</source>
        <translation>LÄUFT AB (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--index-permission takes PATTERN[,PATTERN]=ACTION[,ACTION], not &quot;%1&quot;</source>
        <translation>--index-permission erwartet MUSTER[,MUSTER]=AKTION[,AKTION], nicht „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--duration takes a number of seconds, not &quot;%1&quot;</source>
        <translation>--duration erwartet eine Anzahl Sekunden, nicht „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>API token %1 created (id %2). It is shown once, below: store it now.
</source>
        <translation>API-Token %1 erstellt (ID %2). Es wird einmal angezeigt, unten: speichern Sie es jetzt.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Generate a new password for the service account %1? Its current password stops working.</source>
        <translation>Ein neues Passwort für das Dienstkonto %1 erzeugen? Sein aktuelles Passwort funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+53"/>
        <source>not confirmed: nothing was sent</source>
        <translation>nicht bestätigt: nichts wurde gesendet</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Only internal users with the attributes service and enabled set to &quot;true&quot; get tokens.</source>
        <translation>Nur interne Benutzer, deren Attribute service und enabled auf &quot;true&quot; stehen, bekommen Token.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password of the service account %1 (HTTP basic). It is shown once, below: store it now; the previous one no longer works.
</source>
        <translation>Neues Passwort des Dienstkontos %1 (HTTP Basic). Es wird einmal angezeigt, unten: speichern Sie es jetzt; das bisherige funktioniert nicht mehr.
</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+75"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unbekannte Aktion „%1“</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Actions: list, create, revoke</source>
        <translation>Aktionen: list, create, revoke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens create takes a NAME, or --service-account NAME</source>
        <translation>tokens create erwartet einen NAMEN oder --service-account NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens revoke takes the token&apos;s ID</source>
        <translation>tokens revoke erwartet die ID des Tokens</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Revoke the API token %1?</source>
        <translation>Das API-Token %1 widerrufen?</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no auth failure listeners)
</source>
        <translation>(keine Auth-Failure-Listener)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BACKEND</source>
        <translation>BACKEND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TRIES</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WINDOW (S)</source>
        <translation>FENSTER (S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BLOCK (S)</source>
        <translation>SPERRE (S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IGNORED HOSTS</source>
        <translation>IGNORIERTE HOSTS</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Actions: set, delete</source>
        <translation>Aktionen: set, delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listeners %1 takes the listener&apos;s NAME</source>
        <translation>listeners %1 erwartet den NAMEN des Listeners</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>listeners set takes --file FILE (the listener as JSON)</source>
        <translation>listeners set erwartet --file DATEI (den Listener als JSON)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>send without asking (required when stdin is not a terminal)</source>
        <translation>ohne Nachfrage senden (nötig, wenn stdin kein Terminal ist)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the plan (changes and requests) and send nothing</source>
        <translation>den Plan (Änderungen und Anfragen) ausgeben und nichts senden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API tokens (OpenSearch 3.7 or later, config.dynamic.api_tokens.enabled): list them, create one (the token is printed once, to stdout, and kept nowhere), revoke one. --service-account NAME instead generates a new password for a service account (an internal user with the attributes service and enabled &quot;true&quot;), printed once to stdout; its previous password stops working.</source>
        <translation>API-Token (OpenSearch 3.7 oder neuer, config.dynamic.api_tokens.enabled): auflisten, eines erstellen (das Token wird einmal auf stdout ausgegeben und nirgends aufbewahrt), eines widerrufen. --service-account NAME erzeugt stattdessen ein neues Passwort für ein Dienstkonto (ein interner Benutzer mit den Attributen service und enabled &quot;true&quot;), einmal auf stdout ausgegeben; sein bisheriges Passwort funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a cluster permission of the new token (repeatable)</source>
        <translation>eine Cluster-Berechtigung des neuen Tokens (wiederholbar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>index patterns and allowed actions of the new token, e.g. logs-*=read (repeatable)</source>
        <translation>Indexmuster und erlaubte Aktionen des neuen Tokens, z. B. logs-*=read (wiederholbar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how long the new token is valid (0: never, where allowed)</source>
        <translation>wie lange das neue Token gültig ist (0: unbegrenzt, wo erlaubt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create a service account&apos;s token instead of an API token</source>
        <translation>statt eines API-Tokens das Token eines Dienstkontos erstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The auth failure listeners (rate limiting of failed logins; OpenSearch 3.0 or later). set adds or replaces listener NAME with FILE holding {&quot;type&quot;: &quot;ip&quot;|&quot;username&quot;, ...}; set and delete go through the safe-write pipeline.</source>
        <translation>Die Auth-Failure-Listener (Begrenzung fehlgeschlagener Anmeldungen; OpenSearch 3.0 oder neuer). set fügt Listener NAME aus DATEI mit {&quot;type&quot;: &quot;ip&quot;|&quot;username&quot;, ...} hinzu oder ersetzt ihn; set und delete laufen über die Safe-Write-Pipeline.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the listener as a JSON object</source>
        <translation>der Listener als JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>TokenCreateDialog</name>
    <message>
        <location filename="../ui/views/admin/TokenCreateDialog.cpp" line="+50"/>
        <source>Create API token</source>
        <translation>API-Token erstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token name</source>
        <translation>Name des Tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>letters, digits, - and _</source>
        <translation>Buchstaben, Ziffern, - und _</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster permissions</source>
        <translation>Cluster-Berechtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated, e.g. cluster_monitor</source>
        <translation>kommagetrennt, z. B. cluster_monitor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Duration in days</source>
        <translation>Dauer in Tagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cluster permissions:</source>
        <translation>&amp;Cluster-Berechtigungen:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Add inde&amp;x permission</source>
        <translation>Inde&amp;x-Berechtigung hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add index permission</source>
        <translation>Index-Berechtigung hinzufügen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Index permissions:</source>
        <translation>&amp;Index-Berechtigungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;reate</source>
        <translation>E&amp;rstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Copy this token now.&lt;/b&gt; It is shown only this once: the cluster keeps only a hash of it and SecDesk does not keep it anywhere. Closing this dialog forgets it.</source>
        <translation>&lt;b&gt;Kopieren Sie dieses Token jetzt.&lt;/b&gt; Es wird nur dieses eine Mal gezeigt: Der Cluster behält nur einen Hash davon, und SecDesk speichert es nirgends. Beim Schließen dieses Dialogs wird es vergessen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new token</source>
        <translation>Das neue Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token is on the clipboard.</source>
        <translation>Das Token ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the token a name.</source>
        <translation>Geben Sie dem Token einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token name holds only letters, digits, - and _.</source>
        <translation>Ein Token-Name enthält nur Buchstaben, Ziffern, - und _.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An index permission needs both index patterns and allowed actions.</source>
        <translation>Eine Index-Berechtigung braucht Index-Muster und erlaubte Aktionen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index permission %1 needs both index patterns and allowed actions.</source>
        <translation>Index-Berechtigung %1 braucht sowohl Indexmuster als auch erlaubte Aktionen.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Index patterns of index permission %1</source>
        <translation>Indexmuster der Index-Berechtigung %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>index patterns, comma-separated, e.g. logs-*, metrics-*</source>
        <translation>Indexmuster, durch Kommas getrennt, z. B. logs-*, metrics-*</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Allowed actions of index permission %1</source>
        <translation>Erlaubte Aktionen der Index-Berechtigung %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>allowed actions, e.g. read</source>
        <translation>erlaubte Aktionen, z. B. read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Remove index permission %1</source>
        <translation>Index-Berechtigung %1 entfernen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Creating API token %1 (POST api/apitokens)</source>
        <translation>API-Token %1 erstellen (POST api/apitokens)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating API token %1: %2</source>
        <translation>API-Token %1 erstellen: %2</translation>
    </message>
</context>
<context>
    <name>TokensView</name>
    <message>
        <location filename="../ui/views/admin/TokensView.cpp" line="+37"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>API tokens</source>
        <translation>API-Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Create…</source>
        <translation>&amp;Erstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create API token</source>
        <translation>API-Token erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke API token</source>
        <translation>API-Token widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Service account tokens</source>
        <translation>Tokens für Dienstkonten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A service account&apos;s token is a new password for it: creating one replaces the account&apos;s password, and the old token stops working.</source>
        <translation>Das Token eines Dienstkontos ist ein neues Passwort dafür: Ein neues ersetzt das Passwort des Kontos, und das alte Token funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service &amp;account:</source>
        <translation>Dienst&amp;konto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create &amp;token…</source>
        <translation>&amp;Token erstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create service account token</source>
        <translation>Token für Dienstkonto erstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Copy this token now.&lt;/b&gt; It is shown only this once and SecDesk does not keep it anywhere. Closing this window forgets it.</source>
        <translation>&lt;b&gt;Kopieren Sie dieses Token jetzt.&lt;/b&gt; Es wird nur dieses eine Mal gezeigt, und SecDesk speichert es nirgends. Beim Schließen dieses Fensters wird es vergessen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new service account token</source>
        <translation>Das neue Token des Dienstkontos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;py</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the service account token</source>
        <translation>Token des Dienstkontos kopieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token is on the clipboard.</source>
        <translation>Das Token ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(no internal user has attributes.service &quot;true&quot;)</source>
        <translation>(kein interner Benutzer hat attributes.service &quot;true&quot;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API tokens are switched off on this cluster: config.dynamic.api_tokens.enabled is not true.</source>
        <translation>API-Tokens sind auf diesem Cluster ausgeschaltet: config.dynamic.api_tokens.enabled ist nicht true.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the API tokens (GET api/apitokens)</source>
        <translation>API-Tokens lesen (GET api/apitokens)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked %1</source>
        <translation>widerrufen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the API tokens: %1</source>
        <translation>API-Tokens lesen: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revoke API token %1 (%2)? Whoever uses it is refused from then on; this cannot be undone.</source>
        <translation>API-Token %1 (%2) widerrufen? Wer es verwendet, wird ab dann abgewiesen; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoking API token %1</source>
        <translation>API-Token %1 widerrufen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create a token for service account %1? It replaces the account&apos;s password: the current token stops working.</source>
        <translation>Ein Token für Dienstkonto %1 erstellen? Es ersetzt das Passwort des Kontos: Das aktuelle Token funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating a token for %1</source>
        <translation>Token für %1 erstellen</translation>
    </message>
</context>
<context>
    <name>Upgrade</name>
    <message>
        <location filename="../app/write/Upgrade.cpp" line="-97"/>
        <source>%1/%2 already exists and is not reserved: it is probably your own role that shares its name with a new default. Performing the upgrade overwrites it with the shipped definition.</source>
        <translation>%1/%2 existiert bereits und ist nicht reserviert: Wahrscheinlich ist es Ihre eigene Rolle, die ihren Namen mit einem neuen Standard teilt. Die Aktualisierung überschreibt sie mit der mitgelieferten Definition.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Up to date: the roles match the defaults this cluster ships. There is nothing to upgrade.</source>
        <translation>Aktuell: Die Rollen entsprechen den Standardwerten dieses Clusters. Es gibt nichts zu aktualisieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cluster has no upgrade API: _upgrade_check and _upgrade_perform were added in OpenSearch 2.14. Upgrade the cluster, or update the default roles with securityadmin.</source>
        <translation>Dieser Cluster hat keine Upgrade-API: _upgrade_check und _upgrade_perform kamen mit OpenSearch 2.14. Aktualisieren Sie den Cluster oder die Standardrollen mit securityadmin.</translation>
    </message>
</context>
<context>
    <name>UpgradeCommands</name>
    <message>
        <location filename="../app/cli/UpgradeCommands.cpp" line="+68"/>
        <source>(overwrites your role of this name)</source>
        <translation>(überschreibt Ihre Rolle dieses Namens)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>An upgrade is available:
</source>
        <translation>Eine Aktualisierung ist verfügbar:
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &quot;secdesk-cli upgrade-perform&quot; to apply it (--entities a,b for some only).
</source>
        <translation>Führen Sie „secdesk-cli upgrade-perform“ aus, um sie anzuwenden (--entities a,b für nur einige).
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>absent before</source>
        <translation>vorher nicht vorhanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>stdin is not a terminal, so the upgrade cannot be confirmed</source>
        <translation>stdin ist kein Terminal, daher kann die Aktualisierung nicht bestätigt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run it on a terminal, or add --yes to upgrade without asking.</source>
        <translation>Führen Sie es in einem Terminal aus oder fügen Sie --yes hinzu, um ohne Nachfrage zu aktualisieren.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>note: %1 has nothing to upgrade; it is left alone
</source>
        <translation>Hinweis: %1 hat nichts zu aktualisieren; es bleibt unverändert
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upgrade would change:
</source>
        <translation>Die Aktualisierung würde ändern:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access (what changes is printed once the upgrade is done):</source>
        <translation>Zugriff (was sich ändert, wird nach dem Upgrade ausgegeben):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Perform the upgrade on %1?</source>
        <translation>Die Aktualisierung auf %1 ausführen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not confirmed: nothing was written</source>
        <translation>nicht bestätigt: Es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>To undo this upgrade: secdesk-cli rollback %1
</source>
        <translation>Um diese Aktualisierung rückgängig zu machen: secdesk-cli rollback %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the roles changed on the cluster since they were checked: nothing was written</source>
        <translation>die Rollen wurden auf dem Cluster geändert, seit sie geprüft wurden: Es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>On a cluster (read-only)</source>
        <translation>Auf einem Cluster (nur lesend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What an upgrade of the roles to the defaults this cluster ships would add or modify. Warns (on stderr, and as &quot;collisions&quot; with --json) about roles that exist but are not reserved: probably your own roles sharing a name with a new default, which the upgrade would overwrite.</source>
        <translation>Was eine Aktualisierung der Rollen auf die Standardwerte dieses Clusters hinzufügen oder ändern würde. Warnt (auf stderr und mit --json als „collisions“) vor Rollen, die existieren, aber nicht reserviert sind: wahrscheinlich Ihre eigenen Rollen mit dem Namen eines neuen Standards, die die Aktualisierung überschreiben würde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>only these roles</source>
        <translation>nur diese Rollen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>On a cluster (writing)</source>
        <translation>Auf einem Cluster (schreibend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performs the upgrade (all it lists, or only --entities) through the safe-write pipeline: check, fresh read, backup, POST _upgrade_perform, read-back, journal entry; then prints the before/after of each performed entity and the version to roll back to. Up to date: a message and exit 0.</source>
        <translation>Führt die Aktualisierung (alles Aufgeführte oder nur --entities) über die sichere Schreib-Pipeline aus: Prüfung, frisches Lesen, Sicherung, POST _upgrade_perform, Zurücklesen, Journaleintrag; gibt dann Vorher/Nachher jeder aktualisierten Entität aus und die Version, auf die zurückgesetzt werden kann. Wenn aktuell: eine Meldung und Exit-Code 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>perform without asking (required when stdin is not a terminal)</source>
        <translation>ohne Nachfrage ausführen (nötig, wenn stdin kein Terminal ist)</translation>
    </message>
</context>
<context>
    <name>UpgradeModel</name>
    <message numerus="yes">
        <location filename="../app/models/UpgradeModel.cpp" line="+94"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>as the server described it</source>
        <translation>wie der Server es beschrieben hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overwrites your role of this name</source>
        <translation>überschreibt Ihre Rolle dieses Namens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>static: the server leaves it alone</source>
        <translation>statisch: Der Server lässt es unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reserved default</source>
        <translation>reservierter Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>UpgradeView</name>
    <message>
        <location filename="../ui/views/upgrade/UpgradeView.cpp" line="+68"/>
        <source>&amp;Check for an upgrade</source>
        <translation>Auf eine Aktualisierung &amp;prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the cluster which default roles differ from the ones it ships (_upgrade_check)</source>
        <translation>Den Cluster fragen, welche Standardrollen von den mitgelieferten abweichen (_upgrade_check)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+104"/>
        <source>Check whether the cluster ships newer default roles than the ones it holds.</source>
        <translation>Prüfen, ob der Cluster neuere Standardrollen mitbringt als die, die er enthält.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Entities the upgrade would change</source>
        <translation>Entitäten, die die Aktualisierung ändern würde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;none</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Perform selected…</source>
        <translation>Ausgewählte aus&amp;führen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo this upgrade…</source>
        <translation>Diese Aktualisierung &amp;rückgängig machen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Performed entities</source>
        <translation>Aktualisierte Entitäten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before the upgrade</source>
        <translation>Vor der Aktualisierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After the upgrade</source>
        <translation>Nach der Aktualisierung</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Select at least one entity to upgrade</source>
        <translation>Wählen Sie mindestens eine zu aktualisierende Entität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perform the upgrade of the selected entities after a confirmation</source>
        <translation>Die Aktualisierung der ausgewählten Entitäten nach einer Bestätigung ausführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Available after an upgrade, when the cluster records configuration versions</source>
        <translation>Verfügbar nach einer Aktualisierung, wenn der Cluster Konfigurationsversionen aufzeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll the configuration back to version %1, read just before the upgrade</source>
        <translation>Die Konfiguration auf Version %1 zurücksetzen, die unmittelbar vor der Aktualisierung gelesen wurde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not connected: connect to a cluster first.</source>
        <translation>Nicht verbunden: Verbinden Sie sich zuerst mit einem Cluster.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The roles cannot be read: %1</source>
        <translation>Die Rollen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The check&apos;s answer cannot be read: %1</source>
        <translation>Die Antwort der Prüfung kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The upgrade would change %n entity(ies). Choose which to perform.</source>
        <translation>
            <numerusform>Die Aktualisierung würde %n Entität ändern. Wählen Sie, welche ausgeführt werden sollen.</numerusform>
            <numerusform>Die Aktualisierung würde %n Entitäten ändern. Wählen Sie, welche ausgeführt werden sollen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>⚠ %n of them look like your own role(s) and would be overwritten.</source>
        <translation>
            <numerusform>⚠ %n davon sieht wie Ihre eigene Rolle aus und würde überschrieben.</numerusform>
            <numerusform>⚠ %n davon sehen wie Ihre eigenen Rollen aus und würden überschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster described the changes in sentences: they are performed all together.</source>
        <translation>Der Cluster hat die Änderungen in Sätzen beschrieben: Sie werden alle zusammen ausgeführt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the version timeline…</source>
        <translation>Die Versionszeitleiste wird gelesen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The upgrade cannot be planned: %1</source>
        <translation>Die Aktualisierung kann nicht geplant werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cluster records no configuration versions: the upgrade cannot be undone with one click (a backup is still saved before sending).</source>
        <translation>Dieser Cluster zeichnet keine Konfigurationsversionen auf: Die Aktualisierung lässt sich nicht mit einem Klick rückgängig machen (vor dem Senden wird trotzdem eine Sicherung gespeichert).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 is remembered: &quot;Undo this upgrade&quot; rolls back to it.</source>
        <translation>Version %1 ist vermerkt: „Diese Aktualisierung rückgängig machen“ setzt darauf zurück.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the configuration…</source>
        <translation>Die Konfiguration wird gelesen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The configuration cannot be read: %1</source>
        <translation>Die Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot roll back to %1: %2</source>
        <translation>Zurücksetzen auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo the upgrade: roll back to version %1</source>
        <translation>Die Aktualisierung rückgängig machen: auf Version %1 zurücksetzen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The upgrade was undone: the configuration is back at version %1.</source>
        <translation>Die Aktualisierung wurde rückgängig gemacht: Die Konfiguration ist wieder auf Version %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1/%2 (%3)</source>
        <translation>%1/%2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The upgrade was performed, but the roles read back show no difference.</source>
        <translation>Die Aktualisierung wurde ausgeführt, aber die zurückgelesenen Rollen zeigen keinen Unterschied.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Upgraded %n entity(ies). Before and after, as read just before and just after the upgrade:</source>
        <translation>
            <numerusform>%n Entität aktualisiert. Vorher und nachher, wie unmittelbar vor und nach der Aktualisierung gelesen:</numerusform>
            <numerusform>%n Entitäten aktualisiert. Vorher und nachher, wie unmittelbar vor und nach der Aktualisierung gelesen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionStore</name>
    <message>
        <location filename="../app/store/VersionStore.cpp" line="+34"/>
        <source>No versions are recorded yet.</source>
        <translation>Es sind noch keine Versionen aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is only one version: the current configuration. There is nothing to roll back to.</source>
        <translation>Es gibt nur eine Version: die aktuelle Konfiguration. Es gibt nichts, worauf zurückgesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The versions are not loaded.</source>
        <translation>Die Versionen sind nicht geladen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Configuration versioning is off on this cluster, or the cluster does not support it (it needs OpenSearch 3.3 or later). To enable it, set plugins.security.configurations_versions.enabled: true in opensearch.yml on every node and restart; plugins.security.config_version.retention_count sets how many versions are kept (default 10).</source>
        <translation>Die Konfigurationsversionierung ist auf diesem Cluster aus, oder der Cluster unterstützt sie nicht (sie braucht OpenSearch 3.3 oder neuer). Zum Einschalten setzen Sie plugins.security.configurations_versions.enabled: true in opensearch.yml auf jedem Knoten und starten neu; plugins.security.config_version.retention_count legt fest, wie viele Versionen behalten werden (Standard 10).</translation>
    </message>
</context>
<context>
    <name>WhoCanView</name>
    <message>
        <location filename="../ui/views/access/WhoCanView.cpp" line="+35"/>
        <source>Who can?</source>
        <translation>Wer darf?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an index, alias or pattern; empty for a cluster action</source>
        <translation>ein Index, Alias oder Muster; leer für eine Cluster-Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who can</source>
        <translation>Wer darf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granting roles</source>
        <translation>Gewährende Rollen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click: the user, or the granting role, in the tree</source>
        <translation>Doppelklick: der Benutzer oder die gewährende Rolle im Baum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&amp;ndex:</source>
        <translation>I&amp;ndex:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ction:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give an index and an action: the users and backend roles allowed are listed.</source>
        <translation>Geben Sie einen Index und eine Aktion an: die berechtigten Benutzer und Backend-Rollen werden aufgelistet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Give an action.</source>
        <translation>Geben Sie eine Aktion an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Evaluating every user and backend role…</source>
        <translation>Jeder Benutzer und jede Backend-Rolle wird ausgewertet…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>backend role</source>
        <translation>Backend-Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n subject(s) may %1.</source>
        <translation>
            <numerusform>%n Subjekt darf %1.</numerusform>
            <numerusform>%n Subjekte dürfen %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subject(s) may %1 on %2.</source>
        <translation>
            <numerusform>%n Subjekt darf %1 auf %2.</numerusform>
            <numerusform>%n Subjekte dürfen %1 auf %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteChecks</name>
    <message>
        <location filename="../app/write/WriteChecks.cpp" line="+107"/>
        <source>%1: a secret; the server shows it only redacted</source>
        <translation>%1: ein Geheimnis; der Server zeigt es nur geschwärzt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: accepted and ignored by the server</source>
        <translation>%1: vom Server akzeptiert und ignoriert</translation>
    </message>
</context>
<context>
    <name>WriteCommands</name>
    <message>
        <location filename="../app/cli/WriteCommands.cpp" line="+44"/>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lint: no finding introduced or removed</source>
        <translation>Lint: kein Befund hinzugekommen oder entfallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lint: %1 introduced, %2 removed</source>
        <translation>Lint: %1 hinzugekommen, %2 entfallen</translation>
    </message>
    <message>
        <location line="+438"/>
        <source>Known indices not compared (%1): only the index patterns the configuration names.</source>
        <translation>Bekannte Indizes nicht verglichen (%1): nur die Indexmuster, die die Konfiguration nennt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access changes:</source>
        <translation>Zugriffsänderungen:</translation>
    </message>
    <message>
        <location line="-429"/>
        <source>Changes:</source>
        <translation>Änderungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  (none)</source>
        <translation>  (keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (none: nothing would be sent)</source>
        <translation>  (keine: es würde nichts gesendet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lockout: %1</source>
        <translation>Aussperrung: %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Nothing to do: the plan changes nothing.
</source>
        <translation>Nichts zu tun: Der Plan ändert nichts.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was written. Add --allow-lockout to send it anyway.</source>
        <translation>Es wurde nichts geschrieben. Fügen Sie --allow-lockout hinzu, um es trotzdem zu senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send these requests to %1?</source>
        <translation>Diese Anfragen an %1 senden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not confirmed: nothing was written</source>
        <translation>nicht bestätigt: Es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the configuration changed on the cluster since it was read: nothing was written</source>
        <translation>die Konfiguration wurde auf dem Cluster geändert, seit sie gelesen wurde: Es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the applied part from the backup?</source>
        <translation>Den angewendeten Teil aus der Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot prepare the restore</source>
        <translation>die Wiederherstellung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+27"/>
        <source>the patch must be a JSON array of operations</source>
        <translation>der Patch muss ein JSON-Array von Operationen sein</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>stdin is not a terminal, so the write cannot be confirmed</source>
        <translation>stdin ist kein Terminal, daher kann der Schreibvorgang nicht bestätigt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run it on a terminal, or add --yes to write without asking.</source>
        <translation>Führen Sie es in einem Terminal aus oder fügen Sie --yes hinzu, um ohne Nachfrage zu schreiben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the base must be a configuration document (a JSON object)</source>
        <translation>die Basis muss ein Konfigurationsdokument sein (ein JSON-Objekt)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the file must hold {&quot;dynamic&quot;: {...}}</source>
        <translation>die Datei muss {&quot;dynamic&quot;: {...}} enthalten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--only %1: not a JSON pointer</source>
        <translation>--only %1: kein JSON-Pointer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Versioning is not enabled on this cluster: set plugins.security.configurations_versions.enabled: true on every node (3.3 or later) and restart.</source>
        <translation>Die Versionierung ist auf diesem Cluster nicht aktiviert: Setzen Sie plugins.security.configurations_versions.enabled: true auf jedem Knoten (3.3 oder neuer) und starten Sie neu.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>there is only %n version(s): nothing to roll back to</source>
        <translation>
            <numerusform>es gibt nur %n Version: nichts, worauf zurückgesetzt werden kann</numerusform>
            <numerusform>es gibt nur %n Versionen: nichts, worauf zurückgesetzt werden kann</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rolling back to %1, the version before the newest (%2).
</source>
        <translation>Zurücksetzen auf %1, die Version vor der neuesten (%2).
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version %1 not found</source>
        <translation>Version %1 nicht gefunden</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+85"/>
        <source>On a cluster (writing)</source>
        <translation>Auf einem Cluster (schreibend)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>send a change that takes roles or REST API access away from you or the Dashboards server user (refused without it, exit 1)</source>
        <translation>eine Änderung senden, die Ihnen oder dem Dashboards-Serverbenutzer Rollen oder den REST-API-Zugriff entzieht (ohne diese Option abgelehnt, Exit-Code 1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write without asking (required when stdin is not a terminal)</source>
        <translation>ohne Nachfrage schreiben (nötig, wenn stdin kein Terminal ist)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks an RFC 6902 patch over the configuration document against a fresh read (test operations included) and prints what it would change and the exact requests it would send, with curl equivalents (secrets redacted). Sends nothing but reads.</source>
        <translation>Prüft einen RFC-6902-Patch auf das Konfigurationsdokument gegen ein frisches Lesen (einschließlich test-Operationen) und gibt aus, was er ändern würde und welche Anfragen genau gesendet würden, mit curl-Entsprechungen (Geheimnisse geschwärzt). Sendet nichts, liest nur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applies a patch through the safe-write pipeline: fresh read, local check of test operations, local backup, requests, read-back verification, journal entry. With --base, nothing is written when the live configuration differs from FILE in a type the patch touches (exit code 4).</source>
        <translation>Wendet einen Patch über die sichere Schreib-Pipeline an: frisches Lesen, lokale Prüfung der test-Operationen, lokale Sicherung, Anfragen, Überprüfung durch Zurücklesen, Journaleintrag. Mit --base wird nichts geschrieben, wenn die Live-Konfiguration in einem vom Patch berührten Typ von FILE abweicht (Exit-Code 4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the configuration document the patch was written against</source>
        <translation>das Konfigurationsdokument, gegen das der Patch geschrieben wurde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaces the security configuration (PUT securityconfig/config) with FILE holding {&quot;dynamic&quot;: {...}}, through the safe-write pipeline. Members left out take their defaults; &quot;******&quot; placeholders from GET would be stored literally.</source>
        <translation>Ersetzt die Sicherheitskonfiguration (PUT securityconfig/config) durch FILE mit {&quot;dynamic&quot;: {...}} über die sichere Schreib-Pipeline. Ausgelassene Mitglieder erhalten ihre Standardwerte; „******“-Platzhalter aus GET würden wörtlich gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rolls the configuration back to version ID (default: the version before the newest) through the safe-write pipeline, always naming the version. With --only (repeatable), restores just those entities or types (/roles/r1, /tenants) to their state in ID, as a patch, leaving everything else alone.</source>
        <translation>Setzt die Konfiguration über die sichere Schreib-Pipeline auf Version ID zurück (Standard: die Version vor der neuesten) und nennt dabei immer die Version. Mit --only (wiederholbar) werden nur diese Entitäten oder Typen (/roles/r1, /tenants) als Patch auf ihren Stand in ID zurückgesetzt; alles andere bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restore only this entity or type (repeatable)</source>
        <translation>nur diese Entität oder diesen Typ wiederherstellen (wiederholbar)</translation>
    </message>
</context>
<context>
    <name>WriteCoordinator</name>
    <message>
        <location filename="../ui/views/write/WriteCoordinator.cpp" line="+40"/>
        <source>Not connected: nothing can be sent.</source>
        <translation>Nicht verbunden: Es kann nichts gesendet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A write is in progress; wait for its report.</source>
        <translation>Ein Schreibvorgang läuft; warten Sie auf seinen Bericht.</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <location filename="../ui/views/write/WriteDialog.cpp" line="+47"/>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Send to the cluster</source>
        <translation>An den Cluster senden</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests (curl)</source>
        <translation>Anfragen (curl)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests as curl commands</source>
        <translation>Anfragen als curl-Befehle</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Write the changes to the cluster</source>
        <translation>Die Änderungen in den Cluster schreiben</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed; nothing of it was applied</source>
        <translation>fehlgeschlagen; nichts davon wurde angewendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer was lost, and the cluster could not be read back: unknown</source>
        <translation>die Antwort ging verloren, und der Cluster konnte nicht zurückgelesen werden: unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer was lost; reading back shows it was applied</source>
        <translation>die Antwort ging verloren; das Zurücklesen zeigt, dass die Anfrage angewendet wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer was lost; reading back shows it was not applied</source>
        <translation>die Antwort ging verloren; das Zurücklesen zeigt, dass die Anfrage nicht angewendet wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer was lost; reading back shows a change other than the planned one</source>
        <translation>die Antwort ging verloren; das Zurücklesen zeigt eine andere als die geplante Änderung</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Problems the change introduces or resolves</source>
        <translation>Probleme, die die Änderung einführt oder behebt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the change does to access</source>
        <translation>Was die Änderung am Zugriff ändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name to type to confirm</source>
        <translation>Zur Bestätigung einzugebender Name</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Stages of the write</source>
        <translation>Schritte des Schreibvorgangs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write log</source>
        <translation>Schreibprotokoll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop before the first request is sent</source>
        <translation>Vor dem Senden der ersten Anfrage anhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing to the cluster…</source>
        <translation>Es wird in den Cluster geschrieben…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server message</source>
        <translation>Servermeldung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The selected request&apos;s whole message</source>
        <translation>Die vollständige Meldung der ausgewählten Anfrage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base (when edited)</source>
        <translation>Basis (beim Bearbeiten)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server (now)</source>
        <translation>Server (jetzt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+402"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="-401"/>
        <source>Requests and their results</source>
        <translation>Anfragen und ihre Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicting paths</source>
        <translation>Widersprüchliche Pfade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report as text</source>
        <translation>Bericht als Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore from backup…</source>
        <translation>Aus der Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+422"/>
        <source>Turn the types written so far back into the backup taken before this write</source>
        <translation>Die bisher geschriebenen Typen auf die vor diesem Schreibvorgang angelegte Sicherung zurücksetzen</translation>
    </message>
    <message>
        <location line="-421"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the whole report as text</source>
        <translation>Den ganzen Bericht als Text kopieren</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Checking the change for configuration problems…</source>
        <translation>Die Änderung wird auf Konfigurationsprobleme geprüft…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Working out who holds the roles the upgrade changes…</source>
        <translation>Ermittle, wer die Rollen hat, die das Upgrade ändert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working out what the change does to access…</source>
        <translation>Ermittle, was die Änderung am Zugriff ändert…</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+15"/>
        <location line="+27"/>
        <source>Access: %1</source>
        <translation>Zugriff: %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The server computes the upgrade, so what it changes in access is worked out once it is done, in the report.</source>
        <translation>Der Server berechnet das Upgrade; was es am Zugriff ändert, wird danach im Bericht ermittelt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access: the check named no roles, so who the upgrade reaches is not known before it. %1</source>
        <translation>Zugriff: Die Prüfung nannte keine Rollen, daher ist vorher nicht bekannt, wen das Upgrade betrifft. %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Access (working it out…)</source>
        <translation>Zugriff (wird ermittelt…)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Critical problem on %1: %2</source>
        <translation>Kritisches Problem bei %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To send it anyway, type %1 (the name of %2):</source>
        <translation>Um es trotzdem zu senden, geben Sie %1 ein (den Namen von %2):</translation>
    </message>
    <message numerus="yes">
        <location line="-109"/>
        <source>%1: %n entity(ies)</source>
        <translation>
            <numerusform>%1: %n Entität</numerusform>
            <numerusform>%1: %n Entitäten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing changes.</source>
        <translation>Es ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes %1.</source>
        <translation>Ändert %1.</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>Refresh, check the change and send again.</source>
        <translation>Aktualisieren Sie, prüfen Sie die Änderung und senden Sie erneut.</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>Upgrades everything the check listed to the defaults the cluster ships.</source>
        <translation>Aktualisiert alles, was die Prüfung aufgeführt hat, auf die Standardwerte des Clusters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrades these entities to the defaults the cluster ships: %1.</source>
        <translation>Aktualisiert diese Entitäten auf die Standardwerte des Clusters: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server computes the change. The roles are read again first; if they changed since the check, nothing is written. A backup is saved before sending; afterwards each performed entity is read back and shown before and after.</source>
        <translation>Der Server berechnet die Änderung. Die Rollen werden zuerst erneut gelesen; haben sie sich seit der Prüfung geändert, wird nichts geschrieben. Vor dem Senden wird eine Sicherung gespeichert; danach wird jede aktualisierte Entität zurückgelesen und vorher und nachher gezeigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computing the changes…</source>
        <translation>Die Änderungen werden berechnet…</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n request(s), sent in order: %1.</source>
        <translation>
            <numerusform>%n Anfrage, der Reihe nach gesendet: %1.</numerusform>
            <numerusform>%n Anfragen, der Reihe nach gesendet: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration is read again first, and each type again just before its request; if it changed since it was loaded, nothing more is written. A backup is saved before sending.</source>
        <translation>Die Konfiguration wird zuerst erneut gelesen und jeder Typ noch einmal unmittelbar vor seiner Anfrage; hat sie sich seit dem Laden geändert, wird nichts mehr geschrieben. Vor dem Senden wird eine Sicherung gespeichert.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>To send it anyway, type %1 (the entity with the critical problem, %2):</source>
        <translation>Um trotzdem zu senden, %1 eingeben (die Entität mit dem kritischen Problem, %2):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The plan is empty: nothing to send</source>
        <translation>Der Plan ist leer: nichts zu senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The changes are being computed</source>
        <translation>Die Änderungen werden noch berechnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change is being checked for configuration problems</source>
        <translation>Die Änderung wird auf Konfigurationsprobleme geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type %1 above to confirm what this takes away</source>
        <translation>Geben Sie oben %1 ein, um zu bestätigen, was dadurch entzogen wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type %1 above to confirm the critical problem this change introduces</source>
        <translation>Oben %1 eingeben, um das kritische Problem dieser Änderung zu bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the configuration again, save a backup, then send these requests</source>
        <translation>Die Konfiguration erneut lesen, eine Sicherung speichern und dann diese Anfragen senden</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Up to date: there was nothing to upgrade.</source>
        <translation>Aktuell: Es gab nichts zu aktualisieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore from backup: %1</source>
        <translation>Aus der Sicherung wiederherstellen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring it needs access you no longer have: another administrator (or securityadmin.sh with the admin certificate) has to do that.</source>
        <translation>Die Wiederherstellung braucht Zugriff, den Sie nicht mehr haben: Ein anderer Administrator (oder securityadmin.sh mit dem Admin-Zertifikat) muss das übernehmen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup taken before sending: %1</source>
        <translation>Vor dem Senden angelegte Sicherung: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Conflict: base / server / yours</source>
        <translation>Konflikt: Basis / Server / Ihre Fassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed on the server</source>
        <translation>Auf dem Server geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This write took away the access a restore needs: another administrator (or securityadmin.sh with the admin certificate) has to restore from %1</source>
        <translation>Dieser Schreibvorgang hat den Zugriff entzogen, den eine Wiederherstellung braucht: Ein anderer Administrator (oder securityadmin.sh mit dem Admin-Zertifikat) muss aus %1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup cannot be read: %1</source>
        <translation>Die Sicherung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The configuration cannot be read: %1</source>
        <translation>Die Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The restore cannot be planned: %1</source>
        <translation>Die Wiederherstellung kann nicht geplant werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from backup</source>
        <translation>Aus der Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>WriteJournal</name>
    <message>
        <location filename="../app/write/WriteJournal.cpp" line="+24"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>cannot write the journal %1</source>
        <translation>das Journal %1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>WriteReport</name>
    <message>
        <location filename="../app/write/WriteReport.cpp" line="+22"/>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Applied and verified: the cluster&apos;s configuration now matches the plan.</source>
        <translation>Angewendet und überprüft: Die Konfiguration des Clusters entspricht jetzt dem Plan.</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Upgraded %n entity(ies) to the defaults the cluster ships:</source>
        <translation>
            <numerusform>%n Entität auf die Standardwerte des Clusters aktualisiert:</numerusform>
            <numerusform>%n Entitäten auf die Standardwerte des Clusters aktualisiert:</numerusform>
        </translation>
    </message>
    <message>
        <location line="-96"/>
        <source>the configuration</source>
        <translation>die Konfiguration</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2, %3</source>
        <translation>%1 von %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The answer to %1 was lost; reading back shows the change was applied, and the configuration now matches the plan.</source>
        <translation>Die Antwort auf %1 ging verloren; das Zurücklesen zeigt, dass die Änderung angewendet wurde, und die Konfiguration entspricht jetzt dem Plan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to do: the plan changes nothing.</source>
        <translation>Nichts zu tun: Der Plan ändert nichts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The configuration changed on the cluster since it was read (%1). Nothing was written.</source>
        <translation>Die Konfiguration wurde auf dem Cluster geändert, seit sie gelesen wurde (%1). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer to %1 was lost; reading back shows the change was not applied. Nothing was written.</source>
        <translation>Die Antwort auf %1 ging verloren; das Zurücklesen zeigt, dass die Änderung nicht angewendet wurde. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The configuration could not be read before writing. Nothing was written.</source>
        <translation>Die Konfiguration konnte vor dem Schreiben nicht gelesen werden. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 yes, %2 no</source>
        <translation>%1 ja, %2 nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer to %1 was lost; reading back shows the change was partly applied: %2.</source>
        <translation>Die Antwort auf %1 ging verloren; das Zurücklesen zeigt, dass die Änderung teilweise angewendet wurde: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The write failed part-way: only part of it is on the cluster (%1).</source>
        <translation>Der Schreibvorgang ist mittendrin fehlgeschlagen: Nur ein Teil davon ist auf dem Cluster (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer to %1 was lost; reading back shows the configuration changed, but not as planned:</source>
        <translation>Die Antwort auf %1 ging verloren; das Zurücklesen zeigt, dass sich die Konfiguration geändert hat, aber nicht wie geplant:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Applied, but another change landed at the same time: %1. Check that both are what you want.</source>
        <translation>Angewendet, aber gleichzeitig ist eine andere Änderung eingegangen: %1. Prüfen Sie, ob beide so gewollt sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applied (the server confirmed every request); %1.</source>
        <translation>Angewendet (der Server hat jede Anfrage bestätigt); %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer to %1 was lost and the configuration could not be read back: whether the change was applied is unknown. Read the configuration again before you retry.</source>
        <translation>Die Antwort auf %1 ging verloren, und die Konfiguration konnte nicht zurückgelesen werden: Ob die Änderung angewendet wurde, ist unbekannt. Lesen Sie die Konfiguration erneut, bevor Sie es noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>base:   %1</source>
        <translation>Basis:  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yours:  %1</source>
        <translation>Ihre:   %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed on the server:</source>
        <translation>Auf dem Server geändert:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the configuration again and redo the change on top of it.</source>
        <translation>Lesen Sie die Konfiguration erneut und wiederholen Sie die Änderung darauf.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The configuration before this write is saved in %1; restore from it to undo what was applied (passwords cannot be restored from a backup).</source>
        <translation>Die Konfiguration vor diesem Schreibvorgang ist in %1 gesichert; stellen Sie daraus wieder her, um das Angewendete rückgängig zu machen (Passwörter lassen sich nicht aus einer Sicherung wiederherstellen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This write took away access you need to read the configuration back or to restore it: another administrator (or securityadmin.sh with the admin certificate) has to do that.</source>
        <translation>Dieser Schreibvorgang hat Ihnen Zugriff entzogen, den Sie zum Zurücklesen oder Wiederherstellen der Konfiguration brauchen: Ein anderer Administrator (oder securityadmin.sh mit dem Admin-Zertifikat) muss das übernehmen.</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>The write failed. Nothing was written.</source>
        <translation>Der Schreibvorgang ist fehlgeschlagen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every request succeeded, but the configuration read back differs from the plan:</source>
        <translation>Jede Anfrage war erfolgreich, aber die zurückgelesene Konfiguration weicht vom Plan ab:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled before anything was sent. Nothing was written.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>  applied:  %1 (%2)</source>
        <translation>  angewendet:    %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  no change: %1 (%2)</source>
        <translation>  keine Änderung: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  FAILED:   %1: %2</source>
        <translation>  FEHLGESCHLAGEN: %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  UNKNOWN:  %1: %2; it could not be read back</source>
        <translation>  UNBEKANNT:      %1: %2; konnte nicht zurückgelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  applied (answer lost, found by reading back): %1: %2</source>
        <translation>  angewendet (Antwort verloren, durch Zurücklesen festgestellt): %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  not applied (answer lost, found by reading back): %1: %2</source>
        <translation>  nicht angewendet (Antwort verloren, durch Zurücklesen festgestellt): %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  CHANGED OTHERWISE (answer lost, found by reading back): %1: %2</source>
        <translation>  ANDERS GEÄNDERT (Antwort verloren, durch Zurücklesen festgestellt): %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  not sent: %1</source>
        <translation>  nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another change landed at the same time: %1.</source>
        <translation>Gleichzeitig ist eine andere Änderung eingegangen: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>  %1/%2 (%3): %n change(s)</source>
        <translation>
            <numerusform>  %1/%2 (%3): %n Änderung</numerusform>
            <numerusform>  %1/%2 (%3): %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  not compared: %1</source>
        <translation>  nicht verglichen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup of the configuration before this write: %1</source>
        <translation>Sicherung der Konfiguration vor diesem Schreibvorgang: %1</translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <location filename="../app/json/YamlReader.cpp" line="+96"/>
        <source>not valid UTF-8: the byte 0x%1 in column %2; securityadmin files are UTF-8</source>
        <translation>kein gültiges UTF-8: das Byte 0x%1 in Spalte %2; securityadmin-Dateien sind UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the control character U+%1 in column %2 is not allowed in YAML; write it as \u%1 in a double-quoted value</source>
        <translation>das Steuerzeichen U+%1 in Spalte %2 ist in YAML nicht erlaubt; schreiben Sie es als \u%1 in einen Wert in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>a quoted value starts here with %1 and runs on to line %2, which is not indented more than the block it belongs to: is the closing %1 missing?</source>
        <translation>hier beginnt ein Wert in Anführungszeichen mit %1 und reicht bis Zeile %2, die nicht weiter eingerückt ist als der Block, zu dem der Wert gehört: Fehlt das schließende %1?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a quoted value starts here with %1 and is never closed</source>
        <translation>hier beginnt ein Wert in Anführungszeichen mit %1, der nie geschlossen wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a map key must be a plain value</source>
        <translation>ein Map-Schlüssel muss ein einfacher Wert sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>doppelter Schlüssel „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the alias *%1 refers to a value that contains it</source>
        <translation>der Alias *%1 verweist auf einen Wert, der ihn selbst enthält</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>values nest more than %1 levels deep; refusing</source>
        <translation>Werte sind mehr als %1 Ebenen tief verschachtelt; abgelehnt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>aliases expand to more than %1 values; refusing</source>
        <translation>Aliasse werden zu mehr als %1 Werten expandiert; abgelehnt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/mainwindow/LaunchOptions.cpp" line="+32"/>
        <source>SecDesk: administration of the OpenSearch Security plugin&apos;s configuration.</source>
        <translation>SecDesk: Verwaltung der Konfiguration des OpenSearch-Security-Plugins.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start on a fresh in-process sandbox.</source>
        <translation>Mit einer frischen Sandbox im selben Prozess starten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the saved profile &lt;name&gt;.</source>
        <translation>Mit dem gespeicherten Profil &lt;name&gt; verbinden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of the main window to &lt;file&gt; once it has settled, then quit (for documentation).</source>
        <translation>Ein Bild des Hauptfensters in &lt;file&gt; speichern, sobald es fertig aufgebaut ist, und dann beenden (für die Dokumentation).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with &lt;text&gt; in the filter box.</source>
        <translation>Mit &lt;text&gt; im Filterfeld starten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the node at the JSON &lt;pointer&gt;.</source>
        <translation>Den Knoten am JSON-&lt;pointer&gt; auswählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colours: &lt;scheme&gt; is system (the default), light or dark (Fusion style).</source>
        <translation>Farben: &lt;scheme&gt; ist system (Standard), light oder dark (Fusion-Stil).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --sandbox: make &lt;n&gt; example writes on it first, so that the version timeline has versions.</source>
        <translation>Mit --sandbox: zuerst &lt;n&gt; Beispiel-Schreibvorgänge darauf ausführen, damit die Versionszeitleiste Versionen hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &lt;view&gt; once connected: timeline, patch-editor, upgrade, problems, certificates, tenancy, tokens, or the form role-editor, mapping-editor, user-editor, actiongroup-editor or tenant-editor (of the entity --select names, else a new one).</source>
        <translation>&lt;view&gt; nach dem Verbinden öffnen: timeline, patch-editor, upgrade, problems, certificates, tenancy, tokens oder das Formular role-editor, mapping-editor, user-editor, actiongroup-editor oder tenant-editor (der mit --select genannten Entität, sonst einer neuen).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Once connected, compare with the securityadmin directory &lt;dir&gt; (with --screenshot: a picture of the compare window).</source>
        <translation>Nach dem Verbinden mit dem securityadmin-Verzeichnis &lt;dir&gt; vergleichen (mit --screenshot: ein Bild des Vergleichsfensters).</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>With --show timeline: select the version &lt;id&gt; (v2, ...).</source>
        <translation>Mit --show timeline: die Version &lt;id&gt; auswählen (v2, ...).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the JSON patch &lt;file&gt; in the patch editor once connected.</source>
        <translation>Nach dem Verbinden den JSON-Patch &lt;file&gt; im Patch-Editor öffnen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>--demo-writes takes a whole number &gt;= 0, --show timeline, patch-editor, upgrade, problems, certificates, tenancy, tokens, role-editor, mapping-editor, user-editor, actiongroup-editor or tenant-editor.</source>
        <translation>--demo-writes nimmt eine ganze Zahl &gt;= 0, --show timeline, patch-editor, upgrade, problems, certificates, tenancy, tokens, role-editor, mapping-editor, user-editor, actiongroup-editor oder tenant-editor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown --palette %1: use system, light or dark.</source>
        <translation>Unbekanntes --palette %1: Verwenden Sie system, light oder dark.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+90"/>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
</TS>
