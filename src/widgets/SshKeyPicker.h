#pragma once

#include "core/SshKeyInspector.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class SshKeyCreator;

// Picks one OpenSSH public key: the keys in ~/.ssh/*.pub (type, comment, SHA256 fingerprint as
// `ssh-keygen -lf` prints it), Browse… and Paste, remembering the last one used. Refuses private
// keys and never shows, logs or keeps their content; offers to create a key when none exists.
class SshKeyPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshKeyPicker)

public:
    static constexpr char LastKeySetting[] = "ssh/lastPublicKey";

    explicit SshKeyPicker(QWidget *parent = nullptr);
    ~SshKeyPicker() override;

    // Not owned. Remembers the last used key (a path, or the line of a pasted key) there.
    void setSettings(QSettings *settings);
    // Where *.pub are listed (~/.ssh by default); rescans.
    void setKeyDirectory(const QString &directory);
    [[nodiscard]] QString keyDirectory() const { return m_directory; }
    // Lists the directory again, keeping the current choice when it is still there.
    void reload();

    [[nodiscard]] std::optional<SshKeyInspector::PublicKey> currentKey() const;
    // "type base64 comment" of the chosen key; empty when none is chosen.
    [[nodiscard]] QString publicKeyLine() const;
    // The refusal or hint shown under the list (never any key file's content).
    [[nodiscard]] QString message() const;
    [[nodiscard]] SshKeyCreator *creator() const { return m_creator; }

    // What Browse… and Paste end in. false (with a message) when it is not a usable public key.
    bool chooseFile(const QString &path);
    bool choosePastedText(const QString &text);
    // Selects a listed key by path or key line (presets, last used); false when it is unknown.
    bool selectKey(const QString &pathOrLine);
    // Stores the chosen key as the last used (also done when the user picks one).
    void rememberCurrentKey();

signals:
    void keyChanged();

private:
    void restoreLastUsed();
    void browse();
    void togglePaste();
    void onPasteEdited(const QString &text);
    void onCurrentIndexChanged();
    void useSuggestion();
    int addKey(const SshKeyInspector::PublicKey &key);
    void rebuildCombo(int selectIndex);
    void updateEmptyState();
    void refuse(const SshKeyInspector::Result &result);
    void showMessage(const QString &text, bool error);
    [[nodiscard]] static QString itemText(const SshKeyInspector::PublicKey &key);
    [[nodiscard]] static QString keyId(const SshKeyInspector::PublicKey &key);

    QComboBox *m_combo;
    QPushButton *m_browseButton;
    QPushButton *m_pasteButton;
    QPushButton *m_refreshButton;
    QLineEdit *m_pasteEdit;
    QLabel *m_fingerprintLabel;
    QLabel *m_messageLabel;
    QPushButton *m_suggestionButton;
    QPushButton *m_createKeyButton;
    SshKeyCreator *m_creator;
    QPointer<QSettings> m_settings;
    QString m_directory;
    QList<SshKeyInspector::PublicKey> m_keys; // in combo order; pasted keys have no path
    QString m_suggestion;                     // the .pub beside a refused private key
    bool m_rebuilding = false;
    bool m_showingEmptyHint = false; // the message is the "no key yet" hint, not a refusal
};
