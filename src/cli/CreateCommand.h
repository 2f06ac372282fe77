#pragma once

#include "core/Account.h"
#include "core/InstanceSpec.h"
#include "core/Offering.h"

#include <QObject>
#include <QStringList>

class CliContext;
class CliParser;
class ProviderClient;

// `gpufleet create`: validates every option against the provider before anything is sent
// (options the provider does not take, the fal sector rule, SSH key files that are not public
// keys), resolves the offering, sends exactly one create and prints the new instance.
class CreateCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateCommand)

public:
    explicit CreateCommand(CliContext &context, QObject *parent = nullptr);
    void run(const QStringList &arguments);

    // The Novita image used when --image is not given.
    static QString defaultNovitaImage();

private:
    bool buildSpec(const CliParser &parser, const Account &account);
    void resolveOffering(ProviderClient *client);
    void pickNebulaImage(ProviderClient *client, const Offering &offering);
    void send(ProviderClient *client);

    CliContext &m_context;
    Account m_account;
    InstanceSpec m_spec;
    bool m_json = false;
    bool m_nameGiven = false;
};
