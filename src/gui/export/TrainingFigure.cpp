// Lays the training view's widgets out off-screen, feeds them the run, and grabs the picture.
#include "gui/export/TrainingFigure.h"

#include <QGridLayout>
#include <QLabel>
#include <QPixmap>

#include "gui/training/InputSpaceView.h"
#include "gui/training/NetworkDiagram.h"
#include "gui/training/TrainingCurves.h"
#include "gui/training/ViewAnalysis.h"
#include "session/ExplorerText.h"

namespace relulab::gui {

namespace {
constexpr int kFigureResolution = 48;  // grid points per side: finer than on screen, for print
}

QImage renderTrainingFigure(const std::vector<session::TrainingSnapshot> &history,
                            const core::DataSplit &data, QSize size, QString *error,
                            TrainingFigurePart part)
{
    if (history.empty()) {
        if (error) *error = QObject::tr("nothing to draw");
        return {};
    }
    const session::TrainingSnapshot &last = history.back();
    QWidget page;
    page.setAttribute(Qt::WA_DontShowOnScreen);
    page.setStyleSheet(QStringLiteral("background:white;"));
    auto *title = new QLabel;
    title->setTextFormat(Qt::RichText);
    QFont font = title->font();
    font.setPointSizeF(15);
    title->setFont(font);
    QString text = QObject::tr("step %1 \u00b7 loss %2 (test %3)")
                       .arg(last.step)
                       .arg(session::formatNumber(last.evaluation.trainLoss),
                            session::formatNumber(last.evaluation.testLoss));
    if (last.evaluation.accuracy)
        text += QObject::tr(" \u00b7 test accuracy %1%")
                    .arg(std::round(100 * *last.evaluation.accuracy));
    text += QObject::tr(" \u00b7 dead %1 / %2").arg(last.dead.deadUnits).arg(last.dead.hiddenUnits);
    if (last.dead.starvedUnits > 0)
        text += QObject::tr(" \u00b7 starved %1").arg(last.dead.starvedUnits);
    if (last.dead.collapsed) text += QObject::tr(" \u00b7 <b>collapsed</b>");
    if (last.diverged) text += QObject::tr(" \u00b7 <b>diverged</b>");
    title->setText(text);

    auto *diagram = new NetworkDiagram;
    auto *view = new InputSpaceView;
    auto *curves = new TrainingCurves;
    auto *grid = new QGridLayout(&page);
    grid->addWidget(title, 0, 0, 1, 2);
    grid->addWidget(diagram, 1, 0, 2, 1);
    grid->addWidget(view, 1, 1);
    grid->addWidget(curves, 2, 1);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    // One part alone fills the page; the others stay hidden (the analysis still reads the view).
    if (part != TrainingFigurePart::View) {
        const std::pair<TrainingFigurePart, QWidget *> parts[] = {
            {TrainingFigurePart::InputSpace, view},
            {TrainingFigurePart::Diagram, diagram},
            {TrainingFigurePart::Curves, curves}};
        for (const auto &[which, widget] : parts) {
            grid->removeWidget(widget);
            if (which == part)
                grid->addWidget(widget, 1, 0, 2, 2);
            else
                widget->hide();
        }
    }
    page.resize(size);
    page.show();

    view->setData(data);
    view->replot();  // lays the plot out, so the field can match its visible area
    // Off-screen and headless: the analysis is made here, at once, at a figure's resolution.
    const auto analysis = analyseForViews(last, data.train, *view, *diagram, kFigureResolution);
    diagram->setAnalysis(analysis);
    view->setAnalysis(analysis);
    for (const session::TrainingSnapshot &s : history)
        curves->append(s);
    view->replot();
    curves->replot();

    const QPixmap pixmap = page.grab();
    if (pixmap.isNull()) {
        if (error) *error = QObject::tr("could not grab the picture");
        return {};
    }
    // The page's own pixels: a device pixel ratio above 1 would make the picture larger.
    QImage image = pixmap.toImage().convertToFormat(QImage::Format_RGB32);
    if (image.size() != size)
        image = image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return image;
}

}  // namespace relulab::gui
