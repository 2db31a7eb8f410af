#include "app/api/TlsFailure.h"

#include "app/api/NetworkTransport.h"

QString TlsFailure::describe(const QSslError &error)
{
    switch (error.error()) {
    case QSslError::HostNameMismatch:
        return NetworkTransport::tr("the certificate is not for this host name");
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::UnableToGetIssuerCertificate:
        return NetworkTransport::tr("the certificate is not signed by a trusted authority (%1)")
            .arg(error.errorString());
    case QSslError::CertificateExpired:
        return NetworkTransport::tr("the certificate has expired");
    case QSslError::CertificateNotYetValid:
        return NetworkTransport::tr("the certificate is not valid yet");
    default:
        return error.errorString();
    }
}

ApiError TlsFailure::error(const QString &method, const QString &path, const QString &detail,
                           const QList<QSslError> &errors, const QList<QSslCertificate> &peerChain)
{
    ApiError tlsError = ApiError::network(method, path, detail);
    tlsError.kind = ApiError::Kind::Tls;
    tlsError.mayHaveReachedServer = false;
    for (const QSslError &sslError : errors)
        tlsError.tlsErrors << describe(sslError);
    tlsError.tlsErrors.removeDuplicates();
    QList<QSslCertificate> chain = peerChain;
    if (chain.isEmpty()) {
        for (const QSslError &sslError : errors) {
            if (!sslError.certificate().isNull()) {
                chain << sslError.certificate();
                break;
            }
        }
    }
    tlsError.certificates = describeChain(chain);
    return tlsError;
}

QList<CertificateInfo> TlsFailure::describeChain(const QList<QSslCertificate> &chain)
{
    QList<CertificateInfo> infos;
    infos.reserve(chain.size());
    for (const QSslCertificate &certificate : chain)
        infos << CertificateInfo::from(certificate);
    return infos;
}
