// Soak: a million training steps as fast as they go, with snapshots flowing to the Training tab
// of the real main window (offscreen), and the process's memory staying flat.
#include <QTabWidget>
#include <QtTest>
#include <algorithm>
#include <cstddef>
#include <vector>

#include "gui/training/NetworkDiagram.h"
#include "gui/training/TrainingCurves.h"
#include "gui/training/TrainingTab.h"
#include "gui/window/MainWindow.h"
#include "session/ExplorerState.h"
#include "session/ProcessMemory.h"
#include "support/TestRegistry.h"

#if defined(__SANITIZE_ADDRESS__)
#define RELULAB_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RELULAB_ASAN 1
#endif
#endif
#ifdef RELULAB_ASAN
// From <sanitizer/allocator_interface.h>, which clang ships but GCC's packages do not; the
// function is in both runtimes.
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#endif

using namespace relulab;

namespace {

constexpr long kSteps = 1'000'000;
constexpr double kStepsPerSecond = 100'000;
constexpr long kWarmUpSteps = 100'000;  // fonts, caches, the curves' first points
// Allowed growth after the warm-up. A leak of one thumbnail set or one field per refresh (10 Hz)
// would pass this within seconds; glibc's arenas and Qt's caches move by a few MiB at most.
constexpr long kMaxGrowthKiB = 4 * 1024;

// What "memory" means here: resident memory, or under AddressSanitizer (whose quarantine holds
// freed blocks and so grows the RSS by design) the bytes the program has allocated and not freed.
long memoryKiB()
{
#ifdef RELULAB_ASAN
    return static_cast<long>(__sanitizer_get_current_allocated_bytes() / 1024);
#else
    return session::residentKilobytes().value_or(-1);
#endif
}

}  // namespace

class tst_Soak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void millionStepsWithSnapshotsKeepMemoryFlat();
};

void tst_Soak::millionStepsWithSnapshotsKeepMemoryFlat()
{
    QVERIFY2(memoryKiB() > 0, "no memory figure on this system");
    session::ExplorerState state;
    gui::MainWindow window(&state);
    window.resize(1400, 900);
    window.show();
    window.tabs()->setCurrentIndex(1);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    session::TrainingController *training = window.training();

    // The default run (2-8-8-1 ReLU, circle) with plain SGD at batch 10: fast steps, so the rate
    // below holds in the sanitized build too.
    session::TrainingSetup setup;
    setup.config.optimizer = core::OptimizerKind::Sgd;
    setup.config.learningRate = 0.05;
    setup.config.batchSize = 10;
    training->configure(setup);
    QTRY_VERIFY_WITH_TIMEOUT(
        training->latest().step == 0 && window.trainingTab()->diagram()->hasSnapshot(), 10000);
    // A selected unit: its histogram goes to the explorer's plot with every field refresh too.
    window.trainingTab()->diagram()->setSelectedUnit({1, 0});

    struct Sample
    {
        long step;
        long kib;
    };
    std::vector<Sample> samples;
    samples.reserve(10000);  // sized up front: the sampling itself must not move the figure
    connect(training, &session::TrainingController::snapshot, this,
            [&samples](const session::TrainingSnapshot &s) {
                if (samples.size() < samples.capacity()) samples.push_back({s.step, memoryKiB()});
            });

    // 100,000 steps a second: ten seconds of snapshots at screen rate and field refreshes at
    // 10 Hz (flat out, a million steps take about one second: too few frames to see a leak).
    training->setStepsPerSecond(kStepsPerSecond);
    training->play();
    QTRY_VERIFY_WITH_TIMEOUT(training->latest().step >= kSteps, 120000);
    training->pause();
    QTRY_VERIFY_WITH_TIMEOUT(!training->isRunning(), 10000);
    QVERIFY(!training->latest().diverged);

    const auto warm = std::find_if(samples.begin(), samples.end(),
                                   [](const Sample &s) { return s.step >= kWarmUpSteps; });
    QVERIFY(warm != samples.end());
    const long baseline = warm->kib;
    long peak = baseline;
    for (auto it = warm; it != samples.end(); ++it)
        peak = std::max(peak, it->kib);
    const auto report = QStringLiteral("%1 snapshots; memory %2 KiB after %3 steps, peak %4 KiB")
                            .arg(samples.size())
                            .arg(baseline)
                            .arg(warm->step)
                            .arg(peak);
    qInfo("%s", qPrintable(report));
    // Snapshots really flowed through the views all along (up to 30 a second), not a handful.
    QVERIFY2(std::distance(warm, samples.end()) >= 50, qPrintable(report));
    QVERIFY(window.trainingTab()->curves()->trainLoss()->dataCount() >= 50);
    QVERIFY2(peak - baseline <= kMaxGrowthKiB, qPrintable(report));
}

RELULAB_TEST_MAIN(tst_Soak)
#include "tst_soak.moc"
