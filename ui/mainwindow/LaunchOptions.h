#pragma once

// LaunchOptions: secdesk's command line, parsed and checked. --help and --version need no display: main() answers
// them with a QCoreApplication, before any window system is touched (over SSH, in a container). The options for
// documentation pictures (--screenshot, --filter, --select, --show, --version-id, --patch, --compare-dir,
// --demo-writes) are carried out by StartupDriver. Main thread.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include "app/common/Result.h"
#include "ui/theme/Theme.h"

class LaunchOptions
{
public:
    enum class View { None, Timeline, PatchEditor, Upgrade, Problems, Form, Certificates, Tenancy, Tokens };

    bool sandbox = false;
    QString profile;
    QString screenshot; // a file: take a picture once settled, then quit
    QString filter;
    QString select;
    Theme::Scheme palette = Theme::Scheme::System;
    int demoWrites = 0;
    View show = View::None;
    QString formType; // View::Form: the type of the form (--show role-editor: "roles"); --select names the entity
    QString versionId;
    QString patch;
    QString compareDir;

    // True when the arguments ask for --help or --version (answered without a display).
    static bool asksForHelpOrVersion(int argc, char *argv[]);
    // Parses the application's arguments: --help and --version print and exit the process (QCommandLineParser);
    // a bad value is an error for people (exit code 2).
    static Result<LaunchOptions> parse(const QCoreApplication &app);
};
