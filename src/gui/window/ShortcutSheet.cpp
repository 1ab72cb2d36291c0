// The shortcut sheet's HTML: a group per menu, then the keys of the plot and of the controls.
#include "gui/window/ShortcutSheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace relulab::gui {

namespace {

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("\u2026"))) text.chop(1);
    return text;
}

// One line of the sheet: keys, what they do, and the action's tooltip; or a group's heading.
struct Row
{
    QStringList keys;  // shown bold, joined by "or"
    QString keysSuffix;
    QString what;
    QString detail;
    bool heading = false;
};

// The rows of a menu and its submenus ("Convention at kinks \u25b8 Left").
void menuRows(const QMenu *menu, const QString &prefix, std::vector<Row> &rows)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator()) continue;
        if (const QMenu *sub = action->menu()) {
            menuRows(sub, prefix + plain(sub->title()) + QStringLiteral(" \u25b8 "), rows);
            continue;
        }
        if (action->shortcuts().isEmpty()) continue;
        Row row;
        for (const QKeySequence &key : action->shortcuts())
            row.keys << key.toString(QKeySequence::NativeText);
        row.what = prefix + plain(action->text());
        row.detail = action->toolTip();
        rows.push_back(row);
    }
}

// One table for all groups, so that the columns line up; the first two columns as wide as their
// widest entry (Qt's tables otherwise share the width out evenly), the descriptions wrap.
QString sheetHtml(const std::vector<Row> &rows, const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF metrics(font);
    const QString orWord = ShortcutSheet::tr(" or ");
    double keysWidth = 0, whatWidth = 0;
    for (const Row &row : rows) {
        if (row.heading) continue;
        double width = metrics.horizontalAdvance(row.keysSuffix);
        for (const QString &k : row.keys)
            width += boldMetrics.horizontalAdvance(k);
        width += metrics.horizontalAdvance(orWord) * (row.keys.size() - 1);
        keysWidth = std::max(keysWidth, width);
        whatWidth = std::max(whatWidth, metrics.horizontalAdvance(row.what));
    }
    const double gap = metrics.averageCharWidth() * 3;
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=2>");
    bool first = true;
    for (const Row &row : rows) {
        if (row.heading) {
            html += QStringLiteral("<tr><td colspan=3>%1<big><b>%2</b></big></td></tr>")
                        .arg(first ? QString() : QStringLiteral("<br>"), row.what.toHtmlEscaped());
            first = false;
            continue;
        }
        QStringList keys;
        for (const QString &k : row.keys)
            keys << QStringLiteral("<b>%1</b>").arg(k.toHtmlEscaped());
        html += QStringLiteral("<tr><td width=%1>%2%3</td><td width=%4>%5</td><td>%6</td></tr>")
                    .arg(qRound(keysWidth + gap))
                    .arg(keys.join(orWord.toHtmlEscaped()), row.keysSuffix.toHtmlEscaped())
                    .arg(qRound(whatWidth + gap))
                    .arg(row.what.toHtmlEscaped(), row.detail.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

}  // namespace

ShortcutSheet::ShortcutSheet(const QMenuBar *menus, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));

    std::vector<Row> rows;
    for (const QAction *top : menus->actions()) {
        const QMenu *menu = top->menu();
        if (!menu) continue;
        std::vector<Row> menuLines;
        menuRows(menu, QString(), menuLines);
        if (menuLines.empty()) continue;
        rows.push_back({{}, {}, plain(menu->title()), {}, true});
        rows.insert(rows.end(), menuLines.begin(), menuLines.end());
    }
    rows.push_back({{}, {}, tr("On the plot, when it has focus"), {}, true});
    rows.push_back({{tr("\u2190"), tr("\u2192")},
                    {},
                    tr("Move the cursor along z"),
                    tr("It stops on every kink; the readout names the subgradient there")});
    rows.push_back({{tr("\u2191"), tr("\u2193")},
                    {},
                    tr("Change \u03b1 or the chosen maxout piece"),
                    tr("\u03b1 by 0.01, a piece's intercept by 0.1")});
    rows.push_back({{tr("Enter")},
                    {},
                    tr("Choose what \u2191 \u2193 change"),
                    tr("\u03b1, then each maxout piece in turn")});
    rows.push_back(
        {{tr("Shift + arrows")}, {}, tr("Finer steps"), tr("A tenth of the normal step")});
    rows.push_back({{}, {}, tr("Controls"), {}, true});
    rows.push_back({{tr("Tab"), tr("Shift+Tab")},
                    {},
                    tr("Next or previous control"),
                    tr("The focused control has a ring round it")});
    rows.push_back({{tr("Arrows")},
                    {},
                    tr("Change a slider or spin box"),
                    tr("With Shift: a tenth of the step")});
    rows.push_back({{tr("Arrows")},
                    tr(" on the diagram"),
                    tr("Select a unit of the network"),
                    tr("Home selects none")});

    m_browser = new QTextBrowser;
    const QString html = sheetHtml(rows, m_browser->font());
    m_browser->setObjectName(QStringLiteral("shortcutSheetText"));
    m_browser->setAccessibleName(tr("Shortcut list"));
    m_browser->setAccessibleDescription(
        tr("Every keyboard shortcut of ReLU Lab, grouped by menu, then the keys of the plot and "
           "of the controls"));
    m_browser->setToolTip(tr("Every keyboard shortcut, grouped by menu"));
    m_browser->setOpenLinks(false);
    m_browser->setHtml(html);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    close->setToolTip(tr("Close the shortcut list (Esc)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);

    // As large as the text wants, up to most of the screen: no horizontal scrolling. Measured on
    // a copy laid out without a width limit (the browser's own is laid out at its current width).
    QTextDocument probe;
    probe.setDefaultFont(m_browser->font());
    probe.setDocumentMargin(m_browser->document()->documentMargin());
    probe.setHtml(html);
    probe.setTextWidth(probe.idealWidth());
    const int scrollBar = m_browser->verticalScrollBar()->sizeHint().width();
    const QSize wanted = probe.size().toSize() +
                         QSize(scrollBar + 2 * m_browser->frameWidth() + 40,
                               2 * m_browser->frameWidth() + 40 + buttons->sizeHint().height());
    QSize limit(1600, 1000);
    if (const QScreen *s = parent ? parent->screen() : screen())
        limit = s->availableGeometry().size() * 0.9;
    resize(wanted.boundedTo(limit));
}

QString ShortcutSheet::plainText() const
{
    return m_browser->toPlainText();
}

}  // namespace relulab::gui
