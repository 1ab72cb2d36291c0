// A vertical scroll area as wide as the control panel it holds, at any font size.
#pragma once

#include <QScrollArea>

namespace relulab::gui {

// The panel scrolls up and down but is never clipped at its right edge: the area asks its
// splitter for the panel's minimum width plus the scroll bar, and asks again whenever the
// panel's layout changes (larger text, controls shown or hidden).
class PanelScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    explicit PanelScrollArea(QWidget *panel, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

}  // namespace relulab::gui
