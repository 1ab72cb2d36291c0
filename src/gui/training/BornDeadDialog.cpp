// Plot set-up, the background count, and the closed-form curves of the born-dead panel.
#include "gui/training/BornDeadDialog.h"

#include <qcustomplot.h>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>
#include <array>
#include <cmath>

#include "core/BornDead.h"
#include "core/BornDeadSurvey.h"
#include "gui/style/PlotStyle.h"
#include "gui/style/Theme.h"

namespace relulab::gui {

namespace {

constexpr std::array<int, 4> kWidths = {2, 3, 4, 5};
const std::array<QColor, 4> kColors = {okabeIto::kVermillion, okabeIto::kBlue,
                                       okabeIto::kBluishGreen, okabeIto::kReddishPurple};
const std::array<QCPScatterStyle::ScatterShape, 4> kShapes = {
    QCPScatterStyle::ssCircle, QCPScatterStyle::ssSquare, QCPScatterStyle::ssDiamond,
    QCPScatterStyle::ssTriangle};

// The paper's toy problem: fitting |x| on [-1, 1] with a 1-input net.
const relulab::core::Dataset &surveyData()
{
    static const relulab::core::Dataset data =
        relulab::core::makeDataset(relulab::core::DatasetName::Abs, 200, 0.0, 1);
    return data;
}

}  // namespace

BornDeadDialog::BornDeadDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Born dead: deep and narrow ReLU nets"));
    setAccessibleName(tr("Born-dead networks"));
    resize(900, 620);

    m_plot = new QCustomPlot;
    m_plot->setAccessibleName(tr("Born-dead plot"));
    m_plot->setAccessibleDescription(
        tr("Share of freshly initialised ReLU networks that are collapsed, against the number of "
           "hidden layers, for widths 2 to 5: measured (markers) and Lu et al.'s formula "
           "(dashed)."));
    m_plot->setToolTip(m_plot->accessibleDescription());
    m_plot->xAxis->setLabel(tr("hidden layers (depth)"));
    m_plot->yAxis->setLabel(tr("collapsed at initialisation"));
    m_plot->xAxis->setRange(0.5, kMaxDepth + 0.5);
    m_plot->yAxis->setRange(0.0, 1.02);
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1.0);
    m_plot->xAxis->setTicker(ticker);
    QSharedPointer<QCPAxisTickerText> percent(new QCPAxisTickerText);
    for (int p = 0; p <= 100; p += 20)
        percent->addTick(p / 100.0, QStringLiteral("%1%").arg(p));
    m_plot->yAxis->setTicker(percent);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    for (size_t w = 0; w < kWidths.size(); ++w) {
        QCPGraph *measured = m_plot->addGraph();
        measured->setName(tr("width %1, measured").arg(kWidths[w]));
        QCPGraph *formula = m_plot->addGraph();
        formula->setName(
            tr("width %1, 1 \u2212 (1 \u2212 2\u207b\u1d3a)\u1d38\u207b\u00b9").arg(kWidths[w]));
        for (int depth = 1; depth <= kMaxDepth; ++depth)
            formula->addData(depth, core::luDeadProbability(kWidths[w], depth + 1));
    }

    auto *note = new QLabel(
        tr("Each point: the share of ReLU networks (He initialisation, zero biases) that are "
           "already a constant function on |x|, x in [−1, 1], before any training. The "
           "dashed curves are the probability of being dead at one input point, "
           "1 \u2212 (1 \u2212 2<sup>\u2212N</sup>)<sup>L−1</sup> with N the width and L−1 "
           "the hidden layers (Lu, Shin, Su, Karniadakis, <i>Dying ReLU and Initialization</i>, "
           "2020); over a whole input range fewer nets are dead than at one point."));
    note->setWordWrap(true);
    note->setTextFormat(Qt::RichText);

    m_networks = new QSpinBox;
    m_networks->setRange(10, 10000);
    m_networks->setValue(1000);
    m_networks->setSuffix(tr(" networks per point"));
    m_networks->setAccessibleName(tr("Networks per point"));
    m_networks->setToolTip(tr("How many random initial networks are drawn for each point"));
    auto *recount = new QPushButton(tr("&Count again"));
    recount->setAccessibleName(tr("Count again"));
    recount->setToolTip(tr("Draw the networks anew with this many per point"));
    m_progress = new QLabel;
    m_progress->setAccessibleName(tr("Progress"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    close->setToolTip(tr("Close the born-dead panel (Esc)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(recount, &QPushButton::clicked, this, [this] { start(m_networks->value()); });

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_networks);
    controls->addWidget(recount);
    controls->addWidget(m_progress, 1);
    controls->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_plot, 1);
    layout->addWidget(note);
    layout->addLayout(controls);

    setDisplayStyle(DisplayStyle{});
    start(m_networks->value());
}

void BornDeadDialog::setDisplayStyle(const DisplayStyle &style)
{
    const Theme &theme = gui::theme(style.highContrast);
    styleAxes(m_plot->axisRect(), font(), style, 12.0, 10.0);
    QFont legendFont = font();
    legendFont.setPointSizeF(10.0 * style.text);
    m_plot->legend->setFont(legendFont);
    m_plot->legend->setTextColor(theme.plotText);
    m_plot->legend->setBorderPen(QPen(theme.legendBorder, style.line));
    m_plot->legend->setIconSize(QSize(int(32 * style.line), int(14 * style.text)));
    const double line = style.line * theme.curveWidth;
    for (size_t w = 0; w < kWidths.size(); ++w) {
        const QColor color =
            style.highContrast ? readableOn(kColors[w], theme.plotBackground) : kColors[w];
        QCPGraph *measured = m_plot->graph(static_cast<int>(2 * w));
        QCPGraph *formula = m_plot->graph(static_cast<int>(2 * w + 1));
        measured->setPen(QPen(color, 2.0 * line));
        measured->setScatterStyle(QCPScatterStyle(kShapes[w], color, color, 9 * style.line));
        formula->setPen(QPen(color, 1.6 * line, Qt::DashLine));
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

BornDeadDialog::~BornDeadDialog()
{
    stop();
}

bool BornDeadDialog::isCounting() const
{
    return m_thread && m_thread->isRunning();
}

void BornDeadDialog::stop()
{
    if (!m_thread) return;
    m_cancel->store(true);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void BornDeadDialog::start(int networks)
{
    stop();
    for (size_t w = 0; w < kWidths.size(); ++w)
        m_plot->graph(static_cast<int>(2 * w))->data()->clear();
    m_done = 0;
    m_progress->setText(tr("counting\u2026"));
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    // The worker owns copies of what it needs and reports each point through the event loop.
    m_thread = QThread::create([this, networks, cancel = m_cancel] {
        for (int depth = 1; depth <= kMaxDepth; ++depth) {
            for (size_t w = 0; w < kWidths.size(); ++w) {
                const double f = core::collapsedFraction(kWidths[w], depth, networks, surveyData(),
                                                         1, cancel.get());
                if (cancel->load()) return;
                QMetaObject::invokeMethod(
                    this, [this, w, depth, f] { addPoint(static_cast<int>(w), depth, f); },
                    Qt::QueuedConnection);
            }
        }
    });
    m_thread->start();
    m_plot->replot();
}

void BornDeadDialog::addPoint(int widthIndex, int depth, double fraction)
{
    m_plot->graph(2 * widthIndex)->addData(depth, fraction);
    ++m_done;
    const int total = kMaxDepth * static_cast<int>(kWidths.size());
    m_progress->setText(m_done < total
                            ? tr("counting\u2026 %1 of %2 points").arg(m_done).arg(total)
                            : tr("done: %1 networks per point").arg(m_networks->value()));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    if (m_done == total) Q_EMIT finished();
}

}  // namespace relulab::gui
