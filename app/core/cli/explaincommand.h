#pragma once

#include "catalogue.h"
#include "commandline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace codex {

// `status-codex explain [LINE...]`: which code each log line names, which
// server wrote it, why, and what to check, from the catalogue's "In
// practice" claims. Reads standard input when no line is given, one line at
// a time, so that a whole log costs no more memory than its longest line.
class ExplainCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ExplainCommand)

public:
    static int run(const CommandLineOptions &options, const Catalogue &catalogue, QTextStream &in, QTextStream &out,
                   QTextStream &err);
    // show --json's "practice": one object per claim.
    static QJsonArray practiceJson(const Catalogue &catalogue, int code);
};

} // namespace codex
