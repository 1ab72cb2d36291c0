// Animations: the 600-step 2-8-8-1 run's training view, FRAMES frames at 1280x720 (as `relulab
// train --animate` draws them), encoded as GIF with each quantiser and as MP4. One JSON line per
// encoding: the file's bytes, the encoding time, and for the GIFs the colour error of the frames'
// pixels under the table (mean and largest distance in RGB units) and the colours in the frames.
//
// bench_animation [FRAMES [DIR]]   frames (default 40); with DIR, the files and frame 0 and the
//                                  last frame as each GIF shows them (PNG) are kept there
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "gui/export/TrainingFigure.h"
#include "session/AnimationWriter.h"
#include "session/GifPalette.h"
#include "session/TrainingReplay.h"

using namespace relulab;

namespace {

struct PaletteError
{
    double mean = 0.0;
    double max = 0.0;
    size_t colours = 0;
};

// How far the frames' pixels move under the quantiser's table, and what frame k looks like then.
PaletteError measure(const std::vector<QImage> &frames, session::GifQuantiser quantiser,
                     const QString &dir, const char *name)
{
    session::ColourHistogram histogram;
    for (const QImage &f : frames) {
        for (int y = 0; y < f.height(); ++y) {
            const auto *row = reinterpret_cast<const QRgb *>(f.constScanLine(y));
            for (int x = 0; x < f.width(); ++x)
                ++histogram[row[x] & 0xffffffu];
        }
    }
    const std::vector<QRgb> palette = session::buildGifPalette(histogram, 255, quantiser);
    PaletteError e;
    e.colours = histogram.size();
    double total = 0.0;
    std::uint64_t pixels = 0;
    for (const auto &[colour, count] : histogram) {
        const QRgb p = palette[static_cast<size_t>(session::nearestPaletteIndex(palette, colour))];
        const double d = std::hypot(qRed(p) - qRed(colour), qGreen(p) - qGreen(colour),
                                    qBlue(p) - qBlue(colour));
        total += d * static_cast<double>(count);
        pixels += count;
        e.max = std::max(e.max, d);
    }
    e.mean = total / static_cast<double>(pixels);
    if (!dir.isEmpty()) {
        for (size_t k : {size_t(0), frames.size() - 1}) {
            QImage shown = frames[k].copy();
            for (int y = 0; y < shown.height(); ++y) {
                auto *row = reinterpret_cast<QRgb *>(shown.scanLine(y));
                for (int x = 0; x < shown.width(); ++x)
                    row[x] =
                        0xff000000u |
                        palette[static_cast<size_t>(session::nearestPaletteIndex(palette, row[x]))];
            }
            shown.save(QDir(dir).filePath(QStringLiteral("%1-frame%2.png").arg(name).arg(k)));
        }
    }
    return e;
}

}  // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int frameCount = argc > 1 ? std::max(2, std::atoi(argv[1])) : 40;
    const QString keep = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    QTemporaryDir temporary;
    const QString dir = keep.isEmpty() ? temporary.path() : keep;
    const QSize size(1280, 720);

    session::TrainingSetup setup;
    setup.config.network.hidden = {8, 8};
    session::TrainingReplay replay(setup, 600, frameCount);
    if (!replay.start().isEmpty()) return 1;
    std::vector<QImage> frames;
    QElapsedTimer timer;
    timer.start();
    while (!replay.done()) {
        const int repeats = replay.advance();
        QString error;
        const QImage frame =
            gui::renderTrainingFigure(replay.history(), replay.data(), size, &error);
        for (int i = 0; i < repeats; ++i)
            frames.push_back(frame);
    }
    std::printf(
        "{\"benchmark\":\"animation_frames\",\"frames\":%zu,\"width\":%d,\"height\":%d,"
        "\"draw_ms_per_frame\":%.1f}\n",
        frames.size(), size.width(), size.height(),
        static_cast<double>(timer.elapsed()) / static_cast<double>(frames.size()));

    const struct
    {
        session::GifQuantiser quantiser;
        const char *name;
    } quantisers[] = {{session::GifQuantiser::Popularity, "popularity"},
                      {session::GifQuantiser::MedianCut, "median_cut"}};
    for (const auto &[quantiser, name] : quantisers) {
        const QString path = QDir(dir).filePath(QStringLiteral("%1.gif").arg(name));
        timer.start();
        session::AnimationWriter writer(path, size, 10);
        writer.setGifQuantiser(quantiser);
        if (!writer.start().isEmpty()) return 1;
        for (const QImage &f : frames)
            writer.addFrame(f);
        if (!writer.finish().isEmpty()) return 1;
        const qint64 ms = timer.elapsed();
        const PaletteError e = measure(frames, quantiser, keep, name);
        std::printf(
            "{\"benchmark\":\"animation_gif\",\"quantiser\":\"%s\",\"frames\":%zu,"
            "\"bytes\":%lld,\"encode_ms\":%lld,\"colours_in_frames\":%zu,"
            "\"mean_error\":%.3f,\"max_error\":%.1f}\n",
            name, frames.size(), static_cast<long long>(QFileInfo(path).size()),
            static_cast<long long>(ms), e.colours, e.mean, e.max);
    }
    const QString mp4 = QDir(dir).filePath(QStringLiteral("training.mp4"));
    timer.start();
    session::AnimationWriter writer(mp4, size, 10);
    if (!writer.start().isEmpty()) return 1;
    for (const QImage &f : frames)
        writer.addFrame(f);
    if (!writer.finish().isEmpty()) return 1;
    std::printf(
        "{\"benchmark\":\"animation_mp4\",\"frames\":%zu,\"bytes\":%lld,\"encode_ms\":%lld}\n",
        frames.size(), static_cast<long long>(QFileInfo(mp4).size()),
        static_cast<long long>(timer.elapsed()));
    return 0;
}
