#include "ui/views/configtree/ConfigTreeDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include "app/models/ConfigTreeModel.h"
#include "app/models/ProblemsModel.h"
#include "ui/theme/Theme.h"
#include "ui/views/problems/LintStyle.h"

namespace {

constexpr int BadgeGap = 4;
constexpr int BadgePadding = 5;

QFont badgeFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(std::max(6.0, base.pointSizeF() * 0.8));
    return font;
}

} // namespace

QStringList ConfigTreeDelegate::badges(const QModelIndex &index)
{
    QStringList result;
    if (index.column() != ConfigTreeModel::NameColumn)
        return result;
    if (index.data(ConfigTreeModel::StaticRole).toBool())
        result << tr("static");
    if (index.data(ConfigTreeModel::ReservedRole).toBool())
        result << tr("reserved");
    if (index.data(ConfigTreeModel::HiddenRole).toBool())
        result << tr("hidden");
    if (const auto severity = lintSeverity(index))
        result << LintStyle::mark(*severity) + u' ' + ProblemsModel::severityText(*severity);
    return result;
}

std::optional<LintSeverity> ConfigTreeDelegate::lintSeverity(const QModelIndex &index)
{
    if (index.column() != ConfigTreeModel::NameColumn)
        return std::nullopt;
    const QVariant value = index.data(ConfigTreeModel::LintSeverityRole);
    if (!value.isValid())
        return std::nullopt;
    return LintSeverity(value.toInt());
}

void ConfigTreeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList labels = badges(index);
    if (labels.isEmpty())
        return QStyledItemDelegate::paint(painter, option, index);

    const QFont font = badgeFont(option.font);
    const QFontMetrics metrics(font);
    int width = 0;
    for (const QString &label : labels)
        width += metrics.horizontalAdvance(label) + 2 * BadgePadding + BadgeGap;

    // The lint badge comes last; it is drawn in its severity's colours.
    const std::optional<LintSeverity> severity = lintSeverity(index);
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    const QString name = item.text;
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    // The name, elided to leave room for the badges.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget).adjusted(margin, 0, -margin, 0);
    const int nameWidth = std::max(0, textRect.width() - width);
    const QString elided = option.fontMetrics.elidedText(name, Qt::ElideRight, nameWidth);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect.adjusted(0, 0, -width, 0), int(option.displayAlignment), elided);

    int x = textRect.left() + option.fontMetrics.horizontalAdvance(elided) + BadgeGap * 2;
    painter->setFont(font);
    painter->setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString &label = labels.at(i);
        const bool lint = severity && i == labels.size() - 1;
        const int w = metrics.horizontalAdvance(label) + 2 * BadgePadding;
        const QRect badge(x, textRect.center().y() - metrics.height() / 2, w, metrics.height());
        QPainterPath path;
        path.addRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->fillPath(path, lint ? LintStyle::background(option.palette, *severity)
                                     : Theme::badgeBackground(option.palette, selected));
        painter->setPen(lint ? option.palette.color(group, QPalette::Text)
                             : option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(badge, Qt::AlignCenter, label);
        x += w + BadgeGap;
    }
    painter->restore();
}

QSize ConfigTreeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QStringList labels = badges(index);
    if (!labels.isEmpty()) {
        const QFontMetrics metrics(badgeFont(option.font));
        for (const QString &label : labels)
            size.rwidth() += metrics.horizontalAdvance(label) + 2 * BadgePadding + BadgeGap;
        size.rwidth() += BadgeGap;
    }
    return size;
}
