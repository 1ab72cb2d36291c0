// Builds the training controls and turns each edit into a restart or a live change.
#include "gui/training/TrainingPanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
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
#include "gui/style/PlotStyle.h"
#include "gui/style/Theme.h"
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

}  // namespace

TrainingPanel::TrainingPanel(session::TrainingController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    setAccessibleName(tr("Training controls"));
    build();
    connect(m_controller, &session::TrainingController::snapshot, this, &TrainingPanel::onSnapshot);
    connect(m_controller, &session::TrainingController::setupRejected, this,
            &TrainingPanel::showError);
    connect(m_controller, &session::TrainingController::runningChanged, this, [this](bool running) {
        m_play->setText(running ? tr("Pause") : tr("Play"));
        m_play->setIcon(
            style()->standardIcon(running ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });
}

void TrainingPanel::build()
{
    auto *layout = new QVBoxLayout(this);

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
    m_clickClass->addItem(tr("click adds class 1 (\u25cf blue)"), 1);
    m_clickClass->addItem(tr("click adds class 0 (\u25b2 orange)"), 0);
    dl->addRow(tr("edit"), m_clickClass);
    layout->addWidget(dataBox);

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
    nl->addRow(tr("activation"), act);
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
                               "\u22122) kills ReLU units on purpose"));
    nl->addRow(tr("bias init"), m_biasInit);
    layout->addWidget(netBox);

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
    layout->addWidget(optBox);
    m_advancedRows = {{dl, m_noise}, {dl, m_samples}, {dl, m_import}, {dl, m_clickClass},
                      {nl, m_init},  {ol, m_batch},   {ol, m_l2},     {ol, m_seed}};

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("trainingError"));
    m_error->setAccessibleName(tr("Training message"));
    m_error->setWordWrap(true);
    // Both themes share the error red, so the label need not follow a theme switch.
    m_error->setStyleSheet(
        QStringLiteral("color:%1; font-weight:600;").arg(standardTheme().errorText.name()));
    m_error->setVisible(false);
    layout->addWidget(m_error);
    layout->addStretch(1);

    applySetup(session::TrainingSetup{});

    connect(m_play, &QPushButton::clicked, this, &TrainingPanel::togglePlay);
    connect(m_step, &QPushButton::clicked, this, &TrainingPanel::step);
    connect(m_reset, &QPushButton::clicked, this, &TrainingPanel::reset);
    connect(m_import, &QPushButton::clicked, this, &TrainingPanel::importCsv);
    connect(m_speed, &QSlider::valueChanged, this, [this] {
        const double sps = stepsPerSecond();
        m_speedLabel->setText(sps > 0 ? tr("%1 steps/s").arg(std::round(sps)) : tr("max"));
        m_controller->setStepsPerSecond(sps);
    });
    Q_EMIT m_speed->valueChanged(m_speed->value());

    // Structural changes start the run over; the rest are live.
    connect(m_dataset, &QComboBox::currentIndexChanged, this, [this] {
        m_ownData = {};
        restart();
    });
    for (QDoubleSpinBox *spin : {m_noise, m_biasInit, m_l2})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &TrainingPanel::restart);
    for (QSpinBox *spin : {m_samples, m_pieces, m_batch, m_seed})
        connect(spin, &QSpinBox::valueChanged, this, &TrainingPanel::restart);
    for (QComboBox *combo : {m_init, m_optimizer})
        connect(combo, &QComboBox::currentIndexChanged, this, &TrainingPanel::restart);
    connect(m_hidden, &QLineEdit::editingFinished, this, &TrainingPanel::restart);
    connect(m_addLayer, &QPushButton::clicked, this, [this] {
        auto widths = setup().config.network.hidden;
        if (widths.size() >= static_cast<size_t>(core::NetworkConfig::kMaxLayers)) return;
        widths.push_back(widths.empty() ? 8 : widths.back());
        m_hidden->setText(widthsText(widths));
        restart();
    });
    connect(m_removeLayer, &QPushButton::clicked, this, [this] {
        auto widths = setup().config.network.hidden;
        if (widths.size() <= 1) return;
        widths.pop_back();
        m_hidden->setText(widthsText(widths));
        restart();
    });
    connect(m_learningRate, &QDoubleSpinBox::valueChanged, this, [this] {
        if (m_applying) return;
        const session::TrainingSetup now = setup();
        m_controller->setLearningRate(now.config.learningRate);
        Q_EMIT setupChanged(now);
    });
    connect(m_activation, &QComboBox::currentIndexChanged, this, &TrainingPanel::liveActivation);
    connect(m_alpha, &QDoubleSpinBox::valueChanged, this, &TrainingPanel::liveActivation);
}

session::TrainingSetup TrainingPanel::controlsSetup() const
{
    session::TrainingSetup s;
    s.dataset = m_dataset->currentData().toString();
    s.samples = m_samples->value();
    s.noise = m_noise->value();
    s.data = m_ownData;
    core::TrainingConfig &c = s.config;
    c.network.hidden.clear();
    for (const QString &part : m_hidden->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        c.network.hidden.push_back(part.toInt());
    c.network.activation = static_cast<core::HiddenActivation>(m_activation->currentData().toInt());
    c.network.alpha = m_alpha->value();
    c.network.pieces = m_pieces->value();
    c.network.init = static_cast<core::InitScheme>(m_init->currentData().toInt());
    c.network.biasInit = m_biasInit->value();
    c.network.convention = m_convention;
    c.optimizer = static_cast<core::OptimizerKind>(m_optimizer->currentData().toInt());
    c.learningRate = m_learningRate->value();
    c.batchSize = m_batch->value();
    c.l2 = m_l2->value();
    c.seed = static_cast<std::uint64_t>(m_seed->value());
    return s;
}

session::TrainingSetup TrainingPanel::setup() const
{
    session::TrainingSetup s = controlsSetup();
    // A control still showing what it made of the applied value stands for that exact value.
    const auto exact = [](double &now, double shown, double applied) {
        if (now == shown) now = applied;
    };
    exact(s.noise, m_shown.noise, m_applied.noise);
    core::TrainingConfig &c = s.config;
    exact(c.network.alpha, m_shown.config.network.alpha, m_applied.config.network.alpha);
    exact(c.network.biasInit, m_shown.config.network.biasInit, m_applied.config.network.biasInit);
    exact(c.learningRate, m_shown.config.learningRate, m_applied.config.learningRate);
    exact(c.l2, m_shown.config.l2, m_applied.config.l2);
    return s;
}

void TrainingPanel::showControls(const session::TrainingSetup &s)
{
    m_applying = true;
    const QList<QWidget *> all = {m_dataset,      m_noise,  m_samples, m_hidden,   m_activation,
                                  m_alpha,        m_pieces, m_init,    m_biasInit, m_optimizer,
                                  m_learningRate, m_batch,  m_l2,      m_seed};
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QWidget *w : all)
        blockers.push_back(std::make_unique<QSignalBlocker>(w));
    m_dataset->setCurrentIndex(std::max(0, m_dataset->findData(s.dataset)));
    m_noise->setValue(s.noise);
    m_samples->setValue(s.samples);
    m_ownData = s.data;
    const core::TrainingConfig &c = s.config;
    m_hidden->setText(widthsText(c.network.hidden));
    m_activation->setCurrentIndex(m_activation->findData(static_cast<int>(c.network.activation)));
    m_alpha->setValue(c.network.alpha);
    m_pieces->setValue(c.network.pieces);
    m_init->setCurrentIndex(m_init->findData(static_cast<int>(c.network.init)));
    m_biasInit->setValue(c.network.biasInit);
    m_convention = c.network.convention;
    m_optimizer->setCurrentIndex(m_optimizer->findData(static_cast<int>(c.optimizer)));
    m_learningRate->setValue(c.learningRate);
    m_batch->setValue(c.batchSize);
    m_l2->setValue(c.l2);
    m_seed->setValue(static_cast<int>(c.seed));
    blockers.clear();
    m_applied = s;
    m_shown = controlsSetup();
    m_applying = false;
    updateActivationControls();
}

void TrainingPanel::applySetup(const session::TrainingSetup &s)
{
    showControls(s);
    restart();
}

void TrainingPanel::restoreRun(const session::TrainingSetup &s,
                               const std::optional<core::TrainerState> &network)
{
    showControls(s);
    showError(QString());
    if (network)
        m_controller->restore(s, *network);
    else
        m_controller->configure(s);
    Q_EMIT setupChanged(setup());
}

void TrainingPanel::applyEdit(const session::TrainingSetup &edit)
{
    session::TrainingSetup target = edit;
    target.config.network.convention = m_convention;
    const session::TrainingSetup running = m_controller->setup();
    session::TrainingSetup live = running;
    live.config.learningRate = target.config.learningRate;
    live.config.network.activation = target.config.network.activation;
    live.config.network.alpha = target.config.network.alpha;
    live.config.network.convention = target.config.network.convention;
    const auto isMaxout = [](const session::TrainingSetup &s) {
        return s.config.network.activation == core::HiddenActivation::Maxout;
    };
    showControls(target);
    if (live != target || isMaxout(running) != isMaxout(target) || !running.validate().isEmpty()) {
        restart();
        return;
    }
    showError(QString());
    const core::TrainingConfig &now = running.config;
    const core::TrainingConfig &next = target.config;
    if (now.learningRate != next.learningRate) m_controller->setLearningRate(next.learningRate);
    if (now.network.activation != next.network.activation ||
        now.network.alpha != next.network.alpha)
        m_controller->setActivation(next.network.activation, next.network.alpha);
    Q_EMIT setupChanged(setup());
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

void TrainingPanel::setConvention(core::KinkConvention convention)
{
    m_convention = convention;
    // Backpropagation's ReLU'(0) is part of the run's setup: a different one starts the run over,
    // as editing any other setting that is not taken live does (lesson 11 relies on it).
    if (m_controller->setup().config.network.convention != convention) restart();
}

void TrainingPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TrainingPanel::updateActivationControls()
{
    const auto a = static_cast<core::HiddenActivation>(m_activation->currentData().toInt());
    m_alpha->setEnabled(a == core::HiddenActivation::Leaky);
    m_pieces->setEnabled(a == core::HiddenActivation::Maxout);
}

void TrainingPanel::restart()
{
    if (m_applying) return;
    const session::TrainingSetup s = setup();
    if (const QString e = s.validate(); !e.isEmpty()) {
        showError(e);
        return;
    }
    showError(QString());
    m_controller->configure(s);
    Q_EMIT setupChanged(s);
}

void TrainingPanel::liveActivation()
{
    if (m_applying) return;
    updateActivationControls();
    const session::TrainingSetup s = setup();
    const bool wasMaxout =
        m_controller->setup().config.network.activation == core::HiddenActivation::Maxout;
    const bool isMaxout = s.config.network.activation == core::HiddenActivation::Maxout;
    if (wasMaxout != isMaxout) {
        restart();  // different parameter shapes: a new network
        return;
    }
    m_controller->setActivation(s.config.network.activation, s.config.network.alpha);
    Q_EMIT setupChanged(s);
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
    if (path.isEmpty()) return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    auto parsed = core::parseDatasetCsv(std::string_view(bytes.constData(), bytes.size()));
    if (!parsed) {
        showError(
            tr("%1: %2").arg(QFileInfo(path).fileName(), QString::fromStdString(parsed.error)));
        return;
    }
    m_ownData = std::move(*parsed.value);
    restart();
}

core::Dataset TrainingPanel::currentExamples() const
{
    // Editing starts from the examples the run has now: the user's own, or the generated set
    // (train and test together).
    if (m_ownData.size() > 0) return m_ownData;
    core::Dataset data = m_controller->data().train;
    const core::Dataset &test = m_controller->data().test;
    data.inputs.insert(data.inputs.end(), test.inputs.begin(), test.inputs.end());
    data.targets.insert(data.targets.end(), test.targets.begin(), test.targets.end());
    return data;
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
    core::Dataset data = currentExamples();
    if (data.inputDim == 2) {
        data.inputs.insert(data.inputs.end(), {x, y});
        data.targets.push_back(clickClass());
    } else {
        data.inputs.push_back(x);
        data.targets.push_back(y);
    }
    m_ownData = std::move(data);
    restart();
    return true;
}

bool TrainingPanel::removeExample(double x, double y, double radius)
{
    core::Dataset data = currentExamples();
    size_t best = data.size();
    double bestDistance = radius;
    for (size_t i = 0; i < data.size(); ++i) {
        const auto p = data.input(i);
        const double dy = (data.inputDim == 2 ? p[1] : data.targets[i]) - y;
        const double d = std::hypot(p[0] - x, dy);
        if (d <= bestDistance) best = i, bestDistance = d;
    }
    if (best == data.size() || data.size() <= 4) return false;
    const auto dim = static_cast<std::ptrdiff_t>(data.inputDim);
    data.inputs.erase(data.inputs.begin() + static_cast<std::ptrdiff_t>(best) * dim,
                      data.inputs.begin() + (static_cast<std::ptrdiff_t>(best) + 1) * dim);
    data.targets.erase(data.targets.begin() + static_cast<std::ptrdiff_t>(best));
    m_ownData = std::move(data);
    restart();
    return true;
}

void TrainingPanel::onSnapshot(const session::TrainingSnapshot &snapshot)
{
    if (snapshot.diverged) showError(snapshot.message);
    m_step->setEnabled(!snapshot.diverged);
    m_play->setEnabled(!snapshot.diverged);
}

}  // namespace relulab::gui
