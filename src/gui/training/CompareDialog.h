// Training > Compare with…: chooses the hidden activation of a second run that trains beside the
// main one from the same setup and seed.
#pragma once

#include <QDialog>

#include "session/CompareRun.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace relulab::gui {

class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    // main: the main run's network (named in the dialog); initial: the choice shown first.
    CompareDialog(const core::NetworkConfig &main, const session::CompareSpec &initial,
                  QWidget *parent = nullptr);

    session::CompareSpec spec() const;
    void setSpec(const session::CompareSpec &spec);

    QComboBox *activationCombo() const { return m_activation; }
    QDoubleSpinBox *alphaSpin() const { return m_alpha; }
    QSpinBox *piecesSpin() const { return m_pieces; }
    QString summary() const;

private:
    void update();

    core::NetworkConfig m_main;
    QComboBox *m_activation = nullptr;
    QDoubleSpinBox *m_alpha = nullptr;
    QSpinBox *m_pieces = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_weights = nullptr;
};

}  // namespace relulab::gui
