#pragma once

// MainWindow: builds the menus, actions and the central area, and wires components together. GUI thread.

#include <QMainWindow>

class QLabel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void createActions();
    QWidget *createWelcomePage();
};
