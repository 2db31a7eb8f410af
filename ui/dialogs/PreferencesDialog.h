#pragma once

// PreferencesDialog: the application's preferences (for now the user-interface language), saved through Settings
// when accepted. A new language takes effect at the next start. Shown with open(), never exec(). GUI thread.

#include <QDialog>

class QAction;
class QComboBox;
class Settings;

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(Settings *settings, QWidget *parent = nullptr);

    // "Preferences…" with the platform's shortcut (Ctrl+, where it has none); opens the dialog over `parent`.
    static QAction *createAction(Settings *settings, QWidget *parent);

private:
    void save();

    Settings *m_settings;
    QComboBox *m_language;
};
