#pragma once

#include "core/Provider.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

// One API key's worth of access to one provider. Holds no secret: the key lives in the
// keychain under the account's id.
struct Account
{
    QString id; // UUID without braces; also the keychain key
    Provider provider = Provider::Fal;
    QString label;   // unique among accounts; what the user sees and the CLI takes
    QUrl endpoint;   // empty = the provider's default
    QString sshUser; // empty = the provider's default
    bool enabled = true;

    [[nodiscard]] QUrl effectiveEndpoint() const
    {
        return endpoint.isEmpty() ? Providers::defaultEndpoint(provider) : endpoint;
    }
    [[nodiscard]] QString effectiveSshUser() const
    {
        return sshUser.isEmpty() ? Providers::defaultSshUser(provider) : sshUser;
    }

    friend bool operator==(const Account &a, const Account &b)
    {
        return a.id == b.id && a.provider == b.provider && a.label == b.label && a.endpoint == b.endpoint
            && a.sshUser == b.sshUser && a.enabled == b.enabled;
    }
    friend bool operator!=(const Account &a, const Account &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(Account)
