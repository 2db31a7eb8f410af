#pragma once

// ListEdit: a list of names typed on one line, separated by commas ("logs-*, metrics-*"), with completion of the
// name under the cursor from a list given later (it may be computed on a worker). GUI thread.

#include <QLineEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

class ListEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit ListEdit(QWidget *parent = nullptr);

    QStringList values() const;
    void setValues(const QStringList &values);
    // What completion offers; the name being typed is matched at its start, case-insensitively.
    void setCompletions(const QStringList &names);

private:
    void complete(const QString &prefix);
    void insertCompletion(const QString &name);

    QCompleter *m_completer;
    QStringListModel *m_names;
};
