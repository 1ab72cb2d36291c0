// The shortcut sheet's HTML: one table per menu, then the keys of the plot and of controls.
#include "ShortcutSheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
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

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << QStringLiteral("<b>%1</b>")
                    .arg(key.toString(QKeySequence::NativeText).toHtmlEscaped());
    return keys.join(QObject::tr(" or "));
}

QString row(const QString &keys, const QString &what, const QString &detail)
{
    return QStringLiteral(
               "<tr><td style='padding:2px 16px 2px 0'>%1</td><td style='padding:2px "
               "16px 2px 0'>%2</td><td style='padding:2px 0'>%3</td></tr>")
        .arg(keys, what.toHtmlEscaped(), detail.toHtmlEscaped());
}

// The rows of a menu and its submenus ("Convention at kinks \u25b8 Left").
void menuRows(const QMenu *menu, const QString &prefix, QString &rows)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator()) continue;
        if (const QMenu *sub = action->menu()) {
            menuRows(sub, prefix + plain(sub->title()) + QStringLiteral(" \u25b8 "), rows);
            continue;
        }
        if (action->shortcuts().isEmpty()) continue;
        rows += row(keysOf(action), prefix + plain(action->text()), action->toolTip());
    }
}

QString table(const QString &title, const QString &rows)
{
    return QStringLiteral("<h3>%1</h3><table cellspacing=0>%2</table>")
        .arg(title.toHtmlEscaped(), rows);
}

}  // namespace

ShortcutSheet::ShortcutSheet(const QMenuBar *menus, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));

    QString html;
    for (const QAction *top : menus->actions()) {
        const QMenu *menu = top->menu();
        if (!menu) continue;
        QString rows;
        menuRows(menu, QString(), rows);
        if (!rows.isEmpty()) html += table(plain(menu->title()), rows);
    }
    const auto key = [](const QString &k) { return QStringLiteral("<b>%1</b>").arg(k); };
    QString plot;
    plot += row(key(tr("\u2190 \u2192")), tr("Move the cursor along z"),
                tr("It stops on every kink; the readout names the subgradient there"));
    plot += row(key(tr("\u2191 \u2193")), tr("Change \u03b1 or the chosen maxout piece"),
                tr("\u03b1 by 0.01, a piece's intercept by 0.1"));
    plot += row(key(tr("Enter")), tr("Choose what \u2191 \u2193 change"),
                tr("\u03b1, then each maxout piece in turn"));
    plot += row(key(tr("Shift + arrows")), tr("Finer steps"), tr("A tenth of the normal step"));
    html += table(tr("On the plot, when it has focus"), plot);
    QString controls;
    controls += row(key(tr("Tab")) + tr(" or ") + key(tr("Shift+Tab")),
                    tr("Next or previous control"), tr("The focused control has a ring round it"));
    controls += row(key(tr("\u2191 \u2193 \u2190 \u2192")), tr("Change a slider or spin box"),
                    tr("With Shift: a tenth of the step"));
    controls += row(key(tr("\u2190 \u2192 \u2191 \u2193")) + tr(" on the network diagram"),
                    tr("Select a unit"), tr("Home selects none"));
    html += table(tr("Controls"), controls);

    m_browser = new QTextBrowser;
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

    // As large as the text wants, up to most of the screen: no horizontal scrolling.
    QTextDocument *doc = m_browser->document();
    doc->setTextWidth(doc->idealWidth());
    const QSize wanted = doc->size().toSize() + QSize(60, 40 + buttons->sizeHint().height());
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
