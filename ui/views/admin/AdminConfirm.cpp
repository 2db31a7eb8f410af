#include "ui/views/admin/AdminConfirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace {

std::optional<bool> s_nextAnswer;
QString s_lastText;

} // namespace

namespace AdminConfirm {

bool ask(QWidget *parent, const QString &title, const QString &text, const QString &yesText)
{
    s_lastText = text;
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(yesText, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void setNextAnswer(bool yes)
{
    s_nextAnswer = yes;
}

QString lastText()
{
    return s_lastText;
}

} // namespace AdminConfirm
