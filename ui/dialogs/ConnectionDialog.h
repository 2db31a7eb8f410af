#pragma once

// ConnectionDialog: adds or edits a connection profile: address, authentication, TLS material, timeout; tries the
// connection ("Test connection") before saving through ProfileStore. Shown with open(), never exec(). GUI thread.

#include <QDialog>
#include <QHash>

#include "app/domain/ConnectionProfile.h"
#include "app/store/ConnectionTest.h"

class ProfileStore;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty name adds a profile; otherwise that profile is edited (its secrets are read in the background).
    ConnectionDialog(ProfileStore *store, const QString &profileName, QWidget *parent = nullptr);

    // After accepted(): the profile's name, and a notice for people (secrets kept for this session only) or "".
    QString savedName() const { return m_savedName; }
    QString notice() const { return m_notice; }

    // The profile as the fields describe it.
    ConnectionProfile profile() const;

private:
    QWidget *fileField(QLineEdit *edit, const QString &objectName, const QString &title);
    QLabel *addErrorRow(ConnectionProfile::Field field);
    void load(const ConnectionProfile &profile);
    void updateAuthRows();
    bool showProblems(const QList<ConnectionProfile::Problem> &problems);
    void testConnection();
    void showTestResult(const ConnectionTestResult &result);
    void setTesting(bool testing);
    void save();

    ProfileStore *m_store;
    QString m_originalName;
    QString m_savedName;
    QString m_notice;
    ConnectionTest *m_test;

    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_cert = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_ca = nullptr;
    QCheckBox *m_verifyTls = nullptr;
    QLabel *m_tlsWarning = nullptr;
    QSpinBox *m_timeout = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_cancelTest = nullptr;
    QProgressBar *m_testBusy = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<ConnectionProfile::Field, QLabel *> m_errors;
    QHash<ConnectionProfile::Field, QWidget *> m_fields;
};
