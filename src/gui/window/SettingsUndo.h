// Undo and redo of every change of the explorer settings and the training setup, without the
// controls knowing: watches the two models' change signals, remembers the last values and pushes
// before/after commands; undo and redo apply them back through ExplorerState::apply and
// TrainingSetupModel::apply (which restarts the run or changes it live, as an edit would). One
// mouse gesture (press to release) is one step, and so is a run of changes of one kind less than
// kMergeMs apart (wheel zoom, a held key).
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QUndoStack>

#include "session/ExplorerState.h"
#include "session/TrainingSetupModel.h"

namespace relulab::gui {

class SettingsUndo : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMergeMs = 600;

    SettingsUndo(session::ExplorerState *state, session::TrainingSetupModel *setup,
                 QObject *parent = nullptr);
    ~SettingsUndo() override;

    QUndoStack *stack() { return &m_stack; }
    // Forgets the history and takes the present values as the start (after a session is opened
    // or a new one begun); the stack is clean afterwards.
    void reset();

    // For the commands: applies values without recording them.
    void applyExplorer(const session::ExplorerSettings &settings);
    void applySetup(const session::TrainingSetup &setup);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void explorerChanged();
    void setupChanged();
    // Whether a command of kind may merge into the one on top of the stack.
    bool mayMerge(int kind) const;
    void pushed(int kind);

    session::ExplorerState *m_state;
    session::TrainingSetupModel *m_setupModel;
    QUndoStack m_stack;
    session::ExplorerSettings m_explorer;  // the values the last command ended with
    session::TrainingSetup m_setup;
    bool m_applying = false;
    // A gesture is the time between a mouse press and its release; both start a new one.
    quint64 m_gesture = 0;
    bool m_mouseDown = false;
    quint64 m_lastGesture = ~quint64(0);
    int m_lastKind = -1;
    QElapsedTimer m_sinceLast;
};

}  // namespace relulab::gui
