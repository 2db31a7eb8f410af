#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "app/common/SecretStore.h"
#include "app/common/Settings.h"
#include "app/store/ProfileStore.h"

using namespace Qt::StringLiterals;

// ProfileStore over a temporary settings file and in-memory secret stores (never the real keychain): profiles round
// trip, secrets stay out of the file, removal and rename take the secrets along, validation, and the session-only
// fallback when there is no keychain.
class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newFile() { return m_dir.filePath(u"settings-%1.ini"_s.arg(++m_files)); }

    static Result<QString> wait(SecretJob *job)
    {
        std::optional<Result<QString>> result;
        QObject::connect(job, &SecretJob::finished, job, [&result](const Result<QString> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            return Error {u"test.timeout"_s, u"no result"_s, {}};
        return *result;
    }

    static Result<LoadedProfile> wait(ProfileLoad *job)
    {
        std::optional<Result<LoadedProfile>> result;
        QObject::connect(job, &ProfileLoad::finished, job, [&result](const Result<LoadedProfile> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            return Error {u"test.timeout"_s, u"no result"_s, {}};
        return *result;
    }

    static QByteArray fileText(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString pemFile(const char *name)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
        return path;
    }

    static ConnectionProfile basicProfile(const QString &name)
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.url = QUrl(u"https://cluster.example:9200"_s);
        profile.user = u"admin"_s;
        profile.timeoutSeconds = 12;
        return profile;
    }

private slots:
    void roundTripWithoutSecretsInTheFile()
    {
        const QString path = newFile();
        ConnectionProfile both = basicProfile(u"Production EU"_s);
        both.auth = ConnectionProfile::AuthMode::Both;
        both.certFile = pemFile("client.pem");
        both.keyFile = pemFile("client.key");
        both.caFile = pemFile("ca.pem");
        both.verifyTls = false;
        MemorySecretStore secrets;
        secrets.setPersistent(true); // a working keychain
        {
            Settings settings(path);
            ProfileStore store(&settings, &secrets);
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            const auto saved = wait(store.save(both, u"pa55-w0rd"_s, u"open sesame"_s));
            QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
            QCOMPARE(*saved, QString()); // no notice while the keychain works
            QCOMPARE(changed.count(), 1);
            secrets.setPersistent(false); // a store that forgets at exit: people are told
            const auto session = wait(store.save(basicProfile(u"dev"_s), u"devpass"_s, QString()));
            QVERIFY(session);
            QVERIFY(session->contains(u"this session only"_s));
        }
        const QByteArray text = fileText(path);
        QVERIFY(text.contains("cluster.example"));
        QVERIFY(!text.contains("pa55-w0rd"));
        QVERIFY(!text.contains("open sesame"));
        QVERIFY(!text.contains("devpass"));
        QCOMPARE(secrets.keys().size(), 3);

        Settings settings(path);
        ProfileStore store(&settings, &secrets);
        QCOMPARE(store.names(), QStringList({u"dev"_s, u"Production EU"_s}));
        const auto profile = store.profile(u"Production EU"_s);
        QVERIFY(profile);
        QCOMPARE(profile->url, both.url);
        QCOMPARE(profile->auth, ConnectionProfile::AuthMode::Both);
        QCOMPARE(profile->user, u"admin"_s);
        QCOMPARE(profile->certFile, both.certFile);
        QCOMPARE(profile->keyFile, both.keyFile);
        QCOMPARE(profile->caFile, both.caFile);
        QCOMPARE(profile->verifyTls, false);
        QCOMPARE(profile->timeoutSeconds, 12);

        const auto loaded = wait(store.load(u"Production EU"_s));
        QVERIFY(loaded);
        QCOMPARE(loaded->settings.baseUrl, both.url);
        QCOMPARE(loaded->settings.userName, u"admin"_s);
        QCOMPARE(loaded->settings.password, u"pa55-w0rd"_s);
        QCOMPARE(loaded->settings.clientKeyPassphrase, u"open sesame"_s);
        QCOMPARE(loaded->settings.clientCertificateFile, both.certFile);
        QCOMPARE(loaded->settings.verifyTls, false);
        QCOMPARE(loaded->settings.timeoutMs, 12000);
    }

    void saveRefusesInvalidAndDuplicateProfiles()
    {
        Settings settings(newFile());
        MemorySecretStore secrets;
        ProfileStore store(&settings, &secrets);
        ConnectionProfile invalid = basicProfile(u"x"_s);
        invalid.url = QUrl(u"ftp://host"_s);
        const auto refused = wait(store.save(invalid, u"p"_s, QString()));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"not a cluster address"_s), qPrintable(refused.error().message));
        QVERIFY(store.names().isEmpty());
        QVERIFY(secrets.keys().isEmpty());

        QVERIFY(wait(store.save(basicProfile(u"a"_s), u"p"_s, QString())));
        const auto duplicate = wait(store.save(basicProfile(u"a"_s), u"q"_s, QString()));
        QVERIFY(!duplicate);
        QVERIFY(duplicate.error().message.contains(u"already exists"_s));
        // Editing in place is not a duplicate.
        QVERIFY(wait(store.save(basicProfile(u"a"_s), u"q"_s, QString(), u"a"_s)));
        QCOMPARE(wait(store.load(u"a"_s))->password, u"q"_s);
    }

    void removeAndRenameTakeTheSecrets()
    {
        const QString path = newFile();
        Settings settings(path);
        MemorySecretStore secrets;
        ProfileStore store(&settings, &secrets);
        QVERIFY(wait(store.save(basicProfile(u"old"_s), u"secret-1"_s, QString())));
        store.setLastProfile(u"old"_s);
        QVERIFY(secrets.contains(SecretStore::passwordKey(u"old"_s)));

        QVERIFY(wait(store.save(basicProfile(u"new"_s), u"secret-1"_s, QString(), u"old"_s)));
        QCOMPARE(store.names(), QStringList({u"new"_s}));
        QCOMPARE(store.lastProfile(), u"new"_s);
        QVERIFY(!secrets.contains(SecretStore::passwordKey(u"old"_s)));
        QVERIFY(secrets.contains(SecretStore::passwordKey(u"new"_s)));

        QVERIFY(wait(store.remove(u"new"_s)));
        QVERIFY(store.names().isEmpty());
        QVERIFY(secrets.keys().isEmpty());
        QCOMPARE(store.lastProfile(), QString());
        QVERIFY(!wait(store.remove(u"new"_s)));
    }

    void certificateOnlyStoresNoPassword()
    {
        Settings settings(newFile());
        MemorySecretStore secrets;
        ProfileStore store(&settings, &secrets);
        ConnectionProfile profile = basicProfile(u"cert"_s);
        profile.auth = ConnectionProfile::AuthMode::Certificate;
        profile.certFile = pemFile("c.pem");
        profile.keyFile = pemFile("c.key");
        QVERIFY(wait(store.save(profile, u"ignored"_s, QString())));
        QVERIFY(secrets.keys().isEmpty());
        const auto loaded = wait(store.load(u"cert"_s));
        QVERIFY(loaded);
        QCOMPARE(loaded->settings.userName, QString());
        QCOMPARE(loaded->settings.clientKeyFile, profile.keyFile);
    }

    void unknownProfileNamesTheSavedOnes()
    {
        Settings settings(newFile());
        MemorySecretStore secrets;
        ProfileStore store(&settings, &secrets);
        auto missing = wait(store.load(u"nope"_s));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(u"no profile is saved yet"_s));
        QVERIFY(wait(store.save(basicProfile(u"alpha"_s), u"p"_s, QString())));
        QVERIFY(wait(store.save(basicProfile(u"beta"_s), u"p"_s, QString())));
        missing = wait(store.load(u"nope"_s));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(u"\"nope\""_s), qPrintable(missing.error().message));
        QVERIFY(missing.error().message.contains(u"alpha, beta"_s));
    }

    void validationMessages_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("auth");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("message");
        using F = ConnectionProfile::Field;
        QTest::newRow("no name") << ""
                                 << "https://h:9200" << 0 << "u" << 30 << int(F::Name) << "name";
        QTest::newRow("padded name") << " a"
                                     << "https://h:9200" << 0 << "u" << 30 << int(F::Name) << "space";
        QTest::newRow("no url") << "a"
                                << "" << 0 << "u" << 30 << int(F::Url) << "address";
        QTest::newRow("bad scheme") << "a"
                                    << "ftp://h" << 0 << "u" << 30 << int(F::Url) << "not a cluster address";
        QTest::newRow("no host") << "a"
                                 << "https://" << 0 << "u" << 30 << int(F::Url) << "not a cluster address";
        QTest::newRow("no user") << "a"
                                 << "https://h:9200" << 0 << "" << 30 << int(F::User) << "user name";
        QTest::newRow("cert over http") << "a"
                                        << "http://h:9200" << 1 << "" << 30 << int(F::Url) << "https://";
        QTest::newRow("no cert") << "a"
                                 << "https://h:9200" << 1 << "" << 30 << int(F::CertFile) << "certificate";
        QTest::newRow("timeout") << "a"
                                 << "https://h:9200" << 0 << "u" << 0 << int(F::Timeout) << "between 1";
    }

    void validationMessages()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(int, auth);
        QFETCH(QString, user);
        QFETCH(int, timeout);
        QFETCH(int, field);
        QFETCH(QString, message);
        ConnectionProfile profile;
        profile.name = name;
        profile.url = QUrl(url);
        profile.auth = ConnectionProfile::AuthMode(auth);
        profile.user = user;
        profile.timeoutSeconds = timeout;
        const auto problems = profile.validate();
        QVERIFY(!problems.isEmpty());
        QCOMPARE(int(problems.first().field), field);
        QVERIFY2(problems.first().message.contains(message, Qt::CaseInsensitive), qPrintable(problems.first().message));

        ConnectionProfile fine = basicProfile(u"ok"_s);
        QVERIFY(fine.validate().isEmpty());
        fine.caFile = m_dir.filePath(u"missing.pem"_s);
        QCOMPARE(fine.validate().size(), 1);
        QVERIFY(fine.validate().first().message.contains(u"does not exist"_s));
    }

    void noKeychainKeepsTheSecretForTheSession()
    {
        const QString path = newFile();
        Settings settings(path);
        FallbackSecretStore secrets(new UnavailableSecretStore);
        QSignalSpy unavailable(&secrets, &FallbackSecretStore::keychainUnavailable);
        ProfileStore store(&settings, &secrets);
        QVERIFY(secrets.unavailableMessage().isEmpty());

        const auto saved = wait(store.save(basicProfile(u"s"_s), u"session-secret"_s, QString()));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QVERIFY2(saved->contains(u"No keychain is available"_s), qPrintable(*saved));
        QVERIFY(saved->contains(u"this session only"_s));
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(secrets.unavailableMessage().contains(u"No keychain is available"_s));
        QVERIFY(!secrets.isPersistent());

        // The secret is there for this session, and nowhere in the file.
        const auto loaded = wait(store.load(u"s"_s));
        QVERIFY(loaded);
        QCOMPARE(loaded->password, u"session-secret"_s);
        QVERIFY(loaded->secretProblem.isEmpty());
        QVERIFY(!fileText(path).contains("session-secret"));

        // A new session (a new store) has no keychain and no memory of it.
        FallbackSecretStore nextSession(new UnavailableSecretStore);
        ProfileStore next(&settings, &nextSession);
        const auto reloaded = wait(next.load(u"s"_s));
        QVERIFY(reloaded);
        QCOMPARE(reloaded->password, QString());
        QCOMPARE(unavailable.count(), 1);
    }

    void keychainFailureIsReportedOnLoad()
    {
        Settings settings(newFile());
        MemorySecretStore memory;
        ProfileStore writer(&settings, &memory);
        QVERIFY(wait(writer.save(basicProfile(u"k"_s), u"p"_s, QString())));
        UnavailableSecretStore none; // what the CLI sees with SECDESK_SECRET_STORE=none
        ProfileStore reader(&settings, &none);
        const auto loaded = wait(reader.load(u"k"_s));
        QVERIFY(loaded);
        QCOMPARE(loaded->password, QString());
        QVERIFY(loaded->secretProblem.contains(u"No keychain"_s));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
