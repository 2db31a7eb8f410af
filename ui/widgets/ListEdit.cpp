#include "ui/widgets/ListEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

ListEdit::ListEdit(QWidget *parent)
    : QLineEdit(parent), m_completer(new QCompleter(this)), m_names(new QStringListModel(this))
{
    m_completer->setModel(m_names);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setModelSorting(QCompleter::UnsortedModel);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &ListEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, [this] {
        // The name under the cursor: from the comma before it to the cursor.
        const QString before = text().left(cursorPosition());
        complete(before.mid(before.lastIndexOf(u',') + 1).trimmed());
    });
}

QStringList ListEdit::values() const
{
    QStringList result;
    for (const QString &part : text().split(u',')) {
        if (const QString value = part.trimmed(); !value.isEmpty())
            result << value;
    }
    return result;
}

void ListEdit::setValues(const QStringList &values)
{
    setText(values.join(QStringLiteral(", ")));
}

void ListEdit::setCompletions(const QStringList &names)
{
    m_names->setStringList(names);
}

void ListEdit::complete(const QString &prefix)
{
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(std::max(width() / 2, 240));
    m_completer->complete(rect);
}

void ListEdit::insertCompletion(const QString &name)
{
    const int cursor = cursorPosition();
    const QString before = text().left(cursor);
    const int start = int(before.lastIndexOf(u',')) + 1;
    QString head = text().left(start);
    if (start > 0)
        head += u' ';
    const QString tail = text().mid(cursor);
    setText(head + name + tail);
    setCursorPosition(int(head.size() + name.size()));
}
