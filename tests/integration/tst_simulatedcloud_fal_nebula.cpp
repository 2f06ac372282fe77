#include "SimulatedCloudFixture.h"
#include "simulator/SimulatedCloud.h"

using namespace Qt::Literals::StringLiterals;
using namespace SimulatedCloudTest;

// The simulated fal and NebulaBlock APIs over real HTTP: fal's cursor pages, create validation,
// lifecycle and idempotency keys; NebulaBlock's catalogue, SSH keys, create, find-by-name,
// actions and offset pages.
class TestSimulatedCloudFalNebula : public SimulatedCloudTest::SimulatedCloudFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void falPagesWithCursor();
    void falCreateGetDelete();
    void falCreateValidation_data();
    void falCreateValidation();
    void falLifecycleReachesReadyWithLoopbackIp();
    void falIdempotencyKeyReplaysCreate();

    void nebulaCatalogueAndSshKeys();
    void nebulaCreateFindByNameAndActions();
    void nebulaCreateValidation();
    void nebulaPagesWithOffset();
};

void TestSimulatedCloudFalNebula::falPagesWithCursor()
{
    for (int i = 0; i < 5; ++i)
        m_cloud->addInstance(Provider::Fal, FalKey, {});

    QStringList ids;
    QString cursor;
    QStringList cursors;
    for (int page = 0; page < 10; ++page) {
        const QString query = cursor.isEmpty() ? u"limit=2"_s : u"limit=2&cursor="_s + cursor;
        const Reply reply = call("GET", url(Provider::Fal, u"/compute/instances"_s, query), FalAuth);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        for (const QJsonValue &item : body.value(u"instances"_s).toArray())
            ids << item.toObject().value(u"id"_s).toString();
        QCOMPARE(body.value(u"has_more"_s).toBool(), !body.value(u"next_cursor"_s).isNull());
        if (body.value(u"next_cursor"_s).isNull())
            break;
        cursor = body.value(u"next_cursor"_s).toString();
        cursors << cursor;
    }
    QCOMPARE(cursors, QStringList({u"Mg=="_s, u"Mw=="_s}));
    QCOMPARE(ids.size(), 5);
    ids.removeDuplicates();
    QCOMPARE(ids.size(), 5);
    QCOMPARE(call("GET", url(Provider::Fal, u"/compute/instances"_s, u"cursor=***"_s), FalAuth).status, 400);
}

void TestSimulatedCloudFalNebula::falCreateGetDelete()
{
    const QUrl collection = url(Provider::Fal, u"/compute/instances"_s);
    const Reply created =
        call("POST", collection, FalAuth,
             R"({"instance_type":"gpu_1x_h100_sxm5","ssh_key":"ssh-ed25519 AAAA test@host"})");
    QCOMPARE(created.status, 201);
    const QJsonObject instance = created.json();
    QCOMPARE(instance.value(u"status"_s).toString(), u"provisioning"_s);
    QVERIFY(!instance.contains(u"ip"_s));
    QVERIFY(!instance.contains(u"sector"_s));
    const QString id = instance.value(u"id"_s).toString();
    QVERIFY(id.startsWith(u"inst_"_s));

    const QUrl one = url(Provider::Fal, u"/compute/instances/"_s + id);
    QCOMPARE(call("GET", one, FalAuth).json().value(u"id"_s).toString(), id);
    const Reply deleted = call("DELETE", one, FalAuth);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    const Reply gone = call("GET", one, FalAuth);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.json().value(u"error"_s).toObject().value(u"type"_s).toString(), u"not_found"_s);
    QCOMPARE(call("DELETE", one, FalAuth).status, 404);
}

void TestSimulatedCloudFalNebula::falCreateValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown type") << QByteArray(R"({"instance_type":"gpu_2x","ssh_key":"ssh-ed25519 A"})")
                                  << 400;
    QTest::newRow("empty ssh_key") << QByteArray(R"({"instance_type":"gpu_1x_h100_sxm5","ssh_key":""})")
                                   << 400;
    QTest::newRow("sector with 1x") << QByteArray(
        R"({"instance_type":"gpu_1x_h100_sxm5","ssh_key":"ssh-ed25519 A","sector":"sector_1"})")
                                    << 400;
    QTest::newRow("bad sector") << QByteArray(
        R"({"instance_type":"gpu_8x_h100_sxm5","ssh_key":"ssh-ed25519 A","sector":"sector_9"})")
                                << 400;
    QTest::newRow("not json") << QByteArray("instance_type=gpu") << 400;
    QTest::newRow("8x with sector") << QByteArray(
        R"({"instance_type":"gpu_8x_h100_sxm5","ssh_key":"ssh-ed25519 A","sector":"sector_3"})")
                                    << 201;
}

void TestSimulatedCloudFalNebula::falCreateValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const Reply reply = call("POST", url(Provider::Fal, u"/compute/instances"_s), FalAuth, body);
    QCOMPARE(reply.status, status);
    if (status == 400) {
        QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"type"_s).toString(),
                 u"validation_error"_s);
        QVERIFY(m_cloud->instanceIds(Provider::Fal, FalKey).isEmpty());
    } else {
        QCOMPARE(reply.json().value(u"sector"_s).toString(), u"sector_3"_s);
    }
}

void TestSimulatedCloudFalNebula::falLifecycleReachesReadyWithLoopbackIp()
{
    const Reply created = call("POST", url(Provider::Fal, u"/compute/instances"_s), FalAuth,
                               R"({"instance_type":"gpu_1x_h100_sxm5","ssh_key":"ssh-ed25519 AAAA"})");
    const QString id = created.json().value(u"id"_s).toString();
    QTRY_COMPARE_WITH_TIMEOUT(m_cloud->instanceStatus(Provider::Fal, FalKey, id), u"ready"_s, WaitMs);
    const QJsonObject ready = call("GET", url(Provider::Fal, u"/compute/instances/"_s + id), FalAuth).json();
    QCOMPARE(ready.value(u"status"_s).toString(), u"ready"_s);
    QVERIFY2(isLoopback(ready.value(u"ip"_s).toString()), qPrintable(ready.value(u"ip"_s).toString()));
}

void TestSimulatedCloudFalNebula::falIdempotencyKeyReplaysCreate()
{
    const QUrl collection = url(Provider::Fal, u"/compute/instances"_s);
    const QByteArray body = R"({"instance_type":"gpu_1x_h100_sxm5","ssh_key":"ssh-ed25519 AAAA"})";
    const Reply first = call("POST", collection, FalAuth, body, "3b1f-retry-key");
    const Reply again = call("POST", collection, FalAuth, body, "3b1f-retry-key");
    QCOMPARE(first.status, 201);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.body, first.body);
    QCOMPARE(m_cloud->instanceIds(Provider::Fal, FalKey).size(), 1);
    QCOMPARE(call("POST", collection, FalAuth, body, "another-key").status, 201);
    QCOMPARE(m_cloud->instanceIds(Provider::Fal, FalKey).size(), 2);
}

void TestSimulatedCloudFalNebula::nebulaCatalogueAndSshKeys()
{
    const QJsonObject products =
        call("GET", url(Provider::NebulaBlock, u"/computing/products"_s), NebulaAuth).json();
    QCOMPARE(products.value(u"status"_s).toString(), u"success"_s);
    const QJsonArray canadaH100 =
        products.value(u"data"_s).toObject().value(u"CANADA"_s).toObject().value(u"H100"_s).toArray();
    QVERIFY(!canadaH100.isEmpty());
    QVERIFY(canadaH100.first().toObject().contains(u"dc_id"_s));
    const QJsonObject images =
        call("GET", url(Provider::NebulaBlock, u"/computing/images"_s), NebulaAuth).json();
    QVERIFY(!images.value(u"data"_s).toObject().value(u"NORWAY"_s).toArray().isEmpty());

    const QUrl keys = url(Provider::NebulaBlock, u"/ssh-keys"_s);
    const Reply created =
        call("POST", keys, NebulaAuth, R"({"key_name":"laptop","key_data":"ssh-ed25519 AAAA me"})");
    QCOMPARE(created.status, 200);
    const qint64 keyId = created.json().value(u"data"_s).toObject().value(u"id"_s).toInteger();
    const QJsonObject listed = call("GET", keys, NebulaAuth).json().value(u"data"_s).toObject();
    QCOMPARE(listed.value(u"total_ssh_keys"_s).toInt(), 1);
    QCOMPARE(listed.value(u"ssh_keys"_s).toArray().first().toObject().value(u"key_name"_s).toString(),
             u"laptop"_s);
    const QUrl one = url(Provider::NebulaBlock, u"/ssh-keys/"_s + QString::number(keyId));
    QCOMPARE(call("DELETE", one, NebulaAuth).json().value(u"status"_s).toString(), u"success"_s);
    QCOMPARE(call("DELETE", one, NebulaAuth).status, 404);
}

void TestSimulatedCloudFalNebula::nebulaCreateFindByNameAndActions()
{
    const qint64 keyId = m_cloud->addNebulaSshKey(NebulaKey, u"k"_s, u"ssh-ed25519 AAAA k"_s);
    const QByteArray body = R"({"instance_name":"qtgpu-7e1a","product_id":"fcp66d566c43a9501001256",
        "image_id":"fcp66d566c93a95010012","ssh_key_id":)"
        + QByteArray::number(keyId) + "}";
    const Reply created =
        call("POST", url(Provider::NebulaBlock, u"/computing/instance"_s), NebulaAuth, body);
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json().value(u"status"_s).toString(), u"success"_s);
    QVERIFY(!created.json().contains(u"data"_s)); // no id: found again by name

    const QJsonObject found = nebulaFindByName(u"qtgpu-7e1a"_s);
    const QString id = found.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(found.value(u"status"_s).toString(), u"Creating"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_cloud->instanceStatus(Provider::NebulaBlock, NebulaKey, id), u"Running"_s,
                              WaitMs);

    const QUrl detailUrl = url(Provider::NebulaBlock, u"/computing/instance/"_s + id);
    const QJsonArray data = call("GET", detailUrl, NebulaAuth).json().value(u"data"_s).toArray();
    QCOMPARE(data.size(), 1);
    const QJsonObject detail = data.first().toObject();
    QVERIFY(isLoopback(detail.value(u"public_ipv4"_s).toString()));
    QVERIFY(!detail.value(u"user_name"_s).toString().isEmpty());
    QVERIFY(!detail.value(u"password"_s).toString().isEmpty());
    QCOMPARE(detail.value(u"vm_password"_s), detail.value(u"password"_s)); // a container product

    auto act = [&](const QString &verb) {
        return call("GET", url(Provider::NebulaBlock, u"/computing/instance/"_s + id + u'/' + verb),
                    NebulaAuth);
    };
    QCOMPARE(act(u"stop"_s).json().value(u"message"_s).toString(), u"Instances stopped successfully"_s);
    QCOMPARE(m_cloud->instanceStatus(Provider::NebulaBlock, NebulaKey, id), u"Stopped"_s);
    const Reply refused = act(u"stop"_s);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json().value(u"status"_s).toString(), u"failed"_s);
    QCOMPARE(act(u"start"_s).status, 200);
    QCOMPARE(m_cloud->instanceStatus(Provider::NebulaBlock, NebulaKey, id), u"Starting"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_cloud->instanceStatus(Provider::NebulaBlock, NebulaKey, id), u"Running"_s,
                              WaitMs);
    QCOMPARE(act(u"reboot"_s).status, 200);
    QCOMPARE(m_cloud->instanceStatus(Provider::NebulaBlock, NebulaKey, id), u"Rebooting"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_cloud->instanceStatus(Provider::NebulaBlock, NebulaKey, id), u"Running"_s,
                              WaitMs);

    QCOMPARE(call("DELETE", detailUrl, NebulaAuth).json().value(u"status"_s).toString(), u"success"_s);
    QVERIFY(nebulaFindByName(u"qtgpu-7e1a"_s).isEmpty());
    const QJsonObject deleted =
        call("GET", url(Provider::NebulaBlock, u"/computing/deleted-instances"_s), NebulaAuth).json();
    QCOMPARE(deleted.value(u"total_instance"_s).toInt(), 1);
    QCOMPARE(deleted.value(u"data"_s).toArray().first().toObject().value(u"status"_s).toString(),
             u"Deleted"_s);
    const Reply gone = call("GET", detailUrl, NebulaAuth);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.json().value(u"message"_s).toString(), u"Instance not found"_s);
    QCOMPARE(gone.json().value(u"status"_s).toString(), u"failed"_s);
}

void TestSimulatedCloudFalNebula::nebulaCreateValidation()
{
    const qint64 keyId = m_cloud->addNebulaSshKey(NebulaKey, u"k"_s, u"ssh-ed25519 AAAA k"_s);
    const QUrl create = url(Provider::NebulaBlock, u"/computing/instance"_s);
    // A dc_id 1 image with a dc_id 2 product of the same region.
    const Reply mismatch =
        call("POST", create, NebulaAuth,
             R"({"instance_name":"x","product_id":"expd0ce88325-aeb0-48d0-8216-09506b58f1dd",
                                "image_id":"fcp66d566c93a95010012","ssh_key_id":)"
                 + QByteArray::number(keyId) + "}");
    QCOMPARE(mismatch.status, 400);
    QCOMPARE(mismatch.json().value(u"status"_s).toString(), u"failed"_s);
    const Reply noKey = call("POST", create, NebulaAuth,
                             R"({"instance_name":"x","product_id":"fcp66d566c43a9501001256",
                             "image_id":"fcp66d566c93a95010012","ssh_key_id":999999})");
    QCOMPARE(noKey.status, 400);
    QVERIFY(m_cloud->instanceIds(Provider::NebulaBlock, NebulaKey).isEmpty());
}

void TestSimulatedCloudFalNebula::nebulaPagesWithOffset()
{
    for (int i = 0; i < 5; ++i)
        m_cloud->addInstance(Provider::NebulaBlock, NebulaKey, {u"n"_s + QString::number(i), {}, {}, 1, {}});
    QStringList names;
    for (int offset = 0; offset < 10; offset += 2) {
        const QJsonObject page = call("GET",
                                      url(Provider::NebulaBlock, u"/computing/instances"_s,
                                          u"limit=2&offset="_s + QString::number(offset)),
                                      NebulaAuth)
                                     .json();
        QCOMPARE(page.value(u"total_instance"_s).toInt(), 5);
        for (const QJsonValue &item : page.value(u"data"_s).toArray())
            names << item.toObject().value(u"host_name"_s).toString();
    }
    QCOMPARE(names, QStringList({u"n0"_s, u"n1"_s, u"n2"_s, u"n3"_s, u"n4"_s}));
}

QTEST_GUILESS_MAIN(TestSimulatedCloudFalNebula)

#include "tst_simulatedcloud_fal_nebula.moc"
