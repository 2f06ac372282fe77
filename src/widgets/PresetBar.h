#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;

// The preset row of the create dialog: a list of named presets, "Save as Preset…" (asks for a
// name in a non-modal dialog) and "Delete Preset". Only says what the user chose; the dialog
// reads and writes the presets themselves.
class PresetBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetBar)

public:
    explicit PresetBar(QWidget *parent = nullptr);
    ~PresetBar() override;

    // Shows `names`, with `select` chosen (none when empty or unknown).
    void setNames(const QStringList &names, const QString &select = {});
    [[nodiscard]] QString currentName() const;

signals:
    void presetChosen(const QString &name);
    void saveRequested(const QString &name);
    void deleteRequested(const QString &name);

private:
    void askName();

    QComboBox *m_combo;
    QPushButton *m_saveButton;
    QPushButton *m_deleteButton;
};
