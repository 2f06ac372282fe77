#include "SimulatedCloudFixture.h"
#include "simulator/SimulatedCloud.h"

using namespace Qt::Literals::StringLiterals;
using namespace SimulatedCloudTest;

// What the simulated cloud does for every provider alike, spoken to over real HTTP: authorization,
// unknown paths, every fault kind, concurrent latency, its ports and the demo seed.
class TestSimulatedCloudServer : public SimulatedCloudTest::SimulatedCloudFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void refusesBadAuthorization_data();
    void refusesBadAuthorization();
    void revokedAndForbiddenKeys();
    void unknownPathIs404();

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
};

void TestSimulatedCloudServer::refusesBadAuthorization_data()
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

void TestSimulatedCloudServer::refusesBadAuthorization()
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

void TestSimulatedCloudServer::revokedAndForbiddenKeys()
{
    const QUrl list = url(Provider::Fal, u"/compute/instances"_s);
    QCOMPARE(call("GET", list, FalAuth).status, 200);
    m_cloud->setAccountForbidden(Provider::Fal, FalKey, true);
    QCOMPARE(call("GET", list, FalAuth).status, 403);
    m_cloud->setAccountForbidden(Provider::Fal, FalKey, false);
    m_cloud->revokeAccount(Provider::Fal, FalKey);
    QCOMPARE(call("GET", list, FalAuth).status, 401);
}

void TestSimulatedCloudServer::unknownPathIs404()
{
    QUrl other = m_cloud->baseUrl(Provider::Fal);
    other.setPath(u"/nothing/here"_s);
    QCOMPARE(call("GET", other, FalAuth).status, 404);
    QCOMPARE(call("GET", url(Provider::Fal, u"/compute/other"_s), FalAuth).status, 404);
}

void TestSimulatedCloudServer::faultHttpErrorUsesProviderShapes()
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

void TestSimulatedCloudServer::faultRateLimitWithRetryAfter()
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

void TestSimulatedCloudServer::faultStallNeverAnswers()
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

void TestSimulatedCloudServer::faultResetMidBody()
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

void TestSimulatedCloudServer::faultMangledBodies_data()
{
    QTest::addColumn<SimFault::Kind>("kind");
    QTest::newRow("truncated") << SimFault::Kind::TruncatedJson;
    QTest::newRow("malformed") << SimFault::Kind::MalformedJson;
    QTest::newRow("wrong shape") << SimFault::Kind::WrongShape;
    QTest::newRow("empty") << SimFault::Kind::EmptyBody;
    QTest::newRow("html") << SimFault::Kind::HtmlErrorPage;
    QTest::newRow("huge") << SimFault::Kind::HugeBody;
}

void TestSimulatedCloudServer::faultMangledBodies()
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

void TestSimulatedCloudServer::faultRepeatCursor()
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

void TestSimulatedCloudServer::faultCountAndFilters()
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

void TestSimulatedCloudServer::latencyIsConcurrent()
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

void TestSimulatedCloudServer::portPerProvider()
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

void TestSimulatedCloudServer::demoSeedIsLoopbackOnly()
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

QTEST_GUILESS_MAIN(TestSimulatedCloudServer)

#include "tst_simulatedcloud_server.moc"
