// libFuzzer target: JSON pointer parsing (app/json/JsonPointer.h).
// Input: pointer text, then (after the separator line) a JSON document to resolve it against. The pointer text is
// read both as UTF-8 and as raw UTF-16 (so lone surrogates and NULs reach the parser too).

#include <cstring>

#include "app/json/Json.h"
#include "app/json/JsonPointer.h"
#include "fuzz/FuzzSupport.h"

using namespace Qt::StringLiterals;

namespace {

void checkPointer(const QString &text, const Result<QJsonValue> &document)
{
    const auto parsed = JsonPointer::parse(text);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().message.isEmpty(), text);
        FUZZ_CHECK(!text.isEmpty() && (text.front() != u'/' || text.contains(u'~')), text);
        return;
    }
    const JsonPointer &pointer = *parsed;
    // Escapes are canonical (~0 and ~1 only), so the text comes back exactly.
    FUZZ_CHECK(pointer.toString() == text, pointer.toString());
    const auto again = JsonPointer::parse(pointer.toString());
    FUZZ_CHECK(again && *again == pointer, text);
    FUZZ_CHECK(pointer.isRoot() == text.isEmpty(), text);

    for (const QString &token : pointer.tokens()) {
        const auto single = JsonPointer::parse(QString(u'/' + JsonPointer::escapeToken(token)));
        FUZZ_CHECK(single && single->size() == 1 && single->last() == token, token);
        if (const auto index = JsonPointer::parseArrayIndex(token)) {
            FUZZ_CHECK(*index >= 0, token);
            FUZZ_CHECK(QString::number(*index) == token, token);
        }
    }

    FUZZ_CHECK(pointer.isPrefixOf(pointer), text);
    if (!pointer.isRoot()) {
        const JsonPointer parent = pointer.parent();
        FUZZ_CHECK(parent.size() == pointer.size() - 1, text);
        FUZZ_CHECK(parent.isPrefixOf(pointer) && !pointer.isPrefixOf(parent), text);
        FUZZ_CHECK(parent.child(pointer.last()) == pointer, text);
    }

    if (!document)
        return;
    const auto resolved = pointer.resolve(*document);
    if (resolved) {
        if (pointer.isRoot()) {
            FUZZ_CHECK(Json::identical(*resolved, *document), text);
        } else {
            const auto parent = pointer.parent().resolve(*document);
            FUZZ_CHECK(parent && (parent->isObject() || parent->isArray()), text);
        }
    } else {
        FUZZ_CHECK(!resolved.error().message.isEmpty(), text);
        FUZZ_CHECK(!pointer.isRoot(), text);
    }
}

} // namespace

SECDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = Fuzz::split(data, size, 2);
    const Result<QJsonValue> document = Json::parse(parts.at(1));

    checkPointer(QString::fromUtf8(parts.at(0)), document);

    QString utf16(parts.at(0).size() / 2, Qt::Uninitialized);
    std::memcpy(utf16.data(), parts.at(0).constData(), size_t(utf16.size()) * sizeof(char16_t));
    checkPointer(utf16, document);
    return 0;
}
