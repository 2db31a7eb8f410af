#include "ui/dialogs/NodeSettingsDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/access/NodeSettings.h"
#include "app/json/Json.h"
#include "ui/theme/Theme.h"

using namespace Qt::StringLiterals;

NodeSettingsDialog::NodeSettingsDialog(const QString &connection, const QJsonObject &settings, QWidget *parent)
    : QDialog(parent), m_edit(new QPlainTextEdit(this)), m_error(new QLabel(this)), m_settings(settings)
{
    setObjectName(u"nodeSettingsDialog"_s);
    setWindowTitle(tr("Node settings of %1").arg(connection));
    auto *intro = new QLabel(
        tr("The node settings (opensearch.yml) that change how the Security plugin decides access. The REST API does "
           "not show them: give those your nodes set, as a flat JSON object such as "
           "{\"plugins.security.system_indices.enabled\": true}. The others stay at the plugin's defaults. Access "
           "evaluation, access changes and lint on this connection assume them."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_edit->setObjectName(u"nodeSettingsEdit"_s);
    m_edit->setAccessibleName(tr("Node settings as JSON"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlainText(settings.isEmpty() ? QString()
                                            : QString::fromUtf8(Json::serialize(settings, Json::Format::Indented)));
    m_edit->setPlaceholderText(tr("{} (the plugin's defaults)"));
    m_edit->setToolTip(tr("Known settings:\n%1").arg(NodeSettings::knownSettings().join(u'\n')));
    auto *label = new QLabel(tr("&Settings:"), this);
    label->setBuddy(m_edit);
    m_error->setObjectName(u"nodeSettingsError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setForegroundRole(QPalette::Text);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *defaults = buttons->addButton(tr("&Defaults"), QDialogButtonBox::ResetRole);
    defaults->setObjectName(u"nodeSettingsDefaultsButton"_s);
    defaults->setToolTip(tr("Clear the text: the plugin's defaults for every setting"));
    connect(defaults, &QPushButton::clicked, m_edit, &QPlainTextEdit::clear);
    connect(buttons, &QDialogButtonBox::accepted, this, &NodeSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NodeSettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 420);
}

QString NodeSettingsDialog::check(const QString &text, QJsonObject *settings)
{
    if (text.trimmed().isEmpty()) {
        *settings = {};
        return {};
    }
    const Result<QJsonValue> parsed = Json::parse(text.toUtf8());
    if (!parsed)
        return tr("Not JSON: %1").arg(parsed.error().toString());
    if (!parsed->isObject())
        return tr("The settings must be a JSON object of setting names and values.");
    const Result<NodeSettings> read = NodeSettings::fromJson(parsed->toObject());
    if (!read)
        return read.error().toString();
    const QStringList known = NodeSettings::knownSettings();
    const QJsonObject flat = read->toJson();
    for (auto it = flat.begin(); it != flat.end(); ++it) {
        if (!known.contains(it.key()))
            return tr("%1 is not a setting that changes access decisions (hover over the field for those that do).")
                .arg(it.key());
    }
    // The plugin takes an unknown mode as MAPPING_ONLY without a word: say so here.
    const QString resolution = u"plugins.security.roles_mapping_resolution"_s;
    if (flat.contains(resolution)
        && !QStringList {u"MAPPING_ONLY"_s, u"BACKENDROLES_ONLY"_s, u"BOTH"_s}.contains(
            flat.value(resolution).toString().toUpper()))
        return tr("%1: the plugin knows MAPPING_ONLY, BACKENDROLES_ONLY and BOTH, and takes anything else as "
                  "MAPPING_ONLY.")
            .arg(resolution);
    *settings = flat;
    return {};
}

void NodeSettingsDialog::accept()
{
    QJsonObject settings;
    const QString error = check(m_edit->toPlainText(), &settings);
    if (!error.isEmpty()) {
        QPalette palette = m_error->palette();
        palette.setColor(QPalette::WindowText, Theme::errorText(palette));
        m_error->setPalette(palette);
        m_error->setForegroundRole(QPalette::WindowText);
        m_error->setText(error);
        m_error->show();
        m_edit->setFocus();
        return;
    }
    m_settings = settings;
    QDialog::accept();
}
