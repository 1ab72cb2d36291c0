// Renders the explorer's plots off-screen to PNG, SVG or PDF bytes (the headless export's figures).
#pragma once

#include "session/ImageFormat.h"

namespace relulab::gui {

// Matches session::FigureRenderer. Needs a QApplication (the offscreen platform is enough).
QByteArray renderFigure(const session::ExplorerSettings &settings, QSize size,
                        session::ImageFormat format, QString *error);

class ExplorerPlot;
// Renders an existing plot (what the window shows) at the size given.
QByteArray renderPlot(ExplorerPlot *plot, QSize size, session::ImageFormat format, QString *error);

}  // namespace relulab::gui
