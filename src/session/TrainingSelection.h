// What the training views have selected, in one place: the diagram, the input-space view and the
// histogram read and write this object, so they can never show different units.
#pragma once

#include <QObject>

#include "UnitRef.h"

namespace relulab::session {

class TrainingSelection : public QObject
{
    Q_OBJECT

public:
    explicit TrainingSelection(QObject *parent = nullptr);

    // The selected hidden unit; invalid when none is.
    UnitRef unit() const { return m_unit; }
    // Emits unitChanged when it changes. Whether the network has the unit is for the views to
    // judge (they know its shape); an invalid UnitRef selects none.
    void setUnit(UnitRef unit);
    void clear() { setUnit({}); }

Q_SIGNALS:
    void unitChanged(relulab::session::UnitRef unit);

private:
    UnitRef m_unit;
};

}  // namespace relulab::session
