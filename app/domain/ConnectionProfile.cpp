#include "app/domain/ConnectionProfile.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// Empty when the file can be read, otherwise why not.
QString fileProblem(const QString &file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return ConnectionProfile::tr("The file %1 does not exist.").arg(file);
    if (!info.isFile() || !info.isReadable())
        return ConnectionProfile::tr("The file %1 cannot be read.").arg(file);
    return QString();
}

} // namespace

QList<ConnectionProfile::Problem> ConnectionProfile::validate() const
{
    QList<Problem> problems;
    if (name.trimmed().isEmpty())
        problems.append({Field::Name, tr("Give the connection a name.")});
    else if (name != name.trimmed())
        problems.append({Field::Name, tr("The name cannot start or end with a space.")});

    const QString scheme = url.scheme();
    if (url.isEmpty())
        problems.append({Field::Url, tr("Enter the cluster's address, e.g. https://localhost:9200.")});
    else if (!url.isValid() || url.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s))
        problems.append(
            {Field::Url, tr("\"%1\" is not a cluster address: expected http(s)://host:port.").arg(url.toString())});
    else if (usesCertificate() && scheme != u"https"_s)
        problems.append({Field::Url, tr("A client certificate needs an https:// address.")});

    if (usesPassword() && user.trimmed().isEmpty())
        problems.append({Field::User, tr("Enter the user name.")});

    if (usesCertificate()) {
        if (certFile.isEmpty())
            problems.append({Field::CertFile, tr("Choose the client certificate (PEM).")});
        else if (const QString problem = fileProblem(certFile); !problem.isEmpty())
            problems.append({Field::CertFile, problem});
        if (keyFile.isEmpty())
            problems.append({Field::KeyFile, tr("Choose the client key (PEM).")});
        else if (const QString problem = fileProblem(keyFile); !problem.isEmpty())
            problems.append({Field::KeyFile, problem});
    }
    if (!caFile.isEmpty()) {
        if (const QString problem = fileProblem(caFile); !problem.isEmpty())
            problems.append({Field::CaFile, problem});
    }
    if (timeoutSeconds < 1 || timeoutSeconds > MaxTimeoutSeconds)
        problems.append({Field::Timeout, tr("The timeout must be between 1 and %1 seconds.").arg(MaxTimeoutSeconds)});
    return problems;
}

ConnectionSettings ConnectionProfile::toConnectionSettings(const QString &password, const QString &passphrase) const
{
    ConnectionSettings settings;
    settings.baseUrl = url;
    if (usesPassword()) {
        settings.userName = user;
        settings.password = password;
    }
    if (usesCertificate()) {
        settings.clientCertificateFile = certFile;
        settings.clientKeyFile = keyFile;
        settings.clientKeyPassphrase = passphrase;
    }
    settings.caFile = caFile;
    settings.verifyTls = verifyTls;
    settings.timeoutMs = timeoutSeconds * 1000;
    return settings;
}

QString ConnectionProfile::authModeKey(AuthMode mode)
{
    switch (mode) {
    case AuthMode::Basic:
        return u"basic"_s;
    case AuthMode::Certificate:
        return u"certificate"_s;
    case AuthMode::Both:
        return u"both"_s;
    }
    return u"basic"_s;
}

ConnectionProfile::AuthMode ConnectionProfile::authModeFromKey(const QString &key)
{
    if (key == u"certificate"_s)
        return AuthMode::Certificate;
    if (key == u"both"_s)
        return AuthMode::Both;
    return AuthMode::Basic;
}
