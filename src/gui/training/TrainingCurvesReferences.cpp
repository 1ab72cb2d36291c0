// The linear-regions curve's reference lines: which a network gets (Zaslavsky's maximum for one
// hidden layer, Hanin & Rolnick's scale for deeper nets), where they and their labels are drawn,
// and the tooltips that say what each means.
#include <QHelpEvent>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "gui/training/TrainingCurves.h"

namespace relulab::gui {

namespace {

// How near (pixels at line scale 1) the mouse must be to a reference line for its tooltip.
constexpr double kReferenceHoverPixels = 4.0;

}  // namespace

std::vector<TrainingCurves::RegionReference> TrainingCurves::regionReferences(
    const core::NetworkConfig &network)
{
    // Maxout units cut the plane along several lines that are not in general position, and
    // sigmoid and tanh nets have no linear regions: no line would be true for them.
    if (core::isSaturating(network.activation) ||
        network.activation == core::HiddenActivation::Maxout || network.hidden.empty())
        return {};
    const long n = network.hiddenUnits();
    const bool oneLayer = network.hidden.size() == 1;
    RegionReference r;
    r.bound = oneLayer;
    if (oneLayer && network.inputs == 1) {
        r.value = double(n + 1);
        r.label = tr("max %1 = N + 1").arg(n + 1);
        r.toolTip = tr("At most %1 intervals: each of the N = %2 hidden units bends the output at "
                       "most once along x, and %2 kinks cut the line into at most N + 1 = %1 "
                       "intervals. Inside the view's range there can only be fewer.")
                        .arg(n + 1)
                        .arg(n);
    } else if (oneLayer) {
        const long most = 1 + n + n * (n - 1) / 2;
        r.value = double(most);
        r.label = tr("max %1 (Zaslavsky)").arg(most);
        r.toolTip =
            tr("At most %1 regions: the N = %2 hidden units are %2 lines in the plane, and %2 "
               "lines in general position cut it into 1 + N + N(N−1)/2 = %1 regions "
               "(Zaslavsky 1975). Inside the view's box there can only be fewer: 1 + (lines "
               "crossing the box) + (crossings inside it).")
                .arg(most)
                .arg(n);
    } else if (network.inputs == 1) {
        r.value = double(n);
        r.label = tr("~ units = %1").arg(n);
        r.toolTip =
            tr("A scale, not an exact limit: for a 1-D input, the average number of linear "
               "pieces of a ReLU network at initialisation is bounded by about (number of hidden "
               "units)\u00b9 = %1, independent of depth, and stays near that in training (Hanin & "
               "Rolnick 2019, “Deep ReLU Networks Have Surprisingly Few Activation "
               "Patterns\u201d). The most a deep net can have grows exponentially with depth "
               "(Montúfar et al. 2014).")
                .arg(n);
    } else {
        r.value = double(n) * double(n);
        r.label = tr("~ (units)\u00b2 = %1").arg(n * n);
        r.toolTip =
            tr("A scale, not an exact limit: for a 2-D input, the average number of regions of "
               "a ReLU network at initialisation is bounded by about (number of hidden "
               "units)\u00b2 = %1 \u00d7 %1 = %2, independent of depth, and stays near that in "
               "training (Hanin & Rolnick 2019, “Deep ReLU Networks Have Surprisingly Few "
               "Activation Patterns\u201d). The most a deep net can have grows exponentially with "
               "depth (Montúfar et al. 2014).")
                .arg(n)
                .arg(n * n);
    }
    return {r};
}

void TrainingCurves::setReferences(std::vector<RegionReference> references)
{
    const bool same =
        references.size() == m_references.size() &&
        std::equal(references.begin(), references.end(), m_references.begin(),
                   [](const RegionReference &a, const RegionReference &b) {
                       return a.value == b.value && a.bound == b.bound && a.label == b.label;
                   });
    if (same) return;
    for (QCPItemStraightLine *line : std::as_const(m_referenceLines))
        removeItem(line);
    for (QCPItemText *label : std::as_const(m_referenceLabels))
        removeItem(label);
    m_referenceLines.clear();
    m_referenceLabels.clear();
    m_references = std::move(references);
    for (const RegionReference &r : m_references) {
        auto *line = new QCPItemStraightLine(this);
        line->setClipAxisRect(axisRect());
        for (QCPItemPosition *p : {line->point1, line->point2})
            p->setAxes(xAxis, m_regionAxis);
        line->setSelectable(false);
        auto *label = new QCPItemText(this);
        label->setText(r.label);
        label->position->setAxes(xAxis, m_regionAxis);
        label->position->setAxisRect(axisRect());
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->setPadding(QMargins(2, 0, 2, 1));
        label->setSelectable(false);
        m_referenceLines << line;
        m_referenceLabels << label;
    }
    applyStyles();
}

void TrainingCurves::placeReferences()
{
    const QCPRange range = m_regionAxis->range();
    for (int i = 0; i < m_referenceLines.size(); ++i) {
        const double value = m_references[size_t(i)].value;
        const bool inRange = value <= range.upper;
        QCPItemStraightLine *line = m_referenceLines[i];
        line->point1->setCoords(0.0, value);
        line->point2->setCoords(1.0, value);
        line->setVisible(m_regionAxis->visible() && inRange);
        // At the right end, where the losses have fallen (they start high on the left); below
        // the line near the top, so it is not cut off. Above the axis (a big net's scale): the
        // label stays, at the top, pointing up.
        QCPItemText *label = m_referenceLabels[i];
        label->setVisible(m_regionAxis->visible());
        label->setText(inRange ? m_references[size_t(i)].label
                               : QStringLiteral("\u2191 ") + m_references[size_t(i)].label);
        if (inRange) {
            label->position->setTypeY(QCPItemPosition::ptPlotCoords);
            label->position->setCoords(0.99, value);
            const bool nearTop = value > 0.7 * range.upper;
            label->setPositionAlignment(Qt::AlignRight |
                                        (nearTop ? Qt::AlignTop : Qt::AlignBottom));
        } else {
            label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
            label->position->setCoords(0.99, 0.0);
            label->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        }
    }
}

QString TrainingCurves::referenceToolTipAt(const QPoint &pos) const
{
    if (!m_regionAxis->visible()) return {};
    const double reach = kReferenceHoverPixels * std::max(1.0, m_style.line);
    const QRect plot = axisRect()->rect();
    for (int i = 0; i < m_referenceLines.size(); ++i) {
        const QCPItemText *label = m_referenceLabels[i];
        const QRectF box =
            QRectF(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition())
                .normalized()
                .adjusted(-reach, -reach, reach, reach);
        if (label->visible() && box.contains(pos)) return m_references[size_t(i)].toolTip;
        if (!m_referenceLines[i]->visible() || pos.x() < plot.left() || pos.x() > plot.right())
            continue;
        const double y = m_regionAxis->coordToPixel(m_references[size_t(i)].value);
        if (std::abs(pos.y() - y) <= reach) return m_references[size_t(i)].toolTip;
    }
    return {};
}

bool TrainingCurves::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = referenceToolTipAt(help->pos());
        if (!text.isEmpty()) {
            QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
    }
    return QCustomPlot::event(event);
}

}  // namespace relulab::gui
