#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTranslator>
#include <QtTest>

#include "app/api/AdminResponses.h"
#include "app/common/DataDirectory.h"
#include "app/models/CertificateTableModel.h"
#include "app/store/ClusterSession.h"
#include "app/write/AdminPlans.h"
#include "tests/support/GuiFixture.h"
#include "tests/support/TestCertificates.h"
#include "ui/mainwindow/ClusterMenu.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/views/admin/AccountDialog.h"
#include "ui/views/admin/AdminActions.h"
#include "ui/views/admin/AdminConfirm.h"
#include "ui/views/admin/CacheFlushDialog.h"
#include "ui/views/admin/CertificatesView.h"
#include "ui/views/admin/ListenersView.h"
#include "ui/views/admin/TenancyPanel.h"
#include "ui/views/admin/TokenCreateDialog.h"
#include "ui/views/admin/TokensView.h"
#include "ui/views/write/WriteDialog.h"

using namespace Qt::StringLiterals;

// The Cluster menu's section for the plugin's other APIs (ui/views/admin) on the in-process sandbox over HTTP(S):
// which actions each cluster version offers (disabled with the reason otherwise), the account and a password
// change, cache flushes, the certificates table and its expiry levels, tenancy and auth failure listeners through
// the write confirmation (checked by GET), API and service-account tokens shown once and stored nowhere.
class TestAdminViews : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;
    QTranslator m_english; // the plural forms ("5 certificates"), as the app loads them

    static SandboxOptions options(const QString &version)
    {
        SandboxOptions options = GuiFixture::sandboxOptions(GuiFixture::SecretAdminPassword);
        options.clusterVersion = version;
        return options;
    }

    static AdminActions *admin(MainWindow &window) { return window.clusterMenu()->adminActions(); }

    template <typename T> static T *child(QWidget *root, const QString &name)
    {
        T *widget = root->findChild<T *>(name);
        if (!widget)
            qWarning("no %s", qPrintable(name));
        return widget;
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    // The write confirmation that a view's Send opened: Send there, wait for the report, close it.
    static void confirmWrite(MainWindow &window)
    {
        WriteDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.writeDialog()) != nullptr, 5000);
        auto *send = dialog->findChild<QPushButton *>(ObjectNames::writeSendButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->lintReady() && send->isEnabled(), 20000);
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QVERIFY2(dialog->report().outcome == WriteReport::Outcome::Applied,
                 qPrintable(QString::fromUtf8(QJsonDocument(dialog->report().toJson()).toJson())));
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeCloseButton), Qt::LeftButton);
        QTRY_VERIFY(!window.writeDialog());
    }

    // The first file under the data directory that holds `secret` (empty: none does).
    static QString fileHolding(const QString &secret)
    {
        QDirIterator files(DataDirectory::path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret.toUtf8()))
                return file.fileName();
        }
        return {};
    }

    // Every control a user operates under `root` has an accessible name.
    static QStringList unnamedControls(QWidget *root)
    {
        QStringList unnamed;
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (widget->objectName().startsWith(u"qt_"_s) || !widget->isVisibleTo(root))
                continue;
            bool inner = false;
            for (QWidget *parent = widget->parentWidget(); parent && parent != root; parent = parent->parentWidget())
                inner = inner || qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)
                        || qobject_cast<QLineEdit *>(parent);
            const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
                                 || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
                                 || qobject_cast<QAbstractItemView *>(widget);
            if (inner || !control || qobject_cast<QHeaderView *>(widget))
                continue;
            QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
            if (!interface || interface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QString::fromLatin1(widget->metaObject()->className()) + u" "_s + widget->objectName();
        }
        return unnamed;
    }

private slots:
    void initTestCase()
    {
        m_gui.initDataDirectory();
        QVERIFY(m_english.load(u":/i18n/secdesk_en.qm"_s));
        QCoreApplication::installTranslator(&m_english);
    }

    void init()
    {
        m_gui.makeWriteStores();
        AdminConfirm::setNextAnswer(false); // nothing unexpected is ever confirmed
    }

    void cleanup() { m_gui.cleanup(); }

    void disconnectedActionsSayWhy()
    {
        ClusterSession session;
        MainWindow window(&session);
        AdminActions *actions = admin(window);
        QVERIFY(actions);
        for (auto kind :
             {AdminActions::Window::Account, AdminActions::Window::CacheFlush, AdminActions::Window::Certificates,
              AdminActions::Window::Tenancy, AdminActions::Window::Tokens, AdminActions::Window::Listeners}) {
            QAction *action = actions->action(kind);
            QVERIFY(!action->isEnabled());
            QCOMPARE(action->toolTip(), u"Connect to a cluster first."_s);
            QCOMPARE(action->statusTip(), u"Connect to a cluster first."_s);
            QVERIFY(!actions->open(kind));
        }
        // The section comes last in the Cluster menu, after a separator.
        const QList<QAction *> entries = window.clusterMenu()->menu()->actions();
        QCOMPARE(entries.last()->objectName(), u"actionAuthFailureListeners"_s);
        QVERIFY(entries.at(entries.size() - 7)->isSeparator());
    }

    void availabilityPerVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("listeners");
        QTest::addColumn<bool>("apiTokens");
        QTest::addColumn<bool>("userFlush");
        QTest::newRow("2.19") << u"2.19.0"_s << false << false << false;
        QTest::newRow("3.3") << u"3.3.0"_s << true << false << true;
        QTest::newRow("3.7") << u"3.7.0"_s << true << true << true;
    }

    void availabilityPerVersion()
    {
        QFETCH(QString, version);
        QFETCH(bool, listeners);
        QFETCH(bool, apiTokens);
        QFETCH(bool, userFlush);
        m_gui.startSandbox(options(version));
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        if (QTest::currentTestFailed())
            return;
        AdminActions *actions = admin(window);
        for (auto kind :
             {AdminActions::Window::Account, AdminActions::Window::CacheFlush, AdminActions::Window::Certificates,
              AdminActions::Window::Tenancy, AdminActions::Window::Tokens})
            QVERIFY(actions->action(kind)->isEnabled());
        QAction *listenersAction = actions->action(AdminActions::Window::Listeners);
        QCOMPARE(listenersAction->isEnabled(), listeners);
        if (!listeners) {
            const QString reason =
                u"Auth failure listeners need OpenSearch 3.0 or later; this cluster runs %1."_s.arg(version);
            QCOMPARE(listenersAction->toolTip(), reason);
            QCOMPARE(listenersAction->statusTip(), reason);
            QVERIFY(!actions->open(AdminActions::Window::Listeners));
        } else {
            QVERIFY(actions->open(AdminActions::Window::Listeners));
        }
        // The tokens window: API tokens disabled with the reason in the view before 3.7.
        const QString tokensReason = u"API tokens need OpenSearch 3.7 or later; this cluster runs %1."_s.arg(version);
        QCOMPARE(actions->action(AdminActions::Window::Tokens)->toolTip().contains(tokensReason), !apiTokens);
        auto *tokens = qobject_cast<TokensView *>(actions->open(AdminActions::Window::Tokens));
        QVERIFY(tokens);
        auto *reason = child<QLabel>(tokens, u"tokensApiReason"_s);
        auto *createButton = child<QPushButton>(tokens, u"tokensCreateButton"_s);
        QTRY_VERIFY(!tokens->isBusy());
        QVERIFY2(tokens->message().isEmpty(), qPrintable(tokens->message())); // never an error after a click
        QVERIFY(reason->isVisible());
        QVERIFY(!createButton->isEnabled());
        QVERIFY(!tokens->openCreateDialog());
        if (!apiTokens) {
            QCOMPARE(reason->text(), tokensReason);
            QCOMPARE(createButton->toolTip(), tokensReason);
        } else {
            // 3.7 has them, but this cluster has them switched off: said in the view, not as an error.
            QVERIFY2(reason->text().contains(u"api_tokens.enabled"_s), qPrintable(reason->text()));
        }
        // Cache: the per-user flush from 3.1.
        auto *cache = qobject_cast<CacheFlushDialog *>(actions->open(AdminActions::Window::CacheFlush));
        QVERIFY(cache);
        QCOMPARE(child<QRadioButton>(cache, u"cacheFlushUserRadio"_s)->isEnabled(), userFlush);
        if (!userFlush)
            QVERIFY(child<QRadioButton>(cache, u"cacheFlushUserRadio"_s)
                        ->toolTip()
                        .contains(u"Flushing one user's cache needs OpenSearch 3.1 or later"_s));
    }

    void accountAndOwnPassword()
    {
        m_gui.startSandbox(options(u"3.3.0"_s));
        // The reserved admin cannot change its password here: the error names what failed.
        {
            ClusterSession session;
            MainWindow window(&session);
            m_gui.connectWindow(window, session);
            if (QTest::currentTestFailed())
                return;
            auto *account = qobject_cast<AccountDialog *>(admin(window)->open(AdminActions::Window::Account));
            QVERIFY(account);
            QTRY_COMPARE(child<QLabel>(account, u"accountUserLabel"_s)->text(), u"admin"_s);
            QVERIFY(child<QLabel>(account, u"accountKindLabel"_s)->text().contains(u"reserved"_s));
            type(child<QLineEdit>(account, u"accountCurrentPasswordEdit"_s), GuiFixture::SecretAdminPassword);
            type(child<QLineEdit>(account, u"accountNewPasswordEdit"_s), u"Zq8#vT!m2pLw-Kestrel"_s);
            type(child<QLineEdit>(account, u"accountConfirmPasswordEdit"_s), u"Zq8#vT!m2pLw-Kestrel"_s);
            QVERIFY(account->changePassword());
            QTRY_VERIFY(account->message().contains(u"Resource 'admin' is reserved."_s));
            QVERIFY(account->message().contains(u"api/account"_s));
        }
        // The analyst changes theirs, and logs in with the new one.
        ConnectionSettings settings = m_gui.adminSettings();
        settings.userName = u"analyst"_s;
        settings.password = u"analyst"_s;
        ClusterSession session;
        session.connectTo(settings, u"Sandbox"_s);
        QTRY_VERIFY_WITH_TIMEOUT(session.cluster().has_value() && !session.isBusy(), GuiFixture::ConnectTimeoutMs);
        AccountDialog dialog(&session, nullptr);
        GuiFixture::show(dialog);
        dialog.refresh();
        QTRY_COMPARE(child<QLabel>(&dialog, u"accountUserLabel"_s)->text(), u"analyst"_s);
        QVERIFY(child<QLabel>(&dialog, u"accountTenantsLabel"_s)->text().contains(u"analysts (read-write)"_s));
        auto *current = child<QLineEdit>(&dialog, u"accountCurrentPasswordEdit"_s);
        auto *fresh = child<QLineEdit>(&dialog, u"accountNewPasswordEdit"_s);
        auto *confirm = child<QLineEdit>(&dialog, u"accountConfirmPasswordEdit"_s);
        auto *change = child<QPushButton>(&dialog, u"accountChangePasswordButton"_s);
        QCOMPARE(fresh->echoMode(), QLineEdit::Password);
        QCOMPARE(current->echoMode(), QLineEdit::Password);
        const QString secret = u"Zq8#vT!m2pLw-Kestrel"_s;
        type(current, u"analyst"_s);
        type(fresh, secret);
        type(confirm, secret + u'x');
        QVERIFY(child<QLabel>(&dialog, u"accountPasswordIssues"_s)->text().contains(u"do not match"_s));
        QVERIFY(!change->isEnabled());
        type(confirm, secret);
        QVERIFY(change->isEnabled());
        QSignalSpy changed(&dialog, &AccountDialog::passwordChanged);
        QTest::mouseClick(change, Qt::LeftButton);
        QVERIFY(fresh->text().isEmpty() && current->text().isEmpty() && confirm->text().isEmpty());
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(dialog.message().contains(u"updated"_s));
        // The open connection goes on with the new password: reading again is not refused.
        QVERIFY2(dialog.message().contains(u"This connection now uses the new password"_s),
                 qPrintable(dialog.message()));
        QCOMPARE(session.client()->settings().password, secret);
        GuiFixture::screenshot(&dialog, u"account-password-changed.png"_s);
        session.refresh();
        QVERIFY(session.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), GuiFixture::ConnectTimeoutMs);
        QVERIFY2(!session.lastError() || !session.lastError()->isAuthenticationFailure(),
                 qPrintable(session.lastError() ? session.lastError()->userMessage() : QString()));
        QCOMPARE(session.identity()->userName, u"analyst"_s);
        SandboxTest::Client client(m_gui.sandbox()->url());
        client.setCredentials(u"analyst"_s, secret);
        QCOMPARE(client.send("GET", u"/_plugins/_security/authinfo"_s).status, 200);
        QVERIFY2(fileHolding(secret).isEmpty(), qPrintable(fileHolding(secret)));
    }

    void cacheFlush()
    {
        m_gui.startSandbox(options(u"3.3.0"_s));
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        if (QTest::currentTestFailed())
            return;
        auto *cache = qobject_cast<CacheFlushDialog *>(admin(window)->open(AdminActions::Window::CacheFlush));
        QVERIFY(cache);
        // Not confirmed: nothing sent.
        AdminConfirm::setNextAnswer(false);
        QVERIFY(!cache->flush());
        QVERIFY(!cache->isBusy());
        QSignalSpy flushed(cache, &CacheFlushDialog::flushed);
        AdminConfirm::setNextAnswer(true);
        QVERIFY(cache->flush());
        QVERIFY(AdminConfirm::lastText().contains(u"every user"_s));
        QTRY_COMPARE(flushed.size(), 1);
        QCOMPARE(cache->message(), u"Cache flushed successfully."_s);
        // One user's entries, picked from the internal users (completion).
        auto *combo = child<QComboBox>(cache, u"cacheFlushUserCombo"_s);
        QVERIFY(combo->findText(u"analyst"_s) >= 0);
        QVERIFY(!combo->isEnabled());
        auto *radio = child<QRadioButton>(cache, u"cacheFlushUserRadio"_s);
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
        QVERIFY(combo->isEnabled());
        combo->setEditText(u"analyst"_s);
        AdminConfirm::setNextAnswer(true);
        QVERIFY(cache->flush());
        QVERIFY(AdminConfirm::lastText().contains(u"analyst"_s));
        QTRY_COMPARE(flushed.size(), 2);
        QCOMPARE(flushed.last().first().toString(), u"analyst"_s);
        QCOMPARE(cache->message(), u"Cache invalidated for user: analyst"_s);
        // Escape closes it.
        QTest::keyClick(cache, Qt::Key_Escape);
        QVERIFY(!cache->isVisible());
    }

    void certificates()
    {
        TestCertificates certificates;
        QVERIFY2(certificates.error.isEmpty(), qPrintable(certificates.error));
        SandboxOptions sandboxOptions = options(u"3.3.0"_s);
        sandboxOptions.tls = true;
        sandboxOptions.certFile = certificates.path("server.pem");
        sandboxOptions.keyFile = certificates.path("server.key");
        sandboxOptions.certificateReloadEnabled = true;
        sandboxOptions.restApiAdmin = true; // plugins.security.restapi.admin.enabled, for the permissions below
        m_gui.startSandbox(sandboxOptions);
        if (QTest::currentTestFailed())
            return;
        SandboxTest::grantRestAdmin(*m_gui.sandbox(), GuiFixture::AdminUser,
                                    {u"restapi:admin/ssl/certs/info"_s, u"restapi:admin/ssl/certs/reload"_s});
        ClusterSession session;
        MainWindow window(&session);
        GuiFixture::show(window, QSize(1400, 900));
        ConnectionSettings settings = m_gui.adminSettings();
        settings.caFile = certificates.path("ca.pem");
        session.connectTo(settings, u"Sandbox"_s);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Ready, GuiFixture::ConnectTimeoutMs);

        auto *view = qobject_cast<CertificatesView *>(admin(window)->open(AdminActions::Window::Certificates));
        QVERIFY(view);
        CertificateTableModel *model = view->model();
        // The HTTP chain (the test CA and the server certificate, 2 days left: errors) and the transport demo.
        QTRY_VERIFY2_WITH_TIMEOUT(model->rowCount() >= 3 && !view->isBusy(), qPrintable(view->message()), 10000);
        QVERIFY2(view->message().isEmpty(), qPrintable(view->message()));
        int httpRows = 0;
        int serverRow = -1;
        int nodeRow = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const NodeCertificate &certificate = model->certificates().at(row);
            httpRows += certificate.type == u"http"_s;
            if (certificate.type == u"http"_s && certificate.subject.contains(u"CN=127.0.0.1"_s))
                serverRow = row;
            if (certificate.subject.contains(u"CN=sandbox-node-1"_s))
                nodeRow = row;
        }
        QVERIFY(httpRows >= 1);
        QVERIFY(serverRow >= 0 && nodeRow >= 0);
        const auto cell = [&](int row, int column) { return model->index(row, column).data().toString(); };
        QVERIFY(cell(serverRow, CertificateTableModel::SansColumn).contains(u"IP:127.0.0.1"_s));
        QVERIFY(cell(serverRow, CertificateTableModel::IssuerColumn).contains(u"SecDesk Test CA"_s));
        QCOMPARE(model->level(serverRow), ExpiryLevel::Error); // openssl -days 2
        QCOMPARE(cell(serverRow, CertificateTableModel::StatusColumn), u"Error"_s);
        QCOMPARE(model->level(nodeRow), ExpiryLevel::Ok); // 2028-01-01
        QCOMPARE(cell(nodeRow, CertificateTableModel::NotAfterColumn), u"2028-01-01 00:00"_s);
        // The certificates API repeats not_after as not_before: not trusted, shown as unknown.
        QCOMPARE(cell(nodeRow, CertificateTableModel::NotBeforeColumn), u"unknown"_s);
        const QString summary = child<QLabel>(view, u"certificatesSummary"_s)->text();
        QVERIFY2(summary.contains(u"certificates: 1 with an error"_s), qPrintable(summary));
        QVERIFY(child<QLabel>(view, u"certificatesConnectionTls"_s)->text().contains(u"TLS"_s));

        // A warning 30 days before the end, an error at 7 and once expired.
        model->setNow(QDateTime(QDate(2027, 12, 10), QTime(0, 0), Qt::UTC));
        QCOMPARE(model->level(nodeRow), ExpiryLevel::Warning);
        QCOMPARE(cell(nodeRow, CertificateTableModel::StatusColumn), u"Warning"_s);
        QCOMPARE(cell(nodeRow, CertificateTableModel::DaysLeftColumn), u"22"_s);
        model->setNow(QDateTime(QDate(2027, 12, 28), QTime(0, 0), Qt::UTC));
        QCOMPARE(model->level(nodeRow), ExpiryLevel::Error);
        model->setNow(QDateTime(QDate(2028, 1, 2), QTime(0, 0), Qt::UTC));
        QCOMPARE(cell(nodeRow, CertificateTableModel::StatusColumn), u"Error: expired"_s);
        model->setNow(QDateTime::currentDateTimeUtc());

        // The type filter and sorting by days left.
        view->setTypeFilter(u"transport"_s);
        QCOMPARE(view->proxy()->rowCount(), model->rowCount() - httpRows);
        view->setTypeFilter(u"http"_s);
        QCOMPARE(view->proxy()->rowCount(), httpRows);
        view->setTypeFilter(u"all"_s);
        view->table()->sortByColumn(CertificateTableModel::DaysLeftColumn, Qt::AscendingOrder);
        QCOMPARE(view->proxy()->index(0, CertificateTableModel::StatusColumn).data().toString(), u"Error"_s);
        GuiFixture::screenshot(view, u"certificates.png"_s);

        // Reload, asked first.
        AdminConfirm::setNextAnswer(false);
        QVERIFY(!view->reload(u"http"_s));
        AdminConfirm::setNextAnswer(true);
        QVERIFY(view->reload(u"http"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy() && !view->message().isEmpty(), 10000);
        QVERIFY2(!view->message().contains(u"Reloading the HTTP certificates:"_s), qPrintable(view->message()));
    }

    // Before 2.15 there is no certificates API: the key certificates of ssl/certs, with the reason as a note.
    void certificatesBefore215()
    {
        SandboxOptions sandboxOptions = options(u"2.14.0"_s);
        sandboxOptions.restApiAdmin = true;
        m_gui.startSandbox(sandboxOptions);
        if (QTest::currentTestFailed())
            return;
        SandboxTest::grantRestAdmin(*m_gui.sandbox(), GuiFixture::AdminUser, {u"restapi:admin/ssl/certs/info"_s});
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        if (QTest::currentTestFailed())
            return;
        QAction *action = admin(window)->action(AdminActions::Window::Certificates);
        QVERIFY(action->isEnabled());
        QVERIFY(action->toolTip().contains(u"The certificates API needs OpenSearch 2.15 or later"_s));
        auto *view = qobject_cast<CertificatesView *>(admin(window)->open(AdminActions::Window::Certificates));
        QVERIFY(view);
        QTRY_VERIFY(!view->isBusy());
        QVERIFY2(view->message().isEmpty(), qPrintable(view->message()));
        auto *note = child<QLabel>(view, u"certificatesNote"_s);
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(),
                 u"The certificates API needs OpenSearch 2.15 or later; this cluster runs 2.14.0. Showing "
                 u"the key certificates from ssl/certs instead."_s);
        QCOMPARE(view->model()->rowCount(), 1); // the transport key certificate; no HTTPS
        QCOMPARE(view->model()->certificates().first().type, u"transport"_s);
    }

    void tenancyThroughTheConfirmation()
    {
        m_gui.startSandbox(options(u"3.3.0"_s));
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        if (QTest::currentTestFailed())
            return;
        auto *panel = qobject_cast<TenancyPanel *>(admin(window)->open(AdminActions::Window::Tenancy));
        QVERIFY(panel);
        QTRY_VERIFY(panel->config().has_value() && !panel->isBusy());
        QVERIFY(child<QLabel>(panel, u"tenancyDashboardsInfo"_s)->text().contains(u"dashboards"_s));
        auto *send = child<QPushButton>(panel, u"tenancySendButton"_s);
        QVERIFY(!send->isEnabled()); // nothing changed yet
        auto *privateTenant = child<QCheckBox>(panel, u"tenancyPrivateTenantCheck"_s);
        QVERIFY(privateTenant->isChecked());
        QTest::mouseClick(privateTenant, Qt::LeftButton, {}, QPoint(8, privateTenant->height() / 2));
        QVERIFY(!privateTenant->isChecked());
        auto *combo = child<QComboBox>(panel, u"tenancyDefaultTenantCombo"_s);
        combo->setCurrentIndex(combo->findData(u"global_tenant"_s));
        QVERIFY(send->isEnabled());
        QSignalSpy loaded(panel, &TenancyPanel::tenancyLoaded);
        QVERIFY(panel->send());
        confirmWrite(window);
        if (QTest::currentTestFailed())
            return;
        const QJsonObject live = m_gui.adminSend("GET", u"/_plugins/_security/api/tenancy/config"_s).json();
        QCOMPARE(live.value(u"private_tenant_enabled"_s).toBool(true), false);
        QCOMPARE(live.value(u"default_tenant"_s).toString(), u"global_tenant"_s);
        QTRY_VERIFY(loaded.size() >= 1); // the panel read it again
        QVERIFY(!panel->config()->privateTenantEnabled);
        QVERIFY(!send->isEnabled());
        // The session reads the configuration again after the write; plans are made against it.
        QTRY_VERIFY_WITH_TIMEOUT(
            !AdminPlans::kibanaOf(session.configuration().document).value(u"private_tenant_enabled"_s).toBool(true),
            GuiFixture::ConnectTimeoutMs);
        // The plugin's rule, checked before anything is sent: the default cannot be a disabled private tenant.
        combo->setCurrentIndex(combo->findData(u"private_tenant"_s));
        QVERIFY(!panel->send());
        QVERIFY(panel->message().contains(u"private"_s));
        QVERIFY(!window.writeDialog());
    }

    void apiTokensShownOnce()
    {
        static QStringList logged;
        logged.clear();
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &text) { logged << text; });
        const auto restore = qScopeGuard([previous] { qInstallMessageHandler(previous); });
        m_gui.startSandbox(options(u"3.7.0"_s));
        SandboxTest::setDynamic(*m_gui.sandbox(), u"api_tokens"_s, QJsonObject {{u"enabled"_s, true}});
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        if (QTest::currentTestFailed())
            return;
        auto *tokens = qobject_cast<TokensView *>(admin(window)->open(AdminActions::Window::Tokens));
        QVERIFY(tokens);
        QTRY_VERIFY(!tokens->isBusy());
        QVERIFY2(tokens->message().isEmpty(), qPrintable(tokens->message()));
        QCOMPARE(tokens->table()->rowCount(), 0);
        TokenCreateDialog *create = tokens->openCreateDialog();
        QVERIFY(create);
        auto *createButton = child<QPushButton>(create, u"tokenCreateButton"_s);
        QVERIFY(!createButton->isEnabled());
        type(child<QLineEdit>(create, u"tokenNameEdit"_s), u"ci bad"_s);
        QVERIFY(!createButton->isEnabled());
        type(child<QLineEdit>(create, u"tokenNameEdit"_s), u"ci"_s);
        type(child<QLineEdit>(create, u"tokenClusterPermissionsEdit"_s), u"cluster_monitor"_s);
        type(child<QLineEdit>(create, u"tokenIndexPatternsEdit"_s), u"logs-*, metrics-*"_s);
        QVERIFY(!createButton->isEnabled()); // patterns without actions
        type(child<QLineEdit>(create, u"tokenIndexActionsEdit"_s), u"read"_s);
        child<QSpinBox>(create, u"tokenDurationSpin"_s)->setValue(30);
        QVERIFY(createButton->isEnabled());
        // A second index permission, by the keyboard: Add, then its patterns and actions; a half-filled one blocks.
        auto *add = child<QPushButton>(create, u"tokenAddIndexPermissionButton"_s);
        QVERIFY(!child<QPushButton>(create, u"tokenRemoveIndexPermissionButton"_s)->isEnabled()); // the only one
        add->setFocus();
        QTest::keyClick(add, Qt::Key_Space);
        auto *patterns2 = child<QLineEdit>(create, u"tokenIndexPatternsEdit2"_s);
        QTRY_VERIFY(patterns2->hasFocus());
        QCOMPARE(patterns2->accessibleName(), u"Index patterns of index permission 2"_s);
        QTest::keyClicks(patterns2, u"audit-*"_s);
        QVERIFY(!createButton->isEnabled());
        QVERIFY2(createButton->toolTip().contains(u"Index permission 2 needs"_s), qPrintable(createButton->toolTip()));
        QVERIFY(child<QPushButton>(create, u"tokenRemoveIndexPermissionButton"_s)->isEnabled());
        QTest::keyClick(patterns2, Qt::Key_Tab);
        auto *actions2 = child<QLineEdit>(create, u"tokenIndexActionsEdit2"_s);
        QVERIFY(actions2->hasFocus());
        QTest::keyClicks(actions2, u"read, indices:admin/get"_s);
        QVERIFY(createButton->isEnabled());
        // A third, added and removed again: not sent. Removing the second instead renumbers the third.
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(create, u"tokenRemoveIndexPermissionButton3"_s), Qt::LeftButton);
        QTRY_VERIFY(!create->findChild<QLineEdit *>(u"tokenIndexPatternsEdit3"_s));
        QTest::mouseClick(add, Qt::LeftButton);
        type(child<QLineEdit>(create, u"tokenIndexPatternsEdit3"_s), u"tmp-*"_s);
        QTest::mouseClick(child<QPushButton>(create, u"tokenRemoveIndexPermissionButton2"_s), Qt::LeftButton);
        QTRY_VERIFY(!create->findChild<QLineEdit *>(u"tokenIndexPatternsEdit3"_s));
        QCOMPARE(child<QLineEdit>(create, u"tokenIndexPatternsEdit2"_s)->text(), u"tmp-*"_s);
        QCOMPARE(child<QLineEdit>(create, u"tokenIndexPatternsEdit2"_s)->accessibleName(),
                 u"Index patterns of index permission 2"_s);
        QVERIFY2(createButton->toolTip().contains(u"Index permission 2 needs"_s), qPrintable(createButton->toolTip()));
        // Put the second back as it was.
        child<QLineEdit>(create, u"tokenIndexPatternsEdit2"_s)->setText(u"audit-*"_s);
        child<QLineEdit>(create, u"tokenIndexActionsEdit2"_s)->setText(u"read, indices:admin/get"_s);
        QVERIFY(createButton->isEnabled());
        const QJsonArray sent = create->requestBody().value(u"index_permissions"_s).toArray();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(1).toObject().value(u"allowed_actions"_s).toArray(),
                 QJsonArray({u"read"_s, u"indices:admin/get"_s}));
        GuiFixture::screenshot(create, u"token-create.png"_s);
        QSignalSpy loaded(tokens, &TokensView::tokensLoaded);
        QTest::mouseClick(createButton, Qt::LeftButton);
        QTRY_VERIFY(!create->shownToken().isEmpty());
        const QString token = create->shownToken();
        QVERIFY2(token.startsWith(u"os_"_s), qPrintable(token));
        auto *field = child<QLineEdit>(create, u"tokenValueEdit"_s);
        QVERIFY(field->isReadOnly() && field->isVisible());
        QVERIFY(child<QLabel>(create, u"tokenShownOnceWarning"_s)->text().contains(u"only this once"_s));
        QTRY_VERIFY(loaded.size() >= 1);
        QCOMPARE(tokens->table()->rowCount(), 1);
        QCOMPARE(tokens->table()->item(0, 0)->text(), u"ci"_s);
        QVERIFY(tokens->table()->item(0, 5)->text().contains(u"logs-*, metrics-*: read"_s));
        QVERIFY2(tokens->table()->item(0, 5)->text().contains(u"audit-*: read, indices:admin/get"_s),
                 qPrintable(tokens->table()->item(0, 5)->text()));
        // Closing forgets it: it is in no file, no log line and no other widget.
        QTest::keyClick(create, Qt::Key_Escape);
        QTRY_VERIFY(!tokens->createDialog());
        QVERIFY2(fileHolding(token).isEmpty(), qPrintable(fileHolding(token)));
        for (QLineEdit *edit : window.findChildren<QLineEdit *>())
            QVERIFY(!edit->text().contains(token));
        for (const QString &line : std::as_const(logged))
            QVERIFY2(!line.contains(token), qPrintable(line));

        // Revoke, asked first.
        tokens->table()->selectRow(0);
        AdminConfirm::setNextAnswer(false);
        QVERIFY(!tokens->revokeSelected());
        AdminConfirm::setNextAnswer(true);
        const int before = int(loaded.size());
        QVERIFY(tokens->revokeSelected());
        QTRY_VERIFY(loaded.size() > before);
        QVERIFY(tokens->table()->item(0, 1)->text().startsWith(u"revoked"_s));
        const QJsonDocument body =
            QJsonDocument::fromJson(m_gui.adminSend("GET", u"/_plugins/_security/api/apitokens"_s).body);
        const auto live =
            AdminParsers::apiTokens(body.isArray() ? QJsonValue(body.array()) : QJsonValue(body.object()));
        QVERIFY(live.ok());
        QCOMPARE(live->size(), 1);
        QVERIFY(live->first().isRevoked());
    }

    void serviceAccountTokenShownOnce()
    {
        m_gui.startSandbox(options(u"3.3.0"_s));
        QCOMPARE(m_gui
                     .adminSend("PUT", u"/_plugins/_security/api/internalusers/svc"_s,
                                R"({"attributes": {"service": "true", "enabled": "true"}})")
                     .status,
                 201);
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        if (QTest::currentTestFailed())
            return;
        auto *tokens = qobject_cast<TokensView *>(admin(window)->open(AdminActions::Window::Tokens));
        QVERIFY(tokens);
        auto *combo = child<QComboBox>(tokens, u"tokensServiceAccountCombo"_s);
        QVERIFY(combo->findText(u"svc"_s) >= 0);
        QCOMPARE(combo->findText(u"analyst"_s), -1); // only service accounts
        combo->setCurrentIndex(combo->findText(u"svc"_s));
        AdminConfirm::setNextAnswer(false);
        QVERIFY(!tokens->createServiceToken());
        AdminConfirm::setNextAnswer(true);
        QVERIFY(tokens->createServiceToken());
        QVERIFY(AdminConfirm::lastText().contains(u"replaces the account's password"_s));
        QTRY_VERIFY(!tokens->shownServiceToken().isEmpty());
        const QString password = tokens->shownServiceToken();
        QVERIFY(child<QLineEdit>(tokens, u"tokensServiceTokenEdit"_s)->isReadOnly());
        SandboxTest::Client svc(m_gui.sandbox()->url());
        svc.setCredentials(u"svc"_s, password);
        QCOMPARE(svc.send("GET", u"/_plugins/_security/authinfo"_s).status, 200);
        tokens->close();
        QVERIFY(tokens->shownServiceToken().isEmpty());
        QVERIFY2(fileHolding(password).isEmpty(), qPrintable(fileHolding(password)));
        QVERIFY(!QFile::exists(GuiFixture::journalPath())); // no write went through the pipeline
    }

    void listenersThroughTheConfirmation()
    {
        m_gui.startSandbox(options(u"3.3.0"_s));
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        if (QTest::currentTestFailed())
            return;
        auto *view = qobject_cast<ListenersView *>(admin(window)->open(AdminActions::Window::Listeners));
        QVERIFY(view);
        QSignalSpy loaded(view, &ListenersView::listenersLoaded);
        QTRY_VERIFY(loaded.size() >= 1);
        QCOMPARE(view->table()->rowCount(), 0);
        type(child<QLineEdit>(view, u"listenerNameEdit"_s), u"by-ip"_s);
        auto *typeCombo = child<QComboBox>(view, u"listenerTypeCombo"_s);
        typeCombo->setCurrentIndex(typeCombo->findData(u"ip"_s));
        QCOMPARE(child<QComboBox>(view, u"listenerBackendCombo"_s)->currentData().toString(), QString());
        QCOMPARE(child<QSpinBox>(view, u"listenerAllowedTriesSpin"_s)->value(), 10); // the plugin's default
        child<QSpinBox>(view, u"listenerAllowedTriesSpin"_s)->setValue(5);
        child<QSpinBox>(view, u"listenerBlockExpirySpin"_s)->setValue(900);
        type(child<QLineEdit>(view, u"listenerIgnoreHostsEdit"_s), u"127.0.0.2"_s);
        QVERIFY(view->send());
        confirmWrite(window);
        if (QTest::currentTestFailed())
            return;
        QJsonObject live = m_gui.adminSend("GET", u"/_plugins/_security/api/authfailurelisteners"_s).json();
        QVERIFY2(live.contains(u"by-ip"_s), QJsonDocument(live).toJson().constData());
        QCOMPARE(live[u"by-ip"_s][u"allowed_tries"_s].toInt(), 5);
        QCOMPARE(live[u"by-ip"_s][u"block_expiry_seconds"_s].toInt(), 900);
        QCOMPARE(live[u"by-ip"_s][u"type"_s].toString(), u"ip"_s);
        QTRY_COMPARE(view->table()->rowCount(), 1);
        QTRY_VERIFY(AdminPlans::listenersOf(session.configuration().document).contains(u"by-ip"_s));

        // A username listener takes the internal backend.
        typeCombo->setCurrentIndex(typeCombo->findData(u"username"_s));
        QCOMPARE(child<QComboBox>(view, u"listenerBackendCombo"_s)->currentData().toString(), u"internal"_s);
        typeCombo->setCurrentIndex(typeCombo->findData(u"ip"_s));

        // Delete, through the confirmation.
        view->table()->selectRow(0);
        QCOMPARE(child<QLineEdit>(view, u"listenerNameEdit"_s)->text(), u"by-ip"_s);
        QVERIFY(child<QPushButton>(view, u"listenerDeleteButton"_s)->isEnabled());
        QVERIFY(view->remove());
        confirmWrite(window);
        if (QTest::currentTestFailed())
            return;
        live = m_gui.adminSend("GET", u"/_plugins/_security/api/authfailurelisteners"_s).json();
        QVERIFY(!live.contains(u"by-ip"_s));
        QTRY_COMPARE(view->table()->rowCount(), 0);
    }

    void namedControlsAndEscape()
    {
        m_gui.startSandbox(options(u"3.7.0"_s));
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        if (QTest::currentTestFailed())
            return;
        for (auto kind :
             {AdminActions::Window::Account, AdminActions::Window::CacheFlush, AdminActions::Window::Certificates,
              AdminActions::Window::Tenancy, AdminActions::Window::Tokens, AdminActions::Window::Listeners}) {
            AdminWindow *view = admin(window)->open(kind);
            QVERIFY(view);
            QTRY_VERIFY(!view->isBusy());
            const QStringList unnamed = unnamedControls(view);
            QVERIFY2(unnamed.isEmpty(), qPrintable(view->objectName() + u": "_s + unnamed.join(u", "_s)));
            QTest::keyClick(view, Qt::Key_Escape);
            QVERIFY2(!view->isVisible(), qPrintable(view->objectName()));
        }
    }
};

QTEST_MAIN(TestAdminViews)
#include "TestAdminViews.moc"
