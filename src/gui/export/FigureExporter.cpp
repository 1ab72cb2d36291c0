// Drawing each export target: explorer plots on an off-screen copy of the state, the training
// plots through QCustomPlot's painter, whole views through QWidget::render.
#include "gui/export/FigureExporter.h"

#include <qcustomplot.h>
#include <QTabWidget>
#include <algorithm>

#include "gui/common/MainTab.h"
#include "gui/explorer/ExplorerPlot.h"
#include "gui/export/FigureRenderer.h"
#include "gui/training/InputSpaceView.h"
#include "gui/training/NetworkDiagram.h"
#include "gui/training/TrainingCurves.h"
#include "gui/training/TrainingTab.h"
#include "session/ExplorerState.h"
#include "session/ExportCommand.h"

namespace relulab::gui {

namespace {

// How much larger than on screen a picture of size is drawn: a 4K export of a plot reads like
// the plot in the window. Bounded so that tiny or huge sizes stay legible.
double scaleFor(QSize size, QSize screen)
{
    if (screen.isEmpty()) return 1.0;
    return std::clamp(
        std::min(double(size.width()) / screen.width(), double(size.height()) / screen.height()),
        0.5, 4.0);
}

// A plot laid out at size / scale and drawn scale times larger.
void paintPlot(QCustomPlot *plot, QCPPainter *painter, QSize size, double scale)
{
    painter->save();
    if (scale > 1.0) painter->setMode(QCPPainter::pmNonCosmetic);
    painter->scale(scale, scale);
    plot->toPainter(painter, qRound(size.width() / scale), qRound(size.height() / scale));
    painter->restore();
}

// Drops one of the explorer's two plot areas from the layout and hides everything in it.
void dropRect(ExplorerPlot &plot, QCPAxisRect *drop, QCPAxisRect *keep)
{
    // Out of the layout; not hidden itself: items take the first axis rect as their parent and
    // would vanish with it.
    plot.plotLayout()->take(drop);
    plot.plotLayout()->simplify();
    for (QCPAxis *axis : drop->axes()) {
        axis->setVisible(false);
        axis->grid()->setVisible(false);
    }
    for (int i = 0; i < plot.plottableCount(); ++i) {
        QCPAbstractPlottable *p = plot.plottable(i);
        if (p->keyAxis()->axisRect() != drop) continue;
        p->setVisible(false);
        // The legend's entries name the line styles, which the other plot shares; the
        // histogram's bars are gone with their plot.
        if (qobject_cast<QCPBars *>(p)) p->removeFromLegend();
    }
    for (int i = 0; i < plot.itemCount(); ++i) {
        QCPAbstractItem *item = plot.item(i);
        bool inside = item->clipToAxisRect() && item->clipAxisRect() == drop;
        for (QCPItemPosition *position : item->positions())
            inside = inside || position->axisRect() == drop;
        if (inside) item->setVisible(false);
    }
    QCPLegend *legend = plot.functionLegend();
    if (legend->layout() == drop->insetLayout()) {
        drop->insetLayout()->take(legend);
        keep->insetLayout()->addElement(legend, Qt::AlignBottom | Qt::AlignRight);
    }
    keep->axis(QCPAxis::atBottom)->setLabel(QObject::tr("z (pre-activation)"));
}

}  // namespace

QString exportTargetKey(ExportTarget target)
{
    switch (target) {
        case ExportTarget::ValuePlot:
            return QStringLiteral("value-plot");
        case ExportTarget::DerivativePlot:
            return QStringLiteral("derivative-plot");
        case ExportTarget::ExplorerPlots:
            return QStringLiteral("explorer-plots");
        case ExportTarget::ExplorerView:
            return QStringLiteral("explorer-view");
        case ExportTarget::TrainingView:
            return QStringLiteral("training-view");
        case ExportTarget::TrainingCurves:
            return QStringLiteral("training-curves");
        case ExportTarget::InputSpace:
            return QStringLiteral("input-space");
        case ExportTarget::NetworkDiagram:
            return QStringLiteral("network-diagram");
    }
    return {};
}

std::optional<ExportTarget> exportTargetFromKey(const QString &key)
{
    for (ExportTarget t : kAllExportTargets) {
        if (exportTargetKey(t) == key) return t;
    }
    return std::nullopt;
}

QString exportTargetName(ExportTarget target)
{
    switch (target) {
        case ExportTarget::ValuePlot:
            return QObject::tr("The f(z) plot");
        case ExportTarget::DerivativePlot:
            return QObject::tr("The f\u2032(z) plot");
        case ExportTarget::ExplorerPlots:
            return QObject::tr("Both explorer plots");
        case ExportTarget::ExplorerView:
            return QObject::tr("The whole Explorer view");
        case ExportTarget::TrainingView:
            return QObject::tr("The whole Training view");
        case ExportTarget::TrainingCurves:
            return QObject::tr("Loss and dead-unit curves");
        case ExportTarget::InputSpace:
            return QObject::tr("Data and prediction (input space)");
        case ExportTarget::NetworkDiagram:
            return QObject::tr("Network diagram");
    }
    return {};
}

bool isExplorerTarget(ExportTarget target)
{
    return target == ExportTarget::ValuePlot || target == ExportTarget::DerivativePlot ||
           target == ExportTarget::ExplorerPlots || target == ExportTarget::ExplorerView;
}

CsvKind csvKind(ExportTarget target)
{
    switch (target) {
        case ExportTarget::ValuePlot:
        case ExportTarget::DerivativePlot:
        case ExportTarget::ExplorerPlots:
        case ExportTarget::ExplorerView:
            return CsvKind::Curves;
        case ExportTarget::TrainingView:
        case ExportTarget::TrainingCurves:
            return CsvKind::TrainingLog;
        case ExportTarget::InputSpace:
        case ExportTarget::NetworkDiagram:
            return CsvKind::None;
    }
    return CsvKind::None;
}

FigureExporter::FigureExporter(session::ExplorerState *state, ExplorerPlot *plot, QTabWidget *tabs,
                               TrainingTab *training)
    : m_state(state), m_plot(plot), m_tabs(tabs), m_training(training)
{
}

bool FigureExporter::keepsProportions(ExportTarget target)
{
    // The input view's prediction is computed for its on-screen area (equal aspect): at other
    // proportions it would not fill the plot.
    return target == ExportTarget::ExplorerView || target == ExportTarget::TrainingView ||
           target == ExportTarget::NetworkDiagram || target == ExportTarget::InputSpace;
}

QWidget *FigureExporter::widget(ExportTarget target) const
{
    switch (target) {
        case ExportTarget::ValuePlot:
        case ExportTarget::DerivativePlot:
        case ExportTarget::ExplorerPlots:
            return m_plot;
        case ExportTarget::ExplorerView:
            return m_tabs->widget(tabIndex(MainTab::Explorer));
        case ExportTarget::TrainingView:
            return m_training;
        case ExportTarget::TrainingCurves:
            return m_training->curves();
        case ExportTarget::InputSpace:
            return m_training->inputView();
        case ExportTarget::NetworkDiagram:
            return m_training->diagram();
    }
    return m_plot;
}

QSize FigureExporter::screenSize(ExportTarget target) const
{
    QSize size = widget(target)->size();
    if (target == ExportTarget::ValuePlot || target == ExportTarget::DerivativePlot) {
        // One of the two stacked plots: the plot's width, about half its height.
        size.setHeight(size.height() / 2 + 40);
    }
    // A view never shown yet has no size of its own; its tab's size is what it would get.
    if (size.width() < 64 || size.height() < 64) size = m_tabs->size();
    return size.expandedTo(QSize(64, 64));
}

void FigureExporter::reveal(ExportTarget target) const
{
    QWidget *page =
        isExplorerTarget(target) ? m_tabs->widget(tabIndex(MainTab::Explorer)) : m_training;
    if (m_tabs->currentWidget() != page) m_tabs->setCurrentWidget(page);
}

void FigureExporter::paintExplorer(ExportTarget target, QCPPainter *painter, QSize size) const
{
    // A copy of the window's plot on a copy of the state: the window is not disturbed, and the
    // figure has no hover line.
    session::ExplorerState state;
    state.apply(m_state->settings());
    ExplorerPlot plot(&state);
    plot.setDisplayScale(m_plot->displayScale());
    if (!m_plot->histogramValues().empty())
        plot.setHistogram(m_plot->histogramValues(), m_plot->histogramLabel());
    if (target == ExportTarget::ValuePlot) dropRect(plot, plot.derivativeRect(), plot.valueRect());
    if (target == ExportTarget::DerivativePlot)
        dropRect(plot, plot.valueRect(), plot.derivativeRect());
    const double scale = scaleFor(size, screenSize(target));
    plot.resize(qRound(size.width() / scale), qRound(size.height() / scale));
    plot.refreshAll();
    paintPlot(&plot, painter, size, scale);
}

void FigureExporter::paint(ExportTarget target, QCPPainter *painter, QSize size) const
{
    if (target == ExportTarget::ValuePlot || target == ExportTarget::DerivativePlot ||
        target == ExportTarget::ExplorerPlots) {
        paintExplorer(target, painter, size);
        return;
    }
    reveal(target);
    QWidget *w = widget(target);
    if (auto *plot = qobject_cast<QCustomPlot *>(w)) {
        paintPlot(plot, painter, size, scaleFor(size, w->size()));
        // The plot's layout was changed for the picture: the window's own view is laid out anew.
        plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    // A whole view as it is on screen, scaled to fit and centred. Its plots draw from their
    // buffers: bring those up to date first (a queued replot may be pending).
    for (QCustomPlot *plot : w->findChildren<QCustomPlot *>()) {
        if (plot->isVisible()) plot->replot(QCustomPlot::rpImmediateRefresh);
    }
    painter->fillRect(QRect(QPoint(0, 0), size), Qt::white);
    const QSize screen = w->size();
    const double scale =
        std::min(double(size.width()) / screen.width(), double(size.height()) / screen.height());
    painter->save();
    painter->translate((size.width() - scale * screen.width()) / 2.0,
                       (size.height() - scale * screen.height()) / 2.0);
    painter->scale(scale, scale);
    w->render(painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    painter->restore();
}

QByteArray FigureExporter::render(ExportTarget target, QSize size, session::ImageFormat format,
                                  double dpi, QString *error) const
{
    return encodePicture(
        size, format, dpi,
        [this, target](QCPPainter *painter, QSize s) { paint(target, painter, s); }, error);
}

QImage FigureExporter::image(ExportTarget target, QSize size, double pixelRatio) const
{
    QImage image((QSizeF(size) * pixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) return image;
    image.fill(Qt::white);
    QCPPainter painter(&image);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(pixelRatio, pixelRatio);
    paint(target, &painter, size);
    return image;
}

QByteArray FigureExporter::csv(ExportTarget target) const
{
    switch (csvKind(target)) {
        case CsvKind::Curves:
            return session::curvesCsv(m_state->settings());
        case CsvKind::TrainingLog:
            return session::trainingLogCsv(m_training->curves()->trainingLog());
        case CsvKind::None:
            break;
    }
    return {};
}

}  // namespace relulab::gui
