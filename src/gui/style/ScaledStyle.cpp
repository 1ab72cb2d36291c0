// Which style metrics grow with the text.
#include "gui/style/ScaledStyle.h"

#include <cmath>

namespace relulab::gui {

ScaledStyle::ScaledStyle(QStyle *base) : QProxyStyle(base) {}

int ScaledStyle::pixelMetric(PixelMetric metric, const QStyleOption *option,
                             const QWidget *widget) const
{
    const int value = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
        case PM_IndicatorWidth:
        case PM_IndicatorHeight:
        case PM_ExclusiveIndicatorWidth:
        case PM_ExclusiveIndicatorHeight:
        case PM_SliderThickness:
        case PM_SliderLength:
        case PM_SliderControlThickness:
        case PM_ScrollBarExtent:
        case PM_ButtonIconSize:
        case PM_SmallIconSize:
        case PM_TabBarIconSize:
        case PM_CheckBoxLabelSpacing:
        case PM_RadioButtonLabelSpacing:
            return m_scale == 1.0 ? value : static_cast<int>(std::lround(value * m_scale));
        default:
            return value;
    }
}

}  // namespace relulab::gui
