// Keeps the training run in step with the setup model: a change the run takes live reaches the
// running worker, any other starts the run over; lessons start a run and sessions restore one
// through it. The controller stays a plain command channel (a comparison run has no model).
#pragma once

#include <QObject>
#include <optional>

#include "TrainingController.h"
#include "TrainingSetupModel.h"

namespace relulab::session {

class TrainingSetupBinder : public QObject
{
    Q_OBJECT

public:
    TrainingSetupBinder(TrainingSetupModel *model, TrainingController *controller,
                        QObject *parent = nullptr);

    TrainingSetupModel *model() const { return m_model; }
    TrainingController *controller() const { return m_controller; }

    // Makes setup the model's and starts the run over from step 0 on it, also when the setup is
    // the one the run has already (a lesson promises its run from the start). "" or why not.
    QString startOver(const TrainingSetup &setup);
    // Continues a saved run from its network state (paused at its step), or starts it at step 0
    // when there is none; the run keeps the setup it was trained with. The model takes that setup
    // with nextConvention (the explorer's), which the next restart uses. Rejections arrive as
    // the controller's setupRejected.
    void restoreRun(const TrainingSetup &setup, const std::optional<core::TrainerState> &network,
                    core::KinkConvention nextConvention, const RunHistory &history = {});
    // The timeline's Continue from here: the run goes on from the history's entry `index` with
    // the setup it had then, which the model adopts (keeping its convention for the next restart).
    void continueFrom(size_t index);

private:
    void follow(SetupChange change);
    void configure();

    TrainingSetupModel *m_model;
    TrainingController *m_controller;
    quint64 m_runsStarted = 0;  // configure calls made, so startOver knows if apply made one
};

}  // namespace relulab::session
