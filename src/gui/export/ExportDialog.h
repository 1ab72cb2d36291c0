// File > Export figure…: what to export (any plot, or a whole view), the format (PNG with its
// size and DPI, SVG, PDF, or the CSV data behind it), a preview; the choices are remembered.
#pragma once

#include <QDialog>
#include <QTimer>

#include "gui/export/FigureExporter.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace relulab::gui {

enum class ExportFormat { Png, Svg, Pdf, Csv };

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const FigureExporter *exporter, QWidget *parent = nullptr);

    ExportTarget target() const;
    void setTarget(ExportTarget target);
    ExportFormat format() const;
    // CSV is refused (and the format left as it was) for a target without data.
    void setFormat(ExportFormat format);
    QSize pixelSize() const;
    void setPixelSize(QSize size);
    int dpi() const;
    void setDpi(int dpi);
    bool keepsProportions() const;

    // Writes the chosen export to path through a QSaveFile, remembers the choices and returns "";
    // otherwise returns the reason, also shown in the dialog, and leaves any old file intact.
    QString exportTo(const QString &path);
    // Copies the chosen picture at the chosen size to the clipboard.
    void copyImage();
    // e.g. "relulab-training-curves.png".
    QString suggestedFileName() const;

    QString errorText() const;
    // The preview as drawn (a scaled picture, or the first lines of the CSV).
    const QLabel *preview() const { return m_preview; }
    // Draws the preview now instead of after the short pause that follows an edit.
    void refreshPreview();

Q_SIGNALS:
    void exported(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void addTargetRow(QFormLayout *form);
    void addFormatRow(QFormLayout *form);
    // The size in pixels, the on-screen size button and the proportions check box.
    void addSizeRows(QFormLayout *form);
    // The DPI and the print size it gives.
    void addResolutionRow(QFormLayout *form);
    void addPreview(QVBoxLayout *layout);
    // Copy, Export and Close; returns Close.
    QPushButton *addButtons(QVBoxLayout *layout);
    void connectControls(QPushButton *close);
    void restoreChoices();
    void saveChoices(const QString &directory) const;
    void chooseFileAndExport();
    void targetChanged();
    void updateControls();
    void updatePrintSize();
    void followProportions(bool widthChanged);
    void showError(const QString &message);

    const FigureExporter *m_exporter;
    QComboBox *m_target = nullptr;
    QButtonGroup *m_formats = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QCheckBox *m_keepProportions = nullptr;
    QPushButton *m_screenSize = nullptr;
    QSpinBox *m_dpi = nullptr;
    QLabel *m_printSize = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_copy = nullptr;
    QTimer m_previewTimer;
    bool m_following = false;  // a size box is being set to keep the proportions
};

}  // namespace relulab::gui
