// The input-space view's colour map of the prediction: QCPColorMap's data (the grid values, for
// tests and tooltips) with the picture the snapshot analysis already painted, instead of
// colouring every cell again on the GUI thread.
#pragma once

#include <qcustomplot.h>
#include <QImage>

namespace relulab::gui {

class FieldColorMap : public QCPColorMap
{
public:
    FieldColorMap(QCPAxis *keyAxis, QCPAxis *valueAxis);

    // The grid's picture (one pixel per cell, the top row the largest value) and the same at the
    // plot's size in device pixels, drawn unscaled whenever it fits the plot exactly.
    void setField(const QImage &image, const QImage &pixels);

protected:
    void updateMapImage() override;
    void draw(QCPPainter *painter) override;

private:
    QImage m_image;
    QImage m_pixels;
};

}  // namespace relulab::gui
