#include "ui/mainwindow/ProfileMenu.h"

#include <algorithm>

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/common/SecretStore.h"
#include "app/store/ClusterSession.h"
#include "app/store/ProfileStore.h"
#include "ui/dialogs/ConnectionDialog.h"

using namespace Qt::StringLiterals;

ProfileMenu::ProfileMenu(ProfileStore *store, ClusterSession *session, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_session(session)
    , m_window(window)
    , m_menu(new QMenu(tr("&Connection"), window))
    , m_profileActions(new QActionGroup(this))
{
    m_menu->setObjectName(u"connectionMenu"_s);
    m_profilesEnd = m_menu->addSeparator();
    m_addAction = m_menu->addAction(tr("&Add Cluster\u2026"), this, &ProfileMenu::addCluster);
    m_addAction->setObjectName(u"actionAddCluster"_s);
    m_addAction->setShortcut(QKeySequence::New);
    m_editAction = m_menu->addAction(tr("&Edit Profile\u2026"), this, &ProfileMenu::editProfile);
    m_editAction->setObjectName(u"actionEditProfile"_s);
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_removeAction = m_menu->addAction(tr("&Remove Profile\u2026"), this, &ProfileMenu::removeProfile);
    m_removeAction->setObjectName(u"actionRemoveProfile"_s);
    // Menu shortcuts work while the menu is closed only when the actions are part of the window.
    window->addActions({m_addAction, m_editAction, m_removeAction});

    m_welcome = new QWidget(window);
    m_welcome->setObjectName(u"savedProfiles"_s);
    auto *layout = new QVBoxLayout(m_welcome);
    layout->setContentsMargins(0, 0, 0, 0);
    m_welcome->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *title = new QLabel(tr("<b>Saved connections</b> (Enter connects)"), m_welcome);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    m_list = new QListWidget(m_welcome);
    m_list->setObjectName(u"profileList"_s);
    m_list->setMaximumWidth(420);
    m_list->setMinimumWidth(320);
    title->setBuddy(m_list);
    m_list->setAccessibleName(tr("Saved connections")); // the title is rich text
    m_list->setAccessibleDescription(tr("Enter connects to the selected cluster"));
    layout->addWidget(m_list, 0, Qt::AlignHCenter);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { connectToProfile(item->data(Qt::UserRole).toString()); });
    connect(m_list, &QListWidget::currentItemChanged, this, [this] {
        m_editAction->setEnabled(!currentProfile().isEmpty());
        m_removeAction->setEnabled(!currentProfile().isEmpty());
    });

    connect(m_store, &ProfileStore::profilesChanged, this, &ProfileMenu::rebuild);
    connect(m_session, &ClusterSession::stateChanged, this, [this](ClusterSession::State state) {
        // Another connection (the sandbox) replaced the profile's.
        if (state == ClusterSession::State::Connecting && m_session->connectionName() != m_connected) {
            m_connected.clear();
            rebuild();
        }
    });
    rebuild();
}

QString ProfileMenu::currentProfile() const
{
    if (!m_connected.isEmpty() && m_store->contains(m_connected))
        return m_connected;
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfileMenu::rebuild()
{
    const QStringList names = m_store->names();
    for (QAction *action : m_profileActions->actions())
        delete action;
    int index = 0;
    for (const QString &name : names) {
        QString text = name;
        text.replace(u'&', u"&&"_s);
        if (index < 9)
            text = u"&%1 %2"_s.arg(index + 1).arg(text);
        auto *action = new QAction(text, m_profileActions);
        action->setObjectName(u"actionProfile_"_s + name);
        action->setCheckable(true);
        action->setChecked(name == m_connected);
        if (const auto profile = m_store->profile(name))
            action->setStatusTip(profile->url.toString());
        connect(action, &QAction::triggered, this, [this, name] { connectToProfile(name); });
        m_menu->insertAction(m_profilesEnd, action);
        ++index;
    }
    m_profilesEnd->setVisible(!names.isEmpty());

    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : m_store->lastProfile();
    m_list->clear();
    for (const QString &name : names) {
        const auto profile = m_store->profile(name);
        auto *item =
            new QListWidgetItem(profile ? tr("%1 \u2014 %2").arg(name, profile->url.toString()) : name, m_list);
        item->setData(Qt::UserRole, name);
        if (name == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    // As tall as its rows (up to eight), so a short list does not leave an empty box.
    const int rows = std::clamp(int(m_list->count()), 1, 8);
    m_list->setFixedHeight(rows * std::max(m_list->sizeHintForRow(0), 16) + 2 * m_list->frameWidth() + 4);
    m_welcome->setVisible(!names.isEmpty());
    m_editAction->setEnabled(!currentProfile().isEmpty());
    m_removeAction->setEnabled(!currentProfile().isEmpty());
}

void ProfileMenu::connectToProfile(const QString &name)
{
    const CancelToken request = m_loads.next();
    if (!m_store->contains(name)) {
        emit errorOccurred(m_store->unknownProfileMessage(name));
        rebuild(); // undo the check mark of a stale menu entry
        return;
    }
    connect(m_store->load(name), &ProfileLoad::finished, this,
            [this, name, request](const Result<LoadedProfile> &result) {
                if (request.isCancelled())
                    return;
                if (!result) {
                    emit errorOccurred(result.error().message);
                    return;
                }
                if (result->profile.usesPassword() && result->password.isEmpty()) {
                    if (!result->secretProblem.isEmpty())
                        emit errorOccurred(tr("The password of the connection \"%1\" cannot be read: %2")
                                               .arg(name, result->secretProblem));
                    else if (!m_store->secretsArePersistent())
                        emit errorOccurred(tr("No keychain is available, so passwords are kept only until SecDesk "
                                              "quits: choose Connection \u203a Edit Profile to enter the password "
                                              "of \"%1\".")
                                               .arg(name));
                    else
                        emit errorOccurred(tr("No password is saved for the connection \"%1\": choose "
                                              "Connection \u203a Edit Profile to enter it.")
                                               .arg(name));
                    return;
                }
                m_connected = name;
                m_store->setLastProfile(name);
                m_session->connectTo(result->settings, name);
                rebuild();
            });
}

void ProfileMenu::addCluster()
{
    openDialog(QString());
}

void ProfileMenu::editProfile()
{
    const QString name = currentProfile();
    if (!name.isEmpty())
        openDialog(name);
}

void ProfileMenu::openDialog(const QString &name)
{
    auto *dialog = new ConnectionDialog(m_store, name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
        if (!dialog->notice().isEmpty())
            emit noticeShown(dialog->notice());
        // A new profile is connected at once; an edited one again when it is the connected one.
        if (name.isEmpty() || name == m_connected)
            connectToProfile(dialog->savedName());
    });
    dialog->open();
}

void ProfileMenu::removeProfile()
{
    const QString name = currentProfile();
    if (name.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Connection"),
                                tr("Remove the connection \"%1\" and its saved password?").arg(name),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(u"confirmRemoveProfile"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmRemoveButton"_s);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, name, remove](QAbstractButton *button) {
        if (button != remove)
            return;
        if (name == m_connected)
            m_connected.clear();
        connect(m_store->remove(name), &SecretJob::finished, this, [this](const Result<QString> &result) {
            if (!result)
                emit errorOccurred(result.error().message);
        });
    });
    box->open();
}
