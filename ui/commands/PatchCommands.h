#pragma once

// PatchCommands: the undoable edits of the patch being built in the patch editor. Thin: each redo() is one edit of
// the PatchModel and undo() its exact reverse. GUI thread.

#include <QUndoCommand>

#include "app/json/JsonPatch.h"

class PatchModel;

class InsertOperationsCommand : public QUndoCommand
{
public:
    InsertOperationsCommand(PatchModel *model, int row, QList<PatchOperation> operations, const QString &text);
    void redo() override;
    void undo() override;

private:
    PatchModel *m_model;
    int m_row;
    QList<PatchOperation> m_operations;
};

class RemoveOperationsCommand : public QUndoCommand
{
public:
    RemoveOperationsCommand(PatchModel *model, int row, int count);
    void redo() override;
    void undo() override;

private:
    PatchModel *m_model;
    int m_row;
    int m_count;
    QList<PatchOperation> m_removed;
};

class EditOperationCommand : public QUndoCommand
{
public:
    EditOperationCommand(PatchModel *model, int row, PatchOperation operation);
    void redo() override;
    void undo() override;

private:
    PatchModel *m_model;
    int m_row;
    PatchOperation m_operation;
    PatchOperation m_old;
};

class MoveOperationCommand : public QUndoCommand
{
public:
    MoveOperationCommand(PatchModel *model, int from, int to);
    void redo() override;
    void undo() override;

private:
    PatchModel *m_model;
    int m_from;
    int m_to;
};

// Replaces the whole patch (raw text applied, a file opened, a fix applied); keeps each side's raw text.
class ReplaceOperationsCommand : public QUndoCommand
{
public:
    ReplaceOperationsCommand(PatchModel *model, QList<PatchOperation> operations, QString rawText, const QString &text);
    void redo() override;
    void undo() override;

private:
    PatchModel *m_model;
    QList<PatchOperation> m_operations;
    QString m_rawText;
    QList<PatchOperation> m_oldOperations;
    QString m_oldRawText;
};
