#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace codex {

// For the start-up benchmark only (tests/benchmarks): with
// STATUS_CODEX_EXIT_AFTER_FIRST_FRAME=1 the program quits as soon as the
// window has painted its first frame. Deliberately undocumented. Header-only,
// so that the benchmark's baseline window uses the same switch without
// linking any of our code.
class FirstFrameExit final : public QObject
{
public:
    // Installs the switch on window when the environment asks for it.
    static void installIfRequested(QWidget *window)
    {
        if (qEnvironmentVariableIntValue("STATUS_CODEX_EXIT_AFTER_FIRST_FRAME") == 1)
            QCoreApplication::instance()->installEventFilter(new FirstFrameExit(window));
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_done = true;
            // Queued: the rest of this frame is painted and flushed first.
            // exit(), not quit(): quit() closes the windows, and the app's
            // close saves its settings, so that every run after the first
            // would start from the last one's state, and time a disk sync.
            QTimer::singleShot(0, QCoreApplication::instance(), [] { QCoreApplication::exit(0); });
        }
        return false;
    }

private:
    explicit FirstFrameExit(QWidget *window)
        : QObject(window)
        , m_window(window)
    {
    }

    QWidget *m_window;
    bool m_done = false;
};

} // namespace codex
