#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QLineEdit>
#include <QTextBlock>
#include <QTreeView>
#include <QtTest>

#include "app/domain/ConfigGenerator.h"
#include "app/models/ConfigTreeModel.h"
#include "app/store/ClusterSession.h"
#include "tests/support/GuiFixture.h"
#include "ui/views/configtree/ConfigTreeView.h"
#include "ui/views/configtree/EntitySummaryView.h"

using namespace Qt::StringLiterals;

// The entity summary in the detail pane of the configuration tree, read from the in-process sandbox: its links
// select related entities (by keyboard and by mouse), Alt+Left goes back, and a filter never hides a link target.
class TestEntitySummaryView : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;
    std::unique_ptr<ClusterSession> m_session;
    std::unique_ptr<ConfigTreeModel> m_model;
    std::unique_ptr<ConfigTreeView> m_view;

    QString current() const { return m_view->tree()->currentIndex().data(ConfigTreeModel::PointerRole).toString(); }
    EntitySummaryView *summaryView() const
    {
        return m_view->findChild<EntitySummaryView *>(ObjectNames::entitySummary);
    }

    // The anchor number of `pointer` in the rendered summary: links are numbered in order, missing ones skipped.
    static int anchorOf(const EntitySummary &summary, const QString &pointer)
    {
        int number = 0;
        for (const SummarySection &section : summary.sections) {
            for (const SummaryRow &row : section.rows) {
                for (const SummaryPart &part : row.parts) {
                    if (!part.isLink() || !part.exists)
                        continue;
                    if (part.pointer == pointer)
                        return number;
                    ++number;
                }
            }
        }
        return -1;
    }

    // Clicks the anchor with `href` like a user would, at its place in the text.
    static bool clickAnchor(EntitySummaryView *view, const QString &href)
    {
        for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.charFormat().anchorHref() != href)
                    continue;
                QTextCursor cursor(view->document());
                cursor.setPosition(fragment.position() + fragment.length() / 2);
                const QPoint point = view->cursorRect(cursor).center();
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
                return true;
            }
        }
        return false;
    }

private slots:
    void init()
    {
        m_gui.startSandbox();
        m_session = std::make_unique<ClusterSession>();
        m_gui.connectSession(*m_session);
        m_model = std::make_unique<ConfigTreeModel>();
        m_model->setConfiguration(m_session->configuration().document, m_session->configuration().unavailable);
        m_view = std::make_unique<ConfigTreeView>(m_model.get());
        GuiFixture::show(*m_view, {1200, 800});
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_model.reset();
        m_session.reset();
        m_gui.cleanup();
    }

    void linksAndBack()
    {
        EntitySummaryView *summary = summaryView();
        QVERIFY(summary);
        QTRY_VERIFY(m_view->select(u"/internalusers/admin"_s));
        QTRY_VERIFY(summary->isVisible());
        QCOMPARE(summary->summary().title, u"admin"_s);
        QVERIFY(summary->summary().linkPointers().contains(u"/roles/all_access"_s));
        QVERIFY(summary->toPlainText().contains(u"all_access"_s));
        QVERIFY(summary->toPlainText().contains(u"backend role admin"_s));
        QVERIFY(!summary->toPlainText().contains(u"$2y$"_s));

        // Keyboard: the forms' commands come first (Enter asks for the form); then Tab to the role's link, Enter
        // follows it.
        summary->setFocus();
        QTRY_VERIFY(summary->hasFocus());
        QSignalSpy forms(summary, &EntitySummaryView::formRequested);
        QTest::keyClick(summary, Qt::Key_Tab);
        QCOMPARE(summary->textCursor().charFormat().anchorHref(), u"form:edit"_s);
        QTest::keyClick(summary, Qt::Key_Return);
        QCOMPARE(forms.size(), 1);
        QCOMPARE(forms.first(), (QVariantList {u"edit"_s, u"/internalusers/admin"_s}));
        for (const QString &command : {u"duplicate"_s, u"rename"_s, u"delete"_s}) {
            QTest::keyClick(summary, Qt::Key_Tab);
            QCOMPARE(summary->textCursor().charFormat().anchorHref(), u"form:"_s + command);
        }
        // Then the access question on a user (Enter asks for it).
        QSignalSpy access(summary, &EntitySummaryView::accessRequested);
        QTest::keyClick(summary, Qt::Key_Tab);
        QCOMPARE(summary->textCursor().charFormat().anchorHref(), u"access:explain"_s);
        QTest::keyClick(summary, Qt::Key_Return);
        QCOMPARE(access.size(), 1);
        QCOMPARE(access.first(), (QVariantList {u"explain"_s, u"/internalusers/admin"_s}));
        QTest::keyClick(summary, Qt::Key_Tab);
        QCOMPARE(summary->textCursor().charFormat().anchorHref(), u"access:effective"_s);
        const int roleAnchor = anchorOf(summary->summary(), u"/roles/all_access"_s);
        QVERIFY(roleAnchor >= 0);
        for (int i = 0; i <= roleAnchor; ++i)
            QTest::keyClick(summary, Qt::Key_Tab);
        QCOMPARE(summary->textCursor().charFormat().anchorHref(), u"entity:%1"_s.arg(roleAnchor));
        QTest::keyClick(summary, Qt::Key_Return);
        QTRY_COMPARE(current(), u"/roles/all_access"_s);
        QCOMPARE(summary->summary().title, u"all_access"_s);
        QCOMPARE(summary->summary().kind, u"Role"_s);

        // Mouse: "Mapped by" leads to the mapping of the same name.
        const int mappingAnchor = anchorOf(summary->summary(), u"/rolesmapping/all_access"_s);
        QVERIFY(mappingAnchor >= 0);
        QVERIFY(clickAnchor(summary, u"entity:%1"_s.arg(mappingAnchor)));
        QTRY_COMPARE(current(), u"/rolesmapping/all_access"_s);
        QCOMPARE(summary->summary().kind, u"Role mapping"_s);
        QCOMPARE(summary->history(), QStringList({u"/internalusers/admin"_s, u"/roles/all_access"_s}));

        // Alt+Left goes back, from the summary and from the tree alike.
        QTest::keyClick(summary, Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(current(), u"/roles/all_access"_s);
        m_view->tree()->setFocus();
        QTest::keyClick(m_view->tree(), Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(current(), u"/internalusers/admin"_s);
        QVERIFY(summary->history().isEmpty());
        QVERIFY(!summary->backAction()->isEnabled());
    }

    void onlyEntitiesHaveASummary()
    {
        EntitySummaryView *summary = summaryView();
        QTRY_VERIFY(m_view->select(u"/roles/all_access"_s));
        QTRY_VERIFY(summary->isVisible());
        QTRY_VERIFY(m_view->select(u"/roles/all_access/cluster_permissions"_s));
        QTRY_VERIFY(!summary->isVisible());
        QTRY_VERIFY(m_view->select(u"/roles"_s));
        QVERIFY(!summary->isVisible());
        QTRY_VERIFY(m_view->select(u"/config"_s));
        QVERIFY(!summary->isVisible());
        QTRY_VERIFY(m_view->select(u"/tenants/analysts"_s));
        QTRY_VERIFY(summary->isVisible());
        QVERIFY(summary->summary().linkPointers().contains(u"/roles/analyst_role"_s));
    }

    void linkTargetHiddenByTheFilterClearsIt()
    {
        EntitySummaryView *summary = summaryView();
        auto *filter = m_view->findChild<QLineEdit *>(ObjectNames::filterEdit);
        filter->setText(u"kibana_user"_s);
        QTest::keyClick(filter, Qt::Key_Return);
        QTRY_COMPARE(m_model->filterText(), u"kibana_user"_s);
        QTRY_VERIFY(m_view->select(u"/roles/kibana_user"_s));
        QVERIFY(!m_model->indexForPointer(*JsonPointer::parse(u"/internalusers/dashboards"_s)).isValid());
        QTRY_VERIFY(summary->isVisible());
        const int userAnchor = anchorOf(summary->summary(), u"/internalusers/dashboards"_s);
        QVERIFY(userAnchor >= 0);
        QVERIFY(clickAnchor(summary, u"entity:%1"_s.arg(userAnchor)));
        QTRY_COMPARE(current(), u"/internalusers/dashboards"_s);
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(summary->summary().title, u"dashboards"_s);
    }

    void largeConfigurationSummarizesOnAWorker()
    {
        ConfigGenerator::Options options;
        options.users = 9000;
        options.roles = 1500;
        options.mappings = 1000;
        options.tenants = 200;
        options.actionGroups = 100;
        const QJsonObject document = ConfigGenerator::generate(options);
        QVERIFY(ConfigGenerator::entityCount(document) > EntitySummaryView::SynchronousLimit);
        m_model->setConfiguration(document);
        const QStringList mapped = document.value(u"rolesmapping"_s).toObject().keys();
        EntitySummaryView *summary = summaryView();

        // Two selections in a row: the first one's result is dropped, the second one shows.
        QTRY_VERIFY(m_view->select(u"/roles/"_s + mapped.at(0)));
        QVERIFY(summary->isSummarizing());
        QVERIFY(summary->summary().isEmpty()); // a placeholder, never the previous entity's summary
        QTRY_VERIFY(m_view->select(u"/rolesmapping/"_s + mapped.at(1)));
        QTRY_VERIFY_WITH_TIMEOUT(!summary->isSummarizing(), 20000);
        QCOMPARE(summary->summary().title, mapped.at(1));
        QCOMPARE(summary->summary().kind, u"Role mapping"_s);
        QCOMPARE(summary->currentPointer(), u"/rolesmapping/"_s + mapped.at(1));
        QVERIFY(summary->summary().linkPointers().contains(u"/roles/"_s + mapped.at(1)));
    }
};

QTEST_MAIN(TestEntitySummaryView)
#include "TestEntitySummaryView.moc"
