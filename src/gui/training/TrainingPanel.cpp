// Builds the training controls, shows the setup model in them and writes each edit to it.
#include "gui/training/TrainingPanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>
#include <cmath>

#include "core/SliderScale.h"
#include "gui/common/ErrorLabel.h"
#include "gui/style/PlotStyle.h"
#include "session/ExplorerText.h"

namespace relulab::gui {

namespace {

const core::SliderScale &speedScale()
{
    // 1 .. 10,000 steps per second; the last tick means "as fast as possible".
    static const core::SliderScale scale(core::SliderScale::Kind::Log, 1.0, 10000.0, 100);
    return scale;
}

// A small scatter of the data set, so the picker shows what each set looks like.
QIcon datasetIcon(core::DatasetName name)
{
    constexpr int kSide = 40;
    QPixmap pixmap(kSide, kSide);
    pixmap.fill(Qt::white);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const core::Dataset data = core::makeDataset(name, 120, 0.03, 7);
    const auto toPixel = [](double v) { return (v + 1.2) / 2.4 * kSide; };
    for (size_t i = 0; i < data.size(); ++i) {
        const auto x = data.input(i);
        if (data.task == core::TaskKind::Classification) {
            p.setPen(Qt::NoPen);
            p.setBrush(data.targets[i] > 0.5 ? okabeIto::kBlue : okabeIto::kOrange);
            p.drawEllipse(QPointF(toPixel(x[0]), kSide - toPixel(x[1])), 1.6, 1.6);
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(okabeIto::kBlue);
            p.drawEllipse(QPointF(toPixel(x[0]), kSide - toPixel(data.targets[i] * 1.6 - 0.8)), 1.4,
                          1.4);
        }
    }
    return QIcon(pixmap);
}

template <class W>
W *labelled(W *widget, const QString &accessibleName, const QString &tip)
{
    widget->setAccessibleName(accessibleName);
    widget->setToolTip(tip);
    return widget;
}

QDoubleSpinBox *doubleSpin(double lo, double hi, int decimals, double step, const QString &name,
                           const QString &tip)
{
    auto *spin = labelled(new QDoubleSpinBox, name, tip);
    spin->setRange(lo, hi);
    spin->setDecimals(decimals);
    spin->setSingleStep(step);
    spin->setKeyboardTracking(false);
    return spin;
}

QSpinBox *intSpin(int lo, int hi, const QString &name, const QString &tip)
{
    auto *spin = labelled(new QSpinBox, name, tip);
    spin->setRange(lo, hi);
    spin->setKeyboardTracking(false);
    return spin;
}

QString widthsText(const std::vector<int> &widths)
{
    QStringList parts;
    for (int w : widths)
        parts << QString::number(w);
    return parts.join(QLatin1Char(','));
}

// The line edit's validator lets through only digits and commas.
std::vector<int> parseWidths(const QString &text)
{
    std::vector<int> widths;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        widths.push_back(part.toInt());
    return widths;
}

}  // namespace

TrainingPanel::TrainingPanel(session::TrainingController *controller,
                             session::TrainingSetupModel *model, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_model(model)
{
    setAccessibleName(tr("Training controls"));
    auto *layout = new QVBoxLayout(this);
    buildTransport(layout);
    layout->addWidget(buildData());
    layout->addWidget(buildNetwork());
    layout->addWidget(buildOptimiser());
    m_error = makeErrorLabel(QStringLiteral("trainingError"), tr("Training message"));
    layout->addWidget(m_error);
    layout->addStretch(1);

    showSetup();
    connectTransport();
    connectData();
    connectNetwork();
    connectOptimiser();
    connect(m_model, &session::TrainingSetupModel::setupChanged, this,
            &TrainingPanel::setupChanged);
    connect(m_controller, &session::TrainingController::snapshot, this, &TrainingPanel::onSnapshot);
    connect(m_controller, &session::TrainingController::setupRejected, this,
            &TrainingPanel::showError);
    connect(m_controller, &session::TrainingController::historyRejected, this,
            &TrainingPanel::showError);
    // Also a new run on an unchanged setup (a lesson shown again) starts without old messages.
    connect(m_controller, &session::TrainingController::configured, this,
            [this] { showError(QString()); });
}

void TrainingPanel::buildTransport(QVBoxLayout *layout)
{
    // Transport first: it is what a teacher reaches for.
    auto *transport = new QGroupBox(tr("Run"));
    auto *tl = new QGridLayout(transport);
    // Standard icons: the media glyphs are missing from many fonts.
    m_play = labelled(new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Play")),
                      tr("Play or pause"), tr("Start or pause training (Space)"));
    m_step =
        labelled(new QPushButton(style()->standardIcon(QStyle::SP_MediaSkipForward), tr("Step")),
                 tr("Step"), tr("Train one mini-batch step (N)"));
    m_reset = labelled(
        new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Reset")), tr("Reset"),
        tr("Start over from step 0 with the same seed: the identical run (Ctrl+R)"));
    for (QPushButton *b : {m_play, m_step, m_reset})
        b->setFocusPolicy(Qt::TabFocus);
    tl->addWidget(m_play, 0, 0);
    tl->addWidget(m_step, 0, 1);
    tl->addWidget(m_reset, 0, 2);
    m_speed = labelled(new QSlider(Qt::Horizontal), tr("Training speed"),
                       tr("Steps per second, from 1 to 10,000; far right: as fast as possible"));
    m_speed->setRange(speedScale().minimumTick(), speedScale().maximumTick() + 1);
    m_speed->setValue(speedScale().toTick(50.0));
    m_speedLabel = labelled(new QLabel, tr("Training speed value"), tr("Steps per second"));
    m_speedLabel->setMinimumWidth(
        m_speedLabel->fontMetrics().horizontalAdvance(tr("%1 steps/s").arg(10000)));
    tl->addWidget(new QLabel(tr("speed")), 1, 0);
    tl->addWidget(m_speed, 1, 1);
    tl->addWidget(m_speedLabel, 1, 2);
    layout->addWidget(transport);
}

QGroupBox *TrainingPanel::buildData()
{
    auto *dataBox = new QGroupBox(tr("Data"));
    auto *dl = new QFormLayout(dataBox);
    m_dataset = labelled(new QComboBox, tr("Data set"),
                         tr("The toy data set: 2-D classification (circle, xor, ...), class by a "
                            "curve (above-sine, above-cubic, above-abs) or 1-D regression (abs, "
                            "sine, step)"));
    m_dataset->setIconSize(QSize(40, 40));
    for (core::DatasetName name : core::allDatasets()) {
        const QString key = QString::fromStdString(core::datasetKey(name));
        m_dataset->addItem(datasetIcon(name), key, key);
    }
    m_noise = doubleSpin(0.0, 10.0, 3, 0.05, tr("Noise"),
                         tr("Noise added to the examples, in the data's units"));
    m_samples = intSpin(session::TrainingSetup::kMinSamples, session::TrainingSetup::kMaxSamples,
                        tr("Samples"), tr("Number of examples; 20% are held out for testing"));
    m_import = labelled(new QPushButton(tr("Import CSV\u2026")), tr("Import CSV"),
                        tr("Train on your own examples: rows x1,x2,label or x,y"));
    dl->addRow(tr("set"), m_dataset);
    dl->addRow(tr("noise"), m_noise);
    dl->addRow(tr("samples"), m_samples);
    dl->addRow(QString(), m_import);
    m_clickClass =
        labelled(new QComboBox, tr("Class a click adds"),
                 tr("Click the data plot to add an example of this class; Shift+click "
                    "removes the nearest example. The run starts over on the new data."));
    m_clickClass->addItem(tr("Ctrl+click adds class 1 (\u25cf blue)"), 1);
    m_clickClass->addItem(tr("Ctrl+click adds class 0 (\u25b2 orange)"), 0);
    dl->addRow(tr("edit"), m_clickClass);
    m_advancedRows.insert(m_advancedRows.end(),
                          {{dl, m_noise}, {dl, m_samples}, {dl, m_import}, {dl, m_clickClass}});
    return dataBox;
}

QGroupBox *TrainingPanel::buildNetwork()
{
    auto *netBox = new QGroupBox(tr("Network"));
    auto *nl = new QFormLayout(netBox);
    m_hidden =
        labelled(new QLineEdit, tr("Hidden layer widths"),
                 tr("Widths of the hidden layers, e.g. 8,8 (1 to 12 layers of 1 to 32 units)"));
    m_hidden->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\d{1,2}(,\\d{1,2}){0,11}$")), m_hidden));
    m_addLayer = labelled(new QPushButton(tr("+ layer")), tr("Add layer"),
                          tr("Add a hidden layer as wide as the last"));
    m_removeLayer = labelled(new QPushButton(tr("\u2212 layer")), tr("Remove layer"),
                             tr("Remove the last hidden layer"));
    auto *layers = new QHBoxLayout;
    layers->addWidget(m_hidden, 1);
    layers->addWidget(m_addLayer);
    layers->addWidget(m_removeLayer);
    nl->addRow(tr("widths"), layers);
    nl->addRow(tr("activation"), buildActivation());
    m_init = labelled(new QComboBox, tr("Initialisation"),
                      tr("He normal N(0, gain/fan-in), He uniform (the same variance), or "
                         "Xavier uniform U(\u00b1\u221a(6/(fan-in + fan-out))). He's gain is 2 "
                         "for ReLU, 2/(1 + a\u00b2) for Leaky and PReLU (a = \u03b1, or PReLU's "
                         "initial 0.25), and 1/E[M\u2096\u00b2] for maxout of k pieces, M\u2096 "
                         "the largest of k standard normals: 1, 0.78, 0.64, 0.56 for k = 2 \u2026 "
                         "5 (He's 2 would make maxout layers grow)."));
    m_init->addItem(tr("He normal"), static_cast<int>(core::InitScheme::HeNormal));
    m_init->addItem(tr("He uniform"), static_cast<int>(core::InitScheme::HeUniform));
    m_init->addItem(tr("Xavier"), static_cast<int>(core::InitScheme::Xavier));
    nl->addRow(tr("init"), m_init);
    m_biasInit = doubleSpin(-20.0, 20.0, 2, 0.25, tr("Bias init"),
                            tr("Every hidden bias starts here; a strongly negative value (e.g. "
                               "−2) kills ReLU units on purpose"));
    nl->addRow(tr("bias init"), m_biasInit);
    m_advancedRows.push_back({nl, m_init});
    return netBox;
}

QHBoxLayout *TrainingPanel::buildActivation()
{
    m_activation = labelled(
        new QComboBox, tr("Hidden activation"),
        tr("ReLU, Leaky ReLU (slope \u03b1), PReLU (a learned slope per unit, starts at 0.25; "
           "PyTorch's nn.PReLU shares one slope per layer by default), Maxout (k pieces), or for "
           "comparison sigmoid and tanh. Switching between ReLU, Leaky, PReLU, sigmoid and tanh "
           "keeps the weights: dead units can come back. Switching to or from Maxout starts a new "
           "network."));
    const auto addActivation = [this](const QString &name, core::HiddenActivation a,
                                      const QString &tip) {
        m_activation->addItem(name, static_cast<int>(a));
        m_activation->setItemData(m_activation->count() - 1, tip, Qt::ToolTipRole);
    };
    addActivation(tr("ReLU"), core::HiddenActivation::Relu, tr("max(0, z): flat for z < 0"));
    addActivation(tr("Leaky ReLU"), core::HiddenActivation::Leaky,
                  tr("z for z > 0, \u03b1\u00b7z otherwise"));
    addActivation(tr("PReLU"), core::HiddenActivation::Prelu,
                  tr("Leaky ReLU whose slope \u03b1 is learned, one per unit"));
    addActivation(tr("Maxout"), core::HiddenActivation::Maxout,
                  tr("The largest of k affine pieces, each with its own weights"));
    addActivation(tr("Sigmoid"), core::HiddenActivation::Sigmoid,
                  tr("\u03c3(z) = 1/(1+e\u207b\u1dbb): saturates on both sides, "
                     "\u03c3\u2032 \u2264 1/4, so gradients vanish in deep nets. Never dead. "
                     "Xavier is the initialisation derived for it."));
    addActivation(tr("Tanh"), core::HiddenActivation::Tanh,
                  tr("tanh(z): saturates on both sides, tanh\u2032 \u2264 1, so gradients "
                     "shrink in deep nets. Never dead. Xavier is the initialisation derived for "
                     "it."));
    m_alpha = doubleSpin(0.0, 0.99, 3, 0.01, tr("Leaky slope alpha"),
                         tr("Leaky ReLU slope \u03b1 for z < 0, in [0, 1)"));
    m_alpha->setPrefix(QStringLiteral("\u03b1 = "));
    m_pieces = intSpin(core::NetworkConfig::kMinPieces, core::NetworkConfig::kMaxPieces,
                       tr("Maxout pieces"), tr("Pieces per maxout unit, 2 to 5"));
    m_pieces->setPrefix(QStringLiteral("k = "));
    auto *act = new QHBoxLayout;
    act->addWidget(m_activation, 1);
    act->addWidget(m_alpha);
    act->addWidget(m_pieces);
    return act;
}

QGroupBox *TrainingPanel::buildOptimiser()
{
    auto *optBox = new QGroupBox(tr("Optimiser"));
    auto *ol = new QFormLayout(optBox);
    m_optimizer =
        labelled(new QComboBox, tr("Optimiser"), tr("SGD, SGD with momentum 0.9, or Adam"));
    m_optimizer->addItem(tr("SGD"), static_cast<int>(core::OptimizerKind::Sgd));
    m_optimizer->addItem(tr("Momentum"), static_cast<int>(core::OptimizerKind::Momentum));
    m_optimizer->addItem(tr("Adam"), static_cast<int>(core::OptimizerKind::Adam));
    ol->addRow(tr("optimiser"), m_optimizer);
    m_learningRate = doubleSpin(0.00001, 100.0, 5, 0.005, tr("Learning rate"),
                                tr("Step size; can be changed while training runs. Too high "
                                   "kills ReLU units or makes the loss diverge"));
    ol->addRow(tr("learning rate"), m_learningRate);
    m_batch = intSpin(1, 100000, tr("Batch size"), tr("Examples per step"));
    ol->addRow(tr("batch"), m_batch);
    m_l2 = doubleSpin(0.0, 10.0, 5, 0.0001, tr("L2 weight decay"),
                      tr("L2 penalty on the weights (not biases)"));
    ol->addRow(tr("L2"), m_l2);
    m_seed = intSpin(0, 2147483647, tr("Seed"),
                     tr("Seed of the data, the initial weights and the batch order: same seed, "
                        "same run"));
    ol->addRow(tr("seed"), m_seed);
    m_advancedRows.insert(m_advancedRows.end(), {{ol, m_batch}, {ol, m_l2}, {ol, m_seed}});
    return optBox;
}

void TrainingPanel::connectTransport()
{
    connect(m_play, &QPushButton::clicked, this, &TrainingPanel::togglePlay);
    connect(m_step, &QPushButton::clicked, this, &TrainingPanel::step);
    connect(m_reset, &QPushButton::clicked, this, &TrainingPanel::reset);
    connect(m_speed, &QSlider::valueChanged, this, [this] {
        const double sps = stepsPerSecond();
        m_speedLabel->setText(sps > 0 ? tr("%1 steps/s").arg(std::round(sps)) : tr("max"));
        m_controller->setStepsPerSecond(sps);
    });
    Q_EMIT m_speed->valueChanged(m_speed->value());
    connect(m_controller, &session::TrainingController::runningChanged, this, [this](bool running) {
        m_play->setText(running ? tr("Pause") : tr("Play"));
        m_play->setIcon(
            style()->standardIcon(running ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });
}

// Each control writes its own value to the model when the user edits it; whether the run takes
// the change live or starts over is the model's to say.
void TrainingPanel::connectData()
{
    connect(m_dataset, &QComboBox::currentIndexChanged, this,
            [this] { edited(m_model->setDataset(m_dataset->currentData().toString())); });
    connect(m_noise, &QDoubleSpinBox::valueChanged, this,
            [this](double noise) { edited(m_model->setNoise(noise)); });
    connect(m_samples, &QSpinBox::valueChanged, this,
            [this](int samples) { edited(m_model->setSamples(samples)); });
    connect(m_import, &QPushButton::clicked, this, &TrainingPanel::importCsv);
}

void TrainingPanel::connectNetwork()
{
    connect(m_hidden, &QLineEdit::editingFinished, this,
            [this] { edited(m_model->setHiddenWidths(parseWidths(m_hidden->text()))); });
    connect(m_addLayer, &QPushButton::clicked, m_model, &session::TrainingSetupModel::addLayer);
    connect(m_removeLayer, &QPushButton::clicked, m_model,
            &session::TrainingSetupModel::removeLayer);
    connect(m_activation, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setActivation(
            static_cast<core::HiddenActivation>(m_activation->currentData().toInt()));
    });
    connect(m_alpha, &QDoubleSpinBox::valueChanged, this,
            [this](double alpha) { edited(m_model->setAlpha(alpha)); });
    connect(m_pieces, &QSpinBox::valueChanged, this,
            [this](int pieces) { edited(m_model->setPieces(pieces)); });
    connect(m_init, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setInit(static_cast<core::InitScheme>(m_init->currentData().toInt()));
    });
    connect(m_biasInit, &QDoubleSpinBox::valueChanged, this,
            [this](double bias) { edited(m_model->setBiasInit(bias)); });
}

void TrainingPanel::connectOptimiser()
{
    connect(m_optimizer, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setOptimizer(static_cast<core::OptimizerKind>(m_optimizer->currentData().toInt()));
    });
    connect(m_learningRate, &QDoubleSpinBox::valueChanged, this,
            [this](double rate) { edited(m_model->setLearningRate(rate)); });
    connect(m_batch, &QSpinBox::valueChanged, this,
            [this](int batch) { edited(m_model->setBatchSize(batch)); });
    connect(m_l2, &QDoubleSpinBox::valueChanged, this,
            [this](double l2) { edited(m_model->setL2(l2)); });
    connect(m_seed, &QSpinBox::valueChanged, this,
            [this](int seed) { m_model->setSeed(static_cast<std::uint64_t>(seed)); });
}

void TrainingPanel::showSetup()
{
    const session::TrainingSetup &s = m_model->setup();
    const QList<QWidget *> all = {m_dataset,      m_noise,  m_samples, m_hidden,   m_activation,
                                  m_alpha,        m_pieces, m_init,    m_biasInit, m_optimizer,
                                  m_learningRate, m_batch,  m_l2,      m_seed};
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QWidget *w : all)
        blockers.push_back(std::make_unique<QSignalBlocker>(w));
    // A control shows its rounding of the model's value; the model keeps the exact one.
    m_dataset->setCurrentIndex(std::max(0, m_dataset->findData(s.dataset)));
    m_noise->setValue(s.noise);
    m_samples->setValue(s.samples);
    const core::TrainingConfig &c = s.config;
    // Only when it differs: setText would move the cursor of a field being typed in.
    if (const QString widths = widthsText(c.network.hidden); m_hidden->text() != widths)
        m_hidden->setText(widths);
    m_activation->setCurrentIndex(m_activation->findData(static_cast<int>(c.network.activation)));
    m_alpha->setValue(c.network.alpha);
    m_pieces->setValue(c.network.pieces);
    m_init->setCurrentIndex(m_init->findData(static_cast<int>(c.network.init)));
    m_biasInit->setValue(c.network.biasInit);
    m_optimizer->setCurrentIndex(m_optimizer->findData(static_cast<int>(c.optimizer)));
    m_learningRate->setValue(c.learningRate);
    m_batch->setValue(c.batchSize);
    m_l2->setValue(c.l2);
    m_seed->setValue(static_cast<int>(c.seed));
    m_alpha->setEnabled(c.network.activation == core::HiddenActivation::Leaky);
    m_pieces->setEnabled(c.network.activation == core::HiddenActivation::Maxout);
}

void TrainingPanel::setupChanged(session::SetupChange change)
{
    showSetup();
    // A new run (or a restored one) has nothing left of the last one's message; a live change
    // keeps it, as a diverged run stays diverged.
    if (change != session::SetupChange::Live) showError(QString());
}

void TrainingPanel::edited(const QString &error)
{
    if (!error.isEmpty()) showError(error);
}

double TrainingPanel::stepsPerSecond() const
{
    if (m_speed->value() > speedScale().maximumTick()) return 0.0;
    return speedScale().toValue(m_speed->value());
}

QString TrainingPanel::errorText() const
{
    return m_error->text();
}

void TrainingPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TrainingPanel::togglePlay()
{
    if (m_controller->isRunning())
        m_controller->pause();
    else
        m_controller->play();
}

void TrainingPanel::step()
{
    m_controller->stepOnce();
}

void TrainingPanel::reset()
{
    showError(QString());
    m_controller->reset();
}

void TrainingPanel::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import data"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) edited(m_model->importCsv(path));
}

void TrainingPanel::setAdvancedVisible(bool visible)
{
    m_advancedVisible = visible;
    for (const AdvancedRow &row : m_advancedRows)
        row.form->setRowVisible(row.field, visible);
}

QList<QWidget *> TrainingPanel::advancedWidgets() const
{
    QList<QWidget *> widgets;
    for (const AdvancedRow &row : m_advancedRows) {
        widgets << row.field;
        if (QWidget *label = row.form->labelForField(row.field)) widgets << label;
    }
    return widgets;
}

int TrainingPanel::clickClass() const
{
    return m_clickClass->currentData().toInt();
}

bool TrainingPanel::addExample(double x, double y)
{
    const QString error = m_model->addExample(x, y, clickClass(), m_controller->data());
    edited(error);
    return error.isEmpty();
}

bool TrainingPanel::removeExample(double x, double y, double radius)
{
    return m_model->removeExample(x, y, radius, m_controller->data());
}

void TrainingPanel::onSnapshot(const session::TrainingSnapshot &snapshot)
{
    if (snapshot.diverged) showError(snapshot.message);
    m_step->setEnabled(!snapshot.diverged);
    m_play->setEnabled(!snapshot.diverged);
}

}  // namespace relulab::gui
