#include "ui/views/configeditor/ReplaceConfigDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include "app/json/Json.h"
#include "app/models/DiffTreeModel.h"
#include "ui/widgets/JsonHighlighter.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/diff/DiffTreeView.h"

using namespace Qt::StringLiterals;

ReplaceConfigDialog::ReplaceConfigDialog(QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_status(new MessageBar(this))
    , m_warnings(new MessageBar(this))
    , m_diff(new DiffTreeView(this))
    , m_diffSummary(new QLabel(this))
    , m_reset(new QPushButton(tr("Reset"), this))
    , m_send(new QPushButton(tr("Send\u2026"), this))
{
    setObjectName(QStringLiteral("replaceConfigDialog"));
    setWindowTitle(tr("Replace the security configuration"));
    setModal(false);

    auto *intro = new QLabel(tr("Edit <b>dynamic</b> of securityconfig/config as a whole. Sending replaces it with one "
                                "PUT: everything not in the text returns to its default."),
                             this);
    intro->setWordWrap(true);

    m_editor->setObjectName(QStringLiteral("replaceConfigEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(false);
    m_editor->setAccessibleName(tr("Dynamic security configuration as JSON"));
    m_editor->setAccessibleDescription(tr("Ctrl+Tab leaves the editor"));
    new JsonHighlighter(m_editor->document());
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ReplaceConfigDialog::validate);

    m_status->setObjectName(QStringLiteral("replaceConfigStatus"));
    m_warnings->setObjectName(QStringLiteral("replaceConfigWarnings"));
    m_diff->setObjectName(QStringLiteral("replaceConfigDiff"));
    m_diffSummary->setObjectName(QStringLiteral("replaceConfigDiffSummary"));

    auto *diffPane = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diffPane);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_diffSummary);
    diffLayout->addWidget(m_diff, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(diffPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // Paths below /config/dynamic are long; the values are short.
    m_diff->tree()->header()->resizeSection(DiffTreeModel::NameColumn, 280);
    m_diff->tree()->header()->resizeSection(DiffTreeModel::OldValueColumn, 90);

    m_reset->setObjectName(QStringLiteral("replaceConfigReset"));
    m_reset->setToolTip(tr("Put the loaded configuration back into the editor"));
    m_send->setObjectName(QStringLiteral("replaceConfigSend"));
    m_send->setEnabled(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_reset, QDialogButtonBox::ResetRole);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reset, &QPushButton::clicked, this, &ReplaceConfigDialog::resetText);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_plan)
            emit replaceRequested(*m_plan);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(m_warnings);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1100, 680);
}

void ReplaceConfigDialog::setConfiguration(const QJsonObject &document)
{
    m_document = document;
    validate();
}

void ReplaceConfigDialog::resetText()
{
    const QJsonObject dynamic = m_document.value(u"config"_s).toObject().value(u"dynamic"_s).toObject();
    const QJsonObject file {{u"dynamic"_s, dynamic}};
    m_editor->setPlainText(QString::fromUtf8(Json::serialize(file)));
}

void ReplaceConfigDialog::validate()
{
    m_plan.reset();
    std::optional<QString> error;
    const auto parsed = Json::parse(m_editor->toPlainText().toUtf8());
    if (!parsed)
        error = parsed.error().toString();
    else if (!parsed->isObject())
        error = tr("the text must be a JSON object: {\"dynamic\": {...}}");
    else if (auto plan = ChangePlan::replaceConfig(parsed->toObject(), m_document); !plan)
        error = plan.error().toString();
    else
        m_plan = std::move(plan.value());

    QList<JsonChange> changes;
    if (m_plan)
        changes = m_plan->changes();
    m_diff->setChanges(changes);
    if (error) {
        m_status->showMessage(MessageBar::Kind::Error, tr("Not valid: %1").arg(*error));
        m_warnings->hide();
        m_diffSummary->setText(tr("Changes against the loaded configuration: unknown while the text is not valid."));
    } else {
        m_status->showMessage(MessageBar::Kind::Information,
                              changes.isEmpty() ? tr("Valid. No change against the loaded configuration.")
                                                : tr("Valid. %n change(s) against the loaded configuration.", nullptr,
                                                     int(changes.size())));
        if (m_plan->warnings.isEmpty())
            m_warnings->hide();
        else
            m_warnings->showMessage(MessageBar::Kind::Error,
                                    tr("Warning: %1").arg(m_plan->warnings.join(QStringLiteral("\n"))));
        m_diffSummary->setText(changes.isEmpty() ? tr("No change against the loaded configuration.")
                                                 : tr("Changes against the loaded configuration:"));
    }
    m_send->setEnabled(m_plan.has_value() && !changes.isEmpty());
    m_send->setToolTip(m_send->isEnabled() ? tr("Review and send the PUT request") : QString());
}
