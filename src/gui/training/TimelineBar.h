// The run's timeline under the training curves: a track over the steps from 0 to the newest, a
// handle on the step the views show, marks where hidden units died (▼) and revived (▲), and below
// it what is shown, Newest and Continue from here…. Drag or click the track, or use ←/→ (one kept
// step), PgUp/PgDn (a tenth of the run), Home/End; Esc or End goes back to the newest step.
#pragma once

#include <QWidget>
#include <optional>
#include <vector>

#include "gui/common/UnitRef.h"
#include "gui/style/DisplayStyle.h"
#include "session/RunHistory.h"

class QLabel;
class QPushButton;

namespace relulab::gui {

class TimelineTrack;

class TimelineBar : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineBar(QWidget *parent = nullptr);

    // The kept steps and the run's newest step (the track's right end); the entry shown, or none
    // for the newest state.
    void setHistory(const session::RunHistory &history, long newestStep);
    void setShownEntry(std::optional<size_t> index);
    std::optional<size_t> shownEntry() const { return m_shown; }
    // The unit whose deaths and revivals are marked and told (none: every unit's deaths).
    void setUnit(UnitRef unit);
    // The track's left and right ends in this widget's x and the steps there, to line up with
    // the curves' step axis (without a range: 0 to the newest step).
    void setTrackMargins(int left, int right);
    void setStepRange(double first, double last);
    void setDisplayStyle(const DisplayStyle &style);

    const session::RunHistory &history() const { return m_history; }
    long newestStep() const { return m_newest; }
    // The marks on the track: (step, died) for the selected unit, or the steps where any unit
    // died when none is selected.
    const std::vector<std::pair<long, bool>> &marks() const { return m_marks; }
    QString shownText() const;
    QPushButton *newestButton() const { return m_newestButton; }
    QPushButton *continueButton() const { return m_continueButton; }
    TimelineTrack *track() const { return m_track; }

    // Moves to entry `index` (clamped) and asks for it; to the newest state past the last entry.
    void requestEntry(long index);
    // The step at x of the track, and the x of a step.
    long stepAt(double x) const;
    double xOf(long step) const;

Q_SIGNALS:
    // The user asked to see entry `index` of the history, or the newest state again.
    void entryRequested(size_t index);
    void newestRequested();
    // Continue from here… was confirmed for this entry.
    void continueRequested(size_t index);

private:
    // The track's drawn pixels (left, right) and the steps at its ends (first, last).
    struct TrackSpan
    {
        double left, right, first, last;
    };
    TrackSpan trackSpan() const;
    friend class TimelineTrack;
    // The marks again, or (from > 0, no unit selected) those of the entries from `from` on added.
    void updateMarks(size_t from = 0);
    void updateText();
    void confirmContinue();

    session::RunHistory m_history;
    long m_newest = 0;
    double m_rangeFirst = 0.0, m_rangeLast = 0.0;
    std::optional<size_t> m_shown;
    UnitRef m_unit;
    std::vector<std::pair<long, bool>> m_marks;
    TimelineTrack *m_track = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_label = nullptr;
    QLabel *m_unitStory = nullptr;  // the selected unit's deaths and revivals (hidden without one)
    QPushButton *m_newestButton = nullptr;
    QPushButton *m_continueButton = nullptr;
    DisplayStyle m_style;
};

// The track itself (keyboard focus, mouse and painting).
class TimelineTrack : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineTrack(TimelineBar *bar);
    void setMargins(int left, int right);
    int leftMargin() const { return m_left; }
    int rightMargin() const { return m_right; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    // The track's keys win over the window's shortcuts (Home, End, arrows) while it has focus.
    bool event(QEvent *event) override;

private:
    void seek(double x);
    TimelineBar *m_bar;
    int m_left = 8;
    int m_right = 8;
};

}  // namespace relulab::gui
