// The panel scroll area's width follows the panel's minimum width.
#include "gui/common/PanelScrollArea.h"

#include <QEvent>
#include <QScrollBar>

namespace relulab::gui {

PanelScrollArea::PanelScrollArea(QWidget *panel, QWidget *parent) : QScrollArea(parent)
{
    setWidget(panel);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::NoFocus);  // the controls inside take focus, not the frame round them
}

QSize PanelScrollArea::minimumSizeHint() const
{
    const QSize base = QScrollArea::minimumSizeHint();
    if (!widget()) return base;
    const int width = widget()->minimumSizeHint().width() +
                      verticalScrollBar()->sizeHint().width() + 2 * frameWidth() + 4;
    return {width, base.height()};
}

QSize PanelScrollArea::sizeHint() const
{
    const QSize base = QScrollArea::sizeHint();
    return {std::max(base.width(), minimumSizeHint().width()), base.height()};
}

bool PanelScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest) updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

}  // namespace relulab::gui
