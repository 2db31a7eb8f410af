#pragma once

// DateMath: OpenSearch's date math index names, "<static{now/d}>", "<logs-{now-1d{yyyy.MM.dd|+01:00}}>", resolved as
// core's IndexNameExpressionResolver does it: text outside braces is literal ('\' escapes a brace), a placeholder is
// "now" followed by any of "+N<unit>", "-N<unit>", "/<unit>" (units y M w d h H m s), an optional date format (Java
// DateTimeFormatter letters u y M d H m s and quoted text; default uuuu.MM.dd) and an optional time zone (an offset
// or a zone id; default UTC). Pure functions, any thread.

#include <QDateTime>
#include <QString>

#include "app/common/Result.h"

namespace DateMath {

// True when `text` is written as date math ("<...>").
bool isDateMath(const QString &text);
// The name `expression` stands for at `now`; an error naming the position for a malformed expression. A text that
// is not date math is returned unchanged.
Result<QString> resolve(const QString &expression, const QDateTime &now);

} // namespace DateMath
