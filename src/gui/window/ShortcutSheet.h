// The keyboard shortcut sheet (F1 or ?): every shortcut of the window, grouped by menu.
#pragma once

#include <QDialog>

class QMenuBar;
class QTextBrowser;

namespace relulab::gui {

// Built from the menus themselves, so it lists exactly the shortcuts that exist. Its text follows
// the application font: large in presentation mode.
class ShortcutSheet : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutSheet(const QMenuBar *menus, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The sheet as plain text (for tests and screen readers).
    QString plainText() const;

private:
    QTextBrowser *m_browser = nullptr;
};

}  // namespace relulab::gui
