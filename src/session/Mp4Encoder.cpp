// Encoding with libavcodec (libx264), scaling and converting with libswscale, and muxing with
// libavformat's mp4 muxer.
#include "Mp4Encoder.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
#include <libavutil/log.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <QCoreApplication>
#include <array>

namespace relulab::session {

// This file's messages, filed under "Mp4Encoder" by lupdate and looked up there.
class Mp4EncoderTr
{
    Q_DECLARE_TR_FUNCTIONS(Mp4Encoder)
};

namespace {

QString avError(int code)
{
    std::array<char, AV_ERROR_MAX_STRING_SIZE> text{};
    av_strerror(code, text.data(), text.size());
    return QString::fromLocal8Bit(text.data());
}

}  // namespace

struct Mp4Encoder::State
{
    AVFormatContext *format = nullptr;
    AVCodecContext *codec = nullptr;
    AVStream *stream = nullptr;
    SwsContext *scaler = nullptr;
    AVFrame *frame = nullptr;
    AVPacket *packet = nullptr;
    QSize size;
    int frames = 0;
    bool headerWritten = false;

    ~State()
    {
        sws_freeContext(scaler);
        av_frame_free(&frame);
        av_packet_free(&packet);
        avcodec_free_context(&codec);
        if (format) {
            if (format->pb) avio_closep(&format->pb);
            avformat_free_context(format);
        }
    }

    // Sends frame (nullptr: end of stream) and writes every packet the encoder has ready.
    QString encode(const AVFrame *input)
    {
        int code = avcodec_send_frame(codec, input);
        if (code < 0)
            return Mp4EncoderTr::tr("the H.264 encoder refused a frame: %1").arg(avError(code));
        while (true) {
            code = avcodec_receive_packet(codec, packet);
            if (code == AVERROR(EAGAIN) || code == AVERROR_EOF) return {};
            if (code < 0) return Mp4EncoderTr::tr("H.264 encoding failed: %1").arg(avError(code));
            // One frame lasts one tick of the codec's clock, the last one included, so the
            // file's duration is frames / fps.
            if (packet->duration == 0) packet->duration = 1;
            av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
            packet->stream_index = stream->index;
            code = av_interleaved_write_frame(format, packet);
            if (code < 0) return Mp4EncoderTr::tr("could not write the MP4: %1").arg(avError(code));
        }
    }
};

Mp4Encoder::Mp4Encoder() = default;
Mp4Encoder::~Mp4Encoder() = default;

int Mp4Encoder::frameCount() const
{
    return m_state ? m_state->frames : 0;
}

QString Mp4Encoder::open(const QString &path, QSize size, int fps)
{
    // FFmpeg logs to stderr by default; problems come back as return codes and are said here.
    av_log_set_level(AV_LOG_QUIET);
    m_state = std::make_unique<State>();
    State &s = *m_state;
    s.size = QSize((size.width() + 1) / 2 * 2, (size.height() + 1) / 2 * 2);
    const QByteArray file = path.toLocal8Bit();
    int code = avformat_alloc_output_context2(&s.format, nullptr, "mp4", file.constData());
    if (code < 0 || !s.format)
        return Mp4EncoderTr::tr("FFmpeg has no MP4 muxer: %1").arg(avError(code));
    // No encoder version or creation time in the file: the same frames give the same stream
    // (x264 still writes its options into the stream, which is the same for the same build).
    s.format->flags |= AVFMT_FLAG_BITEXACT;
    const AVCodec *h264 = avcodec_find_encoder_by_name("libx264");
    if (!h264) h264 = avcodec_find_encoder(AV_CODEC_ID_H264);
    if (!h264) return Mp4EncoderTr::tr("this FFmpeg has no H.264 encoder (libx264)");
    s.codec = avcodec_alloc_context3(h264);
    s.stream = avformat_new_stream(s.format, nullptr);
    s.frame = av_frame_alloc();
    s.packet = av_packet_alloc();
    if (!s.codec || !s.stream || !s.frame || !s.packet) return Mp4EncoderTr::tr("out of memory");
    s.codec->width = s.size.width();
    s.codec->height = s.size.height();
    s.codec->time_base = AVRational{1, fps};
    s.codec->framerate = AVRational{fps, 1};
    s.codec->pix_fmt = AV_PIX_FMT_YUV420P;  // what browsers and Impress decode
    s.codec->gop_size = 2 * fps;            // a key frame every two seconds, for seeking
    s.codec->max_b_frames = 2;
    s.codec->thread_count = 1;  // deterministic: x264's threads change its decisions
    s.codec->flags |= AV_CODEC_FLAG_BITEXACT;
    s.codec->colorspace = AVCOL_SPC_BT709;
    s.codec->color_primaries = AVCOL_PRI_BT709;
    s.codec->color_trc = AVCOL_TRC_BT709;
    s.codec->color_range = AVCOL_RANGE_MPEG;
    if (s.format->oformat->flags & AVFMT_GLOBALHEADER)
        s.codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (s.codec->priv_data) {
        av_opt_set(s.codec->priv_data, "preset", "medium", 0);
        av_opt_set(s.codec->priv_data, "tune", "animation", 0);  // flat areas, sharp edges
        av_opt_set_int(s.codec->priv_data, "crf", kCrf, 0);
    }
    code = avcodec_open2(s.codec, h264, nullptr);
    if (code < 0)
        return Mp4EncoderTr::tr("could not open the H.264 encoder: %1").arg(avError(code));
    code = avcodec_parameters_from_context(s.stream->codecpar, s.codec);
    if (code < 0) return QStringLiteral("FFmpeg: %1").arg(avError(code));
    s.stream->time_base = s.codec->time_base;
    s.stream->avg_frame_rate = s.codec->framerate;

    s.frame->format = s.codec->pix_fmt;
    s.frame->width = s.size.width();
    s.frame->height = s.size.height();
    code = av_frame_get_buffer(s.frame, 0);
    if (code < 0) return QStringLiteral("FFmpeg: %1").arg(avError(code));

    code = avio_open(&s.format->pb, file.constData(), AVIO_FLAG_WRITE);
    if (code < 0) return Mp4EncoderTr::tr("cannot write %1: %2").arg(path, avError(code));
    AVDictionary *options = nullptr;
    // The index (moov) before the pictures, so a browser plays while it downloads.
    av_dict_set(&options, "movflags", "+faststart", 0);
    code = avformat_write_header(s.format, &options);
    av_dict_free(&options);
    if (code < 0) return Mp4EncoderTr::tr("could not start the MP4: %1").arg(avError(code));
    s.headerWritten = true;
    return {};
}

QString Mp4Encoder::addFrame(const QImage &frame)
{
    if (!m_state || !m_state->headerWritten) return Mp4EncoderTr::tr("the MP4 is not open");
    State &s = *m_state;
    const QImage image = frame.format() == QImage::Format_RGB32
                             ? frame
                             : frame.convertToFormat(QImage::Format_RGB32);
    // QImage's RGB32 is 0xffRRGGBB in native byte order: FFmpeg's AV_PIX_FMT_RGB32.
    s.scaler = sws_getCachedContext(s.scaler, image.width(), image.height(), AV_PIX_FMT_RGB32,
                                    s.size.width(), s.size.height(), s.codec->pix_fmt,
                                    SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT, nullptr,
                                    nullptr, nullptr);
    if (!s.scaler) return Mp4EncoderTr::tr("could not convert the frame to YUV");
    // BT.709 coefficients, limited range: what the stream says it is.
    const int *coefficients = sws_getCoefficients(SWS_CS_ITU709);
    sws_setColorspaceDetails(s.scaler, coefficients, 1, coefficients, 0, 0, 1 << 16, 1 << 16);
    const int code = av_frame_make_writable(s.frame);
    if (code < 0) return QStringLiteral("FFmpeg: %1").arg(avError(code));
    const uint8_t *source[] = {image.constBits()};
    const int stride[] = {static_cast<int>(image.bytesPerLine())};
    sws_scale(s.scaler, source, stride, 0, image.height(), s.frame->data, s.frame->linesize);
    s.frame->pts = s.frames++;
    return s.encode(s.frame);
}

QString Mp4Encoder::finish()
{
    if (!m_state || !m_state->headerWritten) return Mp4EncoderTr::tr("the MP4 is not open");
    State &s = *m_state;
    if (QString e = s.encode(nullptr); !e.isEmpty()) return e;
    const int code = av_write_trailer(s.format);
    if (code < 0) return Mp4EncoderTr::tr("could not finish the MP4: %1").arg(avError(code));
    const int closed = avio_closep(&s.format->pb);
    if (closed < 0) return Mp4EncoderTr::tr("could not finish the MP4: %1").arg(avError(closed));
    return {};
}

}  // namespace relulab::session
