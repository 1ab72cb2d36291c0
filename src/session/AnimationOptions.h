// The options of the headless animations, shared by `relulab train` and `relulab export`:
// --animate, --frames, --fps (and train's --size), --sweep; and which step or value a frame shows.
#pragma once

#include <QSize>
#include <QString>
#include <optional>
#include <vector>

#include "AnimationWriter.h"
#include "CommandLine.h"

namespace relulab::session {

struct AnimationRequest
{
    QString path;
    AnimationFormat format = AnimationFormat::Gif;
    int frames = 0;
    int fps = AnimationWriter::kDefaultFps;
    QSize size{1280, 720};
};

// What the explorer's animation sweeps: alpha from one value to another, or the symmetric range
// [-A, A] from A = from to A = to.
struct AnimationSweep
{
    enum class Parameter { Alpha, Range };
    Parameter parameter = Parameter::Alpha;
    double from = 0.0;
    double to = 0.0;

    // The value frame k of n shows: from + (to - from) * k / (n - 1); n = 1 shows from.
    double valueAt(int k, int n) const;
};

// --animate, --frames, --fps; with withSize (train has no --size of its own) --size too. what
// says what a frame shows, for the help.
std::vector<OptionSpec> animationOptionSpecs(const QString &what, bool withSize);
// export's --sweep.
OptionSpec sweepOptionSpec();

// Reads --animate, --frames, --fps (and --size when withSize) into *request when --animate or
// --frames is given (they go together); the first problem as a message naming the option.
QString readAnimationRequest(const CommandLine &cl, bool withSize,
                             std::optional<AnimationRequest> *request);
// Reads --sweep (given exactly when --animate is); the problem as a message naming the option.
QString readSweep(const CommandLine &cl, std::optional<AnimationSweep> *sweep);

// The training step frame k of n shows, for a run from firstStep over steps steps: evenly spaced
// from firstStep to firstStep + steps, both ends included, k * steps / (n - 1) rounded to the
// nearest step (halves up); a single frame shows the last step.
long animationFrameStep(long firstStep, long steps, int k, int n);

}  // namespace relulab::session
