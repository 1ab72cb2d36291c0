// The main window's tabs. MainWindow adds them in this order, so each value is its tab's index in
// the QTabWidget; the exporter and the menus name a tab instead of writing 0 or 1.
#pragma once

namespace relulab::gui {

enum class MainTab : int {
    Explorer = 0,
    Training = 1,
};

constexpr int tabIndex(MainTab tab)
{
    return static_cast<int>(tab);
}

}  // namespace relulab::gui
