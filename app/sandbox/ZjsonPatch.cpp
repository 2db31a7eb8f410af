#include "app/sandbox/ZjsonPatch.h"

#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ZjsonPatch {

namespace {

enum class Op { Add, Replace, Remove };

struct PointerResult
{
    bool ok = true;
    QString message;
    QStringList tokens;
};

PointerResult parsePointer(const QString &text)
{
    PointerResult result;
    if (text.isEmpty())
        return result;
    if (!text.startsWith(u'/'))
        return {false, u"Missing leading slash"_s, {}};
    const QStringList raw = text.mid(1).split(u'/');
    for (const QString &token : raw) {
        QString out;
        for (qsizetype i = 0; i < token.size(); ++i) {
            if (token.at(i) != u'~') {
                out.append(token.at(i));
                continue;
            }
            const QChar next = i + 1 < token.size() ? token.at(i + 1) : QChar();
            if (next == u'0')
                out.append(u'~');
            else if (next == u'1')
                out.append(u'/');
            else
                return {false, u"Invalid escape sequence at position %1 of %2"_s.arg(i).arg(text), {}};
            ++i;
        }
        result.tokens.append(out);
    }
    return result;
}

std::optional<qsizetype> arrayIndex(const QString &token)
{
    if (token.isEmpty() || (token.size() > 1 && token.startsWith(u'0')))
        return std::nullopt;
    bool ok = false;
    const qlonglong index = token.toLongLong(&ok);
    if (!ok || index < 0)
        return std::nullopt;
    return qsizetype(index);
}

// Walks to the parent of the last token and applies the operation there. Returns an error message or empty.
QString applyAt(QJsonValue &node, const QStringList &tokens, qsizetype depth, Op op, const QJsonValue &value)
{
    const QString &token = tokens.at(depth);
    const bool last = depth == tokens.size() - 1;
    if (node.isObject()) {
        QJsonObject object = node.toObject();
        if (last) {
            if (op == Op::Add) {
                object.insert(token, value);
            } else if (op == Op::Replace) {
                if (!object.contains(token))
                    return u"Missing field \"%1\""_s.arg(token);
                object.insert(token, value);
            } else {
                object.remove(token); // a missing member is silently accepted
            }
            node = object;
            return {};
        }
        if (!object.contains(token))
            return u"Missing field \"%1\""_s.arg(token);
        QJsonValue child = object.take(token);
        const QString error = applyAt(child, tokens, depth + 1, op, value);
        object.insert(token, child);
        node = object;
        return error;
    }
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        if (last && op == Op::Add && token == u"-") {
            array.append(value);
            node = array;
            return {};
        }
        const auto index = arrayIndex(token);
        if (!index) {
            if (token == u"-" && !last)
                return u"Array index %1 is out of bounds"_s.arg(array.size());
            return u"Can't reference field \"%1\" on array"_s.arg(token);
        }
        if (last) {
            if (op == Op::Add) {
                if (*index > array.size())
                    return u"Array index %1 out of bounds"_s.arg(*index);
                array.insert(*index, value);
            } else {
                if (*index >= array.size())
                    return u"Array index %1 out of bounds"_s.arg(*index);
                if (op == Op::Replace)
                    array.replace(*index, value);
                else
                    array.removeAt(*index);
            }
            node = array;
            return {};
        }
        if (*index >= array.size())
            return u"Array index %1 is out of bounds"_s.arg(*index);
        QJsonValue child = array.at(*index);
        const QString error = applyAt(child, tokens, depth + 1, op, value);
        array.replace(*index, child);
        node = array;
        return error;
    }
    return u"Can't reference past scalar value"_s;
}

} // namespace

Outcome check(const QJsonValue &body)
{
    if (!body.isArray())
        return {Failure::WrongBody, u"Wrong request body"_s};
    const QJsonArray operations = body.toArray();
    bool anyOp = false;
    for (const QJsonValue &operation : operations) {
        if (operation.isObject() && operation.toObject().contains(u"op"_s))
            anyOp = true;
    }
    if (!anyOp)
        return {Failure::WrongBody, u"Wrong request body"_s};
    for (const QJsonValue &operation : operations) {
        const QJsonValue op = operation.toObject().value(u"op"_s);
        if (!op.isString())
            continue;
        const QString name = op.toString();
        if (name != u"add" && name != u"replace" && name != u"remove")
            return {Failure::Unsupported,
                    u"Unsupported patch operation: %1. Supported are: add,replace,remove"_s.arg(name)};
    }
    return {};
}

Outcome apply(const QJsonArray &operations, QJsonValue &document)
{
    QJsonValue work = document;
    for (const QJsonValue &item : operations) {
        if (!item.isObject())
            return {Failure::Engine, u"Invalid JSON Patch payload (not an object)"_s};
        const QJsonObject operation = item.toObject();
        if (!operation.contains(u"op"_s))
            return {Failure::Engine, u"Invalid JSON Patch payload (missing 'op' field)"_s};
        if (!operation.value(u"op"_s).isString())
            return {Failure::Engine, u"Invalid JSON Patch payload (non-text 'op' field)"_s};
        if (!operation.contains(u"path"_s))
            return {Failure::Engine, u"Invalid JSON Patch payload (missing 'path' field)"_s};
        if (!operation.value(u"path"_s).isString())
            return {Failure::Engine, u"Invalid JSON Patch payload (non-text 'path' field)"_s};
        const QString name = operation.value(u"op"_s).toString();
        const Op op = name == u"add" ? Op::Add : name == u"replace" ? Op::Replace : Op::Remove;
        if (op != Op::Remove && !operation.contains(u"value"_s))
            return {Failure::Engine, u"Invalid JSON Patch payload (missing 'value' field)"_s};
        const PointerResult pointer = parsePointer(operation.value(u"path"_s).toString());
        if (!pointer.ok)
            return {Failure::Pointer, pointer.message};
        const QJsonValue value = operation.value(u"value"_s);
        if (pointer.tokens.isEmpty()) {
            if (op == Op::Remove)
                return {Failure::Engine, u"Cannot remove document root"_s};
            work = value;
            continue;
        }
        const QString error = applyAt(work, pointer.tokens, 0, op, value);
        if (!error.isEmpty())
            return {Failure::Engine, error};
    }
    document = work;
    return {};
}

QStringList touchedEntities(const QJsonArray &operations)
{
    QStringList names;
    for (const QJsonValue &item : operations) {
        const PointerResult pointer = parsePointer(item.toObject().value(u"path"_s).toString());
        if (pointer.ok && !pointer.tokens.isEmpty() && !names.contains(pointer.tokens.first()))
            names.append(pointer.tokens.first());
    }
    return names;
}

} // namespace ZjsonPatch
