// libFuzzer entry for codex::fuzz::checkDetail(); see fuzzentries.h.
#include "fuzzentries.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = codex::fuzz::checkDetail(input);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_detail: %s\n", qUtf8Printable(problem));
        std::abort();
    }
    return 0;
}
