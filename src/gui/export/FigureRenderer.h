// Renders the explorer's plots off-screen to PNG, SVG or PDF bytes (the headless export's figures),
// and encodes any picture drawn with a painter in those formats.
#pragma once

#include <functional>

#include "session/ImageFormat.h"

class QCPPainter;

namespace relulab::gui {

// Matches session::FigureRenderer. Needs a QApplication (the offscreen platform is enough).
QByteArray renderFigure(const session::ExplorerSettings &settings, QSize size,
                        session::ImageFormat format, QString *error);

class ExplorerPlot;
// Renders an existing plot (what the window shows) at the size given.
QByteArray renderPlot(ExplorerPlot *plot, QSize size, session::ImageFormat format, QString *error);

// Draws a picture into [0, width] x [0, height] of the painter (a QCustomPlot can draw into it).
using PaintPicture = std::function<void(QCPPainter *painter, QSize size)>;
// The picture of size pixels as a file. dpi is written into a PNG and gives an SVG or a PDF its
// physical size (size / dpi inches). Empty with *error set on failure.
QByteArray encodePicture(QSize size, session::ImageFormat format, double dpi,
                         const PaintPicture &paint, QString *error);

}  // namespace relulab::gui
