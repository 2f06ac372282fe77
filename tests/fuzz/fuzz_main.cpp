#include "fuzz/FuzzTargets.h"

#include <QtGlobal>

#include <cstddef>
#include <cstdint>

// One libFuzzer harness; GPUFLEET_FUZZ_TARGET names the FuzzTargets function it drives
// (tests/fuzz/CMakeLists.txt builds one executable per target).

namespace {
void dropMessage(QtMsgType, const QMessageLogContext &, const QString &)
{
    // Parsers log what they skip; at millions of inputs that would be all the fuzzer does.
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(dropMessage);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // No copy: ASan sees a read past the end of libFuzzer's exactly-sized buffer.
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    FuzzTargets::GPUFLEET_FUZZ_TARGET(input);
    return 0;
}
