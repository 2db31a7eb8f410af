#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>

#include "app/common/DataDirectory.h"
#include "app/forms/EntityEdits.h"
#include "app/models/ConfigTreeModel.h"
#include "app/store/ClusterSession.h"
#include "tests/support/GuiFixture.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/views/configtree/ConfigTreeView.h"
#include "ui/views/configtree/EntitySummaryView.h"
#include "ui/views/forms/EntityForms.h"
#include "ui/views/write/WriteDialog.h"
#include "ui/widgets/ListEdit.h"

using namespace Qt::StringLiterals;

// The entity forms on the sandbox over HTTP: a role created (with an index permission and its mapping), edited,
// renamed and deleted with its references, each checked by a GET; bad input stopped at the field; a typo'd permission
// flagged with "did you mean"; a reserved role read-only; an internal user whose password never reaches the plan,
// the journal, the backups or the drafts; a tenant and an action group.
class TestEntityForms : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    static QLabel *issue(EntityFormDialog *form, const QString &field)
    {
        return form->findChild<QLabel *>(u"issue:"_s + field);
    }

    template <typename T> static T *child(EntityFormDialog *form, const QString &name)
    {
        T *widget = form->findChild<T *>(name);
        if (!widget)
            qWarning("no %s", qPrintable(name));
        return widget;
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    static void type_(EntityFormDialog *form, const QString &field, const QString &text)
    {
        if (auto *edit = child<QLineEdit>(form, field))
            type(edit, text);
    }

    // Send from the form, confirm in the write dialog, and wait for the report: the change applied.
    static void sendAndConfirm(MainWindow &window, EntityFormDialog *form)
    {
        QTRY_VERIFY_WITH_TIMEOUT(form->findChild<QPushButton *>(u"entityFormSend"_s)->isEnabled(), 5000);
        QVERIFY(form->send());
        WriteDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.writeDialog()) != nullptr, 5000);
        auto *send = dialog->findChild<QPushButton *>(ObjectNames::writeSendButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->lintReady() && send->isEnabled(), 20000);
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QVERIFY2(dialog->report().outcome == WriteReport::Outcome::Applied,
                 qPrintable(dialog->findChild<QLabel *>(ObjectNames::writeOutcome)->text() + u'\n'
                            + QString::fromUtf8(QJsonDocument(dialog->report().toJson()).toJson())));
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeCloseButton), Qt::LeftButton);
        QTRY_VERIFY(!window.writeDialog());
    }

    // Delete from the tree's command, with the references listed (those named in `references` among them) and
    // cleaned up in the same change; waits for the report.
    static void removeWithCleanUp(MainWindow &window, const QString &type, const QString &name,
                                  const QStringList &references, const QString &screenshot = {})
    {
        bool checked = false;
        QTimer::singleShot(0, &window, [&] {
            QDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = window.findChild<QDialog *>(u"deleteEntityDialog"_s)) != nullptr);
            auto *list = dialog->findChild<QListWidget *>(u"deleteReferences"_s);
            QStringList listed;
            for (int row = 0; row < list->count(); ++row)
                listed << list->item(row)->text();
            for (const QString &reference : references)
                QVERIFY2(listed.join(u'\n').contains(reference), qPrintable(listed.join(u'\n')));
            QCOMPARE(dialog->findChild<QCheckBox *>(u"deleteCleanUp"_s)->isChecked(), !references.isEmpty());
            if (!screenshot.isEmpty())
                GuiFixture::screenshot(dialog, screenshot);
            checked = true;
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"deleteConfirm"_s), Qt::LeftButton);
        });
        QVERIFY(window.forms()->remove(type, name));
        QVERIFY(checked);
        WriteDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.writeDialog()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->lintReady() && dialog->findChild<QPushButton *>(ObjectNames::writeSendButton)->isEnabled(), 20000);
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QCOMPARE(dialog->report().outcome, WriteReport::Outcome::Applied);
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeCloseButton), Qt::LeftButton);
        QTRY_VERIFY(!window.writeDialog());
    }

    // Waits until the session holds `pointer` (or, with present=false, no longer does).
    static void waitForEntity(ClusterSession &session, const QString &type, const QString &name, bool present = true)
    {
        QTRY_COMPARE_WITH_TIMEOUT(session.configuration().document[type].toObject().contains(name), present, 20000);
    }

    static QByteArray json(const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

    static QByteArray quoted(const QString &name) { return '"' + name.toUtf8() + '"'; }

    QJsonObject get(const QString &path) const
    {
        const auto reply = m_gui.adminSend("GET", u"/_plugins/_security/api/"_s + path);
        return reply.status == 200 ? reply.json() : QJsonObject();
    }

private slots:
    void initTestCase() { m_gui.initDataDirectory(); }

    void init()
    {
        m_gui.startSandbox();
        m_gui.makeWriteStores();
        m_gui.makeProfileStore();
        m_gui.discardDraft();
    }

    void cleanup() { m_gui.cleanup(); }

    void roleCreateEditRenameDelete()
    {
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        EntityFormDialog *form = window.forms()->open(u"roles"_s, EntityFormDialog::Mode::Create);
        QVERIFY(form);
        // Every input has an accessible name equal to its label.
        for (QWidget *widget : form->findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
                || qobject_cast<QListWidget *>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        QCOMPARE(child<QLineEdit>(form, u"entityNameEdit"_s)->accessibleName(), u"Role name"_s);
        // The checks run on a worker: their verdict comes a moment after a change.
        QTRY_VERIFY(issue(form, u"name"_s)->text().contains(u"a name is required"_s));
        QVERIFY(!form->findChild<QPushButton *>(u"entityFormSend"_s)->isEnabled()); // no name yet
        type(child<QLineEdit>(form, u"entityNameEdit"_s), u"form_role"_s);
        // A typo'd cluster permission: a warning with "did you mean", Send stays on.
        type(child<ListEdit>(form, u"clusterPermissionsEdit"_s), u"cluster_monitr"_s);
        QTRY_VERIFY(issue(form, u"cluster_permissions"_s)->text().contains(u"did you mean cluster_monitor?"_s));
        QTRY_VERIFY(form->findChild<QPushButton *>(u"entityFormSend"_s)->isEnabled());
        type(child<ListEdit>(form, u"clusterPermissionsEdit"_s), u"cluster_monitor"_s);
        // An index permission with a DLS query that is not JSON: blocked at the field until fixed.
        QTest::mouseClick(child<QPushButton>(form, u"indexPermissionsAdd"_s), Qt::LeftButton);
        type(child<ListEdit>(form, u"indexPatternsEdit"_s), u"logs-*"_s);
        type(child<ListEdit>(form, u"allowedActionsEdit"_s), u"read"_s);
        child<QPlainTextEdit>(form, u"dlsEdit"_s)->setPlainText(u"{\"term\": "_s);
        QTRY_VERIFY(issue(form, u"index_permissions/*/dls"_s)->text().contains(u"not valid JSON"_s));
        QTRY_VERIFY(!form->findChild<QPushButton *>(u"entityFormSend"_s)->isEnabled());
        child<QPlainTextEdit>(form, u"dlsEdit"_s)->setPlainText(u"{\"term\": {\"team\": \"a\"}}"_s);
        QTRY_VERIFY(form->findChild<QPushButton *>(u"entityFormSend"_s)->isEnabled());
        // Its mapping, on the Mapped users tab, in the same change.
        type(child<ListEdit>(form, u"mappedBackendRolesEdit"_s), u"form_analysts"_s);
        // The change's lint: the mapping makes the role used, so nothing new once it is in.
        QTRY_VERIFY_WITH_TIMEOUT(
            form->findChild<QLabel *>(u"entityFormLint"_s)->text().contains(u"No new configuration problems"_s), 20000);
        form->findChild<QTabWidget *>(u"entityFormTabs"_s)->setCurrentIndex(1);
        form->resize(760, 640);
        GuiFixture::screenshot(form, u"form-role.png"_s);
        sendAndConfirm(window, form);
        if (QTest::currentTestFailed())
            return;
        QJsonObject role = get(u"roles/form_role"_s).value(u"form_role"_s).toObject();
        QCOMPARE(role[u"cluster_permissions"_s].toArray(), QJsonArray {u"cluster_monitor"_s});
        QCOMPARE(role[u"index_permissions"_s][0][u"dls"_s].toString(), u"{\"term\": {\"team\": \"a\"}}"_s);
        QCOMPARE(get(u"rolesmapping/form_role"_s)[u"form_role"_s][u"backend_roles"_s].toArray(),
                 QJsonArray {u"form_analysts"_s});
        QTRY_VERIFY_WITH_TIMEOUT(session.configuration().document[u"roles"_s].toObject().contains(u"form_role"_s),
                                 20000);

        // Edit: the description.
        form = window.forms()->open(u"roles"_s, EntityFormDialog::Mode::Edit, u"form_role"_s);
        QVERIFY(form && child<QLineEdit>(form, u"entityNameEdit"_s)->isReadOnly());
        type(child<QLineEdit>(form, u"descriptionEdit"_s), u"Form-made"_s);
        sendAndConfirm(window, form);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(get(u"roles/form_role"_s)[u"form_role"_s][u"description"_s].toString(), u"Form-made"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            session.configuration().document[u"roles"_s][u"form_role"_s][u"description"_s].toString(), u"Form-made"_s,
            20000);

        // Rename: one change; the mapping follows.
        form = window.forms()->open(u"roles"_s, EntityFormDialog::Mode::Rename, u"form_role"_s);
        QTRY_VERIFY(issue(form, u"name"_s)->text().contains(u"type the new name"_s));
        type(child<QLineEdit>(form, u"entityNameEdit"_s), u"form_role2"_s);
        sendAndConfirm(window, form);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(get(u"roles/form_role"_s).isEmpty());
        QCOMPARE(get(u"roles/form_role2"_s)[u"form_role2"_s][u"description"_s].toString(), u"Form-made"_s);
        QVERIFY(get(u"rolesmapping/form_role"_s).isEmpty());
        QCOMPARE(get(u"rolesmapping/form_role2"_s)[u"form_role2"_s][u"backend_roles"_s].toArray(),
                 QJsonArray {u"form_analysts"_s});
        QTRY_VERIFY_WITH_TIMEOUT(session.configuration().document[u"roles"_s].toObject().contains(u"form_role2"_s),
                                 20000);

        // Delete, listing the mapping that would dangle, and removing it too.
        removeWithCleanUp(window, u"roles"_s, u"form_role2"_s, {u"/rolesmapping/form_role2"_s});
        if (QTest::currentTestFailed())
            return;
        QVERIFY(get(u"roles/form_role2"_s).isEmpty());
        QVERIFY(get(u"rolesmapping/form_role2"_s).isEmpty());
    }

    // Every operation for every type, each checked by a GET: create, edit, duplicate, rename (what names the entity
    // follows), delete (what names it cleaned up in the same change).
    void everyOperationForEveryType_data()
    {
        QTest::addColumn<QString>("type");
        for (const QString &type : EntityEdits::types())
            QTest::newRow(qPrintable(type)) << type;
    }

    void everyOperationForEveryType()
    {
        QFETCH(QString, type);
        // Roles a mapping can be made for, and the entity that names the one under test (none for a mapping).
        for (const QString &role : {u"lc_a"_s, u"lc_b"_s, u"lc_c"_s})
            QCOMPARE(m_gui
                         .adminSend("PUT", u"/_plugins/_security/api/roles/"_s + role,
                                    json(QJsonObject {{u"cluster_permissions"_s, QJsonArray {u"cluster_monitor"_s}}}))
                         .status,
                     201);
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        const bool mapping = type == u"rolesmapping"_s;
        const QString name = mapping ? u"lc_a"_s : u"lc_entity"_s;
        const QString copy = mapping ? u"lc_b"_s : u"lc_entity_copy"_s;
        const QString renamed = mapping ? u"lc_c"_s : u"lc_renamed"_s;
        const QString secret = u"Lc-Entity_Pass#2026"_s;

        // Create.
        EntityFormDialog *form = window.forms()->open(type, EntityFormDialog::Mode::Create);
        QVERIFY(form);
        type_(form, u"entityNameEdit"_s, name);
        type_(form, u"descriptionEdit"_s, u"made"_s);
        if (type == u"roles"_s) {
            type_(form, u"clusterPermissionsEdit"_s, u"cluster_monitor"_s);
        } else if (mapping) {
            type_(form, u"mappedBackendRolesEdit"_s, u"lc_backend"_s);
        } else if (type == u"internalusers"_s) {
            type_(form, u"passwordEdit"_s, secret);
            type_(form, u"confirmPasswordEdit"_s, secret);
        } else if (type == u"actiongroups"_s) {
            type_(form, u"groupActionsEdit"_s, u"indices:data/read/search"_s);
        }
        sendAndConfirm(window, form);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(get(type + u'/' + name)[name][u"description"_s].toString(), u"made"_s);

        // What names it (for a user: a mapping; an action group: a role; a tenant: a role's tenant permission).
        QString holder;
        if (type == u"internalusers"_s) {
            holder = u"rolesmapping/lc_b"_s;
            QCOMPARE(m_gui
                         .adminSend("PUT", u"/_plugins/_security/api/"_s + holder,
                                    json(QJsonObject {{u"users"_s, QJsonArray {name}}}))
                         .status,
                     201);
        } else if (type == u"actiongroups"_s || type == u"tenants"_s) {
            holder = u"roles/lc_holder"_s;
            QJsonObject role {{u"cluster_permissions"_s, QJsonArray {u"cluster_monitor"_s}}};
            if (type == u"actiongroups"_s)
                role.insert(u"cluster_permissions"_s, QJsonArray {name});
            else
                role.insert(u"tenant_permissions"_s,
                            QJsonArray {QJsonObject {{u"tenant_patterns"_s, QJsonArray {name}},
                                                     {u"allowed_actions"_s, QJsonArray {u"kibana_all_read"_s}}}});
            QCOMPARE(m_gui.adminSend("PUT", u"/_plugins/_security/api/"_s + holder, json(role)).status, 201);
        }
        waitForEntity(session, type, name);

        // Edit (the write reads the configuration again: the holder is known from here on).
        form = window.forms()->open(type, EntityFormDialog::Mode::Edit, name);
        QVERIFY(form);
        type_(form, u"descriptionEdit"_s, u"edited"_s);
        sendAndConfirm(window, form);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(get(type + u'/' + name)[name][u"description"_s].toString(), u"edited"_s);
        QTRY_COMPARE_WITH_TIMEOUT(session.configuration().document[type][name][u"description"_s].toString(),
                                  u"edited"_s, 20000);

        // Duplicate: a new entity, the same content.
        form = window.forms()->open(type, EntityFormDialog::Mode::Duplicate, name);
        QVERIFY(form);
        type_(form, u"entityNameEdit"_s, copy);
        if (type == u"internalusers"_s) { // a copy needs its own password
            type_(form, u"passwordEdit"_s, secret + u'2');
            type_(form, u"confirmPasswordEdit"_s, secret + u'2');
        }
        sendAndConfirm(window, form);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(get(type + u'/' + copy)[copy][u"description"_s].toString(), u"edited"_s);
        QCOMPARE(get(type + u'/' + name)[name][u"description"_s].toString(), u"edited"_s);
        waitForEntity(session, type, copy);

        // Rename: one change; what names it follows.
        form = window.forms()->open(type, EntityFormDialog::Mode::Rename, name);
        QVERIFY(form);
        type_(form, u"entityNameEdit"_s, renamed);
        if (type == u"internalusers"_s) { // a hash is never read back: the renamed user gets a password
            QTRY_VERIFY(issue(form, u"password"_s)->isVisible());
            type_(form, u"passwordEdit"_s, secret + u'3');
            type_(form, u"confirmPasswordEdit"_s, secret + u'3');
        }
        sendAndConfirm(window, form);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(get(type + u'/' + name).isEmpty());
        QCOMPARE(get(type + u'/' + renamed)[renamed][u"description"_s].toString(), u"edited"_s);
        if (!holder.isEmpty()) {
            const QByteArray held = QJsonDocument(get(holder)).toJson(QJsonDocument::Compact);
            QVERIFY2(held.contains(quoted(renamed)) && !held.contains(quoted(name)), held.constData());
        }
        if (type == u"internalusers"_s) {
            SandboxTest::Client client(m_gui.sandbox()->url());
            client.setCredentials(renamed, secret + u'3');
            QCOMPARE(client.send("GET", u"/_plugins/_security/authinfo"_s).status, 200);
        }
        waitForEntity(session, type, renamed);

        // Delete, with what names it cleaned up.
        removeWithCleanUp(window, type, renamed, holder.isEmpty() ? QStringList() : QStringList {u'/' + holder},
                          type == u"actiongroups"_s ? u"form-delete.png"_s : QString());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(get(type + u'/' + renamed).isEmpty());
        if (!holder.isEmpty())
            QVERIFY(!json(get(holder)).contains(quoted(renamed)));
    }

    // The entity summary offers the forms' commands; following one opens the form.
    void summaryOffersTheForms()
    {
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        ConfigTreeView *tree = window.configTreeView();
        QVERIFY(tree->select(u"/actiongroups"_s));
        auto *summary = tree->findChild<EntitySummaryView *>();
        QVERIFY(summary);
        QVERIFY(tree->select(u"/roles/analyst_role"_s));
        QTRY_VERIFY(summary->toPlainText().contains(u"Duplicate\u2026"_s));
        QVERIFY(summary->toPlainText().contains(u"Edit\u2026"_s) && summary->toPlainText().contains(u"Delete\u2026"_s));
        emit summary->anchorClicked(QUrl(u"form:duplicate"_s));
        EntityFormDialog *form = window.forms()->form();
        QVERIFY(form);
        QCOMPARE(form->mode(), EntityFormDialog::Mode::Duplicate);
        QCOMPARE(form->windowTitle(), u"Duplicate role analyst_role"_s);
        form->close();
        // Not on the types the forms do not edit.
        QVERIFY(tree->select(u"/config/dynamic"_s) || tree->select(u"/config"_s));
        QVERIFY(!summary->toPlainText().contains(u"Duplicate\u2026"_s));
    }

    // A form opened before the configuration is read again (just after a write) follows it, instead of sending
    // against the old one; one whose entity changed meanwhile says so and does not send.
    void formFollowsTheConfigurationReadAgain()
    {
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        EntityFormDialog *form = window.forms()->open(u"roles"_s, EntityFormDialog::Mode::Edit, u"analyst_role"_s);
        QVERIFY(form);
        type_(form, u"descriptionEdit"_s, u"followed"_s);
        // Another role changes on the cluster (the same type: a write against the old configuration would be
        // refused as a conflict), and the app reads the configuration again.
        QCOMPARE(m_gui
                     .adminSend("PUT", u"/_plugins/_security/api/roles/follow_role"_s,
                                json(QJsonObject {{u"cluster_permissions"_s, QJsonArray {u"cluster_monitor"_s}}}))
                     .status,
                 201);
        session.refresh();
        waitForEntity(session, u"roles"_s, u"follow_role"_s);
        QVERIFY(window.forms()->form() == form);
        sendAndConfirm(window, form);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(get(u"roles/analyst_role"_s)[u"analyst_role"_s][u"description"_s].toString(), u"followed"_s);

        // The entity itself changes: the form says so, and Send is off.
        QTRY_COMPARE_WITH_TIMEOUT(
            session.configuration().document[u"roles"_s][u"analyst_role"_s][u"description"_s].toString(), u"followed"_s,
            20000);
        form = window.forms()->open(u"roles"_s, EntityFormDialog::Mode::Edit, u"analyst_role"_s);
        type_(form, u"descriptionEdit"_s, u"mine"_s);
        QJsonObject role = get(u"roles/analyst_role"_s)[u"analyst_role"_s].toObject();
        role.insert(u"description"_s, u"theirs"_s);
        for (const QString &flag : {u"reserved"_s, u"static"_s, u"hidden"_s})
            role.remove(flag);
        QCOMPARE(m_gui.adminSend("PUT", u"/_plugins/_security/api/roles/analyst_role"_s, json(role)).status, 200);
        session.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(form->findChild<QLabel *>(u"entityFormBanner"_s)->isVisible(), 20000);
        QVERIFY(form->findChild<QLabel *>(u"entityFormBanner"_s)->text().contains(u"changed on the cluster"_s));
        QVERIFY(!form->findChild<QPushButton *>(u"entityFormSend"_s)->isEnabled());
        QVERIFY(!form->send());
        QCOMPARE(get(u"roles/analyst_role"_s)[u"analyst_role"_s][u"description"_s].toString(), u"theirs"_s);
    }

    // A role's permission entries: each keeps what its fields held when another is selected; the form's value holds
    // them all, the one being edited included; Remove drops the selected one.
    void permissionEntriesKeepTheirFields()
    {
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        EntityFormDialog *form = window.forms()->open(u"roles"_s, EntityFormDialog::Mode::Create);
        QVERIFY(form);
        auto *add = child<QPushButton>(form, u"indexPermissionsAdd"_s);
        auto *list = child<QListWidget>(form, u"indexPermissionsList"_s);
        QVERIFY(!child<ListEdit>(form, u"indexPatternsEdit"_s)->isEnabled()); // no entry yet
        QTest::mouseClick(add, Qt::LeftButton);
        type_(form, u"indexPatternsEdit"_s, u"logs-*"_s);
        type_(form, u"allowedActionsEdit"_s, u"read"_s);
        QCOMPARE(list->item(0)->text(), u"logs-*  \u2192  read"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(child<ListEdit>(form, u"indexPatternsEdit"_s)->text(), QString());
        type_(form, u"indexPatternsEdit"_s, u"metrics-*"_s);
        type_(form, u"allowedActionsEdit"_s, u"write"_s);
        const QJsonArray both = form->value()[u"index_permissions"_s].toArray();
        QCOMPARE(both.size(), 2);
        QCOMPARE(both[1][u"index_patterns"_s].toArray(), QJsonArray {u"metrics-*"_s}); // the one being edited
        list->setCurrentRow(0);
        QCOMPARE(child<ListEdit>(form, u"indexPatternsEdit"_s)->text(), u"logs-*"_s);
        QCOMPARE(child<ListEdit>(form, u"allowedActionsEdit"_s)->text(), u"read"_s);
        QTest::mouseClick(child<QPushButton>(form, u"indexPermissionsRemove"_s), Qt::LeftButton);
        const QJsonArray left = form->value()[u"index_permissions"_s].toArray();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left[0][u"allowed_actions"_s].toArray(), QJsonArray {u"write"_s});
        QCOMPARE(child<ListEdit>(form, u"indexPatternsEdit"_s)->text(), u"metrics-*"_s);
        QVERIFY(form->isEdited());
    }

    // Each field's bad input gives its message, at the field (forms on a configuration in memory, a 3.8 cluster).
    void eachFieldShowsItsMessage_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const QString &type, const QString &widget, const QString &input,
                            const QString &label, const QString &message) {
            QTest::newRow(name) << type << widget << input << label << message;
        };
        row("role name", u"roles"_s, u"entityNameEdit"_s, u" spaced"_s, u"name"_s, u"space"_s);
        row("role taken", u"roles"_s, u"entityNameEdit"_s, u"analyst"_s, u"name"_s, u"already"_s);
        row("description", u"roles"_s, u"descriptionEdit"_s, QString(300, u'd'), u"description"_s, u"256"_s);
        row("cluster permission", u"roles"_s, u"clusterPermissionsEdit"_s, u"cluster_monitr"_s,
            u"cluster_permissions"_s, u"did you mean cluster_monitor?"_s);
        row("index patterns", u"roles"_s, u"indexPatternsEdit"_s, QString(), u"index_permissions/*/index_patterns"_s,
            u"at least one index pattern"_s);
        row("index action", u"roles"_s, u"allowedActionsEdit"_s, u"indices:data/read/serch"_s,
            u"index_permissions/*/allowed_actions"_s, u"did you mean indices:data/read/search?"_s);
        row("index action side", u"roles"_s, u"allowedActionsEdit"_s, u"cluster:monitor/health"_s,
            u"index_permissions/*/allowed_actions"_s, u"is a cluster action"_s);
        row("dls", u"roles"_s, u"dlsEdit"_s, u"{\"term\": "_s, u"index_permissions/*/dls"_s, u"not valid JSON"_s);
        row("masked", u"roles"_s, u"maskedFieldsEdit"_s, u"ip::NOPE"_s, u"index_permissions/*/masked_fields"_s,
            u"Invalid algorithm NOPE"_s);
        row("tenant", u"roles"_s, u"tenantPatternsEdit"_s, u"financ"_s, u"tenant_permissions/*/tenant_patterns"_s,
            u"did you mean finance?"_s);
        row("mapped user", u"roles"_s, u"mappedUsersEdit"_s, QString(300, u'u'), u"users"_s, u"256"_s);
        row("mapping role", u"rolesmapping"_s, u"entityNameEdit"_s, u"analist"_s, u"role"_s,
            u"did you mean analyst?"_s);
        row("password", u"internalusers"_s, u"passwordEdit"_s, QString(101, u'p'), u"password"_s,
            u"Password is too long"_s);
        row("confirmation", u"internalusers"_s, u"confirmPasswordEdit"_s, u"other"_s, u"confirm"_s, u"do not match"_s);
        row("hash", u"internalusers"_s, u"hashEdit"_s, u"$2y$12$short"_s, u"hash"_s, u"not a bcrypt hash"_s);
        row("security role", u"internalusers"_s, u"securityRolesEdit"_s, u"analist"_s, u"opendistro_security_roles"_s,
            u"did you mean analyst?"_s);
        row("group action", u"actiongroups"_s, u"groupActionsEdit"_s, u"raed"_s, u"allowed_actions"_s,
            u"did you mean read?"_s);
        row("tenant name", u"tenants"_s, u"entityNameEdit"_s, QString(), u"name"_s, u"a name is required"_s);
    }

    void eachFieldShowsItsMessage()
    {
        QFETCH(QString, type);
        QFETCH(QString, widget);
        QFETCH(QString, input);
        QFETCH(QString, label);
        QFETCH(QString, message);
        EntityFormDialog::Context context;
        context.document = QJsonObject {
            {u"roles"_s,
             QJsonObject {{u"analyst"_s, QJsonObject {{u"cluster_permissions"_s, QJsonArray {u"cluster_monitor"_s}}}}}},
            {u"rolesmapping"_s, QJsonObject {}},
            {u"internalusers"_s, QJsonObject {{u"alice"_s, QJsonObject {}}}},
            {u"actiongroups"_s, QJsonObject {}},
            {u"tenants"_s, QJsonObject {{u"finance"_s, QJsonObject {{u"description"_s, u"f"_s}}}}}};
        context.clusterVersion = QVersionNumber(3, 8, 0);
        EntityFormDialog form(type, EntityFormDialog::Mode::Create, {}, context);
        form.show();
        if (type != u"tenants"_s)
            type_(&form, u"entityNameEdit"_s, type == u"rolesmapping"_s ? u"analyst"_s : u"new_one"_s);
        if (label.startsWith(u"index_permissions"_s) || label.startsWith(u"tenant_permissions"_s)) {
            QTest::mouseClick(child<QPushButton>(&form, label.startsWith(u"index"_s) ? u"indexPermissionsAdd"_s
                                                                                     : u"tenantPermissionsAdd"_s),
                              Qt::LeftButton);
            if (label.startsWith(u"index"_s) && widget != u"indexPatternsEdit"_s)
                type_(&form, u"indexPatternsEdit"_s, u"logs-*"_s);
        }
        if (widget == u"confirmPasswordEdit"_s)
            type_(&form, u"passwordEdit"_s, u"Zq8#vT!m2pLw-Kestrel"_s);
        if (auto *text = form.findChild<QPlainTextEdit *>(widget)) {
            text->setPlainText(input);
        } else {
            QVERIFY(child<QLineEdit>(&form, widget));
            type_(&form, widget, input);
        }
        QLabel *shown = issue(&form, label);
        QVERIFY(shown);
        // (on another tab, it is shown there: not hidden)
        QTRY_VERIFY2(!shown->isHidden() && shown->text().contains(message), qPrintable(shown->text()));
    }

    void reservedRoleOpensReadOnly()
    {
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        EntityFormDialog *form = window.forms()->open(u"roles"_s, EntityFormDialog::Mode::Edit, u"all_access"_s);
        QVERIFY(form);
        QVERIFY(form->isReadOnly());
        QVERIFY(form->findChild<QLabel *>(u"entityFormBanner"_s)->text().contains(u"reserved"_s));
        QVERIFY(!form->findChild<QPushButton *>(u"entityFormSend"_s)->isVisible());
        QVERIFY(child<ListEdit>(form, u"clusterPermissionsEdit"_s)->isReadOnly());
        QVERIFY(!form->send());
    }

    void userPasswordStaysInTheRequest()
    {
        // Everything the app logs while the user is made, to be searched for the password too.
        static QStringList logged;
        logged.clear();
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &text) { logged << text; });
        const auto restore = qScopeGuard([previous] { qInstallMessageHandler(previous); });
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        EntityFormDialog *form = window.forms()->open(u"internalusers"_s, EntityFormDialog::Mode::Create);
        QVERIFY(form);
        type(child<QLineEdit>(form, u"entityNameEdit"_s), u"form_user"_s);
        auto *password = child<QLineEdit>(form, u"passwordEdit"_s);
        auto *confirm = child<QLineEdit>(form, u"confirmPasswordEdit"_s);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(password->accessibleName(), u"Password"_s);
        QCOMPARE(confirm->accessibleName(), u"Confirm password"_s);
        type(password, u"Form_User-2026!"_s);
        type(confirm, u"Form_User-2026!"_s);
        QTRY_VERIFY(issue(form, u"password"_s)->text().contains(u"Password is similar to user name"_s));
        QVERIFY(!form->findChild<QPushButton *>(u"entityFormSend"_s)->isEnabled());
        const QString secret = u"Zq8#vT!m2pLw-Kestrel"_s;
        type(password, secret);
        type(confirm, secret + u'x');
        QTRY_VERIFY(issue(form, u"confirm"_s)->text().contains(u"do not match"_s));
        type(confirm, secret);
        type(child<ListEdit>(form, u"backendRolesEdit"_s), u"form_analysts"_s);
        QTRY_VERIFY(form->findChild<QPushButton *>(u"entityFormSend"_s)->isEnabled());
        GuiFixture::screenshot(form, u"form-user.png"_s);
        QVERIFY(form->send());
        WriteDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.writeDialog()) != nullptr);
        QVERIFY(!QJsonDocument(dialog->plan().toJson()).toJson().contains(secret.toUtf8()));
        QVERIFY(!dialog->findChild<QPlainTextEdit *>(ObjectNames::writeRequests)->toPlainText().contains(secret));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton)->isEnabled(), 20000);
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QCOMPARE(dialog->report().outcome, WriteReport::Outcome::Applied);
        // The user logs in with it: the password reached the cluster.
        SandboxTest::Client client(m_gui.sandbox()->url());
        client.setCredentials(u"form_user"_s, secret);
        QCOMPARE(client.send("GET", u"/_plugins/_security/authinfo"_s).status, 200);
        // And nowhere else: not the journal, the backups or the drafts.
        QDirIterator files(DataDirectory::path(), QDir::Files, QDirIterator::Subdirectories);
        int read = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
            ++read;
        }
        QVERIFY(read > 0); // the journal and a backup at least
        // Nor anything logged meanwhile.
        qInstallMessageHandler(previous);
        QVERIFY(!logged.isEmpty());
        for (const QString &line : std::as_const(logged))
            QVERIFY2(!line.contains(secret), qPrintable(line));
    }

    void treeEntryPointsAndTheWrittenEntityShown()
    {
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        ConfigTreeView *tree = window.configTreeView();
        auto *view = tree->findChild<QTreeView *>();
        QVERIFY(tree->select(u"/roles/analyst_role"_s));
        auto *newAction = view->findChild<QAction *>(u"actionForm_new"_s);
        auto *edit = view->findChild<QAction *>(u"actionForm_edit"_s);
        QVERIFY(newAction && edit);
        QCOMPARE(newAction->text(), u"New role\u2026"_s);
        QVERIFY(edit->isEnabled());
        edit->trigger();
        QVERIFY(window.forms()->form());
        QCOMPARE(window.forms()->form()->windowTitle(), u"Edit role analyst_role"_s);
        window.forms()->form()->close();
        // On a type node: New only.
        QVERIFY(tree->select(u"/tenants"_s));
        QCOMPARE(newAction->text(), u"New tenant\u2026"_s);
        QVERIFY(!edit->isEnabled());
        newAction->trigger();
        EntityFormDialog *form = window.forms()->form();
        QVERIFY(form && form->type() == u"tenants"_s && form->mode() == EntityFormDialog::Mode::Create);
        type(child<QLineEdit>(form, u"entityNameEdit"_s), u"shown_tenant"_s);
        // An empty tenant is refused by the cluster: the form says so first.
        QTRY_VERIFY(issue(form, u"description"_s)->text().contains(u"refuses an empty entity"_s));
        QVERIFY(!form->findChild<QPushButton *>(u"entityFormSend"_s)->isEnabled());
        type(child<QLineEdit>(form, u"descriptionEdit"_s), u"Shown in the tree"_s);
        sendAndConfirm(window, form);
        if (QTest::currentTestFailed())
            return;
        // The tree shows the new entity once the configuration is read again.
        QTRY_COMPARE_WITH_TIMEOUT(view->currentIndex().data(ConfigTreeModel::PointerRole).toString(),
                                  u"/tenants/shown_tenant"_s, 20000);
    }

    void mappingAndUsersEditedAndHashes()
    {
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        // A role mapping for a role that has none.
        const QJsonObject document = session.configuration().document;
        QString role;
        const QJsonObject roles = document[u"roles"_s].toObject();
        for (auto it = roles.begin(); it != roles.end() && role.isEmpty(); ++it) {
            if (!document[u"rolesmapping"_s].toObject().contains(it.key())
                && EntityEdits::readOnlyReason(it->toObject()).isEmpty())
                role = it.key();
        }
        QVERIFY(!role.isEmpty());
        EntityFormDialog *form = window.forms()->open(u"rolesmapping"_s, EntityFormDialog::Mode::Create);
        type(child<QLineEdit>(form, u"entityNameEdit"_s), role + u'x');
        QTRY_VERIFY(issue(form, u"role"_s)->text().contains(u"did you mean "_s + role));
        type(child<QLineEdit>(form, u"entityNameEdit"_s), role);
        type(child<ListEdit>(form, u"mappedUsersEdit"_s), u"alice, bob"_s);
        sendAndConfirm(window, form);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(get(u"rolesmapping/"_s + role)[role][u"users"_s].toArray(), (QJsonArray {u"alice"_s, u"bob"_s}));

        // A user edited without a password keeps it: the hash the form never saw stays.
        const QString secret = u"Kq7!Lw2#Vx9-Heron"_s;
        form = window.forms()->open(u"internalusers"_s, EntityFormDialog::Mode::Create);
        type(child<QLineEdit>(form, u"entityNameEdit"_s), u"kept_user"_s);
        type(child<QLineEdit>(form, u"passwordEdit"_s), secret);
        type(child<QLineEdit>(form, u"confirmPasswordEdit"_s), secret);
        sendAndConfirm(window, form);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(
            session.configuration().document[u"internalusers"_s].toObject().contains(u"kept_user"_s), 20000);
        form = window.forms()->open(u"internalusers"_s, EntityFormDialog::Mode::Edit, u"kept_user"_s);
        QVERIFY(form);
        type(child<QLineEdit>(form, u"descriptionEdit"_s), u"edited"_s);
        sendAndConfirm(window, form);
        if (QTest::currentTestFailed())
            return;
        SandboxTest::Client client(m_gui.sandbox()->url());
        client.setCredentials(u"kept_user"_s, secret);
        QCOMPARE(client.send("GET", u"/_plugins/_security/authinfo"_s).status, 200);
        // The next form starts from the configuration as read after that write (else its write is a conflict).
        QTRY_COMPARE_WITH_TIMEOUT(
            session.configuration().document[u"internalusers"_s][u"kept_user"_s][u"description"_s].toString(),
            u"edited"_s, 20000);

        // A new user from an existing bcrypt hash (the demo configuration's well-known one, of "admin").
        form = window.forms()->open(u"internalusers"_s, EntityFormDialog::Mode::Create);
        type(child<QLineEdit>(form, u"entityNameEdit"_s), u"hash_user"_s);
        type(child<QLineEdit>(form, u"hashEdit"_s), u"$2a$12$nothash"_s);
        QTRY_VERIFY(issue(form, u"hash"_s)->text().contains(u"not a bcrypt hash"_s));
        type(child<QLineEdit>(form, u"hashEdit"_s), u"$2a$12$VcCDgh2NDk07JGN0rjGbM.Ad41qVR/YFJcgHp0UGns5JDymv..TOG"_s);
        sendAndConfirm(window, form);
        if (QTest::currentTestFailed())
            return;
        client.setCredentials(u"hash_user"_s, u"admin"_s);
        QCOMPARE(client.send("GET", u"/_plugins/_security/authinfo"_s).status, 200);
    }

    void tenantAndActionGroup()
    {
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        EntityFormDialog *form = window.forms()->open(u"tenants"_s, EntityFormDialog::Mode::Create);
        type(child<QLineEdit>(form, u"entityNameEdit"_s), u"form_tenant"_s);
        type(child<QLineEdit>(form, u"descriptionEdit"_s), u"Made in a form"_s);
        sendAndConfirm(window, form);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(get(u"tenants/form_tenant"_s)[u"form_tenant"_s][u"description"_s].toString(), u"Made in a form"_s);
        QTRY_VERIFY_WITH_TIMEOUT(session.configuration().document[u"tenants"_s].toObject().contains(u"form_tenant"_s),
                                 20000);

        form = window.forms()->open(u"actiongroups"_s, EntityFormDialog::Mode::Create);
        type(child<QLineEdit>(form, u"entityNameEdit"_s), u"form_group"_s);
        type(child<ListEdit>(form, u"groupActionsEdit"_s), u"kibana_all_wrte"_s);
        QTRY_VERIFY(issue(form, u"allowed_actions"_s)->text().contains(u"did you mean kibana_all_write?"_s));
        type(child<ListEdit>(form, u"groupActionsEdit"_s), u"indices:data/read/search, read"_s);
        sendAndConfirm(window, form);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(get(u"actiongroups/form_group"_s)[u"form_group"_s][u"allowed_actions"_s].toArray(),
                 (QJsonArray {u"indices:data/read/search"_s, u"read"_s}));
        // A duplicate is a new entity with the same content.
        QTRY_VERIFY_WITH_TIMEOUT(
            session.configuration().document[u"actiongroups"_s].toObject().contains(u"form_group"_s), 20000);
        form = window.forms()->open(u"actiongroups"_s, EntityFormDialog::Mode::Duplicate, u"form_group"_s);
        QCOMPARE(child<QLineEdit>(form, u"entityNameEdit"_s)->text(), u"form_group_copy"_s);
        sendAndConfirm(window, form);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(get(u"actiongroups/form_group_copy"_s)[u"form_group_copy"_s][u"allowed_actions"_s].toArray(),
                 (QJsonArray {u"indices:data/read/search"_s, u"read"_s}));
    }
};

QTEST_MAIN(TestEntityForms)
#include "TestEntityForms.moc"
