#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "app/common/Settings.h"

using namespace Qt::StringLiterals;

// Settings over a temporary INI file: defaults from the table, values per profile, names that QSettings would
// otherwise split, removal.
class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void defaults()
    {
        Settings settings(file(u"defaults.ini"_s));
        QCOMPARE(settings.lastProfile(), QString());
        QCOMPARE(settings.value(Settings::Key::ProfileVerifyTls, u"p"_s).toBool(), true);
        QCOMPARE(settings.value(Settings::Key::ProfileTimeoutSeconds, u"p"_s).toInt(), 30);
        QCOMPARE(settings.value(Settings::Key::ProfileAuth, u"p"_s).toString(), u"basic"_s);
        QVERIFY(settings.profileNames().isEmpty());
        QVERIFY(!settings.hasProfile(u"p"_s));
    }

    void roundTripThroughTheFile()
    {
        const QString path = file(u"roundtrip.ini"_s);
        {
            Settings settings(path);
            settings.setValue(Settings::Key::ProfileUrl, u"https://a.example:9200"_s, u"prod/eu"_s);
            settings.setValue(Settings::Key::ProfileVerifyTls, false, u"prod/eu"_s);
            settings.setValue(Settings::Key::ProfileUrl, u"http://localhost:9200"_s, u"Local 100%"_s);
            settings.setValue(Settings::Key::ProfileTimeoutSeconds, 5, u"Local 100%"_s);
            settings.setLastProfile(u"prod/eu"_s);
            settings.sync();
        }
        Settings settings(path);
        QCOMPARE(settings.fileName(), path);
        // Sorted case-insensitively; a '/' in a name does not create a sub-group.
        QCOMPARE(settings.profileNames(), QStringList({u"Local 100%"_s, u"prod/eu"_s}));
        QVERIFY(settings.hasProfile(u"prod/eu"_s));
        QVERIFY(!settings.hasProfile(u"prod"_s));
        QCOMPARE(settings.value(Settings::Key::ProfileUrl, u"prod/eu"_s).toString(), u"https://a.example:9200"_s);
        QCOMPARE(settings.value(Settings::Key::ProfileVerifyTls, u"prod/eu"_s).toBool(), false);
        QCOMPARE(settings.value(Settings::Key::ProfileTimeoutSeconds, u"Local 100%"_s).toInt(), 5);
        QCOMPARE(settings.lastProfile(), u"prod/eu"_s);

        settings.removeProfile(u"prod/eu"_s);
        settings.sync();
        QCOMPARE(settings.profileNames(), QStringList({u"Local 100%"_s}));
        QFile text(path);
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(!text.readAll().contains("a.example"));
    }

    void environmentSelectsTheFile()
    {
        const QString path = file(u"env.ini"_s);
        qputenv("SECDESK_SETTINGS", path.toLocal8Bit());
        const auto settings = Settings::fromEnvironment();
        qunsetenv("SECDESK_SETTINGS");
        QCOMPARE(settings->fileName(), path);
    }
};

QTEST_APPLESS_MAIN(TestSettings)
#include "TestSettings.moc"
