// TestTranslations: the .ts files are complete and current, and the embedded .qm files translate (issue 10).

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include "app/common/Translations.h"
#include "app/json/Yaml.h"

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;             // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message")
                messages.append(current);
            continue;
        }
        const auto name = xml.name();
        if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message {context, {}, xml.attributes().value(u"numerus"_s) == u"yes", {}, {}};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(u"type"_s).toString();
            if (!current.numerus)
                current.translations.append(xml.readElementText());
        } else if (name == u"numerusform") {
            current.translations.append(xml.readElementText());
        }
    }
    return messages;
}

// %1..%99 (with or without L) and %n: the arguments a translation must keep.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(\\d{1,2}|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0).remove(u'L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(SECDESK_TS_DIR) + u"/secdesk_"_s + language + u".ts"_s;
}

QSet<QString> keys(const QList<Message> &messages, bool numerusOnly)
{
    QSet<QString> set;
    for (const Message &m : messages) {
        if (!numerusOnly || m.numerus)
            set.insert(m.context + u'\x1f' + m.source);
    }
    return set;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void upToDate();
    void germanQm();
    void frenchQm();
    void englishPlurals();
    void yamlErrorsTranslate();
    void chosenLanguage();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("fr") << u"fr"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    const QList<Message> messages = readTs(tsPath(language));
    QVERIFY2(!messages.isEmpty(), qPrintable(tsPath(language)));
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + u": \""_s + m.source.left(60) + u'"';
        if (!m.type.isEmpty())
            problems << where + u" is "_s + m.type;
        if (language == u"en" && !m.numerus)
            problems << where + u" is not a plural (secdesk_en.ts holds only plural forms)"_s;
        const QStringList wanted = placeholders(m.source);
        // German, French and English all have two plural forms.
        if (m.numerus && m.translations.size() != 2)
            problems << where + u": %1 plural forms instead of 2"_s.arg(m.translations.size());
        for (const QString &translation : m.translations) {
            if (translation.trimmed().isEmpty())
                problems << where + u" has an empty translation"_s;
            else if (placeholders(translation) != wanted)
                problems << where + u": the translation \""_s + translation + u"\" has the placeholders "_s
                                + placeholders(translation).join(u' ') + u", the source "_s + wanted.join(u' ');
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// lupdate over today's sources finds no text the committed .ts files lack. When this fails, run
// `make translations` (or build the target update_translations) and translate the new entries.
void TestTranslations::upToDate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(u"fresh_de.ts"_s);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(SECDESK_LUPDATE),
                  {u"-I"_s, QStringLiteral(SECDESK_SOURCE_DIR), u"-locations"_s, u"none"_s,
                   u"@"_s + QStringLiteral(SECDESK_TR_SOURCE_LIST), u"-ts"_s, fresh});
    QVERIFY2(lupdate.waitForFinished(120'000), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, lupdate.readAll().constData());
    const QList<Message> current = readTs(fresh);
    QVERIFY(current.size() > 100);
    const QSet<QString> sources = keys(current, false);
    for (const QString &language : {u"de"_s, u"fr"_s, u"en"_s}) {
        const bool numerusOnly = language == u"en";
        QSet<QString> missing = keys(current, numerusOnly) - keys(readTs(tsPath(language)), numerusOnly);
        QStringList list(missing.begin(), missing.end());
        list.sort();
        list.replaceInStrings(u"\x1f"_s, u": "_s);
        QVERIFY2(list.isEmpty(),
                 qPrintable(u"secdesk_%1.ts lacks (run make translations):\n"_s.arg(language) + list.join(u'\n')));
        QSet<QString> stale = keys(readTs(tsPath(language)), false) - sources;
        QVERIFY2(stale.isEmpty(), qPrintable(u"secdesk_%1.ts keeps texts no source has"_s.arg(language)));
    }
}

void TestTranslations::germanQm()
{
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/secdesk_de.qm"_s));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&Datei"_s);
    QCOMPARE(QCoreApplication::translate("PreferencesDialog", "System default"), u"Systemstandard"_s);
    QCOMPARE(QCoreApplication::translate("JsonDiff", "%n change(s): ", nullptr, 1), u"1 \u00c4nderung: "_s);
    QCOMPARE(QCoreApplication::translate("JsonDiff", "%n change(s): ", nullptr, 3), u"3 \u00c4nderungen: "_s);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&File"_s);
}

void TestTranslations::frenchQm()
{
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/secdesk_fr.qm"_s));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&Fichier"_s);
    QCOMPARE(QCoreApplication::translate("JsonDiff", "%n change(s): ", nullptr, 3), u"3 modifications : "_s);
    QCoreApplication::removeTranslator(&translator);
}

void TestTranslations::englishPlurals()
{
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/secdesk_en.qm"_s));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(QCoreApplication::translate("JsonDiff", "%n change(s): ", nullptr, 1), u"1 change: "_s);
    QCOMPARE(QCoreApplication::translate("JsonDiff", "%n change(s): ", nullptr, 3), u"3 changes: "_s);
    QCOMPARE(QCoreApplication::translate("JsonDiff", "%n change(s): ", nullptr, 0), u"0 changes: "_s);
    // Only plurals: everything else falls through to the source text.
    QVERIFY(QCoreApplication::translate("MainWindow", "&File") == u"&File"_s);
    QCoreApplication::removeTranslator(&translator);
}

// The YAML reader's own errors are looked up under "Yaml" at run time, the context lupdate files them under.
void TestTranslations::yamlErrorsTranslate()
{
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/secdesk_de.qm"_s));
    QCoreApplication::installTranslator(&translator);
    const auto duplicate = Yaml::parse("a: 1\na: 2\n");
    const auto complexKey = Yaml::parse("? [x]\n: 1\n");
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().reason, u"doppelter Schl\u00fcssel \u201ea\u201c"_s);
    QCOMPARE(duplicate.error().line, 2);
    QVERIFY(!complexKey);
    QCOMPARE(complexKey.error().reason, u"ein Map-Schl\u00fcssel muss ein einfacher Wert sein"_s);
}

void TestTranslations::chosenLanguage()
{
    qunsetenv("SECDESK_LANG");
    QCOMPARE(Translations::chosen(QString()), QString());
    QCOMPARE(Translations::chosen(u"fr"_s), u"fr"_s);
    qputenv("SECDESK_LANG", "de");
    QCOMPARE(Translations::chosen(u"fr"_s), u"de"_s);
    qunsetenv("SECDESK_LANG");
    QCOMPARE(Translations::localeFor(u"de"_s).language(), QLocale::German);
    for (const QString &language : Translations::available())
        QVERIFY2(QFile::exists(u":/i18n/secdesk_%1.qm"_s.arg(language)), qPrintable(language));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
