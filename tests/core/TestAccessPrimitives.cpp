#include <QJsonArray>
#include <QtTest>

#include "app/access/AccessCases.h"
#include "app/access/AccessConfig.h"
#include "app/access/ActionGroups.h"
#include "app/access/DateMath.h"
#include "app/access/IndexResolver.h"
#include "app/access/NodeSettings.h"
#include "app/access/RoleMapper.h"
#include "app/access/UserAttributes.h"
#include "app/access/WildcardMatcher.h"
#include "app/json/Json.h"

using namespace Qt::StringLiterals;

// The building blocks of access evaluation, each on its own: pattern matching (and where PCRE2 had to be made to
// behave like java.util.regex), attribute substitution, date math, action group flattening, index resolution, node
// settings, role mapping reasons and the case file reader's errors.
class TestAccessPrimitives : public QObject
{
    Q_OBJECT

private:
    static QJsonObject object(const char *json) { return Json::parse(QByteArray(json))->toObject(); }

    static bool matches(const QString &pattern, const QString &value)
    {
        const Result<WildcardMatcher> matcher = WildcardMatcher::compile(pattern);
        return matcher && matcher->matches(value);
    }

private slots:
    void wildcardBasics()
    {
        QVERIFY(matches(u"*"_s, QString()));
        QVERIFY(!matches(u"  "_s, u"  "_s)); // blank matches nothing, not even itself
        QVERIFY(matches(u"logs-*"_s, u"logs-2026"_s));
        QVERIFY(!matches(u"logs-*"_s, u"Logs-2026"_s));
        QVERIFY(matches(u"a?c*z"_s, u"abcxyz"_s));
        QVERIFY(!matches(u"a?c"_s, u"ac"_s));
        QVERIFY(matches(u"*a*b*"_s, u"xxaxxbxx"_s));
        QVERIFY(!matches(u"*a*b"_s, u"xxbxxa"_s));
        QVERIFY(matches(u"/logs-\\d{4}/"_s, u"logs-2026"_s));
        QVERIFY(!matches(u"/logs-\\d{4}/"_s, u"logs-2026-x"_s)); // full match, as Matcher.matches()
        QVERIFY(WildcardMatcher::isPattern(u"/x/"_s));
        QVERIFY(!WildcardMatcher::isPattern(u"logs"_s));
        const Result<WildcardMatcher> insensitive = WildcardMatcher::compile(u"Logs-*"_s, Qt::CaseInsensitive);
        QVERIFY(insensitive->matches(u"LOGS-1"_s));
    }

    void wildcardReportsWhichPatternMatched()
    {
        const Result<WildcardMatcher> matcher = WildcardMatcher::compile(QStringList {u"a*"_s, u"exact"_s, u"/r.*/"_s});
        QVERIFY(matcher);
        QCOMPARE(matcher->matchingPattern(u"abc"_s), 0);
        QCOMPARE(matcher->matchingPattern(u"exact"_s), 1);
        QCOMPARE(matcher->matchingPattern(u"rx"_s), 2);
        QCOMPARE(matcher->matchingPattern(u"zzz"_s), -1);
        QVERIFY(WildcardMatcher().isNone());
        QVERIFY(WildcardMatcher::compile(u"*"_s)->isAny());
    }

    // Where java.util.regex and PCRE2 part ways, the Java reading wins (or the pattern is refused, saying why).
    void javaRegexDifferences()
    {
        // Java rejects a '{' that does not start a quantifier ("Illegal repetition"); PCRE2 would match it literally.
        QVERIFY(!WildcardMatcher::compile(u"/.*|{/"_s));
        QVERIFY(!WildcardMatcher::compile(u"/${user.name}/"_s));
        QVERIFY(WildcardMatcher::compile(u"/a{2,}/"_s));
        QVERIFY(matches(u"/[{]/"_s, u"{"_s)); // inside a class it is a literal in both
        QVERIFY(matches(u"/\\{x\\}/"_s, u"{x}"_s));
        // Java's ASCII POSIX classes, which PCRE2 does not name.
        QVERIFY(matches(u"/\\p{Lower}+/"_s, u"abc"_s));
        QVERIFY(!matches(u"/\\p{Lower}+/"_s, u"abC"_s));
        QVERIFY(matches(u"/[\\p{Digit}x]+/"_s, u"1x2"_s));
        QVERIFY(matches(u"/\\P{Alpha}/"_s, u"1"_s));
        // Java-only constructs are refused with a message naming the difference.
        const Result<WildcardMatcher> intersection = WildcardMatcher::compile(u"/[a-z&&[^e]]/"_s);
        QVERIFY(!intersection);
        QVERIFY(intersection.error().message.contains(u"intersection"_s));
        QVERIFY(!WildcardMatcher::compile(u"/\\p{javaLowerCase}/"_s));
        // A lone "/" fails in the plugin too.
        QVERIFY(!WildcardMatcher::compile(u"/"_s));
        // \Q...\E quotes in both.
        QVERIFY(matches(u"/\\Q{a}\\E/"_s, u"{a}"_s));
    }

    void lenientCompileKeepsTheRest()
    {
        QStringList invalid;
        const WildcardMatcher matcher = WildcardMatcher::compileLenient({u"/(/"_s, u"ok*"_s}, &invalid);
        QCOMPARE(invalid.size(), 1);
        QVERIFY(invalid.first().contains(u"/(/"_s));
        QVERIFY(matcher.matches(u"okay"_s));
        QCOMPARE(matcher.patterns(), QStringList {u"ok*"_s});
    }

    void attributeSubstitution()
    {
        AttributeSubject subject;
        subject.name = u"ann"_s;
        subject.backendRoles = {u"b1"_s, u"b2"_s};
        subject.securityRoles = {u"s1"_s};
        subject.mappedRoles = {u"s1"_s, u"m1"_s};
        subject.attributes = {{u"attr.jwt.dept"_s, u"ops"_s}};
        QCOMPARE(UserAttributes::substitute(u"logs-${user.name}"_s, subject), u"logs-ann"_s);
        QCOMPARE(UserAttributes::substitute(u"${user_name}"_s, subject), u"ann"_s);
        QCOMPARE(UserAttributes::substitute(u"[${user.roles}]"_s, subject), u"[\"b1\",\"b2\"]"_s);
        QCOMPARE(UserAttributes::substitute(u"[${user.securityRoles}]"_s, subject), u"[\"s1\",\"m1\"]"_s);
        QCOMPARE(UserAttributes::substitute(u"${attr_jwt_dept}/${attr.jwt.dept}"_s, subject), u"ops/ops"_s);
        QCOMPARE(UserAttributes::substitute(u"${attr.nope:-fallback}"_s, subject), u"fallback"_s);
        QCOMPARE(UserAttributes::substitute(u"${attr.nope:-${user.name}}"_s, subject), u"ann"_s);
        QCOMPARE(UserAttributes::substitute(u"${attr.nope}"_s, subject), u"${attr.nope}"_s);
        QCOMPARE(UserAttributes::substitute(u"$${user.name}"_s, subject), u"${user.name}"_s);
        QCOMPARE(UserAttributes::substitute(u"${unclosed"_s, subject), u"${unclosed"_s);
        QVERIFY(UserAttributes::needsSubstitution(u"a${"_s));
        QVERIFY(!UserAttributes::needsSubstitution(u"a$b{"_s));
        QCOMPARE(UserAttributes::unresolved(u"${a} x ${b.c}"_s), (QStringList {u"a"_s, u"b.c"_s}));
    }

    void attributeSubstitutionStopsOnCycles()
    {
        AttributeSubject subject;
        subject.attributes = {{u"attr.a"_s, u"${attr.a}"_s}};
        const QString rendered = UserAttributes::substitute(u"x${attr.a}"_s, subject);
        QVERIFY(rendered.startsWith(u'x')); // ends, leaving the reference as written
    }

    void dateMath()
    {
        const QDateTime now = QDateTime::fromString(u"2026-06-15T12:34:56Z"_s, Qt::ISODate);
        QCOMPARE(*DateMath::resolve(u"<logs-{now/d}>"_s, now), u"logs-2026.06.15"_s);
        QCOMPARE(*DateMath::resolve(u"<logs-{now-1d/d}>"_s, now), u"logs-2026.06.14"_s);
        QCOMPARE(*DateMath::resolve(u"<index_year_{now/y{yyyy}}>"_s, now), u"index_year_2026"_s);
        QCOMPARE(*DateMath::resolve(u"<m-{now/M{yyyy.MM}}>"_s, now), u"m-2026.06"_s);
        QCOMPARE(*DateMath::resolve(u"<h-{now{yyyy.MM.dd.HH|+02:00}}>"_s, now), u"h-2026.06.15.14"_s);
        QCOMPARE(*DateMath::resolve(u"<esc\\{x\\}-{now/d}>"_s, now), u"esc{x}-2026.06.15"_s);
        QCOMPARE(*DateMath::resolve(u"plain"_s, now), u"plain"_s);
        const Result<QString> unclosed = DateMath::resolve(u"<index_year_{now/y{yyyy}>"_s, now);
        QVERIFY(!unclosed);
        QVERIFY(unclosed.error().message.contains(u"missing closing"_s));
        QVERIFY(!DateMath::resolve(u"<x-{yesterday}>"_s, now));
        QVERIFY(!DateMath::resolve(u"<x-{now/q}>"_s, now));
        QVERIFY(!DateMath::resolve(u"<x-{now{yyyy|Nowhere/City}}>"_s, now));
    }

    void actionGroupsFlattenToAFixedPoint()
    {
        const FlattenedActionGroups groups(object(R"({
            "read": {"allowed_actions": ["indices:data/read*", "search_only"]},
            "search_only": {"allowed_actions": ["indices:data/read/search", "read"]},
            "crud": {"allowed_actions": ["read", "indices:data/write*", "unknown_group"]}
        })"));
        const QStringList crud = groups.resolve({u"crud"_s});
        QCOMPARE(crud.first(), u"crud"_s);
        QVERIFY(crud.contains(u"indices:data/read/search"_s));
        QVERIFY(crud.contains(u"indices:data/write*"_s));
        QVERIFY(crud.contains(u"unknown_group"_s)); // kept as a literal that matches nothing
        QCOMPARE(crud.count(u"read"_s), 1);         // the cycle read <-> search_only is harmless
        QCOMPARE(*groups.chain(u"crud"_s, u"indices:data/read/search"_s),
                 (QStringList {u"crud"_s, u"read"_s, u"search_only"_s}));
        QCOMPARE(*groups.chain(u"crud"_s, u"indices:data/write*"_s), QStringList {u"crud"_s});
        QCOMPARE(*groups.chain(u"x"_s, u"x"_s), QStringList());
        QVERIFY(!groups.chain(u"read"_s, u"indices:data/write*"_s));
        // A group name is looked up exactly, never as a pattern.
        QCOMPARE(groups.resolve({u"rea*"_s}), QStringList {u"rea*"_s});
    }

    void indexResolution()
    {
        const Result<IndexMetadata> metadata = IndexMetadata::fromJson(object(R"({
            "indices": {"logs-1": {"aliases": ["logs"]}, "logs-2": {"aliases": ["logs"], "closed": true},
                        ".hidden-1": {"hidden": true}, "other": {}},
            "data_streams": {"ds": [".ds-ds-000001"]}
        })"));
        QVERIFY(metadata);
        // Legacy: fixed options (open and hidden), aliases to members, data stream names added.
        const Resolution legacy = IndexResolver::legacy({u"logs"_s, u"d*"_s}, *metadata);
        QVERIFY(legacy.names.contains(u"logs-1"_s));
        QVERIFY(!legacy.names.contains(u"logs"_s));
        QVERIFY(legacy.names.contains(u"ds"_s));
        QVERIFY(legacy.names.contains(u".ds-ds-000001"_s));
        // Legacy: a missing name makes the expressions the names.
        const Resolution missing = IndexResolver::legacy({u"logs-*"_s, u"nope"_s}, *metadata);
        QVERIFY(missing.rawExpressions);
        QCOMPARE(missing.names, (QStringList {u"logs-*"_s, u"nope"_s}));
        // V4: aliases stay names, wildcards follow the request's options, exclusions apply after a wildcard.
        IndicesOptions options;
        const Resolution v4 = IndexResolver::v4({u"logs"_s, u"*"_s}, options, *metadata);
        QVERIFY(v4.names.contains(u"logs"_s));
        const Resolution wildcard = IndexResolver::v4({u"*"_s, u"-other"_s}, options, *metadata);
        QVERIFY(!wildcard.names.contains(u".hidden-1"_s));
        QVERIFY(!wildcard.names.contains(u"logs-2"_s)); // closed
        QVERIFY(!wildcard.names.contains(u"other"_s));
        QVERIFY(wildcard.hasWildcard);
        const Resolution remote = IndexResolver::v4({u"c1:logs"_s}, options, *metadata);
        QCOMPARE(remote.remote, QStringList {u"c1:logs"_s});
        QVERIFY(remote.names.isEmpty());
    }

    void indicesOptions()
    {
        const Result<IndicesOptions> options = IndicesOptions::fromJson(
            object(R"({"ignore_unavailable": true, "expand_wildcards": "open,hidden"})"), IndicesOptions());
        QVERIFY(options);
        QVERIFY(options->ignoreUnavailable && options->expandHidden && options->expandOpen && !options->expandClosed);
        const Result<IndicesOptions> bad =
            IndicesOptions::fromJson(object(R"({"expand_wildcards": "opn"})"), IndicesOptions());
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"opn"_s));
    }

    void nodeSettings()
    {
        const Result<NodeSettings> flat = NodeSettings::fromJson(object(R"({
            "plugins.security.roles_mapping_resolution": "BOTH",
            "plugins": {"security": {"system_indices": {"enabled": true, "indices": [".sys*"]}}}
        })"));
        QVERIFY(flat);
        QCOMPARE(flat->roleMappingResolution(), NodeSettings::RoleMappingResolution::Both);
        QVERIFY(flat->systemIndicesEnabled());
        QCOMPARE(flat->systemIndices(), QStringList {u".sys*"_s});
        QVERIFY(!flat->defaulted().contains(u"plugins.security.roles_mapping_resolution"_s));
        QVERIFY(flat->defaulted().contains(u"plugins.security.dfm_empty_overrides_all"_s));
        const Result<NodeSettings> wrong =
            NodeSettings::fromJson(object(R"({"plugins.security.system_indices.enabled": [1]})"));
        QVERIFY(!wrong);
        QVERIFY(wrong.error().message.contains(u"system_indices.enabled"_s));
    }

    void roleMappingGivesReasons()
    {
        const Result<NodeSettings> settings = NodeSettings::fromJson(QJsonObject());
        const AccessConfig config = AccessConfig::compile(object(R"({
            "roles": {"r1": {}, "r2": {}, "r3": {}},
            "rolesmapping": {
                "r1": {"users": ["ann"]},
                "r2": {"backend_roles": ["ops*"]},
                "r3": {"and_backend_roles": ["ops", "eu"], "hosts": ["10.0.*"]}
            }
        })"),
                                                          *settings);
        AccessUser user;
        user.name = u"ann"_s;
        user.backendRoles = {u"ops"_s};
        QList<MappedRole> mapped = config.mapper().map(user);
        QCOMPARE(mapped.size(), 2);
        QCOMPARE(mapped.at(0).role, u"r1"_s);
        QVERIFY(mapped.at(1).reasons.join(u' ').contains(u"ops*"_s));
        user.backendRoles.append(u"eu"_s);
        QVERIFY(config.mapper().mapNames(user).contains(u"r3"_s));
        user.backendRoles = {};
        user.ip = u"10.0.0.7"_s;
        QVERIFY(config.mapper().mapNames(user).contains(u"r3"_s));
    }

    void caseFilesNameWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("[{") << u"cases.json: not JSON"_s;
        QTest::newRow("not an array") << QByteArray(R"({"x": 1})") << u"neither an array"_s;
        QTest::newRow("unknown type") << QByteArray(
            R"([{"id": "c1", "request": {"type": "nope"}, "expect": {"status": "allowed"}}])")
                                      << u"case c1: request.type: unknown request type \"nope\""_s;
        QTest::newRow("unknown engine") << QByteArray(
            R"([{"id": "c2", "engine": "v5", "request": {"type": "cluster"}, "expect": {"status": "allowed"}}])")
                                        << u"case c2: engine: unknown engine \"v5\""_s;
        QTest::newRow("no expect") << QByteArray(R"([{"id": "c3", "request": {"type": "cluster"}}])")
                                   << u"case c3: expect"_s;
        QTest::newRow("bad config") << QByteArray(
            R"([{"request": {"type": "cluster"}, "config": [], "expect": {"status": "allowed"}}])")
                                    << u"case #1: config: not an object"_s;
        QTest::newRow("duplicate id") << QByteArray(R"([{"id": "d", "request": {"type": "cluster"}, "expect": {"a": 1}},
                                                        {"id": "d", "request": {"type": "cluster"}, "expect": {"a": 1}}])")
                                      << u"case d: id: used by an earlier case"_s;
    }

    void caseFilesNameWhatIsWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const Result<QList<AccessCase>> cases = AccessCases::parse(json, u"cases.json"_s);
        QVERIFY(!cases);
        QVERIFY2(cases.error().message.contains(mentions), qPrintable(cases.error().message));
    }

    // A case without its own config runs on the caller's source; a mismatch names the field, expected and got.
    void caseRunsOnTheSourceAndReportsMismatches()
    {
        const Result<QList<AccessCase>> cases = AccessCases::parse(R"([
            {"id": "analyst-reads-logs", "engine": "both", "user": {"name": "ann", "backend_roles": ["analyst"]},
             "cluster": {"indices": {"logs-1": {}, "prod-1": {}}},
             "request": {"type": "index", "actions": ["indices:data/read/search"], "indices": ["logs-1"]},
             "expect": {"status": "allowed", "http_status": 200}},
            {"id": "analyst-writes-prod", "user": {"name": "ann", "backend_roles": ["analyst"]},
             "request": {"type": "index", "actions": ["indices:data/write/index"], "indices": ["prod-1"]},
             "expect": {"status": "allowed"}}
        ])",
                                                                   u"policy.json"_s);
        QVERIFY(cases);
        AccessCaseSource source;
        source.document = object(R"({
            "roles": {"analyst": {"index_permissions": [{"index_patterns": ["logs-*"], "allowed_actions": ["indices:data/read*"]}]}},
            "rolesmapping": {"analyst": {"backend_roles": ["analyst"]}}
        })");
        const Result<QList<AccessCaseOutcome>> first = AccessCases::run(cases->at(0), source);
        QVERIFY(first);
        QCOMPARE(first->size(), 2); // both engines
        QVERIFY(first->at(0).pass && first->at(1).pass);
        const Result<QList<AccessCaseOutcome>> second = AccessCases::run(cases->at(1), source);
        QVERIFY(second);
        QCOMPARE(second->size(), 1);
        QVERIFY(!second->first().pass);
        QCOMPARE(second->first().failures, QStringList {u"status expected allowed, got denied"_s});
        QCOMPARE(second->first().result.value(u"status"_s).toString(), u"denied"_s);
    }
};

QTEST_GUILESS_MAIN(TestAccessPrimitives)
#include "TestAccessPrimitives.moc"
