// The certificate APIs (docs/api/security-api.md §13.2): GET api/certificates[/{nodeId}], the deprecated GET
// api/ssl/certs, PUT api/ssl/{http|transport}/reloadcerts and GET _opendistro/_security/sslinfo. The HTTP
// certificates are the sandbox's own under --tls (as loaded at start or by the last reload); the transport layer,
// which the sandbox does not have, reports fixed demo certificates.

#include <QDateTime>
#include <QJsonArray>
#include <QMutexLocker>
#include <QTimeZone>

#include "app/sandbox/ApiService.h"
#include "app/sandbox/SandboxHttpServer.h"

using namespace Qt::StringLiterals;

namespace {

const QString NodeId = u"c2FuZGJveC1ub2RlLTE"_s;
const QString NodeName = u"sandbox-node-1"_s;

struct CertificateFacts
{
    QString subject;
    QString issuer;
    QString san;
    QString serial;
    QString notBefore;
    QString notAfter;
    bool hasPrivateKey = false;
};

// X500Principal.getName(): RFC 2253, the most specific attribute first.
QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    static const QList<QByteArray> order = {"CN", "OU", "O", "L", "ST", "C", "DC"};
    QStringList parts;
    for (const QByteArray &attribute : order) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts.append(QString::fromLatin1(attribute) + u'=' + value);
    }
    return parts.join(u',');
}

// The plugin's SanParser: [type, value] pairs sorted by type then value, printed as a Java list; "" when none.
QString subjectAlternativeNames(const QSslCertificate &certificate)
{
    QList<QPair<int, QString>> names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.begin(); it != alternatives.end(); ++it) {
        const int type = it.key() == QSsl::EmailEntry ? 1 : it.key() == QSsl::DnsEntry ? 2 : 7;
        names.append({type, it.value()});
    }
    std::sort(names.begin(), names.end());
    QStringList printed;
    for (const auto &[type, value] : names)
        printed.append(u"[%1, %2]"_s.arg(type).arg(value));
    return printed.isEmpty() ? QString() : u"["_s + printed.join(u", "_s) + u']';
}

// BigInteger.toString(): the serial number's bytes as one decimal number.
QString decimalSerial(const QByteArray &colonHex)
{
    QByteArray bytes = QByteArray::fromHex(QByteArray(colonHex).replace(':', ""));
    QString digits;
    while (!bytes.isEmpty()) {
        int remainder = 0;
        QByteArray quotient;
        for (const char byte : bytes) {
            const int value = remainder * 256 + static_cast<unsigned char>(byte);
            if (!quotient.isEmpty() || value / 10 > 0)
                quotient.append(char(value / 10));
            remainder = value % 10;
        }
        digits.prepend(QChar(u'0' + remainder));
        bytes = quotient;
    }
    return digits.isEmpty() ? u"0"_s : digits;
}

QString instant(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

CertificateFacts factsOf(const QSslCertificate &certificate, bool hasPrivateKey)
{
    return {distinguishedName(certificate, false),
            distinguishedName(certificate, true),
            subjectAlternativeNames(certificate),
            decimalSerial(certificate.serialNumber()),
            instant(certificate.effectiveDate()),
            instant(certificate.expiryDate()),
            hasPrivateKey};
}

// The transport layer's certificates: fixed demo data (the CA first, as the plugin sorts authorities first).
QList<CertificateFacts> demoTransportCertificates()
{
    const QString ca = u"CN=SecDesk Sandbox Root CA,OU=Sandbox,O=SecDesk,DC=sandbox,DC=local"_s;
    return {{ca, ca, QString(), u"4096"_s, u"2026-01-01T00:00:00Z"_s, u"2036-01-01T00:00:00Z"_s, false},
            {u"CN=sandbox-node-1,OU=node,O=SecDesk,DC=sandbox,DC=local"_s, ca,
             u"[[2, localhost], [2, sandbox-node-1], [7, 127.0.0.1]]"_s, u"4097"_s, u"2026-01-01T00:00:00Z"_s,
             u"2028-01-01T00:00:00Z"_s, true}};
}

QJsonObject certificateInfo(const CertificateFacts &facts)
{
    // CertificateInfo.toXContent writes not_after under not_before too; reproduced as the plugin answers.
    return QJsonObject {{u"format"_s, u"pem"_s},
                        {u"alias"_s, QJsonValue::Null},
                        {u"subject_dn"_s, facts.subject},
                        {u"san"_s, facts.san},
                        {u"serial_number"_s, facts.serial},
                        {u"issuer_dn"_s, facts.issuer},
                        {u"has_private_key"_s, facts.hasPrivateKey},
                        {u"not_after"_s, facts.notAfter},
                        {u"not_before"_s, facts.notAfter}};
}

QJsonArray certificateList(const QList<CertificateFacts> &list)
{
    QJsonArray out;
    for (const CertificateFacts &facts : list)
        out.append(certificateInfo(facts));
    return out;
}

} // namespace

SandboxResponse ApiService::certificates(const Context &context) const
{
    if (!m_authenticator.isRestAdmin(context.identity, u"restapi:admin/ssl/certs/info"_s, context.snapshot))
        return SandboxResponse::accessDenied();
    const QString certType = context.request.queryValue(u"cert_type"_s);
    static const QStringList types = {u"http"_s, u"transport"_s, u"transport_client"_s};
    if (!certType.isEmpty() && certType != u"all" && !types.contains(certType)) {
        return SandboxResponse::message(
            500,
            u"Cannot load SSL certificates info Validation Failed: 1: wrong certificate type %1. Please use one of "
            u"[http, transport, transport_client];."_s.arg(certType));
    }
    // The node filter: this node by id or name, or the selectors that include it.
    const QString nodeFilter = context.parameters.value(u"nodeId"_s);
    bool included = nodeFilter.isEmpty();
    for (const QString &node : nodeFilter.split(u',', Qt::SkipEmptyParts)) {
        included |= node == NodeId || node == NodeName || node == u"_all" || node == u"_local" || node == u"*"
                    || node == u"_cluster_manager" || node == u"_master";
    }
    QJsonObject nodes;
    if (included) {
        QList<CertificateFacts> http;
        {
            QMutexLocker locker(&m_tls.mutex);
            if (m_tls.material) {
                for (const QSslCertificate &certificate : m_tls.material->clientCas)
                    http.append(factsOf(certificate, false));
                for (const QSslCertificate &certificate : m_tls.material->chain)
                    http.append(factsOf(certificate, true));
            }
        }
        QJsonObject byType;
        for (const QString &type : types) {
            if (!certType.isEmpty() && certType != u"all" && certType != type)
                continue;
            byType.insert(type, certificateList(type == u"http" ? http : demoTransportCertificates()));
        }
        nodes.insert(NodeId, QJsonObject {{u"name"_s, NodeName}, {u"certificates"_s, byType}});
    }
    const int count = included ? 1 : 0;
    return SandboxResponse::fromJson(
        200, QJsonObject {{u"_nodes"_s, QJsonObject {{u"total"_s, count}, {u"successful"_s, count}, {u"failed"_s, 0}}},
                          {u"cluster_name"_s, m_options.clusterName},
                          {u"nodes"_s, nodes}});
}

SandboxResponse ApiService::sslCerts(const Context &context) const
{
    if (!m_authenticator.isRestAdmin(context.identity, u"restapi:admin/ssl/certs/info"_s, context.snapshot))
        return SandboxResponse::accessDenied();
    auto details = [](const QList<CertificateFacts> &list) {
        QJsonArray out;
        for (const CertificateFacts &facts : list) {
            if (!facts.hasPrivateKey)
                continue;
            out.append(QJsonObject {{u"issuer_dn"_s, facts.issuer},
                                    {u"subject_dn"_s, facts.subject},
                                    {u"san"_s, facts.san},
                                    {u"not_before"_s, facts.notBefore},
                                    {u"not_after"_s, facts.notAfter}});
        }
        return out;
    };
    QJsonValue http = QJsonValue::Null;
    {
        QMutexLocker locker(&m_tls.mutex);
        if (m_tls.material) {
            QList<CertificateFacts> chain;
            for (const QSslCertificate &certificate : m_tls.material->chain)
                chain.append(factsOf(certificate, true));
            http = details(chain);
        }
    }
    return SandboxResponse::fromJson(
        200, QJsonObject {{u"http_certificates_list"_s, http},
                          {u"transport_certificates_list"_s, details(demoTransportCertificates())}});
}

SandboxResponse ApiService::reloadCertificates(const Context &context) const
{
    if (!m_authenticator.isRestAdmin(context.identity, u"restapi:admin/ssl/certs/reload"_s, context.snapshot))
        return SandboxResponse::accessDenied();
    if (!m_options.certificateReloadEnabled) {
        return SandboxResponse::message(
            400,
            u"no handler found for uri [%1] and method [%2]. In order to use SSL reload functionality set "
            u"plugins.security.ssl_cert_reload_enabled to true"_s.arg(context.request.path, context.request.method));
    }
    const QString certType = context.parameters.value(u"certType"_s).toLower().trimmed();
    if (certType == u"transport")
        return SandboxResponse::fromJson(200, QJsonObject {{u"message"_s, u"updated transport certs"_s}});
    if (certType != u"http") {
        return SandboxResponse::message(403, u"invalid uri path, please use /_plugins/_security/api/ssl/http/reload or "
                                             u"/_plugins/_security/api/ssl/transport/reload"_s);
    }
    QMutexLocker locker(&m_tls.mutex);
    if (!m_tls.material)
        return SandboxResponse::message(400, u"SSL for HTTP is disabled"_s);
    auto loaded = TlsMaterial::load(m_options);
    auto failure = [](const QString &reason) {
        return SandboxResponse::exception(500, u"i_o_exception"_s, u"OpenSearchSecurityException[%1]"_s.arg(reason));
    };
    if (!loaded)
        return failure(loaded.error().message);
    // As the plugin: only a changed key certificate is checked (valid now, same subjects, issuers and SANs).
    if (loaded->chain != m_tls.material->chain) {
        // Validity against the real time, as X509Certificate.checkValidity() (not the sandbox's injected clock).
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto sortedFacts = [](const QList<QSslCertificate> &chain, auto member) {
            QStringList values;
            for (const QSslCertificate &certificate : chain)
                values.append(factsOf(certificate, true).*member);
            values.sort();
            return values;
        };
        for (const QSslCertificate &certificate : loaded->chain) {
            if (now < certificate.effectiveDate() || now > certificate.expiryDate())
                return failure(u"certificate is not valid at %1"_s.arg(instant(now)));
        }
        const QList<QSslCertificate> &current = m_tls.material->chain;
        if (sortedFacts(current, &CertificateFacts::subject)
            != sortedFacts(loaded->chain, &CertificateFacts::subject)) {
            return failure(u"New certificates do not have valid Subject DNs. Current Subject DNs [%1] new Subject DNs "
                           u"[%2]"_s.arg(sortedFacts(current, &CertificateFacts::subject).join(u", "_s),
                                         sortedFacts(loaded->chain, &CertificateFacts::subject).join(u", "_s)));
        }
        if (sortedFacts(current, &CertificateFacts::issuer) != sortedFacts(loaded->chain, &CertificateFacts::issuer)) {
            return failure(u"New certificates do not have valid Issuer DNs. Current Issuer DNs: [%1] new Issuer DNs: "
                           u"[%2]"_s.arg(sortedFacts(current, &CertificateFacts::issuer).join(u", "_s),
                                         sortedFacts(loaded->chain, &CertificateFacts::issuer).join(u", "_s)));
        }
        if (sortedFacts(current, &CertificateFacts::san) != sortedFacts(loaded->chain, &CertificateFacts::san)) {
            return failure(u"New certificates do not have valid SANs. Current SANs: [%1] new SANs: [%2]"_s.arg(
                sortedFacts(current, &CertificateFacts::san).join(u", "_s),
                sortedFacts(loaded->chain, &CertificateFacts::san).join(u", "_s)));
        }
    }
    m_tls.material = *loaded;
    if (m_tls.apply)
        m_tls.apply(loaded->serverConfiguration());
    return SandboxResponse::fromJson(200, QJsonObject {{u"message"_s, u"updated http certs"_s}});
}

SandboxResponse ApiService::sslInfo(const Context &context) const
{
    const SandboxRequest &request = context.request;
    const bool tls = request.tls;
    const QString showDn = request.queryValue(u"show_dn"_s);
    QJsonObject body {
        {u"principal"_s, request.clientCertDn.isEmpty() ? QJsonValue() : QJsonValue(request.clientCertDn)},
        {u"peer_certificates"_s, QString::number(request.peerCertificates)},
        {u"ssl_protocol"_s, tls ? QJsonValue(request.sslProtocol) : QJsonValue()},
        {u"ssl_cipher"_s, tls ? QJsonValue(request.sslCipher) : QJsonValue()},
        {u"ssl_provider_http"_s, tls ? QJsonValue(u"JDK"_s) : QJsonValue()},
        {u"ssl_provider_transport_server"_s, u"JDK"_s},
        {u"ssl_provider_transport_client"_s, u"JDK"_s}};
    if (showDn == u"true") {
        body.insert(u"peer_certificates_list"_s, !tls || request.clientCertDn.isEmpty()
                                                     ? QJsonValue()
                                                     : QJsonValue(QJsonArray {request.clientCertDn}));
        QJsonValue local;
        QMutexLocker locker(&m_tls.mutex);
        if (tls && m_tls.material)
            local = QJsonArray {SandboxHttpServer::subjectDn(m_tls.material->chain.first())};
        body.insert(u"local_certificates_list"_s, local);
    }
    return SandboxResponse::fromJson(200, body);
}
