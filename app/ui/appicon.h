#pragma once

#include <QIcon>

namespace codex {

// The application icon, from the PNGs compiled into the program. Each size
// is added with its size given, so that no file is read or decoded until a
// pixmap of that size is asked for: setting it costs nothing at start-up.
QIcon applicationIcon();

} // namespace codex
