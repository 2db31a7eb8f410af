#pragma once

// EntitySummaryView: the readable summary of the selected entity (app/domain/EntitySummary) as rich text with
// links to related entities and, for the types the forms edit, their commands (Edit…, Duplicate…, Rename…,
// Delete…) and the access questions (Explain access…, Who can access…), and a small history of followed links (Back,
// Alt+Left). It only renders and asks for navigation (entityRequested); the owner selects the entity. Lives on the GUI
// thread; summaries of large configurations are computed on a worker thread (one at a time, the newest request wins).

#include <optional>

#include <QJsonObject>
#include <QStringList>
#include <QTextBrowser>

#include "app/common/Latest.h"
#include "app/domain/EntitySummary.h"

class QAction;
class QModelIndex;

class EntitySummaryView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit EntitySummaryView(QWidget *parent = nullptr);

    // Shows the summary of the entity at `index` of a ConfigTreeModel; hides itself for other nodes and for
    // types without a summary.
    void showIndex(const QModelIndex &index);
    void showSummary(const QString &pointer, const EntitySummary &summary);

    const EntitySummary &summary() const { return m_summary; }
    // Whether a summary is being computed on a worker thread.
    bool isSummarizing() const { return m_running; }
    // Configurations with more entities than this (in the types a summary reads) are summarized off the GUI thread.
    static constexpr qsizetype SynchronousLimit = 10000;
    QString currentPointer() const { return m_pointer; }
    // Goes back to the entity shown before the last followed link; add it to a widget that holds the tree too.
    QAction *backAction() const { return m_back; }
    QStringList history() const { return m_history; }

signals:
    // A link or Back asks for the entity at `pointer` ("/roles/x") to be selected.
    void entityRequested(const QString &pointer);
    // A form's command on the entity shown (kind: "edit", "duplicate", "rename", "delete"), for the five types the
    // forms edit.
    void formRequested(const QString &kind, const QString &pointer);
    // An access question on the entity shown (kind: "explain" for users, roles and mappings; "who-can" for roles).
    void accessRequested(const QString &kind, const QString &pointer);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Request
    {
        QString pointer;
        QJsonObject document;
        ConfigType type;
        QString name;
    };

    void start(const Request &request);
    void follow(const QUrl &url);
    void goBack();
    void render();

    EntitySummary m_summary;
    QString m_pointer;
    QStringList m_links;   // pointers of the anchors in the rendered text, by index
    QStringList m_history; // previously shown entities, newest last
    QAction *m_back;
    std::optional<Request> m_next; // waits for the running computation
    bool m_running = false;
    Latest m_summaries {this}; // a result of an older request is dropped
    CancelToken m_request;     // the newest request
};
