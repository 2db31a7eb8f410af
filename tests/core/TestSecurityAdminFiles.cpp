#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "app/domain/ConfigGenerator.h"
#include "app/domain/SecurityAdminFiles.h"
#include "app/json/Yaml.h"
#include "app/write/ChangePlan.h"
#include "tests/support/JsonTestUtil.h"

using namespace Qt::StringLiterals;
using TestUtil::json;

namespace {

const QString FakeHash = u"$2y$12$abcdefghijklmnopqrstuu7yJ1c5fJ3o0sZQZ2qkS4Xcn2n7N9a1e"_s;

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

// What a directory holds after an export: statics and their flag gone, blank hashes gone.
QJsonObject asWritten(const QJsonObject &document)
{
    QJsonObject result;
    for (auto type = document.begin(); type != document.end(); ++type) {
        if (type.key() == u"config"_s) {
            result.insert(type.key(), type.value());
            continue;
        }
        QJsonObject entities;
        const QJsonObject source = type.value().toObject();
        for (auto it = source.begin(); it != source.end(); ++it) {
            QJsonObject entity = it.value().toObject();
            if (entity.value(u"static"_s).toBool())
                continue;
            entity.remove(u"static"_s);
            if (entity.value(u"hash"_s).toString().isEmpty())
                entity.remove(u"hash"_s);
            entities.insert(it.key(), entity);
        }
        result.insert(type.key(), entities);
    }
    return result;
}

QString shared(const QString &path)
{
    return QStringLiteral(SECDESK_SHARED_DIR) + u'/' + path;
}

} // namespace

// SecurityAdminFiles: export to securityadmin YAML and load back, the YAML scalar rules, errors with file and line,
// and the entity comparison.
class TestSecurityAdminFiles : public QObject
{
    Q_OBJECT

private slots:
    void fileNames()
    {
        QCOMPARE(SecurityAdminFiles::fileNameForType(u"rolesmapping"_s), u"roles_mapping.yml"_s);
        QCOMPARE(SecurityAdminFiles::fileNameForType(u"internalusers"_s), u"internal_users.yml"_s);
        QCOMPARE(SecurityAdminFiles::fileNameForType(u"config"_s), u"config.yml"_s);
        QCOMPARE(SecurityAdminFiles::fileNameForType(u"nope"_s), QString());
        QCOMPARE(SecurityAdminFiles::typeForFileName(u"nodes_dn.yml"_s), u"nodesdn"_s);
        QCOMPARE(SecurityAdminFiles::typeForFileName(u"whitelist.yml"_s), u"allowlist"_s);
    }

    void generatedDocumentsRoundTrip_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {1, 7, 42})
            QTest::addRow("seed %llu", seed) << seed;
    }

    void generatedDocumentsRoundTrip()
    {
        QFETCH(quint64, seed);
        ConfigGenerator::Options options;
        options.users = 25;
        options.roles = 25;
        options.mappings = 20;
        options.tenants = 10;
        options.actionGroups = 10;
        options.seed = seed;
        QJsonObject document = ConfigGenerator::generate(options);
        // Some users with real hashes, as a version holds them.
        QJsonObject users = document.value(u"internalusers"_s).toObject();
        int n = 0;
        for (auto it = users.begin(); it != users.end(); ++it, ++n) {
            if (n % 2 == 0) {
                QJsonObject user = it.value().toObject();
                user.insert(u"hash"_s, FakeHash);
                it.value() = user;
            }
        }
        document.insert(u"internalusers"_s, users);
        QTemporaryDir dir;
        const auto exported = SecurityAdminFiles::exportDirectory(document, dir.path());
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
        QCOMPARE(exported->files.size(), 9);
        const auto loaded = SecurityAdminFiles::loadDirectory(dir.path());
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        JSON_COMPARE(*loaded, asWritten(document));
        QVERIFY(SecurityAdminFiles::compareDocuments(*loaded, document).isEmpty());
    }

    void trickyScalarsStayWhatTheyAre()
    {
        // Built in code: moc 6.4 misreads some of these inside raw string literals.
        const QStringList tricky {u"123"_s,
                                  u"1.5"_s,
                                  u"null"_s,
                                  u"~"_s,
                                  u"yes"_s,
                                  u"No"_s,
                                  u""_s,
                                  u"a: b"_s,
                                  u"#x"_s,
                                  u"- x"_s,
                                  u" lead"_s,
                                  u"trail "_s,
                                  u"multi\nline"_s,
                                  u"\u00dcn\u00efcode"_s,
                                  u"tab\there"_s,
                                  u"q\"uote"_s,
                                  u"back\\slash"_s,
                                  u"*star"_s,
                                  u"&anchor"_s,
                                  u"!tag"_s,
                                  u"%pct"_s,
                                  u"@at"_s,
                                  u"`tick"_s,
                                  u"{brace}"_s,
                                  u"[x]"_s,
                                  u"0x1F"_s,
                                  u"1e3"_s,
                                  u"12:30"_s,
                                  u"2024-01-01"_s,
                                  u".inf"_s,
                                  u"on"_s,
                                  u"Y"_s,
                                  u"indices:data/read/"
                                  "*"_s,
                                  u"line\u2028sep"_s,
                                  u"bell\u0007"_s};
        QJsonObject document = json(R"({
            "roles": {"r1": {"description": "true",
                "index_permissions": [{"index_patterns": ["x"], "fls": [], "masked_fields": [],
                                       "allowed_actions": ["read"], "dls": ""}],
                "tenant_permissions": [], "reserved": false, "hidden": true, "static": false}},
            "tenants": {"1": {"description": "number-like name"}, "a b": {"description": null},
                        "true": {"description": "bool-like name"}},
            "nodesdn": {"c": {"nodes_dn": [["nested"], [], {}]}},
            "audit": {"config": {"enabled": true, "audit": {"n": 0, "neg": -5, "f": 1.5, "big": 1e20,
                      "huge": 1152921504606846976, "small": 1.5e-7, "nothing": null}}},
            "allowlist": {"config": {"enabled": false, "requests": {"_cluster_settings": ["GET", "PUT"]}}},
            "config": {"dynamic": {"http": {"xff": {"internalProxies": "192.168.0.10|192.168.0.11"}}}}
        })")
                                   .toObject();
        QJsonObject roles = document.value(u"roles"_s).toObject();
        QJsonObject r1 = roles.value(u"r1"_s).toObject();
        r1.insert(u"cluster_permissions"_s, QJsonArray::fromStringList(tricky));
        roles.insert(u"r1"_s, r1);
        roles.insert(u"/_cluster/settings"_s, QJsonObject {{u"description"_s, u"slash: key"_s}});
        document.insert(u"roles"_s, roles);
        QTemporaryDir dir;
        QVERIFY(SecurityAdminFiles::exportDirectory(document, dir.path()));
        const auto loaded = SecurityAdminFiles::loadDirectory(dir.path());
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        JSON_COMPARE(*loaded, asWritten(document));
        // Quoted where a reader could take them for something else; plain where safe.
        const QString rolesText = readText(dir.filePath(u"roles.yml"_s));
        QVERIFY(rolesText.contains(u"description: \"true\""_s));
        QVERIFY(rolesText.contains(u"- \"123\""_s));
        QVERIFY(rolesText.contains(u"- \"yes\""_s));
        QVERIFY(rolesText.contains(u"- read\n"_s));
        QVERIFY(rolesText.contains(u"_meta:\n  type: roles\n  config_version: 2\n"_s));
        QVERIFY(!rolesText.contains(u"static:"_s));
        const QString config = readText(dir.filePath(u"config.yml"_s));
        QVERIFY(config.contains(u"\nconfig:\n  dynamic:\n"_s));
    }

    void usersWithoutHashAreCommentedAndHaveNoHash()
    {
        const QJsonObject document = json(R"({"internalusers": {
            "alice": {"hash": "", "backend_roles": ["a"], "reserved": false, "static": false},
            "bob": {"hash": "", "backend_roles": ["b"], "reserved": false, "static": false},
            "carol": {"hash": "", "backend_roles": ["c"], "reserved": false, "static": false},
            "builtin": {"hash": "", "static": true}}})")
                                         .toObject();
        // The version knows alice and bob; bob changed since, so his old hash is not used.
        QJsonObject hashSource = json(R"({"internalusers": {
            "alice": {"hash": "H1", "backend_roles": ["a"], "reserved": false, "hidden": false, "static": false},
            "bob": {"hash": "H2", "backend_roles": ["old"], "reserved": false, "static": false}}})")
                                     .toObject();
        hashSource = json(QJsonDocument(hashSource).toJson().replace("H1", FakeHash.toUtf8())).toObject();
        QTemporaryDir dir;
        const auto exported = SecurityAdminFiles::exportDirectory(document, dir.path(), hashSource);
        QVERIFY(exported);
        QCOMPARE(exported->files.size(), 1);
        QCOMPARE(exported->usersWithoutHash, (QStringList {u"bob"_s, u"carol"_s}));
        const QString text = readText(dir.filePath(u"internal_users.yml"_s));
        QVERIFY(!text.contains(u"hash: \"\""_s));
        QVERIFY(!text.contains(u"builtin"_s));
        QCOMPARE(text.count(u"# no password hash available: set one before using this file with securityadmin.sh\n"_s),
                 2);
        QVERIFY(text.contains(u"# no password hash available: set one before using this file with "
                              "securityadmin.sh\nbob:\n"_s));
        const auto loaded = SecurityAdminFiles::loadDirectory(dir.path());
        QVERIFY(loaded);
        const QJsonObject loadedUsers = loaded->value(u"internalusers"_s).toObject();
        QCOMPARE(loadedUsers.value(u"alice"_s).toObject().value(u"hash"_s).toString(), FakeHash);
        QVERIFY(!loadedUsers.value(u"bob"_s).toObject().contains(u"hash"_s));
        QVERIFY(!loadedUsers.value(u"carol"_s).toObject().contains(u"hash"_s));

        // includeHashes off: nobody gets one.
        QTemporaryDir plain;
        const auto withoutHashes = SecurityAdminFiles::exportDirectory(document, plain.path(), hashSource, {false});
        QVERIFY(withoutHashes);
        QCOMPARE(withoutHashes->usersWithoutHash.size(), 3);
    }

    void fixturesLoadAndExportKeepEveryEntity()
    {
        const QString fixtures = shared(u"fixtures/security-config"_s);
        if (!QFileInfo(fixtures).isDir())
            QSKIP("../shared/fixtures/security-config is absent: the securityadmin fixtures were not tested");
        const auto loaded = SecurityAdminFiles::loadDirectory(fixtures);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->size(), 9);
        QVERIFY(loaded->value(u"roles"_s).toObject().contains(u"alerting_full_access"_s));
        QVERIFY(loaded->value(u"config"_s).toObject().value(u"dynamic"_s).toObject().contains(u"authc"_s));
        QVERIFY(loaded->value(u"internalusers"_s).toObject().value(u"admin"_s).toObject().value(u"hash"_s).isString());
        QTemporaryDir dir;
        const auto exported = SecurityAdminFiles::exportDirectory(*loaded, dir.path());
        QVERIFY(exported);
        QVERIFY(exported->usersWithoutHash.isEmpty()); // the fixtures hold real hashes
        const auto again = SecurityAdminFiles::loadDirectory(dir.path());
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        JSON_COMPARE(*again, *loaded);
        for (auto type = loaded->begin(); type != loaded->end(); ++type)
            QCOMPARE(again->value(type.key()).toObject().keys(), type.value().toObject().keys());
    }

    void brokenYamlNamesFileAndLine()
    {
        QTemporaryDir dir;
        writeText(dir.filePath(u"tenants.yml"_s), "_meta:\n  type: tenants\n  config_version: 2\nt1:\n  description: "
                                                  "[a, b\n");
        writeText(dir.filePath(u"roles.yml"_s), "_meta:\n  type: roles\n  config_version: 2\nr1:\n  reserved: true\n"
                                                "    bad: [1, 2\n");
        const auto loaded = SecurityAdminFiles::loadDirectory(dir.path());
        QVERIFY(!loaded);
        // roles.yml comes first in the app's order.
        const QString message = loaded.error().message;
        QVERIFY2(message.startsWith(dir.filePath(u"roles.yml"_s) + u":6: "_s)
                     || message.startsWith(dir.filePath(u"roles.yml"_s) + u":5: "_s),
                 qPrintable(message));
        QFile::remove(dir.filePath(u"roles.yml"_s));
        const auto tenants = SecurityAdminFiles::loadDirectory(dir.path());
        QVERIFY(!tenants);
        QVERIFY2(tenants.error().message.startsWith(dir.filePath(u"tenants.yml"_s) + u':'),
                 qPrintable(tenants.error().message));
        QVERIFY2(QRegularExpression(u"tenants\\.yml:[4-6]: "_s).match(tenants.error().message).hasMatch(),
                 qPrintable(tenants.error().message));
    }

    void unreadableFilesNameFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        const QByteArray head = "_meta:\n  type: \"roles\"\n  config_version: 2\nr1:\n  cluster_permissions:\n"
                                "    - cluster_monitor\n";
        QTest::newRow("quote never closed") << head + "  description: \"abc\n"
                                            << 7 << u"a quoted value starts here with \" and is never closed"_s;
        QTest::newRow("quote running on") << head + "    - 'indices_monitor\n    - cluster_composite_ops\nr2: {}\n"
                                          << 7 << u"a quoted value starts here with ' and runs on to line 8"_s;
        QTest::newRow("latin-1") << head + "  description: \"caf\xe9\"\n"
                                 << 7 << u"not valid UTF-8: the byte 0xE9 in column 20"_s;
    }

    // Nothing of a directory loads when one file is refused; the message names the file and the line.
    void unreadableFilesNameFileAndLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        writeText(dir.filePath(u"tenants.yml"_s), "_meta:\n  type: tenants\n  config_version: 2\nt1: {}\n");
        writeText(dir.filePath(u"roles.yml"_s), text);
        const auto loaded = SecurityAdminFiles::loadDirectory(dir.path());
        QVERIFY(!loaded);
        const QString prefix = dir.filePath(u"roles.yml"_s) + u':' + QString::number(line) + u": "_s;
        QVERIFY2(loaded.error().message.startsWith(prefix + reason), qPrintable(loaded.error().message));
    }

    void structuralErrorsNameFileAndLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("entity not a map") << u"roles.yml"_s
                                          << QByteArray("_meta:\n  type: roles\n  config_version: 2\n\nr1:\n"
                                                        "  reserved: true\nr2: [a, b]\n")
                                          << 7 << u"\"r2\" must be a map"_s;
        QTest::newRow("wrong meta type") << u"roles_mapping.yml"_s
                                         << QByteArray("# mappings\n_meta:\n  type: roles\n  config_version: 2\n") << 3
                                         << u"_meta type is \"roles\""_s;
        QTest::newRow("meta not a map") << u"tenants.yml"_s << QByteArray("\n_meta: tenants\n") << 2
                                        << u"_meta must be a map"_s;
        QTest::newRow("old config version")
            << u"tenants.yml"_s << QByteArray("_meta:\n  type: tenants\n  config_version: 1\n") << 3
            << u"_meta config_version must be 2"_s;
        QTest::newRow("no meta") << u"tenants.yml"_s << QByteArray("t1:\n  description: x\n") << 1 << u"no _meta"_s;
        QTest::newRow("config layout") << u"config.yml"_s
                                       << QByteArray("_meta:\n  type: config\n  config_version: 2\ndynamic:\n"
                                                     "  http: {}\n")
                                       << 4 << u"unexpected \"dynamic\""_s;
        QTest::newRow("duplicate key") << u"action_groups.yml"_s
                                       << QByteArray("_meta:\n  type: actiongroups\n  config_version: 2\na:\n"
                                                     "  allowed_actions: []\na:\n  allowed_actions: []\n")
                                       << 6 << u"duplicate key \"a\""_s;
        QTest::newRow("not a map") << u"nodes_dn.yml"_s << QByteArray("- a\n- b\n") << 1 << u"expected a map"_s;
    }

    void structuralErrorsNameFileAndLine()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        writeText(dir.filePath(file), text);
        const auto loaded = SecurityAdminFiles::loadDirectory(dir.path());
        QVERIFY(!loaded);
        const QString prefix = dir.filePath(file) + u':' + QString::number(line) + u": "_s;
        QVERIFY2(loaded.error().message.startsWith(prefix + reason), qPrintable(loaded.error().message));
    }

    void emptyAllowlistFileAndWhitelistName()
    {
        QTemporaryDir dir;
        writeText(dir.filePath(u"whitelist.yml"_s), "_meta:\n  type: whitelist\n  config_version: 2\n# nothing\n");
        const auto loaded = SecurityAdminFiles::loadDirectory(dir.path());
        QVERIFY(loaded);
        JSON_COMPARE(*loaded, json(R"({"allowlist": {}})"));
        QTemporaryDir empty;
        QVERIFY(!SecurityAdminFiles::loadDirectory(empty.path()));
    }

    // Exported files hold hashes and bind passwords: 0600 whatever the umask, 0700 for the directories the export
    // creates; a file that exists is tightened, a directory that exists keeps its mode.
    void exportedFilesAreReadableByTheirOwnerOnly()
    {
        const QJsonObject document = json(R"({"internalusers": {"u": {"hash": "H", "backend_roles": []}},
            "config": {"dynamic": {"authc": {"ldap": {"authentication_backend": {"config": {"password": "pw"}}}}}},
            "tenants": {"t": {"description": "d"}}})")
                                         .toObject();
        const QFile::Permissions ownerFile = QFile::ReadOwner | QFile::WriteOwner;
        const QFile::Permissions ownerDir = ownerFile | QFile::ExeOwner;
        const auto mode = [](const QString &path) {
            // The owner, group and other bits only (QFileInfo adds the "user" ones).
            return QFileInfo(path).permissions()
                   & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup
                      | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
        };
        QTemporaryDir root;
        const mode_t previous = umask(0); // an export must not depend on the umask to keep others out
        const QString dir = root.filePath(u"new/export"_s);
        const auto exported = SecurityAdminFiles::exportDirectory(document, dir);
        const QString existing = root.filePath(u"existing"_s);
        QVERIFY(QDir().mkdir(existing));
        QVERIFY(QFile::setPermissions(existing, ownerDir | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                                    | QFile::ExeOther));
        writeText(existing + u"/internal_users.yml"_s, "old");
        QVERIFY(QFile::setPermissions(existing + u"/internal_users.yml"_s,
                                      ownerFile | QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther));
        const auto again = SecurityAdminFiles::exportDirectory(document, existing);
        umask(previous);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
        QVERIFY(again);
        QCOMPARE(exported->files.size(), 3);
        for (const QString &file : exported->files)
            QCOMPARE(mode(file), ownerFile);
        QCOMPARE(mode(dir), ownerDir);
        QCOMPARE(mode(root.filePath(u"new"_s)), ownerDir);
        for (const QString &file : again->files)
            QCOMPARE(mode(file), ownerFile);
        QVERIFY(readText(existing + u"/internal_users.yml"_s).contains(u"hash: H"_s));
        QCOMPARE(mode(existing), ownerDir | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        // No temporary or placeholder file is left behind.
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 3);
        // A path that is a file cannot become the directory.
        writeText(root.filePath(u"plain"_s), "x");
        const auto refused = SecurityAdminFiles::exportDirectory(document, root.filePath(u"plain"_s));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"cannot create the directory"_s),
                 qPrintable(refused.error().message));
    }

    void compareIgnoresDefaultsAndRedactedSecrets()
    {
        // A file leaves defaults out; GET fills them in and blanks hashes.
        const QJsonObject file = json(R"({"roles": {"r1": {"cluster_permissions": ["a"]}, "r2": {}},
            "internalusers": {"u1": {"hash": "H1", "backend_roles": ["x"]}, "u2": {"hash": "H2"},
                              "u3": {"hash": "H3"}},
            "tenants": {"t1": {}}})")
                                     .toObject();
        const QJsonObject live = json(R"({"roles": {"r1": {"cluster_permissions": ["a"], "index_permissions": [],
                                                          "reserved": false, "hidden": false, "static": false},
                                                   "r3": {"static": false}, "s": {"static": true}},
            "internalusers": {"u1": {"hash": "", "backend_roles": ["x"], "attributes": {}},
                              "u2": {"hash": "H2"}, "u3": {"hash": "other"}},
            "tenants": {"t1": {"description": "now"}},
            "audit": {"config": {}}})")
                                     .toObject();
        const auto differences = SecurityAdminFiles::compareDocuments(file, live);
        const QString text = SecurityAdminFiles::differencesText(differences);
        QVERIFY2(text.startsWith(
                     u"+ roles/r2\n- roles/r3\n~ internalusers/u3 (hash)\n~ tenants/t1 (description)\n4 entit"_s),
                 qPrintable(text));
        const QJsonArray asJson = SecurityAdminFiles::differencesToJson(differences);
        QCOMPARE(asJson.at(0).toObject().value(u"kind"_s).toString(), u"added"_s);
        QCOMPARE(differences.at(2).pointer().toString(), u"/internalusers/u3"_s);
    }

    void newestMatchingVersionIgnoresHashes()
    {
        auto version = [](const QString &id, const QString &description) {
            ConfigVersion v;
            v.id = id;
            v.number = ConfigVersions::parseNumber(id);
            v.securityConfigs = json(R"({"tenants": {"configData": {"_meta": {"type": "tenants", "config_version": 2},
                                                     "t": {"description": "D", "static": false}}},
                                        "internalusers": {"configData": {"_meta": {"type": "internalusers",
                                                          "config_version": 2}, "u": {"hash": "REAL"}}}})")
                                    .toObject();
            QJsonObject tenants = v.securityConfigs.value(u"tenants"_s).toObject();
            QJsonObject data = tenants.value(u"configData"_s).toObject();
            data.insert(u"t"_s, QJsonObject {{u"description"_s, description}});
            tenants.insert(u"configData"_s, data);
            v.securityConfigs.insert(u"tenants"_s, tenants);
            return v;
        };
        const QList<ConfigVersion> versions {version(u"v1"_s, u"now"_s), version(u"v2"_s, u"now"_s),
                                             version(u"v3"_s, u"later"_s)};
        const QJsonObject live = json(R"({"tenants": {"t": {"description": "now", "reserved": false, "static": false},
                                                      "s": {"static": true}},
                                          "internalusers": {"u": {"hash": ""}}, "roles": {}})")
                                     .toObject();
        QCOMPARE(SecurityAdminFiles::newestMatchingVersion(versions, live), 1);
        QCOMPARE(SecurityAdminFiles::newestMatchingVersion(versions.mid(2), live), -1);
    }

    void promoteCopiesOnlyWhatDiffers()
    {
        const QJsonObject source = json(R"({
            "roles": {"same": {"cluster_permissions": ["a"]}, "changed": {"cluster_permissions": ["new"]},
                      "added": {"reserved": true}, "locked": {"description": "x"}},
            "internalusers": {"known": {"backend_roles": ["b"]}, "hashed": {"hash": "H", "backend_roles": []}}})")
                                       .toObject();
        const QJsonObject live = json(R"({
            "roles": {"same": {"cluster_permissions": ["a"], "reserved": false, "hidden": false, "static": false},
                      "changed": {"cluster_permissions": ["old"]}, "live_only": {}, "builtin": {"static": true},
                      "locked": {"reserved": true}},
            "internalusers": {"known": {"hash": "", "backend_roles": []}}})")
                                     .toObject();
        const QList<JsonPointer> all {JsonPointer({u"roles"_s}), JsonPointer({u"internalusers"_s})};
        auto plan = ChangePlan::promote(source, live, all, false, u"directory d"_s);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message()));
        QJsonObject expected = live;
        QJsonObject roles = expected.value(u"roles"_s).toObject();
        roles.insert(u"changed"_s, QJsonObject {{u"cluster_permissions"_s, QJsonArray {u"new"_s}}});
        roles.insert(u"added"_s, QJsonObject()); // reserved cannot be set through the REST API
        expected.insert(u"roles"_s, roles);
        QJsonObject users = expected.value(u"internalusers"_s).toObject();
        users.insert(u"known"_s, QJsonObject {{u"backend_roles"_s, QJsonArray {u"b"_s}}});
        users.insert(u"hashed"_s, QJsonObject {{u"hash"_s, u"H"_s}, {u"backend_roles"_s, QJsonArray()}});
        expected.insert(u"internalusers"_s, users);
        JSON_COMPARE(plan->expected, expected);
        const QString warnings = plan->warnings.join(u'\n');
        QVERIFY2(warnings.contains(u"/roles/locked"_s) && warnings.contains(u"/roles/live_only"_s),
                 qPrintable(warnings));

        auto pruned = ChangePlan::promote(source, live, {JsonPointer({u"roles"_s})}, true, u"directory d"_s);
        QVERIFY(pruned);
        QVERIFY(!pruned->expected.value(u"roles"_s).toObject().contains(u"live_only"_s));
        QVERIFY(pruned->expected.value(u"roles"_s).toObject().contains(u"builtin"_s));
        QVERIFY(pruned->expected.value(u"roles"_s).toObject().contains(u"locked"_s));

        // A new user needs a hash; one entity can be named alone.
        QJsonObject noHash = source;
        noHash.insert(u"internalusers"_s, json(R"({"fresh": {"backend_roles": []}})"));
        const auto refused = ChangePlan::promote(noHash, live, {JsonPointer({u"internalusers"_s, u"fresh"_s})}, false,
                                                 u"profile staging"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(u"fresh"_s), qPrintable(refused.error().message()));
        const auto one =
            ChangePlan::promote(source, live, {JsonPointer({u"roles"_s, u"changed"_s})}, false, u"directory d"_s);
        QVERIFY(one);
        QCOMPARE(one->changes().size(), 1);
        QVERIFY(!ChangePlan::promote(source, live, {JsonPointer({u"tenants"_s})}, false, u"d"_s));
    }

    void yamlParseTypesScalars()
    {
        const auto parsed = Yaml::parse("a: 1\nb: '1'\nc: 1.5\nd: ~\ne: TRUE\nf: yes\ng: 0x10\nh: \"null\"\ni: |\n"
                                        "  block\nj: !!str 5\n");
        QVERIFY(parsed);
        JSON_COMPARE(parsed->value, json(R"({"a": 1, "b": "1", "c": 1.5, "d": null, "e": true, "f": "yes",
                                              "g": 16, "h": "null", "i": "block\n", "j": "5"})"));
        QCOMPARE(parsed->lineOf(u"/c"_s), 3);
    }

    void yamlNumbersBeyondDoubleStayText()
    {
        // Found by fuzz_yaml_import: 1e3082 became infinity, which JSON cannot hold (written back as "inf", a
        // string, and sent to a cluster as null). Like .inf, such a number stays the text it was.
        const QByteArray digits(400, '9');
        const auto parsed = Yaml::parse("a: 1e3082\nb: -1e400\nc: " + digits + "\nd: 1e308\n");
        QVERIFY(parsed);
        const QJsonObject value = parsed->value.toObject();
        QCOMPARE(value.value(u"a"_s), QJsonValue(u"1e3082"_s));
        QCOMPARE(value.value(u"b"_s), QJsonValue(u"-1e400"_s));
        QCOMPARE(value.value(u"c"_s), QJsonValue(QString::fromLatin1(digits)));
        QCOMPARE(value.value(u"d"_s), QJsonValue(1e308));
        const auto reread = Yaml::parse(Yaml::block(parsed->value, 0).toUtf8());
        QVERIFY(reread);
        JSON_COMPARE(reread->value, parsed->value);
    }
};

QTEST_APPLESS_MAIN(TestSecurityAdminFiles)
#include "TestSecurityAdminFiles.moc"
