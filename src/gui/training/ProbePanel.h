// The calculation at the probed point: for the selected unit, inputs × weights + bias = z, then
// f(z) and f'(z) with the real numbers (for maxout, every piece's value and the winner); the
// network's output and class there; with Compare, both runs' paths (which units are on).
#pragma once

#include <QWidget>
#include <memory>
#include <optional>

#include "core/LinearRegions.h"
#include "core/Mlp.h"
#include "core/ProbePath.h"
#include "session/UnitRef.h"

class QLabel;

namespace relulab::gui {

class ProbePanel : public QWidget
{
    Q_OBJECT

public:
    struct Run
    {
        std::shared_ptr<const core::Mlp> network;
        core::ProbePath path;
        QString name;  // e.g. "This run: Leaky ReLU α = 0.01" (session::runName)
    };
    struct State
    {
        std::optional<QPointF> at;  // none: no probe
        bool pinned = false;
        std::optional<Run> main;     // none: no network yet
        std::optional<Run> compare;  // the second run, when comparing
        session::UnitRef unit;       // the selected unit (invalid: none)
        // The linear region holding the point, when the Regions display has them: its number,
        // how many there are, its pattern (per hidden unit: on/off, or maxout's winning piece)
        // and the network's output on it as a·x₁ + b·x₂ + c.
        struct Region
        {
            int index = 0;
            int count = 0;
            std::vector<std::uint8_t> pattern;
            core::Affine2 output;
        };
        std::optional<Region> region;
    };

    explicit ProbePanel(QWidget *parent = nullptr);

    void setState(State state);
    const State &state() const { return m_state; }
    // The text shown (rich text), for tests.
    QString text() const;

    // Room for the sum of a unit of a few inputs; it scrolls when it is dragged smaller.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    QString headerText() const;
    QString unitText(const Run &run) const;
    QString pathText(const Run &run) const;
    QString regionText() const;

    State m_state;
    QLabel *m_label = nullptr;
};

}  // namespace relulab::gui
