// Table model over the state's maxout pieces: slope and intercept editable, state read-only.
#pragma once

#include <QAbstractTableModel>

#include "session/ExplorerState.h"

namespace relulab::gui {

class MaxoutPiecesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SlopeColumn, InterceptColumn, StateColumn, ColumnCount };

    explicit MaxoutPiecesModel(session::ExplorerState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // An edit the state refused, with the reason.
    void editRejected(const QString &reason);

private:
    void onPiecesChanged();

    session::ExplorerState *m_state;
    int m_rows = 0;
};

}  // namespace relulab::gui
