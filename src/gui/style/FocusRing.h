// A thick ring round whichever control has keyboard focus, in the theme's focus colour.
#pragma once

#include <QColor>
#include <QFocusFrame>
#include <QObject>
#include <QPointer>

namespace relulab::gui {

class FocusRingFrame;

// Follows the application's focus. Like a browser's :focus-visible, the ring shows while the
// keyboard is in use (Tab, arrows, shortcuts) and hides after a mouse press until the next key,
// so dragging a curve does not leave a frame round the plot. The ring is a QFocusFrame: it sits
// just outside the control, above its siblings, clipped like the control, and screen readers
// skip it.
class FocusRing : public QObject
{
    Q_OBJECT

public:
    explicit FocusRing(QObject *parent = nullptr);
    ~FocusRing() override;

    void setAppearance(const QColor &color, double width);
    QColor color() const { return m_color; }
    double width() const { return m_width; }

    // The control the ring is drawn round, or nullptr when it is hidden.
    QWidget *target() const;
    // The ring's own widget (for tests: its geometry and visibility).
    QWidget *frame() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(QWidget *focus);

    QPointer<FocusRingFrame> m_frame;
    QColor m_color = Qt::black;
    double m_width = 3.0;
    bool m_keyboard = true;
};

}  // namespace relulab::gui
