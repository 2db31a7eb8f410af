#pragma once

// ConfigGenerator: realistic configuration documents (docs/cli.md §2) of any size, and copies of them with a share of
// the entities changed. Deterministic for a seed. Pure functions, any thread.
// Used by `secdesk-cli generate`, the benchmarks and tests that need big inputs.

#include <QJsonObject>
#include <QString>
#include <QStringList>

class ConfigGenerator
{
public:
    struct Options
    {
        qsizetype users = 50000;       // internalusers
        qsizetype roles = 20000;       // roles
        qsizetype mappings = 20000;    // rolesmapping
        qsizetype tenants = 5000;      // tenants
        qsizetype actionGroups = 2000; // actiongroups
        quint64 seed = 1;
    };

    // The types that hold a map of entities, sorted: "actiongroups", "internalusers", "roles", "rolesmapping",
    // "tenants". mutate() changes entities of these types only.
    static QStringList entityTypes();

    // A whole document: every type of docs/cli.md §2, with exactly the requested number of entities per type (a few of
    // them reserved, static or hidden, as in a real cluster). The same options give the same document. At the
    // defaults it is about 35 MB as compact JSON (TestConfigGenerator guards the size).
    static QJsonObject generate(const Options &options);
    static QJsonObject generate() { return generate(Options {}); }

    // A copy of `document` in which about `percent` % of the entities of all entity types together were added,
    // removed or edited (roughly one fifth each added and removed, the rest edited). Reserved, static and hidden
    // entities are left alone. The same arguments give the same copy.
    static QJsonObject mutate(const QJsonObject &document, double percent, quint64 seed);

    // The number of entities of the entity types in `document`.
    static qsizetype entityCount(const QJsonObject &document);
};
