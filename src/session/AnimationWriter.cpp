// The writer behind `--animate` and File > Export animation: the encoder for the format, and the
// temporary file that becomes the target only when the animation is complete.
#include "AnimationWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "CommandLine.h"
#include "GifEncoder.h"
#include "Mp4Encoder.h"

namespace relulab::session {

// This file's messages, filed under "AnimationWriter" by lupdate and looked up there.
class AnimationWriterTr
{
    Q_DECLARE_TR_FUNCTIONS(AnimationWriter)
};

std::optional<AnimationFormat> animationFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("gif")) return AnimationFormat::Gif;
    if (suffix == QLatin1String("mp4")) return AnimationFormat::Mp4;
    return std::nullopt;
}

int AnimationWriter::gifDelayCentiseconds(int fps)
{
    return std::max(1, static_cast<int>(std::lround(100.0 / std::max(1, fps))));
}

AnimationWriter::AnimationWriter(const QString &path, QSize size, int fps,
                                 std::optional<AnimationFormat> format)
    : m_path(path),
      m_size(size),
      m_fps(fps),
      m_format(format.value_or(animationFormatOf(path).value_or(AnimationFormat::Gif)))
{
}

AnimationWriter::~AnimationWriter()
{
    m_mp4.reset();  // closes the temporary file before it goes
    if (!m_temporaryPath.isEmpty()) QFile::remove(m_temporaryPath);
}

QString AnimationWriter::start()
{
    if (const QString e = checkWritable(m_path); !e.isEmpty()) return e;
    if (m_format == AnimationFormat::Gif) {
        m_gif = std::make_unique<GifEncoder>(m_size, gifDelayCentiseconds(m_fps), m_quantiser);
        return {};
    }
    // Beside the target, so that the rename at the end stays on one file system (atomic).
    const QFileInfo target(m_path);
    QTemporaryFile temporary(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                             QStringLiteral(".XXXXXX"));
    temporary.setAutoRemove(false);
    if (!temporary.open())
        return AnimationWriterTr::tr("cannot write %1: %2")
            .arg(quoted(m_path), temporary.errorString());
    m_temporaryPath = temporary.fileName();
    temporary.close();
    m_mp4 = std::make_unique<Mp4Encoder>();
    return m_mp4->open(m_temporaryPath, m_size, m_fps);
}

QString AnimationWriter::addFrame(const QImage &frame)
{
    if (frame.isNull()) return AnimationWriterTr::tr("an empty frame");
    ++m_frames;
    if (m_gif) {
        m_gif->addFrame(frame);
        return {};
    }
    if (m_mp4) return m_mp4->addFrame(frame);
    return AnimationWriterTr::tr("the animation was not started");
}

QString AnimationWriter::finish()
{
    if (m_gif) {
        QString error;
        const QByteArray bytes = m_gif->encode(&error);
        if (bytes.isEmpty()) return error;
        return writeAtomically(m_path, bytes);
    }
    if (!m_mp4) return AnimationWriterTr::tr("the animation was not started");
    if (m_mp4->frameCount() == 0) return AnimationWriterTr::tr("no frames to encode");
    if (QString e = m_mp4->finish(); !e.isEmpty()) return e;
    m_mp4.reset();
    // QTemporaryFile made it private (0600); the animation reads as other files do, or as the
    // file it replaces.
    const QFileInfo old(m_path);
    QFile::setPermissions(m_temporaryPath,
                          old.exists() ? old.permissions()
                                       : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ReadUser | QFileDevice::WriteUser |
                                             QFileDevice::ReadGroup | QFileDevice::ReadOther);
    // rename(2) replaces an old file in one step; QFile::rename would refuse to.
    if (std::rename(QFile::encodeName(m_temporaryPath).constData(),
                    QFile::encodeName(m_path).constData()) != 0)
        return AnimationWriterTr::tr("cannot write %1: %2")
            .arg(quoted(m_path), QString::fromLocal8Bit(std::strerror(errno)));
    m_temporaryPath.clear();
    return {};
}

}  // namespace relulab::session
