// Pixel loops and QPainter on QImage only: nothing here may touch a widget or a QPixmap.
#include "AnalysisImages.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <vector>

namespace relulab::session {

namespace {

QRgb rampAt(const std::array<QRgb, AnalysisPalette::kRampLevels> &ramp, double t)
{
    const int last = AnalysisPalette::kRampLevels - 1;
    return ramp[static_cast<size_t>(std::clamp(static_cast<int>(t * last), 0, last))];
}

// z of one unit at every pixel of a pixels x pixels picture of the grid, bilinear between grid
// points, the top pixel row at the largest y.
std::vector<double> resampled(const core::InputField &f, int unit, int pixels)
{
    std::vector<double> z(static_cast<size_t>(pixels) * static_cast<size_t>(pixels));
    const int lastColumn = f.columns - 1;
    const int lastRow = std::max(0, f.rows - 1);
    for (int j = 0; j < pixels; ++j) {
        const double gy = (1.0 - (j + 0.5) / pixels) * lastRow;
        const int r0 = std::clamp(static_cast<int>(std::floor(gy)), 0, std::max(0, lastRow - 1));
        const int r1 = std::min(r0 + 1, lastRow);
        const double ty = std::clamp(gy - r0, 0.0, 1.0);
        for (int i = 0; i < pixels; ++i) {
            const double gx = (i + 0.5) / pixels * lastColumn;
            const int c0 = std::clamp(static_cast<int>(std::floor(gx)), 0, lastColumn - 1);
            const double tx = std::clamp(gx - c0, 0.0, 1.0);
            const double top =
                f.preActivation(c0, r0, unit) * (1 - tx) + f.preActivation(c0 + 1, r0, unit) * tx;
            const double bottom =
                f.preActivation(c0, r1, unit) * (1 - tx) + f.preActivation(c0 + 1, r1, unit) * tx;
            z[static_cast<size_t>(j) * pixels + i] = top * (1 - ty) + bottom * ty;
        }
    }
    return z;
}

}  // namespace

QImage renderPredictionImage(const core::InputField &field, const AnalysisPalette &palette)
{
    if (field.columns < 1 || field.rows < 1) return {};
    QImage image(field.columns, field.rows, QImage::Format_ARGB32_Premultiplied);
    for (int r = 0; r < field.rows; ++r) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(field.rows - 1 - r));
        for (int c = 0; c < field.columns; ++c) {
            const double p = field.prediction[static_cast<size_t>(r) * field.columns + c];
            line[c] = std::isnan(p) ? 0 : rampAt(palette.prediction, p);
        }
    }
    return image;
}

QImage renderPredictionPixels(const core::InputField &field, int width, int height,
                              const AnalysisPalette &palette)
{
    if (field.columns < 2 || field.rows < 2 || width < 1 || height < 1) return {};
    QImage image(width, height, QImage::Format_RGB32);
    const int lastColumn = field.columns - 1, lastRow = field.rows - 1;
    // Per pixel column: the grid cell and the weight of its right edge.
    std::vector<int> c0(static_cast<size_t>(width));
    std::vector<double> tx(static_cast<size_t>(width));
    for (int i = 0; i < width; ++i) {
        const double gx = (i + 0.5) / width * lastColumn;
        c0[static_cast<size_t>(i)] = std::clamp(static_cast<int>(gx), 0, lastColumn - 1);
        tx[static_cast<size_t>(i)] = gx - c0[static_cast<size_t>(i)];
    }
    const auto p = [&](int c, int r) {
        return field.prediction[static_cast<size_t>(r) * field.columns + c];
    };
    for (int j = 0; j < height; ++j) {
        const double gy = (1.0 - (j + 0.5) / height) * lastRow;  // the top row is the largest y
        const int r0 = std::clamp(static_cast<int>(gy), 0, lastRow - 1);
        const double ty = gy - r0;
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(j));
        for (int i = 0; i < width; ++i) {
            const int c = c0[static_cast<size_t>(i)];
            const double t = tx[static_cast<size_t>(i)];
            const double bottom = p(c, r0) * (1 - t) + p(c + 1, r0) * t;
            const double top = p(c, r0 + 1) * (1 - t) + p(c + 1, r0 + 1) * t;
            const double value = bottom * (1 - ty) + top * ty;
            line[i] = std::isnan(value) ? palette.prediction[0] : rampAt(palette.prediction, value);
        }
    }
    return image;
}

QImage renderPlaneThumbnail(const core::InputField &field, int unit, int pixels,
                            const AnalysisPalette &palette, bool hasOffSide)
{
    double zMax = 0.0;
    for (int r = 0; r < field.rows; ++r)
        for (int c = 0; c < field.columns; ++c)
            zMax = std::max(zMax, field.preActivation(c, r, unit));
    const std::vector<double> z = resampled(field, unit, pixels);
    const QImage &tile = palette.offTile;
    const bool hatched = hasOffSide && !tile.isNull();
    QImage image(pixels, pixels, QImage::Format_RGB32);
    const auto on = [&](int i, int j) { return z[static_cast<size_t>(j) * pixels + i] > 0.0; };
    for (int j = 0; j < pixels; ++j) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(j));
        const QRgb *tileLine =
            hatched ? reinterpret_cast<const QRgb *>(tile.constScanLine(j % tile.height()))
                    : nullptr;
        for (int i = 0; i < pixels; ++i) {
            const double value = z[static_cast<size_t>(j) * pixels + i];
            if (!(value > 0.0)) {
                line[i] = hatched ? tileLine[i % tile.width()] : palette.offFill;
                continue;
            }
            // The unit's own line z = 0, drawn where an "on" pixel touches an "off" one.
            const bool edge = (i > 0 && !on(i - 1, j)) || (i + 1 < pixels && !on(i + 1, j)) ||
                              (j > 0 && !on(i, j - 1)) || (j + 1 < pixels && !on(i, j + 1));
            const double t = zMax > 0.0 ? std::sqrt(std::clamp(value / zMax, 0.0, 1.0)) : 0.0;
            line[i] = edge ? palette.kinkLine : rampAt(palette.on, t);
        }
    }
    return image;
}

QImage renderCurveThumbnail(const core::InputField &field, int unit, int pixels,
                            const AnalysisPalette &palette, bool hasOffSide, double lineWidth)
{
    double zLow = 0.0, zHigh = 0.0;
    for (int c = 0; c < field.columns; ++c) {
        const double z = field.preActivation(c, 0, unit);
        if (!std::isfinite(z)) continue;
        zLow = std::min(zLow, z);
        zHigh = std::max(zHigh, z);
    }
    if (zHigh - zLow < 1e-12) zHigh = zLow + 1.0;
    const double margin = 0.12 * (zHigh - zLow);
    zLow -= margin;
    zHigh += margin;
    const auto zAt = [&](double px) {
        const double g = std::clamp(px / pixels, 0.0, 1.0) * (field.columns - 1);
        const int c0 = std::clamp(static_cast<int>(std::floor(g)), 0, field.columns - 2);
        const double t = g - c0;
        return field.preActivation(c0, 0, unit) * (1 - t) +
               field.preActivation(c0 + 1, 0, unit) * t;
    };
    const auto yOf = [&](double z) { return (zHigh - z) / (zHigh - zLow) * pixels; };

    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette.background);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    // The off intervals, found per pixel column: runs of z <= 0 become hatched bands.
    QPainterPath off;
    int runStart = -1;
    for (int i = 0; i <= pixels; ++i) {
        const bool isOff = i < pixels && zAt(i + 0.5) <= 0.0;
        if (isOff && runStart < 0) runStart = i;
        if (!isOff && runStart >= 0) {
            off.addRect(QRectF(runStart, 0, i - runStart, pixels));
            runStart = -1;
        }
    }
    if (hasOffSide && !palette.offTile.isNull()) p.fillPath(off, QBrush(palette.offTile));
    p.setPen(QPen(QColor::fromRgb(palette.zeroLine), lineWidth, Qt::DashLine));
    p.drawLine(QPointF(0, yOf(0.0)), QPointF(pixels, yOf(0.0)));
    QPolygonF curve;
    for (int i = 0; i <= pixels; ++i)
        curve << QPointF(i, yOf(zAt(i)));
    QPainterPath onRegion;
    onRegion.addRect(QRectF(0, 0, pixels, pixels));
    onRegion = onRegion.subtracted(off);
    p.setPen(QPen(QColor::fromRgb(palette.offCurve), 1.5 * lineWidth));
    p.setClipPath(off);
    p.drawPolyline(curve);
    p.setPen(QPen(QColor::fromRgb(palette.onCurve), 2.0 * lineWidth));
    p.setClipPath(onRegion);
    p.drawPolyline(curve);
    return image;
}

}  // namespace relulab::session
