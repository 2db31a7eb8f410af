#pragma once

// ReplaceConfigDialog: edits `dynamic` of securityconfig/config as a whole, for a PUT through the safe-write
// pipeline. The text is validated as it changes by ChangePlan::replaceConfig (the one validator), the plan's
// warnings ("******" placeholders that would be stored literally, an empty `dynamic`) stay in view, and the changes
// against the loaded configuration show as a diff tree. Sending is left to whoever connects replaceRequested().
// Modeless. GUI thread.

#include <optional>

#include <QDialog>
#include <QJsonObject>

#include "app/write/ChangePlan.h"

class DiffTreeView;
class MessageBar;
class QLabel;
class QPlainTextEdit;
class QPushButton;

class ReplaceConfigDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReplaceConfigDialog(QWidget *parent = nullptr);

    // The configuration document the plan is made against; the text is kept and validated again.
    void setConfiguration(const QJsonObject &document);
    // Replaces the text with {"dynamic": ...} of the loaded configuration.
    void resetText();

    QPlainTextEdit *editor() const { return m_editor; }
    // The plan for the current text; empty when the text is invalid.
    const std::optional<ChangePlan> &plan() const { return m_plan; }

signals:
    // The user asked to send the plan (valid, with changes).
    void replaceRequested(const ChangePlan &plan);

private:
    void validate();

    QJsonObject m_document;
    std::optional<ChangePlan> m_plan;
    QPlainTextEdit *m_editor;
    MessageBar *m_status;
    MessageBar *m_warnings;
    DiffTreeView *m_diff;
    QLabel *m_diffSummary;
    QPushButton *m_reset;
    QPushButton *m_send;
};
