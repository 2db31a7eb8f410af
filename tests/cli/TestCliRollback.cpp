#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "app/json/Json.h"
#include "tests/cli/CliTestSupport.h"
#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;

namespace {

using CliTest::Run;

} // namespace

// secdesk-cli rollback against the sandbox over loopback HTTP: whole and selective rollbacks, and the refusal to
// write unconfirmed when stdin is not a terminal.
class TestCliRollback : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;

    Run cli(const QStringList &arguments)
    {
        return CliTest::run(arguments, CliTest::clusterEnvironment(m_sandbox->url(), m_dir->filePath(u"data"_s)));
    }

    SandboxTest::Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        SandboxTest::Client c(m_sandbox->url());
        c.setCredentials(u"admin"_s, u"admin"_s);
        return c.send(method, path, body);
    }

    void putRole(const QString &name, const QString &permission)
    {
        const QJsonObject body {{u"cluster_permissions"_s, QJsonArray {permission}}};
        const auto reply =
            call("PUT", u"/_plugins/_security/api/roles/"_s + name, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QVERIFY2(reply.status == 200 || reply.status == 201, reply.body.constData());
    }

    QJsonObject roles() { return call("GET", u"/_plugins/_security/api/roles"_s).json(); }

    QString newestId()
    {
        const QJsonArray list = call("GET", u"/_plugins/_security/api/versions"_s).json()[u"versions"_s].toArray();
        return list.last()[u"version_id"_s].toString();
    }

    QStringList permissions(const QString &role)
    {
        QStringList result;
        for (const QJsonValue &value : roles().value(role)[u"cluster_permissions"_s].toArray())
            result << value.toString();
        return result;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<Sandbox>(SandboxTest::fastOptions());
        QVERIFY(m_sandbox->start().ok());
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_dir.reset();
    }

    void rollbackToAnIdWithYes()
    {
        putRole(u"c1"_s, u"p1"_s);
        const QString target = newestId();
        putRole(u"c1"_s, u"p2"_s);
        putRole(u"c2"_s, u"p3"_s);
        const Run run = cli({u"rollback"_s, target, u"--yes"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.contains(u"POST version/rollback/"_s + target));
        QCOMPARE(permissions(u"c1"_s), QStringList {u"p1"_s});
        QVERIFY(!roles().contains(u"c2"_s));
    }

    void rollbackWithoutIdUndoesTheLastChange()
    {
        putRole(u"c1"_s, u"p1"_s);
        putRole(u"c1"_s, u"p2"_s);
        const Run run = cli({u"rollback"_s, u"--yes"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(permissions(u"c1"_s), QStringList {u"p1"_s});
    }

    void selectiveRollbackWithOnly()
    {
        putRole(u"x"_s, u"x1"_s);
        putRole(u"y"_s, u"y1"_s);
        const QString target = newestId();
        putRole(u"x"_s, u"x2"_s);
        putRole(u"y"_s, u"y2"_s);
        const Run run = cli({u"rollback"_s, target, u"--only"_s, u"/roles/x"_s, u"--yes"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(permissions(u"x"_s), QStringList {u"x1"_s});
        QCOMPARE(permissions(u"y"_s), QStringList {u"y2"_s});

        const Run deep = cli({u"rollback"_s, target, u"--only"_s, u"/roles/x/cluster_permissions"_s, u"--yes"_s});
        QCOMPARE(deep.exitCode, 1);
        const Run unknown = cli({u"rollback"_s, u"v999"_s, u"--yes"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(u"v999"_s));
    }

    void refusesWithoutYesWhenStdinIsNotATerminal()
    {
        putRole(u"c1"_s, u"p1"_s);
        const QString target = newestId();
        putRole(u"c1"_s, u"p2"_s);
        const QString before = newestId();
        const Run run = cli({u"rollback"_s, target});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--yes"_s));
        QCOMPARE(permissions(u"c1"_s), QStringList {u"p2"_s});
        QCOMPARE(newestId(), before);
    }

    void onlyOneVersion()
    {
        const Run run = cli({u"rollback"_s, u"--yes"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"only 1 version"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliRollback)
#include "TestCliRollback.moc"
