#include "ui/widgets/JsonHighlighter.h"

#include <QGuiApplication>
#include <QPalette>

#include "ui/theme/Theme.h"

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    updateColours(QGuiApplication::palette());
}

void JsonHighlighter::updateColours(const QPalette &palette)
{
    m_key.setForeground(Theme::syntaxColour(palette, Theme::Syntax::Key));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(Theme::syntaxColour(palette, Theme::Syntax::String));
    m_number.setForeground(Theme::syntaxColour(palette, Theme::Syntax::Number));
    m_literal.setForeground(Theme::syntaxColour(palette, Theme::Syntax::Literal));
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
