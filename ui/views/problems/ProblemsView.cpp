#include "ui/views/problems/ProblemsView.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "app/common/Settings.h"
#include "app/models/ProblemsModel.h"
#include "app/store/ClusterSession.h"
#include "ui/views/problems/LintSession.h"
#include "ui/views/problems/LintStyle.h"

using namespace Qt::StringLiterals;

namespace {

const QList<LintSeverity> Severities = {LintSeverity::Critical, LintSeverity::High, LintSeverity::Medium,
                                        LintSeverity::Info};

// The severity column in its severity's colour (readable on Base), beside its mark: colour is never the only cue.
class SeverityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto severity = LintSeverity(index.data(ProblemsModel::SeverityRole).toInt());
        option->text = LintStyle::mark(severity) + u' ' + option->text;
        if (!(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text, LintStyle::text(option->palette, severity));
    }
};

} // namespace

ProblemsView::ProblemsView(ClusterSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ProblemsModel(this)), m_filter(new ProblemsFilterModel(this))
{
    setObjectName(u"problemsView"_s);
    m_filter->setSourceModel(m_model);

    m_header = new QLabel(this);
    m_header->setObjectName(u"problemsCounts"_s);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setAccessibleName(tr("Problems found"));

    m_severity = new QComboBox(this);
    m_severity->setObjectName(u"problemsSeverityFilter"_s);
    m_severity->setAccessibleName(tr("Show the severity"));
    m_severity->addItem(tr("All severities"), -1);
    for (LintSeverity severity : Severities)
        m_severity->addItem(LintStyle::mark(severity) + u' ' + ProblemsModel::severityText(severity), int(severity));
    auto *severityLabel = new QLabel(tr("&Severity:"), this);
    severityLabel->setBuddy(m_severity);
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_severity->currentData().toInt();
        m_filter->setSeverity(value < 0 ? std::nullopt : std::optional<LintSeverity>(LintSeverity(value)));
        updateActions();
    });

    m_rule = new QComboBox(this);
    m_rule->setObjectName(u"problemsRuleFilter"_s);
    m_rule->setAccessibleName(tr("Show the rule"));
    m_rule->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *ruleLabel = new QLabel(tr("&Rule:"), this);
    ruleLabel->setBuddy(m_rule);
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setRule(m_rule->currentData().toString());
        updateActions();
    });

    m_fix = new QPushButton(tr("&Fix\u2026"), this);
    m_fix->setObjectName(u"problemsFixButton"_s);
    m_fix->setToolTip(tr("Open the finding's fix in the patch editor, to review it and send it from there"));
    m_fix->setAccessibleDescription(m_fix->toolTip());
    connect(m_fix, &QPushButton::clicked, this, &ProblemsView::fixCurrent);

    m_disabledMenu = new QMenu(this);
    m_disabledMenu->setObjectName(u"problemsDisabledMenu"_s);
    connect(m_disabledMenu, &QMenu::aboutToShow, this, &ProblemsView::fillDisabledMenu);
    m_disabled = new QToolButton(this);
    m_disabled->setObjectName(u"problemsDisabledButton"_s);
    m_disabled->setText(tr("&Disabled rules"));
    m_disabled->setAccessibleName(tr("Disabled rules"));
    m_disabled->setToolTip(tr("The rules switched off for this connection; choose one to turn it on again"));
    m_disabled->setPopupMode(QToolButton::InstantPopup);
    m_disabled->setMenu(m_disabledMenu);

    m_table = new QTableView(this);
    m_table->setObjectName(u"problemsTable"_s);
    m_table->setAccessibleName(tr("Problems"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // The corner button (select all) shows when the table lays out its headers: named for screen readers too.
    if (auto *corner = m_table->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all problems"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setItemDelegateForColumn(ProblemsModel::SeverityColumn, new SeverityDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::activated, this, &ProblemsView::goToCurrent);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ProblemsView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProblemsView::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ProblemsView::updateActions);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ProblemsView::updateActions);

    m_goAction = new QAction(tr("&Go to entity"), this);
    m_goAction->setObjectName(u"actionProblemGoTo"_s);
    connect(m_goAction, &QAction::triggered, this, &ProblemsView::goToCurrent);
    m_fixAction = new QAction(tr("&Fix\u2026"), this);
    m_fixAction->setObjectName(u"actionProblemFix"_s);
    connect(m_fixAction, &QAction::triggered, this, &ProblemsView::fixCurrent);
    m_disableAction = new QAction(this);
    m_disableAction->setObjectName(u"actionProblemDisableRule"_s);
    connect(m_disableAction, &QAction::triggered, this, [this] {
        if (const LintFinding *finding = currentFinding())
            setRuleDisabled(finding->rule, true);
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(severityLabel);
    filters->addWidget(m_severity);
    filters->addSpacing(8);
    filters->addWidget(ruleLabel);
    filters->addWidget(m_rule);
    filters->addStretch();
    filters->addWidget(m_fix);
    filters->addWidget(m_disabled);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    setTabOrder(m_severity, m_rule);
    setTabOrder(m_rule, m_fix);
    setTabOrder(m_fix, m_disabled);
    setTabOrder(m_disabled, m_table);

    connect(m_session, &ClusterSession::configurationLoaded, this, &ProblemsView::relint);
    connect(m_session, &ClusterSession::stateChanged, this, [this](ClusterSession::State state) {
        if (state == ClusterSession::State::Disconnected && m_hasRun)
            relint(); // nothing to show
    });
    updateRuleCombo();
    updateHeader();
    updateActions();
}

void ProblemsView::setSettings(Settings *settings)
{
    m_settings = settings;
    if (m_hasRun)
        relint();
}

QStringList ProblemsView::disabledRules() const
{
    const QString profile = m_session->connectionName();
    if (m_settings)
        return m_settings->disabledLintRules(profile);
    return m_disabledHere.value(profile);
}

void ProblemsView::setRuleDisabled(const QString &rule, bool disabled)
{
    const QString profile = m_session->connectionName();
    QStringList rules = disabledRules();
    if (disabled == rules.contains(rule) || profile.isEmpty())
        return;
    if (disabled)
        rules << rule;
    else
        rules.removeAll(rule);
    rules.sort();
    if (m_settings) {
        m_settings->setDisabledLintRules(profile, rules);
        m_settings->sync();
    } else {
        m_disabledHere[profile] = rules;
    }
    if (disabled) {
        // The rule's findings go at once (rules do not depend on each other); later runs skip it.
        QList<LintFinding> kept;
        for (const LintFinding &finding : m_model->findings()) {
            if (finding.rule != rule)
                kept << finding;
        }
        showFindings(kept);
    } else {
        relint();
    }
}

const LintFinding *ProblemsView::currentFinding() const
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return nullptr;
    return &m_model->finding(current.row());
}

void ProblemsView::relint()
{
    m_hasRun = true;
    if (m_session->state() == ClusterSession::State::Disconnected) {
        m_lint.cancel();
        m_checking = false;
        showFindings({});
        return;
    }
    const QJsonObject document = m_session->configuration().document;
    const LintContext context =
        LintSession::context(*m_session, m_settings, m_disabledHere.value(m_session->connectionName()));
    m_checking = true;
    updateHeader();
    // Nobody waits for it: it yields the cores to a filter or an explanation asked meanwhile.
    m_lint.runInBackground(
        [document, context](const CancelToken &) { return Lint::baseline(document, context)->findings(); },
        [this](const QList<LintFinding> &findings) {
            m_checking = false;
            showFindings(findings);
        });
}

void ProblemsView::showFindings(const QList<LintFinding> &findings)
{
    // Keep the row the user was on when it is still there.
    const LintFinding *current = currentFinding();
    const QString currentKey = current ? current->key() : QString();
    m_model->setFindings(findings);
    updateRuleCombo();
    if (!currentKey.isEmpty()) {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex index = m_filter->index(row, 0);
            if (m_model->finding(m_filter->mapToSource(index).row()).key() == currentKey) {
                m_table->setCurrentIndex(index);
                break;
            }
        }
    }
    // Widths from the texts, not from measuring every row (resizeColumnToContents asks each of thousands of rows for
    // its size on the GUI thread); a long entity name must not push the message out of sight.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    const auto widthOf = [&](const QStringList &texts, int column) {
        int width = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + padding;
    };
    QStringList severities;
    for (const LintSeverity severity :
         {LintSeverity::Info, LintSeverity::Medium, LintSeverity::High, LintSeverity::Critical})
        severities << ProblemsModel::severityText(severity);
    qsizetype longestEntity = 0;
    for (const LintFinding &finding : findings)
        longestEntity = std::max(longestEntity, finding.type.size() + 1 + finding.entity.size());
    m_table->setColumnWidth(ProblemsModel::SeverityColumn, widthOf(severities, ProblemsModel::SeverityColumn));
    m_table->setColumnWidth(ProblemsModel::RuleColumn, widthOf(m_model->ruleIds(), ProblemsModel::RuleColumn));
    m_table->setColumnWidth(ProblemsModel::EntityColumn,
                            metrics.averageCharWidth() * int(std::min<qsizetype>(longestEntity, 40)) + padding);
    updateHeader();
    updateActions();
    emit findingsChanged(findings);
}

QString ProblemsView::countsText() const
{
    if (m_checking || m_session->state() == ClusterSession::State::Disconnected)
        return {};
    if (m_model->rowCount() == 0)
        return tr("No problems found.");
    QStringList parts;
    for (LintSeverity severity : Severities) {
        if (const int n = m_model->count(severity))
            parts << tr("%1 %2").arg(n).arg(ProblemsModel::severityText(severity));
    }
    return tr("%n problem(s): %1", nullptr, m_model->rowCount()).arg(parts.join(u", "_s));
}

void ProblemsView::updateHeader()
{
    QString text;
    QString title;
    if (m_checking) {
        text = tr("Checking the configuration\u2026");
        title = tr("Problems (checking\u2026)");
    } else if (m_session->state() == ClusterSession::State::Disconnected || !m_hasRun) {
        text = tr("No configuration is loaded.");
        title = tr("Problems");
    } else {
        text = countsText();
        const int critical = m_model->count(LintSeverity::Critical);
        title = critical > 0 ? tr("Problems (%1, %2 critical)").arg(m_model->rowCount()).arg(critical)
                             : tr("Problems (%1)").arg(m_model->rowCount());
    }
    const int disabled = int(disabledRules().size());
    if (disabled > 0 && !m_checking)
        text += u' ' + tr("%n rule(s) disabled for this connection.", nullptr, disabled);
    m_header->setText(text);
    m_disabled->setEnabled(disabled > 0);
    emit countsChanged(title);
}

void ProblemsView::updateRuleCombo()
{
    const QString wanted = m_rule->currentData().toString();
    const QSignalBlocker blocker(m_rule);
    m_rule->clear();
    m_rule->addItem(tr("All rules"), QString());
    for (const QString &id : m_model->ruleIds()) {
        const LintRule *rule = Lint::rule(id);
        m_rule->addItem(id, id);
        if (rule)
            m_rule->setItemData(m_rule->count() - 1, rule->title, Qt::ToolTipRole);
    }
    const int at = m_rule->findData(wanted);
    m_rule->setCurrentIndex(at < 0 ? 0 : at);
    m_filter->setRule(m_rule->currentData().toString());
}

void ProblemsView::updateActions()
{
    const LintFinding *finding = currentFinding();
    const bool hasFix = finding && !finding->fix.isEmpty();
    m_fix->setEnabled(hasFix);
    m_fixAction->setEnabled(hasFix);
    m_goAction->setEnabled(finding != nullptr);
    m_disableAction->setEnabled(finding != nullptr);
    m_disableAction->setText(finding ? tr("&Disable the rule %1 for this connection").arg(finding->rule)
                                     : tr("&Disable the rule for this connection"));
    if (!finding)
        m_fix->setToolTip(tr("Select a finding that offers a fix"));
    else if (!hasFix)
        m_fix->setToolTip(tr("This finding offers no fix"));
    else
        m_fix->setToolTip(tr("Open the finding's fix in the patch editor, to review it and send it from there"));
}

void ProblemsView::goToCurrent()
{
    if (const LintFinding *finding = currentFinding())
        emit entityRequested(finding->pointer, ProblemsModel::entityPointer(*finding));
}

void ProblemsView::fixCurrent()
{
    const LintFinding *finding = currentFinding();
    if (!finding || finding->fix.isEmpty())
        return;
    emit fixRequested(
        finding->fix,
        tr("Fix %1 (%2)").arg(finding->rule, finding->entity.isEmpty() ? finding->type : finding->entity));
}

void ProblemsView::fillDisabledMenu()
{
    m_disabledMenu->clear();
    const QStringList rules = disabledRules();
    for (const QString &id : rules) {
        const LintRule *rule = Lint::rule(id);
        QAction *action =
            m_disabledMenu->addAction(rule ? tr("Turn on %1 (%2)").arg(id, rule->title) : tr("Turn on %1").arg(id),
                                      this, [this, id] { setRuleDisabled(id, false); });
        action->setObjectName(u"actionEnableRule_"_s + id);
    }
    if (rules.size() > 1) {
        m_disabledMenu->addSeparator();
        QAction *all = m_disabledMenu->addAction(tr("Turn them all on"), this, [this] {
            const QString profile = m_session->connectionName();
            if (m_settings) {
                m_settings->setDisabledLintRules(profile, {});
                m_settings->sync();
            } else {
                m_disabledHere.remove(profile);
            }
            relint();
        });
        all->setObjectName(u"actionEnableAllRules"_s);
    }
}

void ProblemsView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    updateActions();
    QMenu menu(this);
    menu.addAction(m_goAction);
    menu.addAction(m_fixAction);
    menu.addSeparator();
    menu.addAction(m_disableAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}
