// The one source of truth for the explorer: every control, drag and file goes through it.
#pragma once

#include <QObject>

#include "ExplorerSettings.h"
#include "core/Maxout.h"

namespace relulab::session {

class ExplorerState : public QObject
{
    Q_OBJECT

public:
    explicit ExplorerState(QObject *parent = nullptr);

    const ExplorerSettings &settings() const { return m_settings; }
    double alpha() const { return m_settings.alpha; }
    double lo() const { return m_settings.lo; }
    double hi() const { return m_settings.hi; }
    const std::vector<core::MaxoutPiece> &pieces() const { return m_settings.pieces; }
    const core::Maxout &maxout() const { return m_maxout; }
    core::KinkConvention convention() const { return m_settings.convention; }
    bool isVisible(FunctionId id) const { return m_settings.visible.contains(id); }
    bool showSubgradient() const { return m_settings.showSubgradient; }
    int samples() const { return m_settings.samples; }
    double softplusBeta() const { return m_settings.softplusBeta; }
    const std::vector<PinnedCurve> &pinned() const { return m_settings.pinned; }
    core::Activation activation(FunctionId id) const;

    // Setters return an empty string on success (emitting only if something changed) and the
    // reason otherwise, leaving the state untouched.
    QString setAlpha(double alpha);
    QString setRange(double lo, double hi);
    QString setPieces(const std::vector<core::MaxoutPiece> &pieces);
    QString setPiece(int index, core::MaxoutPiece piece);
    void setConvention(core::KinkConvention convention);
    void setVisible(FunctionId id, bool visible);
    void setShowSubgradient(bool show);
    QString setSamples(int samples);
    QString setSoftplusBeta(double beta);
    // Pins the function with the current parameters (fails when kMaxPinned are pinned).
    QString pin(FunctionId id);
    QString setPinned(const std::vector<PinnedCurve> &pinned);
    void unpin(int index);
    // Replaces everything at once; each signal whose part changed is emitted once.
    QString apply(const ExplorerSettings &settings);

Q_SIGNALS:
    void alphaChanged(double alpha);
    void rangeChanged(double lo, double hi);
    void piecesChanged();
    void conventionChanged(relulab::core::KinkConvention convention);
    void visibilityChanged();
    void showSubgradientChanged(bool show);
    void samplesChanged(int samples);
    void softplusBetaChanged(double beta);
    void pinnedChanged();

private:
    ExplorerSettings m_settings;
    core::Maxout m_maxout;
};

}  // namespace relulab::session
