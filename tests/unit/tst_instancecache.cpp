#include "fleet/InstanceCache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestInstanceCache : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEverythingButSecrets()
    {
        QTemporaryDir dir;
        InstanceCache cache(dir.filePath(u"sub/fleet.json"_s));
        Instance instance;
        instance.provider = Provider::Novita;
        instance.accountId = u"acc-1"_s;
        instance.id = u"i-1"_s;
        instance.name = u"trainer"_s;
        instance.gpuModel = u"RTX 4090"_s;
        instance.gpuCount = 2;
        instance.status = InstanceStatus::Running;
        instance.providerStatus = u"running"_s;
        instance.sshUser = u"root"_s;
        instance.sshHost = u"127.0.0.1"_s;
        instance.sshPort = 31022;
        instance.sshPassword = u"root-password-SECRET-123"_s;
        instance.pricePerHour = 0.7;
        instance.startedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        instance.extras.insert(u"clusterId"_s, u"us-ca-06"_s);

        QVERIFY(cache.save({{u"acc-1"_s, {instance}}}));
        QFile file(cache.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("SECRET"));

        const auto loaded = cache.load();
        QCOMPARE(loaded.size(), 1);
        Instance expected = instance;
        expected.sshPassword.clear();
        QCOMPARE(loaded.value(u"acc-1"_s).value(0), expected);
    }

    void unreadableCacheStartsEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"fleet.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        QVERIFY(InstanceCache(path).load().isEmpty());
        QVERIFY(InstanceCache(dir.filePath(u"missing.json"_s)).load().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInstanceCache)
#include "tst_instancecache.moc"
