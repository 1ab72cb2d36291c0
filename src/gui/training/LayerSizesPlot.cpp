// Drawing a snapshot's per-layer gradient and activation sizes on a log axis.
#include "gui/training/LayerSizesPlot.h"

#include <algorithm>
#include <cmath>

#include "gui/style/PlotStyle.h"
#include "gui/style/Theme.h"

namespace relulab::gui {

namespace {

// Where the two zero graphs sit beside each layer's tick, so that both triangles stay visible.
constexpr double kZeroOffset = 0.08;

}  // namespace

LayerSizesPlot::LayerSizesPlot(QWidget *parent) : QCustomPlot(parent)
{
    setAccessibleName(tr("Gradient and activation size per layer"));
    setToolTip(
        tr("Per layer, over the whole training set at the current step: the root mean "
           "square of the gradient of the mean loss with respect to the layer's weights "
           "(solid line, circles) and of the hidden layer's activations f(z) (dashed "
           "line, squares), on a log scale. Shrinking gradients towards layer 1 are "
           "vanishing gradients; shrinking activations with depth show an init without "
           "He's factor 2. Triangles at the bottom: exactly 0."));
    // Narrow enough that the curves' column keeps the width it had before this plot joined it.
    setMinimumSize(150, 180);
    paintOpaquely(this, true);
    layer(QStringLiteral("main"))->setMode(QCPLayer::lmBuffered);
    setAutoAddPlottableToLegend(false);
    setAntialiasedElements(QCP::aeAll);

    placeLegendBelow(this, 1, m_legendColumns);

    xAxis->setLabel(tr("layer (out = output layer)"));
    m_layerTicks = QSharedPointer<QCPAxisTickerText>::create();
    xAxis->setTicker(m_layerTicks);
    xAxis->grid()->setVisible(false);
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    auto logTicks = QSharedPointer<QCPAxisTickerLog>::create();
    logTicks->setSubTickCount(8);
    yAxis->setTicker(logTicks);
    yAxis->setNumberFormat(QStringLiteral("eb"));
    yAxis->setNumberPrecision(0);
    // Powers of ten have no decimal point to localise, and QCustomPlot typesets them as 10⁻² only
    // from a lowercase "e", which German and other locales write as "E".
    setLocale(QLocale::c());
    yAxis->setLabel(tr("RMS of ∂loss/∂w and of f(z) (log scale)"));
    yAxis->grid()->setSubGridVisible(true);

    m_gradient = addGraph();
    m_activation = addGraph();
    m_zeroGradient = addGraph();
    m_zeroActivation = addGraph();
    m_gradient->setName(tr("gradient RMS, ∂loss/∂w"));
    m_activation->setName(tr("activation RMS, f(z)"));
    m_zeroGradient->setName(tr("gradient exactly 0"));
    m_zeroActivation->setName(tr("activations exactly 0"));
    for (QCPGraph *g : {m_zeroGradient, m_zeroActivation})
        g->setLineStyle(QCPGraph::lsNone);
    updateLegend();
    applyStyles();
    xAxis->setRange(0.5, 1.5);
    yAxis->setRange(1e-3, 1.0);
}

void LayerSizesPlot::applyStyles()
{
    const Theme &theme = gui::theme(m_style.highContrast);
    const double s = m_style.line * theme.curveWidth;
    styleAxes(axisRect(), font(), m_style, 11.0, 10.0);
    for (QCPAxis *axis : axisRect()->axes())
        axis->grid()->setSubGridPen(QPen(theme.subGrid, 1.0 * m_style.line, Qt::DotLine));
    QFont legendFont = font();
    legendFont.setPointSizeF(9.5 * m_style.text);
    legend->setFont(legendFont);
    legend->setBrush(theme.legendFill);
    legend->setIconSize(QSize(int(30 * std::max(m_style.text, s)), int(12 * m_style.text)));

    const auto readable = [&](const QColor &c) {
        return m_style.highContrast ? readableOn(c, theme.plotBackground) : c;
    };
    const QColor blue = readable(okabeIto::kBlue);
    const QColor vermillion = readable(okabeIto::kVermillion);
    // Colour, line style and marker each tell the two apart.
    m_gradient->setPen(QPen(blue, 2.2 * s, Qt::SolidLine, Qt::RoundCap));
    m_gradient->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(blue, 1.6 * s), Qt::white, 7.0 * s));
    QPen dashed(vermillion, 2.2 * s, Qt::DashLine, Qt::FlatCap);
    dashed.setDashPattern({4.0, 2.5});
    m_activation->setPen(dashed);
    m_activation->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(vermillion, 1.6 * s), vermillion, 6.5 * s));
    m_zeroGradient->setPen(QPen(blue, 1.6 * s));
    m_zeroGradient->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssTriangleInverted, QPen(blue, 1.6 * s), blue, 9.0 * s));
    m_zeroActivation->setPen(QPen(vermillion, 1.6 * s));
    m_zeroActivation->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssTriangleInverted, QPen(vermillion, 1.6 * s), Qt::white, 9.0 * s));
    const QColor legendBackground = composite(theme.legendFill, theme.plotBackground);
    for (QCPGraph *graph : {m_gradient, m_activation, m_zeroGradient, m_zeroActivation}) {
        if (QCPPlottableLegendItem *item = legend->itemWithPlottable(graph))
            item->setTextColor(readableOn(graph->pen().color(), legendBackground));
    }
}

void LayerSizesPlot::setDisplayStyle(const DisplayStyle &style)
{
    m_style = {std::clamp(style.text, 0.5, 4.0), std::clamp(style.line, 0.5, 4.0),
               style.highContrast};
    setMinimumHeight(static_cast<int>(180 * std::max(1.0, m_style.text)));
    applyStyles();
    replot(rpQueuedReplot);
}

void LayerSizesPlot::updateLegend()
{
    // The zero entries only while there is such a point: most runs never have one.
    legend->clearItems();
    for (QCPGraph *g : {m_gradient, m_activation})
        g->addToLegend(legend);
    for (QCPGraph *g : {m_zeroGradient, m_zeroActivation})
        if (!g->data()->isEmpty()) g->addToLegend(legend);
    legend->setWrap(m_legendColumns);
    legend->setFillOrder(QCPLegend::foColumnsFirst, true);
}

void LayerSizesPlot::updateLayout()
{
    const int columns = fittingLegendColumns(legend, width(), 2);
    if (columns != m_legendColumns) {
        m_legendColumns = columns;
        legend->setWrap(columns);
        legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    }
    // In a narrow or low plot (large text, a small window) the labels' short forms.
    const auto fitLabel = [](QCPAxis *axis, double room, const QString &full,
                             const QString &brief) {
        const bool fits = QFontMetricsF(axis->labelFont()).horizontalAdvance(full) <= room;
        const QString label = fits ? full : brief;
        if (axis->label() != label) axis->setLabel(label);
    };
    fitLabel(xAxis, axisRect()->width(), tr("layer (out = output layer)"), tr("layer"));
    fitLabel(yAxis, axisRect()->height(), tr("RMS of ∂loss/∂w and of f(z) (log scale)"),
             tr("RMS (log)"));
    QCustomPlot::updateLayout();
}

void LayerSizesPlot::setSizes(const core::LayerSizes &sizes)
{
    const bool hadZeros =
        !m_zeroGradient->data()->isEmpty() || !m_zeroActivation->data()->isEmpty();
    for (QCPGraph *g : {m_gradient, m_activation, m_zeroGradient, m_zeroActivation})
        g->data()->clear();
    double low = 0.0, high = 0.0;
    std::vector<double> zeroGradientAt, zeroActivationAt;
    const auto add = [&](QCPGraph *graph, std::vector<double> &zeros, double x, double v) {
        if (!std::isfinite(v) || v < 0.0) return;
        if (v == 0.0) {
            zeros.push_back(x);
            return;
        }
        graph->addData(x, v);
        low = low > 0.0 ? std::min(low, v) : v;
        high = std::max(high, v);
    };
    for (size_t l = 0; l < sizes.gradientRms.size(); ++l)
        add(m_gradient, zeroGradientAt, double(l + 1), sizes.gradientRms[l]);
    for (size_t l = 0; l < sizes.activationRms.size(); ++l)
        add(m_activation, zeroActivationAt, double(l + 1), sizes.activationRms[l]);

    if (high > 0.0) {
        // Whole decades, at least two: the log ticker then labels powers of ten only, where a
        // narrow range would crowd the axis with labels like 2·10⁰ and 8·10⁻¹.
        double lower = std::floor(std::log10(low / 2.0));
        double upper = std::ceil(std::log10(high * 1.5));
        if (upper - lower < 2.0) {
            lower = std::floor((lower + upper) / 2.0 - 1.0);
            upper = lower + 2.0;
        }
        yAxis->setRange(std::pow(10.0, lower), std::pow(10.0, upper));
    } else
        yAxis->setRange(1e-3, 1.0);
    // Just above the bottom edge, in the log axis's own proportions.
    const double floor =
        yAxis->range().lower * std::pow(yAxis->range().upper / yAxis->range().lower, 0.04);
    for (double x : zeroGradientAt)
        m_zeroGradient->addData(x - kZeroOffset, floor);
    for (double x : zeroActivationAt)
        m_zeroActivation->addData(x + kZeroOffset, floor);

    const size_t layers = sizes.gradientRms.size();
    m_layerTicks->clear();
    for (size_t l = 1; l <= layers; ++l)
        m_layerTicks->addTick(double(l), l == layers ? tr("out") : QString::number(l));
    xAxis->setRange(0.5, std::max<double>(1.5, double(layers) + 0.5));

    const bool hasZeros = !zeroGradientAt.empty() || !zeroActivationAt.empty();
    if (hasZeros || hadZeros) {
        updateLegend();
        applyStyles();
        m_replot.invalidate();  // restyled: the whole plot
    }

    QStringList gradients, activations;
    for (double v : sizes.gradientRms)
        gradients << QLocale().toString(v, 'g', 3);
    for (double v : sizes.activationRms)
        activations << QLocale().toString(v, 'g', 3);
    setAccessibleDescription(
        tr("Gradient RMS per weight layer, layer 1 to the output layer: %1. "
           "Activation RMS per hidden layer: %2.")
            .arg(gradients.join(QStringLiteral(", ")), activations.join(QStringLiteral(", "))));
    // With every snapshot: the curves' layer alone while the decades and layers stay.
    m_replot.replot(this, layer(QStringLiteral("main")));
}

}  // namespace relulab::gui
