// The focus ring: a QFocusFrame with its own width, colour and shape, moved with the focus.
#include "gui/style/FocusRing.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleHintReturnMask>
#include <QStyleOption>
#include <cmath>

namespace relulab::gui {

namespace {

// Plots, tables and the diagram have empty margins of their own and often touch the edge of their
// parent, where a ring outside them would be clipped: theirs is drawn just inside. QFocusFrame
// asks for its margins with an option made from the control.
bool ringInside(const QStyleOption *option)
{
    const auto *target = option ? qobject_cast<const QWidget *>(option->styleObject) : nullptr;
    return target && target->width() >= 240 && target->height() >= 140;
}

}  // namespace

// The style of the ring's frame only: how far outside the control it sits (its width), the mask
// that leaves the control itself uncovered, and the painting.
class FocusRingStyle : public QProxyStyle
{
public:
    QColor color = Qt::black;
    int width = 3;

    int pixelMetric(PixelMetric metric, const QStyleOption *option,
                    const QWidget *widget) const override
    {
        if (metric == PM_FocusFrameHMargin || metric == PM_FocusFrameVMargin)
            return ringInside(option) ? 0 : width;
        return QProxyStyle::pixelMetric(metric, option, widget);
    }

    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        // Above the control, or a ring inside a plot would be painted over by the plot.
        if (hint == SH_FocusFrame_AboveWidget) return 1;
        if (hint == SH_FocusFrame_Mask && option) {
            if (auto *mask = qstyleoption_cast<QStyleHintReturnMask *>(returnData)) {
                mask->region = QRegion(option->rect) -
                               QRegion(option->rect.adjusted(width, width, -width, -width));
                return 1;
            }
        }
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        if (element != CE_FocusFrame) {
            QProxyStyle::drawControl(element, option, painter, widget);
            return;
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(color, width, Qt::SolidLine, Qt::SquareCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        const double half = width / 2.0;
        painter->drawRoundedRect(QRectF(option->rect).adjusted(half, half, -half, -half), width,
                                 width);
        painter->restore();
    }
};

class FocusRingFrame : public QFocusFrame
{
public:
    FocusRingFrame() : m_style(new FocusRingStyle)
    {
        m_style->setParent(this);
        setStyle(m_style);
        setObjectName(QStringLiteral("focusRing"));
    }
    void setAppearance(const QColor &color, int width)
    {
        m_style->color = color;
        m_style->width = width;
        // The margins and mask come from the style: a new widget() re-reads them.
        if (QWidget *w = widget()) {
            setWidget(nullptr);
            setWidget(w);
            updateMask();
        }
        update();
    }
    // QFocusFrame sets its mask only when its geometry changes; an inside ring of a new width
    // keeps the geometry.
    void updateMask()
    {
        QStyleOption option;
        option.initFrom(this);
        option.rect = rect();
        QStyleHintReturnMask mask;
        if (m_style->styleHint(QStyle::SH_FocusFrame_Mask, &option, this, &mask))
            setMask(mask.region);
    }

private:
    FocusRingStyle *m_style;
};

FocusRing::FocusRing(QObject *parent) : QObject(parent)
{
    qApp->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { follow(now); });
}

FocusRing::~FocusRing()
{
    delete m_frame.data();
}

void FocusRing::setAppearance(const QColor &color, double width)
{
    m_color = color;
    m_width = width;
    if (m_frame) m_frame->setAppearance(color, static_cast<int>(std::lround(width)));
}

QWidget *FocusRing::target() const
{
    return m_frame && m_frame->isVisible() ? m_frame->widget() : nullptr;
}

QWidget *FocusRing::frame() const
{
    return m_frame;
}

void FocusRing::follow(QWidget *focus)
{
    const bool show = m_keyboard && focus && !focus->isWindow() && focus->parentWidget();
    if (!show) {
        if (m_frame) m_frame->setWidget(nullptr);
        return;
    }
    // The frame lives beside its control, so it goes when the control's parent goes.
    if (!m_frame) {
        m_frame = new FocusRingFrame;
        m_frame->setAppearance(m_color, static_cast<int>(std::lround(m_width)));
    }
    m_frame->setWidget(focus);
    m_frame->updateMask();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
        case QEvent::KeyPress: {
            const int key = static_cast<QKeyEvent *>(event)->key();
            const bool modifierOnly = key == Qt::Key_Shift || key == Qt::Key_Control ||
                                      key == Qt::Key_Alt || key == Qt::Key_Meta;
            if (!m_keyboard && !modifierOnly) {
                m_keyboard = true;
                follow(QApplication::focusWidget());
            }
            break;
        }
        case QEvent::MouseButtonPress:
            if (m_keyboard && watched->isWidgetType()) {
                m_keyboard = false;
                follow(nullptr);
            }
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace relulab::gui
