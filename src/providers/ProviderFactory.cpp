#include "providers/ProviderFactory.h"

#include "providers/fal/FalClient.h"
#include "providers/nebulablock/NebulaBlockClient.h"
#include "providers/novita/NovitaClient.h"

ProviderClient *ProviderFactory::create(const Account &account, const QString &apiKey,
                                        QNetworkAccessManager *network, QObject *parent)
{
    switch (account.provider) {
    case Provider::Fal:
        return new FalClient(account, apiKey, network, parent);
    case Provider::Novita:
        return new NovitaClient(account, apiKey, network, parent);
    case Provider::NebulaBlock:
        return new NebulaBlockClient(account, apiKey, network, parent);
    }
    return nullptr;
}
