// Targets 4, 5 and 6 (issue #8), the cache's part: saving the last-known fleet of 10,000
// instances (done 2 s after every change) and loading it (done at every start, before the window
// has rows). Usage: bench_instancecache [-median N]
#include "fleet/InstanceCache.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Shaped like the simulator's Novita instances after a refresh: strings, times, a dozen extras.
QHash<QString, QList<Instance>> makeFleet(int accounts, int perAccount)
{
    QHash<QString, QList<Instance>> fleet;
    for (int a = 0; a < accounts; ++a) {
        const QString accountId = u"3f6c2a8e-0000-4000-8000-%1"_s.arg(a, 12, 10, QLatin1Char('0'));
        QList<Instance> list;
        for (int i = 0; i < perAccount; ++i) {
            Instance instance;
            instance.provider = Providers::all().at(a % 3);
            instance.accountId = accountId;
            instance.id = u"%1-%2"_s.arg(a).arg(i, 12, 16, QLatin1Char('0'));
            instance.name = u"gpu-%1-%2"_s.arg(a).arg(i, 4, 10, QLatin1Char('0'));
            instance.gpuModel = u"NVIDIA H100 80GB"_s;
            instance.gpuCount = 1 + i % 2;
            instance.region = u"us-ca-06"_s;
            instance.status = InstanceStatus::Running;
            instance.providerStatus = u"running"_s;
            instance.publicIp = u"127.0.%1.%2"_s.arg(i / 250).arg(i % 250 + 1);
            instance.sshUser = u"root"_s;
            instance.sshHost = instance.publicIp;
            instance.sshPort = 30000 + i;
            instance.sshPassword = u"never-written"_s;
            instance.pricePerHour = 2.19 * instance.gpuCount;
            instance.createdAt =
                QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + qint64(i) * 1000, Qt::UTC);
            instance.startedAt = instance.createdAt.addSecs(90);
            instance.extras = {
                {u"clusterId"_s, u"us-ca-06"_s},
                {u"clusterName"_s, u"US-CA-06"_s},
                {u"imageUrl"_s, u"docker.io/pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime"_s},
                {u"productId"_s, u"4090.16c62g"_s},
                {u"productName"_s, u"RTX 4090 24GB"_s},
                {u"rootfsSize"_s, 60},
                {u"billingMode"_s, u"onDemand"_s},
                {u"cpuNum"_s, u"16"_s},
                {u"memory"_s, u"62"_s},
                {u"sshReady"_s, true},
            };
            list.append(instance);
        }
        fleet.insert(accountId, list);
    }
    return fleet;
}

} // namespace

class BenchInstanceCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void save();
    void saveInBackground();
    void load();

private:
    QTemporaryDir m_dir;
    const QHash<QString, QList<Instance>> m_fleet = makeFleet(10, 1000);
};

// The whole save, as it runs today wherever it is called from.
void BenchInstanceCache::save()
{
    InstanceCache cache(m_dir.filePath(u"save.json"_s));
    QBENCHMARK {
        QVERIFY(cache.save(m_fleet));
    }
}

// What a background save costs the calling (GUI) thread: queueing it, once the previous one is done.
void BenchInstanceCache::saveInBackground()
{
    InstanceCache cache(m_dir.filePath(u"background.json"_s));
    QBENCHMARK_ONCE {
        cache.saveInBackground(m_fleet);
    }
    cache.waitForSaved();
    QCOMPARE(cache.load().value(m_fleet.constBegin().key()).size(), 1000);
}

void BenchInstanceCache::load()
{
    InstanceCache cache(m_dir.filePath(u"load.json"_s));
    QVERIFY(cache.save(m_fleet));
    qsizetype rows = 0;
    QBENCHMARK {
        const auto loaded = cache.load();
        rows = 0;
        for (const auto &list : loaded)
            rows += list.size();
    }
    QCOMPARE(rows, 10000);
}

QTEST_GUILESS_MAIN(BenchInstanceCache)
#include "bench_instancecache.moc"
