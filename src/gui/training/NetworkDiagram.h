// The Training tab's network picture: inputs, hidden units as thumbnails of their pre-activation
// over the input plane (off-region hatched, dead units crossed out), weighted links and ŷ.
#pragma once

#include <QImage>
#include <QPixmap>
#include <QPointer>
#include <QWidget>
#include <vector>

#include "core/DeadUnits.h"
#include "core/InputField.h"
#include "gui/common/UnitRef.h"
#include "gui/style/DisplayStyle.h"
#include "session/TrainingSelection.h"
#include "session/TrainingSnapshot.h"

namespace relulab::gui {

class NetworkDiagram : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkDiagram(QWidget *parent = nullptr);

    // The network state to draw and the field (every hidden unit's pre-activation over a grid of
    // the input space, computed by the caller) for the unit thumbnails.
    void setSnapshot(const session::TrainingSnapshot &snapshot, const core::InputField &field);
    bool hasSnapshot() const { return m_hasSnapshot; }

    UnitRef selectedUnit() const { return m_selection ? m_selection->unit() : UnitRef{}; }
    // Emits unitSelected when it changes; a unit the network does not have selects none.
    void setSelectedUnit(UnitRef unit);
    // The selection this view shows and writes: its own until it is given a shared one.
    void setSelection(session::TrainingSelection *selection);

    // Geometry, public for tests: the rectangle of a hidden unit's thumbnail in widget pixels
    // (empty for a unit the network does not have), and the unit under a point.
    QRectF unitRect(UnitRef unit) const;
    UnitRef unitAt(QPointF pos) const;
    // The words shown as the unit's tooltip, e.g. "Layer 2, unit 5: dead — …".
    QString unitDescription(UnitRef unit) const;

    // 1 normal; bigger fonts, units and lines (figures).
    void setDisplayScale(double scale);
    double displayScale() const { return m_scale; }
    // From the window's Appearance: units and lines grow by style.line; the text follows the
    // widget's font, which the application font already scales.
    void setDisplayStyle(const relulab::gui::DisplayStyle &style);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void unitSelected(relulab::gui::UnitRef unit);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void selectionChanged();
    struct Link
    {
        int from = 0;
        int to = 0;
        double strength = 0.0;  // |w| relative to the largest |w| between the two columns
        bool positive = true;
    };
    struct LegendItem
    {
        enum Kind { Dead, Starved, Inactive, Off, On, Links } kind;
        QString text;
        QRectF swatch;
        QRectF label;
    };

    // What the last snapshot said, kept in plain form so that drawing needs no Mlp.
    bool m_hasSnapshot = false;
    int m_inputs = 2;
    std::vector<int> m_widths;  // hidden layer widths
    std::vector<std::vector<core::UnitState>> m_states;
    std::vector<std::vector<double>> m_activeFraction;  // NaN where unknown
    std::vector<std::vector<Link>> m_links;  // one list per column gap, inputs -> ... -> ŷ
    int m_deadUnits = 0;
    int m_inactiveUnits = 0;
    int m_starvedUnits = 0;
    int m_hiddenUnits = 0;
    bool m_collapsed = false;
    // False for sigmoid and tanh: no side of z = 0 is "off", so nothing is hatched.
    bool m_hasOffSide = true;
    core::InputField m_field;  // kept so that a resize can redraw the thumbnails sharply

    // A shared one may go first when the window closes.
    QPointer<session::TrainingSelection> m_selection;
    double m_scale = 1.0;      // units, spacing and lines
    double m_textScale = 1.0;  // on top of the widget's font
    bool m_highContrast = false;

    // Layout, recomputed on resize, new shapes and scale changes.
    std::vector<std::vector<QRectF>> m_unitRects;
    std::vector<QPointF> m_inputCenters;
    QPointF m_outputCenter;
    double m_nodeRadius = 8.0;
    double m_unitSize = 0.0;
    bool m_showPercent = false;
    bool m_showThumbnails = false;
    std::vector<QRectF> m_headingRects;  // one per column
    std::vector<LegendItem> m_legend;
    QRectF m_countRect;
    QRectF m_legendArea;

    // Thumbnails at the unit size in device pixels, built in setSnapshot and on resize only.
    std::vector<std::vector<QImage>> m_thumbnails;
    int m_thumbnailPixels = 0;
    // Everything but the selection and focus, drawn once per snapshot or resize; a selection
    // change or a tooltip then only repaints the cheap overlay.
    QPixmap m_cache;
    bool m_cacheValid = false;

    QFont scaledFont(double factor = 1.0) const;
    QColor activeBorder() const;  // of the theme
    QColor inactiveBorder() const;
    void relayout();
    void rebuildThumbnails();
    QImage planeThumbnail(int flatUnit, int pixels) const;
    QImage curveThumbnail(int flatUnit, int pixels) const;
    void renderCache();
    void drawLinks(QPainter &p) const;
    void drawNodes(QPainter &p) const;
    void drawUnit(QPainter &p, int layer, int unit) const;
    void drawLegend(QPainter &p) const;
    void drawSelection(QPainter &p) const;
    // From a unit's bottom edge to its percentage: clear of the selection ring.
    double percentOffset() const;
    void updateAccessibleDescription();
    core::UnitState stateOf(int layer, int unit) const;
    // "dead 3 / 16 (19%)", with ", starved 2" when there are starved units.
    QString countText(int dead, int starved, int units) const;
    double fractionOf(int layer, int unit) const;
    int layers() const { return static_cast<int>(m_widths.size()); }
    bool contains(UnitRef unit) const;
    void invalidate();
};

}  // namespace relulab::gui
