// Tests the explorer's texts: number and piece formatting, the formula panel and the probe readout.
#include <QRegularExpression>
#include <QStringList>
#include <QTest>
#include <limits>

#include "core/KinkConvention.h"
#include "core/MaxoutPiece.h"
#include "session/ExplorerState.h"
#include "session/ExplorerText.h"
#include "session/FunctionId.h"
#include "support/MetaTypes.h"
#include "support/TestRegistry.h"
#include "support/TestValues.h"

using namespace relulab;
using core::KinkConvention;
using core::MaxoutPiece;
using session::ExplorerState;
using session::FunctionId;

namespace {

using relulab::test::kInf;
using relulab::test::kNaN;

const QString kMinus = QStringLiteral("\u2212");

// The text a reader sees: tags removed, entities for spaces turned into spaces.
QString visibleText(QString html)
{
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return html.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
}

// The probe's parts, one per function plus the leading "z = …", whatever the format.
QStringList probeParts(const ExplorerState &state, double z, bool html)
{
    if (!html) return probePlainText(state, z).split(QLatin1Char('\n'));
    QStringList parts = visibleText(probeHtml(state, z)).split(QStringLiteral("\u2502"));
    for (QString &part : parts)
        part = part.trimmed();
    return parts;
}

// The probe's part about the function with this display name, or an empty string.
QString probePart(const ExplorerState &state, double z, bool html, FunctionId id)
{
    const QString prefix = session::functionName(id) + QStringLiteral(":");
    for (const QString &part : probeParts(state, z, html)) {
        if (part.startsWith(prefix)) return part;
    }
    return {};
}

// Which function definitions the formula panel shows, e.g. "ReLU(z)", in panel order.
QStringList formulaFunctions(const ExplorerState &state)
{
    static const QRegularExpression definition(
        QStringLiteral("\\b(ReLU|LeakyReLU|Maxout|Softplus|ELU|GELU|SiLU|Sigmoid|Tanh)\\(z\\)"));
    QStringList names;
    auto it = definition.globalMatch(visibleText(formulaHtml(state)));
    while (it.hasNext())
        names << it.next().captured(1);
    return names;
}

}  // namespace

Q_DECLARE_METATYPE(MaxoutPiece)

class tst_ExplorerText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatNumberWritesNumbersAsPeopleDo_data();
    void formatNumberWritesNumbersAsPeopleDo();
    void formatPieceWritesAffineFunctions_data();
    void formatPieceWritesAffineFunctions();

    void formulaShowsDefaultLeakySlope();
    void formulaFollowsAlpha();
    void formulaGreysHiddenMaxoutPiece();
    void formulaListsOnlyVisibleFunctions_data();
    void formulaListsOnlyVisibleFunctions();
    void formulaSaysSomethingWhenNothingIsVisible();

    void probeNamesValueAndDerivative_data();
    void probeNamesValueAndDerivative();
    void probeStartsWithTheAbscissa_data();
    void probeStartsWithTheAbscissa();
    void probeOmitsHiddenFunctions_data();
    void probeOmitsHiddenFunctions();
};

void tst_ExplorerText::formatNumberWritesNumbersAsPeopleDo_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("negative zero") << -0.0 << "0";
    QTest::newRow("-0.5 with a true minus") << -0.5 << kMinus + "0.5";
    QTest::newRow("0.01") << 0.01 << "0.01";
    QTest::newRow("0.3") << 0.3 << "0.3";
    QTest::newRow("integer") << 2.0 << "2";
    QTest::newRow("-5") << -5.0 << kMinus + "5";
    QTest::newRow("4 significant digits") << 3.14159265 << "3.142";
    QTest::newRow("1234567 to 4 significant digits") << 1234567.0 << "1.235e6";
    QTest::newRow("NaN") << kNaN << "NaN";
    QTest::newRow("inf") << kInf << "\u221e";
    QTest::newRow("-inf") << -kInf << kMinus + "\u221e";
}

void tst_ExplorerText::formatNumberWritesNumbersAsPeopleDo()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(session::formatNumber(value), expected);
}

void tst_ExplorerText::formatPieceWritesAffineFunctions_data()
{
    QTest::addColumn<MaxoutPiece>("piece");
    QTest::addColumn<QString>("expected");

    QTest::newRow("z") << MaxoutPiece{1.0, 0.0} << "z";
    QTest::newRow("-z") << MaxoutPiece{-1.0, 0.0} << kMinus + "z";
    QTest::newRow("-0.5 z") << MaxoutPiece{-0.5, 0.0} << kMinus + "0.5\u00b7z";
    QTest::newRow("constant -5") << MaxoutPiece{0.0, -5.0} << kMinus + "5";
    QTest::newRow("2 z - 3") << MaxoutPiece{2.0, -3.0} << "2\u00b7z \u2212 3";
    QTest::newRow("z + 2") << MaxoutPiece{1.0, 2.0} << "z + 2";
    QTest::newRow("zero") << MaxoutPiece{0.0, 0.0} << "0";
}

void tst_ExplorerText::formatPieceWritesAffineFunctions()
{
    QFETCH(MaxoutPiece, piece);
    QFETCH(QString, expected);
    QCOMPARE(session::formatPiece(piece), expected);
}

void tst_ExplorerText::formulaShowsDefaultLeakySlope()
{
    const ExplorerState state;
    QCOMPARE(formulaHtml(state).contains(QStringLiteral("max(0.01\u00b7z, z)")), true);
}

void tst_ExplorerText::formulaFollowsAlpha()
{
    ExplorerState state;
    QCOMPARE(state.setAlpha(0.3), QString());
    const QString html = formulaHtml(state);
    QCOMPARE(html.contains(QStringLiteral("max(0.3\u00b7z, z)")), true);
    QCOMPARE(html.contains(QStringLiteral("0.01")), false);
}

void tst_ExplorerText::formulaGreysHiddenMaxoutPiece()
{
    // Of max(z, -0.5 z, -5) the constant -5 is never the maximum; the other two are.
    const ExplorerState state;
    const QString html = formulaHtml(state);
    static const QRegularExpression greyed(QStringLiteral("<span[^>]*color[^>]*>\u22125</span>"));
    QCOMPARE(greyed.match(html).hasMatch(), true);
    QCOMPARE(html.count(QStringLiteral("<span")), 1);
    QCOMPARE(
        visibleText(html).contains(QStringLiteral("Maxout(z) = max(z, \u22120.5\u00b7z, \u22125)")),
        true);
}

void tst_ExplorerText::formulaListsOnlyVisibleFunctions_data()
{
    QTest::addColumn<QList<FunctionId>>("visible");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("default rectifiers")
        << QList<FunctionId>{FunctionId::Relu, FunctionId::Leaky, FunctionId::Maxout}
        << QStringList{"ReLU", "LeakyReLU", "Maxout"};
    QTest::newRow("relu only") << QList<FunctionId>{FunctionId::Relu} << QStringList{"ReLU"};
    QTest::newRow("leaky only") << QList<FunctionId>{FunctionId::Leaky} << QStringList{"LeakyReLU"};
    QTest::newRow("maxout only") << QList<FunctionId>{FunctionId::Maxout} << QStringList{"Maxout"};
    QTest::newRow("smooth ones") << QList<FunctionId>{FunctionId::Softplus, FunctionId::Elu,
                                                      FunctionId::Gelu, FunctionId::Silu}
                                 << QStringList{"Softplus", "ELU", "GELU", "SiLU"};
    QTest::newRow("relu and gelu")
        << QList<FunctionId>{FunctionId::Relu, FunctionId::Gelu} << QStringList{"ReLU", "GELU"};
    QTest::newRow("saturating pair after relu")
        << QList<FunctionId>{FunctionId::Tanh, FunctionId::Relu, FunctionId::Sigmoid}
        << QStringList{"ReLU", "Sigmoid", "Tanh"};
}

void tst_ExplorerText::formulaListsOnlyVisibleFunctions()
{
    QFETCH(QList<FunctionId>, visible);
    QFETCH(QStringList, expected);

    ExplorerState state;
    for (FunctionId id : session::kAllFunctions)
        state.setVisible(id, visible.contains(id));
    QCOMPARE(formulaFunctions(state), expected);
}

void tst_ExplorerText::formulaSaysSomethingWhenNothingIsVisible()
{
    ExplorerState state;
    for (FunctionId id : session::kAllFunctions)
        state.setVisible(id, false);
    const QString html = formulaHtml(state);
    QCOMPARE(html.trimmed().isEmpty(), false);
    QCOMPARE(formulaFunctions(state), QStringList{});
}

void tst_ExplorerText::probeNamesValueAndDerivative_data()
{
    QTest::addColumn<bool>("html");
    QTest::addColumn<FunctionId>("id");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<KinkConvention>("convention");
    QTest::addColumn<double>("z");
    QTest::addColumn<QStringList>("expectedParts");
    QTest::addColumn<bool>("isKink");

    const QString m = kMinus;
    struct Row
    {
        const char *name;
        FunctionId id;
        double alpha;
        KinkConvention convention;
        double z;
        QStringList parts;
        bool isKink;
    };
    const QList<Row> rows = {
        {"relu kink left",
         FunctionId::Relu,
         0.01,
         KinkConvention::Left,
         0.0,
         {"f = 0", "\u2208 [0, 1]", "left convention takes 0"},
         true},
        {"relu kink right",
         FunctionId::Relu,
         0.01,
         KinkConvention::Right,
         0.0,
         {"f = 0", "\u2208 [0, 1]", "right convention takes 1"},
         true},
        {"relu kink mean",
         FunctionId::Relu,
         0.01,
         KinkConvention::Mean,
         0.0,
         {"f = 0", "\u2208 [0, 1]", "mean convention takes 0.5"},
         true},
        {"relu kink first",
         FunctionId::Relu,
         0.01,
         KinkConvention::First,
         0.0,
         {"f = 0", "\u2208 [0, 1]", "first convention takes 0"},
         true},
        {"relu at 2", FunctionId::Relu, 0.01, KinkConvention::Left, 2.0, {"f = 2", "= 1"}, false},
        {"relu at -3", FunctionId::Relu, 0.01, KinkConvention::Left, -3.0, {"f = 0", "= 0"}, false},
        {"leaky kink left",
         FunctionId::Leaky,
         0.01,
         KinkConvention::Left,
         0.0,
         {"f = 0", "\u2208 [0.01, 1]", "left convention takes 0.01"},
         true},
        {"leaky kink right",
         FunctionId::Leaky,
         0.01,
         KinkConvention::Right,
         0.0,
         {"\u2208 [0.01, 1]", "right convention takes 1"},
         true},
        {"leaky kink mean",
         FunctionId::Leaky,
         0.01,
         KinkConvention::Mean,
         0.0,
         {"\u2208 [0.01, 1]", "mean convention takes 0.505"},
         true},
        {"leaky kink first",
         FunctionId::Leaky,
         0.01,
         KinkConvention::First,
         0.0,
         {"\u2208 [0.01, 1]", "first convention takes 0.01"},
         true},
        {"leaky 0.3 at -2",
         FunctionId::Leaky,
         0.3,
         KinkConvention::Left,
         -2.0,
         {"f = " + m + "0.6", "= 0.3"},
         false},
        {"leaky alpha 1 has no kink",
         FunctionId::Leaky,
         1.0,
         KinkConvention::Left,
         0.0,
         {"f = 0", "= 1"},
         false},
        {"maxout breakpoint left",
         FunctionId::Maxout,
         0.01,
         KinkConvention::Left,
         0.0,
         {"f = 0", "\u2208 [" + m + "0.5, 1]", "left convention takes " + m + "0.5"},
         true},
        {"maxout breakpoint right",
         FunctionId::Maxout,
         0.01,
         KinkConvention::Right,
         0.0,
         {"\u2208 [" + m + "0.5, 1]", "right convention takes 1"},
         true},
        {"maxout breakpoint mean",
         FunctionId::Maxout,
         0.01,
         KinkConvention::Mean,
         0.0,
         {"\u2208 [" + m + "0.5, 1]", "mean convention takes 0.25"},
         true},
        // max(z, -0.5 z, -5): the tie goes to z, the first piece, as in PyTorch.
        {"maxout breakpoint first",
         FunctionId::Maxout,
         0.01,
         KinkConvention::First,
         0.0,
         {"\u2208 [" + m + "0.5, 1]", "first convention takes 1"},
         true},
        {"maxout at -4 first",
         FunctionId::Maxout,
         0.01,
         KinkConvention::First,
         -4.0,
         {"f = 2", "= " + m + "0.5"},
         false},
        {"maxout at -4",
         FunctionId::Maxout,
         0.01,
         KinkConvention::Left,
         -4.0,
         {"f = 2", "= " + m + "0.5"},
         false},
    };
    for (const bool html : {false, true}) {
        for (const Row &row : rows) {
            QTest::addRow("%s %s", html ? "html" : "plain", row.name)
                << html << row.id << row.alpha << row.convention << row.z << row.parts
                << row.isKink;
        }
    }
}

void tst_ExplorerText::probeNamesValueAndDerivative()
{
    QFETCH(bool, html);
    QFETCH(FunctionId, id);
    QFETCH(double, alpha);
    QFETCH(KinkConvention, convention);
    QFETCH(double, z);
    QFETCH(QStringList, expectedParts);
    QFETCH(bool, isKink);

    ExplorerState state;
    QCOMPARE(state.setAlpha(alpha), QString());
    state.setConvention(convention);

    const QString part = probePart(state, z, html, id);
    QVERIFY2(!part.isEmpty(), qPrintable(probePlainText(state, z)));
    for (const QString &expected : expectedParts) {
        QVERIFY2(part.contains(expected), qPrintable(part + QStringLiteral(" lacks ") + expected));
    }
    QCOMPARE(part.contains(QStringLiteral("kink")), isKink);
    QCOMPARE(part.contains(QStringLiteral("\u2208")), isKink);
}

void tst_ExplorerText::probeStartsWithTheAbscissa_data()
{
    QTest::addColumn<bool>("html");
    QTest::newRow("plain") << false;
    QTest::newRow("html") << true;
}

void tst_ExplorerText::probeStartsWithTheAbscissa()
{
    QFETCH(bool, html);
    const ExplorerState state;
    QCOMPARE(probeParts(state, -1.5, html).value(0), "z = " + kMinus + "1.5");
}

void tst_ExplorerText::probeOmitsHiddenFunctions_data()
{
    QTest::addColumn<bool>("html");
    QTest::addColumn<QList<FunctionId>>("visible");

    for (const bool html : {false, true}) {
        const char *format = html ? "html" : "plain";
        QTest::addRow("%s default", format)
            << html << QList<FunctionId>{FunctionId::Relu, FunctionId::Leaky, FunctionId::Maxout};
        QTest::addRow("%s relu only", format) << html << QList<FunctionId>{FunctionId::Relu};
        QTest::addRow("%s leaky only", format) << html << QList<FunctionId>{FunctionId::Leaky};
        QTest::addRow("%s maxout and softplus", format)
            << html << QList<FunctionId>{FunctionId::Maxout, FunctionId::Softplus};
        QTest::addRow("%s none", format) << html << QList<FunctionId>{};
    }
}

void tst_ExplorerText::probeOmitsHiddenFunctions()
{
    QFETCH(bool, html);
    QFETCH(QList<FunctionId>, visible);

    ExplorerState state;
    for (FunctionId id : session::kAllFunctions)
        state.setVisible(id, visible.contains(id));

    const QStringList parts = probeParts(state, 0.0, html);
    QCOMPARE(parts.size(), visible.size() + 1);
    for (FunctionId id : session::kAllFunctions) {
        QCOMPARE(probePart(state, 0.0, html, id).isEmpty(), !visible.contains(id));
    }
}

RELULAB_TEST_GUILESS_MAIN(tst_ExplorerText)
#include "tst_explorertext.moc"
