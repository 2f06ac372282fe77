#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

// Puts a secret (an instance's root or VM password) on the clipboard the way KeePassXC does:
// marked for clipboard managers as a password, and cleared after a delay, or when this object
// goes away, but only while the clipboard still holds that secret. Keeps only a hash of it.
class SecretClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)

public:
    static constexpr int DefaultClearAfterMs = 20000;

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    void setClearAfterMs(int ms) { m_clearAfterMs = ms; }
    [[nodiscard]] int clearAfterMs() const { return m_clearAfterMs; }

    void copySecret(const QString &secret);
    // Clears the clipboard now if it still holds the last secret copied.
    void clearIfOurs();

signals:
    void copied();
    // The clipboard held our secret and was cleared.
    void cleared();
    // The delay ran out (whether or not the clipboard still held the secret).
    void expired();

private:
    [[nodiscard]] static QByteArray digest(const QString &text);

    QTimer m_timer;
    QByteArray m_digest;
    int m_clearAfterMs = DefaultClearAfterMs;
};
