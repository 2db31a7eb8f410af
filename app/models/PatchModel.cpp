#include "app/models/PatchModel.h"

#include <QJsonArray>

#include "app/domain/WriteSecrets.h"
#include "app/json/Json.h"

PatchModel::PatchModel(QObject *parent) : QAbstractListModel(parent)
{
    m_documents.append(m_base);
}

void PatchModel::setBaseDocument(const QJsonObject &document)
{
    m_base = document;
    m_baseEntities = 0;
    for (auto it = m_base.begin(); it != m_base.end(); ++it)
        m_baseEntities += it.value().toObject().size();
    revalidateFrom(0);
}

void PatchModel::setGuardContext(const GuardContext &context)
{
    m_context = context;
    revalidateFrom(0);
}

void PatchModel::insertOperations(int row, const QList<PatchOperation> &operations)
{
    Q_ASSERT(row >= 0 && row <= rowCount());
    if (operations.isEmpty())
        return;
    beginInsertRows({}, row, row + int(operations.size()) - 1);
    for (qsizetype i = 0; i < operations.size(); ++i) {
        m_operations.insert(row + i, operations.at(i));
        m_states.insert(row + i, RowState());
    }
    endInsertRows();
    m_rawTextCurrent = false;
    revalidateFrom(row);
    emit patchChanged();
}

QList<PatchOperation> PatchModel::removeOperations(int row, int count)
{
    Q_ASSERT(row >= 0 && count >= 0 && row + count <= rowCount());
    if (count == 0)
        return {};
    beginRemoveRows({}, row, row + count - 1);
    const QList<PatchOperation> removed = m_operations.mid(row, count);
    m_operations.remove(row, count);
    m_states.remove(row, count);
    endRemoveRows();
    m_rawTextCurrent = false;
    revalidateFrom(row);
    emit patchChanged();
    return removed;
}

PatchOperation PatchModel::setOperation(int row, const PatchOperation &operation)
{
    const PatchOperation old = m_operations.at(row);
    m_operations[row] = operation;
    m_rawTextCurrent = false;
    emit dataChanged(index(row), index(row));
    revalidateFrom(row);
    emit patchChanged();
    return old;
}

void PatchModel::moveOperation(int from, int to)
{
    Q_ASSERT(from >= 0 && from < rowCount() && to >= 0 && to < rowCount());
    if (from == to)
        return;
    // beginMoveRows counts the destination before the move: moving down by one means "before the row after it".
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_operations.move(from, to);
    m_states.move(from, to);
    endMoveRows();
    m_rawTextCurrent = false;
    revalidateFrom(std::min(from, to));
    emit patchChanged();
}

void PatchModel::setOperations(const QList<PatchOperation> &operations, const QString &rawText)
{
    beginResetModel();
    m_operations = operations;
    m_states = QList<RowState>(operations.size());
    // Views react to the reset (select a row, read the document before it) before revalidateFrom() runs: give
    // every row a document until then.
    m_documents = QList<QJsonObject>(operations.size() + 1, m_base);
    endResetModel();
    m_rawText = rawText;
    m_rawTextCurrent = !rawText.isEmpty();
    revalidateFrom(0);
    emit patchChanged();
}

QString PatchModel::rawText() const
{
    return m_rawTextCurrent ? m_rawText : formatOperations(m_operations);
}

Result<QList<PatchOperation>, PatchError> PatchModel::parseText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QList<PatchOperation>();
    const auto json = Json::parse(text.toUtf8(), tr("the patch"));
    if (!json)
        return PatchError {-1, {}, {}, json.error().toString()};
    auto patch = JsonPatch::fromJson(*json);
    if (!patch)
        return patch.error();
    return std::move(*patch).operations();
}

QString PatchModel::formatOperations(const QList<PatchOperation> &operations)
{
    // Members in the order people read them (op, path, from, value) rather than QJsonDocument's sorted order.
    const auto quoted = [](const QString &text) {
        return QString::fromUtf8(Json::serialize(QJsonValue(text), Json::Format::Compact));
    };
    QStringList items;
    for (const PatchOperation &operation : operations) {
        QStringList members {QStringLiteral("\"op\": ") + quoted(operation.opName()),
                             QStringLiteral("\"path\": ") + quoted(operation.path.toString())};
        if (operation.hasFrom())
            members << QStringLiteral("\"from\": ") + quoted(operation.from.toString());
        if (operation.hasValue()) {
            QString value = QString::fromUtf8(Json::serialize(operation.value, Json::Format::Indented)).trimmed();
            value.replace(u'\n', QStringLiteral("\n        "));
            members << QStringLiteral("\"value\": ") + value;
        }
        items << QStringLiteral("    {\n        ") + members.join(QStringLiteral(",\n        "))
                     + QStringLiteral("\n    }");
    }
    if (items.isEmpty())
        return QStringLiteral("[]\n");
    return QStringLiteral("[\n") + items.join(QStringLiteral(",\n")) + QStringLiteral("\n]\n");
}

QJsonObject PatchModel::documentBefore(int row) const
{
    return m_documents.at(std::min<qsizetype>(row, m_documents.size() - 1));
}

QList<PatchOperation> PatchModel::appendFix(int row) const
{
    return PatchGuards::appendInstead(m_operations.at(row), documentBefore(row));
}

int PatchModel::invalidCount() const
{
    return int(
        std::count_if(m_states.begin(), m_states.end(), [](const RowState &state) { return !state.reason.isEmpty(); }));
}

PatchModel::Validation PatchModel::validate(const QJsonObject &base, const QJsonObject &before,
                                            const QList<PatchOperation> &operations, int start,
                                            const GuardContext &context, const CancelToken &cancel)
{
    Validation validation;
    validation.start = start;
    QJsonObject current = before;
    for (int i = start; i < operations.size(); ++i) {
        if (cancel.isCancelled())
            return validation;
        const PatchOperation &operation = operations.at(i);
        QJsonValue document(current);
        RowState state;
        const auto applied = JsonPatch({operation}).applyInPlace(document);
        ++validation.applied;
        if (!applied || !document.isObject()) {
            state.reason = applied ? tr("the configuration must stay an object") : applied.error().reason;
        } else {
            if (const auto placeholder = WriteSecrets::placeholderSecret(operation))
                state.reason = tr("%1 holds \"******\" instead of the secret (drafts never keep secrets): type it "
                                  "again")
                                   .arg(operation.path.toString() + placeholder->toString());
            const QJsonObject after = document.toObject();
            state.warnings = PatchGuards::checkOperation(operation, current);
            if (PatchGuards::affectsAccess(operation))
                state.warnings += PatchGuards::checkAccess(current, after, context);
            current = after;
        }
        validation.documents.append(current);
        validation.states.append(std::move(state));
    }
    if (std::any_of(operations.begin(), operations.end(), &PatchGuards::affectsAccess))
        validation.patchWarnings = PatchGuards::checkAccess(base, current, context);
    return validation;
}

void PatchModel::revalidateFrom(int row)
{
    // The documents before `row` still hold: only the operations from `row` on are applied again. While an earlier
    // validation runs, the documents after its start are not known yet: this one starts there instead.
    row = std::clamp(row, 0, int(m_operations.size()));
    row = std::min(row, int(m_documents.size()) - 1);
    m_documents.resize(row + 1);
    m_documents[0] = m_base;
    if (m_baseEntities <= m_synchronousLimit) {
        m_validations.cancel();
        m_validating = false;
        applyValidation(validate(m_base, m_documents.at(row), m_operations, row, m_context));
        return;
    }
    // A large configuration: on the WorkerPool, the newest edit winning. The rows keep their states until then.
    m_validating = true;
    m_validations.run(
        [base = m_base, before = m_documents.at(row), operations = m_operations, row, context = m_context](
            const CancelToken &cancel) { return validate(base, before, operations, row, context, cancel); },
        [this](const Validation &validation) { applyValidation(validation); });
}

void PatchModel::applyValidation(const Validation &validation)
{
    m_validating = false;
    const int row = validation.start;
    m_documents.resize(row + 1);
    m_documents.append(validation.documents);
    for (int i = 0; i < validation.states.size(); ++i)
        m_states[row + i] = validation.states.at(i);
    m_patchWarnings = validation.patchWarnings;
    m_lastValidationStart = row;
    m_lastValidationApplied = validation.applied;
    if (row < m_operations.size())
        emit dataChanged(index(row), index(int(m_operations.size()) - 1));
    emit validated();
}

int PatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operations.size());
}

QVariant PatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PatchOperation &operation = m_operations.at(index.row());
    const RowState &state = m_states.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = operation.summary();
        if (operation.hasValue())
            text += QStringLiteral(" = ") + Json::preview(operation.value, 60);
        return text;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!state.reason.isEmpty())
            lines << tr("Invalid: %1").arg(state.reason);
        for (const PatchWarning &warning : state.warnings)
            lines << warning.text;
        return lines.join(u'\n');
    }
    case OpRole:
        return operation.opName();
    case PathRole:
        return operation.path.toString();
    case FromRole:
        return operation.hasFrom() ? operation.from.toString() : QString();
    case ValueRole:
        return operation.hasValue() ? QVariant(operation.value) : QVariant();
    case ValueTextRole:
        return operation.hasValue() ? QString::fromUtf8(Json::serialize(operation.value, Json::Format::Compact))
                                    : QString();
    case ValidRole:
        return state.reason.isEmpty();
    case ReasonRole:
        return state.reason;
    case WarningLevelRole:
        return int(PatchGuards::highestLevel(state.warnings));
    case WarningTextRole: {
        QStringList lines;
        for (const PatchWarning &warning : state.warnings)
            lines << warning.text;
        return lines.join(u'\n');
    }
    case HasAppendFixRole:
        return std::any_of(state.warnings.begin(), state.warnings.end(),
                           [](const PatchWarning &w) { return w.kind == PatchWarning::Kind::ArrayReplaced; })
               && !appendFix(index.row()).isEmpty();
    case SummaryRole:
        return operation.summary();
    default:
        return {};
    }
}
