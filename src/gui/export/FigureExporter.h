// What the window can export and how: each plot or view drawn at any size as PNG, SVG or PDF, as
// an image for the clipboard, and the data behind it as CSV.
#pragma once

#include <QImage>
#include <QSize>
#include <array>
#include <optional>

#include "session/ImageFormat.h"

class QCPPainter;
class QTabWidget;

namespace relulab::session {
class ExplorerState;
}

namespace relulab::gui {

class ExplorerPlot;
class TrainingTab;

enum class ExportTarget {
    ValuePlot,       // the explorer's f(z) plot
    DerivativePlot,  // its f′(z) plot
    ExplorerPlots,   // both, as in the window
    ExplorerView,    // the whole Explorer tab
    TrainingView,    // the whole Training tab
    TrainingCurves,  // loss and dead-unit curves
    InputSpace,      // the data and the prediction
    NetworkDiagram,
};
inline constexpr std::array<ExportTarget, 8> kAllExportTargets = {
    ExportTarget::ValuePlot,    ExportTarget::DerivativePlot, ExportTarget::ExplorerPlots,
    ExportTarget::ExplorerView, ExportTarget::TrainingView,   ExportTarget::TrainingCurves,
    ExportTarget::InputSpace,   ExportTarget::NetworkDiagram};

// Stable keys for settings ("value-plot", ...) and names for people ("The f(z) plot").
QString exportTargetKey(ExportTarget target);
std::optional<ExportTarget> exportTargetFromKey(const QString &key);
QString exportTargetName(ExportTarget target);
bool isExplorerTarget(ExportTarget target);

// The data a CSV export of a target holds.
enum class CsvKind {
    None,
    Curves,       // x,relu,relu_grad,… as `relulab export --csv`
    TrainingLog,  // step,loss,test_loss,… as `relulab train --log`
};
CsvKind csvKind(ExportTarget target);

class FigureExporter
{
public:
    FigureExporter(session::ExplorerState *state, ExplorerPlot *plot, QTabWidget *tabs,
                   TrainingTab *training);

    // The target's size on screen: the default export size, and the proportions of views.
    QSize screenSize(ExportTarget target) const;
    // Plots are laid out anew at any size; views and the diagram are scaled as a whole, so they
    // keep their on-screen proportions, as does the input view (its prediction fills its area).
    static bool keepsProportions(ExportTarget target);
    // Brings the target's tab to the front: a view that has never been shown has no layout.
    void reveal(ExportTarget target) const;

    // The file; dpi goes into a PNG and sets the physical size of SVG and PDF. The picture
    // looks like the window, scaled to size. Empty with *error set on failure.
    QByteArray render(ExportTarget target, QSize size, session::ImageFormat format, double dpi,
                      QString *error) const;
    // The same picture as an image of size × pixelRatio pixels (previews, the clipboard).
    QImage image(ExportTarget target, QSize size, double pixelRatio = 1.0) const;
    // The CSV behind the target (empty for CsvKind::None).
    QByteArray csv(ExportTarget target) const;

private:
    QWidget *widget(ExportTarget target) const;
    void paint(ExportTarget target, QCPPainter *painter, QSize size) const;
    void paintExplorer(ExportTarget target, QCPPainter *painter, QSize size) const;

    session::ExplorerState *m_state;
    ExplorerPlot *m_plot;
    QTabWidget *m_tabs;
    TrainingTab *m_training;
};

}  // namespace relulab::gui
