// Figure file formats and the renderer the headless export calls (implemented by the GUI layer).
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>
#include <functional>

#include "ExplorerSettings.h"

namespace relulab::session {

enum class ImageFormat { Png, Svg, Pdf };

// Draws the explorer's two plots (f above, f' below) for the settings at the pixel size and
// returns the encoded file. On failure returns an empty array and sets *error.
using FigureRenderer = std::function<QByteArray(const ExplorerSettings &settings, QSize size,
                                                ImageFormat format, QString *error)>;

}  // namespace relulab::session
