// The explorer's controls (ui/ControlPanel.ui) bound two-way to the state, without feedback loops.
#pragma once

#include <QWidget>
#include <memory>

#include "core/SliderScale.h"
#include "session/ExplorerState.h"

namespace Ui {
class ControlPanel;
}
class QLabel;
class QCheckBox;

namespace relulab::gui {

class MaxoutPiecesModel;
class PinsPanel;

class ControlPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ControlPanel(session::ExplorerState *state, QWidget *parent = nullptr);
    ~ControlPanel() override;

    // The slider scales, public so tests can drive the sliders with exact ticks.
    static const core::SliderScale &alphaScale();
    static const core::SliderScale &rangeScale();
    static const core::SliderScale &zoomScale();

    // The inline error line under the controls ("" when there is no problem).
    QString errorText() const;
    PinsPanel *pins() const { return m_pins; }
    void showError(const QString &message);

    // Presentation mode keeps the essentials (function toggles, alpha, range, maxout buttons,
    // convention) and hides the rest: the smooth cousins and the table of pieces.
    void setAdvancedVisible(bool visible);
    bool advancedVisible() const { return m_advancedVisible; }
    QList<QWidget *> advancedWidgets() const;

private:
    void wireFunctions();
    void wireAlpha();
    void wireRange();
    void wireMaxout();
    void wireConvention();
    void syncFromState();
    void syncAlpha();
    void syncRange();
    void applyPreset(int comboIndex);
    QCheckBox *checkFor(session::FunctionId id) const;

    std::unique_ptr<Ui::ControlPanel> m_ui;
    session::ExplorerState *m_state;
    MaxoutPiecesModel *m_piecesModel = nullptr;
    QLabel *m_error = nullptr;
    PinsPanel *m_pins = nullptr;
    quint64 m_randomSeed = 1;
    bool m_advancedVisible = true;
};

}  // namespace relulab::gui
