#include "ui/views/timeline/TimelineDelegate.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

#include "app/models/VersionTimelineModel.h"
#include "ui/theme/Theme.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int LineX = 18;
constexpr int DotRadius = 6;
constexpr int TextX = 40;
constexpr int Margin = 6;

} // namespace

TimelineDelegate::TimelineDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QString TimelineDelegate::countsText(const QModelIndex &index)
{
    const QVariantMap counts = index.data(VersionTimelineModel::ChangeCountsRole).toMap();
    if (counts.isEmpty()) {
        const bool oldest = index.row() == index.model()->rowCount() - 1;
        return oldest ? tr("first listed version") : tr("no changes");
    }
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << tr("%1 %2").arg(it.key()).arg(it.value().toInt());
    return parts.join(u"  \u00b7  "_s);
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget); // selection background

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = opt.rect;
    const QPalette &palette = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor text = palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = Theme::mutedText(text, palette.color(group, selected ? QPalette::Highlight : QPalette::Base));

    // The line: from the top of the row (not above the newest) to the bottom (not below the oldest).
    const int centerY = rect.top() + Margin + opt.fontMetrics.height() / 2 + 1;
    const bool newest = index.data(VersionTimelineModel::IsNewestRole).toBool();
    const bool oldest = index.row() == index.model()->rowCount() - 1;
    QColor lineColour = palette.color(group, QPalette::Mid);
    painter->setPen(QPen(lineColour, 2));
    painter->drawLine(QPoint(rect.left() + LineX, newest ? centerY : rect.top()),
                      QPoint(rect.left() + LineX, oldest ? centerY : rect.bottom() + 1));
    // The dot: filled for the newest (the live configuration's version), hollow otherwise.
    const QColor accent = palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight);
    painter->setPen(QPen(accent, 2));
    painter->setBrush(newest ? accent : palette.color(group, QPalette::Base));
    painter->drawEllipse(QPoint(rect.left() + LineX, centerY), DotRadius, DotRadius);

    // Line 1: id (bold), time, user. Line 2: the counts.
    const int x = rect.left() + TextX;
    const int width = rect.right() - x - Margin;
    QFont bold = opt.font;
    bold.setBold(true);
    const QString id = index.data(VersionTimelineModel::IdRole).toString();
    const QFontMetrics boldMetrics(bold);
    const int lineHeight = opt.fontMetrics.height();
    QRect first(x, rect.top() + Margin, width, lineHeight);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter, id);
    const int idWidth = boldMetrics.horizontalAdvance(id) + 12;
    const QDateTime time = index.data(VersionTimelineModel::TimeRole).toDateTime();
    const QString when = time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)
                                        : index.data(VersionTimelineModel::TimestampTextRole).toString();
    const QString user = index.data(VersionTimelineModel::ModifiedByRole).toString();
    const QString detail = user.isEmpty() ? when : tr("%1  by %2").arg(when, user);
    painter->setFont(opt.font);
    const QRect detailRect = first.adjusted(idWidth, 0, 0, 0);
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(detail, Qt::ElideRight, detailRect.width()));
    QRect second(x, first.bottom() + 3, width, lineHeight);
    painter->setPen(muted);
    painter->drawText(
        second, Qt::AlignLeft | Qt::AlignVCenter,
        opt.fontMetrics.elidedText(newest ? tr("current  \u00b7  %1").arg(countsText(index)) : countsText(index),
                                   Qt::ElideRight, second.width()));
    painter->restore();
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int lineHeight = option.fontMetrics.height();
    return {TextX + 200, 2 * Margin + 2 * lineHeight + 3};
}
