#pragma once

// TimelineDelegate: paints a VersionTimelineModel row as a point on a vertical timeline: the line, a dot (filled
// for the newest version), the id, the time, who made it, and the number of changes per type against the previous
// version. Colours from the palette. GUI thread.

#include <QStyledItemDelegate>

class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TimelineDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "roles 2 · internalusers 1", "first listed version" or "no changes", for people (also the tooltip).
    static QString countsText(const QModelIndex &index);
};
