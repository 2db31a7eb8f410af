#include <QDir>
#include <QtTest>

#include "app/access/AccessCases.h"

Q_DECLARE_METATYPE(AccessCase)

// Runs every case of the conformance suite ported from the Security plugin's own tests (role mapping, cluster, index,
// alias, data stream, pattern, wildcard, tenant, DLS, FLS, attributes and end-to-end read requests) under each engine
// the case names, and fails on any mismatch. The suite lives beside the repository (SECDESK_SHARED_DIR); without it
// the test skips and says so. A case that cannot pass offline is listed in knownDifferences() with the reason,
// argued from the plugin's source.
class TestAccessConformance : public QObject
{
    Q_OBJECT

private:
    static QString suiteDirectory() { return QStringLiteral(SECDESK_SHARED_DIR "/conformance/access"); }

    // case id -> why it cannot pass offline.
    static const QHash<QString, QString> &knownDifferences()
    {
        static const QHash<QString, QString> differences {};
        return differences;
    }

private slots:
    void cases_data()
    {
        QTest::addColumn<AccessCase>("accessCase");
        const QDir directory(suiteDirectory());
        const QStringList files = directory.entryList({QStringLiteral("cases-*.json")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            return;
        for (const QString &file : files) {
            const Result<QList<AccessCase>> cases = AccessCases::read(directory.filePath(file));
            if (!cases)
                qFatal("%s", qPrintable(cases.error().message));
            for (const AccessCase &accessCase : *cases)
                QTest::newRow(qPrintable(file + QLatin1Char(' ') + accessCase.id)) << accessCase;
        }
    }

    void cases()
    {
        if (!QDir(suiteDirectory()).exists())
            QSKIP(qPrintable(
                QStringLiteral("%1 is absent: the access conformance suite was not run").arg(suiteDirectory())));
        QFETCH(AccessCase, accessCase);
        if (const auto reason = knownDifferences().constFind(accessCase.id); reason != knownDifferences().constEnd())
            QSKIP(qPrintable(*reason));
        const Result<QList<AccessCaseOutcome>> outcomes = AccessCases::run(accessCase, AccessCaseSource());
        QVERIFY2(outcomes, qPrintable(outcomes ? QString() : outcomes.error().message));
        QStringList failures;
        for (const AccessCaseOutcome &outcome : *outcomes) {
            if (!outcome.pass) {
                failures.append(QStringLiteral("[%1] %2\n    trace: %3")
                                    .arg(AccessEngines::name(outcome.engine),
                                         outcome.failures.join(QStringLiteral("; ")),
                                         outcome.trace.join(QStringLiteral("\n           "))));
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // The suite must be complete: every file present and read (a missing file would silently shrink coverage).
    void suiteIsWhole()
    {
        if (!QDir(suiteDirectory()).exists())
            QSKIP("the access conformance suite is absent");
        int total = 0;
        const QDir directory(suiteDirectory());
        for (const QString &file : directory.entryList({QStringLiteral("cases-*.json")}, QDir::Files)) {
            const Result<QList<AccessCase>> cases = AccessCases::read(directory.filePath(file));
            QVERIFY2(cases, qPrintable(cases ? QString() : cases.error().message));
            total += int(cases->size());
        }
        QVERIFY2(total >= 850, qPrintable(QStringLiteral("only %1 cases read").arg(total)));
    }
};

QTEST_GUILESS_MAIN(TestAccessConformance)
#include "TestAccessConformance.moc"
