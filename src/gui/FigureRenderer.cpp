// Off-screen figure rendering through QCustomPlot's painter: raster PNG, vector SVG and PDF.
#include "FigureRenderer.h"

#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>

#include "ExplorerPlot.h"
#include "session/ExplorerState.h"

namespace relulab::gui {

namespace {

QByteArray encodePng(ExplorerPlot *plot, QSize size, QString *error)
{
    const QPixmap pixmap = plot->toPixmap(size.width(), size.height(), 1.0);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (pixmap.isNull() || !pixmap.save(&buffer, "PNG")) {
        if (error) *error = QObject::tr("could not encode the PNG image");
        return {};
    }
    return bytes;
}

QByteArray encodeSvg(ExplorerPlot *plot, QSize size, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(QStringLiteral("ReLU Lab"));
    generator.setDescription(QObject::tr("Activation functions and their derivatives"));
    QCPPainter painter;
    if (!painter.begin(&generator)) {
        if (error) *error = QObject::tr("could not start the SVG painter");
        return {};
    }
    plot->toPainter(&painter, size.width(), size.height());
    painter.end();
    return bytes;
}

QByteArray encodePdf(ExplorerPlot *plot, QSize size, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("ReLU Lab"));
        writer.setTitle(QObject::tr("Activation functions and their derivatives"));
        // One point per pixel: the page is exactly the figure.
        writer.setResolution(72);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setPageSize(
            QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch));
        QCPPainter painter;
        if (!painter.begin(&writer)) {
            if (error) *error = QObject::tr("could not start the PDF painter");
            return {};
        }
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        plot->toPainter(&painter, size.width(), size.height());
        painter.end();
    }
    return bytes;
}

}  // namespace

QByteArray renderPlot(ExplorerPlot *plot, QSize size, session::ImageFormat format, QString *error)
{
    switch (format) {
        case session::ImageFormat::Png:
            return encodePng(plot, size, error);
        case session::ImageFormat::Svg:
            return encodeSvg(plot, size, error);
        case session::ImageFormat::Pdf:
            return encodePdf(plot, size, error);
    }
    return {};
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
