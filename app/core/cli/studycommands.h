#pragma once

#include "catalogue.h"
#include "commandline.h"

#include <QTextStream>

namespace codex {

// `status-codex quiz` and `status-codex progress`: the Study view's queue
// and statistics in a terminal, on the same progress database.
int runQuiz(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &in, QTextStream &out,
            QTextStream &err);
int runProgress(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &out,
                QTextStream &err);

} // namespace codex
