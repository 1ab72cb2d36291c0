// Export dialog: every target as PNG of the chosen size and DPI, SVG that parses with an <svg>
// root, PDF with its header and page size, the curves and training-log CSV with their contract
// headers, the clipboard image, remembered choices and refused writes.
#include <QAction>
#include <QClipboard>
#include <QMenuBar>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include "gui/explorer/ExplorerPlot.h"
#include "gui/export/ExportDialog.h"
#include "gui/export/FigureExporter.h"
#include "gui/training/TrainingCurves.h"
#include "gui/training/TrainingTab.h"
#include "gui/window/MainWindow.h"
#include "session/ExplorerState.h"
#include "session/ExportCommand.h"
#include "support/Files.h"
#include "support/MainWindowFixture.h"
#include "support/TestRegistry.h"

using namespace relulab;
using gui::ExportFormat;
using gui::ExportTarget;

Q_DECLARE_METATYPE(relulab::gui::ExportTarget)

using relulab::test::readAll;

namespace {

// More than one colour: something was drawn.
bool hasContent(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            if (image.pixel(x, y) != first) return true;
        }
    }
    return false;
}

}  // namespace

class tst_ExportDialog : public QObject, protected relulab::test::MainWindowFixture
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    gui::ExportDialog *dialog() { return m_window->exportDialog(); }
    QString path(const QString &name) { return m_dir->filePath(name); }
    // A few training steps, so the curves and the log have rows.
    void train(long steps)
    {
        for (long i = 0; i < steps; ++i)
            m_window->training()->stepOnce();
        QTRY_COMPARE(m_window->training()->latest().step, steps);
        QTRY_COMPARE(m_window->trainingTab()->curves()->trainingLog().size(), size_t(steps + 1));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(openMainWindow({1400, 900}));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->training()->latest().dead.hiddenUnits == 16, 10000);
    }
    void cleanup()
    {
        closeMainWindow();
        m_dir.reset();
    }

    void pngOfEveryTargetHasTheChosenSizeAndDpi_data()
    {
        QTest::addColumn<ExportTarget>("target");
        for (ExportTarget t : gui::kAllExportTargets)
            QTest::newRow(qPrintable(gui::exportTargetKey(t))) << t;
    }
    void pngOfEveryTargetHasTheChosenSizeAndDpi()
    {
        QFETCH(ExportTarget, target);
        train(3);
        dialog()->setTarget(target);
        dialog()->setFormat(ExportFormat::Png);
        dialog()->setPixelSize({1000, 600});
        dialog()->setDpi(300);
        const QString file = path(QStringLiteral("figure.png"));
        QCOMPARE(dialog()->exportTo(file), QString());
        const QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1000, 600));
        QCOMPARE(image.dotsPerMeterX(), qRound(300 / 0.0254));
        QCOMPARE(image.dotsPerMeterY(), qRound(300 / 0.0254));
        QVERIFY(hasContent(image));

        const QString dir = qEnvironmentVariable("RELULAB_RENDER_DIR");
        if (!dir.isEmpty())
            QVERIFY(image.save(dir + QStringLiteral("/%1.png").arg(gui::exportTargetKey(target))));
    }

    void dpiSetsThePrintSizeNotThePicture()
    {
        dialog()->setTarget(ExportTarget::ExplorerPlots);
        dialog()->setPixelSize({900, 600});
        QImage images[2];
        QList<QString> fontSizes[2];
        QRegularExpressionMatch svgWidth[2];
        const int dpis[2] = {72, 300};
        for (int i = 0; i < 2; ++i) {
            dialog()->setDpi(dpis[i]);
            dialog()->setFormat(ExportFormat::Png);
            const QString png = path(QStringLiteral("dpi%1.png").arg(dpis[i]));
            QCOMPARE(dialog()->exportTo(png), QString());
            images[i] = QImage(png).convertToFormat(QImage::Format_ARGB32);
            QCOMPARE(images[i].dotsPerMeterX(), qRound(dpis[i] / 0.0254));

            dialog()->setFormat(ExportFormat::Svg);
            const QString svg = path(QStringLiteral("dpi%1.svg").arg(dpis[i]));
            QCOMPARE(dialog()->exportTo(svg), QString());
            const QString text = QString::fromUtf8(readAll(svg));
            for (const auto &m :
                 QRegularExpression(QStringLiteral("font-size=\"([0-9.]+)\"")).globalMatch(text))
                fontSizes[i] << m.captured(1);
            svgWidth[i] =
                QRegularExpression(QStringLiteral("<svg width=\"([0-9.]+)mm\"")).match(text);
            QVERIFY(svgWidth[i].hasMatch());
        }
        // The same pixels and the same text sizes; only the printed size differs.
        QVERIFY(images[0] == images[1]);
        QVERIFY(!fontSizes[0].isEmpty());
        QCOMPARE(fontSizes[0], fontSizes[1]);
        QVERIFY(std::abs(svgWidth[0].captured(1).toDouble() - 900 / 72.0 * 25.4) < 0.5);
        QVERIFY(std::abs(svgWidth[1].captured(1).toDouble() - 900 / 300.0 * 25.4) < 0.5);
    }

    void viewsKeepTheirOnScreenProportions()
    {
        dialog()->setTarget(ExportTarget::NetworkDiagram);
        QVERIFY(dialog()->keepsProportions());
        dialog()->setPixelSize({1000, 1000});  // as asked, until a side is edited
        const QSize screen = m_window->exporter().screenSize(ExportTarget::NetworkDiagram);
        dialog()->findChild<QSpinBox *>()->setValue(1200);  // the width box comes first
        QCOMPARE(dialog()->pixelSize().width(), 1200);
        QCOMPARE(dialog()->pixelSize().height(), qRound(1200.0 * screen.height() / screen.width()));
    }

    void svgParsesAsXmlWithAnSvgRoot()
    {
        dialog()->setTarget(ExportTarget::ExplorerPlots);
        dialog()->setFormat(ExportFormat::Svg);
        dialog()->setPixelSize({800, 500});
        const QString file = path(QStringLiteral("figure.svg"));
        QCOMPARE(dialog()->exportTo(file), QString());
        QXmlStreamReader xml(readAll(file));
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), QStringLiteral("svg"));
        QCOMPARE(xml.attributes().value(QStringLiteral("viewBox")), QStringLiteral("0 0 800 500"));
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }

    void singlePlotsHoldOnlyTheirOwnAxesAndThePins()
    {
        m_state->pin(session::FunctionId::Relu);
        dialog()->setFormat(ExportFormat::Svg);
        dialog()->setTarget(ExportTarget::ValuePlot);
        const QString valueFile = path(QStringLiteral("f.svg"));
        QCOMPARE(dialog()->exportTo(valueFile), QString());
        const QByteArray value = readAll(valueFile);
        QVERIFY(value.contains("f(z)"));
        QVERIFY(value.contains("z (pre-activation)"));
        QVERIFY(value.contains("pinned: ReLU"));
        QVERIFY(!value.contains("f\u2032(z)"));
        QVERIFY(!value.contains("filled marker"));  // the note belongs to the f' plot

        dialog()->setTarget(ExportTarget::DerivativePlot);
        const QString derivativeFile = path(QStringLiteral("df.svg"));
        QCOMPARE(dialog()->exportTo(derivativeFile), QString());
        const QByteArray derivative = readAll(derivativeFile);
        QVERIFY(derivative.contains("f\u2032(z)"));
        QVERIFY(derivative.contains("filled marker"));
        QVERIFY(derivative.contains("pinned: ReLU"));  // the legend moved along
        QVERIFY(!derivative.contains(">f(z)<"));
    }

    void pdfStartsWithItsHeaderAndItsPageFollowsTheDpi()
    {
        dialog()->setTarget(ExportTarget::TrainingCurves);
        dialog()->setFormat(ExportFormat::Pdf);
        dialog()->setPixelSize({720, 360});
        dialog()->setDpi(144);  // 5 x 2.5 inches: 360 x 180 points
        const QString file = path(QStringLiteral("curves.pdf"));
        QCOMPARE(dialog()->exportTo(file), QString());
        const QByteArray pdf = readAll(file);
        QVERIFY(pdf.startsWith("%PDF-"));
        const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
        const QRegularExpressionMatch match = box.match(QString::fromLatin1(pdf));
        QVERIFY(match.hasMatch());
        QCOMPARE(match.captured(1).toDouble(), 360.0);
        QCOMPARE(match.captured(2).toDouble(), 180.0);
    }

    void trainingLogCsvHasTheHeaderAndOneRowPerRecordedPoint()
    {
        train(4);
        dialog()->setTarget(ExportTarget::TrainingCurves);
        dialog()->setFormat(ExportFormat::Csv);
        QCOMPARE(dialog()->format(), ExportFormat::Csv);
        const QString file = path(QStringLiteral("log.csv"));
        QCOMPARE(dialog()->exportTo(file), QString());
        const QStringList lines =
            QString::fromUtf8(readAll(file)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(),
                 QStringLiteral("step,loss,test_loss,accuracy,dead_units,dead_fraction"));
        QCOMPARE(lines.size() - 1, 5);
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList cells = lines[i].split(QLatin1Char(','));
            QCOMPARE(cells.size(), 6);
            QCOMPARE(cells[0].toLong(), long(i - 1));
            bool ok = false;
            const double loss = cells[1].toDouble(&ok);
            QVERIFY(ok && loss > 0.0);
            const double accuracy = cells[3].toDouble(&ok);
            QVERIFY(ok && accuracy >= 0.0 && accuracy <= 1.0);
            QCOMPARE(cells[4].toInt(),
                     m_window->trainingTab()->curves()->trainingLog()[size_t(i - 1)].deadUnits);
        }
        const auto &last = m_window->training()->latest();
        QCOMPARE(lines.last().split(QLatin1Char(','))[1].toDouble(), last.evaluation.trainLoss);
    }

    void curvesCsvKeepsTheContractHeaderWithPins()
    {
        m_state->pin(session::FunctionId::Leaky);
        dialog()->setTarget(ExportTarget::ValuePlot);
        dialog()->setFormat(ExportFormat::Csv);
        const QString file = path(QStringLiteral("curves.csv"));
        QCOMPARE(dialog()->exportTo(file), QString());
        const QByteArray csv = readAll(file);
        QVERIFY(csv.startsWith("x,relu,relu_grad,leaky_relu,leaky_relu_grad,maxout,maxout_grad\n"));
        QCOMPARE(csv, session::curvesCsv(m_state->settings()));
    }

    void csvIsOfferedOnlyWhereThereIsData()
    {
        dialog()->setTarget(ExportTarget::TrainingCurves);
        dialog()->setFormat(ExportFormat::Csv);
        dialog()->setTarget(ExportTarget::NetworkDiagram);
        QCOMPARE(dialog()->format(), ExportFormat::Png);
        dialog()->setFormat(ExportFormat::Csv);
        QCOMPARE(dialog()->format(), ExportFormat::Png);
        auto buttons = dialog()->findChildren<QRadioButton *>();
        const auto csv = std::find_if(buttons.begin(), buttons.end(), [](QRadioButton *b) {
            return b->text() == QStringLiteral("CSV data");
        });
        QVERIFY(csv != buttons.end());
        QVERIFY(!(*csv)->isEnabled());
    }

    void copyPlotImagePutsThePlotsOnTheClipboard()
    {
        QAction *copy = menuAction(QStringLiteral("Copy plot image"));
        QCOMPARE(copy->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        QApplication::clipboard()->clear();
        copy->trigger();
        QImage image = QApplication::clipboard()->image();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), m_window->plot()->size());
        QVERIFY(hasContent(image));

        m_window->tabs()->setCurrentIndex(1);
        copy->trigger();
        image = QApplication::clipboard()->image();
        QCOMPARE(image.size(), m_window->trainingTab()->curves()->size());
    }

    void exportFigureActionOpensTheDialogOnTheTabInFront()
    {
        QAction *exportFigure = menuAction(QStringLiteral("Export figure\u2026"));
        QCOMPARE(exportFigure->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        exportFigure->trigger();
        QVERIFY(dialog()->isVisible());
        QVERIFY(gui::isExplorerTarget(dialog()->target()));
        dialog()->setFormat(ExportFormat::Csv);
        dialog()->refreshPreview();
        QVERIFY(dialog()->preview()->text().startsWith(QStringLiteral("x,relu,relu_grad")));
        dialog()->setFormat(ExportFormat::Png);
        dialog()->setPixelSize({1600, 900});
        dialog()->refreshPreview();
        const QPixmap preview = dialog()->preview()->pixmap();
        QVERIFY(!preview.isNull());
        QCOMPARE(preview.size(), QSize(520, 293));  // 1600 x 900 scaled into 520 x 300
        QVERIFY(hasContent(preview.toImage()));
        dialog()->close();

        m_window->tabs()->setCurrentIndex(1);
        exportFigure->trigger();
        QCOMPARE(dialog()->target(), ExportTarget::TrainingCurves);
    }

    void trainingViewRendersFromBehindTheExplorerTab()
    {
        train(2);
        QCOMPARE(m_window->tabs()->currentIndex(), 0);
        QString error;
        const QByteArray png = m_window->exporter().render(ExportTarget::TrainingView, {1200, 700},
                                                           session::ImageFormat::Png, 96, &error);
        QVERIFY2(!png.isEmpty(), qPrintable(error));
        const QImage image = QImage::fromData(png);
        QCOMPARE(image.size(), QSize(1200, 700));
        QVERIFY(hasContent(image));
        QCOMPARE(m_window->tabs()->currentIndex(), 1);
    }

    void choicesAreRemembered()
    {
        dialog()->setTarget(ExportTarget::InputSpace);
        dialog()->setFormat(ExportFormat::Svg);
        dialog()->findChild<QCheckBox *>()->setChecked(false);
        dialog()->setPixelSize({1234, 567});
        dialog()->setDpi(200);
        QCOMPARE(dialog()->exportTo(path(QStringLiteral("input.svg"))), QString());

        gui::ExportDialog again(&m_window->exporter());
        QCOMPARE(again.target(), ExportTarget::InputSpace);
        QCOMPARE(again.format(), ExportFormat::Svg);
        QCOMPARE(again.pixelSize(), QSize(1234, 567));
        QCOMPARE(again.dpi(), 200);
        QVERIFY(!again.keepsProportions());
        QCOMPARE(again.suggestedFileName(), QStringLiteral("relulab-input-space.svg"));
    }

    void unwritablePathIsRefusedAndNothingIsLeftBehind()
    {
        dialog()->setFormat(ExportFormat::Png);
        const QString file = QStringLiteral("/nonexistent-relulab-dir/figure.png");
        const QString error = dialog()->exportTo(file);
        QVERIFY(!error.isEmpty());
        QCOMPARE(dialog()->errorText(), error);
        QVERIFY(!QFile::exists(file));

        // An existing file stays as it was when the new one cannot be written in full.
        const QString kept = path(QStringLiteral("kept.png"));
        {
            QFile f(kept);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        dialog()->setPixelSize({800, 400});
        QCOMPARE(dialog()->exportTo(kept), QString());
        QVERIFY(readAll(kept).startsWith("\x89PNG"));
        QCOMPARE(dialog()->errorText(), QString());
    }
};

RELULAB_TEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
