// The model's changes as run commands: configure on a restart, the live setters otherwise.
#include "TrainingSetupBinder.h"

namespace relulab::session {

TrainingSetupBinder::TrainingSetupBinder(TrainingSetupModel *model, TrainingController *controller,
                                         QObject *parent)
    : QObject(parent), m_model(model), m_controller(controller)
{
    connect(m_model, &TrainingSetupModel::setupChanged, this, &TrainingSetupBinder::follow);
}

void TrainingSetupBinder::follow(SetupChange change)
{
    const TrainingSetup &run = m_controller->setup();
    const TrainingSetup &next = m_model->setup();
    switch (change) {
        case SetupChange::Adopted:
            return;
        case SetupChange::Restart:
            // A restored run keeps the convention it was trained with while the model holds the
            // explorer's for the next restart; the explorer coming back to the run's own
            // convention is no reason to start over.
            if (next != run) configure();
            return;
        case SetupChange::Live:
            if (next.config.learningRate != run.config.learningRate)
                m_controller->setLearningRate(next.config.learningRate);
            if (next.config.network.activation != run.config.network.activation ||
                next.config.network.alpha != run.config.network.alpha)
                m_controller->setActivation(next.config.network.activation,
                                            next.config.network.alpha);
            return;
    }
}

void TrainingSetupBinder::configure()
{
    ++m_runsStarted;
    m_controller->configure(m_model->setup());
}

QString TrainingSetupBinder::startOver(const TrainingSetup &setup)
{
    const quint64 before = m_runsStarted;
    if (QString error = m_model->apply(setup); !error.isEmpty()) return error;
    // Unchanged, or changed live: still a new run.
    if (m_runsStarted == before) configure();
    return {};
}

void TrainingSetupBinder::restoreRun(const TrainingSetup &setup,
                                     const std::optional<core::TrainerState> &network,
                                     core::KinkConvention nextConvention, const RunHistory &history)
{
    if (network)
        m_controller->restore(setup, *network, history);
    else
        m_controller->configure(setup);
    TrainingSetup next = setup;
    next.config.network.convention = nextConvention;
    // A session's setup was validated when the file was read; one that the model still refuses
    // leaves it as it was, and the worker's rejection says why.
    m_model->adopt(next);
}

void TrainingSetupBinder::continueFrom(size_t index)
{
    const RunHistory &history = m_controller->history();
    if (index >= history.size()) return;
    TrainingSetup next = *history[index].setup;
    next.config.network.convention = m_model->setup().config.network.convention;
    m_controller->continueFrom(index);
    m_model->adopt(next);
}

}  // namespace relulab::session
