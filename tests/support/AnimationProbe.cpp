// Decoding the animations for the tests: giflib's DGifSlurp, libavformat and libavcodec.
#include "AnimationProbe.h"

#include <gif_lib.h>

#include <QFile>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/pixdesc.h>
}

namespace relulab::test {

GifContents readGif(const QString &path)
{
    GifContents result;
    int error = 0;
    GifFileType *gif = DGifOpenFileName(QFile::encodeName(path).constData(), &error);
    if (!gif) return result;
    if (DGifSlurp(gif) != GIF_OK || !gif->SColorMap) {
        DGifCloseFile(gif, &error);
        return result;
    }
    result.size = QSize(gif->SWidth, gif->SHeight);
    result.colours = gif->SColorMap->ColorCount;
    QImage canvas(result.size, QImage::Format_RGB32);
    canvas.fill(Qt::black);
    for (int i = 0; i < gif->ImageCount; ++i) {
        const SavedImage &image = gif->SavedImages[i];
        for (int e = 0; e < image.ExtensionBlockCount; ++e) {
            const ExtensionBlock &block = image.ExtensionBlocks[e];
            if (block.Function == APPLICATION_EXT_FUNC_CODE && block.ByteCount == 11 &&
                QByteArray(reinterpret_cast<const char *>(block.Bytes), 11) == "NETSCAPE2.0" &&
                e + 1 < image.ExtensionBlockCount) {
                const ExtensionBlock &loop = image.ExtensionBlocks[e + 1];
                result.loopsForever = loop.ByteCount == 3 && loop.Bytes[0] == 1 &&
                                      loop.Bytes[1] == 0 && loop.Bytes[2] == 0;
            }
        }
        GraphicsControlBlock control{};
        control.TransparentColor = NO_TRANSPARENT_COLOR;
        DGifSavedExtensionToGCB(gif, i, &control);
        result.delays.push_back(control.DelayTime);
        const GifImageDesc &d = image.ImageDesc;
        const ColorMapObject *map = d.ColorMap ? d.ColorMap : gif->SColorMap;
        for (int y = 0; y < d.Height; ++y) {
            for (int x = 0; x < d.Width; ++x) {
                const int index = image.RasterBits[y * d.Width + x];
                if (index == control.TransparentColor || index >= map->ColorCount) continue;
                const GifColorType c = map->Colors[index];
                canvas.setPixel(d.Left + x, d.Top + y, qRgb(c.Red, c.Green, c.Blue));
            }
        }
        result.frames.push_back(canvas.copy());
    }
    DGifCloseFile(gif, &error);
    result.ok = true;
    return result;
}

Mp4Contents readMp4(const QString &path)
{
    Mp4Contents result;
    AVFormatContext *format = nullptr;
    if (avformat_open_input(&format, QFile::encodeName(path).constData(), nullptr, nullptr) < 0)
        return result;
    if (avformat_find_stream_info(format, nullptr) < 0) {
        avformat_close_input(&format);
        return result;
    }
    const int index = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (index < 0) {
        avformat_close_input(&format);
        return result;
    }
    const AVStream *stream = format->streams[index];
    const AVCodecParameters *parameters = stream->codecpar;
    result.codec = QString::fromLatin1(avcodec_get_name(parameters->codec_id));
    const char *pixel = av_get_pix_fmt_name(static_cast<AVPixelFormat>(parameters->format));
    result.pixelFormat = pixel ? QString::fromLatin1(pixel) : QString();
    result.size = QSize(parameters->width, parameters->height);
    result.seconds = stream->duration * av_q2d(stream->time_base);

    const AVCodec *decoder = avcodec_find_decoder(parameters->codec_id);
    AVCodecContext *codec = decoder ? avcodec_alloc_context3(decoder) : nullptr;
    AVPacket *packet = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    if (codec && avcodec_parameters_to_context(codec, parameters) >= 0 &&
        avcodec_open2(codec, decoder, nullptr) >= 0) {
        const auto drain = [&] {
            while (avcodec_receive_frame(codec, frame) >= 0)
                ++result.frames;
        };
        while (av_read_frame(format, packet) >= 0) {
            if (packet->stream_index == index && avcodec_send_packet(codec, packet) >= 0) drain();
            av_packet_unref(packet);
        }
        avcodec_send_packet(codec, nullptr);
        drain();
        result.ok = true;
    }
    av_frame_free(&frame);
    av_packet_free(&packet);
    avcodec_free_context(&codec);
    avformat_close_input(&format);

    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = file.readAll();
        const qsizetype moov = bytes.indexOf("moov");
        const qsizetype mdat = bytes.indexOf("mdat");
        result.indexFirst = moov >= 0 && mdat >= 0 && moov < mdat;
    }
    return result;
}

}  // namespace relulab::test
