#include "cli/CreateCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOutput.h"
#include "cli/CliParser.h"
#include "core/InstanceNaming.h"
#include "core/SshKeyInspector.h"
#include "providers/ProviderClient.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

// Which create options each provider's API takes (fal.md §3.3, novita.md §3, nebulablock.md §4).
QStringList optionsTakenBy(Provider provider)
{
    switch (provider) {
    case Provider::Fal:
        return {u"ssh-key"_s, u"sector"_s};
    case Provider::Novita:
        return {u"name"_s, u"gpus"_s, u"image"_s, u"disk"_s};
    case Provider::NebulaBlock:
        return {u"name"_s, u"ssh-key"_s, u"image"_s};
    }
    return {};
}

} // namespace

CreateCommand::CreateCommand(CliContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

QString CreateCommand::defaultNovitaImage()
{
    return u"nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04"_s;
}

void CreateCommand::run(const QStringList &arguments)
{
    CliParser parser(u"create"_s);
    parser.addValueOption(u"account"_s, tr("the account to create on"));
    parser.addValueOption(u"offering"_s, tr("fal instance type, Novita or Nebula Block product id"));
    parser.addValueOption(u"name"_s, tr("instance name"));
    parser.addValueOption(u"ssh-key"_s, tr("OpenSSH public key file (.pub)"));
    parser.addValueOption(u"gpus"_s, tr("number of GPUs (Novita, 1-8)"));
    parser.addValueOption(u"image"_s, tr("Novita image URL or Nebula Block image id"));
    parser.addValueOption(u"disk"_s, tr("root disk in GB (Novita)"));
    parser.addValueOption(u"sector"_s, tr("fal sector_1..3, 8x types only"));
    parser.addFlag(u"json"_s, tr("machine-readable output"));
    if (!parser.parse(arguments, m_context, 0))
        return;
    const auto account = m_context.requireAccount(parser.value(u"account"_s));
    if (!account || !buildSpec(parser, *account))
        return;
    m_context.withClient(m_account, [this](ProviderClient *client) { resolveOffering(client); });
}

bool CreateCommand::buildSpec(const CliParser &parser, const Account &account)
{
    m_account = account;
    m_json = parser.isSet(u"json"_s);
    const QString providerName = Providers::displayName(account.provider);
    const QStringList allowed = optionsTakenBy(account.provider);
    for (const QString &option : parser.setOptions()) {
        if (option == u"account"_s || option == u"offering"_s || option == u"json"_s)
            continue;
        if (!allowed.contains(option)) {
            m_context.usageError(tr("%1 does not take --%2").arg(providerName, option));
            return false;
        }
    }
    m_spec.offeringId = parser.value(u"offering"_s).trimmed();
    if (m_spec.offeringId.isEmpty()) {
        m_context.usageError(
            tr("--offering is required (see: gpufleet offerings --account %1)").arg(account.label));
        return false;
    }
    if (account.provider == Provider::Fal) {
        if (m_spec.offeringId != u"gpu_1x_h100_sxm5"_s && m_spec.offeringId != u"gpu_8x_h100_sxm5"_s) {
            m_context.usageError(tr("fal.ai offerings are gpu_1x_h100_sxm5 and gpu_8x_h100_sxm5"));
            return false;
        }
        m_spec.sector = parser.value(u"sector"_s).trimmed();
        if (!m_spec.sector.isEmpty() && m_spec.offeringId != u"gpu_8x_h100_sxm5"_s) {
            m_context.usageError(tr("fal.ai takes --sector only with gpu_8x_h100_sxm5"));
            return false;
        }
        static const QStringList sectors = {u"sector_1"_s, u"sector_2"_s, u"sector_3"_s};
        if (!m_spec.sector.isEmpty() && !sectors.contains(m_spec.sector)) {
            m_context.usageError(tr("--sector must be sector_1, sector_2 or sector_3"));
            return false;
        }
        // One key per user action; the client reuses it on every retry of this create.
        m_spec.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (allowed.contains(u"ssh-key"_s)) {
        if (!parser.isSet(u"ssh-key"_s)) {
            m_context.usageError(tr("%1 needs --ssh-key FILE.pub").arg(providerName));
            return false;
        }
        const SshKeyInspector::Result key = SshKeyInspector::readFile(parser.value(u"ssh-key"_s));
        if (!key.ok()) {
            m_context.usageError(tr("--ssh-key: %1").arg(key.message()));
            return false;
        }
        m_spec.sshPublicKey = key.key.toLine();
    }
    if (account.provider == Provider::Novita) {
        bool ok = true;
        m_spec.gpuCount = parser.isSet(u"gpus"_s) ? parser.value(u"gpus"_s).toInt(&ok) : 1;
        if (!ok || m_spec.gpuCount < 1 || m_spec.gpuCount > 8) {
            m_context.usageError(tr("--gpus must be a number from 1 to 8"));
            return false;
        }
        m_spec.diskGb = parser.isSet(u"disk"_s) ? parser.value(u"disk"_s).toInt(&ok) : 0;
        if (!ok || m_spec.diskGb < 0
            || (parser.isSet(u"disk"_s) && (m_spec.diskGb < 10 || m_spec.diskGb > 6144))) {
            m_context.usageError(tr("--disk must be a number of GB from 10 to 6144"));
            return false;
        }
        m_spec.image = parser.isSet(u"image"_s) ? parser.value(u"image"_s).trimmed() : defaultNovitaImage();
    }
    if (account.provider == Provider::NebulaBlock)
        m_spec.image = parser.value(u"image"_s).trimmed();
    if (account.provider != Provider::Fal) {
        m_nameGiven = parser.isSet(u"name"_s);
        m_spec.name = parser.value(u"name"_s).trimmed();
        if (m_nameGiven && !InstanceNaming::isValid(m_spec.name)) {
            m_context.usageError(tr("--name: use 1 to 63 letters, digits and hyphens"));
            return false;
        }
    }
    return true;
}

void CreateCommand::resolveOffering(ProviderClient *client)
{
    connect(
        client->listOfferings(), &ProviderCall::finished, this, [this, client](const ProviderResult &result) {
            if (result.error.isError())
                return m_context.finish(CliContext::Failure, CliContext::describe(m_account, result.error));
            const auto it = std::find_if(result.offerings.cbegin(), result.offerings.cend(),
                                         [this](const Offering &o) { return o.id == m_spec.offeringId; });
            if (it == result.offerings.cend())
                return m_context.usageError(
                    tr("%1 has no offering \"%2\" (see: gpufleet offerings --account %3)")
                        .arg(Providers::displayName(m_account.provider), m_spec.offeringId, m_account.label));
            if (!it->available)
                return m_context.finish(CliContext::Failure,
                                        tr("offering %1 is not available right now").arg(it->id));
            if (m_spec.name.isEmpty() && m_account.provider != Provider::Fal)
                m_spec.name = InstanceNaming::generate(it->gpuModel);
            if (m_account.provider == Provider::Novita) {
                if (m_spec.diskGb == 0)
                    m_spec.diskGb = qMax(it->minDiskGb, 50);
                if (it->maxDiskGb > 0 && m_spec.diskGb > it->maxDiskGb)
                    return m_context.usageError(
                        tr("--disk: %1 allows at most %2 GB").arg(it->id).arg(it->maxDiskGb));
                if (m_spec.diskGb < it->minDiskGb)
                    return m_context.usageError(
                        tr("--disk: %1 needs at least %2 GB").arg(it->id).arg(it->minDiskGb));
            }
            if (m_account.provider == Provider::NebulaBlock && m_spec.image.isEmpty())
                return pickNebulaImage(client, *it);
            send(client);
        });
}

void CreateCommand::pickNebulaImage(ProviderClient *client, const Offering &offering)
{
    const int dcId = offering.extras.value(u"dc_id"_s).toInt();
    connect(
        client->listImages(), &ProviderCall::finished, this,
        [this, client, offering, dcId](const ProviderResult &result) {
            if (result.error.isError())
                return m_context.finish(CliContext::Failure, CliContext::describe(m_account, result.error));
            const CatalogueEntry *best = nullptr;
            for (const CatalogueEntry &image : result.entries) {
                if (image.region != offering.region || image.extras.value(u"dc_id"_s).toInt() != dcId)
                    continue;
                // Prefer an image that already has the GPU driver.
                if (!best || (image.name.contains(u"CUDA"_s) && !best->name.contains(u"CUDA"_s)))
                    best = &image;
            }
            if (!best)
                return m_context.usageError(
                    tr("no OS image matches %1 (region %2); pass --image").arg(offering.id, offering.region));
            m_spec.image = best->id;
            send(client);
        });
}

void CreateCommand::send(ProviderClient *client)
{
    connect(
        client->createInstance(m_spec), &ProviderCall::finished, this, [this](const ProviderResult &result) {
            if (result.error.isError())
                return m_context.finish(CliContext::Failure, CliContext::describe(m_account, result.error));
            Instance instance = result.instance;
            if (instance.name.isEmpty())
                instance.name = m_spec.name;
            if (m_json)
                m_context.out() << QString::fromUtf8(
                    QJsonDocument(CliOutput::instanceJson(instance, m_account.label)).toJson());
            else
                m_context.out() << tr("Created %1 on %2 (status: %3)")
                                       .arg(instance.id, m_account.label,
                                            InstanceStatuses::name(instance.status))
                                << Qt::endl;
            m_context.finish(CliContext::Success);
        });
}
