#pragma once

// PatchOperationForm: edits one operation: op, path (completed from the configuration), from, and the value as
// highlighted JSON validated as you type. Emits the operation to add or to apply to the selected row (Enter in the
// path or from field applies); it never edits the model itself. GUI thread.

#include <QWidget>

#include "app/common/Result.h"
#include "app/json/JsonPatch.h"

class PointerCompletionModel;
class QComboBox;
class QJsonObject;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

class PatchOperationForm : public QWidget
{
    Q_OBJECT

public:
    explicit PatchOperationForm(QWidget *parent = nullptr);

    // The document that paths are completed from.
    void setDocument(const QJsonObject &document);
    void setOperation(const PatchOperation &operation);
    // The operation as typed, or why it cannot be one yet.
    Result<PatchOperation> operation() const;
    // Whether "Apply" has a selected row to apply to.
    void setCanApply(bool canApply);
    void focusField(const QString &field); // "path", "from" or "value"

    QPlainTextEdit *valueEdit() const { return m_value; }
    QLineEdit *pathEdit() const { return m_path; }

signals:
    void addRequested(const PatchOperation &operation);
    void applyRequested(const PatchOperation &operation);

private:
    void updateFields();
    void validate();

    PointerCompletionModel *m_completion;
    QComboBox *m_op;
    QLineEdit *m_path;
    QLabel *m_fromLabel;
    QLineEdit *m_from;
    QLabel *m_valueLabel;
    QPlainTextEdit *m_value;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_apply;
    bool m_canApply = false;
};
