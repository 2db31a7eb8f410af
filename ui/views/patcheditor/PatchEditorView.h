#pragma once

// PatchEditorView: builds a JSON patch of the configuration: the list of operations (validated, with guard
// warnings), a form to edit one, the raw JSON text of the whole patch, undo/redo, patch files, an autosaved draft,
// and a live preview (changed paths, side-by-side text, resulting entities). Send applies edits left in the form
// (or refuses, naming the operation), compiles the change plan and hands it to writeRequested() (the
// WriteCoordinator); a patch that was applied is cleared from the editor and its draft. GUI thread.

#include <functional>
#include <optional>

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include "app/common/Latest.h"
#include "app/domain/PatchGuards.h"
#include "app/json/JsonPatch.h"
#include "app/lint/Lint.h"
#include "ui/views/write/WriteRequest.h"

class DiffTreeView;
class LintDeltaTree;
class MessageBar;
class PatchDraftStore;
class PatchModel;
class PatchOperationForm;
class QAction;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QUndoStack;
class SideBySideDiffView;
struct PatchPreview;

class PatchEditorView : public QWidget
{
    Q_OBJECT

public:
    // `drafts` may be null (no autosave).
    explicit PatchEditorView(PatchDraftStore *drafts, QWidget *parent = nullptr);
    ~PatchEditorView() override;

    void setConfiguration(const QJsonObject &document, const GuardContext &context);
    // What to lint the draft with (asked each time the draft changes); none, or a provider giving none: the draft is
    // not linted and the Problems tab is hidden.
    void setLintContext(std::function<std::optional<LintContext>()> provider);
    // Switches to the draft of this name (a connection) and restores it when there is one.
    void restoreDraft(const QString &name);

    // From the configuration tree: "add-member", "replace", "remove", "append", "copy", "move", "test".
    void requestOperation(const QString &kind, const QString &pointer, const QJsonValue &value);

    PatchModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    int currentRow() const;
    void setCurrentRow(int row);

    VoidResult openFile(const QString &path);
    // Appends the operations of `patch` (RFC 6902) after the last one, as one undoable step named `label`, and
    // selects the first of them (a lint fix from the Problems dock, reviewed here before Send).
    VoidResult appendPatch(const QJsonArray &patch, const QString &label);
    VoidResult saveFile(const QString &path);
    bool isRawMode() const;
    // Leaves raw mode if the text parses; false (and an error shown) when it does not.
    bool setRawMode(bool raw);

    // What Send does: false (with a message) when the patch cannot be sent as it stands.
    bool send();

signals:
    // The patch's plan, for the WriteCoordinator (it tells this view how the write ended).
    void writeRequested(const WriteRequest &request);

private:
    void createActions();
    QWidget *createOperationsPage();
    QWidget *createPreview();
    void addOperations(const QList<PatchOperation> &operations, const QString &text);
    void deleteCurrent();
    void moveCurrent(int delta);
    void loadCurrentIntoForm();
    void updateState();
    void schedulePreview();
    void showPreview(const PatchPreview &preview);
    void relint();
    void showLint(const std::optional<LintDelta> &delta);
    void onPatchChanged();
    void chooseOpenFile();
    void chooseSaveFile();
    bool applyPendingEdit();
    void onWriteFinished(const WriteReport &report);

    QPointer<PatchDraftStore> m_drafts;
    PatchModel *m_model;
    QUndoStack *m_undo;
    MessageBar *m_messageBar;
    MessageBar *m_lockoutBar;
    QStackedWidget *m_pages;
    QListView *m_list;
    PatchOperationForm *m_form;
    QLabel *m_rowWarnings;
    QPushButton *m_appendFix;
    QPlainTextEdit *m_raw;
    QLabel *m_rawStatus;
    QTabWidget *m_previewTabs;
    DiffTreeView *m_diffTree;
    SideBySideDiffView *m_sideBySide;
    QPlainTextEdit *m_resultText;
    QWidget *m_problemsTab;
    QLabel *m_problemsSummary;
    LintDeltaTree *m_problems;
    QLabel *m_lintLine; // the problems' summary beside Send
    std::function<std::optional<LintContext>()> m_lintContext;
    Latest m_lint {this}; // the newest draft's findings win
    QPushButton *m_send;
    QAction *m_rawAction = nullptr;
    QList<QAction *> m_toolBarActions;
    QTimer *m_previewTimer;
    Latest m_previews {this}; // the newest preview wins
    QString m_filePath;
    bool m_restoring = false;
    bool m_sendWhenValidated = false; // Send was pressed while the patch was being checked
};
