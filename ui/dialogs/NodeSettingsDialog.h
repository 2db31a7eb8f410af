#pragma once

// NodeSettingsDialog: the node settings (opensearch.yml) that access evaluation and lint assume for one connection.
// The REST API does not show them, so the administrator gives those the nodes set, as a flat JSON object; the others
// stay at the plugin's defaults. OK checks the text (JSON, an object, known settings of the right types) and says
// what is wrong at the field; nothing is kept until it is right. GUI thread.

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPlainTextEdit;

class NodeSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    NodeSettingsDialog(const QString &connection, const QJsonObject &settings, QWidget *parent = nullptr);

    // The settings given (valid once accepted); empty: the plugin's defaults.
    QJsonObject settings() const { return m_settings; }

    // The text's settings, or an error naming what is wrong (for the dialog and its tests).
    static QString check(const QString &text, QJsonObject *settings);

public slots:
    void accept() override;

private:
    QPlainTextEdit *m_edit;
    QLabel *m_error;
    QJsonObject m_settings;
};
