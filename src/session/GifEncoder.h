// An animated GIF from frames of one size: one shared colour table, no dithering, looping forever.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <vector>

#include "GifPalette.h"

namespace relulab::session {

class GifEncoder
{
public:
    // delayCentiseconds: how long each frame shows (GIF counts in hundredths of a second).
    GifEncoder(QSize size, int delayCentiseconds,
               GifQuantiser quantiser = GifQuantiser::Popularity);

    // Keeps the frame (compressed) and counts its colours; it must have the encoder's size.
    void addFrame(const QImage &frame);
    int frameCount() const { return static_cast<int>(m_frames.size()); }
    // The whole file; empty with *error set on failure. The same frames give the same bytes.
    QByteArray encode(QString *error) const;

    // The palette has one entry fewer than GIF's 256: that index means "as in the previous frame"
    // (transparent), so a frame stores only what changed and compresses to little.
    static constexpr int kMaxColours = 255;

private:
    QSize m_size;
    int m_delay;
    GifQuantiser m_quantiser;
    std::vector<QByteArray> m_frames;  // qCompress'ed RGB32 pixels: flat colours shrink ~50x
    ColourHistogram m_histogram;
};

}  // namespace relulab::session
