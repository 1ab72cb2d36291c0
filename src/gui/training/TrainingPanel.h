// The training run's controls: data, network, optimiser, and Play / Pause / Step / Reset.
#pragma once

#include <QWidget>
#include <optional>

#include "session/TrainingController.h"

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;

namespace relulab::gui {

class TrainingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingPanel(session::TrainingController *controller, QWidget *parent = nullptr);

    // The setup the controls describe (what Reset and every structural change start from).
    // Values a control rounds or clamps (a learning rate of 1e-7, a bias init of -25) stay exact
    // until the user edits that control.
    session::TrainingSetup setup() const;
    // Applies a setup to the controls and starts the run over from it.
    void applySetup(const session::TrainingSetup &setup);
    // Shows a saved run in the controls and continues it from its network state (paused at its
    // step), or starts it at step 0 when there is none. Rejections arrive as setupRejected.
    void restoreRun(const session::TrainingSetup &setup,
                    const std::optional<core::TrainerState> &network);
    // Applies a setup as an edit of the controls would (undo, redo): what the window changes
    // live (learning rate, ReLU <-> Leaky <-> PReLU, alpha) keeps the run, anything else starts
    // it over. The kink convention stays the explorer's.
    void applyEdit(const session::TrainingSetup &setup);
    // Steps per second the speed slider asks for; 0 = as fast as possible.
    double stepsPerSecond() const;

    QString errorText() const;
    // Backpropagation uses the explorer's kink convention: a different one starts the run over.
    void setConvention(core::KinkConvention convention);
    // The same for the next restart only: a restored run keeps the convention it was trained with.
    void setConventionForNextRun(core::KinkConvention convention) { m_convention = convention; }

    // The transport, for menus and shortcuts.
    void togglePlay();
    void step();
    void reset();
    void importCsv();
    // Edits the examples by hand (the run starts over on them): adds one at (x, y) of the class
    // chosen in the panel (a target y for 1-D data), or removes the one nearest to (x, y) within
    // radius (in data units). Returns false when nothing changed.
    bool addExample(double x, double y);
    bool removeExample(double x, double y, double radius);
    // The class a click adds: 1 or 0.
    int clickClass() const;

    // Presentation mode keeps the transport, the data set, the network, the activation, the bias
    // init, the optimiser and the learning rate; it hides the rest (noise, samples, import, the
    // class a click adds, init scheme, batch, L2, seed) with their labels.
    void setAdvancedVisible(bool visible);
    bool advancedVisible() const { return m_advancedVisible; }
    QList<QWidget *> advancedWidgets() const;

Q_SIGNALS:
    // The setup now in effect after any change: an edit of a control, applySetup, restoreRun,
    // applyEdit (not the convention, which follows the explorer and applies at the next restart).
    void setupChanged(const relulab::session::TrainingSetup &setup);

private:
    void build();
    void showControls(const session::TrainingSetup &setup);
    session::TrainingSetup controlsSetup() const;
    void restart();         // a structural change: configure the worker anew
    void liveActivation();  // ReLU <-> Leaky <-> PReLU keep the weights
    void showError(const QString &message);
    void onSnapshot(const session::TrainingSnapshot &snapshot);
    void updateActivationControls();
    core::Dataset currentExamples() const;

    session::TrainingController *m_controller;
    core::Dataset m_ownData;  // imported examples (empty: generated data)
    // The setup last shown and what the controls made of it, so that setup() can return exact
    // values for the controls the user has not touched since.
    session::TrainingSetup m_applied;
    session::TrainingSetup m_shown;
    bool m_applying = false;
    core::KinkConvention m_convention = core::KinkConvention::Left;

    QComboBox *m_dataset = nullptr;
    QDoubleSpinBox *m_noise = nullptr;
    QSpinBox *m_samples = nullptr;
    QPushButton *m_import = nullptr;
    QComboBox *m_clickClass = nullptr;
    QLineEdit *m_hidden = nullptr;
    QPushButton *m_addLayer = nullptr;
    QPushButton *m_removeLayer = nullptr;
    QComboBox *m_activation = nullptr;
    QDoubleSpinBox *m_alpha = nullptr;
    QSpinBox *m_pieces = nullptr;
    QComboBox *m_init = nullptr;
    QDoubleSpinBox *m_biasInit = nullptr;
    QComboBox *m_optimizer = nullptr;
    QDoubleSpinBox *m_learningRate = nullptr;
    QSpinBox *m_batch = nullptr;
    QDoubleSpinBox *m_l2 = nullptr;
    QSpinBox *m_seed = nullptr;
    QPushButton *m_play = nullptr;
    QPushButton *m_step = nullptr;
    QPushButton *m_reset = nullptr;
    QSlider *m_speed = nullptr;
    QLabel *m_speedLabel = nullptr;
    QLabel *m_error = nullptr;
    struct AdvancedRow
    {
        QFormLayout *form = nullptr;
        QWidget *field = nullptr;
    };
    std::vector<AdvancedRow> m_advancedRows;
    bool m_advancedVisible = true;
};

}  // namespace relulab::gui
