#pragma once

// ConfigTreeDelegate: paints the reserved / hidden / static badges of an entity beside its name, from the model's
// roles. No I/O, no store access. GUI thread.

#include <QStyledItemDelegate>

class ConfigTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QStringList badges(const QModelIndex &index);
};
