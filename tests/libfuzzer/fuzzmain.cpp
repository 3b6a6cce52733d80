// libFuzzer entry points; REFMEND_FUZZ_TARGET names the target (see fuzztargets.cpp).
#include "fuzztargets.h"

#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

const refmend::fuzz::Target *g_target = nullptr;

// Readers report bad input with qWarning() now and then; printing it for every input
// only slows the fuzzer down. Fatal messages (Q_ASSERT) still print and abort.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(quietMessages);
    g_target = refmend::fuzz::findTarget(REFMEND_FUZZ_TARGET);
    if (!g_target) {
        std::fprintf(stderr, "no fuzz target named %s\n", REFMEND_FUZZ_TARGET);
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        refmend::fuzz::runTarget(*g_target, input);
    } catch (const refmend::fuzz::PropertyViolation &violation) {
        std::fprintf(stderr, "==refmend-fuzz== property violated in %s: %s\n",
                     REFMEND_FUZZ_TARGET, violation.what());
        std::abort();
    }
    return 0;
}
