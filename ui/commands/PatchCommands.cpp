#include "ui/commands/PatchCommands.h"

#include <QCoreApplication>

#include "app/models/PatchModel.h"

InsertOperationsCommand::InsertOperationsCommand(PatchModel *model, int row, QList<PatchOperation> operations,
                                                 const QString &text)
    : QUndoCommand(text), m_model(model), m_row(row), m_operations(std::move(operations))
{ }

void InsertOperationsCommand::redo()
{
    m_model->insertOperations(m_row, m_operations);
}

void InsertOperationsCommand::undo()
{
    m_model->removeOperations(m_row, int(m_operations.size()));
}

RemoveOperationsCommand::RemoveOperationsCommand(PatchModel *model, int row, int count)
    : QUndoCommand(QCoreApplication::translate("PatchCommands", "Delete %n operation(s)", nullptr, count))
    , m_model(model)
    , m_row(row)
    , m_count(count)
{ }

void RemoveOperationsCommand::redo()
{
    m_removed = m_model->removeOperations(m_row, m_count);
}

void RemoveOperationsCommand::undo()
{
    m_model->insertOperations(m_row, m_removed);
}

EditOperationCommand::EditOperationCommand(PatchModel *model, int row, PatchOperation operation)
    : QUndoCommand(QCoreApplication::translate("PatchCommands", "Edit operation %1").arg(row + 1))
    , m_model(model)
    , m_row(row)
    , m_operation(std::move(operation))
{ }

void EditOperationCommand::redo()
{
    m_old = m_model->setOperation(m_row, m_operation);
}

void EditOperationCommand::undo()
{
    m_model->setOperation(m_row, m_old);
}

MoveOperationCommand::MoveOperationCommand(PatchModel *model, int from, int to)
    : QUndoCommand(QCoreApplication::translate("PatchCommands", "Move operation %1").arg(from + 1))
    , m_model(model)
    , m_from(from)
    , m_to(to)
{ }

void MoveOperationCommand::redo()
{
    m_model->moveOperation(m_from, m_to);
}

void MoveOperationCommand::undo()
{
    m_model->moveOperation(m_to, m_from);
}

ReplaceOperationsCommand::ReplaceOperationsCommand(PatchModel *model, QList<PatchOperation> operations, QString rawText,
                                                   const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_operations(std::move(operations))
    , m_rawText(std::move(rawText))
    , m_oldOperations(model->operations())
    , m_oldRawText(model->rawText())
{ }

void ReplaceOperationsCommand::redo()
{
    m_model->setOperations(m_operations, m_rawText);
}

void ReplaceOperationsCommand::undo()
{
    m_model->setOperations(m_oldOperations, m_oldRawText);
}
