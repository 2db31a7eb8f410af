// Yaml::parse: yaml-cpp's event parser turned into a QJsonValue, with the checks yaml-cpp leaves out (see Yaml.h).
// Events rather than YAML::Load: an alias is one event with its own line, its anchored value is shared (QJsonValue
// copies are implicitly shared), so an alias bomb costs nothing before the budget refuses it, and a cycle
// (`&a [*a]`), which YAML::Load builds and a recursive conversion never leaves, is refused.

#include "app/json/Yaml.h"

#include <cmath>
#include <optional>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

#include "app/json/JsonPointer.h"

using namespace Qt::StringLiterals;

// The helpers sit in an anonymous namespace inside Yaml, so lupdate files their texts under "Yaml" too.
namespace Yaml {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Yaml", text);
}

int lineOf(const YAML::Mark &mark)
{
    return mark.line >= 0 ? mark.line + 1 : 0;
}

// Thrown from the event handler to stop yaml-cpp's parser; caught in parse().
struct Refusal
{
    ParseError error;
};

[[noreturn]] void refuse(int line, const QString &reason)
{
    throw Refusal {ParseError {line, reason}};
}

// The characters YAML allows in a file (YAML 1.2 c-printable; YAML 1.1, which SnakeYAML reads, allows the same).
bool isPrintable(char32_t c)
{
    return c == 0x09 || c == 0x0a || c == 0x0d || (c >= 0x20 && c <= 0x7e) || c == 0x85 || (c >= 0xa0 && c <= 0xd7ff)
           || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

// The first byte that is not UTF-8, or the first character YAML does not allow, named by line and column.
std::optional<ParseError> checkCharacters(const QByteArray &text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype size = text.size();
    int line = 1;
    int column = 1; // in characters
    for (qsizetype i = 0; i < size; ++column) {
        const unsigned char lead = bytes[i];
        int length = 1;
        char32_t c = lead;
        unsigned char low = 0x80; // the range of the second byte
        unsigned char high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
            c = lead & 0x1f;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            c = lead & 0x0f;
            low = lead == 0xe0 ? 0xa0 : 0x80;  // no overlong forms
            high = lead == 0xed ? 0x9f : 0xbf; // no surrogates
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            c = lead & 0x07;
            low = lead == 0xf0 ? 0x90 : 0x80;
            high = lead == 0xf4 ? 0x8f : 0xbf; // nothing beyond U+10FFFF
        } else if (lead >= 0x80) {
            length = 0;
        }
        bool valid = length > 0 && i + length <= size;
        for (int k = 1; valid && k < length; ++k) {
            const unsigned char next = bytes[i + k];
            valid = k == 1 ? next >= low && next <= high : next >= 0x80 && next <= 0xbf;
            c = (c << 6) | (next & 0x3f);
        }
        if (!valid)
            return ParseError {line, tr("not valid UTF-8: the byte 0x%1 in column %2; securityadmin files are UTF-8")
                                         .arg(QString::number(lead, 16).toUpper().rightJustified(2, u'0'))
                                         .arg(column)};
        // A byte order mark is allowed at the start (skipped by parse) and inside quoted scalars (c-printable).
        if (!isPrintable(c))
            return ParseError {line, tr("the control character U+%1 in column %2 is not allowed in YAML; write it as "
                                        "\\u%1 in a double-quoted value")
                                         .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'))
                                         .arg(column)};
        if (c == u'\n') {
            ++line;
            column = 0;
        }
        i += length;
    }
    return std::nullopt;
}

// yaml-cpp's text as a QString. QString::fromUtf8 would drop a byte order mark at the start of a value ("\ufeff"
// written as an escape): only the file's first one is a mark, which parse() skips itself.
QString fromUtf8(const std::string &text)
{
    if (text.rfind("\xef\xbb\xbf", 0) != 0)
        return QString::fromStdString(text);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder(QByteArrayView(text.data(), qsizetype(text.size())));
}

// A plain scalar typed by the YAML 1.2 core schema; quoted and explicitly tagged strings stay strings.
QJsonValue typedScalar(const QString &text, const std::string &tag)
{
    if (tag == "!" || tag == "tag:yaml.org,2002:str")
        return text;
    if (tag == "tag:yaml.org,2002:null")
        return QJsonValue::Null;
    static const QRegularExpression nullWord(u"^(null|Null|NULL|~)?\\z"_s);
    static const QRegularExpression trueWord(u"^(true|True|TRUE)\\z"_s);
    static const QRegularExpression falseWord(u"^(false|False|FALSE)\\z"_s);
    static const QRegularExpression integer(u"^[-+]?[0-9]+\\z"_s);
    static const QRegularExpression octal(u"^0o[0-7]+\\z"_s);
    static const QRegularExpression hex(u"^0x[0-9a-fA-F]+\\z"_s);
    static const QRegularExpression number(u"^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?\\z"_s);
    if (nullWord.match(text).hasMatch())
        return QJsonValue::Null;
    if (trueWord.match(text).hasMatch())
        return true;
    if (falseWord.match(text).hasMatch())
        return false;
    bool ok = false;
    // A number too large for a double (1e400, a 400-digit integer) stays text like .inf: JSON has no infinity.
    const auto finite = [&text](double value) { return std::isfinite(value) ? QJsonValue(value) : QJsonValue(text); };
    if (integer.match(text).hasMatch()) {
        const qint64 value = text.toLongLong(&ok);
        return ok ? QJsonValue(value) : finite(text.toDouble());
    }
    if (octal.match(text).hasMatch()) {
        const qint64 value = text.mid(2).toLongLong(&ok, 8);
        if (ok)
            return QJsonValue(value);
    }
    if (hex.match(text).hasMatch()) {
        const qint64 value = text.mid(2).toLongLong(&ok, 16);
        if (ok)
            return QJsonValue(value);
    }
    if (number.match(text).hasMatch())
        return finite(text.toDouble());
    return text; // .inf and .nan have no JSON form: kept as the text
}

// A quoted scalar that starts at `pos` of `text` (after its anchor and tag, if any), checked against YAML 1.2's
// rule for flow scalars in block context: every continuation line is indented by more than `indent` spaces, the
// indentation of the block the scalar sits in (-1 at the top level). yaml-cpp ignores that rule, so a quote that
// is never closed swallowed the lines after it as one long value. Lines break at '\n' only, as yaml-cpp counts
// them. Blank lines may be indented less.
void checkQuoted(const std::string &text, std::size_t pos, int line, int indent)
{
    const std::size_t size = text.size();
    // Skip the node's properties (&anchor, !tag), which may stand on lines of their own before it.
    while (pos < size) {
        const char c = text[pos];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            line += c == '\n' ? 1 : 0;
            ++pos;
        } else if (c == '#') {
            pos = text.find('\n', pos);
        } else if (c == '&' || c == '!') {
            while (pos < size && text[pos] != ' ' && text[pos] != '\t' && text[pos] != '\r' && text[pos] != '\n')
                ++pos;
        } else {
            break;
        }
    }
    if (pos >= size || (text[pos] != '\'' && text[pos] != '"'))
        return; // plain or block scalar
    const char quote = text[pos];
    int current = line;
    for (std::size_t i = pos + 1; i < size; ++i) {
        const char c = text[i];
        if (c == quote) {
            if (quote == '\'' && i + 1 < size && text[i + 1] == '\'') {
                ++i; // '' is a quote inside a single-quoted scalar
                continue;
            }
            return;
        }
        if (quote == '"' && c == '\\' && i + 1 < size && text[i + 1] != '\n') {
            ++i; // an escaped character; an escaped line break is a line break like any other here
            continue;
        }
        if (c != '\n')
            continue;
        ++current;
        std::size_t spaces = 0;
        while (i + 1 + spaces < size && text[i + 1 + spaces] == ' ')
            ++spaces;
        std::size_t rest = i + 1 + spaces;
        while (rest < size && (text[rest] == ' ' || text[rest] == '\t' || text[rest] == '\r'))
            ++rest;
        const bool blank = rest >= size || text[rest] == '\n';
        if (!blank && int(spaces) <= indent)
            refuse(line, tr("a quoted value starts here with %1 and runs on to line %2, which is not indented more "
                            "than the block it belongs to: is the closing %1 missing?")
                             .arg(QChar::fromLatin1(quote))
                             .arg(current));
    }
    refuse(line, tr("a quoted value starts here with %1 and is never closed").arg(QChar::fromLatin1(quote)));
}

// The builder's refusals. Outside the class, so that lupdate files their texts under "Yaml", where tr() looks.
QString keyNotPlain()
{
    return tr("a map key must be a plain value");
}

QString duplicateKey(const QString &key)
{
    return tr("duplicate key \"%1\"").arg(key);
}

QString aliasCycle(const QString &anchor)
{
    return tr("the alias *%1 refers to a value that contains it").arg(anchor);
}

QString tooDeep()
{
    return tr("values nest more than %1 levels deep; refusing").arg(MaxDepth);
}

QString aliasesBeyond(qint64 budget)
{
    return tr("aliases expand to more than %1 values; refusing").arg(budget);
}

// Builds the document from yaml-cpp's events: one frame per open map or sequence.
class Builder final : public YAML::EventHandler
{
public:
    Builder(const std::string &text, qint64 budget) : m_text(text), m_budget(budget) { }

    Document takeDocument() { return std::move(m_document); }

    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }

    void OnAnchor(const YAML::Mark &, const std::string &name) override { m_anchorName = name; }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        nameAnchor(anchor);
        if (atKey())
            refuse(lineOf(mark), keyNotPlain());
        place(mark);
        ++m_values;
        finish(QJsonValue::Null, 1, 0, anchor);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        nameAnchor(anchor);
        checkQuoted(m_text, std::size_t(qMax(mark.pos, 0)), lineOf(mark), indent());
        const QString text = fromUtf8(value);
        if (atKey()) {
            if (anchor != YAML::NullAnchor)
                m_anchors[anchor] = {typedScalar(text, tag), 1, 0, text, true};
            return setKey(text, mark);
        }
        place(mark);
        ++m_values;
        finish(typedScalar(text, tag), 1, 0, anchor, text);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto found = m_anchors.find(anchor);
        if (found == m_anchors.end() || !found->second.complete)
            refuse(lineOf(mark), aliasCycle(anchorName(anchor)));
        const Anchored anchored = found->second; // a copy: finish() may add anchors
        if (atKey()) {
            if (!anchored.scalar)
                refuse(lineOf(mark), keyNotPlain());
            return setKey(*anchored.scalar, mark);
        }
        if (int(m_stack.size()) + anchored.height > MaxDepth)
            refuse(lineOf(mark), tooDeep());
        const std::optional<JsonPointer> at = place(mark);
        // Only an alias is checked: values written out never exceed the budget (see Yaml.h), so a document holds
        // at most twice the budget, and the alias that crosses it is named.
        if (m_values + anchored.size > m_budget)
            refuse(lineOf(mark), aliasesBeyond(m_budget));
        m_values += anchored.size;
        if (at)
            placeInside(*at, anchored.value, lineOf(mark));
        add(anchored.value, anchored.height);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        open(mark, anchor, style, false);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        open(mark, anchor, style, true);
    }
    void OnMapEnd() override { close(); }

private:
    struct Anchored
    {
        QJsonValue value;
        qint64 size = 0;               // values, itself included, as if the alias were the anchored text
        int height = 0;                // levels of maps and sequences: 0 for a scalar
        std::optional<QString> scalar; // the text of a scalar, usable as a key
        bool complete = false;         // false while its node is open: an alias to it would be a cycle
    };

    struct Frame
    {
        bool isMap = false;
        int indent = -1; // what continuation lines of the quoted scalars inside must be indented more than
        JsonPointer at;  // kept for the top two levels, whose children's lines are recorded
        qint64 firstValue = 0;
        int height = 0; // of the deepest child
        YAML::anchor_t anchor = YAML::NullAnchor;
        QJsonArray array;
        QJsonObject object;
        std::optional<QString> key;
        int keyLine = 0;
    };

    bool atKey() const { return !m_stack.empty() && m_stack.back().isMap && !m_stack.back().key; }

    int indent() const { return m_stack.empty() ? -1 : m_stack.back().indent; }

    QString anchorName(YAML::anchor_t anchor) const
    {
        const auto found = m_names.find(anchor);
        return found == m_names.end() ? QString::number(anchor) : found->second;
    }

    // OnAnchor names the anchor of the node event that follows it; aliases have only the number.
    void nameAnchor(YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor && !m_anchorName.empty())
            m_names[anchor] = QString::fromStdString(m_anchorName);
        m_anchorName.clear();
    }

    void setKey(const QString &key, const YAML::Mark &mark)
    {
        Frame &frame = m_stack.back();
        if (frame.object.contains(key))
            refuse(lineOf(mark), duplicateKey(key));
        frame.key = key;
        frame.keyLine = lineOf(mark);
    }

    // A value starts: records its line (the key's for a map member) when it is one of the top two levels, and
    // returns its pointer then.
    std::optional<JsonPointer> place(const YAML::Mark &mark)
    {
        if (m_stack.empty()) {
            m_document.lines.insert(QString(), lineOf(mark));
            return JsonPointer();
        }
        if (m_stack.size() > 2)
            return std::nullopt;
        const Frame &frame = m_stack.back();
        const JsonPointer at = frame.isMap ? frame.at.child(*frame.key) : frame.at.child(frame.array.size());
        m_document.lines.insert(at.toString(), frame.isMap ? frame.keyLine : lineOf(mark));
        return at;
    }

    // The values an alias brings in at `at` take the alias's line, down to the recorded depth.
    void placeInside(const JsonPointer &at, const QJsonValue &value, int line)
    {
        if (at.size() >= 2)
            return;
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                m_document.lines.insert(at.child(it.key()).toString(), line);
                placeInside(at.child(it.key()), it.value(), line);
            }
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                m_document.lines.insert(at.child(i).toString(), line);
                placeInside(at.child(i), array.at(i), line);
            }
        }
    }

    void open(const YAML::Mark &mark, YAML::anchor_t anchor, YAML::EmitterStyle::value style, bool isMap)
    {
        nameAnchor(anchor);
        if (atKey())
            refuse(lineOf(mark), keyNotPlain());
        if (int(m_stack.size()) >= MaxDepth)
            refuse(lineOf(mark), tooDeep());
        const std::optional<JsonPointer> at = place(mark);
        ++m_values;
        Frame frame;
        frame.isMap = isMap;
        // A block collection's children are indented as its first key or dash; a flow collection's lines belong
        // to the block around it.
        frame.indent = style == YAML::EmitterStyle::Flow ? indent() : mark.column;
        frame.at = at.value_or(JsonPointer());
        frame.firstValue = m_values;
        frame.anchor = anchor;
        if (anchor != YAML::NullAnchor)
            m_anchors[anchor] = Anchored {}; // open, not complete: an alias to it inside would be a cycle
        m_stack.push_back(std::move(frame));
    }

    void close()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        const QJsonValue value = frame.isMap ? QJsonValue(frame.object) : QJsonValue(frame.array);
        finish(value, m_values - frame.firstValue + 1, frame.height + 1, frame.anchor);
    }

    void finish(const QJsonValue &value, qint64 size, int height, YAML::anchor_t anchor,
                const std::optional<QString> &scalar = std::nullopt)
    {
        if (anchor != YAML::NullAnchor)
            m_anchors[anchor] = {value, size, height, scalar, true};
        add(value, height);
    }

    void add(const QJsonValue &value, int height)
    {
        if (m_stack.empty()) {
            m_document.value = value;
            return;
        }
        Frame &frame = m_stack.back();
        frame.height = qMax(frame.height, height);
        if (frame.isMap) {
            frame.object.insert(*frame.key, value);
            frame.key.reset();
        } else {
            frame.array.append(value);
        }
    }

    const std::string &m_text;
    const qint64 m_budget;
    qint64 m_values = 0; // converted so far, an alias counted as the values it brings in
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, Anchored> m_anchors;
    std::unordered_map<YAML::anchor_t, QString> m_names;
    std::string m_anchorName; // from OnAnchor, for the node event that follows
    Document m_document;
};

} // namespace

qint64 valueBudget(qint64 bytes)
{
    return qMax(bytes + 1, qMin(AliasFactor * bytes + MinValueBudget, MaxAliasValues));
}

Result<Document, ParseError> parse(const QByteArray &text)
{
    if (auto error = checkCharacters(text))
        return *error;
    // yaml-cpp's marks count from after a byte order mark; so do the offsets checkQuoted reads.
    const qsizetype skip = text.startsWith("\xef\xbb\xbf") ? 3 : 0;
    const std::string input(text.constData() + skip, std::size_t(text.size() - skip));
    try {
        std::istringstream stream(input);
        YAML::Parser parser(stream);
        Builder builder(input, valueBudget(text.size()));
        if (!parser.HandleNextDocument(builder))
            return Document {QJsonValue(QJsonValue::Null), {{QString(), 1}}};
        return builder.takeDocument();
    } catch (const Refusal &refusal) {
        return refusal.error;
    } catch (const YAML::Exception &e) {
        const int line = e.mark.line >= 0 ? e.mark.line + 1 : 0;
        return ParseError {line, QString::fromStdString(e.msg)};
    } catch (const std::exception &e) {
        return ParseError {0, QString::fromLocal8Bit(e.what())};
    }
}

} // namespace Yaml
