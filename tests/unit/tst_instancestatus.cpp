#include "core/InstanceStatus.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using S = InstanceStatus;

// Every raw status in providers/README.md "Unified lifecycle mapping", fal.md §5, novita.md §4
// (with statusError precedence) and nebulablock.md §6 (case-insensitive keywords), plus unknown
// strings, mapped through InstanceStatuses.
class TestInstanceStatus : public QObject
{
    Q_OBJECT

private slots:
    void fal_data();
    void fal();
    void novita_data();
    void novita();
    void nebulaBlock_data();
    void nebulaBlock();
    void names();
    void transitionalAndActive_data();
    void transitionalAndActive();
};

void TestInstanceStatus::fal_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<InstanceStatus>("expected");

    QTest::newRow("init") << u"init"_s << S::Provisioning;
    QTest::newRow("pending") << u"pending"_s << S::Provisioning;
    QTest::newRow("provisioning") << u"provisioning"_s << S::Provisioning;
    QTest::newRow("ready") << u"ready"_s << S::Running;
    QTest::newRow("stopped") << u"stopped"_s << S::Stopped;
    QTest::newRow("unknown") << u"unknown"_s << S::Unknown;
    // fal has no error, running, deleting or deleted status: those are local or API-error states.
    QTest::newRow("error") << u"error"_s << S::Unknown;
    QTest::newRow("running") << u"running"_s << S::Unknown;
    QTest::newRow("deleting") << u"deleting"_s << S::Unknown;
    QTest::newRow("deleted") << u"deleted"_s << S::Unknown;
    QTest::newRow("new-status") << u"hibernating"_s << S::Unknown;
    QTest::newRow("empty") << QString() << S::Unknown;
    QTest::newRow("whitespace") << u"  "_s << S::Unknown;
}

void TestInstanceStatus::fal()
{
    QFETCH(QString, raw);
    QFETCH(InstanceStatus, expected);
    QCOMPARE(InstanceStatuses::fromFal(raw), expected);
}

void TestInstanceStatus::novita_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("statusError");
    QTest::addColumn<InstanceStatus>("expected");

    const QList<QPair<QString, InstanceStatus>> documented = {
        {u"toCreate"_s, S::Provisioning},  {u"creating"_s, S::Provisioning},  {u"pulling"_s, S::Provisioning},
        {u"running"_s, S::Running},        {u"toStart"_s, S::Starting},       {u"starting"_s, S::Starting},
        {u"toStop"_s, S::Stopping},        {u"stopping"_s, S::Stopping},      {u"exited"_s, S::Stopped},
        {u"toRestart"_s, S::Starting},     {u"restarting"_s, S::Starting},    {u"toRemove"_s, S::Deleting},
        {u"removing"_s, S::Deleting},      {u"removed"_s, S::Deleted},        {u"toReset"_s, S::Provisioning},
        {u"resetting"_s, S::Provisioning}, {u"migrating"_s, S::Provisioning}, {u"freezing"_s, S::Stopping},
    };
    for (const auto &[raw, status] : documented) {
        QTest::addRow("%s", qPrintable(raw)) << raw << false << status;
        // statusError wins over every status except running.
        QTest::addRow("%s+statusError", qPrintable(raw))
            << raw << true << (status == S::Running ? S::Running : S::Error);
    }
    QTest::newRow("unknown") << u"hibernated"_s << false << S::Unknown;
    QTest::newRow("unknown+statusError") << u"hibernated"_s << true << S::Error;
    QTest::newRow("empty") << QString() << false << S::Unknown;
    QTest::newRow("empty+statusError") << QString() << true << S::Error;
    QTest::newRow("spot-terminated-is-not-a-status") << u"terminated"_s << false << S::Unknown;
}

void TestInstanceStatus::novita()
{
    QFETCH(QString, raw);
    QFETCH(bool, statusError);
    QFETCH(InstanceStatus, expected);
    QCOMPARE(InstanceStatuses::fromNovita(raw, statusError), expected);
}

void TestInstanceStatus::nebulaBlock_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<InstanceStatus>("expected");

    // Exact words (any case).
    QTest::newRow("Running") << u"Running"_s << S::Running;
    QTest::newRow("RUNNING") << u"RUNNING"_s << S::Running;
    QTest::newRow("Active") << u"Active"_s << S::Running;
    QTest::newRow("active") << u"active"_s << S::Running;
    QTest::newRow("Stopped") << u"Stopped"_s << S::Stopped;
    QTest::newRow("Shutoff") << u"Shutoff"_s << S::Stopped;
    QTest::newRow("SHUTOFF") << u"SHUTOFF"_s << S::Stopped;
    QTest::newRow("Shutdown") << u"Shutdown"_s << S::Stopped;
    QTest::newRow("Powered off") << u"Powered off"_s << S::Stopped;
    QTest::newRow("Off") << u"Off"_s << S::Stopped;
    QTest::newRow("Exited") << u"Exited"_s << S::Stopped;
    QTest::newRow("Deleted") << u"Deleted"_s << S::Deleted;
    QTest::newRow("Terminated") << u"Terminated"_s << S::Deleted;
    QTest::newRow("padded") << u"  Running \n"_s << S::Running;

    // Keywords anywhere in the string.
    QTest::newRow("Creating") << u"Creating"_s << S::Provisioning;
    QTest::newRow("create_pending") << u"CREATE_PENDING"_s << S::Provisioning;
    QTest::newRow("Building") << u"Building"_s << S::Provisioning;
    QTest::newRow("Pending") << u"Pending"_s << S::Provisioning;
    QTest::newRow("Provisioning") << u"Provisioning"_s << S::Provisioning;
    QTest::newRow("Deploying") << u"Deploying"_s << S::Provisioning;
    QTest::newRow("Initializing") << u"Initializing"_s << S::Provisioning;
    QTest::newRow("init") << u"init"_s << S::Provisioning;
    QTest::newRow("Starting") << u"Starting"_s << S::Starting;
    QTest::newRow("Booting") << u"Booting"_s << S::Starting;
    QTest::newRow("Rebooting") << u"Rebooting"_s << S::Starting;
    QTest::newRow("reboot") << u"REBOOT"_s << S::Starting;
    QTest::newRow("Restarting") << u"Restarting"_s << S::Starting;
    QTest::newRow("Power on") << u"Power on"_s << S::Starting;
    QTest::newRow("Powering on") << u"Powering on"_s << S::Starting;
    QTest::newRow("Stopping") << u"Stopping"_s << S::Stopping;
    QTest::newRow("Shutting down") << u"Shutting down"_s << S::Stopping;
    QTest::newRow("Powering off") << u"Powering off"_s << S::Stopping;
    QTest::newRow("Deleting") << u"Deleting"_s << S::Deleting;
    QTest::newRow("pending_delete") << u"pending_delete"_s << S::Deleting;
    QTest::newRow("Terminating") << u"Terminating"_s << S::Deleting;
    QTest::newRow("Error") << u"Error"_s << S::Error;
    QTest::newRow("ERROR") << u"ERROR"_s << S::Error;
    QTest::newRow("Failed") << u"Failed"_s << S::Error;
    QTest::newRow("create_failed") << u"create_failed"_s << S::Error;
    QTest::newRow("boot failure") << u"Boot failure"_s << S::Error;
    QTest::newRow("deletion error") << u"Deletion error"_s << S::Error;

    // Anything else is data, not an error.
    QTest::newRow("Suspended") << u"Suspended"_s << S::Unknown;
    QTest::newRow("Paused") << u"Paused"_s << S::Unknown;
    QTest::newRow("stop") << u"stop"_s << S::Unknown;
    QTest::newRow("empty") << QString() << S::Unknown;
    QTest::newRow("whitespace") << u" \t"_s << S::Unknown;
}

void TestInstanceStatus::nebulaBlock()
{
    QFETCH(QString, raw);
    QFETCH(InstanceStatus, expected);
    QCOMPARE(InstanceStatuses::fromNebulaBlock(raw), expected);
}

void TestInstanceStatus::names()
{
    QSet<QString> seen;
    for (int i = 0; i <= int(S::Unknown); ++i) {
        const auto status = InstanceStatus(i);
        const QString name = InstanceStatuses::name(status);
        QVERIFY(!name.isEmpty());
        QVERIFY(!seen.contains(name));
        seen.insert(name);
        QCOMPARE(InstanceStatuses::fromName(name), status);
        QVERIFY(!InstanceStatuses::displayName(status).isEmpty());
    }
    QCOMPARE(InstanceStatuses::name(S::Running), u"running"_s);
    QCOMPARE(InstanceStatuses::fromName(u"no-such-status"_s), S::Unknown);
}

void TestInstanceStatus::transitionalAndActive_data()
{
    QTest::addColumn<InstanceStatus>("status");
    QTest::addColumn<bool>("transitional");
    QTest::addColumn<bool>("active");

    QTest::newRow("provisioning") << S::Provisioning << true << true;
    QTest::newRow("starting") << S::Starting << true << true;
    QTest::newRow("running") << S::Running << false << true;
    QTest::newRow("stopping") << S::Stopping << true << true;
    QTest::newRow("stopped") << S::Stopped << false << false;
    QTest::newRow("deleting") << S::Deleting << true << true;
    QTest::newRow("deleted") << S::Deleted << false << false;
    QTest::newRow("error") << S::Error << false << true;
    QTest::newRow("unknown") << S::Unknown << false << true;
}

void TestInstanceStatus::transitionalAndActive()
{
    QFETCH(InstanceStatus, status);
    QFETCH(bool, transitional);
    QFETCH(bool, active);
    QCOMPARE(InstanceStatuses::isTransitional(status), transitional);
    QCOMPARE(InstanceStatuses::isActive(status), active);
}

QTEST_APPLESS_MAIN(TestInstanceStatus)
#include "tst_instancestatus.moc"
