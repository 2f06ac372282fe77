#include "NovitaParserFixture.h"
#include "providers/novita/NovitaCatalogueParser.h"
#include "providers/novita/NovitaParser.h"
#include "support/TestSupport.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace NovitaParserTesting;

// Table-driven checks of NovitaParser's instance list against the Novita fixtures, every
// documented status and the broken or unusual bodies a client must survive.
class TestNovitaParserList : public QObject
{
    Q_OBJECT

private slots:
    void listFixtures_data();
    void listFixtures();
    void listFixtureFields();
    void statuses_data();
    void statuses();
    void spotStatus_data();
    void spotStatus();
    void lenientNumbers_data();
    void lenientNumbers();
    void total_data();
    void total();
    void rowsWithoutIdAreSkipped();
    void missingOptionalFields();
    void listShapes_data();
    void listShapes();
    void brokenBodies_data();
    void brokenBodies();
};

void TestNovitaParserList::listFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("total");
    QTest::newRow("page 1") << u"novita/list_page1.json"_s
                            << QStringList{u"8c1f2e7a9b3d4c50"_s, u"3e9d0a61f4b2c877"_s} << 3;
    QTest::newRow("page 2") << u"novita/list_page2.json"_s << QStringList{u"f05b7c2d1e8a9364"_s} << 3;
}

void TestNovitaParserList::listFixtures()
{
    QFETCH(QString, file);
    QFETCH(QStringList, ids);
    QFETCH(int, total);
    const QByteArray body = TestSupport::fixture(file);
    QVERIFY(!body.isEmpty());
    NovitaParser::InstancePage result;
    QCOMPARE(k(NovitaParser::parseInstancePage(body, result).kind), k(Kind::None));
    QCOMPARE(result.ids, ids);
    QCOMPARE(result.rowCount, ids.size());
    QCOMPARE(result.total, total);
    for (const Instance &instance : std::as_const(result.instances)) {
        QCOMPARE(instance.provider, Provider::Novita);
        QVERIFY(!instance.name.isEmpty());
        QVERIFY(instance.gpuCount >= 1);
        QVERIFY(!instance.region.isEmpty());
        QVERIFY(!instance.hasSshEndpoint()); // list items carry no SSH details
    }
}

void TestNovitaParserList::listFixtureFields()
{
    NovitaParser::InstancePage result;
    QVERIFY(!NovitaParser::parseInstancePage(TestSupport::fixture(u"novita/list_page1.json"_s), result)
                 .isError());
    const Instance running = result.instances.at(0);
    QCOMPARE(running.id, u"8c1f2e7a9b3d4c50"_s);
    QCOMPARE(running.name, u"train-llama-01"_s);
    QCOMPARE(running.status, InstanceStatus::Running);
    QCOMPARE(running.providerStatus, u"running"_s);
    QCOMPARE(running.statusMessage, QString());
    QCOMPARE(running.gpuModel, u"RTX 4090 24GB"_s);
    QCOMPARE(running.gpuCount, 1);
    QCOMPARE(running.region, u"US-CA-06 (California)"_s);
    QCOMPARE(running.extras.value(u"clusterId"_s).toString(), u"us-ca-06"_s);
    QCOMPARE(running.extras.value(u"clusterName"_s).toString(), u"US-CA-06 (California)"_s);
    QCOMPARE(running.extras.value(u"imageUrl"_s).toString(), u"nvcr.io/nvidia/pytorch:24.05-py3"_s);
    QCOMPARE(running.extras.value(u"productId"_s).toString(), u"4090.16c62g"_s);
    QCOMPARE(running.extras.value(u"productName"_s).toString(), u"RTX 4090 24GB"_s);
    QCOMPARE(running.extras.value(u"rootfsSize"_s).toInt(), 60);
    QCOMPARE(running.extras.value(u"billingMode"_s).toString(), u"onDemand"_s);
    QCOMPARE(running.extras.value(u"cpuNum"_s).toInt(), 16);
    QCOMPARE(running.extras.value(u"memory"_s).toInt(), 62);
    QCOMPARE(running.extras.value(u"portMappings"_s).toString(), u"22/tcp, 8888/http"_s);
    QVERIFY(!running.extras.contains(u"spotStatus"_s)); // "" is not a spot status
    QVERIFY(!running.pricePerHour);

    const Instance exited = result.instances.at(1);
    QCOMPARE(exited.status, InstanceStatus::Stopped);
    QCOMPARE(exited.providerStatus, u"exited"_s);
    QCOMPARE(exited.gpuModel, u"A100 SXM 80GB"_s);
    QCOMPARE(exited.extras.value(u"cpuNum"_s).toInt(), 14);
    QCOMPARE(exited.extras.value(u"memory"_s).toInt(), 240);
}

void TestNovitaParserList::statuses_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("hasStatusError");
    QTest::addColumn<InstanceStatus>("expected");
    const QList<QPair<QString, InstanceStatus>> table{
        {u"toCreate"_s, InstanceStatus::Provisioning},  {u"creating"_s, InstanceStatus::Provisioning},
        {u"pulling"_s, InstanceStatus::Provisioning},   {u"running"_s, InstanceStatus::Running},
        {u"toStart"_s, InstanceStatus::Starting},       {u"starting"_s, InstanceStatus::Starting},
        {u"toStop"_s, InstanceStatus::Stopping},        {u"stopping"_s, InstanceStatus::Stopping},
        {u"exited"_s, InstanceStatus::Stopped},         {u"toRestart"_s, InstanceStatus::Starting},
        {u"restarting"_s, InstanceStatus::Starting},    {u"toRemove"_s, InstanceStatus::Deleting},
        {u"removing"_s, InstanceStatus::Deleting},      {u"removed"_s, InstanceStatus::Deleted},
        {u"toReset"_s, InstanceStatus::Provisioning},   {u"resetting"_s, InstanceStatus::Provisioning},
        {u"migrating"_s, InstanceStatus::Provisioning}, {u"freezing"_s, InstanceStatus::Stopping},
        {u"hibernating"_s, InstanceStatus::Unknown},    {QString(), InstanceStatus::Unknown},
    };
    for (const auto &[raw, status] : table) {
        const QByteArray name = (raw.isEmpty() ? u"(empty)"_s : raw).toUtf8();
        QTest::newRow(name.constData()) << raw << false << status;
        // statusError wins over everything except running (novita.md §4).
        const InstanceStatus withError = status == InstanceStatus::Running ? status : InstanceStatus::Error;
        QTest::newRow(QByteArray(name + " + statusError").constData()) << raw << true << withError;
    }
    QTest::newRow("upper case") << u"RUNNING"_s << false << InstanceStatus::Running;
}

void TestNovitaParserList::statuses()
{
    QFETCH(QString, raw);
    QFETCH(bool, hasStatusError);
    QFETCH(InstanceStatus, expected);
    const QJsonObject statusError{{u"state"_s, hasStatusError ? u"Failed"_s : QString()},
                                  {u"message"_s, hasStatusError ? u"image pull failed"_s : QString()}};
    const Instance instance =
        parseOne(page({{u"id"_s, u"i-1"_s}, {u"status"_s, raw}, {u"statusError"_s, statusError}}));
    QCOMPARE(instance.id, u"i-1"_s);
    QCOMPARE(instance.status, expected);
    QCOMPARE(instance.providerStatus, raw);
    QCOMPARE(instance.statusMessage, hasStatusError ? u"image pull failed"_s : QString());
}

void TestNovitaParserList::spotStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("spot");
    QTest::addColumn<InstanceStatus>("expected");
    QTest::addColumn<bool>("hasMessage");
    QTest::newRow("running spot") << u"running"_s << u"running"_s << InstanceStatus::Running << false;
    QTest::newRow("notified") << u"running"_s << u"notified"_s << InstanceStatus::Running << true;
    QTest::newRow("reclaiming") << u"running"_s << u"reclaiming"_s << InstanceStatus::Running << true;
    QTest::newRow("terminated") << u"running"_s << u"terminated"_s << InstanceStatus::Stopped << true;
    QTest::newRow("terminated, removed")
        << u"removed"_s << u"terminated"_s << InstanceStatus::Deleted << true;
}

void TestNovitaParserList::spotStatus()
{
    QFETCH(QString, status);
    QFETCH(QString, spot);
    QFETCH(InstanceStatus, expected);
    QFETCH(bool, hasMessage);
    const Instance instance =
        parseOne(page({{u"id"_s, u"s"_s}, {u"status"_s, status}, {u"spotStatus"_s, spot}}));
    QCOMPARE(instance.status, expected);
    QCOMPARE(instance.extras.value(u"spotStatus"_s).toString(), spot);
    if (expected != InstanceStatus::Deleted)
        QCOMPARE(!instance.statusMessage.isEmpty(), hasMessage);
}

void TestNovitaParserList::lenientNumbers_data()
{
    QTest::addColumn<QJsonValue>("gpuNum");
    QTest::addColumn<QJsonValue>("cpuNum");
    QTest::addColumn<int>("gpuCount");
    QTest::addColumn<QVariant>("cpuExtra");
    QTest::newRow("strings") << QJsonValue(u"2"_s) << QJsonValue(u"32"_s) << 2 << QVariant(32);
    QTest::newRow("numbers") << QJsonValue(4) << QJsonValue(64) << 4 << QVariant(64);
    QTest::newRow("floats") << QJsonValue(8.0) << QJsonValue(16.0) << 8 << QVariant(16);
    QTest::newRow("padded strings") << QJsonValue(u" 3 "_s) << QJsonValue(u"8"_s) << 3 << QVariant(8);
    QTest::newRow("garbage") << QJsonValue(u"many"_s) << QJsonValue(u"lots"_s) << 0 << QVariant(u"lots"_s);
    QTest::newRow("negative") << QJsonValue(-1) << QJsonValue(true) << 0 << QVariant(u"true"_s);
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QJsonValue(QJsonValue::Null) << 0
                             << QVariant();
}

void TestNovitaParserList::lenientNumbers()
{
    QFETCH(QJsonValue, gpuNum);
    QFETCH(QJsonValue, cpuNum);
    QFETCH(int, gpuCount);
    QFETCH(QVariant, cpuExtra);
    QJsonObject row{{u"id"_s, u"n"_s}, {u"status"_s, u"running"_s}};
    if (!gpuNum.isUndefined())
        row.insert(u"gpuNum"_s, gpuNum);
    row.insert(u"cpuNum"_s, cpuNum);
    const Instance instance = parseOne(page(row));
    QCOMPARE(instance.gpuCount, gpuCount);
    QCOMPARE(instance.extras.value(u"cpuNum"_s), cpuExtra);
}

void TestNovitaParserList::total_data()
{
    QTest::addColumn<QJsonValue>("total");
    QTest::addColumn<int>("expected");
    QTest::newRow("number") << QJsonValue(7) << 7;
    QTest::newRow("string") << QJsonValue(u"7"_s) << 7;
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << -1;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << -1;
    QTest::newRow("garbage") << QJsonValue(u"seven"_s) << -1;
    QTest::newRow("negative") << QJsonValue(-3) << -1;
}

void TestNovitaParserList::total()
{
    QFETCH(QJsonValue, total);
    QFETCH(int, expected);
    NovitaParser::InstancePage result;
    QVERIFY(!NovitaParser::parseInstancePage(page({{u"id"_s, u"a"_s}}, total), result).isError());
    QCOMPARE(result.total, expected);
}

void TestNovitaParserList::rowsWithoutIdAreSkipped()
{
    const QByteArray body = R"({"instances":[{"name":"no id"},{"id":"","name":"empty"},"text",42,null,
        {"id":12345,"name":"numeric id","status":"running","futureField":{"x":1}}],"total":6})";
    NovitaParser::InstancePage result;
    QVERIFY(!NovitaParser::parseInstancePage(body, result).isError());
    QCOMPARE(result.rowCount, 6); // what came back counts, even rows that are skipped
    QCOMPARE(result.ids, QStringList{u"12345"_s});
    QCOMPARE(result.instances.first().name, u"numeric id"_s);
}

void TestNovitaParserList::missingOptionalFields()
{
    const Instance instance = parseOne(R"({"instances":[{"id":"bare","status":"exited"}]})");
    QCOMPARE(instance.id, u"bare"_s);
    QCOMPARE(instance.status, InstanceStatus::Stopped);
    QCOMPARE(instance.name, QString());
    QCOMPARE(instance.gpuModel, QString());
    QCOMPARE(instance.gpuCount, 0);
    QCOMPARE(instance.region, QString());
    QVERIFY(instance.extras.isEmpty());
    QCOMPARE(instance.sshPassword, QString());

    const Instance byClusterId = parseOne(R"({"instances":[{"id":"c","clusterId":"eu-gb-01"}]})");
    QCOMPARE(byClusterId.region, u"eu-gb-01"_s);

    // Undocumented but observed: a secret password on list items.
    const Instance withPassword = parseOne(R"({"instances":[{"id":"p","sshPassword":"hunter2"}]})");
    QCOMPARE(withPassword.sshPassword, u"hunter2"_s);
    QVERIFY(!withPassword.extras.values().contains(u"hunter2"_s));
}

void TestNovitaParserList::listShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("rows");
    QTest::newRow("empty list") << QByteArray(R"({"instances":[],"total":0})") << k(Kind::None) << 0;
    QTest::newRow("null list") << QByteArray(R"({"instances":null,"total":0})") << k(Kind::None) << 0;
    QTest::newRow("omitted list") << QByteArray(R"({"total":"0"})") << k(Kind::None) << 0;
    QTest::newRow("empty object") << QByteArray("{}") << k(Kind::None) << 0;
    QTest::newRow("list is a string") << QByteArray(R"({"instances":"none"})") << k(Kind::BadResponse) << 0;
    QTest::newRow("list is an object")
        << QByteArray(R"({"instances":{"id":"x"}})") << k(Kind::BadResponse) << 0;
    QTest::newRow("top-level array") << QByteArray(R"([{"id":"x"}])") << k(Kind::BadResponse) << 0;
    QTest::newRow("top-level string") << QByteArray(R"("instances")") << k(Kind::BadResponse) << 0;
    QTest::newRow("error object with 200")
        << QByteArray(R"({"code":500,"reason":"UNKNOWN","message":"db down"})") << k(Kind::Server) << 0;
    QTest::newRow("unknown error reason with 200")
        << QByteArray(R"({"code":400,"reason":"SOMETHING_NEW","message":"x"})") << k(Kind::BadResponse) << 0;
    QTest::newRow("error string with 200")
        << QByteArray(R"({"error":"bad gateway"})") << k(Kind::BadResponse) << 0;
}

void TestNovitaParserList::listShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);
    QFETCH(int, rows);
    NovitaParser::InstancePage result;
    QCOMPARE(k(NovitaParser::parseInstancePage(body, result).kind), kind);
    QCOMPARE(result.rowCount, rows);
}

void TestNovitaParserList::brokenBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray list = TestSupport::fixture(u"novita/list_page1.json"_s);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \n\t ");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("truncated") << list.left(list.size() / 2);
    QTest::newRow("malformed") << QByteArray(R"({"instances":[{"id":"x",}]})");
    QTest::newRow("html") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>");
    QTest::newRow("plain text") << QByteArray("upstream connect error");
    QTest::newRow("number") << QByteArray("42");
}

void TestNovitaParserList::brokenBodies()
{
    QFETCH(QByteArray, body);
    NovitaParser::InstancePage page;
    QCOMPARE(k(NovitaParser::parseInstancePage(body, page).kind), k(Kind::BadResponse));
    Instance instance;
    QCOMPARE(k(NovitaParser::parseInstanceDetail(body, instance).kind), k(Kind::BadResponse));
    QList<Offering> offerings;
    QCOMPARE(k(NovitaCatalogueParser::parseProducts(body, offerings).kind), k(Kind::BadResponse));
    QList<CatalogueEntry> clusters;
    QCOMPARE(k(NovitaCatalogueParser::parseClusters(body, clusters).kind), k(Kind::BadResponse));
    QString id;
    QCOMPARE(k(NovitaParser::parseCreated(body, id).kind), k(Kind::BadResponse));
    QVERIFY(id.isEmpty());
}

QTEST_APPLESS_MAIN(TestNovitaParserList)
#include "tst_novitaparser_list.moc"
