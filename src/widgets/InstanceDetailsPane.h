#pragma once

#include "core/Instance.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class SecretClipboard;

// The details of one instance: every field, the SSH command with a copy button, the provider's
// generated password (Novita root, Nebula Block VM) hidden until the user asks to see it and put on
// the clipboard only on request, then cleared, and the provider-specific extras. Display only.
class InstanceDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceDetailsPane)

public:
    explicit InstanceDetailsPane(QWidget *parent = nullptr);
    ~InstanceDetailsPane() override;

    // A different instance hides the password again; the same one (a refresh) keeps what is shown.
    // `uptime` is the table's text for it (GPU Fleet may know it when the provider does not).
    void setInstance(const Instance &instance, const QString &accountLabel, const QString &uptime = {});
    void clear();
    [[nodiscard]] QString instanceKey() const { return m_hasInstance ? m_instance.key() : QString(); }
    [[nodiscard]] bool isPasswordRevealed() const { return m_revealed; }
    void setPasswordRevealed(bool revealed);
    void copySshCommand();
    void copyPassword();
    // How long a copied password stays on the clipboard (default 20 s).
    void setClipboardClearDelay(int ms);

signals:
    void closeRequested();
    // For the status bar: what was copied, never the copied text itself.
    void copied(const QString &what);

private:
    QLabel *addValue(QFormLayout *form, const QString &label, const QString &objectName);
    void updatePasswordField();
    void rebuildExtras();

    Instance m_instance;
    QString m_accountLabel;
    bool m_hasInstance = false;
    bool m_revealed = false;
    SecretClipboard *m_secretClipboard;
    QLabel *m_title;
    QHash<QString, QLabel *> m_values; // object name -> value label
    QLineEdit *m_sshEdit;
    QToolButton *m_copySshButton;
    QLabel *m_passwordLabel;
    QWidget *m_passwordRow;
    QLineEdit *m_passwordEdit;
    QPushButton *m_showPasswordButton;
    QPushButton *m_copyPasswordButton;
    QGroupBox *m_extrasGroup;
    QFormLayout *m_extrasForm;
};
