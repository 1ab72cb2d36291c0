// Start-up: launches the real relulab binary with its hidden --benchmark-startup flag, which
// prints one JSON line once the main window has painted its first frame and quits. Measured from
// here: launch to that line (exec, dynamic linking, Qt, the window, the first paint). Repeated
// runs find the binary and libraries in the page cache, as a second start by a user does.
// One JSON line.
//
// bench_startup [RUNS]   (default 7); the platform is offscreen unless QT_QPA_PLATFORM is set
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "Percentile.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 7;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    std::vector<double> launchMs, inProcessMs, rssKb;
    QString platform;
    for (int i = 0; i < runs + 1; ++i) {
        QProcess process;
        process.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(RELULAB_BINARY), {QStringLiteral("--benchmark-startup")});
        QByteArray line;
        while (!line.contains('\n') && process.waitForReadyRead(30000))
            line += process.readAllStandardOutput();
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            std::fprintf(stderr, "bench_startup: relulab --benchmark-startup failed: %s\n",
                         process.readAllStandardError().constData());
            return 1;
        }
        const QJsonObject probe = QJsonDocument::fromJson(line.trimmed()).object();
        if (i == 0) continue;  // the first run loads the files into the page cache
        launchMs.push_back(ms);
        inProcessMs.push_back(probe.value(QStringLiteral("first_frame_ms")).toDouble());
        rssKb.push_back(probe.value(QStringLiteral("rss_kb")).toDouble());
        platform = probe.value(QStringLiteral("platform")).toString();
    }
    std::printf(
        "{\"benchmark\":\"startup\",\"first_frame_ms_p50\":%.1f,\"first_frame_ms_min\":%.1f,"
        "\"in_process_ms_p50\":%.1f,\"rss_after_start_kb\":%.0f,\"runs\":%d,"
        "\"platform\":\"%s\"}\n",
        percentile(launchMs, 0.5), *std::min_element(launchMs.begin(), launchMs.end()),
        percentile(inProcessMs, 0.5), percentile(rssKb, 0.5), runs, qPrintable(platform));
    return 0;
}
