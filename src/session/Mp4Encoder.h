// An H.264 MP4 (libx264 through FFmpeg's libraries) written frame by frame to a file, for slides
// and browsers: yuv420p, even size, the index at the front (+faststart).
#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <memory>

namespace relulab::session {

class Mp4Encoder
{
public:
    Mp4Encoder();
    ~Mp4Encoder();
    Mp4Encoder(const Mp4Encoder &) = delete;
    Mp4Encoder &operator=(const Mp4Encoder &) = delete;

    // The picture is size rounded up to even sides (H.264's 4:2:0 needs them); fps frames a second.
    // Empty on success, else the reason.
    QString open(const QString &path, QSize size, int fps);
    QString addFrame(const QImage &frame);
    // Flushes the encoder and writes the index; the file is complete after this.
    QString finish();
    int frameCount() const;

    // Constant rate factor: 18 keeps flat colours and thin lines clean, a few hundred KB a minute.
    static constexpr int kCrf = 18;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace relulab::session
