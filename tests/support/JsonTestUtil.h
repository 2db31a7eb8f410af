#pragma once

// Helpers for JSON tests: parsing literals and comparing with readable failure messages.

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QtTest>

#include "app/json/Json.h"

namespace TestUtil {

inline QJsonValue json(const QByteArray &text)
{
    auto result = Json::parse(text);
    if (!result)
        qFatal("invalid JSON in a test: %s", qPrintable(result.error().message));
    return *result;
}

inline QByteArray compact(const QJsonValue &value)
{
    return Json::serialize(value, Json::Format::Compact);
}

} // namespace TestUtil

// QCOMPARE for JSON values by RFC 6902 equality, printing both sides on failure.
#define JSON_COMPARE(actual, expected)                                                                                 \
    do {                                                                                                               \
        const QJsonValue actualValue_ = (actual);                                                                      \
        const QJsonValue expectedValue_ = (expected);                                                                  \
        if (!Json::equals(actualValue_, expectedValue_)) {                                                             \
            QFAIL(qPrintable(QStringLiteral("JSON differs.\n   Actual: %1\n Expected: %2")                             \
                                 .arg(QString::fromUtf8(TestUtil::compact(actualValue_)),                              \
                                      QString::fromUtf8(TestUtil::compact(expectedValue_)))));                         \
        }                                                                                                              \
    } while (false)
