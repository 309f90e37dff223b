#pragma once

#include "practice.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace codex {

// Reads and checks the catalogue's "servers" and "practice" sections (both
// optional). Each problem is "path: what", as the catalogue loader words
// them; `codes` are the catalogue's codes, which a practice entry must name.
struct PracticeLoadResult
{
    Practice practice;
    QStringList errors;
};

PracticeLoadResult loadPractice(const QJsonObject &root, const QSet<int> &codes);

} // namespace codex
