// Encoding the GIF with giflib: the palette from all frames' colours, then each frame as the
// rectangle that changed since the previous one, unchanged pixels transparent.
#include "GifEncoder.h"

#include <gif_lib.h>
#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

namespace relulab::session {

// This file's messages, filed under "GifEncoder" by lupdate and looked up there.
class GifEncoderTr
{
    Q_DECLARE_TR_FUNCTIONS(GifEncoder)
};

namespace {

QImage asRgb32(const QImage &frame)
{
    return frame.format() == QImage::Format_RGB32 ? frame
                                                  : frame.convertToFormat(QImage::Format_RGB32);
}

int appendBytes(GifFileType *gif, const GifByteType *bytes, int length)
{
    static_cast<QByteArray *>(gif->UserData)->append(reinterpret_cast<const char *>(bytes), length);
    return length;
}

struct GifCloser
{
    void operator()(GifFileType *gif) const
    {
        int error = 0;
        EGifCloseFile(gif, &error);
    }
};

struct MapFreer
{
    void operator()(ColorMapObject *map) const { GifFreeMapObject(map); }
};

// Maps every colour of the frames to its palette index, with a cache: a figure has few colours.
class IndexMap
{
public:
    explicit IndexMap(const std::vector<QRgb> &palette) : m_palette(palette) {}
    GifByteType operator()(QRgb pixel)
    {
        const QRgb colour = pixel & 0xffffffu;
        if (colour == m_lastColour) return m_lastIndex;
        auto [it, inserted] = m_cache.try_emplace(colour, 0);
        if (inserted) it->second = nearestPaletteIndex(m_palette, colour);
        m_lastColour = colour;
        m_lastIndex = static_cast<GifByteType>(it->second);
        return m_lastIndex;
    }

private:
    const std::vector<QRgb> &m_palette;
    std::unordered_map<QRgb, int> m_cache;
    QRgb m_lastColour = 0xffffffffu;  // no colour: the alpha byte is masked off above
    GifByteType m_lastIndex = 0;
};

// The bounding rectangle of the pixels whose index differs between two frames; empty if none.
QRect changedRect(const std::vector<GifByteType> &a, const std::vector<GifByteType> &b, QSize size)
{
    int top = size.height();
    int bottom = -1;
    int left = size.width();
    int right = -1;
    for (int y = 0; y < size.height(); ++y) {
        const GifByteType *ra = a.data() + static_cast<size_t>(y) * size.width();
        const GifByteType *rb = b.data() + static_cast<size_t>(y) * size.width();
        if (std::memcmp(ra, rb, static_cast<size_t>(size.width())) == 0) continue;
        top = std::min(top, y);
        bottom = y;
        for (int x = 0; x < size.width(); ++x) {
            if (ra[x] == rb[x]) continue;
            left = std::min(left, x);
            right = std::max(right, x);
        }
    }
    return bottom < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

bool putLoopForever(GifFileType *gif)
{
    // The NETSCAPE2.0 application extension: sub-block 1, loop count 0 = forever.
    static const char kApplication[] = "NETSCAPE2.0";
    const std::array<GifByteType, 3> loop{1, 0, 0};
    return EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE) == GIF_OK &&
           EGifPutExtensionBlock(gif, 11, kApplication) == GIF_OK &&
           EGifPutExtensionBlock(gif, 3, loop.data()) == GIF_OK &&
           EGifPutExtensionTrailer(gif) == GIF_OK;
}

// Writes one frame: its delay, then the first frame whole, a later one as the rectangle that
// changed since previous (one pixel when none did, as a frame needs an image) with unchanged
// pixels transparent, the rest kept from the frame before (disposal "do not dispose"). Null, or
// the step that failed.
const char *putFrame(GifFileType *gif, QSize size, int delay, int transparent,
                     const std::vector<GifByteType> &previous,
                     const std::vector<GifByteType> &current)
{
    QRect rect(QPoint(0, 0), size);
    if (!previous.empty()) {
        rect = changedRect(previous, current, size);
        if (rect.isEmpty()) rect = QRect(0, 0, 1, 1);
    }
    GraphicsControlBlock control{};
    control.DisposalMode = DISPOSE_DO_NOT;
    control.UserInputFlag = false;
    control.DelayTime = delay;
    control.TransparentColor = previous.empty() ? NO_TRANSPARENT_COLOR : transparent;
    std::array<GifByteType, 4> extension{};
    const size_t length = EGifGCBToExtension(&control, extension.data());
    if (EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(length), extension.data()) !=
        GIF_OK)
        return "frame delay";
    if (EGifPutImageDesc(gif, rect.x(), rect.y(), rect.width(), rect.height(), false, nullptr) !=
        GIF_OK)
        return "frame descriptor";
    std::vector<GifByteType> line(static_cast<size_t>(rect.width()));
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const size_t row = static_cast<size_t>(y) * static_cast<size_t>(size.width());
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const size_t i = row + static_cast<size_t>(x);
            const bool unchanged = !previous.empty() && previous[i] == current[i];
            line[static_cast<size_t>(x - rect.left())] =
                unchanged ? static_cast<GifByteType>(transparent) : current[i];
        }
        if (EGifPutLine(gif, line.data(), rect.width()) != GIF_OK) return "frame pixels";
    }
    return nullptr;
}

}  // namespace

GifEncoder::GifEncoder(QSize size, int delayCentiseconds, GifQuantiser quantiser)
    : m_size(size), m_delay(std::clamp(delayCentiseconds, 1, 65535)), m_quantiser(quantiser)
{
}

void GifEncoder::addFrame(const QImage &frame)
{
    const QImage image =
        asRgb32(frame.size() == m_size
                    ? frame
                    : frame.scaled(m_size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    // Runs of one colour are counted once: figures are mostly flat fills.
    for (int y = 0; y < image.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        int x = 0;
        while (x < image.width()) {
            const QRgb colour = row[x] & 0xffffffu;
            int end = x + 1;
            while (end < image.width() && (row[end] & 0xffffffu) == colour)
                ++end;
            m_histogram[colour] += static_cast<std::uint64_t>(end - x);
            x = end;
        }
    }
    m_frames.push_back(qCompress(image.constBits(), static_cast<int>(image.sizeInBytes()), 1));
}

QByteArray GifEncoder::encode(QString *error) const
{
    const auto failed = [error](const QString &what) {
        if (error) *error = what;
        return QByteArray();
    };
    if (m_frames.empty()) return failed(GifEncoderTr::tr("no frames to encode"));
    const std::vector<QRgb> palette = buildGifPalette(m_histogram, kMaxColours, m_quantiser);
    const int transparent = static_cast<int>(palette.size());
    std::array<GifColorType, 256> colours{};
    for (size_t i = 0; i < palette.size(); ++i)
        colours[i] = {static_cast<GifByteType>(qRed(palette[i])),
                      static_cast<GifByteType>(qGreen(palette[i])),
                      static_cast<GifByteType>(qBlue(palette[i]))};
    // GIF tables have a power-of-two size; the smallest that holds the colours and "unchanged".
    int tableSize = 2;
    while (tableSize < transparent + 1)
        tableSize *= 2;
    const std::unique_ptr<ColorMapObject, MapFreer> map(
        GifMakeMapObject(tableSize, colours.data()));

    QByteArray bytes;
    int code = 0;
    std::unique_ptr<GifFileType, GifCloser> gif(EGifOpen(&bytes, appendBytes, &code));
    if (!gif || !map) return failed(GifEncoderTr::tr("giflib could not start: %1").arg(code));
    EGifSetGifVersion(gif.get(), true);
    const auto giflibError = [&gif, &failed](const char *step) {
        return failed(
            GifEncoderTr::tr("giflib failed to write the %1: %2")
                .arg(QLatin1String(step), QString::fromLatin1(GifErrorString(gif->Error))));
    };
    if (EGifPutScreenDesc(gif.get(), m_size.width(), m_size.height(), 8, 0, map.get()) != GIF_OK)
        return giflibError("screen descriptor");
    if (!putLoopForever(gif.get())) return giflibError("loop extension");

    IndexMap indexOf(palette);
    const size_t pixels =
        static_cast<size_t>(m_size.width()) * static_cast<size_t>(m_size.height());
    std::vector<GifByteType> previous;
    std::vector<GifByteType> current(pixels);
    for (const QByteArray &compressed : m_frames) {
        const QByteArray raw = qUncompress(compressed);
        const auto *rgb = reinterpret_cast<const QRgb *>(raw.constData());
        for (size_t i = 0; i < pixels; ++i)
            current[i] = indexOf(rgb[i]);
        if (const char *step = putFrame(gif.get(), m_size, m_delay, transparent, previous, current))
            return giflibError(step);
        previous.swap(current);
        current.resize(pixels);
    }
    // Closing writes the trailer; a failure there is a failure of the file.
    GifFileType *open = gif.release();
    if (EGifCloseFile(open, &code) != GIF_OK)
        return failed(GifEncoderTr::tr("giflib failed to finish the file: %1")
                          .arg(QString::fromLatin1(GifErrorString(code))));
    return bytes;
}

}  // namespace relulab::session
