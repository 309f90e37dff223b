// libFuzzer entry for codex::fuzz::checkCatalogue(); see fuzzentries.h.
#include "fuzzentries.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = codex::fuzz::checkCatalogue(input);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_catalogue: %s\n", qUtf8Printable(problem));
        std::abort();
    }
    return 0;
}
