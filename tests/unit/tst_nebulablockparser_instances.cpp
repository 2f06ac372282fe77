#include "NebulaBlockParserFixture.h"
#include "providers/nebulablock/NebulaBlockCatalogueParser.h"
#include "providers/nebulablock/NebulaBlockJson.h"
#include "providers/nebulablock/NebulaBlockParser.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace NebulaBlockParserFixture;

using Kind = ProviderError::Kind;

// Every Nebula Block instance fixture and the broken bodies a real server or proxy may send,
// through the instance parser.
class TestNebulaBlockParserInstances : public QObject
{
    Q_OBJECT

private slots:
    void instancePages_data();
    void instancePages();
    void listRowFields();
    void details_data();
    void details();
    void statuses_data();
    void statuses();
    void brokenBodies_data();
    void brokenBodies();
    void lenientRows();
    void startTimes_data();
    void startTimes();
    void messagesAreScrubbed();
};

void TestNebulaBlockParserInstances::instancePages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("rawCount");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<InstanceStatus>("firstStatus");
    QTest::addColumn<double>("firstPrice");

    QTest::newRow("page 1") << u"list_page1.json"_s << 2 << 2 << 3
                            << u"102cade84ea-e703-4400-b77d-8ed545d198ee"_s << InstanceStatus::Running
                            << 0.697;
    QTest::newRow("page 2, price as string, Stopped")
        << u"list_page2.json"_s << 1 << 1 << 3 << u"3c9f02d7b1e-5a6b-4d3c-8e2f-7a1b9c0d4e66"_s
        << InstanceStatus::Stopped << 1.867;
    QTest::newRow("deleted instances")
        << u"deleted_instances.json"_s << 1 << 1 << 1 << u"0f4e8a2b6c1-9d3e-4f50-a1b2-c3d4e5f60718"_s
        << InstanceStatus::Deleted << 0.679;
}

void TestNebulaBlockParserInstances::instancePages()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(int, rawCount);
    QFETCH(int, total);
    QFETCH(QString, firstId);
    QFETCH(InstanceStatus, firstStatus);
    QFETCH(double, firstPrice);

    NebulaBlockParser::InstancePage page;
    const ProviderError error = NebulaBlockParser::parseInstancePage(fixture(file), page);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(page.instances.size(), count);
    QCOMPARE(page.rawCount, rawCount);
    QCOMPARE(page.total, total);
    QCOMPARE(page.ids.size(), count);
    QCOMPARE(page.instances.first().id, firstId);
    QCOMPARE(page.instances.first().status, firstStatus);
    QCOMPARE(page.instances.first().provider, Provider::NebulaBlock);
    QVERIFY(page.instances.first().pricePerHour.has_value());
    QCOMPARE(*page.instances.first().pricePerHour, firstPrice);
    QVERIFY(page.loginKnownIds.isEmpty());
}

void TestNebulaBlockParserInstances::listRowFields()
{
    NebulaBlockParser::InstancePage page;
    QVERIFY(!NebulaBlockParser::parseInstancePage(fixture(u"list_page1.json"_s), page).isError());
    const Instance &vm = page.instances.at(0);
    QCOMPARE(vm.name, u"qtgpu-3f9a1c2e"_s);
    QCOMPARE(vm.region, u"CANADA"_s);
    QCOMPARE(vm.gpuModel, u"RTX-A6000"_s);
    QCOMPARE(vm.gpuCount, 1);
    QCOMPARE(vm.providerStatus, u"Running"_s);
    QCOMPARE(vm.publicIp, u"38.80.81.128"_s);
    QCOMPARE(vm.sshHost, u"38.80.81.128"_s);
    QCOMPARE(vm.sshPort, 22);
    QCOMPARE(vm.sshUser, u"ubuntu"_s);
    QVERIFY(vm.sshPassword.isEmpty());
    QCOMPARE(vm.sshCommand(), u"ssh ubuntu@38.80.81.128"_s);
    QCOMPARE(vm.extras.value(u"product_type"_s).toString(), u"Virtual Machine"_s);
    QCOMPARE(vm.extras.value(u"cpu_cores"_s).toInt(), 28);
    QCOMPARE(vm.extras.value(u"ram"_s).toInt(), 58);
    QCOMPARE(vm.extras.value(u"disk_size"_s).toInt(), 100);
    QCOMPARE(vm.extras.value(u"ephemeral"_s).toInt(), 0);
    QCOMPARE(vm.extras.value(u"os"_s).toString(), u"Ubuntu Server 22.04 LTS R535 CUDA 12.2"_s);
    QVERIFY(!vm.startedAt.isValid());

    const Instance &container = page.instances.at(1);
    QCOMPARE(container.gpuModel, u"H100-80G-SXM"_s);
    QCOMPARE(container.extras.value(u"product_type"_s).toString(), u"Container"_s);
}

void TestNebulaBlockParserInstances::details_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<QDateTime>("startedAt");

    QTest::newRow("array, vm_name/vm_password")
        << fixture(u"instance_detail.json"_s) << u"102cade84ea-e703-4400-b77d-8ed545d198ee"_s << u"ubuntu"_s
        << u"qZ3!fake-Xv_ya"_s << 22 << u"RTX-A6000"_s << utc(2024, 11, 4, 15, 11, 50);
    QTest::newRow("container, user_name/password, remapped port")
        << fixture(u"instance_detail_container_alt_names.json"_s)
        << u"2b7e51c0a9d-41f2-4c0e-9a77-3d2f6b8e1a05"_s << u"root"_s << u"fake-Container-Pass-01"_s << 30022
        << u"H100-80G-SXM"_s << utc(2024, 11, 5, 13, 0, 0);
    QTest::newRow("data as a plain object")
        << R"({"data":{"id":"abc","host_name":"x","public_ipv4":"1.2.3.4","status":"Running",
              "user_name":"admin","start_time":"EDT 2024-06-01 08:00:00"},"status":"success"})"_ba
        << u"abc"_s << u"admin"_s << QString() << 22 << QString() << utc(2024, 6, 1, 12, 0, 0);
    QTest::newRow("both name pairs: documented names win")
        << R"({"data":[{"id":"b","public_ipv4":"1.2.3.4","user_name":"u1","vm_name":"u2",
              "password":"p1","vm_password":"p2"}]})"_ba
        << u"b"_s << u"u1"_s << u"p1"_s << 22 << QString() << QDateTime();
}

void TestNebulaBlockParserInstances::details()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, id);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(int, port);
    QFETCH(QString, gpu);
    QFETCH(QDateTime, startedAt);

    Instance instance;
    const ProviderError error = NebulaBlockParser::parseInstanceDetail(body, instance);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(instance.id, id);
    QCOMPARE(instance.sshUser, user);
    QCOMPARE(instance.sshPassword, password);
    QCOMPARE(instance.sshPort, port);
    QCOMPARE(instance.gpuModel, gpu);
    QCOMPARE(instance.startedAt, startedAt);
}

void TestNebulaBlockParserInstances::statuses_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<InstanceStatus>("status");

    const QList<QPair<QString, InstanceStatus>> rows = {
        {u"Running"_s, InstanceStatus::Running},
        {u"running"_s, InstanceStatus::Running},
        {u" ACTIVE "_s, InstanceStatus::Running},
        {u"Creating"_s, InstanceStatus::Provisioning},
        {u"Building"_s, InstanceStatus::Provisioning},
        {u"Pending"_s, InstanceStatus::Provisioning},
        {u"Provisioning"_s, InstanceStatus::Provisioning},
        {u"Deploying"_s, InstanceStatus::Provisioning},
        {u"Initializing"_s, InstanceStatus::Provisioning},
        {u"Starting"_s, InstanceStatus::Starting},
        {u"Booting"_s, InstanceStatus::Starting},
        {u"Powering on"_s, InstanceStatus::Starting},
        {u"Power on"_s, InstanceStatus::Starting},
        {u"Rebooting"_s, InstanceStatus::Starting},
        {u"Stopping"_s, InstanceStatus::Stopping},
        {u"Shutting down"_s, InstanceStatus::Stopping},
        {u"Powering off"_s, InstanceStatus::Stopping},
        {u"Stopped"_s, InstanceStatus::Stopped},
        {u"Shutoff"_s, InstanceStatus::Stopped},
        {u"Shutdown"_s, InstanceStatus::Stopped},
        {u"Powered off"_s, InstanceStatus::Stopped},
        {u"Off"_s, InstanceStatus::Stopped},
        {u"Exited"_s, InstanceStatus::Stopped},
        {u"Deleting"_s, InstanceStatus::Deleting},
        {u"Terminating"_s, InstanceStatus::Deleting},
        {u"Deleted"_s, InstanceStatus::Deleted},
        {u"Terminated"_s, InstanceStatus::Deleted},
        {u"Error"_s, InstanceStatus::Error},
        {u"Failed"_s, InstanceStatus::Error},
        {u"Boot failed"_s, InstanceStatus::Error},
        {u"Hibernating"_s, InstanceStatus::Unknown},
        {u""_s, InstanceStatus::Unknown},
    };
    for (const auto &row : rows)
        QTest::newRow(qPrintable(u"'"_s + row.first + u"'"_s)) << row.first << row.second;
}

void TestNebulaBlockParserInstances::statuses()
{
    QFETCH(QString, raw);
    QFETCH(InstanceStatus, status);
    QJsonObject row{{u"id"_s, u"i-1"_s}, {u"status"_s, raw}};
    const std::optional<Instance> instance = NebulaBlockParser::parseInstance(row);
    QVERIFY(instance);
    QCOMPARE(instance->status, status);
    QCOMPARE(instance->providerStatus, raw.trimmed()); // unknown values stay visible as data
}

void TestNebulaBlockParserInstances::brokenBodies_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("body");

    const QByteArray page = fixture(u"list_page1.json"_s);
    const QByteArray products = fixture(u"products.json"_s);
    const QList<QPair<const char *, QByteArray>> common = {
        {"empty", QByteArray()},
        {"whitespace", "  \n"},
        {"HTML", "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"},
        {"array", "[]"},
        {"null", "null"},
        {"number", "42"},
        {"truncated", page.left(page.size() / 2)},
        {"garbage", "\x01\x02{{"},
    };
    for (const QString &parser : {u"page"_s, u"detail"_s, u"products"_s, u"images"_s, u"keys"_s}) {
        for (const auto &row : common)
            QTest::newRow(qPrintable(parser + u": "_s + QLatin1StringView(row.first)))
                << parser << row.second;
    }
    QTest::newRow("page: {}") << u"page"_s << "{}"_ba;
    QTest::newRow("page: data object") << u"page"_s << R"({"data":{"id":"x"},"status":"success"})"_ba;
    QTest::newRow("page: data string") << u"page"_s << R"({"data":"none","status":"success"})"_ba;
    QTest::newRow("detail: data string") << u"detail"_s << R"({"data":"x","status":"success"})"_ba;
    QTest::newRow("detail: row without id") << u"detail"_s << R"({"data":[{"host_name":"x"}]})"_ba;
    QTest::newRow("products: truncated") << u"products"_s << products.left(products.size() - 10);
    QTest::newRow("products: data array") << u"products"_s << R"({"data":[],"status":"success"})"_ba;
    QTest::newRow("images: data string") << u"images"_s << R"({"data":"x","status":"success"})"_ba;
    QTest::newRow("keys: ssh_keys object") << u"keys"_s << R"({"data":{"ssh_keys":{"id":1}}})"_ba;
    QTest::newRow("keys: data string") << u"keys"_s << R"({"data":"x","status":"success"})"_ba;
}

void TestNebulaBlockParserInstances::brokenBodies()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, body);

    ProviderError error;
    if (parser == u"page"_s) {
        NebulaBlockParser::InstancePage page;
        error = NebulaBlockParser::parseInstancePage(body, page);
    } else if (parser == u"detail"_s) {
        Instance instance;
        error = NebulaBlockParser::parseInstanceDetail(body, instance);
    } else if (parser == u"products"_s) {
        QList<Offering> offerings;
        error = NebulaBlockCatalogueParser::parseProducts(body, offerings);
    } else if (parser == u"images"_s) {
        QList<CatalogueEntry> images;
        error = NebulaBlockCatalogueParser::parseImages(body, images);
    } else {
        NebulaBlockCatalogueParser::SshKeyPage keys;
        error = NebulaBlockCatalogueParser::parseSshKeyPage(body, keys);
    }
    QCOMPARE(error.kind, Kind::BadResponse);
    QVERIFY(!error.message().isEmpty());
}

void TestNebulaBlockParserInstances::lenientRows()
{
    const QByteArray body = R"({"data":[
        {"id":"a","host_name":"one","gpu_count":"2","price_per_hour":"$1.50","status":"Running",
         "public_ipv4":"10.1.1.1","cpu_cores":"28","future_field":{"x":1}},
        {"host_name":"no id"},
        "not an object",
        {"id":12345,"gpu_type":"A100","price_per_hour":"n/a","vm_name":"ubuntu","vm_password":"pw"}
      ],"total_instance":"7","status":"success"})"_ba;
    NebulaBlockParser::InstancePage page;
    QVERIFY(!NebulaBlockParser::parseInstancePage(body, page).isError());
    QCOMPARE(page.rawCount, 4); // the offset steps over skipped rows too
    QCOMPARE(page.total, 7);
    QCOMPARE(page.ids, QStringList({u"a"_s, u"12345"_s}));
    QCOMPARE(page.instances.at(0).gpuCount, 2);
    QCOMPARE(*page.instances.at(0).pricePerHour, 1.5);
    QCOMPARE(page.instances.at(0).extras.value(u"cpu_cores"_s), QVariant(28));
    QVERIFY(!page.instances.at(0).extras.contains(u"future_field"_s));
    QCOMPARE(page.instances.at(1).gpuModel, u"A100"_s);
    QVERIFY(!page.instances.at(1).pricePerHour.has_value());
    QVERIFY(page.instances.at(1).sshHost.isEmpty()); // no IP: no endpoint, however complete the login
    QCOMPARE(page.instances.at(1).sshPort, 0);
    QCOMPARE(page.loginKnownIds, QSet<QString>({u"12345"_s}));

    NebulaBlockParser::InstancePage empty;
    QVERIFY(!NebulaBlockParser::parseInstancePage(R"({"data":null,"status":"success"})"_ba, empty).isError());
    QVERIFY(empty.instances.isEmpty());
    QCOMPARE(empty.total, -1);
    QVERIFY(!NebulaBlockParser::parseInstancePage(R"({"total_instance":0})"_ba, empty).isError());
    QCOMPARE(empty.total, 0);

    Instance none;
    const ProviderError emptyDetail =
        NebulaBlockParser::parseInstanceDetail(R"({"data":[],"status":"success"})", none);
    QCOMPARE(emptyDetail.kind, Kind::NotFound);
    QString message;
    QVERIFY(!NebulaBlockParser::parseAction(fixture(u"delete_response.json"_s), message).isError());
    QCOMPARE(message, u"Instances deleted successfully"_s);
    QVERIFY(!NebulaBlockParser::parseAction(QByteArray(), message).isError());
}

void TestNebulaBlockParserInstances::startTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("EST") << u"EST 2024-11-04 10:11:50"_s << utc(2024, 11, 4, 15, 11, 50);
    QTest::newRow("EDT") << u"EDT 2024-07-04 10:00:00"_s << utc(2024, 7, 4, 14, 0, 0);
    QTest::newRow("UTC") << u"UTC 2024-11-04 10:11:50"_s << utc(2024, 11, 4, 10, 11, 50);
    QTest::newRow("ISO Z") << u"2024-11-04T10:11:50Z"_s << utc(2024, 11, 4, 10, 11, 50);
    QTest::newRow("ISO offset") << u"2024-11-04T10:11:50+02:00"_s << utc(2024, 11, 4, 8, 11, 50);
    QTest::newRow("unknown zone") << u"PST 2024-11-04 10:11:50"_s << QDateTime();
    QTest::newRow("no zone") << u"2024-11-04 10:11:50"_s << QDateTime();
    QTest::newRow("bad month") << u"EST 2024-13-04 10:11:50"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("running time") << u"0.0000 hours"_s << QDateTime();
}

void TestNebulaBlockParserInstances::startTimes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = NebulaBlockParser::parseStartTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed, expected);
}

void TestNebulaBlockParserInstances::messagesAreScrubbed()
{
    const ProviderError error = NebulaBlockJson::envelopeError(
        R"({"status":"failed","message":"Invalid token ak_live0123456789abcdef for Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig"})");
    QCOMPARE(error.kind, Kind::Auth);
    QVERIFY(!error.providerMessage.contains(u"ak_live0123456789abcdef"_s));
    QVERIFY(!error.providerMessage.contains(u"eyJhbGciOiJIUzI1NiJ9"_s));

    const QByteArray longMessage = R"({"status":"failed","message":")" + QByteArray(2000, 'x') + R"("})";
    QVERIFY(NebulaBlockJson::envelopeError(longMessage).providerMessage.size() <= 300);
}

QTEST_APPLESS_MAIN(TestNebulaBlockParserInstances)

#include "tst_nebulablockparser_instances.moc"
