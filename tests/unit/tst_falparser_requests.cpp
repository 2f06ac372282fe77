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

// FalParser on error bodies and offerings, and the create requests it validates and builds.
class TestFalParserRequests : public QObject
{
    Q_OBJECT

private slots:
    void errorBodies_data();
    void errorBodies();
    void offerings();
    void validateCreate_data();
    void validateCreate();
    void createBody_data();
    void createBody();
};

void TestFalParserRequests::errorBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");

    const auto fixture = [](const char *name) {
        return TestSupport::fixture(u"fal/"_s + QLatin1String(name));
    };
    QTest::newRow("400") << fixture("error_400.json") << 400 << Kind::Validation << u"validation_error"_s
                         << u"sector is only valid with instance_type gpu_8x_h100_sxm5"_s;
    QTest::newRow("401") << fixture("error_401.json") << 401 << Kind::Auth << u"authorization_error"_s
                         << u"Authentication required"_s;
    QTest::newRow("403") << fixture("error_403.json") << 403 << Kind::Forbidden << u"authorization_error"_s
                         << u"Access denied"_s;
    QTest::newRow("404") << fixture("error_404.json") << 404 << Kind::NotFound << u"not_found"_s
                         << u"Resource not found"_s;
    QTest::newRow("429") << fixture("error_429.json") << 429 << Kind::RateLimited << u"rate_limited"_s
                         << u"Rate limit exceeded"_s;
    QTest::newRow("500") << fixture("error_500.json") << 500 << Kind::Server << u"server_error"_s
                         << u"An unexpected error occurred"_s;
    QTest::newRow("501 not_implemented")
        << QByteArray(R"({"error":{"type":"not_implemented","message":"Not implemented"}})") << 501
        << Kind::Unsupported << u"not_implemented"_s << u"Not implemented"_s;
    QTest::newRow("not_found on 400") << QByteArray(R"({"error":{"type":"not_found","message":"gone"}})")
                                      << 400 << Kind::NotFound << u"not_found"_s << u"gone"_s;
    QTest::newRow("rate_limited on 503")
        << QByteArray(R"({"error":{"type":"rate_limited","message":"slow"}})") << 503 << Kind::RateLimited
        << u"rate_limited"_s << u"slow"_s;
    QTest::newRow("unknown type keeps status kind")
        << QByteArray(R"({"error":{"type":"quota_exceeded","message":"Too many GPUs"}})") << 400
        << Kind::Validation << u"quota_exceeded"_s << u"Too many GPUs"_s;
    QTest::newRow("message missing") << QByteArray(R"({"error":{"type":"not_found"}})") << 404
                                     << Kind::NotFound << u"not_found"_s << QString();
    QTest::newRow("type is not a code")
        << QByteArray(R"({"error":{"type":"<b>not found</b> please retry","message":"m"}})") << 404
        << Kind::NotFound << QString() << u"m"_s;
    QTest::newRow("nulls") << QByteArray(R"({"error":{"type":null,"message":null}})") << 500 << Kind::Server
                           << QString() << QString();
    QTest::newRow("extra fields") << QByteArray(
        R"({"error":{"type":"validation_error","message":"bad",)"
        R"("docs_url":"https://x","request_id":"r","details":[{}]},"x":1})")
                                  << 400 << Kind::Validation << u"validation_error"_s << u"bad"_s;
    QTest::newRow("html gateway page") << QByteArray(
        "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>")
                                       << 502 << Kind::Server << QString() << QString();
    QTest::newRow("empty") << QByteArray() << 503 << Kind::Server << QString() << QString();
    QTest::newRow("malformed") << QByteArray(R"({"error":{"type":"not_found")") << 404 << Kind::NotFound
                               << QString() << QString();
    QTest::newRow("error is a string")
        << QByteArray(R"({"error":"nope"})") << 401 << Kind::Auth << QString() << QString();
    QTest::newRow("fastapi detail") << QByteArray(R"({"detail":"Not Found"})") << 404 << Kind::NotFound
                                    << QString() << QString();
    QTest::newRow("array") << QByteArray(R"([{"error":{"type":"not_found"}}])") << 429 << Kind::RateLimited
                           << QString() << QString();
}

void TestFalParserRequests::errorBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, httpStatus);

    ProviderError error;
    error.httpStatus = httpStatus;
    error.kind = ProviderError::kindForHttpStatus(httpStatus);
    FalParser::readError(error, body);
    QTEST(error.kind, "kind");
    QTEST(error.reason, "reason");
    QTEST(error.providerMessage, "message");
    QCOMPARE(error.httpStatus, httpStatus);
}

void TestFalParserRequests::offerings()
{
    const QList<Offering> offerings = FalParser::offerings();
    QCOMPARE(offerings.size(), 2);
    QCOMPARE(offerings.at(0).id, u"gpu_1x_h100_sxm5"_s);
    QCOMPARE(offerings.at(0).gpuCount, 1);
    QCOMPARE(offerings.at(0).cpuCores, 16);
    QCOMPARE(offerings.at(0).ramGb, 200);
    QCOMPARE(offerings.at(1).id, u"gpu_8x_h100_sxm5"_s);
    QCOMPARE(offerings.at(1).gpuCount, 8);
    QCOMPARE(offerings.at(1).cpuCores, 128);
    QCOMPARE(offerings.at(1).ramGb, 1600);
    for (const Offering &offering : offerings) {
        QVERIFY(!offering.pricePerHour.has_value()); // fal publishes no price through its API
        QCOMPARE(offering.gpuModel, u"H100 SXM5"_s);
        QVERIFY(offering.available);
        QVERIFY(FalParser::isInstanceType(offering.id));
    }
    QVERIFY(!FalParser::isInstanceType(u"gpu_2x_h100_sxm5"_s));
}

void TestFalParserRequests::validateCreate_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("sector");
    QTest::addColumn<bool>("valid");

    const QString privateKey = u"-----BEGIN OPENSSH PRIVATE KEY-----\n"_s + PrivateKeyBody
        + u"\n-----END OPENSSH PRIVATE KEY-----\n"_s;
    QTest::newRow("1x") << u"gpu_1x_h100_sxm5"_s << PublicKey << QString() << true;
    QTest::newRow("8x") << u"gpu_8x_h100_sxm5"_s << PublicKey << QString() << true;
    QTest::newRow("8x sector_3") << u"gpu_8x_h100_sxm5"_s << PublicKey << u"sector_3"_s << true;
    QTest::newRow("padded, upper case")
        << u" GPU_8X_H100_SXM5 "_s << u"\n"_s + PublicKey + u"\n"_s << u" Sector_1 "_s << true;
    QTest::newRow("ecdsa") << u"gpu_1x_h100_sxm5"_s << u"ecdsa-sha2-nistp256 AAAAE2VjZHNh"_s << QString()
                           << true;
    QTest::newRow("security key") << u"gpu_1x_h100_sxm5"_s << u"sk-ssh-ed25519@openssh.com AAAAGnNr"_s
                                  << QString() << true;
    QTest::newRow("rsa, no comment") << u"gpu_1x_h100_sxm5"_s << u"ssh-rsa AAAAB3NzaC1yc2E"_s << QString()
                                     << true;
    QTest::newRow("unknown type") << u"gpu_2x_h100_sxm5"_s << PublicKey << QString() << false;
    QTest::newRow("empty type") << QString() << PublicKey << QString() << false;
    QTest::newRow("empty key") << u"gpu_1x_h100_sxm5"_s << QString() << QString() << false;
    QTest::newRow("blank key") << u"gpu_1x_h100_sxm5"_s << u"  \n "_s << QString() << false;
    QTest::newRow("openssh private key") << u"gpu_1x_h100_sxm5"_s << privateKey << QString() << false;
    QTest::newRow("pem rsa private key")
        << u"gpu_1x_h100_sxm5"_s << u"-----BEGIN RSA PRIVATE KEY-----\n"_s + PrivateKeyBody << QString()
        << false;
    QTest::newRow("private key after a public prefix")
        << u"gpu_1x_h100_sxm5"_s << u"ssh-ed25519 BEGIN OPENSSH PRIVATE KEY "_s + PrivateKeyBody << QString()
        << false;
    QTest::newRow("no key type") << u"gpu_1x_h100_sxm5"_s << u"AAAAC3NzaC1lZDI1NTE5AAAAIFake"_s << QString()
                                 << false;
    QTest::newRow("type only") << u"gpu_1x_h100_sxm5"_s << u"ssh-ed25519"_s << QString() << false;
    QTest::newRow("two keys") << u"gpu_1x_h100_sxm5"_s << PublicKey + u"\n"_s + PublicKey << QString()
                              << false;
    QTest::newRow("putty file") << u"gpu_1x_h100_sxm5"_s << u"PuTTY-User-Key-File-3: ssh-ed25519"_s
                                << QString() << false;
    QTest::newRow("sector with 1x") << u"gpu_1x_h100_sxm5"_s << PublicKey << u"sector_1"_s << false;
    QTest::newRow("sector_4") << u"gpu_8x_h100_sxm5"_s << PublicKey << u"sector_4"_s << false;
    QTest::newRow("sector garbage") << u"gpu_8x_h100_sxm5"_s << PublicKey << u"us-west"_s << false;
}

void TestFalParserRequests::validateCreate()
{
    QFETCH(QString, type);
    QFETCH(QString, key);
    QFETCH(QString, sector);
    QFETCH(bool, valid);

    InstanceSpec spec;
    spec.offeringId = type;
    spec.sshPublicKey = key;
    spec.sector = sector;
    const ProviderError error = FalParser::validateCreate(spec);
    QCOMPARE(error.isError(), !valid);
    if (valid)
        return;
    QCOMPARE(error.kind, Kind::Validation);
    const QString message = error.message();
    QVERIFY(!message.isEmpty());
    // The key is never quoted back, in whole or in part.
    static const QRegularExpression separators(u"[\\s:]+"_s);
    for (const QString &part : key.split(separators, Qt::SkipEmptyParts)) {
        if (part.size() > 8 && !part.contains(u"PRIVATE"_s))
            QVERIFY2(!message.contains(part), qPrintable(part));
    }
    QVERIFY(!message.contains(PrivateKeyBody.left(12)));
}

void TestFalParserRequests::createBody_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("sector");
    QTest::addColumn<QString>("fixture");

    QTest::newRow("1x") << u"gpu_1x_h100_sxm5"_s << QString() << u"fal/create_request_1x.json"_s;
    QTest::newRow("8x sector") << u"gpu_8x_h100_sxm5"_s << u"sector_1"_s
                               << u"fal/create_request_8x_sector.json"_s;
}

void TestFalParserRequests::createBody()
{
    QFETCH(QString, type);
    QFETCH(QString, sector);
    QFETCH(QString, fixture);

    InstanceSpec spec;
    spec.offeringId = type;
    spec.sshPublicKey = u"  "_s + PublicKey + u"\n"_s;
    spec.sector = sector;
    spec.name = u"ignored: fal has no names"_s;
    QVERIFY(!FalParser::validateCreate(spec).isError());
    const QJsonObject sent = QJsonDocument::fromJson(FalParser::createBody(spec)).object();
    const QJsonObject expected = QJsonDocument::fromJson(TestSupport::fixture(fixture)).object();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(sent, expected);
}

QTEST_APPLESS_MAIN(TestFalParserRequests)

#include "tst_falparser_requests.moc"
