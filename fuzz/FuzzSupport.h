#pragma once

// Shared by the libFuzzer targets (README "Hardening"): splitting one input into parts, the invariant check that
// aborts (so libFuzzer keeps the input as a crash), and a QCoreApplication for the code that wants one.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Fuzz {

// Inputs with several parts (a document and a patch, two documents) separate them with this line. The parts are
// copies, so no code under test can read past them into the rest of the input unnoticed.
inline constexpr char Separator[] = "\n===\n";

inline QList<QByteArray> split(const uint8_t *data, size_t size, int parts)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> result;
    qsizetype from = 0;
    while (result.size() < parts - 1) {
        const qsizetype at = input.indexOf(Separator, from);
        if (at < 0)
            break;
        result.append(input.mid(from, at - from));
        from = at + qsizetype(sizeof(Separator) - 1);
    }
    result.append(input.mid(from));
    while (result.size() < parts)
        result.append(QByteArray());
    return result;
}

// The code under test broke a promise: report it and abort, which libFuzzer records as a crash.
[[noreturn]] inline void fail(const char *what, const QString &detail, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: invariant failed: %s\n%s\n", file, line, what, qPrintable(detail));
    std::fflush(stderr);
    std::abort();
}

// One application object for the whole run (translations, the worker pool and QtConcurrent ask for one).
inline void initialize()
{
    static int argc = 1;
    static char name[] = "secdesk-fuzz";
    static char *argv[] = {name, nullptr};
    static auto *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

} // namespace Fuzz

#define FUZZ_CHECK(condition, detail)                                                                                  \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            Fuzz::fail(#condition, (detail), __FILE__, __LINE__);                                                      \
    } while (false)

#define SECDESK_FUZZ_INITIALIZE                                                                                        \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                                               \
    {                                                                                                                  \
        Fuzz::initialize();                                                                                            \
        return 0;                                                                                                      \
    }
