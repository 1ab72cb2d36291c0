// Tick <-> value mappings, guarded against empty ranges and out-of-range values.
#include "SliderScale.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace relulab::core {

SliderScale::SliderScale(Kind kind, double min, double max, int ticks)
    : m_kind(kind), m_min(min), m_max(max), m_ticks(ticks)
{
    if (ticks < 1) throw std::invalid_argument("a slider needs at least one tick");
    if (!std::isfinite(min) || !std::isfinite(max) || max < min)
        throw std::invalid_argument("slider bounds must be finite with min <= max");
    if (kind == Kind::Log && min <= 0.0)
        throw std::invalid_argument("a logarithmic slider needs min > 0");
    if (kind == Kind::SignedSquare && (min != -max || max < 0.0))
        throw std::invalid_argument("a signed-square slider is symmetric: min = -max");
}

double SliderScale::toValue(int tick) const
{
    const int t = std::clamp(tick, minimumTick(), maximumTick());
    const double u = static_cast<double>(t) / m_ticks;
    switch (m_kind) {
        case Kind::Linear:
            return t == m_ticks ? m_max : m_min + (m_max - m_min) * u;
        case Kind::SignedSquare:
            return std::copysign(u * u, u) * m_max;
        case Kind::Log:
            return t == m_ticks ? m_max : m_min * std::pow(m_max / m_min, u);
    }
    return m_min;
}

int SliderScale::toTick(double value) const
{
    if (std::isnan(value) || m_max == m_min) return minimumTick();
    double u = 0.0;
    switch (m_kind) {
        case Kind::Linear:
            u = (value - m_min) / (m_max - m_min);
            break;
        case Kind::SignedSquare: {
            const double r = std::clamp(value / m_max, -1.0, 1.0);
            u = std::copysign(std::sqrt(std::abs(r)), r);
            break;
        }
        case Kind::Log:
            u = value <= 0.0 ? 0.0 : std::log(value / m_min) / std::log(m_max / m_min);
            break;
    }
    const double t = std::round(std::clamp(u, -1.0, 1.0) * m_ticks);
    return std::clamp(static_cast<int>(t), minimumTick(), maximumTick());
}

}  // namespace relulab::core
