#include "ui/widgets/JsonHighlighter.h"

#include <QGuiApplication>
#include <QPalette>

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    updateColours(QGuiApplication::palette());
}

void JsonHighlighter::updateColours(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    m_key.setForeground(dark ? QColor(130, 180, 255) : QColor(20, 70, 160));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(150, 210, 140) : QColor(30, 120, 40));
    m_number.setForeground(dark ? QColor(240, 170, 100) : QColor(170, 80, 0));
    m_literal.setForeground(dark ? QColor(220, 140, 220) : QColor(140, 40, 140));
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // One line of pretty-printed JSON: a single pass over it, tracking strings.
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            end = std::min(end + 1, text.size());
            qsizetype next = end;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            const bool isKey = next < text.size() && text.at(next) == u':';
            setFormat(int(i), int(end - i), isKey ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || c == u'-') {
            qsizetype end = i + 1;
            while (end < text.size() && (text.at(end).isDigit() || QStringView(u".eE+-").contains(text.at(end))))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i;
            while (end < text.size() && text.at(end).isLetter())
                ++end;
            setFormat(int(i), int(end - i), m_literal);
            i = end;
        } else {
            ++i;
        }
    }
}
