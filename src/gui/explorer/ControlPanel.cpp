// Two-way binding: widgets write to the state; the state's signals update the widgets under a
// QSignalBlocker, so a programmatic update never echoes back as a user edit.
#include "gui/explorer/ControlPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTimer>
#include <array>
#include <tuple>

#include "core/MaxoutPresets.h"
#include "gui/common/ErrorLabel.h"
#include "gui/explorer/MaxoutPiecesModel.h"
#include "gui/explorer/PinsPanel.h"
#include "session/ExplorerText.h"
#include "ui_ControlPanel.h"

namespace relulab::gui {

using session::FunctionId;

namespace {

// The presets' names as the combo box shows them, translatable (the core's are English).
QString presetLabel(core::MaxoutPreset preset)
{
    switch (preset) {
        case core::MaxoutPreset::Relu:
            return ControlPanel::tr("ReLU: max(0, z)");
        case core::MaxoutPreset::Leaky:
            return ControlPanel::tr("Leaky ReLU: max(\u03b1z, z)");
        case core::MaxoutPreset::Abs:
            return ControlPanel::tr("|z| = max(\u2212z, z)");
        case core::MaxoutPreset::Parabola3:
            return ControlPanel::tr("Parabola z\u00b2/R, 3 pieces");
        case core::MaxoutPreset::Parabola5:
            return ControlPanel::tr("Parabola z\u00b2/R, 5 pieces");
        case core::MaxoutPreset::Random:
            return ControlPanel::tr("Random pieces");
        case core::MaxoutPreset::ExplorerDefault:
            break;
    }
    return ControlPanel::tr("Default: max(z, −0.5z, −5)");
}

}  // namespace

const core::SliderScale &ControlPanel::alphaScale()
{
    static const core::SliderScale scale(core::SliderScale::Kind::SignedSquare, -1.0, 1.0, 1000);
    return scale;
}

const core::SliderScale &ControlPanel::rangeScale()
{
    static const core::SliderScale scale(core::SliderScale::Kind::Linear, -100.0, 100.0, 2000);
    return scale;
}

const core::SliderScale &ControlPanel::zoomScale()
{
    static const core::SliderScale scale(core::SliderScale::Kind::Log, 0.01, 1000.0, 1000);
    return scale;
}

ControlPanel::ControlPanel(session::ExplorerState *state, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ControlPanel>()), m_state(state)
{
    m_ui->setupUi(this);

    m_error = makeErrorLabel(QStringLiteral("errorLabel"), tr("Input error"), this);
    static_cast<QBoxLayout *>(layout())->insertWidget(layout()->count() - 1, m_error);
    m_pins = new PinsPanel(m_state, this);
    // Under the slope: pin, move α, compare.
    static_cast<QBoxLayout *>(layout())->insertWidget(layout()->indexOf(m_ui->alphaGroup) + 1,
                                                      m_pins);
    connect(m_pins, &PinsPanel::errorOccurred, this, &ControlPanel::showError);

    wireFunctions();
    wireAlpha();
    wireRange();
    wireMaxout();
    wireConvention();
    syncFromState();
}

ControlPanel::~ControlPanel() = default;

QString ControlPanel::errorText() const
{
    return m_error->text();
}

void ControlPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        // The message stays until the next successful edit or ten seconds, whichever is first.
        QTimer::singleShot(10000, m_error, [this, message] {
            if (m_error->text() == message) showError(QString());
        });
    }
}

void ControlPanel::setAdvancedVisible(bool visible)
{
    m_advancedVisible = visible;
    m_ui->smoothCheck->setVisible(visible);
    m_ui->piecesTable->setVisible(visible);
    m_ui->smoothBox->setVisible(visible && m_ui->smoothCheck->isChecked());
}

QList<QWidget *> ControlPanel::advancedWidgets() const
{
    return {m_ui->smoothCheck, m_ui->smoothBox, m_ui->piecesTable};
}

QCheckBox *ControlPanel::checkFor(FunctionId id) const
{
    switch (id) {
        case FunctionId::Relu:
            return m_ui->reluCheck;
        case FunctionId::Leaky:
            return m_ui->leakyCheck;
        case FunctionId::Maxout:
            return m_ui->maxoutCheck;
        case FunctionId::Softplus:
            return m_ui->softplusCheck;
        case FunctionId::Elu:
            return m_ui->eluCheck;
        case FunctionId::Gelu:
            return m_ui->geluCheck;
        case FunctionId::Silu:
            return m_ui->siluCheck;
        case FunctionId::Sigmoid:
            return m_ui->sigmoidCheck;
        case FunctionId::Tanh:
            return m_ui->tanhCheck;
    }
    return nullptr;
}

void ControlPanel::wireFunctions()
{
    for (FunctionId id : session::kAllFunctions) {
        connect(checkFor(id), &QCheckBox::toggled, this,
                [this, id](bool on) { m_state->setVisible(id, on); });
    }
    m_ui->betaSpin->setPrefix(QStringLiteral("\u03b2 = "));
    connect(m_ui->smoothCheck, &QCheckBox::toggled, this,
            [this](bool on) { m_ui->smoothBox->setVisible(on && m_advancedVisible); });
    connect(m_ui->betaSpin, &QDoubleSpinBox::valueChanged, this,
            [this](double beta) { showError(m_state->setSoftplusBeta(beta)); });
    connect(m_state, &session::ExplorerState::visibilityChanged, this,
            &ControlPanel::syncFromState);
    connect(m_state, &session::ExplorerState::softplusBetaChanged, this,
            &ControlPanel::syncFromState);
}

void ControlPanel::wireAlpha()
{
    const auto &scale = alphaScale();
    m_ui->alphaSlider->setRange(scale.minimumTick(), scale.maximumTick());
    // Arrow keys move ten ticks, Shift+arrow one (KeyboardNudge): near 0 one tick is tiny.
    m_ui->alphaSlider->setSingleStep(10);
    m_ui->alphaSlider->setPageStep(50);
    connect(m_ui->alphaSlider, &QSlider::valueChanged, this, [this](int tick) {
        // Slider ticks give 4 decimals at most, like the spin box.
        const double alpha = std::round(alphaScale().toValue(tick) * 1e4) / 1e4;
        showError(m_state->setAlpha(alpha));
    });
    connect(m_ui->alphaSpin, &QDoubleSpinBox::valueChanged, this,
            [this](double alpha) { showError(m_state->setAlpha(alpha)); });
    connect(m_state, &session::ExplorerState::alphaChanged, this, &ControlPanel::syncAlpha);
}

void ControlPanel::wireRange()
{
    const auto &scale = rangeScale();
    for (QSlider *slider : {m_ui->loSlider, m_ui->hiSlider}) {
        slider->setRange(scale.minimumTick(), scale.maximumTick());
        slider->setSingleStep(10);  // 1 in z; Shift+arrow 0.1
        slider->setPageStep(50);
    }
    m_ui->zoomSlider->setRange(zoomScale().minimumTick(), zoomScale().maximumTick());
    m_ui->zoomSlider->setSingleStep(10);
    m_ui->zoomSlider->setPageStep(50);

    const auto setRange = [this](double lo, double hi) {
        const QString error = m_state->setRange(lo, hi);
        showError(error);
        if (!error.isEmpty()) syncRange();  // put the refused control back
    };
    connect(m_ui->loSlider, &QSlider::valueChanged, this,
            [this, setRange](int tick) { setRange(rangeScale().toValue(tick), m_state->hi()); });
    connect(m_ui->hiSlider, &QSlider::valueChanged, this,
            [this, setRange](int tick) { setRange(m_state->lo(), rangeScale().toValue(tick)); });
    connect(m_ui->loSpin, &QDoubleSpinBox::valueChanged, this,
            [this, setRange](double lo) { setRange(lo, m_state->hi()); });
    connect(m_ui->hiSpin, &QDoubleSpinBox::valueChanged, this,
            [this, setRange](double hi) { setRange(m_state->lo(), hi); });
    connect(m_ui->zoomSlider, &QSlider::valueChanged, this, [this, setRange](int tick) {
        const double half = zoomScale().toValue(tick);
        const double centre = 0.5 * (m_state->lo() + m_state->hi());
        setRange(centre - half, centre + half);
    });
    connect(m_state, &session::ExplorerState::rangeChanged, this, &ControlPanel::syncRange);
}

void ControlPanel::wireMaxout()
{
    m_piecesModel = new MaxoutPiecesModel(m_state, this);
    m_ui->piecesTable->setModel(m_piecesModel);
    m_ui->piecesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->piecesTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->piecesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->piecesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->piecesTable->setMinimumHeight(150);
    connect(m_piecesModel, &MaxoutPiecesModel::editRejected, this, &ControlPanel::showError);

    connect(m_ui->addPieceButton, &QPushButton::clicked, this, [this] {
        auto pieces = m_state->pieces();
        // A new piece through the middle of the view, gently rising: visible at once.
        const double centre = 0.5 * (m_state->lo() + m_state->hi());
        pieces.push_back({0.25, m_state->maxout().value(centre) - 0.25 * centre});
        showError(m_state->setPieces(pieces));
    });
    connect(m_ui->removePieceButton, &QPushButton::clicked, this, [this] {
        auto pieces = m_state->pieces();
        if (pieces.size() <= 1) return;
        const QModelIndex current = m_ui->piecesTable->currentIndex();
        const int row = current.isValid() ? current.row() : static_cast<int>(pieces.size()) - 1;
        pieces.erase(pieces.begin() + row);
        showError(m_state->setPieces(pieces));
    });

    m_ui->presetCombo->addItem(tr("Presets\u2026"));
    for (auto preset :
         {core::MaxoutPreset::ExplorerDefault, core::MaxoutPreset::Relu, core::MaxoutPreset::Leaky,
          core::MaxoutPreset::Abs, core::MaxoutPreset::Parabola3, core::MaxoutPreset::Parabola5,
          core::MaxoutPreset::Random}) {
        m_ui->presetCombo->addItem(presetLabel(preset), static_cast<int>(preset));
    }
    connect(m_ui->presetCombo, &QComboBox::activated, this, &ControlPanel::applyPreset);
    const auto updateButtons = [this] {
        const auto count = static_cast<int>(m_state->pieces().size());
        m_ui->addPieceButton->setEnabled(count < core::Maxout::kMaxPieces);
        m_ui->removePieceButton->setEnabled(count > core::Maxout::kMinPieces);
    };
    connect(m_state, &session::ExplorerState::piecesChanged, this, updateButtons);
    updateButtons();
}

void ControlPanel::applyPreset(int comboIndex)
{
    if (comboIndex <= 0) return;
    const auto preset =
        static_cast<core::MaxoutPreset>(m_ui->presetCombo->itemData(comboIndex).toInt());
    const auto pieces =
        core::maxoutPreset(preset, m_state->alpha(), m_state->lo(), m_state->hi(), m_randomSeed++);
    showError(m_state->setPieces(pieces));
    m_ui->presetCombo->setCurrentIndex(0);
}

void ControlPanel::wireConvention()
{
    // Short item texts; each item's tooltip has the longer truth about the frameworks.
    const std::array<std::tuple<core::KinkConvention, QString, QString>, 4> items = {
        std::tuple{core::KinkConvention::Left, tr("left"),
                   tr("Left derivative: PyTorch's and TensorFlow's ReLU′(0) = 0 and "
                      "Leaky′(0) = α; for maxout the smallest tied slope, which no "
                      "framework computes.")},
        std::tuple{core::KinkConvention::Right, tr("right"),
                   tr("Right derivative: ReLU′(0) = 1, Leaky′(0) = 1, for maxout the "
                      "largest tied slope.")},
        std::tuple{core::KinkConvention::Mean, tr("mean"),
                   tr("The average of the left and right derivatives: ReLU′(0) = ½.")},
        std::tuple{core::KinkConvention::First, tr("first (PyTorch max(dim))"),
                   tr("What PyTorch's relu, leaky_relu and max(dim) compute: relu′(0) = 0, "
                      "leaky_relu′(0) = α, "
                      "and maxout written as max over the piece dimension gives a tie to the "
                      "first maximal piece in table order.")}};
    for (const auto &[c, text, tip] : items) {
        m_ui->conventionCombo->addItem(text, static_cast<int>(c));
        m_ui->conventionCombo->setItemData(m_ui->conventionCombo->count() - 1, tip,
                                           Qt::ToolTipRole);
    }
    connect(m_ui->conventionCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_state->setConvention(
            static_cast<core::KinkConvention>(m_ui->conventionCombo->itemData(i).toInt()));
    });
    connect(m_ui->subgradientCheck, &QCheckBox::toggled, m_state,
            &session::ExplorerState::setShowSubgradient);
    connect(m_state, &session::ExplorerState::conventionChanged, this,
            &ControlPanel::syncFromState);
    connect(m_state, &session::ExplorerState::showSubgradientChanged, this,
            &ControlPanel::syncFromState);
}

void ControlPanel::syncAlpha()
{
    const QSignalBlocker blockSlider(m_ui->alphaSlider);
    const QSignalBlocker blockSpin(m_ui->alphaSpin);
    m_ui->alphaSlider->setValue(alphaScale().toTick(m_state->alpha()));
    m_ui->alphaSpin->setValue(m_state->alpha());
}

void ControlPanel::syncRange()
{
    const QSignalBlocker b1(m_ui->loSlider), b2(m_ui->hiSlider), b3(m_ui->loSpin), b4(m_ui->hiSpin),
        b5(m_ui->zoomSlider);
    m_ui->loSlider->setValue(rangeScale().toTick(m_state->lo()));
    m_ui->hiSlider->setValue(rangeScale().toTick(m_state->hi()));
    m_ui->loSpin->setValue(m_state->lo());
    m_ui->hiSpin->setValue(m_state->hi());
    const double half = 0.5 * (m_state->hi() - m_state->lo());
    m_ui->zoomSlider->setValue(zoomScale().toTick(half));
    m_ui->zoomValue->setText(QStringLiteral("\u00b1") + session::formatNumber(half));
}

void ControlPanel::syncFromState()
{
    for (FunctionId id : session::kAllFunctions) {
        QCheckBox *check = checkFor(id);
        const QSignalBlocker block(check);
        check->setChecked(m_state->isVisible(id));
    }
    bool anySmooth = false;
    for (FunctionId id : session::kAllFunctions)
        anySmooth = anySmooth || (!session::isRectifier(id) && m_state->isVisible(id));
    if (anySmooth) m_ui->smoothCheck->setChecked(true);
    m_ui->smoothBox->setVisible(m_ui->smoothCheck->isChecked() && m_advancedVisible);
    {
        const QSignalBlocker block(m_ui->betaSpin);
        m_ui->betaSpin->setValue(m_state->softplusBeta());
    }
    {
        const QSignalBlocker block(m_ui->conventionCombo);
        m_ui->conventionCombo->setCurrentIndex(
            m_ui->conventionCombo->findData(static_cast<int>(m_state->convention())));
    }
    {
        const QSignalBlocker block(m_ui->subgradientCheck);
        m_ui->subgradientCheck->setChecked(m_state->showSubgradient());
    }
    syncAlpha();
    syncRange();
}

}  // namespace relulab::gui
