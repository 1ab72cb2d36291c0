// The names a QCustomPlot legend shows, in order (for the GUI tests that check legends).
#pragma once

#include <qcustomplot.h>
#include <QStringList>

namespace relulab::test {

inline QStringList legendTexts(QCPLegend *legend)
{
    QStringList texts;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i)))
            texts << item->plottable()->name();
    }
    return texts;
}

}  // namespace relulab::test
