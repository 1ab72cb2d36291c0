// Reading the animation options: the file and its format, the frames, their rate and size, and
// what the explorer's animation sweeps.
#include "AnimationOptions.h"

#include <QStringList>

#include "ExplorerSettings.h"
#include "core/TextParsing.h"

namespace relulab::session {

double AnimationSweep::valueAt(int k, int n) const
{
    if (n <= 1) return from;
    return from + (to - from) * static_cast<double>(k) / static_cast<double>(n - 1);
}

long animationFrameStep(long firstStep, long steps, int k, int n)
{
    if (n <= 1) return firstStep + steps;
    const long long span = n - 1;
    return firstStep + static_cast<long>((2LL * k * steps + span) / (2 * span));
}

std::vector<OptionSpec> animationOptionSpecs(const QString &what, bool withSize)
{
    std::vector<OptionSpec> specs{
        {QStringLiteral("animate"), QStringLiteral("FILE.gif|FILE.mp4"),
         QStringLiteral("Write an animation of %1: an animated GIF (one shared colour table, "
                        "looping) or an H.264 MP4 (plays in browsers and in LibreOffice "
                        "Impress). Needs --frames.")
             .arg(what),
         QStringLiteral("--animate FILE.gif or FILE.mp4, a file in an existing writable "
                        "directory")},
        {QStringLiteral("frames"), QStringLiteral("N"),
         QStringLiteral("Frames in the --animate animation (1 to %1).")
             .arg(AnimationWriter::kMaxFrames),
         QStringLiteral("--frames N, a whole number from 1 to %1")
             .arg(AnimationWriter::kMaxFrames)},
        {QStringLiteral("fps"), QStringLiteral("F"),
         QStringLiteral("Frames a second of the --animate animation (default %1; a GIF counts "
                        "its delays in hundredths of a second: 100 / F, rounded).")
             .arg(AnimationWriter::kDefaultFps),
         QStringLiteral("--fps F, a whole number from %1 to %2")
             .arg(AnimationWriter::kMinFps)
             .arg(AnimationWriter::kMaxFps)},
    };
    if (withSize)
        specs.push_back({QStringLiteral("size"), QStringLiteral("WxH"),
                         QStringLiteral("Frame size of the --animate animation in pixels "
                                        "(default 1280x720; an MP4 rounds odd sides up)."),
                         QStringLiteral("--size WxH, each from %1 to %2")
                             .arg(AnimationWriter::kMinSide)
                             .arg(AnimationWriter::kMaxSide)});
    return specs;
}

OptionSpec sweepOptionSpec()
{
    return {QStringLiteral("sweep"), QStringLiteral("alpha:LO:HI|range:A:B"),
            QStringLiteral("What changes from frame to frame of --animate: alpha (the Leaky "
                           "ReLU slope) from LO to HI, or the symmetric range zooming from "
                           "-A:A to -B:B; frame k of N shows LO + (HI - LO) k / (N - 1)."),
            QStringLiteral("--sweep alpha:LO:HI with LO and HI in [0, 1), or --sweep range:A:B "
                           "with A and B > 0")};
}

QString readAnimationRequest(const CommandLine &cl, bool withSize,
                             std::optional<AnimationRequest> *request)
{
    const bool animate = cl.isSet(QStringLiteral("animate"));
    const bool frames = cl.isSet(QStringLiteral("frames"));
    if (!animate && !frames) {
        for (const QString &name : {QStringLiteral("fps"), QStringLiteral("size")}) {
            // export's --size is its figures' size too; train's is the animation's only.
            if ((withSize || name == QLatin1String("fps")) && cl.isSet(name))
                return cl.optionError(name, QStringLiteral("only with --animate FILE --frames N"));
        }
        return {};
    }
    if (!frames)
        return cl.optionError(QStringLiteral("animate"),
                              QStringLiteral("needs --frames N, the number of frames"));
    if (!animate)
        return cl.optionError(QStringLiteral("frames"),
                              QStringLiteral("needs --animate FILE.gif|FILE.mp4"));
    AnimationRequest r;
    r.path = cl.value(QStringLiteral("animate"));
    const auto format = animationFormatOf(r.path);
    if (!format)
        return cl.optionError(
            QStringLiteral("animate"),
            QStringLiteral("unknown extension in %1, expected .gif or .mp4").arg(quoted(r.path)));
    r.format = *format;
    if (const QString e = checkWritable(r.path); !e.isEmpty())
        return cl.optionError(QStringLiteral("animate"), e);
    const auto count = core::parseInt(cl.value(QStringLiteral("frames")).toStdString(), 1,
                                      AnimationWriter::kMaxFrames);
    if (!count)
        return cl.optionError(QStringLiteral("frames"), QString::fromStdString(count.error));
    r.frames = *count.value;
    if (cl.isSet(QStringLiteral("fps"))) {
        const auto fps = core::parseInt(cl.value(QStringLiteral("fps")).toStdString(),
                                        AnimationWriter::kMinFps, AnimationWriter::kMaxFps);
        if (!fps) return cl.optionError(QStringLiteral("fps"), QString::fromStdString(fps.error));
        r.fps = *fps.value;
    }
    if (withSize && cl.isSet(QStringLiteral("size"))) {
        const auto size = core::parseSize(cl.value(QStringLiteral("size")).toStdString(),
                                          AnimationWriter::kMinSide, AnimationWriter::kMaxSide);
        if (!size)
            return cl.optionError(QStringLiteral("size"), QString::fromStdString(size.error));
        r.size = QSize(size.value->width, size.value->height);
    }
    *request = r;
    return {};
}

QString readSweep(const CommandLine &cl, std::optional<AnimationSweep> *sweep)
{
    const QString name = QStringLiteral("sweep");
    const bool animate = cl.isSet(QStringLiteral("animate"));
    if (!cl.isSet(name)) {
        return animate ? cl.optionError(QStringLiteral("animate"),
                                        QStringLiteral("needs --sweep alpha:LO:HI or range:A:B"))
                       : QString();
    }
    if (!animate)
        return cl.optionError(name, QStringLiteral("only with --animate FILE --frames N"));
    const QString value = cl.value(name);
    const QStringList parts = value.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return cl.optionError(
            name, QStringLiteral("expected PARAMETER:FROM:TO, got %1").arg(quoted(value)));
    AnimationSweep s;
    if (parts[0] == QLatin1String("alpha"))
        s.parameter = AnimationSweep::Parameter::Alpha;
    else if (parts[0] == QLatin1String("range"))
        s.parameter = AnimationSweep::Parameter::Range;
    else
        return cl.optionError(
            name,
            QStringLiteral("unknown parameter %1, expected alpha or range").arg(quoted(parts[0])));
    double ends[2] = {0.0, 0.0};
    for (int i = 0; i < 2; ++i) {
        const auto v = core::parseFiniteDouble(parts[i + 1].toStdString());
        if (!v)
            return cl.optionError(name,
                                  QStringLiteral("%1 in %2: %3")
                                      .arg(i == 0 ? QStringLiteral("FROM") : QStringLiteral("TO"),
                                           quoted(value), QString::fromStdString(v.error)));
        ends[i] = *v.value;
    }
    for (double v : ends) {
        const bool ok = s.parameter == AnimationSweep::Parameter::Alpha
                            ? v >= 0.0 && v < 1.0
                            : v > 0.0 && validateRange(-v, v).isEmpty();
        if (!ok)
            return cl.optionError(
                name, QStringLiteral("%1 is out of range in %2")
                          .arg(QString::fromStdString(core::formatExact(v)), quoted(value)));
    }
    s.from = ends[0];
    s.to = ends[1];
    *sweep = s;
    return {};
}

}  // namespace relulab::session
