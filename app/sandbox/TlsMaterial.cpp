#include "app/sandbox/TlsMaterial.h"

#include <QFile>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace {

Result<QList<QSslCertificate>> readCertificates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {u"tls.cert"_s, u"Cannot read the certificate file %1"_s.arg(path), file.errorString()};
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return Error {u"tls.cert"_s, u"No PEM certificate in %1"_s.arg(path), {}};
    return certificates;
}

} // namespace

Result<TlsMaterial> TlsMaterial::load(const SandboxOptions &options)
{
    TlsMaterial material;
    auto chain = readCertificates(options.certFile);
    if (!chain)
        return chain.error();
    material.chain = *chain;
    QFile keyFile(options.keyFile);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error {u"tls.key"_s, u"Cannot read the key file %1"_s.arg(options.keyFile), keyFile.errorString()};
    const QByteArray keyBytes = keyFile.readAll();
    material.key = QSslKey(keyBytes, QSsl::Rsa, QSsl::Pem);
    if (material.key.isNull())
        material.key = QSslKey(keyBytes, QSsl::Ec, QSsl::Pem);
    if (material.key.isNull())
        return Error {u"tls.key"_s, u"No usable PEM private key in %1"_s.arg(options.keyFile), {}};
    if (!options.clientCaFile.isEmpty()) {
        auto authorities = readCertificates(options.clientCaFile);
        if (!authorities)
            return authorities.error();
        material.clientCas = *authorities;
    }
    return material;
}

QSslConfiguration TlsMaterial::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(chain.first());
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    if (!clientCas.isEmpty()) {
        configuration.setCaCertificates(clientCas);
        configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
    } else {
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    return configuration;
}
