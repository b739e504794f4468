// Waiting in tests the way the console and the CLI wait: in a plain event loop.
#pragma once

#include <QEventLoop>
#include <QTimer>

namespace testwait {

/// Runs an event loop until `done()` holds or `guardMs` passes, and returns `done()`. Unlike
/// QTest::qWaitFor, which sleeps 10 ms whenever no event is pending, the loop only waits in the
/// event dispatcher, so a call that reads its reply in slices runs at the speed it runs in the
/// application. The guard stops a hung test; it measures nothing.
template <typename Predicate> bool runUntil(Predicate done, int guardMs)
{
    if (done()) {
        return true;
    }
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done()) {
            loop.quit();
        }
    });
    QTimer::singleShot(guardMs, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    return done();
}

} // namespace testwait
