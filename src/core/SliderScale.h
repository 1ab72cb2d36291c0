// Mapping between a slider's integer ticks and a parameter value, linear or with fine steps.
#pragma once

namespace relulab::core {

class SliderScale
{
public:
    enum class Kind {
        Linear,        // value = min + (max - min) * t
        SignedSquare,  // value = sign(u) u^2 * max with u in [-1, 1]: fine steps near 0
        Log,           // value = min * (max / min)^t, min > 0
    };

    // Throws std::invalid_argument for ticks < 1, non-finite bounds, max < min, or Log with
    // min <= 0. min == max is allowed (every tick maps to that value).
    SliderScale(Kind kind, double min, double max, int ticks);

    int ticks() const { return m_ticks; }
    int minimumTick() const { return m_kind == Kind::SignedSquare ? -m_ticks : 0; }
    int maximumTick() const { return m_ticks; }
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }

    double toValue(int tick) const;
    // The nearest tick; values outside [min, max] go to the end ticks.
    int toTick(double value) const;

private:
    Kind m_kind;
    double m_min;
    double m_max;
    int m_ticks;
};

}  // namespace relulab::core
