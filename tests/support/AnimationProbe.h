// Reading back the animations the app writes: a GIF through giflib, an MP4 through libavformat.
#pragma once

#include <QImage>
#include <QString>
#include <vector>

namespace relulab::test {

struct GifContents
{
    bool ok = false;
    QSize size;
    std::vector<int> delays;     // per frame, in hundredths of a second
    bool loopsForever = false;   // NETSCAPE2.0 with loop count 0
    int colours = 0;             // entries of the global colour table
    std::vector<QImage> frames;  // composited as a viewer shows them
};

// Decodes the whole file with DGifSlurp; ok is false when giflib cannot read it.
GifContents readGif(const QString &path);

struct Mp4Contents
{
    bool ok = false;
    QString codec;  // e.g. "h264"
    QString pixelFormat;
    QSize size;
    long frames = 0;          // frames decoded
    double seconds = 0.0;     // the stream's duration
    bool indexFirst = false;  // the moov box before mdat (+faststart)
};

// Opens the file with libavformat and decodes every frame of its video stream.
Mp4Contents readMp4(const QString &path);

}  // namespace relulab::test
