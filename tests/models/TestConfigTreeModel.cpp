#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "app/json/Json.h"
#include "app/models/ConfigTreeModel.h"

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
};

QTEST_GUILESS_MAIN(TestConfigTreeModel)
#include "TestConfigTreeModel.moc"
