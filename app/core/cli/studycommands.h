#pragma once

#include "catalogue.h"
#include "commandline.h"

#include <QTextStream>

namespace codex {

// `status-codex quiz`, `progress` and the rest of studying: the Study view's
// queue and statistics in a terminal, on the same progress database.
int runQuiz(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &in, QTextStream &out,
            QTextStream &err);
// `status-codex quiz --check`: every question the generator can produce,
// judged; prints each violation and returns non-zero if there is one.
int runQuizCheck(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &out);
int runProgress(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &out,
                QTextStream &err);
// A mock exam: a practice session that schedules nothing.
int runExam(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &in, QTextStream &out,
            QTextStream &err);
int runMistakes(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &out, QTextStream &err);
int runFlags(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &out, QTextStream &err);
// star, unstar and starred.
int runStars(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &out, QTextStream &err);

} // namespace codex
