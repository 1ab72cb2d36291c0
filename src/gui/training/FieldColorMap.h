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

    // The grid's prediction and its picture (one pixel per cell, the top row the largest value).
    void setField(const QImage &image);

protected:
    void updateMapImage() override;

private:
    QImage m_image;
};

}  // namespace relulab::gui
