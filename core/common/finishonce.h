#pragma once

#include <QObject>

namespace brc {

/// The end of a job handle (a QObject that emits `finished(const Result<T> &)` exactly once and
/// then deletes itself): emits `finished` with `result` the first time only, then schedules the
/// handle's deletion. Later calls do nothing. `done` is the handle's own flag.
template <typename Job, typename T>
void finishOnce(Job &job, bool &done, void (Job::*finished)(const T &), const T &result)
{
    if (done) {
        return;
    }
    done = true;
    Q_EMIT(job.*finished)(result);
    job.deleteLater();
}

} // namespace brc
