// The Training tab's per-layer sizes: each weight layer's gradient RMS and each hidden layer's
// activation RMS, on a log scale against the layer (1 … L, then the output layer).
#pragma once

#include <qcustomplot.h>

#include "core/LayerSizes.h"
#include "gui/common/LayerReplot.h"
#include "gui/style/DisplayStyle.h"

namespace relulab::gui {

class LayerSizesPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit LayerSizesPlot(QWidget *parent = nullptr);

    // The figures of one snapshot (computed by the worker). x = 1 … L for the hidden layers and
    // L + 1 for the output layer. A figure of exactly 0 has no place on a log axis: it goes to
    // its own graph of down-pointing triangles at the bottom edge (non-finite figures are left
    // out).
    void setSizes(const core::LayerSizes &sizes);
    void setDisplayStyle(const relulab::gui::DisplayStyle &style);

    QCPGraph *gradient() const { return m_gradient; }
    QCPGraph *activation() const { return m_activation; }
    QCPGraph *zeroGradient() const { return m_zeroGradient; }
    QCPGraph *zeroActivation() const { return m_zeroActivation; }

protected:
    void updateLayout() override;

private:
    void applyStyles();
    void updateLegend();

    QCPGraph *m_gradient = nullptr;
    QCPGraph *m_activation = nullptr;
    QCPGraph *m_zeroGradient = nullptr;
    QCPGraph *m_zeroActivation = nullptr;
    QSharedPointer<QCPAxisTickerText> m_layerTicks;
    DisplayStyle m_style;
    int m_legendColumns = 2;
    LayerReplot m_replot;
};

}  // namespace relulab::gui
