#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include "app/models/JournalModel.h"
#include "app/write/WriteJournal.h"

using namespace Qt::StringLiterals;

// The write journal as a table: entries from a file written by WriteJournal, newest first, columns, no secret.
class TestJournalModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QJsonObject entry(const QString &time, const QString &profile, const QString &title, const QString &outcome,
                             const QString &backup)
    {
        return QJsonObject {
            {u"time"_s, time},
            {u"profile"_s, profile},
            {u"user"_s, u"admin"_s},
            {u"cluster"_s, u"https://localhost:9200"_s},
            {u"plan"_s,
             QJsonObject {{u"kind"_s, u"patch"_s},
                          {u"title"_s, title},
                          {u"types"_s, QJsonArray {u"internalusers"_s}},
                          // A secret in the plan: WriteJournal redacts it before it reaches the file.
                          {u"patch"_s, QJsonArray {QJsonObject {
                                           {u"op"_s, u"add"_s},
                                           {u"path"_s, u"/internalusers/bob"_s},
                                           {u"value"_s, QJsonObject {{u"password"_s, u"hunter2-secret"_s}}}}}}}},
            {u"result"_s, QJsonObject {{u"outcome"_s, outcome}, {u"title"_s, title}}},
            {u"backup"_s, backup},
        };
    }

    QString writeJournal(const QString &name, const QList<QJsonObject> &entries)
    {
        const QString path = m_dir.filePath(name);
        WriteJournal journal(path);
        for (const QJsonObject &item : entries)
            [&] { QVERIFY(journal.append(item).ok()); }();
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void newestFirstWithColumns()
    {
        const QString path =
            writeJournal(u"a.jsonl"_s, {entry(u"2026-01-01T10:00:00.000Z"_s, u"prod"_s,
                                              u"Apply a patch (1 operation)"_s, u"applied"_s, u"backup-1.json"_s),
                                        entry(u"2026-01-02T10:00:00.000Z"_s, u"test"_s,
                                              u"Replace the security configuration (PUT securityconfig/config)"_s,
                                              u"conflict"_s, u"backup-2.json"_s)});
        JournalModel model(path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(JournalModel::ColumnCount));
        QCOMPARE(model.headerData(JournalModel::TimeColumn, Qt::Horizontal).toString(), u"Time"_s);
        QCOMPARE(model.headerData(JournalModel::BackupColumn, Qt::Horizontal).toString(), u"Backup"_s);

        // Newest first.
        QCOMPARE(model.index(0, JournalModel::ProfileColumn).data().toString(), u"test"_s);
        QCOMPARE(model.index(1, JournalModel::ProfileColumn).data().toString(), u"prod"_s);
        QCOMPARE(model.index(0, JournalModel::UserColumn).data().toString(), u"admin"_s);
        QCOMPARE(model.index(0, JournalModel::WhatColumn).data().toString(),
                 u"Replace the security configuration (PUT securityconfig/config)"_s);
        QCOMPARE(model.index(0, JournalModel::ResultColumn).data().toString(), u"Conflict"_s);
        QCOMPARE(model.index(1, JournalModel::ResultColumn).data().toString(), u"Applied"_s);
        QCOMPARE(model.index(0, 0).data(JournalModel::OutcomeRole).toString(), u"conflict"_s);
        QCOMPARE(model.index(1, JournalModel::BackupColumn).data().toString(), u"backup-1.json"_s);
        const QDateTime time = model.index(1, 0).data(JournalModel::TimeRole).toDateTime();
        QCOMPARE(time, QDateTime(QDate(2026, 1, 1), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(model.index(1, JournalModel::TimeColumn).data().toString(),
                 time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));

        // The whole entry is there for the detail view, with the secret redacted by the journal.
        const QJsonObject newest = model.index(0, 0).data(JournalModel::EntryRole).toJsonObject();
        QCOMPARE(newest.value(u"cluster"_s).toString(), u"https://localhost:9200"_s);
        QCOMPARE(model.entry(0), newest);
        QVERIFY(model.entry(5).isEmpty());

        // No cell shows a secret.
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(!QJsonDocument(model.entry(row)).toJson().contains("hunter2-secret"));
            for (int column = 0; column < model.columnCount(); ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    QVERIFY(!model.index(row, column).data(role).toString().contains(u"hunter2"_s));
            }
        }
    }

    void outOfOrderAppendsSortByTime()
    {
        // The app and the CLI may append slightly out of order: the table is by time, newest first.
        const QString path =
            writeJournal(u"b.jsonl"_s, {entry(u"2026-01-03T10:00:00.000Z"_s, u"p3"_s, u"t"_s, u"applied"_s, u"b3"_s),
                                        entry(u"2026-01-01T10:00:00.000Z"_s, u"p1"_s, u"t"_s, u"failed"_s, u"b1"_s),
                                        entry(u"2026-01-02T10:00:00.000Z"_s, u"p2"_s, u"t"_s, u"applied"_s, u"b2"_s)});
        JournalModel model(path);
        QStringList profiles;
        for (int row = 0; row < model.rowCount(); ++row)
            profiles << model.index(row, JournalModel::ProfileColumn).data().toString();
        QCOMPARE(profiles, (QStringList {u"p3"_s, u"p2"_s, u"p1"_s}));
    }

    void reloadAndMissingFile()
    {
        const QString path = m_dir.filePath(u"c.jsonl"_s);
        JournalModel model(path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // no file yet: empty, no error

        WriteJournal journal(path);
        QVERIFY(journal.append(entry(u"2026-01-01T10:00:00.000Z"_s, u"p"_s, u"t"_s, u"applied"_s, u"b"_s)).ok());
        QCOMPARE(model.rowCount(), 0); // not until reloaded
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);

        // A cut-off last line (a crash while appending) is skipped.
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"time\": \"2026-01-02T");
        file.close();
        model.reload();
        QCOMPARE(model.rowCount(), 1);

        model.setPath(m_dir.filePath(u"none.jsonl"_s));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJournalModel)
#include "TestJournalModel.moc"
