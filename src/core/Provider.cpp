#include "core/Provider.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Providers {

QString id(Provider provider)
{
    switch (provider) {
    case Provider::Fal:
        return u"fal"_s;
    case Provider::Novita:
        return u"novita"_s;
    case Provider::NebulaBlock:
        return u"nebulablock"_s;
    }
    return {};
}

std::optional<Provider> fromId(const QString &id)
{
    const QString lower = id.trimmed().toLower();
    for (Provider provider : all()) {
        if (Providers::id(provider) == lower)
            return provider;
    }
    return std::nullopt;
}

QString displayName(Provider provider)
{
    switch (provider) {
    case Provider::Fal:
        return u"fal.ai"_s;
    case Provider::Novita:
        return u"Novita AI"_s;
    case Provider::NebulaBlock:
        return u"Nebula Block"_s;
    }
    return {};
}

QUrl defaultEndpoint(Provider provider)
{
    switch (provider) {
    case Provider::Fal:
        return QUrl(u"https://api.fal.ai/v1"_s);
    case Provider::Novita:
        return QUrl(u"https://api.novita.ai/gpu-instance/openapi/v1"_s);
    case Provider::NebulaBlock:
        return QUrl(u"https://api.nebulablock.com/api/v1"_s);
    }
    return {};
}

QString defaultSshUser(Provider provider)
{
    // fal's quickstart says ubuntu; Novita's user comes from its sshCommand; Nebula documents none.
    return provider == Provider::Novita ? u"root"_s : u"ubuntu"_s;
}

ProviderCapabilities capabilities(Provider provider)
{
    ProviderCapabilities caps;
    switch (provider) {
    case Provider::Fal:
        break;
    case Provider::Novita:
        caps.canStart = caps.canStop = caps.canRestart = true;
        caps.hasCatalogue = true;
        caps.needsUniqueName = true;
        break;
    case Provider::NebulaBlock:
        caps.canStart = caps.canStop = caps.canRestart = true;
        caps.hasCatalogue = true;
        caps.needsUniqueName = true;
        break;
    }
    return caps;
}

QList<Provider> all()
{
    return {Provider::Fal, Provider::Novita, Provider::NebulaBlock};
}

} // namespace Providers
