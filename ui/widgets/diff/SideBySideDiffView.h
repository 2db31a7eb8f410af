#pragma once

// SideBySideDiffView: two read-only panes of pretty JSON, before and after, scrolled together, with line
// backgrounds for removed, added and changed lines and stronger highlights on the characters changed within a line.
// The alignment comes from core (JsonLineDiff::layout); this widget only paints it, as extra selections of the lines
// on screen (recomputed on scroll and resize), so that a diff of tens of thousands of lines stays quick. Many
// sections (over synchronousLimit()) are laid out, and their text documents built, on the WorkerPool: the newest
// setSections() or setFilter() wins, and the GUI thread only swaps the documents in. Used by the patch editor's
// preview, the compare view and the version timeline. GUI thread.

#include <memory>

#include <QWidget>

#include "app/common/Latest.h"
#include "app/json/JsonLineDiff.h"

class QLabel;
class QPlainTextEdit;
class QTextDocument;

class SideBySideDiffView : public QWidget
{
    Q_OBJECT

public:
    explicit SideBySideDiffView(QWidget *parent = nullptr);

    void setSections(const QList<DiffSection> &sections);
    // Shows only the sections of this type (empty: all) whose entity contains `entityText`.
    void setFilter(const QString &configType, const QString &entityText);
    void setTitles(const QString &left, const QString &right);

    const SideBySideLayout &currentLayout() const { return m_layout; }
    QPlainTextEdit *leftPane() const { return m_left; }
    QPlainTextEdit *rightPane() const { return m_right; }
    // Scrolls both panes to the section of this entity; false when it is not shown.
    bool scrollToEntity(const QString &configType, const QString &entity);

    // Up to this many sections are laid out on the calling thread (default 50); more on the WorkerPool.
    void setSynchronousLimit(int sections) { m_synchronousLimit = sections; }
    // True while a layout runs on the WorkerPool (currentLayout() is the previous one until then).
    bool isLayingOut() const { return m_layingOut; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // A layout and the panes' documents, built together (on a worker for many sections).
    struct Prepared
    {
        QList<int> shown;
        SideBySideLayout layout;
        std::shared_ptr<QTextDocument> left;
        std::shared_ptr<QTextDocument> right;
    };

    void relayout();
    void showPrepared(const Prepared &prepared);
    void paintLayout();

    QList<DiffSection> m_sections;
    QList<int> m_shown; // indices into m_sections
    QString m_typeFilter;
    QString m_entityFilter;
    SideBySideLayout m_layout;
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
    QLabel *m_empty;
    bool m_syncing = false;
    // The panes' documents when built on a worker (the panes do not own them).
    std::shared_ptr<QTextDocument> m_leftDocument;
    std::shared_ptr<QTextDocument> m_rightDocument;
    Latest m_layouts {this};
    int m_synchronousLimit = 50;
    bool m_layingOut = false;
};
