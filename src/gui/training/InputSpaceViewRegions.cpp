// The input-space view's Regions display: the exact linear regions the analysis hands over.
#include <QLocale>

#include "gui/training/InputSpaceView.h"
#include "gui/training/LinearRegionsPlottable.h"

namespace relulab::gui {

void InputSpaceView::setShowRegions(bool show)
{
    if (show == m_showRegions) return;
    const Frame before = frame();
    m_showRegions = show;
    updateRegions();
    updateMode();
    updateCaption();
    redraw(before);
    Q_EMIT regionsShownChanged(show);
}

bool InputSpaceView::regionsDrawn() const
{
    return m_showRegions && m_linearRegions->hasRegions();
}

void InputSpaceView::updateRegions()
{
    m_linearRegions->setRegions(m_showRegions ? m_analysis : nullptr);
    const UnitRef unit = selectedUnit();
    m_linearRegions->setHighlightedUnit(unit.isValid() ? unit.layer : -1,
                                        unit.isValid() ? unit.unit : -1);
}

QStringList InputSpaceView::regionsCaption() const
{
    const QLocale locale;
    if (!m_analysis || !haveField()) return {tr("Linear regions \u2014 waiting for the network")};
    const core::LinearRegions &r = m_analysis->regions;
    switch (r.status) {
        case core::RegionsStatus::NotPiecewiseLinear:
            return {tr("No linear regions:"), tr("sigmoid and tanh are not piecewise linear")};
        case core::RegionsStatus::NonFinite:
            return {tr("No linear regions:"), tr("the weights are not finite (the run diverged)")};
        case core::RegionsStatus::LimitReached:
            return {tr("More than %1 linear regions in the view:").arg(locale.toString(r.limit)),
                    tr("too many to draw")};
        case core::RegionsStatus::Complete:
            break;
    }
    if (!r.detailed) return {tr("Linear regions \u2014 computing\u2026")};
    const QString count = locale.toString(static_cast<qulonglong>(r.count));
    QStringList parts = {m_oneD ? tr("Linear regions: %1 intervals,").arg(count)
                                : tr("Linear regions: %1,").arg(count),
                         tr("neighbours in different colours")};
    const int unit = flatUnit(selectedUnit());
    if (unit >= 0)
        parts << tr("\u2014 bold: where unit %1\u00b7%2 bends the regions")
                     .arg(selectedUnit().layer + 1)
                     .arg(selectedUnit().unit + 1);
    else
        parts << tr("\u2014 click a unit to see its bent line");
    return parts;
}

}  // namespace relulab::gui
