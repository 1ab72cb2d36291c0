// Tests the locale-independent parsers and exact formatters in core/TextParsing.
#include <QtTest>

#include <bit>
#include <climits>
#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "core/MaxoutPiece.h"
#include "core/TextParsing.h"
#include "support/ExactReal.h"
#include "support/TestRegistry.h"
#include "support/TestValues.h"

using namespace relulab::core;

using relulab::test::exact;

namespace {

using Pieces = std::vector<MaxoutPiece>;

// Pieces as text with 17 significant digits (independent of formatExact), for exact comparison
// with a readable failure message.

QByteArray bytes(const std::string &s)
{
    return QByteArray::fromStdString(s);
}

}  // namespace

class tst_TextParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseFiniteDoubleAcceptsDecimalNumbers_data();
    void parseFiniteDoubleAcceptsDecimalNumbers();
    void parseFiniteDoubleRejectsOtherText_data();
    void parseFiniteDoubleRejectsOtherText();
    void parseIntAcceptsOnlyWholeNumbersInBounds_data();
    void parseIntAcceptsOnlyWholeNumbersInBounds();
    void parseRangeNeedsTwoFiniteNumbersInOrder_data();
    void parseRangeNeedsTwoFiniteNumbersInOrder();
    void parseMaxoutPiecesReadsOneToEightPairs_data();
    void parseMaxoutPiecesReadsOneToEightPairs();
    void parseSizeReadsWidthByHeight_data();
    void parseSizeReadsWidthByHeight();
    void formatExactPrintsSeventeenDigits_data();
    void formatExactPrintsSeventeenDigits();
    void formatExactRoundTripsThroughParser_data();
    void formatExactRoundTripsThroughParser();
    void formatMaxoutPiecesRoundTripsThroughParser_data();
    void formatMaxoutPiecesRoundTripsThroughParser();
};

// ---------------------------------------------------------------------------------------------
// parseFiniteDouble

void tst_TextParsing::parseFiniteDoubleAcceptsDecimalNumbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("expected");

    QTest::newRow("0.01") << QByteArray("0.01") << 0.01;
    QTest::newRow("spaces around -1e-3") << QByteArray(" -1e-3 ") << -1e-3;
    QTest::newRow("leading plus") << QByteArray("+2") << 2.0;
    QTest::newRow("tab and newline") << QByteArray("\t3.5\n") << 3.5;
    QTest::newRow("0") << QByteArray("0") << 0.0;
    QTest::newRow("-0 keeps its sign") << QByteArray("-0") << -0.0;
    QTest::newRow("upper-case exponent") << QByteArray("1E2") << 100.0;
    QTest::newRow("no leading digit") << QByteArray(".5") << 0.5;
    QTest::newRow("no trailing digit") << QByteArray("5.") << 5.0;
    QTest::newRow("0.1 rounds to nearest") << QByteArray("0.1") << 0.1;
    QTest::newRow("largest double")
        << QByteArray("1.7976931348623157e308") << std::numeric_limits<double>::max();
    QTest::newRow("smallest subnormal")
        << QByteArray("4.9406564584124654e-324") << std::numeric_limits<double>::denorm_min();
}

void tst_TextParsing::parseFiniteDoubleAcceptsDecimalNumbers()
{
    QFETCH(QByteArray, text);
    QFETCH(double, expected);

    const Parsed<double> parsed = parseFiniteDouble(text.toStdString());
    QCOMPARE(bool(parsed), true);
    QCOMPARE(bytes(parsed.error), QByteArray());
    QCOMPARE(exact(*parsed.value), exact(expected));
    QCOMPARE(std::signbit(*parsed.value), std::signbit(expected));
}

void tst_TextParsing::parseFiniteDoubleRejectsOtherText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("error");

    QTest::newRow("word") << QByteArray("abc") << QByteArray("expected a number, got 'abc'");
    QTest::newRow("empty") << QByteArray("") << QByteArray("expected a number, got nothing");
    QTest::newRow("only spaces") << QByteArray("   ")
                                 << QByteArray("expected a number, got nothing");
    QTest::newRow("trailing junk")
        << QByteArray("1.5x") << QByteArray("expected a number, got '1.5x'");
    QTest::newRow("trailing junk, spaces kept in message")
        << QByteArray(" 1.5x ") << QByteArray("expected a number, got ' 1.5x '");
    QTest::newRow("decimal comma")
        << QByteArray("1,5") << QByteArray("expected a number, got '1,5'");
    QTest::newRow("two numbers") << QByteArray("1 2") << QByteArray("expected a number, got '1 2'");
    QTest::newRow("hex") << QByteArray("0x10") << QByteArray("expected a number, got '0x10'");
    QTest::newRow("only plus") << QByteArray("+") << QByteArray("expected a number, got '+'");
    QTest::newRow("double plus") << QByteArray("++2") << QByteArray("expected a number, got '++2'");
    QTest::newRow("plus then minus")
        << QByteArray("+-2") << QByteArray("expected a number, got '+-2'");
    QTest::newRow("overflow") << QByteArray("1e400")
                              << QByteArray("expected a number, got '1e400'");
    QTest::newRow("inf") << QByteArray("inf") << QByteArray("expected a finite number, got 'inf'");
    QTest::newRow("-inf") << QByteArray("-inf")
                          << QByteArray("expected a finite number, got '-inf'");
    QTest::newRow("nan") << QByteArray("nan") << QByteArray("expected a finite number, got 'nan'");
}

void tst_TextParsing::parseFiniteDoubleRejectsOtherText()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, error);

    const Parsed<double> parsed = parseFiniteDouble(text.toStdString());
    QCOMPARE(parsed.value.has_value(), false);
    QCOMPARE(bytes(parsed.error), error);
}

// ---------------------------------------------------------------------------------------------
// parseInt

void tst_TextParsing::parseIntAcceptsOnlyWholeNumbersInBounds_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QByteArray>("error");  // empty when the text is accepted

    const QByteArray oneToTen = "expected a whole number between 1 and 10, got ";
    QTest::newRow("inside") << QByteArray("5") << 1 << 10 << 5 << QByteArray();
    QTest::newRow("at min") << QByteArray("1") << 1 << 10 << 1 << QByteArray();
    QTest::newRow("at max") << QByteArray("10") << 1 << 10 << 10 << QByteArray();
    QTest::newRow("spaces") << QByteArray(" 7 ") << 1 << 10 << 7 << QByteArray();
    QTest::newRow("negative") << QByteArray("-3") << -5 << 5 << -3 << QByteArray();
    QTest::newRow("INT_MIN") << QByteArray("-2147483648") << INT_MIN << INT_MAX << INT_MIN
                             << QByteArray();
    QTest::newRow("INT_MAX") << QByteArray("2147483647") << INT_MIN << INT_MAX << INT_MAX
                             << QByteArray();
    QTest::newRow("below min") << QByteArray("0") << 1 << 10 << 0 << oneToTen + "'0'";
    QTest::newRow("above max") << QByteArray("11") << 1 << 10 << 0 << oneToTen + "'11'";
    QTest::newRow("fraction") << QByteArray("7.5") << 1 << 10 << 0 << oneToTen + "'7.5'";
    QTest::newRow("exponent") << QByteArray("1e1") << 1 << 10 << 0 << oneToTen + "'1e1'";
    QTest::newRow("empty") << QByteArray("") << 1 << 10 << 0 << oneToTen + "''";
    QTest::newRow("word") << QByteArray("abc") << 1 << 10 << 0 << oneToTen + "'abc'";
    QTest::newRow("beyond int") << QByteArray("2147483648") << INT_MIN << INT_MAX << 0
                                << QByteArray(
                                       "expected a whole number between -2147483648 and "
                                       "2147483647, got '2147483648'");
    QTest::newRow("beyond long long") << QByteArray("99999999999999999999") << 1 << 10 << 0
                                      << oneToTen + "'99999999999999999999'";
}

void tst_TextParsing::parseIntAcceptsOnlyWholeNumbersInBounds()
{
    QFETCH(QByteArray, text);
    QFETCH(int, min);
    QFETCH(int, max);
    QFETCH(int, expected);
    QFETCH(QByteArray, error);

    const Parsed<int> parsed = parseInt(text.toStdString(), min, max);
    QCOMPARE(bytes(parsed.error), error);
    QCOMPARE(parsed.value.has_value(), error.isEmpty());
    if (parsed.value) QCOMPARE(*parsed.value, expected);
}

// ---------------------------------------------------------------------------------------------
// parseRange

void tst_TextParsing::parseRangeNeedsTwoFiniteNumbersInOrder_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<QByteArray>("error");  // empty when the text is accepted

    QTest::newRow("-10:10") << QByteArray("-10:10") << -10.0 << 10.0 << QByteArray();
    QTest::newRow("spaces") << QByteArray(" -1.5 : 2 ") << -1.5 << 2.0 << QByteArray();
    QTest::newRow("tiny span") << QByteArray("0:1e-3") << 0.0 << 1e-3 << QByteArray();
    QTest::newRow("plus signs") << QByteArray("+1:+2") << 1.0 << 2.0 << QByteArray();
    QTest::newRow("reversed") << QByteArray("3:1") << 0.0 << 0.0
                              << QByteArray("expected LO < HI in LO:HI, got '3:1'");
    QTest::newRow("empty span") << QByteArray("1:1") << 0.0 << 0.0
                                << QByteArray("expected LO < HI in LO:HI, got '1:1'");
    QTest::newRow("words") << QByteArray("a:b") << 0.0 << 0.0
                           << QByteArray("LO in LO:HI: expected a number, got 'a'");
    QTest::newRow("bad HI") << QByteArray("1:b") << 0.0 << 0.0
                            << QByteArray("HI in LO:HI: expected a number, got 'b'");
    QTest::newRow("missing LO") << QByteArray(":1") << 0.0 << 0.0
                                << QByteArray("LO in LO:HI: expected a number, got nothing");
    QTest::newRow("infinite LO") << QByteArray("-inf:1") << 0.0 << 0.0
                                 << QByteArray("LO in LO:HI: expected a finite number, got '-inf'");
    QTest::newRow("one number") << QByteArray("5") << 0.0 << 0.0
                                << QByteArray("expected LO:HI, got '5'");
    QTest::newRow("three numbers")
        << QByteArray("1:2:3") << 0.0 << 0.0 << QByteArray("expected LO:HI, got '1:2:3'");
    QTest::newRow("empty") << QByteArray("") << 0.0 << 0.0 << QByteArray("expected LO:HI, got ''");
}

void tst_TextParsing::parseRangeNeedsTwoFiniteNumbersInOrder()
{
    QFETCH(QByteArray, text);
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(QByteArray, error);

    const Parsed<Range> parsed = parseRange(text.toStdString());
    QCOMPARE(bytes(parsed.error), error);
    QCOMPARE(parsed.value.has_value(), error.isEmpty());
    if (parsed.value) {
        QCOMPARE(exact(parsed.value->lo), exact(lo));
        QCOMPARE(exact(parsed.value->hi), exact(hi));
    }
    if (error.startsWith("expected LO < HI"))
        QCOMPARE(bytes(parsed.error).contains("LO < HI"), true);
}

// ---------------------------------------------------------------------------------------------
// parseMaxoutPieces

void tst_TextParsing::parseMaxoutPiecesReadsOneToEightPairs_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Pieces>("expected");
    QTest::addColumn<QByteArray>("error");  // empty when the text is accepted

    const Pieces explorer = {{1.0, 0.0}, {-0.5, 0.0}, {0.0, -5.0}};
    QTest::newRow("three pieces") << QByteArray("1,0;-0.5,0;0,-5") << explorer << QByteArray();
    QTest::newRow("trailing ';'") << QByteArray("1,0;-0.5,0;0,-5;") << explorer << QByteArray();
    QTest::newRow("one piece, trailing ';'")
        << QByteArray("1,0;") << Pieces{{1.0, 0.0}} << QByteArray();
    QTest::newRow("spaces") << QByteArray(" 1 , 0 ; 2 , 3 ") << Pieces{{1.0, 0.0}, {2.0, 3.0}}
                            << QByteArray();
    QTest::newRow("exact decimals")
        << QByteArray("0.1,-1e-3") << Pieces{{0.1, -1e-3}} << QByteArray();
    QTest::newRow("eight pieces") << QByteArray("1,0;2,0;3,0;4,0;5,0;6,0;7,0;8,-1")
                                  << Pieces{{1, 0}, {2, 0}, {3, 0}, {4, 0},
                                            {5, 0}, {6, 0}, {7, 0}, {8, -1}}
                                  << QByteArray();
    QTest::newRow("empty") << QByteArray("") << Pieces{}
                           << QByteArray("piece 1: expected SLOPE,INTERCEPT, got ''");
    QTest::newRow("only ';'") << QByteArray(";") << Pieces{}
                              << QByteArray("piece 1: expected SLOPE,INTERCEPT, got ''");
    QTest::newRow("no intercepts") << QByteArray("1;2") << Pieces{}
                                   << QByteArray("piece 1: expected SLOPE,INTERCEPT, got '1'");
    QTest::newRow("bad intercept") << QByteArray("1,x") << Pieces{}
                                   << QByteArray("piece 1 intercept: expected a number, got 'x'");
    QTest::newRow("bad slope") << QByteArray("x,1") << Pieces{}
                               << QByteArray("piece 1 slope: expected a number, got 'x'");
    QTest::newRow("second piece short") << QByteArray("1,0;2") << Pieces{}
                                        << QByteArray("piece 2: expected SLOPE,INTERCEPT, got '2'");
    QTest::newRow("empty middle piece") << QByteArray("1,0;;") << Pieces{}
                                        << QByteArray("piece 2: expected SLOPE,INTERCEPT, got ''");
    QTest::newRow("three numbers") << QByteArray("1,2,3") << Pieces{}
                                   << QByteArray("piece 1: expected SLOPE,INTERCEPT, got '1,2,3'");
    QTest::newRow("NaN slope") << QByteArray("1,0;nan,0") << Pieces{}
                               << QByteArray("piece 2 slope: expected a finite number, got 'nan'");
    QTest::newRow("nine pieces") << QByteArray("1,0;2,0;3,0;4,0;5,0;6,0;7,0;8,0;9,0") << Pieces{}
                                 << QByteArray("expected 1 to 8 pieces, got 9");
}

void tst_TextParsing::parseMaxoutPiecesReadsOneToEightPairs()
{
    QFETCH(QByteArray, text);
    QFETCH(Pieces, expected);
    QFETCH(QByteArray, error);

    const Parsed<Pieces> parsed = parseMaxoutPieces(text.toStdString());
    QCOMPARE(bytes(parsed.error), error);
    QCOMPARE(parsed.value.has_value(), error.isEmpty());
    if (parsed.value)
        QCOMPARE(relulab::test::describePieces(*parsed.value),
                 relulab::test::describePieces(expected));
}

// ---------------------------------------------------------------------------------------------
// parseSize

void tst_TextParsing::parseSizeReadsWidthByHeight_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<QByteArray>("error");  // empty when the text is accepted

    const QByteArray bounds = "expected a whole number between 1 and 10000, got ";
    QTest::newRow("1280x720") << QByteArray("1280x720") << 1280 << 720 << QByteArray();
    QTest::newRow("upper-case X") << QByteArray("1280X720") << 1280 << 720 << QByteArray();
    QTest::newRow("spaces") << QByteArray(" 640 x 480 ") << 640 << 480 << QByteArray();
    QTest::newRow("bounds") << QByteArray("1x10000") << 1 << 10000 << QByteArray();
    QTest::newRow("zero width") << QByteArray("0x10") << 0 << 0
                                << "width in WxH: " + bounds + "'0'";
    QTest::newRow("zero height") << QByteArray("10x0") << 0 << 0
                                 << "height in WxH: " + bounds + "'0'";
    QTest::newRow("too wide") << QByteArray("20000x10") << 0 << 0
                              << "width in WxH: " + bounds + "'20000'";
    QTest::newRow("letters") << QByteArray("axb") << 0 << 0 << "width in WxH: " + bounds + "'a'";
    QTest::newRow("no x") << QByteArray("1280") << 0 << 0 << QByteArray("expected WxH, got '1280'");
    QTest::newRow("only x") << QByteArray("x") << 0 << 0 << "width in WxH: " + bounds + "''";
    QTest::newRow("three numbers")
        << QByteArray("1280x720x3") << 0 << 0 << "height in WxH: " + bounds + "'720x3'";
}

void tst_TextParsing::parseSizeReadsWidthByHeight()
{
    QFETCH(QByteArray, text);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(QByteArray, error);

    const Parsed<Size> parsed = parseSize(text.toStdString(), 1, 10000);
    QCOMPARE(bytes(parsed.error), error);
    QCOMPARE(parsed.value.has_value(), error.isEmpty());
    if (parsed.value) {
        QCOMPARE(parsed.value->width, width);
        QCOMPARE(parsed.value->height, height);
    }
}

// ---------------------------------------------------------------------------------------------
// formatExact and formatMaxoutPieces

void tst_TextParsing::formatExactPrintsSeventeenDigits_data()
{
    QTest::addColumn<double>("v");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("0.1") << 0.1 << QByteArray("0.10000000000000001");
    QTest::newRow("0.3") << 0.3 << QByteArray("0.29999999999999999");
    QTest::newRow("1/3") << 1.0 / 3.0 << QByteArray("0.33333333333333331");
    QTest::newRow("0") << 0.0 << QByteArray("0");
    QTest::newRow("-0.0 keeps its sign") << -0.0 << QByteArray("-0");
    QTest::newRow("1") << 1.0 << QByteArray("1");
    QTest::newRow("-2.5") << -2.5 << QByteArray("-2.5");
    QTest::newRow("1e-300") << 1e-300 << QByteArray("1e-300");
    QTest::newRow("1e21") << 1e21 << QByteArray("1e+21");
    QTest::newRow("largest") << std::numeric_limits<double>::max()
                             << QByteArray("1.7976931348623157e+308");
    QTest::newRow("smallest subnormal")
        << std::numeric_limits<double>::denorm_min() << QByteArray("4.9406564584124654e-324");
}

void tst_TextParsing::formatExactPrintsSeventeenDigits()
{
    QFETCH(double, v);
    QFETCH(QByteArray, expected);
    QCOMPARE(bytes(formatExact(v)), expected);
}

void tst_TextParsing::formatExactRoundTripsThroughParser_data()
{
    QTest::addColumn<int>("distribution");  // 0 raw bit patterns, 1 uniform, 2 log-uniform

    QTest::newRow("random bit patterns") << 0;
    QTest::newRow("uniform in [-1000, 1000]") << 1;
    QTest::newRow("magnitudes 1e-300 .. 1e300, both signs") << 2;
}

void tst_TextParsing::formatExactRoundTripsThroughParser()
{
    QFETCH(int, distribution);

    std::mt19937_64 rng(20240501u + static_cast<unsigned>(distribution));
    std::uniform_real_distribution<double> uniform(-1000.0, 1000.0);
    std::uniform_real_distribution<double> exponent(-300.0, 300.0);
    int checked = 0;
    while (checked < 1000) {
        double v = 0.0;
        if (distribution == 0) {
            v = std::bit_cast<double>(rng());
            if (!std::isfinite(v)) continue;
        } else if (distribution == 1) {
            v = uniform(rng);
        } else {
            v = std::pow(10.0, exponent(rng)) * ((rng() & 1u) ? -1.0 : 1.0);
        }
        const std::string text = formatExact(v);
        const Parsed<double> parsed = parseFiniteDouble(text);
        QCOMPARE(bytes(parsed.error), QByteArray());
        // Bit-identical, so the sign of zero and the last ulp both survive.
        QCOMPARE(std::bit_cast<quint64>(*parsed.value), std::bit_cast<quint64>(v));
        ++checked;
    }
    QCOMPARE(checked, 1000);
}

void tst_TextParsing::formatMaxoutPiecesRoundTripsThroughParser_data()
{
    QTest::addColumn<Pieces>("pieces");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("relu") << Pieces{{1.0, 0.0}, {-0.5, 0.0}} << QByteArray("1,0;-0.5,0");
    QTest::newRow("explorer default")
        << Pieces{{1.0, 0.0}, {-0.5, 0.0}, {0.0, -5.0}} << QByteArray("1,0;-0.5,0;0,-5");
    QTest::newRow("inexact decimals")
        << Pieces{{0.1, -0.3}} << QByteArray("0.10000000000000001,-0.29999999999999999");
    QTest::newRow("negative zero") << Pieces{{-0.0, 2.0}} << QByteArray("-0,2");
    QTest::newRow("extremes") << Pieces{{1e-300, -1.7976931348623157e308}}
                              << QByteArray("1e-300,-1.7976931348623157e+308");
    QTest::newRow("eight tangents") << Pieces{{-7, -12.25}, {-5, -6.25}, {-3, -2.25}, {-1, -0.25},
                                              {1, -0.25},   {3, -2.25},  {5, -6.25},  {7, -12.25}}
                                    << QByteArray(
                                           "-7,-12.25;-5,-6.25;-3,-2.25;-1,-0.25;1,-0.25;3,-2.25;"
                                           "5,-6.25;7,-12.25");
}

void tst_TextParsing::formatMaxoutPiecesRoundTripsThroughParser()
{
    QFETCH(Pieces, pieces);
    QFETCH(QByteArray, text);

    const std::string formatted = formatMaxoutPieces(pieces);
    QCOMPARE(bytes(formatted), text);
    const Parsed<Pieces> parsed = parseMaxoutPieces(formatted);
    QCOMPARE(bytes(parsed.error), QByteArray());
    QCOMPARE(relulab::test::describePieces(*parsed.value), relulab::test::describePieces(pieces));
    for (size_t i = 0; i < pieces.size(); ++i) {
        QCOMPARE(std::signbit((*parsed.value)[i].slope), std::signbit(pieces[i].slope));
    }
}

RELULAB_TEST_APPLESS_MAIN(tst_TextParsing)
#include "tst_textparsing.moc"
