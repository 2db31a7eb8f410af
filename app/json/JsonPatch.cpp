#include "app/json/JsonPatch.h"

#include <algorithm>

#include <QCoreApplication>

#include "app/json/Json.h"

namespace {

QString where(const QStringList &tokens, qsizetype count)
{
    return count == 0 ? JsonPatch::tr("the document root") : JsonPointer(tokens.mid(0, count)).toString();
}

using Failure = std::optional<QString>;

// Runs `edit` on the value at tokens[0, end), detaching only the containers on the way: each child is taken out
// of its parent while it is edited, so a container that nobody else shares is never copied.
// When a token does not resolve, the document is left as it was and the reason is returned.
template <typename Edit>
Failure editAt(QJsonValue &node, const QStringList &tokens, qsizetype i, qsizetype end, Edit &edit)
{
    if (i == end)
        return edit(node);
    const QString &token = tokens.at(i);
    if (node.isObject()) {
        QJsonObject object = node.toObject();
        if (!object.contains(token))
            return JsonPatch::tr("%1 has no member \"%2\"").arg(where(tokens, i), token);
        node = QJsonValue(); // `object` is now the only reference to this container
        auto it = object.find(token);
        QJsonValue child = it.value();
        it.value() = QJsonValue();
        Failure failure = editAt(child, tokens, i + 1, end, edit);
        it.value() = child;
        child = QJsonValue();
        node = QJsonValue(std::move(object));
        return failure;
    }
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const auto index = JsonPointer::parseArrayIndex(token);
        if (token == u'-')
            return JsonPatch::tr("\"-\" names the end of the array at %1, not an element").arg(where(tokens, i));
        if (!index) {
            return JsonPatch::tr("\"%1\" is not an array index (digits only, no leading zero) for the array at %2")
                .arg(token, where(tokens, i));
        }
        if (*index >= array.size()) {
            return QCoreApplication::translate("JsonPatch",
                                               "index %1 is out of range: the array at %2 has %n element(s)", nullptr,
                                               int(array.size()))
                .arg(*index)
                .arg(where(tokens, i));
        }
        node = QJsonValue();
        QJsonValue child = array.at(*index);
        array[*index] = QJsonValue();
        Failure failure = editAt(child, tokens, i + 1, end, edit);
        array[*index] = child;
        child = QJsonValue();
        node = QJsonValue(std::move(array));
        return failure;
    }
    return JsonPatch::tr("%1 is a %2, which has no members").arg(where(tokens, i), Json::typeName(node));
}

// Applies the three primitive edits in place and records, for each, the operation that undoes it.
class Editor
{
    Q_DECLARE_TR_FUNCTIONS(JsonPatch)

public:
    explicit Editor(QJsonValue &document) : m_document(document) { }

    QList<PatchOperation> undo; // in the order the edits were made

    // `concrete` receives the path with "-" resolved to the index it added at.
    Failure add(const JsonPointer &path, const QJsonValue &value, JsonPointer *concrete = nullptr)
    {
        if (path.isRoot()) {
            undo.append(PatchOperation::replace(path, m_document));
            m_document = value;
            if (concrete)
                *concrete = path;
            return std::nullopt;
        }
        const QStringList &tokens = path.tokens();
        const QString &key = path.last();
        auto edit = [&](QJsonValue &parent) -> Failure {
            if (parent.isObject()) {
                QJsonObject object = parent.toObject();
                parent = QJsonValue();
                auto it = object.find(key);
                if (it != object.end()) {
                    undo.append(PatchOperation::replace(path, it.value()));
                    it.value() = value;
                } else {
                    undo.append(PatchOperation::remove(path));
                    object.insert(key, value);
                }
                parent = QJsonValue(std::move(object));
                if (concrete)
                    *concrete = path;
                return std::nullopt;
            }
            if (parent.isArray()) {
                QJsonArray array = parent.toArray();
                qsizetype index = array.size();
                if (key != u'-') {
                    const auto parsed = JsonPointer::parseArrayIndex(key);
                    if (!parsed) {
                        return tr("\"%1\" is not an array index (digits only, no leading zero, or \"-\" for the end) "
                                  "for the array at %2")
                            .arg(key, where(tokens, tokens.size() - 1));
                    }
                    if (*parsed > array.size()) {
                        return QCoreApplication::translate(
                                   "JsonPatch", "index %1 is out of range: the array at %2 has %n element(s)", nullptr,
                                   int(array.size()))
                            .arg(*parsed)
                            .arg(where(tokens, tokens.size() - 1));
                    }
                    index = *parsed;
                }
                parent = QJsonValue();
                array.insert(index, value);
                parent = QJsonValue(std::move(array));
                const JsonPointer added = path.parent().child(index);
                undo.append(PatchOperation::remove(added));
                if (concrete)
                    *concrete = added;
                return std::nullopt;
            }
            return tr("%1 is a %2: it cannot have members")
                .arg(where(tokens, tokens.size() - 1), Json::typeName(parent));
        };
        return editAt(m_document, tokens, 0, tokens.size() - 1, edit);
    }

    Failure remove(const JsonPointer &path, QJsonValue *removed = nullptr)
    {
        if (path.isRoot())
            return tr("the document root cannot be removed");
        const QStringList &tokens = path.tokens();
        const QString &key = path.last();
        auto edit = [&](QJsonValue &parent) -> Failure {
            if (parent.isObject()) {
                QJsonObject object = parent.toObject();
                if (!object.contains(key))
                    return tr("%1 has no member \"%2\"").arg(where(tokens, tokens.size() - 1), key);
                parent = QJsonValue();
                QJsonValue old = object.take(key);
                parent = QJsonValue(std::move(object));
                undo.append(PatchOperation::add(path, old));
                if (removed)
                    *removed = old;
                return std::nullopt;
            }
            if (parent.isArray()) {
                QJsonArray array = parent.toArray();
                const auto index = JsonPointer::parseArrayIndex(key);
                if (!index) {
                    return tr("\"%1\" is not an element index (digits only, no leading zero) for the array at %2")
                        .arg(key, where(tokens, tokens.size() - 1));
                }
                if (*index >= array.size()) {
                    return QCoreApplication::translate("JsonPatch",
                                                       "index %1 is out of range: the array at %2 has %n element(s)",
                                                       nullptr, int(array.size()))
                        .arg(*index)
                        .arg(where(tokens, tokens.size() - 1));
                }
                parent = QJsonValue();
                QJsonValue old = array.takeAt(*index);
                parent = QJsonValue(std::move(array));
                undo.append(PatchOperation::add(path, old));
                if (removed)
                    *removed = old;
                return std::nullopt;
            }
            return tr("%1 is a %2, which has no members").arg(where(tokens, tokens.size() - 1), Json::typeName(parent));
        };
        return editAt(m_document, tokens, 0, tokens.size() - 1, edit);
    }

    Failure replace(const JsonPointer &path, const QJsonValue &value)
    {
        // The value must exist; then replacing it is an edit of the node itself.
        auto edit = [&](QJsonValue &node) -> Failure {
            undo.append(PatchOperation::replace(path, node));
            node = value;
            return std::nullopt;
        };
        const QStringList &tokens = path.tokens();
        return editAt(m_document, tokens, 0, tokens.size(), edit);
    }

    Failure apply(const PatchOperation &operation)
    {
        switch (operation.op) {
        case PatchOperation::Op::Add:
            return add(operation.path, operation.value);
        case PatchOperation::Op::Remove:
            return remove(operation.path);
        case PatchOperation::Op::Replace:
            return replace(operation.path, operation.value);
        case PatchOperation::Op::Move: {
            if (operation.from == operation.path) {
                const auto source = operation.from.resolve(m_document);
                return source ? Failure() : Failure(source.error().message);
            }
            if (operation.from.isPrefixOf(operation.path))
                return tr("%1 cannot be moved into itself (%2)")
                    .arg(operation.from.toString(), operation.path.toString());
            QJsonValue moved;
            if (Failure failure = remove(operation.from, &moved))
                return tr("cannot move from %1: %2").arg(operation.from.toString(), *failure);
            return add(operation.path, moved);
        }
        case PatchOperation::Op::Copy: {
            const auto source = operation.from.resolve(m_document);
            if (!source)
                return tr("cannot copy from %1: %2").arg(operation.from.toString(), source.error().message);
            return add(operation.path, *source);
        }
        case PatchOperation::Op::Test: {
            const auto actual = operation.path.resolve(m_document);
            if (!actual)
                return actual.error().message;
            if (!Json::equals(*actual, operation.value)) {
                return tr("test failed: %1 is %2, expected %3")
                    .arg(operation.path.isRoot() ? tr("the document") : operation.path.toString(),
                         Json::preview(*actual), Json::preview(operation.value));
            }
            return std::nullopt;
        }
        }
        return tr("unknown operation");
    }

    // Undoes every recorded edit, newest first. Each undo applies to exactly the state its edit produced.
    void rollback()
    {
        QList<PatchOperation> steps = std::move(undo);
        undo.clear();
        for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
            [[maybe_unused]] const Failure failure = apply(*it);
            Q_ASSERT(!failure);
        }
        undo.clear();
    }

private:
    QJsonValue &m_document;
};

} // namespace

PatchOperation PatchOperation::add(JsonPointer path, QJsonValue value)
{
    return {Op::Add, std::move(path), {}, std::move(value)};
}

PatchOperation PatchOperation::remove(JsonPointer path)
{
    return {Op::Remove, std::move(path), {}, {}};
}

PatchOperation PatchOperation::replace(JsonPointer path, QJsonValue value)
{
    return {Op::Replace, std::move(path), {}, std::move(value)};
}

PatchOperation PatchOperation::move(JsonPointer from, JsonPointer path)
{
    return {Op::Move, std::move(path), std::move(from), {}};
}

PatchOperation PatchOperation::copy(JsonPointer from, JsonPointer path)
{
    return {Op::Copy, std::move(path), std::move(from), {}};
}

PatchOperation PatchOperation::test(JsonPointer path, QJsonValue value)
{
    return {Op::Test, std::move(path), {}, std::move(value)};
}

QString PatchOperation::opName(Op op)
{
    switch (op) {
    case Op::Add:
        return QStringLiteral("add");
    case Op::Remove:
        return QStringLiteral("remove");
    case Op::Replace:
        return QStringLiteral("replace");
    case Op::Move:
        return QStringLiteral("move");
    case Op::Copy:
        return QStringLiteral("copy");
    case Op::Test:
        return QStringLiteral("test");
    }
    return {};
}

std::optional<PatchOperation::Op> PatchOperation::opFromName(QStringView name)
{
    for (Op op : {Op::Add, Op::Remove, Op::Replace, Op::Move, Op::Copy, Op::Test}) {
        if (name == opName(op))
            return op;
    }
    return std::nullopt;
}

QJsonObject PatchOperation::toJson() const
{
    QJsonObject object {{QStringLiteral("op"), opName(op)}, {QStringLiteral("path"), path.toString()}};
    if (hasFrom())
        object.insert(QStringLiteral("from"), from.toString());
    if (hasValue())
        object.insert(QStringLiteral("value"), value);
    return object;
}

QJsonObject PatchOperation::json(const QString &op, const QString &path, const QJsonValue &value)
{
    QJsonObject object {{QStringLiteral("op"), op}, {QStringLiteral("path"), path}};
    if (!value.isUndefined())
        object.insert(QStringLiteral("value"), value);
    return object;
}

QString PatchOperation::summary() const
{
    const QString target = path.isRoot() ? QStringLiteral("\"\"") : path.toString();
    if (hasFrom())
        return opName(op) + u' ' + (from.isRoot() ? QStringLiteral("\"\"") : from.toString()) + QStringLiteral(" -> ")
               + target;
    return opName(op) + u' ' + target;
}

bool PatchOperation::operator==(const PatchOperation &other) const
{
    return op == other.op && path == other.path && (!hasFrom() || from == other.from)
           && (!hasValue() || Json::equals(value, other.value));
}

QString PatchError::message() const
{
    if (index < 0)
        return tr("the patch is not valid: %1").arg(reason);
    QString operation = op;
    if (path)
        operation += (operation.isEmpty() ? QString() : QStringLiteral(" "))
                     + (path->isEmpty() ? QStringLiteral("\"\"") : *path);
    if (operation.isEmpty())
        return tr("operation %1: %2").arg(index).arg(reason);
    return tr("operation %1 (%2): %3").arg(QString::number(index), operation, reason);
}

Error PatchError::toError() const
{
    return Error {QStringLiteral("patch"), message(), {}};
}

Result<JsonPatch, PatchError> JsonPatch::fromJson(const QJsonValue &value)
{
    if (!value.isArray())
        return PatchError {
            -1, {}, {}, tr("a JSON Patch is an array of operations, not a %1").arg(Json::typeName(value))};
    const QJsonArray array = value.toArray();
    QList<PatchOperation> operations;
    operations.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        if (!element.isObject())
            return PatchError {i, {}, {}, tr("an operation must be an object, not a %1").arg(Json::typeName(element))};
        const QJsonObject object = element.toObject();
        const QJsonValue opValue = object.value(QStringLiteral("op"));
        if (!opValue.isString())
            return PatchError {i, {}, {}, tr("the member \"op\" is missing or not a string")};
        const auto op = PatchOperation::opFromName(opValue.toString());
        if (!op) {
            return PatchError {
                i,
                opValue.toString(),
                {},
                tr("unknown op \"%1\" (expected add, remove, replace, move, copy or test)").arg(opValue.toString())};
        }
        PatchOperation operation;
        operation.op = *op;
        const QString name = opValue.toString();
        const QJsonValue pathValue = object.value(QStringLiteral("path"));
        if (!pathValue.isString())
            return PatchError {i, name, {}, tr("the member \"path\" is missing or not a string")};
        const auto path = JsonPointer::parse(pathValue.toString());
        if (!path)
            return PatchError {i, name, pathValue.toString(), path.error().message};
        operation.path = *path;
        if (operation.hasFrom()) {
            const QJsonValue fromValue = object.value(QStringLiteral("from"));
            if (!fromValue.isString())
                return PatchError {i, name, pathValue.toString(), tr("the member \"from\" is missing or not a string")};
            const auto from = JsonPointer::parse(fromValue.toString());
            if (!from)
                return PatchError {i, name, pathValue.toString(), from.error().message};
            operation.from = *from;
        }
        if (operation.hasValue()) {
            const auto it = object.constFind(QStringLiteral("value"));
            if (it == object.constEnd())
                return PatchError {i, name, pathValue.toString(), tr("the member \"value\" is missing")};
            operation.value = it.value();
        }
        operations.append(std::move(operation));
    }
    return JsonPatch(std::move(operations));
}

QJsonArray JsonPatch::toJson() const
{
    QJsonArray array;
    for (const PatchOperation &operation : m_operations)
        array.append(operation.toJson());
    return array;
}

Result<JsonPatch, PatchError> JsonPatch::applyInPlace(QJsonValue &document) const
{
    Editor editor(document);
    for (qsizetype i = 0; i < m_operations.size(); ++i) {
        const PatchOperation &operation = m_operations.at(i);
        if (Failure failure = editor.apply(operation)) {
            editor.rollback();
            return PatchError {i, operation.opName(), operation.path.toString(), *failure};
        }
    }
    QList<PatchOperation> inverse = std::move(editor.undo);
    std::reverse(inverse.begin(), inverse.end());
    return JsonPatch(std::move(inverse));
}

Result<QJsonValue, PatchError> JsonPatch::apply(const QJsonValue &document) const
{
    QJsonValue copy = document;
    auto result = applyInPlace(copy);
    if (!result)
        return result.error();
    return copy;
}
