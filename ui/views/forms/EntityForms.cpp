#include "ui/views/forms/EntityForms.h"

#include <algorithm>

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/forms/EntityEdits.h"
#include "app/json/JsonPointer.h"
#include "app/store/ClusterSession.h"
#include "app/write/ChangePlan.h"
#include "ui/views/write/WriteCoordinator.h"
#include "ui/views/write/WriteDialog.h"

using namespace Qt::StringLiterals;

EntityForms::EntityForms(ClusterSession *session, WriteCoordinator *writes,
                         std::function<std::optional<LintContext>()> lint, QWidget *window)
    : QObject(window), m_session(session), m_writes(writes), m_lint(std::move(lint)), m_window(window)
{
    // An open form follows the live configuration: one opened just before a write's read-back would otherwise send
    // against the old one and be refused as a conflict.
    connect(m_session, &ClusterSession::configurationLoaded, this, [this] {
        if (m_form)
            m_form->rebase(context());
    });
}

QString EntityForms::typeOf(const QString &pointer)
{
    const auto parsed = JsonPointer::parse(pointer);
    if (!parsed || parsed->tokens().isEmpty() || !EntityEdits::types().contains(parsed->tokens().first()))
        return {};
    return parsed->tokens().first();
}

QString EntityForms::entityOf(const QString &pointer)
{
    const auto parsed = JsonPointer::parse(pointer);
    return parsed && parsed->tokens().size() >= 2 ? parsed->tokens().at(1) : QString();
}

EntityFormDialog::Context EntityForms::context() const
{
    EntityFormDialog::Context context;
    context.document = m_session->configuration().document;
    if (const auto &cluster = m_session->cluster(); cluster && !cluster->version.isNull())
        context.clusterVersion = cluster->version;
    context.lint = m_lint ? m_lint() : std::nullopt;
    return context;
}

EntityFormDialog *EntityForms::open(const QString &type, EntityFormDialog::Mode mode, const QString &name)
{
    if (m_session->state() == ClusterSession::State::Disconnected || !EntityEdits::types().contains(type))
        return nullptr;
    if (mode != EntityFormDialog::Mode::Create
        && !m_session->configuration().document.value(type).toObject().contains(name))
        return nullptr;
    if (m_form) {
        if (m_form->isEdited()) {
            m_form->show();
            m_form->raise();
            m_form->activateWindow();
            if (QMessageBox::question(m_form, m_form->windowTitle(),
                                      tr("This form has changes that were not sent. Discard them and open %1?")
                                          .arg(EntityFormDialog::title(type, mode, name)),
                                      QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
                != QMessageBox::Discard)
                return m_form;
        }
        m_form->deleteLater();
    }
    m_form = new EntityFormDialog(type, mode, name, context(), m_window);
    m_form->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_form, &EntityFormDialog::writeRequested, m_writes, &WriteCoordinator::request);
    connect(m_form, &EntityFormDialog::written, this, &EntityForms::entityWritten);
    m_form->show();
    return m_form;
}

bool EntityForms::remove(const QString &type, const QString &name)
{
    const QJsonObject document = m_session->configuration().document;
    const QJsonObject entity = document.value(type).toObject().value(name).toObject();
    if (m_session->state() == ClusterSession::State::Disconnected || entity.isEmpty())
        return false;
    const QString title = tr("Delete %1").arg(name);
    if (const QString why = EntityEdits::readOnlyReason(entity); !why.isEmpty()) {
        QMessageBox::information(m_window, title, tr("%1 is %2: the REST API does not delete it.").arg(name, why));
        return false;
    }
    const QList<EntityEdits::Reference> references = EntityEdits::references(document, type, name);
    QDialog dialog(m_window);
    dialog.setObjectName(u"deleteEntityDialog"_s);
    dialog.setWindowTitle(title);
    auto *text =
        new QLabel(references.isEmpty() ? tr("Delete %1? Nothing else names it.").arg(name)
                                        : tr("Delete %1? These name it, and would point at nothing:").arg(name),
                   &dialog);
    text->setWordWrap(true);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(u"deleteReferences"_s);
    list->setAccessibleName(tr("What names it"));
    int editable = 0;
    for (const EntityEdits::Reference &reference : references) {
        editable += reference.holderReadOnly ? 0 : 1;
        list->addItem(reference.text + u" (" + reference.pointer + u')'
                      + (reference.holderReadOnly ? tr(" — reserved: stays as it is") : QString()));
    }
    list->setVisible(!references.isEmpty());
    auto *cleanUp =
        new QCheckBox(tr("Also remove these references, in the same change (%n)", nullptr, editable), &dialog);
    cleanUp->setObjectName(u"deleteCleanUp"_s);
    cleanUp->setChecked(editable > 0);
    cleanUp->setVisible(editable > 0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    buttons->addButton(tr("Delete\u2026"), QDialogButtonBox::AcceptRole)->setObjectName(u"deleteConfirm"_s);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(list);
    layout->addWidget(cleanUp);
    layout->addWidget(buttons);
    // Wide enough for the references to be read whole.
    dialog.resize(std::clamp(list->sizeHintForColumn(0) + 48, 480, 900), dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const auto plan = ChangePlan::compile(EntityEdits::remove(document, type, name, cleanUp->isChecked()), document);
    if (!plan) {
        QMessageBox::warning(m_window, title, tr("The deletion cannot be sent: %1").arg(plan.error().message()));
        return false;
    }
    ChangePlan titled = *plan;
    titled.title = title;
    m_writes->request({titled, {}, this, {}});
    return true;
}

void EntityForms::addNewActions(QMenu *menu)
{
    const struct
    {
        QString type;
        QString text;
        Qt::Key key;
    } entries[] = {
        {u"roles"_s, tr("New &role\u2026"), Qt::Key_R},
        {u"rolesmapping"_s, tr("New role &mapping\u2026"), Qt::Key_M},
        {u"internalusers"_s, tr("New internal &user\u2026"), Qt::Key_U},
        {u"actiongroups"_s, tr("New action &group\u2026"), Qt::Key_G},
        {u"tenants"_s, tr("New &tenant\u2026"), Qt::Key_T},
    };
    for (const auto &entry : entries) {
        QAction *action = menu->addAction(entry.text);
        action->setObjectName(u"actionNew_"_s + entry.type);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | entry.key));
        connect(action, &QAction::triggered, this,
                [this, type = entry.type] { open(type, EntityFormDialog::Mode::Create); });
    }
}
