// Formula and readout texts built from the state (never from widgets).
#include "ExplorerText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <cmath>

#include "core/Activation.h"

namespace relulab::session {

namespace {

// This file's messages, filed under "ExplorerText" by lupdate and looked up there.
class ExplorerTextTr
{
    Q_DECLARE_TR_FUNCTIONS(ExplorerText)
};

const QString kMinus = QStringLiteral("\u2212");
const QString kPrime = QStringLiteral("\u2032");

}  // namespace

QString conventionWord(core::KinkConvention c)
{
    switch (c) {
        case core::KinkConvention::Left:
            return ExplorerTextTr::tr("left");
        case core::KinkConvention::Right:
            return ExplorerTextTr::tr("right");
        case core::KinkConvention::Mean:
            return ExplorerTextTr::tr("mean");
        case core::KinkConvention::First:
            return ExplorerTextTr::tr("first");
    }
    return QString::fromUtf8(core::conventionName(c).data());
}

namespace {

struct ProbeLine
{
    QString name;
    QString value;
    QString derivative;
};

ProbeLine probeLine(const ExplorerState &state, FunctionId id, double z)
{
    const core::Activation a = state.activation(id);
    const core::Subgradient s = core::subgradient(a, z);
    ProbeLine line{functionName(id), formatNumber(core::value(a, z)), {}};
    if (s.isKink()) {
        line.derivative =
            ExplorerTextTr::tr("\u2208 [%1, %2], kink: %3 convention takes %4")
                .arg(formatNumber(std::min(s.left, s.right)),
                     formatNumber(std::max(s.left, s.right)), conventionWord(state.convention()),
                     formatNumber(core::derivative(a, z, state.convention())));
    } else {
        // The convention still matters off the kinks for maxout's First: a rounded tie can
        // give a neighbouring piece's slope, as the curve shows.
        line.derivative =
            QStringLiteral("= ") + formatNumber(core::derivative(a, z, state.convention()));
    }
    return line;
}

}  // namespace

QString formatNumber(double v)
{
    if (std::isnan(v)) return QStringLiteral("NaN");
    if (std::isinf(v)) return v > 0 ? QStringLiteral("\u221e") : kMinus + QStringLiteral("\u221e");
    if (v == 0.0) return QStringLiteral("0");  // no "-0"
    // In the interface's language ("0,01" in German; QLocale::setDefault at start-up), without
    // thousands separators, which would read as decimal points in another language.
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    QString text = locale.toString(v, 'g', 4);
    text.replace(QLatin1Char('E'), QLatin1Char('e'));
    if (text.contains(QLatin1Char('e'))) {
        // 1e-05 -> 1×10⁻⁵ would need superscripts; keep e-notation but tidy the exponent.
        text.replace(QStringLiteral("e-0"), QStringLiteral("e-"));
        text.replace(QStringLiteral("e+0"), QStringLiteral("e"));
        text.replace(QStringLiteral("e+"), QStringLiteral("e"));
    }
    return text.replace(QLatin1Char('-'), kMinus);
}

QString formatPiece(const core::MaxoutPiece &piece)
{
    QString slopePart;
    if (piece.slope == 1.0)
        slopePart = QStringLiteral("z");
    else if (piece.slope == -1.0)
        slopePart = kMinus + QStringLiteral("z");
    else if (piece.slope != 0.0)
        slopePart = formatNumber(piece.slope) + QStringLiteral("\u00b7z");
    if (slopePart.isEmpty()) return formatNumber(piece.intercept);
    if (piece.intercept == 0.0) return slopePart;
    const QString sign = piece.intercept > 0 ? QStringLiteral(" + ") : QStringLiteral(" \u2212 ");
    return slopePart + sign + formatNumber(std::abs(piece.intercept));
}

QString formulaHtml(const ExplorerState &state)
{
    QStringList parts;
    const auto fn = [](const QString &name) { return QStringLiteral("<b>%1</b>").arg(name); };
    if (state.isVisible(FunctionId::Relu))
        parts << fn(QStringLiteral("ReLU")) + QStringLiteral("(z) = max(0, z)");
    if (state.isVisible(FunctionId::Leaky)) {
        parts << fn(QStringLiteral("LeakyReLU")) +
                     QStringLiteral("(z) = max(%1\u00b7z, z)").arg(formatNumber(state.alpha()));
    }
    if (state.isVisible(FunctionId::Maxout)) {
        QStringList pieces;
        const core::Maxout &m = state.maxout();
        for (int i = 0; i < m.pieceCount(); ++i) {
            const QString text = formatPiece(m.pieces()[static_cast<size_t>(i)]).toHtmlEscaped();
            // Grey enough to look inactive, dark enough for 4.5:1 on the formula panel.
            pieces << (m.state(i) == core::PieceState::Active
                           ? text
                           : QStringLiteral("<span style='color:#666666'>%1</span>").arg(text));
        }
        parts << fn(QStringLiteral("Maxout")) +
                     QStringLiteral("(z) = max(%1)").arg(pieces.join(QStringLiteral(", ")));
    }
    if (state.isVisible(FunctionId::Softplus)) {
        const double beta = state.softplusBeta();
        parts << fn(QStringLiteral("Softplus")) +
                     (beta == 1.0 ? QStringLiteral("(z) = log(1 + e<sup>z</sup>)")
                                  : QStringLiteral("(z) = log(1 + e<sup>%1z</sup>) / %1")
                                        .arg(formatNumber(beta)));
    }
    if (state.isVisible(FunctionId::Elu))
        parts << fn(QStringLiteral("ELU")) +
                     QStringLiteral("(z) = z if z &gt; 0, else e<sup>z</sup> %1 1").arg(kMinus);
    if (state.isVisible(FunctionId::Gelu))
        parts << fn(QStringLiteral("GELU")) + QStringLiteral("(z) = z\u00b7\u03a6(z)");
    if (state.isVisible(FunctionId::Silu))
        parts << fn(QStringLiteral("SiLU")) + QStringLiteral("(z) = z\u00b7\u03c3(z)");
    if (state.isVisible(FunctionId::Sigmoid))
        parts << fn(QStringLiteral("Sigmoid")) +
                     QStringLiteral("(z) = 1 / (1 + e<sup>%1z</sup>)").arg(kMinus);
    if (state.isVisible(FunctionId::Tanh))
        parts << fn(QStringLiteral("Tanh")) +
                     QStringLiteral(
                         "(z) = (e<sup>z</sup> %1 e<sup>%1z</sup>) / (e<sup>z</sup> + "
                         "e<sup>%1z</sup>)")
                         .arg(kMinus);
    if (parts.isEmpty())
        return ExplorerTextTr::tr("No function is shown: tick one under Functions.");
    return parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp; "));
}

QString probeHtml(const ExplorerState &state, double z)
{
    QStringList parts{QStringLiteral("<b>z = %1</b>").arg(formatNumber(z))};
    for (FunctionId id : kAllFunctions) {
        if (!state.isVisible(id)) continue;
        const ProbeLine line = probeLine(state, id, z);
        parts << QStringLiteral("<b>%1</b>: f = %2, f%3 %4")
                     .arg(line.name, line.value, kPrime, line.derivative.toHtmlEscaped());
    }
    return parts.join(QStringLiteral(" &nbsp;\u2502&nbsp; "));
}

QString probePlainText(const ExplorerState &state, double z)
{
    QStringList lines{QStringLiteral("z = %1").arg(formatNumber(z))};
    for (FunctionId id : kAllFunctions) {
        if (!state.isVisible(id)) continue;
        const ProbeLine line = probeLine(state, id, z);
        lines << QStringLiteral("%1: f = %2, f%3 %4")
                     .arg(line.name, line.value, kPrime, line.derivative);
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace relulab::session
