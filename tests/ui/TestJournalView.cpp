#include <QAction>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QTableView>
#include <QtTest>

#include "app/models/JournalModel.h"
#include "app/store/ClusterSession.h"
#include "app/write/WriteJournal.h"
#include "tests/support/GuiFixture.h"
#include "ui/mainwindow/ClusterMenu.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/views/journal/JournalView.h"

using namespace Qt::StringLiterals;

// The write journal view: entries shown newest first, the selected one as pretty JSON, re-read when shown.
class TestJournalView : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    static QJsonObject entry(const QString &time, const QString &profile, const QString &title)
    {
        return QJsonObject {
            {u"time"_s, time},
            {u"profile"_s, profile},
            {u"user"_s, u"admin"_s},
            {u"plan"_s, QJsonObject {{u"kind"_s, u"replace-config"_s}, {u"title"_s, title}}},
            {u"result"_s, QJsonObject {{u"outcome"_s, u"applied"_s}, {u"verified"_s, true}}},
            {u"backup"_s, u"20260101-100000-%1.json"_s.arg(profile)},
        };
    }

private slots:
    void initTestCase() { m_gui.initDataDirectory(); }

    void showsEntriesAndDetail()
    {
        const QString path = m_gui.dataPath(u"journal.jsonl"_s);
        WriteJournal journal(path);
        QVERIFY(journal.append(entry(u"2026-01-01T10:00:00.000Z"_s, u"older"_s, u"First write"_s)).ok());
        QVERIFY(journal.append(entry(u"2026-01-02T10:00:00.000Z"_s, u"newer"_s, u"Second write"_s)).ok());

        ClusterSession session;
        MainWindow window(&session);
        window.clusterMenu()->setJournalPath(path);
        GuiFixture::show(window);
        auto *action = window.findChild<QAction *>(ObjectNames::actionWriteJournal);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
        action->trigger();

        auto *view = window.findChild<JournalView *>(ObjectNames::journalView);
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        auto *table = view->findChild<QTableView *>(ObjectNames::journalTable);
        auto *detail = view->findChild<QPlainTextEdit *>(ObjectNames::journalDetail);
        QVERIFY(table && detail);
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, JournalModel::WhatColumn).data().toString(), u"Second write"_s);
        // The newest is selected and shown in full.
        QVERIFY(detail->toPlainText().contains(u"\"profile\": \"newer\""_s));

        // Selecting the other shows its JSON, pretty-printed.
        table->selectRow(1);
        QTRY_VERIFY(detail->toPlainText().contains(u"\"profile\": \"older\""_s));
        QVERIFY(detail->toPlainText().contains(u"\"title\": \"First write\""_s));
        QVERIFY(detail->toPlainText().contains(u'\n'));

        // A write appended while the view is hidden is there when it is shown again.
        view->hide();
        QVERIFY(journal.append(entry(u"2026-01-03T10:00:00.000Z"_s, u"latest"_s, u"Third write"_s)).ok());
        action->trigger();
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->model()->index(0, JournalModel::ProfileColumn).data().toString(), u"latest"_s);
        // ... and one appended while it is open, after reloadJournal() (what the window calls after a write).
        QVERIFY(journal.append(entry(u"2026-01-04T10:00:00.000Z"_s, u"last"_s, u"Fourth write"_s)).ok());
        window.clusterMenu()->reloadJournal();
        QCOMPARE(table->model()->rowCount(), 4);

        GuiFixture::screenshot(view, u"journal.png"_s);
    }
};

QTEST_MAIN(TestJournalView)
#include "TestJournalView.moc"
