// libFuzzer target: JSON Patch reading and application (app/json/JsonPatch.h).
// Input: a JSON document, the separator line, a JSON Patch. Besides memory errors it checks the promises of
// JsonPatch: reading is lossless, application is all or nothing, apply() equals applyInPlace(), and the inverse it
// returns restores the original.

#include "app/json/Json.h"
#include "app/json/JsonPatch.h"
#include "fuzz/FuzzSupport.h"

using namespace Qt::StringLiterals;

namespace {

QString show(const QJsonValue &value)
{
    return QString::fromUtf8(Json::serialize(value, Json::Format::Compact));
}

} // namespace

SECDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = Fuzz::split(data, size, 2);
    const auto document = Json::parse(parts.at(0));
    const auto patchJson = Json::parse(parts.at(1));
    if (!patchJson)
        return 0;

    const auto patch = JsonPatch::fromJson(*patchJson);
    if (!patch) {
        FUZZ_CHECK(!patch.error().message().isEmpty(), show(*patchJson));
        return 0;
    }
    const auto reread = JsonPatch::fromJson(patch->toJson());
    FUZZ_CHECK(reread && *reread == *patch, show(patch->toJson()));
    for (const PatchOperation &operation : patch->operations())
        FUZZ_CHECK(!operation.summary().isEmpty(), show(operation.toJson()));

    if (!document)
        return 0;
    const QJsonValue original = *document;
    QJsonValue edited = original;
    const auto inverse = patch->applyInPlace(edited);
    if (!inverse) {
        FUZZ_CHECK(!inverse.error().message().isEmpty(), show(patch->toJson()));
        FUZZ_CHECK(Json::equals(edited, original), u"left changed after a failure: "_s + show(edited));
        FUZZ_CHECK(!patch->apply(original).ok(), show(patch->toJson()));
        return 0;
    }
    // The shared original is copied on write, never edited through `edited`.
    FUZZ_CHECK(Json::equals(original, *document) && Json::identical(original, *document), show(original));

    const auto copy = patch->apply(original);
    FUZZ_CHECK(copy && Json::equals(*copy, edited), u"apply() differs from applyInPlace(): "_s + show(edited));

    const auto restored = inverse->apply(edited);
    FUZZ_CHECK(restored, u"the inverse does not apply: "_s + restored.error().message());
    FUZZ_CHECK(Json::equals(*restored, original),
               u"the inverse gives "_s + show(*restored) + u" instead of "_s + show(original));
    return 0;
}
