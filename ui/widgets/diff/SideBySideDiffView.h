#pragma once

// SideBySideDiffView: two read-only panes of pretty JSON, before and after, scrolled together, with line
// backgrounds for removed, added and changed lines and stronger highlights on the characters changed within a line.
// The alignment comes from core (JsonLineDiff::layout); this widget only paints it, as extra selections of the lines
// on screen (recomputed on scroll and resize), so that a diff of tens of thousands of lines stays quick. Used by the
// patch editor's preview and the version timeline. GUI thread.

#include <QWidget>

#include "app/json/JsonLineDiff.h"

class QLabel;
class QPlainTextEdit;

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

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();
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
};
