// The one source of truth for the training side's setup (data, examples, network, optimiser and
// the kink convention backpropagation uses): every control, undo step, session and lesson goes
// through it, and each change says whether the run takes it live or starts over.
#pragma once

#include <QObject>
#include <cstdint>

#include "TrainingSetup.h"

namespace relulab::session {

// How the training run takes a change of the setup.
enum class SetupChange {
    // The run goes on with its weights: the learning rate, α, or a switch of the hidden
    // activation between two of ReLU, Leaky ReLU, PReLU, sigmoid and tanh.
    Live,
    // Anything else (data, examples, widths, Maxout in or out, k, initialisation, optimiser,
    // batch, L2, seed, convention): the run starts over from step 0.
    Restart,
    // The setup of a run started elsewhere (a session's saved run): the run has it already.
    Adopted,
};

class TrainingSetupModel : public QObject
{
    Q_OBJECT

public:
    explicit TrainingSetupModel(QObject *parent = nullptr);

    // Exact values: what a control shows rounded (a learning rate of 1e-7, a bias init of -25)
    // stays exact here until that control is edited.
    const TrainingSetup &setup() const { return m_setup; }
    const core::NetworkConfig &network() const { return m_setup.config.network; }
    core::KinkConvention convention() const { return m_setup.config.network.convention; }

    // How a run on `from` takes the change to `to`: Live when they differ in nothing but the
    // learning rate, α and a hidden activation that is Maxout in neither; else Restart.
    static SetupChange classify(const TrainingSetup &from, const TrainingSetup &to);

    // One setter per thing a control edits. Each returns "" on success (emitting setupChanged
    // only if something changed) and the reason otherwise, leaving the setup untouched.
    QString setDataset(const QString &key);  // a generated set: drops the user's own examples
    QString setSamples(int samples);
    QString setNoise(double noise);
    QString setHiddenWidths(const std::vector<int> &widths);
    // One more hidden layer as wide as the last, or one fewer; nothing at 12 layers or at 1.
    void addLayer();
    void removeLayer();
    void setActivation(core::HiddenActivation activation);
    QString setAlpha(double alpha);
    QString setPieces(int pieces);
    void setInit(core::InitScheme init);
    QString setBiasInit(double biasInit);
    void setOptimizer(core::OptimizerKind optimizer);
    QString setLearningRate(double learningRate);
    QString setBatchSize(int batchSize);
    QString setL2(double l2);
    void setSeed(std::uint64_t seed);
    // Backpropagation's value at a kink (the explorer's convention): a change starts over.
    void setConvention(core::KinkConvention convention);

    // The user's own examples (replacing the generated set); an empty set goes back to it.
    QString setExamples(const core::Dataset &examples);
    // Adds an example at (x, y) (see session::addExample); the first edit starts from the
    // examples the run has now (run: its train and test sets).
    QString addExample(double x, double y, int label, const core::DataSplit &run);
    // Removes the example nearest to (x, y) within radius; false when nothing changed.
    bool removeExample(double x, double y, double radius, const core::DataSplit &run);
    // Trains on the examples of a CSV file; "" or why not (the file's name and line).
    QString importCsv(const QString &path);

    // A whole setup at once (undo, lessons), classified against the present one.
    QString apply(const TrainingSetup &setup);
    // A whole setup that a run already follows (a restored session's): reported as Adopted.
    QString adopt(const TrainingSetup &setup);

Q_SIGNALS:
    // After every real change, with how the run takes it; setup() is the new setup.
    void setupChanged(relulab::session::SetupChange change);

private:
    // Validates the candidate and makes it the setup, emitting once if it differs.
    QString commit(const TrainingSetup &candidate, SetupChange change);
    template <class Edit>
    QString edit(Edit &&edit)
    {
        TrainingSetup candidate = m_setup;
        edit(candidate);
        return commit(candidate, classify(m_setup, candidate));
    }
    // The examples an edit by hand starts from.
    core::Dataset examples(const core::DataSplit &run) const;

    TrainingSetup m_setup;
};

}  // namespace relulab::session
