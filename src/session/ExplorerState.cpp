// Validated setters that emit exactly one change signal per real change.
#include "ExplorerState.h"

namespace relulab::session {

ExplorerState::ExplorerState(QObject *parent) : QObject(parent), m_maxout(m_settings.pieces) {}

core::Activation ExplorerState::activation(FunctionId id) const
{
    if (id == FunctionId::Maxout) return m_maxout;
    return m_settings.activation(id);
}

QString ExplorerState::setAlpha(double alpha)
{
    if (auto error = validateAlpha(alpha); !error.isEmpty()) return error;
    if (alpha == m_settings.alpha) return {};
    m_settings.alpha = alpha;
    Q_EMIT alphaChanged(alpha);
    return {};
}

QString ExplorerState::setRange(double lo, double hi)
{
    if (auto error = validateRange(lo, hi); !error.isEmpty()) return error;
    if (lo == m_settings.lo && hi == m_settings.hi) return {};
    m_settings.lo = lo;
    m_settings.hi = hi;
    Q_EMIT rangeChanged(lo, hi);
    return {};
}

QString ExplorerState::setPieces(const std::vector<core::MaxoutPiece> &pieces)
{
    if (auto error = validatePieces(pieces); !error.isEmpty()) return error;
    if (pieces == m_settings.pieces) return {};
    m_settings.pieces = pieces;
    m_maxout = core::Maxout(pieces);
    Q_EMIT piecesChanged();
    return {};
}

QString ExplorerState::setPiece(int index, core::MaxoutPiece piece)
{
    if (index < 0 || index >= static_cast<int>(m_settings.pieces.size()))
        return tr("there is no maxout piece %1").arg(index + 1);
    auto pieces = m_settings.pieces;
    pieces[static_cast<size_t>(index)] = piece;
    return setPieces(pieces);
}

void ExplorerState::setConvention(core::KinkConvention convention)
{
    if (convention == m_settings.convention) return;
    m_settings.convention = convention;
    Q_EMIT conventionChanged(convention);
}

void ExplorerState::setVisible(FunctionId id, bool visible)
{
    if (visible == m_settings.visible.contains(id)) return;
    if (visible)
        m_settings.visible.insert(id);
    else
        m_settings.visible.remove(id);
    Q_EMIT visibilityChanged();
}

void ExplorerState::setShowSubgradient(bool show)
{
    if (show == m_settings.showSubgradient) return;
    m_settings.showSubgradient = show;
    Q_EMIT showSubgradientChanged(show);
}

QString ExplorerState::setSamples(int samples)
{
    if (samples < ExplorerSettings::kMinSamples || samples > ExplorerSettings::kMaxSamples)
        return tr("the number of samples must be between 2 and 1000000");
    if (samples == m_settings.samples) return {};
    m_settings.samples = samples;
    Q_EMIT samplesChanged(samples);
    return {};
}

QString ExplorerState::setSoftplusBeta(double beta)
{
    ExplorerSettings candidate = m_settings;
    candidate.softplusBeta = beta;
    if (auto error = candidate.validate(); !error.isEmpty()) return error;
    if (beta == m_settings.softplusBeta) return {};
    m_settings.softplusBeta = beta;
    Q_EMIT softplusBetaChanged(beta);
    return {};
}

QString ExplorerState::pin(FunctionId id)
{
    auto pinned = m_settings.pinned;
    pinned.push_back(m_settings.pin(id));
    return setPinned(pinned);
}

QString ExplorerState::setPinned(const std::vector<PinnedCurve> &pinned)
{
    ExplorerSettings candidate = m_settings;
    candidate.pinned = pinned;
    if (auto error = candidate.validate(); !error.isEmpty()) return error;
    if (pinned == m_settings.pinned) return {};
    m_settings.pinned = pinned;
    Q_EMIT pinnedChanged();
    return {};
}

void ExplorerState::unpin(int index)
{
    if (index < 0 || index >= static_cast<int>(m_settings.pinned.size())) return;
    auto pinned = m_settings.pinned;
    pinned.erase(pinned.begin() + index);
    setPinned(pinned);
}

QString ExplorerState::apply(const ExplorerSettings &settings)
{
    if (auto error = settings.validate(); !error.isEmpty()) return error;
    const ExplorerSettings old = m_settings;
    m_settings = settings;
    m_maxout = core::Maxout(settings.pieces);
    if (old.alpha != settings.alpha) Q_EMIT alphaChanged(settings.alpha);
    if (old.lo != settings.lo || old.hi != settings.hi)
        Q_EMIT rangeChanged(settings.lo, settings.hi);
    if (old.pieces != settings.pieces) Q_EMIT piecesChanged();
    if (old.convention != settings.convention) Q_EMIT conventionChanged(settings.convention);
    if (old.visible != settings.visible) Q_EMIT visibilityChanged();
    if (old.showSubgradient != settings.showSubgradient)
        Q_EMIT showSubgradientChanged(settings.showSubgradient);
    if (old.samples != settings.samples) Q_EMIT samplesChanged(settings.samples);
    if (old.softplusBeta != settings.softplusBeta)
        Q_EMIT softplusBetaChanged(settings.softplusBeta);
    if (old.pinned != settings.pinned) Q_EMIT pinnedChanged();
    return {};
}

}  // namespace relulab::session
