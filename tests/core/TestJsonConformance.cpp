#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include "app/json/Json.h"
#include "app/json/JsonPatch.h"
#include "tests/support/JsonTestUtil.h"

// Runs patch test vectors in the format of the community JSON Patch suite ({comment, doc, patch,
// expected | error, disabled}): the suite itself from ../shared/conformance, and our own vectors from tests/data.
class TestJsonConformance : public QObject
{
    Q_OBJECT

private:
    static void addRecords(const QString &file, bool matchErrorText)
    {
        const auto records = Json::readFile(file);
        if (!records)
            qFatal("%s", qPrintable(records.error().message));
        const QJsonArray array = records->toArray();
        int index = 0;
        for (const QJsonValue &record : array) {
            const QJsonObject object = record.toObject();
            const QString name = QStringLiteral("%1 #%2 %3")
                                     .arg(QFileInfo(file).fileName())
                                     .arg(index++)
                                     .arg(object.value(QStringLiteral("comment")).toString());
            if (object.value(QStringLiteral("disabled")).toBool())
                continue;
            QTest::newRow(qPrintable(name)) << object << matchErrorText;
        }
    }

    static void runRecord(const QJsonObject &record, bool matchErrorText)
    {
        const QJsonValue original = record.value(QStringLiteral("doc"));
        const bool expectError = record.contains(QStringLiteral("error"));
        const QString errorText = record.value(QStringLiteral("error")).toString();

        const auto patch = JsonPatch::fromJson(record.value(QStringLiteral("patch")));
        if (!patch) {
            QVERIFY2(expectError, qPrintable(QStringLiteral("unexpected patch error: ") + patch.error().message()));
            if (matchErrorText)
                QVERIFY2(patch.error().message().contains(errorText), qPrintable(patch.error().message()));
            return;
        }

        QJsonValue document = original;
        const auto inverse = patch->applyInPlace(document);
        if (expectError) {
            QVERIFY2(!inverse, "the patch applied but should have failed");
            if (matchErrorText)
                QVERIFY2(inverse.error().message().contains(errorText), qPrintable(inverse.error().message()));
            JSON_COMPARE(document, original); // atomic: unchanged
            return;
        }
        QVERIFY2(inverse, qPrintable(inverse ? QString() : inverse.error().message()));
        if (record.contains(QStringLiteral("expected")))
            JSON_COMPARE(document, record.value(QStringLiteral("expected")));

        // The inverse restores the original document.
        QJsonValue restored = document;
        const auto back = inverse->applyInPlace(restored);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message()));
        JSON_COMPARE(restored, original);
    }

private slots:
    void communitySuite_data()
    {
        QTest::addColumn<QJsonObject>("record");
        QTest::addColumn<bool>("matchErrorText");
        const QString file = QStringLiteral(SECDESK_SHARED_DIR "/conformance/json-patch-tests.json");
        if (!QFile::exists(file)) {
            QTest::newRow("suite absent") << QJsonObject() << false; // the test function skips with a message
            return;
        }
        addRecords(file, false);
    }

    void communitySuite()
    {
        if (!QFile::exists(QStringLiteral(SECDESK_SHARED_DIR "/conformance/json-patch-tests.json")))
            QSKIP("../shared/conformance/json-patch-tests.json is absent: the community JSON Patch suite was not run");
        QFETCH(QJsonObject, record);
        QFETCH(bool, matchErrorText);
        runRecord(record, matchErrorText);
    }

    void ownVectors_data()
    {
        QTest::addColumn<QJsonObject>("record");
        QTest::addColumn<bool>("matchErrorText");
        addRecords(QStringLiteral(SECDESK_TEST_DATA_DIR "/json-patch-vectors.json"), true);
    }

    void ownVectors()
    {
        QFETCH(QJsonObject, record);
        QFETCH(bool, matchErrorText);
        runRecord(record, matchErrorText);
    }
};

QTEST_APPLESS_MAIN(TestJsonConformance)
#include "TestJsonConformance.moc"
