#pragma once

// AdminConfirm: the yes/no question before an admin request that changes something outside the write pipeline
// (flush a cache, reload certificates, revoke a token, replace a service account's password). Tests pre-answer it
// with setNextAnswer(), so no modal box blocks them. GUI thread.

#include <optional>

#include <QString>

class QWidget;

namespace AdminConfirm {

// Asks with a modal question (default: No); true when the user said yes.
bool ask(QWidget *parent, const QString &title, const QString &text, const QString &yesText);
// The answer the next ask() gives without showing anything (once).
void setNextAnswer(bool yes);
// The text the last ask() showed (for tests).
QString lastText();

} // namespace AdminConfirm
