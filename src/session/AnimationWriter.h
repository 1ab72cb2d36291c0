// Writes frames (QImages) as an animated GIF or an H.264 MP4, all or nothing: until finish()
// succeeds the target is untouched, and a writer dropped before that leaves no file behind.
#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <memory>
#include <optional>

#include "GifPalette.h"

namespace relulab::session {

enum class AnimationFormat { Gif, Mp4 };

// The format a path's extension names (.gif, .mp4; any case), or none.
std::optional<AnimationFormat> animationFormatOf(const QString &path);

class GifEncoder;
class Mp4Encoder;

class AnimationWriter
{
public:
    // Limits shared by the headless options and the dialog.
    static constexpr int kMaxFrames = 1000;
    static constexpr int kMinFps = 1;
    static constexpr int kMaxFps = 60;
    static constexpr int kDefaultFps = 10;
    static constexpr int kMinSide = 64;
    static constexpr int kMaxSide = 3840;

    // format: of the path's extension unless given. Frames of another size are scaled to size.
    AnimationWriter(const QString &path, QSize size, int fps,
                    std::optional<AnimationFormat> format = std::nullopt);
    ~AnimationWriter();
    AnimationWriter(const AnimationWriter &) = delete;
    AnimationWriter &operator=(const AnimationWriter &) = delete;

    // Checks the target and opens the encoder; empty on success, else the reason.
    QString start();
    QString addFrame(const QImage &frame);
    // Encodes what is left and puts the file in place (replacing an old one at once).
    QString finish();
    int frameCount() const { return m_frames; }
    AnimationFormat format() const { return m_format; }

    // The GIF's per-frame delay in hundredths of a second (GIF's unit): 100 / fps, rounded.
    static int gifDelayCentiseconds(int fps);
    // For comparing quantisers (benchmarks/compare); Popularity unless set.
    void setGifQuantiser(GifQuantiser quantiser) { m_quantiser = quantiser; }

private:
    QString m_path;
    QSize m_size;
    int m_fps;
    AnimationFormat m_format;
    GifQuantiser m_quantiser = GifQuantiser::Popularity;
    int m_frames = 0;
    std::unique_ptr<GifEncoder> m_gif;
    std::unique_ptr<Mp4Encoder> m_mp4;
    QString m_temporaryPath;  // the MP4 being written beside the target; removed unless finished
};

}  // namespace relulab::session
