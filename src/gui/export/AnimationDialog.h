// File > Export animation…: what to animate (a training view replayed from step 0, or the
// explorer while alpha or the range sweeps), the frames, rate, size and format (GIF or MP4), the
// file; a progress bar with Cancel while the frames are drawn.
#pragma once

#include <QDialog>
#include <memory>
#include <optional>

#include "gui/export/AnimationJob.h"
#include "session/RunHistory.h"

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace relulab::session {
class ExplorerState;
class TrainingSetupModel;
}  // namespace relulab::session

namespace relulab::gui {

class AnimationDialog : public QDialog
{
    Q_OBJECT

public:
    AnimationDialog(const session::ExplorerState *explorer,
                    const session::TrainingSetupModel *training, QWidget *parent = nullptr);
    ~AnimationDialog() override;

    // The request the controls describe (the file, format, frames, rate and size).
    AnimationJobSpec spec() const;
    void setTarget(AnimationTarget target);
    // The run's timeline: training targets then show steps First … Last of this run, replayed
    // from its history (the steps default to the whole run, or up to the step the timeline
    // shows). Without one (an empty history), steps 0 … Last of the setup, replayed.
    void setTimeline(const session::RunHistory &history, long newestStep,
                     std::optional<long> shownStep);
    void setPath(const QString &path);
    // Starts the export; false (and the reason shown in the dialog) when it cannot start.
    bool startExport();
    void cancelExport();
    bool isExporting() const;
    QString errorText() const;
    // Cancel and Escape: stop a running export first (nothing written), close when none runs.
    void reject() override;

Q_SIGNALS:
    // The export ran to its end: error empty when the file is complete and in place (a cancelled
    // export does not end this way).
    void exportFinished(const QString &error);

private:
    void buildControls();
    // What is animated: the subject, the steps of a replay, the sweep of the explorer.
    void addSubjectRows(QFormLayout *form);
    // How: frames, rate, size, format and file.
    void addOutputRows(QFormLayout *form);
    void updateEnabled();
    void updateForTarget();
    void updateForSize();
    void updateForFormat();
    void browse();
    void showError(const QString &error);
    void onFinished(const QString &error);
    void setRunning(bool running);

    const session::ExplorerState *m_explorer;
    const session::TrainingSetupModel *m_training;
    QComboBox *m_target = nullptr;
    QSpinBox *m_firstStep = nullptr;
    QSpinBox *m_steps = nullptr;
    session::RunHistory m_history;
    QLabel *m_stepsNote = nullptr;
    QDoubleSpinBox *m_from = nullptr;
    QDoubleSpinBox *m_to = nullptr;
    QSpinBox *m_frames = nullptr;
    QSpinBox *m_fps = nullptr;
    QComboBox *m_size = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    std::unique_ptr<AnimationJob> m_job;
    QString m_suggestedPath;  // the file name the dialog made up, replaced when the subject changes
};

}  // namespace relulab::gui
