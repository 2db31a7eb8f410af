#pragma once

// JsonHighlighter: colours JSON text (member names, strings, numbers, literals) with colours taken from the palette.
// GUI thread.

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);
    void updateColours(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};
