// One animation being exported from the window: frames drawn one per event-loop turn (the window
// stays responsive, Cancel works between frames), encoded by session::AnimationWriter, the file
// put in place only when complete.
#pragma once

#include <QObject>
#include <QSize>
#include <QString>
#include <QTimer>
#include <memory>

#include "session/AnimationOptions.h"
#include "session/AnimationWriter.h"
#include "session/ExplorerSettings.h"
#include "session/RunHistory.h"
#include "session/TrainingSetup.h"

namespace relulab::session {
class TrainingReplay;
}

namespace relulab::gui {

// What the animation shows.
enum class AnimationTarget {
    TrainingView,   // the whole training view, as `relulab train --snapshot` draws it
    InputSpace,     // the data and the prediction
    Diagram,        // the network diagram
    Curves,         // the loss and dead-fraction curves
    ExplorerAlpha,  // the explorer's figure while alpha sweeps
    ExplorerRange,  // the explorer's figure while the symmetric range zooms
};

bool isTrainingTarget(AnimationTarget target);

struct AnimationJobSpec
{
    AnimationTarget target = AnimationTarget::TrainingView;
    session::AnimationRequest animation;
    long steps = 600;              // training targets: frames over steps 0 ... steps
    session::TrainingSetup setup;  // training targets: replayed from step 0
    // Training targets from a run's timeline instead: frames over steps `from` ... steps of the
    // run replayed from its history (empty: the setup is replayed from step 0).
    session::RunHistory history;
    long from = 0;
    session::ExplorerSettings explorer;  // explorer targets: the settings swept
    session::AnimationSweep sweep;       // explorer targets: from, to (parameter from target)
};

class AnimationJob : public QObject
{
    Q_OBJECT

public:
    explicit AnimationJob(AnimationJobSpec spec, QObject *parent = nullptr);
    ~AnimationJob() override;

    // Checks the target file and starts drawing; the problem, or empty (then finished follows).
    QString start();
    // Stops between frames; nothing is written and an old file stays as it was.
    void cancel();
    bool isRunning() const { return m_timer.isActive(); }
    const AnimationJobSpec &spec() const { return m_spec; }

Q_SIGNALS:
    void progress(int framesDone, int framesTotal);
    // error empty: the file is complete and in place.
    void finished(const QString &error);

private:
    void drawNext();
    QImage drawFrame(int frame, int *repeats, QString *error);
    void fail(const QString &error);

    AnimationJobSpec m_spec;
    std::unique_ptr<session::AnimationWriter> m_writer;
    std::unique_ptr<session::TrainingReplay> m_replay;
    QTimer m_timer;
    int m_done = 0;
};

}  // namespace relulab::gui
