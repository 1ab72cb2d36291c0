// The inline error message under a panel's controls: wrapped, in the themes' shared error red,
// hidden until there is something to say.
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace relulab::gui {

QLabel *makeErrorLabel(const QString &objectName, const QString &accessibleName,
                       QWidget *parent = nullptr);

}  // namespace relulab::gui
