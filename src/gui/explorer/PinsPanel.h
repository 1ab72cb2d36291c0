// The control panel's list of pinned curves: one row per pin with its line style and a button to
// unpin it, and buttons to pin the visible curves and to clear the pins.
#pragma once

#include <QGroupBox>

#include "session/Pinning.h"

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace relulab::gui {

class PinsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit PinsPanel(session::ExplorerState *state, QWidget *parent = nullptr);

    // Pins every visible function with the current parameters (see session::pinVisible);
    // emits errorOccurred with the reason when nothing could be pinned.
    session::PinResult pinVisible();

    // For tests: the remove button of a pin's row (nullptr for no such pin).
    QToolButton *removeButton(int pin) const;
    QPushButton *pinButton() const { return m_pin; }
    QPushButton *clearButton() const { return m_clear; }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void rebuildRows();

    session::ExplorerState *m_state;
    QVBoxLayout *m_rows = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_pin = nullptr;
    QPushButton *m_clear = nullptr;
    std::vector<QToolButton *> m_removeButtons;
};

}  // namespace relulab::gui
