#include "ui/dialogs/PreferencesDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "app/common/Settings.h"

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(Settings *settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));

    // Each language is named in its own language, so people find theirs whatever the current one is.
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Fran\u00e7ais"_s, u"fr"_s);
    const int current = m_language->findData(settings->uiLanguage());
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    auto *note = new QLabel(tr("A new language takes effect after a restart of SecDesk."), this);
    note->setObjectName(u"restartNote"_s);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QAction *PreferencesDialog::createAction(Settings *settings, QWidget *parent)
{
    auto *action = new QAction(tr("&Preferences\u2026"), parent);
    action->setObjectName(u"actionPreferences"_s);
    action->setMenuRole(QAction::PreferencesRole);
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (keys.isEmpty())
        keys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    action->setShortcuts(keys);
    connect(action, &QAction::triggered, parent, [settings, parent] {
        auto *dialog = new PreferencesDialog(settings, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    return action;
}

void PreferencesDialog::save()
{
    m_settings->setUiLanguage(m_language->currentData().toString());
    m_settings->sync();
}
