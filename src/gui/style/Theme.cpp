// Colour values of the standard and high-contrast themes, their palettes and the contrast maths.
#include "gui/style/Theme.h"

#include <QObject>
#include <algorithm>
#include <cmath>

namespace relulab::gui {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

Theme makeStandard()
{
    Theme t;
    t.highContrast = false;
    // Fusion's light palette, with the two roles that miss 4.5:1 fixed: the selection (white on
    // Fusion's #308CC6 is 3.7:1, on Okabe-Ito blue 5.2:1) and placeholder text (half-transparent
    // black is about 3.5:1).
    t.window = QColor(0xEF, 0xEF, 0xEF);
    t.windowText = Qt::black;
    t.base = Qt::white;
    t.text = Qt::black;
    t.button = QColor(0xEF, 0xEF, 0xEF);
    t.buttonText = Qt::black;
    t.highlight = QColor(0x00, 0x72, 0xB2);
    t.highlightedText = Qt::white;
    t.toolTipBase = QColor(0xFF, 0xFF, 0xDC);
    t.toolTipText = Qt::black;
    t.placeholder = QColor(0x6B, 0x6B, 0x6B);
    t.link = QColor(0x00, 0x5A, 0x8C);
    t.mutedText = QColor(0x55, 0x55, 0x55);
    t.errorText = QColor(0xB0, 0x00, 0x20);
    t.panel = QColor(0xF4, 0xF6, 0xF8);
    t.panelBorder = QColor(0xC8, 0xCD, 0xD2);
    t.focus = QColor(0x00, 0x72, 0xB2);
    t.focusWidth = 3.0;

    t.plotBackground = Qt::white;
    t.plotText = QColor(0x40, 0x40, 0x40);
    t.axis = QColor(0x40, 0x40, 0x40);
    t.grid = QColor(0xD8, 0xD8, 0xD8);
    t.subGrid = QColor(0xEE, 0xEE, 0xEE);
    t.zeroLine = QColor(0x80, 0x80, 0x80);
    t.legendFill = QColor(255, 255, 255, 225);
    t.legendBorder = QColor(0xD8, 0xD8, 0xD8);
    t.probe = QColor(0x55, 0x55, 0x55);
    t.hiddenPiece = QColor(0x9A, 0x9A, 0x9A);
    t.curveWidth = 1.0;
    return t;
}

Theme makeHighContrast()
{
    Theme t;
    t.highContrast = true;
    t.window = Qt::white;
    t.windowText = Qt::black;
    t.base = Qt::white;
    t.text = Qt::black;
    t.button = Qt::white;
    t.buttonText = Qt::black;
    t.highlight = Qt::black;
    t.highlightedText = Qt::white;
    t.toolTipBase = Qt::white;
    t.toolTipText = Qt::black;
    t.placeholder = QColor(0x33, 0x33, 0x33);
    t.link = QColor(0x00, 0x00, 0xB0);
    t.mutedText = QColor(0x26, 0x26, 0x26);
    t.errorText = QColor(0xB0, 0x00, 0x20);  // 7.3:1 on white, as in the standard theme
    t.panel = Qt::white;
    t.panelBorder = Qt::black;
    t.focus = Qt::black;
    t.focusWidth = 4.0;

    t.plotBackground = Qt::white;
    t.plotText = Qt::black;
    t.axis = Qt::black;
    // Non-text graphics need 3:1: the grid is still lighter than the curves but visible.
    t.grid = QColor(0x8C, 0x8C, 0x8C);
    t.subGrid = QColor(0xB4, 0xB4, 0xB4);
    t.zeroLine = Qt::black;
    t.legendFill = Qt::white;
    t.legendBorder = Qt::black;
    t.probe = Qt::black;
    t.hiddenPiece = QColor(0x6B, 0x6B, 0x6B);
    t.curveWidth = 1.5;
    return t;
}

}  // namespace

double relativeLuminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor composite(const QColor &over, const QColor &under)
{
    const QColor o = over.toRgb();
    const QColor u = under.toRgb();
    const double a = o.alphaF();
    const auto mixChannel = [a](double top, double bottom) { return top * a + bottom * (1 - a); };
    return QColor::fromRgbF(static_cast<float>(mixChannel(o.redF(), u.redF())),
                            static_cast<float>(mixChannel(o.greenF(), u.greenF())),
                            static_cast<float>(mixChannel(o.blueF(), u.blueF())));
}

QColor readableOn(const QColor &color, const QColor &background, double minRatio)
{
    QColor c = color.toHsl();
    c.setAlpha(255);
    if (contrastRatio(c, background) >= minRatio) return c.toRgb();
    const bool darken = relativeLuminance(background) > 0.18;
    float h = 0, s = 0, l = 0, alpha = 1;
    c.getHslF(&h, &s, &l, &alpha);
    // Lightness in small steps: the nearest variant that reads, so the hue stays recognisable.
    for (int i = 0; i < 200; ++i) {
        l = std::clamp(l + (darken ? -0.005F : 0.005F), 0.0F, 1.0F);
        const QColor candidate = QColor::fromHslF(h, s, l);
        if (contrastRatio(candidate, background) >= minRatio) return candidate.toRgb();
    }
    return darken ? QColor(Qt::black) : QColor(Qt::white);
}

QPalette Theme::palette() const
{
    QPalette p(button, window);  // derives the bevel shades (light, mid, dark, shadow)
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, windowText);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, highContrast ? base : QColor(0xF7, 0xF7, 0xF7));
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, buttonText);
        p.setColor(group, QPalette::Highlight, highlight);
        p.setColor(group, QPalette::HighlightedText, highlightedText);
        p.setColor(group, QPalette::ToolTipBase, toolTipBase);
        p.setColor(group, QPalette::ToolTipText, toolTipText);
        p.setColor(group, QPalette::PlaceholderText, placeholder);
        p.setColor(group, QPalette::Link, link);
        p.setColor(group, QPalette::LinkVisited, link);
        p.setColor(group, QPalette::BrightText, Qt::white);
    }
    if (highContrast) {
        // Frames and bevels in black: edges of fields and buttons are visible too.
        for (auto group : {QPalette::Active, QPalette::Inactive}) {
            p.setColor(group, QPalette::Dark, Qt::black);
            p.setColor(group, QPalette::Mid, QColor(0x40, 0x40, 0x40));
            p.setColor(group, QPalette::Shadow, Qt::black);
        }
    }
    // Disabled controls are exempt from the contrast rule, and must look disabled.
    const QColor disabled = highContrast ? QColor(0x59, 0x59, 0x59) : QColor(0x8C, 0x8C, 0x8C);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Window, window);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, button);
    p.setColor(QPalette::Disabled, QPalette::Highlight, disabled);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, Qt::white);
    return p;
}

std::vector<TextPair> Theme::textPairs() const
{
    return {
        {QStringLiteral("window text on the window"), windowText, window},
        {QStringLiteral("text on a field"), text, base},
        {QStringLiteral("button text on a button"), buttonText, button},
        {QStringLiteral("selected text on the selection"), highlightedText, highlight},
        {QStringLiteral("tooltip text on a tooltip"), toolTipText, toolTipBase},
        {QStringLiteral("placeholder text on a field"), placeholder, base},
        {QStringLiteral("link on a field"), link, base},
        {QStringLiteral("muted text on the window"), mutedText, window},
        {QStringLiteral("error text on the window"), errorText, window},
        {QStringLiteral("formula text on the formula panel"), windowText, panel},
        {QStringLiteral("muted text on the formula panel"), mutedText, panel},
        {QStringLiteral("plot text on the plot"), plotText, plotBackground},
        {QStringLiteral("plot text on a legend"), plotText, composite(legendFill, plotBackground)},
    };
}

const Theme &standardTheme()
{
    static const Theme t = makeStandard();
    return t;
}

const Theme &highContrastTheme()
{
    static const Theme t = makeHighContrast();
    return t;
}

const Theme &theme(bool highContrast)
{
    return highContrast ? highContrastTheme() : standardTheme();
}

}  // namespace relulab::gui
