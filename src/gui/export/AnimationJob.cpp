// Drawing the frames of an animation in the window's thread, one per timer tick.
#include "gui/export/AnimationJob.h"

#include "gui/export/FigureRenderer.h"
#include "gui/export/TrainingFigure.h"
#include "session/ExportCommand.h"
#include "session/TrainingReplay.h"

namespace relulab::gui {

bool isTrainingTarget(AnimationTarget target)
{
    return target != AnimationTarget::ExplorerAlpha && target != AnimationTarget::ExplorerRange;
}

namespace {

TrainingFigurePart figurePart(AnimationTarget target)
{
    switch (target) {
        case AnimationTarget::InputSpace:
            return TrainingFigurePart::InputSpace;
        case AnimationTarget::Diagram:
            return TrainingFigurePart::Diagram;
        case AnimationTarget::Curves:
            return TrainingFigurePart::Curves;
        default:
            return TrainingFigurePart::View;
    }
}

}  // namespace

AnimationJob::AnimationJob(AnimationJobSpec spec, QObject *parent)
    : QObject(parent), m_spec(std::move(spec))
{
    m_spec.sweep.parameter = m_spec.target == AnimationTarget::ExplorerRange
                                 ? session::AnimationSweep::Parameter::Range
                                 : session::AnimationSweep::Parameter::Alpha;
    // A zero-interval timer: one frame, then the events that came in meanwhile (Cancel, repaints).
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &AnimationJob::drawNext);
}

AnimationJob::~AnimationJob() = default;

QString AnimationJob::start()
{
    const session::AnimationRequest &a = m_spec.animation;
    m_writer = std::make_unique<session::AnimationWriter>(a.path, a.size, a.fps, a.format);
    if (QString e = m_writer->start(); !e.isEmpty()) {
        m_writer.reset();
        return e;
    }
    if (isTrainingTarget(m_spec.target)) {
        m_replay =
            m_spec.history.empty()
                ? std::make_unique<session::TrainingReplay>(m_spec.setup, m_spec.steps, a.frames)
                : std::make_unique<session::TrainingReplay>(m_spec.history, m_spec.from,
                                                            m_spec.steps, a.frames);
        if (QString e = m_replay->start(); !e.isEmpty()) {
            m_writer.reset();
            m_replay.reset();
            return e;
        }
    }
    m_done = 0;
    m_timer.start();
    return {};
}

void AnimationJob::cancel()
{
    m_timer.stop();
    m_writer.reset();  // removes what was written so far
    m_replay.reset();
}

void AnimationJob::fail(const QString &error)
{
    cancel();
    Q_EMIT finished(error);
}

QImage AnimationJob::drawFrame(int frame, int *repeats, QString *error)
{
    const session::AnimationRequest &a = m_spec.animation;
    *repeats = 1;
    if (m_replay) {
        *repeats = m_replay->advance();
        return renderTrainingFigure(m_replay->history(), m_replay->data(), a.size, error,
                                    figurePart(m_spec.target));
    }
    const session::ExplorerSettings settings =
        session::sweptSettings(m_spec.explorer, m_spec.sweep, frame, a.frames);
    // As `relulab export --png` draws it.
    return QImage::fromData(renderFigure(settings, a.size, session::ImageFormat::Png, error),
                            "PNG");
}

void AnimationJob::drawNext()
{
    const int total = m_spec.animation.frames;
    int repeats = 1;
    QString error;
    const QImage frame = drawFrame(m_done, &repeats, &error);
    if (frame.isNull()) return fail(tr("could not draw frame %1: %2").arg(m_done + 1).arg(error));
    for (int i = 0; i < repeats && m_done < total; ++i, ++m_done) {
        if (QString e = m_writer->addFrame(frame); !e.isEmpty()) return fail(e);
    }
    Q_EMIT progress(m_done, total);
    if (m_done < total) return;
    m_timer.stop();
    const QString e = m_writer->finish();
    m_writer.reset();
    m_replay.reset();
    Q_EMIT finished(e);
}

}  // namespace relulab::gui
