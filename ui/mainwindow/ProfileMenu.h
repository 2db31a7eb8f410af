#pragma once

// ProfileMenu: the "Connection" menu (saved profiles, add, edit, remove) and the list of saved profiles on the
// welcome page. Connects the session to a profile, switching without a restart. GUI thread.

#include <QObject>
#include <QPointer>

#include "app/common/Latest.h"

class ClusterSession;
class ProfileStore;
class QAction;
class QActionGroup;
class QListWidget;
class QMenu;
class QWidget;

class ProfileMenu : public QObject
{
    Q_OBJECT

public:
    // Widgets are created as children of `window`.
    ProfileMenu(ProfileStore *store, ClusterSession *session, QWidget *window);

    QMenu *menu() const { return m_menu; }
    // "Saved connections" with the list; hidden while no profile is saved.
    QWidget *welcomeWidget() const { return m_welcome; }
    QAction *addClusterAction() const { return m_addAction; }
    // The profile the session was last connected to through this menu ("" for the sandbox or none).
    QString connectedProfile() const { return m_connected; }

public slots:
    // Reads the profile's secrets and connects; an unknown name reports the saved ones through errorOccurred().
    void connectToProfile(const QString &name);
    void addCluster();
    // Edits or removes the connected profile, or (when none) the one selected on the welcome page.
    void editProfile();
    void removeProfile();

signals:
    void errorOccurred(const QString &message);
    void noticeShown(const QString &message);

private:
    QString currentProfile() const;
    void rebuild();
    void openDialog(const QString &name);

    ProfileStore *m_store;
    ClusterSession *m_session;
    QWidget *m_window;
    QMenu *m_menu;
    QActionGroup *m_profileActions;
    QAction *m_profilesEnd; // the separator after the profiles
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_removeAction;
    QWidget *m_welcome;
    QListWidget *m_list;
    QString m_connected;
    Latest m_loads {this}; // a slower load of an earlier choice never wins
};
