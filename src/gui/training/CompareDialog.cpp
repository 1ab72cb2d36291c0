// The compare dialog's controls and what they say about the two runs.
#include "gui/training/CompareDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include "gui/common/ErrorLabel.h"

namespace relulab::gui {

CompareDialog::CompareDialog(const core::NetworkConfig &main, const session::CompareSpec &initial,
                             QWidget *parent)
    : QDialog(parent), m_main(main)
{
    setWindowTitle(tr("Compare with another activation"));
    setAccessibleName(tr("Compare with another activation"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A second run trains beside this one on the same data with the same seed and "
           "settings; only the hidden activation differs. Both runs start over from step 0 "
           "and play, pause, step and reset together; their loss and dead units share one "
           "plot."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_activation = new QComboBox;
    m_activation->setAccessibleName(tr("Second run's activation"));
    m_activation->setToolTip(tr("The hidden activation of the second run"));
    m_activation->addItem(tr("ReLU"), static_cast<int>(core::HiddenActivation::Relu));
    m_activation->addItem(tr("Leaky ReLU"), static_cast<int>(core::HiddenActivation::Leaky));
    m_activation->addItem(tr("PReLU"), static_cast<int>(core::HiddenActivation::Prelu));
    m_activation->addItem(tr("Maxout"), static_cast<int>(core::HiddenActivation::Maxout));
    m_activation->addItem(tr("Sigmoid"), static_cast<int>(core::HiddenActivation::Sigmoid));
    m_activation->addItem(tr("Tanh"), static_cast<int>(core::HiddenActivation::Tanh));
    m_alpha = new QDoubleSpinBox;
    m_alpha->setAccessibleName(tr("Second run's leaky slope alpha"));
    m_alpha->setToolTip(tr("Leaky ReLU slope \u03b1 for z < 0, in [0, 1)"));
    m_alpha->setPrefix(QStringLiteral("\u03b1 = "));
    m_alpha->setRange(0.0, 0.99);
    m_alpha->setDecimals(3);
    m_alpha->setSingleStep(0.01);
    m_pieces = new QSpinBox;
    m_pieces->setAccessibleName(tr("Second run's maxout pieces"));
    m_pieces->setToolTip(tr("Pieces per maxout unit, 2 to 5"));
    m_pieces->setPrefix(QStringLiteral("k = "));
    m_pieces->setRange(core::NetworkConfig::kMinPieces, core::NetworkConfig::kMaxPieces);
    auto *row = new QHBoxLayout;
    row->addWidget(m_activation, 1);
    row->addWidget(m_alpha);
    row->addWidget(m_pieces);
    form->addRow(tr("second run"), row);
    layout->addLayout(form);

    m_summary = new QLabel;
    m_summary->setTextFormat(Qt::RichText);
    m_weights = new QLabel;
    m_weights->setWordWrap(true);
    styleSecondaryLabel(m_weights);
    layout->addWidget(m_summary);
    layout->addWidget(m_weights);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Start comparing"));
    ok->setAccessibleName(tr("Start comparing"));
    ok->setToolTip(tr("Start both runs over from step 0, side by side"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setToolTip(tr("Close without changing the runs"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setSpec(initial);
    connect(m_activation, &QComboBox::currentIndexChanged, this, &CompareDialog::update);
    connect(m_alpha, &QDoubleSpinBox::valueChanged, this, &CompareDialog::update);
    connect(m_pieces, &QSpinBox::valueChanged, this, &CompareDialog::update);
}

session::CompareSpec CompareDialog::spec() const
{
    session::CompareSpec s;
    s.activation = static_cast<core::HiddenActivation>(m_activation->currentData().toInt());
    s.alpha = m_alpha->value();
    s.pieces = m_pieces->value();
    return s;
}

void CompareDialog::setSpec(const session::CompareSpec &spec)
{
    {
        const QSignalBlocker b1(m_activation), b2(m_alpha), b3(m_pieces);
        m_activation->setCurrentIndex(m_activation->findData(static_cast<int>(spec.activation)));
        m_alpha->setValue(spec.alpha);
        m_pieces->setValue(spec.pieces);
    }
    update();
}

QString CompareDialog::summary() const
{
    return m_summary->text();
}

void CompareDialog::update()
{
    const session::CompareSpec s = spec();
    m_alpha->setEnabled(s.activation == core::HiddenActivation::Leaky);
    m_pieces->setEnabled(s.activation == core::HiddenActivation::Maxout);
    m_summary->setText(
        tr("<b>%1</b> (solid) beside <b>%2</b> (dashed)")
            .arg(session::runName(m_main).toHtmlEscaped(), session::runName(s).toHtmlEscaped()));
    const bool sameShapes = m_main.activation != core::HiddenActivation::Maxout &&
                            s.activation != core::HiddenActivation::Maxout;
    m_weights->setText(sameShapes ? tr("Both start from the very same initial weights.")
                                  : tr("Maxout has other weights: the second run draws its own "
                                       "initial weights from the same seed."));
}

}  // namespace relulab::gui
