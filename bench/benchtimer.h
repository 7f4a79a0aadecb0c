#pragma once

#include <algorithm>
#include <ctime>
#include <functional>
#include <QElapsedTimer>
#include <QFile>
#include <QList>

// Median of a few warm runs in milliseconds: a single run is noise on a shared 2-core machine.
inline double medianMs(const std::function<void()> &work, int runs = 5)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// The same, as processor time of this process: what the work itself costs when other jobs
// share the cores (the wall time above then includes waiting for a core).
inline double medianCpuMs(const std::function<void()> &work, int runs = 5)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        const std::clock_t start = std::clock();
        work();
        times.append(double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

inline double onceMs(const std::function<void()> &work)
{
    return medianMs(work, 1);
}

// Peak resident memory of this process (Linux), in MiB; 0 elsewhere.
inline double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    return 0;
}
