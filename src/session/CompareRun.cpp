// Following the main run's commands with a second controller on its own thread.
#include "CompareRun.h"

#include <QCoreApplication>

#include "ExplorerText.h"

namespace relulab::session {

namespace {

// This file's messages, filed under "CompareRun" by lupdate and looked up there.
class CompareRunTr
{
    Q_DECLARE_TR_FUNCTIONS(CompareRun)
};

QString name(core::HiddenActivation activation, double alpha, int pieces)
{
    switch (activation) {
        case core::HiddenActivation::Relu:
            return CompareRunTr::tr("ReLU");
        case core::HiddenActivation::Leaky:
            return CompareRunTr::tr("Leaky ReLU \u03b1 = %1").arg(formatNumber(alpha));
        case core::HiddenActivation::Prelu:
            return CompareRunTr::tr("PReLU");
        case core::HiddenActivation::Maxout:
            return CompareRunTr::tr("Maxout k = %1").arg(pieces);
        case core::HiddenActivation::Sigmoid:
            return CompareRunTr::tr("Sigmoid");
        case core::HiddenActivation::Tanh:
            return CompareRunTr::tr("Tanh");
    }
    return {};
}

}  // namespace

QString runName(const core::NetworkConfig &network)
{
    return name(network.activation, network.alpha, network.pieces);
}

QString runName(const CompareSpec &spec)
{
    return name(spec.activation, spec.alpha, spec.pieces);
}

CompareSpec defaultContrast(const core::NetworkConfig &main)
{
    CompareSpec spec;
    spec.pieces = main.pieces;
    spec.activation = main.activation == core::HiddenActivation::Relu
                          ? core::HiddenActivation::Leaky
                          : core::HiddenActivation::Relu;
    return spec;
}

CompareRun::CompareRun(TrainingController *main, QObject *parent) : QObject(parent), m_main(main)
{
    // Every command to the main run goes to the second one too. A reset or a new setup
    // reconfigures it instead of resetting it, so it starts again from the main run's weights.
    const auto follow = [this](auto command) {
        return [this, command] {
            if (m_second) command(m_second.get());
        };
    };
    connect(m_main, &TrainingController::configured, this, [this] {
        if (m_second) configureFromMain();
    });
    connect(m_main, &TrainingController::resetRequested, this, [this] {
        if (m_second) configureFromMain();
    });
    connect(m_main, &TrainingController::played, this,
            follow([](TrainingController *c) { c->play(); }));
    connect(m_main, &TrainingController::paused, this,
            follow([](TrainingController *c) { c->pause(); }));
    connect(m_main, &TrainingController::stepped, this,
            follow([](TrainingController *c) { c->stepOnce(); }));
    connect(m_main, &TrainingController::stepsPerSecondChanged, this, [this](double rate) {
        if (m_second) m_second->setStepsPerSecond(rate);
    });
    connect(m_main, &TrainingController::learningRateChanged, this, [this](double rate) {
        if (m_second) m_second->setLearningRate(rate);
    });
    // A main run that stops by itself (its loss diverged) stops the pair.
    connect(m_main, &TrainingController::snapshot, this, [this](const TrainingSnapshot &s) {
        if (m_second && s.diverged) m_second->pause();
    });
}

CompareRun::~CompareRun() = default;

void CompareRun::start(const CompareSpec &spec)
{
    const bool wasRunning = m_main->isRunning();
    m_spec = spec;
    if (m_second) {
        m_main->reset();  // the second run follows with the new spec
    } else {
        // The main run starts over before anything follows it, so the second run is configured
        // once.
        m_main->reset();
        m_second = std::make_unique<TrainingController>();
        connect(m_second.get(), &TrainingController::snapshot, this, &CompareRun::snapshot);
        connect(m_second.get(), &TrainingController::setupRejected, this, &CompareRun::rejected);
        m_second->setStepsPerSecond(m_main->stepsPerSecond());
        configureFromMain();
        Q_EMIT activeChanged(true);
    }
    if (wasRunning) m_main->play();
}

void CompareRun::stop()
{
    if (!m_second) return;
    m_second.reset();  // stops the worker and joins its thread
    Q_EMIT activeChanged(false);
}

void CompareRun::configureFromMain()
{
    TrainingSetup setup = m_main->setup();
    const core::NetworkConfig &net = setup.config.network;
    const bool mainMaxout = net.activation == core::HiddenActivation::Maxout;
    const bool secondMaxout = m_spec.activation == core::HiddenActivation::Maxout;
    if (!mainMaxout && !secondMaxout) {
        // The same weights, then the other activation before the first step: only the
        // activation differs between the two runs.
        m_second->configure(setup);
        m_second->setActivation(m_spec.activation, m_spec.alpha);
        return;
    }
    // Different parameter shapes: a network of its own from the same seed.
    setup.config.network.activation = m_spec.activation;
    setup.config.network.alpha = m_spec.alpha;
    setup.config.network.pieces = m_spec.pieces;
    m_second->configure(setup);
}

}  // namespace relulab::session
