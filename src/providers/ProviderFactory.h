#pragma once

#include "core/Account.h"

class ProviderClient;
class QNetworkAccessManager;
class QObject;

// Builds the right client for an account. The API key goes straight into the client's transport
// and is not kept anywhere else.
namespace ProviderFactory {
ProviderClient *create(const Account &account, const QString &apiKey, QNetworkAccessManager *network,
                       QObject *parent = nullptr);
} // namespace ProviderFactory
