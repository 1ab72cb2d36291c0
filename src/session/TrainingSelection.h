// What the training views have selected, in one place: the diagram, the input-space view, the
// histogram and the calculation panel read and write this object, so they can never show
// different units or different probed points.
#pragma once

#include <QObject>
#include <QPointF>
#include <optional>

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

    // The point probe: a point of the input space every view follows, in data coordinates
    // ((x1, x2); 1-D data uses x only). It follows the mouse over the input-space view until a
    // click pins it; a pinned probe stays (and moves by keys) until it is released.
    std::optional<QPointF> probe() const { return m_probe; }
    bool probePinned() const { return m_pinned; }
    // The mouse is over `at` (nullopt: it left the view). Ignored while the probe is pinned.
    void hoverProbe(std::optional<QPointF> at);
    // Pins the probe at `at`; moves a pinned one there.
    void pinProbe(QPointF at);
    // Unpins and hides the probe.
    void releaseProbe();

Q_SIGNALS:
    void unitChanged(relulab::session::UnitRef unit);
    // The probe moved, appeared, disappeared, or was pinned or released.
    void probeChanged();

private:
    UnitRef m_unit;
    std::optional<QPointF> m_probe;
    bool m_pinned = false;
};

}  // namespace relulab::session
