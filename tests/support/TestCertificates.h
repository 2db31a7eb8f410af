#pragma once

// TestCertificates: a throw-away CA, server and client certificates made with the openssl command at test time in
// a temporary directory. No key is ever committed.

#include <QDir>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>

class TestCertificates
{
public:
    QTemporaryDir dir;
    QString error; // non-empty when openssl failed

    TestCertificates()
    {
        if (!run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), path("ca.key"), QStringLiteral("-out"),
                  path("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=SecDesk Test CA")}))
            return;
        issue(QStringLiteral("server"), QStringLiteral("/CN=127.0.0.1"),
              QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"));
        issue(QStringLiteral("other"), QStringLiteral("/CN=other.example"),
              QStringLiteral("subjectAltName=DNS:other.example"));
        issue(QStringLiteral("client"), QStringLiteral("/C=de/L=test/O=client/OU=client/CN=kirk"),
              QStringLiteral("extendedKeyUsage=clientAuth"));
        // The client key once more, encrypted with a passphrase.
        run({QStringLiteral("pkey"), QStringLiteral("-in"), path("client.key"), QStringLiteral("-aes256"),
             QStringLiteral("-passout"), QStringLiteral("pass:open sesame"), QStringLiteral("-out"),
             path("client-encrypted.key")});
    }

    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
    QString path(const QString &name) const { return dir.filePath(name); }

    // A server configuration presenting `name`'s certificate; optionally asking for client certificates.
    QSslConfiguration serverConfiguration(const QString &name, bool requestClientCertificate = false) const
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate::fromPath(path(name + QStringLiteral(".pem"))).value(0));
        QFile keyFile(path(name + QStringLiteral(".key")));
        keyFile.open(QIODevice::ReadOnly);
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        if (requestClientCertificate) {
            tls.setCaCertificates(QSslCertificate::fromPath(path("ca.pem")));
            tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        } else {
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        }
        return tls;
    }

private:
    bool run(const QStringList &arguments)
    {
        if (!error.isEmpty())
            return false;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), arguments);
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
            error = QStringLiteral("openssl %1 failed: %2")
                        .arg(arguments.value(0), QString::fromLocal8Bit(openssl.readAllStandardError()));
            return false;
        }
        return true;
    }

    void issue(const QString &name, const QString &subject, const QString &extension)
    {
        const QString key = path(name + QStringLiteral(".key"));
        const QString csr = path(name + QStringLiteral(".csr"));
        const QString ext = path(name + QStringLiteral(".ext"));
        QFile extFile(ext);
        extFile.open(QIODevice::WriteOnly);
        extFile.write(extension.toUtf8() + '\n');
        extFile.close();
        run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr, QStringLiteral("-subj"), subject});
        run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"),
             path("ca.pem"), QStringLiteral("-CAkey"), path("ca.key"), QStringLiteral("-CAcreateserial"),
             QStringLiteral("-out"), path(name + QStringLiteral(".pem")), QStringLiteral("-days"), QStringLiteral("2"),
             QStringLiteral("-extfile"), ext});
    }
};
