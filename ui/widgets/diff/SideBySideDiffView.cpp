#include "ui/widgets/diff/SideBySideDiffView.h"

#include <algorithm>

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>

#include "ui/widgets/diff/DiffColours.h"

namespace {

// The lines around the screen that get their selections too, and the least number of lines that do (a pane that
// is not shown yet has no height).
constexpr int SelectionMarginLines = 20;
constexpr int MinSelectedLines = 100;

QPlainTextEdit *makePane(QWidget *parent, const QString &name)
{
    auto *pane = new QPlainTextEdit(parent);
    pane->setObjectName(name);
    pane->setReadOnly(true);
    pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    pane->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return pane;
}

QTextEdit::ExtraSelection lineSelection(QPlainTextEdit *pane, int line, const QColor &background, bool bold = false)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(pane->document()->findBlockByNumber(line));
    selection.format.setBackground(background);
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    if (bold)
        selection.format.setFontWeight(QFont::Bold);
    return selection;
}

void addRanges(QList<QTextEdit::ExtraSelection> *selections, QPlainTextEdit *pane, int line,
               const QList<LineRange> &ranges, const QColor &background)
{
    const QTextBlock block = pane->document()->findBlockByNumber(line);
    for (const LineRange &range : ranges) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.cursor.setPosition(block.position() + range.start);
        selection.cursor.setPosition(block.position() + range.start + range.length, QTextCursor::KeepAnchor);
        selection.format.setBackground(background);
        selections->append(selection);
    }
}

} // namespace

SideBySideDiffView::SideBySideDiffView(QWidget *parent)
    : QWidget(parent)
    , m_leftTitle(new QLabel(tr("Before"), this))
    , m_rightTitle(new QLabel(tr("After"), this))
    , m_left(makePane(this, QStringLiteral("diffLeftPane")))
    , m_right(makePane(this, QStringLiteral("diffRightPane")))
    , m_empty(new QLabel(tr("No changes."), this))
{
    setObjectName(QStringLiteral("sideBySideDiff"));
    m_empty->setObjectName(QStringLiteral("diffEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    // The titles name the panes for screen readers.
    m_leftTitle->setBuddy(m_left);
    m_rightTitle->setBuddy(m_right);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_leftTitle, 0, 0);
    layout->addWidget(m_rightTitle, 0, 1);
    layout->addWidget(m_left, 1, 0);
    layout->addWidget(m_right, 1, 1);
    layout->addWidget(m_empty, 2, 0, 1, 2);
    layout->setRowStretch(1, 1);

    // Both panes have the same number of lines, so equal scroll values show the same rows.
    const auto sync = [this](QScrollBar *from, QScrollBar *to) {
        connect(from, &QScrollBar::valueChanged, this, [this, to](int value) {
            if (m_syncing)
                return;
            m_syncing = true;
            to->setValue(value);
            m_syncing = false;
        });
    };
    sync(m_left->verticalScrollBar(), m_right->verticalScrollBar());
    sync(m_right->verticalScrollBar(), m_left->verticalScrollBar());
    sync(m_left->horizontalScrollBar(), m_right->horizontalScrollBar());
    sync(m_right->horizontalScrollBar(), m_left->horizontalScrollBar());
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, this, &SideBySideDiffView::paintLayout);
    relayout();
}

void SideBySideDiffView::setSections(const QList<DiffSection> &sections)
{
    m_sections = sections;
    relayout();
}

void SideBySideDiffView::setFilter(const QString &configType, const QString &entityText)
{
    m_typeFilter = configType;
    m_entityFilter = entityText;
    relayout();
}

void SideBySideDiffView::setTitles(const QString &left, const QString &right)
{
    m_leftTitle->setText(left);
    m_rightTitle->setText(right);
}

bool SideBySideDiffView::scrollToEntity(const QString &configType, const QString &entity)
{
    for (int i = 0; i < m_shown.size(); ++i) {
        const DiffSection &section = m_sections.at(m_shown.at(i));
        if (section.configType == configType && section.entity == entity) {
            const int line = m_layout.sectionFirstLine.at(i);
            m_left->verticalScrollBar()->setValue(line); // one step per line in a QPlainTextEdit
            return true;
        }
    }
    return false;
}

void SideBySideDiffView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    paintLayout(); // more or fewer lines on screen
}

void SideBySideDiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        paintLayout();
}

void SideBySideDiffView::relayout()
{
    Prepared prepared;
    QList<DiffSection> shown;
    for (int i = 0; i < m_sections.size(); ++i) {
        const DiffSection &section = m_sections.at(i);
        if (!m_typeFilter.isEmpty() && section.configType != m_typeFilter)
            continue;
        if (!m_entityFilter.isEmpty() && !section.entity.contains(m_entityFilter, Qt::CaseInsensitive))
            continue;
        prepared.shown.append(i);
        shown.append(section);
    }
    if (shown.size() <= m_synchronousLimit) {
        m_layouts.cancel();
        prepared.layout = JsonLineDiff::layout(shown);
        showPrepared(prepared);
        return;
    }
    // Tens of thousands of lines: the layout and the two documents (their text and blocks) are built on a worker,
    // which takes the GUI thread's time down to swapping the documents in.
    m_layingOut = true;
    m_layouts.run(
        [prepared, shown, font = m_left->font(), gui = thread()](const CancelToken &cancel) mutable {
            prepared.layout = JsonLineDiff::layout(shown);
            const auto document = [&font, gui](const QString &text) {
                auto *built = new QTextDocument;
                built->setDefaultFont(font);
                built->setDocumentLayout(new QPlainTextDocumentLayout(built));
                built->setPlainText(text);
                built->moveToThread(gui);
                // Deleted on the GUI thread, whoever lets go of it last (the panes never own it).
                return std::shared_ptr<QTextDocument>(built, [](QTextDocument *d) { d->deleteLater(); });
            };
            if (!cancel.isCancelled()) {
                prepared.left = document(prepared.layout.leftText());
                prepared.right = document(prepared.layout.rightText());
            }
            return prepared;
        },
        [this](const Prepared &ready) { showPrepared(ready); });
}

void SideBySideDiffView::showPrepared(const Prepared &prepared)
{
    m_layingOut = false;
    m_shown = prepared.shown;
    m_layout = prepared.layout;
    if (prepared.left && prepared.right) {
        m_left->setDocument(prepared.left.get());
        m_right->setDocument(prepared.right.get());
        m_leftDocument = prepared.left; // the previous ones go (deleteLater) once the panes have let go of them
        m_rightDocument = prepared.right;
    } else {
        // Back to documents of the panes' own, then the text.
        if (m_leftDocument) {
            for (QPlainTextEdit *pane : {m_left, m_right}) {
                pane->setDocument(nullptr); // a new one of its own
                pane->document()->setDefaultFont(pane->font());
            }
            m_leftDocument.reset();
            m_rightDocument.reset();
        }
        m_left->setPlainText(m_layout.leftText());
        m_right->setPlainText(m_layout.rightText());
    }
    m_empty->setVisible(m_shown.isEmpty());
    paintLayout();
}

void SideBySideDiffView::paintLayout()
{
    const QPalette palette = this->palette();
    const QColor heading = DiffColours::heading(palette);
    const QColor filler = DiffColours::filler(palette);
    const QColor removed = DiffColours::background(palette, DiffColours::Tone::Removed);
    const QColor removedStrong = DiffColours::background(palette, DiffColours::Tone::Removed, true);
    const QColor added = DiffColours::background(palette, DiffColours::Tone::Added);
    const QColor addedStrong = DiffColours::background(palette, DiffColours::Tone::Added, true);
    QList<QTextEdit::ExtraSelection> left;
    QList<QTextEdit::ExtraSelection> right;
    // Only the lines on screen (and a few around them) get their selections, again on every scroll and resize:
    // each extra selection is a text cursor the document keeps up to date and the pane measures, so tens of
    // thousands of them (a diff of a large configuration) would take seconds to set, to clear and to paint.
    const int first = m_left->verticalScrollBar()->value(); // one step per line in a QPlainTextEdit
    const int onScreen = m_left->viewport()->height() / std::max(1, m_left->fontMetrics().lineSpacing()) + 1;
    const int from = std::max(0, first - SelectionMarginLines);
    const int to =
        std::min(int(m_layout.lines.size()), first + std::max(onScreen, MinSelectedLines) + SelectionMarginLines);
    for (int i = from; i < to; ++i) {
        const SideBySideLayout::Line &line = m_layout.lines.at(i);
        switch (line.kind) {
        case SideBySideLayout::LineKind::Heading:
            left.append(lineSelection(m_left, i, heading, true));
            right.append(lineSelection(m_right, i, heading, true));
            break;
        case SideBySideLayout::LineKind::Equal:
            break;
        case SideBySideLayout::LineKind::Removed:
            left.append(lineSelection(m_left, i, removed));
            right.append(lineSelection(m_right, i, filler));
            break;
        case SideBySideLayout::LineKind::Added:
            left.append(lineSelection(m_left, i, filler));
            right.append(lineSelection(m_right, i, added));
            break;
        case SideBySideLayout::LineKind::Changed:
            left.append(lineSelection(m_left, i, removed));
            right.append(lineSelection(m_right, i, added));
            addRanges(&left, m_left, i, line.leftRanges, removedStrong);
            addRanges(&right, m_right, i, line.rightRanges, addedStrong);
            break;
        }
    }
    m_left->setExtraSelections(left);
    m_right->setExtraSelections(right);
}
