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

// Nebula Block envelopes, error and action answers and the catalogue (products, images, SSH keys,
// ports, prices), through the envelope reader and the catalogue parser.
class TestNebulaBlockParserEnvelopes : public QObject
{
    Q_OBJECT

private slots:
    void envelopes_data();
    void envelopes();
    void failedOn200IsAnError_data();
    void failedOn200IsAnError();
    void readError_data();
    void readError();
    void actionAnswers_data();
    void actionAnswers();
    void products_data();
    void products();
    void images();
    void sshKeys();
    void exposedPorts_data();
    void exposedPorts();
    void prices_data();
    void prices();
};

void TestNebulaBlockParserEnvelopes::envelopes_data()
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

void TestNebulaBlockParserEnvelopes::envelopes()
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

void TestNebulaBlockParserEnvelopes::failedOn200IsAnError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("failed") << fixture(u"error_failed.json"_s);
    QTest::newRow("legacy") << fixture(u"error_legacy_shape.json"_s);
    QTest::newRow("failed with an empty data array")
        << R"({"data":[],"total_instance":0,"message":"Instance not found","status":"failed"})"_ba;
}

void TestNebulaBlockParserEnvelopes::failedOn200IsAnError()
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

void TestNebulaBlockParserEnvelopes::readError_data()
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

void TestNebulaBlockParserEnvelopes::readError()
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

void TestNebulaBlockParserEnvelopes::actionAnswers_data()
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

void TestNebulaBlockParserEnvelopes::actionAnswers()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QString parsed;
    const ProviderError error = NebulaBlockParser::parseAction(fixture(file), parsed);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(parsed, message);
}

void TestNebulaBlockParserEnvelopes::products_data()
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

void TestNebulaBlockParserEnvelopes::products()
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

void TestNebulaBlockParserEnvelopes::images()
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

void TestNebulaBlockParserEnvelopes::sshKeys()
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

void TestNebulaBlockParserEnvelopes::exposedPorts_data()
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

void TestNebulaBlockParserEnvelopes::exposedPorts()
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

void TestNebulaBlockParserEnvelopes::prices_data()
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

void TestNebulaBlockParserEnvelopes::prices()
{
    QFETCH(QJsonValue, value);
    QFETCH(double, price);
    const std::optional<double> parsed = NebulaBlockParser::parsePrice(value);
    QCOMPARE(parsed.has_value(), price >= 0);
    if (parsed)
        QCOMPARE(*parsed, price);
}

QTEST_APPLESS_MAIN(TestNebulaBlockParserEnvelopes)

#include "tst_nebulablockparser_envelopes.moc"
