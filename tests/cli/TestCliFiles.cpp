#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "app/json/Json.h"

using namespace Qt::StringLiterals;

// Runs the real secdesk-cli on files in a temporary directory and checks exit codes, stdout and stderr.
class TestCliFiles : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QString firstErrorLine() const { return QString::fromUtf8(err).section(u'\n', 0, 0); }
    };

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return file.fileName();
    }

    QString writeJson(const QString &name, const QJsonValue &value) const
    {
        return write(name, Json::serialize(value));
    }

    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(SECDESK_BINARY_DIR "/secdesk-cli"), arguments);
        Run result;
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.code = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    static QJsonValue parsed(const QByteArray &bytes)
    {
        const auto value = Json::parse(bytes);
        return value ? *value : QJsonValue(QJsonValue::Undefined);
    }

    static QJsonObject documentA()
    {
        return QJsonObject {
            {u"roles"_s,
             QJsonObject {{u"r1"_s, QJsonObject {{u"cluster_permissions"_s, QJsonArray {u"cluster_monitor"_s}},
                                                 {u"description"_s, u"first"_s}}},
                          {u"r2"_s, QJsonObject {{u"cluster_permissions"_s, QJsonArray()}}}}},
            {u"tenants"_s, QJsonObject {{u"t1"_s, QJsonObject {{u"description"_s, u"tenant one"_s}}}}}};
    }

    static QJsonObject documentB()
    {
        return QJsonObject {
            {u"roles"_s, QJsonObject {{u"r1"_s, QJsonObject {{u"cluster_permissions"_s,
                                                              QJsonArray {u"cluster_monitor"_s, u"cluster_all"_s}},
                                                             {u"description"_s, u"changed"_s}}}}},
            {u"tenants"_s, QJsonObject {{u"t1"_s, QJsonObject {{u"description"_s, u"tenant one"_s}}},
                                        {u"t2"_s, QJsonObject {{u"description"_s, u"new"_s}}}}}};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpAndVersion()
    {
        const Run help = run({u"--help"_s});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("patch DOC PATCH"));
        QVERIFY(help.out.contains("diff A B"));
        QVERIFY(help.out.contains("generate OUT"));
        const Run commandHelp = run({u"generate"_s, u"--help"_s});
        QCOMPARE(commandHelp.code, 0);
        QVERIFY(commandHelp.out.contains("--mutate PCT OUT_B"));
        const Run version = run({u"--version"_s});
        QCOMPARE(version.code, 0);
        QCOMPARE(version.out, QByteArray("secdesk-cli " SECDESK_VERSION "\n"));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString doc = u"doc.json"_s;
        QTest::newRow("no command") << QStringList() << u"no command"_s;
        QTest::newRow("unknown command") << QStringList {u"frobnicate"_s} << u"unknown command \"frobnicate\""_s;
        QTest::newRow("unknown global option") << QStringList {u"--frob"_s} << u"unknown option --frob"_s;
        QTest::newRow("patch without PATCH")
            << QStringList {u"patch"_s, doc} << u"expected 2 arguments (DOC PATCH), got 1"_s;
        QTest::newRow("diff with three files")
            << QStringList {u"diff"_s, doc, doc, doc} << u"expected 2 arguments (A B), got 3"_s;
        QTest::newRow("generate without OUT") << QStringList {u"generate"_s} << u"expected 1 argument"_s;
        QTest::newRow("unknown option") << QStringList {u"diff"_s, doc, doc, u"--frob"_s} << u"unknown option --frob"_s;
        QTest::newRow("option without value")
            << QStringList {u"generate"_s, u"out.json"_s, u"--users"_s} << u"--users needs N"_s;
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(arguments);
        QCOMPARE(result.code, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.firstErrorLine().contains(message), result.err.constData());
    }

    void patchPrintsTheResult()
    {
        const QString doc = writeJson(u"doc.json"_s, documentA());
        const QString patch = writeJson(
            u"patch.json"_s,
            QJsonArray {
                QJsonObject {{u"op"_s, u"remove"_s}, {u"path"_s, u"/roles/r2"_s}},
                QJsonObject {{u"op"_s, u"add"_s},
                             {u"path"_s, u"/roles/r1/cluster_permissions/-"_s},
                             {u"value"_s, u"cluster_all"_s}},
                QJsonObject {
                    {u"op"_s, u"replace"_s}, {u"path"_s, u"/roles/r1/description"_s}, {u"value"_s, u"changed"_s}},
                QJsonObject {{u"op"_s, u"copy"_s}, {u"from"_s, u"/tenants/t1"_s}, {u"path"_s, u"/tenants/t2"_s}},
                QJsonObject {{u"op"_s, u"move"_s},
                             {u"from"_s, u"/tenants/t2/description"_s},
                             {u"path"_s, u"/tenants/t2/note"_s}},
                QJsonObject {{u"op"_s, u"test"_s}, {u"path"_s, u"/tenants/t2/note"_s}, {u"value"_s, u"tenant one"_s}},
                QJsonObject {{u"op"_s, u"replace"_s},
                             {u"path"_s, u"/tenants/t2"_s},
                             {u"value"_s, QJsonObject {{u"description"_s, u"new"_s}}}}});
        const Run result = run({u"patch"_s, doc, patch});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        QVERIFY(Json::equals(parsed(result.out), documentB()));
        QCOMPARE(result.out, Json::serialize(documentB()));
    }

    void patchFailureWritesNothing_data()
    {
        QTest::addColumn<QJsonArray>("patch");
        QTest::addColumn<QString>("message");
        const QJsonObject harmless {{u"op"_s, u"add"_s}, {u"path"_s, u"/roles/r3"_s}, {u"value"_s, QJsonObject()}};
        QTest::newRow("remove missing") << QJsonArray {harmless, QJsonObject {{u"op"_s, u"remove"_s},
                                                                              {u"path"_s, u"/roles/nope"_s}}}
                                        << u"operation 1 (remove /roles/nope)"_s;
        QTest::newRow("failed test") << QJsonArray {harmless, harmless,
                                                    QJsonObject {{u"op"_s, u"test"_s},
                                                                 {u"path"_s, u"/roles/r1/description"_s},
                                                                 {u"value"_s, u"other"_s}}}
                                     << u"operation 2 (test /roles/r1/description): test failed"_s;
    }

    void patchFailureWritesNothing()
    {
        QFETCH(QJsonArray, patch);
        QFETCH(QString, message);
        const QString doc = writeJson(u"doc.json"_s, documentA());
        const Run result = run({u"patch"_s, doc, writeJson(u"failing.json"_s, patch)});
        QCOMPARE(result.code, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.firstErrorLine().contains(message), result.err.constData());
    }

    void patchFileThatIsNoPatch_data()
    {
        QTest::addColumn<QJsonValue>("patch");
        QTest::addColumn<QString>("message");
        QTest::newRow("object") << QJsonValue(QJsonObject {{u"op"_s, u"add"_s}}) << u"not a valid JSON Patch"_s;
        QTest::newRow("unknown op") << QJsonValue(QJsonArray {QJsonObject {{u"op"_s, u"frob"_s}, {u"path"_s, u"/a"_s}}})
                                    << u"operation 0 (frob)"_s;
        QTest::newRow("missing value") << QJsonValue(
            QJsonArray {QJsonObject {{u"op"_s, u"add"_s}, {u"path"_s, u"/a"_s}}})
                                       << u"operation 0 (add /a): the member \"value\" is missing"_s;
    }

    void patchFileThatIsNoPatch()
    {
        QFETCH(QJsonValue, patch);
        QFETCH(QString, message);
        const Run result =
            run({u"patch"_s, writeJson(u"doc.json"_s, documentA()), writeJson(u"nopatch.json"_s, patch)});
        QCOMPARE(result.code, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.firstErrorLine().contains(message), result.err.constData());
    }

    void unreadableInput_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("badPosition"); // which of the two files is bad
        QTest::addColumn<bool>("missing");    // missing, or present but not JSON
        QTest::newRow("patch: DOC invalid") << u"patch"_s << 0 << false;
        QTest::newRow("patch: PATCH invalid") << u"patch"_s << 1 << false;
        QTest::newRow("patch: DOC missing") << u"patch"_s << 0 << true;
        QTest::newRow("patch: PATCH missing") << u"patch"_s << 1 << true;
        QTest::newRow("diff: A invalid") << u"diff"_s << 0 << false;
        QTest::newRow("diff: B invalid") << u"diff"_s << 1 << false;
        QTest::newRow("diff: A missing") << u"diff"_s << 0 << true;
        QTest::newRow("diff: B missing") << u"diff"_s << 1 << true;
    }

    void unreadableInput()
    {
        QFETCH(QString, command);
        QFETCH(int, badPosition);
        QFETCH(bool, missing);
        const QString good = writeJson(u"good.json"_s, QJsonArray());
        const QString bad = missing ? path(u"missing.json"_s)
                                    : write(u"bad.json"_s, "{\n  \"roles\": {\n    \"r1\": [1, 2,]\n  }\n}\n");
        QStringList arguments {command, good, good};
        arguments[1 + badPosition] = bad;
        const Run result = run(arguments);
        QCOMPARE(result.code, 2);
        QVERIFY(result.out.isEmpty());
        const QString line = result.firstErrorLine();
        QVERIFY2(line.contains(bad), qPrintable(line));
        if (!missing)
            QVERIFY2(line.contains(u"line 3"_s) && line.contains(u"column"_s), qPrintable(line));
    }

    void diffPatchAppliesBack()
    {
        const QString a = writeJson(u"a.json"_s, documentA());
        const QString b = writeJson(u"b.json"_s, documentB());
        const Run diff = run({u"diff"_s, a, b});
        QCOMPARE(diff.code, 0);
        QVERIFY(parsed(diff.out).isArray());
        QVERIFY(!parsed(diff.out).toArray().isEmpty());
        const Run patched = run({u"patch"_s, a, write(u"a-to-b.json"_s, diff.out)});
        QCOMPARE(patched.code, 0);
        QVERIFY(Json::equals(parsed(patched.out), documentB()));

        const Run same = run({u"diff"_s, a, a});
        QCOMPARE(same.code, 0);
        QCOMPARE(parsed(same.out), QJsonValue(QJsonArray()));
        const Run sameSummary = run({u"diff"_s, a, a, u"--summary"_s});
        QCOMPARE(sameSummary.code, 0);
        QCOMPARE(sameSummary.out, QByteArray("No differences.\n"));
    }

    void diffSummary()
    {
        const QString a = writeJson(u"a.json"_s, documentA());
        const QString b = writeJson(u"b.json"_s, documentB());
        const Run summary = run({u"diff"_s, u"--summary"_s, a, b});
        QCOMPARE(summary.code, 0);
        const QString text = QString::fromUtf8(summary.out);
        for (const QString &expected :
             {u"roles\n"_s, u"  r1\n"_s, u"+ /roles/r1/cluster_permissions/1: \"cluster_all\""_s,
              u"~ /roles/r1/description: \"first\" -> \"changed\""_s, u"- /roles/r2: {\"cluster_permissions\":[]}"_s,
              u"tenants\n"_s, u"+ /tenants/t2: {\"description\":\"new\"}"_s,
              u"4 changes: 2 added, 1 removed, 1 changed"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u"\nin:\n"_s + text));

        const Run json = run({u"diff"_s, a, b, u"--summary"_s, u"--json"_s});
        QCOMPARE(json.code, 0);
        const QJsonArray changes = parsed(json.out).toArray();
        QCOMPARE(changes.size(), 4);
        const QJsonObject removal = changes.at(2).toObject();
        QCOMPARE(removal.value(u"path"_s).toString(), u"/roles/r2"_s);
        QCOMPARE(removal.value(u"kind"_s).toString(), u"removed"_s);
        QCOMPARE(removal.value(u"type"_s).toString(), u"roles"_s);
        QCOMPARE(removal.value(u"entity"_s).toString(), u"r2"_s);
        QVERIFY(removal.contains(u"old"_s));
        QVERIFY(!removal.contains(u"new"_s));
        const QJsonObject change = changes.at(1).toObject();
        QCOMPARE(change.value(u"kind"_s).toString(), u"changed"_s);
        QCOMPARE(change.value(u"old"_s).toString(), u"first"_s);
        QCOMPARE(change.value(u"new"_s).toString(), u"changed"_s);
    }

    void generateSmall()
    {
        const QStringList sizes {u"--users"_s,   u"30"_s, u"--roles"_s,        u"12"_s, u"--mappings"_s, u"10"_s,
                                 u"--tenants"_s, u"4"_s,  u"--actiongroups"_s, u"15"_s, u"--seed"_s,     u"9"_s};
        const Run first = run(QStringList {u"generate"_s, path(u"g1.json"_s)} + sizes
                              + QStringList {u"--mutate"_s, u"10"_s, path(u"g1b.json"_s)});
        QCOMPARE(first.code, 0);
        QVERIFY2(first.err.isEmpty(), first.err.constData());
        QVERIFY(first.out.contains("g1.json"));
        const QJsonObject document = parsed(read(path(u"g1.json"_s))).toObject();
        // Compact JSON, as the plugin's GET answers by default: the file is exactly the compact serialisation.
        QCOMPARE(read(path(u"g1.json"_s)), Json::serialize(document, Json::Format::Compact));
        QCOMPARE(read(path(u"g1b.json"_s)), Json::serialize(parsed(read(path(u"g1b.json"_s))), Json::Format::Compact));
        QVERIFY(!read(path(u"g1.json"_s)).contains('\n'));
        QCOMPARE(document.value(u"internalusers"_s).toObject().size(), 30);
        QCOMPARE(document.value(u"roles"_s).toObject().size(), 12);
        QCOMPARE(document.value(u"rolesmapping"_s).toObject().size(), 10);
        QCOMPARE(document.value(u"tenants"_s).toObject().size(), 4);
        QCOMPARE(document.value(u"actiongroups"_s).toObject().size(), 15);
        for (const QString &type : {u"config"_s, u"nodesdn"_s, u"allowlist"_s, u"audit"_s})
            QVERIFY(document.contains(type));

        // The same seed gives the same files; the mutated copy differs; another seed differs.
        const Run second = run(QStringList {u"generate"_s, path(u"g2.json"_s)} + sizes
                               + QStringList {u"--mutate"_s, u"10"_s, path(u"g2b.json"_s), u"--json"_s});
        QCOMPARE(second.code, 0);
        QCOMPARE(read(path(u"g2.json"_s)), read(path(u"g1.json"_s)));
        QCOMPARE(read(path(u"g2b.json"_s)), read(path(u"g1b.json"_s)));
        QVERIFY(read(path(u"g1b.json"_s)) != read(path(u"g1.json"_s)));
        const QJsonArray files = parsed(second.out).toObject().value(u"files"_s).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).toObject().value(u"bytes"_s).toInteger(), read(path(u"g2.json"_s)).size());
        QCOMPARE(files.at(0).toObject().value(u"entities"_s).toObject().value(u"roles"_s).toInt(), 12);
        QCOMPARE(files.at(1).toObject().value(u"path"_s).toString(), path(u"g2b.json"_s));

        QStringList otherSeed = sizes;
        otherSeed.last() = u"10"_s;
        QCOMPARE(run(QStringList {u"generate"_s, path(u"g3.json"_s)} + otherSeed).code, 0);
        QVERIFY(read(path(u"g3.json"_s)) != read(path(u"g1.json"_s)));
    }

    void generateBadNumbers_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("letters") << QStringList {u"--users"_s, u"many"_s} << u"--users needs a whole number"_s;
        QTest::newRow("negative") << QStringList {u"--roles"_s, u"-3"_s} << u"--roles needs a whole number"_s;
        QTest::newRow("huge") << QStringList {u"--tenants"_s, u"99999999999"_s} << u"--tenants needs"_s;
        QTest::newRow("fraction") << QStringList {u"--actiongroups=1.5"_s} << u"--actiongroups needs"_s;
        QTest::newRow("seed") << QStringList {u"--seed"_s, u"x"_s} << u"--seed needs"_s;
        QTest::newRow("percent") << QStringList {u"--mutate"_s, u"101"_s, u"b.json"_s} << u"--mutate needs"_s;
        QTest::newRow("mutate without OUT_B") << QStringList {u"--mutate"_s, u"1"_s} << u"--mutate needs PCT OUT_B"_s;
    }

    void generateBadNumbers()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString out = path(u"never.json"_s);
        const Run result = run(QStringList {u"generate"_s, out} + options);
        QCOMPARE(result.code, 2);
        QVERIFY2(result.firstErrorLine().contains(message), result.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void generateUnwritable()
    {
        const Run result = run({u"generate"_s, path(u"no/such/dir/out.json"_s), u"--users"_s, u"1"_s});
        QCOMPARE(result.code, 2);
        QVERIFY2(result.firstErrorLine().contains(u"cannot write"_s), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliFiles)
#include "TestCliFiles.moc"
