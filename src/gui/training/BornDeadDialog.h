// The born-dead panel: the share of initial ReLU nets that are already collapsed, against depth
// for a few widths, next to Lu et al.'s one-point formula. Counted off the GUI thread.
#pragma once

#include <QDialog>
#include <atomic>
#include <memory>

#include "gui/style/DisplayStyle.h"

class QCustomPlot;
class QLabel;
class QSpinBox;
class QThread;

namespace relulab::gui {

class BornDeadDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxDepth = 12;
    explicit BornDeadDialog(QWidget *parent = nullptr);
    ~BornDeadDialog() override;

    QCustomPlot *plot() const { return m_plot; }
    // Starts (or restarts) the count with this many networks per point.
    void start(int networks);
    bool isCounting() const;
    // Fonts, lines and theme, as the main window's plots.
    void setDisplayStyle(const relulab::gui::DisplayStyle &style);

Q_SIGNALS:
    void finished();

private:
    void addPoint(int widthIndex, int depth, double fraction);
    void stop();

    QCustomPlot *m_plot = nullptr;
    QSpinBox *m_networks = nullptr;
    QLabel *m_progress = nullptr;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    int m_done = 0;
};

}  // namespace relulab::gui
