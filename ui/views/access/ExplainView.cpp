#include "ui/views/access/ExplainView.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QStringListModel>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include "app/access/AccessConfig.h"
#include "app/json/JsonPointer.h"
#include "app/store/AccessConfigStore.h"
#include "app/store/ClusterSession.h"
#include "ui/theme/Theme.h"
#include "ui/views/access/AccessViewLink.h"
#include "ui/views/write/WriteRequest.h"

using namespace Qt::StringLiterals;

namespace {

const QString LinkScheme = u"entity"_s;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The indices a decision lacks an action on, and those actions (from the check table's cells).
std::pair<QStringList, QStringList> missingCells(const AccessDecision &decision)
{
    QSet<QString> granted;
    for (const GrantedCell &cell : decision.grants)
        granted.insert(cell.index + u'\n' + cell.action);
    QStringList indices;
    QStringList actions;
    for (const QString &action : decision.missingPrivileges) {
        for (const QString &index : decision.checkedNames) {
            if (granted.contains(index + u'\n' + action))
                continue;
            if (!indices.contains(index))
                indices.append(index);
            if (!actions.contains(action))
                actions.append(action);
        }
    }
    return {indices, actions};
}

} // namespace

ExplainView::ExplainView(ClusterSession *session, AccessConfigStore *store, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_store(store)
    , m_user(new QComboBox(this))
    , m_backendRoles(new QLineEdit(this))
    , m_attributes(new QLineEdit(this))
    , m_ip(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_indices(new QLineEdit(this))
    , m_engine(new QComboBox(this))
    , m_tenant(new QLineEdit(this))
    , m_tenantWrite(new QCheckBox(tr("&Write"), this))
    , m_explain(new QPushButton(tr("Explain"), this))
    , m_status(new QLabel(this))
    , m_output(new QTextBrowser(this))
    , m_fix(new QPushButton(tr("Fix\u2026"), this))
    , m_nodeSettings(new QPushButton(tr("N&ode settings\u2026"), this))
    , m_users(new QStringListModel(this))
    , m_actions(new QStringListModel(this))
{
    setObjectName(u"explainView"_s);
    m_user->setObjectName(u"explainUser"_s);
    m_user->setEditable(true);
    m_user->setModel(m_users);
    m_user->setInsertPolicy(QComboBox::NoInsert);
    m_user->setAccessibleName(tr("User"));
    m_user->setToolTip(tr("An internal user, or any name for a hypothetical user"));
    m_backendRoles->setObjectName(u"explainBackendRoles"_s);
    m_backendRoles->setPlaceholderText(tr("the internal user's; comma-separated"));
    m_backendRoles->setAccessibleName(tr("Backend roles"));
    m_attributes->setObjectName(u"explainAttributes"_s);
    m_attributes->setPlaceholderText(tr("attr.internal.key=value, \u2026"));
    m_attributes->setAccessibleName(tr("Attributes"));
    m_ip->setObjectName(u"explainIp"_s);
    m_ip->setPlaceholderText(tr("for hosts mappings"));
    m_ip->setAccessibleName(tr("IP address"));
    m_action->setObjectName(u"explainAction"_s);
    m_action->setEditable(true);
    m_action->setModel(m_actions);
    m_action->setInsertPolicy(QComboBox::NoInsert);
    m_action->setAccessibleName(tr("Action"));
    m_action->setToolTip(tr("A transport action, an action group, or a REST call such as search, get, index, bulk or "
                            "create-index"));
    m_action->setMinimumContentsLength(28);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indices->setObjectName(u"explainIndices"_s);
    m_indices->setPlaceholderText(tr("index expressions, comma-separated; empty: none"));
    m_indices->setAccessibleName(tr("Indices"));
    m_engine->setObjectName(u"explainEngine"_s);
    m_engine->setAccessibleName(tr("Engine"));
    m_engine->addItem(tr("As configured"));
    m_engine->addItem(tr("Legacy"), AccessEngines::name(AccessEngine::Legacy));
    m_engine->addItem(tr("V4"), AccessEngines::name(AccessEngine::V4));
    m_tenant->setObjectName(u"explainTenant"_s);
    m_tenant->setPlaceholderText(tr("a Dashboards tenant, asked instead of the action; empty: the action"));
    m_tenant->setAccessibleName(tr("Tenant"));
    m_tenantWrite->setObjectName(u"explainTenantWrite"_s);
    m_tenantWrite->setAccessibleName(tr("Write access to the tenant"));
    m_tenantWrite->setToolTip(tr("Ask for read and write access to the tenant instead of read access"));
    m_tenantWrite->setEnabled(false);
    m_explain->setObjectName(u"explainButton"_s);
    m_explain->setDefault(true);
    m_status->setObjectName(u"explainStatus"_s);
    m_status->setWordWrap(true);
    m_output->setObjectName(u"explainResult"_s);
    m_output->setAccessibleName(tr("Access explanation"));
    m_output->setOpenLinks(false);
    m_output->document()->setDocumentMargin(6);
    m_fix->setObjectName(u"explainFixButton"_s);
    m_fix->setToolTip(tr("Open the smallest change that grants what is missing in the change plan"));
    m_fix->setEnabled(false);
    m_nodeSettings->setObjectName(u"explainNodeSettingsButton"_s);
    m_nodeSettings->setToolTip(tr("The node settings (opensearch.yml) evaluation assumes for this connection; the "
                                  "REST API does not show them"));
    m_nodeSettings->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *userRow = new QHBoxLayout;
    userRow->addWidget(m_user, 2);
    auto *ipLabel = new QLabel(tr("I&P:"), this);
    ipLabel->setBuddy(m_ip);
    userRow->addWidget(ipLabel);
    userRow->addWidget(m_ip, 1);
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    form->addRow(userLabel, userRow);
    form->addRow(tr("&Backend roles:"), m_backendRoles);
    form->addRow(tr("Attribu&tes:"), m_attributes);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_action, 1);
    actionRow->addWidget(m_engine);
    auto *actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_action);
    form->addRow(actionLabel, actionRow);
    form->addRow(tr("&Indices:"), m_indices);
    auto *tenantRow = new QHBoxLayout;
    tenantRow->addWidget(m_tenant, 1);
    tenantRow->addWidget(m_tenantWrite);
    auto *tenantLabel = new QLabel(tr("Te&nant:"), this);
    tenantLabel->setBuddy(m_tenant);
    form->addRow(tenantLabel, tenantRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_nodeSettings);
    buttons->addWidget(m_fix);
    buttons->addWidget(m_explain);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_output, 1);
    setTabOrder(m_user, m_ip);
    setTabOrder(m_ip, m_backendRoles);
    setTabOrder(m_backendRoles, m_attributes);
    setTabOrder(m_attributes, m_action);
    setTabOrder(m_action, m_engine);
    setTabOrder(m_engine, m_indices);
    setTabOrder(m_indices, m_tenant);
    setTabOrder(m_tenant, m_tenantWrite);
    setTabOrder(m_tenantWrite, m_explain);
    setTabOrder(m_explain, m_fix);
    setTabOrder(m_fix, m_nodeSettings);
    setTabOrder(m_nodeSettings, m_output);

    connect(m_explain, &QPushButton::clicked, this, &ExplainView::explain);
    connect(m_fix, &QPushButton::clicked, this, &ExplainView::fix);
    connect(m_nodeSettings, &QPushButton::clicked, this, &ExplainView::nodeSettingsRequested);
    connect(m_indices, &QLineEdit::returnPressed, this, &ExplainView::explain);
    connect(m_tenant, &QLineEdit::returnPressed, this, &ExplainView::explain);
    // A tenant question leaves the action and the indices out.
    connect(m_tenant, &QLineEdit::textChanged, this, [this](const QString &text) {
        const bool tenant = !text.trimmed().isEmpty();
        m_action->setEnabled(!tenant);
        m_indices->setEnabled(!tenant);
        m_tenantWrite->setEnabled(tenant);
    });
    connect(m_output, &QTextBrowser::anchorClicked, this, &ExplainView::follow);
    m_link = new AccessViewLink(this, m_session, m_store, m_status, [this] { updateCompletions(); });
    for (QComboBox *box : {m_user, m_action}) {
        box->completer()->setCompletionMode(QCompleter::PopupCompletion);
        box->completer()->setFilterMode(Qt::MatchContains);
        box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    }
    m_action->setEditText(u"search"_s);
    m_status->setText(tr("Pick a user, an action and indices, then Explain."));
}

void ExplainView::updateCompletions()
{
    // String list models, not combo box items: a large configuration has tens of thousands of users.
    const QJsonObject &document = m_session->configuration().document;
    const QString user = m_user->currentText();
    const QString action = m_action->currentText();
    m_users->setStringList(document.value(u"internalusers"_s).toObject().keys());
    m_actions->setStringList(AccessQueries::actionCompletions(document));
    m_user->setEditText(user);
    m_action->setEditText(action.isEmpty() ? u"search"_s : action);
}

void ExplainView::setQuery(const ExplainQuery &query)
{
    m_user->setEditText(query.user);
    m_backendRoles->setText(query.backendRoles ? query.backendRoles->join(u", "_s) : QString());
    QStringList attributes;
    for (auto it = query.attributes.constBegin(); it != query.attributes.constEnd(); ++it)
        attributes.append(it.key() + u'=' + it.value());
    m_attributes->setText(attributes.join(u", "_s));
    m_ip->setText(query.ip);
    m_action->setEditText(query.action);
    m_indices->setText(query.indices.join(u", "_s));
    m_tenant->setText(query.tenant);
    m_tenantWrite->setChecked(query.tenantWrite);
    m_engine->setCurrentIndex(!query.engine ? 0 : *query.engine == AccessEngine::Legacy ? 1 : 2);
}

ExplainQuery ExplainView::query() const
{
    ExplainQuery query;
    query.user = m_user->currentText().trimmed();
    if (!m_backendRoles->text().trimmed().isEmpty())
        query.backendRoles = AccessQueries::splitList(m_backendRoles->text());
    for (const QString &attribute : AccessQueries::splitList(m_attributes->text())) {
        const qsizetype equals = attribute.indexOf(u'=');
        query.attributes.insert(attribute.left(equals).trimmed(),
                                equals < 0 ? QString() : attribute.mid(equals + 1).trimmed());
    }
    query.ip = m_ip->text().trimmed();
    query.action = m_action->currentText().trimmed();
    query.indices = AccessQueries::splitList(m_indices->text());
    query.tenant = m_tenant->text().trimmed();
    query.tenantWrite = !query.tenant.isEmpty() && m_tenantWrite->isChecked();
    if (const QString engine = m_engine->currentData().toString(); !engine.isEmpty())
        query.engine = AccessEngines::fromName(engine);
    return query;
}

void ExplainView::explainFor(const QString &pointer)
{
    setQuery(AccessQueries::explainQueryFor(m_session->configuration().document, pointer));
    explain();
}

void ExplainView::explain()
{
    const ExplainQuery asked = query();
    if (asked.user.isEmpty() || (asked.action.isEmpty() && asked.tenant.isEmpty())) {
        m_status->setText(tr("Give a user, and an action or a tenant."));
        return;
    }
    run(asked);
}

void ExplainView::run(const ExplainQuery &query)
{
    const auto ask = [this, query] { run(query); };
    m_link->askAgainOnChange(ask);
    std::optional<AccessSnapshot> snapshot = m_link->snapshot(ask);
    if (!snapshot)
        return;
    m_busy = true;
    m_status->setText(tr("Evaluating\u2026"));
    m_evaluations.run(
        [snapshot = std::move(*snapshot), query](const CancelToken &) {
            return AccessQueries::explain(*snapshot.config, snapshot.metadata, query, snapshot.assumptions);
        },
        [this](const ExplainResult &result) { showResult(result); });
}

void ExplainView::showResult(const ExplainResult &result)
{
    m_busy = false;
    m_result = result;
    m_fix->setEnabled(result.fix.has_value());
    m_status->setText(tr("Explained on the configuration read at %1.")
                          .arg(m_session->lastRead().toLocalTime().toString(u"HH:mm:ss"_s)));
    render();
    emit resultShown();
}

QString ExplainView::sentence() const
{
    return m_result ? sentenceFor(*m_result) : QString();
}

QString ExplainView::sentenceFor(const ExplainResult &result)
{
    const AccessDecision &decision = result.decision;
    const QString user = result.user.name;
    if (const auto &tenant = result.tenant) {
        const QString access = result.query.tenantWrite ? tr("write in") : tr("read in");
        if (tenant->allowed)
            return tr("allowed: %1 may %2 tenant %3 (role %4)").arg(user, access, result.query.tenant, tenant->role);
        return tr("denied: %1 may not %2 tenant %3: %4").arg(user, access, result.query.tenant, tenant->reason);
    }
    const QString action = result.request.actions.join(u", "_s);
    const QString on = result.request.indices.isEmpty() ? QString() : result.request.indices.join(u", "_s);
    switch (decision.status) {
    case AccessStatus::Allowed:
        return decision.clusterAction || on.isEmpty() ? tr("allowed: %1 may %2").arg(user, action)
                                                      : tr("allowed: %1 may %2 on %3").arg(user, action, on);
    case AccessStatus::Partial:
        return tr("partial: %1 may %2 only on %3").arg(user, action, decision.allowedIndices.join(u", "_s));
    case AccessStatus::Denied:
        break;
    }
    if (decision.mappedRoles.isEmpty())
        return tr("denied: %1 is mapped to no role").arg(user);
    const auto [indices, actions] = missingCells(decision);
    if (decision.clusterAction || indices.isEmpty()) {
        const QString missing =
            decision.missingPrivileges.isEmpty() ? action : decision.missingPrivileges.join(u", "_s);
        return decision.clusterAction ? tr("denied: no role of %1 grants %2").arg(user, missing)
                                      : tr("denied: %1").arg(decision.reason);
    }
    return tr("denied: no role of %1 grants %2 on %3").arg(user, actions.join(u", "_s), indices.join(u", "_s));
}

void ExplainView::fix()
{
    if (!m_result || !m_result->fix)
        return;
    const AccessFix &proposal = *m_result->fix;
    const auto plan = ChangePlan::compile(proposal.patch, m_session->configuration().document);
    if (!plan) {
        m_status->setText(tr("The fix cannot be sent: %1").arg(plan.error().message()));
        return;
    }
    ChangePlan titled = *plan;
    titled.title = tr("Grant access: %1").arg(proposal.summary);
    emit writeRequested({titled, {}, this, {}});
}

void ExplainView::follow(const QUrl &url)
{
    bool ok = false;
    const qsizetype link = url.path().toLongLong(&ok);
    if (url.scheme() == LinkScheme && ok && link >= 0 && link < m_links.size())
        emit entityRequested(m_links.at(link));
}

void ExplainView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void ExplainView::render()
{
    m_links.clear();
    if (!m_result) {
        m_output->clear();
        return;
    }
    const ExplainResult &result = *m_result;
    const AccessDecision &decision = result.decision;
    const QPalette palette = m_output->palette();
    const QString linkColour = Theme::linkText(palette).name();
    const QString muted = Theme::mutedText(palette.color(QPalette::Text), palette.color(QPalette::Base)).name();
    const QString ok = Theme::hueText(palette, Theme::Hue::Green).name();
    const QString bad = Theme::errorText(palette).name();
    const QString partialColour = Theme::hueText(palette, Theme::Hue::Amber).name();
    const QJsonObject &document = m_session->configuration().document;
    const QJsonObject groups = document.value(u"actiongroups"_s).toObject();
    const auto link = [&](const QString &text, const QString &pointer) {
        m_links.append(pointer);
        return u"<a href=\"%1:%2\" style=\"color:%3; text-decoration:none\">%4</a>"_s.arg(
            LinkScheme, QString::number(m_links.size() - 1), linkColour, escaped(text));
    };
    const auto heading = [](const QString &text) {
        return u"<p style=\"margin-top:10px; margin-bottom:3px; font-weight:600\">%1</p>"_s.arg(escaped(text));
    };
    const auto mutedText = [&](const QString &text) {
        return u"<span style=\"color:%1\">%2</span>"_s.arg(muted, escaped(text));
    };

    QString html;
    const QString statusColour = decision.status == AccessStatus::Allowed   ? ok
                                 : decision.status == AccessStatus::Partial ? partialColour
                                                                            : bad;
    html += u"<p style=\"margin-bottom:2px\"><span style=\"font-size:large; font-weight:600; color:%1\">%2</span>"
            "</p>"_s.arg(statusColour, escaped(sentenceFor(result)));
    const QString user = result.internalUser
                             ? link(result.user.name, u"/internalusers/"_s + JsonPointer::escapeToken(result.user.name))
                             : escaped(result.user.name) + u' ' + mutedText(tr("(hypothetical)"));
    html += u"<p style=\"margin-top:0px\">%1</p>"_s.arg(
        tr("%1 \u00b7 backend roles: %2 \u00b7 HTTP %3 \u00b7 %4 engine")
            .arg(user,
                 escaped(result.user.backendRoles.isEmpty() ? tr("none") : result.user.backendRoles.join(u", "_s)))
            .arg(decision.httpStatus)
            .arg(AccessEngines::name(decision.engine)));

    // The fix first: it is what a denial is explained for.
    if (result.fix) {
        html += heading(tr("Proposed fix"));
        html += u"<p style=\"margin-top:0px; margin-left:14px\">%1<br>%2</p>"_s.arg(
            escaped(result.fix->summary),
            mutedText(tr("Fix\u2026 opens it in the change plan; nothing is written before you confirm it.")));
    }

    html += heading(tr("Mapped roles"));
    if (decision.mappedRoles.isEmpty())
        html += u"<p style=\"margin-top:0px; margin-left:14px\">%1</p>"_s.arg(mutedText(tr("none")));
    html += u"<table style=\"margin-left:14px\" cellspacing=\"0\" cellpadding=\"1\">"_s;
    for (const MappedRole &role : decision.mappedRoles) {
        QStringList reasons;
        for (const QString &reason : role.reasons) {
            if (reason.startsWith(u"rolesmapping/"_s)) {
                const qsizetype colon = reason.indexOf(u':');
                const QString mapping = reason.mid(13, colon < 0 ? -1 : colon - 13);
                reasons.append(
                    link(u"rolesmapping/"_s + mapping, u"/rolesmapping/"_s + JsonPointer::escapeToken(mapping))
                    + escaped(colon < 0 ? QString() : reason.mid(colon)));
            } else {
                reasons.append(escaped(reason));
            }
        }
        html += u"<tr><td valign=\"top\">%1&nbsp;&nbsp;</td><td>%2</td></tr>"_s.arg(
            link(role.role, u"/roles/"_s + JsonPointer::escapeToken(role.role)), reasons.join(u"<br>"_s));
    }
    html += u"</table>"_s;

    if (const auto &tenant = result.tenant) {
        html += heading(tr("Tenant %1").arg(result.query.tenant));
        QString line;
        if (tenant->allowed && !tenant->role.isEmpty()) {
            line = link(tenant->role, u"/roles/"_s + JsonPointer::escapeToken(tenant->role));
            if (tenant->permission >= 0)
                line += u" → "_s
                        + link(u"tenant_permissions[%1]"_s.arg(tenant->permission),
                               u"/roles/%1/tenant_permissions/%2"_s.arg(JsonPointer::escapeToken(tenant->role))
                                   .arg(tenant->permission));
            if (!tenant->pattern.isEmpty())
                line += u" → "_s + escaped(tenant->pattern);
            if (!tenant->reason.isEmpty())
                line += u"<br>"_s + mutedText(tenant->reason);
        } else {
            line = escaped(tenant->reason);
        }
        html += u"<p style=\"margin-top:0px; margin-left:14px\">%1</p>"_s.arg(line);
    }

    // The check table: a row per name, a column per action.
    QStringList rows = decision.clusterAction ? QStringList {tr("(cluster)")} : decision.checkedNames;
    QStringList columns;
    for (const GrantedCell &cell : decision.grants) {
        if (!columns.contains(cell.action))
            columns.append(cell.action);
    }
    for (const QString &action : decision.missingPrivileges) {
        if (!columns.contains(action))
            columns.append(action);
    }
    if (!rows.isEmpty() && !columns.isEmpty()) {
        html += heading(decision.clusterAction ? tr("Cluster privileges") : tr("Indices \u00d7 actions"));
        html += u"<table style=\"margin-left:14px\" cellspacing=\"0\" cellpadding=\"2\" border=\"0\"><tr><td></td>"_s;
        for (const QString &column : std::as_const(columns))
            html += u"<td style=\"color:%1\">%2&nbsp;&nbsp;</td>"_s.arg(muted, escaped(column));
        html += u"</tr>"_s;
        for (const QString &row : std::as_const(rows)) {
            html += u"<tr><td>%1&nbsp;&nbsp;</td>"_s.arg(escaped(row));
            for (const QString &column : std::as_const(columns)) {
                const bool granted =
                    std::any_of(decision.grants.begin(), decision.grants.end(), [&](const GrantedCell &cell) {
                        return cell.action == column && (decision.clusterAction || cell.index == row);
                    });
                html += granted ? u"<td style=\"color:%1\">%2</td>"_s.arg(ok, escaped(tr("ok")))
                                : u"<td style=\"color:%1; font-weight:600\">%2</td>"_s.arg(bad, escaped(tr("missing")));
            }
            html += u"</tr>"_s;
        }
        html += u"</table>"_s;
    }

    if (!decision.grants.isEmpty()) {
        html += heading(tr("Why each cell is granted"));
        html += u"<table style=\"margin-left:14px\" cellspacing=\"0\" cellpadding=\"1\">"_s;
        for (const GrantedCell &cell : decision.grants) {
            const Grant &grant = cell.grant;
            QStringList steps {link(grant.role, u"/roles/"_s + JsonPointer::escapeToken(grant.role))};
            if (grant.entry >= 0) {
                steps.append(link(
                    u"index_permissions[%1]"_s.arg(grant.entry),
                    u"/roles/%1/index_permissions/%2"_s.arg(JsonPointer::escapeToken(grant.role)).arg(grant.entry)));
                steps.append(escaped(grant.via.isEmpty() ? grant.indexPattern
                                                         : tr("%1 (via %2)").arg(grant.indexPattern, grant.via)));
            } else {
                steps.append(escaped(tr("cluster_permissions")));
            }
            QStringList chain;
            for (const QString &item : cell.chain)
                chain.append(groups.contains(item) ? link(item, u"/actiongroups/"_s + JsonPointer::escapeToken(item))
                                                   : escaped(item));
            if (!chain.isEmpty())
                steps.append(chain.join(u" \u2192 "_s));
            const QString what = cell.index.isEmpty() ? cell.action : cell.index + u" \u00b7 "_s + cell.action;
            html += u"<tr><td valign=\"top\" style=\"color:%1\">%2&nbsp;&nbsp;</td><td>%3</td></tr>"_s.arg(
                muted, escaped(what), steps.join(u" \u2192 "_s));
        }
        html += u"</table>"_s;
    }

    if (!decision.misses.isEmpty()) {
        html += heading(tr("Nearest miss"));
        for (const QString &miss : decision.misses)
            html += u"<p style=\"margin-top:0px; margin-bottom:0px; margin-left:14px\">%1</p>"_s.arg(escaped(miss));
    }

    if (!decision.restrictions.isEmpty()) {
        html += heading(tr("Document and field restrictions"));
        html += u"<table style=\"margin-left:14px\" cellspacing=\"0\" cellpadding=\"1\">"_s;
        for (const IndexRestrictions &r : decision.restrictions)
            html += u"<tr><td valign=\"top\">%1&nbsp;&nbsp;</td><td>%2</td></tr>"_s.arg(
                escaped(r.index),
                escaped(tr("DLS %1 \u00b7 FLS %2 \u00b7 masked %3")
                            .arg(r.dls, r.fls.join(u", "_s),
                                 r.maskedFields.isEmpty() ? tr("none") : r.maskedFields.join(u", "_s))));
        html += u"</table>"_s;
    }

    if (!decision.evaluationErrors.isEmpty()) {
        html += heading(tr("Evaluation errors (the affected patterns grant nothing)"));
        for (const QString &error : decision.evaluationErrors)
            html += u"<p style=\"margin-top:0px; margin-bottom:0px; margin-left:14px; color:%1\">%2</p>"_s.arg(
                bad, escaped(error));
    }
    if (!decision.assumptions.isEmpty()) {
        html += heading(tr("Assumptions"));
        for (const QString &assumption : decision.assumptions)
            html +=
                u"<p style=\"margin-top:0px; margin-bottom:0px; margin-left:14px\">%1</p>"_s.arg(mutedText(assumption));
    }
    m_output->setHtml(html);
}
