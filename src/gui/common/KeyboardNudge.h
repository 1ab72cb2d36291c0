// Shift + arrow keys for fine steps in every spin box and slider of the application.
#pragma once

#include <QObject>

namespace relulab::gui {

// An application-wide key filter: Shift+Up/Down in a QDoubleSpinBox steps by a tenth of its
// single step; Shift+arrow on a slider moves it by a tenth of its single step (at least one
// tick). Plain arrows keep Qt's own single steps.
class KeyboardNudge : public QObject
{
    Q_OBJECT

public:
    static constexpr int kFineDivisor = 10;

    explicit KeyboardNudge(QObject *parent = nullptr);
    ~KeyboardNudge() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

}  // namespace relulab::gui
