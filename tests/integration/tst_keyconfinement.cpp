#include "providers/ProviderCall.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderFactory.h"
#include "support/ScriptedHttpServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {
// Every provider's empty list at once; each parser reads its own fields and ignores the rest.
const QByteArray EmptyEverything =
    R"({"instances":[],"next_cursor":null,"has_more":false,"total":0,"data":[],"total_instance":0,)"
    R"("status":"success","message":"ok"})";

Account accountAt(Provider provider, const QUrl &endpoint)
{
    Account account;
    account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    account.provider = provider;
    account.label = Providers::id(provider);
    account.endpoint = endpoint;
    return account;
}

QByteArray authorizationFor(Provider provider, const QString &key)
{
    return (provider == Provider::Fal ? "Key " : "Bearer ") + key.toUtf8();
}
} // namespace

// Where an API key may go, for all three clients: only to its own account's endpoint (two
// accounts of one provider never see each other's key), never across a redirect to another
// origin, never over plain HTTP to anything but this machine. The transport-level cases are in
// tst_httptransport and tst_falclient; this checks each real client end to end.
class TestKeyConfinement : public QObject
{
    Q_OBJECT

private slots:
    void eachKeyGoesOnlyToItsOwnEndpoint_data() { addProviderRows(); }
    void eachKeyGoesOnlyToItsOwnEndpoint();
    void redirectToAnotherOriginGetsNoKey_data() { addProviderRows(); }
    void redirectToAnotherOriginGetsNoKey();
    void plainHttpToAnotherHostSendsNothing_data() { addProviderRows(); }
    void plainHttpToAnotherHostSendsNothing();

private:
    static void addProviderRows();
    static ProviderResult await(ProviderCall *call);
    QNetworkAccessManager m_network;
};

void TestKeyConfinement::addProviderRows()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("basePath");
    QTest::newRow("fal") << Provider::Fal << u"/v1"_s;
    QTest::newRow("novita") << Provider::Novita << u"/gpu-instance/openapi/v1"_s;
    QTest::newRow("nebulablock") << Provider::NebulaBlock << u"/api/v1"_s;
}

ProviderResult TestKeyConfinement::await(ProviderCall *call)
{
    QSignalSpy finished(call, &ProviderCall::finished);
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<ProviderResult>();
}

void TestKeyConfinement::eachKeyGoesOnlyToItsOwnEndpoint()
{
    QFETCH(Provider, provider);
    QFETCH(QString, basePath);
    ScriptedHttpServer first;
    ScriptedHttpServer second;
    for (ScriptedHttpServer *server : {&first, &second})
        server->setHandler([](const ScriptedHttpServer::Request &) {
            return ScriptedHttpServer::json(200, EmptyEverything);
        });
    const QString firstKey = u"key-CONFINED-one-"_s + QUuid::createUuid().toString(QUuid::Id128);
    const QString secondKey = u"key-CONFINED-two-"_s + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<ProviderClient> one(
        ProviderFactory::create(accountAt(provider, first.url(basePath)), firstKey, &m_network));
    std::unique_ptr<ProviderClient> two(
        ProviderFactory::create(accountAt(provider, second.url(basePath)), secondKey, &m_network));

    for (ProviderClient *client : {one.get(), two.get()}) {
        const ProviderResult listed = await(client->listInstances());
        QVERIFY2(!listed.error.isError(), qPrintable(listed.error.message()));
        (void)await(client->listOfferings());
        (void)await(client->getInstance(u"i-1"_s));
        (void)await(client->deleteInstance(u"i-1"_s));
    }
    QVERIFY(!first.requests().isEmpty());
    QVERIFY(!second.requests().isEmpty());
    for (const auto &request : first.requests())
        QCOMPARE(request.headers.value("authorization"), authorizationFor(provider, firstKey));
    for (const auto &request : second.requests())
        QCOMPARE(request.headers.value("authorization"), authorizationFor(provider, secondKey));
}

void TestKeyConfinement::redirectToAnotherOriginGetsNoKey()
{
    QFETCH(Provider, provider);
    QFETCH(QString, basePath);
    ScriptedHttpServer endpoint;
    ScriptedHttpServer elsewhere; // another port: another origin
    elsewhere.setHandler(
        [](const ScriptedHttpServer::Request &) { return ScriptedHttpServer::json(200, EmptyEverything); });
    const QUrl target = elsewhere.url(u"/collect"_s);
    endpoint.setHandler([target](const ScriptedHttpServer::Request &) {
        ScriptedHttpServer::Response redirect;
        redirect.status = 302;
        redirect.headers.append({"Location", target.toEncoded()});
        return redirect;
    });
    const QString key = u"key-CONFINED-redirect-"_s + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<ProviderClient> client(
        ProviderFactory::create(accountAt(provider, endpoint.url(basePath)), key, &m_network));

    const ProviderResult listed = await(client->listInstances());
    QVERIFY(listed.error.isError());
    QVERIFY(!listed.error.message().contains(key));
    QVERIFY(!endpoint.requests().isEmpty());
    for (const auto &request : elsewhere.requests())
        QVERIFY(!request.headers.contains("authorization"));
    QCOMPARE(elsewhere.requests().size(), 0); // the redirect is refused, not followed
}

void TestKeyConfinement::plainHttpToAnotherHostSendsNothing()
{
    QFETCH(Provider, provider);
    QFETCH(QString, basePath);
    const QString key = u"key-CONFINED-plain-"_s + QUuid::createUuid().toString(QUuid::Id128);
    // 192.0.2.1 (TEST-NET-1) is never reachable: a request would time out, not fail at once.
    std::unique_ptr<ProviderClient> client(ProviderFactory::create(
        accountAt(provider, QUrl(u"http://192.0.2.1:8080"_s + basePath)), key, &m_network));
    QList<std::function<ProviderCall *()>> calls{[&] { return client->listInstances(); },
                                                 [&] { return client->getInstance(u"i-1"_s); },
                                                 [&] { return client->deleteInstance(u"i-1"_s); }};
    if (provider != Provider::Fal) // fal's two instance types are built in, nothing is fetched
        calls.append([&] { return client->listOfferings(); });
    for (const auto &call : calls) {
        const ProviderResult result = await(call());
        QCOMPARE(result.error.kind, ProviderError::Kind::InsecureEndpoint);
        QVERIFY(!result.error.message().contains(key));
    }
}

QTEST_GUILESS_MAIN(TestKeyConfinement)
#include "tst_keyconfinement.moc"
