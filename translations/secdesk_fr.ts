<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessChangesTree</name>
    <message>
        <location filename="../ui/views/access/AccessChangesTree.cpp" line="+13"/>
        <source>Who, and what changes</source>
        <translation>Qui, et ce qui change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Through</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access changes</source>
        <translation>Changements d’accès</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+77"/>
        <source>No access changes</source>
        <translation>Aucun changement d’accès</translation>
    </message>
    <message numerus="yes">
        <location line="-74"/>
        <source>%n subject(s) gain access</source>
        <translation>
            <numerusform>%n sujet obtient un accès</numerusform>
            <numerusform>%n sujets obtiennent un accès</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subject(s) lose access</source>
        <translation>
            <numerusform>%n sujet perd un accès</numerusform>
            <numerusform>%n sujets perdent un accès</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subject(s) gain access, </source>
        <translation>
            <numerusform>%n sujet obtient un accès, </numerusform>
            <numerusform>%n sujets obtiennent un accès, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lose some</source>
        <translation>
            <numerusform>%n en perd</numerusform>
            <numerusform>%n en perdent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access (%1)</source>
        <translation>Accès (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>gains %n</source>
        <translation>
            <numerusform>obtient %n</numerusform>
            <numerusform>obtient %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>loses %n</source>
        <translation>
            <numerusform>perd %n</numerusform>
            <numerusform>perd %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gains %1, loses %2</source>
        <translation>obtient %1, perd %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n more subject(s) change access: secdesk-cli plan --json lists them all</source>
        <translation>
            <numerusform>%n autre sujet change d’accès : secdesk-cli plan --json les liste tous</numerusform>
            <numerusform>%n autres sujets changent d’accès : secdesk-cli plan --json les liste tous</numerusform>
        </translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Gained</source>
        <translation>Obtenu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
</context>
<context>
    <name>AccessCommands</name>
    <message>
        <location filename="../app/cli/AccessCommands.cpp" line="+50"/>
        <source>the source lacks the plugin&apos;s static entities; those of OpenSearch %1.x were added (%2 entities, for example %3)</source>
        <translation>la source ne contient pas les entités statiques du plugin ; celles d&apos;OpenSearch %1.x ont été ajoutées (%2 entités, par exemple %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2: not a JSON object</source>
        <translation>%1 %2 : pas un objet JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>settings</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>settings %1: %2</source>
        <translation>paramètres %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>indices</source>
        <translation>index</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>indices %1: %2</source>
        <translation>index %1 : %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>the cluster&apos;s version could not be read: OpenSearch 3.x statics assumed</source>
        <translation>la version du cluster n&apos;a pas pu être lue : entités statiques d&apos;OpenSearch 3.x supposées</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>--static-major: %1 is not a supported major version (2 or 3)</source>
        <translation>--static-major : %1 n&apos;est pas une version majeure prise en charge (2 ou 3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>configuration</source>
        <translation>configuration</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>version %1 cannot be read</source>
        <translation>la version %1 ne peut pas être lue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not visible to %2: %3</source>
        <translation>%1 n&apos;est pas visible pour %2 : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the configuration as %1 reads it: hidden entities are left out unless %1 is a REST API admin</source>
        <translation>la configuration telle que %1 la lit : les entités cachées sont omises sauf si %1 est administrateur de l&apos;API REST</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--engine: unknown engine &quot;%1&quot; (legacy or v4)</source>
        <translation>--engine : moteur inconnu « %1 » (legacy ou v4)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1&apos;s backend roles, security roles and attributes are those of internalusers, where not given</source>
        <translation>les rôles backend, rôles de sécurité et attributs de %1 sont ceux d&apos;internalusers, sauf s&apos;ils sont donnés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an internal user: only the backend roles, roles and attributes given count</source>
        <translation>%1 n&apos;est pas un utilisateur interne : seuls les rôles backend, rôles et attributs donnés comptent</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User %1 (backend roles: %2; security roles: %3)
</source>
        <translation>Utilisateur %1 (rôles backend : %2 ; rôles de sécurité : %3)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request: %1 on %2 (%3 engine)
</source>
        <translation>Requête : %1 sur %2 (moteur %3)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no index</source>
        <translation>aucun index</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+87"/>
        <source>Mapped roles:
</source>
        <translation>Rôles attribués :
</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>  (none)
</source>
        <translation>  (aucun)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision: %1 (HTTP %2): %3
</source>
        <translation>Décision : %1 (HTTP %2) : %3
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allowed indices: %1
</source>
        <translation>Index autorisés : %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing privileges: %1
</source>
        <translation>Privilèges manquants : %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granted:
</source>
        <translation>Accordé :
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1: role %2, cluster permission %3
</source>
        <translation>  %1 : rôle %2, permission de cluster %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (via %1)</source>
        <translation> (via %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1 %2: role %3, index_permissions[%4], pattern %5%6, actions %7
</source>
        <translation>  %1 %2 : rôle %3, index_permissions[%4], motif %5%6, actions %7
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nearest misses:
</source>
        <translation>Échecs les plus proches :
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document and field restrictions:
</source>
        <translation>Restrictions de documents et de champs :
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1: DLS %2; FLS %3; masked %4
</source>
        <translation>  %1 : DLS %2 ; FLS %3 ; masqués %4
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluation errors (the affected patterns grant nothing):
</source>
        <translation>Erreurs d&apos;évaluation (les motifs concernés n&apos;accordent rien) :
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trace:
</source>
        <translation>Déroulement :
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assumptions:
</source>
        <translation>Hypothèses :
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>User %1, tenant %2, %3 access (%4 engine)
</source>
        <translation>Utilisateur %1, tenant %2, accès %3 (moteur %4)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision: ALLOWED: role %1, tenant pattern %2%3
</source>
        <translation>Décision : AUTORISÉ : rôle %1, motif de tenant %2%3
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision: DENIED: %1
</source>
        <translation>Décision : REFUSÉ : %1
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--user is required</source>
        <translation>--user est requis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either --action (with --index) or --tenant</source>
        <translation>donnez soit --action (avec --index), soit --tenant</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+23"/>
        <source>--junit %1: %2</source>
        <translation>--junit %1 : %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>--action is required</source>
        <translation>--action est requis</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Who can %1 on %2 (%3 engine):
</source>
        <translation>Qui peut %1 sur %2 (moteur %3) :
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cluster</source>
        <translation>le cluster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  nobody (no internal user, no mapped backend role)
</source>
        <translation>  personne (aucun utilisateur interne, aucun rôle backend attribué)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>backend role</source>
        <translation>rôle backend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 %2: %3 by %4
</source>
        <translation>  %1 %2 : %3 par %4
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--format: &quot;%1&quot; is not text, json or sarif</source>
        <translation>--format : « %1 » n&apos;est ni text, ni json, ni sarif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--disable: there is no rule &quot;%1&quot;</source>
        <translation>--disable : il n&apos;existe pas de règle « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules: %1</source>
        <translation>Les règles : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No findings.
</source>
        <translation>Aucun constat.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a configuration document (as get --json prints it) or a securityadmin directory</source>
        <translation>un document de configuration (tel que get --json l&apos;affiche) ou un répertoire securityadmin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a version of the connected cluster</source>
        <translation>une version du cluster connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node settings as a flat JSON object</source>
        <translation>paramètres de nœud sous forme d&apos;objet JSON plat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>index metadata: indices, aliases, data streams, system indices</source>
        <translation>métadonnées d&apos;index : index, alias, flux de données, index système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legacy or v4 (default: what the configuration selects)</source>
        <translation>legacy ou v4 (par défaut : ce que la configuration choisit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the OpenSearch major version whose static entities a file lacks (2 or 3; default: the cluster&apos;s, else 3)</source>
        <translation>la version majeure d&apos;OpenSearch dont les entités statiques manquent à un fichier (2 ou 3 ; par défaut : celle du cluster, sinon 3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access and lint (on a file, a version or the live cluster)</source>
        <translation>Accès et lint (sur un fichier, une version ou le cluster en service)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the HTTP basic user to connect as (or env SECDESK_USER)</source>
        <translation>l&apos;utilisateur HTTP basic de la connexion (ou env SECDESK_USER)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One decision with its reasons: the mapped roles and the mapping behind each, the status (allowed, partial, denied) with the HTTP status, the allowed indices, the missing privileges, the role, index permission, pattern and action-group chain behind every granted (index, action), the nearest miss for every missing one, DLS/FLS/masking in force, the engine and every assumption. ACTION is an action name or a REST call (search, get, bulk, ...). An internal user&apos;s backend roles, security roles and attributes come from internalusers unless given.</source>
        <translation>Une décision avec ses raisons : les rôles attribués et l&apos;attribution derrière chacun, le statut (allowed, partial, denied) avec le statut HTTP, les index autorisés, les privilèges manquants, le rôle, la permission d&apos;index, le motif et la chaîne de groupes d&apos;actions derrière chaque (index, action) accordé, l&apos;échec le plus proche pour chaque manquant, le DLS/FLS/masquage en vigueur, le moteur et chaque hypothèse. ACTION est un nom d&apos;action ou un appel REST (search, get, bulk, ...). Les rôles backend, rôles de sécurité et attributs d&apos;un utilisateur interne viennent d&apos;internalusers, sauf s&apos;ils sont donnés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the user</source>
        <translation>l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a backend role (repeatable)</source>
        <translation>un rôle backend (répétable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a security role given directly (repeatable)</source>
        <translation>un rôle de sécurité donné directement (répétable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a user attribute, e.g. attr.jwt.dept=ops (repeatable)</source>
        <translation>un attribut d&apos;utilisateur, par ex. attr.jwt.dept=ops (répétable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the caller&apos;s address, for hosts mappings</source>
        <translation>l&apos;adresse de l&apos;appelant, pour les attributions hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>the action or REST call</source>
        <translation>l&apos;action ou l&apos;appel REST</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>an index expression as requested (repeatable)</source>
        <translation>une expression d&apos;index telle que demandée (répétable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Dashboards tenant instead of an action</source>
        <translation>un tenant Dashboards au lieu d&apos;une action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --tenant: write access instead of read</source>
        <translation>avec --tenant : accès en écriture au lieu de lecture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs access cases (policy tests): each case&apos;s expect must hold. A case without its own config is evaluated on the command&apos;s source. Prints PASS or FAIL per case and engine, then the totals. Exit 0 when all pass, 1 when any fails, 2 on unreadable input or an unknown request type.</source>
        <translation>Exécute des cas d&apos;accès (tests de politique) : l&apos;expect de chaque cas doit être vrai. Un cas sans sa propre config est évalué sur la source de la commande. Affiche PASS ou FAIL par cas et moteur, puis les totaux. Sortie 0 si tous réussissent, 1 si l&apos;un échoue, 2 pour une entrée illisible ou un type de requête inconnu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also write JUnit XML to FILE</source>
        <translation>écrire aussi du XML JUnit dans FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The configuration&apos;s findings: each with its rule, severity, entity, JSON pointer, what goes wrong at run time and, where one exists, a fix as a JSON Patch. Exit 0 when no finding is high or critical, 1 otherwise.</source>
        <translation>Les constats de la configuration : chacun avec sa règle, sa gravité, son entité, son pointeur JSON, ce qui échoue à l&apos;exécution et, s&apos;il en existe une, une correction sous forme de JSON Patch. Code de sortie 0 si aucun constat n&apos;est élevé ou critique, 1 sinon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>do not run this rule (repeatable)</source>
        <translation>ne pas exécuter cette règle (répétable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text (default), json or sarif (SARIF 2.1.0)</source>
        <translation>text (par défaut), json ou sarif (SARIF 2.1.0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every internal user, and every backend role the role mappings name, that the action is allowed (or partially allowed) for on that index, with the granting roles.</source>
        <translation>Chaque utilisateur interne, et chaque rôle backend nommé par les attributions de rôles, pour qui l&apos;action est autorisée (ou partiellement autorisée) sur cet index, avec les rôles qui l&apos;accordent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the index (omit for a cluster action)</source>
        <translation>l&apos;index (à omettre pour une action de cluster)</translation>
    </message>
</context>
<context>
    <name>AccessConfigStore</name>
    <message>
        <location filename="../app/store/AccessConfigStore.cpp" line="+50"/>
        <source>no index metadata (%1): index names are taken as written</source>
        <translation>pas de métadonnées d&apos;index (%1) : les noms d&apos;index sont pris tels qu&apos;écrits</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the cluster&apos;s version is not known: OpenSearch 3.x statics assumed</source>
        <translation>la version du cluster est inconnue : entités statiques d’OpenSearch 3.x supposées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not visible to the connected user: %2</source>
        <translation>%1 n&apos;est pas visible pour l&apos;utilisateur connecté : %2</translation>
    </message>
</context>
<context>
    <name>AccessFixes</name>
    <message>
        <location filename="../app/access/AccessFix.cpp" line="+125"/>
        <source>Add %1 to the allowed_actions of index permission %2 of role %3 (patterns %4)</source>
        <translation>Ajouter %1 aux allowed_actions de la permission d&apos;index %2 du rôle %3 (motifs %4)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Grants %1 what an access explanation found missing</source>
        <translation>Accorde à %1 ce qu&apos;une explication d&apos;accès a trouvé manquant</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create role %1 with cluster permission %2, mapped to user %3</source>
        <translation>Créer le rôle %1 avec la permission de cluster %2, associé à l&apos;utilisateur %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create role %1 granting %2 on %3, mapped to user %4</source>
        <translation>Créer le rôle %1 accordant %2 sur %3, associé à l&apos;utilisateur %4</translation>
    </message>
</context>
<context>
    <name>AccessImpact</name>
    <message>
        <location filename="../app/access/AccessImpact.cpp" line="+418"/>
        <source>gains %1 on tenant %2</source>
        <translation>obtient %1 sur le tenant %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loses %1 on tenant %2</source>
        <translation>perd %1 sur le tenant %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 instead of %2 on tenant %3</source>
        <translation>%1 au lieu de %2 sur le tenant %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cluster</source>
        <translation>le cluster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gains %1 on %2</source>
        <translation>obtient %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gains all of %1 on %2</source>
        <translation>obtient tout %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gains part of %1 on %2</source>
        <translation>obtient une partie de %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loses %1 on %2</source>
        <translation>perd %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loses what it had of %1 on %2</source>
        <translation>perd ce qu’il avait de %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loses part of %1 on %2</source>
        <translation>perd une partie de %1 sur %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No access changes</source>
        <translation>Aucun changement d’accès</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>role %1</source>
        <translation>rôle %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+305"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n de plus</numerusform>
            <numerusform>et %n de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-292"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n de plus)</numerusform>
            <numerusform>(et %n de plus)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The security configuration (config) changed too: what its settings do to access (authentication, the evaluation engine, multitenancy) is not compared here.</source>
        <translation>La configuration de sécurité (config) change aussi : l’effet de ses réglages sur l’accès (authentification, moteur d’évaluation, multi-tenant) n’est pas comparé ici.</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Stopped before every subject was compared.</source>
        <translation>Arrêté avant que tous les sujets soient comparés.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nobody holds %1: no one&apos;s access changes.</source>
        <translation>Personne ne détient %1 : l&apos;accès de personne ne change.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n subject(s) hold these roles; only their access can change:</source>
        <translation>
            <numerusform>%n sujet détient ces rôles ; seul son accès peut changer :</numerusform>
            <numerusform>%n sujets détiennent ces rôles ; seul leur accès peut changer :</numerusform>
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
        <translation>et des utilisateurs que SecDesk ne peut pas énumérer : %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>users %1</source>
        <translation>utilisateurs %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>backend roles %1</source>
        <translation>rôles backend %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hosts %1</source>
        <translation>hôtes %1</translation>
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
        <translation>%1 n&apos;est pas un utilisateur interne : seuls les rôles backend, attributs et IP indiqués comptent</translation>
    </message>
</context>
<context>
    <name>AccessViewLink</name>
    <message>
        <location filename="../ui/views/access/AccessViewLink.cpp" line="+37"/>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compiling the configuration for access evaluation…</source>
        <translation>Compilation de la configuration pour l’évaluation des accès…</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../ui/views/admin/AccountDialog.cpp" line="+44"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who am I</source>
        <translation>Qui suis-je</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend roles:</source>
        <translation>Rôles backend :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenants:</source>
        <translation>Tenants :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes:</source>
        <translation>Attributs :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;firm:</source>
        <translation>Con&amp;firmer :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hange password</source>
        <translation>C&amp;hanger le mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the account (GET api/account)</source>
        <translation>Lecture du compte (GET api/account)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>internal user</source>
        <translation>utilisateur interne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not an internal user</source>
        <translation>pas un utilisateur interne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reserved</source>
        <translation>réservé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (read-write)</source>
        <translation>%1 (lecture-écriture)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The new password is the current one.</source>
        <translation>Le nouveau mot de passe est le mot de passe actuel.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Changing the password of %1 (PUT api/account)</source>
        <translation>Changement du mot de passe de %1 (PUT api/account)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password changed: %1 This connection now uses the new password; if a profile saves the old one, change it there (Connection &gt; Edit Profile).</source>
        <translation>Mot de passe changé : %1 Cette connexion utilise désormais le nouveau mot de passe ; si un profil enregistre l&apos;ancien, modifiez-le là (Connexion &gt; Modifier le profil).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password changed: %1 Reconnect with the new password.</source>
        <translation>Mot de passe changé : %1 Reconnectez-vous avec le nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <location filename="../ui/views/admin/AdminActions.cpp" line="+20"/>
        <source>&amp;Account…</source>
        <translation>&amp;Compte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who the cluster says you are, and changing your own password</source>
        <translation>Qui vous êtes selon le cluster, et changer votre propre mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flush security cache…</source>
        <translation>&amp;Vider le cache de sécurité…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the nodes read users, roles and mappings again</source>
        <translation>Les nœuds relisent utilisateurs, rôles et mappages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificates</source>
        <translation>C&amp;ertificats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TLS certificates of every node, with their expiry</source>
        <translation>Les certificats TLS de chaque nœud, avec leur expiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenancy…</source>
        <translation>&amp;Multi-tenant…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The Dashboards multi-tenancy settings</source>
        <translation>Les réglages multi-tenant de Dashboards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;okens…</source>
        <translation>J&amp;etons…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API tokens and service account tokens</source>
        <translation>Jetons d&apos;API et jetons de comptes de service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth failure &amp;listeners…</source>
        <translation>É&amp;couteurs d&apos;échecs d&apos;authentification…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block clients after too many failed logins</source>
        <translation>Bloquer les clients après trop d&apos;échecs de connexion</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Connect to a cluster first.</source>
        <translation>Connectez-vous d&apos;abord à un cluster.</translation>
    </message>
</context>
<context>
    <name>AdminCommands</name>
    <message>
        <location filename="../app/cli/AdminCommands.cpp" line="+30"/>
        <location line="+195"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="-182"/>
        <location line="+78"/>
        <location line="+84"/>
        <location line="+109"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>action inconnue « %1 »</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>Actions: set-password</source>
        <translation>Actions : set-password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current password: </source>
        <translation>Mot de passe actuel : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no current password given</source>
        <translation>aucun mot de passe actuel fourni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it on the terminal, or as the first line of stdin.</source>
        <translation>Saisissez-le au terminal, ou en première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password: </source>
        <translation>Nouveau mot de passe : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no new password given</source>
        <translation>aucun nouveau mot de passe fourni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it on the terminal, or as the second line of stdin.</source>
        <translation>Saisissez-le au terminal, ou en deuxième ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the new password: </source>
        <translation>Répétez le nouveau mot de passe : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two new passwords differ: nothing was changed</source>
        <translation>les deux nouveaux mots de passe diffèrent : rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Password changed: %1
</source>
        <translation>Mot de passe modifié : %1
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (read-write)</source>
        <translation>%1 (lecture et écriture)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>internal user</source>
        <translation>utilisateur interne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not an internal user</source>
        <translation>pas un utilisateur interne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reserved</source>
        <translation>réservé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user:          %1 (%2)
</source>
        <translation>utilisateur :     %1 (%2)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backend roles: %1
</source>
        <translation>rôles backend :   %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles:         %1
</source>
        <translation>rôles :           %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenants:       %1
</source>
        <translation>tenants :         %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attributes:    %1
</source>
        <translation>attributs :       %1
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Actions: flush</source>
        <translation>Actions : flush</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(no certificates)
</source>
        <translation>(aucun certificat)
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expiré depuis %n jour</numerusform>
            <numerusform>expiré depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>encore %n jour</numerusform>
            <numerusform>encore %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      issuer:   %1
</source>
        <translation>      émetteur :   %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      SANs:     %1
</source>
        <translation>      SAN :        %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      validity: %1 (%2)
</source>
        <translation>      validité :   %1 (%2)
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Actions: reload, info</source>
        <translation>Actions : reload, info</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>protocol:           %1
</source>
        <translation>protocole :           %1
</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not TLS)</source>
        <translation>(pas de TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cipher:             %1
</source>
        <translation>chiffrement :         %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client certificate: %1
</source>
        <translation>certificat client :   %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server certificate: %1
</source>
        <translation>certificat serveur :  %1
</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>The TLS certificates of each node (GET certificates, OpenSearch 2.15 or later; before that the key certificates of ssl/certs): subject, issuer, SANs, validity and days left, marked WARNING within 30 days of expiry and ERROR within 7 days or once expired. Needs REST admin permission restapi:admin/ssl/certs/info. reload re-reads the certificate files of that layer (plugins.security.ssl_cert_reload_enabled). info shows this connection&apos;s TLS as the node saw it (sslinfo): protocol, cipher, client and server certificate.</source>
        <translation>Les certificats TLS de chaque nœud (GET certificates, OpenSearch 2.15 ou ultérieur ; avant, les certificats de clé de ssl/certs) : sujet, émetteur, SAN, validité et jours restants, marqués AVERTISSEMENT à moins de 30 jours de l&apos;expiration et ERREUR à moins de 7 jours ou une fois expirés. Exige la permission d&apos;admin REST restapi:admin/ssl/certs/info. reload relit les fichiers de certificats de cette couche (plugins.security.ssl_cert_reload_enabled). info montre le TLS de cette connexion tel que le nœud l&apos;a vu (sslinfo) : protocole, chiffrement, certificats client et serveur.</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>certs reload takes http or transport, not &quot;%1&quot;</source>
        <translation>certs reload attend http ou transport, pas « %1 »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reload the %1 certificates of %2?</source>
        <translation>Recharger les certificats %1 de %2 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not confirmed: nothing was sent</source>
        <translation>non confirmé : rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reloading needs plugins.security.ssl_cert_reload_enabled: true on the nodes.</source>
        <translation>Le rechargement exige plugins.security.ssl_cert_reload_enabled: true sur les nœuds.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--type takes http, transport or all, not &quot;%1&quot;</source>
        <translation>--type attend http, transport ou all, pas « %1 »</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>note: %1 Showing the key certificates from ssl/certs instead.
</source>
        <translation>remarque : %1 Affichage des certificats de clé de ssl/certs à la place.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading certificates needs REST admin permission restapi:admin/ssl/certs/info (or the admin certificate).</source>
        <translation>Lire les certificats exige la permission d&apos;admin REST restapi:admin/ssl/certs/info (ou le certificat d&apos;administration).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Actions: set, indices</source>
        <translation>Actions : set, indices</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 takes on or off, not &quot;%2&quot;</source>
        <translation>--%1 attend on ou off, pas « %2 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing to set</source>
        <translation>rien à définir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give --multitenancy, --private-tenant or --default-tenant.</source>
        <translation>Indiquez --multitenancy, --private-tenant ou --default-tenant.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only the admin certificate, the Dashboards server user and users mapped to its role may read tenantinfo.</source>
        <translation>Seuls le certificat d&apos;administration, l&apos;utilisateur serveur de Dashboards et les utilisateurs associés à son rôle peuvent lire tenantinfo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no tenant indices)
</source>
        <translation>(aucun index de tenant)
</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>multi-tenancy:     %1
</source>
        <translation>multi-tenant :           %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private tenant:    %1
</source>
        <translation>tenant privé :           %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default tenant:    %1
</source>
        <translation>tenant par défaut :      %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none: global)</source>
        <translation>(aucun : global)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-in options:   %1
</source>
        <translation>options de connexion :   %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preferred tenants: %1
</source>
        <translation>tenants préférés :       %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dashboards user:   %1
</source>
        <translation>utilisateur Dashboards : %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dashboards index:  %1
</source>
        <translation>index Dashboards :       %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API tokens:        %1
</source>
        <translation>jetons d&apos;API :           %1
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On a cluster (the plugin&apos;s other APIs)</source>
        <translation>Sur un cluster (les autres API du plugin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send without asking (required when stdin is not a terminal)</source>
        <translation>envoyer sans demander (obligatoire quand stdin n&apos;est pas un terminal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the plan (changes and requests) and send nothing</source>
        <translation>afficher le plan (modifications et requêtes) et ne rien envoyer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flushes the plugin&apos;s authentication cache on every node, or only the entries of one user (OpenSearch 3.1 or later). The connection&apos;s user is --login here (or SECDESK_USER, or the profile&apos;s), since --user names the user whose entries are flushed.</source>
        <translation>Vide le cache d&apos;authentification du plugin sur chaque nœud, ou seulement les entrées d&apos;un utilisateur (OpenSearch 3.1 ou ultérieur). L&apos;utilisateur de la connexion est ici --login (ou SECDESK_USER, ou celui du profil), car --user désigne l&apos;utilisateur dont les entrées sont vidées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flush only this user&apos;s entries (3.1 or later)</source>
        <translation>vider seulement les entrées de cet utilisateur (3.1 ou ultérieur)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who the cluster says we are, from the account API: user, internal or not, reserved, hidden, backend roles, roles, tenants. set-password changes the connected user&apos;s own password: the current and the new one are asked on the terminal (not echoed), or read as the first and second line of stdin; never from the command line.</source>
        <translation>Qui nous sommes selon le cluster, d&apos;après l&apos;API account : utilisateur, interne ou non, réservé, masqué, rôles backend, rôles, tenants. set-password change le mot de passe de l&apos;utilisateur connecté : l&apos;actuel et le nouveau sont demandés au terminal (sans écho), ou lus en première et deuxième ligne de l&apos;entrée standard ; jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>http, transport or all (default)</source>
        <translation>http, transport ou all (par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this node (id, name or a selector such as _local)</source>
        <translation>seulement ce nœud (id, nom ou un sélecteur comme _local)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Dashboards multi-tenancy settings (tenancy/config) and what dashboardsinfo adds. set changes them through the safe-write pipeline (PUT tenancy/config). indices lists the tenants&apos; Dashboards indices (tenantinfo; the Dashboards server user only).</source>
        <translation>Les réglages multi-tenant de Dashboards (tenancy/config) et ce qu&apos;ajoute dashboardsinfo. set les modifie via le pipeline d&apos;écriture sûre (PUT tenancy/config). indices liste les index Dashboards des tenants (tenantinfo ; l&apos;utilisateur serveur de Dashboards seulement).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>switch multi-tenancy on or off</source>
        <translation>activer ou désactiver le multi-tenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch the private tenant on or off</source>
        <translation>activer ou désactiver le tenant privé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the default tenant: global_tenant, private_tenant, an existing tenant, or &quot;&quot;</source>
        <translation>le tenant par défaut : global_tenant, private_tenant, un tenant existant, ou &quot;&quot;</translation>
    </message>
</context>
<context>
    <name>AdminParsers</name>
    <message>
        <location filename="../app/api/AdminResponses.cpp" line="+72"/>
        <source>the %1 response is not %2</source>
        <translation>la réponse à %1 n&apos;est pas %2</translation>
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
        <translation>un objet</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>an account description (no user_name)</source>
        <translation>une description de compte (pas de user_name)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a list of certificates (%1 of node %2 is not an array)</source>
        <translation>une liste de certificats (%1 du nœud %2 n&apos;est pas un tableau)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a list of certificates (an entry of %1 of node %2 is not an object)</source>
        <translation>une liste de certificats (une entrée de %1 du nœud %2 n&apos;est pas un objet)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an object with a &quot;nodes&quot; object</source>
        <translation>un objet avec un objet « nodes »</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a certificate list (no &quot;nodes&quot; nor &quot;http_certificates_list&quot;)</source>
        <translation>une liste de certificats (ni « nodes » ni « http_certificates_list »)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a multi-tenancy configuration</source>
        <translation>une configuration multi-tenant</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>listener %1 is not a JSON object</source>
        <translation>l&apos;écouteur %1 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>listener %1: %2</source>
        <translation>écouteur %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;type&quot; must be &quot;ip&quot; or &quot;username&quot;</source>
        <translation>« type » doit valoir « ip » ou « username »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a username listener needs &quot;authentication_backend&quot;: &quot;internal&quot;</source>
        <translation>un écouteur username exige &quot;authentication_backend&quot;: &quot;internal&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an ip listener takes no &quot;authentication_backend&quot;</source>
        <translation>un écouteur ip n&apos;accepte pas de « authentication_backend »</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; must be a non-negative integer</source>
        <translation>« %1 » doit être un entier positif ou nul</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a map of listeners (%1 is not an object)</source>
        <translation>une table d&apos;écouteurs (%1 n&apos;est pas un objet)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a list of tokens (%1 is not an object)</source>
        <translation>une liste de jetons (%1 n&apos;est pas un objet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a list of tokens</source>
        <translation>une liste de jetons</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a list of tokens (entry %1 is not an object)</source>
        <translation>une liste de jetons (l&apos;entrée %1 n&apos;est pas un objet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a list of tokens (entry %1 has neither id nor name)</source>
        <translation>une liste de jetons (l&apos;entrée %1 n&apos;a ni id ni name)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a new token (no &quot;token&quot;)</source>
        <translation>un nouveau jeton (pas de « token »)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a generated token (the message names no password)</source>
        <translation>un jeton généré (le message ne donne aucun mot de passe)</translation>
    </message>
</context>
<context>
    <name>AdminPlans</name>
    <message>
        <location filename="../app/write/AdminPlans.cpp" line="+71"/>
        <source>the security configuration (securityconfig) cannot be read, so the multi-tenancy settings cannot be planned</source>
        <translation>la configuration de sécurité (securityconfig) est illisible, les réglages multi-tenant ne peuvent donc pas être planifiés</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the private tenant cannot be disabled while it is the default tenant</source>
        <translation>le tenant privé ne peut pas être désactivé tant qu&apos;il est le tenant par défaut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the default tenant &quot;%1&quot; does not exist: use global_tenant, private_tenant or an existing tenant</source>
        <translation>le tenant par défaut « %1 » n&apos;existe pas : utilisez global_tenant, private_tenant ou un tenant existant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the multi-tenancy settings (PUT tenancy/config)</source>
        <translation>Modifier les réglages multi-tenant (PUT tenancy/config)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>the security configuration (securityconfig) cannot be read, so the listener cannot be planned</source>
        <translation>la configuration de sécurité (securityconfig) est illisible, l&apos;écouteur ne peut donc pas être planifié</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>a listener needs a name</source>
        <translation>un écouteur doit avoir un nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace the auth failure listener %1</source>
        <translation>Remplacer l&apos;écouteur d&apos;échecs d&apos;authentification %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the auth failure listener %1</source>
        <translation>Ajouter l&apos;écouteur d&apos;échecs d&apos;authentification %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is no auth failure listener &quot;%1&quot;</source>
        <translation>il n&apos;y a pas d&apos;écouteur d&apos;échecs d&apos;authentification « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the auth failure listener %1</source>
        <translation>Supprimer l&apos;écouteur d&apos;échecs d&apos;authentification %1</translation>
    </message>
</context>
<context>
    <name>AdminSupport</name>
    <message>
        <location filename="../app/cli/AdminSupport.cpp" line="+55"/>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>stdin is not a terminal, so this cannot be confirmed</source>
        <translation>stdin n&apos;est pas un terminal, cela ne peut donc pas être confirmé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run it on a terminal, or add --yes to send it without asking.</source>
        <translation>Lancez-le dans un terminal, ou ajoutez --yes pour l&apos;envoyer sans demander.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the HTTP basic user to connect as (or env SECDESK_USER)</source>
        <translation>l&apos;utilisateur HTTP basic de la connexion (ou env SECDESK_USER)</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../ui/views/admin/AdminWindow.cpp" line="+32"/>
        <source>Waiting for the cluster</source>
        <translation>En attente du cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Cancel request</source>
        <translation>Annuler la requête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the cluster…</source>
        <translation>En attente du cluster…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: not connected to a cluster.</source>
        <translation>%1 : pas connecté à un cluster.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cancelled.</source>
        <translation>%1 : annulé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ApiAvailability</name>
    <message>
        <location filename="../app/api/ApiAvailability.cpp" line="+23"/>
        <source>The account API</source>
        <translation>L&apos;API account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flushing the cache</source>
        <translation>Le vidage du cache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flushing one user&apos;s cache</source>
        <translation>Le vidage du cache d&apos;un utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificates API</source>
        <translation>L&apos;API des certificats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ssl/certs API</source>
        <translation>L&apos;API ssl/certs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reloading certificates</source>
        <translation>Le rechargement des certificats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tenancy configuration API</source>
        <translation>L&apos;API de configuration multi-tenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dashboardsinfo API</source>
        <translation>L&apos;API dashboardsinfo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tenantinfo API</source>
        <translation>L&apos;API tenantinfo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service account tokens</source>
        <translation>Les jetons de comptes de service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth failure listeners</source>
        <translation>Les écouteurs d&apos;échecs d&apos;authentification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API tokens</source>
        <translation>Les jetons d&apos;API</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>API tokens need OpenSearch %1 or later; this cluster runs %2.</source>
        <translation>Les jetons d&apos;API exigent OpenSearch %1 ou ultérieur ; ce cluster exécute %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth failure listeners need OpenSearch %1 or later; this cluster runs %2.</source>
        <translation>Les écouteurs d&apos;échecs d&apos;authentification exigent OpenSearch %1 ou ultérieur ; ce cluster exécute %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flushing one user&apos;s cache needs OpenSearch %1 or later; this cluster runs %2.</source>
        <translation>Le vidage du cache d&apos;un utilisateur exige OpenSearch %1 ou ultérieur ; ce cluster exécute %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificates API needs OpenSearch %1 or later; this cluster runs %2.</source>
        <translation>L&apos;API des certificats exige OpenSearch %1 ou ultérieur ; ce cluster exécute %2.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="+27"/>
        <source>the response body</source>
        <translation>le corps de la réponse</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&quot;%1&quot; is not a cluster address (expected http(s)://host:port)</source>
        <translation>« %1 » n&apos;est pas une adresse de cluster (attendu : http(s)://hôte:port)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/api/ApiError.cpp" line="+66"/>
        <source>subject %1, issued by %2, valid from %3 to %4, SHA-256 fingerprint %5</source>
        <translation>sujet %1, émis par %2, valide du %3 au %4, empreinte SHA-256 %5</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no response within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The server may have applied the change; SecDesk did not send it again.</source>
        <translation>Le serveur a peut-être appliqué la modification ; SecDesk ne l&apos;a pas renvoyée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection settings cannot be used: %1</source>
        <translation>Les paramètres de connexion sont inutilisables : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was cancelled.</source>
        <translation>%1 a été annulé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 timed out: %2. The cluster may be overloaded or unreachable.</source>
        <translation>%1 a expiré : %2. Le cluster est peut-être surchargé ou injoignable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: the connection broke after the request was sent (%2).</source>
        <translation>%1 a échoué : la connexion a été coupée après l&apos;envoi de la requête (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed: the cluster cannot be reached (%2).</source>
        <translation>%1 a échoué : le cluster est injoignable (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: the TLS connection was refused (%2).</source>
        <translation>%1 a échoué : la connexion TLS a été refusée (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server presented a certificate with %1.</source>
        <translation>Le serveur a présenté un certificat avec %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 returned an unusable response: %2.</source>
        <translation>%1 a renvoyé une réponse inutilisable : %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 returned an unusable response: %2. The response begins: %3</source>
        <translation>%1 a renvoyé une réponse inutilisable : %2. La réponse commence par : %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed with HTTP %2 %3</source>
        <translation>%1 a échoué avec HTTP %2 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>keys not allowed here: %1</source>
        <translation>clés non autorisées ici : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing required keys: %1</source>
        <translation>clés obligatoires manquantes : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give at least one of: %1</source>
        <translation>indiquez au moins l&apos;une de ces clés : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the user name and password, or the client certificate.</source>
        <translation>Vérifiez le nom d&apos;utilisateur et le mot de passe, ou le certificat client.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cluster does not allow changing the security configuration through the REST API. Either set plugins.security.unsupported.restapi.allow_securityconfig_modification: true in opensearch.yml on every node (used only while plugins.security.restapi.admin.enabled is false; then every user with REST API access may write), or set plugins.security.restapi.admin.enabled: true and write with the admin TLS client certificate (plugins.security.authcz.admin_dn) or as a user whose role grants restapi:admin/config/update explicitly. Both settings need a node restart.</source>
        <translation>Le cluster n&apos;autorise pas la modification de la configuration de sécurité par l&apos;API REST. Définissez soit plugins.security.unsupported.restapi.allow_securityconfig_modification: true dans opensearch.yml sur chaque nœud (pris en compte seulement tant que plugins.security.restapi.admin.enabled vaut false ; tout utilisateur ayant accès à l&apos;API REST peut alors écrire), soit plugins.security.restapi.admin.enabled: true, et écrivez avec le certificat client TLS d&apos;administration (plugins.security.authcz.admin_dn) ou en tant qu&apos;utilisateur dont le rôle accorde explicitement restapi:admin/config/update. Les deux paramètres exigent un redémarrage des nœuds.</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <location filename="../app/write/BackupStore.cpp" line="+57"/>
        <source>cannot create the backup folder %1</source>
        <translation>impossible de créer le dossier de sauvegarde %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>cannot write the backup %1</source>
        <translation>impossible d&apos;écrire la sauvegarde %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a configuration document</source>
        <translation>%1 n&apos;est pas un document de configuration</translation>
    </message>
</context>
<context>
    <name>CacheFlushDialog</name>
    <message>
        <location filename="../ui/views/admin/CacheFlushDialog.cpp" line="+22"/>
        <source>Flush security cache</source>
        <translation>Vider le cache de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The security plugin caches who users are and what they may do. Flushing makes every node read users, roles and mappings again on the next request.</source>
        <translation>Le plugin de sécurité met en cache qui sont les utilisateurs et ce qu&apos;ils peuvent faire. Après le vidage, chaque nœud relit utilisateurs, rôles et mappages à la requête suivante.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Everyone&apos;s entries, on every node</source>
        <translation>&amp;Les entrées de tous, sur chaque nœud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Only this user&apos;s entries:</source>
        <translation>&amp;Seulement les entrées de cet utilisateur :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User whose cache entries are flushed</source>
        <translation>Utilisateur dont les entrées de cache sont vidées</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Flush…</source>
        <translation>&amp;Vider…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Flush</source>
        <translation>Vider</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Flush the security cache of every user on every node of %1?</source>
        <translation>Vider le cache de sécurité de tous les utilisateurs sur chaque nœud de %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flush the cached entries of user %1 on %2?</source>
        <translation>Vider les entrées en cache de l&apos;utilisateur %1 sur %2 ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flushing the cache (DELETE api/cache)</source>
        <translation>Vidage du cache (DELETE api/cache)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flushing the cache of %1 (DELETE api/cache/user)</source>
        <translation>Vidage du cache de %1 (DELETE api/cache/user)</translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <location filename="../app/models/CertificateTableModel.cpp" line="+75"/>
        <source>The certificates API repeats the end date here; the start is not known.</source>
        <translation>L&apos;API des certificats répète ici la date de fin ; le début est inconnu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: end date unknown</source>
        <translation>Avertissement : date de fin inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: expired</source>
        <translation>Erreur : expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SANs</source>
        <translation>SAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not before</source>
        <translation>Pas avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not after</source>
        <translation>Pas après</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message>
        <location filename="../ui/views/admin/CertificatesView.cpp" line="+62"/>
        <location line="+52"/>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All</source>
        <translation>Tous</translation>
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
        <translation>Type de certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload &amp;HTTP certificates…</source>
        <translation>Recharger les certificats &amp;HTTP…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload HTTP certificates</source>
        <translation>Recharger les certificats HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload tr&amp;ansport certificates…</source>
        <translation>Recharger les certificats de tr&amp;ansport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload transport certificates</source>
        <translation>Recharger les certificats de transport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-reads the certificate files on the nodes; needs plugins.security.ssl_cert_reload_enabled and restapi:admin/ssl/certs/reload.</source>
        <translation>Relit les fichiers de certificats sur les nœuds ; nécessite plugins.security.ssl_cert_reload_enabled et restapi:admin/ssl/certs/reload.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This connection&apos;s TLS</source>
        <translation>TLS de cette connexion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 Showing the key certificates from ssl/certs instead.</source>
        <translation>%1 Les certificats de clé de ssl/certs sont affichés à la place.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the certificates (%1)</source>
        <translation>Lecture des certificats (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the certificates: %1</source>
        <translation>Lecture des certificats : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading certificates needs REST admin permission restapi:admin/ssl/certs/info (or the admin certificate).</source>
        <translation>Lire les certificats nécessite la permission d&apos;administration REST restapi:admin/ssl/certs/info (ou le certificat d&apos;administration).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading this connection&apos;s TLS (sslinfo)</source>
        <translation>Lecture du TLS de cette connexion (sslinfo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol: %1 · Cipher: %2 · Client certificate: %3 · Server certificate: %4</source>
        <translation>Protocole : %1 · Chiffrement : %2 · Certificat client : %3 · Certificat serveur : %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not TLS)</source>
        <translation>(pas de TLS)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificat</numerusform>
            <numerusform>%n certificats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, none ends within %2 days.</source>
        <translation>%1, aucun ne se termine dans les %2 jours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 with an error (expired or ending within %3 days), %4 with a warning (ending within %5 days).</source>
        <translation>%1 : %2 en erreur (expiré ou se terminant dans les %3 jours), %4 en avertissement (se terminant dans les %5 jours).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>transport</source>
        <translation>transport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the %1 certificates of %2 from their files on the nodes?</source>
        <translation>Recharger les certificats %1 de %2 depuis leurs fichiers sur les nœuds ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reloading the %1 certificates</source>
        <translation>Rechargement des certificats %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reloading the %1 certificates: %2</source>
        <translation>Rechargement des certificats %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reloading needs plugins.security.ssl_cert_reload_enabled: true on the nodes.</source>
        <translation>Le rechargement nécessite plugins.security.ssl_cert_reload_enabled: true sur les nœuds.</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <location filename="../app/write/ChangePlan.cpp" line="+209"/>
        <source>the whole configuration document cannot be written at once; patch its types</source>
        <translation>le document de configuration entier ne peut pas être écrit d&apos;un coup ; modifiez ses types par un patch</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/write/ChangePlanRollback.cpp" line="+143"/>
        <source>&quot;%1&quot; is not a configuration type</source>
        <translation>« %1 » n&apos;est pas un type de configuration</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Apply a patch (%n operation(s))</source>
        <translation>
            <numerusform>Appliquer un patch (%n opération)</numerusform>
            <numerusform>Appliquer un patch (%n opérations)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the type &quot;%1&quot; is not available on this cluster</source>
        <translation>le type « %1 » n&apos;est pas disponible sur ce cluster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds the placeholder &quot;******&quot; instead of the secret: the server would store it literally; enter the real value</source>
        <translation>%1 contient le substitut « ****** » au lieu du secret : le serveur l&apos;enregistrerait tel quel ; saisissez la vraie valeur</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a whole configuration type cannot be removed or moved; patch its entities</source>
        <translation>un type de configuration entier ne peut pas être supprimé ni déplacé ; modifiez ses entités par un patch</translation>
    </message>
    <message>
        <location filename="../app/write/ChangePlanSources.cpp" line="+23"/>
        <source>%1: the string has %2 characters; the server accepts at most %3</source>
        <translation>%1 : la chaîne compte %2 caractères ; le serveur en accepte au plus %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: null or blank values are not allowed as array elements</source>
        <translation>%1 : les valeurs null ou vides ne sont pas autorisées comme éléments de tableau</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the file may hold only &quot;dynamic&quot;, not &quot;%1&quot;</source>
        <translation>le fichier ne peut contenir que « dynamic », pas « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file must hold {&quot;dynamic&quot;: {...}}: &quot;dynamic&quot; is missing or not an object</source>
        <translation>le fichier doit contenir {&quot;dynamic&quot;: {...}} : « dynamic » est absent ou n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the security configuration (securityconfig) is not available on this cluster</source>
        <translation>la configuration de sécurité (securityconfig) n&apos;est pas disponible sur ce cluster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the security configuration (PUT securityconfig/config)</source>
        <translation>Remplacer la configuration de sécurité (PUT securityconfig/config)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 hold(s) the placeholder &quot;******&quot; that GET shows instead of a password; the server would store it literally as the password. Put the real value in the file, or change only what you mean to with a patch.</source>
        <translation>
            <numerusform>%1 contient le substitut « ****** » que GET affiche à la place d&apos;un mot de passe ; le serveur l&apos;enregistrerait tel quel comme mot de passe. Mettez la vraie valeur dans le fichier, ou ne modifiez par un patch que ce que vous voulez changer.</numerusform>
            <numerusform>%1 contiennent le substitut « ****** » que GET affiche à la place d&apos;un mot de passe ; le serveur l&apos;enregistrerait tel quel comme mot de passe. Mettez la vraie valeur dans le fichier, ou ne modifiez par un patch que ce que vous voulez changer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;dynamic&quot; is empty: every setting returns to its default and all authentication domains are removed.</source>
        <translation>« dynamic » est vide : chaque paramètre revient à sa valeur par défaut et tous les domaines d&apos;authentification sont supprimés.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not in both the backup and the cluster&apos;s configuration; left alone</source>
        <translation>%1 n&apos;est pas à la fois dans la sauvegarde et dans la configuration du cluster ; laissé tel quel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>user %1 cannot be restored: the backup holds no password for it; create it again with a password</source>
        <translation>l&apos;utilisateur %1 ne peut pas être restauré : la sauvegarde ne contient pas son mot de passe ; recréez-le avec un mot de passe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not restored: the backup holds it redacted (&quot;******&quot;)</source>
        <translation>%1 n&apos;est pas restauré : la sauvegarde le contient masqué (« ****** »)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../app/write/ChangePlanRollback.cpp" line="-79"/>
        <source>%1 is reserved or hidden on the cluster, so the REST API cannot remove it; left alone</source>
        <translation>%1 est réservé ou masqué sur le cluster, l&apos;API REST ne peut donc pas le supprimer ; laissé tel quel</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is reserved or hidden on the cluster, so the REST API cannot change it; left alone</source>
        <translation>%1 est réservé ou masqué sur le cluster, l&apos;API REST ne peut donc pas le modifier ; laissé tel quel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the REST API cannot set %2; written without it</source>
        <translation>%1 est écrit sans %2 : l&apos;API REST ne peut pas le définir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>user %1 is new but %2 holds no password hash for it: add a hash there, or create the user with a password first</source>
        <translation>l&apos;utilisateur %1 est nouveau mais %2 ne contient pas d&apos;empreinte de mot de passe pour lui : ajoutez-y une empreinte, ou créez d&apos;abord l&apos;utilisateur avec un mot de passe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 in %2 holds a redacted secret (&quot;******&quot;), which would be stored literally</source>
        <translation>%1 dans %2 contient un secret masqué (« ****** ») qui serait enregistré tel quel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>name at least one entity or type</source>
        <translation>indiquez au moins une entité ou un type</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name a type (/roles) or an entity (/roles/r1): whole entities are restored or copied</source>
        <translation>indiquez un type (/roles) ou une entité (/roles/r1) : les entités sont restaurées ou copiées en entier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds no %2</source>
        <translation>%1 ne contient pas de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not available on this cluster</source>
        <translation>%1 n&apos;est pas disponible sur ce cluster</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a rollback needs an explicit version id (without one the server toggles between the two newest versions)</source>
        <translation>un retour arrière exige un identifiant de version explicite (sans lui, le serveur alterne entre les deux versions les plus récentes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roll back to version %1</source>
        <translation>Revenir à la version %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be read with these credentials: the rollback restores it as well, without a check</source>
        <translation>%1 ne peut pas être lu avec ces identifiants : le retour arrière le restaure aussi, sans vérification</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>version %1 holds no configuration to roll back to</source>
        <translation>la version %1 ne contient aucune configuration à restaurer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the live configuration already matches version %1 (secrets cannot be compared); the rollback still restores its password hashes</source>
        <translation>la configuration en direct correspond déjà à la version %1 (les secrets ne peuvent pas être comparés) ; le retour arrière restaure quand même ses empreintes de mot de passe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the version</source>
        <translation>la version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore %1 from a version</source>
        <translation>Restaurer %1 depuis une version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore %1 from version %2</source>
        <translation>Restaurer %1 depuis la version %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the source</source>
        <translation>la source</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bring %1 over from %2</source>
        <translation>Reprendre %1 depuis %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entity(ies) that %1 does not hold left alone (no prune): %2</source>
        <translation>
            <numerusform>%n entité que %1 ne contient pas est laissée telle quelle (pas de nettoyage) : %2</numerusform>
            <numerusform>%n entités que %1 ne contient pas sont laissées telles quelles (pas de nettoyage) : %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/write/Upgrade.cpp" line="+147"/>
        <source>&quot;%1&quot; cannot be upgraded; only roles can</source>
        <translation>« %1 » ne peut pas être mis à niveau ; seuls les rôles le peuvent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name the configuration types to upgrade (roles)</source>
        <translation>indiquez les types de configuration à mettre à niveau (roles)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upgrade %1 to the defaults the cluster ships</source>
        <translation>Mettre %1 à niveau vers les valeurs par défaut du cluster</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Upgrade %n entity(ies) to the defaults the cluster ships: %1</source>
        <translation>
            <numerusform>Mettre %n entité à niveau vers les valeurs par défaut du cluster : %1</numerusform>
            <numerusform>Mettre %n entités à niveau vers les valeurs par défaut du cluster : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+37"/>
        <source>Usage: secdesk-cli COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Usage : secdesk-cli COMMANDE [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SecDesk&apos;s core, headless, for scripting.</source>
        <translation>Le cœur de SecDesk, sans interface, pour les scripts.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Global options: --help (this text), --version. &quot;secdesk-cli COMMAND --help&quot; describes a command.</source>
        <translation>Options globales : --help (ce texte), --version. « secdesk-cli COMMANDE --help » décrit une commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or an unreadable or invalid input file, 3 the cluster cannot be reached or authentication failed, 4 the configuration changed on the cluster since it was read.</source>
        <translation>Codes de sortie : 0 succès, 1 l&apos;opération a échoué, 2 mauvaise utilisation ou fichier d&apos;entrée illisible ou invalide, 3 le cluster est injoignable ou l&apos;authentification a échoué, 4 la configuration a changé sur le cluster depuis sa lecture.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+27"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/CliCommand.cpp" line="+93"/>
        <source>Usage: secdesk-cli %1</source>
        <translation>Usage : secdesk-cli %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &quot;secdesk-cli --help&quot; for the list of commands.</source>
        <translation>Lancez « secdesk-cli --help » pour la liste des commandes.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="-80"/>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>unknown option --%1</source>
        <translation>option inconnue --%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the option --%1 does not take a value after &apos;=&apos;</source>
        <translation>l&apos;option --%1 n&apos;accepte pas de valeur après « = »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the option --%1 needs %2</source>
        <translation>l&apos;option --%1 attend %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the option --%1 is given twice</source>
        <translation>l&apos;option --%1 est indiquée deux fois</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>expected %n argument(s) (%1), got %2</source>
        <translation>
            <numerusform>%n argument attendu (%1), %2 reçu(s)</numerusform>
            <numerusform>%n arguments attendus (%1), %2 reçu(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
</context>
<context>
    <name>ClusterCommands</name>
    <message>
        <location filename="../app/cli/ClusterCommands.cpp" line="+34"/>
        <source>Versioning is not enabled on this cluster: set plugins.security.configurations_versions.enabled: true in opensearch.yml on every node and restart (OpenSearch 3.3 or later).</source>
        <translation>Le versionnage n&apos;est pas activé sur ce cluster : définissez plugins.security.configurations_versions.enabled: true dans opensearch.yml sur chaque nœud et redémarrez (OpenSearch 3.3 ou ultérieur).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no version in the response</source>
        <translation>aucune version dans la réponse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>note: %1 is left out: %2
</source>
        <translation>remarque : %1 est omis : %2
</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>note: %n hidden entity(ies) left out: the cluster hides them from this user
</source>
        <translation>
            <numerusform>remarque : %n entité masquée omise : le cluster la cache à cet utilisateur
</numerusform>
            <numerusform>remarque : %n entités masquées omises : le cluster les cache à cet utilisateur
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (read-write)</source>
        <translation>%1 (lecture-écriture)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user:          %1
</source>
        <translation>utilisateur :     %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backend roles: %1
</source>
        <translation>rôles backend :   %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles:         %1
</source>
        <translation>rôles :           %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenants:       %1
</source>
        <translation>tenants :         %1
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown type &quot;%1&quot;</source>
        <translation>type inconnu « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Types: %1</source>
        <translation>Types : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not available: %2</source>
        <translation>%1 n&apos;est pas disponible : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note: %1 is not available: %2
</source>
        <translation>remarque : %1 n&apos;est pas disponible : %2
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
        <translation>HEURE (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MODIFIED BY</source>
        <translation>MODIFIÉ PAR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHANGES</source>
        <translation>MODIFICATIONS</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(first)</source>
        <translation>(première)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no versions recorded)
</source>
        <translation>(aucune version enregistrée)
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the response holds no version</source>
        <translation>la réponse ne contient aucune version</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>On a cluster (read-only)</source>
        <translation>Sur un cluster (lecture seule)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who the cluster says we are: user, backend roles, roles and tenants.</source>
        <translation>Qui nous sommes selon le cluster : utilisateur, rôles backend, rôles et tenants.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The configuration document, or one type of it (config, roles, rolesmapping, internalusers, actiongroups, tenants, nodesdn, allowlist, audit). Types the cluster does not expose are left out, with a note on stderr.</source>
        <translation>Le document de configuration, ou l&apos;un de ses types (config, roles, rolesmapping, internalusers, actiongroups, tenants, nodesdn, allowlist, audit). Les types que le cluster n&apos;expose pas sont omis, avec une remarque sur stderr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The version timeline, newest first: id, time, modified by, and the number of changes against the previous version per type.</source>
        <translation>La chronologie des versions, la plus récente d&apos;abord : identifiant, heure, auteur, et le nombre de modifications par rapport à la version précédente pour chaque type.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version ID as a configuration document. Secrets are redacted as the REST API shows them: internal users&apos; password hashes blanked, every other secret (bind passwords, signing, encryption and exchange keys, audit and allowlist passwords) &quot;******&quot;. The two flags are independent: --show-hashes reveals the hashes only, --show-secrets the other secrets only; give both to see everything.</source>
        <translation>La version ID en tant que document de configuration. Les secrets sont masqués comme l&apos;API REST les montre : empreintes de mot de passe des utilisateurs internes vidées, tout autre secret (mots de passe de bind, clés de signature, de chiffrement et d&apos;échange, mots de passe d&apos;audit et de liste d&apos;autorisation) remplacé par « ****** ». Les deux options sont indépendantes : --show-hashes ne révèle que les empreintes, --show-secrets que les autres secrets ; indiquez les deux pour tout voir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>include the internal users&apos; password hashes (no other secret)</source>
        <translation>inclure les empreintes de mot de passe des utilisateurs internes (aucun autre secret)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>include the other secrets: bind passwords, signing, encryption and exchange keys, audit and allowlist passwords (not the hashes)</source>
        <translation>inclure les autres secrets : mots de passe de bind, clés de signature, de chiffrement et d&apos;échange, mots de passe d&apos;audit et de liste d&apos;autorisation (pas les empreintes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An RFC 6902 patch from version A to version B; &quot;current&quot; names the live configuration. Password hashes and other secrets are compared by fingerprint and never printed.</source>
        <translation>Un patch RFC 6902 de la version A à la version B ; « current » désigne la configuration en direct. Les empreintes de mot de passe et les autres secrets sont comparés au moyen d&apos;une empreinte et ne sont jamais affichés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a readable list of changes instead of a patch</source>
        <translation>une liste lisible des modifications au lieu d&apos;un patch</translation>
    </message>
</context>
<context>
    <name>ClusterConnection</name>
    <message>
        <location filename="../app/cli/ClusterConnection.cpp" line="+42"/>
        <source>the cluster, e.g. https://localhost:9200 (or env SECDESK_URL)</source>
        <translation>le cluster, p. ex. https://localhost:9200 (ou la variable SECDESK_URL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP basic user (or env SECDESK_USER); the password from env SECDESK_PASSWORD</source>
        <translation>utilisateur HTTP basic (ou SECDESK_USER) ; le mot de passe depuis SECDESK_PASSWORD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the password from the first line of FILE</source>
        <translation>lire le mot de passe dans la première ligne de FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trust the CA certificate(s) in FILE (PEM)</source>
        <translation>faire confiance au(x) certificat(s) d&apos;AC de FILE (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client certificate (PEM)</source>
        <translation>certificat client (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client key (PEM); its passphrase from env SECDESK_KEY_PASSPHRASE</source>
        <translation>clé client (PEM) ; sa phrase secrète depuis SECDESK_KEY_PASSPHRASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not verify the cluster&apos;s TLS certificate (a warning is printed)</source>
        <translation>ne pas vérifier le certificat TLS du cluster (un avertissement est affiché)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a connection profile saved by the app (its password from the keychain)</source>
        <translation>un profil de connexion enregistré par l&apos;application (son mot de passe depuis le trousseau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give up on a request after SECONDS without data (default 30)</source>
        <translation>abandonner une requête après SECONDS secondes sans données (30 par défaut)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>no cluster given: use --url URL or set SECDESK_URL</source>
        <translation>aucun cluster indiqué : utilisez --url URL ou définissez SECDESK_URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a cluster address (expected http(s)://host:port)</source>
        <translation>« %1 » n&apos;est pas une adresse de cluster (attendu : http(s)://hôte:port)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the password file %1: %2</source>
        <translation>impossible de lire le fichier de mot de passe %1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no password for user %1 of profile %2: the keychain cannot be read (%3); set SECDESK_PASSWORD or use --password-file FILE</source>
        <translation>aucun mot de passe pour l&apos;utilisateur %1 du profil %2 : le trousseau est illisible (%3) ; définissez SECDESK_PASSWORD ou utilisez --password-file FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no password for user %1: set SECDESK_PASSWORD or use --password-file FILE</source>
        <translation>aucun mot de passe pour l&apos;utilisateur %1 : définissez SECDESK_PASSWORD ou utilisez --password-file FILE</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--timeout takes a number of seconds greater than 0, not &quot;%1&quot;</source>
        <translation>--timeout attend un nombre de secondes supérieur à 0, pas « %1 »</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>warning: TLS verification is off (--insecure): the cluster&apos;s identity is not checked
</source>
        <translation>avertissement : la vérification TLS est désactivée (--insecure) : l&apos;identité du cluster n&apos;est pas vérifiée
</translation>
    </message>
</context>
<context>
    <name>ClusterMenu</name>
    <message>
        <location filename="../ui/mainwindow/ClusterMenu.cpp" line="+16"/>
        <source>&amp;Cluster</source>
        <translation>C&amp;luster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace security config…</source>
        <translation>Remplacer la configuration de sécurité…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit &quot;dynamic&quot; of securityconfig/config as a whole and send it with PUT</source>
        <translation>Modifier « dynamic » de securityconfig/config en entier et l&apos;envoyer par PUT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write &amp;journal</source>
        <translation>&amp;Journal des écritures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every write to a cluster made by SecDesk or secdesk-cli</source>
        <translation>Chaque écriture sur un cluster faite par SecDesk ou secdesk-cli</translation>
    </message>
</context>
<context>
    <name>CompareMenu</name>
    <message>
        <location filename="../ui/views/compare/CompareMenu.cpp" line="+21"/>
        <source>Compare with a securityadmin &amp;directory…</source>
        <translation>Comparer avec un &amp;répertoire securityadmin…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare the live configuration with securityadmin YAML files and apply selected differences</source>
        <translation>Comparer la configuration en direct avec des fichiers YAML securityadmin et appliquer les différences choisies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with another &amp;connection…</source>
        <translation>Comparer avec une autre &amp;connexion…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with a saved connection (say staging) and promote selected entities to this one</source>
        <translation>Comparer avec une connexion enregistrée (par exemple staging) et promouvoir les entités choisies vers celle-ci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export as securityadmin files…</source>
        <translation>&amp;Exporter en fichiers securityadmin…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the live configuration as securityadmin YAML files, with the password hashes of the newest version</source>
        <translation>Écrire la configuration en direct en fichiers YAML securityadmin, avec les empreintes de mot de passe de la version la plus récente</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../app/models/CompareModel.cpp" line="+117"/>
        <source>only in source</source>
        <translation>seulement dans la source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only live</source>
        <translation>seulement en direct</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>different</source>
        <translation>différent</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check to select every entity of %1 that can be applied</source>
        <translation>Cochez pour choisir toutes les entités de %1 applicables</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only on the live cluster: applying it removes %1</source>
        <translation>Seulement sur le cluster en direct : l&apos;appliquer supprime %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only on the live cluster: turn on &quot;Also remove entities missing from the source&quot; to remove it</source>
        <translation>Seulement sur le cluster en direct : activez « Supprimer aussi les entités absentes de la source » pour le supprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only in the source: applying it adds %1</source>
        <translation>Seulement dans la source : l&apos;appliquer ajoute %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different: applying it replaces %1 with the source&apos;s</source>
        <translation>Différent : l&apos;appliquer remplace %1 par la version de la source</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../ui/views/compare/CompareView.cpp" line="+38"/>
        <source>&amp;Apply selected…</source>
        <translation>&amp;Appliquer la sélection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare and promote</source>
        <translation>Comparer et promouvoir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the checked entities to the current connection (you confirm the exact requests first)</source>
        <translation>Écrire les entités cochées dans la connexion actuelle (vous confirmez d&apos;abord les requêtes exactes)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Open securityadmin &amp;directory…</source>
        <translation>Ouvrir un &amp;répertoire securityadmin…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read a directory of securityadmin YAML files (read-only) and compare it</source>
        <translation>Lire un répertoire de fichiers YAML securityadmin (lecture seule) et le comparer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or another &amp;connection:</source>
        <translation>ou une autre &amp;connexion :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the configuration of the chosen saved connection (read-only) and compare</source>
        <translation>Lire la configuration de la connexion enregistrée choisie (lecture seule) et comparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+264"/>
        <source>No source is open.</source>
        <translation>Aucune source n&apos;est ouverte.</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Filter by type or entity name</source>
        <translation>Filtrer par type ou nom d&apos;entité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check the entities to apply; Space toggles the current one</source>
        <translation>Cochez les entités à appliquer ; Espace bascule l&apos;entité courante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entities that differ</source>
        <translation>Entités qui diffèrent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a&amp;ll</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;none</source>
        <translation>&amp;Ne rien sélectionner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also &amp;remove entities missing from the source</source>
        <translation>Su&amp;pprimer aussi les entités absentes de la source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: entities only on the live cluster are left alone and cannot be checked</source>
        <translation>Désactivé : les entités présentes seulement sur le cluster en direct sont laissées telles quelles et ne peuvent pas être cochées</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>⚠ Checked entities marked &quot;only live&quot; will be DELETED from %1.</source>
        <translation>⚠ Les entités cochées marquées « seulement en direct » seront SUPPRIMÉES de %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(no saved connection)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not available)</source>
        <translation>(non disponible)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes are written to %1</source>
        <translation>Les modifications sont écrites dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected: nothing can be written</source>
        <translation>Non connecté : rien ne peut être écrit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a securityadmin directory or choose another connection to compare.</source>
        <translation>Ouvrez un répertoire securityadmin ou choisissez une autre connexion à comparer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No differences: the live configuration matches the source.</source>
        <translation>Aucune différence : la configuration en direct correspond à la source.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 only in source, %2 only live, %3 different; %4 checked</source>
        <translation>seulement dans la source : %1, seulement en direct : %2, différentes : %3 ; cochées : %4</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open a securityadmin directory</source>
        <translation>Ouvrir un répertoire securityadmin</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>directory %1</source>
        <translation>le répertoire %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with directory %1 (read-only)</source>
        <translation>Comparaison avec le répertoire %1 (lecture seule)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Comparing with connection %1 (read-only)</source>
        <translation>Comparaison avec la connexion %1 (lecture seule)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Comparing with %1 (read-only); types compared: %2</source>
        <translation>Comparaison avec %1 (lecture seule) ; types comparés : %2</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved connections are not available here.</source>
        <translation>Les connexions enregistrées ne sont pas disponibles ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connection %1</source>
        <translation>la connexion %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the configuration of %1…</source>
        <translation>Lecture de la configuration de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the configuration of %1: %2</source>
        <translation>Impossible de lire la configuration de %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no common type</source>
        <translation>aucun type commun</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>live: %1</source>
        <translation>en direct : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>source: %1</source>
        <translation>source : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preparing the write…</source>
        <translation>Préparation de l&apos;écriture…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The selection cannot be applied: %1</source>
        <translation>La sélection ne peut pas être appliquée : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to write: the checked entities already match the source.</source>
        <translation>Rien à écrire : les entités cochées correspondent déjà à la source.</translation>
    </message>
</context>
<context>
    <name>ConfigBlame</name>
    <message>
        <location filename="../app/domain/ConfigBlame.cpp" line="+27"/>
        <source>not found in any version</source>
        <translation>introuvable dans toutes les versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2 at %3</source>
        <translation>%1 par %2 le %3</translation>
    </message>
</context>
<context>
    <name>ConfigChanges</name>
    <message>
        <location filename="../app/domain/ConfigChanges.cpp" line="+74"/>
        <source>(document root)</source>
        <translation>(racine du document)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No differences.
</source>
        <translation>Aucune différence.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 added, %2 removed, %3 changed
</source>
        <translation>%1 ajoutés, %2 supprimés, %3 modifiés
</translation>
    </message>
</context>
<context>
    <name>ConfigFetch</name>
    <message>
        <location filename="../app/api/ConfigFetch.cpp" line="+44"/>
        <source>not enabled on this cluster (plugins.security.nodes_dn_dynamic_config_enabled is off)</source>
        <translation>non activé sur ce cluster (plugins.security.nodes_dn_dynamic_config_enabled est désactivé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not available on this cluster version</source>
        <translation>non disponible dans cette version du cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not available on this cluster (%1)</source>
        <translation>non disponible sur ce cluster (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no permission: %1</source>
        <translation>pas d&apos;autorisation : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the audit configuration is not active on this cluster</source>
        <translation>la configuration d&apos;audit n&apos;est pas active sur ce cluster</translation>
    </message>
</context>
<context>
    <name>ConfigTreeDelegate</name>
    <message>
        <location filename="../ui/views/configtree/ConfigTreeDelegate.cpp" line="+32"/>
        <source>static</source>
        <translation>statique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reserved</source>
        <translation>réservé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
</context>
<context>
    <name>ConfigTreeModel</name>
    <message>
        <location filename="../app/models/ConfigTreeData.cpp" line="+81"/>
        <source>The filter is not a valid regular expression: %1 (at character %2)</source>
        <translation>Le filtre n&apos;est pas une expression régulière valide : %1 (au caractère %2)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>not read from the cluster</source>
        <translation>non lu depuis le cluster</translation>
    </message>
    <message>
        <location filename="../app/models/ConfigTreeModel.cpp" line="+362"/>
        <source>unavailable: %1</source>
        <translation>indisponible : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problème :</numerusform>
            <numerusform>%n problèmes :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>ConfigTreeView</name>
    <message>
        <location filename="../ui/views/configtree/ConfigTreeView.cpp" line="+45"/>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter names and values (Ctrl+F)</source>
        <translation>Filtrer les noms et les valeurs (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy JSON pointer</source>
        <translation>Copier le pointeur JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy value as JSON</source>
        <translation>Copier la valeur en JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blame: who set this value</source>
        <translation>Origine : qui a défini cette valeur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the nodes whose name or value contains this text</source>
        <translation>N&apos;affiche que les nœuds dont le nom ou la valeur contient ce texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration tree</source>
        <translation>Arbre de configuration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON of the selected node</source>
        <translation>JSON du nœud sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity summary</source>
        <translation>Résumé de l&apos;entité</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Select a node to see it as JSON.</source>
        <translation>Sélectionnez un nœud pour le voir en JSON.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This type is not available: %1</source>
        <translation>Ce type n&apos;est pas disponible : %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+28"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New role…</source>
        <translation>Nouveau rôle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New role mapping…</source>
        <translation>Nouveau mappage de rôle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New internal user…</source>
        <translation>Nouvel utilisateur interne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action group…</source>
        <translation>Nouveau groupe d’actions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tenant…</source>
        <translation>Nouveau tenant…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Explain access…</source>
        <translation>Expliquer l&apos;accès…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who can access…</source>
        <translation>Qui a accès…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Effective permissions…</source>
        <translation>Permissions effectives…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Patch: add member…</source>
        <translation>Patch : ajouter un membre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch: replace value</source>
        <translation>Patch : remplacer la valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch: remove</source>
        <translation>Patch : supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch: append to array</source>
        <translation>Patch : ajouter au tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch: copy to…</source>
        <translation>Patch : copier vers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch: move to…</source>
        <translation>Patch : déplacer vers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch: test value</source>
        <translation>Patch : tester la valeur</translation>
    </message>
</context>
<context>
    <name>ConfigType</name>
    <message>
        <location filename="../app/domain/ConfigType.cpp" line="+90"/>
        <source>Security config</source>
        <translation>Configuration de sécurité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role mappings</source>
        <translation>Mappages de rôles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal users</source>
        <translation>Utilisateurs internes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action groups</source>
        <translation>Groupes d&apos;actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenants</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nodes DN</source>
        <translation>DN des nœuds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowlist</source>
        <translation>Liste d&apos;autorisation</translation>
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
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a Cluster</source>
        <translation>Ajouter un cluster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Connection — %1</source>
        <translation>Modifier la connexion — %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Production</source>
        <translation>p. ex. Production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User name and password</source>
        <translation>Nom d&apos;utilisateur et mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate and password</source>
        <translation>Certificat client et mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;uthentication:</source>
        <translation>A&amp;uthentification :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User:</source>
        <translation>Uti&amp;lisateur :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Certificat client :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client certificate (PEM)</source>
        <translation>Certificat client (PEM)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client &amp;key:</source>
        <translation>Cl&amp;é client :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client key (PEM)</source>
        <translation>Clé client (PEM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only for an encrypted key</source>
        <translation>seulement pour une clé chiffrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key pass&amp;phrase:</source>
        <translation>P&amp;hrase secrète de la clé :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: trusted in addition to the system&apos;s CAs</source>
        <translation>facultatif : approuvé en plus des AC du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;A file:</source>
        <translation>&amp;Fichier d&apos;AC :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA certificates (PEM)</source>
        <translation>Certificats d&apos;AC (PEM)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify TLS certificates</source>
        <translation>&amp;Vérifier les certificats TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Verification is off:&lt;/b&gt; SecDesk cannot tell whether it talks to the real cluster, and anyone in between can read the password. Prefer a CA file.</source>
        <translation>&lt;b&gt;La vérification est désactivée :&lt;/b&gt; SecDesk ne peut pas savoir s&apos;il parle au vrai cluster, et quiconque se trouve entre les deux peut lire le mot de passe. Préférez un fichier d&apos;AC.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Te&amp;st Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel &amp;Test</source>
        <translation>Annuler le &amp;test</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse: %1</source>
        <translation>Parcourir : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PEM files (*.pem *.crt *.cer *.key)</source>
        <translation>Fichiers PEM (*.pem *.crt *.cer *.key)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;The connection failed.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;La connexion a échoué.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;Check the user name and password.</source>
        <translation>&lt;br&gt;Vérifiez le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Connected as %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Connecté en tant que %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles: %1</source>
        <translation>Rôles : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend roles: %1</source>
        <translation>Rôles backend : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster: &lt;b&gt;%1&lt;/b&gt; (%2 %3)</source>
        <translation>Cluster : &lt;b&gt;%1&lt;/b&gt; (%2 %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cluster&apos;s name and version cannot be read: %1</source>
        <translation>Impossible de lire le nom et la version du cluster : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate: %1&lt;br&gt;issued by %2&lt;br&gt;valid %3 to %4&lt;br&gt;SHA-256 %5</source>
        <translation>Certificat : %1&lt;br&gt;émis par %2&lt;br&gt;valide du %3 au %4&lt;br&gt;SHA-256 %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not encrypted: the address uses http.</source>
        <translation>Non chiffré : l&apos;adresse utilise http.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../app/domain/ConnectionProfile.cpp" line="+14"/>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read.</source>
        <translation>Le fichier %1 est illisible.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name cannot start or end with a space.</source>
        <translation>Le nom ne peut pas commencer ni finir par une espace.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the cluster&apos;s address, e.g. https://localhost:9200.</source>
        <translation>Saisissez l&apos;adresse du cluster, p. ex. https://localhost:9200.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a cluster address: expected http(s)://host:port.</source>
        <translation>« %1 » n&apos;est pas une adresse de cluster : attendu http(s)://hôte:port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A client certificate needs an https:// address.</source>
        <translation>Un certificat client exige une adresse https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the user name.</source>
        <translation>Saisissez le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the client certificate (PEM).</source>
        <translation>Choisissez le certificat client (PEM).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the client key (PEM).</source>
        <translation>Choisissez la clé client (PEM).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The timeout must be between 1 and %1 seconds.</source>
        <translation>Le délai doit être compris entre 1 et %1 secondes.</translation>
    </message>
</context>
<context>
    <name>DiffTreeModel</name>
    <message>
        <location filename="../app/models/DiffTreeModel.cpp" line="+149"/>
        <source>(whole type)</source>
        <translation>(type entier)</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%1 (%n change(s))</source>
        <translation>
            <numerusform>%1 (%n modification)</numerusform>
            <numerusform>%1 (%n modifications)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Changed path</source>
        <translation>Chemin modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
</context>
<context>
    <name>DiffTreeView</name>
    <message>
        <location filename="../ui/widgets/diff/DiffTreeView.cpp" line="+65"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Filter entities</source>
        <translation>Filtrer les entités</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Type of the changes shown</source>
        <translation>Type des modifications affichées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed paths</source>
        <translation>Chemins modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show added paths</source>
        <translation>Afficher les chemins ajoutés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show removed paths</source>
        <translation>Afficher les chemins supprimés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show changed paths</source>
        <translation>Afficher les chemins modifiés</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 ajoutés, %2 supprimés, %3 modifiés</translation>
    </message>
</context>
<context>
    <name>EffectivePermissionsView</name>
    <message>
        <location filename="../ui/views/access/EffectivePermissionsView.cpp" line="+33"/>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Effective permissions</source>
        <translation>Permissions effectives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose permissions</source>
        <translation>Permissions de qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal user</source>
        <translation>Utilisateur interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend role</source>
        <translation>Rôle backend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Effective permissions by index pattern and action group</source>
        <translation>Permissions effectives par motif d’index et groupe d’actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the whole table</source>
        <translation>Sélectionner tout le tableau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cluster permissions</source>
        <translation>Permissions de cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenants</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Name a user, a backend role or a role.</source>
        <translation>Nommez un utilisateur, un rôle backend ou un rôle.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computing the effective permissions of %1…</source>
        <translation>Calcul des permissions effectives de %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, configuration read %2</source>
        <translation>%1, configuration lue %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no internal user %1.</source>
        <translation>Il n’y a pas d’utilisateur interne %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no role: no access.</source>
        <translation>%1 n’a aucun rôle : aucun accès.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has the roles %2. Computed on %3.</source>
        <translation>%1 a les rôles %2. Calculé sur %3.</translation>
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
        <translation>Masqué</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 on %2 through %3</source>
        <translation>%1 sur %2 par %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cluster: %1</source>
        <translation>Cluster : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read</source>
        <translation>lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenants: %1</source>
        <translation>Tenants : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export effective permissions</source>
        <translation>Exporter les permissions effectives</translation>
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
        <translation>une entrée vide : le cluster la refuse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is an index action group: in cluster permissions it grants nothing</source>
        <translation>%1 est un groupe d’actions d’index : dans les permissions de cluster, il n’accorde rien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a cluster action group: in index permissions it grants nothing</source>
        <translation>%1 est un groupe d’actions de cluster : dans les permissions d’index, il n’accorde rien</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 exists from OpenSearch %2; this cluster runs %3: it grants nothing here</source>
        <translation>%1 existe à partir d’OpenSearch %2 ; ce cluster exécute %3 : ici, il n’accorde rien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a cluster action: in index permissions it never applies</source>
        <translation>%1 est une action de cluster : dans les permissions d’index, elle ne s’applique jamais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an index action: in cluster permissions it never applies (it needs an index permission)</source>
        <translation>%1 est une action d’index : dans les permissions de cluster, elle ne s’applique jamais (il lui faut une permission d’index)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a known action: did you mean %2?</source>
        <translation>%1 n’est pas une action connue : vouliez-vous dire %2 ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is neither an action group nor an action: it matches nothing</source>
        <translation>%1 n’est ni un groupe d’actions ni une action : il ne correspond à rien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an action group: did you mean %2?</source>
        <translation>%1 n’est pas un groupe d’actions : vouliez-vous dire %2 ?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tenant</source>
        <translation>tenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no %1 %2</source>
        <translation>il n’existe pas de %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no %1 %2: did you mean %3?</source>
        <translation>il n’existe pas de %1 %2 : vouliez-vous dire %3 ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>at least one index pattern is needed</source>
        <translation>au moins un motif d’index est nécessaire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the DLS query is not valid JSON (%1 at character %2): from 3.6 the plugin then grants unfiltered access</source>
        <translation>la requête DLS n’est pas du JSON valide (%1 au caractère %2) : à partir de 3.6, le plugin accorde alors un accès non filtré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the DLS query must be a JSON object, such as {&quot;term&quot;: {&quot;team&quot;: &quot;a&quot;}}</source>
        <translation>la requête DLS doit être un objet JSON, par exemple {&quot;term&quot;: {&quot;team&quot;: &quot;a&quot;}}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>at least one tenant pattern is needed</source>
        <translation>au moins un motif de tenant est nécessaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tenant permissions take kibana_all_read or kibana_all_write</source>
        <translation>les permissions de tenant prennent kibana_all_read ou kibana_all_write</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an attribute needs a name</source>
        <translation>un attribut a besoin d’un nom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the type is cluster, index or kibana</source>
        <translation>le type est cluster, index ou kibana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least one action or action group is needed</source>
        <translation>au moins une action ou un groupe d’actions est nécessaire</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n characters: the cluster (3.8 or later) accepts at most 256</source>
        <translation>
            <numerusform>%n caractère : le cluster (3.8 ou plus) en accepte au plus 256</numerusform>
            <numerusform>%n caractères : le cluster (3.8 ou plus) en accepte au plus 256</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a masked field needs a field name</source>
        <translation>un champ masqué a besoin d’un nom de champ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid algorithm %1 (for example SHA-256 or BLAKE2B-256)</source>
        <translation>Algorithme %1 invalide (par exemple SHA-256 ou BLAKE2B-256)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A field masking expression must have the form &apos;field_name&apos;, &apos;field_name::algorithm&apos;, &apos;field_name::regex::replacement&apos; or &apos;field_name::(regex::replacement)+&apos;</source>
        <translation>Une expression de masquage de champ a la forme &apos;field_name&apos;, &apos;field_name::algorithm&apos;, &apos;field_name::regex::replacement&apos; ou &apos;field_name::(regex::replacement)+&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A regular expression needs to be wrapped in /.../</source>
        <translation>Une expression régulière doit être entourée de /.../</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a valid regular expression</source>
        <translation>%1 n’est pas une expression régulière valide</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a name is required</source>
        <translation>un nom est requis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name begins or ends with a space</source>
        <translation>le nom commence ou finit par une espace</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists, and is %2</source>
        <translation>%1 existe déjà et est %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the cluster refuses an empty entity: give it at least a description</source>
        <translation>le cluster refuse une entité vide : donnez-lui au moins une description</translation>
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
        <translation>les mots de passe ne correspondent pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password is similar to user name</source>
        <translation>Password is similar to user name</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weak password: the cluster is likely to refuse it (by default it wants a strong password: 16 characters, or 8 mixing letters, digits and symbols)</source>
        <translation>Weak password : le cluster le refusera probablement (par défaut il exige un mot de passe fort : 16 caractères, ou 8 mêlant lettres, chiffres et symboles)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>type the new name</source>
        <translation>saisissez le nouveau nom</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not a bcrypt hash ($2y$12$ and 53 characters)</source>
        <translation>pas un hachage bcrypt ($2y$12$ et 53 caractères)</translation>
    </message>
</context>
<context>
    <name>EntityEdits</name>
    <message>
        <location filename="../app/forms/EntityEdits.cpp" line="+74"/>
        <source>the role mapping of %1</source>
        <translation>le mappage de rôle de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>user %1: security roles</source>
        <translation>utilisateur %1 : rôles de sécurité</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>role %1: cluster permissions</source>
        <translation>rôle %1 : permissions de cluster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>role %1: %2 %3</source>
        <translation>rôle %1 : %2 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>action group %1</source>
        <translation>groupe d’actions %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>role %1: tenant permissions %2</source>
        <translation>rôle %1 : permissions de tenant %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>role mapping %1: users</source>
        <translation>mappage de rôle %1 : utilisateurs</translation>
    </message>
</context>
<context>
    <name>EntityFormDialog</name>
    <message>
        <location filename="../ui/views/forms/EntityFormDialog.cpp" line="+79"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>role mapping</source>
        <translation>mappage de rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal user</source>
        <translation>utilisateur interne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>action group</source>
        <translation>groupe d’actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenant</source>
        <translation>tenant</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New %1</source>
        <translation>Nouveau : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit %1 %2</source>
        <translation>Modifier %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate %1 %2</source>
        <translation>Dupliquer %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename %1 %2</source>
        <translation>Renommer %1 %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This %1 is %2: the REST API does not change it, so the form is read-only.</source>
        <translation>Ce %1 est %2 : l’API REST ne le modifie pas, le formulaire est donc en lecture seule.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 name</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems in the form</source>
        <translation>Problèmes du formulaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems the change introduces</source>
        <translation>Problèmes introduits par la modification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review the change and send it (Ctrl+Return)</source>
        <translation>Vérifier la modification et l’envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cluster permissions</source>
        <translation>Permissions de cluster</translation>
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
        <translation>Permissions d’index</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Index patterns</source>
        <translation>Motifs d’index</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+178"/>
        <source>Allowed actions</source>
        <translation>Actions autorisées</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+3"/>
        <source>Document-level security query</source>
        <translation>Requête de sécurité au niveau document</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{&quot;term&quot;: {&quot;department&quot;: &quot;${attr.internal.department}&quot;}}</source>
        <translation>{&quot;term&quot;: {&quot;department&quot;: &quot;${attr.internal.department}&quot;}}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field-level security</source>
        <translation>Sécurité au niveau champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields to include, or ~field to exclude</source>
        <translation>Champs à inclure, ou ~champ pour exclure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masked fields</source>
        <translation>Champs masqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field, field::SHA-256 or field::/regex/::replacement</source>
        <translation>champ, champ::SHA-256 ou champ::/regex/::remplacement</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+2"/>
        <source>Tenant permissions</source>
        <translation>Permissions de tenant</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Tenant patterns</source>
        <translation>Motifs de tenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and write</source>
        <translation>Lecture et écriture</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Who gets this role: its role mapping, written in the same change.</source>
        <translation>Qui reçoit ce rôle : son mappage, écrit dans la même modification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapped users</source>
        <translation>Utilisateurs mappés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role sections</source>
        <translation>Sections du rôle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Backend roles</source>
        <translation>Rôles backend</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>All of these backend roles</source>
        <translation>Tous ces rôles backend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service account (no password; tokens only)</source>
        <translation>Compte de service (sans mot de passe ; jetons uniquement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>leave empty to keep the current password</source>
        <translation>laisser vide pour garder le mot de passe actuel</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Confirm password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Or a password hash</source>
        <translation>Ou un hachage de mot de passe</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>$2y$12$… (bcrypt), instead of a password</source>
        <translation>$2y$12$… (bcrypt), au lieu d’un mot de passe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Security roles</source>
        <translation>Rôles de sécurité</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add attribute</source>
        <translation>Ajouter un attribut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove attribute</source>
        <translation>Retirer l’attribut</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+4"/>
        <source>Type</source>
        <translation>Type</translation>
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
        <translation>%1 n’est plus sur le cluster : fermez ce formulaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed on the cluster after this form opened: close the form and open it again to start from the change.</source>
        <translation>%1 a changé sur le cluster après l’ouverture de ce formulaire : fermez le formulaire et rouvrez-le pour partir de cette modification.</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n problem(s) to fix before sending:</source>
        <translation>
            <numerusform>%n problème à corriger avant l’envoi :</numerusform>
            <numerusform>%n problèmes à corriger avant l’envoi :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s) (the cluster accepts these):</source>
        <translation>
            <numerusform>%n avertissement (le cluster l’accepte) :</numerusform>
            <numerusform>%n avertissements (le cluster les accepte) :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No new configuration problems.</source>
        <translation>Aucun nouveau problème de configuration.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Fix the problems marked in the form first.</source>
        <translation>Corrigez d’abord les problèmes signalés dans le formulaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing changed: there is nothing to send.</source>
        <translation>Rien n’a changé : il n’y a rien à envoyer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The change cannot be sent: %1</source>
        <translation>La modification ne peut pas être envoyée : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Part of the change is on the cluster (see the write&apos;s report); the form keeps what you entered.</source>
        <translation>Une partie de la modification est sur le cluster (voir le rapport de l’écriture) ; le formulaire garde votre saisie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written; the form keeps what you entered.</source>
        <translation>Rien n’a été écrit ; le formulaire garde votre saisie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discard the changes made in this form?</source>
        <translation>Abandonner les modifications de ce formulaire ?</translation>
    </message>
</context>
<context>
    <name>EntityForms</name>
    <message>
        <location filename="../ui/views/forms/EntityForms.cpp" line="+74"/>
        <source>This form has changes that were not sent. Discard them and open %1?</source>
        <translation>Ce formulaire a des modifications non envoyées. Les abandonner et ouvrir %1 ?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2: the REST API does not delete it.</source>
        <translation>%1 est %2 : l’API REST ne le supprime pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete %1? Nothing else names it.</source>
        <translation>Supprimer %1 ? Rien d’autre ne le nomme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1? These name it, and would point at nothing:</source>
        <translation>Supprimer %1 ? Ces éléments le nomment et ne pointeraient plus sur rien :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What names it</source>
        <translation>Ce qui le nomme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — reserved: stays as it is</source>
        <translation> — réservé : reste tel quel</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Also remove these references, in the same change (%n)</source>
        <translation>
            <numerusform>Retirer aussi cette référence, dans la même modification (%n)</numerusform>
            <numerusform>Retirer aussi ces références, dans la même modification (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The deletion cannot be sent: %1</source>
        <translation>La suppression ne peut pas être envoyée : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New &amp;role…</source>
        <translation>Nouveau &amp;rôle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New role &amp;mapping…</source>
        <translation>Nouveau &amp;mappage de rôle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New internal &amp;user…</source>
        <translation>Nouvel &amp;utilisateur interne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action &amp;group…</source>
        <translation>Nouveau &amp;groupe d’actions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;tenant…</source>
        <translation>Nouveau &amp;tenant…</translation>
    </message>
</context>
<context>
    <name>EntitySummaries</name>
    <message>
        <location filename="../app/domain/EntitySummary.cpp" line="+71"/>
        <source>mapped by user name</source>
        <translation>mappé par nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backend role %1</source>
        <translation>rôle backend %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has all backend roles the mapping requires</source>
        <translation>a tous les rôles backend exigés par le mappage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listed in the user&apos;s opendistro_security_roles</source>
        <translation>listé dans les opendistro_security_roles de l&apos;utilisateur</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Internal users with this role</source>
        <translation>Utilisateurs internes ayant ce rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No internal user gets this role.</source>
        <translation>Aucun utilisateur interne ne reçoit ce rôle.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>User pattern</source>
        <translation>Motif d&apos;utilisateur</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>matches %n internal user(s)</source>
        <translation>
            <numerusform>correspond à %n utilisateur interne</numerusform>
            <numerusform>correspond à %n utilisateurs internes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+91"/>
        <source>Backend roles</source>
        <translation>Rôles backend</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>any of them</source>
        <translation>l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required backend roles</source>
        <translation>Rôles backend requis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all of them</source>
        <translation>tous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>any request from them</source>
        <translation>toute requête venant d&apos;eux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cluster permissions</source>
        <translation>Autorisations de cluster</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <location line="+22"/>
        <location line="+50"/>
        <location line="+6"/>
        <location line="+16"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Index permissions</source>
        <translation>Autorisations d&apos;index</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indices</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <location line="+63"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Document-level security</source>
        <translation>Sécurité au niveau des documents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field-level security</source>
        <translation>Sécurité au niveau des champs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masked fields</source>
        <translation>Champs masqués</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenant permissions</source>
        <translation>Autorisations de tenant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tenants</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mapping</source>
        <translation>Mappage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not mapped: there is no role mapping named %1.</source>
        <translation>Non mappé : il n&apos;existe aucun mappage de rôle nommé %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapped by</source>
        <translation>Mappé par</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+74"/>
        <location line="+89"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>no role of this name exists</source>
        <translation>aucun rôle de ce nom n&apos;existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who gets the role</source>
        <translation>Qui reçoit le rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody: the mapping is empty.</source>
        <translation>Personne : le mappage est vide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No roles.</source>
        <translation>Aucun rôle.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>password hash set</source>
        <translation>empreinte de mot de passe définie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Allowed actions</source>
        <translation>Actions autorisées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No role or action group uses it.</source>
        <translation>Aucun rôle ni groupe d&apos;actions ne l&apos;utilise.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cluster permissions</source>
        <translation>autorisations de cluster</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>index permissions</source>
        <translation>autorisations d&apos;index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenant permissions</source>
        <translation>autorisations de tenant</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+93"/>
        <source>Action group</source>
        <translation>Groupe d&apos;actions</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Roles granting access</source>
        <translation>Rôles donnant accès</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No role grants this tenant.</source>
        <translation>Aucun rôle n&apos;accorde ce tenant.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (pattern %2)</source>
        <translation>%1 (motif %2)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Role mapping</source>
        <translation>Mappage de rôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal user</source>
        <translation>Utilisateur interne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>static</source>
        <translation>statique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reserved</source>
        <translation>réservé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
</context>
<context>
    <name>EntitySummaryView</name>
    <message>
        <location filename="../ui/views/configtree/EntitySummaryView.cpp" line="+51"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back to the entity shown before the last followed link (Alt+Left)</source>
        <translation>Revenir à l&apos;entité affichée avant le dernier lien suivi (Alt+Gauche)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Summarizing %1…</source>
        <translation>Résumé de %1…</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Explain access…</source>
        <translation>Expliquer l&apos;accès…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can access…</source>
        <translation>Qui a accès…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective permissions…</source>
        <translation>Permissions effectives…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(missing)</source>
        <translation>(absent)</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <location filename="../ui/views/access/ExplainView.cpp" line="+76"/>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An internal user, or any name for a hypothetical user</source>
        <translation>Un utilisateur interne, ou n&apos;importe quel nom pour un utilisateur hypothétique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the internal user&apos;s; comma-separated</source>
        <translation>ceux de l&apos;utilisateur interne ; séparés par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend roles</source>
        <translation>Rôles backend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attr.internal.key=value, …</source>
        <translation>attr.internal.clé=valeur, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for hosts mappings</source>
        <translation>pour les associations hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A transport action, an action group, or a REST call such as search, get, index, bulk or create-index</source>
        <translation>Une action de transport, un groupe d&apos;actions ou un appel REST comme search, get, index, bulk ou create-index</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>index expressions, comma-separated; empty: none</source>
        <translation>expressions d&apos;index, séparées par des virgules ; vide : aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indices</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As configured</source>
        <translation>Comme configuré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legacy</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V4</source>
        <translation>V4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Access explanation</source>
        <translation>Explication de l&apos;accès</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the smallest change that grants what is missing in the change plan</source>
        <translation>Ouvrir dans le plan de modification le plus petit changement qui accorde ce qui manque</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I&amp;P:</source>
        <translation>I&amp;P :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backend roles:</source>
        <translation>Rôles &amp;backend :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribu&amp;tes:</source>
        <translation>A&amp;ttributs :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Indices:</source>
        <translation>&amp;Index :</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Pick a user, an action and indices, then Explain.</source>
        <translation>Choisissez un utilisateur, une action et des index, puis Expliquer.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>&amp;Write</source>
        <translation>É&amp;criture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;ode settings…</source>
        <translation>&amp;Réglages des nœuds…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a Dashboards tenant, asked instead of the action; empty: the action</source>
        <translation>un tenant Dashboards, demandé à la place de l&apos;action ; vide : l&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write access to the tenant</source>
        <translation>Accès en écriture au tenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for read and write access to the tenant instead of read access</source>
        <translation>Demander l&apos;accès en lecture et écriture au tenant plutôt qu&apos;en lecture</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The node settings (opensearch.yml) evaluation assumes for this connection; the REST API does not show them</source>
        <translation>Les réglages des nœuds (opensearch.yml) que l&apos;évaluation suppose pour cette connexion ; l&apos;API REST ne les montre pas</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Te&amp;nant:</source>
        <translation>Te&amp;nant :</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Give a user, and an action or a tenant.</source>
        <translation>Indiquez un utilisateur, et une action ou un tenant.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Explained on the configuration read at %1.</source>
        <translation>Expliqué sur la configuration lue à %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>write in</source>
        <translation>écrire dans</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read in</source>
        <translation>lire dans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allowed: %1 may %2 tenant %3 (role %4)</source>
        <translation>autorisé : %1 peut %2 le tenant %3 (rôle %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>denied: %1 may not %2 tenant %3: %4</source>
        <translation>refusé : %1 ne peut pas %2 le tenant %3 : %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>allowed: %1 may %2</source>
        <translation>autorisé : %1 peut %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allowed: %1 may %2 on %3</source>
        <translation>autorisé : %1 peut %2 sur %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partial: %1 may %2 only on %3</source>
        <translation>partiel : %1 peut %2 seulement sur %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>denied: %1 is mapped to no role</source>
        <translation>refusé : %1 n&apos;est associé à aucun rôle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>denied: no role of %1 grants %2</source>
        <translation>refusé : aucun rôle de %1 n&apos;accorde %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>denied: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>denied: no role of %1 grants %2 on %3</source>
        <translation>refusé : aucun rôle de %1 n&apos;accorde %2 sur %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fix cannot be sent: %1</source>
        <translation>La correction ne peut pas être envoyée : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grant access: %1</source>
        <translation>Accorder l&apos;accès : %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>(hypothetical)</source>
        <translation>(hypothétique)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · backend roles: %2 · HTTP %3 · %4 engine</source>
        <translation>%1 · rôles backend : %2 · HTTP %3 · moteur %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+114"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Proposed fix</source>
        <translation>Correction proposée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix… opens it in the change plan; nothing is written before you confirm it.</source>
        <translation>Corriger… l’ouvre dans le plan de modification ; rien n’est écrit avant votre confirmation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapped roles</source>
        <translation>Rôles associés</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tenant %1</source>
        <translation>Tenant %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(cluster)</source>
        <translation>(cluster)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cluster privileges</source>
        <translation>Privilèges de cluster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indices × actions</source>
        <translation>Index × actions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why each cell is granted</source>
        <translation>Pourquoi chaque cellule est accordée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (via %2)</source>
        <translation>%1 (via %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster_permissions</source>
        <translation>cluster_permissions</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nearest miss</source>
        <translation>Le plus proche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document and field restrictions</source>
        <translation>Restrictions de documents et de champs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DLS %1 · FLS %2 · masked %3</source>
        <translation>DLS %1 · FLS %2 · masqués %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evaluation errors (the affected patterns grant nothing)</source>
        <translation>Erreurs d&apos;évaluation (les motifs concernés n&apos;accordent rien)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../ui/views/compare/ExportController.cpp" line="+36"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <source>Not connected: there is no configuration to export.</source>
        <translation>Non connecté : il n&apos;y a aucune configuration à exporter.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Export the live configuration as securityadmin files</source>
        <translation>Exporter la configuration en direct en fichiers securityadmin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export version %1 as securityadmin files</source>
        <translation>Exporter la version %1 en fichiers securityadmin</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+48"/>
        <source>An export is in progress; wait for it to finish.</source>
        <translation>Un export est en cours ; attendez qu&apos;il se termine.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>the live configuration</source>
        <translation>la configuration en direct</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the cluster has no version to take them from</source>
        <translation>le cluster n&apos;a aucune version d&apos;où les prendre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no version matches the live configuration (it changed after the newest version was recorded)</source>
        <translation>aucune version ne correspond à la configuration en direct (elle a changé après l&apos;enregistrement de la version la plus récente)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>no version could be read: %1</source>
        <translation>aucune version n&apos;a pu être lue : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disconnected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not export %1 to %2: %3</source>
        <translation>Impossible d&apos;exporter %1 vers %2 : %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %1 to %2 (%n file(s)).</source>
        <translation>
            <numerusform>%1 exporté vers %2 (%n fichier).</numerusform>
            <numerusform>%1 exporté vers %2 (%n fichiers).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password hashes come from version %1.</source>
        <translation>Les empreintes de mot de passe viennent de la version %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password hashes: %1.</source>
        <translation>Aucune empreinte de mot de passe : %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n user(s) without a hash (written without a password; set one before running securityadmin): %1.</source>
        <translation>
            <numerusform>%n utilisateur sans empreinte (écrit sans mot de passe ; définissez-en un avant de lancer securityadmin) : %1.</numerusform>
            <numerusform>%n utilisateurs sans empreinte (écrits sans mot de passe ; définissez-en un avant de lancer securityadmin) : %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every user has a hash.</source>
        <translation>Chaque utilisateur a une empreinte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passwords the cluster only shows as &quot;******&quot; are placeholders in: %1; replace them before running securityadmin.</source>
        <translation>Les mots de passe que le cluster n&apos;affiche que sous la forme « ****** » sont des substituts dans : %1 ; remplacez-les avant de lancer securityadmin.</translation>
    </message>
</context>
<context>
    <name>FallbackSecretStore</name>
    <message>
        <location filename="../app/common/SecretStore.cpp" line="+154"/>
        <source>No keychain is available: the password is kept for this session only (%1).</source>
        <translation>Aucun trousseau disponible : le mot de passe n&apos;est conservé que pour cette session (%1).</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../app/cli/FileCommands.cpp" line="+46"/>
        <source>%1 is not a valid JSON Patch: %2</source>
        <translation>%1 n&apos;est pas un JSON Patch valide : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the patch does not apply: %1</source>
        <translation>le patch ne s&apos;applique pas : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written. The operations are numbered from 0 in %1.</source>
        <translation>Rien n&apos;a été écrit. Les opérations de %1 sont numérotées à partir de 0.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--%1 needs a whole number from 0 to 10000000, not &quot;%2&quot;</source>
        <translation>--%1 attend un nombre entier de 0 à 10000000, pas « %2 »</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>wrote %1 (%2 bytes): %3</source>
        <translation>%1 écrit (%2 octets) : %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--seed needs a whole number from 0 to 18446744073709551615, not &quot;%1&quot;</source>
        <translation>--seed attend un nombre entier de 0 à 18446744073709551615, pas « %1 »</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--mutate needs a percentage from 0 to 100, not &quot;%1&quot;</source>
        <translation>--mutate attend un pourcentage de 0 à 100, pas « %1 »</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>On files (no cluster)</source>
        <translation>Sur des fichiers (sans cluster)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON on one line instead of indented.</source>
        <translation>Afficher le JSON sur une ligne au lieu de l&apos;indenter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of %1 (default %2).</source>
        <translation>Nombre de %1 (%2 par défaut).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applies the RFC 6902 patch in the file PATCH to the JSON in the file DOC, atomically, and prints the result. On failure nothing is printed, the error names the operation (numbered from 0) and the reason, and the exit code is 1.</source>
        <translation>Applique de façon atomique le patch RFC 6902 du fichier PATCH au JSON du fichier DOC et affiche le résultat. En cas d&apos;échec, rien n&apos;est affiché, l&apos;erreur nomme l&apos;opération (numérotée à partir de 0) et la raison, et le code de sortie est 1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prints the RFC 6902 patch that turns the JSON in file A into the JSON in file B. With --summary, a readable list of changes instead; with --summary --json, that list as JSON: [{&quot;path&quot;, &quot;kind&quot;, &quot;old&quot;, &quot;new&quot;, &quot;type&quot;, &quot;entity&quot;}] (&quot;old&quot; is left out for additions, &quot;new&quot; for removals).</source>
        <translation>Affiche le patch RFC 6902 qui transforme le JSON du fichier A en celui du fichier B. Avec --summary, une liste lisible des modifications à la place ; avec --summary --json, cette liste en JSON : [{&quot;path&quot;, &quot;kind&quot;, &quot;old&quot;, &quot;new&quot;, &quot;type&quot;, &quot;entity&quot;}] (« old » est omis pour les ajouts, « new » pour les suppressions).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print a readable list of changes instead of a patch.</source>
        <translation>Afficher une liste lisible des modifications au lieu d&apos;un patch.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writes a realistic configuration document of that size to OUT as compact JSON, the same for the same seed. With --mutate, also writes OUT_B: a copy with about PCT % of its entities added, removed or edited.</source>
        <translation>Écrit dans OUT un document de configuration réaliste de cette taille en JSON compact, identique pour une même graine. Avec --mutate, écrit aussi OUT_B : une copie dont environ PCT % des entités sont ajoutées, supprimées ou modifiées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>internal users</source>
        <translation>utilisateurs internes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roles</source>
        <translation>rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role mappings</source>
        <translation>mappages de rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenants</source>
        <translation>tenants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action groups</source>
        <translation>groupes d&apos;actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the generator (default 1).</source>
        <translation>Graine du générateur (1 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write a copy with about PCT % of the entities changed.</source>
        <translation>Écrire aussi une copie dont environ PCT % des entités sont modifiées.</translation>
    </message>
</context>
<context>
    <name>FileSyncCommands</name>
    <message>
        <location filename="../app/cli/FileSyncCommands.cpp" line="+54"/>
        <source>versioning is off on this cluster</source>
        <translation>le versionnage est désactivé sur ce cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>the versions cannot be read: %1</source>
        <translation>les versions sont illisibles : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no version matches the live configuration (it changed since the newest version)</source>
        <translation>aucune version ne correspond à la configuration en direct (elle a changé depuis la version la plus récente)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warning: no password hash for %1: the file marks them; set a hash for each before using it with securityadmin.sh
</source>
        <translation>avertissement : aucune empreinte de mot de passe pour %1 : le fichier les signale ; définissez une empreinte pour chacun avant de l&apos;utiliser avec securityadmin.sh
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: %1 holds redacted secrets (&quot;******&quot;): set the real values before using the files with securityadmin.sh
</source>
        <translation>avertissement : %1 contient des secrets masqués (« ****** ») : définissez les vraies valeurs avant d&apos;utiliser les fichiers avec securityadmin.sh
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Password hashes come from version %1.
</source>
        <translation>Les empreintes de mot de passe viennent de la version %1.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>note: %1 is left out: %2
</source>
        <translation>remarque : %1 est omis : %2
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>version %1 cannot be read</source>
        <translation>la version %1 est illisible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>note: password hashes are not available: %1
</source>
        <translation>remarque : les empreintes de mot de passe ne sont pas disponibles : %1
</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>note: %1 is left alone: the cluster does not show it
</source>
        <translation>remarque : %1 est laissé tel quel : le cluster ne le montre pas
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Differences (+ only in the directory, - only on the cluster):
</source>
        <translation>Différences (+ seulement dans le répertoire, - seulement sur le cluster) :
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the directory and the cluster have no type in common</source>
        <translation>le répertoire et le cluster n&apos;ont aucun type en commun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>directory %1</source>
        <translation>le répertoire %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>warning: the patch holds redacted secrets (&quot;******&quot;), which would be stored literally if it were applied
</source>
        <translation>avertissement : le patch contient des secrets masqués (« ****** ») qui seraient enregistrés tels quels s&apos;il était appliqué
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>name either a directory or --with-profile NAME</source>
        <translation>indiquez soit un répertoire, soit --with-profile NAME</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>securityadmin files</source>
        <translation>fichiers securityadmin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writes the live configuration (or version ID) to DIR as securityadmin.sh YAML files (config.yml, roles.yml, ...), static entities left out. Password hashes come from the newest version that matches the live configuration (or from version ID); users without one are marked in the file and named on stderr.</source>
        <translation>Écrit la configuration en direct (ou la version ID) dans DIR en fichiers YAML securityadmin.sh (config.yml, roles.yml, ...), sans les entités statiques. Les empreintes de mot de passe viennent de la version la plus récente qui correspond à la configuration en direct (ou de la version ID) ; les utilisateurs sans empreinte sont signalés dans le fichier et nommés sur stderr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export this version instead of the live configuration</source>
        <translation>exporter cette version au lieu de la configuration en direct</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows how the securityadmin directory DIR differs from the live configuration and applies the difference as one patch through the safe-write pipeline. Entities missing from DIR are left alone unless --prune; nothing is overwritten wholesale.</source>
        <translation>Montre en quoi le répertoire securityadmin DIR diffère de la configuration en direct et applique la différence en un seul patch par le pipeline d&apos;écriture sûre. Les entités absentes de DIR sont laissées telles quelles sauf avec --prune ; rien n&apos;est écrasé en bloc.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>also remove entities that DIR does not hold</source>
        <translation>supprimer aussi les entités que DIR ne contient pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write without asking (required when stdin is not a terminal)</source>
        <translation>écrire sans demander (requis quand stdin n&apos;est pas un terminal)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The difference between the live configuration and a securityadmin directory or the cluster of another saved profile: a patch (entity by entity) that would turn the live configuration into the other side, or with --summary a list of the entities that differ.</source>
        <translation>La différence entre la configuration en direct et un répertoire securityadmin ou le cluster d&apos;un autre profil enregistré : un patch (entité par entité) qui transformerait la configuration en direct en l&apos;autre côté, ou avec --summary une liste des entités qui diffèrent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>compare with the cluster of this saved profile</source>
        <translation>comparer avec le cluster de ce profil enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the differing entities instead of printing a patch</source>
        <translation>lister les entités qui diffèrent au lieu d&apos;afficher un patch</translation>
    </message>
</context>
<context>
    <name>IndexMetadataFetch</name>
    <message>
        <location filename="../app/api/IndexMetadataFetch.cpp" line="+56"/>
        <source>no permission for %1 (403)</source>
        <translation>pas d&apos;autorisation pour %1 (403)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not available on this cluster (400)</source>
        <translation>%1 n&apos;est pas disponible sur ce cluster (400)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not implemented on this cluster (501)</source>
        <translation>%1 n&apos;est pas implémenté sur ce cluster (501)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 found none (404)</source>
        <translation>%1 n&apos;en a trouvé aucun (404)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>data streams unknown: %1</source>
        <translation>flux de données inconnus : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index metadata unavailable: %1</source>
        <translation>métadonnées d&apos;index indisponibles : %1</translation>
    </message>
</context>
<context>
    <name>IndexMetadataStore</name>
    <message>
        <location filename="../app/store/IndexMetadataStore.cpp" line="+7"/>
        <source>not read yet</source>
        <translation>pas encore lu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../app/models/JournalModel.cpp" line="+22"/>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially applied</source>
        <translation>Appliqué en partie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification failed</source>
        <translation>Échec de la vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Types: %1</source>
        <translation>Types : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../ui/views/journal/JournalView.cpp" line="+24"/>
        <source>Write journal</source>
        <translation>Journal des écritures</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+58"/>
        <source>One entry per write to a cluster, newest first. File: %1</source>
        <translation>Une entrée par écriture sur un cluster, la plus récente d&apos;abord. Fichier : %1</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select an entry to see it in full.</source>
        <translation>Sélectionnez une entrée pour la voir en entier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write journal entries</source>
        <translation>Entrées du journal des écritures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected journal entry</source>
        <translation>Entrée de journal sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the journal file again</source>
        <translation>Relire le fichier journal</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <location filename="../app/json/Json.cpp" line="+53"/>
        <source>the input</source>
        <translation>l&apos;entrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is empty, not JSON</source>
        <translation>%1 est vide, ce n&apos;est pas du JSON</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is not valid JSON: %2 at line %3, column %4</source>
        <translation>%1 n&apos;est pas du JSON valide : %2 à la ligne %3, colonne %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (it looks like an HTML or XML page)</source>
        <translation> (cela ressemble à une page HTML ou XML)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/json/JsonSource.cpp" line="+197"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>JsonDiff</name>
    <message numerus="yes">
        <location filename="../app/domain/ConfigChanges.cpp" line="-1"/>
        <source>%n change(s): </source>
        <translation>
            <numerusform>%n modification : </numerusform>
            <numerusform>%n modifications : </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonLineDiff</name>
    <message>
        <location filename="../app/json/JsonLineDiff.cpp" line="+118"/>
        <source>%1 (added)</source>
        <translation>%1 (ajouté)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (removed)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (changed)</source>
        <translation>%1 (modifié)</translation>
    </message>
</context>
<context>
    <name>JsonPatch</name>
    <message>
        <location filename="../app/json/JsonPatch.cpp" line="+13"/>
        <source>the document root</source>
        <translation>la racine du document</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+122"/>
        <source>%1 has no member &quot;%2&quot;</source>
        <translation>%1 n&apos;a pas de membre « %2 »</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&quot;-&quot; names the end of the array at %1, not an element</source>
        <translation>« - » désigne la fin du tableau à %1, pas un élément</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an array index (digits only, no leading zero) for the array at %2</source>
        <translation>« %1 » n&apos;est pas un indice de tableau (chiffres seulement, sans zéro initial) pour le tableau à %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+68"/>
        <location line="+50"/>
        <source>index %1 is out of range: the array at %2 has %n element(s)</source>
        <translation>
            <numerusform>l&apos;indice %1 est hors limites : le tableau à %2 a %n élément</numerusform>
            <numerusform>l&apos;indice %1 est hors limites : le tableau à %2 a %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+117"/>
        <source>%1 is a %2, which has no members</source>
        <translation>%1 est un %2, qui n&apos;a pas de membres</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>&quot;%1&quot; is not an array index (digits only, no leading zero, or &quot;-&quot; for the end) for the array at %2</source>
        <translation>« %1 » n&apos;est pas un indice de tableau (chiffres seulement, sans zéro initial, ou « - » pour la fin) pour le tableau à %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is a %2: it cannot have members</source>
        <translation>%1 est un %2 : il ne peut pas avoir de membres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the document root cannot be removed</source>
        <translation>la racine du document ne peut pas être supprimée</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not an element index (digits only, no leading zero) for the array at %2</source>
        <translation>« %1 » n&apos;est pas un indice d&apos;élément (chiffres seulement, sans zéro initial) pour le tableau à %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 cannot be moved into itself (%2)</source>
        <translation>%1 ne peut pas être déplacé dans lui-même (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot move from %1: %2</source>
        <translation>impossible de déplacer depuis %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot copy from %1: %2</source>
        <translation>impossible de copier depuis %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>test failed: %1 is %2, expected %3</source>
        <translation>échec du test : %1 vaut %2, attendu %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the document</source>
        <translation>le document</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown operation</source>
        <translation>opération inconnue</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>the patch is not valid: %1</source>
        <translation>le patch n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>operation %1: %2</source>
        <translation>opération %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operation %1 (%2): %3</source>
        <translation>opération %1 (%2) : %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a JSON Patch is an array of operations, not a %1</source>
        <translation>un JSON Patch est un tableau d&apos;opérations, pas un %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an operation must be an object, not a %1</source>
        <translation>une opération doit être un objet, pas un %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the member &quot;op&quot; is missing or not a string</source>
        <translation>le membre « op » est absent ou n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown op &quot;%1&quot; (expected add, remove, replace, move, copy or test)</source>
        <translation>op inconnue « %1 » (attendu add, remove, replace, move, copy ou test)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the member &quot;path&quot; is missing or not a string</source>
        <translation>le membre « path » est absent ou n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the member &quot;from&quot; is missing or not a string</source>
        <translation>le membre « from » est absent ou n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the member &quot;value&quot; is missing</source>
        <translation>le membre « value » est absent</translation>
    </message>
</context>
<context>
    <name>JsonPointer</name>
    <message>
        <location filename="../app/json/JsonPointer.cpp" line="+13"/>
        <source>the document root</source>
        <translation>la racine du document</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a JSON pointer: it must be empty or start with &apos;/&apos;</source>
        <translation>« %1 » n&apos;est pas un pointeur JSON : il doit être vide ou commencer par « / »</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is not a JSON pointer: bad escape in token %2 (&apos;~&apos; must be followed by 0 or 1)</source>
        <translation>« %1 » n&apos;est pas un pointeur JSON : échappement invalide dans le jeton %2 (« ~ » doit être suivi de 0 ou 1)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1 does not exist: %2 has no member &quot;%3&quot;</source>
        <translation>%1 n&apos;existe pas : %2 n&apos;a pas de membre « %3 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not exist: &quot;-&quot; names the end of the array at %2, not an element</source>
        <translation>%1 n&apos;existe pas : « - » désigne la fin du tableau à %2, pas un élément</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;%2&quot; is not an array index (digits only, no leading zero) for the array at %3</source>
        <translation>%1 : « %2 » n&apos;est pas un indice de tableau (chiffres seulement, sans zéro initial) pour le tableau à %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 does not exist: index %2 is out of range, the array at %3 has %n element(s)</source>
        <translation>
            <numerusform>%1 n&apos;existe pas : l&apos;indice %2 est hors limites, le tableau à %3 a %n élément</numerusform>
            <numerusform>%1 n&apos;existe pas : l&apos;indice %2 est hors limites, le tableau à %3 a %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not exist: %2 is a %3, which has no members</source>
        <translation>%1 n&apos;existe pas : %2 est un %3, qui n&apos;a pas de membres</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../app/common/KeychainSecretStore.cpp" line="+16"/>
        <source>The keychain holds no secret for %1.</source>
        <translation>Le trousseau ne contient aucun secret pour %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain failed: %1</source>
        <translation>Le trousseau a échoué : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused access: %1</source>
        <translation>Le trousseau a refusé l&apos;accès : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain could not delete the secret: %1</source>
        <translation>Le trousseau n&apos;a pas pu supprimer le secret : %1</translation>
    </message>
</context>
<context>
    <name>LintDeltaTree</name>
    <message>
        <location filename="../ui/views/problems/LintDeltaTree.cpp" line="+17"/>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems the change introduces and resolves</source>
        <translation>Problèmes que la modification introduit et résout</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Introduced by this change (%1)</source>
        <translation>Introduits par cette modification (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved by this change (%1)</source>
        <translation>Résolus par cette modification (%1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No new findings.</source>
        <translation>Aucun nouveau constat.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>✖ This change introduces %n problem(s), %1 of them critical.</source>
        <translation>
            <numerusform>✖ Cette modification introduit %n problème, dont %1 critique.</numerusform>
            <numerusform>✖ Cette modification introduit %n problèmes, dont %1 critiques.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>⚠ This change introduces %n problem(s).</source>
        <translation>
            <numerusform>⚠ Cette modification introduit %n problème.</numerusform>
            <numerusform>⚠ Cette modification introduit %n problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It resolves %n problem(s).</source>
        <translation>
            <numerusform>Elle résout %n problème.</numerusform>
            <numerusform>Elle résout %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems (+%1 / −%2)</source>
        <translation>Problèmes (+%1 / −%2)</translation>
    </message>
</context>
<context>
    <name>ListenersView</name>
    <message>
        <location filename="../ui/views/admin/ListenersView.cpp" line="+43"/>
        <location line="+9"/>
        <source>Auth failure listeners</source>
        <translation>Écouteurs d&apos;échecs d&apos;authentification</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Listeners block clients (by IP address or user name) after too many failed logins. Changes go through the write confirmation and are checked by reading back.</source>
        <translation>Les écouteurs bloquent les clients (par adresse IP ou nom d&apos;utilisateur) après trop d&apos;échecs de connexion. Les modifications passent par la confirmation d&apos;écriture et sont vérifiées par relecture.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
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
        <translation>Essais autorisés</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Time window (s)</source>
        <translation>Fenêtre de temps (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block expiry (s)</source>
        <translation>Durée du blocage (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max blocked</source>
        <translation>Max. bloqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max tracked</source>
        <translation>Max. suivis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listener</source>
        <translation>Écouteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listener name</source>
        <translation>Nom de l&apos;écouteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listener type</source>
        <translation>Type de l&apos;écouteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ip: block client addresses</source>
        <translation>ip : bloquer les adresses des clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>username: block user names</source>
        <translation>username : bloquer les noms d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication backend</source>
        <translation>Backend d&apos;authentification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignored hosts</source>
        <translation>Hôtes ignorés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated addresses or host names never blocked</source>
        <translation>adresses ou noms d&apos;hôte jamais bloqués, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time window in seconds</source>
        <translation>Fenêtre de temps en secondes</translation>
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
        <translation>Durée du blocage en secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max blocked clients</source>
        <translation>Max. de clients bloqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max tracked clients</source>
        <translation>Max. de clients suivis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication &amp;backend:</source>
        <translation>&amp;Backend d&apos;authentification :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ignored hosts:</source>
        <translation>Hôtes &amp;ignorés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed t&amp;ries:</source>
        <translation>Essais auto&amp;risés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;window:</source>
        <translation>Fenêtre de &amp;temps :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block e&amp;xpiry:</source>
        <translation>Durée du blocage (e&amp;xpiration) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max b&amp;locked clients:</source>
        <translation>Max. de c&amp;lients bloqués :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max trac&amp;ked clients:</source>
        <translation>Max. de clients suivis (trac&amp;king) :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;ew</source>
        <translation>N&amp;ouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New listener</source>
        <translation>Nouvel écouteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete listener</source>
        <translation>Supprimer l&apos;écouteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send listener</source>
        <translation>Envoyer l&apos;écouteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>(none: ip listeners take no backend)</source>
        <translation>(aucun : les écouteurs ip n&apos;ont pas de backend)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Reading the auth failure listeners (GET api/authfailurelisteners)</source>
        <translation>Lecture des écouteurs d&apos;échecs d&apos;authentification (GET api/authfailurelisteners)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+5"/>
        <source>Listener %1 cannot be sent: %2</source>
        <translation>L&apos;écouteur %1 ne peut pas être envoyé : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listener %1 cannot be deleted: %2</source>
        <translation>L&apos;écouteur %1 ne peut pas être supprimé : %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+161"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the &amp;sandbox</source>
        <translation>Essayer le &amp;bac à sable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SecDesk</source>
        <translation>À &amp;propos de SecDesk</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;h1&gt;SecDesk&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;SecDesk&lt;/h1&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Manage the OpenSearch Security plugin&apos;s configuration:&lt;br&gt;browse it, change it with previewed JSON patches,&lt;br&gt;compare versions and roll back.&lt;/p&gt;&lt;p&gt;No cluster is connected yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gérez la configuration du plugin OpenSearch Security :&lt;br&gt;parcourez-la, modifiez-la par des patchs JSON prévisualisés,&lt;br&gt;comparez les versions et revenez en arrière.&lt;/p&gt;&lt;p&gt;Aucun cluster n&apos;est encore connecté.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Try the sandbox</source>
        <translation>Essayer le bac à sable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a local emulation of the Security API with a demo configuration, and connect</source>
        <translation>Démarrer une émulation locale de l&apos;API Security avec une configuration de démonstration, et s&apos;y connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a cluster…</source>
        <translation>Ajouter un cluster…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the address and credentials of a cluster, and connect</source>
        <translation>Enregistrer l&apos;adresse et les identifiants d&apos;un cluster, et s&apos;y connecter</translation>
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
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the configuration…</source>
        <translation>Lecture de la configuration…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (roles: %2)</source>
        <translation>%1 (rôles : %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>read at %1</source>
        <translation>lu à %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Patch editor</source>
        <translation>Éditeur de patch</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>&amp;Patch</source>
        <translation>&amp;Patch</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>About SecDesk</source>
        <translation>À propos de SecDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;SecDesk %1&lt;/h3&gt;&lt;p&gt;Administration of the OpenSearch Security plugin&apos;s configuration: browse it, change it through a change plan, compare versions, roll back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SecDesk %1&lt;/h3&gt;&lt;p&gt;Administration de la configuration du plugin Security d&apos;OpenSearch : la parcourir, la modifier par un plan de modifications, comparer des versions, revenir en arrière.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;&lt;p&gt;Licence: %3.&lt;/p&gt;&lt;p&gt;Qt is used under the GNU Lesser General Public License v3; yaml-cpp under the MIT licence; QtKeychain under the BSD 3-clause licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Compilé avec Qt %1, exécuté avec Qt %2.&lt;/p&gt;&lt;p&gt;Licence : %3.&lt;/p&gt;&lt;p&gt;Qt est utilisé sous la GNU Lesser General Public License v3 ; yaml-cpp sous la licence MIT ; QtKeychain sous la licence BSD à 3 clauses.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Version timeline</source>
        <translation>Chronologie des versions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version &amp;timeline</source>
        <translation>&amp;Chronologie des versions</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Upgrade assistant</source>
        <translation>Assistant de mise à niveau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Upgrade assistant</source>
        <translation>Assistant de mise à &amp;niveau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Problems</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Connect first: node settings are kept per connection.</source>
        <translation>Connectez-vous d&apos;abord : les réglages des nœuds sont gardés par connexion.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who can</source>
        <translation>Qui peut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective permissions</source>
        <translation>Permissions effectives</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Explain access</source>
        <translation>&amp;Expliquer l&apos;accès</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Who can access</source>
        <translation>&amp;Qui a accès</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Written to the cluster and verified: %1</source>
        <translation>Écrit dans le cluster et vérifié : %1</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../app/common/SecretStore.cpp" line="-105"/>
        <source>No secret is stored for %1.</source>
        <translation>Aucun secret n&apos;est enregistré pour %1.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/widgets/MessageBar.cpp" line="+24"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>NetworkTransport</name>
    <message>
        <location filename="../app/api/TlsFailure.cpp" line="+9"/>
        <source>the certificate is not for this host name</source>
        <translation>le certificat n&apos;est pas pour ce nom d&apos;hôte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the certificate is not signed by a trusted authority (%1)</source>
        <translation>le certificat n&apos;est pas signé par une autorité de confiance (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the certificate has expired</source>
        <translation>le certificat a expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate is not valid yet</source>
        <translation>le certificat n&apos;est pas encore valide</translation>
    </message>
    <message>
        <location filename="../app/api/NetworkTransport.cpp" line="+116"/>
        <source>the server redirected to another address, which SecDesk does not follow with your credentials (%1)</source>
        <translation>le serveur a redirigé vers une autre adresse, que SecDesk ne suit pas avec vos identifiants (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the response was cut off (%1)</source>
        <translation>la réponse a été tronquée (%1)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the CA file %1 cannot be read or holds no PEM certificate</source>
        <translation>le fichier d&apos;AC %1 est illisible ou ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a client certificate needs both the certificate file and the key file</source>
        <translation>un certificat client exige à la fois le fichier du certificat et celui de la clé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the client certificate %1 cannot be read or is not a PEM certificate</source>
        <translation>le certificat client %1 est illisible ou n&apos;est pas un certificat PEM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the client key %1 cannot be read: %2</source>
        <translation>la clé client %1 est illisible : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the client key %1 cannot be used: it is not a PEM private key, or the passphrase is wrong</source>
        <translation>la clé client %1 est inutilisable : ce n&apos;est pas une clé privée PEM, ou la phrase secrète est erronée</translation>
    </message>
    <message>
        <location filename="../app/api/HttpExchange.cpp" line="+87"/>
        <source>&quot;%1&quot; is not an http(s) address</source>
        <translation>« %1 » n&apos;est pas une adresse http(s)</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>the server answered HTTP %1 %2, a redirect; SecDesk sends a change only once, so it did not follow it</source>
        <translation>le serveur a répondu HTTP %1 %2, une redirection ; SecDesk n&apos;envoie une modification qu&apos;une seule fois, il ne l&apos;a donc pas suivie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server answered HTTP %1 %2, a redirect to %3; SecDesk sends a change only once, so it did not follow it</source>
        <translation>le serveur a répondu HTTP %1 %2, une redirection vers %3 ; SecDesk n&apos;envoie une modification qu&apos;une seule fois, il ne l&apos;a donc pas suivie</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&quot;%1&quot; is not an HTTP method</source>
        <translation>« %1 » n&apos;est pas une méthode HTTP</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the request header &quot;%1&quot; cannot be sent: its name or value is malformed</source>
        <translation>l&apos;en-tête de requête « %1 » ne peut pas être envoyé : son nom ou sa valeur est mal formé</translation>
    </message>
    <message>
        <location filename="../app/api/HttpResponseParser.cpp" line="+62"/>
        <source>the server switched protocols (HTTP 101), which SecDesk did not ask for</source>
        <translation>le serveur a changé de protocole (HTTP 101), ce que SecDesk n&apos;a pas demandé</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a chunk of the response has no valid size (&quot;%1&quot;)</source>
        <translation>un segment (chunk) de la réponse n&apos;a pas de taille valide (« %1 »)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+184"/>
        <location line="+19"/>
        <source>the response body is larger than %1, more than SecDesk accepts</source>
        <translation>le corps de la réponse dépasse %1, plus que ce que SecDesk accepte</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>a chunk of the response is longer than its declared size</source>
        <translation>un segment (chunk) de la réponse est plus long que sa taille déclarée</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the response was cut off after %1 of the %2 bytes of its body</source>
        <translation>la réponse a été tronquée après %1 des %2 octets de son corps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the connection was closed before a response arrived</source>
        <translation>la connexion a été fermée avant l&apos;arrivée d&apos;une réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection was closed in the middle of the response&apos;s headers</source>
        <translation>la connexion a été fermée au milieu des en-têtes de la réponse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the response was cut off after %1 bytes of its chunked body</source>
        <translation>la réponse a été tronquée après %1 octets de son corps découpé en segments (chunked)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the response headers are larger than %1, more than SecDesk accepts</source>
        <translation>les en-têtes de la réponse dépassent %1, plus que ce que SecDesk accepte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a chunk of the response has an overlong size line</source>
        <translation>un segment (chunk) de la réponse a une ligne de taille trop longue</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the server did not answer with HTTP/1.x (it sent &quot;%1&quot;)</source>
        <translation>le serveur n&apos;a pas répondu en HTTP/1.x (il a envoyé « %1 »)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the response&apos;s status line is not valid (&quot;%1&quot;)</source>
        <translation>la ligne d&apos;état de la réponse n&apos;est pas valide (« %1 »)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the response&apos;s headers begin with a continuation line</source>
        <translation>les en-têtes de la réponse commencent par une ligne de continuation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the response has a malformed header line (&quot;%1&quot;)</source>
        <translation>la réponse a une ligne d&apos;en-tête mal formée (« %1 »)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the response is encoded with &quot;%1&quot;, which SecDesk did not ask for and cannot decode</source>
        <translation>la réponse est encodée en « %1 », ce que SecDesk n&apos;a pas demandé et ne sait pas décoder</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the response uses the transfer coding &quot;%1&quot;, which SecDesk cannot decode</source>
        <translation>la réponse utilise le codage de transfert « %1 », que SecDesk ne sait pas décoder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the response&apos;s Content-Length is not valid (&quot;%1&quot;)</source>
        <translation>le Content-Length de la réponse n&apos;est pas valide (« %1 »)</translation>
    </message>
</context>
<context>
    <name>NodeSettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/NodeSettingsDialog.cpp" line="+20"/>
        <source>Node settings of %1</source>
        <translation>Réglages des nœuds de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node settings (opensearch.yml) that change how the Security plugin decides access. The REST API does not show them: give those your nodes set, as a flat JSON object such as {&quot;plugins.security.system_indices.enabled&quot;: true}. The others stay at the plugin&apos;s defaults. Access evaluation, access changes and lint on this connection assume them.</source>
        <translation>Les réglages des nœuds (opensearch.yml) qui changent la façon dont le plugin Security décide de l&apos;accès. L&apos;API REST ne les montre pas : indiquez ceux que vos nœuds définissent, en objet JSON plat comme {&quot;plugins.security.system_indices.enabled&quot;: true}. Les autres gardent les valeurs par défaut du plugin. L&apos;évaluation d&apos;accès, les changements d&apos;accès et le lint de cette connexion les supposent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Node settings as JSON</source>
        <translation>Réglages des nœuds en JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{} (the plugin&apos;s defaults)</source>
        <translation>{} (les valeurs par défaut du plugin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known settings:
%1</source>
        <translation>Réglages connus :
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings:</source>
        <translation>&amp;Réglages :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Defaults</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the text: the plugin&apos;s defaults for every setting</source>
        <translation>Vider le texte : les valeurs par défaut du plugin pour chaque réglage</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not JSON: %1</source>
        <translation>Pas du JSON : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings must be a JSON object of setting names and values.</source>
        <translation>Les réglages doivent être un objet JSON de noms et de valeurs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a setting that changes access decisions (hover over the field for those that do).</source>
        <translation>%1 n&apos;est pas un réglage qui change les décisions d&apos;accès (l&apos;info-bulle du champ nomme ceux qui le font).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the plugin knows MAPPING_ONLY, BACKENDROLES_ONLY and BOTH, and takes anything else as MAPPING_ONLY.</source>
        <translation>%1 : le plugin connaît MAPPING_ONLY, BACKENDROLES_ONLY et BOTH, et prend toute autre valeur pour MAPPING_ONLY.</translation>
    </message>
</context>
<context>
    <name>PatchCommands</name>
    <message numerus="yes">
        <location filename="../ui/commands/PatchCommands.cpp" line="+23"/>
        <source>Delete %n operation(s)</source>
        <translation>
            <numerusform>Supprimer %n opération</numerusform>
            <numerusform>Supprimer %n opérations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit operation %1</source>
        <translation>Modifier l&apos;opération %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move operation %1</source>
        <translation>Déplacer l&apos;opération %1</translation>
    </message>
</context>
<context>
    <name>PatchDraftStore</name>
    <message>
        <location filename="../app/store/PatchDraftStore.cpp" line="+85"/>
        <source>Cannot create the drafts folder %1</source>
        <translation>Impossible de créer le dossier des brouillons %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Cannot write the draft %1</source>
        <translation>Impossible d&apos;écrire le brouillon %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the draft %1</source>
        <translation>Impossible de lire le brouillon %1</translation>
    </message>
</context>
<context>
    <name>PatchEditorView</name>
    <message>
        <location filename="../ui/views/patcheditor/PatchEditorView.cpp" line="+68"/>
        <source>%1 — invalid: %2</source>
        <translation>%1 — invalide : %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Append instead</source>
        <translation>Ajouter à la fin à la place</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+410"/>
        <source>Send the patch to the cluster, after a final check</source>
        <translation>Envoyer le patch au cluster, après une dernière vérification</translation>
    </message>
    <message>
        <location line="-404"/>
        <source>Patch actions</source>
        <translation>Actions du patch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch operations</source>
        <translation>Opérations du patch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch as JSON text</source>
        <translation>Patch en texte JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems the patch introduces</source>
        <translation>Problèmes introduits par le correctif</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n operation(s).</source>
        <translation>
            <numerusform>%n opération.</numerusform>
            <numerusform>%n opérations.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Replace this operation by appends of the new elements at &quot;/-&quot;</source>
        <translation>Remplacer cette opération par des ajouts des nouveaux éléments à « /- »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Append instead of replace</source>
        <translation>Ajouter à la fin au lieu de remplacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+69"/>
        <source>Add operation</source>
        <translation>Ajouter une opération</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Current configuration</source>
        <translation>Configuration actuelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After the patch</source>
        <translation>Après le patch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed paths</source>
        <translation>Chemins modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Resulting entities</source>
        <translation>Entités résultantes</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Problems the patch introduces or resolves</source>
        <translation>Problèmes introduits ou résolus par le correctif</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+118"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The patch is being checked; its problems follow.</source>
        <translation>Le correctif est en cours de vérification ; ses problèmes suivront.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems are looked for once every operation applies.</source>
        <translation>Les problèmes sont recherchés dès que chaque opération s’applique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the patch for configuration problems…</source>
        <translation>Recherche de problèmes de configuration dans le correctif…</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Restored the unsent patch draft (%n operation(s)). Drafts never keep passwords or hashes: type them again in operation(s) %1.</source>
        <translation>
            <numerusform>Le brouillon de patch non envoyé a été restauré (%n opération). Les brouillons ne conservent jamais les mots de passe ni les empreintes : saisissez-les à nouveau dans l&apos;opération %1.</numerusform>
            <numerusform>Le brouillon de patch non envoyé a été restauré (%n opérations). Les brouillons ne conservent jamais les mots de passe ni les empreintes : saisissez-les à nouveau dans l&apos;opération ou les opérations %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Restored the unsent patch draft (%n operation(s)).</source>
        <translation>
            <numerusform>Le brouillon de patch non envoyé a été restauré (%n opération).</numerusform>
            <numerusform>Le brouillon de patch non envoyé a été restauré (%n opérations).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The restored draft is not a valid patch: %1</source>
        <translation>Le brouillon restauré n&apos;est pas un patch valide : %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Invalid here: %1</source>
        <translation>Invalide ici : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The patch is being checked; Send waits for the result</source>
        <translation>Le patch est en cours de vérification ; l&apos;envoi attend le résultat</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+175"/>
        <source>%n operation(s) cannot be applied; fix them first.</source>
        <translation>
            <numerusform>%n opération ne peut pas être appliquée ; corrigez-la d&apos;abord.</numerusform>
            <numerusform>%n opérations ne peuvent pas être appliquées ; corrigez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Fix the raw JSON first: %1</source>
        <translation>Corrigez d&apos;abord le JSON brut : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the raw JSON</source>
        <translation>Modifier le JSON brut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a JSON patch</source>
        <translation>%1 n&apos;est pas un JSON Patch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fix is not a JSON patch</source>
        <translation>La correction n&apos;est pas un patch JSON</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save %1</source>
        <translation>Impossible d&apos;enregistrer %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the patch to %1.</source>
        <translation>Patch enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Operation %1 has edits in the form that were not applied, and they are not valid: %2. Fix them (or select the operation again to drop them) before sending.</source>
        <translation>L&apos;opération %1 a dans le formulaire des modifications qui n&apos;ont pas été appliquées et ne sont pas valides : %2. Corrigez-les (ou sélectionnez à nouveau l&apos;opération pour les abandonner) avant l&apos;envoi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applied your edit of operation %1 before sending.</source>
        <translation>Votre modification de l&apos;opération %1 a été appliquée avant l&apos;envoi.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The patch cannot be sent: %1</source>
        <translation>Le patch ne peut pas être envoyé : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clear the sent patch</source>
        <translation>Vider le patch envoyé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The patch was sent and cleared from the editor (Undo brings it back).</source>
        <translation>Le patch a été envoyé et retiré de l&apos;éditeur (Annuler le rétablit).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part of this patch is on the cluster (see the write&apos;s report). It stays here so that you can restore or fix it: sending it again repeats the applied part.</source>
        <translation>Une partie de ce patch est sur le cluster (voir le rapport de l&apos;écriture). Le patch reste ici pour que vous puissiez restaurer l&apos;état précédent ou le corriger : le renvoyer répète la partie appliquée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a JSON patch</source>
        <translation>Ouvrir un JSON Patch</translation>
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
        <translation>Enregistrer le JSON Patch</translation>
    </message>
</context>
<context>
    <name>PatchGuards</name>
    <message>
        <location filename="../app/domain/PatchGuards.cpp" line="+40"/>
        <source>&quot;%1&quot; is static: the server refuses changes to it from anyone but an admin, and even an admin&apos;s change is overridden on the next load.</source>
        <translation>« %1 » est statique : le serveur refuse toute modification sauf d&apos;un administrateur, et même celle d&apos;un administrateur est écrasée au prochain chargement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is reserved: the server refuses changes to it from anyone but a REST admin (403 &quot;Resource is reserved&quot;).</source>
        <translation>« %1 » est réservé : le serveur refuse toute modification sauf d&apos;un administrateur REST (403 &quot;Resource is reserved&quot;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is hidden: for anyone but an admin the server answers that it is not available (404).</source>
        <translation>« %1 » est masqué : à quiconque n&apos;est pas administrateur, le serveur répond qu&apos;il n&apos;est pas disponible (404).</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>&quot;add&quot; on the existing member %1 replaces the whole array (%n element(s) now); to append an element, add at %1/- instead.</source>
        <translation>
            <numerusform>« add » sur le membre existant %1 remplace tout le tableau (%n élément actuellement) ; pour ajouter un élément à la fin, ajoutez plutôt à %1/-.</numerusform>
            <numerusform>« add » sur le membre existant %1 remplace tout le tableau (%n éléments actuellement) ; pour ajouter un élément à la fin, ajoutez plutôt à %1/-.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server never accepts the key &quot;static&quot;, and accepts &quot;reserved&quot; and &quot;hidden&quot; only from an admin.</source>
        <translation>Le serveur n&apos;accepte jamais la clé « static », et n&apos;accepte « reserved » et « hidden » que d&apos;un administrateur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The _meta member must not be patched: the server refuses the change or fails.</source>
        <translation>Le membre _meta ne doit pas être modifié par patch : le serveur refuse la modification ou échoue.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>This removes your own user %1: you could no longer log in, nor undo this change.</source>
        <translation>Ceci supprime votre propre utilisateur %1 : vous ne pourriez plus vous connecter, ni annuler cette modification.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>You (%1) would lose %2, the role(s) that give you access to the security REST API: you could not undo this change yourself.</source>
        <translation>
            <numerusform>Vous (%1) perdriez %2, le rôle qui vous donne accès à l&apos;API REST de sécurité : vous ne pourriez pas annuler cette modification vous-même.</numerusform>
            <numerusform>Vous (%1) perdriez %2, les rôles qui vous donnent accès à l&apos;API REST de sécurité : vous ne pourriez pas annuler cette modification vous-même.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>You (%1) would lose the role(s) %2 you hold now; another role still gives you access to the security REST API.</source>
        <translation>
            <numerusform>Vous (%1) perdriez le rôle %2 que vous détenez actuellement ; un autre rôle vous donne toujours accès à l&apos;API REST de sécurité.</numerusform>
            <numerusform>Vous (%1) perdriez les rôles %2 que vous détenez actuellement ; un autre rôle vous donne toujours accès à l&apos;API REST de sécurité.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This removes the Dashboards server user %1: OpenSearch Dashboards would stop working.</source>
        <translation>Ceci supprime l&apos;utilisateur serveur de Dashboards %1 : OpenSearch Dashboards cesserait de fonctionner.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Dashboards server user %1 would lose %2: OpenSearch Dashboards would stop working.</source>
        <translation>L&apos;utilisateur serveur de Dashboards %1 perdrait %2 : OpenSearch Dashboards cesserait de fonctionner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Dashboards server user %1 would lose %2, which it holds now.</source>
        <translation>L&apos;utilisateur serveur de Dashboards %1 perdrait %2, qu&apos;il détient actuellement.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Lockout: %1</source>
        <translation>Perte d&apos;accès : %1</translation>
    </message>
</context>
<context>
    <name>PatchModel</name>
    <message>
        <location filename="../app/models/PatchModel.cpp" line="+110"/>
        <source>the patch</source>
        <translation>le patch</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the configuration must stay an object</source>
        <translation>la configuration doit rester un objet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds &quot;******&quot; instead of the secret (drafts never keep secrets): type it again</source>
        <translation>%1 contient « ****** » au lieu du secret (les brouillons ne conservent jamais les secrets) : saisissez-le à nouveau</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Invalid: %1</source>
        <translation>Invalide : %1</translation>
    </message>
</context>
<context>
    <name>PatchOperationForm</name>
    <message>
        <location filename="../ui/views/patcheditor/PatchOperationForm.cpp" line="+23"/>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add as new</source>
        <translation>Ajouter comme nouvelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to selected</source>
        <translation>Appliquer à la sélection</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>/roles/my_role/cluster_permissions/-</source>
        <translation>/roles/my_role/cluster_permissions/-</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>JSON, e.g. &quot;text&quot;, 42, [&quot;a&quot;] or {&quot;k&quot;: true}</source>
        <translation>JSON, p. ex. &quot;text&quot;, 42, [&quot;a&quot;] ou {&quot;k&quot;: true}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Op:</source>
        <translation>Op :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path:</source>
        <translation>Chemin :</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Path: %1</source>
        <translation>Chemin : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value: enter a JSON value</source>
        <translation>Valeur : saisissez une valeur JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the value</source>
        <translation>la valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value: %1</source>
        <translation>Valeur : %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Valid JSON Patch operation.</source>
        <translation>Opération JSON Patch valide.</translation>
    </message>
</context>
<context>
    <name>PermissionEntryList</name>
    <message>
        <location filename="../ui/views/forms/PermissionEntryList.cpp" line="+17"/>
        <source>Add entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove entry</source>
        <translation>Retirer l’entrée</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>(no pattern)</source>
        <translation>(aucun motif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no action)</source>
        <translation>(aucune action)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/PreferencesDialog.cpp" line="+18"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new language takes effect after a restart of SecDesk.</source>
        <translation>Une nouvelle langue prend effet après un redémarrage de SecDesk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../app/models/ProblemsModel.cpp" line="+47"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fix is offered (Fix…).</source>
        <translation>Une correction est proposée (Corriger…).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../ui/views/problems/ProblemsView.cpp" line="+58"/>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the severity</source>
        <translation>Afficher la gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the rule</source>
        <translation>Afficher la règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rule:</source>
        <translation>&amp;Règle :</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+43"/>
        <source>&amp;Fix…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+267"/>
        <source>Open the finding&apos;s fix in the patch editor, to review it and send it from there</source>
        <translation>Ouvrir la correction du constat dans l&apos;éditeur de patch, pour la vérifier et l&apos;envoyer de là</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>&amp;Disabled rules</source>
        <translation>Règles &amp;désactivées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled rules</source>
        <translation>Règles désactivées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules switched off for this connection; choose one to turn it on again</source>
        <translation>Les règles désactivées pour cette connexion ; en choisir une pour la réactiver</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+203"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Select all problems</source>
        <translation>Sélectionner tous les problèmes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Go to entity</source>
        <translation>&amp;Aller à l&apos;entité</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
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
            <numerusform>%n problème : %1</numerusform>
            <numerusform>%n problèmes : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the configuration…</source>
        <translation>Vérification de la configuration…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems (checking…)</source>
        <translation>Problèmes (vérification…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No configuration is loaded.</source>
        <translation>Aucune configuration n&apos;est chargée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems (%1, %2 critical)</source>
        <translation>Problèmes (%1, dont %2 critiques)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n rule(s) disabled for this connection.</source>
        <translation>
            <numerusform>%n règle désactivée pour cette connexion.</numerusform>
            <numerusform>%n règles désactivées pour cette connexion.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All rules</source>
        <translation>Toutes les règles</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Disable the rule %1 for this connection</source>
        <translation>&amp;Désactiver la règle %1 pour cette connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable the rule for this connection</source>
        <translation>&amp;Désactiver la règle pour cette connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a finding that offers a fix</source>
        <translation>Sélectionner un constat qui propose une correction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This finding offers no fix</source>
        <translation>Ce constat ne propose pas de correction</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fix %1 (%2)</source>
        <translation>Corriger %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Turn on %1 (%2)</source>
        <translation>Réactiver %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn on %1</source>
        <translation>Réactiver %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn them all on</source>
        <translation>Toutes les réactiver</translation>
    </message>
</context>
<context>
    <name>ProfileMenu</name>
    <message>
        <location filename="../ui/mainwindow/ProfileMenu.cpp" line="+26"/>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Cluster…</source>
        <translation>&amp;Ajouter un cluster…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove Profile…</source>
        <translation>&amp;Supprimer le profil…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Saved connections&lt;/b&gt; (Enter connects)</source>
        <translation>&lt;b&gt;Connexions enregistrées&lt;/b&gt; (Entrée pour se connecter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter connects to the selected cluster</source>
        <translation>Entrée connecte au cluster sélectionné</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The password of the connection &quot;%1&quot; cannot be read: %2</source>
        <translation>Le mot de passe de la connexion « %1 » est illisible : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available, so passwords are kept only until SecDesk quits: choose Connection › Edit Profile to enter the password of &quot;%1&quot;.</source>
        <translation>Aucun trousseau disponible, les mots de passe ne sont donc conservés que jusqu&apos;à la fermeture de SecDesk : choisissez Connexion › Modifier le profil pour saisir le mot de passe de « %1 ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password is saved for the connection &quot;%1&quot;: choose Connection › Edit Profile to enter it.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour la connexion « %1 » : choisissez Connexion › Modifier le profil pour le saisir.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Remove Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the connection &quot;%1&quot; and its saved password?</source>
        <translation>Supprimer la connexion « %1 » et son mot de passe enregistré ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/store/ProfileStore.cpp" line="+85"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Un profil nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The profile was saved, but not its secrets: %1</source>
        <translation>Le profil a été enregistré, mais pas ses secrets : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available: the password is kept for this session only.</source>
        <translation>Aucun trousseau disponible : le mot de passe n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No profile is named &quot;%1&quot;: no profile is saved yet.</source>
        <translation>Aucun profil ne s&apos;appelle « %1 » : aucun profil n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No profile is named &quot;%1&quot;. Saved profiles: %2.</source>
        <translation>Aucun profil ne s&apos;appelle « %1 ». Profils enregistrés : %2.</translation>
    </message>
</context>
<context>
    <name>ReplaceConfigDialog</name>
    <message>
        <location filename="../ui/views/configeditor/ReplaceConfigDialog.cpp" line="+28"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the security configuration</source>
        <translation>Remplacer la configuration de sécurité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &lt;b&gt;dynamic&lt;/b&gt; of securityconfig/config as a whole. Sending replaces it with one PUT: everything not in the text returns to its default.</source>
        <translation>Modifiez &lt;b&gt;dynamic&lt;/b&gt; de securityconfig/config en entier. L&apos;envoi le remplace par un seul PUT : tout ce qui n&apos;est pas dans le texte revient à sa valeur par défaut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dynamic security configuration as JSON</source>
        <translation>Configuration de sécurité dynamique en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Tab leaves the editor</source>
        <translation>Ctrl+Tab quitte l&apos;éditeur</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Put the loaded configuration back into the editor</source>
        <translation>Remettre la configuration chargée dans l&apos;éditeur</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the text must be a JSON object: {&quot;dynamic&quot;: {...}}</source>
        <translation>le texte doit être un objet JSON : {&quot;dynamic&quot;: {...}}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not valid: %1</source>
        <translation>Non valide : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes against the loaded configuration: unknown while the text is not valid.</source>
        <translation>Modifications par rapport à la configuration chargée : inconnues tant que le texte n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid. No change against the loaded configuration.</source>
        <translation>Valide. Aucune modification par rapport à la configuration chargée.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Valid. %n change(s) against the loaded configuration.</source>
        <translation>
            <numerusform>Valide. %n modification par rapport à la configuration chargée.</numerusform>
            <numerusform>Valide. %n modifications par rapport à la configuration chargée.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change against the loaded configuration.</source>
        <translation>Aucune modification par rapport à la configuration chargée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes against the loaded configuration:</source>
        <translation>Modifications par rapport à la configuration chargée :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review and send the PUT request</source>
        <translation>Vérifier et envoyer la requête PUT</translation>
    </message>
</context>
<context>
    <name>ResponseParsers</name>
    <message>
        <location filename="../app/api/ResponseParsers.cpp" line="+19"/>
        <source>the %1 response is not %2</source>
        <translation>la réponse à %1 n&apos;est pas %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>a JSON array (is format=json honoured?)</source>
        <translation>un tableau JSON (format=json est-il pris en compte ?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an array of objects (row %1 is not an object)</source>
        <translation>un tableau d&apos;objets (la ligne %1 n&apos;est pas un objet)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+17"/>
        <location line="+21"/>
        <location line="+47"/>
        <location line="+12"/>
        <location line="+11"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>a cluster description (no version.number)</source>
        <translation>une description de cluster (sans version.number)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a user description (no user_name)</source>
        <translation>une description d&apos;utilisateur (sans user_name)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>an object with a &quot;versions&quot; array</source>
        <translation>un objet avec un tableau « versions »</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+13"/>
        <source>an object with a &quot;config&quot; member</source>
        <translation>un objet avec un membre « config »</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>a map of entities (&quot;%1&quot; is not an object)</source>
        <translation>une table d&apos;entités (« %1 » n&apos;est pas un objet)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a list of indices (row %1 has no &quot;index&quot;)</source>
        <translation>une liste d&apos;index (la ligne %1 n&apos;a pas de « index »)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a list of indices (the status of &quot;%1&quot; is neither open nor close)</source>
        <translation>une liste d&apos;index (le statut de « %1 » n&apos;est ni open ni close)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a list of aliases (row %1 has no &quot;alias&quot;)</source>
        <translation>une liste d&apos;alias (la ligne %1 n&apos;a pas de « alias »)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a list of aliases (row %1 has no &quot;index&quot;)</source>
        <translation>une liste d&apos;alias (la ligne %1 n&apos;a pas de « index »)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an object with a &quot;data_streams&quot; array</source>
        <translation>un objet avec un tableau « data_streams »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a list of data streams (entry %1 has no &quot;name&quot;)</source>
        <translation>une liste de flux de données (l&apos;entrée %1 n&apos;a pas de « name »)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a list of data streams (&quot;%1&quot; has no &quot;indices&quot; array)</source>
        <translation>une liste de flux de données (« %1 » n&apos;a pas de tableau « indices »)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a list of data streams (a backing index of &quot;%1&quot; has no &quot;index_name&quot;)</source>
        <translation>une liste de flux de données (un index sous-jacent de « %1 » n&apos;a pas de « index_name »)</translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message>
        <location filename="../app/write/SafeWrite.cpp" line="+62"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the plan</source>
        <translation>Vérification du plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the current configuration</source>
        <translation>Lecture de la configuration actuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving a backup</source>
        <translation>Enregistrement d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No backup store: a write is never sent without a backup.</source>
        <translation>Aucun stockage de sauvegarde : une écriture n&apos;est jamais envoyée sans sauvegarde.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The version list could not be read (%1): versions other writers record meanwhile are not checked.</source>
        <translation>La liste des versions n&apos;a pas pu être lue (%1) : les versions que d&apos;autres écritures enregistrent entre-temps ne sont pas vérifiées.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+62"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Backup saved: %1</source>
        <translation>Sauvegarde enregistrée : %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading %1 again just before sending</source>
        <translation>Relecture de %1 juste avant l&apos;envoi</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Another change landed in %1 meanwhile; %2 is not sent.</source>
        <translation>Une autre modification est arrivée entre-temps dans %1 ; %2 n&apos;est pas envoyé.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>nothing to upgrade</source>
        <translation>rien à mettre à niveau</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entity(ies) upgraded</source>
        <translation>
            <numerusform>%n entité mise à niveau</numerusform>
            <numerusform>%n entités mises à niveau</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+23"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 failed before it reached the server: %2</source>
        <translation>%1 a échoué avant d&apos;atteindre le serveur : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2. Reading %3 back to find out what the cluster holds.</source>
        <translation>%1 : %2. Relecture de %3 pour savoir ce que contient le cluster.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading back failed: %1</source>
        <translation>La relecture a échoué : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You can no longer read %1: %2</source>
        <translation>Vous ne pouvez plus lire %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read back: %1 was not applied.</source>
        <translation>Relu : %1 n&apos;a pas été appliqué.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read back: %1 was applied.</source>
        <translation>Relu : %1 a été appliqué.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read back: %1 changed the configuration, but not as planned.</source>
        <translation>Relu : %1 a modifié la configuration, mais pas comme prévu.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>you can no longer log in as %1 (the server answers 401)</source>
        <translation>vous ne pouvez plus vous connecter en tant que %1 (le serveur répond 401)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the configuration could not be read back (%1)</source>
        <translation>la configuration n&apos;a pas pu être relue (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>you can no longer read %1, so it could not be verified</source>
        <translation>vous ne pouvez plus lire %1, il n&apos;a donc pas pu être vérifié</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Verification: %1</source>
        <translation>Vérification : %1</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>Read back: %n entity(ies) upgraded, before and after recorded.</source>
        <translation>
            <numerusform>Relu : %n entité mise à niveau, avant et après enregistrés.</numerusform>
            <numerusform>Relu : %n entités mises à niveau, avant et après enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The versions recorded meanwhile could not be read (%1).</source>
        <translation>Les versions enregistrées entre-temps n&apos;ont pas pu être lues (%1).</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Verified: the configuration read back matches the plan.</source>
        <translation>Vérifié : la configuration relue correspond au plan.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The journal could not be written: %1</source>
        <translation>Le journal n&apos;a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>SandboxDemo</name>
    <message>
        <location filename="../app/sandbox/SandboxDemo.cpp" line="+61"/>
        <source>Example write %1 of %2 was refused (HTTP %3)</source>
        <translation>L&apos;écriture d&apos;exemple %1 sur %2 a été refusée (HTTP %3)</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/common/SecretStore.cpp" line="+21"/>
        <source>No keychain is available on this system.</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système.</translation>
    </message>
</context>
<context>
    <name>SecurityAdminFiles</name>
    <message numerus="yes">
        <location filename="../app/domain/SecurityAdminCompare.cpp" line="+226"/>
        <source>%n entity(ies) differ</source>
        <translation>
            <numerusform>%n entité diffère</numerusform>
            <numerusform>%n entités diffèrent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/domain/SecurityAdminFiles.cpp" line="+145"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>its permissions cannot be changed</source>
        <translation>ses droits d&apos;accès ne peuvent pas être modifiés</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the file is empty; expected _meta and the %1</source>
        <translation>le fichier est vide ; attendu : _meta et les %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a map of entities with _meta</source>
        <translation>attendu : une table d&apos;entités avec _meta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no _meta: securityadmin.sh needs _meta: {type: &quot;%1&quot;, config_version: 2}</source>
        <translation>pas de _meta : securityadmin.sh exige _meta: {type: &quot;%1&quot;, config_version: 2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>_meta must be a map with type and config_version</source>
        <translation>_meta doit être une table avec type et config_version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>_meta type is &quot;%1&quot;, but %2 holds &quot;%3&quot;</source>
        <translation>le type de _meta est « %1 », mais %2 contient « %3 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>_meta config_version must be 2</source>
        <translation>config_version de _meta doit valoir 2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected &quot;%1&quot;: %2 holds only _meta and config</source>
        <translation>« %1 » inattendu : %2 ne contient que _meta et config</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; must be a map, not %2</source>
        <translation>« %1 » doit être une table, pas %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no config: config.yml holds config: {dynamic: ...}</source>
        <translation>pas de config : config.yml contient config: {dynamic: ...}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>config must hold a map named dynamic</source>
        <translation>config doit contenir une table nommée dynamic</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+3"/>
        <source>cannot create the directory %1</source>
        <translation>impossible de créer le répertoire %1</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>%1 is not a directory</source>
        <translation>%1 n&apos;est pas un répertoire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds no securityadmin files (config.yml, roles.yml, internal_users.yml, ...)</source>
        <translation>%1 ne contient aucun fichier securityadmin (config.yml, roles.yml, internal_users.yml, ...)</translation>
    </message>
</context>
<context>
    <name>SideBySideDiffView</name>
    <message>
        <location filename="../ui/widgets/diff/SideBySideDiffView.cpp" line="+64"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes.</source>
        <translation>Aucune modification.</translation>
    </message>
</context>
<context>
    <name>TenancyPanel</name>
    <message>
        <location filename="../ui/views/admin/TenancyPanel.cpp" line="+24"/>
        <source>Tenancy</source>
        <translation>Multi-tenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multi-tenancy (tenancy/config)</source>
        <translation>Multi-tenant (tenancy/config)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Multi-tenancy enabled</source>
        <translation>&amp;Multi-tenant activé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Private tenant enabled</source>
        <translation>Tenant &amp;privé activé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default tenant</source>
        <translation>Tenant par défaut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Default tenant:</source>
        <translation>Tenant par &amp;défaut :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in options:</source>
        <translation>Options de connexion :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred tenants:</source>
        <translation>Tenants préférés :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What Dashboards is told (dashboardsinfo, read-only)</source>
        <translation>Ce que Dashboards reçoit (dashboardsinfo, lecture seule)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tenant indices (tenantinfo)</source>
        <translation>Index des tenants (tenantinfo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenant indices</source>
        <translation>Index des tenants</translation>
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
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and send the change through the write confirmation</source>
        <translation>Vérifier et envoyer la modification via la confirmation d&apos;écriture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(none: the global tenant)</source>
        <translation>(aucun : le tenant global)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the tenancy settings (GET api/tenancy/config)</source>
        <translation>Lecture des réglages multi-tenant (GET api/tenancy/config)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+20"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>(not before OpenSearch 3.7)</source>
        <translation>(pas avant OpenSearch 3.7)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading dashboardsinfo</source>
        <translation>Lecture de dashboardsinfo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboards server user: %1</source>
        <translation>Utilisateur serveur de Dashboards : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboards index: %1</source>
        <translation>Index de Dashboards : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-tenancy: %1, private tenant: %2, default tenant: %3</source>
        <translation>Multi-tenant : %1, tenant privé : %2, tenant par défaut : %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password rule: %1</source>
        <translation>Règle de mot de passe : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resource sharing: %1</source>
        <translation>Partage de ressources : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API tokens: %1</source>
        <translation>Jetons d&apos;API : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Longest API token: %n second(s)</source>
        <translation>
            <numerusform>Jeton d’API le plus long : %n seconde</numerusform>
            <numerusform>Jeton d’API le plus long : %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading tenantinfo</source>
        <translation>Lecture de tenantinfo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No tenant has a Dashboards index yet.</source>
        <translation>Aucun tenant n&apos;a encore d&apos;index Dashboards.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the admin certificate, the Dashboards server user and users mapped to its role may read tenantinfo.</source>
        <translation>Seuls le certificat d&apos;administration, l&apos;utilisateur serveur de Dashboards et les utilisateurs associés à son rôle peuvent lire tenantinfo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading tenantinfo: %1</source>
        <translation>Lecture de tenantinfo : %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The tenancy change cannot be sent: %1</source>
        <translation>La modification multi-tenant ne peut pas être envoyée : %1</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <location filename="../ui/views/timeline/TimelineDelegate.cpp" line="+28"/>
        <source>first listed version</source>
        <translation>première version listée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no changes</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1  by %2</source>
        <translation>%1  par %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>current  ·  %1</source>
        <translation>actuelle  ·  %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../ui/views/timeline/TimelineView.cpp" line="+57"/>
        <source>Reveal hashes</source>
        <translation>Afficher les empreintes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back to this version…</source>
        <translation>Revenir à cette version…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change…</source>
        <translation>Annuler la dernière modification…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore selected entity/type…</source>
        <translation>Restaurer l&apos;entité ou le type choisi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport this version…</source>
        <translation>E&amp;xporter cette version…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Versions are recorded by the cluster after every change; newest first</source>
        <translation>Le cluster enregistre une version après chaque modification ; la plus récente d&apos;abord</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the selected version is compared with</source>
        <translation>Ce à quoi la version sélectionnée est comparée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write the selected version as securityadmin files, with its password hashes</source>
        <translation>Écrire la version sélectionnée en fichiers securityadmin, avec ses empreintes de mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export this version…</source>
        <translation>Exporter cette version…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the live configuration what it was in the selected version</source>
        <translation>Rendre à la configuration en direct son état de la version sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore only the entity or type selected in the changes to the selected version</source>
        <translation>Restaurer seulement l&apos;entité ou le type choisi dans les modifications à la version sélectionnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare with:</source>
        <translation>Comparer avec :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show the password hashes stored in this version (they are never logged or saved)</source>
        <translation>Afficher les empreintes de mot de passe enregistrées dans cette version (elles ne sont jamais journalisées ni enregistrées)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration of the selected version</source>
        <translation>Configuration de la version sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+205"/>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Blame is not available: %1</source>
        <translation>L&apos;origine n&apos;est pas disponible : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Live configuration</source>
        <translation>Configuration en direct</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The versions are not loaded.</source>
        <translation>Les versions ne sont pas chargées.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Make the live configuration what it was in %1</source>
        <translation>Rendre à la configuration en direct son état de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll back to %1, the version before the newest</source>
        <translation>Revenir à %1, la version précédant la plus récente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore only the selected entity or type to %1</source>
        <translation>Restaurer seulement l&apos;entité ou le type choisi à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an entity or a type in the changes first</source>
        <translation>Choisissez d&apos;abord une entité ou un type dans les modifications</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n modification.</numerusform>
            <numerusform>%n modifications.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot roll back to %1: %2</source>
        <translation>Impossible de revenir à %1 : %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot restore from %1: %2</source>
        <translation>Impossible de restaurer depuis %1 : %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Blame: %1 is not a JSON pointer.</source>
        <translation>Origine : %1 n&apos;est pas un pointeur JSON.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Blame %1: %2</source>
        <translation>Origine de %1 : %2</translation>
    </message>
</context>
<context>
    <name>TokenCommands</name>
    <message>
        <location filename="../app/cli/TokenCommands.cpp" line="+40"/>
        <source>Switch them on with config.dynamic.api_tokens.enabled: true (for example with apply or replace-config).</source>
        <translation>Activez-les avec config.dynamic.api_tokens.enabled: true (par exemple avec apply ou replace-config).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(no API tokens)
</source>
        <translation>(aucun jeton d&apos;API)
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
        <translation>NOM</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>CREATED BY</source>
        <translation>CRÉÉ PAR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISSUED (UTC)</source>
        <translation>ÉMIS (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EXPIRES (UTC)</source>
        <translation>EXPIRE (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--index-permission takes PATTERN[,PATTERN]=ACTION[,ACTION], not &quot;%1&quot;</source>
        <translation>--index-permission attend MOTIF[,MOTIF]=ACTION[,ACTION], pas « %1 »</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--duration takes a number of seconds, not &quot;%1&quot;</source>
        <translation>--duration attend un nombre de secondes, pas « %1 »</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>API token %1 created (id %2). It is shown once, below: store it now.
</source>
        <translation>Jeton d&apos;API %1 créé (id %2). Il est affiché une seule fois, ci-dessous : conservez-le maintenant.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Generate a new password for the service account %1? Its current password stops working.</source>
        <translation>Générer un nouveau mot de passe pour le compte de service %1 ? Son mot de passe actuel cessera de fonctionner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+53"/>
        <source>not confirmed: nothing was sent</source>
        <translation>non confirmé : rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Only internal users with the attributes service and enabled set to &quot;true&quot; get tokens.</source>
        <translation>Seuls les utilisateurs internes dont les attributs service et enabled valent &quot;true&quot; reçoivent des jetons.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New password of the service account %1 (HTTP basic). It is shown once, below: store it now; the previous one no longer works.
</source>
        <translation>Nouveau mot de passe du compte de service %1 (HTTP basic). Il est affiché une seule fois, ci-dessous : conservez-le maintenant ; l&apos;ancien ne fonctionne plus.
</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+75"/>
        <source>unknown action &quot;%1&quot;</source>
        <translation>action inconnue « %1 »</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Actions: list, create, revoke</source>
        <translation>Actions : list, create, revoke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens create takes a NAME, or --service-account NAME</source>
        <translation>tokens create attend un NOM, ou --service-account NOM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens revoke takes the token&apos;s ID</source>
        <translation>tokens revoke attend l&apos;ID du jeton</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Revoke the API token %1?</source>
        <translation>Révoquer le jeton d&apos;API %1 ?</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no auth failure listeners)
</source>
        <translation>(aucun écouteur d&apos;échecs d&apos;authentification)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BACKEND</source>
        <translation>BACKEND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TRIES</source>
        <translation>ESSAIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WINDOW (S)</source>
        <translation>FENÊTRE (S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BLOCK (S)</source>
        <translation>BLOCAGE (S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IGNORED HOSTS</source>
        <translation>HÔTES IGNORÉS</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Actions: set, delete</source>
        <translation>Actions : set, delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listeners %1 takes the listener&apos;s NAME</source>
        <translation>listeners %1 attend le NOM de l&apos;écouteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>listeners set takes --file FILE (the listener as JSON)</source>
        <translation>listeners set attend --file FICHIER (l&apos;écouteur en JSON)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>send without asking (required when stdin is not a terminal)</source>
        <translation>envoyer sans demander (obligatoire quand stdin n&apos;est pas un terminal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the plan (changes and requests) and send nothing</source>
        <translation>afficher le plan (modifications et requêtes) et ne rien envoyer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API tokens (OpenSearch 3.7 or later, config.dynamic.api_tokens.enabled): list them, create one (the token is printed once, to stdout, and kept nowhere), revoke one. --service-account NAME instead generates a new password for a service account (an internal user with the attributes service and enabled &quot;true&quot;), printed once to stdout; its previous password stops working.</source>
        <translation>Les jetons d&apos;API (OpenSearch 3.7 ou ultérieur, config.dynamic.api_tokens.enabled) : les lister, en créer un (le jeton est affiché une fois, sur stdout, et conservé nulle part), en révoquer un. --service-account NOM génère à la place un nouveau mot de passe pour un compte de service (un utilisateur interne dont les attributs service et enabled valent &quot;true&quot;), affiché une fois sur stdout ; son ancien mot de passe cesse de fonctionner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a cluster permission of the new token (repeatable)</source>
        <translation>une permission de cluster du nouveau jeton (répétable)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>index patterns and allowed actions of the new token, e.g. logs-*=read (repeatable)</source>
        <translation>motifs d&apos;index et actions permises du nouveau jeton, par ex. logs-*=read (répétable)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how long the new token is valid (0: never, where allowed)</source>
        <translation>durée de validité du nouveau jeton (0 : illimitée, là où c&apos;est permis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create a service account&apos;s token instead of an API token</source>
        <translation>créer le jeton d&apos;un compte de service au lieu d&apos;un jeton d&apos;API</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The auth failure listeners (rate limiting of failed logins; OpenSearch 3.0 or later). set adds or replaces listener NAME with FILE holding {&quot;type&quot;: &quot;ip&quot;|&quot;username&quot;, ...}; set and delete go through the safe-write pipeline.</source>
        <translation>Les écouteurs d&apos;échecs d&apos;authentification (limitation des connexions échouées ; OpenSearch 3.0 ou ultérieur). set ajoute ou remplace l&apos;écouteur NOM avec FICHIER contenant {&quot;type&quot;: &quot;ip&quot;|&quot;username&quot;, ...} ; set et delete passent par le pipeline d&apos;écriture sûre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the listener as a JSON object</source>
        <translation>l&apos;écouteur en objet JSON</translation>
    </message>
</context>
<context>
    <name>TokenCreateDialog</name>
    <message>
        <location filename="../ui/views/admin/TokenCreateDialog.cpp" line="+50"/>
        <source>Create API token</source>
        <translation>Créer un jeton d&apos;API</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token name</source>
        <translation>Nom du jeton</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>letters, digits, - and _</source>
        <translation>lettres, chiffres, - et _</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster permissions</source>
        <translation>Permissions de cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated, e.g. cluster_monitor</source>
        <translation>séparées par des virgules, p. ex. cluster_monitor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Duration in days</source>
        <translation>Durée en jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cluster permissions:</source>
        <translation>Permissions de &amp;cluster :</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Add inde&amp;x permission</source>
        <translation>Ajouter une permission d&apos;inde&amp;x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add index permission</source>
        <translation>Ajouter une permission d&apos;index</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Index permissions:</source>
        <translation>Permissions d&apos;&amp;index :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create token</source>
        <translation>Créer le jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Copy this token now.&lt;/b&gt; It is shown only this once: the cluster keeps only a hash of it and SecDesk does not keep it anywhere. Closing this dialog forgets it.</source>
        <translation>&lt;b&gt;Copiez ce jeton maintenant.&lt;/b&gt; Il n&apos;est affiché que cette fois : le cluster n&apos;en garde qu&apos;un hachage et SecDesk ne le conserve nulle part. Fermer cette boîte de dialogue l&apos;oublie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new token</source>
        <translation>Le nouveau jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token is on the clipboard.</source>
        <translation>Le jeton est dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the token a name.</source>
        <translation>Donnez un nom au jeton.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token name holds only letters, digits, - and _.</source>
        <translation>Un nom de jeton ne contient que des lettres, des chiffres, - et _.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An index permission needs both index patterns and allowed actions.</source>
        <translation>Une permission d&apos;index nécessite des motifs d&apos;index et des actions autorisées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index permission %1 needs both index patterns and allowed actions.</source>
        <translation>La permission d&apos;index %1 demande des motifs d&apos;index et des actions autorisées.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Index patterns of index permission %1</source>
        <translation>Motifs d&apos;index de la permission d&apos;index %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>index patterns, comma-separated, e.g. logs-*, metrics-*</source>
        <translation>motifs d&apos;index, séparés par des virgules, p. ex. logs-*, metrics-*</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Allowed actions of index permission %1</source>
        <translation>Actions autorisées de la permission d&apos;index %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>allowed actions, e.g. read</source>
        <translation>actions autorisées, p. ex. read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Remove index permission %1</source>
        <translation>Retirer la permission d&apos;index %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Creating API token %1 (POST api/apitokens)</source>
        <translation>Création du jeton d&apos;API %1 (POST api/apitokens)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating API token %1: %2</source>
        <translation>Création du jeton d&apos;API %1 : %2</translation>
    </message>
</context>
<context>
    <name>TokensView</name>
    <message>
        <location filename="../ui/views/admin/TokensView.cpp" line="+37"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>API tokens</source>
        <translation>Jetons d&apos;API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Create…</source>
        <translation>&amp;Créer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create API token</source>
        <translation>Créer un jeton d&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke API token</source>
        <translation>Révoquer le jeton d&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Service account tokens</source>
        <translation>Jetons de comptes de service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A service account&apos;s token is a new password for it: creating one replaces the account&apos;s password, and the old token stops working.</source>
        <translation>Le jeton d&apos;un compte de service est un nouveau mot de passe : en créer un remplace le mot de passe du compte, et l&apos;ancien jeton cesse de fonctionner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service &amp;account:</source>
        <translation>&amp;Compte de service :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create &amp;token…</source>
        <translation>Créer un &amp;jeton…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create service account token</source>
        <translation>Créer un jeton de compte de service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Copy this token now.&lt;/b&gt; It is shown only this once and SecDesk does not keep it anywhere. Closing this window forgets it.</source>
        <translation>&lt;b&gt;Copiez ce jeton maintenant.&lt;/b&gt; Il n&apos;est affiché que cette fois et SecDesk ne le conserve nulle part. Fermer cette fenêtre l&apos;oublie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new service account token</source>
        <translation>Le nouveau jeton du compte de service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;py</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the service account token</source>
        <translation>Copier le jeton du compte de service</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token is on the clipboard.</source>
        <translation>Le jeton est dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(no internal user has attributes.service &quot;true&quot;)</source>
        <translation>(aucun utilisateur interne n&apos;a attributes.service &quot;true&quot;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API tokens are switched off on this cluster: config.dynamic.api_tokens.enabled is not true.</source>
        <translation>Les jetons d&apos;API sont désactivés sur ce cluster : config.dynamic.api_tokens.enabled n&apos;est pas true.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the API tokens (GET api/apitokens)</source>
        <translation>Lecture des jetons d&apos;API (GET api/apitokens)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Id: %1</source>
        <translation>Id : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked %1</source>
        <translation>révoqué %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the API tokens: %1</source>
        <translation>Lecture des jetons d&apos;API : %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revoke API token %1 (%2)? Whoever uses it is refused from then on; this cannot be undone.</source>
        <translation>Révoquer le jeton d&apos;API %1 (%2) ? Quiconque l&apos;utilise sera refusé dès lors ; c&apos;est irréversible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoking API token %1</source>
        <translation>Révocation du jeton d&apos;API %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create a token for service account %1? It replaces the account&apos;s password: the current token stops working.</source>
        <translation>Créer un jeton pour le compte de service %1 ? Il remplace le mot de passe du compte : le jeton actuel cesse de fonctionner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create token</source>
        <translation>Créer le jeton</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating a token for %1</source>
        <translation>Création d&apos;un jeton pour %1</translation>
    </message>
</context>
<context>
    <name>Upgrade</name>
    <message>
        <location filename="../app/write/Upgrade.cpp" line="-97"/>
        <source>%1/%2 already exists and is not reserved: it is probably your own role that shares its name with a new default. Performing the upgrade overwrites it with the shipped definition.</source>
        <translation>%1/%2 existe déjà et n&apos;est pas réservé : c&apos;est sans doute votre propre rôle, qui porte le nom d&apos;une nouvelle valeur par défaut. La mise à niveau l&apos;écrase avec la définition fournie.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Up to date: the roles match the defaults this cluster ships. There is nothing to upgrade.</source>
        <translation>À jour : les rôles correspondent aux valeurs par défaut de ce cluster. Il n&apos;y a rien à mettre à niveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cluster has no upgrade API: _upgrade_check and _upgrade_perform were added in OpenSearch 2.14. Upgrade the cluster, or update the default roles with securityadmin.</source>
        <translation>Ce cluster n&apos;a pas d&apos;API de mise à niveau : _upgrade_check et _upgrade_perform sont apparus dans OpenSearch 2.14. Mettez le cluster à niveau, ou mettez à jour les rôles par défaut avec securityadmin.</translation>
    </message>
</context>
<context>
    <name>UpgradeCommands</name>
    <message>
        <location filename="../app/cli/UpgradeCommands.cpp" line="+68"/>
        <source>(overwrites your role of this name)</source>
        <translation>(écrase votre rôle de ce nom)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>warning: %1
</source>
        <translation>avertissement : %1
</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>An upgrade is available:
</source>
        <translation>Une mise à niveau est disponible :
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &quot;secdesk-cli upgrade-perform&quot; to apply it (--entities a,b for some only).
</source>
        <translation>Lancez « secdesk-cli upgrade-perform » pour l&apos;appliquer (--entities a,b pour certains seulement).
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>absent before</source>
        <translation>absent avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>stdin is not a terminal, so the upgrade cannot be confirmed</source>
        <translation>stdin n&apos;est pas un terminal, la mise à niveau ne peut donc pas être confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run it on a terminal, or add --yes to upgrade without asking.</source>
        <translation>Lancez-le dans un terminal, ou ajoutez --yes pour mettre à niveau sans demander.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>note: %1 has nothing to upgrade; it is left alone
</source>
        <translation>remarque : %1 n&apos;a rien à mettre à niveau ; il est laissé tel quel
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upgrade would change:
</source>
        <translation>La mise à niveau modifierait :
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access (what changes is printed once the upgrade is done):</source>
        <translation>Accès (ce qui change est affiché une fois la mise à niveau faite) :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Perform the upgrade on %1?</source>
        <translation>Effectuer la mise à niveau sur %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not confirmed: nothing was written</source>
        <translation>non confirmé : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>To undo this upgrade: secdesk-cli rollback %1
</source>
        <translation>Pour annuler cette mise à niveau : secdesk-cli rollback %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the roles changed on the cluster since they were checked: nothing was written</source>
        <translation>les rôles ont changé sur le cluster depuis leur vérification : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>On a cluster (read-only)</source>
        <translation>Sur un cluster (lecture seule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What an upgrade of the roles to the defaults this cluster ships would add or modify. Warns (on stderr, and as &quot;collisions&quot; with --json) about roles that exist but are not reserved: probably your own roles sharing a name with a new default, which the upgrade would overwrite.</source>
        <translation>Ce qu&apos;une mise à niveau des rôles vers les valeurs par défaut de ce cluster ajouterait ou modifierait. Avertit (sur stderr, et en « collisions » avec --json) des rôles existants mais non réservés : sans doute vos propres rôles portant le nom d&apos;une nouvelle valeur par défaut, que la mise à niveau écraserait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>only these roles</source>
        <translation>seulement ces rôles</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>On a cluster (writing)</source>
        <translation>Sur un cluster (écriture)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performs the upgrade (all it lists, or only --entities) through the safe-write pipeline: check, fresh read, backup, POST _upgrade_perform, read-back, journal entry; then prints the before/after of each performed entity and the version to roll back to. Up to date: a message and exit 0.</source>
        <translation>Effectue la mise à niveau (tout ce qu&apos;elle liste, ou seulement --entities) par le pipeline d&apos;écriture sûre : vérification, relecture, sauvegarde, POST _upgrade_perform, relecture, entrée de journal ; affiche ensuite l&apos;avant/après de chaque entité traitée et la version à laquelle revenir. Si tout est à jour : un message et le code de sortie 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>perform without asking (required when stdin is not a terminal)</source>
        <translation>exécuter sans demander (requis quand stdin n&apos;est pas un terminal)</translation>
    </message>
</context>
<context>
    <name>UpgradeModel</name>
    <message numerus="yes">
        <location filename="../app/models/UpgradeModel.cpp" line="+94"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>as the server described it</source>
        <translation>tel que le serveur l&apos;a décrit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overwrites your role of this name</source>
        <translation>écrase votre rôle de ce nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>static: the server leaves it alone</source>
        <translation>statique : le serveur le laisse tel quel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reserved default</source>
        <translation>valeur par défaut réservée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>UpgradeView</name>
    <message>
        <location filename="../ui/views/upgrade/UpgradeView.cpp" line="+68"/>
        <source>&amp;Check for an upgrade</source>
        <translation>&amp;Vérifier s&apos;il existe une mise à niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the cluster which default roles differ from the ones it ships (_upgrade_check)</source>
        <translation>Demander au cluster quels rôles par défaut diffèrent de ceux qu&apos;il fournit (_upgrade_check)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+104"/>
        <source>Check whether the cluster ships newer default roles than the ones it holds.</source>
        <translation>Vérifier si le cluster fournit des rôles par défaut plus récents que ceux qu&apos;il contient.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Entities the upgrade would change</source>
        <translation>Entités que la mise à niveau modifierait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;all</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;none</source>
        <translation>&amp;Ne rien sélectionner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Perform selected…</source>
        <translation>&amp;Effectuer la sélection…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo this upgrade…</source>
        <translation>&amp;Annuler cette mise à niveau…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Performed entities</source>
        <translation>Entités mises à niveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before the upgrade</source>
        <translation>Avant la mise à niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After the upgrade</source>
        <translation>Après la mise à niveau</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Select at least one entity to upgrade</source>
        <translation>Choisissez au moins une entité à mettre à niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perform the upgrade of the selected entities after a confirmation</source>
        <translation>Effectuer la mise à niveau des entités choisies après une confirmation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Available after an upgrade, when the cluster records configuration versions</source>
        <translation>Disponible après une mise à niveau, quand le cluster enregistre les versions de la configuration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll the configuration back to version %1, read just before the upgrade</source>
        <translation>Ramener la configuration à la version %1, lue juste avant la mise à niveau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not connected: connect to a cluster first.</source>
        <translation>Non connecté : connectez-vous d&apos;abord à un cluster.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The roles cannot be read: %1</source>
        <translation>Les rôles sont illisibles : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The check failed: %1</source>
        <translation>La vérification a échoué : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The check&apos;s answer cannot be read: %1</source>
        <translation>La réponse de la vérification est illisible : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The upgrade would change %n entity(ies). Choose which to perform.</source>
        <translation>
            <numerusform>La mise à niveau modifierait %n entité. Choisissez celles à traiter.</numerusform>
            <numerusform>La mise à niveau modifierait %n entités. Choisissez celles à traiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>⚠ %n of them look like your own role(s) and would be overwritten.</source>
        <translation>
            <numerusform>⚠ %n d&apos;entre elles ressemble à votre propre rôle et serait écrasée.</numerusform>
            <numerusform>⚠ %n d&apos;entre elles ressemblent à vos propres rôles et seraient écrasées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster described the changes in sentences: they are performed all together.</source>
        <translation>Le cluster a décrit les modifications par des phrases : elles sont effectuées toutes ensemble.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the version timeline…</source>
        <translation>Lecture de la chronologie des versions…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The upgrade cannot be planned: %1</source>
        <translation>La mise à niveau ne peut pas être planifiée : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cluster records no configuration versions: the upgrade cannot be undone with one click (a backup is still saved before sending).</source>
        <translation>Ce cluster n&apos;enregistre aucune version de configuration : la mise à niveau ne peut pas être annulée en un clic (une sauvegarde est tout de même enregistrée avant l&apos;envoi).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 is remembered: &quot;Undo this upgrade&quot; rolls back to it.</source>
        <translation>La version %1 est retenue : « Annuler cette mise à niveau » y revient.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the configuration…</source>
        <translation>Lecture de la configuration…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The configuration cannot be read: %1</source>
        <translation>La configuration est illisible : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot roll back to %1: %2</source>
        <translation>Impossible de revenir à %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo the upgrade: roll back to version %1</source>
        <translation>Annuler la mise à niveau : revenir à la version %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The upgrade was undone: the configuration is back at version %1.</source>
        <translation>La mise à niveau a été annulée : la configuration est revenue à la version %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1/%2 (%3)</source>
        <translation>%1/%2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The upgrade was performed, but the roles read back show no difference.</source>
        <translation>La mise à niveau a été effectuée, mais les rôles relus ne montrent aucune différence.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Upgraded %n entity(ies). Before and after, as read just before and just after the upgrade:</source>
        <translation>
            <numerusform>%n entité mise à niveau. Avant et après, tels que lus juste avant et juste après la mise à niveau :</numerusform>
            <numerusform>%n entités mises à niveau. Avant et après, tels que lus juste avant et juste après la mise à niveau :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionStore</name>
    <message>
        <location filename="../app/store/VersionStore.cpp" line="+34"/>
        <source>No versions are recorded yet.</source>
        <translation>Aucune version n&apos;est encore enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is only one version: the current configuration. There is nothing to roll back to.</source>
        <translation>Il n&apos;y a qu&apos;une version : la configuration actuelle. Il n&apos;y a rien à restaurer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The versions are not loaded.</source>
        <translation>Les versions ne sont pas chargées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Configuration versioning is off on this cluster, or the cluster does not support it (it needs OpenSearch 3.3 or later). To enable it, set plugins.security.configurations_versions.enabled: true in opensearch.yml on every node and restart; plugins.security.config_version.retention_count sets how many versions are kept (default 10).</source>
        <translation>Le versionnage de la configuration est désactivé sur ce cluster, ou le cluster ne le prend pas en charge (il exige OpenSearch 3.3 ou ultérieur). Pour l&apos;activer, définissez plugins.security.configurations_versions.enabled: true dans opensearch.yml sur chaque nœud et redémarrez ; plugins.security.config_version.retention_count fixe le nombre de versions conservées (10 par défaut).</translation>
    </message>
</context>
<context>
    <name>WhoCanView</name>
    <message>
        <location filename="../ui/views/access/WhoCanView.cpp" line="+35"/>
        <source>Who can?</source>
        <translation>Qui peut ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an index, alias or pattern; empty for a cluster action</source>
        <translation>un index, un alias ou un motif ; vide pour une action de cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who can</source>
        <translation>Qui peut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granting roles</source>
        <translation>Rôles qui accordent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click: the user, or the granting role, in the tree</source>
        <translation>Double-clic : l&apos;utilisateur, ou le rôle qui accorde, dans l&apos;arbre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&amp;ndex:</source>
        <translation>I&amp;ndex :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction :</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give an index and an action: the users and backend roles allowed are listed.</source>
        <translation>Indiquez un index et une action : les utilisateurs et rôles backend autorisés sont listés.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Give an action.</source>
        <translation>Indiquez une action.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Evaluating every user and backend role…</source>
        <translation>Évaluation de chaque utilisateur et rôle backend…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>backend role</source>
        <translation>rôle backend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n subject(s) may %1.</source>
        <translation>
            <numerusform>%n sujet peut %1.</numerusform>
            <numerusform>%n sujets peuvent %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subject(s) may %1 on %2.</source>
        <translation>
            <numerusform>%n sujet peut %1 sur %2.</numerusform>
            <numerusform>%n sujets peuvent %1 sur %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteChecks</name>
    <message>
        <location filename="../app/write/WriteChecks.cpp" line="+107"/>
        <source>%1: a secret; the server shows it only redacted</source>
        <translation>%1 : un secret ; le serveur ne l&apos;affiche que masqué</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: accepted and ignored by the server</source>
        <translation>%1 : accepté et ignoré par le serveur</translation>
    </message>
</context>
<context>
    <name>WriteCommands</name>
    <message>
        <location filename="../app/cli/WriteCommands.cpp" line="+44"/>
        <source>warning: %1
</source>
        <translation>avertissement : %1
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lint: no finding introduced or removed</source>
        <translation>Lint : aucun constat ajouté ni supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lint: %1 introduced, %2 removed</source>
        <translation>Lint : %1 ajouté(s), %2 supprimé(s)</translation>
    </message>
    <message>
        <location line="+438"/>
        <source>Known indices not compared (%1): only the index patterns the configuration names.</source>
        <translation>Index connus non comparés (%1) : seulement les motifs d’index que nomme la configuration.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access changes:</source>
        <translation>Changements d’accès :</translation>
    </message>
    <message>
        <location line="-429"/>
        <source>Changes:</source>
        <translation>Modifications :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  (none)</source>
        <translation>  (aucune)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests:</source>
        <translation>Requêtes :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (none: nothing would be sent)</source>
        <translation>  (aucune : rien ne serait envoyé)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lockout: %1</source>
        <translation>Perte d&apos;accès : %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Nothing to do: the plan changes nothing.
</source>
        <translation>Rien à faire : le plan ne change rien.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was written. Add --allow-lockout to send it anyway.</source>
        <translation>Rien n&apos;a été écrit. Ajoutez --allow-lockout pour l&apos;envoyer quand même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send these requests to %1?</source>
        <translation>Envoyer ces requêtes à %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not confirmed: nothing was written</source>
        <translation>non confirmé : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the configuration changed on the cluster since it was read: nothing was written</source>
        <translation>la configuration a changé sur le cluster depuis sa lecture : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the applied part from the backup?</source>
        <translation>Restaurer la partie appliquée depuis la sauvegarde ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot prepare the restore</source>
        <translation>impossible de préparer la restauration</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+27"/>
        <source>the patch must be a JSON array of operations</source>
        <translation>le patch doit être un tableau JSON d&apos;opérations</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>stdin is not a terminal, so the write cannot be confirmed</source>
        <translation>stdin n&apos;est pas un terminal, l&apos;écriture ne peut donc pas être confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run it on a terminal, or add --yes to write without asking.</source>
        <translation>Lancez-le dans un terminal, ou ajoutez --yes pour écrire sans demander.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the base must be a configuration document (a JSON object)</source>
        <translation>la base doit être un document de configuration (un objet JSON)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the file must hold {&quot;dynamic&quot;: {...}}</source>
        <translation>le fichier doit contenir {&quot;dynamic&quot;: {...}}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--only %1: not a JSON pointer</source>
        <translation>--only %1 : pas un pointeur JSON</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Versioning is not enabled on this cluster: set plugins.security.configurations_versions.enabled: true on every node (3.3 or later) and restart.</source>
        <translation>Le versionnage n&apos;est pas activé sur ce cluster : définissez plugins.security.configurations_versions.enabled: true sur chaque nœud (3.3 ou ultérieur) et redémarrez.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>there is only %n version(s): nothing to roll back to</source>
        <translation>
            <numerusform>il n&apos;y a que %n version : rien à restaurer</numerusform>
            <numerusform>il n&apos;y a que %n versions : rien à restaurer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rolling back to %1, the version before the newest (%2).
</source>
        <translation>Retour à %1, la version précédant la plus récente (%2).
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version %1 not found</source>
        <translation>version %1 introuvable</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+85"/>
        <source>On a cluster (writing)</source>
        <translation>Sur un cluster (écriture)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>send a change that takes roles or REST API access away from you or the Dashboards server user (refused without it, exit 1)</source>
        <translation>envoyer une modification qui vous retire, à vous ou à l&apos;utilisateur serveur de Dashboards, des rôles ou l&apos;accès à l&apos;API REST (refusée sans cette option, code de sortie 1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write without asking (required when stdin is not a terminal)</source>
        <translation>écrire sans demander (requis quand stdin n&apos;est pas un terminal)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks an RFC 6902 patch over the configuration document against a fresh read (test operations included) and prints what it would change and the exact requests it would send, with curl equivalents (secrets redacted). Sends nothing but reads.</source>
        <translation>Vérifie un patch RFC 6902 sur le document de configuration par rapport à une relecture (opérations test comprises) et affiche ce qu&apos;il changerait et les requêtes exactes qu&apos;il enverrait, avec leurs équivalents curl (secrets masqués). N&apos;envoie rien, ne fait que lire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applies a patch through the safe-write pipeline: fresh read, local check of test operations, local backup, requests, read-back verification, journal entry. With --base, nothing is written when the live configuration differs from FILE in a type the patch touches (exit code 4).</source>
        <translation>Applique un patch par le pipeline d&apos;écriture sûre : relecture, vérification locale des opérations test, sauvegarde locale, requêtes, vérification par relecture, entrée de journal. Avec --base, rien n&apos;est écrit si la configuration en direct diffère de FILE dans un type touché par le patch (code de sortie 4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the configuration document the patch was written against</source>
        <translation>le document de configuration pour lequel le patch a été écrit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaces the security configuration (PUT securityconfig/config) with FILE holding {&quot;dynamic&quot;: {...}}, through the safe-write pipeline. Members left out take their defaults; &quot;******&quot; placeholders from GET would be stored literally.</source>
        <translation>Remplace la configuration de sécurité (PUT securityconfig/config) par FILE contenant {&quot;dynamic&quot;: {...}}, par le pipeline d&apos;écriture sûre. Les membres omis prennent leurs valeurs par défaut ; les substituts « ****** » de GET seraient enregistrés tels quels.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rolls the configuration back to version ID (default: the version before the newest) through the safe-write pipeline, always naming the version. With --only (repeatable), restores just those entities or types (/roles/r1, /tenants) to their state in ID, as a patch, leaving everything else alone.</source>
        <translation>Ramène la configuration à la version ID (par défaut : la version précédant la plus récente) par le pipeline d&apos;écriture sûre, en nommant toujours la version. Avec --only (répétable), ne restaure que ces entités ou types (/roles/r1, /tenants) à leur état dans ID, sous forme de patch, sans toucher au reste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restore only this entity or type (repeatable)</source>
        <translation>restaurer seulement cette entité ou ce type (répétable)</translation>
    </message>
</context>
<context>
    <name>WriteCoordinator</name>
    <message>
        <location filename="../ui/views/write/WriteCoordinator.cpp" line="+40"/>
        <source>Not connected: nothing can be sent.</source>
        <translation>Non connecté : rien ne peut être envoyé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A write is in progress; wait for its report.</source>
        <translation>Une écriture est en cours ; attendez son rapport.</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <location filename="../ui/views/write/WriteDialog.cpp" line="+47"/>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Send to the cluster</source>
        <translation>Envoyer au cluster</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests (curl)</source>
        <translation>Requêtes (curl)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests as curl commands</source>
        <translation>Requêtes en commandes curl</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Write the changes to the cluster</source>
        <translation>Écrire les modifications dans le cluster</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing to change</source>
        <translation>rien à changer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed; nothing of it was applied</source>
        <translation>échec ; rien n&apos;en a été appliqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer was lost, and the cluster could not be read back: unknown</source>
        <translation>la réponse a été perdue et le cluster n&apos;a pas pu être relu : inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer was lost; reading back shows it was applied</source>
        <translation>la réponse a été perdue ; la relecture montre que la requête a été appliquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer was lost; reading back shows it was not applied</source>
        <translation>la réponse a été perdue ; la relecture montre que la requête n&apos;a pas été appliquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer was lost; reading back shows a change other than the planned one</source>
        <translation>la réponse a été perdue ; la relecture montre une modification autre que celle prévue</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Problems the change introduces or resolves</source>
        <translation>Problèmes que la modification introduit ou résout</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the change does to access</source>
        <translation>Ce que le changement fait à l’accès</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name to type to confirm</source>
        <translation>Nom à saisir pour confirmer</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Stages of the write</source>
        <translation>Étapes de l&apos;écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write log</source>
        <translation>Journal de l&apos;écriture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop before the first request is sent</source>
        <translation>Arrêter avant l&apos;envoi de la première requête</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing to the cluster…</source>
        <translation>Écriture dans le cluster…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server message</source>
        <translation>Message du serveur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The selected request&apos;s whole message</source>
        <translation>Le message complet de la requête sélectionnée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base (when edited)</source>
        <translation>Base (lors de la modification)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server (now)</source>
        <translation>Serveur (maintenant)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+402"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="-401"/>
        <source>Requests and their results</source>
        <translation>Requêtes et leurs résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicting paths</source>
        <translation>Chemins en conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report as text</source>
        <translation>Rapport en texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore from backup…</source>
        <translation>Restaurer depuis la sauvegarde…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+422"/>
        <source>Turn the types written so far back into the backup taken before this write</source>
        <translation>Ramener les types écrits jusqu&apos;ici à la sauvegarde prise avant cette écriture</translation>
    </message>
    <message>
        <location line="-421"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the whole report as text</source>
        <translation>Copier tout le rapport en texte</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Checking the change for configuration problems…</source>
        <translation>Recherche de problèmes de configuration dans la modification…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Working out who holds the roles the upgrade changes…</source>
        <translation>Recherche de qui détient les rôles que la mise à niveau modifie…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working out what the change does to access…</source>
        <translation>Calcul de ce que le changement fait à l’accès…</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+15"/>
        <location line="+27"/>
        <source>Access: %1</source>
        <translation>Accès : %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The server computes the upgrade, so what it changes in access is worked out once it is done, in the report.</source>
        <translation>Le serveur calcule la mise à niveau : ce qu&apos;elle change à l&apos;accès est établi une fois faite, dans le rapport.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access: the check named no roles, so who the upgrade reaches is not known before it. %1</source>
        <translation>Accès : la vérification ne nomme aucun rôle, on ne sait donc pas d&apos;avance qui la mise à niveau touche. %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Access (working it out…)</source>
        <translation>Accès (calcul en cours…)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Critical problem on %1: %2</source>
        <translation>Problème critique sur %1 : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To send it anyway, type %1 (the name of %2):</source>
        <translation>Pour l&apos;envoyer quand même, saisissez %1 (le nom de %2) :</translation>
    </message>
    <message numerus="yes">
        <location line="-109"/>
        <source>%1: %n entity(ies)</source>
        <translation>
            <numerusform>%1 : %n entité</numerusform>
            <numerusform>%1 : %n entités</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing changes.</source>
        <translation>Rien ne change.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes %1.</source>
        <translation>Modifie %1.</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>Refresh, check the change and send again.</source>
        <translation>Actualisez, vérifiez la modification et renvoyez-la.</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>Upgrades everything the check listed to the defaults the cluster ships.</source>
        <translation>Met à niveau tout ce que la vérification a listé vers les valeurs par défaut du cluster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrades these entities to the defaults the cluster ships: %1.</source>
        <translation>Met à niveau ces entités vers les valeurs par défaut du cluster : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server computes the change. The roles are read again first; if they changed since the check, nothing is written. A backup is saved before sending; afterwards each performed entity is read back and shown before and after.</source>
        <translation>Le serveur calcule la modification. Les rôles sont d&apos;abord relus ; s&apos;ils ont changé depuis la vérification, rien n&apos;est écrit. Une sauvegarde est enregistrée avant l&apos;envoi ; ensuite chaque entité traitée est relue et montrée avant et après.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computing the changes…</source>
        <translation>Calcul des modifications…</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n request(s), sent in order: %1.</source>
        <translation>
            <numerusform>%n requête, envoyée dans l&apos;ordre : %1.</numerusform>
            <numerusform>%n requêtes, envoyées dans l&apos;ordre : %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration is read again first, and each type again just before its request; if it changed since it was loaded, nothing more is written. A backup is saved before sending.</source>
        <translation>La configuration est d&apos;abord relue, puis chaque type à nouveau juste avant sa requête ; si elle a changé depuis son chargement, plus rien n&apos;est écrit. Une sauvegarde est enregistrée avant l&apos;envoi.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>To send it anyway, type %1 (the entity with the critical problem, %2):</source>
        <translation>Pour l&apos;envoyer quand même, saisir %1 (l&apos;entité au problème critique, %2) :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The plan is empty: nothing to send</source>
        <translation>Le plan est vide : rien à envoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The changes are being computed</source>
        <translation>Les modifications sont en cours de calcul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change is being checked for configuration problems</source>
        <translation>La modification est en cours de vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type %1 above to confirm what this takes away</source>
        <translation>Saisissez %1 ci-dessus pour confirmer ce que cela retire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type %1 above to confirm the critical problem this change introduces</source>
        <translation>Saisir %1 ci-dessus pour confirmer le problème critique que cette modification introduit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the configuration again, save a backup, then send these requests</source>
        <translation>Relire la configuration, enregistrer une sauvegarde, puis envoyer ces requêtes</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Up to date: there was nothing to upgrade.</source>
        <translation>À jour : il n&apos;y avait rien à mettre à niveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore from backup: %1</source>
        <translation>Restaurer depuis la sauvegarde : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring it needs access you no longer have: another administrator (or securityadmin.sh with the admin certificate) has to do that.</source>
        <translation>La restauration exige un accès que vous n&apos;avez plus : un autre administrateur (ou securityadmin.sh avec le certificat d&apos;administration) doit s&apos;en charger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup taken before sending: %1</source>
        <translation>Sauvegarde prise avant l&apos;envoi : %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Conflict: base / server / yours</source>
        <translation>Conflit : base / serveur / votre version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed on the server</source>
        <translation>Modifié sur le serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This write took away the access a restore needs: another administrator (or securityadmin.sh with the admin certificate) has to restore from %1</source>
        <translation>Cette écriture a retiré l&apos;accès nécessaire à une restauration : un autre administrateur (ou securityadmin.sh avec le certificat d&apos;administration) doit restaurer depuis %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup cannot be read: %1</source>
        <translation>La sauvegarde est illisible : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The configuration cannot be read: %1</source>
        <translation>La configuration est illisible : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The restore cannot be planned: %1</source>
        <translation>La restauration ne peut pas être planifiée : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from backup</source>
        <translation>Restaurer depuis la sauvegarde</translation>
    </message>
</context>
<context>
    <name>WriteJournal</name>
    <message>
        <location filename="../app/write/WriteJournal.cpp" line="+24"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>cannot write the journal %1</source>
        <translation>impossible d&apos;écrire le journal %1</translation>
    </message>
</context>
<context>
    <name>WriteReport</name>
    <message>
        <location filename="../app/write/WriteReport.cpp" line="+22"/>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Applied and verified: the cluster&apos;s configuration now matches the plan.</source>
        <translation>Appliqué et vérifié : la configuration du cluster correspond maintenant au plan.</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Upgraded %n entity(ies) to the defaults the cluster ships:</source>
        <translation>
            <numerusform>%n entité mise à niveau vers les valeurs par défaut du cluster :</numerusform>
            <numerusform>%n entités mises à niveau vers les valeurs par défaut du cluster :</numerusform>
        </translation>
    </message>
    <message>
        <location line="-96"/>
        <source>the configuration</source>
        <translation>la configuration</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2, %3</source>
        <translation>%1 par %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The answer to %1 was lost; reading back shows the change was applied, and the configuration now matches the plan.</source>
        <translation>La réponse à %1 a été perdue ; la relecture montre que la modification a été appliquée, et la configuration correspond maintenant au plan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to do: the plan changes nothing.</source>
        <translation>Rien à faire : le plan ne change rien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The configuration changed on the cluster since it was read (%1). Nothing was written.</source>
        <translation>La configuration a changé sur le cluster depuis sa lecture (%1). Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer to %1 was lost; reading back shows the change was not applied. Nothing was written.</source>
        <translation>La réponse à %1 a été perdue ; la relecture montre que la modification n&apos;a pas été appliquée. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The configuration could not be read before writing. Nothing was written.</source>
        <translation>La configuration n&apos;a pas pu être lue avant l&apos;écriture. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 yes, %2 no</source>
        <translation>%1 oui, %2 non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer to %1 was lost; reading back shows the change was partly applied: %2.</source>
        <translation>La réponse à %1 a été perdue ; la relecture montre que la modification a été appliquée en partie : %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The write failed part-way: only part of it is on the cluster (%1).</source>
        <translation>L&apos;écriture a échoué en cours de route : seule une partie est sur le cluster (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer to %1 was lost; reading back shows the configuration changed, but not as planned:</source>
        <translation>La réponse à %1 a été perdue ; la relecture montre que la configuration a changé, mais pas comme prévu :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Applied, but another change landed at the same time: %1. Check that both are what you want.</source>
        <translation>Appliqué, mais une autre modification est arrivée en même temps : %1. Vérifiez que les deux correspondent à ce que vous voulez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applied (the server confirmed every request); %1.</source>
        <translation>Appliqué (le serveur a confirmé chaque requête) ; %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer to %1 was lost and the configuration could not be read back: whether the change was applied is unknown. Read the configuration again before you retry.</source>
        <translation>La réponse à %1 a été perdue et la configuration n&apos;a pas pu être relue : on ne sait pas si la modification a été appliquée. Relisez la configuration avant de réessayer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>base:   %1</source>
        <translation>base :    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server: %1</source>
        <translation>serveur : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yours:  %1</source>
        <translation>vous :    %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed on the server:</source>
        <translation>Modifié sur le serveur :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the configuration again and redo the change on top of it.</source>
        <translation>Relisez la configuration et refaites la modification par-dessus.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The configuration before this write is saved in %1; restore from it to undo what was applied (passwords cannot be restored from a backup).</source>
        <translation>La configuration d&apos;avant cette écriture est enregistrée dans %1 ; restaurez-la pour annuler ce qui a été appliqué (les mots de passe ne peuvent pas être restaurés depuis une sauvegarde).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This write took away access you need to read the configuration back or to restore it: another administrator (or securityadmin.sh with the admin certificate) has to do that.</source>
        <translation>Cette écriture vous a retiré l&apos;accès nécessaire pour relire ou restaurer la configuration : un autre administrateur (ou securityadmin.sh avec le certificat d&apos;administration) doit s&apos;en charger.</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>The write failed. Nothing was written.</source>
        <translation>L&apos;écriture a échoué. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every request succeeded, but the configuration read back differs from the plan:</source>
        <translation>Chaque requête a réussi, mais la configuration relue diffère du plan :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled before anything was sent. Nothing was written.</source>
        <translation>Annulé avant tout envoi. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>  applied:  %1 (%2)</source>
        <translation>  appliqué :       %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  no change: %1 (%2)</source>
        <translation>  aucun changement : %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  FAILED:   %1: %2</source>
        <translation>  ÉCHEC :          %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  UNKNOWN:  %1: %2; it could not be read back</source>
        <translation>  INCONNU :        %1 : %2 ; relecture impossible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  applied (answer lost, found by reading back): %1: %2</source>
        <translation>  appliqué (réponse perdue, constaté par relecture) : %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  not applied (answer lost, found by reading back): %1: %2</source>
        <translation>  non appliqué (réponse perdue, constaté par relecture) : %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  CHANGED OTHERWISE (answer lost, found by reading back): %1: %2</source>
        <translation>  MODIFIÉ AUTREMENT (réponse perdue, constaté par relecture) : %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  not sent: %1</source>
        <translation>  non envoyé :     %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another change landed at the same time: %1.</source>
        <translation>Une autre modification est arrivée en même temps : %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>  %1/%2 (%3): %n change(s)</source>
        <translation>
            <numerusform>  %1/%2 (%3) : %n modification</numerusform>
            <numerusform>  %1/%2 (%3) : %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  not compared: %1</source>
        <translation>  non comparé : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup of the configuration before this write: %1</source>
        <translation>Sauvegarde de la configuration avant cette écriture : %1</translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <location filename="../app/json/YamlReader.cpp" line="+96"/>
        <source>not valid UTF-8: the byte 0x%1 in column %2; securityadmin files are UTF-8</source>
        <translation>UTF-8 non valide : l&apos;octet 0x%1 en colonne %2 ; les fichiers securityadmin sont en UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the control character U+%1 in column %2 is not allowed in YAML; write it as \u%1 in a double-quoted value</source>
        <translation>le caractère de contrôle U+%1 en colonne %2 n&apos;est pas autorisé en YAML ; écrivez-le \u%1 dans une valeur entre guillemets doubles</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>a quoted value starts here with %1 and runs on to line %2, which is not indented more than the block it belongs to: is the closing %1 missing?</source>
        <translation>une valeur entre guillemets commence ici par %1 et se poursuit jusqu&apos;à la ligne %2, qui n&apos;est pas plus indentée que le bloc auquel elle appartient : manque-t-il le %1 fermant ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a quoted value starts here with %1 and is never closed</source>
        <translation>une valeur entre guillemets commence ici par %1 et n&apos;est jamais fermée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a map key must be a plain value</source>
        <translation>une clé de table de correspondance doit être une valeur simple</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>clé en double « %1 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the alias *%1 refers to a value that contains it</source>
        <translation>l&apos;alias *%1 renvoie à une valeur qui le contient</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>values nest more than %1 levels deep; refusing</source>
        <translation>les valeurs sont imbriquées sur plus de %1 niveaux ; refusé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>aliases expand to more than %1 values; refusing</source>
        <translation>les alias se développent en plus de %1 valeurs ; refusé</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/mainwindow/LaunchOptions.cpp" line="+32"/>
        <source>SecDesk: administration of the OpenSearch Security plugin&apos;s configuration.</source>
        <translation>SecDesk : administration de la configuration du plugin OpenSearch Security.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start on a fresh in-process sandbox.</source>
        <translation>Démarrer sur un nouveau bac à sable interne au processus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the saved profile &lt;name&gt;.</source>
        <translation>Se connecter au profil enregistré &lt;name&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of the main window to &lt;file&gt; once it has settled, then quit (for documentation).</source>
        <translation>Enregistrer une image de la fenêtre principale dans &lt;file&gt; une fois stabilisée, puis quitter (pour la documentation).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with &lt;text&gt; in the filter box.</source>
        <translation>Démarrer avec &lt;text&gt; dans le champ de filtre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the node at the JSON &lt;pointer&gt;.</source>
        <translation>Sélectionner le nœud au &lt;pointer&gt; JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colours: &lt;scheme&gt; is system (the default), light or dark (Fusion style).</source>
        <translation>Couleurs : &lt;scheme&gt; vaut system (par défaut), light ou dark (style Fusion).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --sandbox: make &lt;n&gt; example writes on it first, so that the version timeline has versions.</source>
        <translation>Avec --sandbox : y faire d&apos;abord &lt;n&gt; écritures d&apos;exemple, pour que la chronologie des versions ait des versions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &lt;view&gt; once connected: timeline, patch-editor, upgrade, problems, certificates, tenancy, tokens, or the form role-editor, mapping-editor, user-editor, actiongroup-editor or tenant-editor (of the entity --select names, else a new one).</source>
        <translation>Ouvrir &lt;view&gt; une fois connecté : timeline, patch-editor, upgrade, problems, certificates, tenancy, tokens, ou le formulaire role-editor, mapping-editor, user-editor, actiongroup-editor ou tenant-editor (de l&apos;entité nommée par --select, sinon une nouvelle).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Once connected, compare with the securityadmin directory &lt;dir&gt; (with --screenshot: a picture of the compare window).</source>
        <translation>Une fois connecté, comparer avec le répertoire securityadmin &lt;dir&gt; (avec --screenshot : une image de la fenêtre de comparaison).</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>With --show timeline: select the version &lt;id&gt; (v2, ...).</source>
        <translation>Avec --show timeline : sélectionner la version &lt;id&gt; (v2, ...).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the JSON patch &lt;file&gt; in the patch editor once connected.</source>
        <translation>Ouvrir le patch JSON &lt;file&gt; dans l&apos;éditeur de patch une fois connecté.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>--demo-writes takes a whole number &gt;= 0, --show timeline, patch-editor, upgrade, problems, certificates, tenancy, tokens, role-editor, mapping-editor, user-editor, actiongroup-editor or tenant-editor.</source>
        <translation>--demo-writes prend un nombre entier &gt;= 0, --show timeline, patch-editor, upgrade, problems, certificates, tenancy, tokens, role-editor, mapping-editor, user-editor, actiongroup-editor ou tenant-editor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown --palette %1: use system, light or dark.</source>
        <translation>--palette %1 inconnu : utilisez system, light ou dark.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+90"/>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
</context>
</TS>
