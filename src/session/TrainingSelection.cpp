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

}  // namespace relulab::session
