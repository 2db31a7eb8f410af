// TestPreferencesDialog: the language preference is saved through Settings, and File > Preferences… opens it.

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

#include "app/common/Settings.h"
#include "app/store/ClusterSession.h"
#include "tests/support/GuiFixture.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/mainwindow/MainWindow.h"

using namespace Qt::StringLiterals;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savesTheLanguage();
    void cancelKeepsTheLanguage();
    void menuActionOpensTheDialog();
    void germanWindow();

private:
    GuiFixture m_gui; // the settings files, and the main window's data directory
};

void TestPreferencesDialog::initTestCase()
{
    m_gui.initDataDirectory();
}

void TestPreferencesDialog::savesTheLanguage()
{
    Settings settings(m_gui.dataPath(u"save.ini"_s));
    QCOMPARE(settings.uiLanguage(), QString());
    PreferencesDialog dialog(&settings);
    auto *combo = dialog.findChild<QComboBox *>(ObjectNames::languageCombo);
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QString()); // "System default"
    QVERIFY(dialog.findChild<QLabel *>(ObjectNames::restartNote));
    combo->setCurrentIndex(combo->findData(u"de"_s));
    QCOMPARE(combo->currentText(), u"Deutsch"_s);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(settings.uiLanguage(), u"de"_s);

    // A new Settings on the same file sees it: it is what the next start reads.
    Settings reread(m_gui.dataPath(u"save.ini"_s));
    QCOMPARE(reread.uiLanguage(), u"de"_s);
    PreferencesDialog again(&reread);
    QCOMPARE(again.findChild<QComboBox *>(ObjectNames::languageCombo)->currentData().toString(), u"de"_s);
}

void TestPreferencesDialog::cancelKeepsTheLanguage()
{
    Settings settings(m_gui.dataPath(u"cancel.ini"_s));
    settings.setUiLanguage(u"fr"_s);
    PreferencesDialog dialog(&settings);
    auto *combo = dialog.findChild<QComboBox *>(ObjectNames::languageCombo);
    QCOMPARE(combo->currentText(), u"Fran\u00e7ais"_s);
    combo->setCurrentIndex(0);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(settings.uiLanguage(), u"fr"_s);
}

void TestPreferencesDialog::menuActionOpensTheDialog()
{
    Settings settings(m_gui.dataPath(u"menu.ini"_s));
    ClusterSession session;
    MainWindow window(&session);
    QVERIFY(!window.findChild<QAction *>(ObjectNames::actionPreferences));
    window.setSettings(&settings);
    window.setSettings(&settings); // once only
    const QList<QAction *> actions = window.findChildren<QAction *>(ObjectNames::actionPreferences);
    QCOMPARE(actions.size(), 1);
    QVERIFY(!actions.first()->shortcuts().isEmpty());
    window.show();
    actions.first()->trigger();
    PreferencesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<PreferencesDialog *>()) && dialog->isVisible());
    dialog->reject();
}

// The main window and the dialog in German: the texts are translated and fit. With SECDESK_SCREENSHOT_DIR set, the
// pictures are saved there for a look.
void TestPreferencesDialog::germanWindow()
{
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/secdesk_de.qm"_s));
    QCoreApplication::installTranslator(&translator);
    Settings settings(m_gui.dataPath(u"german.ini"_s));
    ClusterSession session;
    MainWindow window(&session);
    window.setSettings(&settings);
    GuiFixture::show(window, {1100, 700});
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    QVERIFY2(menus.contains(u"&Datei"_s) && menus.contains(u"&Hilfe"_s), qPrintable(menus.join(u' ')));

    PreferencesDialog dialog(&settings, &window);
    GuiFixture::show(dialog);
    QCOMPARE(dialog.windowTitle(), u"Einstellungen"_s);
    auto *combo = dialog.findChild<QComboBox *>(ObjectNames::languageCombo);
    QCOMPARE(combo->itemText(0), u"Systemstandard"_s);
    QVERIFY(combo->width() >= combo->sizeHint().width());
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));

    GuiFixture::screenshot(&window, u"de-main.png"_s);
    GuiFixture::screenshot(&dialog, u"de-preferences.png"_s);
    dialog.close();
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestPreferencesDialog)
#include "TestPreferencesDialog.moc"
