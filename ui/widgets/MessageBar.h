#pragma once

// MessageBar: an inline bar above a view for recoverable errors and notices, never a modal box. GUI thread.

#include <QFrame>

class QLabel;
class QPushButton;

class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows the text; with an action text, a button that emits actionTriggered().
    void showMessage(Kind kind, const QString &text, const QString &actionText = QString());
    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void actionTriggered();

private:
    void applyColours();
    void changeEvent(QEvent *event) override;

    QLabel *m_label;
    QPushButton *m_action;
    Kind m_kind = Kind::Information;
};
