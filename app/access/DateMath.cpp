#include "app/access/DateMath.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

Error failure(const QString &expression, const QString &what)
{
    return Error {u"access.datemath"_s, u"invalid date math expression %1: %2"_s.arg(expression, what), {}};
}

QDateTime roundDown(const QDateTime &time, QChar unit)
{
    const QDate date = time.date();
    const QTime clock = time.time();
    switch (unit.unicode()) {
    case 'y':
        return QDateTime(QDate(date.year(), 1, 1), QTime(0, 0), time.timeZone());
    case 'M':
        return QDateTime(QDate(date.year(), date.month(), 1), QTime(0, 0), time.timeZone());
    case 'w':
        return QDateTime(date.addDays(1 - date.dayOfWeek()), QTime(0, 0), time.timeZone());
    case 'd':
        return QDateTime(date, QTime(0, 0), time.timeZone());
    case 'h':
    case 'H':
        return QDateTime(date, QTime(clock.hour(), 0), time.timeZone());
    case 'm':
        return QDateTime(date, QTime(clock.hour(), clock.minute()), time.timeZone());
    case 's':
        return QDateTime(date, QTime(clock.hour(), clock.minute(), clock.second()), time.timeZone());
    }
    return time;
}

QDateTime add(const QDateTime &time, qint64 amount, QChar unit)
{
    switch (unit.unicode()) {
    case 'y':
        return time.addYears(int(amount));
    case 'M':
        return time.addMonths(int(amount));
    case 'w':
        return time.addDays(7 * amount);
    case 'd':
        return time.addDays(amount);
    case 'h':
    case 'H':
        return time.addSecs(3600 * amount);
    case 'm':
        return time.addSecs(60 * amount);
    case 's':
        return time.addSecs(amount);
    }
    return time;
}

bool isUnit(QChar c)
{
    return QStringView(u"yMwdhHms").contains(c);
}

Result<QDateTime> evaluate(const QString &expression, const QString &math, QDateTime time)
{
    if (!math.startsWith(u"now"_s))
        return failure(expression, u"a placeholder must start with \"now\", found \"%1\""_s.arg(math));
    qsizetype i = 3;
    while (i < math.size()) {
        const QChar op = math.at(i++);
        if (op == u'/') {
            if (i >= math.size() || !isUnit(math.at(i)))
                return failure(expression, u"rounding \"/\" needs a unit (y M w d h H m s)"_s);
            time = roundDown(time, math.at(i++));
        } else if (op == u'+' || op == u'-') {
            const qsizetype start = i;
            while (i < math.size() && math.at(i).isDigit())
                ++i;
            const qint64 amount = start == i ? 1 : math.mid(start, i - start).toLongLong();
            if (i >= math.size() || !isUnit(math.at(i)))
                return failure(expression, u"\"%1\" needs a unit (y M w d h H m s)"_s.arg(op));
            time = add(time, op == u'-' ? -amount : amount, math.at(i++));
        } else {
            return failure(expression, u"unexpected \"%1\" in \"%2\""_s.arg(op).arg(math));
        }
    }
    return time;
}

QString field(int value, qsizetype width)
{
    return QString::number(value).rightJustified(width, u'0');
}

// A Java DateTimeFormatter pattern applied to `time` (the letters index names use; others are an error).
Result<QString> format(const QString &expression, const QString &pattern, const QDateTime &time)
{
    QString out;
    for (qsizetype i = 0; i < pattern.size();) {
        const QChar c = pattern.at(i);
        if (c == u'\'') {
            const qsizetype close = pattern.indexOf(u'\'', i + 1);
            if (close < 0)
                return failure(expression, u"unclosed quote in the date format"_s);
            out += close == i + 1 ? u"'"_s : pattern.mid(i + 1, close - i - 1);
            i = close + 1;
            continue;
        }
        qsizetype run = 1;
        while (i + run < pattern.size() && pattern.at(i + run) == c)
            ++run;
        const QDate date = time.date();
        const QTime clock = time.time();
        switch (c.unicode()) {
        case 'u':
        case 'y':
            out += run == 2 ? field(date.year() % 100, 2) : field(date.year(), run);
            break;
        case 'M':
            out += field(date.month(), run);
            break;
        case 'd':
            out += field(date.day(), run);
            break;
        case 'H':
            out += field(clock.hour(), run);
            break;
        case 'm':
            out += field(clock.minute(), run);
            break;
        case 's':
            out += field(clock.second(), run);
            break;
        default:
            if (c.isLetter())
                return failure(expression, u"the date format letter \"%1\" is not supported"_s.arg(c));
            out += QString(run, c);
        }
        i += run;
    }
    return out;
}

// One "{...}" placeholder's content: "now..." [ "{" format [ "|" zone ] "}" ].
Result<QString> placeholder(const QString &expression, const QString &content, const QDateTime &now)
{
    QString math = content;
    QString pattern = u"uuuu.MM.dd"_s;
    QTimeZone zone = QTimeZone::utc();
    const qsizetype open = content.indexOf(u'{');
    if (open >= 0) {
        if (!content.endsWith(u'}'))
            return failure(expression, u"missing closing \"}\" for the date format"_s);
        math = content.left(open);
        QString spec = content.mid(open + 1, content.size() - open - 2);
        if (const qsizetype bar = spec.indexOf(u'|'); bar >= 0) {
            const QString zoneName = spec.mid(bar + 1);
            static const QRegularExpression offset(u"^([+-])(\\d{2}):?(\\d{2})$"_s);
            if (const QRegularExpressionMatch m = offset.match(zoneName); m.hasMatch()) {
                const int seconds = m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60;
                zone = QTimeZone(m.captured(1) == u"-"_s ? -seconds : seconds);
            } else if (zoneName == u"Z"_s || zoneName == u"UTC"_s) {
                zone = QTimeZone::utc();
            } else {
                zone = QTimeZone(zoneName.toUtf8());
            }
            if (!zone.isValid())
                return failure(expression, u"unknown time zone \"%1\""_s.arg(zoneName));
            spec = spec.left(bar);
        }
        if (!spec.isEmpty())
            pattern = spec;
    }
    const Result<QDateTime> time = evaluate(expression, math, now.toTimeZone(zone));
    if (!time)
        return time.error();
    return format(expression, pattern, *time);
}

} // namespace

bool DateMath::isDateMath(const QString &text)
{
    return text.size() >= 2 && text.startsWith(u'<') && text.endsWith(u'>');
}

Result<QString> DateMath::resolve(const QString &expression, const QDateTime &now)
{
    if (!isDateMath(expression))
        return expression;
    const QString inner = expression.mid(1, expression.size() - 2);
    QString out;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner.at(i);
        if (c == u'\\') {
            if (i + 1 >= inner.size())
                return failure(expression, u"a '\\' at the end escapes nothing"_s);
            out += inner.at(++i);
        } else if (c == u'{') {
            // The placeholder ends at the '}' that balances its '{' (a format block nests one level).
            int depth = 1;
            qsizetype j = i + 1;
            for (; j < inner.size() && depth > 0; ++j) {
                if (inner.at(j) == u'\\')
                    ++j;
                else if (inner.at(j) == u'{')
                    ++depth;
                else if (inner.at(j) == u'}')
                    --depth;
            }
            if (depth != 0)
                return failure(expression, u"missing closing \"}\" for the placeholder at position %1"_s.arg(i + 1));
            const Result<QString> value = placeholder(expression, inner.mid(i + 1, j - i - 2), now);
            if (!value)
                return value.error();
            out += *value;
            i = j - 1;
        } else if (c == u'}') {
            return failure(expression, u"unexpected \"}\" at position %1"_s.arg(i + 1));
        } else {
            out += c;
        }
    }
    return out;
}
