#include "app/SshConfigSync.h"
#include "fleet/FleetMonitor.h"
#include "providers/HttpTransport.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderFactory.h"
#include "simulator/SimulatedCloud.h"
#include "support/TestSupport.h"
#include "widgets/GeneralSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString NovitaKey = u"sk_novita_sshsync"_s;
const QString AccountId = u"acc-novita"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

// SshConfigSync against a FleetMonitor polling the simulated cloud: the managed SSH config follows
// the instances as they come and go, only while the user lets GPU Fleet manage it, and OpenSSH
// itself resolves the aliases it writes.
class TestSshConfigSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SimulatedCloud> m_cloud;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FleetMonitor> m_fleet;
    std::unique_ptr<SshConfigSync> m_sync;

    void setManaged(bool on)
    {
        m_settings->setValue(QString::fromLatin1(GeneralSettings::ManageSshConfigKey), on);
    }
    void startFleet()
    {
        Account account;
        account.id = AccountId;
        account.provider = Provider::Novita;
        account.label = u"novita main"_s;
        account.endpoint = m_cloud->baseUrl(Provider::Novita);
        ProviderClient *client = ProviderFactory::create(account, NovitaKey, m_network.get());
        client->transport()->setBackoff(10, 50);
        client->transport()->setTimeout(2000);
        m_fleet->addAccount(client);
        m_fleet->start();
    }
    [[nodiscard]] QString managedConfig() const
    {
        return QString::fromUtf8(readAll(m_sync->writer().managedConfigPath()));
    }
    // What OpenSSH makes of `alias` with the temporary ~/.ssh/config, as "key value" lines.
    [[nodiscard]] QHash<QString, QString> sshResolve(const QString &alias) const
    {
        return TestSupport::sshResolve(m_home->path(), m_sync->writer().userConfigPath(), alias);
    }

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(u"gpufleet.*.debug=false"_s); }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_settings = std::make_unique<QSettings>(m_home->filePath(u"gpufleet.conf"_s), QSettings::IniFormat);
        m_cloud = std::make_unique<SimulatedCloud>();
        QVERIFY(m_cloud->start());
        m_cloud->setStepMs(100000); // lifecycles only move when a test says so
        m_cloud->addAccount(Provider::Novita, NovitaKey);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_fleet = std::make_unique<FleetMonitor>();
        PollIntervals intervals;
        intervals.fastMs = 200;
        intervals.slowMs = 300;
        intervals.maxBackoffMs = 400;
        m_fleet->setIntervals(intervals);
    }

    void cleanup()
    {
        m_sync.reset();
        m_fleet.reset();
        m_network.reset();
        m_cloud.reset();
        m_settings.reset();
        m_home.reset();
    }

    void entriesFollowTheInstances()
    {
        setManaged(true);
        m_sync = std::make_unique<SshConfigSync>(*m_fleet, *m_settings, m_home->path());
        m_cloud->addInstance(Provider::Novita, NovitaKey, {u"trainer"_s, {}, {}, 1, {}});
        const QString second =
            m_cloud->addInstance(Provider::Novita, NovitaKey, {u"eval box"_s, {}, {}, 1, {}});
        startFleet();

        QTRY_VERIFY_WITH_TIMEOUT(managedConfig().contains(u"Host novita-main-trainer\n"_s), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(managedConfig().contains(u"Host novita-main-eval-box\n"_s), 10000);
        QVERIFY(!QFile::exists(m_sync->writer().userConfigPath())); // the Include is the user's call

        m_cloud->removeInstance(Provider::Novita, NovitaKey, second);
        QTRY_VERIFY_WITH_TIMEOUT(!managedConfig().contains(u"eval-box"_s), 10000);
        QVERIFY(managedConfig().contains(u"Host novita-main-trainer\n"_s));

        // An account that goes takes its entries along.
        m_fleet->removeAccount(AccountId);
        QTRY_VERIFY_WITH_TIMEOUT(!managedConfig().contains(u"Host "_s), 5000);
    }

    void nothingIsWrittenWhileOff()
    {
        setManaged(false);
        m_sync = std::make_unique<SshConfigSync>(*m_fleet, *m_settings, m_home->path());
        m_cloud->addInstance(Provider::Novita, NovitaKey, {u"trainer"_s, {}, {}, 1, {}});
        QSignalSpy synced(m_sync.get(), &SshConfigSync::synced);
        startFleet();
        QTRY_VERIFY_WITH_TIMEOUT(!m_sync->entries().isEmpty(), 10000);
        QVERIFY(!m_sync->isPending()); // no write even scheduled
        QVERIFY(m_sync->syncNow());
        QCOMPARE(synced.count(), 0);
        QVERIFY(!QFileInfo::exists(m_home->filePath(u".ssh"_s)));

        // Switched on in Settings: the entries follow without waiting for the next change.
        setManaged(true);
        m_sync->reloadSettings();
        QVERIFY(m_sync->isPending());
        QTRY_VERIFY_WITH_TIMEOUT(managedConfig().contains(u"Host novita-main-trainer\n"_s), 5000);
        QVERIFY(synced.count() >= 1);

        // Switched off again: a pending write is dropped.
        m_sync->reloadSettings();
        setManaged(false);
        m_sync->reloadSettings();
        QVERIFY(!m_sync->isPending());
    }

    void burstOfChangesIsOneWrite()
    {
        setManaged(true);
        m_sync = std::make_unique<SshConfigSync>(*m_fleet, *m_settings, m_home->path());
        QTRY_VERIFY(!m_sync->isPending()); // the start-up sync (an empty fleet)
        QSignalSpy synced(m_sync.get(), &SshConfigSync::synced);
        for (int i = 0; i < 5; ++i)
            emit m_fleet->accountInstancesChanged(AccountId, {});
        QVERIFY(m_sync->isPending());
        QTRY_VERIFY(!m_sync->isPending());
        QCOMPARE(synced.count(), 1);
    }

    void failureIsReportedOnce()
    {
        setManaged(true);
        m_sync = std::make_unique<SshConfigSync>(*m_fleet, *m_settings, m_home->path());
        QSignalSpy failed(m_sync.get(), &SshConfigSync::failed);
        // A file where the managed folder belongs: every write fails the same way.
        QVERIFY(QDir().mkpath(m_home->filePath(u".ssh"_s)));
        QFile blocker(m_sync->writer().managedDir());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!m_sync->syncNow());
        QVERIFY(!m_sync->syncNow());
        emit m_fleet->accountInstancesChanged(AccountId, {});
        QTRY_VERIFY(!m_sync->isPending());
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(u"gpufleet"_s));
        QVERIFY(!m_sync->errorString().isEmpty());

        // Working again, then broken again: that is news.
        QVERIFY(QFile::remove(m_sync->writer().managedDir()));
        QVERIFY(m_sync->syncNow());
        QVERIFY(m_sync->errorString().isEmpty());
        QVERIFY(QDir(m_sync->writer().managedDir()).removeRecursively());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!m_sync->syncNow());
        QCOMPARE(failed.count(), 2);
    }

    void sshResolvesTheAlias()
    {
        if (QStandardPaths::findExecutable(u"ssh"_s).isEmpty())
            QSKIP("OpenSSH client not installed");
        setManaged(false);
        m_sync = std::make_unique<SshConfigSync>(*m_fleet, *m_settings, m_home->path());
        const QString id = m_cloud->addInstance(Provider::Novita, NovitaKey, {u"trainer"_s, {}, {}, 1, {}});
        startFleet();
        QTRY_VERIFY_WITH_TIMEOUT(m_sync->entryFor(Instance::makeKey(AccountId, id)).has_value(), 10000);
        QVERIFY2(m_sync->enable(), qPrintable(m_sync->errorString()));
        QVERIFY(m_settings->value(QString::fromLatin1(GeneralSettings::ManageSshConfigKey)).toBool());
        QVERIFY(m_sync->writer().hasInclude());

        const auto instance = m_fleet->instance(Instance::makeKey(AccountId, id));
        QVERIFY(instance && instance->hasSshEndpoint());
        const auto entry = m_sync->entryFor(instance->key());
        QCOMPARE(entry->alias, u"novita-main-trainer"_s);
        const QHash<QString, QString> values = sshResolve(entry->alias);
        QCOMPARE(values.value(u"hostname"_s), instance->sshHost);
        QCOMPARE(values.value(u"user"_s), instance->sshUser);
        QCOMPARE(values.value(u"port"_s), QString::number(instance->sshPort));
        QCOMPARE(values.value(u"port"_s).toUShort(),
                 m_cloud->instanceSshPort(Provider::Novita, NovitaKey, id));

        // Gone from the cloud, gone for ssh.
        m_cloud->removeInstance(Provider::Novita, NovitaKey, id);
        QTRY_VERIFY_WITH_TIMEOUT(!managedConfig().contains(u"Host novita-main-trainer"_s), 10000);
        QCOMPARE(sshResolve(entry->alias).value(u"hostname"_s), entry->alias);
    }
};

QTEST_GUILESS_MAIN(TestSshConfigSync)
#include "tst_sshconfigsync.moc"
