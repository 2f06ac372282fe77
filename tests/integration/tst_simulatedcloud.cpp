#include "simulator/SimulatedCloud.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString FalKey = u"fal-test-key"_s;
const QString NovitaKey = u"sk_test_novita"_s;
const QString NebulaKey = u"ak_test_nebula"_s;
const QByteArray FalAuth = "Key fal-test-key";
const QByteArray NovitaAuth = "Bearer sk_test_novita";
const QByteArray NebulaAuth = "Bearer ak_test_nebula";
constexpr int StepMs = 30;
constexpr int WaitMs = 10000;

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray retryAfter;

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] bool isJson() const { return !QJsonDocument::fromJson(body).isNull(); }
};

bool isLoopback(const QString &ip)
{
    return QHostAddress(ip).isInSubnet(QHostAddress(u"127.0.0.0"_s), 8);
}
} // namespace

// The simulated cloud spoken to over real HTTP with a plain QNetworkAccessManager: each
// provider's documented paths, bodies, status codes and error shapes, lifecycles, SSH greeters
// and every fault kind.
class TestSimulatedCloud : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refusesBadAuthorization_data();
    void refusesBadAuthorization();
    void revokedAndForbiddenKeys();
    void unknownPathIs404();

    void falPagesWithCursor();
    void falCreateGetDelete();
    void falCreateValidation_data();
    void falCreateValidation();
    void falLifecycleReachesReadyWithLoopbackIp();
    void falIdempotencyKeyReplaysCreate();

    void novitaPagesAndFilters();
    void novitaCreateLifecycleAndActions();
    void novitaCreateValidation_data();
    void novitaCreateValidation();
    void novitaNotFoundIs400Or404();
    void novitaCatalogue();
    void novitaGreeterAnswersWhileRunning();

    void nebulaCatalogueAndSshKeys();
    void nebulaCreateFindByNameAndActions();
    void nebulaCreateValidation();
    void nebulaPagesWithOffset();

    void faultHttpErrorUsesProviderShapes();
    void faultRateLimitWithRetryAfter();
    void faultStallNeverAnswers();
    void faultResetMidBody();
    void faultMangledBodies_data();
    void faultMangledBodies();
    void faultRepeatCursor();
    void faultCountAndFilters();

    void latencyIsConcurrent();
    void portPerProvider();
    void demoSeedIsLoopbackOnly();

private:
    Reply call(const QByteArray &method, const QUrl &url, const QByteArray &auth, const QByteArray &body = {},
               const QByteArray &idempotencyKey = {}, int timeoutMs = 0);
    QUrl url(Provider provider, const QString &path, const QString &query = {}) const;
    Reply novitaGet(const QString &id);
    QJsonObject nebulaFindByName(const QString &name);

    std::unique_ptr<SimulatedCloud> m_cloud;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestSimulatedCloud::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_cloud = std::make_unique<SimulatedCloud>();
    m_cloud->setStepMs(StepMs);
    QVERIFY(m_cloud->start());
    m_cloud->addAccount(Provider::Fal, FalKey);
    m_cloud->addAccount(Provider::Novita, NovitaKey);
    m_cloud->addAccount(Provider::NebulaBlock, NebulaKey);
}

void TestSimulatedCloud::cleanup()
{
    m_nam.reset();
    m_cloud.reset();
}

Reply TestSimulatedCloud::call(const QByteArray &method, const QUrl &target, const QByteArray &auth,
                               const QByteArray &body, const QByteArray &idempotencyKey, int timeoutMs)
{
    QNetworkRequest request(target);
    request.setRawHeader("Content-Type", "application/json");
    if (!auth.isEmpty())
        request.setRawHeader("Authorization", auth);
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    if (timeoutMs > 0)
        request.setTransferTimeout(timeoutMs);
    std::unique_ptr<QNetworkReply> reply(m_nam->sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(WaitMs))
        return {};
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.error = reply->error();
    result.contentType = reply->rawHeader("Content-Type");
    result.retryAfter = reply->rawHeader("Retry-After");
    return result;
}

QUrl TestSimulatedCloud::url(Provider provider, const QString &path, const QString &query) const
{
    QUrl result = m_cloud->baseUrl(provider);
    result.setPath(result.path() + path);
    if (!query.isEmpty())
        result.setQuery(query);
    return result;
}

Reply TestSimulatedCloud::novitaGet(const QString &id)
{
    return call("GET", url(Provider::Novita, u"/gpu/instance"_s, u"instanceId="_s + id), NovitaAuth);
}

QJsonObject TestSimulatedCloud::nebulaFindByName(const QString &name)
{
    const QJsonArray data = call("GET", url(Provider::NebulaBlock, u"/computing/instances"_s), NebulaAuth)
                                .json()
                                .value(u"data"_s)
                                .toArray();
    for (const QJsonValue &value : data) {
        if (value.toObject().value(u"host_name"_s).toString() == name)
            return value.toObject();
    }
    return {};
}

void TestSimulatedCloud::refusesBadAuthorization_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("auth");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    const QString falPath = u"/compute/instances"_s;
    QTest::newRow("fal none") << Provider::Fal << falPath << QByteArray() << u"type"_s
                              << u"authorization_error"_s;
    QTest::newRow("fal bearer") << Provider::Fal << falPath << QByteArray("Bearer fal-test-key") << u"type"_s
                                << u"authorization_error"_s;
    QTest::newRow("fal unknown") << Provider::Fal << falPath << QByteArray("Key nope") << u"type"_s
                                 << u"authorization_error"_s;
    QTest::newRow("novita key scheme")
        << Provider::Novita << u"/gpu/instances"_s << QByteArray("Key sk_test_novita") << u"reason"_s
        << u"UNAUTHORIZED"_s;
    QTest::newRow("novita unknown") << Provider::Novita << u"/products"_s << QByteArray("Bearer sk_other")
                                    << u"reason"_s << u"UNAUTHORIZED"_s;
    QTest::newRow("nebula none") << Provider::NebulaBlock << u"/computing/instances"_s << QByteArray()
                                 << u"message"_s << u"Invalid token"_s;
    QTest::newRow("nebula other tenant's key")
        << Provider::NebulaBlock << u"/ssh-keys"_s << NovitaAuth << u"status"_s << u"failed"_s;
}

void TestSimulatedCloud::refusesBadAuthorization()
{
    QFETCH(Provider, provider);
    QFETCH(QString, path);
    QFETCH(QByteArray, auth);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    const Reply reply = call("GET", url(provider, path), auth);

    QCOMPARE(reply.status, 401);
    QJsonObject body = reply.json();
    if (provider == Provider::Fal)
        body = body.value(u"error"_s).toObject();
    QCOMPARE(body.value(field).toString(), expected);
    if (provider == Provider::Novita)
        QCOMPARE(reply.json().value(u"code"_s).toInt(), 401);
}

void TestSimulatedCloud::revokedAndForbiddenKeys()
{
    const QUrl list = url(Provider::Fal, u"/compute/instances"_s);
    QCOMPARE(call("GET", list, FalAuth).status, 200);
    m_cloud->setAccountForbidden(Provider::Fal, FalKey, true);
    QCOMPARE(call("GET", list, FalAuth).status, 403);
    m_cloud->setAccountForbidden(Provider::Fal, FalKey, false);
    m_cloud->revokeAccount(Provider::Fal, FalKey);
    QCOMPARE(call("GET", list, FalAuth).status, 401);
}

void TestSimulatedCloud::unknownPathIs404()
{
    QUrl other = m_cloud->baseUrl(Provider::Fal);
    other.setPath(u"/nothing/here"_s);
    QCOMPARE(call("GET", other, FalAuth).status, 404);
    QCOMPARE(call("GET", url(Provider::Fal, u"/compute/other"_s), FalAuth).status, 404);
}

void TestSimulatedCloud::falPagesWithCursor()
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

void TestSimulatedCloud::falCreateGetDelete()
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

void TestSimulatedCloud::falCreateValidation_data()
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

void TestSimulatedCloud::falCreateValidation()
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

void TestSimulatedCloud::falLifecycleReachesReadyWithLoopbackIp()
{
    const Reply created = call("POST", url(Provider::Fal, u"/compute/instances"_s), FalAuth,
                               R"({"instance_type":"gpu_1x_h100_sxm5","ssh_key":"ssh-ed25519 AAAA"})");
    const QString id = created.json().value(u"id"_s).toString();
    QTRY_COMPARE_WITH_TIMEOUT(m_cloud->instanceStatus(Provider::Fal, FalKey, id), u"ready"_s, WaitMs);
    const QJsonObject ready = call("GET", url(Provider::Fal, u"/compute/instances/"_s + id), FalAuth).json();
    QCOMPARE(ready.value(u"status"_s).toString(), u"ready"_s);
    QVERIFY2(isLoopback(ready.value(u"ip"_s).toString()), qPrintable(ready.value(u"ip"_s).toString()));
}

void TestSimulatedCloud::falIdempotencyKeyReplaysCreate()
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

void TestSimulatedCloud::novitaPagesAndFilters()
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

void TestSimulatedCloud::novitaCreateLifecycleAndActions()
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

void TestSimulatedCloud::novitaCreateValidation_data()
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

void TestSimulatedCloud::novitaCreateValidation()
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

void TestSimulatedCloud::novitaNotFoundIs400Or404()
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

void TestSimulatedCloud::novitaCatalogue()
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

void TestSimulatedCloud::novitaGreeterAnswersWhileRunning()
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

void TestSimulatedCloud::nebulaCatalogueAndSshKeys()
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

void TestSimulatedCloud::nebulaCreateFindByNameAndActions()
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

void TestSimulatedCloud::nebulaCreateValidation()
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

void TestSimulatedCloud::nebulaPagesWithOffset()
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

void TestSimulatedCloud::faultHttpErrorUsesProviderShapes()
{
    SimFault fault;
    fault.httpStatus = 503;
    for (Provider provider : Providers::all())
        m_cloud->addFault(provider, fault);

    const Reply fal = call("GET", url(Provider::Fal, u"/compute/instances"_s), FalAuth);
    QCOMPARE(fal.status, 503);
    QCOMPARE(fal.json().value(u"error"_s).toObject().value(u"type"_s).toString(), u"server_error"_s);
    const Reply novita = call("GET", url(Provider::Novita, u"/gpu/instances"_s), NovitaAuth);
    QCOMPARE(novita.status, 503);
    QCOMPARE(novita.json().value(u"reason"_s).toString(), u"UNKNOWN"_s);
    const Reply nebula = call("GET", url(Provider::NebulaBlock, u"/computing/instances"_s), NebulaAuth);
    QCOMPARE(nebula.status, 503);
    QCOMPARE(nebula.json().value(u"status"_s).toString(), u"failed"_s);
    // Refused before the API: nothing was created.
    call("POST", url(Provider::Fal, u"/compute/instances"_s), FalAuth,
         R"({"instance_type":"gpu_1x_h100_sxm5","ssh_key":"ssh-ed25519 A"})");
    QVERIFY(m_cloud->instanceIds(Provider::Fal, FalKey).isEmpty());
}

void TestSimulatedCloud::faultRateLimitWithRetryAfter()
{
    SimFault fault;
    fault.kind = SimFault::Kind::RateLimit;
    fault.retryAfterSeconds = 7;
    m_cloud->addFault(Provider::Novita, fault);
    const Reply limited = call("GET", url(Provider::Novita, u"/gpu/instances"_s), NovitaAuth);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.retryAfter, QByteArray("7"));
    QCOMPARE(limited.json().value(u"reason"_s).toString(), u"RATE_LIMIT_EXCEEDED"_s);

    SimFault plain;
    plain.kind = SimFault::Kind::RateLimit;
    m_cloud->addFault(Provider::Fal, plain);
    const Reply fal = call("GET", url(Provider::Fal, u"/compute/instances"_s), FalAuth);
    QCOMPARE(fal.status, 429);
    QVERIFY(fal.retryAfter.isEmpty());
    QCOMPARE(fal.json().value(u"error"_s).toObject().value(u"type"_s).toString(), u"rate_limited"_s);
}

void TestSimulatedCloud::faultStallNeverAnswers()
{
    SimFault fault;
    fault.kind = SimFault::Kind::Stall;
    m_cloud->addFault(Provider::Fal, fault);
    QSignalSpy handled(m_cloud.get(), &SimulatedCloud::requestHandled);
    const Reply reply = call("GET", url(Provider::Fal, u"/compute/instances"_s), FalAuth, {}, {}, 300);
    QCOMPARE(reply.status, 0);
    QCOMPARE(reply.error, QNetworkReply::OperationCanceledError); // the transfer timeout fired
    QCOMPARE(handled.count(), 1);
    QCOMPARE(handled.first().at(1).toInt(), 0);
}

void TestSimulatedCloud::faultResetMidBody()
{
    for (int i = 0; i < 30; ++i)
        m_cloud->addInstance(Provider::Fal, FalKey, {});
    SimFault fault;
    fault.kind = SimFault::Kind::ResetMidBody;
    fault.count = 1;
    m_cloud->addFault(Provider::Fal, fault);
    const Reply reset = call("GET", url(Provider::Fal, u"/compute/instances"_s), FalAuth);
    QVERIFY2(reset.error != QNetworkReply::NoError, qPrintable(QString::number(reset.error)));
    QVERIFY(!reset.isJson());
    QCOMPARE(call("GET", url(Provider::Fal, u"/compute/instances"_s), FalAuth).status, 200);

    // The API did the work before the connection dropped: the ambiguous-create case.
    m_cloud->addFault(Provider::Novita, fault);
    const Reply create =
        call("POST", url(Provider::Novita, u"/gpu/instance/create"_s), NovitaAuth,
             R"({"productId":"4090.16c62g","gpuNum":1,"rootfsSize":60,"imageUrl":"ubuntu","kind":"gpu"})");
    QVERIFY(create.error != QNetworkReply::NoError);
    QCOMPARE(m_cloud->instanceIds(Provider::Novita, NovitaKey).size(), 1);

    // A 204 has no body to cut: the connection drops before any byte. QNAM may resend the DELETE
    // once on its own, and then sees the 404 of an instance that is already gone.
    const QString id = m_cloud->instanceIds(Provider::Fal, FalKey).first();
    m_cloud->addFault(Provider::Fal, fault);
    const Reply deleted = call("DELETE", url(Provider::Fal, u"/compute/instances/"_s + id), FalAuth);
    QVERIFY(deleted.error != QNetworkReply::NoError);
    QVERIFY2(deleted.status == 0 || deleted.status == 404, qPrintable(QString::number(deleted.status)));
    QVERIFY(!m_cloud->instanceIds(Provider::Fal, FalKey).contains(id));
}

void TestSimulatedCloud::faultMangledBodies_data()
{
    QTest::addColumn<SimFault::Kind>("kind");
    QTest::newRow("truncated") << SimFault::Kind::TruncatedJson;
    QTest::newRow("malformed") << SimFault::Kind::MalformedJson;
    QTest::newRow("wrong shape") << SimFault::Kind::WrongShape;
    QTest::newRow("empty") << SimFault::Kind::EmptyBody;
    QTest::newRow("html") << SimFault::Kind::HtmlErrorPage;
    QTest::newRow("huge") << SimFault::Kind::HugeBody;
}

void TestSimulatedCloud::faultMangledBodies()
{
    QFETCH(SimFault::Kind, kind);
    m_cloud->addInstance(Provider::Fal, FalKey, {});
    SimFault fault;
    fault.kind = kind;
    m_cloud->addFault(Provider::Fal, fault);
    const Reply reply = call("GET", url(Provider::Fal, u"/compute/instances"_s), FalAuth);
    switch (kind) {
    case SimFault::Kind::TruncatedJson:
    case SimFault::Kind::MalformedJson:
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.body.isEmpty());
        QVERIFY(!reply.isJson());
        break;
    case SimFault::Kind::WrongShape:
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json().value(u"instances"_s).isObject());
        QVERIFY(reply.json().value(u"has_more"_s).isDouble());
        break;
    case SimFault::Kind::EmptyBody:
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.isEmpty());
        break;
    case SimFault::Kind::HtmlErrorPage:
        QCOMPARE(reply.status, 502);
        QVERIFY(reply.contentType.startsWith("text/html"));
        QVERIFY(reply.body.contains("Bad Gateway"));
        break;
    case SimFault::Kind::HugeBody:
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.size() >= 40 * 1024 * 1024);
        break;
    default:
        QFAIL("unexpected kind");
    }
}

void TestSimulatedCloud::faultRepeatCursor()
{
    for (int i = 0; i < 5; ++i) {
        m_cloud->addInstance(Provider::Fal, FalKey, {});
        m_cloud->addInstance(Provider::Novita, NovitaKey, {u"r"_s + QString::number(i), {}, {}, 1, {}});
        m_cloud->addInstance(Provider::NebulaBlock, NebulaKey, {u"r"_s + QString::number(i), {}, {}, 1, {}});
    }
    SimFault fault;
    fault.kind = SimFault::Kind::RepeatCursor;
    for (Provider provider : Providers::all())
        m_cloud->addFault(provider, fault);

    const QUrl fal = url(Provider::Fal, u"/compute/instances"_s, u"limit=2&cursor=Mg=="_s);
    QCOMPARE(call("GET", fal, FalAuth).json().value(u"next_cursor"_s).toString(), u"Mg=="_s);
    const QUrl falLast = url(Provider::Fal, u"/compute/instances"_s, u"limit=2&cursor=Mw=="_s);
    QVERIFY(call("GET", falLast, FalAuth).json().value(u"has_more"_s).toBool());

    auto firstName = [this](Provider provider, const QString &path, const QString &query,
                            const QString &array, const QString &field, const QByteArray &auth) {
        return call("GET", url(provider, path, query), auth)
            .json()
            .value(array)
            .toArray()
            .first()
            .toObject()
            .value(field)
            .toString();
    };
    QCOMPARE(firstName(Provider::Novita, u"/gpu/instances"_s, u"pageSize=2&pageNum=3&pageNumber=3"_s,
                       u"instances"_s, u"name"_s, NovitaAuth),
             u"r0"_s);
    QCOMPARE(firstName(Provider::NebulaBlock, u"/computing/instances"_s, u"limit=2&offset=4"_s, u"data"_s,
                       u"host_name"_s, NebulaAuth),
             u"r0"_s);
}

void TestSimulatedCloud::faultCountAndFilters()
{
    SimFault fault;
    fault.httpStatus = 500;
    fault.count = 2;
    fault.method = "POST";
    fault.pathContains = u"/gpu/instance/create"_s;
    m_cloud->addFault(Provider::Novita, fault);
    const QByteArray body =
        R"({"productId":"4090.16c62g","gpuNum":1,"rootfsSize":60,"imageUrl":"u","kind":"gpu"})";
    const QUrl create = url(Provider::Novita, u"/gpu/instance/create"_s);
    QCOMPARE(call("GET", url(Provider::Novita, u"/gpu/instances"_s), NovitaAuth).status, 200);
    QCOMPARE(call("POST", create, NovitaAuth, body).status, 500);
    QCOMPARE(call("POST", create, NovitaAuth, body).status, 500);
    QCOMPARE(call("POST", create, NovitaAuth, body).status, 200);
    QCOMPARE(m_cloud->countRequests(Provider::Novita, "POST", u"/create"_s), 3);
    QCOMPARE(m_cloud->requests().last().authorization, NovitaAuth);

    m_cloud->addFault(Provider::Novita, fault);
    m_cloud->clearFaults();
    QCOMPARE(call("POST", create, NovitaAuth, body).status, 200);
}

void TestSimulatedCloud::latencyIsConcurrent()
{
    constexpr int Latency = 300;
    constexpr int Parallel = 12;
    m_cloud->setLatencyMs(Latency);
    QElapsedTimer clock;
    clock.start();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < Parallel; ++i) {
        QNetworkRequest request(url(Provider::Fal, u"/compute/instances"_s));
        request.setRawHeader("Authorization", FalAuth);
        replies << m_nam->get(request);
    }
    QVERIFY(QTest::qWaitFor(
        [&replies] {
            return std::all_of(replies.cbegin(), replies.cend(), [](auto *r) { return r->isFinished(); });
        },
        WaitMs));
    const qint64 elapsed = clock.elapsed();
    for (QNetworkReply *reply : replies) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    QVERIFY2(elapsed >= Latency, qPrintable(QString::number(elapsed)));
    // QNAM opens 6 connections per host: two rounds, not twelve.
    QVERIFY2(elapsed < Latency * 6, qPrintable(QString::number(elapsed)));
}

void TestSimulatedCloud::portPerProvider()
{
    SimulatedCloud cloud;
    SimulatorOptions options;
    options.portPerProvider = true;
    QVERIFY(cloud.start(options));
    cloud.addAccount(Provider::Novita, NovitaKey);
    QVERIFY(cloud.port(Provider::Fal) != cloud.port(Provider::Novita));
    QVERIFY(cloud.port(Provider::Novita) != cloud.port(Provider::NebulaBlock));
    QCOMPARE(cloud.baseUrl(Provider::Novita).host(), u"127.0.0.1"_s);

    QUrl novita = cloud.baseUrl(Provider::Novita);
    novita.setPath(novita.path() + u"/clusters"_s);
    QCOMPARE(call("GET", novita, NovitaAuth).status, 200);
    QUrl wrongPort = novita;
    wrongPort.setPort(cloud.port(Provider::Fal));
    QCOMPARE(call("GET", wrongPort, NovitaAuth).status, 404);
}

void TestSimulatedCloud::demoSeedIsLoopbackOnly()
{
    m_cloud->seedDemo(FalKey, NovitaKey, NebulaKey);
    int total = 0;
    for (Provider provider : Providers::all()) {
        const QString key = provider == Provider::Fal ? FalKey
            : provider == Provider::Novita            ? NovitaKey
                                                      : NebulaKey;
        for (const QString &id : m_cloud->instanceIds(provider, key)) {
            ++total;
            QVERIFY2(isLoopback(m_cloud->instanceIp(provider, key, id)), qPrintable(id));
        }
    }
    QVERIFY(total >= 10 && total <= 15);

    const QJsonArray fal = call("GET", url(Provider::Fal, u"/compute/instances"_s), FalAuth)
                               .json()
                               .value(u"instances"_s)
                               .toArray();
    for (const QJsonValue &item : fal) {
        if (item.toObject().contains(u"ip"_s))
            QVERIFY(isLoopback(item.toObject().value(u"ip"_s).toString()));
    }
    const QJsonArray nebula = call("GET", url(Provider::NebulaBlock, u"/computing/instances"_s), NebulaAuth)
                                  .json()
                                  .value(u"data"_s)
                                  .toArray();
    for (const QJsonValue &item : nebula) {
        const QString ip = item.toObject().value(u"public_ipv4"_s).toString();
        QVERIFY(ip.isEmpty() || isLoopback(ip));
    }
}

QTEST_GUILESS_MAIN(TestSimulatedCloud)
#include "tst_simulatedcloud.moc"
