// Human-readable text about the explorer state: the formula panel and the hover readout.
#pragma once

#include <QString>

#include "ExplorerState.h"

namespace relulab::session {

// The convention's name for people ("left", "right", "mean", "first"), translated.
QString conventionWord(core::KinkConvention c);
// A number as people write it: up to 4 significant digits, a true minus sign (U+2212), the
// decimal point of the default locale (the interface's language: "0,01" in German).
QString formatNumber(double v);
// "2·z − 3", "−0.5·z", "z", "−5", "0".
QString formatPiece(const core::MaxoutPiece &piece);

// Rich text with the definitions of the visible functions and their current numbers, e.g.
// "LeakyReLU(z) = max(0.01·z, z)"; hidden maxout pieces are greyed.
QString formulaHtml(const ExplorerState &state);

// The value and derivative of every visible function at z. At a kink the derivative is named as
// the subgradient interval together with the value the convention takes.
QString probeHtml(const ExplorerState &state, double z);
QString probePlainText(const ExplorerState &state, double z);

}  // namespace relulab::session
