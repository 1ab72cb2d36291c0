// The application style with its indicators, slider handles and button icons grown with the text.
#pragma once

#include <QProxyStyle>

namespace relulab::gui {

// Check boxes, radio buttons, slider handles, scroll bars and button icons are sized in pixels by
// the style, not by the font: next to 24-pixel text a 13-pixel check box looks lost. This proxy
// multiplies those metrics by the text scale; at scale 1 it changes nothing.
class ScaledStyle : public QProxyStyle
{
    Q_OBJECT

public:
    explicit ScaledStyle(QStyle *base);

    void setScale(double scale) { m_scale = scale; }
    double scale() const { return m_scale; }

    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;

private:
    double m_scale = 1.0;
};

}  // namespace relulab::gui
