// Keeps the pieces table in step with the state; edits go back through the state's setters.
#include "gui/explorer/MaxoutPiecesModel.h"

#include <QBrush>
#include <QColor>

#include "session/ExplorerText.h"

namespace relulab::gui {

MaxoutPiecesModel::MaxoutPiecesModel(session::ExplorerState *state, QObject *parent)
    : QAbstractTableModel(parent), m_state(state), m_rows(static_cast<int>(state->pieces().size()))
{
    connect(m_state, &session::ExplorerState::piecesChanged, this,
            &MaxoutPiecesModel::onPiecesChanged);
}

void MaxoutPiecesModel::onPiecesChanged()
{
    const int rows = static_cast<int>(m_state->pieces().size());
    if (rows == m_rows) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        return;
    }
    // Row count changed: a reset is simplest and the table is at most 8 rows.
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int MaxoutPiecesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int MaxoutPiecesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaxoutPiecesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows) return {};
    const auto &piece = m_state->pieces()[static_cast<size_t>(index.row())];
    const core::PieceState pieceState = m_state->maxout().state(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            if (index.column() == SlopeColumn) return session::formatNumber(piece.slope);
            if (index.column() == InterceptColumn) return session::formatNumber(piece.intercept);
            switch (pieceState) {
                case core::PieceState::Active:
                    return tr("active");
                case core::PieceState::Hidden:
                    return tr("hidden");
                case core::PieceState::Duplicate:
                    return tr("duplicate");
            }
            return {};
        case Qt::EditRole:
            if (index.column() == SlopeColumn) return piece.slope;
            if (index.column() == InterceptColumn) return piece.intercept;
            return {};
        case Qt::ForegroundRole:
            if (pieceState != core::PieceState::Active) return QBrush(QColor(0x6b, 0x6b, 0x6b));
            return {};
        case Qt::TextAlignmentRole:
            return index.column() == StateColumn ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                                 : int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            switch (pieceState) {
                case core::PieceState::Active:
                    return tr("Piece %1 = %2 is the maximum on part of the z axis.")
                        .arg(index.row() + 1)
                        .arg(session::formatPiece(piece));
                case core::PieceState::Hidden:
                    return tr("Piece %1 = %2 is never the maximum: it does not shape the unit.")
                        .arg(index.row() + 1)
                        .arg(session::formatPiece(piece));
                case core::PieceState::Duplicate:
                    return tr("Piece %1 = %2 repeats an earlier piece.")
                        .arg(index.row() + 1)
                        .arg(session::formatPiece(piece));
            }
            return {};
        default:
            return {};
    }
}

QVariant MaxoutPiecesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Vertical) return section + 1;
    switch (section) {
        case SlopeColumn:
            return tr("slope");
        case InterceptColumn:
            return tr("intercept");
        case StateColumn:
            return tr("state");
        default:
            return {};
    }
}

Qt::ItemFlags MaxoutPiecesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != StateColumn) f |= Qt::ItemIsEditable;
    return f;
}

bool MaxoutPiecesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() == StateColumn) return false;
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok) {
        Q_EMIT editRejected(tr("Piece %1: not a number").arg(index.row() + 1));
        return false;
    }
    auto piece = m_state->pieces()[static_cast<size_t>(index.row())];
    (index.column() == SlopeColumn ? piece.slope : piece.intercept) = v;
    const QString error = m_state->setPiece(index.row(), piece);
    if (!error.isEmpty()) {
        Q_EMIT editRejected(error);
        return false;
    }
    return true;
}

}  // namespace relulab::gui
