#include "core/SecretResult.h"

#include <QCoreApplication>

QString SecretResult::userMessage() const
{
    switch (error) {
    case SecretError::None:
        return {};
    case SecretError::NotFound:
        // libsecret also answers "not found" when a locked keyring could not be unlocked.
        return QCoreApplication::translate("SecretResult",
                                           "No API key was found for this account: enter it in the account "
                                           "settings, or unlock your keyring if it is locked.");
    case SecretError::Unavailable:
        return QCoreApplication::translate("SecretResult",
                                           "No keychain is available: start a Secret Service such as "
                                           "gnome-keyring or KWallet, or unlock your keyring.");
    case SecretError::Locked:
        return QCoreApplication::translate("SecretResult",
                                           "Your keyring is locked: unlock it (for example in Passwords "
                                           "and Keys) and try again.");
    case SecretError::AccessDenied:
        return QCoreApplication::translate("SecretResult",
                                           "Access to the keychain was denied: allow GPU Fleet to use your "
                                           "keyring and try again.");
    case SecretError::Other:
        break;
    }
    return QCoreApplication::translate("SecretResult",
                                       "The keychain reported an error: try again, and check your Secret "
                                       "Service if it keeps failing.");
}
