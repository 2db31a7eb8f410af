#include "ui/mainwindow/LaunchOptions.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// The texts of the command line (lupdate files them under "main", where they have always been).
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

} // namespace

bool LaunchOptions::asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

Result<LaunchOptions> LaunchOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Main::tr("SecDesk: administration of the OpenSearch Security plugin's configuration."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(u"sandbox"_s, Main::tr("Start on a fresh in-process sandbox."));
    const QCommandLineOption profileOption(u"profile"_s, Main::tr("Connect to the saved profile <name>."), u"name"_s);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        Main::tr("Save a picture of the main window to <file> once it has settled, then quit (for documentation)."),
        u"file"_s);
    const QCommandLineOption filterOption(u"filter"_s, Main::tr("Start with <text> in the filter box."), u"text"_s);
    const QCommandLineOption selectOption(u"select"_s, Main::tr("Select the node at the JSON <pointer>."),
                                          u"pointer"_s);
    const QCommandLineOption paletteOption(
        u"palette"_s, Main::tr("Colours: <scheme> is system (the default), light or dark (Fusion style)."), u"scheme"_s,
        u"system"_s);
    const QCommandLineOption demoWritesOption(
        u"demo-writes"_s,
        Main::tr("With --sandbox: make <n> example writes on it first, so that the version timeline has versions."),
        u"n"_s);
    const QCommandLineOption showOption(
        u"show"_s,
        Main::tr("Open <view> once connected: timeline, patch-editor, upgrade, problems, certificates, tenancy, "
                 "tokens, or the form role-editor, mapping-editor, user-editor, actiongroup-editor or tenant-editor "
                 "(of the entity --select names, else a new one)."),
        u"view"_s);
    const QCommandLineOption versionOption(
        u"version-id"_s, Main::tr("With --show timeline: select the version <id> (v2, ...)."), u"id"_s);
    const QCommandLineOption patchOption(
        u"patch"_s, Main::tr("Open the JSON patch <file> in the patch editor once connected."), u"file"_s);
    const QCommandLineOption compareDirOption(
        u"compare-dir"_s,
        Main::tr("Once connected, compare with the securityadmin directory <dir> (with --screenshot: a picture of "
                 "the compare window)."),
        u"dir"_s);
    parser.addOptions({sandboxOption, profileOption, screenshotOption, filterOption, selectOption, paletteOption,
                       demoWritesOption, showOption, versionOption, patchOption, compareDirOption});
    parser.process(app); // --help and --version end the process here

    LaunchOptions options;
    options.sandbox = parser.isSet(sandboxOption);
    options.profile = parser.value(profileOption);
    options.screenshot = parser.value(screenshotOption);
    options.filter = parser.value(filterOption);
    options.select = parser.value(selectOption);
    options.versionId = parser.value(versionOption);
    options.patch = parser.value(patchOption);
    options.compareDir = parser.value(compareDirOption);
    bool demoWritesOk = true;
    options.demoWrites = parser.isSet(demoWritesOption) ? parser.value(demoWritesOption).toInt(&demoWritesOk) : 0;
    const QString show = parser.value(showOption);
    static const QHash<QString, QString> forms {{u"role-editor"_s, u"roles"_s},
                                                {u"mapping-editor"_s, u"rolesmapping"_s},
                                                {u"user-editor"_s, u"internalusers"_s},
                                                {u"actiongroup-editor"_s, u"actiongroups"_s},
                                                {u"tenant-editor"_s, u"tenants"_s}};
    options.formType = forms.value(show);
    options.show = show == u"timeline"           ? View::Timeline
                   : show == u"patch-editor"     ? View::PatchEditor
                   : show == u"upgrade"          ? View::Upgrade
                   : show == u"problems"         ? View::Problems
                   : show == u"certificates"     ? View::Certificates
                   : show == u"tenancy"          ? View::Tenancy
                   : show == u"tokens"           ? View::Tokens
                   : !options.formType.isEmpty() ? View::Form
                                                 : View::None;
    if (!demoWritesOk || options.demoWrites < 0 || (!show.isEmpty() && options.show == View::None))
        return Error {u"cli.usage"_s,
                      Main::tr("--demo-writes takes a whole number >= 0, --show timeline, patch-editor, upgrade, "
                               "problems, certificates, tenancy, tokens, role-editor, mapping-editor, user-editor, "
                               "actiongroup-editor or tenant-editor."),
                      {}};
    const auto scheme = Theme::schemeFromName(parser.value(paletteOption));
    if (!scheme)
        return Error {u"cli.usage"_s,
                      Main::tr("Unknown --palette %1: use system, light or dark.").arg(parser.value(paletteOption)),
                      {}};
    options.palette = *scheme;
    return options;
}
