// The status line: its own small markup laid out as QTextDocument lays out the same HTML, and any
// other markup left to QTextDocument.
#include <QTextDocument>
#include <QtTest>

#include "gui/common/StatusLine.h"
#include "support/TestRegistry.h"

using relulab::gui::StatusLine;

namespace {

// A training status as TrainingTab writes it (the dead units in the error colour).
const QString kStatus = QStringLiteral(
    "step <b>12,340</b> &nbsp;\u00b7&nbsp; loss <b>0.1997</b> (test 0.2811) &nbsp;\u00b7&nbsp; "
    "test accuracy <b>86%</b> &nbsp;\u00b7&nbsp; <span style='color:#b00020'>dead <b>1 / "
    "16</b> (6%)</span> &nbsp;\u00b7&nbsp; starved <b>2</b> &nbsp;\u00b7&nbsp; 61,230 "
    "examples/s");

// How many lines QTextDocument needs for the HTML in the status line's font and width.
int documentLines(const StatusLine &line, const QString &html)
{
    QTextDocument doc;
    doc.setDocumentMargin(3);
    doc.setDefaultFont(line.font());
    doc.setHtml(html);
    doc.setTextWidth(line.width());
    const double height = doc.size().height() - 6;
    return std::max(2, int(std::lround(height / QFontMetricsF(line.font()).lineSpacing())));
}

int darkPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qGray(image.pixel(x, y)) < 128;
    return n;
}

}  // namespace

class tst_StatusLine : public QObject
{
    Q_OBJECT

private slots:
    void parsesItsOwnMarkup()
    {
        const auto marked = StatusLine::parseMarkup(
            QStringLiteral("  step <b>1,200</b> &nbsp;\u00b7&nbsp;\n <span "
                           "style='color:#b00020'>dead <b>3 / 16</b></span> &lt;&amp;&gt;"));
        QVERIFY(marked);
        const QString nbsp(QChar(0x00A0));
        QCOMPARE(marked->text, QStringLiteral("step 1,200 ") + nbsp + QStringLiteral("\u00b7") +
                                   nbsp + QStringLiteral(" dead 3 / 16 <&>"));
        // Bold "1,200"; red "dead "; red and bold "3 / 16".
        QCOMPARE(marked->formats.size(), 3);
        QCOMPARE(marked->formats[0].start, 5);
        QCOMPARE(marked->formats[0].length, 5);
        QCOMPARE(marked->formats[0].format.fontWeight(), int(QFont::Bold));
        const qsizetype dead = marked->text.indexOf(QStringLiteral("dead"));
        QCOMPARE(marked->formats[1].start, dead);
        QCOMPARE(marked->formats[1].length, 5);
        QCOMPARE(marked->formats[1].format.foreground().color(), QColor(0xb0, 0x00, 0x20));
        QVERIFY(marked->formats[1].format.fontWeight() != int(QFont::Bold));
        QCOMPARE(marked->formats[2].start, dead + 5);
        QCOMPARE(marked->formats[2].length, 6);
        QCOMPARE(marked->formats[2].format.foreground().color(), QColor(0xb0, 0x00, 0x20));
        QCOMPARE(marked->formats[2].format.fontWeight(), int(QFont::Bold));
    }

    void leavesOtherMarkupToQTextDocument_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("italic") << QStringLiteral("a <i>b</i>");
        QTest::newRow("line break") << QStringLiteral("a<br>b");
        QTest::newRow("other entity") << QStringLiteral("a &hellip;");
        QTest::newRow("unclosed tag") << QStringLiteral("a <b");
        QTest::newRow("unbalanced end") << QStringLiteral("a </b>");
        QTest::newRow("span without colour")
            << QStringLiteral("<span style='font-size:9pt'>a</span>");
    }

    void leavesOtherMarkupToQTextDocument()
    {
        QFETCH(QString, html);
        QVERIFY(!StatusLine::parseMarkup(html));
        // Still shown, and described without its markup.
        StatusLine line;
        line.resize(400, 60);
        line.setText(html);
        QTextDocument doc;
        doc.setHtml(html);
        QCOMPARE(line.accessibleDescription(), doc.toPlainText());
    }

    // As many lines as QTextDocument lays the same HTML out in, at widths from wide to narrow,
    // and the same words for screen readers.
    void wrapsAsQTextDocumentDoes()
    {
        for (int width = 200; width <= 1400; width += 5) {
            StatusLine line;
            line.resize(width, 40);
            line.setText(kStatus);
            QVERIFY2(line.lines() == documentLines(line, kStatus),
                     qPrintable(QString::number(width)));
            QTextDocument doc;
            doc.setHtml(kStatus);
            QCOMPARE(line.accessibleDescription(), doc.toPlainText());
        }
    }

    // A word wider than the line (as a long run of Chinese, which has no spaces) is broken where
    // QTextDocument breaks it: it lays out and draws such a text.
    void breaksAWordWiderThanTheLineAsQTextDocumentDoes()
    {
        const QString html = QStringLiteral(
            "step <b>5</b> &nbsp;\u00b7&nbsp; "
            "Rinderkennzeichnungsfleischetikettierungsueberwachungsaufgabenuebertragungsgesetz");
        for (int width = 120; width <= 900; width += 20) {
            StatusLine line;
            line.resize(width, 40);
            line.setText(html);
            QVERIFY2(line.lines() == documentLines(line, html), qPrintable(QString::number(width)));
        }
        StatusLine line;
        line.resize(160, line.sizeHint().height());
        line.setText(html);
        line.resize(160, line.sizeHint().height());
        const QImage image = line.grab().toImage();
        // Ink on every line the height was made for: the long word goes on below the first.
        for (int l = 0; l < line.lines(); ++l) {
            const int top = 3 + l * line.fontMetrics().lineSpacing();
            QVERIFY(darkPixels(image.copy(0, top, 160, line.fontMetrics().height())) > 10);
        }
    }

    // The text is painted, in the error colour where marked, and a new text replaces the old.
    void paintsTheTextAndItsColours()
    {
        StatusLine line;
        line.resize(900, line.sizeHint().height());
        line.setText(kStatus);
        const QImage image = line.grab().toImage();
        QVERIFY(darkPixels(image) > 300);
        int red = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                red += c.red() > 120 && c.green() < 60 && c.blue() < 80;
            }
        QVERIFY2(red > 40, qPrintable(QString::number(red)));
        line.setText(QStringLiteral("step <b>1</b>"));
        const QImage shorter = line.grab().toImage();
        QVERIFY(darkPixels(shorter) < darkPixels(image) / 5);
        QVERIFY(darkPixels(shorter) > 10);
    }
};

RELULAB_TEST_MAIN(tst_StatusLine)
#include "tst_statusline.moc"
