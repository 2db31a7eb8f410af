#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QtTest>

#include "app/models/ConfigTreeModel.h"
#include "app/store/ClusterSession.h"
#include "tests/support/GuiFixture.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/views/configtree/ConfigTreeView.h"
#include "ui/widgets/MessageBar.h"

// The main window driven like a user would, offscreen, against the in-process sandbox.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    // What the composition root does when the user asks for the sandbox: start it, connect the session.
    void connectOnRequest(MainWindow &window, ClusterSession &session)
    {
        connect(&window, &MainWindow::sandboxRequested, this, [this, &session] {
            m_gui.startSandbox();
            session.connectTo(m_gui.adminSettings(), QStringLiteral("Sandbox"));
        });
    }

private slots:
    void initTestCase() { m_gui.initDataDirectory(); }
    void cleanup() { m_gui.cleanup(); }

    void welcomeThenSandbox()
    {
        ClusterSession session;
        MainWindow window(&session);
        connectOnRequest(window, session);
        GuiFixture::show(window);
        QCOMPARE(window.windowTitle(), QStringLiteral("SecDesk"));
        auto *welcome = window.findChild<QLabel *>(ObjectNames::welcomeText);
        QVERIFY(welcome && welcome->isVisible());
        auto *quit = window.findChild<QAction *>(ObjectNames::actionQuit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));

        QTest::mouseClick(window.findChild<QPushButton *>(ObjectNames::trySandboxButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Ready, 20000);
        QVERIFY(window.windowTitle().contains(QStringLiteral("SecDesk")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Sandbox")));
        QVERIFY(window.findChild<QLabel *>(ObjectNames::identityLabel)->text().contains(QStringLiteral("admin")));
        QVERIFY(window.findChild<QLabel *>(ObjectNames::clusterLabel)->text().contains(QStringLiteral("opensearch")));
        QVERIFY(window.findChild<QLabel *>(ObjectNames::lastReadLabel)->text().startsWith(QStringLiteral("read at")));

        // Browse to an entity: its JSON shows in the detail pane.
        ConfigTreeView *view = window.configTreeView();
        auto *model = qobject_cast<ConfigTreeModel *>(view->tree()->model());
        QTRY_VERIFY(model->rowCount(model->index(1, 0)) > 0); // roles: the tree is built on a worker thread
        QVERIFY(view->tree()->isExpanded(model->index(1, 0)));
        QTRY_VERIFY(view->select(QStringLiteral("/roles/all_access")));
        auto *detail = window.findChild<QPlainTextEdit *>(ObjectNames::jsonDetail);
        QVERIFY(detail->toPlainText().contains(QStringLiteral("\"cluster_permissions\"")));

        // Copy its pointer with the keyboard.
        view->tree()->setFocus();
        QTest::keyClick(view->tree(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("/roles/all_access"));
        QTest::keyClick(view->tree(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("\"cluster_permissions\"")));

        // Filter from the keyboard: Ctrl+F, type, and only matches (with their ancestors) remain.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto *filter = window.findChild<QLineEdit *>(ObjectNames::filterEdit);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("kibana_user"));
        QTRY_COMPARE(model->filterText(), QStringLiteral("kibana_user"));
        const QModelIndex roles = model->index(1, 0);
        QCOMPARE(model->rowCount(roles), 1);
        QCOMPARE(model->index(0, 0, roles).data().toString(), QStringLiteral("kibana_user"));

        // Refresh keeps working and updates the time of the last read.
        const QDateTime before = session.lastRead();
        QTRY_VERIFY(QDateTime::currentDateTimeUtc() > before); // a read from now on is a later one
        window.findChild<QAction *>(ObjectNames::actionRefresh)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(session.lastRead() > before, 20000);
        QCOMPARE(session.state(), ClusterSession::State::Ready);
    }

    void failedConnectionShowsAMessage()
    {
        const quint16 port = GuiFixture::closedPort();
        QVERIFY(port != 0);
        ClusterSession session;
        MainWindow window(&session);
        window.show();
        ConnectionSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        session.connectTo(settings, QStringLiteral("Nowhere"));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Failed, 20000);
        MessageBar *bar = window.messageBar();
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY2(bar->text().contains(QStringLiteral("cannot be reached")), qPrintable(bar->text()));
        QVERIFY(window.findChild<QLabel *>(ObjectNames::stateLabel)->text().contains(QStringLiteral("failed")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
