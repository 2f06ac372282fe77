#include "widgets/PresetBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QPushButton>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

PresetBar::PresetBar(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_saveButton(new QPushButton(tr("Sa&ve as Preset…"), this))
    , m_deleteButton(new QPushButton(tr("Delete Preset"), this))
{
    m_combo->setObjectName(u"presetCombo"_s);
    m_saveButton->setObjectName(u"savePresetButton"_s);
    m_deleteButton->setObjectName(u"deletePresetButton"_s);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusProxy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_saveButton);
    layout->addWidget(m_deleteButton);

    connect(m_combo, &QComboBox::activated, this, [this] { emit presetChosen(currentName()); });
    connect(m_saveButton, &QPushButton::clicked, this, &PresetBar::askName);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (!currentName().isEmpty())
            emit deleteRequested(currentName());
    });
    setNames({});
}

PresetBar::~PresetBar() = default;

void PresetBar::setNames(const QStringList &names, const QString &select)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItems(names);
    m_combo->setPlaceholderText(names.isEmpty() ? tr("No presets yet") : tr("Choose a preset"));
    m_combo->setCurrentIndex(int(names.indexOf(select)));
    m_combo->setEnabled(!names.isEmpty());
    m_deleteButton->setEnabled(!names.isEmpty());
}

QString PresetBar::currentName() const
{
    return m_combo->currentIndex() >= 0 ? m_combo->currentText() : QString();
}

void PresetBar::askName()
{
    auto *input = new QInputDialog(this);
    input->setObjectName(u"presetNameDialog"_s);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Save Preset"));
    input->setLabelText(tr("Preset name (instance names are not saved: each instance gets a new one):"));
    input->setTextValue(currentName());
    connect(input, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (!name.trimmed().isEmpty())
            emit saveRequested(name.trimmed());
    });
    input->open();
}
