#pragma once

#include <QMetaType>
#include <QString>

// How a keychain operation ended. NotFound is a state ("no key stored yet"), not a failure.
// Linux: a write to a locked keyring reports Locked, but a read reports NotFound (libsecret's
// lookup gets no answer when the unlock prompt fails or is dismissed), so NotFound's text says both.
enum class SecretError
{
    None,
    NotFound,     // no secret stored under that key (or a locked keyring refused to unlock, see above)
    Unavailable,  // no Secret Service / keychain backend answered
    Locked,       // the keyring exists but is locked
    AccessDenied, // the user or the system refused access
    Other
};

// The outcome of one SecretStore call. `value` is set only by a successful read; `message` is the
// backend's own explanation (never contains the secret) for logs and "details" views.
struct SecretResult
{
    SecretError error = SecretError::None;
    QString value;
    QString message;

    [[nodiscard]] bool ok() const { return error == SecretError::None; }
    // One translated sentence telling the user what to do; empty when ok().
    [[nodiscard]] QString userMessage() const;
};

Q_DECLARE_METATYPE(SecretError)
Q_DECLARE_METATYPE(SecretResult)
