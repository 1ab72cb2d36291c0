// The training run's controls: data, network, optimiser, and Play / Pause / Step / Reset. The
// controls show session::TrainingSetupModel and write to it when the user edits them; the model is
// where the setup lives.
#pragma once

#include <QWidget>

#include "session/TrainingController.h"
#include "session/TrainingSetupModel.h"

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QVBoxLayout;

namespace relulab::gui {

class TrainingPanel : public QWidget
{
    Q_OBJECT

public:
    TrainingPanel(session::TrainingController *controller, session::TrainingSetupModel *model,
                  QWidget *parent = nullptr);

    // Steps per second the speed slider asks for; 0 = as fast as possible.
    double stepsPerSecond() const;

    QString errorText() const;

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

private:
    void buildTransport(QVBoxLayout *layout);
    QGroupBox *buildData();
    QGroupBox *buildNetwork();
    QHBoxLayout *buildActivation();
    QGroupBox *buildOptimiser();
    void connectTransport();
    void connectData();
    void connectNetwork();
    void connectOptimiser();
    // The model's setup in the controls, their signals blocked: only a user's edit writes back.
    void showSetup();
    void setupChanged(session::SetupChange change);
    // A setter's answer: "" (nothing to say) or why the edit was refused.
    void edited(const QString &error);
    void showError(const QString &message);
    void onSnapshot(const session::TrainingSnapshot &snapshot);

    session::TrainingController *m_controller;
    session::TrainingSetupModel *m_model;

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
