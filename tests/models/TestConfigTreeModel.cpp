#include <random>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QThreadPool>
#include <QtTest>

#include "app/common/WorkerPool.h"
#include "app/json/Json.h"
#include "app/models/ConfigTreeModel.h"
#include "app/models/ConfigTreeSearchIndex.h"
#include "tests/support/RandomJson.h"

namespace {

QJsonObject sample()
{
    return Json::parse(R"({
        "config": {"dynamic": {"authc": {"basic": {"order": 4, "http_enabled": true}}, "hosts_resolver_mode": "ip-only"}},
        "roles": {
            "zeta": {"reserved": false, "cluster_permissions": ["cluster_monitor"]},
            "Alpha": {"reserved": true, "static": false, "index_permissions": [
                {"index_patterns": ["logs-*"], "allowed_actions": ["read", "search"]}]},
            "beta": {"hidden": true, "static": true, "description": "Built in"}},
        "rolesmapping": {"Alpha": {"users": ["ops"], "backend_roles": []}},
        "internalusers": {"ops": {"hash": "", "backend_roles": ["operations"]}},
        "actiongroups": {},
        "tenants": {"global_tenant": {"static": true, "reserved": true}},
        "audit": {"config": {"enabled": true}}})")
        .value()
        .toObject();
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

QModelIndex at(const ConfigTreeModel &model, const char *pointer)
{
    return model.indexForPointer(JsonPointer::parse(QString::fromLatin1(pointer)).value());
}

// Lets every worker finish and delivers what they reported, so that a result that should be dropped would show.
void settle()
{
    QVERIFY(WorkerPool::instance()->waitForDone(10000));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

// Every node below `parent` as "pointer matched" lines, depth first: the whole shape of a (filtered) tree.
void describe(const ConfigTreeModel &model, const QModelIndex &parent, QStringList &lines)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        lines << index.data(ConfigTreeModel::PointerRole).toString() + u' '
                     + (index.data(ConfigTreeModel::MatchedRole).toBool() ? u'*' : u'-') + u' '
                     + index.siblingAtColumn(ConfigTreeModel::ValueColumn).data().toString();
        describe(model, index, lines);
    }
}

QStringList describe(const ConfigTreeModel &model)
{
    QStringList lines;
    describe(model, {}, lines);
    return lines;
}

// Strings that case folding treats in every way: ASCII, accents, sharp s (folds to two letters), the Kelvin sign
// (folds to k), final sigma, a ligature, a character outside the BMP, a lone surrogate, an embedded newline.
QString randomText(TestUtil::RandomJson &random)
{
    static const QStringList pieces {QStringLiteral("kibana"),
                                     QStringLiteral("KIBANA_user"),
                                     QStringLiteral("r\u00f4le"),
                                     QStringLiteral("R\u00d4LE"),
                                     QStringLiteral("stra\u00dfe"),
                                     QStringLiteral("STRASSE"),
                                     QStringLiteral("\u212a"),
                                     QStringLiteral("\u03a3\u03af\u03c3\u03c5\u03c6\u03bf\u03c2"),
                                     QStringLiteral("\ufb00"),
                                     QStringLiteral("\U0001F600x"),
                                     QString(QChar(0xD800)),
                                     QStringLiteral("a\nb"),
                                     QStringLiteral("ops"),
                                     QStringLiteral("123"),
                                     QStringLiteral("_"),
                                     QStringLiteral("-"),
                                     QString()};
    QString text;
    const int count = random.number(0, 3);
    for (int i = 0; i < count; ++i)
        text += pieces.at(random.number(0, int(pieces.size()) - 1));
    return text;
}

QJsonValue randomValue(TestUtil::RandomJson &random, int depth)
{
    if (depth <= 0 || random.chance(30))
        return random.chance(50) ? QJsonValue(randomText(random)) : random.scalar();
    if (random.chance(50)) {
        QJsonObject object;
        const int size = random.number(0, 4);
        for (int i = 0; i < size; ++i)
            object.insert(random.chance(50) ? randomText(random) : random.key(), randomValue(random, depth - 1));
        return object;
    }
    QJsonArray array;
    const int size = random.number(0, 4);
    for (int i = 0; i < size; ++i)
        array.append(randomValue(random, depth - 1));
    return array;
}

// A configuration document with random entities (names and values) in a few types.
QJsonObject randomConfiguration(quint64 seed)
{
    TestUtil::RandomJson random(seed);
    QJsonObject document;
    for (const char *type : {"roles", "internalusers", "tenants"}) {
        QJsonObject entities;
        const int count = random.number(0, 40);
        for (int i = 0; i < count; ++i)
            entities.insert(randomText(random) + QString::number(i), randomValue(random, 3));
        document.insert(QString::fromLatin1(type), entities);
    }
    document.insert(QStringLiteral("config"), QJsonObject {{QStringLiteral("dynamic"), randomValue(random, 4)}});
    return document;
}

// Filters that exercise every path: folded search, one-by-one tests, the regex prefilter and its fallback.
QList<std::pair<QString, bool>> filters()
{
    QList<std::pair<QString, bool>> list;
    for (const char *text : {"k",      "K",      "kibana", "IBANA_U", "r\u00f4le", "R\u00d4",    "ss",   "\u00df",
                             "\u212a", "\u03c3", "\u03c2", "ff",      "\ufb00",    "\U0001F600", "a\nb", "true",
                             "1.5",    "null",   "s3",     "roles",   "ops",       "_"})
        list.append({QString::fromUtf8(text), false});
    list.append({QString(QChar(0xD800)), false});
    for (const char *text :
         {"^k", "user$", "r.le", "^$", "s[0-9]", "\\bkibana", "(?i)ROLE", "(?<=a)b", "\\d+", "[[:upper:]]{2}",
          "\\p{Lu}", "x/y|m~n", "a\\nb", "\\s", "[^a-z]", "^-?[0-9.]+$", "\\Aops\\z", "o++", "^(alpha|zeta)$"})
        list.append({QString::fromUtf8(text), true});
    return list;
}

} // namespace

// The configuration tree: structure, order, roles, unavailable types, filtering and pointers.
class TestConfigTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void structureAndOrder()
    {
        ConfigTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConfiguration(sample(), {{ConfigType::NodesDn, QStringLiteral("not enabled on this cluster")}});
        QCOMPARE(
            childNames(model, {}),
            QStringList({QStringLiteral("config"), QStringLiteral("roles"), QStringLiteral("rolesmapping"),
                         QStringLiteral("internalusers"), QStringLiteral("actiongroups"), QStringLiteral("tenants"),
                         QStringLiteral("nodesdn"), QStringLiteral("allowlist"), QStringLiteral("audit")}));
        const QModelIndex roles = at(model, "/roles");
        QCOMPARE(childNames(model, roles),
                 QStringList({QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("zeta")})); // by name
        QCOMPARE(roles.siblingAtColumn(ConfigTreeModel::ValueColumn).data().toString(), QStringLiteral("3"));
        QCOMPARE(roles.data(ConfigTreeModel::EntityCountRole).toInt(), 3);

        const QModelIndex alpha = at(model, "/roles/Alpha");
        QVERIFY(alpha.data(ConfigTreeModel::ReservedRole).toBool());
        QVERIFY(!alpha.data(ConfigTreeModel::StaticRole).toBool());
        const QModelIndex beta = at(model, "/roles/beta");
        QVERIFY(beta.data(ConfigTreeModel::HiddenRole).toBool());
        QVERIFY(beta.data(ConfigTreeModel::StaticRole).toBool());
        QCOMPARE(beta.data(ConfigTreeModel::NodeKindRole).value<ConfigTreeModel::NodeKind>(),
                 ConfigTreeModel::NodeKind::Entity);

        const QModelIndex action = at(model, "/roles/Alpha/index_permissions/0/allowed_actions/1");
        QVERIFY(action.isValid());
        QCOMPARE(action.data().toString(), QStringLiteral("1"));
        QCOMPARE(action.siblingAtColumn(ConfigTreeModel::ValueColumn).data().toString(), QStringLiteral("search"));
        QCOMPARE(action.data(ConfigTreeModel::EntityRole).toString(), QStringLiteral("Alpha"));
        QCOMPARE(action.data(ConfigTreeModel::ConfigTypeRole).toString(), QStringLiteral("roles"));
        QCOMPARE(action.data(ConfigTreeModel::PointerRole).toString(),
                 QStringLiteral("/roles/Alpha/index_permissions/0/allowed_actions/1"));
        QCOMPARE(model.pointerForIndex(action).toString(),
                 QStringLiteral("/roles/Alpha/index_permissions/0/allowed_actions/1"));
        QCOMPARE(at(model, "/roles/Alpha/index_permissions").siblingAtColumn(1).data().toString(),
                 QStringLiteral("[1]"));
        QVERIFY(Json::equals(at(model, "/roles/zeta").data(ConfigTreeModel::JsonRole).toJsonValue(),
                             sample()[QStringLiteral("roles")][QStringLiteral("zeta")]));
        QVERIFY(!at(model, "/roles/nope").isValid());
    }

    void unavailableTypesAreDisabled()
    {
        ConfigTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConfiguration(sample(), {{ConfigType::NodesDn, QStringLiteral("not enabled on this cluster")}});
        const QModelIndex nodesdn = at(model, "/nodesdn");
        QCOMPARE(model.flags(nodesdn), Qt::NoItemFlags);
        QCOMPARE(model.rowCount(nodesdn), 0);
        QCOMPARE(nodesdn.data(ConfigTreeModel::UnavailableReasonRole).toString(),
                 QStringLiteral("not enabled on this cluster"));
        QVERIFY(nodesdn.siblingAtColumn(1).data().toString().contains(QStringLiteral("not enabled")));
        // Absent from the document without a reason: still shown, still disabled.
        QVERIFY(!at(model, "/allowlist").data(ConfigTreeModel::UnavailableReasonRole).toString().isEmpty());
        QVERIFY(model.flags(at(model, "/roles")) & Qt::ItemIsEnabled);
    }

    void filterKeepsAncestorsOfMatches()
    {
        ConfigTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConfiguration(sample());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.setFilter(QStringLiteral("SEARCH")).ok()); // case-insensitive, a value deep inside Alpha
        QCOMPARE(resets.size(), 1);
        QCOMPARE(childNames(model, at(model, "/roles")), QStringList {QStringLiteral("Alpha")});
        QCOMPARE(at(model, "/roles").siblingAtColumn(1).data().toString(), QStringLiteral("1 of 3"));
        QCOMPARE(childNames(model, at(model, "/roles/Alpha")), QStringList {QStringLiteral("index_permissions")});
        QCOMPARE(childNames(model, at(model, "/roles/Alpha/index_permissions/0")),
                 QStringList {QStringLiteral("allowed_actions")});
        QCOMPARE(childNames(model, at(model, "/roles/Alpha/index_permissions/0/allowed_actions")),
                 QStringList {QStringLiteral("1")});
        QCOMPARE(model.rowCount(at(model, "/tenants")), 0);

        // A matching name shows the whole entity below it.
        QVERIFY(model.setFilter(QStringLiteral("ops")).ok());
        QCOMPARE(childNames(model, at(model, "/internalusers")), QStringList {QStringLiteral("ops")});
        QCOMPARE(childNames(model, at(model, "/internalusers/ops")),
                 QStringList({QStringLiteral("backend_roles"), QStringLiteral("hash")}));
        QCOMPARE(childNames(model, at(model, "/rolesmapping")), QStringList {QStringLiteral("Alpha")}); // value "ops"

        // Member names match too.
        QVERIFY(model.setFilter(QStringLiteral("hosts_resolver")).ok());
        QCOMPARE(childNames(model, at(model, "/config/dynamic")), QStringList {QStringLiteral("hosts_resolver_mode")});

        // Clearing shows everything again.
        QVERIFY(model.setFilter(QString()).ok());
        QCOMPARE(model.rowCount(at(model, "/roles")), 3);
    }

    void regexFilter()
    {
        ConfigTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConfiguration(sample());
        QVERIFY(model.setFilter(QStringLiteral("^(alpha|zeta)$"), true).ok());
        QCOMPARE(childNames(model, at(model, "/roles")),
                 QStringList({QStringLiteral("Alpha"), QStringLiteral("zeta")}));
        QCOMPARE(childNames(model, at(model, "/rolesmapping")), QStringList {QStringLiteral("Alpha")});

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const VoidResult bad = model.setFilter(QStringLiteral("(unclosed"), true);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("regular expression")));
        QCOMPARE(resets.size(), 0); // nothing changed
        QCOMPARE(model.filterText(), QStringLiteral("^(alpha|zeta)$"));
    }

    void largeTypesStayLazy()
    {
        QJsonObject users;
        for (int i = 0; i < 20000; ++i)
            users.insert(QStringLiteral("user%1").arg(i),
                         QJsonObject {{QStringLiteral("backend_roles"), QJsonArray {i}}});
        ConfigTreeModel model;
        model.setConfiguration(QJsonObject {{QStringLiteral("internalusers"), users}});
        const QModelIndex type = at(model, "/internalusers");
        QCOMPARE(model.rowCount(type), 20000);
        QCOMPARE(model.index(0, 0, type).data().toString(), QStringLiteral("user0"));
        QCOMPARE(model.index(1, 0, type).data().toString(), QStringLiteral("user1"));
        QCOMPARE(model.index(2, 0, type).data().toString(), QStringLiteral("user10"));
        QVERIFY(at(model, "/internalusers/user19999/backend_roles/0").isValid());
        QVERIFY(model.setFilter(QStringLiteral("user1999")).ok());
        QCOMPARE(model.rowCount(at(model, "/internalusers")), 11); // user1999 and user19990..19999
    }

    // loadConfiguration: the same tree as setConfiguration, applied later with one reset.
    void loadBuildsOnAWorker()
    {
        ConfigTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy applied(&model, &ConfigTreeModel::configurationApplied);
        model.loadConfiguration(sample(), {{ConfigType::NodesDn, QStringLiteral("not enabled on this cluster")}});
        QVERIFY(model.isBusy());
        QVERIFY(applied.wait(10000));
        QCOMPARE(resets.size(), 1);
        QVERIFY(!model.isBusy());
        QVERIFY(Json::equals(model.configuration(), sample()));
        ConfigTreeModel reference;
        reference.setConfiguration(sample(), {{ConfigType::NodesDn, QStringLiteral("not enabled on this cluster")}});
        QCOMPARE(describe(model), describe(reference));
        QCOMPARE(at(model, "/nodesdn").data(ConfigTreeModel::UnavailableReasonRole).toString(),
                 QStringLiteral("not enabled on this cluster"));
    }

    // A newer load supersedes one in flight: only the newest is ever applied.
    void supersededLoadIsDropped()
    {
        ConfigTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy applied(&model, &ConfigTreeModel::configurationApplied);
        model.loadConfiguration(randomConfiguration(1));
        model.loadConfiguration(sample());
        QVERIFY(applied.wait(10000));
        QVERIFY(Json::equals(model.configuration(), sample()));
        QVERIFY(!model.isBusy());
        settle(); // a dropped result arriving late would show here
        QCOMPARE(applied.size(), 1);
        QVERIFY(Json::equals(model.configuration(), sample()));
    }

    // Requests in quick succession: the older runs are cancelled and never applied, the newest is.
    void staleFilterResultsAreIgnored()
    {
        QJsonObject users;
        for (int i = 0; i < 3000; ++i)
            users.insert(QStringLiteral("user%1").arg(i),
                         QJsonObject {{QStringLiteral("team"), QStringLiteral("t%1").arg(i % 7)}});
        ConfigTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConfiguration(QJsonObject {{QStringLiteral("internalusers"), users}});
        QSignalSpy applied(&model, &ConfigTreeModel::filterApplied);
        QStringList shownAtResets;
        connect(&model, &QAbstractItemModel::modelReset, this, [&] { shownAtResets << model.filterText(); });
        QVERIFY(model.requestFilter(QStringLiteral("user1")).ok());
        QVERIFY(model.requestFilter(QStringLiteral("t3")).ok());
        QVERIFY(model.requestFilter(QStringLiteral("user12")).ok());
        QCOMPARE(model.filterText(), QString()); // nothing shows before the result is there
        QVERIFY(applied.wait(10000));
        QCOMPARE(shownAtResets, QStringList {QStringLiteral("user12")});
        settle();
        QCOMPARE(applied.size(), 1);
        QCOMPARE(model.rowCount(at(model, "/internalusers")), 111); // user12, user120..129, user1200..1299
        QVERIFY(!model.isBusy());

        // Back to what is shown: the request in flight is dropped, nothing resets.
        QVERIFY(model.requestFilter(QStringLiteral("t5")).ok());
        QVERIFY(model.requestFilter(QStringLiteral("user12")).ok());
        QVERIFY(!model.isBusy());
        settle();
        QCOMPARE(applied.size(), 1);

        // A run that finished before the next request, its result still waiting in the event queue, is dropped too.
        shownAtResets.clear();
        QVERIFY(model.requestFilter(QStringLiteral("t3")).ok());
        QVERIFY(WorkerPool::instance()->waitForDone(10000));
        QVERIFY(model.requestFilter(QStringLiteral("user7")).ok());
        QVERIFY(applied.wait(10000));
        settle();
        QCOMPARE(shownAtResets, QStringList {QStringLiteral("user7")});
        QCOMPARE(applied.size(), 2);

        // A bad expression is refused at once and changes nothing.
        QVERIFY(!model.requestFilter(QStringLiteral("(unclosed"), true).ok());
        QCOMPARE(model.filterText(), QStringLiteral("user7"));
    }

    // The filter carries over to a configuration that arrives while it is set.
    void loadKeepsTheFilter()
    {
        ConfigTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConfiguration(QJsonObject {{QStringLiteral("roles"), QJsonObject {}}});
        QSignalSpy filtered(&model, &ConfigTreeModel::filterApplied);
        QVERIFY(model.requestFilter(QStringLiteral("SEARCH")).ok());
        QVERIFY(filtered.wait(10000));
        QSignalSpy applied(&model, &ConfigTreeModel::configurationApplied);
        model.loadConfiguration(sample());
        QVERIFY(applied.wait(10000));
        QCOMPARE(model.filterText(), QStringLiteral("SEARCH"));
        QCOMPARE(childNames(model, at(model, "/roles")), QStringList {QStringLiteral("Alpha")});
        QCOMPARE(at(model, "/roles").siblingAtColumn(1).data().toString(), QStringLiteral("1 of 3"));
    }

    // The index finds exactly the strings the filter matches, one by one, whatever their case folding does.
    void indexAgreesWithTheFilter()
    {
        for (quint64 seed = 1; seed <= 20; ++seed) {
            const auto snapshot = ConfigTreeSnapshot::make(randomConfiguration(seed), {});
            const auto index = ConfigTreeSearchIndex::build(snapshot);
            for (const auto &[text, regex] : filters()) {
                const ConfigTreeFilter filter = ConfigTreeFilter::make(text, regex).value();
                for (const auto &parts : index->types) {
                    for (const auto &part : parts) {
                        const auto hits = part->matchingStrings(filter, {});
                        QVERIFY(hits);
                        for (quint32 id = 0; id < quint32(part->stringCount()); ++id) {
                            QVERIFY2(bool((*hits)[id]) == filter.matches(part->string(id)),
                                     qPrintable(QStringLiteral("seed %1, filter \"%2\", string \"%3\"")
                                                    .arg(seed)
                                                    .arg(text, part->string(id))));
                        }
                    }
                }
            }
        }
    }

    // requestFilter (through the index, on a worker) shows the very tree setFilter (walking every value) shows.
    void asyncFilterEqualsSynchronousFilter()
    {
        for (quint64 seed = 1; seed <= 6; ++seed) {
            const QJsonObject document = randomConfiguration(seed);
            ConfigTreeModel walking;
            walking.setConfiguration(document);
            ConfigTreeModel indexed;
            QAbstractItemModelTester tester(&indexed, QAbstractItemModelTester::FailureReportingMode::QtTest);
            indexed.setConfiguration(document);
            for (const auto &[text, regex] : filters()) {
                QVERIFY(walking.setFilter(text, regex).ok());
                QSignalSpy applied(&indexed, &ConfigTreeModel::filterApplied);
                QVERIFY(indexed.requestFilter(text, regex).ok());
                if (!(indexed.filterText() == text && indexed.filterIsRegex() == regex))
                    QVERIFY(applied.wait(10000));
                QCOMPARE(describe(indexed), describe(walking));
            }
        }
    }

    // A model that goes away with work in flight: the work stops, nothing calls back into it.
    void destroyedWithWorkInFlight()
    {
        QJsonObject users;
        for (int i = 0; i < 20000; ++i)
            users.insert(QStringLiteral("user%1").arg(i), QJsonObject {{QStringLiteral("n"), i}});
        {
            ConfigTreeModel model;
            model.loadConfiguration(QJsonObject {{QStringLiteral("internalusers"), users}});
        }
        {
            ConfigTreeModel model;
            model.setConfiguration(QJsonObject {{QStringLiteral("internalusers"), users}});
            QVERIFY(model.requestFilter(QStringLiteral("user1")).ok());
        }
        QVERIFY(WorkerPool::instance()->waitForDone(10000));
        QCoreApplication::processEvents();
    }
};

QTEST_GUILESS_MAIN(TestConfigTreeModel)
#include "TestConfigTreeModel.moc"
