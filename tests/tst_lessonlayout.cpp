// Lessons on a projector: every lesson, in presentation mode with its panel open, on a 1920 x 1080
// and a 1280 x 720 screen: the text is read without scrolling, the lesson's plots get most of the
// screen and nothing overlaps. Runs on two offscreen screens at 96 dpi
// (tests/offscreen-projectors.json); the lessons are whatever the program has built in.
#include <qcustomplot.h>
#include <QAction>
#include <QDockWidget>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>
#include <memory>

#include "gui/common/Language.h"
#include "gui/common/StatusLine.h"
#include "gui/explorer/ControlPanel.h"
#include "gui/explorer/ExplorerPlot.h"
#include "gui/training/InputSpaceView.h"
#include "gui/training/LayerSizesPlot.h"
#include "gui/training/NetworkDiagram.h"
#include "gui/training/TrainingCurves.h"
#include "gui/training/TrainingTab.h"
#include "gui/window/LessonPanel.h"
#include "gui/window/MainWindow.h"
#include "session/ExplorerState.h"
#include "session/Lesson.h"
#include "support/TestRegistry.h"

using relulab::gui::MainWindow;
using relulab::session::ExplorerState;
using relulab::session::Lesson;

namespace {

// What "most of the screen" means here, as shares of the full-screen window. The old layout (the
// lesson a dock of its natural width, the control panels beside the plots) fails each of them.
// Explorer: the drawing areas of f(z) and f'(z) together, 55% of the height (it had 54.7% at
// 720 lines) and half of the width (44% at 1080 lines, 28% at 720).
constexpr double kExplorerPlotsHeight = 0.55;
constexpr double kExplorerPlotsWidth = 0.5;
// Training: two-input data are drawn at equal aspect, so the shorter side of the input-space
// view's drawing area is the size of the picture (for one input, the height is): about a quarter
// of the height, 24% (it had 19% at 1080 lines and 16% at 720; now 36% and 28%, and the
// one-input lesson, whose legend takes another row, 33% and 25%). The diagram: 30% of the width
// (it had 25% and 19%), 40% of the height, with the per-layer sizes under it (lessons 5 and 9
// point at them) on at least 15% of the height.
constexpr double kDataPlotSide = 0.24;
constexpr double kDiagramWidth = 0.3;
constexpr double kDiagramHeight = 0.4;
constexpr double kLayerSizesHeight = 0.15;

void clearWindowSettings()
{
    QSettings settings;
    settings.remove(QStringLiteral("appearance"));
    settings.remove(QStringLiteral("window"));
}

QScreen *screenOfHeight(int height)
{
    for (QScreen *screen : QGuiApplication::screens())
        if (screen->geometry().height() == height) return screen;
    return nullptr;
}

// A widget's rectangle in its window's coordinates.
QRect inWindow(const QWidget *widget)
{
    return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
}

struct Area
{
    QString name;
    QRect rect;
};

}  // namespace

class tst_LessonLayout : public QObject
{
    Q_OBJECT

    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<MainWindow> m_window;
    QString m_windowFor;  // the language and screen height m_window was opened for

    void closeWindow()
    {
        m_window.reset();
        m_state.reset();
        m_windowFor.clear();
        relulab::gui::removeTranslations();
        QLocale::setDefault(QLocale::c());
        clearWindowSettings();
    }
    // A normal window on the screen of that height.
    void openWindow(int screenHeight)
    {
        QScreen *screen = screenOfHeight(screenHeight);
        QVERIFY(screen);
        m_window.reset();  // before the state it shows
        m_state = std::make_unique<ExplorerState>();
        m_window = std::make_unique<MainWindow>(m_state.get());
        m_window->setScreen(screen);
        m_window->move(screen->geometry().topLeft() + QPoint(20, 20));
        m_window->resize(screen->geometry().size() * 3 / 4);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->screen(), screen);
    }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_window.get(), static_cast<Qt::Key>(key), modifiers);
        QCoreApplication::processEvents();  // layouts and queued replots
    }
    // The run drawn once (the views' captions and legends are final then) and laid out.
    void settle(bool training)
    {
        if (training) QTRY_VERIFY(m_window->trainingTab()->diagram()->hasSnapshot());
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        for (QCustomPlot *plot : m_window->findChildren<QCustomPlot *>())
            plot->replot();
        QCoreApplication::processEvents();
    }
    // What the room sees: the toolbar, the tabs, the lesson column and the page in front's views.
    QList<Area> shownAreas() const
    {
        QList<Area> areas{{QStringLiteral("toolbar"), inWindow(m_window->mainToolBar())},
                          {QStringLiteral("tab bar"), inWindow(m_window->tabs()->tabBar())},
                          {QStringLiteral("lesson"), inWindow(m_window->lessonDock())}};
        const QWidget *page = m_window->tabs()->currentWidget();
        for (QWidget *view : page->findChildren<QWidget *>()) {
            const bool shown = qobject_cast<QCustomPlot *>(view) ||
                               qobject_cast<relulab::gui::NetworkDiagram *>(view) ||
                               qobject_cast<relulab::gui::StatusLine *>(view) ||
                               view == m_window->readout() || view == m_window->formula() ||
                               qobject_cast<QAbstractScrollArea *>(view);
            if (shown && view->isVisibleTo(m_window.get()))
                areas.push_back({view->accessibleName(), inWindow(view)});
        }
        return areas;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        clearWindowSettings();
        QCOMPARE(QGuiApplication::screens().size(), 2);
    }
    void cleanup()
    {
        // The lessons' rows share one window per language and screen, as a teacher goes from
        // lesson to lesson (a window per row cost most of this test's 40 s); a failed row starts
        // the next one afresh.
        if (QTest::currentTestFunction() == QByteArrayLiteral("everyLessonFitsAProjector") &&
            !QTest::currentTestFailed())
            return;
        closeWindow();
    }
    void init()
    {
        // The other tests open their own window, in English.
        if (QTest::currentTestFunction() != QByteArrayLiteral("everyLessonFitsAProjector"))
            closeWindow();
    }
    void cleanupTestCase() { closeWindow(); }

    void everyLessonFitsAProjector_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("screenHeight");
        QTest::addColumn<int>("index");
        QStringList problems;
        const std::vector<Lesson> lessons = relulab::session::loadAllLessons(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(lessons.size() >= 8);
        // English and every translation: their longer words and lines (German's compounds,
        // Spanish's and French's longer phrases, Chinese line breaking) must fit a projector too.
        // RELULAB_LESSON_LANGUAGES (comma-separated) takes some of them: CTest runs the six in
        // three processes side by side (tests/CMakeLists.txt).
        QStringList languages = {QStringLiteral("en"),    QStringLiteral("de"),
                                 QStringLiteral("es"),    QStringLiteral("fr"),
                                 QStringLiteral("pt_BR"), QStringLiteral("zh_CN")};
        const QString only = qEnvironmentVariable("RELULAB_LESSON_LANGUAGES");
        if (!only.isEmpty()) {
            const QStringList asked = only.split(QLatin1Char(','));
            for (const QString &language : asked)
                QVERIFY2(languages.contains(language), qPrintable(language));
            languages = asked;
        }
        for (const QString &language : languages) {
            for (int height : {1080, 720}) {
                for (int i = 0; i < static_cast<int>(lessons.size()); ++i)
                    QTest::addRow("%s %dp %s", qPrintable(language), height,
                                  qPrintable(lessons[size_t(i)].id))
                        << language << height << i;
            }
        }
    }

    void everyLessonFitsAProjector()
    {
        QFETCH(QString, language);
        QFETCH(int, screenHeight);
        QFETCH(int, index);
        const QString windowFor = QStringLiteral("%1 %2").arg(language).arg(screenHeight);
        if (m_windowFor != windowFor) {
            closeWindow();
            QVERIFY(relulab::gui::installLanguage(language));
            openWindow(screenHeight);
            m_windowFor = windowFor;
        } else {
            // Back from the last row's lesson: out of presentation mode, the note closed.
            if (m_window->lessonPanel()->note()->isVisibleTo(m_window.get()))
                press(Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
            if (m_window->isPresenting()) press(Qt::Key_F5);
            QVERIFY(!m_window->isPresenting());
        }
        QCOMPARE(
            m_window->lessons()[size_t(index)].title,
            relulab::session::localizedLesson(m_window->lessons()[size_t(index)], language).title);
        m_window->showLesson(index);
        press(Qt::Key_F5);
        QVERIFY(m_window->isPresenting());
        const Lesson &lesson = m_window->lessons()[size_t(index)];
        settle(lesson.tab == Lesson::Tab::Training);
        const QRect window = m_window->rect();
        QCOMPARE(m_window->geometry(), m_window->screen()->geometry());

        // The text is read without scrolling.
        const QTextBrowser *text = m_window->lessonPanel()->text();
        QCOMPARE(text->verticalScrollBar()->maximum(), 0);
        QCOMPARE(text->horizontalScrollBar()->maximum(), 0);
        QVERIFY2(text->document()->size().height() <= text->viewport()->height(),
                 qPrintable(QStringLiteral("%1 px of text in %2 px")
                                .arg(text->document()->size().height())
                                .arg(text->viewport()->height())));
        // In a side column of a bounded share of the width.
        const int column = qRound(MainWindow::kLessonColumnShare * window.width());
        QCOMPARE(m_window->lessonDock()->width(), column);

        // The lesson's plots get most of the screen.
        if (lesson.tab == Lesson::Tab::Explorer) {
            QCOMPARE(m_window->tabs()->currentIndex(), 0);
            const QRect value = m_window->plot()->valueRect()->rect();
            const QRect slope = m_window->plot()->derivativeRect()->rect();
            QVERIFY2(value.height() + slope.height() >= kExplorerPlotsHeight * window.height(),
                     qPrintable(QStringLiteral("f and f' %1 + %2 px high")
                                    .arg(value.height())
                                    .arg(slope.height())));
            QVERIFY2(std::min(value.width(), slope.width()) >= kExplorerPlotsWidth * window.width(),
                     qPrintable(QStringLiteral("f and f' %1 px wide").arg(value.width())));
        } else {
            QCOMPARE(m_window->tabs()->currentIndex(), 1);
            const auto *tab = m_window->trainingTab();
            const QRect data = tab->inputView()->axisRect()->rect();
            QVERIFY2(
                std::min(data.width(), data.height()) >= kDataPlotSide * window.height(),
                qPrintable(
                    QStringLiteral("data plot %1 x %2 px").arg(data.width()).arg(data.height())));
            const QSize diagram = tab->diagram()->size();
            QVERIFY2(diagram.width() >= kDiagramWidth * window.width() &&
                         diagram.height() >= kDiagramHeight * window.height(),
                     qPrintable(QStringLiteral("diagram %1 x %2 px")
                                    .arg(diagram.width())
                                    .arg(diagram.height())));
            const QWidget *sizes = tab->layerSizes();
            QVERIFY(sizes->isVisible());
            QVERIFY2(sizes->height() >= kLayerSizesHeight * window.height() &&
                         sizes->width() >= kDiagramWidth * window.width(),
                     qPrintable(QStringLiteral("layer sizes %1 x %2 px")
                                    .arg(sizes->width())
                                    .arg(sizes->height())));
        }

        // Nothing overlaps, and everything is on the screen.
        const QList<Area> areas = shownAreas();
        QVERIFY(areas.size() >= 6);
        for (qsizetype i = 0; i < areas.size(); ++i) {
            QVERIFY2(window.contains(areas[i].rect), qPrintable(areas[i].name));
            for (qsizetype j = i + 1; j < areas.size(); ++j)
                QVERIFY2(!areas[i].rect.intersects(areas[j].rect),
                         qPrintable(areas[i].name + QStringLiteral(" and ") + areas[j].name));
        }

        // The teacher's note opens under the text, which still needs no scrolling.
        if (lesson.note.isEmpty()) return;
        press(Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
        const QTextBrowser *note = m_window->lessonPanel()->note();
        QVERIFY(note->isVisibleTo(m_window.get()));
        QCOMPARE(text->verticalScrollBar()->maximum(), 0);
        QVERIFY(note->viewport()->height() >= 3 * note->fontMetrics().lineSpacing());
        QVERIFY(!inWindow(text).intersects(inWindow(note)));
    }

    void theLessonColumnIsBoundedAlsoWhenOpenedWhilePresenting()
    {
        openWindow(720);
        press(Qt::Key_F5);
        QVERIFY(!m_window->lessonDock()->isVisible());
        m_window->showLesson(0);
        QCoreApplication::processEvents();
        QCOMPARE(m_window->lessonDock()->width(),
                 qRound(MainWindow::kLessonColumnShare * m_window->width()));
    }

    void leavingPresentationPutsBackTheLessonColumnAndTheControls()
    {
        openWindow(1080);
        m_window->showLesson(5);
        QCoreApplication::processEvents();
        const int before = m_window->lessonDock()->width();
        QVERIFY(m_window->controlsAction()->isChecked());
        QVERIFY(m_window->trainingTab()->controlsVisible());

        press(Qt::Key_F5);
        QTRY_COMPARE(m_window->lessonDock()->width(),
                     qRound(MainWindow::kLessonColumnShare * 1920));
        QVERIFY(!m_window->controlsAction()->isChecked());
        QVERIFY(!m_window->trainingTab()->controlsVisible());
        QVERIFY(!m_window->controls()->isVisibleTo(m_window.get()));
        // The toolbar's Controls button brings them back while presenting.
        auto *button = qobject_cast<QToolButton *>(
            m_window->mainToolBar()->widgetForAction(m_window->controlsAction()));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(button->toolTip().contains(QStringLiteral("F6")));
        button->click();
        QVERIFY(m_window->trainingTab()->controlsVisible());
        button->click();

        press(Qt::Key_Escape);
        QVERIFY(!m_window->isPresenting());
        QTRY_COMPARE(m_window->lessonDock()->width(), before);
        QVERIFY(m_window->controlsAction()->isChecked());
        QVERIFY(m_window->trainingTab()->controlsVisible());
    }
};

RELULAB_TEST_MAIN(tst_LessonLayout)
#include "tst_lessonlayout.moc"
