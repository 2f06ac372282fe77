#include "fleet/ReadinessProbe.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// ReadinessProbe against real sockets on 127.0.0.1: accept, greeting, nothing listening, late
// listener, cancellation and the loopback-only rule.
class TestReadinessProbe : public QObject
{
    Q_OBJECT

private:
    static Instance instance(quint16 port, const QString &host = u"127.0.0.1"_s)
    {
        Instance i;
        i.provider = Provider::NebulaBlock;
        i.accountId = u"acc"_s;
        i.id = u"vm-1"_s;
        i.status = InstanceStatus::Running;
        i.sshUser = u"ubuntu"_s;
        i.sshHost = host;
        i.sshPort = port;
        return i;
    }
    // A port nothing listens on (bound, then released).
    static quint16 closedPort()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost))
            return 0;
        const quint16 port = server.serverPort();
        server.close();
        return port;
    }

private slots:
    void acceptedWithGreeting()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            socket->write("SSH-2.0-OpenSSH_9.2 GPUFleetTest\r\n");
        });
        ReadinessProbe probe;
        QSignalSpy ready(&probe, &ReadinessProbe::ready);
        probe.probe(instance(server.serverPort()));
        QCOMPARE(ready.size(), 0); // never synchronously
        QVERIFY(probe.isProbing(u"acc/vm-1"_s));
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.at(0).at(0).value<Instance>().id, u"vm-1"_s);
        QCOMPARE(ready.at(0).at(1).toBool(), true);
        QCOMPARE(probe.lastBanner(u"acc/vm-1"_s), u"SSH-2.0-OpenSSH_9.2 GPUFleetTest"_s);
        QVERIFY(!probe.isProbing(u"acc/vm-1"_s));
        QVERIFY(!ready.wait(300)); // exactly once
    }

    void acceptIsEnoughWithoutGreeting()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress(u"127.0.0.1"_s)));
        ReadinessProbe probe;
        probe.setBannerWaitMs(200);
        QSignalSpy ready(&probe, &ReadinessProbe::ready);
        probe.probe(instance(server.serverPort()));
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.at(0).at(1).toBool(), true);
        QVERIFY(probe.lastBanner(u"acc/vm-1"_s).isEmpty());
    }

    void nothingListeningTimesOut()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        ReadinessProbe probe;
        probe.setTimeoutMs(1500);
        probe.setRetryMs(200);
        QSignalSpy ready(&probe, &ReadinessProbe::ready);
        QElapsedTimer elapsed;
        elapsed.start();
        probe.probe(instance(port));
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.at(0).at(1).toBool(), false);
        QVERIFY2(elapsed.elapsed() >= 1400, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(!ready.wait(500));
    }

    void listenerThatComesUpLaterIsFound()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        ReadinessProbe probe;
        probe.setRetryMs(100);
        probe.setBannerWaitMs(100);
        probe.setTimeoutMs(20000);
        QSignalSpy ready(&probe, &ReadinessProbe::ready);
        probe.probe(instance(port));
        QVERIFY(!ready.wait(500)); // a few refused attempts
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, port));
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.at(0).at(1).toBool(), true);
    }

    void cancelledProbeSaysNothing()
    {
        const quint16 port = closedPort();
        ReadinessProbe probe;
        probe.setRetryMs(100);
        QSignalSpy ready(&probe, &ReadinessProbe::ready);
        probe.probe(instance(port));
        probe.cancel(u"acc/vm-1"_s);
        QVERIFY(!probe.isProbing(u"acc/vm-1"_s));
        QVERIFY(!ready.wait(500));
    }

    void loopbackOnlyNeverLeavesTheMachine()
    {
        ReadinessProbe probe;
        probe.setLoopbackOnly(true);
        probe.setTimeoutMs(60000);
        QSignalSpy ready(&probe, &ReadinessProbe::ready);
        QElapsedTimer elapsed;
        elapsed.start();
        probe.probe(instance(22, u"203.0.113.5"_s)); // TEST-NET-3: must not even be tried
        QVERIFY(ready.wait(2000));
        QCOMPARE(ready.at(0).at(1).toBool(), false);
        QVERIFY(elapsed.elapsed() < 2000);
    }

    void instanceWithoutPortGivesUpAtOnce()
    {
        ReadinessProbe probe;
        QSignalSpy ready(&probe, &ReadinessProbe::ready);
        probe.probe(instance(0));
        QVERIFY(ready.wait(2000));
        QCOMPARE(ready.at(0).at(1).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestReadinessProbe)
#include "tst_readinessprobe.moc"
