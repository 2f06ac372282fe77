#include "FalParserFixture.h"
#include "providers/fal/FalParser.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace FalParserFixture;

using Kind = ProviderError::Kind;

// FalParser on instance and list answers: every fal fixture, every documented status and every
// broken shape.
class TestFalParserResponses : public QObject
{
    Q_OBJECT

private slots:
    void instanceFixtures_data();
    void instanceFixtures();
    void listFixtures_data();
    void listFixtures();
    void statuses_data();
    void statuses();
    void lenientInstance_data();
    void lenientInstance();
    void brokenInstanceBody_data();
    void brokenInstanceBody();
    void lenientListPage_data();
    void lenientListPage();
    void brokenListPage_data();
    void brokenListPage();
};

void TestFalParserResponses::instanceFixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("id");
    QTest::addColumn<InstanceStatus>("status");
    QTest::addColumn<QString>("providerStatus");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("gpuCount");
    QTest::addColumn<QString>("publicIp");
    QTest::addColumn<QString>("sshHost");
    QTest::addColumn<int>("sshPort");
    QTest::addColumn<QString>("sector");

    QTest::newRow("get_ready") << u"fal/get_ready.json"_s << u"inst_7k2mq9xa41"_s << InstanceStatus::Running
                               << u"ready"_s << u"us-west"_s << 1 << u"203.0.113.42"_s << u"203.0.113.42"_s
                               << 22 << QString();
    QTest::newRow("get_provisioning_8x")
        << u"fal/get_provisioning_8x.json"_s << u"inst_p3w8zt0c77"_s << InstanceStatus::Provisioning
        << u"provisioning"_s << u"us-east"_s << 8 << QString() << QString() << 0 << u"sector_2"_s;
    QTest::newRow("create_201") << u"fal/create_201.json"_s << u"inst_q9d4hv2m58"_s
                                << InstanceStatus::Provisioning << u"provisioning"_s << u"us-central"_s << 1
                                << QString() << QString() << 0 << QString();
}

void TestFalParserResponses::instanceFixtures()
{
    QFETCH(QString, fixture);
    const QByteArray body = TestSupport::fixture(fixture);
    QVERIFY(!body.isEmpty());

    Instance instance;
    const ProviderError error = FalParser::parseInstanceBody(body, instance);
    QCOMPARE(error.kind, Kind::None);
    QTEST(instance.id, "id");
    QTEST(instance.status, "status");
    QTEST(instance.providerStatus, "providerStatus");
    QTEST(instance.region, "region");
    QTEST(instance.gpuCount, "gpuCount");
    QTEST(instance.publicIp, "publicIp");
    QTEST(instance.sshHost, "sshHost");
    QTEST(instance.sshPort, "sshPort");
    QTEST(instance.extras.value(u"sector"_s).toString(), "sector");
    QCOMPARE(instance.provider, Provider::Fal);
    QCOMPARE(instance.gpuModel, u"H100 SXM5"_s);
    QVERIFY(instance.name.isEmpty()); // fal has no names
    QVERIFY(!instance.createdAt.isValid());
    QVERIFY(!instance.pricePerHour.has_value());
    QVERIFY(instance.extras.value(u"instance_type"_s).toString().startsWith(u"gpu_"_s));
    QVERIFY(!instance.extras.value(u"creator_user_nickname"_s).toString().isEmpty());
    QCOMPARE(instance.sshUser, instance.hasSshEndpoint() ? u"ubuntu"_s : QString());
}

void TestFalParserResponses::listFixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("nextCursor");
    QTest::addColumn<bool>("hasMore");

    QTest::newRow("list_page1") << u"fal/list_page1.json"_s
                                << QStringList{u"inst_7k2mq9xa41"_s, u"inst_p3w8zt0c77"_s} << u"Mg=="_s
                                << true;
    QTest::newRow("list_page2") << u"fal/list_page2.json"_s << QStringList{u"inst_b5n1rr6e02"_s} << QString()
                                << false;
    QTest::newRow("list_empty") << u"fal/list_empty.json"_s << QStringList() << QString() << false;
}

void TestFalParserResponses::listFixtures()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, ids);
    const QByteArray body = TestSupport::fixture(fixture);
    QVERIFY(!body.isEmpty());

    FalParser::Page page;
    QCOMPARE(FalParser::parseListPage(body, page).kind, Kind::None);
    QStringList got;
    for (const Instance &instance : page.instances)
        got << instance.id;
    QCOMPARE(got, ids);
    QTEST(page.nextCursor, "nextCursor");
    QTEST(page.hasMore, "hasMore");
    QCOMPARE(page.skippedRows, 0);
}

void TestFalParserResponses::statuses_data()
{
    QTest::addColumn<QJsonValue>("status");
    QTest::addColumn<QJsonValue>("ip");
    QTest::addColumn<InstanceStatus>("expected");
    QTest::addColumn<QString>("providerStatus");
    QTest::addColumn<bool>("reachable");

    const QJsonValue ip(u"198.51.100.7"_s);
    QTest::newRow("ready") << QJsonValue(u"ready"_s) << ip << InstanceStatus::Running << u"ready"_s << true;
    QTest::newRow("ready without ip") << QJsonValue(u"ready"_s) << QJsonValue(QJsonValue::Undefined)
                                      << InstanceStatus::Running << u"ready"_s << false;
    QTest::newRow("ready with empty ip")
        << QJsonValue(u"ready"_s) << QJsonValue(u""_s) << InstanceStatus::Running << u"ready"_s << false;
    QTest::newRow("ready with null ip") << QJsonValue(u"ready"_s) << QJsonValue(QJsonValue::Null)
                                        << InstanceStatus::Running << u"ready"_s << false;
    QTest::newRow("init") << QJsonValue(u"init"_s) << ip << InstanceStatus::Provisioning << u"init"_s
                          << false;
    QTest::newRow("pending") << QJsonValue(u"pending"_s) << ip << InstanceStatus::Provisioning << u"pending"_s
                             << false;
    QTest::newRow("provisioning") << QJsonValue(u"provisioning"_s) << ip << InstanceStatus::Provisioning
                                  << u"provisioning"_s << false;
    QTest::newRow("stopped") << QJsonValue(u"stopped"_s) << ip << InstanceStatus::Stopped << u"stopped"_s
                             << false;
    QTest::newRow("unknown") << QJsonValue(u"unknown"_s) << ip << InstanceStatus::Unknown << u"unknown"_s
                             << false;
    QTest::newRow("READY upper case")
        << QJsonValue(u"READY"_s) << ip << InstanceStatus::Running << u"READY"_s << true;
    QTest::newRow("padded") << QJsonValue(u" stopped "_s) << ip << InstanceStatus::Stopped << u" stopped "_s
                            << false;
    QTest::newRow("undocumented word")
        << QJsonValue(u"terminated"_s) << ip << InstanceStatus::Unknown << u"terminated"_s << false;
    QTest::newRow("garbage") << QJsonValue(u"\u00e9\u0000<script>"_s) << ip << InstanceStatus::Unknown
                             << u"\u00e9\u0000<script>"_s << false;
    QTest::newRow("empty") << QJsonValue(u""_s) << ip << InstanceStatus::Unknown << QString() << false;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << ip << InstanceStatus::Unknown << QString()
                          << false;
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << ip << InstanceStatus::Unknown
                             << QString() << false;
    QTest::newRow("number") << QJsonValue(3) << ip << InstanceStatus::Unknown << u"3"_s << false;
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"state"_s, u"ready"_s}}) << ip
                            << InstanceStatus::Unknown << QString() << false;
}

void TestFalParserResponses::statuses()
{
    QFETCH(QJsonValue, status);
    QFETCH(QJsonValue, ip);
    QFETCH(bool, reachable);

    QJsonObject object{{u"id"_s, u"inst_s"_s}, {u"instance_type"_s, u"gpu_1x_h100_sxm5"_s}};
    if (!status.isUndefined())
        object.insert(u"status"_s, status);
    if (!ip.isUndefined())
        object.insert(u"ip"_s, ip);
    Instance instance;
    QCOMPARE(FalParser::parseInstanceBody(QJsonDocument(object).toJson(), instance).kind, Kind::None);
    QTEST(instance.status, "expected");
    QTEST(instance.providerStatus, "providerStatus");
    QCOMPARE(instance.hasSshEndpoint(), reachable);
    if (reachable) {
        QCOMPARE(instance.sshHost, ip.toString());
        QCOMPARE(instance.sshPort, 22);
        QCOMPARE(instance.sshUser, u"ubuntu"_s);
        QCOMPARE(instance.sshCommand(), u"ssh ubuntu@198.51.100.7"_s);
    } else {
        QCOMPARE(instance.sshPort, 0);
        QVERIFY(instance.sshHost.isEmpty());
    }
    QCOMPARE(instance.publicIp, ip.isString() ? ip.toString() : QString());
}

void TestFalParserResponses::lenientInstance_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("gpuModel");
    QTest::addColumn<int>("gpuCount");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("extrasCount");

    QTest::newRow("documented example")
        << QByteArray(ReadyBody) << u"inst_1"_s << u"H100 SXM5"_s << 1 << u"us-west"_s << 2;
    QTest::newRow("only an id") << QByteArray(R"({"id":"inst_x"})") << u"inst_x"_s << QString() << 0
                                << QString() << 0;
    QTest::newRow("numeric id") << QByteArray(R"({"id":12345,"instance_type":"gpu_8x_h100_sxm5"})")
                                << u"12345"_s << u"H100 SXM5"_s << 8 << QString() << 1;
    QTest::newRow("legacy uuid id") << QByteArray(R"({"id":"0b0e8a2c-1f7e-4b7a-9d2e-2c1c7c7d9e11"})")
                                    << u"0b0e8a2c-1f7e-4b7a-9d2e-2c1c7c7d9e11"_s << QString() << 0
                                    << QString() << 0;
    QTest::newRow("padded id and type")
        << QByteArray(R"({"id":" inst_p ","instance_type":" GPU_1X_H100_SXM5 "})") << u"inst_p"_s
        << u"H100 SXM5"_s << 1 << QString() << 1;
    QTest::newRow("all nulls") << QByteArray(
        R"({"id":"inst_n","instance_type":null,"region":null,"sector":null,)"
        R"("ip":null,"status":null,"creator_user_nickname":null})")
                               << u"inst_n"_s << QString() << 0 << QString() << 0;
    QTest::newRow("unknown type") << QByteArray(
        R"({"id":"inst_u","instance_type":"gpu_4x_b200","region":"other"})")
                                  << u"inst_u"_s << u"gpu_4x_b200"_s << 0 << u"other"_s << 1;
    QTest::newRow("unknown fields") << QByteArray(
        R"({"id":"inst_f","future":{"a":[1,2,{"b":null}]},"price":"1.0",)"
        R"("instance_type":"gpu_1x_h100_sxm5","labels":[]})")
                                    << u"inst_f"_s << u"H100 SXM5"_s << 1 << QString() << 1;
    QTest::newRow("wrong-typed optionals")
        << QByteArray(R"({"id":"inst_w","region":["us"],"sector":{},"ip":true})") << u"inst_w"_s << QString()
        << 0 << QString() << 0;
    QTest::newRow("8x with sector") << TestSupport::fixture(u"fal/get_provisioning_8x.json"_s)
                                    << u"inst_p3w8zt0c77"_s << u"H100 SXM5"_s << 8 << u"us-east"_s << 3;
}

void TestFalParserResponses::lenientInstance()
{
    QFETCH(QByteArray, body);
    Instance instance;
    QCOMPARE(FalParser::parseInstanceBody(body, instance).kind, Kind::None);
    QTEST(instance.id, "id");
    QTEST(instance.gpuModel, "gpuModel");
    QTEST(instance.gpuCount, "gpuCount");
    QTEST(instance.region, "region");
    QTEST(int(instance.extras.size()), "extrasCount");
    QVERIFY(instance.name.isEmpty());
}

void TestFalParserResponses::brokenInstanceBody_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray ready = TestSupport::fixture(u"fal/get_ready.json"_s);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \r\n\t ");
    QTest::newRow("truncated") << ready.left(ready.size() / 2);
    QTest::newRow("one brace") << QByteArray("{");
    QTest::newRow("trailing garbage") << QByteArray(ReadyBody + "}");
    QTest::newRow("array of instance") << QByteArray("[" + ReadyBody + "]");
    QTest::newRow("string") << QByteArray(R"("inst_1")");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("no id") << QByteArray(R"({"instance_type":"gpu_1x_h100_sxm5","status":"ready"})");
    QTest::newRow("null id") << QByteArray(R"({"id":null,"status":"ready"})");
    QTest::newRow("empty id") << QByteArray(R"({"id":"  ","status":"ready"})");
    QTest::newRow("object id") << QByteArray(R"({"id":{"value":"inst_1"}})");
    QTest::newRow("error envelope") << TestSupport::fixture(u"fal/error_404.json"_s);
    QTest::newRow("html") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
}

void TestFalParserResponses::brokenInstanceBody()
{
    QFETCH(QByteArray, body);
    Instance instance;
    instance.id = u"untouched"_s;
    const ProviderError error = FalParser::parseInstanceBody(body, instance);
    QCOMPARE(error.kind, Kind::BadResponse);
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(instance.id, u"untouched"_s);
}

void TestFalParserResponses::lenientListPage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("nextCursor");
    QTest::addColumn<bool>("hasMore");
    QTest::addColumn<int>("skipped");

    QTest::newRow("rows without id skipped")
        << QByteArray(R"({"instances":[{"status":"ready"},{"id":"a"},{"id":null},{"id":""},{"id":"b"}],)"
                      R"("next_cursor":null,"has_more":false})")
        << QStringList{u"a"_s, u"b"_s} << QString() << false << 3;
    QTest::newRow("non-object rows skipped")
        << QByteArray(R"({"instances":[1,"x",null,[],{"id":"a"}],"next_cursor":null,"has_more":false})")
        << QStringList{u"a"_s} << QString() << false << 4;
    QTest::newRow("has_more as string")
        << QByteArray(R"({"instances":[],"next_cursor":"Mw==","has_more":"true"})") << QStringList()
        << u"Mw=="_s << true << 0;
    QTest::newRow("has_more as number") << QByteArray(R"({"instances":[],"next_cursor":"Mw==","has_more":1})")
                                        << QStringList() << u"Mw=="_s << true << 0;
    QTest::newRow("has_more missing, cursor set")
        << QByteArray(R"({"instances":[],"next_cursor":"Mw=="})") << QStringList() << u"Mw=="_s << true << 0;
    QTest::newRow("has_more missing, no cursor")
        << QByteArray(R"({"instances":[]})") << QStringList() << QString() << false << 0;
    QTest::newRow("has_more null") << QByteArray(R"({"instances":[],"next_cursor":null,"has_more":null})")
                                   << QStringList() << QString() << false << 0;
    QTest::newRow("numeric cursor") << QByteArray(R"({"instances":[],"next_cursor":2,"has_more":true})")
                                    << QStringList() << u"2"_s << true << 0;
    QTest::newRow("cursor kept verbatim")
        << QByteArray(R"({"instances":[],"next_cursor":" a+b/c== ","has_more":true})") << QStringList()
        << u" a+b/c== "_s << true << 0;
    QTest::newRow("unknown top-level fields") << QByteArray(
        R"({"total":"9","instances":[{"id":"a","x":1}],"meta":{},"next_cursor":null,"has_more":false})")
                                              << QStringList{u"a"_s} << QString() << false << 0;
}

void TestFalParserResponses::lenientListPage()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, ids);
    FalParser::Page page;
    QCOMPARE(FalParser::parseListPage(body, page).kind, Kind::None);
    QStringList got;
    for (const Instance &instance : page.instances)
        got << instance.id;
    QCOMPARE(got, ids);
    QTEST(page.nextCursor, "nextCursor");
    QTEST(page.hasMore, "hasMore");
    QTEST(page.skippedRows, "skipped");
}

void TestFalParserResponses::brokenListPage_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray page1 = TestSupport::fixture(u"fal/list_page1.json"_s);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << page1.left(page1.size() - 10);
    QTest::newRow("malformed") << QByteArray(R"({"instances":[{"id":"a",}]})");
    QTest::newRow("bare array (legacy API)") << QByteArray("[" + ReadyBody + "]");
    QTest::newRow("instances missing") << QByteArray(R"({"next_cursor":null,"has_more":false})");
    QTest::newRow("instances null") << QByteArray(R"({"instances":null})");
    QTest::newRow("instances string") << QByteArray(R"({"instances":"inst_1"})");
    QTest::newRow("instances object") << QByteArray(R"({"instances":)" + ReadyBody + "}");
    QTest::newRow("error envelope") << TestSupport::fixture(u"fal/error_500.json"_s);
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><title>Gateway</title></html>");
}

void TestFalParserResponses::brokenListPage()
{
    QFETCH(QByteArray, body);
    FalParser::Page page;
    QCOMPARE(FalParser::parseListPage(body, page).kind, Kind::BadResponse);
    QVERIFY(page.instances.isEmpty());
}

QTEST_APPLESS_MAIN(TestFalParserResponses)

#include "tst_falparser_responses.moc"
