#include "ui/views/access/EffectivePermissionsView.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/access/AccessConfig.h"
#include "app/store/AccessConfigStore.h"
#include "app/store/ClusterSession.h"
#include "ui/views/access/AccessViewLink.h"
#include "ui/widgets/diff/DiffColours.h"

using namespace Qt::StringLiterals;

namespace {

QString accessText(CellAccess access)
{
    switch (access) {
    case CellAccess::Full:
        return EffectivePermissionsView::tr("full");
    case CellAccess::Partial:
        return EffectivePermissionsView::tr("partial");
    case CellAccess::None:
        break;
    }
    return {};
}

} // namespace

EffectivePermissionsView::EffectivePermissionsView(ClusterSession *session, AccessConfigStore *store, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_store(store)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_names(new QStringListModel(this))
    , m_show(new QPushButton(tr("Show"), this))
    , m_export(new QPushButton(tr("Export CSV\u2026"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_cluster(new QLabel(this))
    , m_tenants(new QLabel(this))
{
    setObjectName(u"effectivePermissions"_s);
    setWindowTitle(tr("Effective permissions"));
    m_kind->setObjectName(u"effectiveKind"_s);
    m_kind->setAccessibleName(tr("Whose permissions"));
    m_kind->addItem(tr("Internal user"), int(AccessSubject::Kind::InternalUser));
    m_kind->addItem(tr("Backend role"), int(AccessSubject::Kind::BackendRole));
    m_kind->addItem(tr("Role"), int(AccessSubject::Kind::Role));
    m_name->setObjectName(u"effectiveName"_s);
    m_name->setAccessibleName(tr("Name"));
    auto *completer = new QCompleter(m_names, m_name);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_name->setCompleter(completer);
    m_show->setObjectName(u"effectiveShow"_s);
    m_show->setDefault(true);
    m_export->setObjectName(u"effectiveExport"_s);
    m_export->setEnabled(false);
    m_status->setObjectName(u"effectiveStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_table->setObjectName(u"effectiveMatrix"_s);
    m_table->setAccessibleName(tr("Effective permissions by index pattern and action group"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    if (auto *corner = m_table->findChild<QAbstractButton *>()) // select all: named for screen readers too
        corner->setAccessibleName(tr("Select the whole table"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (QLabel *label : {m_cluster, m_tenants}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_cluster->setObjectName(u"effectiveCluster"_s);
    m_cluster->setAccessibleName(tr("Cluster permissions"));
    m_tenants->setObjectName(u"effectiveTenants"_s);
    m_tenants->setAccessibleName(tr("Tenants"));

    auto *picker = new QHBoxLayout;
    picker->addWidget(m_kind);
    picker->addWidget(m_name, 1);
    picker->addWidget(m_show);
    picker->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(picker);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_cluster);
    layout->addWidget(m_tenants);

    connect(m_show, &QPushButton::clicked, this, &EffectivePermissionsView::compute);
    connect(m_name, &QLineEdit::returnPressed, this, &EffectivePermissionsView::compute);
    connect(m_export, &QPushButton::clicked, this, &EffectivePermissionsView::chooseExportFile);
    m_link = new AccessViewLink(this, m_session, m_store, m_status, [this] { updateCompletions(); });
    connect(m_kind, &QComboBox::currentIndexChanged, m_link, &AccessViewLink::completionsChanged);
    resize(900, 600);
}

void EffectivePermissionsView::updateCompletions()
{
    const QJsonObject document = m_session->configuration().document;
    QStringList names;
    switch (AccessSubject::Kind(m_kind->currentData().toInt())) {
    case AccessSubject::Kind::InternalUser:
        names = document.value(u"internalusers"_s).toObject().keys();
        break;
    case AccessSubject::Kind::Role:
        names = document.value(u"roles"_s).toObject().keys();
        break;
    case AccessSubject::Kind::BackendRole: {
        QSet<QString> roles;
        const QJsonObject mappings = document.value(u"rolesmapping"_s).toObject();
        for (auto it = mappings.begin(); it != mappings.end(); ++it) {
            for (const QJsonValue &role : it->toObject().value(u"backend_roles"_s).toArray())
                roles.insert(role.toString());
        }
        names = QStringList(roles.cbegin(), roles.cend());
        names.sort();
        break;
    }
    }
    m_names->setStringList(names);
}

void EffectivePermissionsView::showSubject(const AccessSubject &subject)
{
    m_kind->setCurrentIndex(m_kind->findData(int(subject.kind)));
    m_name->setText(subject.name);
    compute();
}

void EffectivePermissionsView::compute()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_status->setText(tr("Name a user, a backend role or a role."));
        return;
    }
    const AccessSubject subject {AccessSubject::Kind(m_kind->currentData().toInt()), name};
    const std::optional<AccessSnapshot> ready = m_link->snapshot([this] { compute(); });
    if (!ready)
        return;
    const AccessSnapshot &snapshot = *ready;
    m_computing = true;
    m_show->setEnabled(false);
    m_status->setText(tr("Computing the effective permissions of %1\u2026").arg(subject.displayText()));
    const QString stamp =
        tr("%1, configuration read %2")
            .arg(m_session->connectionName(), m_session->lastRead().toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s));
    m_work.run(
        [snapshot, subject](const CancelToken &) {
            const QStringList rows = AccessMatrices::rows(*snapshot.config, snapshot.metadata,
                                                          AccessMatrices::mappedRoles(*snapshot.config, subject));
            return AccessMatrices::compute(*snapshot.config, snapshot.metadata, subject, rows);
        },
        [this, stamp, assumptions = snapshot.assumptions](const AccessMatrix &matrix) {
            m_stamp = stamp;
            show(matrix);
            if (!assumptions.isEmpty())
                m_status->setText(m_status->text() + u' ' + assumptions.join(u' '));
        });
}

void EffectivePermissionsView::show(const AccessMatrix &matrix)
{
    m_computing = false;
    m_matrix = matrix;
    m_show->setEnabled(true);
    m_export->setEnabled(true);
    const bool exists =
        matrix.subject.kind != AccessSubject::Kind::InternalUser
        || m_session->configuration().document.value(u"internalusers"_s).toObject().contains(matrix.subject.name);
    m_status->setText(!exists ? tr("There is no internal user %1.").arg(matrix.subject.name)
                      : matrix.mappedRoles.isEmpty()
                          ? tr("%1 has no role: no access.").arg(matrix.subject.displayText())
                          : tr("%1 has the roles %2. Computed on %3.")
                                .arg(matrix.subject.displayText(), matrix.mappedRoles.join(u", "_s), m_stamp));
    QStringList headers;
    for (const AccessColumn &column : matrix.columns)
        headers << column.group;
    headers << tr("DLS") << tr("FLS") << tr("Masked");
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setRowCount(int(matrix.rows.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setVerticalHeaderLabels(matrix.rows);
    const QColor full = DiffColours::background(palette(), DiffColours::Tone::Added);
    const QColor partial = DiffColours::background(palette(), DiffColours::Tone::Changed);
    for (int row = 0; row < matrix.rows.size(); ++row) {
        for (int column = 0; column < matrix.columns.size(); ++column) {
            const AccessCell &cell = matrix.cell(row, column);
            auto *item = new QTableWidgetItem(accessText(cell.access));
            if (cell.access != CellAccess::None) {
                item->setBackground(cell.access == CellAccess::Full ? full : partial);
                item->setToolTip(
                    tr("%1 on %2 through %3")
                        .arg(matrix.columns.at(column).group, matrix.rows.at(row), cell.roles.join(u", "_s)));
            }
            m_table->setItem(row, column, item);
        }
        const quint8 restricted = matrix.restrictions.value(row);
        int column = int(matrix.columns.size());
        for (const quint8 bit : {quint8(Dls), quint8(Fls), quint8(Masking)})
            m_table->setItem(row, column++, new QTableWidgetItem((restricted & bit) ? tr("yes") : QString()));
    }
    QStringList cluster;
    for (int column = 0; column < matrix.clusterColumns.size(); ++column) {
        if (matrix.cluster.value(column).access != CellAccess::None)
            cluster << matrix.clusterColumns.at(column).group + u" ("_s + accessText(matrix.cluster.at(column).access)
                           + u')';
    }
    m_cluster->setText(tr("Cluster: %1").arg(cluster.isEmpty() ? tr("none") : cluster.join(u", "_s)));
    QStringList tenants;
    for (auto it = matrix.tenants.cbegin(); it != matrix.tenants.cend(); ++it)
        tenants << it.key() + u" ("_s + (it.value() ? tr("read-write") : tr("read")) + u')';
    m_tenants->setText(tr("Tenants: %1").arg(tenants.isEmpty() ? tr("none") : tenants.join(u", "_s)));
    emit computed();
}

bool EffectivePermissionsView::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_matrix.toCsv(m_stamp)) < 0 || !file.commit()) {
        m_status->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Exported to %1.").arg(path));
    return true;
}

void EffectivePermissionsView::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export effective permissions"),
                                                      m_matrix.subject.name + u"-permissions.csv"_s, tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}
