#include "NovitaParserFixture.h"
#include "providers/novita/NovitaCatalogueParser.h"
#include "providers/novita/NovitaParser.h"
#include "support/TestSupport.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace NovitaParserTesting;

// NovitaParser and NovitaCatalogueParser on the other endpoints: instance details, products and
// prices, clusters, create and action answers, error bodies.
class TestNovitaParserEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void detailRunning();
    void detailFailedCreate();
    void detailSsh_data();
    void detailSsh();
    void products();
    void productAvailability_data();
    void productAvailability();
    void priceUnits_data();
    void priceUnits();
    void clusters();
    void created_data();
    void created();
    void errors_data();
    void errors();
    void actionResult_data();
    void actionResult();
};

void TestNovitaParserEndpoints::detailRunning()
{
    Instance instance;
    QVERIFY(!NovitaParser::parseInstanceDetail(TestSupport::fixture(u"novita/get_running.json"_s), instance)
                 .isError());
    QCOMPARE(instance.id, u"8c1f2e7a9b3d4c50"_s);
    QCOMPARE(instance.status, InstanceStatus::Running);
    QCOMPARE(instance.sshUser, u"root"_s);
    QCOMPARE(instance.sshHost, u"us-ca-06.novita.ai"_s);
    QCOMPARE(instance.sshPort, 31822);
    QCOMPARE(instance.publicIp, u"us-ca-06.novita.ai"_s);
    QCOMPARE(instance.sshPassword, FixturePassword);
    QCOMPARE(instance.sshCommand(), u"ssh -p 31822 root@us-ca-06.novita.ai"_s);
    QCOMPARE(instance.gpuCount, 1);
    QCOMPARE(instance.region, u"US-CA-06 (California)"_s);
    QCOMPARE(instance.extras.value(u"sshReady"_s).toBool(), true);
    QCOMPARE(instance.extras.value(u"webTerminalAddress"_s).toString(),
             u"https://webterminal.novita.ai/8c1f2e7a9b3d4c50"_s);
    QCOMPARE(instance.extras.value(u"jupyterAddress"_s).toString(),
             u"https://8c1f2e7a9b3d4c50-8888.proxy.novita.ai"_s);
    QCOMPARE(instance.extras.value(u"freeStorageSize"_s).toInt(), 60);
    // The password (SSH and web terminal) is kept only in sshPassword, never in extras.
    for (const QVariant &value : std::as_const(instance.extras))
        QVERIFY(!value.toString().contains(FixturePassword));
}

void TestNovitaParserEndpoints::detailFailedCreate()
{
    Instance instance;
    QVERIFY(
        !NovitaParser::parseInstanceDetail(TestSupport::fixture(u"novita/get_failed_create.json"_s), instance)
             .isError());
    QCOMPARE(instance.id, u"1a2b3c4d5e6f7081"_s);
    QCOMPARE(instance.status, InstanceStatus::Error);
    QCOMPARE(instance.providerStatus, u"pulling"_s);
    QCOMPARE(instance.statusMessage, u"failed to pull image docker.io/example/does-not-exist:latest"_s);
    QVERIFY(!instance.hasSshEndpoint());
    QCOMPARE(instance.sshPassword, QString());
    QCOMPARE(instance.gpuModel, QString()); // no productName here: the client looks the product up
    QCOMPARE(instance.extras.value(u"sshReady"_s).toBool(), false);
}

void TestNovitaParserEndpoints::detailSsh_data()
{
    QTest::addColumn<QJsonValue>("ssh");
    QTest::addColumn<QJsonArray>("portMappings");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("password");
    const auto ssh = [](const QString &command, const QString &password = u"pw"_s) {
        return QJsonValue(
            QJsonObject{{u"sshCommand"_s, command}, {u"password"_s, password}, {u"isRunning"_s, true}});
    };
    const QJsonArray port22{QJsonObject{{u"port"_s, 22}, {u"endpoint"_s, u"fallback.novita.ai:40022"_s}},
                            QJsonObject{{u"port"_s, 8888}, {u"endpoint"_s, u"https://x.proxy.novita.ai"_s}}};
    QTest::newRow("user@host -p") << ssh(u"ssh root@h.novita.ai -p 31822"_s) << QJsonArray() << u"root"_s
                                  << u"h.novita.ai"_s << 31822 << u"pw"_s;
    QTest::newRow("-p user@host") << ssh(u"ssh -p 31822 root@h.novita.ai"_s) << QJsonArray() << u"root"_s
                                  << u"h.novita.ai"_s << 31822 << u"pw"_s;
    QTest::newRow("-pPORT") << ssh(u"ssh -p31822 root@h.novita.ai"_s) << QJsonArray() << u"root"_s
                            << u"h.novita.ai"_s << 31822 << u"pw"_s;
    QTest::newRow("extra spaces, no port")
        << ssh(u"  ssh   admin@10.0.0.5  "_s) << QJsonArray() << u"admin"_s << u"10.0.0.5"_s << 22 << u"pw"_s;
    QTest::newRow("empty command, port 22 fallback")
        << ssh(QString()) << port22 << QString() << u"fallback.novita.ai"_s << 40022 << u"pw"_s;
    QTest::newRow("bad port, fallback") << ssh(u"ssh root@h -p notaport"_s) << port22 << QString()
                                        << u"fallback.novita.ai"_s << 40022 << u"pw"_s;
    QTest::newRow("port as string") << ssh(QString())
                                    << QJsonArray{QJsonObject{{u"port"_s, u"22"_s},
                                                              {u"endpoint"_s, u"tcp://f.novita.ai:4022"_s}}}
                                    << QString() << u"f.novita.ai"_s << 4022 << u"pw"_s;
    QTest::newRow("empty command, no mapping")
        << ssh(QString()) << QJsonArray() << QString() << QString() << 0 << u"pw"_s;
    QTest::newRow("mapping without endpoint")
        << ssh(QString()) << QJsonArray{QJsonObject{{u"port"_s, 22}, {u"type"_s, u"tcp"_s}}} << QString()
        << QString() << 0 << u"pw"_s;
    QTest::newRow("no ssh component")
        << QJsonValue(QJsonValue::Undefined) << QJsonArray() << QString() << QString() << 0 << QString();
    QTest::newRow("ssh component wrong type")
        << QJsonValue(u"ssh root@h -p 1"_s) << QJsonArray() << QString() << QString() << 0 << QString();
    QTest::newRow("legacy sshPassword")
        << ssh(u"ssh root@h -p 2"_s, QString()) << QJsonArray() << u"root"_s << u"h"_s << 2 << u"legacy"_s;
}

void TestNovitaParserEndpoints::detailSsh()
{
    QFETCH(QJsonValue, ssh);
    QFETCH(QJsonArray, portMappings);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, password);
    QJsonObject body{{u"id"_s, u"d"_s}, {u"status"_s, u"running"_s}, {u"portMappings"_s, portMappings}};
    if (!ssh.isUndefined())
        body.insert(u"connectComponentSSH"_s, ssh);
    if (QTest::currentDataTag() == "legacy sshPassword"_ba)
        body.insert(u"sshPassword"_s, u"legacy"_s);
    Instance instance;
    QCOMPARE(k(NovitaParser::parseInstanceDetail(json(body), instance).kind), k(Kind::None));
    QCOMPARE(instance.sshUser, user);
    QCOMPARE(instance.sshHost, host);
    QCOMPARE(instance.sshPort, port);
    QCOMPARE(instance.publicIp, host);
    QCOMPARE(instance.sshPassword, password);
}

void TestNovitaParserEndpoints::products()
{
    QList<Offering> offerings;
    QVERIFY(!NovitaCatalogueParser::parseProducts(TestSupport::fixture(u"novita/products.json"_s), offerings)
                 .isError());
    QCOMPARE(offerings.size(), 2);
    const Offering rtx = offerings.at(0);
    QCOMPARE(rtx.id, u"4090.16c62g"_s);
    QCOMPARE(rtx.name, u"RTX 4090 24GB"_s);
    QCOMPARE(rtx.gpuModel, u"RTX 4090 24GB"_s);
    QCOMPARE(rtx.gpuCount, 1);
    QVERIFY(rtx.pricePerHour);
    QCOMPARE(*rtx.pricePerHour, 0.35);
    QVERIFY(rtx.available);
    QCOMPARE(rtx.cpuCores, 16);
    QCOMPARE(rtx.ramGb, 62);
    QCOMPARE(rtx.minDiskGb, 10);
    QCOMPARE(rtx.maxDiskGb, 6144);
    QCOMPARE(rtx.region, QString()); // offered in two regions
    QCOMPARE(rtx.extras.value(u"regions"_s).toStringList(),
             (QStringList{u"US-CA-06 (California)"_s, u"EU-GB-01 (United Kingdom)"_s}));
    QCOMPARE(rtx.extras.value(u"inventoryState"_s).toString(), u"normal"_s);
    QCOMPARE(rtx.extras.value(u"billingMethods"_s).toStringList(),
             (QStringList{u"onDemand"_s, u"spot"_s, u"monthly"_s}));
    QCOMPARE(rtx.extras.value(u"diskPerGpu"_s).toInt(), 6144);
    QCOMPARE(rtx.extras.value(u"spotPricePerHour"_s).toDouble(), 0.175);

    const Offering h100 = offerings.at(1);
    QCOMPARE(*h100.pricePerHour, 1.89);
    QVERIFY(!h100.available);
    QCOMPARE(h100.extras.value(u"inventoryState"_s).toString(), u"none"_s);
    QVERIFY(!h100.extras.contains(u"spotPricePerHour"_s)); // "0" = no spot price
}

void TestNovitaParserEndpoints::productAvailability_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<bool>("available");
    QTest::newRow("deployable") << QByteArray(R"("availableDeploy":true,"inventoryState":"low")") << true;
    QTest::newRow("not deployable") << QByteArray(R"("availableDeploy":false,"inventoryState":"high")")
                                    << false;
    QTest::newRow("no inventory") << QByteArray(R"("availableDeploy":true,"inventoryState":"none")") << false;
    QTest::newRow("fields missing") << QByteArray(R"("x":1)") << true;
    QTest::newRow("as strings") << QByteArray(R"("availableDeploy":"false")") << false;
}

void TestNovitaParserEndpoints::productAvailability()
{
    QFETCH(QByteArray, fields);
    QFETCH(bool, available);
    QList<Offering> offerings;
    QVERIFY(!NovitaCatalogueParser::parseProducts(R"({"data":[{"id":"p",)" + fields + "}]}", offerings)
                 .isError());
    QCOMPARE(offerings.size(), 1);
    QCOMPARE(offerings.first().available, available);
}

void TestNovitaParserEndpoints::priceUnits_data()
{
    QTest::addColumn<QJsonValue>("price");
    QTest::addColumn<double>("expected"); // -1 = no price
    QTest::newRow("string") << QJsonValue(u"35000"_s) << 0.35;
    QTest::newRow("integer") << QJsonValue(35000) << 0.35;
    QTest::newRow("H100") << QJsonValue(u"189000"_s) << 1.89;
    QTest::newRow("fraction") << QJsonValue(u"12.5"_s) << 0.000125;
    QTest::newRow("large") << QJsonValue(2400000) << 24.0;
    QTest::newRow("zero") << QJsonValue(u"0"_s) << -1.0;
    QTest::newRow("negative") << QJsonValue(-5) << -1.0;
    QTest::newRow("garbage") << QJsonValue(u"free"_s) << -1.0;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << -1.0;
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << -1.0;
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"usd"_s, 1}}) << -1.0;
}

void TestNovitaParserEndpoints::priceUnits()
{
    QFETCH(QJsonValue, price);
    QFETCH(double, expected);
    const auto direct = NovitaCatalogueParser::priceFromUnits(price);
    QJsonObject product{{u"id"_s, u"p"_s}};
    if (!price.isUndefined())
        product.insert(u"price"_s, price);
    QList<Offering> offerings;
    QVERIFY(
        !NovitaCatalogueParser::parseProducts(json({{u"data"_s, QJsonArray{product}}}), offerings).isError());
    QCOMPARE(offerings.size(), 1);
    if (expected < 0) {
        QVERIFY(!direct);
        QVERIFY(!offerings.first().pricePerHour);
    } else {
        QVERIFY(direct);
        QCOMPARE(*direct, expected);
        QCOMPARE(*offerings.first().pricePerHour, expected);
    }
}

void TestNovitaParserEndpoints::clusters()
{
    QList<CatalogueEntry> entries;
    QVERIFY(!NovitaCatalogueParser::parseClusters(TestSupport::fixture(u"novita/clusters.json"_s), entries)
                 .isError());
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).id, u"us-ca-06"_s);
    QCOMPARE(entries.at(0).name, u"US-CA-06 (California)"_s);
    QCOMPARE(entries.at(0).extras.value(u"availableGpuType"_s).toStringList().size(), 3);
    QCOMPARE(entries.at(0).extras.value(u"supportNetworkStorage"_s).toBool(), true);
    QCOMPARE(entries.at(1).id, u"eu-gb-01"_s);
    QCOMPARE(entries.at(1).extras.value(u"supportInstanceNetwork"_s).toBool(), false);

    QVERIFY(!NovitaCatalogueParser::parseClusters(R"({"data":[{"name":"no id"},{"id":"x"}]})", entries)
                 .isError());
    QCOMPARE(entries.size(), 1);
    QVERIFY(!NovitaCatalogueParser::parseClusters(R"({"data":null})", entries).isError());
    QVERIFY(entries.isEmpty());
    QCOMPARE(k(NovitaCatalogueParser::parseClusters(R"({"data":"x"})", entries).kind), k(Kind::BadResponse));
}

void TestNovitaParserEndpoints::created_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("id");
    QTest::newRow("fixture") << TestSupport::fixture(u"novita/create_response.json"_s) << k(Kind::None)
                             << u"8c1f2e7a9b3d4c50"_s;
    QTest::newRow("instanceId") << QByteArray(R"({"instanceId":"abc"})") << k(Kind::None) << u"abc"_s;
    QTest::newRow("numeric id") << QByteArray(R"({"id":987})") << k(Kind::None) << u"987"_s;
    QTest::newRow("in data") << QByteArray(R"({"data":{"id":"d1"}})") << k(Kind::None) << u"d1"_s;
    QTest::newRow("empty object") << QByteArray("{}") << k(Kind::BadResponse) << QString();
    QTest::newRow("empty id") << QByteArray(R"({"id":""})") << k(Kind::BadResponse) << QString();
    QTest::newRow("error with 200") << QByteArray(R"({"code":400,"reason":"VALIDATOR_PARAM","message":"x"})")
                                    << k(Kind::BadResponse) << QString();
    QTest::newRow("conflict with 200")
        << QByteArray(R"({"code":400,"reason":"CONFLICT","message":"x"})") << k(Kind::Conflict) << QString();
}

void TestNovitaParserEndpoints::created()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);
    QFETCH(QString, id);
    QString instanceId;
    QCOMPARE(k(NovitaParser::parseCreated(body, instanceId).kind), kind);
    QCOMPARE(instanceId, id);
}

void TestNovitaParserEndpoints::errors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");
    const auto file = [](const char *name) {
        return TestSupport::fixture(u"novita/"_s + QLatin1String(name));
    };
    QTest::newRow("not found 400") << file("error_400_not_found.json") << 400 << k(Kind::NotFound)
                                   << u"RESOURCE_NOT_FOUND"_s << u"instance not found"_s;
    QTest::newRow("not found 404") << file("error_400_not_found.json") << 404 << k(Kind::NotFound)
                                   << u"RESOURCE_NOT_FOUND"_s << u"instance not found"_s;
    QTest::newRow("conflict") << file("error_400_conflict.json") << 400 << k(Kind::Conflict) << u"CONFLICT"_s
                              << u"instance is not in a state that allows this operation"_s;
    QTest::newRow("validator") << file("error_400_validator.json") << 400 << k(Kind::Validation)
                               << u"VALIDATOR_PARAM"_s << u"gpuNum must be in range [1, 8]"_s;
    QTest::newRow("balance") << file("error_400_balance.json") << 400 << k(Kind::Validation)
                             << u"BALANCE_NOT_ENOUGH"_s << u"insufficient balance"_s;
    QTest::newRow("insufficient resource")
        << file("error_400_insufficient_resource.json") << 400 << k(Kind::Validation)
        << u"INSUFFICIENT_RESOURCE"_s << u"insufficient resources for product H100-80GB.16c200g"_s;
    QTest::newRow("401") << file("error_401.json") << 401 << k(Kind::Auth) << u"UNAUTHORIZED"_s
                         << u"unauthorized"_s;
    QTest::newRow("403") << file("error_403.json") << 403 << k(Kind::Forbidden) << u"FORBIDDEN"_s
                         << u"access forbidden"_s;
    QTest::newRow("429") << file("error_429.json") << 429 << k(Kind::RateLimited) << u"RATE_LIMIT_EXCEEDED"_s
                         << u"request rate limit exceeded"_s;
    QTest::newRow("500") << file("error_500.json") << 500 << k(Kind::Server) << u"UNKNOWN"_s
                         << u"unknown error"_s;
    QTest::newRow("UNKNOWN on 400") << QByteArray(R"({"reason":"UNKNOWN"})") << 400 << k(Kind::Server)
                                    << u"UNKNOWN"_s << QString();
    QTest::newRow("reason lower case")
        << QByteArray(R"({"reason":"conflict"})") << 400 << k(Kind::Conflict) << u"conflict"_s << QString();
    QTest::newRow("new reason on 400") << QByteArray(R"({"code":400,"reason":"GPU_ON_FIRE","message":"hot"})")
                                       << 400 << k(Kind::Validation) << u"GPU_ON_FIRE"_s << u"hot"_s;
    QTest::newRow("error object") << QByteArray(R"({"error":{"message":"nested","type":"bad_request"}})")
                                  << 400 << k(Kind::Validation) << u"bad_request"_s << u"nested"_s;
    QTest::newRow("error string") << QByteArray(R"({"error":"plain words"})") << 502 << k(Kind::Server)
                                  << QString() << u"plain words"_s;
    QTest::newRow("message only") << QByteArray(R"({"message":"only this"})") << 404 << k(Kind::NotFound)
                                  << QString() << u"only this"_s;
    QTest::newRow("html") << QByteArray("<html><h1>502 Bad Gateway</h1></html>") << 502 << k(Kind::Server)
                          << QString() << QString();
    QTest::newRow("empty") << QByteArray() << 503 << k(Kind::Server) << QString() << QString();
    QTest::newRow("array") << QByteArray("[1,2]") << 400 << k(Kind::Validation) << QString() << QString();
}

void TestNovitaParserEndpoints::errors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, httpStatus);
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    ProviderError error;
    error.kind = ProviderError::kindForHttpStatus(httpStatus);
    error.httpStatus = httpStatus;
    NovitaParser::readError(error, body);
    QCOMPARE(k(error.kind), kind);
    QCOMPARE(error.reason, reason);
    QCOMPARE(error.providerMessage, message);
    QCOMPARE(error.httpStatus, httpStatus);
}

void TestNovitaParserEndpoints::actionResult_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");
    QTest::newRow("empty") << QByteArray() << k(Kind::None);
    QTest::newRow("fixture {}") << TestSupport::fixture(u"novita/action_response.json"_s) << k(Kind::None);
    QTest::newRow("success code") << QByteArray(R"({"code":0,"message":"ok"})") << k(Kind::None);
    QTest::newRow("text") << QByteArray("OK") << k(Kind::None);
    QTest::newRow("conflict with 200")
        << QByteArray(R"({"code":400,"reason":"CONFLICT","message":"no"})") << k(Kind::Conflict);
}

void TestNovitaParserEndpoints::actionResult()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);
    QCOMPARE(k(NovitaParser::parseActionResult(body).kind), kind);
}

QTEST_APPLESS_MAIN(TestNovitaParserEndpoints)
#include "tst_novitaparser_endpoints.moc"
