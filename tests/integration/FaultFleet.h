#pragma once

#include "fleet/FleetMonitor.h"
#include "providers/HttpTransport.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderFactory.h"
#include "providers/nebulablock/NebulaBlockClient.h"
#include "simulator/SimulatedCloud.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUuid>

#include <memory>

// Test fixture shared by the fault-injection and soak suites: one SimulatedCloud, one
// FleetMonitor and three accounts (one per provider) with recognisable keys, short timeouts and
// fast polling, so a fault shows within a second and clears within another. Owns everything.
class FaultFleet final
{
public:
    struct Options
    {
        int timeoutMs = 400;
        int maxAttempts = 3;
        int backoffBaseMs = 10;
        int backoffMaxMs = 40;
        int pageSize = 2; // 3 instances => every list spans two pages
        int instancesPerAccount = 3;
        PollIntervals intervals{100, 100, 300, 100};
    };

    FaultFleet() = default;
    explicit FaultFleet(const Options &options)
        : m_options(options)
    {
    }
    ~FaultFleet()
    {
        // The monitor first: its clients abort their replies before the network and server go.
        m_fleet.reset();
        m_network.reset();
        m_cloud.reset();
    }
    Q_DISABLE_COPY_MOVE(FaultFleet)

    static QList<Provider> providers() { return {Provider::Fal, Provider::Novita, Provider::NebulaBlock}; }

    // Keys a leak would give away at once.
    static QString key(Provider provider)
    {
        switch (provider) {
        case Provider::Fal:
            return QStringLiteral("fal-key-FAULTCANARY-7f3a9c");
        case Provider::Novita:
            return QStringLiteral("sk_FAULTCANARY_novita_51be02");
        case Provider::NebulaBlock:
            return QStringLiteral("ak_FAULTCANARY_nebula_c8d4e1");
        }
        return {};
    }

    // The path of each provider's instance list (what read faults target).
    static QString listPath(Provider provider)
    {
        switch (provider) {
        case Provider::Fal:
            return QStringLiteral("/compute/instances");
        case Provider::Novita:
            return QStringLiteral("/gpu/instances");
        case Provider::NebulaBlock:
            return QStringLiteral("/computing/instances");
        }
        return {};
    }

    // Starts the cloud, seeds instances and adds the accounts (polling not started yet).
    [[nodiscard]] bool setUp()
    {
        m_cloud = std::make_unique<SimulatedCloud>();
        if (!m_cloud->start())
            return false;
        m_cloud->setStepMs(100000); // statuses only move when a test says so
        m_network = std::make_unique<QNetworkAccessManager>();
        m_fleet = std::make_unique<FleetMonitor>();
        m_fleet->setIntervals(m_options.intervals);
        for (Provider provider : providers()) {
            m_cloud->addAccount(provider, key(provider));
            for (int i = 0; i < m_options.instancesPerAccount; ++i)
                m_cloud->addInstance(provider, key(provider), seed(provider, i));
            m_ids.insert(provider, addAccount(provider));
        }
        return true;
    }

    // Starts polling and waits until every account shows all its instances without error.
    [[nodiscard]] bool startAndSettle(int timeoutMs = 8000)
    {
        m_fleet->start();
        return QTest::qWaitFor([this] { return allHealthy(); }, timeoutMs);
    }

    [[nodiscard]] bool allHealthy() const
    {
        for (Provider provider : providers()) {
            if (!isHealthy(provider))
                return false;
        }
        return true;
    }

    [[nodiscard]] bool isHealthy(Provider provider) const
    {
        const AccountHealth health = m_fleet->health(accountId(provider));
        return !health.error.isError() && !health.stale && health.lastSuccess.isValid()
            && m_fleet->instances(accountId(provider)).size() == expectedCount(provider);
    }

    // A successful refresh of the account that ended after `since`.
    [[nodiscard]] bool refreshedSince(Provider provider, const QDateTime &since) const
    {
        const AccountHealth health = m_fleet->health(accountId(provider));
        return !health.error.isError() && health.lastSuccess.isValid() && health.lastSuccess > since;
    }

    [[nodiscard]] int expectedCount(Provider provider) const
    {
        return m_expected.value(provider, m_options.instancesPerAccount);
    }
    void setExpectedCount(Provider provider, int count) { m_expected.insert(provider, count); }

    [[nodiscard]] QString accountId(Provider provider) const { return m_ids.value(provider); }
    [[nodiscard]] SimulatedCloud *cloud() const { return m_cloud.get(); }
    [[nodiscard]] FleetMonitor *fleet() const { return m_fleet.get(); }
    [[nodiscard]] ProviderClient *client(Provider provider) const
    {
        return m_fleet->client(accountId(provider));
    }

    // A listed instance of a provider whose seed is `index`.
    static SimInstanceSeed seed(Provider provider, int index)
    {
        SimInstanceSeed seed;
        seed.name = QStringLiteral("fault-%1-%2").arg(Providers::id(provider)).arg(index);
        switch (provider) {
        case Provider::Fal:
            seed.rawStatus = QStringLiteral("ready");
            seed.offeringId = QStringLiteral("gpu_1x_h100_sxm5");
            break;
        case Provider::Novita:
            seed.rawStatus = QStringLiteral("running");
            break;
        case Provider::NebulaBlock:
            seed.rawStatus = QStringLiteral("Running");
            break;
        }
        return seed;
    }

private:
    QString addAccount(Provider provider)
    {
        Account account;
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        account.provider = provider;
        account.label = Providers::id(provider);
        account.endpoint = m_cloud->baseUrl(provider);
        ProviderClient *client = ProviderFactory::create(account, key(provider), m_network.get());
        client->setPageSize(m_options.pageSize);
        client->transport()->setTimeout(m_options.timeoutMs);
        client->transport()->setMaxAttempts(m_options.maxAttempts);
        client->transport()->setBackoff(m_options.backoffBaseMs, m_options.backoffMaxMs);
        // Nebula finds a create whose answer was lost by name: look a few times, quickly.
        if (auto *nebula = qobject_cast<NebulaBlockClient *>(client))
            nebula->setCreateLookup(5, 100);
        m_fleet->addAccount(client);
        return account.id;
    }

    Options m_options;
    std::unique_ptr<SimulatedCloud> m_cloud;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FleetMonitor> m_fleet;
    QHash<Provider, QString> m_ids;
    QHash<Provider, int> m_expected;
};
