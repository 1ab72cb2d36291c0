// Applying the text scale and theme to the application and to the views; the saved choices.
#include "gui/style/Appearance.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>
#include <algorithm>

#include "gui/style/FocusRing.h"
#include "gui/style/PlotStyle.h"
#include "gui/style/ScaledStyle.h"

namespace relulab::gui {

namespace {

const QString kTextStepKey = QStringLiteral("appearance/textStep");
const QString kHighContrastKey = QStringLiteral("appearance/highContrast");

}  // namespace

Appearance::Appearance(QObject *parent)
    : QObject(parent),
      m_baseFont(QApplication::font()),
      m_basePalette(QApplication::palette()),
      m_baseStyleName(QApplication::style()->name()),
      m_focusRing(new FocusRing(this))
{
    qRegisterMetaType<DisplayStyle>();
    m_style = new ScaledStyle(QStyleFactory::create(m_baseStyleName));
    QApplication::setStyle(m_style);
    const QSettings settings;
    m_textStep = std::clamp(settings.value(kTextStepKey, kNormalStep).toInt(), 0,
                            static_cast<int>(kTextSteps.size()) - 1);
    m_highContrast = settings.value(kHighContrastKey, false).toBool();
    apply();
}

Appearance::~Appearance()
{
    if (QApplication::style() == m_style)
        QApplication::setStyle(QStyleFactory::create(m_baseStyleName));
    QApplication::setFont(m_baseFont);
    QApplication::setPalette(m_basePalette);
}

DisplayStyle Appearance::style() const
{
    return {textStepFactor() * m_presentation, m_presentation, m_highContrast};
}

int Appearance::largestTextStep() const
{
    return m_presenting ? kLargestPresentationStep : static_cast<int>(kTextSteps.size()) - 1;
}

void Appearance::setTextStep(int step)
{
    step = std::clamp(step, 0, largestTextStep());
    if (step == m_textStep) return;
    m_textStep = step;
    QSettings().setValue(kTextStepKey, m_textStep);
    apply();
}

void Appearance::setHighContrast(bool on)
{
    if (on == m_highContrast) return;
    m_highContrast = on;
    QSettings().setValue(kHighContrastKey, m_highContrast);
    apply();
}

void Appearance::setPresentation(bool on, double factor)
{
    factor = on ? std::clamp(factor, 1.0, 4.0) : 1.0;
    if (on == m_presenting && factor == m_presentation) return;
    m_presenting = on;
    m_presentation = factor;
    apply();
}

double Appearance::presentationFactorFor(int screenHeight, double logicalDpi, const QFont &base)
{
    const double pixelsPerPoint = logicalDpi / 72.0;
    const double basePixels =
        base.pointSizeF() > 0 ? base.pointSizeF() * pixelsPerPoint : base.pixelSize();
    const double smallest = std::min(basePixels, kSmallestPlotPoints * pixelsPerPoint);
    const double target =
        kPresentationPixels * screenHeight / static_cast<double>(kReferenceScreenHeight);
    return smallest > 0 ? std::max(1.0, target / smallest) : 1.0;
}

void Appearance::setRelativeFont(QWidget *widget, double factor, bool bold)
{
    auto it = std::find_if(m_relativeFonts.begin(), m_relativeFonts.end(),
                           [widget](const RelativeFont &r) { return r.widget == widget; });
    if (it == m_relativeFonts.end()) {
        m_relativeFonts.push_back({widget, factor, bold});
    } else {
        it->factor = factor;
        it->bold = bold;
    }
    QFont font = scaledBase(style().text * factor);
    font.setBold(bold);
    widget->setFont(font);
}

QFont Appearance::scaledBase(double factor) const
{
    QFont font = m_baseFont;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(std::max(1, static_cast<int>(std::lround(font.pixelSize() * factor))));
    return font;
}

void Appearance::apply()
{
    const DisplayStyle s = style();
    const Theme &t = theme();
    // The metrics first: the font change below lays every widget out again with them.
    if (QApplication::style() == m_style) m_style->setScale(s.text);
    QApplication::setFont(scaledBase(s.text));
    QApplication::setPalette(t.palette());
    std::erase_if(m_relativeFonts, [](const RelativeFont &r) { return r.widget.isNull(); });
    for (const RelativeFont &r : m_relativeFonts) {
        QFont font = scaledBase(s.text * r.factor);
        font.setBold(r.bold);
        r.widget->setFont(font);
    }
    m_focusRing->setAppearance(t.focus, t.focusWidth * std::max(1.0, s.line));
    Q_EMIT styleChanged(s);
}

}  // namespace relulab::gui
