// Tests ExplorerState: defaults, validated setters, one signal per real change, apply(), keys.
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

#include "core/Activation.h"
#include "core/KinkConvention.h"
#include "core/MaxoutPiece.h"
#include "session/ExplorerSettings.h"
#include "session/ExplorerState.h"
#include "session/FunctionId.h"
#include "support/MetaTypes.h"
#include "support/TestRegistry.h"
#include "support/TestValues.h"

using namespace relulab;
using core::KinkConvention;
using core::MaxoutPiece;
using session::ExplorerSettings;
using session::ExplorerState;
using session::FunctionId;

namespace {

using relulab::test::kInf;
using relulab::test::kNaN;

// An edit to try on a fresh state; returns the setter's message.
using StateEdit = std::function<QString(ExplorerState &)>;

using Pieces = std::vector<MaxoutPiece>;

// One spy per change signal, so a test can say exactly which signals fired and how often.
struct SignalCounts
{
    explicit SignalCounts(ExplorerState *state)
        : alpha(state, &ExplorerState::alphaChanged),
          range(state, &ExplorerState::rangeChanged),
          pieces(state, &ExplorerState::piecesChanged),
          convention(state, &ExplorerState::conventionChanged),
          visibility(state, &ExplorerState::visibilityChanged),
          showSubgradient(state, &ExplorerState::showSubgradientChanged),
          samples(state, &ExplorerState::samplesChanged),
          softplusBeta(state, &ExplorerState::softplusBetaChanged)
    {
    }

    // Signal name -> number of emissions, for the signals that fired at least once.
    QMap<QString, int> fired() const
    {
        QMap<QString, int> result;
        const auto add = [&result](const char *name, const QSignalSpy &spy) {
            if (spy.count() > 0) result.insert(QString::fromLatin1(name), int(spy.count()));
        };
        add("alphaChanged", alpha);
        add("rangeChanged", range);
        add("piecesChanged", pieces);
        add("conventionChanged", convention);
        add("visibilityChanged", visibility);
        add("showSubgradientChanged", showSubgradient);
        add("samplesChanged", samples);
        add("softplusBetaChanged", softplusBeta);
        return result;
    }

    QSignalSpy alpha;
    QSignalSpy range;
    QSignalSpy pieces;
    QSignalSpy convention;
    QSignalSpy visibility;
    QSignalSpy showSubgradient;
    QSignalSpy samples;
    QSignalSpy softplusBeta;
};

QMap<QString, int> onceEach(const QStringList &names)
{
    QMap<QString, int> result;
    for (const QString &name : names)
        result.insert(name, 1);
    return result;
}

std::vector<double> breakpointsOf(const ExplorerState &state)
{
    const auto b = state.maxout().breakpoints();
    return {b.begin(), b.end()};
}

Pieces ninePieces()
{
    Pieces pieces;
    for (int i = 0; i < 9; ++i)
        pieces.push_back({double(i), 0.0});
    return pieces;
}

}  // namespace

Q_DECLARE_METATYPE(StateEdit)
Q_DECLARE_METATYPE(ExplorerSettings)

class tst_ExplorerState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreTheClassicView();

    void setAlphaEmitsOnceOnChangeAndNeverWhenUnchanged();
    void setRangeEmitsOnceOnChangeAndNeverWhenUnchanged();
    void setPiecesEmitsOnceOnChangeAndNeverWhenUnchanged();
    void setPieceReplacesOnePieceAndEmitsOnce();
    void setConventionEmitsOnceOnChangeAndNeverWhenUnchanged();
    void setVisibleEmitsOnceOnChangeAndNeverWhenUnchanged();
    void setShowSubgradientEmitsOnceOnChangeAndNeverWhenUnchanged();
    void setSamplesEmitsOnceOnChangeAndNeverWhenUnchanged();
    void setSoftplusBetaEmitsOnceOnChangeAndNeverWhenUnchanged();

    void invalidEditIsRejectedWithoutChangeOrSignal_data();
    void invalidEditIsRejectedWithoutChangeOrSignal();
    void boundaryValuesAreAccepted_data();
    void boundaryValuesAreAccepted();

    void maxoutEnvelopeIsRebuiltAfterSetPieces();
    void maxoutEnvelopeIsRebuiltAfterSetPiece();

    void applyEmitsOnceForEachChangedPartOnly_data();
    void applyEmitsOnceForEachChangedPartOnly();
    void applyRebuildsMaxoutEnvelope();
    void applyRejectsInvalidSettingsWithoutChange_data();
    void applyRejectsInvalidSettingsWithoutChange();

    void activationUsesCurrentParameters_data();
    void activationUsesCurrentParameters();
    void leakyDerivativeFollowsAlpha();

    void functionKeyRoundTrips_data();
    void functionKeyRoundTrips();
    void unknownFunctionKeyGivesNullopt_data();
    void unknownFunctionKeyGivesNullopt();

    void pinFreezesCurrentParametersUnderALabel();
    void pinningBeyondTheLimitIsRejectedWithoutChange();
};

void tst_ExplorerState::defaultsAreTheClassicView()
{
    const ExplorerState state;
    QCOMPARE(state.alpha(), 0.01);
    QCOMPARE(state.lo(), -10.0);
    QCOMPARE(state.hi(), 10.0);
    QCOMPARE(state.pieces(), (Pieces{{1.0, 0.0}, {-0.5, 0.0}, {0.0, -5.0}}));
    QCOMPARE(state.maxout().pieces(), state.pieces());
    QCOMPARE(state.convention(), KinkConvention::Left);
    QCOMPARE(state.isVisible(FunctionId::Relu), true);
    QCOMPARE(state.isVisible(FunctionId::Leaky), true);
    QCOMPARE(state.isVisible(FunctionId::Maxout), true);
    QCOMPARE(state.isVisible(FunctionId::Softplus), false);
    QCOMPARE(state.isVisible(FunctionId::Elu), false);
    QCOMPARE(state.isVisible(FunctionId::Gelu), false);
    QCOMPARE(state.isVisible(FunctionId::Silu), false);
    QCOMPARE(state.isVisible(FunctionId::Sigmoid), false);
    QCOMPARE(state.isVisible(FunctionId::Tanh), false);
    QCOMPARE(state.showSubgradient(), true);
    QCOMPARE(state.samples(), 2001);
    QCOMPARE(state.softplusBeta(), 1.0);
    QCOMPARE(state.settings(), ExplorerSettings{});
    QCOMPARE(state.settings().validate(), QString());
    QCOMPARE(breakpointsOf(state), std::vector<double>{0.0});
}

void tst_ExplorerState::setAlphaEmitsOnceOnChangeAndNeverWhenUnchanged()
{
    ExplorerState state;
    SignalCounts spies(&state);

    QCOMPARE(state.setAlpha(0.01), QString());
    QCOMPARE(spies.fired(), (QMap<QString, int>{}));

    QCOMPARE(state.setAlpha(0.3), QString());
    QCOMPARE(state.alpha(), 0.3);
    QCOMPARE(spies.fired(), onceEach({"alphaChanged"}));
    QCOMPARE(spies.alpha.at(0).at(0).toDouble(), 0.3);

    QCOMPARE(state.setAlpha(0.3), QString());
    QCOMPARE(spies.alpha.count(), 1);
}

void tst_ExplorerState::setRangeEmitsOnceOnChangeAndNeverWhenUnchanged()
{
    ExplorerState state;
    SignalCounts spies(&state);

    QCOMPARE(state.setRange(-10.0, 10.0), QString());
    QCOMPARE(spies.fired(), (QMap<QString, int>{}));

    QCOMPARE(state.setRange(-3.0, 5.0), QString());
    QCOMPARE(state.lo(), -3.0);
    QCOMPARE(state.hi(), 5.0);
    QCOMPARE(spies.fired(), onceEach({"rangeChanged"}));
    QCOMPARE(spies.range.at(0).at(0).toDouble(), -3.0);
    QCOMPARE(spies.range.at(0).at(1).toDouble(), 5.0);

    QCOMPARE(state.setRange(-3.0, 5.0), QString());
    QCOMPARE(spies.range.count(), 1);

    // Changing a single bound is a change too.
    QCOMPARE(state.setRange(-3.0, 6.0), QString());
    QCOMPARE(spies.range.count(), 2);
}

void tst_ExplorerState::setPiecesEmitsOnceOnChangeAndNeverWhenUnchanged()
{
    ExplorerState state;
    SignalCounts spies(&state);

    QCOMPARE(state.setPieces({{1.0, 0.0}, {-0.5, 0.0}, {0.0, -5.0}}), QString());
    QCOMPARE(spies.fired(), (QMap<QString, int>{}));

    const Pieces relu{{1.0, 0.0}, {0.0, 0.0}};
    QCOMPARE(state.setPieces(relu), QString());
    QCOMPARE(state.pieces(), relu);
    QCOMPARE(spies.fired(), onceEach({"piecesChanged"}));

    QCOMPARE(state.setPieces(relu), QString());
    QCOMPARE(spies.pieces.count(), 1);
}

void tst_ExplorerState::setPieceReplacesOnePieceAndEmitsOnce()
{
    ExplorerState state;
    SignalCounts spies(&state);

    QCOMPARE(state.setPiece(2, {0.0, -5.0}), QString());
    QCOMPARE(spies.fired(), (QMap<QString, int>{}));

    QCOMPARE(state.setPiece(2, {0.0, -1.0}), QString());
    QCOMPARE(state.pieces(), (Pieces{{1.0, 0.0}, {-0.5, 0.0}, {0.0, -1.0}}));
    QCOMPARE(spies.fired(), onceEach({"piecesChanged"}));
}

void tst_ExplorerState::setConventionEmitsOnceOnChangeAndNeverWhenUnchanged()
{
    ExplorerState state;
    SignalCounts spies(&state);

    state.setConvention(KinkConvention::Left);
    QCOMPARE(spies.fired(), (QMap<QString, int>{}));

    state.setConvention(KinkConvention::Mean);
    QCOMPARE(state.convention(), KinkConvention::Mean);
    QCOMPARE(spies.fired(), onceEach({"conventionChanged"}));
    QCOMPARE(spies.convention.at(0).at(0).value<KinkConvention>(), KinkConvention::Mean);

    state.setConvention(KinkConvention::Mean);
    QCOMPARE(spies.convention.count(), 1);
}

void tst_ExplorerState::setVisibleEmitsOnceOnChangeAndNeverWhenUnchanged()
{
    ExplorerState state;
    SignalCounts spies(&state);

    state.setVisible(FunctionId::Relu, true);
    state.setVisible(FunctionId::Gelu, false);
    QCOMPARE(spies.fired(), (QMap<QString, int>{}));

    state.setVisible(FunctionId::Leaky, false);
    QCOMPARE(state.isVisible(FunctionId::Leaky), false);
    QCOMPARE(spies.fired(), onceEach({"visibilityChanged"}));

    state.setVisible(FunctionId::Leaky, false);
    QCOMPARE(spies.visibility.count(), 1);

    state.setVisible(FunctionId::Gelu, true);
    QCOMPARE(state.isVisible(FunctionId::Gelu), true);
    QCOMPARE(spies.visibility.count(), 2);

    state.setVisible(FunctionId::Sigmoid, true);
    state.setVisible(FunctionId::Tanh, true);
    QCOMPARE(state.isVisible(FunctionId::Sigmoid), true);
    QCOMPARE(state.isVisible(FunctionId::Tanh), true);
    QCOMPARE(spies.visibility.count(), 4);
}

void tst_ExplorerState::setShowSubgradientEmitsOnceOnChangeAndNeverWhenUnchanged()
{
    ExplorerState state;
    SignalCounts spies(&state);

    state.setShowSubgradient(true);
    QCOMPARE(spies.fired(), (QMap<QString, int>{}));

    state.setShowSubgradient(false);
    QCOMPARE(state.showSubgradient(), false);
    QCOMPARE(spies.fired(), onceEach({"showSubgradientChanged"}));
    QCOMPARE(spies.showSubgradient.at(0).at(0).toBool(), false);

    state.setShowSubgradient(false);
    QCOMPARE(spies.showSubgradient.count(), 1);
}

void tst_ExplorerState::setSamplesEmitsOnceOnChangeAndNeverWhenUnchanged()
{
    ExplorerState state;
    SignalCounts spies(&state);

    QCOMPARE(state.setSamples(2001), QString());
    QCOMPARE(spies.fired(), (QMap<QString, int>{}));

    QCOMPARE(state.setSamples(501), QString());
    QCOMPARE(state.samples(), 501);
    QCOMPARE(spies.fired(), onceEach({"samplesChanged"}));
    QCOMPARE(spies.samples.at(0).at(0).toInt(), 501);

    QCOMPARE(state.setSamples(501), QString());
    QCOMPARE(spies.samples.count(), 1);
}

void tst_ExplorerState::setSoftplusBetaEmitsOnceOnChangeAndNeverWhenUnchanged()
{
    ExplorerState state;
    SignalCounts spies(&state);

    QCOMPARE(state.setSoftplusBeta(1.0), QString());
    QCOMPARE(spies.fired(), (QMap<QString, int>{}));

    QCOMPARE(state.setSoftplusBeta(2.5), QString());
    QCOMPARE(state.softplusBeta(), 2.5);
    QCOMPARE(spies.fired(), onceEach({"softplusBetaChanged"}));
    QCOMPARE(spies.softplusBeta.at(0).at(0).toDouble(), 2.5);

    QCOMPARE(state.setSoftplusBeta(2.5), QString());
    QCOMPARE(spies.softplusBeta.count(), 1);
}

void tst_ExplorerState::invalidEditIsRejectedWithoutChangeOrSignal_data()
{
    QTest::addColumn<StateEdit>("edit");

    const auto alpha = [](double a) {
        return StateEdit([a](ExplorerState &s) { return s.setAlpha(a); });
    };
    const auto range = [](double lo, double hi) {
        return StateEdit([lo, hi](ExplorerState &s) { return s.setRange(lo, hi); });
    };
    const auto pieces = [](Pieces p) {
        return StateEdit([p](ExplorerState &s) { return s.setPieces(p); });
    };
    const auto piece = [](int index, MaxoutPiece p) {
        return StateEdit([index, p](ExplorerState &s) { return s.setPiece(index, p); });
    };
    const auto samples = [](int n) {
        return StateEdit([n](ExplorerState &s) { return s.setSamples(n); });
    };
    const auto beta = [](double b) {
        return StateEdit([b](ExplorerState &s) { return s.setSoftplusBeta(b); });
    };

    QTest::newRow("alpha 1.5") << alpha(1.5);
    QTest::newRow("alpha -1.5") << alpha(-1.5);
    QTest::newRow("alpha NaN") << alpha(kNaN);
    QTest::newRow("alpha inf") << alpha(kInf);
    QTest::newRow("range lo == hi") << range(2.0, 2.0);
    QTest::newRow("range lo > hi") << range(5.0, -5.0);
    QTest::newRow("range span below 1e-6") << range(0.0, 5e-7);
    QTest::newRow("range lo below -1e6") << range(-2e6, 0.0);
    QTest::newRow("range hi above 1e6") << range(0.0, 2e6);
    QTest::newRow("range lo NaN") << range(kNaN, 1.0);
    QTest::newRow("range hi inf") << range(0.0, kInf);
    QTest::newRow("0 pieces") << pieces({});
    QTest::newRow("9 pieces") << pieces(ninePieces());
    QTest::newRow("NaN slope") << pieces({{1.0, 0.0}, {kNaN, 0.0}});
    QTest::newRow("inf intercept") << pieces({{1.0, kInf}});
    QTest::newRow("setPiece NaN intercept") << piece(0, {1.0, kNaN});
    QTest::newRow("setPiece index -1") << piece(-1, {2.0, 0.0});
    QTest::newRow("setPiece index 3 of 3") << piece(3, {2.0, 0.0});
    QTest::newRow("samples 1") << samples(1);
    QTest::newRow("samples 0") << samples(0);
    QTest::newRow("samples 1000001") << samples(1000001);
    QTest::newRow("softplus beta 0") << beta(0.0);
    QTest::newRow("softplus beta -1") << beta(-1.0);
    QTest::newRow("softplus beta NaN") << beta(kNaN);
}

void tst_ExplorerState::invalidEditIsRejectedWithoutChangeOrSignal()
{
    QFETCH(StateEdit, edit);

    ExplorerState state;
    const ExplorerSettings before = state.settings();
    const std::vector<double> breakpointsBefore = breakpointsOf(state);
    SignalCounts spies(&state);

    const QString message = edit(state);

    QCOMPARE(message.isEmpty(), false);
    QCOMPARE(state.settings(), before);
    QCOMPARE(state.maxout().pieces(), before.pieces);
    QCOMPARE(breakpointsOf(state), breakpointsBefore);
    QCOMPARE(spies.fired(), (QMap<QString, int>{}));
}

void tst_ExplorerState::boundaryValuesAreAccepted_data()
{
    QTest::addColumn<StateEdit>("edit");
    QTest::addColumn<QString>("signalName");

    Pieces eight;
    for (int i = 0; i < 8; ++i)
        eight.push_back({double(i), -double(i * i)});

    QTest::newRow("alpha -1") << StateEdit([](ExplorerState &s) { return s.setAlpha(-1.0); })
                              << "alphaChanged";
    QTest::newRow("alpha 1") << StateEdit([](ExplorerState &s) { return s.setAlpha(1.0); })
                             << "alphaChanged";
    QTest::newRow("alpha 0") << StateEdit([](ExplorerState &s) { return s.setAlpha(0.0); })
                             << "alphaChanged";
    QTest::newRow("range ±1e6") << StateEdit([](ExplorerState &s) { return s.setRange(-1e6, 1e6); })
                                << "rangeChanged";
    QTest::newRow("range span 1e-6")
        << StateEdit([](ExplorerState &s) { return s.setRange(0.0, 1e-6); }) << "rangeChanged";
    QTest::newRow("1 piece") << StateEdit([](ExplorerState &s) {
        return s.setPieces({{2.0, 1.0}});
    }) << "piecesChanged";
    QTest::newRow("8 pieces") << StateEdit([eight](ExplorerState &s) { return s.setPieces(eight); })
                              << "piecesChanged";
    QTest::newRow("samples 2") << StateEdit([](ExplorerState &s) { return s.setSamples(2); })
                               << "samplesChanged";
    QTest::newRow("samples 1000000")
        << StateEdit([](ExplorerState &s) { return s.setSamples(1000000); }) << "samplesChanged";
    QTest::newRow("softplus beta 0.001")
        << StateEdit([](ExplorerState &s) { return s.setSoftplusBeta(0.001); })
        << "softplusBetaChanged";
}

void tst_ExplorerState::boundaryValuesAreAccepted()
{
    QFETCH(StateEdit, edit);
    QFETCH(QString, signalName);

    ExplorerState state;
    SignalCounts spies(&state);

    QCOMPARE(edit(state), QString());
    QCOMPARE(state.settings().validate(), QString());
    QCOMPARE(spies.fired(), onceEach({signalName}));
}

void tst_ExplorerState::maxoutEnvelopeIsRebuiltAfterSetPieces()
{
    ExplorerState state;
    QCOMPARE(breakpointsOf(state), std::vector<double>{0.0});

    // max(z - 2, 0): a shifted ReLU with its kink at 2.
    QCOMPARE(state.setPieces({{1.0, -2.0}, {0.0, 0.0}}), QString());
    QCOMPARE(state.maxout().pieces(), (Pieces{{1.0, -2.0}, {0.0, 0.0}}));
    QCOMPARE(breakpointsOf(state), std::vector<double>{2.0});
    QCOMPARE(core::value(state.activation(FunctionId::Maxout), 3.0), 1.0);
    QCOMPARE(core::value(state.activation(FunctionId::Maxout), 1.0), 0.0);

    // |z| has one kink at 0; a single piece has none.
    QCOMPARE(state.setPieces({{1.0, 0.0}, {-1.0, 0.0}}), QString());
    QCOMPARE(breakpointsOf(state), std::vector<double>{0.0});
    QCOMPARE(state.setPieces({{0.5, 1.0}}), QString());
    QCOMPARE(breakpointsOf(state), std::vector<double>{});
}

void tst_ExplorerState::maxoutEnvelopeIsRebuiltAfterSetPiece()
{
    ExplorerState state;
    // max(z - 3, -0.5 z, -5): z - 3 overtakes -0.5 z at z = 2.
    QCOMPARE(state.setPiece(0, {1.0, -3.0}), QString());
    QCOMPARE(breakpointsOf(state), std::vector<double>{2.0});
    QCOMPARE(core::value(state.activation(FunctionId::Maxout), 4.0), 1.0);
}

void tst_ExplorerState::applyEmitsOnceForEachChangedPartOnly_data()
{
    QTest::addColumn<ExplorerSettings>("settings");
    QTest::addColumn<QStringList>("changed");

    // Changes are relative to what a fresh state holds.
    const ExplorerSettings base = ExplorerState().settings();
    ExplorerSettings s = base;

    QTest::newRow("nothing changed") << base << QStringList{};

    s = base;
    s.alpha = 0.2;
    QTest::newRow("alpha") << s << QStringList{"alphaChanged"};

    s = base;
    s.hi = 4.0;
    QTest::newRow("hi only") << s << QStringList{"rangeChanged"};

    s = base;
    s.lo = -1.0;
    s.hi = 1.0;
    QTest::newRow("both bounds") << s << QStringList{"rangeChanged"};

    s = base;
    s.pieces = {{1.0, 0.0}, {0.0, 0.0}};
    QTest::newRow("pieces") << s << QStringList{"piecesChanged"};

    s = base;
    s.convention = KinkConvention::Right;
    QTest::newRow("convention") << s << QStringList{"conventionChanged"};

    s = base;
    s.visible = {FunctionId::Relu, FunctionId::Gelu};
    QTest::newRow("visible") << s << QStringList{"visibilityChanged"};

    s = base;
    s.showSubgradient = false;
    QTest::newRow("showSubgradient") << s << QStringList{"showSubgradientChanged"};

    s = base;
    s.samples = 11;
    QTest::newRow("samples") << s << QStringList{"samplesChanged"};

    s = base;
    s.softplusBeta = 3.0;
    QTest::newRow("softplus beta") << s << QStringList{"softplusBetaChanged"};

    s = base;
    s.alpha = -0.1;
    s.samples = 3;
    QTest::newRow("alpha and samples") << s << QStringList{"alphaChanged", "samplesChanged"};

    s.lo = -2.0;
    s.hi = 2.0;
    s.pieces = {{2.0, 1.0}};
    s.convention = KinkConvention::Mean;
    s.visible = {};
    s.showSubgradient = false;
    s.softplusBeta = 0.5;
    QTest::newRow("everything") << s << QStringList{"alphaChanged",      "rangeChanged",
                                                    "piecesChanged",     "conventionChanged",
                                                    "visibilityChanged", "showSubgradientChanged",
                                                    "samplesChanged",    "softplusBetaChanged"};
}

void tst_ExplorerState::applyEmitsOnceForEachChangedPartOnly()
{
    QFETCH(ExplorerSettings, settings);
    QFETCH(QStringList, changed);

    ExplorerState state;
    SignalCounts spies(&state);

    QCOMPARE(state.apply(settings), QString());
    QCOMPARE(state.settings(), settings);
    QCOMPARE(state.maxout().pieces(), settings.pieces);
    QCOMPARE(spies.fired(), onceEach(changed));

    // Applying the same settings again changes nothing.
    QCOMPARE(state.apply(settings), QString());
    QCOMPARE(spies.fired(), onceEach(changed));
}

void tst_ExplorerState::applyRebuildsMaxoutEnvelope()
{
    ExplorerState state;
    ExplorerSettings settings;
    settings.pieces = {{1.0, -2.0}, {0.0, 0.0}};

    QCOMPARE(state.apply(settings), QString());
    QCOMPARE(breakpointsOf(state), std::vector<double>{2.0});
    QCOMPARE(core::value(state.activation(FunctionId::Maxout), 5.0), 3.0);
}

void tst_ExplorerState::applyRejectsInvalidSettingsWithoutChange_data()
{
    QTest::addColumn<ExplorerSettings>("settings");

    // Every row also carries valid changes, which must not be applied either.
    ExplorerSettings valid;
    valid.alpha = 0.2;
    valid.lo = -1.0;
    valid.hi = 1.0;
    valid.pieces = {{1.0, 0.0}, {0.0, 0.0}};
    valid.convention = KinkConvention::Right;
    valid.visible = {FunctionId::Gelu};
    valid.showSubgradient = false;
    valid.samples = 11;
    valid.softplusBeta = 2.0;

    ExplorerSettings s = valid;
    s.alpha = 1.5;
    QTest::newRow("alpha 1.5") << s;

    s = valid;
    s.alpha = kNaN;
    QTest::newRow("alpha NaN") << s;

    s = valid;
    s.lo = 1.0;
    s.hi = 1.0;
    QTest::newRow("lo == hi") << s;

    s = valid;
    s.hi = -2.0;
    QTest::newRow("lo > hi") << s;

    s = valid;
    s.lo = 0.0;
    s.hi = 1e-7;
    QTest::newRow("span below 1e-6") << s;

    s = valid;
    s.hi = 1e7;
    QTest::newRow("hi above 1e6") << s;

    s = valid;
    s.pieces = {};
    QTest::newRow("0 pieces") << s;

    s = valid;
    s.pieces = ninePieces();
    QTest::newRow("9 pieces") << s;

    s = valid;
    s.pieces = {{kNaN, 0.0}};
    QTest::newRow("NaN piece") << s;

    s = valid;
    s.samples = 1;
    QTest::newRow("samples 1") << s;

    s = valid;
    s.softplusBeta = 0.0;
    QTest::newRow("softplus beta 0") << s;
}

void tst_ExplorerState::applyRejectsInvalidSettingsWithoutChange()
{
    QFETCH(ExplorerSettings, settings);

    ExplorerState state;
    const ExplorerSettings before = state.settings();
    SignalCounts spies(&state);

    QCOMPARE(state.apply(settings).isEmpty(), false);
    QCOMPARE(state.settings(), before);
    QCOMPARE(state.maxout().pieces(), before.pieces);
    QCOMPARE(breakpointsOf(state), std::vector<double>{0.0});
    QCOMPARE(spies.fired(), (QMap<QString, int>{}));
}

void tst_ExplorerState::activationUsesCurrentParameters_data()
{
    QTest::addColumn<FunctionId>("id");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("z");
    QTest::addColumn<double>("expected");

    QTest::newRow("relu at -2") << FunctionId::Relu << 0.3 << -2.0 << 0.0;
    QTest::newRow("relu at 3") << FunctionId::Relu << 0.3 << 3.0 << 3.0;
    QTest::newRow("leaky 0.3 at -2") << FunctionId::Leaky << 0.3 << -2.0 << -0.6;
    QTest::newRow("leaky 0.01 at -2") << FunctionId::Leaky << 0.01 << -2.0 << -0.02;
    QTest::newRow("leaky 0.3 at 4") << FunctionId::Leaky << 0.3 << 4.0 << 4.0;
    QTest::newRow("maxout at -4") << FunctionId::Maxout << 0.3 << -4.0 << 2.0;
    QTest::newRow("maxout at 3") << FunctionId::Maxout << 0.3 << 3.0 << 3.0;
    QTest::newRow("softplus at 0") << FunctionId::Softplus << 0.3 << 0.0 << std::log(2.0);
    QTest::newRow("elu at 2") << FunctionId::Elu << 0.3 << 2.0 << 2.0;
    QTest::newRow("elu at -1") << FunctionId::Elu << 0.3 << -1.0 << std::exp(-1.0) - 1.0;
}

void tst_ExplorerState::activationUsesCurrentParameters()
{
    QFETCH(FunctionId, id);
    QFETCH(double, alpha);
    QFETCH(double, z);
    QFETCH(double, expected);

    ExplorerState state;
    QCOMPARE(state.setAlpha(alpha), QString());
    QCOMPARE(core::value(state.activation(id), z), expected);
}

void tst_ExplorerState::leakyDerivativeFollowsAlpha()
{
    ExplorerState state;
    QCOMPARE(state.setAlpha(0.3), QString());
    const core::Activation leaky = state.activation(FunctionId::Leaky);
    QCOMPARE(core::derivative(leaky, -2.0, KinkConvention::Left), 0.3);
    QCOMPARE(core::derivative(leaky, 0.0, KinkConvention::Left), 0.3);
    QCOMPARE(core::derivative(leaky, 0.0, KinkConvention::Right), 1.0);

    QCOMPARE(state.setSoftplusBeta(2.0), QString());
    QCOMPARE(core::value(state.activation(FunctionId::Softplus), 0.0), std::log(2.0) / 2.0);
}

void tst_ExplorerState::functionKeyRoundTrips_data()
{
    QTest::addColumn<FunctionId>("id");
    QTest::addColumn<QString>("key");

    QTest::newRow("relu") << FunctionId::Relu << "relu";
    QTest::newRow("leaky") << FunctionId::Leaky << "leaky";
    QTest::newRow("maxout") << FunctionId::Maxout << "maxout";
    QTest::newRow("softplus") << FunctionId::Softplus << "softplus";
    QTest::newRow("elu") << FunctionId::Elu << "elu";
    QTest::newRow("gelu") << FunctionId::Gelu << "gelu";
    QTest::newRow("silu") << FunctionId::Silu << "silu";
    QTest::newRow("sigmoid") << FunctionId::Sigmoid << "sigmoid";
    QTest::newRow("tanh") << FunctionId::Tanh << "tanh";
}

void tst_ExplorerState::functionKeyRoundTrips()
{
    QFETCH(FunctionId, id);
    QFETCH(QString, key);

    QCOMPARE(session::functionKey(id), key);
    QCOMPARE(session::functionFromKey(key), std::optional<FunctionId>(id));
    QCOMPARE(session::isRectifier(id),
             id == FunctionId::Relu || id == FunctionId::Leaky || id == FunctionId::Maxout);
}

void tst_ExplorerState::unknownFunctionKeyGivesNullopt_data()
{
    QTest::addColumn<QString>("key");

    QTest::newRow("empty") << "";
    QTest::newRow("swish") << "swish";
    QTest::newRow("capitalised Tanh") << "Tanh";
    QTest::newRow("leaky_relu") << "leaky_relu";
    QTest::newRow("display name") << "Leaky ReLU";
}

void tst_ExplorerState::unknownFunctionKeyGivesNullopt()
{
    QFETCH(QString, key);
    QCOMPARE(session::functionFromKey(key), std::optional<FunctionId>());
}

void tst_ExplorerState::pinFreezesCurrentParametersUnderALabel()
{
    session::ExplorerState state;
    QSignalSpy spy(&state, &session::ExplorerState::pinnedChanged);
    QCOMPARE(state.setAlpha(0.25), QString());
    QCOMPARE(state.pin(FunctionId::Leaky), QString());
    QCOMPARE(state.setAlpha(0.5), QString());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(state.pinned().size(), size_t(1));
    const session::PinnedCurve &pin = state.pinned().front();
    QCOMPARE(pin.label, QStringLiteral("Leaky ReLU, \u03b1 = 0.25"));
    // The pinned curve keeps alpha = 0.25 although the live one moved on.
    const auto a = pin.activation();
    QCOMPARE(core::value(a, -2.0), -0.5);
    QCOMPARE(core::value(state.activation(FunctionId::Leaky), -2.0), -1.0);
    state.unpin(0);
    QCOMPARE(spy.count(), 2);
    QVERIFY(state.pinned().empty());
    state.unpin(3);  // out of range: ignored
    QCOMPARE(spy.count(), 2);
}

void tst_ExplorerState::pinningBeyondTheLimitIsRejectedWithoutChange()
{
    session::ExplorerState state;
    for (int i = 0; i < session::ExplorerSettings::kMaxPinned; ++i)
        QCOMPARE(state.pin(FunctionId::Relu), QString());
    QSignalSpy spy(&state, &session::ExplorerState::pinnedChanged);
    QVERIFY(!state.pin(FunctionId::Maxout).isEmpty());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(state.pinned().size(), size_t(session::ExplorerSettings::kMaxPinned));
}

RELULAB_TEST_GUILESS_MAIN(tst_ExplorerState)
#include "tst_explorerstate.moc"
