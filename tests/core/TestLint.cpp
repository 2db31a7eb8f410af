#include <QDir>
#include <QJsonArray>
#include <QtTest>

#include "app/access/StaticEntities.h"
#include "app/domain/ConfigGenerator.h"
#include "app/domain/SecurityAdminFiles.h"
#include "app/json/Json.h"
#include "app/json/JsonPatch.h"
#include "app/lint/Lint.h"

using namespace Qt::StringLiterals;

// Every lint rule on a configuration that triggers it and on one that does not (tests/data/lint/rules.json), each
// fix applied and linted again, the change rules, the output formats, and the plugin's default configuration (from
// beside the checkout) giving no critical or high finding but the demo configuration's.
class TestLint : public QObject
{
    Q_OBJECT

private:
    static QJsonArray ruleCases()
    {
        const Result<QJsonValue> cases = Json::readFile(QStringLiteral(SECDESK_TEST_DATA_DIR "/lint/rules.json"));
        if (!cases)
            qFatal("%s", qPrintable(cases.error().message));
        return cases->toArray();
    }

    static LintContext contextFor(const QJsonObject &json)
    {
        LintContext context;
        context.hashesVisible = json.value(u"hashesVisible"_s).toBool();
        if (json.contains(u"clusterVersion"_s))
            context.clusterVersion = QVersionNumber::fromString(json.value(u"clusterVersion"_s).toString());
        return context;
    }

    static const LintFinding *find(const QList<LintFinding> &findings, const QString &rule, const QString &pointer)
    {
        for (const LintFinding &f : findings) {
            if (f.rule == rule && f.pointer == pointer)
                return &f;
        }
        return nullptr;
    }

    static QStringList rulesIn(const QList<LintFinding> &findings)
    {
        QStringList rules;
        for (const LintFinding &f : findings)
            rules.append(f.rule + u' ' + f.pointer);
        return rules;
    }

private slots:
    void everyRuleHasACase()
    {
        QSet<QString> covered {u"reserved-edit"_s, u"self-lockout"_s}; // the change rules: changeRules() below
        for (const QJsonValue &c : ruleCases())
            covered.insert(c[u"rule"_s].toString());
        for (const LintRule &rule : Lint::rules())
            QVERIFY2(covered.contains(rule.id), qPrintable(rule.id + u" has no test case"_s));
    }

    void rules_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        for (const QJsonValue &c : ruleCases())
            QTest::newRow(qPrintable(c[u"rule"_s].toString())) << c.toObject();
    }

    void rules()
    {
        QFETCH(QJsonObject, testCase);
        const QString rule = testCase.value(u"rule"_s).toString();
        const QString pointer = testCase.value(u"pointer"_s).toString();
        const LintContext context = contextFor(testCase.value(u"context"_s).toObject());
        const QJsonObject bad = testCase.value(u"bad"_s).toObject();
        const QList<LintFinding> findings = Lint::run(bad, context);
        const LintFinding *finding = find(findings, rule, pointer);
        QVERIFY2(finding, qPrintable(u"no %1 at %2; found: %3"_s.arg(rule, pointer, rulesIn(findings).join(u", "_s))));
        QCOMPARE(finding->severity, Lint::rule(rule)->severity);
        QVERIFY(!finding->message.isEmpty());

        const QList<LintFinding> good = Lint::run(testCase.value(u"good"_s).toObject(), context);
        for (const LintFinding &f : good)
            QVERIFY2(f.rule != rule, qPrintable(u"the corrected configuration still has %1 at %2: %3"_s.arg(
                                         rule, f.pointer, f.message)));

        // The fix, where there is one, applies and removes the finding.
        if (!finding->fix.isEmpty()) {
            const Result<JsonPatch, PatchError> patch = JsonPatch::fromJson(finding->fix);
            QVERIFY(patch);
            QJsonValue fixed = bad;
            QVERIFY2(patch->applyInPlace(fixed), "the fix does not apply");
            QVERIFY2(!find(Lint::run(fixed.toObject(), context), rule, pointer), "the fix leaves the finding");
        }

        // A disabled rule gives no finding.
        LintContext disabled = context;
        disabled.disabled.insert(rule);
        QVERIFY(!find(Lint::run(bad, disabled), rule, pointer));
    }

    // A rule that lacks data says so instead of guessing.
    void notesSayWhatIsUnknown()
    {
        QJsonObject document = ruleCases().at(15)[u"bad"_s].toObject();         // string-too-long-3.8
        const QList<LintFinding> findings = Lint::run(document, LintContext()); // no cluster version
        const LintFinding *finding = find(findings, u"string-too-long-3.8"_s, u"/roles/r/description"_s);
        QVERIFY(finding);
        QVERIFY(finding->note.contains(u"version is not known"_s));
        LintContext old;
        old.clusterVersion = QVersionNumber(3, 7, 0);
        QVERIFY(!find(Lint::run(document, old), u"string-too-long-3.8"_s, u"/roles/r/description"_s));
        // Without the security config, mapped-user-missing cannot know the backends are internal only: no guess.
        QJsonObject noConfig = ruleCases().at(7)[u"bad"_s].toObject(); // mapped-user-missing
        noConfig.remove(u"config"_s);
        QVERIFY(!find(Lint::run(noConfig, LintContext()), u"mapped-user-missing"_s, u"/rolesmapping/r/users/0"_s));
    }

    void changeRules()
    {
        const Result<QJsonValue> parsed = Json::parse(QByteArray(R"({
            "roles": {"locked": {"reserved": true, "cluster_permissions": []}, "r": {}, "all_access": {"reserved": true}},
            "rolesmapping": {"all_access": {"users": ["alice"]}, "r": {"backend_roles": ["staff"]}},
            "internalusers": {"alice": {}}
        })"));
        const QJsonObject before = parsed->toObject();
        QJsonObject after = before;
        QJsonObject roles = after.value(u"roles"_s).toObject();
        roles.insert(u"locked"_s, QJsonObject {{u"reserved"_s, true}, {u"cluster_permissions"_s, QJsonArray {u"*"_s}}});
        after.insert(u"roles"_s, roles);
        QJsonObject mappings = after.value(u"rolesmapping"_s).toObject();
        mappings.remove(u"all_access"_s);
        mappings.insert(u"everyone"_s, QJsonObject {{u"users"_s, QJsonArray {u"*"_s}}});
        after.insert(u"rolesmapping"_s, mappings);
        LintContext context;
        context.connection.userName = u"alice"_s;
        context.connection.currentRoles = {u"all_access"_s};
        const LintDelta delta = Lint::change(before, after, context);
        const QStringList introduced = rulesIn(delta.introduced);
        QVERIFY2(introduced.contains(u"reserved-edit /roles/locked"_s), qPrintable(introduced.join(u", "_s)));
        QVERIFY2(introduced.contains(u"self-lockout /rolesmapping/all_access"_s), qPrintable(introduced.join(u", "_s)));
        QVERIFY(introduced.contains(u"mapping-matches-everyone /rolesmapping/everyone/users/0"_s));
        QVERIFY(introduced.contains(u"mapping-to-missing-role /rolesmapping/everyone"_s));
        // The reverse change removes the mapping findings again.
        const LintDelta back = Lint::change(after, before, LintContext());
        QVERIFY(rulesIn(back.removed).contains(u"mapping-matches-everyone /rolesmapping/everyone/users/0"_s));
        QVERIFY(Lint::change(before, before, context).isEmpty());
        // A finding on an entity the change does not touch stays (the demo mapping of all_access here).
        QJsonObject demo = before;
        QJsonObject demoMappings = demo.value(u"rolesmapping"_s).toObject();
        demoMappings.insert(u"all_access"_s, QJsonObject {{u"backend_roles"_s, QJsonArray {u"admin"_s}}});
        demo.insert(u"rolesmapping"_s, demoMappings);
        QJsonObject elsewhere = demo;
        QJsonObject otherRoles = elsewhere.value(u"roles"_s).toObject();
        otherRoles.insert(u"r"_s, QJsonObject {{u"description"_s, u"changed"_s}});
        elsewhere.insert(u"roles"_s, otherRoles);
        const LintDelta unrelated = Lint::change(demo, elsewhere, LintContext());
        QVERIFY2(unrelated.removed.isEmpty(), qPrintable(rulesIn(unrelated.removed).join(u", "_s)));
    }

    // The incremental path gives what linting the whole changed document gives.
    void changeMatchesAFullRun()
    {
        for (const QJsonValue &c : ruleCases()) {
            const QJsonObject bad = c[u"bad"_s].toObject();
            const QJsonObject good = c[u"good"_s].toObject();
            const LintContext context = contextFor(c[u"context"_s].toObject());
            for (const auto &[from, to] : {std::pair {good, bad}, std::pair {bad, good}}) {
                const LintDelta delta = Lint::change(from, to, context);
                QStringList expected;
                const QList<LintFinding> was = Lint::run(from, context);
                const QList<LintFinding> now = Lint::run(to, context);
                QSet<QString> wasKeys;
                for (const LintFinding &f : was)
                    wasKeys.insert(f.key());
                for (const LintFinding &f : now) {
                    if (!wasKeys.contains(f.key()))
                        expected.append(f.key());
                }
                QStringList got;
                for (const LintFinding &f : delta.introduced) {
                    if (f.rule != u"reserved-edit"_s && f.rule != u"self-lockout"_s)
                        got.append(f.key());
                }
                expected.sort();
                got.sort();
                QCOMPARE(got, expected);
            }
        }
    }

    // A baseline's changes give what two full runs give, on generated configurations changed at random: roles
    // with DLS, FLS and unrestricted entries on shared patterns, mappings by user name, pattern and backend role,
    // users gaining and losing backend and security roles, entities added and removed. Introduced and removed alike.
    void baselineChangesMatchFullRuns()
    {
        ConfigGenerator::Options options;
        options.users = 300;
        options.roles = 60;
        options.mappings = 60;
        options.tenants = 10;
        options.actionGroups = 10;
        const QJsonObject generated = ConfigGenerator::generate(options);
        QRandomGenerator random(7);
        const QStringList patterns {u"logs-*"_s, u"logs-2026*"_s, u"metrics-web"_s, u"app-*"_s};
        const auto pick = [&](const QJsonObject &object) {
            const QStringList keys = object.keys();
            return keys.at(random.bounded(int(keys.size())));
        };
        // Some users share backend roles, so that roles meet in users.
        const QStringList backendRoles {u"staff"_s, u"ops"_s, u"audit"_s};
        const auto mutate = [&](QJsonObject document) {
            QJsonObject roles = document.value(u"roles"_s).toObject();
            QJsonObject mappings = document.value(u"rolesmapping"_s).toObject();
            QJsonObject users = document.value(u"internalusers"_s).toObject();
            const int operations = 1 + random.bounded(5);
            for (int i = 0; i < operations; ++i) {
                const QString pattern = patterns.at(random.bounded(int(patterns.size())));
                switch (random.bounded(9)) {
                case 0: // a role entry with DLS, FLS inclusions, FLS exclusions or none
                case 1: {
                    const QString name = pick(roles);
                    QJsonObject role = roles.value(name).toObject();
                    QJsonObject entry {{u"index_patterns"_s, QJsonArray {pattern}},
                                       {u"allowed_actions"_s, QJsonArray {u"read"_s}}};
                    const int kind = random.bounded(4);
                    if (kind == 1)
                        entry.insert(u"dls"_s, u"{\"term\":{\"team\":\"a\"}}"_s);
                    else if (kind == 2)
                        entry.insert(u"fls"_s, QJsonArray {u"name"_s});
                    else if (kind == 3)
                        entry.insert(u"fls"_s, QJsonArray {u"~secret"_s});
                    QJsonArray entries = role.value(u"index_permissions"_s).toArray();
                    entries.append(entry);
                    role.insert(u"index_permissions"_s, entries);
                    roles.insert(name, role);
                    break;
                }
                case 2: // a role removed
                    roles.remove(pick(roles));
                    break;
                case 3: { // a mapping by backend role
                    const QString role = pick(roles);
                    mappings.insert(
                        role, QJsonObject {{u"backend_roles"_s,
                                            QJsonArray {backendRoles.at(random.bounded(int(backendRoles.size())))}}});
                    break;
                }
                case 4: { // a mapping by user name, or by a users pattern
                    const QString role = pick(roles);
                    const QString who = random.bounded(3) == 0   ? u"*"_s
                                        : random.bounded(2) == 0 ? pick(users).left(3) + u'*'
                                                                 : pick(users);
                    mappings.insert(role, QJsonObject {{u"users"_s, QJsonArray {who}}});
                    break;
                }
                case 5: // a mapping removed
                    mappings.remove(pick(mappings));
                    break;
                case 6: { // a user's backend roles and security roles
                    const QString name = pick(users);
                    QJsonObject user = users.value(name).toObject();
                    user.insert(u"backend_roles"_s,
                                QJsonArray {backendRoles.at(random.bounded(int(backendRoles.size())))});
                    user.insert(u"opendistro_security_roles"_s, QJsonArray {pick(roles)});
                    users.insert(name, user);
                    break;
                }
                case 7: // a user removed
                    users.remove(pick(users));
                    break;
                default: // a user added
                    users.insert(u"added-%1"_s.arg(random.bounded(1000)),
                                 QJsonObject {{u"backend_roles"_s, QJsonArray {backendRoles.first()}},
                                              {u"opendistro_security_roles"_s, QJsonArray {pick(roles)}}});
                    break;
                }
            }
            document.insert(u"roles"_s, roles);
            document.insert(u"rolesmapping"_s, mappings);
            document.insert(u"internalusers"_s, users);
            return document;
        };
        const auto keys = [](const QList<LintFinding> &findings) {
            QSet<QString> set;
            for (const LintFinding &f : findings) {
                if (f.rule != u"reserved-edit"_s && f.rule != u"self-lockout"_s)
                    set.insert(f.key());
            }
            return set;
        };
        QJsonObject before = generated;
        int pairFindings = 0;
        for (int round = 0; round < 40; ++round) {
            before = mutate(before);
            const LintBaseline baseline(before, LintContext());
            for (int change = 0; change < 3; ++change) {
                const QJsonObject after = mutate(before);
                const LintDelta delta = baseline.change(after);
                const QSet<QString> was = keys(baseline.findings());
                const QSet<QString> now = keys(Lint::run(after, LintContext()));
                QStringList expectedIntroduced = (now - was).values(), expectedRemoved = (was - now).values();
                QStringList introduced = keys(delta.introduced).values(), removed = keys(delta.removed).values();
                for (QStringList *list : {&expectedIntroduced, &expectedRemoved, &introduced, &removed})
                    list->sort();
                QCOMPARE(introduced, expectedIntroduced);
                QCOMPARE(removed, expectedRemoved);
                for (const QString &key : now)
                    pairFindings += key.startsWith(u"dls-overridden"_s) || key.startsWith(u"fls-mixed"_s);
            }
        }
        // The changes made the pair rules fire, so that their incremental path was exercised.
        QVERIFY(pairFindings > 0);
    }

    // The shared baselines: the same document and context give the same baseline; another context or document, another.
    void sharedBaselines()
    {
        const QJsonObject document = ruleCases().at(1)[u"bad"_s].toObject();
        LintContext context;
        const auto first = Lint::baseline(document, context);
        QCOMPARE(Lint::baseline(QJsonObject(document), context).get(), first.get());
        QCOMPARE(first->findings().size(), Lint::run(document, context).size());
        LintContext other = context;
        other.disabled.insert(u"mapping-matches-everyone"_s);
        const auto second = Lint::baseline(document, other);
        QVERIFY(second.get() != first.get());
        QVERIFY(second->findings().size() < first->findings().size());
        QJsonObject changed = document;
        changed.insert(u"tenants"_s, QJsonObject {{u"t"_s, QJsonObject()}});
        QVERIFY(Lint::baseline(changed, context).get() != first.get());
    }

    void formats()
    {
        const QJsonObject bad = ruleCases().at(1)[u"bad"_s].toObject(); // mapping-matches-everyone
        const QList<LintFinding> findings = Lint::run(bad, LintContext());
        const QString text = Lint::text(findings);
        QVERIFY(text.contains(u"critical mapping-matches-everyone /rolesmapping/r/users/0: "_s));
        QVERIFY(text.contains(u"    fix: [{\"op\":\"remove\",\"path\":\"/rolesmapping/r/users/0\"}]"_s));
        const QJsonObject json = Lint::json(findings);
        QCOMPARE(json[u"counts"_s][u"critical"_s].toInt(), 1);
        QCOMPARE(json[u"findings"_s][0][u"rule"_s].toString(), u"mapping-matches-everyone"_s);
        const QJsonObject sarif = Lint::sarif(findings, u"config.json"_s);
        QCOMPARE(sarif[u"version"_s].toString(), u"2.1.0"_s);
        const QJsonObject run = sarif[u"runs"_s][0].toObject();
        QCOMPARE(run[u"tool"_s][u"driver"_s][u"rules"_s].toArray().size(), Lint::rules().size());
        const QJsonObject result = run[u"results"_s][0].toObject();
        QCOMPARE(result[u"ruleId"_s].toString(), u"mapping-matches-everyone"_s);
        QCOMPARE(result[u"level"_s].toString(), u"error"_s);
        QCOMPARE(result[u"locations"_s][0][u"physicalLocation"_s][u"artifactLocation"_s][u"uri"_s].toString(),
                 u"config.json"_s);
        QCOMPARE(result[u"locations"_s][0][u"logicalLocations"_s][0][u"fullyQualifiedName"_s].toString(),
                 u"/rolesmapping/r/users/0"_s);
    }

    void pluginDefaultsOnlyHaveTheDemoFindings()
    {
        const QString dir = QStringLiteral(SECDESK_SHARED_DIR "/fixtures/security-config");
        if (!QDir(dir).exists())
            QSKIP(qPrintable(dir + u" is absent: the plugin's default configuration was not linted"_s));
        const Result<QJsonObject> loaded = SecurityAdminFiles::loadDirectory(dir);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        LintContext context;
        context.hashesVisible = true;
        const QList<LintFinding> findings = Lint::run(StaticEntities::withStatics(*loaded, 3), context);
        QStringList serious;
        bool demo = false;
        for (const LintFinding &f : findings) {
            demo = demo || f.rule == u"demo-config-left"_s;
            if (f.severity >= LintSeverity::High && f.rule != u"demo-config-left"_s)
                serious.append(f.rule + u' ' + f.pointer + u": "_s + f.message);
        }
        QVERIFY2(serious.isEmpty(), qPrintable(serious.join(u'\n')));
        QVERIFY(demo);
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "TestLint.moc"
