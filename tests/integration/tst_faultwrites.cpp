#include "FaultFleet.h"
#include "fleet/FleetMonitor.h"
#include "providers/ProviderCall.h"
#include "simulator/SimulatedCloud.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString SshKey =
    u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIF4n9gyBjRqbLz+ZiP70BA7VkZRGWI78j2z+ptbVbU4I fault@gpufleet-test"_s;

InstanceSpec createSpec(Provider provider)
{
    InstanceSpec spec;
    spec.name = u"fault-created-"_s + Providers::id(provider);
    spec.sshPublicKey = SshKey;
    switch (provider) {
    case Provider::Fal:
        spec.offeringId = u"gpu_1x_h100_sxm5"_s;
        break;
    case Provider::Novita:
        spec.offeringId = u"4090.16c62g"_s;
        spec.diskGb = 50;
        spec.image = u"nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04"_s;
        break;
    case Provider::NebulaBlock:
        spec.offeringId = u"fcp66d566c43a9501001256"_s;
        spec.image = u"fcp66d566c93a95010012"_s;
        break;
    }
    return spec;
}

// The request that creates (or deletes) an instance, as method and path fragment.
QPair<QByteArray, QString> writeRequest(Provider provider, bool create)
{
    switch (provider) {
    case Provider::Fal:
        return create ? qMakePair(QByteArray("POST"), u"/compute/instances"_s)
                      : qMakePair(QByteArray("DELETE"), u"/compute/instances/"_s);
    case Provider::Novita:
        return create ? qMakePair(QByteArray("POST"), u"/gpu/instance/create"_s)
                      : qMakePair(QByteArray("POST"), u"/gpu/instance/delete"_s);
    case Provider::NebulaBlock:
        return create ? qMakePair(QByteArray("POST"), u"/computing/instance"_s)
                      : qMakePair(QByteArray("DELETE"), u"/computing/instance/"_s);
    }
    return {};
}
} // namespace

// Creates and deletes under faults, for each provider: whatever is lost on the way, the write
// reaches the provider once (fal may repeat a create only under the same Idempotency-Key, which
// the provider answers from its cache), the fleet settles without hanging, and an instance that
// vanishes between the list and its detail call is not an error.
class TestFaultWrites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesReachTheProviderOnce_data();
    void writesReachTheProviderOnce();
    void instanceVanishingBeforeItsDetailIsNotAnError_data();
    void instanceVanishingBeforeItsDetailIsNotAnError();
};

void TestFaultWrites::initTestCase()
{
    // Thousands of requests: per-request log lines would only slow the run down (and QTest stops
    // printing after 2000 of them, the results included).
    QLoggingCategory::setFilterRules(u"gpufleet.*.debug=false\ngpufleet.*.info=false"_s);
}

void TestFaultWrites::writesReachTheProviderOnce_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<bool>("create");
    QTest::addColumn<SimFault::Kind>("kind");
    const QList<QPair<const char *, SimFault::Kind>> kinds{{"reset-mid-body", SimFault::Kind::ResetMidBody},
                                                           {"stall-past-timeout", SimFault::Kind::Stall},
                                                           {"503", SimFault::Kind::HttpError},
                                                           {"truncated-json", SimFault::Kind::TruncatedJson}};
    for (Provider provider : FaultFleet::providers()) {
        for (bool create : {true, false}) {
            for (const auto &[name, kind] : kinds) {
                const QString row = Providers::id(provider) + (create ? u"/create/"_s : u"/delete/"_s)
                    + QLatin1StringView(name);
                QTest::newRow(qPrintable(row)) << provider << create << kind;
            }
        }
    }
}

void TestFaultWrites::writesReachTheProviderOnce()
{
    QFETCH(Provider, provider);
    QFETCH(bool, create);
    QFETCH(SimFault::Kind, kind);

    FaultFleet f;
    QVERIFY(f.setUp());
    QVERIFY(f.startAndSettle());
    SimulatedCloud *cloud = f.cloud();
    FleetMonitor *fleet = f.fleet();
    const QString account = f.accountId(provider);
    const QString key = FaultFleet::key(provider);
    const auto [method, path] = writeRequest(provider, create);
    const QList<QString> idsBefore = cloud->instanceIds(provider, key);

    SimFault fault;
    fault.kind = kind;
    fault.httpStatus = 503;
    fault.pathContains = path;
    fault.method = method;
    fault.count = 1;
    cloud->addFault(provider, fault);

    ProviderError error;
    bool finished = false;
    QObject context;
    if (create) {
        ProviderCall *call = fleet->create(account, createSpec(provider));
        QVERIFY(call);
        connect(call, &ProviderCall::finished, &context, [&](const ProviderResult &result) {
            error = result.error;
            finished = true;
        });
    } else {
        connect(fleet, &FleetMonitor::actionFinished, &context,
                [&](const QString &, FleetMonitor::Action, const ProviderError &e) {
                    error = e;
                    finished = true;
                });
        QVERIFY(fleet->act(FleetMonitor::Action::Delete, Instance::makeKey(account, idsBefore.first())));
    }
    QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
    qInfo().noquote() << "result:" << (error.isError() ? error.message() : u"success"_s);
    if (error.isError()) {
        QVERIFY(!error.message().isEmpty());
        QVERIFY(!error.message().contains(key));
    }

    // Give any late repeat time to show: two more complete refreshes of the account.
    for (int i = 0; i < 2; ++i) {
        const QDateTime since = QDateTime::currentDateTimeUtc();
        QTRY_VERIFY_WITH_TIMEOUT(f.refreshedSince(provider, since), 5000);
    }

    QList<SimRequest> writes;
    for (const SimRequest &request : cloud->requests()) {
        if (request.provider == provider && request.method == method && request.path.contains(path))
            writes.append(request);
    }
    if (provider == Provider::Fal && create) {
        // Only a repeat the provider recognises as the same create.
        QSet<QByteArray> keys;
        for (const SimRequest &request : std::as_const(writes))
            keys.insert(request.idempotencyKey);
        QCOMPARE(keys.size(), 1);
        QVERIFY(!keys.values().first().isEmpty());
        QVERIFY(writes.size() <= 3);
    } else {
        QCOMPARE(writes.size(), 1);
    }

    // What the provider did, it did once.
    const QList<QString> idsAfter = cloud->instanceIds(provider, key);
    const bool serverActed = kind != SimFault::Kind::HttpError || (provider == Provider::Fal && create);
    if (create)
        QCOMPARE(idsAfter.size(), idsBefore.size() + (serverActed ? 1 : 0));
    else
        QVERIFY(idsAfter.size() <= idsBefore.size());
    if (!create && kind == SimFault::Kind::HttpError)
        QCOMPARE(error.kind, ProviderError::Kind::Server); // refused, shown, not retried
    QVERIFY(!fleet->health(account).error.isError());
    for (Provider other : FaultFleet::providers())
        QVERIFY(other == provider || f.isHealthy(other));
}

void TestFaultWrites::instanceVanishingBeforeItsDetailIsNotAnError_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::newRow("novita") << Provider::Novita;
    QTest::newRow("nebulablock") << Provider::NebulaBlock;
}

void TestFaultWrites::instanceVanishingBeforeItsDetailIsNotAnError()
{
    QFETCH(Provider, provider);
    FaultFleet::Options options;
    options.pageSize = 100; // one page, so removing a row cannot shift a second one
    FaultFleet f(options);
    QVERIFY(f.setUp());
    QVERIFY(f.startAndSettle());
    SimulatedCloud *cloud = f.cloud();
    const QString key = FaultFleet::key(provider);
    const QString account = f.accountId(provider);

    // The next list shows a new instance; it is gone by the time its detail is asked for.
    const QString victim = cloud->addInstance(provider, key, FaultFleet::seed(provider, 9));
    bool armed = true;
    QObject context;
    connect(cloud, &SimulatedCloud::requestHandled, &context, [&](const SimRequest &request, int status) {
        if (armed && status == 200 && request.provider == provider && request.method == "GET"
            && request.path.endsWith(FaultFleet::listPath(provider))) {
            armed = false;
            cloud->removeInstance(provider, key, victim);
        }
    });
    QList<ProviderError::Kind> errorsSeen;
    connect(f.fleet(), &FleetMonitor::accountHealthChanged, &context, [&](const QString &id) {
        if (id == account && f.fleet()->health(id).error.isError())
            errorsSeen.append(f.fleet()->health(id).error.kind);
    });
    f.fleet()->refreshAccount(account);

    const auto detailAsked = [&] {
        const QList<SimRequest> requests = cloud->requests();
        return std::any_of(requests.cbegin(), requests.cend(), [&](const SimRequest &request) {
            return request.provider == provider && request.method == "GET"
                && (request.path.endsWith(u'/' + victim) || request.query.contains(victim));
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(!armed && detailAsked(), 5000);
    const QDateTime since = QDateTime::currentDateTimeUtc();
    QTRY_VERIFY_WITH_TIMEOUT(f.refreshedSince(provider, since), 5000);
    QVERIFY(errorsSeen.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(f.isHealthy(provider), 5000); // the victim is gone from the list
    const auto list = f.fleet()->instances(account);
    QVERIFY(std::none_of(list.cbegin(), list.cend(), [&](const Instance &i) { return i.id == victim; }));
}

QTEST_GUILESS_MAIN(TestFaultWrites)
#include "tst_faultwrites.moc"
