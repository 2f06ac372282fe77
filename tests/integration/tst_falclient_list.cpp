#include "FalClientFixture.h"

using namespace Qt::Literals::StringLiterals;
using namespace FalClientTest;

// FalClient reads against a scripted loopback server: headers, cursor pagination, retries,
// timeouts, cancellation and single-instance lookups.
class TestFalClientList : public FalClientTest::FalClientFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void sendsAuthAndJsonHeaders();
    void listFollowsCursors_data();
    void listFollowsCursors();
    void listStopsOnRepeatedCursor_data();
    void listStopsOnRepeatedCursor();
    void listStopsAtMaxPages();
    void listFailsOnBadPage_data();
    void listFailsOnBadPage();
    void listRetriesServerError();
    void listRetriesRateLimit_data();
    void listRetriesRateLimit();
    void hungRequestTimesOut();
    void abortCancelsOnce();
    void getAppliesAccount();
    void getMissingIsNotFound();
};

void TestFalClientList::sendsAuthAndJsonHeaders()
{
    // A key pasted with a trailing newline must still make a valid header.
    m_client = std::make_unique<FalClient>(
        Account{u"acc"_s, Provider::Fal, u"l"_s, m_server->url(u"/v1"_s), {}, true}, ApiKey + u"\n"_s,
        m_network.get());
    m_server->enqueue("GET", ListPath, status(200, fixture("list_empty.json")));
    m_server->enqueue("POST", ListPath, status(201, fixture("create_201.json")));

    QCOMPARE(run(m_client->listInstances()).error.kind, Kind::None);
    InstanceSpec spec;
    spec.offeringId = u"gpu_1x_h100_sxm5"_s;
    spec.sshPublicKey = PublicKey;
    QCOMPARE(run(m_client->createInstance(spec)).error.kind, Kind::None);

    QCOMPARE(m_server->requests().size(), 2);
    for (const auto &request : m_server->requests()) {
        QCOMPARE(request.headers.value("authorization"), QString(u"Key "_s + ApiKey).toUtf8());
        QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
        QCOMPARE(request.headers.value("user-agent"), HttpTransport::userAgent());
        QVERIFY(request.headers.value("user-agent").startsWith("GPUFleet/"));
    }
    QCOMPARE(m_server->requests().at(0).query.queryItemValue(u"limit"_s),
             QString::number(m_client->pageSize()));
    QVERIFY(!m_server->requests().at(0).query.hasQueryItem(u"cursor"_s));
    QCOMPARE(m_server->requests().at(1).headers.value("content-type"), QByteArray("application/json"));
}

void TestFalClientList::listFollowsCursors_data()
{
    QTest::addColumn<QJsonValue>("moreOnPage1");
    QTest::addColumn<QJsonValue>("moreOnPage2");

    QTest::newRow("has_more mirrors cursor") << QJsonValue(true) << QJsonValue(true);
    QTest::newRow("has_more omitted")
        << QJsonValue(QJsonValue::Undefined) << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("has_more false, cursor set") << QJsonValue(false) << QJsonValue(u"false"_s);
}

void TestFalClientList::listFollowsCursors()
{
    QFETCH(QJsonValue, moreOnPage1);
    QFETCH(QJsonValue, moreOnPage2);
    // Page sizes ignore the limit both ways; cursors need encoding ('+', '/', '=') and one is the
    // documented "Mg==". An instance listed twice (it moved between pages) is reported once.
    const QString cursor2 = u"Mg=="_s;
    const QString cursor3 = u"a+b/c=&d"_s;
    m_server->setHandler([=](const ScriptedHttpServer::Request &request) {
        const QString cursor = cursorOf(request);
        if (cursor.isEmpty())
            return status(200, page(u"p1-"_s, 3, cursor2, moreOnPage1));
        if (cursor == cursor2)
            return status(200, page(u"p2-"_s, 1, cursor3, moreOnPage2));
        if (cursor == cursor3)
            return status(200, page(u"p3-"_s, 7, QJsonValue::Null, false).replace("p3-6", "p1-0"));
        return status(400, R"({"error":{"type":"validation_error","message":"bad cursor"}})");
    });
    m_client->setPageSize(2);

    const ProviderResult result = run(m_client->listInstances());
    QCOMPARE(result.error.kind, Kind::None);
    QCOMPARE(result.pages, 3);
    QCOMPARE(result.instances.size(), 10);
    QCOMPARE(result.instances.first().id, u"p1-0"_s);
    QCOMPARE(result.instances.last().id, u"p3-5"_s);
    for (const Instance &instance : result.instances) {
        QCOMPARE(instance.accountId, u"acc-fal-1"_s);
        QCOMPARE(instance.provider, Provider::Fal);
    }

    const auto &requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(cursorOf(requests.at(0)), QString());
    QCOMPARE(cursorOf(requests.at(1)), cursor2);
    QCOMPARE(cursorOf(requests.at(2)), cursor3);
    for (const auto &request : requests)
        QCOMPARE(request.query.queryItemValue(u"limit"_s), u"2"_s);
}

void TestFalClientList::listStopsOnRepeatedCursor_data()
{
    QTest::addColumn<QStringList>("cursors"); // next_cursor answered to the n-th request
    QTest::addColumn<int>("expectedRequests");

    QTest::newRow("same cursor again") << QStringList{u"Mg=="_s, u"Mg=="_s} << 2;
    QTest::newRow("cycle of two") << QStringList{u"A"_s, u"B"_s, u"A"_s} << 3;
}

void TestFalClientList::listStopsOnRepeatedCursor()
{
    QFETCH(QStringList, cursors);
    QFETCH(int, expectedRequests);
    auto served = std::make_shared<int>(0);
    m_server->setHandler([=](const ScriptedHttpServer::Request &) {
        const QString next = cursors.value(qMin<qsizetype>((*served)++, cursors.size() - 1));
        return status(200, page(u"r"_s + QString::number(*served) + u"-"_s, 1, next, true));
    });

    const ProviderResult result = run(m_client->listInstances());
    QCOMPARE(result.error.kind, Kind::BadResponse);
    QVERIFY(result.instances.isEmpty());
    QCOMPARE(m_server->requests().size(), expectedRequests);
}

void TestFalClientList::listStopsAtMaxPages()
{
    // Every page offers a fresh cursor: only the page cap ends this.
    m_server->setHandler([](const ScriptedHttpServer::Request &request) {
        const int next = cursorOf(request).toInt() + 1;
        return status(200, page(u"m"_s + QString::number(next) + u"-"_s, 1, QString::number(next), true));
    });
    const ProviderResult result = run(m_client->listInstances(), 90000);
    QCOMPARE(result.error.kind, Kind::BadResponse);
    QCOMPARE(m_server->requests().size(), ProviderClient::MaxPages);
}

void TestFalClientList::listFailsOnBadPage_data()
{
    QTest::addColumn<QByteArray>("secondPage");

    const QByteArray page2 = fixture("list_page2.json");
    QTest::newRow("truncated") << page2.left(page2.size() / 2);
    QTest::newRow("empty 200") << QByteArray();
    QTest::newRow("instances is a string")
        << QByteArray(R"({"instances":"x","next_cursor":null,"has_more":false})");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("more but no cursor")
        << QByteArray(R"({"instances":[],"next_cursor":null,"has_more":true})");
}

void TestFalClientList::listFailsOnBadPage()
{
    QFETCH(QByteArray, secondPage);
    m_server->setHandler([=](const ScriptedHttpServer::Request &request) {
        return cursorOf(request).isEmpty() ? status(200, fixture("list_page1.json"))
                                           : status(200, secondPage);
    });
    const ProviderResult result = run(m_client->listInstances());
    QCOMPARE(result.error.kind, Kind::BadResponse);
    QVERIFY(result.instances.isEmpty()); // never a silently partial list
    QCOMPARE(m_server->requests().size(), 2);
}

void TestFalClientList::listRetriesServerError()
{
    m_server->enqueue("GET", ListPath, status(500, fixture("error_500.json")));
    m_server->enqueue("GET", ListPath, status(200, fixture("list_page2.json")));

    const ProviderResult result = run(m_client->listInstances());
    QCOMPARE(result.error.kind, Kind::None);
    QCOMPARE(result.instances.size(), 1);
    QCOMPARE(result.instances.first().status, InstanceStatus::Stopped);
    QCOMPARE(result.pages, 1);
    QCOMPARE(m_server->count("GET", ListPath), 2);
}

void TestFalClientList::listRetriesRateLimit_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::newRow("Retry-After: 0") << Headers{{"Retry-After", "0"}};
    QTest::newRow("x-ratelimit-reset: 0") << Headers{{"x-ratelimit-reset", "0"}};
    QTest::newRow("no header") << Headers{};
}

void TestFalClientList::listRetriesRateLimit()
{
    QFETCH(Headers, headers);
    m_server->enqueue("GET", ListPath, status(429, fixture("error_429.json"), headers));
    m_server->enqueue("GET", ListPath, status(429, fixture("error_429.json"), headers));
    m_server->enqueue("GET", ListPath, status(200, fixture("list_page2.json")));

    const ProviderResult result = run(m_client->listInstances());
    QCOMPARE(result.error.kind, Kind::None);
    QCOMPARE(result.instances.size(), 1);
    QCOMPARE(m_server->count("GET", ListPath), 3);
}

void TestFalClientList::hungRequestTimesOut()
{
    Response hang;
    hang.hang = true;
    m_server->enqueue("GET", ListPath + u"/inst_1"_s, hang);
    m_server->enqueue("DELETE", ListPath + u"/inst_1"_s, hang);
    m_client->transport()->setTimeout(300);

    const ProviderResult get = run(m_client->getInstance(u"inst_1"_s));
    QCOMPARE(get.error.kind, Kind::Timeout);
    QVERIFY(!get.error.message().isEmpty());
    // A read may be retried after a timeout; a delete is sent once.
    QVERIFY(m_server->count("GET", ListPath + u"/inst_1"_s) >= 1);
    const ProviderResult del = run(m_client->deleteInstance(u"inst_1"_s));
    QCOMPARE(del.error.kind, Kind::Timeout);
    QCOMPARE(m_server->count("DELETE", ListPath + u"/inst_1"_s), 1);
}

void TestFalClientList::abortCancelsOnce()
{
    Response hang;
    hang.hang = true;
    m_server->enqueue("GET", ListPath, hang);
    ProviderCall *call = m_client->listInstances();
    QVERIFY(QTest::qWaitFor([&] { return m_server->requests().size() == 1; }, 5000));
    call->abort();
    QCOMPARE(run(call).error.kind, Kind::Cancelled);
}

void TestFalClientList::getAppliesAccount()
{
    m_client = makeClient(m_server->url(u"/v1/"_s), u"root"_s); // trailing slash on purpose
    m_server->enqueue("GET", ListPath + u"/inst_7k2mq9xa41"_s, status(200, fixture("get_ready.json")));

    const ProviderResult result = run(m_client->getInstance(u"inst_7k2mq9xa41"_s));
    QCOMPARE(result.error.kind, Kind::None);
    QCOMPARE(result.instance.id, u"inst_7k2mq9xa41"_s);
    QCOMPARE(result.instance.accountId, u"acc-fal-1"_s);
    QCOMPARE(result.instance.status, InstanceStatus::Running);
    QCOMPARE(result.instance.sshUser, u"root"_s);
    QCOMPARE(result.instance.sshCommand(), u"ssh root@203.0.113.42"_s);
}

void TestFalClientList::getMissingIsNotFound()
{
    m_server->enqueue("GET", ListPath + u"/gone"_s, status(404, fixture("error_404.json")));
    const ProviderResult result = run(m_client->getInstance(u"gone"_s));
    QCOMPARE(result.error.kind, Kind::NotFound);
    QCOMPARE(result.error.reason, u"not_found"_s);
    QCOMPARE(m_server->count("GET", ListPath + u"/gone"_s), 1); // 404 is an answer, not retried
}

QTEST_GUILESS_MAIN(TestFalClientList)

#include "tst_falclient_list.moc"
