#include "ui/views/configtree/ConfigTreeView.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "app/forms/EntityEdits.h"
#include "app/json/Json.h"
#include "app/models/ConfigTreeModel.h"
#include "ui/views/configtree/ConfigTreeDelegate.h"
#include "ui/views/configtree/EntitySummaryView.h"
#include "ui/widgets/JsonHighlighter.h"

using namespace Qt::StringLiterals;

namespace {

// Below this many visible entities a filter result is expanded all the way down to its matches.
constexpr int ExpandAllLimit = 40;
// A type with more matches than this stays closed under a filter (its count says how many): laying out tens of
// thousands of rows would stall typing, and nobody reads them.
constexpr int ExpandTypeLimit = 10000;
// Typing pauses this long before the filter runs. Short: stale runs are cancelled anyway (ConfigTreeModel).
constexpr int FilterDelayMs = 25;

} // namespace

ConfigTreeView::ConfigTreeView(ConfigTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regular expression"), this))
    , m_tree(new QTreeView(this))
    , m_detailTitle(new QLabel(this))
    , m_detail(new QPlainTextEdit(this))
    , m_summary(new EntitySummaryView(this))
    , m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("configTreeView"));
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter names and values (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_regex->setObjectName(QStringLiteral("filterRegex"));

    m_tree->setObjectName(QStringLiteral("configTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new ConfigTreeDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(ConfigTreeModel::NameColumn, 300);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *copyPointerAction = new QAction(tr("Copy JSON pointer"), m_tree);
    copyPointerAction->setObjectName(QStringLiteral("actionCopyPointer"));
    copyPointerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyPointerAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyPointerAction, &QAction::triggered, this, &ConfigTreeView::copyPointer);
    auto *copyValueAction = new QAction(tr("Copy value as JSON"), m_tree);
    copyValueAction->setObjectName(QStringLiteral("actionCopyValue"));
    copyValueAction->setShortcut(QKeySequence::Copy);
    copyValueAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyValueAction, &QAction::triggered, this, &ConfigTreeView::copyValue);
    auto *blameAction = new QAction(tr("Blame: who set this value"), m_tree);
    blameAction->setObjectName(QStringLiteral("actionBlame"));
    connect(blameAction, &QAction::triggered, this, [this] {
        const QModelIndex index = m_tree->currentIndex();
        if (index.isValid())
            emit blameRequested(index.data(ConfigTreeModel::PointerRole).toString());
    });
    m_tree->addActions({copyPointerAction, copyValueAction, blameAction});
    createFormActions();
    createAccessActions();
    createPatchActions();

    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailTitle->setWordWrap(true); // a long (translated) hint wraps instead of squeezing the tree
    m_detail->setObjectName(QStringLiteral("jsonDetail"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new JsonHighlighter(m_detail->document());
    // For screen readers; Tab goes filter, tree, summary, JSON (the summary sits above the JSON).
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setAccessibleDescription(tr("Shows only the nodes whose name or value contains this text"));
    m_tree->setAccessibleName(tr("Configuration tree"));
    m_detail->setAccessibleName(tr("JSON of the selected node"));
    m_summary->setAccessibleName(tr("Entity summary"));
    setTabOrder(m_filter, m_regex);
    setTabOrder(m_regex, m_tree);
    setTabOrder(m_tree, m_summary);
    setTabOrder(m_summary, m_detail);

    auto *left = new QWidget(this);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_regex);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_tree, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detailTitle);
    // The entity summary above its JSON; both stay visible, the summary hides itself for other nodes.
    auto *detailSplitter = new QSplitter(Qt::Vertical, right);
    detailSplitter->setObjectName(QStringLiteral("detailSplitter"));
    detailSplitter->addWidget(m_summary);
    detailSplitter->addWidget(m_detail);
    detailSplitter->setStretchFactor(0, 3);
    detailSplitter->setStretchFactor(1, 2);
    detailSplitter->setChildrenCollapsible(false);
    rightLayout->addWidget(detailSplitter, 1);
    connect(m_summary, &EntitySummaryView::entityRequested, this, &ConfigTreeView::showEntity);
    connect(m_summary, &EntitySummaryView::formRequested, this, &ConfigTreeView::formRequested);
    connect(m_summary, &EntitySummaryView::accessRequested, this, &ConfigTreeView::accessRequested);
    connect(
        m_model, &QAbstractItemModel::modelReset, this,
        [this] {
            if (!m_pendingEntity.isEmpty() && select(m_pendingEntity))
                m_pendingEntity.clear();
        },
        Qt::QueuedConnection);
    addAction(m_summary->backAction());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &ConfigTreeView::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &ConfigTreeView::applyFilter);
    connect(m_regex, &QCheckBox::toggled, this, &ConfigTreeView::applyFilter);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_restorePointer = m_tree->currentIndex().data(ConfigTreeModel::PointerRole).toString(); });
    connect(m_model, &ConfigTreeModel::filterApplied, this, &ConfigTreeView::onFilterApplied);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConfigTreeView::showDetail);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConfigTreeView::showDetail);
    showDetail();
}

void ConfigTreeView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool ConfigTreeView::select(const QString &pointer)
{
    const auto parsed = JsonPointer::parse(pointer);
    if (!parsed)
        return false;
    const QModelIndex index = m_model->indexForPointer(*parsed);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void ConfigTreeView::copyPointer()
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid())
        QGuiApplication::clipboard()->setText(index.data(ConfigTreeModel::PointerRole).toString());
}

void ConfigTreeView::copyValue()
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid()) {
        const QJsonValue value = index.data(ConfigTreeModel::JsonRole).toJsonValue();
        QGuiApplication::clipboard()->setText(QString::fromUtf8(Json::serialize(value)).trimmed());
    }
}

void ConfigTreeView::applyFilter()
{
    m_filterTimer->stop();
    // The matches are found on a worker; the model resets when they are there (onFilterApplied).
    const VoidResult result = m_model->requestFilter(m_filter->text(), m_regex->isChecked());
    if (!result)
        emit filterFailed(result.error().message);
}

void ConfigTreeView::onFilterApplied()
{
    expandMatches();
    if (!m_restorePointer.isEmpty())
        select(m_restorePointer);
}

void ConfigTreeView::expandMatches()
{
    if (m_model->filterText().isEmpty())
        return;
    int visible = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex type = m_model->index(row, 0);
        const int count = type.data(ConfigTreeModel::VisibleCountRole).toInt();
        visible += count;
        if (count > 0 && count <= ExpandTypeLimit)
            m_tree->expand(type);
    }
    if (visible > ExpandAllLimit)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex type = m_model->index(row, 0);
        for (int entity = 0; entity < m_model->rowCount(type); ++entity)
            expandToMatches(m_model->index(entity, 0, type));
    }
}

// Opens the way down to the matches below `index`; a match itself stays closed (everything below it shows).
void ConfigTreeView::expandToMatches(const QModelIndex &index)
{
    if (index.data(ConfigTreeModel::MatchedRole).toBool() || !m_model->hasChildren(index))
        return;
    m_tree->expand(index);
    for (int row = 0; row < m_model->rowCount(index); ++row)
        expandToMatches(m_model->index(row, 0, index));
}

void ConfigTreeView::selectWhenShown(const QString &pointer)
{
    m_pendingEntity.clear();
    if (!select(pointer))
        m_pendingEntity = pointer;
}

void ConfigTreeView::showEntity(const QString &pointer)
{
    m_pendingEntity.clear();
    if (select(pointer) || m_filter->text().isEmpty())
        return;
    // A link may point at an entity the filter hides: clear the filter rather than go nowhere. The tree may show
    // everything only after a later model reset, so the entity is selected again then (see the constructor).
    m_pendingEntity = pointer;
    m_filter->clear();
    applyFilter();
    if (select(pointer))
        m_pendingEntity.clear();
}

void ConfigTreeView::showDetail()
{
    const QModelIndex index = m_tree->currentIndex();
    m_summary->showIndex(index);
    if (!index.isValid()) {
        m_detailTitle->setText(tr("Select a node to see it as JSON."));
        m_detail->clear();
        return;
    }
    const QString pointer = index.data(ConfigTreeModel::PointerRole).toString();
    const QString reason = index.data(ConfigTreeModel::UnavailableReasonRole).toString();
    m_detailTitle->setText(QStringLiteral("<b>%1</b>").arg(pointer.toHtmlEscaped()));
    if (!reason.isEmpty()) {
        m_detail->setPlainText(tr("This type is not available: %1").arg(reason));
        return;
    }
    // Qt writes empty containers over two lines; a raw newline never occurs inside a JSON string, so this is safe.
    static const QRegularExpression emptyArray(QStringLiteral("\\[\n\\s*\\]"));
    static const QRegularExpression emptyObject(QStringLiteral("\\{\n\\s*\\}"));
    QString text = QString::fromUtf8(Json::serialize(index.data(ConfigTreeModel::JsonRole).toJsonValue()));
    text.replace(emptyArray, QStringLiteral("[]")).replace(emptyObject, QStringLiteral("{}"));
    m_detail->setPlainText(text);
}

// The five types the forms edit; a form opens on one of their type or entity nodes.
void ConfigTreeView::createFormActions()
{
    const auto formPointer = [this](bool entityOnly) -> QString {
        const QModelIndex index = m_tree->currentIndex();
        const auto kind = index.data(ConfigTreeModel::NodeKindRole).value<ConfigTreeModel::NodeKind>();
        if (!index.isValid() || !EntityEdits::types().contains(index.data(ConfigTreeModel::ConfigTypeRole).toString())
            || kind == ConfigTreeModel::NodeKind::Member || (entityOnly && kind != ConfigTreeModel::NodeKind::Entity))
            return {};
        return index.data(ConfigTreeModel::PointerRole).toString();
    };
    auto *separator = new QAction(m_tree);
    separator->setSeparator(true);
    m_tree->addAction(separator);
    const struct
    {
        const char *kind;
        QString text;
        bool entityOnly;
    } entries[] = {
        {"new", tr("New\u2026"), false},
        {"edit", tr("Edit\u2026"), true},
        {"duplicate", tr("Duplicate\u2026"), true},
        {"rename", tr("Rename\u2026"), true},
        {"delete", tr("Delete\u2026"), true},
    };
    QList<std::pair<QAction *, bool>> actions;
    for (const auto &entry : entries) {
        const QString kind = QString::fromLatin1(entry.kind);
        auto *action = new QAction(entry.text, m_tree);
        action->setObjectName(u"actionForm_"_s + kind);
        connect(action, &QAction::triggered, this, [this, kind, formPointer, entityOnly = entry.entityOnly] {
            if (const QString pointer = formPointer(entityOnly); !pointer.isEmpty())
                emit formRequested(kind, pointer);
        });
        m_tree->addAction(action);
        actions.append({action, entry.entityOnly});
    }
    const auto update = [this, actions, formPointer] {
        for (const auto &[action, entityOnly] : actions)
            action->setEnabled(!formPointer(entityOnly).isEmpty());
        // "New role…", "New tenant…": the type at hand.
        static const QHash<QString, QString> nouns {{u"roles"_s, tr("New role\u2026")},
                                                    {u"rolesmapping"_s, tr("New role mapping\u2026")},
                                                    {u"internalusers"_s, tr("New internal user\u2026")},
                                                    {u"actiongroups"_s, tr("New action group\u2026")},
                                                    {u"tenants"_s, tr("New tenant\u2026")}};
        const QString type = m_tree->currentIndex().data(ConfigTreeModel::ConfigTypeRole).toString();
        actions.first().first->setText(nouns.value(type, tr("New\u2026")));
    };
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, update);
    connect(m_model, &QAbstractItemModel::modelReset, this, update);
    update();
    // A double-click on an entity opens its form (on other nodes it expands or collapses, as always).
    connect(m_tree, &QTreeView::doubleClicked, this, [this, formPointer] {
        if (const QString pointer = formPointer(true); !pointer.isEmpty())
            emit formRequested(u"edit"_s, pointer);
    });
}

// Access questions on users, roles and mappings (their entities and the nodes below them), and their effective
// permissions.
void ConfigTreeView::createAccessActions()
{
    const auto accessPointer = [this](bool whoCan) -> QString {
        const QModelIndex index = m_tree->currentIndex();
        if (!index.isValid()
            || index.data(ConfigTreeModel::NodeKindRole).value<ConfigTreeModel::NodeKind>()
                   == ConfigTreeModel::NodeKind::Type)
            return {};
        const QString type = index.data(ConfigTreeModel::ConfigTypeRole).toString();
        const bool fits =
            whoCan ? type == u"roles" : type == u"internalusers" || type == u"roles" || type == u"rolesmapping";
        return fits ? index.data(ConfigTreeModel::PointerRole).toString() : QString();
    };
    auto *separator = new QAction(m_tree);
    separator->setSeparator(true);
    m_tree->addAction(separator);
    auto *explain = new QAction(tr("Explain access\u2026"), m_tree);
    explain->setObjectName(u"actionTreeExplainAccess"_s);
    connect(explain, &QAction::triggered, this, [this, accessPointer] {
        if (const QString pointer = accessPointer(false); !pointer.isEmpty())
            emit accessRequested(u"explain"_s, pointer);
    });
    auto *whoCan = new QAction(tr("Who can access\u2026"), m_tree);
    whoCan->setObjectName(u"actionTreeWhoCanAccess"_s);
    connect(whoCan, &QAction::triggered, this, [this, accessPointer] {
        if (const QString pointer = accessPointer(true); !pointer.isEmpty())
            emit accessRequested(u"who-can"_s, pointer);
    });
    auto *effective = new QAction(tr("Effective permissions\u2026"), m_tree);
    effective->setObjectName(u"actionTreeEffectivePermissions"_s);
    connect(effective, &QAction::triggered, this, [this, accessPointer] {
        if (const QString pointer = accessPointer(false); !pointer.isEmpty())
            emit accessRequested(u"effective"_s, pointer);
    });
    m_tree->addActions({explain, whoCan, effective});
    const auto update = [explain, whoCan, effective, accessPointer] {
        explain->setEnabled(!accessPointer(false).isEmpty());
        effective->setEnabled(explain->isEnabled());
        whoCan->setEnabled(!accessPointer(true).isEmpty());
    };
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, update);
    connect(m_model, &QAbstractItemModel::modelReset, this, update);
    update();
}

void ConfigTreeView::createPatchActions()
{
    // Context-menu entries that start a patch operation on the node; the patch editor builds the operation.
    auto *separator = new QAction(m_tree);
    separator->setSeparator(true);
    m_tree->addAction(separator);
    const struct
    {
        const char *kind;
        QString text;
    } entries[] = {
        {"add-member", tr("Patch: add member\u2026")},
        {"replace", tr("Patch: replace value")},
        {"remove", tr("Patch: remove")},
        {"append", tr("Patch: append to array")},
        {"copy", tr("Patch: copy to\u2026")},
        {"move", tr("Patch: move to\u2026")},
        {"test", tr("Patch: test value")},
    };
    QList<QAction *> patchActions;
    for (const auto &entry : entries) {
        const QString kind = QString::fromLatin1(entry.kind);
        auto *action = new QAction(entry.text, m_tree);
        action->setObjectName(QStringLiteral("actionPatch_") + kind);
        connect(action, &QAction::triggered, this, [this, kind] {
            const QModelIndex index = m_tree->currentIndex();
            if (index.isValid())
                emit operationRequested(kind, index.data(ConfigTreeModel::PointerRole).toString(),
                                        index.data(ConfigTreeModel::JsonRole).toJsonValue());
        });
        m_tree->addAction(action);
        patchActions.append(action);
    }
    // Only what applies to the current node: members to objects, appends to arrays, no removal of a whole type.
    const auto update = [this, patchActions] {
        const QModelIndex index = m_tree->currentIndex();
        const QJsonValue value = index.data(ConfigTreeModel::JsonRole).toJsonValue();
        const bool typeLevel = index.data(ConfigTreeModel::NodeKindRole).value<ConfigTreeModel::NodeKind>()
                               == ConfigTreeModel::NodeKind::Type;
        for (QAction *action : patchActions) {
            const QString kind = action->objectName().mid(12);
            bool enabled = index.isValid();
            if (kind == u"add-member")
                enabled = enabled && value.isObject();
            else if (kind == u"append")
                enabled = enabled && value.isArray();
            else if (kind != u"replace" && kind != u"test")
                enabled = enabled && !typeLevel;
            action->setEnabled(enabled);
        }
    };
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, update);
    connect(m_model, &QAbstractItemModel::modelReset, this, update);
    update();
}
