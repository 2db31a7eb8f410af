#include "ui/views/patcheditor/PatchEditorView.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "app/common/WorkerPool.h"
#include "app/domain/PatchPreview.h"
#include "app/domain/WriteSecrets.h"
#include "app/json/Json.h"
#include "app/models/PatchModel.h"
#include "app/store/PatchDraftStore.h"
#include "app/write/ChangePlan.h"
#include "app/write/WriteReport.h"
#include "ui/commands/PatchCommands.h"
#include "ui/views/patcheditor/PatchOperationForm.h"
#include "ui/views/problems/LintDeltaTree.h"
#include "ui/views/problems/LintStyle.h"
#include "ui/widgets/JsonHighlighter.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/diff/DiffColours.h"
#include "ui/widgets/diff/DiffTreeView.h"
#include "ui/widgets/diff/SideBySideDiffView.h"

namespace {

enum Page { OperationsPage, RawPage };

// Marks invalid operations (red, with the reason) and warnings (an icon by level); reads only the model's roles.
class OperationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto level = PatchWarning::Level(index.data(PatchModel::WarningLevelRole).toInt());
        QStyle *style = option->widget ? option->widget->style() : nullptr;
        const auto icon = [&](QStyle::StandardPixmap pixmap) {
            if (!style)
                return;
            option->icon = style->standardIcon(pixmap);
            option->features |= QStyleOptionViewItem::HasDecoration;
        };
        if (!index.data(PatchModel::ValidRole).toBool()) {
            option->text = PatchEditorView::tr("%1 \u2014 invalid: %2")
                               .arg(option->text, index.data(PatchModel::ReasonRole).toString());
            option->palette.setColor(QPalette::Text, DiffColours::text(option->palette, DiffColours::Tone::Removed));
            icon(QStyle::SP_MessageBoxCritical);
        } else if (level == PatchWarning::Level::Danger) {
            icon(QStyle::SP_MessageBoxCritical);
        } else if (level == PatchWarning::Level::Warning) {
            icon(QStyle::SP_MessageBoxWarning);
        } else if (level == PatchWarning::Level::Notice) {
            icon(QStyle::SP_MessageBoxInformation);
        }
    }
};

QString resultText(const PatchPreview &preview)
{
    // The changed entities as they are after the patch, as one JSON object by type.
    QJsonObject result;
    for (const DiffSection &section : preview.sections) {
        if (!section.right)
            continue;
        if (section.entity.isEmpty()) {
            result.insert(section.configType, *section.right);
            continue;
        }
        QJsonObject type = result.value(section.configType).toObject();
        type.insert(section.entity, *section.right);
        result.insert(section.configType, type);
    }
    return JsonLineDiff::prettyLines(result).join(u'\n');
}

} // namespace

PatchEditorView::PatchEditorView(PatchDraftStore *drafts, QWidget *parent)
    : QWidget(parent)
    , m_drafts(drafts)
    , m_model(new PatchModel(this))
    , m_undo(new QUndoStack(this))
    , m_messageBar(new MessageBar(this))
    , m_lockoutBar(new MessageBar(this))
    , m_pages(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_form(new PatchOperationForm(this))
    , m_rowWarnings(new QLabel(this))
    , m_appendFix(new QPushButton(tr("Append instead"), this))
    , m_raw(new QPlainTextEdit(this))
    , m_rawStatus(new QLabel(this))
    , m_previewTabs(new QTabWidget(this))
    , m_diffTree(new DiffTreeView(this))
    , m_sideBySide(new SideBySideDiffView(this))
    , m_resultText(new QPlainTextEdit(this))
    , m_problemsTab(new QWidget(this))
    , m_problemsSummary(new QLabel(m_problemsTab))
    , m_problems(new LintDeltaTree(m_problemsTab))
    , m_lintLine(new QLabel(this))
    , m_send(new QPushButton(tr("Send\u2026"), this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("patchEditor"));
    m_messageBar->setObjectName(QStringLiteral("patchMessageBar"));
    m_messageBar->hide();
    m_lockoutBar->setObjectName(QStringLiteral("lockoutBar"));
    m_lockoutBar->hide();
    m_pages->addWidget(createOperationsPage());

    m_raw->setObjectName(QStringLiteral("rawPatchEdit"));
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(m_raw->document());
    m_rawStatus->setObjectName(QStringLiteral("rawStatus"));
    m_rawStatus->setWordWrap(true);
    auto *rawPage = new QWidget(this);
    auto *rawLayout = new QVBoxLayout(rawPage);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(m_raw, 1);
    rawLayout->addWidget(m_rawStatus);
    m_pages->addWidget(rawPage);

    m_send->setObjectName(QStringLiteral("sendPatchButton"));
    m_send->setToolTip(tr("Send the patch to the cluster, after a final check"));
    connect(m_send, &QPushButton::clicked, this, &PatchEditorView::send);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("patchToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setAccessibleName(tr("Patch actions"));
    m_list->setAccessibleName(tr("Patch operations"));
    m_raw->setAccessibleName(tr("Patch as JSON text"));
    m_send->setAccessibleDescription(m_send->toolTip());
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_pages);
    splitter->addWidget(createPreview());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_lintLine->setObjectName(QStringLiteral("patchLintLine"));
    m_lintLine->setTextFormat(Qt::PlainText);
    m_lintLine->setAccessibleName(tr("Problems the patch introduces"));
    m_lintLine->hide();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_lintLine, 1);
    bottom->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(toolBar);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_lockoutBar);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    createActions();
    toolBar->addActions(m_toolBarActions);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(100);
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        m_previews.run(
            [before = m_model->baseDocument(), after = m_model->result(), operations = m_model->operations()](
                const CancelToken &) { return PatchPreviewBuilder::build(before, after, operations); },
            [this](const PatchPreview &preview) { showPreview(preview); });
        relint();
    });
    connect(m_model, &PatchModel::patchChanged, this, &PatchEditorView::onPatchChanged);
    connect(m_model, &PatchModel::validated, this, &PatchEditorView::updateState);
    connect(m_model, &PatchModel::validated, this, &PatchEditorView::schedulePreview);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) { setCurrentRow(first); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PatchEditorView::loadCurrentIntoForm);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { setCurrentRow(m_model->rowCount() - 1); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PatchEditorView::loadCurrentIntoForm);
    connect(m_raw, &QPlainTextEdit::textChanged, this, [this] {
        if (!isRawMode())
            return;
        const auto parsed = PatchModel::parseText(m_raw->toPlainText());
        m_rawStatus->setText(parsed ? tr("%n operation(s).", nullptr, int(parsed->size())) : parsed.error().message());
        if (m_drafts && !m_restoring)
            m_drafts->scheduleSave(m_raw->toPlainText());
    });
    updateState();
}

PatchEditorView::~PatchEditorView()
{
    if (m_drafts)
        m_drafts->flush();
}

QWidget *PatchEditorView::createOperationsPage()
{
    m_list->setObjectName(QStringLiteral("operationsList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new OperationDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_rowWarnings->setObjectName(QStringLiteral("operationWarnings"));
    m_rowWarnings->setWordWrap(true);
    m_rowWarnings->setTextFormat(Qt::PlainText);
    m_appendFix->setObjectName(QStringLiteral("appendFixButton"));
    m_appendFix->setToolTip(tr("Replace this operation by appends of the new elements at \"/-\""));
    connect(m_appendFix, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        QList<PatchOperation> operations = m_model->operations();
        const QList<PatchOperation> fix = m_model->appendFix(row);
        operations.remove(row);
        for (qsizetype i = 0; i < fix.size(); ++i)
            operations.insert(row + i, fix.at(i));
        m_undo->push(new ReplaceOperationsCommand(m_model, operations, QString(), tr("Append instead of replace")));
        setCurrentRow(row);
    });
    connect(m_form, &PatchOperationForm::addRequested, this,
            [this](const PatchOperation &operation) { addOperations({operation}, tr("Add operation")); });
    connect(m_form, &PatchOperationForm::applyRequested, this, [this](const PatchOperation &operation) {
        const int row = currentRow();
        if (row >= 0 && !(operation == m_model->operation(row)))
            m_undo->push(new EditOperationCommand(m_model, row, operation));
    });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_form, 1);
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(m_rowWarnings, 1);
    warningRow->addWidget(m_appendFix);
    rightLayout->addLayout(warningRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

QWidget *PatchEditorView::createPreview()
{
    m_previewTabs->setObjectName(QStringLiteral("previewTabs"));
    m_resultText->setObjectName(QStringLiteral("resultText"));
    m_resultText->setReadOnly(true);
    m_resultText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_resultText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new JsonHighlighter(m_resultText->document());
    m_sideBySide->setTitles(tr("Current configuration"), tr("After the patch"));
    m_previewTabs->addTab(m_diffTree, tr("Changed paths"));
    m_previewTabs->addTab(m_sideBySide, tr("Side by side"));
    m_previewTabs->addTab(m_resultText, tr("Resulting entities"));
    m_problemsSummary->setObjectName(QStringLiteral("patchLintSummary"));
    m_problemsSummary->setWordWrap(true);
    m_problemsSummary->setTextFormat(Qt::PlainText);
    m_problemsSummary->setAccessibleName(tr("Problems the patch introduces or resolves"));
    m_problems->setObjectName(QStringLiteral("patchFindings"));
    auto *problemsLayout = new QVBoxLayout(m_problemsTab);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_problemsSummary);
    problemsLayout->addWidget(m_problems, 1);
    m_previewTabs->addTab(m_problemsTab, tr("Problems"));
    m_previewTabs->setTabVisible(m_previewTabs->indexOf(m_problemsTab), false);
    m_previewTabs->tabBar()->setAccessibleName(tr("Preview"));
    m_resultText->setAccessibleName(tr("Resulting entities"));
    connect(m_diffTree, &DiffTreeView::filterChanged, m_sideBySide, &SideBySideDiffView::setFilter);
    connect(m_diffTree, &DiffTreeView::entitySelected, this,
            [this](const QString &type, const QString &entity) { m_sideBySide->scrollToEntity(type, entity); });
    return m_previewTabs;
}

void PatchEditorView::createActions()
{
    const auto action = [this](const QString &text, const QString &name, const QKeySequence &shortcut, auto slot) {
        auto *result = new QAction(text, this);
        result->setObjectName(name);
        result->setShortcut(shortcut);
        result->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(result, &QAction::triggered, this, slot);
        addAction(result);
        m_toolBarActions.append(result);
        return result;
    };
    action(tr("Add"), QStringLiteral("actionAddOperation"), QKeySequence(Qt::CTRL | Qt::Key_Return), [this] {
        if (const auto operation = m_form->operation())
            addOperations({*operation}, tr("Add operation"));
        else
            m_form->focusField(QStringLiteral("path"));
    });
    // Delete and the moves act on the list only, so that they never steal keys from the text fields.
    QAction *remove = action(tr("Delete"), QStringLiteral("actionDeleteOperation"), QKeySequence::Delete,
                             [this] { deleteCurrent(); });
    QAction *up = action(tr("Up"), QStringLiteral("actionMoveUp"), QKeySequence(Qt::ALT | Qt::Key_Up),
                         [this] { moveCurrent(-1); });
    QAction *down = action(tr("Down"), QStringLiteral("actionMoveDown"), QKeySequence(Qt::ALT | Qt::Key_Down),
                           [this] { moveCurrent(1); });
    for (QAction *listAction : {remove, up, down}) {
        removeAction(listAction);
        m_list->addAction(listAction);
        listAction->setShortcutContext(Qt::WidgetShortcut);
    }
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("actionUndoPatch"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("actionRedoPatch"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    for (QAction *undoAction : {undo, redo}) {
        undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(undoAction);
        m_toolBarActions.append(undoAction);
    }
    action(tr("Open\u2026"), QStringLiteral("actionOpenPatch"), QKeySequence::Open, [this] { chooseOpenFile(); });
    action(tr("Save\u2026"), QStringLiteral("actionSavePatch"), QKeySequence::Save, [this] { chooseSaveFile(); });
    m_rawAction = action(tr("Raw JSON"), QStringLiteral("actionRawJson"), QKeySequence(Qt::CTRL | Qt::Key_J),
                         [this](bool checked) { setRawMode(checked); });
    m_rawAction->setCheckable(true);
}

int PatchEditorView::currentRow() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void PatchEditorView::setCurrentRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_list->setCurrentIndex(m_model->index(row));
    else
        loadCurrentIntoForm();
}

void PatchEditorView::setConfiguration(const QJsonObject &document, const GuardContext &context)
{
    m_model->setGuardContext(context);
    m_model->setBaseDocument(document);
    loadCurrentIntoForm();
}

void PatchEditorView::setLintContext(std::function<std::optional<LintContext>()> provider)
{
    m_lintContext = std::move(provider);
    relint();
}

// The findings the draft introduces and resolves, against the configuration it applies to, on a worker: the live
// configuration's baseline (shared with the Problems dock and the write confirmation) makes each draft cost little.
void PatchEditorView::relint()
{
    const std::optional<LintContext> context = m_lintContext ? m_lintContext() : std::nullopt;
    if (!context || m_model->rowCount() == 0 || m_model->baseDocument().isEmpty()) {
        m_lint.cancel();
        showLint(std::nullopt);
        return;
    }
    m_previewTabs->setTabVisible(m_previewTabs->indexOf(m_problemsTab), true);
    if (m_model->invalidCount() > 0 || m_model->isValidating()) {
        m_lint.cancel();
        m_problems->setDelta({});
        m_problemsSummary->setText(m_model->isValidating()
                                       ? tr("The patch is being checked; its problems follow.")
                                       : tr("Problems are looked for once every operation applies."));
        m_lintLine->hide();
        return;
    }
    m_problemsSummary->setText(tr("Checking the patch for configuration problems\u2026"));
    m_lint.run(
        [before = m_model->baseDocument(), after = m_model->result(), context = *context](const CancelToken &) {
            return std::optional<LintDelta>(Lint::baseline(before, context)->change(after));
        },
        [this](const std::optional<LintDelta> &delta) { showLint(delta); });
}

void PatchEditorView::showLint(const std::optional<LintDelta> &delta)
{
    const int tab = m_previewTabs->indexOf(m_problemsTab);
    if (!delta) {
        m_previewTabs->setTabVisible(tab, false);
        m_previewTabs->setTabText(tab, tr("Problems"));
        m_problems->setDelta({});
        m_lintLine->hide();
        return;
    }
    m_problems->setDelta(*delta);
    m_problemsSummary->setText(LintDeltaTree::summary(*delta));
    m_previewTabs->setTabText(tab, LintDeltaTree::tabTitle(*delta));
    // New problems are named beside Send, in the most severe one's colour; none: nothing to say there.
    if (delta->introduced.isEmpty()) {
        m_lintLine->hide();
        return;
    }
    QPalette palette = m_lintLine->palette();
    palette.setColor(QPalette::WindowText, LintStyle::text(palette, *Lint::highest(delta->introduced)));
    m_lintLine->setPalette(palette);
    m_lintLine->setText(LintDeltaTree::summary(LintDelta {delta->introduced, {}}));
    m_lintLine->show();
}

void PatchEditorView::restoreDraft(const QString &name)
{
    if (!m_drafts)
        return;
    m_drafts->setDraftName(name);
    const auto text = m_drafts->load();
    if (!text) {
        m_messageBar->showMessage(MessageBar::Kind::Error, text.error().toString());
        return;
    }
    m_restoring = true;
    m_undo->clear();
    setRawMode(false);
    const auto parsed = PatchModel::parseText(*text);
    if (parsed) {
        m_model->setOperations(*parsed, *text);
        QStringList secrets;
        for (int row = 0; row < parsed->size(); ++row) {
            if (WriteSecrets::placeholderSecret(parsed->at(row)))
                secrets << QString::number(row + 1);
        }
        if (!secrets.isEmpty())
            m_messageBar->showMessage(
                MessageBar::Kind::Error,
                tr("Restored the unsent patch draft (%n operation(s)). Drafts never keep passwords or hashes: type "
                   "them again in operation(s) %1.",
                   nullptr, int(parsed->size()))
                    .arg(secrets.join(QStringLiteral(", "))));
        else if (!parsed->isEmpty())
            m_messageBar->showMessage(
                MessageBar::Kind::Information,
                tr("Restored the unsent patch draft (%n operation(s)).", nullptr, int(parsed->size())));
    } else {
        m_model->setOperations({});
        m_rawAction->setChecked(true);
        m_raw->setPlainText(*text);
        m_pages->setCurrentIndex(RawPage);
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The restored draft is not a valid patch: %1").arg(parsed.error().message()));
    }
    m_restoring = false;
    updateState();
}

void PatchEditorView::requestOperation(const QString &kind, const QString &pointer, const QJsonValue &value)
{
    const auto path = JsonPointer::parse(pointer);
    if (!path || (isRawMode() && !setRawMode(false)))
        return;
    const QString last = path->isRoot() ? QString() : path->last();
    PatchOperation operation;
    QString focus = QStringLiteral("value");
    if (kind == u"replace") {
        operation = PatchOperation::replace(*path, value);
    } else if (kind == u"remove") {
        operation = PatchOperation::remove(*path);
        focus = QStringLiteral("path");
    } else if (kind == u"test") {
        operation = PatchOperation::test(*path, value);
    } else if (kind == u"add-member") {
        operation = PatchOperation::add(path->child(QStringLiteral("new_member")), QJsonValue(QString()));
        focus = QStringLiteral("path");
    } else if (kind == u"append") {
        const QJsonArray array = value.toArray();
        const bool strings = array.isEmpty() || array.first().isString();
        operation =
            PatchOperation::add(path->child(QStringLiteral("-")), strings ? QJsonValue(QString()) : QJsonValue());
    } else if (kind == u"copy" || kind == u"move") {
        const JsonPointer target =
            path->parent().child(last + (kind == u"copy" ? QStringLiteral("_copy") : QStringLiteral("_renamed")));
        operation = kind == u"copy" ? PatchOperation::copy(*path, target) : PatchOperation::move(*path, target);
        focus = QStringLiteral("path");
    } else {
        return;
    }
    addOperations({operation}, tr("Add %1").arg(operation.summary()));
    m_form->focusField(focus);
}

void PatchEditorView::addOperations(const QList<PatchOperation> &operations, const QString &text)
{
    const int row = currentRow() < 0 ? m_model->rowCount() : currentRow() + 1;
    m_undo->push(new InsertOperationsCommand(m_model, row, operations, text));
}

void PatchEditorView::deleteCurrent()
{
    const int row = currentRow();
    if (row >= 0)
        m_undo->push(new RemoveOperationsCommand(m_model, row, 1));
    setCurrentRow(std::min(row, m_model->rowCount() - 1));
}

void PatchEditorView::moveCurrent(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    m_undo->push(new MoveOperationCommand(m_model, row, to));
    setCurrentRow(to);
}

void PatchEditorView::loadCurrentIntoForm()
{
    const int row = currentRow();
    m_form->setCanApply(row >= 0);
    if (row < 0) {
        m_form->setDocument(m_model->result());
        m_rowWarnings->clear();
        m_appendFix->hide();
        return;
    }
    const PatchOperation &operation = m_model->operation(row);
    const auto typed = m_form->operation();
    if (!typed || !(*typed == operation))
        m_form->setOperation(operation);
    m_form->setDocument(m_model->documentBefore(row));
    QStringList lines;
    if (!m_model->isValid(row))
        lines << tr("Invalid here: %1").arg(m_model->reason(row));
    for (const PatchWarning &warning : m_model->warnings(row))
        lines << warning.text;
    m_rowWarnings->setText(lines.join(u'\n'));
    m_appendFix->setVisible(m_model->index(row).data(PatchModel::HasAppendFixRole).toBool());
}

void PatchEditorView::updateState()
{
    const int count = m_model->rowCount();
    const int invalid = m_model->invalidCount();
    // While a large configuration's validation runs, Send stays on: it waits for the result and then decides.
    m_send->setEnabled(count > 0 && (invalid == 0 || m_model->isValidating()) && !isRawMode());
    m_send->setToolTip(m_model->isValidating() ? tr("The patch is being checked; Send waits for the result")
                       : invalid > 0 ? tr("%n operation(s) cannot be applied; fix them first.", nullptr, invalid)
                                     : tr("Send the patch to the cluster, after a final check"));
    QStringList danger;
    for (const PatchWarning &warning : m_model->patchWarnings()) {
        if (warning.level == PatchWarning::Level::Danger)
            danger << warning.text;
    }
    if (danger.isEmpty())
        m_lockoutBar->hide();
    else
        m_lockoutBar->showMessage(MessageBar::Kind::Error, danger.join(u'\n'));
    loadCurrentIntoForm();
}

void PatchEditorView::schedulePreview()
{
    m_previewTimer->start();
}

void PatchEditorView::showPreview(const PatchPreview &preview)
{
    m_diffTree->setChanges(preview.changes);
    m_sideBySide->setSections(preview.sections);
    m_resultText->setPlainText(preview.sections.isEmpty() ? QString() : resultText(preview));
}

void PatchEditorView::onPatchChanged()
{
    if (!m_drafts || m_restoring)
        return;
    if (m_model->rowCount() == 0)
        m_drafts->discard();
    else
        m_drafts->scheduleSave(m_model->rawText());
}

bool PatchEditorView::isRawMode() const
{
    return m_pages->currentIndex() == RawPage;
}

bool PatchEditorView::setRawMode(bool raw)
{
    const QSignalBlocker blocker(m_rawAction);
    if (raw == isRawMode()) {
        m_rawAction->setChecked(raw);
        return true;
    }
    if (raw) {
        m_raw->setPlainText(m_model->rawText());
        m_pages->setCurrentIndex(RawPage);
        m_rawAction->setChecked(true);
        m_raw->setFocus();
        updateState();
        return true;
    }
    const QString text = m_raw->toPlainText();
    if (text != m_model->rawText()) {
        const auto parsed = PatchModel::parseText(text);
        if (!parsed) {
            m_rawAction->setChecked(true);
            m_messageBar->showMessage(MessageBar::Kind::Error,
                                      tr("Fix the raw JSON first: %1").arg(parsed.error().message()));
            return false;
        }
        m_undo->push(new ReplaceOperationsCommand(m_model, *parsed, text, tr("Edit the raw JSON")));
    }
    m_pages->setCurrentIndex(OperationsPage);
    m_rawAction->setChecked(false);
    updateState();
    return true;
}

VoidResult PatchEditorView::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const Error error {QStringLiteral("io.read"), tr("Cannot open %1").arg(path), file.errorString()};
        m_messageBar->showMessage(MessageBar::Kind::Error, error.toString());
        return error;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const auto parsed = PatchModel::parseText(text);
    if (!parsed) {
        const Error error {QStringLiteral("patch"), tr("%1 is not a JSON patch").arg(path), parsed.error().message()};
        m_messageBar->showMessage(MessageBar::Kind::Error, error.toString());
        return error;
    }
    if (isRawMode())
        setRawMode(false);
    m_undo->push(new ReplaceOperationsCommand(m_model, *parsed, text, tr("Open %1").arg(QFileInfo(path).fileName())));
    m_filePath = path;
    return {};
}

VoidResult PatchEditorView::appendPatch(const QJsonArray &patch, const QString &label)
{
    const QString text = QString::fromUtf8(QJsonDocument(patch).toJson(QJsonDocument::Indented));
    const auto parsed = PatchModel::parseText(text);
    if (!parsed) {
        const Error error {QStringLiteral("patch"), tr("The fix is not a JSON patch"), parsed.error().message()};
        m_messageBar->showMessage(MessageBar::Kind::Error, error.toString());
        return error;
    }
    if (isRawMode())
        setRawMode(false);
    const int row = m_model->rowCount();
    m_undo->push(new InsertOperationsCommand(m_model, row, *parsed, label));
    setCurrentRow(row);
    return {};
}

VoidResult PatchEditorView::saveFile(const QString &path)
{
    QSaveFile file(path);
    const QString text = isRawMode() ? m_raw->toPlainText() : m_model->rawText();
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        const Error error {QStringLiteral("io.write"), tr("Cannot save %1").arg(path), file.errorString()};
        m_messageBar->showMessage(MessageBar::Kind::Error, error.toString());
        return error;
    }
    m_filePath = path;
    m_messageBar->showMessage(MessageBar::Kind::Information, tr("Saved the patch to %1.").arg(path));
    return {};
}

bool PatchEditorView::applyPendingEdit()
{
    // What the form shows is what the user believes will be sent: an edit left there is applied first, or Send
    // refuses and says which operation, so the previous version of the operation is never planned silently.
    const int row = currentRow();
    if (row < 0 || isRawMode())
        return true;
    const auto typed = m_form->operation();
    if (!typed) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Operation %1 has edits in the form that were not applied, and they are not "
                                     "valid: %2. Fix them (or select the operation again to drop them) before "
                                     "sending.")
                                      .arg(row + 1)
                                      .arg(typed.error().message));
        return false;
    }
    if (*typed == m_model->operation(row))
        return true;
    m_undo->push(new EditOperationCommand(m_model, row, *typed));
    m_messageBar->showMessage(MessageBar::Kind::Information,
                              tr("Applied your edit of operation %1 before sending.").arg(row + 1));
    return true;
}

bool PatchEditorView::send()
{
    if (isRawMode() && !setRawMode(false))
        return false;
    if (!applyPendingEdit())
        return false;
    if (m_model->rowCount() == 0)
        return false;
    if (m_model->isValidating()) {
        // The edit just made (or an earlier one) is checked on a worker: send once the result is in.
        if (!m_sendWhenValidated) {
            m_sendWhenValidated = true;
            connect(
                m_model, &PatchModel::validated, this,
                [this] {
                    if (std::exchange(m_sendWhenValidated, false))
                        send();
                },
                Qt::SingleShotConnection);
        }
        return true;
    }
    if (const int invalid = m_model->invalidCount(); invalid > 0) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("%n operation(s) cannot be applied; fix them first.", nullptr, invalid));
        return false;
    }
    // The plan is made against the document the editor shows (the session's), so a change on the server since then
    // is caught as a conflict by the fresh read before anything is written.
    const auto plan = ChangePlan::compile(m_model->patch().toJson(), m_model->baseDocument());
    if (!plan) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The patch cannot be sent: %1").arg(plan.error().message()));
        return false;
    }
    m_messageBar->hide();
    emit writeRequested({*plan, {}, this, [this](const WriteReport &report) { onWriteFinished(report); }});
    return true;
}

void PatchEditorView::onWriteFinished(const WriteReport &report)
{
    if (report.allApplied()) {
        // Sent: the editor empties as one undoable step, and its draft goes with it, so the patch is never offered
        // again to be sent twice.
        if (m_model->rowCount() > 0) {
            if (isRawMode())
                setRawMode(false);
            m_undo->push(new ReplaceOperationsCommand(m_model, {}, QString(), tr("Clear the sent patch")));
        }
        if (m_drafts)
            m_drafts->discard();
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("The patch was sent and cleared from the editor (Undo brings it back)."));
    } else if (report.wroteSomething()) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Part of this patch is on the cluster (see the write's report). It stays here so "
                                     "that you can restore or fix it: sending it again repeats the applied part."));
    }
}

void PatchEditorView::chooseOpenFile()
{
    // Asynchronous dialogs (open(), not exec()): no nested event loop.
    auto *dialog = new QFileDialog(this, tr("Open a JSON patch"), m_filePath, tr("JSON Patch (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { (void)openFile(path); });
    dialog->open();
}

void PatchEditorView::chooseSaveFile()
{
    auto *dialog = new QFileDialog(this, tr("Save the JSON patch"), m_filePath, tr("JSON Patch (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { (void)saveFile(path); });
    dialog->open();
}
