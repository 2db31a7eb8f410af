#include "ui/views/configtree/EntitySummaryView.h"

#include <algorithm>

#include <QAction>
#include <QEvent>
#include <QFuture>
#include <QModelIndex>
#include <QPalette>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include "app/common/WorkerPool.h"
#include "app/forms/EntityEdits.h"
#include "app/json/JsonPointer.h"
#include "app/models/ConfigTreeModel.h"
#include "ui/theme/Theme.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxHistory = 50;
constexpr qsizetype LongListLength = 60; // characters
const QString LinkScheme = u"entity"_s;
const QString FormScheme = u"form"_s;     // "form:edit": a form on the entity shown
const QString AccessScheme = u"access"_s; // "access:explain", "access:who-can": an access question on it

struct Colours
{
    QString link;
    QString muted;
    QString missing;
    QString badgeText;
    QString badgeBackground;

    explicit Colours(const QPalette &palette)
    {
        // From the palette, readable on Base (ui/theme/Theme); the badges as in the tree (ConfigTreeDelegate).
        const QColor text = palette.color(QPalette::Text);
        link = Theme::linkText(palette).name();
        muted = Theme::mutedText(text, palette.color(QPalette::Base)).name();
        missing = Theme::errorText(palette).name();
        badgeText = text.name();
        badgeBackground = Theme::badgeBackground(palette, false).name();
    }
};

} // namespace

EntitySummaryView::EntitySummaryView(QWidget *parent) : QTextBrowser(parent), m_back(new QAction(tr("Back"), this))
{
    setObjectName(u"entitySummary"_s);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(8);
    connect(this, &QTextBrowser::anchorClicked, this, &EntitySummaryView::follow);

    m_back->setObjectName(u"actionSummaryBack"_s);
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_back->setToolTip(tr("Back to the entity shown before the last followed link (Alt+Left)"));
    m_back->setEnabled(false);
    connect(m_back, &QAction::triggered, this, &EntitySummaryView::goBack);
    hide();
}

void EntitySummaryView::showIndex(const QModelIndex &index)
{
    const auto *model = qobject_cast<const ConfigTreeModel *>(index.model());
    const bool entity = model
                        && index.data(ConfigTreeModel::NodeKindRole).value<ConfigTreeModel::NodeKind>()
                               == ConfigTreeModel::NodeKind::Entity;
    const auto type = ConfigTypeInfo::fromKey(index.data(ConfigTreeModel::ConfigTypeRole).toString());
    m_request = m_summaries.next();
    m_next.reset();
    if (!entity || !type) {
        showSummary({}, {});
        return;
    }
    const Request request {index.data(ConfigTreeModel::PointerRole).toString(), model->configuration(), *type,
                           index.data(ConfigTreeModel::EntityRole).toString()};
    qsizetype size = 0;
    for (const char *key : {"roles", "rolesmapping", "internalusers", "actiongroups", "tenants"})
        size += request.document.value(QLatin1StringView(key)).toObject().size();
    if (size <= SynchronousLimit) {
        showSummary(request.pointer, summarize(request.document, request.type, request.name));
        return;
    }
    // A summary reads whole types (every user for a role): over 100,000 entities that takes longer than a frame.
    m_summary = {};
    m_pointer.clear();
    m_links.clear();
    setHtml(u"<p style=\"color:%1\">%2</p>"_s.arg(Colours(palette()).muted,
                                                  tr("Summarizing %1…").arg(request.name).toHtmlEscaped()));
    show();
    if (m_running)
        m_next = request;
    else
        start(request);
}

void EntitySummaryView::start(const Request &request)
{
    // One summary at a time: a request made meanwhile waits in m_next and starts when this one ends.
    m_running = true;
    m_summaries.deliverWhenCurrent(
        QtConcurrent::run(WorkerPool::instance(),
                          [request] { return summarize(request.document, request.type, request.name); }),
        m_request,
        [this, pointer = request.pointer](const EntitySummary &summary) {
            m_running = false;
            showSummary(pointer, summary);
        },
        [this](const EntitySummary &) {
            m_running = false;
            if (m_next) {
                const Request next = *m_next;
                m_next.reset();
                start(next);
            }
        });
}

void EntitySummaryView::showSummary(const QString &pointer, const EntitySummary &summary)
{
    m_summary = summary;
    m_pointer = summary.isEmpty() ? QString() : pointer;
    render();
    setVisible(!summary.isEmpty());
}

void EntitySummaryView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void EntitySummaryView::follow(const QUrl &url)
{
    if (url.scheme() == FormScheme) {
        if (!m_pointer.isEmpty())
            emit formRequested(url.path(), m_pointer);
        return;
    }
    if (url.scheme() == AccessScheme) {
        if (!m_pointer.isEmpty())
            emit accessRequested(url.path(), m_pointer);
        return;
    }
    bool ok = false;
    const qsizetype link = url.path().toLongLong(&ok);
    if (url.scheme() != LinkScheme || !ok || link < 0 || link >= m_links.size())
        return;
    const QString target = m_links.at(link);
    if (!m_pointer.isEmpty() && target != m_pointer) {
        m_history.append(m_pointer);
        if (m_history.size() > MaxHistory)
            m_history.removeFirst();
    }
    m_back->setEnabled(!m_history.isEmpty());
    emit entityRequested(target);
}

void EntitySummaryView::goBack()
{
    if (m_history.isEmpty())
        return;
    const QString previous = m_history.takeLast();
    m_back->setEnabled(!m_history.isEmpty());
    emit entityRequested(previous);
}

void EntitySummaryView::render()
{
    m_links.clear();
    if (m_summary.isEmpty()) {
        clear();
        return;
    }
    const Colours colours(palette());
    auto escaped = [](const QString &text) { return text.toHtmlEscaped(); };
    // One label column width for all sections, so that their values line up.
    int labelWidth = 0;
    for (const SummarySection &section : m_summary.sections) {
        for (const SummaryRow &row : section.rows)
            labelWidth = std::max(labelWidth, fontMetrics().horizontalAdvance(row.label));
    }
    labelWidth += fontMetrics().averageCharWidth() * 2;

    QString html;
    html += u"<p style=\"margin-bottom:2px\"><span style=\"font-size:large; font-weight:600\">%1</span>"
            "&nbsp;&nbsp;<span style=\"color:%2\">%3</span>"_s.arg(escaped(m_summary.title), colours.muted,
                                                                   escaped(m_summary.kind));
    for (const QString &badge : m_summary.badges) {
        html += u"&nbsp; <span style=\"color:%1; background-color:%2; font-size:small\">&nbsp;%3&nbsp;</span>"_s.arg(
            colours.badgeText, colours.badgeBackground, escaped(badge));
    }
    html += u"</p>"_s;
    if (!m_summary.description.isEmpty())
        html += u"<p style=\"margin-top:0px\">%1</p>"_s.arg(escaped(m_summary.description));
    // The forms' commands, for the types they edit (Tab reaches them; Enter follows).
    if (const auto pointer = JsonPointer::parse(m_pointer);
        pointer && pointer->tokens().size() == 2 && EntityEdits::types().contains(pointer->tokens().first())) {
        QStringList commands;
        for (const auto &[kind, text] : {std::pair {u"edit"_s, tr("Edit\u2026")},
                                         {u"duplicate"_s, tr("Duplicate\u2026")},
                                         {u"rename"_s, tr("Rename\u2026")},
                                         {u"delete"_s, tr("Delete\u2026")}})
            commands << u"<a href=\"%1:%2\" style=\"color:%3\">%4</a>"_s.arg(FormScheme, kind, colours.link,
                                                                             escaped(text));
        // The access questions, for the entities they are about.
        const QString type = pointer->tokens().first();
        QList<std::pair<QString, QString>> access;
        if (type == u"internalusers" || type == u"roles" || type == u"rolesmapping")
            access.append({u"explain"_s, tr("Explain access\u2026")});
        if (type == u"roles")
            access.append({u"who-can"_s, tr("Who can access\u2026")});
        if (type == u"internalusers" || type == u"roles" || type == u"rolesmapping")
            access.append({u"effective"_s, tr("Effective permissions\u2026")});
        for (const auto &[kind, text] : access)
            commands << u"<a href=\"%1:%2\" style=\"color:%3\">%4</a>"_s.arg(AccessScheme, kind, colours.link,
                                                                             escaped(text));
        html += u"<p style=\"margin-top:2px\">%1</p>"_s.arg(commands.join(u" &nbsp;&middot;&nbsp; "_s));
    }

    for (const SummarySection &section : m_summary.sections) {
        html +=
            u"<p style=\"margin-top:10px; margin-bottom:3px; font-weight:600\">%1</p>"_s.arg(escaped(section.title));
        if (section.rows.isEmpty()) {
            html += u"<p style=\"margin-top:0px; margin-left:14px; color:%1\">%2</p>"_s.arg(colours.muted,
                                                                                            escaped(section.emptyText));
            continue;
        }
        // A label column only where a section has labels (a cell spanning a fixed-width column wraps badly).
        const bool labelled = std::any_of(section.rows.begin(), section.rows.end(),
                                          [](const SummaryRow &row) { return !row.label.isEmpty(); });
        html += u"<table style=\"margin-left:14px\" cellspacing=\"0\" cellpadding=\"1\">"_s;
        for (const SummaryRow &row : section.rows) {
            if (row.startsGroup)
                html += u"<tr><td style=\"font-size:4pt\">&nbsp;</td></tr>"_s;
            QStringList parts;
            for (const SummaryPart &part : row.parts) {
                if (!part.isLink()) {
                    parts << escaped(part.text);
                } else if (part.exists) {
                    parts << u"<a href=\"%1:%2\" style=\"color:%3; text-decoration:none\">%4</a>"_s.arg(
                        LinkScheme, QString::number(m_links.size()), colours.link, escaped(part.text));
                    m_links << part.pointer;
                } else {
                    parts << u"<span style=\"color:%1; text-decoration:line-through\">%2</span>"
                             " <span style=\"color:%1\">%3</span>"_s.arg(colours.missing, escaped(part.text),
                                                                         escaped(tr("(missing)")));
                }
            }
            // Long lists one entry a line: wrapping would break action names at their slashes.
            qsizetype length = 0;
            for (const SummaryPart &part : row.parts)
                length += part.text.size() + 2;
            QString value = parts.join(length > LongListLength ? u"<br>"_s : u", "_s);
            if (!row.note.isEmpty())
                value += u" <span style=\"color:%1\">— %2</span>"_s.arg(colours.muted, escaped(row.note));
            if (!labelled) {
                html += u"<tr><td>%1</td></tr>"_s.arg(value);
            } else {
                html += u"<tr><td width=\"%1\" style=\"color:%2\" valign=\"top\">%3</td><td>%4</td></tr>"_s.arg(
                    QString::number(labelWidth), colours.muted, escaped(row.label), value);
            }
        }
        html += u"</table>"_s;
    }
    setHtml(html);
}
