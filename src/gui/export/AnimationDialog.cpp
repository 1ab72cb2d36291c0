// The animation dialog's controls, their tooltips and accessible names, and the export they start.
#include "gui/export/AnimationDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>
#include <initializer_list>

#include "gui/common/ErrorLabel.h"
#include "session/CommandLine.h"
#include "session/ExplorerState.h"
#include "session/TrainingSetupModel.h"

namespace relulab::gui {

namespace {

template <class W>
W *named(W *widget, const QString &name, const QString &tip)
{
    widget->setAccessibleName(name);
    widget->setToolTip(tip);
    return widget;
}

// A row label whose mnemonic focuses the row's first control (rows of several controls).
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

const QSize kPresets[] = {QSize(1280, 720), QSize(1920, 1080)};

}  // namespace

AnimationDialog::AnimationDialog(const session::ExplorerState *explorer,
                                 const session::TrainingSetupModel *training, QWidget *parent)
    : QDialog(parent), m_explorer(explorer), m_training(training)
{
    setWindowTitle(tr("Export animation"));
    setAccessibleName(tr("Export animation"));
    buildControls();
    updateForTarget();
    updateForSize();
    updateForFormat();
}

AnimationDialog::~AnimationDialog() = default;

void AnimationDialog::addSubjectRows(QFormLayout *form)
{
    m_target = named(new QComboBox, tr("What to animate"),
                     tr("The training view (or one of its parts) replayed from step 0 of this "
                        "run's setup, or the explorer's figure while \u03b1 or the range sweeps"));
    m_target->addItem(tr("Training view"), int(AnimationTarget::TrainingView));
    m_target->addItem(tr("Input space"), int(AnimationTarget::InputSpace));
    m_target->addItem(tr("Network diagram"), int(AnimationTarget::Diagram));
    m_target->addItem(tr("Training curves"), int(AnimationTarget::Curves));
    m_target->addItem(tr("Explorer, \u03b1 sweeps"), int(AnimationTarget::ExplorerAlpha));
    m_target->addItem(tr("Explorer, range zooms"), int(AnimationTarget::ExplorerRange));
    form->addRow(tr("&What:"), m_target);

    m_steps = named(new QSpinBox, tr("Last step"),
                    tr("The frames show steps 0 \u2026 N of this run's setup, replayed: the same "
                       "pictures as relulab train --steps N --animate"));
    m_steps->setRange(1, 1000000);
    m_steps->setValue(600);
    m_firstStep =
        named(new QSpinBox, tr("First step"), tr("The first frame's step on this run's timeline"));
    m_firstStep->setRange(0, 1000000);
    m_firstStep->setVisible(false);
    m_stepsNote = new QLabel(tr("steps 0 \u2026 N of this run's setup, replayed"));
    styleSecondaryLabel(m_stepsNote);
    auto *steps = new QHBoxLayout;
    steps->addWidget(m_firstStep);
    steps->addWidget(m_steps);
    steps->addWidget(m_stepsNote, 1);
    form->addRow(buddyLabel(tr("&Steps:"), m_steps), steps);

    m_from = named(new QDoubleSpinBox, tr("Sweep from"), tr("The value of the first frame"));
    m_to = named(new QDoubleSpinBox, tr("Sweep to"), tr("The value of the last frame"));
    for (QDoubleSpinBox *box : {m_from, m_to})
        box->setDecimals(3);
    auto *sweep = new QHBoxLayout;
    sweep->addWidget(m_from);
    sweep->addWidget(new QLabel(tr("to")));
    sweep->addWidget(m_to);
    form->addRow(buddyLabel(tr("S&weep:"), m_from), sweep);
}

void AnimationDialog::addOutputRows(QFormLayout *form)
{
    m_frames = named(new QSpinBox, tr("Number of frames"),
                     tr("Frames in the animation, evenly spaced, both ends included"));
    m_frames->setRange(1, session::AnimationWriter::kMaxFrames);
    m_frames->setValue(40);
    form->addRow(tr("&Frames:"), m_frames);
    m_fps = named(new QSpinBox, tr("Frame rate"),
                  tr("Frames a second (a GIF rounds its delay to hundredths of a second)"));
    m_fps->setRange(session::AnimationWriter::kMinFps, session::AnimationWriter::kMaxFps);
    m_fps->setValue(session::AnimationWriter::kDefaultFps);
    m_fps->setSuffix(tr(" fps"));
    form->addRow(tr("&Rate:"), m_fps);

    m_size = named(new QComboBox, tr("Frame size"), tr("The size of every frame in pixels"));
    for (QSize s : kPresets)
        m_size->addItem(tr("%1 \u00d7 %2").arg(s.width()).arg(s.height()), s);
    m_size->addItem(tr("Custom"));
    m_width = named(new QSpinBox, tr("Frame width"), tr("Custom frame width in pixels"));
    m_height = named(new QSpinBox, tr("Frame height"), tr("Custom frame height in pixels"));
    for (QSpinBox *box : {m_width, m_height})
        box->setRange(session::AnimationWriter::kMinSide, session::AnimationWriter::kMaxSide);
    m_width->setValue(1280);
    m_height->setValue(720);
    auto *size = new QHBoxLayout;
    size->addWidget(m_size);
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("\u00d7")));
    size->addWidget(m_height);
    form->addRow(buddyLabel(tr("Si&ze:"), m_size), size);

    m_format = named(new QComboBox, tr("File format"),
                     tr("GIF: plays everywhere, loops; MP4 (H.264): small, for slides and "
                        "browsers"));
    m_format->addItem(tr("GIF"), int(session::AnimationFormat::Gif));
    m_format->addItem(tr("MP4 (H.264)"), int(session::AnimationFormat::Mp4));
    form->addRow(tr("F&ormat:"), m_format);

    m_path = named(new QLineEdit, tr("File"), tr("Where the animation is written"));
    m_browse =
        named(new QPushButton(tr("&Browse\u2026")), tr("Browse"), tr("Choose the file to write"));
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);
    form->addRow(buddyLabel(tr("F&ile:"), m_path), file);
}

void AnimationDialog::buildControls()
{
    auto *form = new QFormLayout;
    addSubjectRows(form);
    addOutputRows(form);
    m_error = makeErrorLabel(QStringLiteral("animationError"), tr("Export problem"), this);
    m_progress = named(new QProgressBar, tr("Progress"), tr("Frames drawn so far"));
    m_progress->setFormat(tr("Ready"));
    m_progress->setValue(0);
    auto *buttons = new QDialogButtonBox;
    m_export = named(buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole), tr("Export"),
                     tr("Draw the frames and write the file"));
    m_cancel = named(buttons->addButton(QDialogButtonBox::Cancel), tr("Cancel"),
                     tr("Stop the export (no file is written; an old one stays) or close"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(m_target, &QComboBox::currentIndexChanged, this, &AnimationDialog::updateForTarget);
    connect(m_size, &QComboBox::currentIndexChanged, this, &AnimationDialog::updateForSize);
    connect(m_format, &QComboBox::currentIndexChanged, this, &AnimationDialog::updateForFormat);
    connect(m_browse, &QPushButton::clicked, this, &AnimationDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &AnimationDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &AnimationDialog::reject);
}

void AnimationDialog::setTarget(AnimationTarget target)
{
    m_target->setCurrentIndex(m_target->findData(int(target)));
}

void AnimationDialog::setPath(const QString &path)
{
    m_path->setText(path);
    if (const auto format = session::animationFormatOf(path))
        m_format->setCurrentIndex(m_format->findData(int(*format)));
}

void AnimationDialog::setTimeline(const session::RunHistory &history, long newestStep,
                                  std::optional<long> shownStep)
{
    m_history = history;
    const bool timeline = !history.empty() && newestStep > 0;
    if (!timeline) m_history.clear();
    m_firstStep->setVisible(timeline);
    if (timeline) {
        m_firstStep->setValue(0);
        m_steps->setValue(static_cast<int>(shownStep && *shownStep > 0 ? *shownStep : newestStep));
        m_steps->setToolTip(tr("The last frame's step on this run's timeline (past the newest "
                               "step %1 the run is trained on, as Play would)")
                                .arg(newestStep));
        m_stepsNote->setText(
            tr("to \u2014 steps of this run (its timeline, live changes "
               "included), replayed"));
    } else {
        m_steps->setToolTip(
            tr("The frames show steps 0 \u2026 N of this run's setup, replayed: "
               "the same pictures as relulab train --steps N --animate"));
        m_stepsNote->setText(tr("steps 0 \u2026 N of this run's setup, replayed"));
    }
}

void AnimationDialog::updateEnabled()
{
    const bool training = isTrainingTarget(AnimationTarget(m_target->currentData().toInt()));
    m_steps->setEnabled(training);
    m_firstStep->setEnabled(training);
    m_stepsNote->setEnabled(training);
    m_from->setEnabled(!training);
    m_to->setEnabled(!training);
    const bool custom = !m_size->currentData().isValid();
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
}

void AnimationDialog::updateForTarget()
{
    const auto target = AnimationTarget(m_target->currentData().toInt());
    const bool training = isTrainingTarget(target);
    updateEnabled();
    if (target == AnimationTarget::ExplorerAlpha) {
        for (QDoubleSpinBox *box : {m_from, m_to}) {
            box->setRange(0.0, 0.999);
            box->setSingleStep(0.05);
        }
        m_from->setValue(0.0);
        m_to->setValue(0.5);
    } else if (target == AnimationTarget::ExplorerRange) {
        const double a = std::max(std::abs(m_explorer->lo()), std::abs(m_explorer->hi()));
        for (QDoubleSpinBox *box : {m_from, m_to}) {
            box->setRange(0.001, 1e6);
            box->setSingleStep(0.5);
        }
        m_from->setValue(a);
        m_to->setValue(a / 4);
    }
    // A suggested name follows the subject (in the folder chosen last); a name the user typed
    // stays.
    const QString current = m_path->text();
    const QFileInfo info(current);
    if (!current.isEmpty() && current != m_suggestedPath) return;
    const QString folder = current.isEmpty() ? QDir::homePath() : info.absolutePath();
    const QString name =
        QStringLiteral("relulab-%1.%2")
            .arg(training ? QStringLiteral("training") : QStringLiteral("explorer"),
                 m_format->currentIndex() == 0 ? QStringLiteral("gif") : QStringLiteral("mp4"));
    m_suggestedPath = QDir(folder).filePath(name);
    setPath(m_suggestedPath);
}

void AnimationDialog::updateForSize()
{
    updateEnabled();
    if (m_size->currentData().isValid()) {
        const QSize s = m_size->currentData().toSize();
        m_width->setValue(s.width());
        m_height->setValue(s.height());
    }
}

void AnimationDialog::updateForFormat()
{
    // The file's extension follows the format, so the two never disagree.
    const QString suffix =
        m_format->currentIndex() == 0 ? QStringLiteral("gif") : QStringLiteral("mp4");
    const QString path = m_path->text();
    if (path.isEmpty()) return;
    const QFileInfo info(path);
    if (info.suffix().toLower() == suffix) return;
    const QString renamed =
        info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix);
    if (path == m_suggestedPath) m_suggestedPath = renamed;
    m_path->setText(renamed);
}

void AnimationDialog::browse()
{
    const QString filter =
        m_format->currentIndex() == 0 ? tr("GIF animation (*.gif)") : tr("MP4 video (*.mp4)");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export animation"), m_path->text(), filter);
    if (!path.isEmpty()) setPath(path);
}

AnimationJobSpec AnimationDialog::spec() const
{
    AnimationJobSpec s;
    s.target = AnimationTarget(m_target->currentData().toInt());
    s.animation.path = m_path->text();
    s.animation.format = session::AnimationFormat(m_format->currentData().toInt());
    s.animation.frames = m_frames->value();
    s.animation.fps = m_fps->value();
    s.animation.size = QSize(m_width->value(), m_height->value());
    s.steps = m_steps->value();
    s.setup = m_training->setup();
    if (!m_history.empty()) {
        s.history = m_history;
        s.from = std::min<long>(m_firstStep->value(), s.steps);
    }
    s.explorer = m_explorer->settings();
    s.sweep.from = m_from->value();
    s.sweep.to = m_to->value();
    return s;
}

bool AnimationDialog::startExport()
{
    if (isExporting()) return false;
    AnimationJobSpec s = spec();
    if (s.animation.path.isEmpty()) {
        showError(tr("Choose a file to write."));
        return false;
    }
    if (const auto format = session::animationFormatOf(s.animation.path);
        !format || *format != s.animation.format) {
        showError(tr("The file name must end in .%1 for this format.")
                      .arg(s.animation.format == session::AnimationFormat::Gif
                               ? QStringLiteral("gif")
                               : QStringLiteral("mp4")));
        return false;
    }
    m_job = std::make_unique<AnimationJob>(std::move(s));
    connect(m_job.get(), &AnimationJob::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_job.get(), &AnimationJob::finished, this, &AnimationDialog::onFinished);
    if (const QString e = m_job->start(); !e.isEmpty()) {
        m_job.reset();
        showError(e);
        return false;
    }
    showError({});
    m_progress->setMaximum(m_frames->value());
    m_progress->setValue(0);
    setRunning(true);
    return true;
}

void AnimationDialog::cancelExport()
{
    if (!m_job) return;
    m_job->cancel();
    m_job.reset();
    setRunning(false);
    m_progress->setValue(0);
    showError(tr("Cancelled: nothing was written."));
}

bool AnimationDialog::isExporting() const
{
    return m_job && m_job->isRunning();
}

QString AnimationDialog::errorText() const
{
    return m_error->text();
}

void AnimationDialog::reject()
{
    // Cancel stops a running export first; a second Cancel (or Escape) closes.
    if (isExporting()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void AnimationDialog::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void AnimationDialog::onFinished(const QString &error)
{
    // Deleted later: this runs inside the job's own signal.
    m_job.release()->deleteLater();
    setRunning(false);
    showError(error.isEmpty() ? QString() : tr("Export failed: %1").arg(error));
    if (error.isEmpty())
        m_progress->setFormat(tr("Written: %1").arg(QFileInfo(m_path->text()).fileName()));
    Q_EMIT exportFinished(error);
}

void AnimationDialog::setRunning(bool running)
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_target, m_steps, m_from, m_to, m_frames, m_fps, m_size,
                                          m_format, m_path, m_browse, m_export})
        w->setEnabled(!running);
    if (running) m_progress->setFormat(tr("%v / %m frames"));
    m_cancel->setToolTip(running ? tr("Stop the export: no file is written, an old one stays")
                                 : tr("Close"));
    if (!running) updateEnabled();
}

}  // namespace relulab::gui
