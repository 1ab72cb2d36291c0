// Rows of pinned curves, rebuilt whenever the pins change.
#include "gui/explorer/PinsPanel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "gui/common/ErrorLabel.h"
#include "gui/explorer/PinnedGhosts.h"

namespace relulab::gui {

namespace {

// A short stretch of the ghost's line, so a row can be matched with its curve.
QPixmap swatch(session::FunctionId id)
{
    QPixmap pixmap(36, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen = PinnedGhosts::ghostPen(id, 1.3);
    painter.setPen(pen);
    painter.drawLine(QPointF(1, 7), QPointF(35, 7));
    return pixmap;
}

}  // namespace

PinsPanel::PinsPanel(session::ExplorerState *state, QWidget *parent)
    : QGroupBox(tr("Pinned curves"), parent), m_state(state)
{
    setObjectName(QStringLiteral("pinsGroup"));
    setAccessibleName(tr("Pinned curves"));
    auto *layout = new QVBoxLayout(this);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(2);
    layout->addLayout(m_rows);
    m_empty = new QLabel(
        tr("None. Pin the visible curves (P), then change \u03b1 or the pieces to compare "
           "with them."));
    m_empty->setWordWrap(true);
    styleSecondaryLabel(m_empty);
    layout->addWidget(m_empty);

    auto *buttons = new QHBoxLayout;
    m_pin = new QPushButton(tr("Pin visible"));
    m_pin->setObjectName(QStringLiteral("pinVisibleButton"));
    m_pin->setAccessibleName(tr("Pin visible curves"));
    m_pin->setToolTip(
        tr("Freeze every visible curve with its current parameters as a ghost to compare "
           "with (P); at most %1")
            .arg(session::ExplorerSettings::kMaxPinned));
    m_clear = new QPushButton(tr("Clear"));
    m_clear->setObjectName(QStringLiteral("clearPinsButton"));
    m_clear->setAccessibleName(tr("Clear pins"));
    m_clear->setToolTip(tr("Remove every pinned curve (Shift+P)"));
    buttons->addWidget(m_pin);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_pin, &QPushButton::clicked, this, &PinsPanel::pinVisible);
    connect(m_clear, &QPushButton::clicked, this, [this] { m_state->setPinned({}); });
    connect(m_state, &session::ExplorerState::pinnedChanged, this, &PinsPanel::rebuildRows);
    rebuildRows();
}

session::PinResult PinsPanel::pinVisible()
{
    const session::PinResult result = session::pinVisible(*m_state);
    Q_EMIT errorOccurred(result.error);
    return result;
}

QToolButton *PinsPanel::removeButton(int pin) const
{
    if (pin < 0 || pin >= static_cast<int>(m_removeButtons.size())) return nullptr;
    return m_removeButtons[static_cast<size_t>(pin)];
}

void PinsPanel::rebuildRows()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        // Later: the click that unpins comes from a button in one of these rows.
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    m_removeButtons.clear();
    const auto &pins = m_state->pinned();
    for (size_t i = 0; i < pins.size(); ++i) {
        const session::PinnedCurve &pin = pins[i];
        auto *row = new QWidget;
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *line = new QLabel;
        line->setPixmap(swatch(pin.function));
        auto *text = new QLabel(pin.label);
        text->setWordWrap(true);
        auto *remove = new QToolButton;
        remove->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
        remove->setAutoRaise(true);
        remove->setAccessibleName(tr("Unpin %1").arg(pin.label));
        remove->setToolTip(tr("Unpin %1").arg(pin.label));
        rowLayout->addWidget(line);
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(remove);
        m_rows->addWidget(row);
        m_removeButtons.push_back(remove);
        // Looked up by position at the click: rows are rebuilt on every change.
        connect(remove, &QToolButton::clicked, this, [this, remove] {
            const auto it = std::find(m_removeButtons.begin(), m_removeButtons.end(), remove);
            if (it != m_removeButtons.end())
                m_state->unpin(static_cast<int>(it - m_removeButtons.begin()));
        });
    }
    m_empty->setVisible(pins.empty());
    m_clear->setEnabled(!pins.empty());
    m_pin->setEnabled(pins.size() < static_cast<size_t>(session::ExplorerSettings::kMaxPinned));
}

}  // namespace relulab::gui
