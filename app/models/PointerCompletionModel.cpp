#include "app/models/PointerCompletionModel.h"

#include <QJsonArray>

#include "app/json/JsonPointer.h"

PointerCompletionModel::PointerCompletionModel(QObject *parent) : QStringListModel(parent) { }

void PointerCompletionModel::setDocument(const QJsonObject &document)
{
    m_document = document;
    m_listed = false;
    setStringList({});
}

void PointerCompletionModel::updateFor(const QString &text)
{
    const qsizetype slash = text.lastIndexOf(u'/');
    const QString parent = slash < 0 ? QString() : text.left(slash);
    if (m_listed && parent == m_parent)
        return;
    m_parent = parent;
    m_listed = true;
    setStringList(childPointers(m_document, parent));
}

QStringList PointerCompletionModel::childPointers(const QJsonValue &document, const QString &parentPointer, int limit)
{
    const auto pointer = JsonPointer::parse(parentPointer);
    if (!pointer)
        return {};
    const auto value = pointer->resolve(document);
    if (!value)
        return {};
    QStringList result;
    if (value->isObject()) {
        const QJsonObject object = value->toObject();
        for (auto it = object.constBegin(); it != object.constEnd() && result.size() < limit; ++it)
            result << parentPointer + u'/' + JsonPointer::escapeToken(it.key());
    } else if (value->isArray()) {
        const qsizetype size = value->toArray().size();
        for (qsizetype i = 0; i < size && result.size() < limit; ++i)
            result << parentPointer + u'/' + QString::number(i);
        result << parentPointer + QStringLiteral("/-");
    }
    return result;
}
