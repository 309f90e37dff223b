#pragma once

#include "catalogue.h"

#include <QByteArray>

namespace codex {

// A catalogue far larger than the real one, for measuring how costs grow:
// every code from 100 to 599, `descriptions` source descriptions spread
// evenly over them, each from its own generated source. The texts are the
// real catalogue's own, recombined, so that queries hit realistic numbers
// of them. Deterministic: the same arguments give the same bytes.
class SyntheticCatalogue final
{
public:
    static constexpr int FirstCode = 100;
    static constexpr int LastCode = 599;
    static constexpr int CodeCount = LastCode - FirstCode + 1;

    // JSON that CatalogueLoader accepts; `real` supplies the wording.
    static QByteArray generate(const Catalogue &real, int descriptions);
};

} // namespace codex
