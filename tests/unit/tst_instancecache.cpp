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

    // Thousands of cached rows repeat the same GPU model and extras' names: loaded once each.
    void repeatedTextIsLoadedOnce()
    {
        QTemporaryDir dir;
        InstanceCache cache(dir.filePath(u"fleet.json"_s));
        QHash<QString, QList<Instance>> byAccount;
        for (const QString &accountId : {u"acc-1"_s, u"acc-2"_s}) {
            for (int i = 0; i < 3; ++i) {
                Instance instance;
                instance.accountId = accountId;
                instance.id = accountId + u"-i"_s + QString::number(i);
                instance.gpuModel = u"H100 SXM5"_s;
                instance.extras.insert(u"clusterId"_s, u"us-ca-06"_s);
                byAccount[accountId].append(instance);
            }
        }
        QVERIFY(cache.save(byAccount));
        const auto loaded = cache.load();
        const Instance &first = loaded.value(u"acc-1"_s).at(0);
        for (const QString &accountId : {u"acc-1"_s, u"acc-2"_s}) {
            for (const Instance &instance : loaded.value(accountId)) {
                QCOMPARE(instance.gpuModel.constData(), first.gpuModel.constData());
                QCOMPARE(instance.extras.firstKey().constData(), first.extras.firstKey().constData());
            }
        }
        QVERIFY(loaded.value(u"acc-2"_s).at(1).id.constData() != first.id.constData());
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
