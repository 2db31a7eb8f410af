#include "ui/dialogs/ConnectionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "app/common/SecretStore.h"
#include "app/store/ProfileStore.h"
#include "ui/theme/Theme.h"

using namespace Qt::StringLiterals;

namespace {

using Field = ConnectionProfile::Field;
using AuthMode = ConnectionProfile::AuthMode;

QString fieldKey(Field field)
{
    switch (field) {
    case Field::Name:
        return u"name"_s;
    case Field::Url:
        return u"url"_s;
    case Field::User:
        return u"user"_s;
    case Field::CertFile:
        return u"cert"_s;
    case Field::KeyFile:
        return u"key"_s;
    case Field::CaFile:
        return u"ca"_s;
    case Field::Timeout:
        return u"timeout"_s;
    }
    return QString();
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString listOrNone(const QStringList &items)
{
    return items.isEmpty() ? ConnectionDialog::tr("none") : escaped(items.join(u", "_s));
}

} // namespace

ConnectionDialog::ConnectionDialog(ProfileStore *store, const QString &profileName, QWidget *parent)
    : QDialog(parent), m_store(store), m_originalName(profileName), m_test(new ConnectionTest(this))
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(profileName.isEmpty() ? tr("Add a Cluster") : tr("Edit Connection \u2014 %1").arg(profileName));
    setMinimumWidth(560);

    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);

    auto addRow = [this](const QString &label, QWidget *field, const QString &objectName) {
        field->setObjectName(objectName);
        m_form->addRow(label, field);
    };
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Production"));
    addRow(tr("&Name:"), m_name, u"nameEdit"_s);
    m_fields.insert(Field::Name, m_name);
    addErrorRow(Field::Name);

    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(u"https://localhost:9200"_s);
    addRow(tr("&Address:"), m_url, u"urlEdit"_s);
    m_fields.insert(Field::Url, m_url);
    addErrorRow(Field::Url);

    m_auth = new QComboBox(this);
    m_auth->addItem(tr("User name and password"), int(AuthMode::Basic));
    m_auth->addItem(tr("Client certificate"), int(AuthMode::Certificate));
    m_auth->addItem(tr("Client certificate and password"), int(AuthMode::Both));
    addRow(tr("A&uthentication:"), m_auth, u"authCombo"_s);

    m_user = new QLineEdit(this);
    addRow(tr("&User:"), m_user, u"userEdit"_s);
    m_fields.insert(Field::User, m_user);
    addErrorRow(Field::User);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    addRow(tr("&Password:"), m_password, u"passwordEdit"_s);

    m_cert = new QLineEdit(this);
    m_form->addRow(tr("Client &certificate:"), fileField(m_cert, u"certEdit"_s, tr("Client certificate (PEM)")));
    m_fields.insert(Field::CertFile, m_cert);
    addErrorRow(Field::CertFile);
    m_key = new QLineEdit(this);
    m_form->addRow(tr("Client &key:"), fileField(m_key, u"keyEdit"_s, tr("Client key (PEM)")));
    m_fields.insert(Field::KeyFile, m_key);
    addErrorRow(Field::KeyFile);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("only for an encrypted key"));
    addRow(tr("Key pass&phrase:"), m_passphrase, u"passphraseEdit"_s);

    m_ca = new QLineEdit(this);
    m_ca->setPlaceholderText(tr("optional: trusted in addition to the system's CAs"));
    m_form->addRow(tr("C&A file:"), fileField(m_ca, u"caEdit"_s, tr("CA certificates (PEM)")));
    m_fields.insert(Field::CaFile, m_ca);
    addErrorRow(Field::CaFile);

    m_verifyTls = new QCheckBox(tr("&Verify TLS certificates"), this);
    m_verifyTls->setChecked(true);
    addRow(QString(), m_verifyTls, u"verifyTlsCheck"_s);
    m_tlsWarning = new QLabel(tr("<b>Verification is off:</b> SecDesk cannot tell whether it talks to the real "
                                 "cluster, and anyone in between can read the password. Prefer a CA file."),
                              this);
    m_tlsWarning->setObjectName(u"tlsWarningLabel"_s);
    m_tlsWarning->setWordWrap(true);
    m_form->addRow(QString(), m_tlsWarning);
    m_form->setRowVisible(m_tlsWarning, false);

    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, ConnectionProfile::MaxTimeoutSeconds);
    m_timeout->setValue(ConnectionProfile::DefaultTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    addRow(tr("&Timeout:"), m_timeout, u"timeoutSpin"_s);
    m_fields.insert(Field::Timeout, m_timeout);
    addErrorRow(Field::Timeout);

    // Test connection: button, busy bar with Cancel, result.
    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("Te&st Connection"), this);
    m_testButton->setObjectName(u"testButton"_s);
    m_testButton->setAutoDefault(false);
    m_testBusy = new QProgressBar(this);
    m_testBusy->setObjectName(u"testBusy"_s);
    m_testBusy->setRange(0, 0);
    m_testBusy->setTextVisible(false);
    m_testBusy->setMaximumWidth(120);
    m_testBusy->hide();
    m_cancelTest = new QPushButton(tr("Cancel &Test"), this);
    m_cancelTest->setObjectName(u"cancelTestButton"_s);
    m_cancelTest->setAutoDefault(false);
    m_cancelTest->hide();
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testBusy);
    testRow->addWidget(m_cancelTest);
    testRow->addStretch();
    layout->addLayout(testRow);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::RichText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_testResult->setFrameShape(QFrame::StyledPanel);
    m_testResult->setMargin(6);
    m_testResult->hide();
    layout->addWidget(m_testResult);

    m_saveError = new QLabel(this);
    m_saveError->setObjectName(u"saveErrorLabel"_s);
    m_saveError->setWordWrap(true);
    m_saveError->hide();
    layout->addWidget(m_saveError);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"dialogButtons"_s);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    layout->addWidget(m_buttons);

    connect(m_auth, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateAuthRows);
    connect(m_verifyTls, &QCheckBox::toggled, this, [this](bool on) { m_form->setRowVisible(m_tlsWarning, !on); });
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_cancelTest, &QPushButton::clicked, m_test, &ConnectionTest::cancel);
    connect(m_test, &ConnectionTest::finished, this, &ConnectionDialog::showTestResult);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, m_test, &ConnectionTest::cancel);

    if (!profileName.isEmpty()) {
        if (const auto existing = m_store->profile(profileName))
            load(*existing);
        connect(m_store->load(profileName), &ProfileLoad::finished, this, [this](const Result<LoadedProfile> &r) {
            if (!r)
                return;
            if (m_password->text().isEmpty())
                m_password->setText(r->password);
            if (m_passphrase->text().isEmpty())
                m_passphrase->setText(r->passphrase);
        });
    }
    updateAuthRows();
    m_name->setFocus();
}

QWidget *ConnectionDialog::fileField(QLineEdit *edit, const QString &objectName, const QString &title)
{
    edit->setObjectName(objectName);
    auto *row = new QWidget(this);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(edit, 1);
    auto *browse = new QToolButton(row);
    browse->setObjectName(objectName + u"Browse"_s);
    browse->setText(tr("Browse\u2026"));
    browse->setToolTip(tr("Choose the file"));
    // The form's label names the row, not the edit inside it: name both for screen readers.
    edit->setAccessibleName(title);
    browse->setAccessibleName(tr("Browse: %1").arg(title));
    browse->setFocusPolicy(Qt::StrongFocus);
    rowLayout->addWidget(browse);
    row->setFocusProxy(edit);
    connect(browse, &QToolButton::clicked, this, [this, edit, title] {
        auto *dialog = new QFileDialog(this, title, edit->text());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilters({tr("PEM files (*.pem *.crt *.cer *.key)"), tr("All files (*)")});
        connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
        dialog->open();
    });
    return row;
}

QLabel *ConnectionDialog::addErrorRow(ConnectionProfile::Field field)
{
    auto *label = new QLabel(this);
    label->setObjectName(fieldKey(field) + u"Error"_s);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, Theme::errorText(palette, QPalette::Window));
    label->setPalette(palette);
    m_form->addRow(QString(), label);
    m_form->setRowVisible(label, false);
    m_errors.insert(field, label);
    return label;
}

void ConnectionDialog::load(const ConnectionProfile &profile)
{
    m_name->setText(profile.name);
    m_url->setText(profile.url.toString());
    m_auth->setCurrentIndex(m_auth->findData(int(profile.auth)));
    m_user->setText(profile.user);
    m_cert->setText(profile.certFile);
    m_key->setText(profile.keyFile);
    m_ca->setText(profile.caFile);
    m_verifyTls->setChecked(profile.verifyTls);
    m_timeout->setValue(profile.timeoutSeconds);
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile profile;
    profile.name = m_name->text();
    profile.url = QUrl(m_url->text().trimmed());
    profile.auth = AuthMode(m_auth->currentData().toInt());
    profile.user = m_user->text().trimmed();
    profile.certFile = m_cert->text().trimmed();
    profile.keyFile = m_key->text().trimmed();
    profile.caFile = m_ca->text().trimmed();
    profile.verifyTls = m_verifyTls->isChecked();
    profile.timeoutSeconds = m_timeout->value();
    return profile;
}

void ConnectionDialog::updateAuthRows()
{
    const ConnectionProfile current = profile();
    for (QWidget *field : {static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password)})
        m_form->setRowVisible(field, current.usesPassword());
    for (QLineEdit *edit : {m_cert, m_key})
        m_form->setRowVisible(edit->parentWidget(), current.usesCertificate());
    m_form->setRowVisible(m_passphrase, current.usesCertificate());
    if (!current.usesPassword())
        m_form->setRowVisible(m_errors.value(Field::User), false);
    if (!current.usesCertificate()) {
        m_form->setRowVisible(m_errors.value(Field::CertFile), false);
        m_form->setRowVisible(m_errors.value(Field::KeyFile), false);
    }
}

bool ConnectionDialog::showProblems(const QList<ConnectionProfile::Problem> &problems)
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        m_form->setRowVisible(it.value(), false);
    for (const auto &problem : problems) {
        QLabel *label = m_errors.value(problem.field);
        label->setText(problem.message);
        m_form->setRowVisible(label, true);
    }
    if (!problems.isEmpty())
        m_fields.value(problems.first().field)->setFocus();
    return problems.isEmpty();
}

void ConnectionDialog::testConnection()
{
    ConnectionProfile current = profile();
    if (current.name.trimmed().isEmpty())
        current.name = u"test"_s; // a test needs no name yet
    if (!showProblems(current.validate()))
        return;
    setTesting(true);
    m_testResult->setText(tr("Connecting to %1\u2026").arg(escaped(current.url.toString())));
    m_testResult->show();
    m_test->start(current.toConnectionSettings(m_password->text(), m_passphrase->text()));
}

void ConnectionDialog::setTesting(bool testing)
{
    m_testButton->setEnabled(!testing);
    m_testBusy->setVisible(testing);
    m_cancelTest->setVisible(testing);
    if (testing)
        m_cancelTest->setFocus();
    else if (m_cancelTest->hasFocus() || !focusWidget())
        m_testButton->setFocus();
}

void ConnectionDialog::showTestResult(const ConnectionTestResult &result)
{
    setTesting(false);
    m_testResult->show();
    if (!result) {
        const ApiError &error = result.error();
        if (error.kind == ApiError::Kind::Cancelled) {
            m_testResult->setText(tr("The test was cancelled."));
            return;
        }
        QString text = tr("<b>The connection failed.</b><br>%1").arg(escaped(error.userMessage()));
        if (error.isAuthenticationFailure())
            text += tr("<br>Check the user name and password.");
        for (const CertificateInfo &certificate : error.certificates)
            text += u"<br>"_s + escaped(certificate.describe());
        m_testResult->setText(text);
        return;
    }
    const ConnectionReport &report = *result;
    QString text = tr("<b>Connected as %1</b>").arg(escaped(report.identity.userName));
    text += u"<br>"_s + tr("Roles: %1").arg(listOrNone(report.identity.roles));
    text += u"<br>"_s + tr("Backend roles: %1").arg(listOrNone(report.identity.backendRoles));
    if (report.cluster) {
        text += u"<br>"_s
                + tr("Cluster: <b>%1</b> (%2 %3)")
                      .arg(escaped(report.cluster->clusterName), escaped(report.cluster->distribution),
                           escaped(report.cluster->versionText));
    } else {
        text += u"<br>"_s + tr("The cluster's name and version cannot be read: %1").arg(escaped(report.clusterProblem));
    }
    if (!report.peerCertificates.isEmpty()) {
        const CertificateInfo &peer = report.peerCertificates.first();
        text += u"<br>"_s
                + tr("Certificate: %1<br>issued by %2<br>valid %3 to %4<br>SHA-256 %5")
                      .arg(escaped(peer.subject), escaped(peer.issuer),
                           peer.notBefore.toLocalTime().toString(u"yyyy-MM-dd"_s),
                           peer.notAfter.toLocalTime().toString(u"yyyy-MM-dd"_s), escaped(peer.sha256));
    } else if (m_url->text().trimmed().startsWith(u"http:"_s, Qt::CaseInsensitive)) {
        text += u"<br>"_s + tr("Not encrypted: the address uses http.");
    }
    m_testResult->setText(text);
}

void ConnectionDialog::save()
{
    const ConnectionProfile current = profile();
    m_saveError->hide();
    if (!showProblems(current.validate()))
        return;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    connect(m_store->save(current, m_password->text(), m_passphrase->text(), m_originalName), &SecretJob::finished,
            this, [this, name = current.name](const Result<QString> &result) {
                m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
                if (!result) {
                    if (result.error().code == u"profile.exists"_s) {
                        showProblems({{Field::Name, result.error().message}});
                    } else {
                        if (result.error().code != u"profile.invalid"_s)
                            m_originalName = name; // the fields were saved: saving again updates them
                        m_saveError->setText(result.error().message);
                        m_saveError->show();
                    }
                    return;
                }
                m_savedName = name;
                m_notice = *result;
                accept();
            });
}
