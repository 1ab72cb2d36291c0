// The shared selection: one signal per real change.
#include "TrainingSelection.h"

namespace relulab::session {

TrainingSelection::TrainingSelection(QObject *parent) : QObject(parent) {}

void TrainingSelection::setUnit(UnitRef unit)
{
    // Every invalid ref means "none": keep one spelling of it, so none -> none is no change.
    if (!unit.isValid()) unit = {};
    if (unit == m_unit) return;
    m_unit = unit;
    Q_EMIT unitChanged(m_unit);
}

void TrainingSelection::hoverProbe(std::optional<QPointF> at)
{
    if (m_pinned || at == m_probe) return;
    m_probe = at;
    Q_EMIT probeChanged();
}

void TrainingSelection::pinProbe(QPointF at)
{
    if (m_pinned && m_probe == at) return;
    m_pinned = true;
    m_probe = at;
    Q_EMIT probeChanged();
}

void TrainingSelection::releaseProbe()
{
    if (!m_pinned && !m_probe) return;
    m_pinned = false;
    m_probe.reset();
    Q_EMIT probeChanged();
}

}  // namespace relulab::session
