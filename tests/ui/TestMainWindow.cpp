#include <QLabel>
#include <QMenuBar>
#include <QtTest>

#include "ui/mainwindow/MainWindow.h"

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsEmptyState()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("SecDesk")));
        auto *text = window.findChild<QLabel *>(QStringLiteral("welcomeText"));
        QVERIFY(text);
        QVERIFY(text->isVisible());
        QVERIFY(text->text().contains(QStringLiteral("No cluster is connected")));
        auto *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
