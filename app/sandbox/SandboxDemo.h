#pragma once

// SandboxDemo: example writes on a started sandbox, so that a fresh one has a version history to show
// (`secdesk --sandbox --demo-writes N`, the README's pictures). Each write is a PATCH through the sandbox's own API
// (Sandbox::dispatch, in-process, as the admin), so it is validated and recorded as a version like any other.
// Any thread.

#include <QCoreApplication>

#include "app/common/Result.h"

class Sandbox;

class SandboxDemo
{
    Q_DECLARE_TR_FUNCTIONS(SandboxDemo)

public:
    // Makes `count` writes, one version each: in turn a new role, a changed role description and a new role
    // mapping (names numbered from 1, so the same count gives the same writes). Stops at the first refused one.
    static VoidResult makeWrites(Sandbox &sandbox, int count);
};
