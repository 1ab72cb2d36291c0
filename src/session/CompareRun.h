// A second training run beside the main one, from the same setup and seed but with another hidden
// activation: it plays, pauses, steps, resets and restarts whenever the main run does.
#pragma once

#include <QObject>
#include <memory>

#include "TrainingController.h"

namespace relulab::session {

// What the second run changes: only the hidden activation.
struct CompareSpec
{
    core::HiddenActivation activation = core::HiddenActivation::Leaky;
    double alpha = 0.01;  // Leaky ReLU's slope
    int pieces = 2;       // Maxout's k

    friend bool operator==(const CompareSpec &, const CompareSpec &) = default;
};

// A run's name for legends: "ReLU", "Leaky ReLU α = 0.01", "PReLU", "Maxout k = 3", "Sigmoid",
// "Tanh".
QString runName(const core::NetworkConfig &network);
QString runName(const CompareSpec &spec);
// The usual contrast to a run: Leaky ReLU (α = 0.01) beside ReLU, ReLU beside anything else.
CompareSpec defaultContrast(const core::NetworkConfig &main);

class CompareRun : public QObject
{
    Q_OBJECT

public:
    explicit CompareRun(TrainingController *main, QObject *parent = nullptr);
    ~CompareRun() override;

    // Starts the second run (or restarts it with a new spec). Both runs start over from step 0;
    // if the main run was playing, both play on.
    void start(const CompareSpec &spec);
    // Ends the second run and its thread.
    void stop();
    bool isActive() const { return m_second != nullptr; }
    const CompareSpec &spec() const { return m_spec; }
    // The second run's controller; nullptr when not comparing.
    TrainingController *controller() const { return m_second.get(); }

Q_SIGNALS:
    void snapshot(const relulab::session::TrainingSnapshot &snapshot);
    void activeChanged(bool active);
    void rejected(const QString &message);

private:
    // Configures the second run from the main run's current setup. When both activations have
    // the same parameter shapes, the second run starts from the main run's own initial weights.
    void configureFromMain();

    TrainingController *m_main;
    std::unique_ptr<TrainingController> m_second;
    CompareSpec m_spec;
};

}  // namespace relulab::session
