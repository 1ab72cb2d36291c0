// Building the explorer's two plots and their graphs once, and styling them for the display
// style (text and line scales, high contrast); the kink note wraps to the plot's width.
#include <algorithm>

#include "core/Maxout.h"
#include "gui/common/TextWrap.h"
#include "gui/explorer/ExplorerPlot.h"
#include "gui/explorer/PinnedGhosts.h"
#include "gui/style/PlotStyle.h"
#include "gui/style/Theme.h"
#include "session/ExplorerText.h"

namespace relulab::gui {

using session::FunctionId;

void ExplorerPlot::buildLayout()
{
    buildAxisRects();
    buildLegendAndNotes();
    buildProbe();
}

void ExplorerPlot::buildAxisRects()
{
    plotLayout()->clear();
    m_valueRect = new QCPAxisRect(this);
    m_derivativeRect = new QCPAxisRect(this);
    plotLayout()->addElement(0, 0, m_valueRect);
    plotLayout()->addElement(1, 0, m_derivativeRect);
    plotLayout()->setRowStretchFactors({1.25, 1.0});
    plotLayout()->setRowSpacing(4);

    auto *group = new QCPMarginGroup(this);
    for (QCPAxisRect *rect : {m_valueRect, m_derivativeRect}) {
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
        rect->setupFullAxesBox(true);
        rect->axis(QCPAxis::atTop)->setTickLabels(false);
        rect->axis(QCPAxis::atRight)->setTickLabels(false);
    }
    // The two plots share z: both bottom axes follow the state's range.
    m_valueRect->axis(QCPAxis::atBottom)->setLabel(QString());
    m_derivativeRect->axis(QCPAxis::atBottom)->setLabel(tr("z (pre-activation)"));
    m_valueRect->axis(QCPAxis::atLeft)->setLabel(tr("f(z)"));
    m_derivativeRect->axis(QCPAxis::atLeft)->setLabel(tr("f\u2032(z)"));
}

void ExplorerPlot::buildLegendAndNotes()
{
    m_legend = new QCPLegend;
    m_valueRect->insetLayout()->addElement(m_legend, Qt::AlignTop | Qt::AlignLeft);
    m_legend->setLayer(QStringLiteral("legend"));
    m_legend->setVisible(true);
    m_legend->setBrush(QColor(255, 255, 255, 225));

    m_kinkNote = new QCPItemText(this);
    m_kinkNote->setClipToAxisRect(false);
    m_kinkNote->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_kinkNote->position->setAxisRect(m_derivativeRect);
    m_kinkNote->position->setCoords(0.01, 0.03);
    m_kinkNote->setPositionAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_kinkNote->setTextAlignment(Qt::AlignLeft);
    m_kinkNote->setPadding(QMargins(6, 3, 6, 3));

    m_keyHint = new QCPItemText(this);
    m_keyHint->setClipToAxisRect(false);
    m_keyHint->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_keyHint->position->setAxisRect(m_valueRect);
    m_keyHint->position->setCoords(0.99, 0.02);
    m_keyHint->setPositionAlignment(Qt::AlignTop | Qt::AlignRight);
    m_keyHint->setTextAlignment(Qt::AlignRight);
    m_keyHint->setPadding(QMargins(6, 3, 6, 3));
    m_keyHint->setVisible(false);
}

void ExplorerPlot::buildProbe()
{
    // The probe follows the mouse, so it lives on QCustomPlot's overlay layer, which has a paint
    // buffer of its own and nothing else on it here: a hover redraws two lines instead of the
    // whole plot. (A new buffered layer under the legend would cost two more full-size blits on
    // every repaint; a crosshair over the legend is the usual look anyway.)
    m_probeLayer = layer(QStringLiteral("overlay"));
    m_probeLayer->setMode(QCPLayer::lmBuffered);
    for (auto **probe : {&m_probeValue, &m_probeDerivative}) {
        *probe = new QCPItemStraightLine(this);
        (*probe)->setLayer(m_probeLayer);
        (*probe)->setVisible(false);
        (*probe)->setPen(QPen(QColor(0x55, 0x55, 0x55), 1.0, Qt::DotLine));
    }
    for (auto [probe, rect] :
         {std::pair{m_probeValue, m_valueRect}, std::pair{m_probeDerivative, m_derivativeRect}}) {
        probe->setClipAxisRect(rect);
        for (QCPItemPosition *p : {probe->point1, probe->point2}) {
            p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        }
    }
}

void ExplorerPlot::createGraphs()
{
    const auto graphIn = [this](QCPAxisRect *rect) {
        auto *g = new QCPGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        // Adaptive sampling merges points per pixel column and would turn a jump into a ramp.
        g->setAdaptiveSampling(false);
        return g;
    };
    // Pieces first so the envelope and the other curves are drawn over them.
    for (int i = 0; i < core::Maxout::kMaxPieces; ++i)
        m_pieces.push_back(graphIn(m_valueRect));
    for (FunctionId id : session::kAllFunctions) {
        FunctionGraphs &g = m_graphs[index(id)];
        g.value = graphIn(m_valueRect);
        g.value->setName(session::functionName(id));
        g.bars = graphIn(m_derivativeRect);
        g.derivative = graphIn(m_derivativeRect);
        g.taken = graphIn(m_derivativeRect);
        g.open = graphIn(m_derivativeRect);
        for (QCPGraph *dots : {g.taken, g.open})
            dots->setLineStyle(QCPGraph::lsNone);
    }
    m_hiddenHandles = graphIn(m_valueRect);
    m_handles = graphIn(m_valueRect);
    // The histogram has its own count scale on a hidden extra axis of the upper plot.
    QCPAxis *counts = m_valueRect->addAxis(QCPAxis::atRight);
    counts->setVisible(false);
    m_histogram = new QCPBars(m_valueRect->axis(QCPAxis::atBottom), counts);
    m_histogram->setPen(QPen(QColor(0x56, 0xB4, 0xE9), 1.0));
    m_histogram->setBrush(QColor(0x56, 0xB4, 0xE9, 90));
    m_histogram->setVisible(false);
    m_histogram->setLayer(QStringLiteral("grid"));
    for (QCPGraph *g : {m_handles, m_hiddenHandles})
        g->setLineStyle(QCPGraph::lsNone);
}

void ExplorerPlot::applyStyles()
{
    const double s = m_style.line;
    const bool hc = m_style.highContrast;
    const Theme &theme = gui::theme(hc);
    styleFrame();
    for (FunctionId id : session::kAllFunctions)
        styleFunction(id);
    m_hiddenHandles->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssDiamond, QPen(Qt::white, 1.5 * s), theme.hiddenPiece, 12.0 * s));
    m_handles->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond,
                                               QPen(hc ? Qt::black : Qt::white, 1.5 * s),
                                               functionColor(FunctionId::Maxout, hc), 13.0 * s));
    m_histogram->setPen(QPen(QColor(0x56, 0xB4, 0xE9), 1.0 * s));
    updateVisibility();  // the legend's text colours
    m_pins->applyStyles(s);
}

void ExplorerPlot::styleFrame()
{
    const double t = m_style.text;
    const double s = m_style.line;
    const bool hc = m_style.highContrast;
    const Theme &theme = gui::theme(hc);
    for (QCPAxisRect *rect : {m_valueRect, m_derivativeRect}) {
        styleAxes(rect, font(), m_style, 13.0, 11.0);
        for (QCPAxis *axis : rect->axes())
            axis->grid()->setZeroLinePen(QPen(theme.zeroLine, 1.2 * s));
    }
    QFont legendFont = font();
    legendFont.setPointSizeF(11.5 * t);
    m_legend->setFont(legendFont);
    m_legend->setTextColor(theme.plotText);
    // The line samples grow with the lines and with the text beside them.
    m_legend->setIconSize(QSize(int(44 * std::max(s, t)), int(14 * t)));
    m_legend->setBrush(theme.legendFill);
    m_legend->setBorderPen(QPen(theme.legendBorder, hc ? 1.5 * s : 1.0));
    QFont noteFont = font();
    noteFont.setPointSizeF(10.5 * t);
    for (QCPItemText *note : {m_kinkNote, m_keyHint}) {
        note->setFont(noteFont);
        note->setColor(theme.plotText);
        note->setBrush(theme.legendFill);
    }
    wrapKinkNote();
    m_keyHint->setPen(QPen(theme.focus, std::max(1.0, s)));
    for (QCPItemStraightLine *probe : {m_probeValue, m_probeDerivative})
        probe->setPen(QPen(theme.probe, (hc ? 2.0 : 1.0) * s, Qt::DotLine));
}

void ExplorerPlot::styleFunction(FunctionId id)
{
    const double s = m_style.line;
    const bool hc = m_style.highContrast;
    const Theme &theme = gui::theme(hc);
    const FunctionGraphs &g = m_graphs[index(id)];
    const FunctionStyle style = functionStyle(id);
    const QColor color = functionColor(id, hc);
    const bool rect = session::isRectifier(id);
    const double width = (rect ? 3.0 : 2.2) * s * theme.curveWidth;
    g.value->setPen(functionPen(id, width, hc));
    g.derivative->setPen(functionPen(id, width, hc));
    const auto shape = static_cast<QCPScatterStyle::ScatterShape>(style.marker);
    // Nested sizes (ReLU largest, drawn first) keep every marker visible where kinks
    // of several functions coincide, as they do at z = 0.
    const double dot = (id == FunctionId::Relu ? 16.0 : id == FunctionId::Leaky ? 11.0 : 7.0) * s;
    g.taken->setScatterStyle(QCPScatterStyle(shape, QPen(color, 2.0 * s), color, dot));
    g.open->setScatterStyle(
        QCPScatterStyle(shape, QPen(color, 2.0 * s), theme.plotBackground, dot));
    QColor barColor = color;
    barColor.setAlpha(120);
    const double bar = (id == FunctionId::Relu ? 12.0 : id == FunctionId::Leaky ? 7.0 : 3.0) * s;
    g.bars->setPen(QPen(barColor, bar, Qt::SolidLine, Qt::FlatCap));
    // Derivatives of rectifiers and the bars are axis-parallel: antialiasing them buys
    // nothing visible and costs a third of a redraw.
    g.bars->setAntialiased(false);
    g.derivative->setAntialiased(!rect);
}

void ExplorerPlot::setDisplayStyle(const DisplayStyle &style)
{
    m_style = {std::clamp(style.text, 0.5, 4.0), std::clamp(style.line, 0.5, 4.0),
               style.highContrast};
    applyStyles();
    fitYRanges();
    scheduleReplot();
}

bool ExplorerPlot::wrapKinkNote()
{
    // Greedy: whole phrases per line, as many as the plot's width holds.
    const QFontMetricsF metrics(m_kinkNote->font());
    const double width = m_derivativeRect->width() > 0 ? m_derivativeRect->width() : this->width();
    const double room = std::max(120.0, width - 16.0 * m_style.text);
    const QString text = wrapPhrases(m_kinkNoteParts, metrics, room, QStringLiteral("   "));
    if (text != m_kinkNote->text()) m_kinkNote->setText(text);
    const int count = static_cast<int>(text.count(QLatin1Char('\n'))) + 1;
    if (count == m_kinkNoteLines) return false;
    m_kinkNoteLines = count;
    return true;
}

void ExplorerPlot::updateLayout()
{
    QCustomPlot::updateLayout();
    // Large text in a narrow plot wraps the note and the curves move down to make room; in a
    // plot too low for it (the largest text in presentation) the note gives way to the curves.
    bool changed = wrapKinkNote();
    const bool fits = noteHeight() <= kMaxNoteShare * m_derivativeRect->height();
    if (fits != m_kinkNote->visible()) {
        m_kinkNote->setVisible(fits);
        changed = true;
    }
    if (changed) {
        fitYRanges();
        QCustomPlot::updateLayout();
    }
}

double ExplorerPlot::noteHeight() const
{
    return m_kinkNoteLines * QFontMetricsF(m_kinkNote->font()).lineSpacing() + 12.0 * m_style.text;
}

}  // namespace relulab::gui
