#include "core/EndpointPolicy.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// EndpointPolicy: where an API key may go. HTTPS anywhere, plain HTTP only to this machine,
// never with userinfo, never over any other scheme.
class TestEndpointPolicy : public QObject
{
    Q_OBJECT

private slots:
    void mayCarryCredentials_data();
    void mayCarryCredentials();
    void isLoopbackHost_data();
    void isLoopbackHost();
};

void TestEndpointPolicy::mayCarryCredentials_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");

    // HTTPS anywhere.
    QTest::newRow("https-fal") << u"https://api.fal.ai/v1"_s << true;
    QTest::newRow("https-novita") << u"https://api.novita.ai/gpu-instance/openapi/v1"_s << true;
    QTest::newRow("https-port") << u"https://203.0.113.9:8443/api"_s << true;
    QTest::newRow("https-uppercase-scheme") << u"HTTPS://api.example.com"_s << true;
    QTest::newRow("https-loopback") << u"https://127.0.0.1:1234"_s << true;
    QTest::newRow("https-ipv6") << u"https://[2001:db8::1]/"_s << true;

    // Plain HTTP only to loopback.
    QTest::newRow("http-127.0.0.1") << u"http://127.0.0.1:8080/v1"_s << true;
    QTest::newRow("http-127.x") << u"http://127.12.34.56/"_s << true;
    QTest::newRow("http-127.255.255.254") << u"http://127.255.255.254"_s << true;
    QTest::newRow("http-ipv6-loopback") << u"http://[::1]:9000/"_s << true;
    QTest::newRow("http-localhost") << u"http://localhost:3000"_s << true;
    QTest::newRow("http-LOCALHOST") << u"http://LOCALHOST:3000"_s << true;
    QTest::newRow("http-remote") << u"http://api.fal.ai"_s << false;
    QTest::newRow("http-example-invalid") << u"http://example.invalid"_s << false;
    QTest::newRow("http-private-lan") << u"http://192.168.1.10"_s << false;
    QTest::newRow("http-10.x") << u"http://10.0.0.1"_s << false;
    QTest::newRow("http-128.0.0.1") << u"http://128.0.0.1"_s << false;
    QTest::newRow("http-126.255.255.255") << u"http://126.255.255.255"_s << false;
    QTest::newRow("http-any-address") << u"http://0.0.0.0:8080"_s << false;
    QTest::newRow("http-ipv6-any") << u"http://[::]:8080"_s << false;
    QTest::newRow("http-ipv6-remote") << u"http://[2001:db8::1]"_s << false;
    QTest::newRow("http-localhost-suffix") << u"http://localhost.evil.example"_s << false;
    QTest::newRow("http-localhost-prefix") << u"http://notlocalhost"_s << false;
    QTest::newRow("http-loopback-lookalike") << u"http://127.0.0.1.nip.io"_s << false;

    // Userinfo is refused, even with HTTPS or loopback (and hides the real host from people).
    QTest::newRow("userinfo-https") << u"https://user:pass@api.example.com"_s << false;
    QTest::newRow("user-only-https") << u"https://user@api.example.com"_s << false;
    QTest::newRow("userinfo-loopback") << u"http://user@127.0.0.1:8080"_s << false;
    QTest::newRow("userinfo-localhost-trick") << u"http://localhost@evil.example"_s << false;

    // Other schemes and broken URLs.
    QTest::newRow("ftp") << u"ftp://127.0.0.1/"_s << false;
    QTest::newRow("ws") << u"ws://127.0.0.1:8080"_s << false;
    QTest::newRow("wss") << u"wss://api.example.com"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("data") << u"data:text/plain,hi"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("no-scheme") << u"api.fal.ai/v1"_s << false;
    QTest::newRow("relative") << u"/compute/instances"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("https-no-host") << u"https://"_s << false;
    QTest::newRow("http-no-host") << u"http:///path"_s << false;
}

void TestEndpointPolicy::mayCarryCredentials()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(EndpointPolicy::mayCarryCredentials(QUrl(url)), allowed);
}

void TestEndpointPolicy::isLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.1.2.3") << u"127.1.2.3"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("[::1]") << u"[::1]"_s << true;
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("LocalHost") << u"LocalHost"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
    QTest::newRow("0.0.0.0") << u"0.0.0.0"_s << false;
    QTest::newRow("::") << u"::"_s << false;
    QTest::newRow("example.com") << u"example.com"_s << false;
    QTest::newRow("localhost.example") << u"localhost.example"_s << false;
    QTest::newRow("[127.0.0.1") << u"[127.0.0.1"_s << false;
}

void TestEndpointPolicy::isLoopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(EndpointPolicy::isLoopbackHost(host), loopback);
}

QTEST_APPLESS_MAIN(TestEndpointPolicy)
#include "tst_endpointpolicy.moc"
