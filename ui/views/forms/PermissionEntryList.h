#pragma once

// PermissionEntryList: a role's list of permission entries (index permissions, tenant permissions): the entries as
// a list, Add and Remove buttons, and beside them the detail fields of the selected entry, which its owner builds
// and binds (how an entry fills the fields, and how the fields change an entry). The entries it returns always hold
// what the fields show, without a save step. GUI thread.

#include <functional>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;

class PermissionEntryList : public QWidget
{
    Q_OBJECT

public:
    struct Binding
    {
        QString patternsKey;                                // "index_patterns": what a row shows first
        QJsonObject newEntry;                               // what "Add entry" appends
        std::function<void(const QJsonObject &entry)> load; // fills the fields ({}: no entry selected)
        std::function<QJsonObject(QJsonObject entry)> save; // the entry with the fields' values
        QList<QWidget *> fields;                            // enabled only while an entry is selected
    };

    // `key` prefixes the object names: key + "List", "Add", "Remove".
    PermissionEntryList(const QString &key, const QString &accessibleName, QWidget *detail, Binding binding,
                        QWidget *parent = nullptr);

    void setEntries(const QJsonArray &entries);
    QJsonArray entries() const;
    int currentRow() const;
    void setReadOnly(bool readOnly);
    // The selected entry's row shows what its fields hold now (call as they are edited).
    void showCurrentEdits();

signals:
    // An entry was added or removed (field edits are the owner's to notice).
    void edited();
    // Another entry is shown in the fields.
    void currentRowChanged(int row);

private:
    void select(int row);
    void storeCurrent();
    QString rowText(const QJsonObject &entry) const;

    Binding m_binding;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QList<QJsonObject> m_entries;
    int m_row = -1; // the entry the fields show
    bool m_readOnly = false;
};
