#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "app/models/PatchModel.h"
#include "tests/support/JsonTestUtil.h"

using namespace Qt::StringLiterals;

// The patch being edited: validation after the earlier operations, reasons, warnings, incremental revalidation,
// and the raw text round trip.
class TestPatchModel : public QObject
{
    Q_OBJECT

private:
    static QJsonObject config()
    {
        return TestUtil::json(R"({
            "roles": {"r1": {"description": "one", "cluster_permissions": ["a"]},
                      "kibana_server": {"reserved": true, "cluster_permissions": []},
                      "all_access": {"static": true, "cluster_permissions": ["*"]}},
            "rolesmapping": {"all_access": {"backend_roles": ["admin"]}},
            "internalusers": {"admin": {"backend_roles": ["admin"]}}
        })")
            .toObject();
    }

    static GuardContext admin()
    {
        GuardContext context;
        context.userName = QStringLiteral("admin");
        context.backendRoles = {QStringLiteral("admin")};
        context.currentRoles = {QStringLiteral("all_access")};
        return context;
    }

    static QList<PatchOperation> ops(const char *json)
    {
        auto patch = JsonPatch::fromJson(TestUtil::json(json));
        if (!patch)
            qFatal("bad patch in a test");
        return patch->operations();
    }

private slots:
    void validatesAgainstTheDocumentAfterEarlierOperations()
    {
        PatchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBaseDocument(config());
        model.insertOperations(0, ops(R"([
            {"op": "add", "path": "/roles/r2", "value": {"description": "two"}},
            {"op": "replace", "path": "/roles/r2/description", "value": "2"},
            {"op": "remove", "path": "/roles/r3"},
            {"op": "test", "path": "/roles/r2/description", "value": "2"}
        ])"));
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.isValid(0));
        QVERIFY(model.isValid(1)); // r2 exists only because of operation 0
        QVERIFY(!model.isValid(2));
        QVERIFY2(model.reason(2).contains(QStringLiteral("r3")), qPrintable(model.reason(2)));
        QCOMPARE(model.index(2).data(PatchModel::ValidRole).toBool(), false);
        QCOMPARE(model.index(2).data(PatchModel::ReasonRole).toString(), model.reason(2));
        QVERIFY(model.isValid(3)); // the invalid one is skipped
        QCOMPARE(model.invalidCount(), 1);
        JSON_COMPARE(model.result().value(QStringLiteral("roles")).toObject().value(QStringLiteral("r2")),
                     TestUtil::json(R"({"description": "2"})"));

        // Removing the add makes the replace and the test invalid.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.removeOperations(0, 1);
        QVERIFY(!model.isValid(0));
        QVERIFY(!model.isValid(2));
        QCOMPARE(model.invalidCount(), 3);
        QVERIFY(!changed.isEmpty());
    }

    void revalidatesFromTheEditedRowOnly()
    {
        PatchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBaseDocument(config());
        model.insertOperations(0, ops(R"([
            {"op": "add", "path": "/roles/r1/cluster_permissions/-", "value": "b"},
            {"op": "add", "path": "/roles/r1/cluster_permissions/-", "value": "c"},
            {"op": "add", "path": "/roles/r1/cluster_permissions/-", "value": "d"},
            {"op": "test", "path": "/roles/r1/cluster_permissions/3", "value": "d"}
        ])"));
        QVERIFY(model.isValid(3));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setOperation(2, PatchOperation::add(JsonPointer::parse(u"/roles/r1/x").value(), 1));
        QCOMPARE(model.lastValidationStart(), 2);
        QCOMPARE(model.lastValidationApplied(), 2);
        QVERIFY(!model.isValid(3)); // index 3 no longer exists
        // dataChanged covers the edited row through the end, not the rows before it.
        const auto last = changed.last();
        QCOMPARE(last.at(0).toModelIndex().row(), 2);
        QCOMPARE(last.at(1).toModelIndex().row(), 3);
        QCOMPARE(model.documentBefore(2)
                     .value(QStringLiteral("roles"))[QStringLiteral("r1")][QStringLiteral("cluster_permissions")]
                     .toArray()
                     .size(),
                 3);

        model.moveOperation(3, 0);
        QCOMPARE(model.lastValidationStart(), 0);
        QCOMPARE(model.operation(0).op, PatchOperation::Op::Test);
        QVERIFY(!model.isValid(0));
        model.moveOperation(0, 3);
        QCOMPARE(model.operation(3).op, PatchOperation::Op::Test);
    }

    void largeConfigurationsAreValidatedOnAWorker()
    {
        PatchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSynchronousLimit(0); // every configuration counts as large here
        QSignalSpy validated(&model, &PatchModel::validated);
        model.setBaseDocument(config());
        model.setGuardContext(admin());
        QTRY_VERIFY(!model.isValidating());
        validated.clear();

        model.insertOperations(0, ops(R"([
            {"op": "add", "path": "/roles/r2", "value": {"description": "two"}},
            {"op": "remove", "path": "/roles/r3"},
            {"op": "remove", "path": "/rolesmapping/all_access"}
        ])"));
        QCOMPARE(model.rowCount(), 3); // rows at once, their states when the worker is done
        QVERIFY(model.isValidating());
        QCOMPARE(validated.size(), 0);
        QTRY_VERIFY(!model.isValidating());
        QCOMPARE(validated.size(), 1);
        QVERIFY(model.isValid(0));
        QVERIFY(!model.isValid(1));
        QCOMPARE(model.invalidCount(), 1);
        QVERIFY(model.result().value(QStringLiteral("roles")).toObject().contains(QStringLiteral("r2")));
        QVERIFY(!model.patchWarnings().isEmpty()); // the lockout guard runs there too

        // Two edits in a row: only the newest validation arrives.
        validated.clear();
        model.setOperation(1, PatchOperation::remove(JsonPointer::parse(u"/roles/r1"_s).value()));
        model.setOperation(1, PatchOperation::remove(JsonPointer::parse(u"/roles/nothing"_s).value()));
        QTRY_VERIFY(!model.isValidating());
        QTRY_COMPARE(validated.size(), 1);
        QVERIFY(!model.isValid(1));
        QVERIFY2(model.reason(1).contains(u"nothing"_s), qPrintable(model.reason(1)));
        QCOMPARE(model.lastValidationStart(), 1);
    }

    void warningsAndLockout()
    {
        PatchModel model;
        model.setGuardContext(admin());
        model.setBaseDocument(config());
        model.insertOperations(0, ops(R"([
            {"op": "add", "path": "/roles/r1/cluster_permissions", "value": ["a", "z"]},
            {"op": "replace", "path": "/roles/kibana_server/cluster_permissions", "value": ["x"]}
        ])"));
        QCOMPARE(PatchWarning::Level(model.index(0).data(PatchModel::WarningLevelRole).toInt()),
                 PatchWarning::Level::Warning);
        QVERIFY(model.index(0).data(PatchModel::HasAppendFixRole).toBool());
        QCOMPARE(model.appendFix(0).size(), 1);
        QVERIFY(model.index(1).data(PatchModel::WarningTextRole).toString().contains(QStringLiteral("reserved")));
        QVERIFY(model.patchWarnings().isEmpty());

        model.insertOperations(2, ops(R"([{"op": "remove", "path": "/rolesmapping/all_access"}])"));
        QCOMPARE(PatchWarning::Level(model.index(2).data(PatchModel::WarningLevelRole).toInt()),
                 PatchWarning::Level::Danger);
        QCOMPARE(PatchGuards::highestLevel(model.patchWarnings()), PatchWarning::Level::Danger);
        // A later operation that restores the mapping clears the patch-level lockout.
        model.insertOperations(
            3, ops(R"([{"op": "add", "path": "/rolesmapping/all_access", "value": {"users": ["admin"]}}])"));
        QVERIFY(model.patchWarnings().isEmpty());
    }

    void rawTextRoundTrip()
    {
        PatchModel model;
        model.setBaseDocument(config());
        // Text that was set comes back byte for byte (spacing, member order, unknown members).
        const QString text = QStringLiteral(
            "[ {\"path\": \"/roles/r1/description\", \"op\": \"replace\", \"value\": \"x\", \"note\": 1} ]");
        const auto parsed = PatchModel::parseText(text);
        QVERIFY(parsed.ok());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy patchChanged(&model, &PatchModel::patchChanged);
        model.setOperations(*parsed, text);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(patchChanged.size(), 1);
        QCOMPARE(model.rawText(), text);

        // After an edit the text is regenerated; it parses back to the same operations.
        model.insertOperations(1, ops(R"([{"op": "move", "from": "/roles/r1", "path": "/roles/r9"},
                                          {"op": "test", "path": "/roles/r9/cluster_permissions", "value": ["a", {"k": null}]}])"));
        const QString generated = model.rawText();
        QVERIFY(generated != text);
        QVERIFY(generated.indexOf(u"\"op\"") < generated.indexOf(u"\"path\""));
        const auto again = PatchModel::parseText(generated);
        QVERIFY(again.ok());
        QCOMPARE(*again, model.operations());

        // Bad text is refused with the operation's index.
        const auto bad = PatchModel::parseText(QStringLiteral("[{\"op\": \"jump\", \"path\": \"/a\"}]"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().index, 0);
        QVERIFY(!PatchModel::parseText(QStringLiteral("[{")).ok());
        QVERIFY(PatchModel::parseText(QString()).ok());
    }

    void rolesAndDisplay()
    {
        PatchModel model;
        model.setBaseDocument(config());
        model.insertOperations(0, ops(R"([{"op": "copy", "from": "/roles/r1", "path": "/roles/r1_copy"}])"));
        const QModelIndex index = model.index(0);
        QCOMPARE(index.data(PatchModel::OpRole).toString(), QStringLiteral("copy"));
        QCOMPARE(index.data(PatchModel::FromRole).toString(), QStringLiteral("/roles/r1"));
        QCOMPARE(index.data(PatchModel::PathRole).toString(), QStringLiteral("/roles/r1_copy"));
        QVERIFY(!index.data(PatchModel::ValueRole).isValid());
        QVERIFY(index.data().toString().startsWith(QStringLiteral("copy /roles/r1 -> /roles/r1_copy")));

        // A new base document revalidates everything.
        QJsonObject other = config();
        other.remove(QStringLiteral("roles"));
        model.setBaseDocument(other);
        QVERIFY(!model.isValid(0));
    }
};

QTEST_GUILESS_MAIN(TestPatchModel)
#include "TestPatchModel.moc"
