// The export dialog's controls, its preview and the writing of the chosen file.
#include "gui/export/ExportDialog.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "gui/common/ErrorLabel.h"
#include "session/CommandLine.h"
#include "session/ExportCommand.h"

namespace relulab::gui {

namespace {

constexpr QSize kPreviewSize(520, 300);
constexpr int kPreviewDelayMs = 150;
constexpr int kDefaultDpi = 150;

QString suffix(ExportFormat format)
{
    switch (format) {
        case ExportFormat::Png:
            return QStringLiteral("png");
        case ExportFormat::Svg:
            return QStringLiteral("svg");
        case ExportFormat::Pdf:
            return QStringLiteral("pdf");
        case ExportFormat::Csv:
            return QStringLiteral("csv");
    }
    return {};
}

session::ImageFormat imageFormat(ExportFormat format)
{
    if (format == ExportFormat::Svg) return session::ImageFormat::Svg;
    if (format == ExportFormat::Pdf) return session::ImageFormat::Pdf;
    return session::ImageFormat::Png;
}

template <class W>
W *described(W *widget, const QString &name, const QString &tip)
{
    widget->setAccessibleName(name);
    widget->setToolTip(tip);
    return widget;
}

}  // namespace

ExportDialog::ExportDialog(const FigureExporter *exporter, QWidget *parent)
    : QDialog(parent), m_exporter(exporter)
{
    setWindowTitle(tr("Export"));
    setAccessibleName(tr("Export"));
    build();
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &ExportDialog::refreshPreview);
    restoreChoices();
}

void ExportDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    addTargetRow(form);
    addFormatRow(form);
    addSizeRows(form);
    addResolutionRow(form);
    layout->addLayout(form);
    addPreview(layout);
    QPushButton *close = addButtons(layout);
    connectControls(close);
}

void ExportDialog::addTargetRow(QFormLayout *form)
{
    m_target = described(new QComboBox, tr("What to export"),
                         tr("A single plot, or a whole view as it is on screen"));
    for (ExportTarget t : kAllExportTargets)
        m_target->addItem(exportTargetName(t), exportTargetKey(t));
    form->addRow(tr("Export"), m_target);
}

void ExportDialog::addFormatRow(QFormLayout *form)
{
    auto *formats = new QHBoxLayout;
    m_formats = new QButtonGroup(this);
    const std::array<std::tuple<ExportFormat, QString, QString>, 4> formatButtons = {
        std::tuple{ExportFormat::Png, tr("PNG"), tr("A picture of the chosen size in pixels")},
        std::tuple{ExportFormat::Svg, tr("SVG"), tr("Vector drawing for the web and for editing")},
        std::tuple{ExportFormat::Pdf, tr("PDF"), tr("Vector drawing for print and LaTeX")},
        std::tuple{ExportFormat::Csv, tr("CSV data"),
                   tr("The numbers behind the plot: the curves, or the training log")}};
    for (const auto &[format, text, tip] : formatButtons) {
        auto *button = described(new QRadioButton(text), tr("Format %1").arg(text), tip);
        m_formats->addButton(button, static_cast<int>(format));
        formats->addWidget(button);
    }
    formats->addStretch(1);
    form->addRow(tr("Format"), formats);
}

void ExportDialog::addSizeRows(QFormLayout *form)
{
    auto *size = new QHBoxLayout;
    m_width = described(new QSpinBox, tr("Width in pixels"), tr("Width of the picture in pixels"));
    m_height =
        described(new QSpinBox, tr("Height in pixels"), tr("Height of the picture in pixels"));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(session::ExportRequest::kMinImageSide, session::ExportRequest::kMaxImageSide);
        box->setSuffix(tr(" px"));
        box->setSingleStep(10);
        box->setKeyboardTracking(false);
    }
    m_screenSize = described(new QPushButton(tr("On-screen size")), tr("On-screen size"),
                             tr("Use the size the plot or view has in the window"));
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("\u00d7")));
    size->addWidget(m_height);
    size->addWidget(m_screenSize);
    size->addStretch(1);
    form->addRow(tr("Size"), size);
    m_keepProportions = described(new QCheckBox(tr("keep the on-screen proportions")),
                                  tr("Keep the on-screen proportions"),
                                  tr("Width and height change together, in the proportions of "
                                     "the plot or view in the window"));
    form->addRow(QString(), m_keepProportions);
}

void ExportDialog::addResolutionRow(QFormLayout *form)
{
    auto *resolution = new QHBoxLayout;
    m_dpi = described(new QSpinBox, tr("Resolution in DPI"),
                      tr("Dots per inch stored in the file: the size it prints at, not the "
                         "number of pixels"));
    m_dpi->setRange(30, 1200);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setKeyboardTracking(false);
    m_printSize = new QLabel;
    styleSecondaryLabel(m_printSize);
    resolution->addWidget(m_dpi);
    resolution->addWidget(m_printSize, 1);
    form->addRow(tr("Resolution"), resolution);
}

// The note under the form, the preview and the error line.
void ExportDialog::addPreview(QVBoxLayout *layout)
{
    m_note = new QLabel;
    m_note->setWordWrap(true);
    styleSecondaryLabel(m_note);
    layout->addWidget(m_note);

    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setFixedSize(kPreviewSize + QSize(8, 8));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setStyleSheet(QStringLiteral("QLabel#exportPreview { background:#E8EAED; }"));
    layout->addWidget(m_preview, 0, Qt::AlignHCenter);

    m_error = makeErrorLabel(QStringLiteral("exportError"), tr("Export error"));
    layout->addWidget(m_error);
}

QPushButton *ExportDialog::addButtons(QVBoxLayout *layout)
{
    auto *buttons = new QHBoxLayout;
    m_copy = described(new QPushButton(tr("Copy")), tr("Copy to the clipboard"),
                       tr("Copy the picture (or the CSV text) to the clipboard"));
    m_export = described(new QPushButton(tr("Export\u2026")), tr("Export to a file"),
                         tr("Choose a file name and save"));
    m_export->setDefault(true);
    auto *close =
        described(new QPushButton(tr("Close")), tr("Close"), tr("Close without exporting"));
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    return close;
}

void ExportDialog::connectControls(QPushButton *close)
{
    connect(m_target, &QComboBox::currentIndexChanged, this, &ExportDialog::targetChanged);
    connect(m_formats, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (!on) return;
        updateControls();
        m_previewTimer.start();
    });
    connect(m_width, &QSpinBox::valueChanged, this, [this] {
        followProportions(true);
        updatePrintSize();
        m_previewTimer.start();
    });
    connect(m_height, &QSpinBox::valueChanged, this, [this] {
        followProportions(false);
        updatePrintSize();
        m_previewTimer.start();
    });
    connect(m_keepProportions, &QCheckBox::toggled, this, [this] { followProportions(true); });
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportDialog::updatePrintSize);
    connect(m_screenSize, &QPushButton::clicked, this,
            [this] { setPixelSize(m_exporter->screenSize(target())); });
    connect(m_copy, &QPushButton::clicked, this, &ExportDialog::copyImage);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
}

void ExportDialog::restoreChoices()
{
    const QSettings settings;
    const auto target =
        exportTargetFromKey(settings.value(QStringLiteral("export/target")).toString());
    setTarget(target.value_or(ExportTarget::ExplorerPlots));
    const int format = settings.value(QStringLiteral("export/format"), 0).toInt();
    m_keepProportions->setChecked(
        settings.value(QStringLiteral("export/keepProportions"), true).toBool());
    const QSize screen = m_exporter->screenSize(this->target());
    const QSize fallback(1920, qRound(1920.0 * screen.height() / screen.width()));
    const QSize size = settings.value(QStringLiteral("export/size"), fallback).toSize();
    {
        const bool keep = m_keepProportions->isChecked();
        m_keepProportions->setChecked(false);  // the size as saved, not re-proportioned
        setPixelSize(size.isValid() ? size : fallback);
        m_keepProportions->setChecked(keep);
    }
    setDpi(settings.value(QStringLiteral("export/dpi"), kDefaultDpi).toInt());
    if (format >= 0 && format <= static_cast<int>(ExportFormat::Csv))
        setFormat(static_cast<ExportFormat>(format));
    if (!m_formats->checkedButton()) setFormat(ExportFormat::Png);
    updateControls();
}

void ExportDialog::saveChoices(const QString &directory) const
{
    QSettings settings;
    settings.setValue(QStringLiteral("export/target"), exportTargetKey(target()));
    settings.setValue(QStringLiteral("export/format"), static_cast<int>(format()));
    settings.setValue(QStringLiteral("export/size"), pixelSize());
    settings.setValue(QStringLiteral("export/dpi"), dpi());
    settings.setValue(QStringLiteral("export/keepProportions"), keepsProportions());
    if (!directory.isEmpty()) settings.setValue(QStringLiteral("export/directory"), directory);
}

ExportTarget ExportDialog::target() const
{
    return exportTargetFromKey(m_target->currentData().toString())
        .value_or(ExportTarget::ExplorerPlots);
}

void ExportDialog::setTarget(ExportTarget target)
{
    m_target->setCurrentIndex(m_target->findData(exportTargetKey(target)));
}

ExportFormat ExportDialog::format() const
{
    const int id = m_formats->checkedId();
    return id < 0 ? ExportFormat::Png : static_cast<ExportFormat>(id);
}

void ExportDialog::setFormat(ExportFormat format)
{
    if (format == ExportFormat::Csv && csvKind(target()) == CsvKind::None) return;
    m_formats->button(static_cast<int>(format))->setChecked(true);
}

QSize ExportDialog::pixelSize() const
{
    return {m_width->value(), m_height->value()};
}

void ExportDialog::setPixelSize(QSize size)
{
    m_following = true;  // exactly this size, whatever the proportions
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    m_following = false;
    updatePrintSize();
}

int ExportDialog::dpi() const
{
    return m_dpi->value();
}

void ExportDialog::setDpi(int dpi)
{
    m_dpi->setValue(dpi);
}

bool ExportDialog::keepsProportions() const
{
    return m_keepProportions->isChecked();
}

QString ExportDialog::errorText() const
{
    return m_error->text();
}

void ExportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ExportDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    showError(QString());
    // The window may have changed since the last time: draw the preview anew.
    m_previewTimer.start(0);
}

void ExportDialog::targetChanged()
{
    // The view being exported comes to the front, so the preview matches what is seen.
    if (isVisible()) m_exporter->reveal(target());
    if (FigureExporter::keepsProportions(target())) m_keepProportions->setChecked(true);
    followProportions(true);
    updateControls();
    m_previewTimer.start();
}

void ExportDialog::followProportions(bool widthChanged)
{
    if (m_following || !m_keepProportions->isChecked()) return;
    const QSize screen = m_exporter->screenSize(target());
    m_following = true;
    if (widthChanged)
        m_height->setValue(qRound(double(m_width->value()) * screen.height() / screen.width()));
    else
        m_width->setValue(qRound(double(m_height->value()) * screen.width() / screen.height()));
    m_following = false;
}

void ExportDialog::updateControls()
{
    const CsvKind csv = csvKind(target());
    m_formats->button(static_cast<int>(ExportFormat::Csv))->setEnabled(csv != CsvKind::None);
    if (format() == ExportFormat::Csv && csv == CsvKind::None) setFormat(ExportFormat::Png);
    const bool picture = format() != ExportFormat::Csv;
    for (QWidget *w : {static_cast<QWidget *>(m_width), static_cast<QWidget *>(m_height),
                       static_cast<QWidget *>(m_screenSize), static_cast<QWidget *>(m_dpi)})
        w->setEnabled(picture);
    m_keepProportions->setEnabled(picture && !FigureExporter::keepsProportions(target()));
    m_copy->setText(picture ? tr("Copy image") : tr("Copy CSV"));

    QString note;
    if (!picture && csv == CsvKind::Curves)
        note =
            tr("The curves and derivatives on the explorer's grid: "
               "x,relu,relu_grad,leaky_relu,leaky_relu_grad,maxout,maxout_grad, the same as "
               "relulab export --csv.");
    else if (!picture)
        note =
            tr("The training run's log, one row per point of its curves: "
               "step,loss,test_loss,accuracy,dead_units,dead_fraction, the same as relulab "
               "train --log.");
    else if (FigureExporter::keepsProportions(target()) && format() != ExportFormat::Png)
        note =
            tr("A whole view is drawn as on screen: plots inside it are embedded as pictures. "
               "Export a single plot for vector lines.");
    else
        note = tr("Drawn as in the window, scaled to the chosen size.");
    m_note->setText(note);
    updatePrintSize();
}

void ExportDialog::updatePrintSize()
{
    if (format() == ExportFormat::Csv) {
        m_printSize->clear();
        return;
    }
    const double w = double(m_width->value()) / m_dpi->value();
    const double h = double(m_height->value()) / m_dpi->value();
    m_printSize->setText(tr("prints %1 \u00d7 %2 cm (%3 \u00d7 %4 in)")
                             .arg(w * 2.54, 0, 'f', 1)
                             .arg(h * 2.54, 0, 'f', 1)
                             .arg(w, 0, 'f', 1)
                             .arg(h, 0, 'f', 1));
}

void ExportDialog::refreshPreview()
{
    m_previewTimer.stop();
    if (format() == ExportFormat::Csv) {
        const QList<QByteArray> lines = m_exporter->csv(target()).split('\n');
        QStringList shown;
        for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), 14); ++i)
            shown << QString::fromUtf8(lines[i]);
        m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        m_preview->setText(shown.join(QLatin1Char('\n')));
        return;
    }
    const QSize size = pixelSize();
    const double ratio = std::min(double(kPreviewSize.width()) / size.width(),
                                  double(kPreviewSize.height()) / size.height());
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setPixmap(QPixmap::fromImage(m_exporter->image(target(), size, ratio)));
}

QString ExportDialog::suggestedFileName() const
{
    if (format() == ExportFormat::Csv)
        return csvKind(target()) == CsvKind::Curves ? QStringLiteral("relulab-curves.csv")
                                                    : QStringLiteral("relulab-training-log.csv");
    return QStringLiteral("relulab-%1.%2").arg(exportTargetKey(target()), suffix(format()));
}

QString ExportDialog::exportTo(const QString &path)
{
    QByteArray bytes;
    QString error;
    if (format() == ExportFormat::Csv) {
        bytes = m_exporter->csv(target());
        if (bytes.isEmpty()) error = tr("this view has no data to save as CSV");
    } else {
        bytes = m_exporter->render(target(), pixelSize(), imageFormat(format()), dpi(), &error);
    }
    if (bytes.isEmpty()) {
        const QString message =
            tr("Could not export %1: %2").arg(exportTargetName(target()), error);
        showError(message);
        return message;
    }
    if (const QString problem = session::writeAtomically(path, bytes); !problem.isEmpty()) {
        const QString message = tr("Export failed: %1").arg(problem);
        showError(message);
        return message;
    }
    showError(QString());
    saveChoices(QFileInfo(path).absolutePath());
    Q_EMIT exported(path);
    return {};
}

void ExportDialog::copyImage()
{
    if (format() == ExportFormat::Csv) {
        QApplication::clipboard()->setText(QString::fromUtf8(m_exporter->csv(target())));
        return;
    }
    QApplication::clipboard()->setImage(m_exporter->image(target(), pixelSize()));
}

void ExportDialog::chooseFileAndExport()
{
    const QSettings settings;
    const QString directory =
        settings
            .value(QStringLiteral("export/directory"),
                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .toString();
    const QString ext = suffix(format());
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export %1").arg(exportTargetName(target())),
                                     QDir(directory).filePath(suggestedFileName()),
                                     tr("%1 file (*.%2)").arg(ext.toUpper(), ext));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + ext;
    if (exportTo(path).isEmpty()) accept();
}

}  // namespace relulab::gui
