#pragma once

#include <QIcon>

namespace codex {

// The application icon, from the PNGs compiled into the program. Nothing is
// read until a pixmap is asked for, and then only the file of the size asked
// for: QIcon::addFile() decodes each file as it is added, even with its size
// given, which cost start-up a few milliseconds on the main thread.
QIcon applicationIcon();

// The same at the sizes a window manager draws a window's icon at, up to
// 64 px. On X11 every size an icon offers is decoded and sent when the
// window is created, before its first frame; 128 and 256 px were nine
// tenths of that work, and docks and switchers take large icons from the
// installed icon theme instead, through the desktop file.
QIcon windowIcon();

} // namespace codex
