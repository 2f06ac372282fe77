#include "SimulatedCloudFixture.h"
#include "simulator/SimulatedCloud.h"

using namespace Qt::Literals::StringLiterals;
using namespace SimulatedCloudTest;

// The simulated Novita API over real HTTP: paging and filters, create validation, lifecycle and
// actions, not-found shapes, the catalogue and the SSH greeter of a running instance.
class TestSimulatedCloudNovita : public SimulatedCloudTest::SimulatedCloudFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void novitaPagesAndFilters();
    void novitaCreateLifecycleAndActions();
    void novitaCreateValidation_data();
    void novitaCreateValidation();
    void novitaNotFoundIs400Or404();
    void novitaCatalogue();
    void novitaGreeterAnswersWhileRunning();
};

void TestSimulatedCloudNovita::novitaPagesAndFilters()
{
    for (const QString &name : {u"train-a"_s, u"train-b"_s, u"eval-c"_s, u"train-d"_s, u"misc-e"_s})
        m_cloud->addInstance(Provider::Novita, NovitaKey, {name, {}, {}, 1, {}});

    const QUrl list = url(Provider::Novita, u"/gpu/instances"_s);
    QList<int> sizes;
    for (int page = 1; page <= 3; ++page) {
        QUrl target = list;
        target.setQuery(u"pageSize=2&pageNum="_s + QString::number(page));
        const QJsonObject body = call("GET", target, NovitaAuth).json();
        QCOMPARE(body.value(u"total"_s).toInt(), 5);
        sizes << int(body.value(u"instances"_s).toArray().size());
    }
    QCOMPARE(sizes, QList<int>({2, 2, 1}));

    const QJsonObject viaPageNumber =
        call("GET", url(Provider::Novita, u"/gpu/instances"_s, u"pageSize=2&pageNumber=3"_s), NovitaAuth)
            .json();
    QCOMPARE(viaPageNumber.value(u"instances"_s).toArray().first().toObject().value(u"name"_s).toString(),
             u"misc-e"_s);

    const QJsonObject filtered =
        call("GET", url(Provider::Novita, u"/gpu/instances"_s, u"pageSize=10&pageNum=1&name=TRAIN"_s),
             NovitaAuth)
            .json();
    QCOMPARE(filtered.value(u"total"_s).toInt(), 3);
    const QJsonObject item = filtered.value(u"instances"_s).toArray().first().toObject();
    QVERIFY(!item.contains(u"connectComponentSSH"_s));
    QCOMPARE(item.value(u"gpuNum"_s).toString(), u"1"_s); // a string, as documented
}

void TestSimulatedCloudNovita::novitaCreateLifecycleAndActions()
{
    const QByteArray body = R"({"name":"job-1","productId":"4090.16c62g","gpuNum":1,"rootfsSize":60,
        "imageUrl":"nvcr.io/nvidia/pytorch:24.05-py3","kind":"gpu"})";
    const Reply created = call("POST", url(Provider::Novita, u"/gpu/instance/create"_s), NovitaAuth, body);
    QCOMPARE(created.status, 200);
    const QString id = created.json().value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(novitaGet(id).json().value(u"status"_s).toString(), u"toCreate"_s);

    // Poll like a client and check the statuses only ever move forward along the documented path.
    const QStringList path{u"toCreate"_s, u"creating"_s, u"pulling"_s, u"running"_s};
    QStringList seen;
    QElapsedTimer clock;
    clock.start();
    while (seen.value(seen.size() - 1) != u"running" && clock.elapsed() < WaitMs) {
        const QString status = novitaGet(id).json().value(u"status"_s).toString();
        if (seen.isEmpty() || seen.last() != status)
            seen << status;
    }
    QCOMPARE(seen.last(), u"running"_s);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY2(path.indexOf(seen.at(i)) > path.indexOf(seen.at(i - 1)), qPrintable(seen.join(u',')));

    const QJsonObject ssh = novitaGet(id).json().value(u"connectComponentSSH"_s).toObject();
    QVERIFY(ssh.value(u"sshCommand"_s).toString().startsWith(u"ssh root@127.0.0.1 -p "_s));
    QVERIFY(ssh.value(u"isRunning"_s).toBool());
    QVERIFY(!ssh.value(u"password"_s).toString().isEmpty());

    const QByteArray target = R"({"instanceId":")" + id.toLatin1() + R"("})";
    auto act = [&](const QString &verb) {
        return call("POST", url(Provider::Novita, u"/gpu/instance/"_s + verb), NovitaAuth, target);
    };
    const Reply stopped = act(u"stop"_s);
    QCOMPARE(stopped.status, 200);
    QCOMPARE(stopped.json(), QJsonObject());
    QCOMPARE(novitaGet(id).json().value(u"status"_s).toString(), u"toStop"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_cloud->instanceStatus(Provider::Novita, NovitaKey, id), u"exited"_s, WaitMs);
    const Reply conflict = act(u"stop"_s);
    QCOMPARE(conflict.status, 400);
    QCOMPARE(conflict.json().value(u"reason"_s).toString(), u"CONFLICT"_s);
    QCOMPARE(act(u"restart"_s).status, 400);

    QCOMPARE(act(u"start"_s).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_cloud->instanceStatus(Provider::Novita, NovitaKey, id), u"running"_s, WaitMs);
    QCOMPARE(act(u"restart"_s).status, 200);
    QCOMPARE(m_cloud->instanceStatus(Provider::Novita, NovitaKey, id), u"toRestart"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_cloud->instanceStatus(Provider::Novita, NovitaKey, id), u"running"_s, WaitMs);

    QCOMPARE(act(u"delete"_s).status, 200);
    QCOMPARE(novitaGet(id).json().value(u"status"_s).toString(), u"toRemove"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_cloud->instanceIds(Provider::Novita, NovitaKey).isEmpty(), WaitMs);
    QCOMPARE(novitaGet(id).json().value(u"reason"_s).toString(), u"RESOURCE_NOT_FOUND"_s);
}

void TestSimulatedCloudNovita::novitaCreateValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    auto body = [](const char *product, const char *gpus, const char *rootfs, const char *image,
                   const char *kind) -> QByteArray {
        return QByteArray(R"({"productId":)") + product + R"(,"gpuNum":)" + gpus + R"(,"rootfsSize":)"
            + rootfs + R"(,"imageUrl":)" + image + R"(,"kind":)" + kind + "}";
    };
    const char *ok4090 = R"("4090.16c62g")";
    const char *image = R"("ubuntu:22.04")";
    QTest::newRow("missing product") << body(R"("")", "1", "60", image, R"("gpu")") << u"VALIDATOR_PARAM"_s;
    QTest::newRow("unknown product") << body(R"("nope")", "1", "60", image, R"("gpu")")
                                     << u"VALIDATOR_PARAM"_s;
    QTest::newRow("gpuNum 0") << body(ok4090, "0", "60", image, R"("gpu")") << u"VALIDATOR_PARAM"_s;
    QTest::newRow("gpuNum 9") << body(ok4090, "9", "60", image, R"("gpu")") << u"VALIDATOR_PARAM"_s;
    QTest::newRow("rootfs 5") << body(ok4090, "1", "5", image, R"("gpu")") << u"VALIDATOR_PARAM"_s;
    QTest::newRow("rootfs 7000") << body(ok4090, "1", "7000", image, R"("gpu")") << u"VALIDATOR_PARAM"_s;
    QTest::newRow("no image") << body(ok4090, "1", "60", R"("")", R"("gpu")") << u"VALIDATOR_PARAM"_s;
    QTest::newRow("bad kind") << body(ok4090, "1", "60", image, R"("tpu")") << u"VALIDATOR_PARAM"_s;
    QTest::newRow("no capacity") << body(R"("H100-80GB.16c200g")", "1", "60", image, R"("gpu")")
                                 << u"INSUFFICIENT_RESOURCE"_s;
    QTest::newRow("numbers as strings") << body(ok4090, R"("2")", R"("80")", image, R"("gpu")") << QString();
}

void TestSimulatedCloudNovita::novitaCreateValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    const Reply reply = call("POST", url(Provider::Novita, u"/gpu/instance/create"_s), NovitaAuth, body);
    if (reason.isEmpty()) {
        QCOMPARE(reply.status, 200);
        return;
    }
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(u"reason"_s).toString(), reason);
    QCOMPARE(reply.json().value(u"code"_s).toInt(), 400);
    QVERIFY(m_cloud->instanceIds(Provider::Novita, NovitaKey).isEmpty());
}

void TestSimulatedCloudNovita::novitaNotFoundIs400Or404()
{
    const Reply asDocumented = novitaGet(u"0123456789abcdef"_s);
    QCOMPARE(asDocumented.status, 400);
    QCOMPARE(asDocumented.json().value(u"reason"_s).toString(), u"RESOURCE_NOT_FOUND"_s);
    m_cloud->setNovitaNotFoundStatus(404);
    const Reply asClientsSeeIt = novitaGet(u"0123456789abcdef"_s);
    QCOMPARE(asClientsSeeIt.status, 404);
    QCOMPARE(asClientsSeeIt.json().value(u"reason"_s).toString(), u"RESOURCE_NOT_FOUND"_s);
    const Reply action = call("POST", url(Provider::Novita, u"/gpu/instance/stop"_s), NovitaAuth,
                              R"({"instanceId":"0123456789abcdef"})");
    QCOMPARE(action.status, 404);
}

void TestSimulatedCloudNovita::novitaCatalogue()
{
    const QJsonArray products =
        call("GET", url(Provider::Novita, u"/products"_s), NovitaAuth).json().value(u"data"_s).toArray();
    QVERIFY(products.size() >= 3);
    int unavailable = 0;
    for (const QJsonValue &value : products) {
        const QJsonObject product = value.toObject();
        QVERIFY(product.value(u"price"_s).isString());
        QVERIFY(product.value(u"price"_s).toString().toLongLong() > 0);
        unavailable += product.value(u"availableDeploy"_s).toBool() ? 0 : 1;
    }
    QCOMPARE(unavailable, 1);
    const QJsonArray named =
        call("GET", url(Provider::Novita, u"/products"_s, u"productName=4090"_s), NovitaAuth)
            .json()
            .value(u"data"_s)
            .toArray();
    QCOMPARE(named.size(), 1);
    QCOMPARE(named.first().toObject().value(u"price"_s).toString(), u"35000"_s);
    const QJsonArray clusters =
        call("GET", url(Provider::Novita, u"/clusters"_s), NovitaAuth).json().value(u"data"_s).toArray();
    QVERIFY(!clusters.isEmpty());
    QVERIFY(!clusters.first().toObject().value(u"id"_s).toString().isEmpty());
}

void TestSimulatedCloudNovita::novitaGreeterAnswersWhileRunning()
{
    const QString id = m_cloud->addInstance(Provider::Novita, NovitaKey, {u"ssh-box"_s, {}, {}, 1, {}});
    const QString command =
        novitaGet(id).json().value(u"connectComponentSSH"_s).toObject().value(u"sshCommand"_s).toString();
    const quint16 port = quint16(command.section(u' ', -1).toUInt());
    QVERIFY2(port > 0, qPrintable(command));
    QCOMPARE(port, m_cloud->instanceSshPort(Provider::Novita, NovitaKey, id));

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(socket.waitForConnected(WaitMs));
    QVERIFY(QTest::qWaitFor([&socket] { return socket.canReadLine(); }, WaitMs));
    QVERIFY(socket.readLine().startsWith("SSH-2.0-"));
    socket.abort();

    m_cloud->setInstanceStatus(Provider::Novita, NovitaKey, id, u"exited"_s);
    QCOMPARE(m_cloud->instanceSshPort(Provider::Novita, NovitaKey, id), quint16(0));
    QTcpSocket refused;
    refused.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!refused.waitForConnected(WaitMs)
            || !QTest::qWaitFor([&refused] { return refused.canReadLine(); }, 500));
}

QTEST_GUILESS_MAIN(TestSimulatedCloudNovita)

#include "tst_simulatedcloud_novita.moc"
