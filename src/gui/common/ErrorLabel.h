// The inline error message under a panel's controls: wrapped, in the themes' shared error red,
// hidden until there is something to say; and the grey of the secondary lines beside controls
// (hints, notes, print sizes).
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace relulab::gui {

QLabel *makeErrorLabel(const QString &objectName, const QString &accessibleName,
                       QWidget *parent = nullptr);

// Gives a hint or note line the one secondary grey every panel and dialog uses.
void styleSecondaryLabel(QLabel *label);

}  // namespace relulab::gui
