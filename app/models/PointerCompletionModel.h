#pragma once

// PointerCompletionModel: completions for a JSON pointer being typed: the pointers of the children of the
// container the text points into ("/roles/al" lists "/roles/<every role>"). Only one container's children are
// listed at a time, so it stays fast on a configuration of 100,000 entities. GUI thread (any one thread).

#include <QJsonObject>
#include <QStringListModel>

class PointerCompletionModel : public QStringListModel
{
    Q_OBJECT

public:
    explicit PointerCompletionModel(QObject *parent = nullptr);

    void setDocument(const QJsonObject &document);
    // Lists the children of the container the text's parent points at (and "/-" for arrays).
    void updateFor(const QString &text);

    // The pointers of the children of the container at `parentPointer` (without trailing '/'), sorted.
    static QStringList childPointers(const QJsonValue &document, const QString &parentPointer, int limit = 20000);

private:
    QJsonObject m_document;
    QString m_parent;
    bool m_listed = false;
};
