// Presentation mode and text size: full screen with text of at least 24 px on a 1080-line screen,
// thicker lines, advanced controls hidden, and everything put back exactly when it ends.
// Runs on an offscreen screen of 1920 x 1080 at 96 dpi (tests/offscreen-1080p.json).
#include <qcustomplot.h>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QtTest>

#include "gui/common/StatusLine.h"
#include "gui/explorer/ControlPanel.h"
#include "gui/explorer/ExplorerPlot.h"
#include "gui/style/Appearance.h"
#include "gui/style/PlotStyle.h"
#include "gui/training/InputSpaceView.h"
#include "gui/training/NetworkDiagram.h"
#include "gui/training/TrainingCurves.h"
#include "gui/training/TrainingPanel.h"
#include "gui/training/TrainingTab.h"
#include "gui/window/MainWindow.h"
#include "session/ExplorerState.h"
#include "support/MainWindowFixture.h"
#include "support/TestRegistry.h"

using relulab::gui::Appearance;
using relulab::gui::MainWindow;
using relulab::session::ExplorerState;
using relulab::session::FunctionId;

namespace {

// A font's size in device-independent pixels on the widget's screen.
double pixels(const QFont &font, const QWidget *widget)
{
    return font.pointSizeF() > 0 ? font.pointSizeF() * widget->logicalDpiY() / 72.0
                                 : font.pixelSize();
}

struct FontRecord
{
    QString what;
    double pixels = 0.0;
};

void clearAppearanceSettings()
{
    QSettings settings;
    settings.remove(QStringLiteral("appearance"));
    settings.remove(QStringLiteral("window"));
}

}  // namespace

class tst_Presentation : public QObject, protected relulab::test::MainWindowFixture
{
    Q_OBJECT

private:
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_window.get(), static_cast<Qt::Key>(key), modifiers);
        QCoreApplication::processEvents();  // layouts and queued replots
    }
    void present(bool on)
    {
        press(on ? Qt::Key_F5 : Qt::Key_Escape);
        QCOMPARE(m_window->isPresenting(), on);
        // Both tabs laid out at the new size.
        for (int tab : {1, 0}) {
            m_window->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
        }
    }
    // The plots shown on either tab (the other tab's page is hidden, not its plots).
    QList<QCustomPlot *> visiblePlots() const
    {
        QList<QCustomPlot *> plots;
        for (QCustomPlot *plot : m_window->findChildren<QCustomPlot *>()) {
            for (int i = 0; i < m_window->tabs()->count(); ++i) {
                QWidget *page = m_window->tabs()->widget(i);
                if (page->isAncestorOf(plot) && plot->isVisibleTo(page)) plots << plot;
            }
        }
        return plots;
    }
    // Every text of the explorer and the training tab whose size a student must read.
    QList<FontRecord> readingFonts() const
    {
        QList<FontRecord> fonts;
        for (QCustomPlot *plot : visiblePlots()) {
            const QString name = plot->accessibleName();
            for (QCPAxisRect *rect : plot->axisRects()) {
                for (QCPAxis *axis : rect->axes()) {
                    if (!axis->visible()) continue;
                    if (!axis->label().isEmpty())
                        fonts.push_back({name + QStringLiteral(" axis label"),
                                         pixels(axis->labelFont(), plot)});
                    if (axis->tickLabels())
                        fonts.push_back({name + QStringLiteral(" tick labels"),
                                         pixels(axis->tickLabelFont(), plot)});
                }
            }
            for (QCPLegend *legend : plot->findChildren<QCPLegend *>()) {
                if (legend->visible() && legend->itemCount() > 0)
                    fonts.push_back(
                        {name + QStringLiteral(" legend"), pixels(legend->font(), plot)});
            }
        }
        fonts.push_back(
            {QStringLiteral("readout"), pixels(m_window->readout()->font(), m_window->readout())});
        fonts.push_back(
            {QStringLiteral("formula"), pixels(m_window->formula()->font(), m_window->formula())});
        const auto *status = m_window->trainingTab()->status();
        fonts.push_back({QStringLiteral("training status"), pixels(status->font(), status)});
        const auto *alpha = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("alphaSpin"));
        fonts.push_back({QStringLiteral("alpha spin box"), pixels(alpha->font(), alpha)});
        const auto *diagram = m_window->trainingTab()->diagram();
        fonts.push_back({QStringLiteral("network diagram"), pixels(diagram->font(), diagram)});
        return fonts;
    }
    // The pens the views draw their curves with, by name.
    QMap<QString, double> penWidths() const
    {
        auto *plot = m_window->plot();
        auto *tab = m_window->trainingTab();
        return {
            {QStringLiteral("ReLU"), plot->valueGraph(FunctionId::Relu)->pen().widthF()},
            {QStringLiteral("Leaky f'"), plot->derivativeGraph(FunctionId::Leaky)->pen().widthF()},
            {QStringLiteral("Maxout dots"),
             plot->takenDots(FunctionId::Maxout)->scatterStyle().size()},
            {QStringLiteral("f axis"),
             plot->valueRect()->axis(QCPAxis::atLeft)->basePen().widthF()},
            {QStringLiteral("handles"), plot->handleGraph()->scatterStyle().size()},
            {QStringLiteral("train loss"), tab->curves()->trainLoss()->pen().widthF()},
            {QStringLiteral("dead share"), tab->curves()->deadFraction()->pen().widthF()},
            {QStringLiteral("diagram"), tab->diagram()->displayScale()},
            {QStringLiteral("input view axis"), tab->inputView()->xAxis->basePen().widthF()},
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        clearAppearanceSettings();
    }
    void init()
    {
        QVERIFY(openMainWindow());
        // Both tabs laid out once, as they are after a look at each: what "before" means.
        for (int tab : {1, 0}) {
            m_window->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
        }
    }
    void cleanup()
    {
        closeMainWindow();
        clearAppearanceSettings();
    }

    void screenIsTheReferenceProjector()
    {
        // Without it every size below would be measured on the wrong screen.
        QCOMPARE(m_window->screen()->geometry().size(), QSize(1920, 1080));
        QCOMPARE(m_window->logicalDpiY(), 96);
    }

    void presentationFactorBringsTheSmallestTextTo24Pixels()
    {
        QFont base = QApplication::font();
        base.setPointSizeF(10.8);  // the app's own default, 14.4 px at 96 dpi
        const double factor = Appearance::presentationFactorFor(1080, 96.0, base);
        // The smallest plot text (10 pt = 13.3 px) lands exactly on 24 px.
        QCOMPARE(qRound(relulab::gui::kSmallestPlotPoints * 96.0 / 72.0 * factor * 100), 2400);
        QVERIFY(10.8 * 96.0 / 72.0 * factor >= 24.0);
        // Proportional to the screen's height: the projected picture is the same size.
        QCOMPARE(Appearance::presentationFactorFor(2160, 96.0, base), 2 * factor);
        // Never smaller than normal text.
        QCOMPARE(Appearance::presentationFactorFor(400, 96.0, base), 1.0);
    }

    void presentationGoesFullScreenAndEscRestoresTheWindow()
    {
        m_window->move(40, 30);
        QCoreApplication::processEvents();
        const QRect geometry = m_window->geometry();
        const Qt::WindowStates state = m_window->windowState();
        QVERIFY(!m_window->isFullScreen());

        present(true);
        QVERIFY(m_window->isFullScreen());
        QVERIFY(m_window->menuBar()->isHidden());
        QVERIFY(m_window->statusBar()->isHidden());
        QVERIFY(m_window->mainToolBar()->isVisible());
        // The actions stay reachable by keyboard with the menu bar hidden.
        QVERIFY(m_window->actions().size() > 20);

        present(false);
        QVERIFY(m_window->trainingTab()->curves()->regionCurveShown());
        QVERIFY(!m_window->isFullScreen());
        QCOMPARE(m_window->windowState(), state);
        QCOMPARE(m_window->geometry(), geometry);
        QVERIFY(m_window->menuBar()->isVisible());
        QVERIFY(m_window->statusBar()->isVisible());
    }

    void presentationTextIsAtLeast24PixelsOnA1080LineScreen()
    {
        const QList<FontRecord> before = readingFonts();
        present(true);
        const QList<FontRecord> during = readingFonts();
        QStringList small;
        for (const FontRecord &f : during) {
            if (f.pixels < 24.0) small << QStringLiteral("%1 %2 px").arg(f.what).arg(f.pixels);
        }
        QVERIFY2(small.isEmpty(), qPrintable(small.join(QStringLiteral(", "))));
        // Both tabs were measured: the explorer plot, the curves and the input view.
        QVERIFY(during.size() >= 15);
        // Normal text is smaller than that: the mode did the growing.
        QVERIFY(std::any_of(before.begin(), before.end(),
                            [](const FontRecord &f) { return f.pixels < 20.0; }));
    }

    void presentationThickensLinesAndRestoresThemExactly()
    {
        const QMap<QString, double> before = penWidths();
        present(true);
        const QMap<QString, double> during = penWidths();
        const double factor = m_window->appearance()->presentationFactor();
        QVERIFY(factor > 1.5);
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            QVERIFY2(during.value(it.key()) >= it.value() * factor * 0.99,
                     qPrintable(QStringLiteral("%1: %2 -> %3")
                                    .arg(it.key())
                                    .arg(it.value())
                                    .arg(during.value(it.key()))));
        }
        present(false);
        QCOMPARE(penWidths(), before);
    }

    void presentationHidesAdvancedControlsAndRestoresEveryVisibility()
    {
        // Some state that must survive: the smooth cousins open, the training tab current.
        m_window->findChild<QCheckBox *>(QStringLiteral("smoothCheck"))->setChecked(true);
        QList<QPointer<QWidget>> widgets;
        QList<bool> hidden;
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            widgets << w;
            hidden << w->isHidden();
        }
        const auto *controls = m_window->controls();
        const auto *panel = m_window->trainingTab()->panel();
        QVERIFY(controls->advancedWidgets().size() >= 3);
        QVERIFY(panel->advancedWidgets().size() >= 12);  // eight rows, most with a label

        present(true);
        // The control panels fold away to give the plots the room; Controls (F6) brings them
        // back, with their essentials only.
        QVERIFY(!controls->isVisibleTo(m_window.get()));
        QVERIFY(!m_window->trainingTab()->controlsVisible());
        QVERIFY(!m_window->controlsAction()->isChecked());
        press(Qt::Key_F6);
        QVERIFY(controls->isVisibleTo(m_window.get()));
        QVERIFY(m_window->trainingTab()->controlsVisible());
        for (QWidget *w : controls->advancedWidgets() + panel->advancedWidgets())
            QVERIFY2(!w->isVisibleTo(m_window.get()), qPrintable(w->accessibleName()));
        QVERIFY(!m_window->trainingTab()->histogram()->isVisibleTo(m_window.get()));
        QVERIFY(!m_window->trainingTab()->curves()->regionCurveShown());
        QVERIFY(!m_window->trainingTab()->curves()->regionAxis()->visible());
        // The essentials stay.
        for (const char *name : {"reluCheck", "leakyCheck", "maxoutCheck", "alphaSlider",
                                 "alphaSpin", "loSpin", "hiSpin", "conventionCombo", "presetCombo"})
            QVERIFY2(m_window->findChild<QWidget *>(QString::fromLatin1(name))
                         ->isVisibleTo(m_window.get()),
                     name);
        // Smooth-cousin toggles are not brought back by a state change while presenting.
        m_state->setVisible(FunctionId::Gelu, true);
        QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("smoothBox"))
                     ->isVisibleTo(m_window.get()));
        m_state->setVisible(FunctionId::Gelu, false);

        present(false);
        QStringList changed;
        for (qsizetype i = 0; i < widgets.size(); ++i) {
            if (widgets[i] && widgets[i]->isHidden() != hidden[i])
                changed << QStringLiteral("%1 '%2' in '%3' (hidden before: %4)")
                               .arg(QString::fromLatin1(widgets[i]->metaObject()->className()),
                                    widgets[i]->objectName() + widgets[i]->accessibleName(),
                                    widgets[i]->parentWidget()
                                        ? widgets[i]->parentWidget()->accessibleName()
                                        : QString())
                               .arg(hidden[i]);
        }
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QStringLiteral(", "))));
    }

    void presentationRestoresFontsAndSplittersExactly()
    {
        const QFont appFont = QApplication::font();
        const QFont formula = m_window->formula()->font();
        const QFont readout = m_window->readout()->font();
        const QFont tick = m_window->plot()->valueRect()->axis(QCPAxis::atLeft)->tickLabelFont();
        // Where every splitter handle is (the explorer's plot and panel, the training columns).
        QList<QList<int>> splitters;
        for (QSplitter *s : m_window->findChildren<QSplitter *>())
            splitters << s->sizes();
        present(true);
        QVERIFY(QApplication::font().pointSizeF() > appFont.pointSizeF() * 1.5);
        QList<QList<int>> during;
        for (QSplitter *s : m_window->findChildren<QSplitter *>())
            during << s->sizes();
        QVERIFY(during != splitters);  // the wider panels moved the handles
        present(false);
        QCOMPARE(QApplication::font(), appFont);
        QCOMPARE(m_window->formula()->font(), formula);
        QCOMPARE(m_window->readout()->font(), readout);
        QCOMPARE(m_window->plot()->valueRect()->axis(QCPAxis::atLeft)->tickLabelFont(), tick);
        QList<QList<int>> after;
        for (QSplitter *s : m_window->findChildren<QSplitter *>())
            after << s->sizes();
        QCOMPARE(after, splitters);
    }

    void pausedRunsFieldFillsTheResizedInputView()
    {
        // One step, then paused: no snapshot will come to redraw the field.
        m_window->tabs()->setCurrentIndex(1);
        press(Qt::Key_N);
        auto *view = m_window->trainingTab()->inputView();
        QTRY_VERIFY(m_window->trainingTab()->diagram()->hasSnapshot());
        QTRY_VERIFY(view->predictionMap()->data()->keySize() > 0);
        present(true);
        m_window->tabs()->setCurrentIndex(1);
        // The field covers the whole visible plane of the larger, differently shaped plot.
        const auto covers = [view] {
            view->replot();
            const QCPColorMapData *field = view->predictionMap()->data();
            const double cellX = field->keyRange().size() / std::max(1, field->keySize() - 1);
            const double cellY = field->valueRange().size() / std::max(1, field->valueSize() - 1);
            return field->keyRange().lower - cellX <= view->xAxis->range().lower &&
                   field->keyRange().upper + cellX >= view->xAxis->range().upper &&
                   field->valueRange().lower - cellY <= view->yAxis->range().lower &&
                   field->valueRange().upper + cellY >= view->yAxis->range().upper;
        };
        QTRY_VERIFY(covers());
    }

    void textSizeShortcutsScaleAllTextAndCtrl0Restores()
    {
        const double app = QApplication::font().pointSizeF();
        const double tick =
            m_window->plot()->valueRect()->axis(QCPAxis::atLeft)->tickLabelFont().pointSizeF();
        const double legend = m_window->trainingTab()->curves()->legend->font().pointSizeF();
        const double formula = m_window->formula()->font().pointSizeF();
        const auto steps = Appearance::kTextSteps;

        press(Qt::Key_Equal, Qt::ControlModifier);
        const double larger = steps[Appearance::kNormalStep + 1];
        QCOMPARE(QApplication::font().pointSizeF(), app * larger);
        QCOMPARE(m_window->plot()->valueRect()->axis(QCPAxis::atLeft)->tickLabelFont().pointSizeF(),
                 tick * larger);
        QCOMPARE(m_window->trainingTab()->curves()->legend->font().pointSizeF(), legend * larger);
        QCOMPARE(m_window->formula()->font().pointSizeF(), formula * larger);
        // Ctrl++ as well (Ctrl+Shift+= on most keyboards).
        press(Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(m_window->appearance()->textStep(), Appearance::kNormalStep + 2);

        for (int i = 0; i < 3; ++i)
            press(Qt::Key_Minus, Qt::ControlModifier);
        const double smaller = steps[Appearance::kNormalStep - 1];
        QCOMPARE(QApplication::font().pointSizeF(), app * smaller);
        QCOMPARE(m_window->plot()->valueRect()->axis(QCPAxis::atLeft)->tickLabelFont().pointSizeF(),
                 tick * smaller);

        press(Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(QApplication::font().pointSizeF(), app);
        QCOMPARE(m_window->plot()->valueRect()->axis(QCPAxis::atLeft)->tickLabelFont().pointSizeF(),
                 tick);
        QCOMPARE(m_window->formula()->font().pointSizeF(), formula);
    }

    void textStepIsSavedForTheNextWindow()
    {
        const double app = QApplication::font().pointSizeF();
        press(Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(QSettings().value(QStringLiteral("appearance/textStep")).toInt(),
                 Appearance::kNormalStep + 1);
        m_window.reset();
        QCOMPARE(QApplication::font().pointSizeF(), app);  // the window put back what it found
        m_window = std::make_unique<MainWindow>(m_state.get());
        QCOMPARE(m_window->appearance()->textStep(), Appearance::kNormalStep + 1);
        QCOMPARE(QApplication::font().pointSizeF(), app * Appearance::kTextSteps[3]);
    }

    void largestTextInPresentationClipsNothing()
    {
        present(true);
        press(Qt::Key_F6);  // the control panels too
        for (int i = 0; i < 8; ++i)
            press(Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(m_window->appearance()->textStep(), Appearance::kLargestPresentationStep);
        QVERIFY(m_window->appearance()->style().text > 2.0);
        for (int tab : {1, 0}) {
            m_window->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
        }
        QCOMPARE(m_window->geometry().size(), QSize(1920, 1080));

        // The control panels scroll up and down but are never cut at the side.
        for (QScrollArea *area : m_window->findChildren<QScrollArea *>()) {
            if (!area->widget() || !area->isVisibleTo(m_window.get())) continue;
            QVERIFY2(area->widget()->minimumSizeHint().width() <= area->viewport()->width(),
                     qPrintable(area->accessibleName()));
        }
        // Every plot keeps a readable drawing area.
        for (QCustomPlot *plot : visiblePlots()) {
            for (QCPAxisRect *rect : plot->axisRects())
                QVERIFY2(rect->width() >= 150 && rect->height() >= 60,
                         qPrintable(QStringLiteral("%1: %2 x %3")
                                        .arg(plot->accessibleName())
                                        .arg(rect->width())
                                        .arg(rect->height())));
        }
        // Axis labels fit along their axes.
        for (QCustomPlot *plot : visiblePlots()) {
            for (QCPAxisRect *rect : plot->axisRects()) {
                for (QCPAxis *axis : rect->axes()) {
                    if (!axis->visible() || axis->label().isEmpty()) continue;
                    const double length =
                        axis->orientation() == Qt::Vertical ? rect->height() : rect->width();
                    const double text =
                        QFontMetricsF(axis->labelFont()).horizontalAdvance(axis->label());
                    QVERIFY2(text <= length, qPrintable(axis->label()));
                }
            }
        }
        // The input view's caption lines and legend fit its width.
        auto *view = m_window->trainingTab()->inputView();
        auto *title = view->findChild<QCPTextElement *>();
        QVERIFY(title);
        for (const QString &line : title->text().split(QLatin1Char('\n')))
            QVERIFY2(QFontMetricsF(title->font()).horizontalAdvance(line) <= view->width(),
                     qPrintable(line));
        QVERIFY(view->legend->outerRect().right() <= view->width());
        auto *curves = m_window->trainingTab()->curves();
        QVERIFY(curves->legend->outerRect().right() <= curves->width());
        // The status line is as tall as its text.
        auto *status = m_window->trainingTab()->status();
        QTextDocument doc;
        doc.setDocumentMargin(3);
        doc.setDefaultFont(status->font());
        doc.setHtml(status->text());
        doc.setTextWidth(status->width());
        QVERIFY(doc.size().height() <= status->height() + 1);
    }
};

RELULAB_TEST_MAIN(tst_Presentation)
#include "tst_presentation.moc"
