#include "ui/views/forms/PermissionEntryList.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/json/Json.h"

using namespace Qt::StringLiterals;

PermissionEntryList::PermissionEntryList(const QString &key, const QString &accessibleName, QWidget *detail,
                                         Binding binding, QWidget *parent)
    : QWidget(parent)
    , m_binding(std::move(binding))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add entry"), this))
    , m_remove(new QPushButton(tr("Remove entry"), this))
{
    m_list->setObjectName(key + u"List"_s);
    m_list->setAccessibleName(accessibleName);
    m_add->setObjectName(key + u"Add"_s);
    m_remove->setObjectName(key + u"Remove"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addWidget(detail, 3);

    connect(m_add, &QPushButton::clicked, this, [this] {
        storeCurrent();
        m_entries.append(m_binding.newEntry);
        m_list->addItem(rowText(m_binding.newEntry));
        m_list->setCurrentRow(m_list->count() - 1);
        if (!m_binding.fields.isEmpty())
            m_binding.fields.first()->setFocus();
        emit edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        m_row = -1; // the removed entry's fields are not stored back
        m_entries.removeAt(row);
        delete m_list->takeItem(row);
        // The row after it takes its place, often without a change of the current row's number.
        select(m_list->currentRow());
        emit edited();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeCurrent();
        select(row);
    });
    select(-1);
}

QString PermissionEntryList::rowText(const QJsonObject &entry) const
{
    const QString names = Json::strings(entry.value(m_binding.patternsKey)).join(u", "_s);
    const QString actions = Json::strings(entry.value(u"allowed_actions"_s)).join(u", "_s);
    return (names.isEmpty() ? tr("(no pattern)") : names) + u"  \u2192  "_s
           + (actions.isEmpty() ? tr("(no action)") : actions);
}

void PermissionEntryList::select(int row)
{
    m_row = row >= 0 && row < m_entries.size() ? row : -1;
    m_binding.load(m_row >= 0 ? m_entries.at(m_row) : QJsonObject());
    for (QWidget *field : std::as_const(m_binding.fields))
        field->setEnabled(m_row >= 0 && !m_readOnly);
    m_remove->setEnabled(m_row >= 0 && !m_readOnly);
    emit currentRowChanged(m_row);
}

void PermissionEntryList::storeCurrent()
{
    if (m_row < 0 || m_readOnly)
        return;
    m_entries[m_row] = m_binding.save(m_entries.at(m_row));
    if (QListWidgetItem *item = m_list->item(m_row))
        item->setText(rowText(m_entries.at(m_row)));
}

void PermissionEntryList::setEntries(const QJsonArray &entries)
{
    m_row = -1;
    m_entries.clear();
    m_list->clear();
    for (const QJsonValue &entry : entries) {
        m_entries.append(entry.toObject());
        m_list->addItem(rowText(entry.toObject()));
    }
    m_list->setCurrentRow(m_entries.isEmpty() ? -1 : 0);
    select(m_list->currentRow());
}

QJsonArray PermissionEntryList::entries() const
{
    QJsonArray entries;
    for (qsizetype row = 0; row < m_entries.size(); ++row)
        entries.append(row == m_row && !m_readOnly ? m_binding.save(m_entries.at(row)) : m_entries.at(row));
    return entries;
}

int PermissionEntryList::currentRow() const
{
    return m_row;
}

void PermissionEntryList::showCurrentEdits()
{
    if (QListWidgetItem *item = m_row >= 0 ? m_list->item(m_row) : nullptr)
        item->setText(rowText(m_binding.save(m_entries.at(m_row))));
}

void PermissionEntryList::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setEnabled(!readOnly);
    select(m_row);
}
