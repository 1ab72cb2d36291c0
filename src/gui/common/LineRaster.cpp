// Coverage from distance: wide round-joined polylines, their caps and dashes, into a scratch image
// blended once.
#include "gui/common/LineRaster.h"

#include <QImage>
#include <QPaintDevice>
#include <QPaintEngine>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <vector>

namespace relulab::gui {

namespace {

// How a stretch of the line ends: cut flat (a flat cap, a dash's end), rounded (a round cap), or
// joined to the next stretch with a round join, which adds only the outer wedge between the two.
enum class End { Flat, Round, Join };

// A stretch of the line between two points (device pixels) and how each end looks; for a join,
// the unit direction of the stretch on the other side of it.
struct Piece
{
    QPointF a, b;
    End atA = End::Flat, atB = End::Flat;
    QPointF before, after;  // directions of the joined stretches at a and at b
};

QPointF unit(QPointF d)
{
    const double l = std::hypot(d.x(), d.y());
    return l > 0.0 ? d / l : QPointF(1.0, 0.0);
}

std::vector<Piece> solidPieces(const std::vector<QPointF> &p, Qt::PenCapStyle cap, double width)
{
    std::vector<Piece> pieces;
    const size_t n = p.size();
    const End capEnd = cap == Qt::RoundCap ? End::Round : End::Flat;
    for (size_t i = 0; i + 1 < n; ++i) {
        Piece piece{p[i], p[i + 1], i > 0 ? End::Join : capEnd, i + 2 < n ? End::Join : capEnd,
                    {},   {}};
        if (i > 0) piece.before = unit(p[i] - p[i - 1]);
        if (i + 2 < n) piece.after = unit(p[i + 2] - p[i + 1]);
        pieces.push_back(piece);
    }
    if (cap == Qt::SquareCap && !pieces.empty()) {
        // Half the width beyond each end, then flat.
        pieces.front().a -= unit(pieces.front().b - pieces.front().a) * (width / 2.0);
        pieces.back().b += unit(pieces.back().b - pieces.back().a) * (width / 2.0);
    }
    return pieces;
}

// The dashes' stretches, as Qt's dash stroker lays the pattern (in pen widths, from the pen's
// dash offset) along the line; a dash going on through a corner turns it with a round join.
std::vector<Piece> dashedPieces(const std::vector<QPointF> &p, const QPen &pen, double width)
{
    std::vector<double> pattern;
    double period = 0.0;
    for (qreal d : pen.dashPattern()) {
        pattern.push_back(std::max(0.0, double(d)) * width);
        period += pattern.back();
    }
    if (pattern.size() < 2 || !(period > 0.0)) return solidPieces(p, Qt::FlatCap, width);
    double into = std::fmod(pen.dashOffset() * width, period);
    if (into < 0.0) into += period;
    size_t k = 0;
    while (into >= pattern[k]) {
        into -= pattern[k];
        k = (k + 1) % pattern.size();
    }
    double left = pattern[k] - into;  // of the present element
    bool through = false;             // the present dash was already drawn before this point
    std::vector<Piece> pieces;
    for (size_t i = 0; i + 1 < p.size(); ++i) {
        const QPointF a = p[i], d = p[i + 1] - p[i];
        const double length = std::hypot(d.x(), d.y());
        const bool lastSegment = i + 2 >= p.size();
        double t = 0.0;
        while (t < length) {
            const double step = std::min(left, length - t);
            const bool on = k % 2 == 0;
            if (on && step > 0.0) {
                Piece piece{a + d * (t / length),
                            a + d * ((t + step) / length),
                            End::Flat,
                            End::Flat,
                            {},
                            {}};
                if (t == 0.0 && through) {
                    piece.atA = End::Join;
                    piece.before = unit(p[i] - p[i - 1]);
                }
                if (t + step >= length && left > step && !lastSegment) {
                    piece.atB = End::Join;
                    piece.after = unit(p[i + 2] - p[i + 1]);
                }
                pieces.push_back(piece);
            }
            t += step;
            left -= step;
            through = on;
            if (left <= 1e-9) {
                // The next element (zero-length ones, a dot with a flat cap, draw nothing).
                for (size_t guard = 0; left <= 1e-9 && guard < pattern.size(); ++guard) {
                    k = (k + 1) % pattern.size();
                    left = pattern[k];
                }
                through = false;
            }
        }
    }
    return pieces;
}

// The scratch image lines are rasterized into: transparent between uses, one per thread.
// Larger areas (a figure exported at poster size) get an image of their own, not kept.
constexpr qint64 kKeptScratchPixels = qint64(2560) * 1600;

QImage transparentImage(QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

QImage &scratch(QSize atLeast)
{
    thread_local QImage image;
    if (image.width() < atLeast.width() || image.height() < atLeast.height()) {
        image = transparentImage(QSize(std::max(atLeast.width(), image.width()),
                                       std::max(atLeast.height(), image.height())));
    }
    return image;
}

// Where the painter may paint, in device pixels.
QRect paintableArea(const QPainter &painter)
{
    const QPaintDevice *device = painter.device();
    QRect area(0, 0, device->width(), device->height());  // images and pixmaps: pixels
    if (painter.hasClipping())
        area &= painter.deviceTransform().mapRect(painter.clipBoundingRect()).toAlignedRect();
    return area;
}

// The coverage of a pixel centre past a stretch's end, `fromEnd` away from the end point, whose
// coverage across the stretch is `across`: a flat end leaves that (its half-pixel cut comes after),
// a round cap gives the disc's coverage, a join the disc's only in the outer wedge (`inWedge`:
// also past the joined stretch's own end), and elsewhere nothing, where the joined stretch covers
// the pixel.
double endCover(End end, double reach, double across, double fromEnd, bool inWedge)
{
    switch (end) {
        case End::Flat:
            return across;
        case End::Round:
            return reach - fromEnd;
        case End::Join:
            return inWedge ? reach - fromEnd : 0.0;
    }
    return 0.0;
}

}  // namespace

bool rasterizesLines(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    const QPaintDevice *device = painter.device();
    const QPen pen = painter.pen();
    const QTransform &m = painter.deviceTransform();
    const bool onPixels =
        device && (device->devType() == QInternal::Image || device->devType() == QInternal::Pixmap);
    const bool solid = pen.style() == Qt::SolidLine;
    const bool dashed =
        pen.style() != Qt::NoPen && pen.style() != Qt::SolidLine && pen.capStyle() == Qt::FlatCap;
    return engine && engine->type() == QPaintEngine::Raster && onPixels &&
           m.type() <= QTransform::TxScale && std::abs(m.m11() - m.m22()) < 1e-9 &&
           pen.brush().style() == Qt::SolidPattern && pen.color().alpha() == 255 &&
           pen.joinStyle() == Qt::RoundJoin && (solid || dashed) &&
           pen.widthF() * (pen.isCosmetic() ? 1.0 : m.m11()) > 1.0 &&
           painter.compositionMode() == QPainter::CompositionMode_SourceOver;
}

void drawRasterizedPolyline(QPainter &painter, const QPointF *points, int count)
{
    if (count < 2) return;
    const QPen pen = painter.pen();
    const QTransform m = painter.deviceTransform();
    const double width = pen.widthF() * (pen.isCosmetic() ? 1.0 : m.m11());
    // A repeated point is no segment: it would give the joins beside it no direction.
    std::vector<QPointF> device;
    device.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        const QPointF p = m.map(points[i]);
        if (device.empty() || p != device.back()) device.push_back(p);
    }
    const std::vector<Piece> pieces = pen.style() == Qt::SolidLine
                                          ? solidPieces(device, pen.capStyle(), width)
                                          : dashedPieces(device, pen, width);
    const QRect area = paintableArea(painter);
    if (pieces.empty() || area.isEmpty()) return;

    // The pen's colour at each coverage, premultiplied.
    std::array<QRgb, 256> shade;
    const QColor c = pen.color();
    for (int a = 0; a < 256; ++a)
        shade[static_cast<size_t>(a)] = qPremultiply(qRgba(c.red(), c.green(), c.blue(), a));

    QImage own;
    if (qint64(area.width()) * area.height() > kKeptScratchPixels)
        own = transparentImage(area.size());
    QImage &image = own.isNull() ? scratch(area.size()) : own;
    const double reach = width / 2.0 + 0.5;  // a pixel centre this far from the line gets nothing
    int left = area.width(), right = -1, top = area.height(), bottom = -1;
    for (const Piece &piece : pieces) {
        const double ax = piece.a.x() - area.x(), ay = piece.a.y() - area.y();
        const double dx = piece.b.x() - piece.a.x(), dy = piece.b.y() - piece.a.y();
        const double length = std::hypot(dx, dy);
        const double ux = length > 0.0 ? dx / length : 1.0, uy = length > 0.0 ? dy / length : 0.0;
        const int y0 = std::max(0, static_cast<int>(std::floor(std::min(ay, ay + dy) - reach)));
        const int y1 =
            std::min(area.height() - 1, static_cast<int>(std::ceil(std::max(ay, ay + dy) + reach)));
        for (int y = y0; y <= y1; ++y) {
            const double yc = y + 0.5;
            // The piece's points within `reach` of this row's centre line, widened by `reach`.
            double from = 0.0, to = 1.0;
            if (std::abs(dy) > 1e-12) {
                const double below = (yc - reach - ay) / dy, above = (yc + reach - ay) / dy;
                from = std::max(0.0, std::min(below, above));
                to = std::min(1.0, std::max(below, above));
                if (from > to) continue;
            } else if (std::abs(ay - yc) > reach) {
                continue;
            }
            const double xa = ax + from * dx, xb = ax + to * dx;
            double lo = std::min(xa, xb) - reach, hi = std::max(xa, xb) + reach;
            const double py = yc - ay;
            if (std::abs(uy) > 1e-9) {
                // Where this row is within `reach` across the piece's line.
                const double c = py * ux / uy, r = reach / std::abs(uy);
                lo = std::max(lo, ax + c - r - 0.5);
                hi = std::min(hi, ax + c + r + 0.5);
            }
            const int x0 = std::max(0, static_cast<int>(std::floor(lo)));
            const int x1 = std::min(area.width() - 1, static_cast<int>(std::ceil(hi)));
            if (x0 > x1) continue;
            auto *row = reinterpret_cast<QRgb *>(image.scanLine(y));
            double px = x0 + 0.5 - ax;
            double t = px * ux + py * uy;       // along the piece
            double across = px * uy - py * ux;  // signed, across it
            for (int x = x0; x <= x1; ++x, px += 1.0, t += ux, across += uy) {
                const double s = std::abs(across);
                if (s >= reach) continue;  // nothing: no end covers more than the sides
                double cover = reach - s;
                if (t < 0.0)
                    cover = endCover(piece.atA, reach, cover, std::sqrt(px * px + py * py),
                                     px * piece.before.x() + py * piece.before.y() > 0.0);
                else if (t > length)
                    cover =
                        endCover(piece.atB, reach, cover,
                                 std::sqrt((px - dx) * (px - dx) + (py - dy) * (py - dy)),
                                 (px - dx) * piece.after.x() + (py - dy) * piece.after.y() < 0.0);
                // Within half a pixel of a flat end, the end cuts the pixel.
                if (piece.atA == End::Flat) cover = std::min(cover, t + 0.5);
                if (piece.atB == End::Flat) cover = std::min(cover, length - t + 0.5);
                if (cover <= 0.0) continue;
                const int alpha = cover >= 1.0 ? 255 : static_cast<int>(cover * 255.0 + 0.5);
                // The union of the pieces: the most any of them covers, never blended twice.
                if (alpha > qAlpha(row[x])) row[x] = shade[static_cast<size_t>(alpha)];
            }
            left = std::min(left, x0);
            right = std::max(right, x1);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    if (right < left || bottom < top) return;
    const QRect touched(left, top, right - left + 1, bottom - top + 1);
    painter.save();
    painter.resetTransform();
    painter.drawImage(area.topLeft() + touched.topLeft(), image, touched);
    painter.restore();
    for (int y = touched.top(); y <= touched.bottom(); ++y)
        std::memset(reinterpret_cast<QRgb *>(image.scanLine(y)) + touched.left(), 0,
                    static_cast<size_t>(touched.width()) * sizeof(QRgb));
}

}  // namespace relulab::gui
