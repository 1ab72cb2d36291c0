// The fine steps: Shift + arrows in double spin boxes and sliders.
#include "gui/common/KeyboardNudge.h"

#include <QAbstractSlider>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <algorithm>

namespace relulab::gui {

namespace {

// +1 for Up/Right, -1 for Down/Left, 0 for any other key.
int arrowDirection(int key)
{
    switch (key) {
        case Qt::Key_Up:
        case Qt::Key_Right:
            return 1;
        case Qt::Key_Down:
        case Qt::Key_Left:
            return -1;
        default:
            return 0;
    }
}

}  // namespace

KeyboardNudge::KeyboardNudge(QObject *parent) : QObject(parent)
{
    qApp->installEventFilter(this);
}

KeyboardNudge::~KeyboardNudge()
{
    qApp->removeEventFilter(this);
}

bool KeyboardNudge::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress) return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    const int direction = arrowDirection(key->key());
    if (modifiers != Qt::ShiftModifier || direction == 0)
        return QObject::eventFilter(watched, event);

    if (auto *spin = qobject_cast<QDoubleSpinBox *>(watched)) {
        // Left and Right move the text cursor in a spin box; only Up and Down step.
        if (key->key() != Qt::Key_Up && key->key() != Qt::Key_Down) return false;
        if (spin->isReadOnly() || !spin->isEnabled()) return false;
        spin->setValue(spin->value() + direction * spin->singleStep() / kFineDivisor);
        return true;
    }
    if (auto *slider = qobject_cast<QAbstractSlider *>(watched)) {
        if (!slider->isEnabled()) return false;
        const int step = std::max(1, slider->singleStep() / kFineDivisor);
        slider->setValue(slider->value() +
                         (slider->invertedControls() ? -1 : 1) * direction * step);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace relulab::gui
