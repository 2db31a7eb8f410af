#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include "app/common/SecretStore.h"
#include "app/common/Settings.h"
#include "app/json/Json.h"
#include "app/store/ProfileStore.h"
#include "tests/cli/CliTestSupport.h"
#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;

namespace {

using CliTest::Run;

} // namespace

// secdesk-cli --profile NAME against the sandbox: the profile comes from a temporary settings file
// (SECDESK_SETTINGS), the keychain is never touched (SECDESK_SECRET_STORE=none), so the password comes from
// SECDESK_PASSWORD or --password-file.
class TestCliProfiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_sandbox;
    QTemporaryDir m_dir;
    QString m_settingsFile;
    quint16 m_deadPort = 0;

    Run cli(const QStringList &arguments, const QString &password = u"admin"_s)
    {
        // The profile wins over SECDESK_URL and SECDESK_USER (only explicit options override it); the keychain is
        // never touched. A null password leaves SECDESK_PASSWORD unset.
        return CliTest::run(arguments, {{u"SECDESK_SETTINGS"_s, m_settingsFile},
                                        {u"SECDESK_SECRET_STORE"_s, u"none"_s},
                                        {u"SECDESK_URL"_s, u"http://127.0.0.1:%1"_s.arg(m_deadPort)},
                                        {u"SECDESK_USER"_s, u"nobody"_s},
                                        {u"SECDESK_PASSWORD"_s, password}});
    }

    void saveProfile(const QString &name, const QUrl &url)
    {
        Settings settings(m_settingsFile);
        MemorySecretStore secrets;
        ProfileStore store(&settings, &secrets);
        ConnectionProfile profile;
        profile.name = name;
        profile.url = url;
        profile.user = u"admin"_s;
        profile.timeoutSeconds = 20;
        std::optional<Result<QString>> saved;
        connect(store.save(profile, u"stays-in-memory"_s, QString()), &SecretJob::finished, this,
                [&saved](const Result<QString> &r) { saved = r; });
        QTRY_VERIFY(saved.has_value());
        QVERIFY(*saved);
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<Sandbox>(SandboxTest::fastOptions());
        QVERIFY(m_sandbox->start().ok());
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_deadPort = probe.serverPort();
        probe.close();
        m_settingsFile = m_dir.filePath(u"SecDesk.ini"_s);
        saveProfile(u"local sandbox"_s, m_sandbox->url());
        saveProfile(u"gone"_s, QUrl(u"http://127.0.0.1:%1"_s.arg(m_deadPort)));
        QFile file(m_settingsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("stays-in-memory"));
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void whoamiThroughAProfile()
    {
        const Run text = cli({u"whoami"_s, u"--profile"_s, u"local sandbox"_s});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains("admin"), text.out.constData());
        const Run json = cli({u"whoami"_s, u"--profile"_s, u"local sandbox"_s, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json()[u"user"_s].toString(), u"admin"_s);
    }

    void unknownProfileIsAUsageError()
    {
        const Run run = cli({u"whoami"_s, u"--profile"_s, u"prod"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(u"secdesk-cli whoami: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"\"prod\""_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"gone, local sandbox"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void optionsOverrideTheProfile()
    {
        // The saved address is dead; --url points at the sandbox.
        const Run dead = cli({u"whoami"_s, u"--profile"_s, u"gone"_s});
        QCOMPARE(dead.exitCode, 3);
        const Run redirected = cli({u"whoami"_s, u"--profile"_s, u"gone"_s, u"--url"_s, m_sandbox->url().toString()});
        QVERIFY2(redirected.exitCode == 0, qPrintable(redirected.err));

        // --password-file beats SECDESK_PASSWORD.
        const QString passwordFile = m_dir.filePath(u"password"_s);
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("admin\n");
        file.close();
        const Run fromFile =
            cli({u"whoami"_s, u"--profile"_s, u"local sandbox"_s, u"--password-file"_s, passwordFile}, u"wrong"_s);
        QVERIFY2(fromFile.exitCode == 0, qPrintable(fromFile.err));
        const Run wrong = cli({u"whoami"_s, u"--profile"_s, u"local sandbox"_s}, u"wrong"_s);
        QCOMPARE(wrong.exitCode, 3);
    }

    void noPasswordAnywhere()
    {
        const Run run = cli({u"whoami"_s, u"--profile"_s, u"local sandbox"_s}, QString());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"no password for user admin of profile local sandbox"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"SECDESK_PASSWORD"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "TestCliProfiles.moc"
