// The timeline's track, marks, keys and text.
#include "gui/training/TimelineBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "gui/style/PlotStyle.h"
#include "gui/style/Theme.h"

namespace relulab::gui {

namespace {

QString stepText(long step)
{
    return QLocale().toString(static_cast<qlonglong>(step));
}

}  // namespace

TimelineBar::TimelineBar(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Timeline"));
    m_track = new TimelineTrack(this);
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("timelineText"));
    m_label->setAccessibleName(tr("Step shown"));
    m_label->setToolTip(tr("Which step every view shows"));
    m_unitStory = new QLabel;
    m_unitStory->setObjectName(QStringLiteral("timelineUnit"));
    m_unitStory->setAccessibleName(tr("Selected unit's history"));
    m_unitStory->setToolTip(tr("When the selected unit died and revived in the run's history"));
    m_unitStory->setWordWrap(true);
    m_unitStory->setContentsMargins(8, 0, 8, 0);
    m_unitStory->hide();
    m_newestButton = new QPushButton(tr("Newest"));
    m_newestButton->setAccessibleName(tr("Show the newest step"));
    m_newestButton->setToolTip(
        tr("Show the run's newest step again (End). Play also goes on "
           "from there."));
    m_continueButton = new QPushButton(tr("Continue from here…"));
    m_continueButton->setAccessibleName(tr("Continue from the step shown"));
    m_continueButton->setToolTip(
        tr("Discard the history after the step shown and train on from it, exactly as a run "
           "that had stopped there would"));
    connect(m_newestButton, &QPushButton::clicked, this, &TimelineBar::newestRequested);
    connect(m_continueButton, &QPushButton::clicked, this, &TimelineBar::confirmContinue);

    m_details = new QWidget;
    auto *row = new QHBoxLayout(m_details);
    row->setContentsMargins(8, 0, 8, 0);
    row->addWidget(m_label, 1);
    row->addWidget(m_newestButton);
    row->addWidget(m_continueButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->setSpacing(2);
    layout->addWidget(m_track);
    layout->addWidget(m_details);
    layout->addWidget(m_unitStory);
    updateText();
}

void TimelineBar::setHistory(const session::RunHistory &history, long newestStep)
{
    // Usually the same history with a few entries more: only those are looked at for deaths.
    const size_t same =
        m_history.size() <= history.size() && !m_history.empty() &&
                history.entry(m_history.size() - 1) == m_history.entry(m_history.size() - 1)
            ? m_history.size()
            : 0;
    const bool changed = same != history.size();
    m_history = history;
    m_newest = std::max(newestStep, history.empty() ? 0L : history.back().step);
    if (m_shown && *m_shown >= m_history.size()) m_shown.reset();
    if (changed) updateMarks(same);
    updateText();
    m_track->update();
}

void TimelineBar::setShownEntry(std::optional<size_t> index)
{
    if (index && *index >= m_history.size()) index.reset();
    if (index == m_shown) return;
    m_shown = index;
    updateText();
    m_track->update();
}

void TimelineBar::setUnit(UnitRef unit)
{
    if (unit == m_unit) return;
    m_unit = unit;
    updateMarks();
    updateText();
    m_track->update();
}

void TimelineBar::setTrackMargins(int left, int right)
{
    m_track->setMargins(left, right);
}

void TimelineBar::setStepRange(double first, double last)
{
    if (first == m_rangeFirst && last == m_rangeLast) return;
    m_rangeFirst = first;
    m_rangeLast = last;
    m_track->update();
}

void TimelineBar::setDisplayStyle(const DisplayStyle &style)
{
    m_style = style;
    m_track->updateGeometry();
    m_track->update();
}

void TimelineBar::updateMarks(size_t from)
{
    if (from == 0 || m_unit.isValid()) {
        from = 0;
        m_marks.clear();
    }
    if (m_unit.isValid()) {
        for (const session::UnitEvent &e : m_history.unitEvents(m_unit.layer, m_unit.unit))
            m_marks.emplace_back(e.step, e.died);
        return;
    }
    // No unit selected: every step where some unit died.
    for (size_t i = std::max<size_t>(from, 1); i < m_history.size(); ++i) {
        const auto &before = m_history[i - 1].dead.states;
        const auto &after = m_history[i].dead.states;
        bool died = false;
        for (size_t l = 0; l < after.size() && l < before.size() && !died; ++l)
            for (size_t u = 0; u < after[l].size() && u < before[l].size() && !died; ++u)
                died =
                    after[l][u] == core::UnitState::Dead && before[l][u] != core::UnitState::Dead;
        if (died) m_marks.emplace_back(m_history[i].step, true);
    }
}

QString TimelineBar::shownText() const
{
    return m_unitStory->isHidden() ? m_label->text()
                                   : m_label->text() + QLatin1Char('\n') + m_unitStory->text();
}

void TimelineBar::updateText()
{
    QString text;
    if (m_shown) {
        text =
            tr("Showing step %1 of %2").arg(stepText(m_history[*m_shown].step), stepText(m_newest));
    } else {
        // The same text while training: a label that changes every frame relays the tab out.
        text = tr("Newest step");
    }
    if (m_unit.isValid()) {
        const QString unit = tr("unit %1·%2").arg(m_unit.layer + 1).arg(m_unit.unit + 1);
        const QString told = m_history.describeUnit(m_unit.layer, m_unit.unit, 3);
        m_unitStory->setText(told.isEmpty() ? tr("%1 never died").arg(unit)
                                            : unit + QStringLiteral(": ") + told);
    }
    m_unitStory->setVisible(m_unit.isValid());
    if (m_label->text() != text) m_label->setText(text);
    m_newestButton->setEnabled(m_shown.has_value());
    m_continueButton->setEnabled(m_shown.has_value());
    m_track->setAccessibleDescription(text);
}

TimelineBar::TrackSpan TimelineBar::trackSpan() const
{
    // The curves' step axis when the bar follows it, else 0 to the newest step.
    const bool ranged = m_rangeLast > m_rangeFirst;
    return {static_cast<double>(m_track->leftMargin()),
            static_cast<double>(m_track->width() - m_track->rightMargin()),
            ranged ? m_rangeFirst : 0.0, ranged ? m_rangeLast : static_cast<double>(m_newest)};
}

long TimelineBar::stepAt(double x) const
{
    const TrackSpan s = trackSpan();
    if (s.right <= s.left || s.last <= s.first) return 0;
    const double step = s.first + (s.last - s.first) * (x - s.left) / (s.right - s.left);
    return std::clamp(std::lround(step), 0L, m_newest);
}

double TimelineBar::xOf(long step) const
{
    const TrackSpan s = trackSpan();
    if (s.last <= s.first) return s.left;
    return s.left + (s.right - s.left) * (static_cast<double>(step) - s.first) / (s.last - s.first);
}

void TimelineBar::requestEntry(long index)
{
    if (m_history.empty()) return;
    // Past the last kept step: the newest state (it is the run itself, not a kept step).
    if (index >= static_cast<long>(m_history.size()) ||
        (index == static_cast<long>(m_history.size()) - 1 && m_history.back().step == m_newest &&
         !m_shown)) {
        if (m_shown) {
            setShownEntry(std::nullopt);
            Q_EMIT newestRequested();
        }
        return;
    }
    const size_t i = static_cast<size_t>(std::max(0L, index));
    if (m_shown == i) return;
    setShownEntry(i);
    Q_EMIT entryRequested(i);
}

void TimelineBar::confirmContinue()
{
    if (!m_shown) return;
    const size_t index = *m_shown;
    const long step = m_history[index].step;
    QMessageBox box(QMessageBox::Question, tr("Continue from step %1?").arg(stepText(step)),
                    tr("Train on from step %1 and discard the history after it (steps %2 to %3)?")
                        .arg(stepText(step), stepText(step + 1), stepText(m_newest)),
                    QMessageBox::Cancel, this);
    QPushButton *go =
        box.addButton(tr("Continue from step %1").arg(stepText(step)), QMessageBox::AcceptRole);
    box.setDefaultButton(go);
    box.setInformativeText(tr("The run goes on exactly as a run that had stopped at step %1 "
                              "would: same weights, optimizer state and batch order.")
                               .arg(stepText(step)));
    box.exec();
    if (box.clickedButton() != go) return;
    Q_EMIT continueRequested(index);
}

// ---------------------------------------------------------------------------------------------

TimelineTrack::TimelineTrack(TimelineBar *bar) : QWidget(bar), m_bar(bar)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Training timeline"));
    setToolTip(
        tr("The run's history: drag or click to show a kept step in every view; "
           "←/→ one kept step, PgUp/PgDn a tenth of the run, Home the start, End or Esc "
           "the newest step. ▼ a unit died, ▲ it revived."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TimelineTrack::setMargins(int left, int right)
{
    if (left == m_left && right == m_right) return;
    m_left = left;
    m_right = right;
    update();
}

QSize TimelineTrack::sizeHint() const
{
    return {200, minimumSizeHint().height()};
}

QSize TimelineTrack::minimumSizeHint() const
{
    return {80, static_cast<int>(std::ceil(fontMetrics().height() * 1.4 * m_bar->m_style.line))};
}

void TimelineTrack::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Theme &th = theme(m_bar->m_style.highContrast);
    const double s = m_bar->m_style.line;
    const double mid = height() / 2.0;
    const double left = m_left, right = width() - m_right;
    // The track: the kept history as a solid bar (its density follows the thinning rule).
    p.setPen(QPen(th.grid, 4.0 * s, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(left, mid), QPointF(right, mid));
    const session::RunHistory &history = m_bar->m_history;
    if (!history.empty()) {
        p.setPen(QPen(th.axis, 4.0 * s, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(m_bar->xOf(history[0].step), mid),
                   QPointF(m_bar->xOf(history.back().step), mid));
    }
    // Deaths below the track (▼, vermillion), revivals above (▲, bluish green).
    const double size = 5.0 * s;
    for (const auto &[step, died] : m_bar->m_marks) {
        const double x = m_bar->xOf(step);
        const QColor c =
            readableOn(died ? okabeIto::kVermillion : okabeIto::kBluishGreen, th.plotBackground);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        const double y = died ? mid + 3.0 * s : mid - 3.0 * s;
        const double tip = died ? y + size : y - size;
        p.drawPolygon(QPolygonF{{x - size * 0.7, y}, {x + size * 0.7, y}, {x, tip}});
    }
    // The handle: where the views are.
    const long shown = m_bar->m_shown ? history[*m_bar->m_shown].step : m_bar->m_newest;
    const double x = m_bar->xOf(shown);
    p.setPen(QPen(hasFocus() ? th.focus : th.axis, 2.0 * s));
    p.setBrush(m_bar->m_shown ? okabeIto::kBlue : th.plotBackground);
    p.drawEllipse(QPointF(x, mid), 6.0 * s, 6.0 * s);
}

void TimelineTrack::seek(double x)
{
    const session::RunHistory &history = m_bar->m_history;
    if (history.empty()) return;
    const long step = m_bar->stepAt(x);
    // Nearer the newest state than to any kept step: the newest.
    const size_t index = history.nearest(step);
    if (std::abs(step - m_bar->m_newest) < std::abs(step - history[index].step)) {
        m_bar->requestEntry(static_cast<long>(history.size()));
        return;
    }
    m_bar->requestEntry(static_cast<long>(index));
}

void TimelineTrack::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    seek(event->position().x());
}

void TimelineTrack::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) seek(event->position().x());
}

bool TimelineTrack::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ours = key->modifiers() == Qt::NoModifier &&
                          (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right ||
                           key->key() == Qt::Key_Home || key->key() == Qt::Key_End ||
                           key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown ||
                           // Esc leaves the past step first, then presentation mode.
                           (key->key() == Qt::Key_Escape && m_bar->m_shown));
        if (ours && !m_bar->m_history.empty()) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void TimelineTrack::keyPressEvent(QKeyEvent *event)
{
    const session::RunHistory &history = m_bar->m_history;
    if (history.empty()) return QWidget::keyPressEvent(event);
    const long count = static_cast<long>(history.size());
    // Where the handle is: the newest state counts as one past the last entry.
    const long at = m_bar->m_shown ? static_cast<long>(*m_bar->m_shown) : count;
    const long tenth = std::max(1L, count / 10);
    switch (event->key()) {
        case Qt::Key_Left:
            m_bar->requestEntry(std::max(0L, at - 1));
            break;
        case Qt::Key_Right:
            m_bar->requestEntry(at + 1);
            break;
        case Qt::Key_PageUp:
            m_bar->requestEntry(std::max(0L, at - tenth));
            break;
        case Qt::Key_PageDown:
            m_bar->requestEntry(at + tenth);
            break;
        case Qt::Key_Home:
            m_bar->requestEntry(0);
            break;
        case Qt::Key_End:
        case Qt::Key_Escape:
            if (!m_bar->m_shown) return QWidget::keyPressEvent(event);
            m_bar->requestEntry(count);
            break;
        default:
            return QWidget::keyPressEvent(event);
    }
    event->accept();
}

}  // namespace relulab::gui
