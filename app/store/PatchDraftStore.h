#pragma once

// PatchDraftStore: the patch being edited, saved as a draft so that it comes back after a crash or a restart.
// One file per draft name (the connection's name) under DataDirectory::path()/drafts/, written atomically (QSaveFile),
// debounced after each change. Draft files are readable by their owner only (0600), and never hold a secret:
// passwords, hashes and keys are saved as "******" (the patch editor asks for them again), and raw text that does
// not parse yet is not saved while it names a secret. GUI thread (any one thread).

#include <QObject>
#include <QString>

#include "app/common/Result.h"

class QTimer;

class PatchDraftStore : public QObject
{
    Q_OBJECT

public:
    // `directory` empty: DataDirectory::path()/drafts.
    explicit PatchDraftStore(const QString &directory = QString(), QObject *parent = nullptr);
    ~PatchDraftStore() override;

    QString directory() const { return m_directory; }
    // Which draft is saved and loaded ("default" when empty); a pending save of the previous one is written first.
    void setDraftName(const QString &name);
    QString draftName() const { return m_name; }
    QString filePath() const;

    // Saves `text` after the debounce delay; a newer text replaces a pending one.
    void scheduleSave(const QString &text);
    // Writes a pending save now (on quit).
    void flush();
    // Saves `text` with its secrets redacted (see above).
    VoidResult save(const QString &text);
    // The saved draft text, or an empty string when there is none.
    Result<QString> load() const;
    void discard();

    void setDebounceInterval(int milliseconds);

signals:
    void saved();
    void saveFailed(const QString &message);

private:
    QString m_directory;
    QString m_name = QStringLiteral("default");
    QString m_pending;
    bool m_hasPending = false;
    QTimer *m_timer;
};
