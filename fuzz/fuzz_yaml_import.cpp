// libFuzzer target: YAML import (app/json/Yaml.h, app/domain/SecurityAdminFiles.h). Input: the text of one
// securityadmin.sh file. It is parsed in memory; a value that parses is written back as YAML and must read back
// equal (the promise of Yaml::block). Then the text is imported from a directory as the file its `_meta: type`
// names (roles.yml when none), and what loads must export and load again with no entity differences.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "app/domain/SecurityAdminFiles.h"
#include "app/json/Json.h"
#include "app/json/Yaml.h"
#include "fuzz/FuzzSupport.h"

using namespace Qt::StringLiterals;

namespace {

QString show(const QJsonValue &value)
{
    return QString::fromUtf8(Json::serialize(value, Json::Format::Compact));
}

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

void checkRoundTrip(const QJsonValue &value)
{
    const QString text = Yaml::block(value, 0);
    const auto reread = Yaml::parse(text.toUtf8());
    FUZZ_CHECK(reread, u"Yaml::block wrote what Yaml::parse rejects ("_s + (reread ? QString() : reread.error().reason)
                           + u"):\n"_s + text);
    FUZZ_CHECK(Json::equals(reread->value, value),
               u"YAML round trip changed "_s + show(value) + u" into "_s + show(reread->value) + u" via\n"_s + text);
}

void checkImport(const QByteArray &input, const Yaml::Document *document)
{
    QString fileName = u"roles.yml"_s;
    if (document) {
        const QString declared = document->value.toObject().value(u"_meta"_s).toObject().value(u"type"_s).toString();
        const QString named =
            declared == u"whitelist"_s ? u"whitelist.yml"_s : SecurityAdminFiles::fileNameForType(declared);
        if (!named.isEmpty())
            fileName = named;
    }
    const QString in = scratch().filePath(u"in"_s);
    const QString out = scratch().filePath(u"out"_s);
    QDir(in).removeRecursively();
    QDir(out).removeRecursively();
    QDir().mkpath(in);
    QFile file(QDir(in).filePath(fileName));
    if (!file.open(QIODevice::WriteOnly) || file.write(input) != input.size())
        Fuzz::fail("scratch file", file.fileName(), __FILE__, __LINE__);
    file.close();

    const auto loaded = SecurityAdminFiles::loadDirectory(in);
    if (!loaded) {
        FUZZ_CHECK(!loaded.error().message.isEmpty(), fileName);
        return;
    }
    const auto exported = SecurityAdminFiles::exportDirectory(*loaded, out);
    FUZZ_CHECK(exported, u"export failed: "_s + (exported ? QString() : exported.error().message));
    const auto reloaded = SecurityAdminFiles::loadDirectory(out);
    FUZZ_CHECK(reloaded, u"an exported directory does not load: "_s + (reloaded ? QString() : reloaded.error().message)
                             + u"\nfrom "_s + show(*loaded));
    const auto differences = SecurityAdminFiles::compareDocuments(*loaded, *reloaded);
    FUZZ_CHECK(differences.isEmpty(), u"export and reload changed entities: "_s
                                          + SecurityAdminFiles::differencesText(differences) + u"\nfrom "_s
                                          + show(*loaded) + u"\nto "_s + show(*reloaded));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initialize();
    if (!scratch().isValid())
        Fuzz::fail("QTemporaryDir", scratch().errorString(), __FILE__, __LINE__);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = Yaml::parse(input);
    if (parsed)
        checkRoundTrip(parsed->value);
    else
        FUZZ_CHECK(!parsed.error().reason.isEmpty() || parsed.error().line >= 0, u"parse error"_s);
    checkImport(input, parsed ? &*parsed : nullptr);
    return 0;
}
