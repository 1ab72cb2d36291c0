// The Training tab's network picture: inputs, hidden units as thumbnails of their pre-activation
// over the input plane (off-region hatched, dead units crossed out), weighted links and ŷ. It
// draws a snapshot's analysis; layout and painting live in DiagramLayout and DiagramPainter.
#pragma once

#include <QPixmap>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "gui/common/UnitRef.h"
#include "gui/style/DisplayStyle.h"
#include "gui/training/DiagramLayout.h"
#include "gui/training/DiagramPainter.h"
#include "gui/training/DiagramProbe.h"
#include "session/SnapshotAnalysis.h"
#include "session/TrainingSelection.h"

namespace relulab::gui {

struct DiagramLook;

class NetworkDiagram : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkDiagram(QWidget *parent = nullptr);

    // The snapshot's analysis to draw: states, links and thumbnails.
    void setAnalysis(std::shared_ptr<const session::SnapshotAnalysis> analysis);
    bool hasSnapshot() const { return m_analysis != nullptr; }
    // What it draws (the same object every view of the frame draws).
    const session::SnapshotAnalysis *analysis() const { return m_analysis.get(); }

    // The network at the probed point, drawn over the snapshot (none: no probe). Only the
    // overlay is repainted: the snapshot's picture stays cached.
    void setProbe(std::optional<DiagramProbe> probe);
    const std::optional<DiagramProbe> &probe() const { return m_probe; }

    UnitRef selectedUnit() const { return m_selection ? m_selection->unit() : UnitRef{}; }
    // Emits unitSelected when it changes; a unit the network does not have selects none.
    void setSelectedUnit(UnitRef unit);
    // The selection this view shows and writes: its own until it is given a shared one.
    void setSelection(session::TrainingSelection *selection);
    // More to say in a unit's tooltip (the run's history of the unit), appended to its state.
    void setUnitNotes(std::function<QString(UnitRef)> notes) { m_unitNotes = std::move(notes); }

    // Geometry, public for tests: the rectangle of a hidden unit's thumbnail in widget pixels
    // (empty for a unit the network does not have), and the unit under a point.
    QRectF unitRect(UnitRef unit) const;
    UnitRef unitAt(QPointF pos) const;
    // The words shown as the unit's tooltip, e.g. "Layer 2, unit 5: dead — …".
    QString unitDescription(UnitRef unit) const;
    // The dead count under the legend, e.g. "dead 3 / 16 (19%), starved 2 — collapsed".
    QString legendCount() const;
    // "\nAt the probed point: z = 0.42, on" for the unit's tooltip; "" without a probe.
    QString probeDescription(UnitRef unit) const;

    // What the thumbnails should be made for: their side in device pixels at the current layout
    // (0 while units are too small for pictures) and the colours of the current style.
    int thumbnailPixels() const;
    session::AnalysisPalette thumbnailPalette() const;
    double thumbnailLineWidth() const;
    // Where and how the links are drawn at the diagram's present layout, size and look: the
    // worker draws each snapshot's links on it (empty without a snapshot).
    const session::LinkCanvas &linkCanvas() const { return m_linkCanvas; }

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
    // thumbnailPixels(), thumbnailPalette() or linkCanvas() changed: the next analysis should be
    // made anew.
    void picturesWanted();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void selectionChanged();

    std::shared_ptr<const session::SnapshotAnalysis> m_analysis;
    std::optional<DiagramProbe> m_probe;
    // A shared one may go first when the window closes.
    QPointer<session::TrainingSelection> m_selection;
    std::function<QString(UnitRef)> m_unitNotes;
    double m_scale = 1.0;      // units, spacing and lines
    double m_textScale = 1.0;  // on top of the widget's font
    bool m_highContrast = false;

    // Recomputed on resize, new shapes and scale changes only.
    DiagramLayout m_layout;
    std::vector<int> m_laidOutWidths;
    int m_laidOutInputs = 0;
    bool m_laidOutOffSide = true;
    int m_thumbnailPixels = 0;
    session::LinkCanvas m_linkCanvas;
    // What does not change with the weights (headings, nodes, the legend), drawn once per layout;
    // the whole picture but the selection and focus, kept once a snapshot is painted a second
    // time. A selection change or a tooltip then only repaints the cheap overlay, and a snapshot
    // painted once (one frame while training) costs no copy.
    QPixmap m_background;
    bool m_backgroundValid = false;
    QPixmap m_cache;
    bool m_cacheValid = false;
    bool m_paintedSinceInvalidate = false;
    std::vector<NodeSprite> m_nodeSprites;  // made with the background

    QFont scaledFont(double factor = 1.0) const;
    DiagramLook look() const;
    void relayout();
    void restyle();
    void renderBackground();
    void renderCache();
    // The snapshot's part of the picture (links, nodes, units, the count) over the background.
    void drawSnapshot(QPainter &p) const;
    void drawHeadings(QPainter &p) const;
    void drawSelection(QPainter &p) const;
    void updateAccessibleDescription();
    core::UnitState stateOf(int layer, int unit) const;
    double fractionOf(int layer, int unit) const;
    // "dead 3 / 16 (19%)", with ", starved 2" when there are starved units.
    QString countText(int dead, int starved, int units) const;
    int layers() const { return m_analysis ? static_cast<int>(m_analysis->widths.size()) : 0; }
    int widthOf(int layer) const { return m_analysis->widths[static_cast<size_t>(layer)]; }
    bool contains(UnitRef unit) const;
    void invalidate();
};

}  // namespace relulab::gui
