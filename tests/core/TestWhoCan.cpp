#include <QtTest>

#include "app/access/AccessConfig.h"
#include "app/access/WhoCan.h"
#include "app/domain/ConfigGenerator.h"
#include "app/domain/IndexMetadata.h"
#include "app/json/Json.h"

using namespace Qt::StringLiterals;

// who-can takes shortcuts (users with the same relevant roles share one evaluation): its answer must be exactly what
// evaluating every user one by one gives, on a generated configuration and on one built to defeat the shortcuts
// (templates, aliases, protected indices, explicit system index grants), for both engines.
class TestWhoCan : public QObject
{
    Q_OBJECT

private:
    static QList<WhoCanEntry> oneByOne(const AccessConfig &config, const IndexMetadata &metadata,
                                       const AccessRequest &request, AccessEngine engine)
    {
        QList<WhoCanEntry> entries;
        EvaluationOptions options;
        options.engine = engine;
        options.details = false;
        const auto add = [&](const AccessUser &user, WhoCanEntry::Kind kind, const QString &subject) {
            const AccessDecision decision = AccessEvaluator::evaluate(config, metadata, user, request, options);
            if (decision.status == AccessStatus::Denied)
                return;
            WhoCanEntry entry {kind, subject, decision.status, {}};
            for (const GrantedCell &cell : decision.grants) {
                if (!entry.roles.contains(cell.grant.role))
                    entry.roles.append(cell.grant.role);
            }
            entries.append(entry);
        };
        QStringList names = config.internalUserNames();
        names.sort();
        for (const QString &name : names)
            add(*config.userFromInternalUsers(name), WhoCanEntry::Kind::InternalUser, name);
        for (const QString &backendRole : WhoCan::mappedBackendRoles(config)) {
            AccessUser user;
            user.backendRoles = {backendRole};
            add(user, WhoCanEntry::Kind::BackendRole, backendRole);
        }
        return entries;
    }

    static QString describe(const QList<WhoCanEntry> &entries)
    {
        QStringList lines;
        for (const WhoCanEntry &e : entries)
            lines.append(u"%1 %2 %3"_s.arg(e.subject, AccessStatuses::name(e.status), e.roles.join(u',')));
        return lines.join(u'\n');
    }

    static void compare(const AccessConfig &config, const IndexMetadata &metadata, const AccessRequest &request)
    {
        for (const AccessEngine engine : {AccessEngine::Legacy, AccessEngine::V4}) {
            const QString fast = describe(WhoCan::evaluate(config, metadata, request, engine));
            const QString slow = describe(oneByOne(config, metadata, request, engine));
            QVERIFY2(fast == slow, qPrintable(u"%1 %2 on %3:\nwho-can:\n%4\none by one:\n%5"_s.arg(
                                       AccessEngines::name(engine), request.actions.join(u','),
                                       request.indices.join(u','), fast, slow)));
        }
    }

private slots:
    void generatedConfiguration()
    {
        ConfigGenerator::Options options;
        options.users = 600;
        options.roles = 200;
        options.mappings = 200;
        options.tenants = 20;
        options.actionGroups = 40;
        const QJsonObject document = ConfigGenerator::generate(options);
        const AccessConfig config = AccessConfig::compile(document, NodeSettings());
        IndexMetadata metadata;
        QStringList indices;
        const QJsonObject roles = document.value(u"roles"_s).toObject();
        for (auto role = roles.begin(); role != roles.end() && indices.size() < 40; ++role) {
            for (const QJsonValue &permission : role->toObject().value(u"index_permissions"_s).toArray()) {
                for (const QJsonValue &pattern : permission.toObject().value(u"index_patterns"_s).toArray()) {
                    const QString name = pattern.toString().replace(u'*', u"2026"_s);
                    if (!name.contains(u'/') && !name.contains(u'$') && !indices.contains(name))
                        indices.append(name);
                }
            }
        }
        for (const QString &index : std::as_const(indices))
            metadata.addIndex(index, {{u"every"_s}, false, false, {}});
        for (const QString &index : indices.mid(0, 6)) {
            compare(config, metadata, {{u"indices:data/read/search"_s}, {index}, {}});
            compare(config, metadata, {{u"indices:data/write/index"_s}, {index}, {}});
        }
        compare(config, metadata, {{u"indices:data/read/search"_s}, {u"every"_s}, {}});
        compare(config, metadata, {{u"indices:data/read/search"_s}, {u"*"_s}, {}});
        compare(config, metadata, {{u"cluster:monitor/health"_s}, {}, {}});
    }

    void shortcutsDefeated()
    {
        const Result<QJsonValue> document = Json::parse(QByteArray(R"({
            "config": {"dynamic": {"do_not_fail_on_forbidden": true}},
            "roles": {
                "own": {"index_permissions": [{"index_patterns": ["home-${user.name}"], "allowed_actions": ["indices:data/read/search"]}]},
                "alias_reader": {"index_permissions": [{"index_patterns": ["logs"], "allowed_actions": ["indices:data/read/search"]}]},
                "member_reader": {"index_permissions": [{"index_patterns": ["logs-1", "logs-2"], "allowed_actions": ["indices:data/read/search"]}]},
                "sys": {"index_permissions": [{"index_patterns": [".sys"], "allowed_actions": ["system:admin/system_index", "indices:data/read/search"]}]},
                "guard": {},
                "elsewhere": {"index_permissions": [{"index_patterns": ["other"], "allowed_actions": ["indices:data/read/search"]}]}
            },
            "rolesmapping": {
                "own": {"users": ["*"]}, "alias_reader": {"backend_roles": ["a"]}, "member_reader": {"backend_roles": ["m"]},
                "sys": {"backend_roles": ["s"]}, "guard": {"backend_roles": ["g"]}, "elsewhere": {"backend_roles": ["e"]}
            },
            "internalusers": {"ann": {"backend_roles": ["a"]}, "bob": {"backend_roles": ["m", "e"]},
                              "cid": {"backend_roles": ["s", "g"]}, "dan": {"backend_roles": ["e"]},
                              "eve": {"backend_roles": ["s"]}}
        })"));
        QVERIFY(document);
        const Result<NodeSettings> settings = NodeSettings::fromJson(
            QJsonObject {{u"plugins.security.system_indices.enabled"_s, true},
                         {u"plugins.security.system_indices.permission.enabled"_s, true},
                         {u"plugins.security.system_indices.indices"_s, QJsonArray {u".sys"_s}},
                         {u"plugins.security.protected_indices.enabled"_s, true},
                         {u"plugins.security.protected_indices.indices"_s, QJsonArray {u"logs-2"_s}},
                         {u"plugins.security.protected_indices.roles"_s, QJsonArray {u"guard"_s}}});
        QVERIFY(settings);
        const AccessConfig config = AccessConfig::compile(document->toObject(), *settings);
        const Result<IndexMetadata> metadata = IndexMetadata::fromJson(Json::parse(QByteArray(R"({
            "indices": {"logs-1": {"aliases": ["logs"]}, "logs-2": {"aliases": ["logs"]}, "home-ann": {},
                        "home-bob": {}, ".sys": {"hidden": true}, "other": {}}
        })"))
                                                                           ->toObject());
        QVERIFY(metadata);
        for (const QString &index : {u"logs"_s, u"logs-1"_s, u"logs-2"_s, u"home-ann"_s, u".sys"_s, u"other"_s})
            compare(config, *metadata, {{u"indices:data/read/search"_s}, {index}, {}});
        compare(config, *metadata, {{u"indices:data/write/index"_s}, {u"logs-2"_s}, {}});
        compare(config, *metadata, {{u"indices:data/read/search"_s}, {u"logs*"_s}, {}});
        // The shortcut must still find the user whose own index a template grants.
        const QList<WhoCanEntry> home =
            WhoCan::evaluate(config, *metadata, {{u"indices:data/read/search"_s}, {u"home-ann"_s}, {}});
        QVERIFY(std::any_of(home.cbegin(), home.cend(), [](const WhoCanEntry &e) { return e.subject == u"ann"_s; }));
        QVERIFY(std::none_of(home.cbegin(), home.cend(), [](const WhoCanEntry &e) { return e.subject == u"bob"_s; }));
    }
};

QTEST_GUILESS_MAIN(TestWhoCan)
#include "TestWhoCan.moc"
