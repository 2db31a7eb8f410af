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

#include "app/json/Json.h"
#include "app/models/ConfigTreeModel.h"
#include "ui/views/configtree/ConfigTreeDelegate.h"
#include "ui/widgets/JsonHighlighter.h"

namespace {

// Below this many visible entities a filter result is expanded all the way down to its matches.
constexpr int ExpandAllLimit = 40;

} // namespace

ConfigTreeView::ConfigTreeView(ConfigTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regular expression"), this))
    , m_tree(new QTreeView(this))
    , m_detailTitle(new QLabel(this))
    , m_detail(new QPlainTextEdit(this))
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
    m_tree->addActions({copyPointerAction, copyValueAction});

    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(QStringLiteral("jsonDetail"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new JsonHighlighter(m_detail->document());

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
    rightLayout->addWidget(m_detail, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filterTimer, &QTimer::timeout, this, &ConfigTreeView::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &ConfigTreeView::applyFilter);
    connect(m_regex, &QCheckBox::toggled, this, &ConfigTreeView::applyFilter);
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
    const QString pointer = m_tree->currentIndex().data(ConfigTreeModel::PointerRole).toString();
    const VoidResult result = m_model->setFilter(m_filter->text(), m_regex->isChecked());
    if (!result) {
        emit filterFailed(result.error().message);
        return;
    }
    expandMatches();
    if (!pointer.isEmpty())
        select(pointer);
}

void ConfigTreeView::expandMatches()
{
    if (m_model->filterText().isEmpty())
        return;
    int visible = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex type = m_model->index(row, 0);
        visible += m_model->rowCount(type);
        if (m_model->rowCount(type) > 0)
            m_tree->expand(type);
    }
    if (visible <= ExpandAllLimit)
        m_tree->expandAll();
}

void ConfigTreeView::showDetail()
{
    const QModelIndex index = m_tree->currentIndex();
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
