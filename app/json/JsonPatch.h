#pragma once

// JsonPatch: an RFC 6902 patch as a value type, applied atomically and in place. Any thread.
//
// applyInPlace() walks to each target and detaches only the containers on the way (taking each child out of
// its parent while it is modified), so when the document is not shared with another QJsonValue, N operations
// cost O(N * depth), not O(document size). A document that *is* shared is copied on write, once per touched
// container per patch. On failure, the operations already applied are undone from their recorded inverses.

#include <optional>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include "app/common/Result.h"
#include "app/json/JsonPointer.h"

struct PatchOperation
{
    enum class Op { Add, Remove, Replace, Move, Copy, Test };

    Op op = Op::Add;
    JsonPointer path;
    JsonPointer from; // move and copy only
    QJsonValue value; // add, replace and test only

    static PatchOperation add(JsonPointer path, QJsonValue value);
    static PatchOperation remove(JsonPointer path);
    static PatchOperation replace(JsonPointer path, QJsonValue value);
    static PatchOperation move(JsonPointer from, JsonPointer path);
    static PatchOperation copy(JsonPointer from, JsonPointer path);
    static PatchOperation test(JsonPointer path, QJsonValue value);

    static QString opName(Op op);
    static std::optional<Op> opFromName(QStringView name);
    QString opName() const { return opName(op); }
    bool hasValue() const { return op == Op::Add || op == Op::Replace || op == Op::Test; }
    bool hasFrom() const { return op == Op::Move || op == Op::Copy; }

    QJsonObject toJson() const;
    // {"op": op, "path": path, "value": value} without parsing the pointer: for code that builds patches from pointers
    // it already holds as text. The value is left out when undefined.
    static QJsonObject json(const QString &op, const QString &path, const QJsonValue &value = QJsonValue::Undefined);
    // "replace /roles/r1/description" (for messages and lists)
    QString summary() const;

    bool operator==(const PatchOperation &other) const;
};

// Why a patch could not be read or applied: which operation (its index in the patch), its op, and the reason.
struct PatchError
{
    qsizetype index = -1;        // -1: the patch as a whole is malformed (not an array, ...)
    QString op;                  // the operation's op when known
    std::optional<QString> path; // the operation's path when known ("" is the root)
    QString reason;

    // "operation 2 (remove /baz): no member "baz" in the object at /"
    QString message() const;
    Error toError() const;

    Q_DECLARE_TR_FUNCTIONS(JsonPatch)
};

class JsonPatch
{
    Q_DECLARE_TR_FUNCTIONS(JsonPatch)

public:
    JsonPatch() = default;
    explicit JsonPatch(QList<PatchOperation> operations) : m_operations(std::move(operations)) { }

    // Reads a patch document (a JSON array of operation objects). Errors name the operation's index.
    static Result<JsonPatch, PatchError> fromJson(const QJsonValue &value);
    QJsonArray toJson() const;

    const QList<PatchOperation> &operations() const & { return m_operations; }
    QList<PatchOperation> &operations() & { return m_operations; }
    // By value on a temporary, so that `for (const auto &op : JsonDiff::diff(a, b).operations())` is safe.
    QList<PatchOperation> operations() && { return std::move(m_operations); }
    qsizetype size() const { return m_operations.size(); }
    bool isEmpty() const { return m_operations.isEmpty(); }
    void append(const PatchOperation &operation) { m_operations.append(operation); }
    void append(const JsonPatch &patch) { m_operations.append(patch.m_operations); }

    // Applies every operation, all or nothing: on failure `document` is left exactly as it was.
    // On success returns the inverse: the patch that turns the result back into the original.
    Result<JsonPatch, PatchError> applyInPlace(QJsonValue &document) const;

    // Applies to a copy and returns it; `document` is untouched.
    Result<QJsonValue, PatchError> apply(const QJsonValue &document) const;

    bool operator==(const JsonPatch &other) const = default;

private:
    QList<PatchOperation> m_operations;
};
