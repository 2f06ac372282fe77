// Target 4 (issue #8), the parsing part: how long each provider's list-page parser takes on a
// page of 100 and of 1,000 instances (bodies served by the simulator, so shaped like the real
// APIs). A parse of more than a few ms on the GUI thread would cost a frame; the clients parse
// list pages on a worker thread (providers/OffThreadParse.h): this shows what that spares it.
#include "core/Account.h"
#include "providers/HttpTransport.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderFactory.h"
#include "providers/fal/FalParser.h"
#include "providers/nebulablock/NebulaBlockParser.h"
#include "providers/novita/NovitaParser.h"
#include "simulator/SimulatedCloud.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Key[] = {u"bench-fal-parse:secret"_s, u"sk_bench_parse"_s, u"ak_bench_parse"_s};

// Where each provider's list body keeps its array and its total.
QString arrayKey(Provider provider)
{
    return provider == Provider::NebulaBlock ? u"data"_s : u"instances"_s;
}

QString totalKey(Provider provider)
{
    return provider == Provider::NebulaBlock ? u"total_instance"_s : u"total"_s;
}

} // namespace

class BenchListParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();

private:
    QByteArray page(Provider provider, int rows) const;

    SimulatedCloud m_cloud;
    QNetworkAccessManager m_network;
    QHash<int, QByteArray> m_pages; // provider -> a body of 100 instances
};

void BenchListParsing::initTestCase()
{
    QVERIFY(m_cloud.start(SimulatorOptions{0, false, 1.0, 0, false}));
    for (const Provider provider : Providers::all()) {
        const int p = int(Providers::all().indexOf(provider));
        for (int n = 0; n < 100; ++n)
            m_cloud.addInstance(provider, Key[p], SimInstanceSeed{u"parse-node-%1"_s.arg(n), {}, {}, 1, {}});
        Account account;
        account.provider = provider;
        account.id = u"parse-%1"_s.arg(p);
        account.endpoint = m_cloud.baseUrl(provider);
        std::unique_ptr<ProviderClient> client(ProviderFactory::create(account, Key[p], &m_network));
        HttpRequest request;
        request.path = provider == Provider::Fal ? u"/compute/instances"_s
            : provider == Provider::Novita       ? u"/gpu/instances"_s
                                                 : u"/computing/instances"_s;
        request.query.addQueryItem(provider == Provider::Novita ? u"pageSize"_s : u"limit"_s, u"100"_s);
        HttpCall *call = client->transport()->send(request);
        HttpResponse response;
        connect(call, &HttpCall::finished, this, [&response](const HttpResponse &r) { response = r; });
        QVERIFY(QTest::qWaitFor([&] { return response.status != 0 || response.error.isError(); }, 10'000));
        QCOMPARE(response.status, 200);
        m_pages.insert(p, response.body);
    }
}

// `rows` instances: the simulator's page of 100, repeated with fresh ids.
QByteArray BenchListParsing::page(Provider provider, int rows) const
{
    const QByteArray body = m_pages.value(int(Providers::all().indexOf(provider)));
    if (rows == 100)
        return body;
    QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonArray hundred = root.value(arrayKey(provider)).toArray();
    QJsonArray many;
    for (int copy = 0; many.size() < rows; ++copy) {
        for (const QJsonValue &value : hundred) {
            QJsonObject item = value.toObject();
            item.insert(u"id"_s, QString(item.value(u"id"_s).toVariant().toString() + u"-%1"_s.arg(copy)));
            many.append(item);
        }
    }
    root.insert(arrayKey(provider), many);
    if (provider != Provider::Fal)
        root.insert(totalKey(provider), rows);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void BenchListParsing::parse_data()
{
    QTest::addColumn<int>("provider");
    QTest::addColumn<int>("rows");
    for (const Provider provider : Providers::all()) {
        for (const int rows : {100, 1000})
            QTest::addRow("%s %d", qPrintable(Providers::id(provider)), rows) << int(provider) << rows;
    }
}

void BenchListParsing::parse()
{
    QFETCH(int, provider);
    QFETCH(int, rows);
    const auto which = Provider(provider);
    const QByteArray body = page(which, rows);
    int parsed = 0;
    QBENCHMARK {
        if (which == Provider::Fal) {
            FalParser::Page result;
            QVERIFY(!FalParser::parseListPage(body, result).isError());
            parsed = int(result.instances.size());
        } else if (which == Provider::Novita) {
            NovitaParser::InstancePage result;
            QVERIFY(!NovitaParser::parseInstancePage(body, result).isError());
            parsed = int(result.instances.size());
        } else {
            NebulaBlockParser::InstancePage result;
            QVERIFY(!NebulaBlockParser::parseInstancePage(body, result).isError());
            parsed = int(result.instances.size());
        }
    }
    QCOMPARE(parsed, rows);
}

QTEST_GUILESS_MAIN(BenchListParsing)
#include "bench_listparsing.moc"
