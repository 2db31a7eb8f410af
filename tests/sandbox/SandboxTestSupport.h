#pragma once

// Helpers for the sandbox tests: a blocking HTTP(S) client over QNetworkAccessManager (the sandbox serves from
// its own thread, so a local event loop here is safe), subset matching of JSON bodies, and a sandbox factory
// with a cheap bcrypt cost and a fixed clock.

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimeZone>
#include <QTimer>
#include <QtTest>

#include "app/json/Json.h"
#include "app/sandbox/Sandbox.h"
#include "app/sandbox/SandboxStore.h"

namespace SandboxTest {

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

class Client
{
public:
    explicit Client(QUrl base) : m_base(std::move(base)) { }

    void setCredentials(const QString &user, const QString &password)
    {
        m_authorization = "Basic " + (user + u':' + password).toUtf8().toBase64();
    }
    void clearCredentials() { m_authorization.clear(); }
    void setRawHeader(const QByteArray &name, const QByteArray &value) { m_headers.append({name, value}); }
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }

    // path may carry a query ("/x?a=b"). A non-empty body is sent as application/json unless contentType says
    // otherwise ("-" sends no Content-Type header).
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request(QUrl(m_base.toString() + path));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (!m_authorization.isEmpty())
            request.setRawHeader("Authorization", m_authorization);
        for (const auto &[name, value] : m_headers)
            request.setRawHeader(name, value);
        if (!body.isEmpty() && contentType != "-")
            request.setRawHeader("Content-Type", contentType);
        if (!m_ssl.isNull())
            request.setSslConfiguration(m_ssl);
        QNetworkReply *reply = body.isEmpty() && method != "PUT" && method != "POST" && method != "PATCH"
                                   ? m_manager.sendCustomRequest(request, method)
                                   : m_manager.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        result.error = reply->error();
        reply->deleteLater();
        return result;
    }

    Reply get(const QString &path) { return send("GET", path); }

private:
    QUrl m_base;
    QByteArray m_authorization;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_manager;
};

inline SandboxOptions fastOptions()
{
    SandboxOptions options;
    options.bcryptCost = 4;
    options.modifiedBy = SandboxOptions::ModifiedBy::System;
    auto tick = std::make_shared<qint64>(0);
    options.clock = [tick] { return QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).addMSecs((*tick)++); };
    return options;
}

// Sets config.dynamic.<key> directly in the store, as securityadmin would.
inline void setDynamic(Sandbox &sandbox, const QString &key, const QJsonValue &value)
{
    auto guard = sandbox.store().writeGuard();
    QJsonObject document = sandbox.store().snapshot().stored.value(CType::Config);
    QJsonObject config = document.value(QStringLiteral("config")).toObject();
    QJsonObject dynamic = config.value(QStringLiteral("dynamic")).toObject();
    dynamic.insert(key, value);
    config.insert(QStringLiteral("dynamic"), dynamic);
    document.insert(QStringLiteral("config"), config);
    if (!sandbox.store().commit({{CType::Config, document}}, QStringLiteral("test")).ok())
        qFatal("cannot change config.dynamic.%s", qPrintable(key));
}

// Gives `user` a role with these REST admin permissions (restapi:admin/...), directly in the store: no REST call may
// grant them (docs/api/security-api.md §2.3).
inline void grantRestAdmin(Sandbox &sandbox, const QString &user, const QStringList &permissions)
{
    auto guard = sandbox.store().writeGuard();
    const ConfigSnapshot snapshot = sandbox.store().snapshot();
    QJsonObject roles = snapshot.stored.value(CType::Roles);
    roles.insert(QStringLiteral("test_rest_admin"),
                 QJsonObject {{QStringLiteral("cluster_permissions"), QJsonArray::fromStringList(permissions)}});
    QJsonObject mappings = snapshot.stored.value(CType::RolesMapping);
    mappings.insert(QStringLiteral("test_rest_admin"), QJsonObject {{QStringLiteral("users"), QJsonArray {user}}});
    if (!sandbox.store().commit({{CType::Roles, roles}, {CType::RolesMapping, mappings}}, QStringLiteral("test")).ok())
        qFatal("cannot grant REST admin permissions");
}

// True when every member of `expected` equals the member of `actual`, recursively: objects as subsets, arrays
// element by element (same length).
inline bool containsSubset(const QJsonValue &actual, const QJsonValue &expected, QString *where = nullptr,
                           const QString &path = QString())
{
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key())
                || !containsSubset(a.value(it.key()), it.value(), where, path + u'/' + it.key())) {
                if (where && where->isEmpty())
                    *where = path + u'/' + it.key();
                return false;
            }
        }
        return true;
    }
    if (expected.isArray() && actual.isArray() && expected.toArray().size() == actual.toArray().size()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        for (qsizetype i = 0; i < e.size(); ++i) {
            if (!containsSubset(a.at(i), e.at(i), where, path + u'/' + QString::number(i)))
                return false;
        }
        return true;
    }
    if (Json::equals(actual, expected))
        return true;
    if (where && where->isEmpty())
        *where = path;
    return false;
}

inline QJsonObject parseObject(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace SandboxTest

// Checks status and body members of a reply, printing the body on failure.
#define SANDBOX_EXPECT(reply, expectedStatus, expectedMembers)                                                         \
    do {                                                                                                               \
        const auto &r_ = (reply);                                                                                      \
        if (r_.status != (expectedStatus))                                                                             \
            qWarning("body: %s", r_.body.constData());                                                                 \
        QCOMPARE(r_.status, (expectedStatus));                                                                         \
        QString where_;                                                                                                \
        const QJsonObject expected_ = (expectedMembers);                                                               \
        if (!expected_.isEmpty() && !SandboxTest::containsSubset(r_.json(), expected_, &where_))                       \
            QFAIL(qPrintable(QStringLiteral("body %1 does not match %2 at %3")                                         \
                                 .arg(QString::fromUtf8(r_.body),                                                      \
                                      QString::fromUtf8(QJsonDocument(expected_).toJson(QJsonDocument::Compact)),      \
                                      where_)));                                                                       \
    } while (false)
