// One look for every inline error label and every secondary line.
#include "gui/common/ErrorLabel.h"

#include <QLabel>

#include "gui/style/Theme.h"

namespace relulab::gui {

QLabel *makeErrorLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    // Both themes share the error red, so the label need not follow a theme switch.
    label->setStyleSheet(
        QStringLiteral("color:%1; font-weight:600;").arg(standardTheme().errorText.name()));
    label->setVisible(false);
    return label;
}

void styleSecondaryLabel(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("color:#555;"));
}

}  // namespace relulab::gui
