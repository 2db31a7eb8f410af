// secdesk-bench: times our JSON engine and secdesk-cli against nlohmann::json on a generated configuration pair
// (A = generate(seed 1), B = mutate(A, 1 %), written as compact JSON the way `secdesk-cli generate` writes them), and
// (case tree, bench/TreeBench.cpp) how responsive the app stays with A loaded, (case timeline, bench/TimelineBench.cpp)
// how soon the version timeline shows A against B, and (case patch-editor) the GUI-thread time of patch validation
// and compilation on the document. Each case reports the median of --repeat runs after one warm-up run. Progress goes
// to stderr; stdout holds only the tables, or with --json only the JSON array.

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include "app/domain/ConfigGenerator.h"
#include "app/json/Json.h"
#include "app/json/JsonDiff.h"
#include "app/json/JsonPatch.h"
#include "app/json/JsonSource.h"
#include "bench/AccessBench.h"
#include "bench/ExplainBench.h"
#include "bench/TimelineBench.h"
#include "bench/TreeBench.h"

using namespace Qt::StringLiterals;

namespace {

struct Case
{
    QString name;
    double target; // the ratio ours / peer must not exceed this
    bool strict;   // ... or must stay strictly below it
    QString what;  // one line for the table
};

const QList<Case> &allCases()
{
    static const QList<Case> cases {
        {u"load"_s, 1.2, false, u"JsonSource::parse (bytes to a ready, indexed document) vs QJsonDocument::fromJson"_s},
        {u"diff"_s, 0.5, false, u"JsonDiff::compute (patch and change list) vs nlohmann::json::diff"_s},
        {u"patch"_s, 0.5, false, u"JsonPatch::apply (1 % patch) vs nlohmann::json::patch"_s},
        {u"cli-diff"_s, 1.0, true, u"secdesk-cli diff A B vs secdesk-bench-peer-diff A B"_s},
    };
    return cases;
}

struct Measurement
{
    Case spec;
    double ours = 0;
    double peer = 0;
    double ratio() const { return peer > 0 ? ours / peer : 0; }
    bool pass() const { return spec.strict ? ratio() < spec.target : ratio() <= spec.target; }
};

void progress(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

[[noreturn]] void abortWith(const QString &text)
{
    progress(u"secdesk-bench: "_s + text);
    std::exit(2);
}

// Milliseconds of one call. The result is destroyed after the clock stops, so freeing it is not timed.
template <typename F> double timeOnce(F &function)
{
    QElapsedTimer timer;
    timer.start();
    auto result = function();
    const qint64 ns = timer.nsecsElapsed();
    Q_UNUSED(result);
    return double(ns) / 1e6;
}

double medianOf(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    const size_t n = times.size();
    return n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
}

// The medians of `repeat` runs of ours and of the peer, after one discarded warm-up run of each. The runs alternate
// (ours first in even rounds, the peer first in odd ones), so that neither side profits from memory the allocator
// has already taken from the system for the other.
template <typename Ours, typename Peer> std::pair<double, double> medians(int repeat, Ours ours, Peer peer)
{
    timeOnce(ours);
    timeOnce(peer);
    std::vector<double> oursTimes, peerTimes;
    for (int i = 0; i < repeat; ++i) {
        if (i % 2 == 0) {
            oursTimes.push_back(timeOnce(ours));
            peerTimes.push_back(timeOnce(peer));
        } else {
            peerTimes.push_back(timeOnce(peer));
            oursTimes.push_back(timeOnce(ours));
        }
    }
    return {medianOf(oursTimes), medianOf(peerTimes)};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        abortWith(u"cannot read %1"_s.arg(path));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        abortWith(u"cannot write %1"_s.arg(path));
}

// Runs a whole process with stdout discarded; returns true when it exits with 0.
bool runProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    return process.waitForFinished(-1) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// The generated pair, on disk and in memory in both engines' forms.
struct Inputs
{
    QTemporaryDir dir;
    QString pathA, pathB;
    QByteArray bytesA, bytesB;
    QJsonValue a, b;
    JsonSource sourceA, sourceB; // the same, with their text
    JsonPatch patch;             // diff(A, B)
    nlohmann::json na, nb, np;
};

ConfigGenerator::Options generatorOptions(bool small)
{
    ConfigGenerator::Options options;
    if (small) {
        options.users /= 10;
        options.roles /= 10;
        options.mappings /= 10;
        options.tenants /= 10;
        options.actionGroups /= 10;
    }
    return options;
}

void prepare(Inputs &in, bool small)
{
    const ConfigGenerator::Options options = generatorOptions(small);
    if (!in.dir.isValid())
        abortWith(u"cannot create a temporary directory"_s);
    progress(u"generating the %1 pair..."_s.arg(small ? u"small"_s : u"default-size"_s));
    const QJsonObject a = ConfigGenerator::generate(options);
    const QJsonObject b = ConfigGenerator::mutate(a, 1, options.seed);
    in.pathA = in.dir.filePath(u"a.json"_s);
    in.pathB = in.dir.filePath(u"b.json"_s);
    writeAll(in.pathA, Json::serialize(a, Json::Format::Compact));
    writeAll(in.pathB, Json::serialize(b, Json::Format::Compact));
    in.bytesA = readAll(in.pathA);
    in.bytesB = readAll(in.pathB);
    progress(u"A: %1 bytes, %2 entities; B: %3 bytes"_s.arg(in.bytesA.size())
                 .arg(ConfigGenerator::entityCount(a))
                 .arg(in.bytesB.size()));

    auto parsedA = Json::parse(in.bytesA, in.pathA);
    auto parsedB = Json::parse(in.bytesB, in.pathB);
    if (!parsedA || !parsedB)
        abortWith(u"the generated files do not parse"_s);
    in.a = std::move(parsedA).value();
    in.b = std::move(parsedB).value();
    in.sourceA = JsonSource::parse(in.bytesA).value();
    in.sourceB = JsonSource::parse(in.bytesB).value();
    in.patch = JsonDiff::diff(in.a, in.b);
    in.na = nlohmann::json::parse(in.bytesA.cbegin(), in.bytesA.cend());
    in.nb = nlohmann::json::parse(in.bytesB.cbegin(), in.bytesB.cend());
    const QByteArray patchBytes = Json::serialize(in.patch.toJson(), Json::Format::Compact);
    in.np = nlohmann::json::parse(patchBytes.cbegin(), patchBytes.cend());
    progress(u"the 1 % patch has %1 operations"_s.arg(in.patch.size()));
}

Measurement measure(const Case &spec, Inputs &in, int repeat)
{
    Measurement m {spec};
    progress(u"case %1..."_s.arg(spec.name));
    if (spec.name == u"load") {
        std::tie(m.ours, m.peer) = medians(
            repeat, [&] { return JsonSource::parse(in.bytesA); }, [&] { return QJsonDocument::fromJson(in.bytesA); });
    } else if (spec.name == u"diff") {
        std::tie(m.ours, m.peer) = medians(
            repeat, [&] { return JsonDiff::compute(in.sourceA, in.sourceB); },
            [&] { return nlohmann::json::diff(in.na, in.nb); });
    } else if (spec.name == u"patch") {
        const auto ours = in.patch.apply(in.a);
        if (!ours || !Json::equals(*ours, in.b))
            abortWith(u"JsonPatch::apply(diff(A, B), A) is not B"_s);
        if (in.na.patch(in.np) != in.nb)
            abortWith(u"nlohmann::json::patch(diff(A, B)) is not B"_s);
        std::tie(m.ours, m.peer) = medians(
            repeat, [&] { return in.patch.apply(in.a); }, [&] { return in.na.patch(in.np); });
    } else if (spec.name == u"cli-diff") {
        const QString dir = QCoreApplication::applicationDirPath();
        const QString cli = dir + u"/secdesk-cli"_s;
        const QString peer = dir + u"/secdesk-bench-peer-diff"_s;
        const QStringList arguments {u"diff"_s, in.pathA, in.pathB};
        if (!runProcess(cli, arguments))
            abortWith(u"%1 diff failed"_s.arg(cli));
        if (!runProcess(peer, arguments.mid(1)))
            abortWith(u"%1 failed"_s.arg(peer));
        std::tie(m.ours, m.peer) = medians(
            repeat, [&] { return runProcess(cli, arguments); }, [&] { return runProcess(peer, arguments.mid(1)); });
    }
    return m;
}

QString table(const QList<Measurement> &results)
{
    QString text = u"%1 %2 %3 %4 %5  %6\n"_s.arg(u"case"_s, -9)
                       .arg(u"ours ms"_s, 10)
                       .arg(u"peer ms"_s, 10)
                       .arg(u"ratio"_s, 7)
                       .arg(u"target"_s, 8)
                       .arg(u"result"_s);
    for (const Measurement &m : results) {
        text += u"%1 %2 %3 %4 %5  %6   %7\n"_s.arg(m.spec.name, -9)
                    .arg(m.ours, 10, 'f', 1)
                    .arg(m.peer, 10, 'f', 1)
                    .arg(m.ratio(), 7, 'f', 2)
                    .arg((m.spec.strict ? u"< "_s : u"<= "_s) + QString::number(m.spec.target, 'f', 1), 8)
                    .arg(m.pass() ? u"pass"_s : u"MISS"_s, -4)
                    .arg(m.spec.what);
    }
    return text;
}

QString figureTable(const QList<BenchFigure> &figures)
{
    QString text;
    QString group;
    for (const BenchFigure &f : figures) {
        if (f.benchCase != group) {
            group = f.benchCase;
            text += u"\n%1 %2 %3  %4\n"_s.arg(group, -14).arg(u"ms"_s, 10).arg(u"target"_s, 8).arg(u"result"_s);
        }
        text += u"%1 %2 %3  %4   %5\n"_s.arg(f.name, -14)
                    .arg(f.ms, 10, 'f', 1)
                    .arg(f.hasTarget() ? u"<= "_s + QString::number(f.target, 'f', 0) : u"-"_s, 8)
                    .arg(f.hasTarget() ? (f.pass() ? u"pass"_s : u"MISS"_s) : u"info"_s, -4)
                    .arg(f.what);
    }
    return text;
}

QByteArray toJson(const QList<Measurement> &results, const QList<BenchFigure> &figures)
{
    QJsonArray array;
    for (const Measurement &m : results) {
        array.append(QJsonObject {{u"case"_s, m.spec.name},
                                  {u"ours_ms"_s, m.ours},
                                  {u"peer_ms"_s, m.peer},
                                  {u"ratio"_s, m.ratio()},
                                  {u"target"_s, m.spec.target}});
    }
    for (const BenchFigure &f : figures) {
        QJsonObject object {{u"case"_s, f.benchCase}, {u"figure"_s, f.name}, {u"ms"_s, f.ms}};
        if (f.hasTarget()) {
            object.insert(u"target"_s, f.target);
            object.insert(u"pass"_s, f.pass());
        }
        array.append(object);
    }
    return Json::serialize(array, Json::Format::Indented);
}

} // namespace

int main(int argc, char *argv[])
{
    // The tree case shows real widgets; without a display they go to the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    BenchApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"secdesk-bench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SECDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Bench", "Times SecDesk's JSON engine and secdesk-cli against nlohmann::json, "
                                             "and how responsive the app stays with a large configuration."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption json(u"json"_s,
                                  QCoreApplication::translate("Bench", "Print the results as a JSON array."));
    const QCommandLineOption caseOption(
        u"case"_s,
        QCoreApplication::translate(
            "Bench", "Run only this case (repeatable): load, diff, patch, cli-diff, tree, timeline, patch-editor, "
                     "access, lint, impact, confirm-view, forms, explain-view. Without it: all but timeline, "
                     "patch-editor, access, lint, impact, confirm-view, forms and explain-view."),
        u"name"_s);
    const QCommandLineOption repeat(
        u"repeat"_s, QCoreApplication::translate("Bench", "Measured runs per case (default 5)."), u"n"_s, u"5"_s);
    const QCommandLineOption small(
        u"small"_s, QCoreApplication::translate("Bench", "Use a 10 times smaller pair (a quick check)."));
    const QCommandLineOption check(u"check"_s,
                                   QCoreApplication::translate("Bench", "Exit with 1 when a case misses its target."));
    parser.addOptions({json, caseOption, repeat, small, check});
    parser.process(app);

    bool ok = false;
    const int repeats = parser.value(repeat).toInt(&ok);
    if (!ok || repeats < 1)
        abortWith(u"--repeat needs a positive whole number"_s);
    QList<Case> cases;
    const QStringList wanted = parser.values(caseOption);
    const bool tree = wanted.isEmpty() || wanted.contains(u"tree"_s);
    const bool timeline = wanted.contains(u"timeline"_s);
    const bool patchEditor = wanted.contains(u"patch-editor"_s);
    const bool access = wanted.contains(u"access"_s);
    const bool lint = wanted.contains(u"lint"_s);
    const bool forms = wanted.contains(u"forms"_s);
    const bool impact = wanted.contains(u"impact"_s);
    const bool explainView = wanted.contains(u"explain-view"_s);
    const bool confirmView = wanted.contains(u"confirm-view"_s);
    for (const QString &name : wanted) {
        if (name == u"tree" || name == u"timeline" || name == u"patch-editor" || name == u"access" || name == u"lint"
            || name == u"forms" || name == u"impact" || name == u"explain-view" || name == u"confirm-view")
            continue;
        const auto found =
            std::find_if(allCases().cbegin(), allCases().cend(), [&](const Case &c) { return c.name == name; });
        if (found == allCases().cend())
            abortWith(u"unknown case \"%1\" (load, diff, patch, cli-diff, tree, timeline, patch-editor, access, lint, "
                      "impact, confirm-view, forms, explain-view)"_s.arg(name));
        cases.append(*found);
    }
    if (wanted.isEmpty())
        cases = allCases();

    QList<Measurement> results;
    QList<BenchFigure> figures;
    if (!cases.isEmpty()) {
        Inputs inputs;
        prepare(inputs, parser.isSet(small));
        for (const Case &spec : cases)
            results.append(measure(spec, inputs, repeats));
    }
    if (tree) {
        progress(u"generating the %1 document..."_s.arg(parser.isSet(small) ? u"small"_s : u"default-size"_s));
        figures = TreeBench::run(ConfigGenerator::generate(generatorOptions(parser.isSet(small))), repeats);
    }
    if (timeline || patchEditor) {
        const ConfigGenerator::Options options = generatorOptions(parser.isSet(small));
        progress(u"generating the %1 pair..."_s.arg(parser.isSet(small) ? u"small"_s : u"default-size"_s));
        const QJsonObject a = ConfigGenerator::generate(options);
        const QJsonObject b = ConfigGenerator::mutate(a, 1, options.seed);
        if (timeline)
            figures += TimelineBench::run(a, b, repeats);
        if (patchEditor)
            figures += PatchEditorBench::run(b, repeats);
    }

    if (access) {
        progress(u"generating the %1 document..."_s.arg(parser.isSet(small) ? u"small"_s : u"default-size"_s));
        figures += AccessBench::run(
            Json::serialize(ConfigGenerator::generate(generatorOptions(parser.isSet(small))), Json::Format::Compact),
            repeats);
    }

    if (lint) {
        progress(u"generating the %1 document..."_s.arg(parser.isSet(small) ? u"small"_s : u"default-size"_s));
        figures += LintBench::run(ConfigGenerator::generate(generatorOptions(parser.isSet(small))), repeats);
    }

    if (impact) {
        progress(u"generating the %1 document..."_s.arg(parser.isSet(small) ? u"small"_s : u"default-size"_s));
        figures += ImpactBench::run(ConfigGenerator::generate(generatorOptions(parser.isSet(small))), repeats);
    }

    if (confirmView) {
        progress(u"generating the %1 document..."_s.arg(parser.isSet(small) ? u"small"_s : u"default-size"_s));
        figures += ConfirmBench::run(ConfigGenerator::generate(generatorOptions(parser.isSet(small))), repeats);
    }

    if (forms) {
        progress(u"generating the %1 document..."_s.arg(parser.isSet(small) ? u"small"_s : u"default-size"_s));
        figures += FormsBench::run(ConfigGenerator::generate(generatorOptions(parser.isSet(small))), repeats);
    }

    if (explainView) {
        progress(u"generating the %1 document..."_s.arg(parser.isSet(small) ? u"small"_s : u"default-size"_s));
        figures += ExplainBench::run(ConfigGenerator::generate(generatorOptions(parser.isSet(small))), repeats);
    }

    QByteArray out;
    if (parser.isSet(json))
        out = toJson(results, figures);
    else
        out =
            ((results.isEmpty() ? QString() : table(results)) + (figures.isEmpty() ? QString() : figureTable(figures)))
                .toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    const bool allPass =
        std::all_of(results.cbegin(), results.cend(), [](const Measurement &m) { return m.pass(); })
        && std::all_of(figures.cbegin(), figures.cend(), [](const BenchFigure &f) { return f.pass(); });
    return parser.isSet(check) && !allPass ? 1 : 0;
}
