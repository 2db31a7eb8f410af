#include "ui/mainwindow/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SecDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/secdesk.svg")));
    resize(1100, 720);
    createActions();
    setCentralWidget(createWelcomePage());
    statusBar()->showMessage(tr("Not connected"));
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About SecDesk"));
    about->setObjectName(QStringLiteral("actionAbout"));
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();

    auto *icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/secdesk.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);

    auto *title = new QLabel(tr("<h1>SecDesk</h1>"), page);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    auto *text = new QLabel(tr("<p>Manage the OpenSearch Security plugin's configuration:<br>"
                               "browse it, change it with previewed JSON patches,<br>"
                               "compare versions and roll back.</p><p>No cluster is connected yet.</p>"),
                            page);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);

    layout->addStretch();
    return page;
}
