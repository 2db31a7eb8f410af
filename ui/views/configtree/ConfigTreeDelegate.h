#pragma once

// ConfigTreeDelegate: paints the reserved / hidden / static badges of an entity beside its name, and its most severe
// lint finding's severity, from the model's roles. No I/O, no store access. GUI thread.

#include <optional>

#include <QStyledItemDelegate>

#include "app/lint/Lint.h"

class ConfigTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QStringList badges(const QModelIndex &index);
    // The severity of the entity's most severe lint finding, if it has any.
    static std::optional<LintSeverity> lintSeverity(const QModelIndex &index);
};
