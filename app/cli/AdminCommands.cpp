#include "app/cli/AdminCommands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "app/api/AdminResponses.h"
#include "app/api/ResponseParsers.h"
#include "app/cli/AdminSupport.h"
#include "app/cli/ClusterConnection.h"
#include "app/cli/WriteCommands.h"
#include "app/json/Json.h"
#include "app/write/AdminPlans.h"

using namespace Qt::StringLiterals;

namespace AdminCommands {

using AdminSupport::Session;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AdminCommands", text);
}

QString listText(const QStringList &list)
{
    return list.isEmpty() ? tr("(none)") : list.join(u", "_s);
}

QString onOff(bool on)
{
    return on ? u"on"_s : u"off"_s;
}

// account [set-password]
ExitCode account(CliContext &context, const CliArguments &arguments)
{
    const QString action = arguments.positional().value(0);
    if (!action.isEmpty() && action != u"set-password"_s)
        return context.fail(ExitCode::Usage, tr("unknown action \"%1\"").arg(action), tr("Actions: set-password"));
    if (action == u"set-password"_s) {
        // Both passwords come from the terminal (not echoed) or from stdin, never from the command line.
        const bool terminal = ClusterConnection::stdinIsTerminal();
        const auto current = AdminSupport::readSecret(context, tr("Current password: "));
        if (!current || current->isEmpty())
            return context.fail(ExitCode::Usage, tr("no current password given"),
                                tr("Give it on the terminal, or as the first line of stdin."));
        const auto fresh = AdminSupport::readSecret(context, tr("New password: "));
        if (!fresh || fresh->isEmpty())
            return context.fail(ExitCode::Usage, tr("no new password given"),
                                tr("Give it on the terminal, or as the second line of stdin."));
        if (terminal) {
            const auto again = AdminSupport::readSecret(context, tr("Repeat the new password: "));
            if (!again || *again != *fresh)
                return context.fail(ExitCode::Usage, tr("the two new passwords differ: nothing was changed"));
        }
        Session session(context);
        if (auto code = session.open(arguments))
            return *code;
        const ApiResult result =
            ClusterConnection::wait(session.client->send(SecurityApi::changeOwnPassword(*current, *fresh)));
        if (!result)
            return session.fail(result.error());
        const ServerMessage message = ResponseParsers::message(result->json);
        if (arguments.isSet(u"json"_s))
            session.printJson(QJsonObject {{u"user"_s, session.settings.userName}, {u"message"_s, message.message}});
        else
            context.print(tr("Password changed: %1\n").arg(message.message));
        return ExitCode::Success;
    }

    Session session(context);
    if (auto code = session.open(arguments))
        return *code;
    const ApiResult result = ClusterConnection::wait(session.client->send(SecurityApi::account()));
    if (!result)
        return session.fail(result.error());
    const auto info = AdminParsers::account(result->json);
    if (!info)
        return context.fail(ExitCode::Unreachable, info.error().message);
    QJsonObject tenants;
    QStringList tenantText;
    for (auto it = info->tenants.constBegin(); it != info->tenants.constEnd(); ++it) {
        tenants.insert(it.key(), it.value());
        tenantText << (it.value() ? tr("%1 (read-write)") : tr("%1 (read-only)")).arg(it.key());
    }
    if (arguments.isSet(u"json"_s)) {
        session.printJson(
            QJsonObject {{u"user"_s, info->userName},
                         {u"internal_user"_s, info->isInternalUser},
                         {u"reserved"_s, info->isReserved},
                         {u"hidden"_s, info->isHidden},
                         {u"requested_tenant"_s, info->requestedTenant},
                         {u"backend_roles"_s, QJsonArray::fromStringList(info->backendRoles)},
                         {u"roles"_s, QJsonArray::fromStringList(info->roles)},
                         {u"custom_attribute_names"_s, QJsonArray::fromStringList(info->customAttributeNames)},
                         {u"tenants"_s, tenants}});
        return ExitCode::Success;
    }
    QStringList flags;
    flags << (info->isInternalUser ? tr("internal user") : tr("not an internal user"));
    if (info->isReserved)
        flags << tr("reserved");
    if (info->isHidden)
        flags << tr("hidden");
    context.print(tr("user:          %1 (%2)\n").arg(info->userName, flags.join(u", "_s))
                  + tr("backend roles: %1\n").arg(listText(info->backendRoles))
                  + tr("roles:         %1\n").arg(listText(info->roles))
                  + tr("tenants:       %1\n").arg(listText(tenantText))
                  + tr("attributes:    %1\n").arg(listText(info->customAttributeNames)));
    return ExitCode::Success;
}

// cache flush [--user NAME]
ExitCode cache(CliContext &context, const CliArguments &arguments)
{
    if (arguments.positional().value(0) != u"flush"_s)
        return context.fail(ExitCode::Usage, tr("unknown action \"%1\"").arg(arguments.positional().value(0)),
                            tr("Actions: flush"));
    const QString user = arguments.value(u"user"_s);
    Session session(context);
    if (auto code = session.open(arguments, u"login"_s))
        return *code;
    if (!user.isEmpty()) {
        if (auto code = session.require(AdminApi::CacheFlushUser))
            return *code;
    }
    const ApiResult result = ClusterConnection::wait(
        session.client->send(user.isEmpty() ? SecurityApi::flushCache() : SecurityApi::flushUserCache(user)));
    if (!result)
        return session.fail(result.error());
    const QString message = ResponseParsers::message(result->json).message;
    if (arguments.isSet(u"json"_s))
        session.printJson(
            QJsonObject {{u"user"_s, user.isEmpty() ? QJsonValue() : QJsonValue(user)}, {u"message"_s, message}});
    else
        context.print(message + u'\n');
    return ExitCode::Success;
}

QJsonObject certificateJson(const NodeCertificate &certificate, const QDateTime &now)
{
    const auto days = CertificateExpiry::daysLeft(certificate.notAfter, now);
    return QJsonObject {
        {u"node_id"_s, certificate.nodeId},
        {u"node"_s, certificate.nodeName},
        {u"type"_s, certificate.type},
        {u"subject"_s, certificate.subject},
        {u"issuer"_s, certificate.issuer},
        {u"sans"_s, QJsonArray::fromStringList(certificate.sans)},
        {u"serial_number"_s, certificate.serialNumber},
        {u"has_private_key"_s, certificate.hasPrivateKey},
        {u"not_before"_s,
         certificate.notBefore.isValid() ? QJsonValue(certificate.notBefore.toString(Qt::ISODate)) : QJsonValue()},
        {u"not_after"_s,
         certificate.notAfter.isValid() ? QJsonValue(certificate.notAfter.toString(Qt::ISODate)) : QJsonValue()},
        {u"days_left"_s, days ? QJsonValue(*days) : QJsonValue()},
        {u"level"_s, CertificateExpiry::levelName(CertificateExpiry::classify(certificate.notAfter, now))}};
}

QString certificatesText(const QList<NodeCertificate> &list, const QDateTime &now)
{
    if (list.isEmpty())
        return tr("(no certificates)\n");
    QString text;
    QString group;
    for (const NodeCertificate &certificate : list) {
        const QString node = certificate.nodeName.isEmpty() ? certificate.nodeId : certificate.nodeName;
        const QString heading = node.isEmpty() ? certificate.type : u"%1 %2"_s.arg(node, certificate.type);
        if (heading != group) {
            text += (group.isEmpty() ? QString() : u"\n"_s) + heading + u":\n"_s;
            group = heading;
        }
        const ExpiryLevel level = CertificateExpiry::classify(certificate.notAfter, now);
        const auto days = CertificateExpiry::daysLeft(certificate.notAfter, now);
        const QString mark = level == ExpiryLevel::Error     ? tr("ERROR")
                             : level == ExpiryLevel::Warning ? tr("WARNING")
                                                             : tr("ok");
        const QString validity =
            certificate.notAfter.isValid()
                ? (certificate.notBefore.isValid() ? tr("%1 to %2")
                                                         .arg(certificate.notBefore.toString(Qt::ISODate),
                                                              certificate.notAfter.toString(Qt::ISODate))
                                                   : tr("until %1").arg(certificate.notAfter.toString(Qt::ISODate)))
                : tr("unknown");
        const QString left =
            !days       ? tr("unknown")
            : *days < 0 ? QCoreApplication::translate("AdminCommands", "expired %n day(s) ago", nullptr, int(-*days))
                        : QCoreApplication::translate("AdminCommands", "%n day(s) left", nullptr, int(*days));
        text += u"  [%1] %2\n"_s.arg(mark, certificate.subject) + tr("      issuer:   %1\n").arg(certificate.issuer)
                + tr("      SANs:     %1\n").arg(listText(certificate.sans))
                + tr("      validity: %1 (%2)\n").arg(validity, left);
    }
    return text;
}

// certs [--type http|transport|all] [--node ID] | certs reload http|transport [--yes]
ExitCode certs(CliContext &context, const CliArguments &arguments)
{
    const QString action = arguments.positional().value(0);
    if (!action.isEmpty() && action != u"reload"_s && action != u"info"_s)
        return context.fail(ExitCode::Usage, tr("unknown action \"%1\"").arg(action), tr("Actions: reload, info"));
    if (action == u"info"_s) {
        Session session(context);
        if (auto code = session.open(arguments))
            return *code;
        const ApiResult result = ClusterConnection::wait(session.client->send(SecurityApi::sslInfo(true)));
        if (!result)
            return session.fail(result.error());
        const auto info = AdminParsers::sslInfo(result->json);
        if (!info)
            return context.fail(ExitCode::Unreachable, info.error().message);
        if (arguments.isSet(u"json"_s)) {
            session.printJson(
                QJsonObject {{u"principal"_s, info->principal},
                             {u"peer_certificates"_s, info->peerCertificates},
                             {u"protocol"_s, info->protocol},
                             {u"cipher"_s, info->cipher},
                             {u"local_certificates"_s, QJsonArray::fromStringList(info->localCertificates)}});
            return ExitCode::Success;
        }
        const QString none = tr("(none)");
        context.print(tr("protocol:           %1\n").arg(info->protocol.isEmpty() ? tr("(not TLS)") : info->protocol)
                      + tr("cipher:             %1\n").arg(info->cipher.isEmpty() ? none : info->cipher)
                      + tr("client certificate: %1\n").arg(info->principal.isEmpty() ? none : info->principal)
                      + tr("server certificate: %1\n").arg(listText(info->localCertificates)));
        return ExitCode::Success;
    }
    if (action == u"reload"_s) {
        const QString type = arguments.positional().value(1);
        if (type != u"http"_s && type != u"transport"_s)
            return context.fail(ExitCode::Usage, tr("certs reload takes http or transport, not \"%1\"").arg(type));
        if (auto code = AdminSupport::requireConfirmationChannel(context, arguments))
            return *code;
        Session session(context);
        if (auto code = session.open(arguments))
            return *code;
        if (!arguments.isSet(u"yes"_s)
            && !ClusterConnection::confirm(
                context, tr("Reload the %1 certificates of %2?").arg(type, session.settings.baseUrl.toString()))) {
            return context.fail(ExitCode::Failed, tr("not confirmed: nothing was sent"));
        }
        const ApiResult result = ClusterConnection::wait(session.client->send(SecurityApi::reloadCertificates(type)));
        if (!result)
            return session.fail(result.error(),
                                result.error().isNoHandler()
                                    ? tr("Reloading needs plugins.security.ssl_cert_reload_enabled: true on the nodes.")
                                    : QString());
        const QString message = ResponseParsers::message(result->json).message;
        if (arguments.isSet(u"json"_s))
            session.printJson(QJsonObject {{u"type"_s, type}, {u"message"_s, message}});
        else
            context.print(message + u'\n');
        return ExitCode::Success;
    }

    QString type = arguments.isSet(u"type"_s) ? arguments.value(u"type"_s) : u"all"_s;
    if (type != u"http"_s && type != u"transport"_s && type != u"all"_s)
        return context.fail(ExitCode::Usage, tr("--type takes http, transport or all, not \"%1\"").arg(type));
    Session session(context);
    if (auto code = session.open(arguments))
        return *code;
    const auto availability = session.availability();
    if (!availability)
        return availability.error();
    // Before 2.15 only ssl/certs exists: the key certificates of the node that answers, which is still worth
    // showing (with a note) rather than nothing.
    const Availability certificatesApi = availability->of(AdminApi::Certificates);
    if (!certificatesApi)
        context.printError(
            tr("note: %1 Showing the key certificates from ssl/certs instead.\n").arg(certificatesApi.reason));
    const ApiRequest request =
        certificatesApi ? SecurityApi::certificates(type, arguments.value(u"node"_s)) : SecurityApi::sslCerts();
    const ApiResult result = ClusterConnection::wait(session.client->send(request));
    if (!result)
        return session.fail(result.error(), result.error().httpStatus == 403
                                                ? tr("Reading certificates needs REST admin permission "
                                                     "restapi:admin/ssl/certs/info (or the admin certificate).")
                                                : QString());
    auto list = AdminParsers::certificates(result->json);
    if (!list)
        return context.fail(ExitCode::Unreachable, list.error().message);
    if (type != u"all"_s)
        list->removeIf([&](const NodeCertificate &c) { return c.type != type; });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (arguments.isSet(u"json"_s)) {
        QJsonArray array;
        for (const NodeCertificate &certificate : std::as_const(*list))
            array.append(certificateJson(certificate, now));
        session.printJson(array);
    } else {
        context.print(certificatesText(*list, now));
    }
    return ExitCode::Success;
}

std::optional<bool> parseOnOff(const QString &text)
{
    if (text == u"on"_s || text == u"true"_s)
        return true;
    if (text == u"off"_s || text == u"false"_s)
        return false;
    return std::nullopt;
}

// tenancy | tenancy set [--multitenancy on|off] [--private-tenant on|off] [--default-tenant NAME] | tenancy indices
ExitCode tenancy(CliContext &context, const CliArguments &arguments)
{
    const QString action = arguments.positional().value(0);
    if (!action.isEmpty() && action != u"set"_s && action != u"indices"_s)
        return context.fail(ExitCode::Usage, tr("unknown action \"%1\"").arg(action), tr("Actions: set, indices"));
    if (action == u"set"_s) {
        TenancyChange change;
        for (const auto &[option, member] : {std::pair {u"multitenancy"_s, &TenancyChange::multitenancyEnabled},
                                             std::pair {u"private-tenant"_s, &TenancyChange::privateTenantEnabled}}) {
            if (!arguments.isSet(option))
                continue;
            const auto value = parseOnOff(arguments.value(option));
            if (!value)
                return context.fail(ExitCode::Usage,
                                    tr("--%1 takes on or off, not \"%2\"").arg(option, arguments.value(option)));
            change.*member = *value;
        }
        if (arguments.isSet(u"default-tenant"_s))
            change.defaultTenant = arguments.value(u"default-tenant"_s);
        if (change.isEmpty())
            return context.fail(ExitCode::Usage, tr("nothing to set"),
                                tr("Give --multitenancy, --private-tenant or --default-tenant."));
        Session session(context);
        if (auto code = session.open(arguments))
            return *code;
        return WriteCommands::runPlanOnLive(session, arguments,
                                            [&](const QJsonObject &live) -> Result<ChangePlan, ExitCode> {
                                                auto plan = AdminPlans::tenancy(change, live);
                                                if (!plan)
                                                    return context.fail(ExitCode::Failed, plan.error().message);
                                                return *plan;
                                            });
    }

    Session session(context);
    if (auto code = session.open(arguments))
        return *code;
    if (action == u"indices"_s) {
        const ApiResult result = ClusterConnection::wait(session.client->send(SecurityApi::tenantInfo()));
        if (!result)
            return session.fail(result.error(), result.error().httpStatus == 403
                                                    ? tr("Only the admin certificate, the Dashboards server user and "
                                                         "users mapped to its role may read tenantinfo.")
                                                    : QString());
        const auto map = AdminParsers::tenantInfo(result->json);
        if (!map)
            return context.fail(ExitCode::Unreachable, map.error().message);
        QJsonObject json;
        QString text;
        for (auto it = map->constBegin(); it != map->constEnd(); ++it) {
            json.insert(it.key(), it.value());
            text += u"%1  %2\n"_s.arg(it.key().leftJustified(40), it.value());
        }
        if (arguments.isSet(u"json"_s))
            session.printJson(json);
        else
            context.print(map->isEmpty() ? tr("(no tenant indices)\n") : text);
        return ExitCode::Success;
    }

    const ApiResult config = ClusterConnection::wait(session.client->send(SecurityApi::tenancyConfig()));
    if (!config)
        return session.fail(config.error());
    const auto tenancy = AdminParsers::tenancyConfig(config->json);
    if (!tenancy)
        return context.fail(ExitCode::Unreachable, tenancy.error().message);
    const ApiResult infoResult = ClusterConnection::wait(session.client->send(SecurityApi::dashboardsInfo()));
    std::optional<DashboardsInfo> info;
    if (infoResult) {
        if (auto parsed = AdminParsers::dashboardsInfo(infoResult->json))
            info = *parsed;
    } else if (infoResult.error().isConnectionFailure()) {
        return session.fail(infoResult.error());
    }
    if (arguments.isSet(u"json"_s)) {
        QJsonObject json {{u"multitenancy_enabled"_s, tenancy->multitenancyEnabled},
                          {u"private_tenant_enabled"_s, tenancy->privateTenantEnabled},
                          {u"default_tenant"_s, tenancy->defaultTenant},
                          {u"sign_in_options"_s, QJsonArray::fromStringList(tenancy->signInOptions)}};
        if (tenancy->preferredTenants)
            json.insert(u"preferred_tenants"_s, QJsonArray::fromStringList(*tenancy->preferredTenants));
        if (info) {
            QJsonObject dashboards {{u"server_user"_s, info->serverUser},
                                    {u"index"_s, info->dashboardsIndex},
                                    {u"password_validation_regex"_s, info->passwordRegex},
                                    {u"password_validation_error_message"_s, info->passwordMessage}};
            if (info->apiTokensEnabled)
                dashboards.insert(u"api_tokens_enabled"_s, *info->apiTokensEnabled);
            if (info->maxDurationSeconds)
                dashboards.insert(u"max_duration_seconds"_s, *info->maxDurationSeconds);
            json.insert(u"dashboards"_s, dashboards);
        }
        session.printJson(json);
        return ExitCode::Success;
    }
    QString text = tr("multi-tenancy:     %1\n").arg(onOff(tenancy->multitenancyEnabled))
                   + tr("private tenant:    %1\n").arg(onOff(tenancy->privateTenantEnabled))
                   + tr("default tenant:    %1\n")
                         .arg(tenancy->defaultTenant.isEmpty() ? tr("(none: global)") : tenancy->defaultTenant)
                   + tr("sign-in options:   %1\n").arg(listText(tenancy->signInOptions));
    if (tenancy->preferredTenants)
        text += tr("preferred tenants: %1\n").arg(listText(*tenancy->preferredTenants));
    if (info) {
        text += tr("dashboards user:   %1\n").arg(info->serverUser)
                + tr("dashboards index:  %1\n").arg(info->dashboardsIndex);
        if (info->apiTokensEnabled)
            text += tr("API tokens:        %1\n").arg(onOff(*info->apiTokensEnabled));
    }
    context.print(text);
    return ExitCode::Success;
}

} // namespace

QList<CliCommand> commands()
{
    const QString group = tr("On a cluster (the plugin's other APIs)");
    const CliOption yes {u"yes"_s, {}, tr("send without asking (required when stdin is not a terminal)")};
    const CliOption dryRun {u"dry-run"_s, {}, tr("print the plan (changes and requests) and send nothing")};
    const auto command = [&](const QString &name, const QString &synopsis, const QString &description, qsizetype extra,
                             const QList<CliOption> &options,
                             std::function<ExitCode(CliContext &, const CliArguments &)> handler) {
        return ClusterConnection::command(group, name, synopsis, description, {}, extra, options, std::move(handler));
    };
    CliCommand cacheCommand =
        command(u"cache"_s, u"cache flush [--user NAME]"_s,
                tr("Flushes the plugin's authentication cache on every node, or only the entries of one user "
                   "(OpenSearch 3.1 or later). The connection's user is --login here (or SECDESK_USER, or the "
                   "profile's), since --user names the user whose entries are flushed."),
                1, {{u"user"_s, {u"NAME"_s}, tr("flush only this user's entries (3.1 or later)")}}, cache);
    AdminSupport::renameConnectionUser(cacheCommand, 1);
    QList<CliCommand> list {
        command(u"account"_s, u"account [set-password]"_s,
                tr("Who the cluster says we are, from the account API: user, internal or not, reserved, hidden, "
                   "backend roles, roles, tenants. set-password changes the connected user's own password: the "
                   "current and the new one are asked on the terminal (not echoed), or read as the first and second "
                   "line of stdin; never from the command line."),
                1, {}, account),
        cacheCommand,
        command(u"certs"_s,
                u"certs [--type http|transport|all] [--node ID] | certs reload http|transport [--yes] | certs info"_s,
                tr("The TLS certificates of each node (GET certificates, OpenSearch 2.15 or later; before that the "
                   "key certificates of ssl/certs): subject, issuer, SANs, validity and days left, marked WARNING "
                   "within 30 days of expiry and ERROR within 7 days or once expired. Needs REST admin permission "
                   "restapi:admin/ssl/certs/info. reload re-reads the certificate files of that layer "
                   "(plugins.security.ssl_cert_reload_enabled). info shows this connection's TLS as the node saw it "
                   "(sslinfo): protocol, cipher, client and server certificate."),
                2,
                {{u"type"_s, {u"TYPE"_s}, tr("http, transport or all (default)")},
                 {u"node"_s, {u"ID"_s}, tr("only this node (id, name or a selector such as _local)")},
                 yes},
                certs),
        command(u"tenancy"_s,
                u"tenancy | tenancy set [--multitenancy on|off] [--private-tenant on|off] [--default-tenant NAME] "
                u"[--dry-run] [--yes] | tenancy indices"_s,
                tr("The Dashboards multi-tenancy settings (tenancy/config) and what dashboardsinfo adds. set changes "
                   "them through the safe-write pipeline (PUT tenancy/config). indices lists the tenants' Dashboards "
                   "indices (tenantinfo; the Dashboards server user only)."),
                1,
                {{u"multitenancy"_s, {u"on|off"_s}, tr("switch multi-tenancy on or off")},
                 {u"private-tenant"_s, {u"on|off"_s}, tr("switch the private tenant on or off")},
                 {u"default-tenant"_s,
                  {u"NAME"_s},
                  tr("the default tenant: global_tenant, private_tenant, an existing tenant, or \"\"")},
                 dryRun,
                 yes},
                tenancy),
    };
    list.append(TokenCommands::commands(group));
    return list;
}

} // namespace AdminCommands
