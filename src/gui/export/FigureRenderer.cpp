// Off-screen figure rendering through QCustomPlot's painter: raster PNG, vector SVG and PDF.
#include "gui/export/FigureRenderer.h"

#include <qcustomplot.h>
#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>

#include "gui/explorer/ExplorerPlot.h"
#include "session/ExplorerState.h"

namespace relulab::gui {

namespace {

constexpr double kInchesPerMeter = 1.0 / 0.0254;
// Pictures are painted at the screen's logical resolution, so that text in points has the size
// it has in the window relative to everything else, whatever the DPI asked for: that only says
// how large the file prints.
constexpr double kPaintDpi = 96.0;

QByteArray encodePng(QSize size, double dpi, const PaintPicture &paint, QString *error)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = QObject::tr("not enough memory for a %1 \u00d7 %2 image")
                         .arg(size.width())
                         .arg(size.height());
        return {};
    }
    image.fill(Qt::white);
    image.setDotsPerMeterX(qRound(kPaintDpi * kInchesPerMeter));
    image.setDotsPerMeterY(qRound(kPaintDpi * kInchesPerMeter));
    {
        QCPPainter painter(&image);
        paint(&painter, size);
    }
    // Only now: a QPainter takes the image's DPI as its own and would scale the text with it.
    image.setDotsPerMeterX(qRound(dpi * kInchesPerMeter));
    image.setDotsPerMeterY(qRound(dpi * kInchesPerMeter));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error) *error = QObject::tr("could not encode the PNG image");
        return {};
    }
    return bytes;
}

QByteArray encodeSvg(QSize size, double dpi, const PaintPicture &paint, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    // Drawn in pixels (the view box) at the screen's resolution; the document is size / dpi
    // inches large.
    generator.setResolution(qRound(kPaintDpi));
    generator.setSize((QSizeF(size) * kPaintDpi / dpi).toSize());
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(QStringLiteral("ReLU Lab"));
    generator.setDescription(QObject::tr("Activation functions and their derivatives"));
    QCPPainter painter;
    if (!painter.begin(&generator)) {
        if (error) *error = QObject::tr("could not start the SVG painter");
        return {};
    }
    paint(&painter, size);
    painter.end();
    return bytes;
}

QByteArray encodePdf(QSize size, double dpi, const PaintPicture &paint, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("ReLU Lab"));
        writer.setTitle(QObject::tr("Activation functions and their derivatives"));
        // The page is exactly the figure, size / dpi inches; drawn in pixels at the screen's
        // resolution and scaled onto it.
        writer.setResolution(qRound(kPaintDpi));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setPageSize(QPageSize(QSizeF(size) * 72.0 / dpi, QPageSize::Point, QString(),
                                     QPageSize::ExactMatch));
        QCPPainter painter;
        if (!painter.begin(&writer)) {
            if (error) *error = QObject::tr("could not start the PDF painter");
            return {};
        }
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        painter.scale(kPaintDpi / dpi, kPaintDpi / dpi);
        paint(&painter, size);
        painter.end();
    }
    return bytes;
}

}  // namespace

QByteArray encodePicture(QSize size, session::ImageFormat format, double dpi,
                         const PaintPicture &paint, QString *error)
{
    switch (format) {
        case session::ImageFormat::Png:
            return encodePng(size, dpi, paint, error);
        case session::ImageFormat::Svg:
            return encodeSvg(size, dpi, paint, error);
        case session::ImageFormat::Pdf:
            return encodePdf(size, dpi, paint, error);
    }
    return {};
}

QByteArray renderPlot(ExplorerPlot *plot, QSize size, session::ImageFormat format, QString *error)
{
    // 96 dpi in a PNG as Qt writes by default; SVG and PDF at one point per pixel.
    const double dpi = format == session::ImageFormat::Png ? 96.0 : 72.0;
    return encodePicture(
        size, format, dpi,
        [plot](QCPPainter *painter, QSize s) { plot->toPainter(painter, s.width(), s.height()); },
        error);
}

QByteArray renderFigure(const session::ExplorerSettings &settings, QSize size,
                        session::ImageFormat format, QString *error)
{
    session::ExplorerState state;
    if (const QString problem = state.apply(settings); !problem.isEmpty()) {
        if (error) *error = problem;
        return {};
    }
    ExplorerPlot plot(&state);
    // Text and lines grow with the figure so a 4K export reads like the 720p one.
    const double scale =
        std::clamp(std::min(size.width() / 1280.0, size.height() / 720.0), 0.6, 3.0);
    plot.setDisplayScale(scale);
    plot.resize(size);
    plot.refreshAll();
    return renderPlot(&plot, size, format, error);
}

}  // namespace relulab::gui
