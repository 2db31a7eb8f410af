#include "ui/views/journal/JournalView.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "app/models/JournalModel.h"
#include "ui/widgets/JsonHighlighter.h"

JournalView::JournalView(const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_model(new JournalModel(path, this))
    , m_pathLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("journalView"));
    setWindowTitle(tr("Write journal"));

    m_pathLabel->setObjectName(QStringLiteral("journalPath"));
    m_pathLabel->setText(tr("One entry per write to a cluster, newest first. File: %1").arg(m_model->path()));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setWordWrap(true);
    auto *reloadButton = new QPushButton(tr("Reload"), this);
    reloadButton->setObjectName(QStringLiteral("journalReload"));
    connect(reloadButton, &QPushButton::clicked, this, &JournalView::reload);

    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(JournalModel::WhatColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(JournalModel::TimeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(JournalModel::ResultColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(JournalModel::BackupColumn, QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JournalView::showCurrent);

    m_detail->setObjectName(QStringLiteral("journalDetail"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select an entry to see it in full."));
    new JsonHighlighter(m_detail->document());
    m_table->setAccessibleName(tr("Write journal entries"));
    m_detail->setAccessibleName(tr("Selected journal entry"));
    reloadButton->setAccessibleDescription(tr("Read the journal file again"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *top = new QHBoxLayout;
    top->addWidget(m_pathLabel, 1);
    top->addWidget(reloadButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    resize(900, 600);
}

void JournalView::reload()
{
    m_model->reload();
    m_detail->clear();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void JournalView::setPath(const QString &path)
{
    m_model->setPath(path);
    m_pathLabel->setText(tr("One entry per write to a cluster, newest first. File: %1").arg(m_model->path()));
    reload();
}

void JournalView::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void JournalView::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const QJsonObject entry = m_model->entry(current.row());
    m_detail->setPlainText(QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Indented)));
}
