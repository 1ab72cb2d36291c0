// The window's text size, theme and presentation scale: one place that every view listens to.
#pragma once

#include <QFont>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <algorithm>
#include <array>
#include <vector>

#include "gui/style/DisplayStyle.h"
#include "gui/style/Theme.h"

class QWidget;

namespace relulab::gui {

class FocusRing;
class ScaledStyle;

// Owns what the audience needs: the text step (Ctrl+= / Ctrl+- / Ctrl+0, saved in the settings),
// the high-contrast theme (saved) and, in presentation mode, a factor that makes the smallest
// text 24 px on a 1080-line screen. It applies them to the application (font, palette, focus ring)
// and hands a DisplayStyle to every attached view. On destruction it puts back the application
// font and palette it found.
class Appearance : public QObject
{
    Q_OBJECT

public:
    static constexpr std::array<double, 7> kTextSteps = {0.8, 0.9, 1.0, 1.12, 1.25, 1.4, 1.6};
    static constexpr int kNormalStep = 2;
    // Presentation text is already large: there the steps stop at 1.25 (the smallest text about
    // 30 px at 1080 lines), where every view still fits a 1920 x 1080 screen without clipping.
    static constexpr int kLargestPresentationStep = 4;
    // Presentation: the smallest text is this many pixels on a screen 1080 pixels high, and
    // proportionally on others (the projected picture is the same size).
    static constexpr double kPresentationPixels = 24.0;
    static constexpr int kReferenceScreenHeight = 1080;

    explicit Appearance(QObject *parent = nullptr);
    ~Appearance() override;

    DisplayStyle style() const;
    const Theme &theme() const { return gui::theme(m_highContrast); }
    // The application font at text step 1 outside presentation (what the Appearance found).
    QFont baseFont() const { return m_baseFont; }

    // The step in effect (in presentation at most kLargestPresentationStep; the saved step
    // comes back afterwards).
    int textStep() const { return std::min(m_textStep, largestTextStep()); }
    int largestTextStep() const;
    double textStepFactor() const { return kTextSteps[static_cast<size_t>(textStep())]; }
    void setTextStep(int step);
    void largerText() { setTextStep(textStep() + 1); }
    void smallerText() { setTextStep(textStep() - 1); }
    void normalText() { setTextStep(kNormalStep); }

    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);

    // Presentation mode multiplies text and lines by the factor (1 outside it).
    bool presenting() const { return m_presenting; }
    double presentationFactor() const { return m_presentation; }
    void setPresentation(bool on, double factor = 1.0);
    // The factor that brings the smallest text of the window (the base font, or the plots'
    // smallest point size) to kPresentationPixels scaled to the screen's height; never below 1.
    static double presentationFactorFor(int screenHeight, double logicalDpi, const QFont &base);

    // A widget whose font is a fixed multiple of the application font (a larger formula, a bold
    // status): it keeps that ratio when the text grows.
    void setRelativeFont(QWidget *widget, double factor, bool bold = false);

    FocusRing *focusRing() const { return m_focusRing; }

    // Gives the view the current style now and every new one.
    template <class View>
    void attach(View *view)
    {
        view->setDisplayStyle(style());
        connect(this, &Appearance::styleChanged, view, &View::setDisplayStyle);
    }

Q_SIGNALS:
    void styleChanged(const relulab::gui::DisplayStyle &style);

private:
    struct RelativeFont
    {
        QPointer<QWidget> widget;
        double factor = 1.0;
        bool bold = false;
    };

    void apply();
    QFont scaledBase(double factor) const;

    QFont m_baseFont;
    QPalette m_basePalette;
    QString m_baseStyleName;
    ScaledStyle *m_style = nullptr;  // owned by the application
    int m_textStep = kNormalStep;
    bool m_highContrast = false;
    bool m_presenting = false;
    double m_presentation = 1.0;
    std::vector<RelativeFont> m_relativeFonts;
    FocusRing *m_focusRing = nullptr;
};

}  // namespace relulab::gui
