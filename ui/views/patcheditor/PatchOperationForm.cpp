#include "ui/views/patcheditor/PatchOperationForm.h"

#include <QComboBox>
#include <QCompleter>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include "app/json/Json.h"
#include "app/models/PointerCompletionModel.h"
#include "ui/theme/Theme.h"
#include "ui/widgets/JsonHighlighter.h"

PatchOperationForm::PatchOperationForm(QWidget *parent)
    : QWidget(parent)
    , m_completion(new PointerCompletionModel(this))
    , m_op(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_fromLabel(new QLabel(tr("From:"), this))
    , m_from(new QLineEdit(this))
    , m_valueLabel(new QLabel(tr("Value:"), this))
    , m_value(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("Add as new"), this))
    , m_apply(new QPushButton(tr("Apply to selected"), this))
{
    setObjectName(QStringLiteral("patchOperationForm"));
    m_op->setObjectName(QStringLiteral("opCombo"));
    for (auto op : {PatchOperation::Op::Add, PatchOperation::Op::Remove, PatchOperation::Op::Replace,
                    PatchOperation::Op::Move, PatchOperation::Op::Copy, PatchOperation::Op::Test})
        m_op->addItem(PatchOperation::opName(op), int(op));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setPlaceholderText(tr("/roles/my_role/cluster_permissions/-"));
    m_from->setObjectName(QStringLiteral("fromEdit"));
    for (QLineEdit *edit : {m_path, m_from}) {
        auto *completer = new QCompleter(m_completion, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setMaxVisibleItems(15);
        edit->setCompleter(completer);
        connect(edit, &QLineEdit::textEdited, m_completion, &PointerCompletionModel::updateFor);
    }
    m_value->setObjectName(QStringLiteral("valueEdit"));
    m_value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_value->setTabChangesFocus(true);
    m_value->setPlaceholderText(tr("JSON, e.g. \"text\", 42, [\"a\"] or {\"k\": true}"));
    new JsonHighlighter(m_value->document());
    m_status->setObjectName(QStringLiteral("formStatus"));
    m_status->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addOperationButton"));
    m_apply->setObjectName(QStringLiteral("applyOperationButton"));
    m_apply->setDefault(true);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Op:"), m_op);
    form->addRow(tr("Path:"), m_path);
    m_fromLabel->setBuddy(m_from); // addRow(QWidget *, QWidget *) sets no buddy: the label names the field
    m_valueLabel->setBuddy(m_value);
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_valueLabel, m_value);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);

    connect(m_op, &QComboBox::currentIndexChanged, this, &PatchOperationForm::updateFields);
    connect(m_path, &QLineEdit::textChanged, this, &PatchOperationForm::validate);
    connect(m_from, &QLineEdit::textChanged, this, &PatchOperationForm::validate);
    connect(m_value, &QPlainTextEdit::textChanged, this, &PatchOperationForm::validate);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (const auto op = operation())
            emit addRequested(*op);
    });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (const auto op = operation())
            emit applyRequested(*op);
    });
    // Enter in the path or from field applies the edit to the selected operation (or adds it when none is selected).
    for (QLineEdit *edit : {m_path, m_from}) {
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            const auto op = operation();
            if (!op)
                return;
            if (m_canApply)
                emit applyRequested(*op);
            else
                emit addRequested(*op);
        });
    }
    updateFields();
}

void PatchOperationForm::setDocument(const QJsonObject &document)
{
    m_completion->setDocument(document);
}

void PatchOperationForm::setOperation(const PatchOperation &operation)
{
    m_op->setCurrentIndex(m_op->findData(int(operation.op)));
    m_path->setText(operation.path.toString());
    m_from->setText(operation.hasFrom() ? operation.from.toString() : QString());
    m_value->setPlainText(operation.hasValue() ? QString::fromUtf8(Json::serialize(operation.value)).trimmed()
                                               : QString());
    updateFields();
}

Result<PatchOperation> PatchOperationForm::operation() const
{
    PatchOperation result;
    result.op = PatchOperation::Op(m_op->currentData().toInt());
    const auto path = JsonPointer::parse(m_path->text());
    if (!path)
        return Error {QStringLiteral("form.path"), tr("Path: %1").arg(path.error().message), {}};
    result.path = *path;
    if (result.hasFrom()) {
        const auto from = JsonPointer::parse(m_from->text());
        if (!from)
            return Error {QStringLiteral("form.from"), tr("From: %1").arg(from.error().message), {}};
        result.from = *from;
    }
    if (result.hasValue()) {
        if (m_value->toPlainText().trimmed().isEmpty())
            return Error {QStringLiteral("form.value"), tr("Value: enter a JSON value"), {}};
        const auto value = Json::parse(m_value->toPlainText().toUtf8(), tr("the value"));
        if (!value)
            return Error {QStringLiteral("form.value"), tr("Value: %1").arg(value.error().toString()), {}};
        result.value = *value;
    }
    return result;
}

void PatchOperationForm::setCanApply(bool canApply)
{
    m_canApply = canApply;
    validate();
}

void PatchOperationForm::focusField(const QString &field)
{
    QWidget *widget = field == u"from"    ? static_cast<QWidget *>(m_from)
                      : field == u"value" ? static_cast<QWidget *>(m_value)
                                          : static_cast<QWidget *>(m_path);
    widget->setFocus(Qt::OtherFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        line->selectAll();
    else
        m_value->selectAll();
}

void PatchOperationForm::updateFields()
{
    PatchOperation probe;
    probe.op = PatchOperation::Op(m_op->currentData().toInt());
    m_fromLabel->setEnabled(probe.hasFrom());
    m_from->setEnabled(probe.hasFrom());
    m_valueLabel->setEnabled(probe.hasValue());
    m_value->setEnabled(probe.hasValue());
    validate();
}

void PatchOperationForm::validate()
{
    const auto result = operation();
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, result ? this->palette().color(QPalette::WindowText)
                                                  : Theme::errorText(this->palette(), QPalette::Window));
    m_status->setPalette(palette);
    m_status->setText(result ? tr("Valid JSON Patch operation.") : result.error().message);
    m_add->setEnabled(result.ok());
    m_apply->setEnabled(result.ok() && m_canApply);
}
