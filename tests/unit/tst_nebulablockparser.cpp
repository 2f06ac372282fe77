#include "providers/nebulablock/NebulaBlockCatalogueParser.h"
#include "providers/nebulablock/NebulaBlockJson.h"
#include "providers/nebulablock/NebulaBlockParser.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Kind = ProviderError::Kind;

// Every Nebula Block fixture and the broken bodies a real server or proxy may send, through the
// instance parser, the catalogue parser and the envelope reader.
class TestNebulaBlockParser : public QObject
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
    void envelopes_data();
    void envelopes();
    void failedOn200IsAnError_data();
    void failedOn200IsAnError();
    void readError_data();
    void readError();
    void brokenBodies_data();
    void brokenBodies();
    void lenientRows();
    void actionAnswers_data();
    void actionAnswers();
    void products_data();
    void products();
    void images();
    void sshKeys();
    void exposedPorts_data();
    void exposedPorts();
    void startTimes_data();
    void startTimes();
    void prices_data();
    void prices();
    void messagesAreScrubbed();
};

namespace {

QByteArray fixture(const QString &name)
{
    const QByteArray body = TestSupport::fixture(u"nebulablock/"_s + name);
    if (body.isEmpty())
        qWarning("missing fixture %s", qPrintable(name));
    return body;
}

Instance instanceFrom(const QByteArray &json)
{
    return NebulaBlockParser::parseInstance(QJsonDocument::fromJson(json).object()).value_or(Instance());
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

void TestNebulaBlockParser::instancePages_data()
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

void TestNebulaBlockParser::instancePages()
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

void TestNebulaBlockParser::listRowFields()
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

void TestNebulaBlockParser::details_data()
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

void TestNebulaBlockParser::details()
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

void TestNebulaBlockParser::statuses_data()
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

void TestNebulaBlockParser::statuses()
{
    QFETCH(QString, raw);
    QFETCH(InstanceStatus, status);
    QJsonObject row{{u"id"_s, u"i-1"_s}, {u"status"_s, raw}};
    const std::optional<Instance> instance = NebulaBlockParser::parseInstance(row);
    QVERIFY(instance);
    QCOMPARE(instance->status, status);
    QCOMPARE(instance->providerStatus, raw.trimmed()); // unknown values stay visible as data
}

void TestNebulaBlockParser::envelopes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("reason");

    QTest::newRow("failed: not found")
        << fixture(u"error_failed.json"_s) << Kind::NotFound << u"Instance not found"_s << QString();
    QTest::newRow("failed: create mismatch")
        << fixture(u"error_failed_create_mismatch.json"_s) << Kind::Validation
        << u"image_id and product_id must be from the same data center and region"_s << QString();
    QTest::newRow("legacy error shape")
        << fixture(u"error_legacy_shape.json"_s) << Kind::Auth << u"Invalid API key"_s << u"unauthorized"_s;
    QTest::newRow("invalid token") << R"({"message":"Invalid token","status":"failed"})"_ba << Kind::Auth
                                   << u"Invalid token"_s << QString();
    QTest::newRow("legacy not exist")
        << R"({"status":"error","error":{"message":"Instance does not exist"}})"_ba << Kind::NotFound
        << u"Instance does not exist"_s << QString();
    QTest::newRow("tier gate") << R"({"status":"failed","message":"Requires Engineer Tier 3"})"_ba
                               << Kind::Forbidden << u"Requires Engineer Tier 3"_s << QString();
    QTest::newRow("upper-case, no message")
        << R"({"status":"FAILED"})"_ba << Kind::Validation << QString() << QString();
    QTest::newRow("error as a string")
        << R"({"status":"error","error":"Unauthorized"})"_ba << Kind::Auth << u"Unauthorized"_s << QString();
    QTest::newRow("success") << fixture(u"start_response.json"_s) << Kind::None << QString() << QString();
    QTest::newRow("no status") << R"({"data":[]})"_ba << Kind::None << QString() << QString();
    QTest::newRow("HTML") << "<html><body>502 Bad Gateway</body></html>"_ba << Kind::None << QString()
                          << QString();
    QTest::newRow("empty") << QByteArray() << Kind::None << QString() << QString();
}

void TestNebulaBlockParser::envelopes()
{
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, message);
    QFETCH(QString, reason);

    const ProviderError error = NebulaBlockJson::envelopeError(body);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.providerMessage, message);
    QCOMPARE(error.reason, reason);
}

void TestNebulaBlockParser::failedOn200IsAnError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("failed") << fixture(u"error_failed.json"_s);
    QTest::newRow("legacy") << fixture(u"error_legacy_shape.json"_s);
    QTest::newRow("failed with an empty data array")
        << R"({"data":[],"total_instance":0,"message":"Instance not found","status":"failed"})"_ba;
}

void TestNebulaBlockParser::failedOn200IsAnError()
{
    QFETCH(QByteArray, body);
    NebulaBlockParser::InstancePage page;
    QVERIFY(NebulaBlockParser::parseInstancePage(body, page).isError());
    QVERIFY(page.instances.isEmpty());
    Instance instance;
    QVERIFY(NebulaBlockParser::parseInstanceDetail(body, instance).isError());
    QString message;
    QVERIFY(NebulaBlockParser::parseAction(body, message).isError());
    QList<Offering> offerings;
    QVERIFY(NebulaBlockCatalogueParser::parseProducts(body, offerings).isError());
    NebulaBlockCatalogueParser::SshKeyPage keys;
    QVERIFY(NebulaBlockCatalogueParser::parseSshKeyPage(body, keys).isError());
}

void TestNebulaBlockParser::readError_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("400 not found") << 400 << fixture(u"error_failed.json"_s) << Kind::NotFound
                                   << u"Instance not found"_s;
    QTest::newRow("400 mismatch")
        << 400 << fixture(u"error_failed_create_mismatch.json"_s) << Kind::Validation
        << u"image_id and product_id must be from the same data center and region"_s;
    QTest::newRow("400 invalid token")
        << 400 << R"({"message":"Invalid token","status":"failed"})"_ba << Kind::Auth << u"Invalid token"_s;
    QTest::newRow("401 legacy") << 401 << fixture(u"error_legacy_shape.json"_s) << Kind::Auth
                                << u"Invalid API key"_s;
    QTest::newRow("500 keeps server") << 500 << R"({"message":"record not found","status":"failed"})"_ba
                                      << Kind::Server << u"record not found"_s;
    QTest::newRow("502 HTML") << 502 << "<html>Bad gateway</html>"_ba << Kind::Server << QString();
}

void TestNebulaBlockParser::readError()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, message);

    ProviderError error;
    error.kind = ProviderError::kindForHttpStatus(httpStatus);
    error.httpStatus = httpStatus;
    NebulaBlockParser::readError(error, body);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.providerMessage, message);
}

void TestNebulaBlockParser::brokenBodies_data()
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

void TestNebulaBlockParser::brokenBodies()
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

void TestNebulaBlockParser::lenientRows()
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

void TestNebulaBlockParser::actionAnswers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("create") << u"create_response.json"_s << u"Instances created successfully"_s;
    QTest::newRow("start") << u"start_response.json"_s << u"Instances started successfully"_s;
    QTest::newRow("stop") << u"stop_response.json"_s << u"Instances stopped successfully"_s;
    QTest::newRow("reboot") << u"reboot_response.json"_s << u"Instances rebooted successfully"_s;
    QTest::newRow("delete") << u"delete_response.json"_s << u"Instances deleted successfully"_s;
    QTest::newRow("ssh key delete") << u"ssh_key_delete_response.json"_s << u"SSH key deleted successfully"_s;
}

void TestNebulaBlockParser::actionAnswers()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QString parsed;
    const ProviderError error = NebulaBlockParser::parseAction(fixture(file), parsed);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(parsed, message);
}

void TestNebulaBlockParser::products_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<double>("price");
    QTest::addColumn<bool>("available");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("cpu");
    QTest::addColumn<int>("ram");
    QTest::addColumn<int>("dcId");
    QTest::addColumn<int>("stock");
    QTest::addColumn<QString>("type");

    QTest::newRow("container") << u"fcp66d566c43a9501001256"_s << u"H100-80G-SXM"_s << 1.0 << true
                               << u"CANADA"_s << 24 << 200 << 1 << 12 << u"Container"_s;
    QTest::newRow("out of stock") << u"expde8da3529-f08d-4f86-8456-04094d19fbc4"_s << u"H100-80G-PCIe"_s
                                  << 2.627 << false << u"CANADA"_s << 28 << 180 << 2 << 0
                                  << u"Virtual Machine"_s;
    QTest::newRow("rtx") << u"expd0ce88325-aeb0-48d0-8216-09506b58f1dd"_s << u"RTX-A6000"_s << 0.697 << true
                         << u"CANADA"_s << 28 << 58 << 2 << 5 << u"Virtual Machine"_s;
    QTest::newRow("norway") << u"expd4b024f34-c9f3-4c41-ade4-4b56bbe3c64b"_s << u"A100-80G-PCIe"_s << 1.867
                            << true << u"NORWAY"_s << 28 << 120 << 2 << 3 << u"Virtual Machine"_s;
}

void TestNebulaBlockParser::products()
{
    QFETCH(QString, id);
    QFETCH(QString, gpu);
    QFETCH(double, price);
    QFETCH(bool, available);
    QFETCH(QString, region);
    QFETCH(int, cpu);
    QFETCH(int, ram);
    QFETCH(int, dcId);
    QFETCH(int, stock);
    QFETCH(QString, type);

    QList<Offering> offerings;
    QVERIFY(!NebulaBlockCatalogueParser::parseProducts(fixture(u"products.json"_s), offerings).isError());
    QCOMPARE(offerings.size(), 4);
    const auto it =
        std::find_if(offerings.cbegin(), offerings.cend(), [&id](const Offering &o) { return o.id == id; });
    QVERIFY(it != offerings.cend());
    QCOMPARE(it->gpuModel, gpu);
    QCOMPARE(it->gpuCount, 1);
    QCOMPARE(*it->pricePerHour, price);
    QCOMPARE(it->available, available);
    QCOMPARE(it->region, region);
    QCOMPARE(it->cpuCores, cpu);
    QCOMPARE(it->ramGb, ram);
    QCOMPARE(it->extras.value(u"dc_id"_s).toInt(), dcId);
    QCOMPARE(it->extras.value(u"stock"_s).toInt(), stock);
    QCOMPARE(it->extras.value(u"product_type"_s).toString(), type);
    QVERIFY(it->extras.contains(u"disk_size"_s));
    QVERIFY(it->name.contains(gpu));
}

void TestNebulaBlockParser::images()
{
    QList<CatalogueEntry> images;
    QVERIFY(!NebulaBlockCatalogueParser::parseImages(fixture(u"images.json"_s), images).isError());
    QCOMPARE(images.size(), 3);
    const CatalogueEntry &cuda = images.at(1);
    QCOMPARE(cuda.id, u"exoscee6e762-1d11-4f65-a7d6-8c0670b603b2"_s);
    QCOMPARE(cuda.name, u"Ubuntu Server 22.04 LTS R535 CUDA 12.2"_s);
    QCOMPARE(cuda.region, u"CANADA"_s);
    QCOMPARE(cuda.extras.value(u"dc_id"_s).toInt(), 2);
    QCOMPARE(cuda.extras.value(u"os_type"_s).toString(), u"Ubuntu"_s);
    QCOMPARE(images.at(2).region, u"NORWAY"_s);

    // The region comes from the map key when an image omits it.
    QVERIFY(!NebulaBlockCatalogueParser::parseImages(R"({"data":{"JAPAN":[{"id":"i","dc_id":"3"}]}})", images)
                 .isError());
    QCOMPARE(images.size(), 1);
    QCOMPARE(images.first().region, u"JAPAN"_s);
    QCOMPARE(images.first().extras.value(u"dc_id"_s), QVariant(3));
}

void TestNebulaBlockParser::sshKeys()
{
    NebulaBlockCatalogueParser::SshKeyPage page;
    QVERIFY(!NebulaBlockCatalogueParser::parseSshKeyPage(fixture(u"ssh_keys_list.json"_s), page).isError());
    QCOMPARE(page.total, 2);
    QCOMPARE(page.rawCount, 2);
    QCOMPARE(page.keys.size(), 2);
    QCOMPARE(page.keys.at(0).id, u"75"_s);
    QCOMPARE(page.keys.at(0).name, u"laptop"_s);
    QVERIFY(page.keys.at(0).extras.value(u"key_data"_s).toString().startsWith(u"ssh-ed25519 AAAA"_s));
    QCOMPARE(page.keys.at(0).extras.value(u"create_time"_s).toString(), u"EST 2024-10-23 10:24:21"_s);

    CatalogueEntry created;
    QVERIFY(
        !NebulaBlockCatalogueParser::parseCreatedSshKey(fixture(u"ssh_key_create_response.json"_s), created)
             .isError());
    QCOMPARE(created.id, u"76"_s);
    QCOMPARE(created.name, u"qt-gpu-manager"_s);
    QCOMPARE(created.extras.value(u"create_time"_s).toString(), u"1730847667"_s);

    QVERIFY(
        !NebulaBlockCatalogueParser::parseSshKeyPage(R"({"data":{"total_ssh_keys":"0","ssh_keys":[]}})", page)
             .isError());
    QCOMPARE(page.total, 0);
    QCOMPARE(
        NebulaBlockCatalogueParser::parseCreatedSshKey(R"({"data":{},"status":"success"})", created).kind,
        Kind::BadResponse);
}

void TestNebulaBlockParser::exposedPorts_data()
{
    QTest::addColumn<QString>("ports");
    QTest::addColumn<int>("port");
    QTest::newRow("fixture") << u"22:30022,8888:30888"_s << 30022;
    QTest::newRow("empty") << QString() << 22;
    QTest::newRow("no ssh mapping") << u"8888:30888"_s << 22;
    QTest::newRow("docker -p order") << u"30022:22"_s << 30022;
    QTest::newRow("docker ps") << u"0.0.0.0:30022->22/tcp, 0.0.0.0:30888->8888/tcp"_s << 30022;
    QTest::newRow("protocol suffix") << u"22/tcp:2200"_s << 2200;
    QTest::newRow("later token") << u"8888:30888; 22:2222"_s << 2222;
    QTest::newRow("out of range") << u"22:99999"_s << 22;
    QTest::newRow("garbage") << u"ssh on 30022 please"_s << 22;
    QTest::newRow("three parts") << u"22:1:2"_s << 22;
}

void TestNebulaBlockParser::exposedPorts()
{
    QFETCH(QString, ports);
    QFETCH(int, port);
    QCOMPARE(NebulaBlockParser::sshPortFromExposedPorts(ports), port);
    const Instance instance = instanceFrom(
        QJsonDocument(
            QJsonObject{{u"id"_s, u"x"_s}, {u"public_ipv4"_s, u"1.2.3.4"_s}, {u"exposed_ports"_s, ports}})
            .toJson());
    QCOMPARE(instance.sshPort, port);
}

void TestNebulaBlockParser::startTimes_data()
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

void TestNebulaBlockParser::startTimes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = NebulaBlockParser::parseStartTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed, expected);
}

void TestNebulaBlockParser::prices_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<double>("price"); // -1: none
    QTest::newRow("number") << QJsonValue(1.5) << 1.5;
    QTest::newRow("string") << QJsonValue(u"1.867"_s) << 1.867;
    QTest::newRow("dollars") << QJsonValue(u"$1.50"_s) << 1.5;
    QTest::newRow("padded") << QJsonValue(u" 0.697 "_s) << 0.697;
    QTest::newRow("USD suffix") << QJsonValue(u"2 USD"_s) << 2.0;
    QTest::newRow("zero") << QJsonValue(0) << 0.0;
    QTest::newRow("text") << QJsonValue(u"n/a"_s) << -1.0;
    QTest::newRow("negative") << QJsonValue(-1) << -1.0;
    QTest::newRow("null") << QJsonValue() << -1.0;
    QTest::newRow("bool") << QJsonValue(true) << -1.0;
}

void TestNebulaBlockParser::prices()
{
    QFETCH(QJsonValue, value);
    QFETCH(double, price);
    const std::optional<double> parsed = NebulaBlockParser::parsePrice(value);
    QCOMPARE(parsed.has_value(), price >= 0);
    if (parsed)
        QCOMPARE(*parsed, price);
}

void TestNebulaBlockParser::messagesAreScrubbed()
{
    const ProviderError error = NebulaBlockJson::envelopeError(
        R"({"status":"failed","message":"Invalid token ak_live0123456789abcdef for Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig"})");
    QCOMPARE(error.kind, Kind::Auth);
    QVERIFY(!error.providerMessage.contains(u"ak_live0123456789abcdef"_s));
    QVERIFY(!error.providerMessage.contains(u"eyJhbGciOiJIUzI1NiJ9"_s));

    const QByteArray longMessage = R"({"status":"failed","message":")" + QByteArray(2000, 'x') + R"("})";
    QVERIFY(NebulaBlockJson::envelopeError(longMessage).providerMessage.size() <= 300);
}

QTEST_APPLESS_MAIN(TestNebulaBlockParser)

#include "tst_nebulablockparser.moc"
