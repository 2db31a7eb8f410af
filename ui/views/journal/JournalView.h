#pragma once

// JournalView: the write journal as a table (JournalModel, newest first) beside the selected entry as pretty JSON.
// Re-reads the journal whenever it is shown. GUI thread.

#include <QWidget>

class JournalModel;
class QLabel;
class QPlainTextEdit;
class QTableView;

class JournalView : public QWidget
{
    Q_OBJECT

public:
    // An empty path reads the default journal (WriteJournal::defaultPath()).
    explicit JournalView(const QString &path = QString(), QWidget *parent = nullptr);

    JournalModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *detail() const { return m_detail; }

public slots:
    void reload();
    // Shows another journal file (empty: the default one).
    void setPath(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showCurrent();

    JournalModel *m_model;
    QLabel *m_pathLabel;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
};
