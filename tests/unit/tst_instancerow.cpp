#include "models/InstanceRow.h"
#include "models/InstanceTableModel.h"

#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

// A heap copy, as a parser produces it: equal text, its own allocation.
QString fresh(const QString &text)
{
    return QString(text.constData(), text.size());
}

Instance sample()
{
    Instance instance;
    instance.provider = Provider::NebulaBlock;
    instance.accountId = fresh(u"acc"_s);
    instance.id = fresh(u"vm-42"_s);
    instance.name = fresh(u"trainer"_s);
    instance.gpuModel = fresh(u"H100"_s);
    instance.gpuCount = 8;
    instance.status = InstanceStatus::Running;
    instance.publicIp = fresh(u"127.0.0.9"_s);
    instance.sshPassword = fresh(u"secret-pw"_s);
    instance.pricePerHour = 2.5;
    instance.startedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    instance.extras = {
        {u"cluster"_s, fresh(u"eu-1"_s)},
        {u"ports"_s, QVariantList{22, fresh(u"8888/http"_s)}},
        {u"labels"_s, QVariantMap{{u"team"_s, fresh(u"ml"_s)}}},
        {u"tags"_s, QStringList{fresh(u"a"_s), fresh(u"b"_s)}},
    };
    return instance;
}

quint64 digestOf(const Instance &instance)
{
    bool exact = false;
    const quint64 digest = InstanceRow::digest(instance, &exact);
    return exact ? digest : 0;
}

} // namespace

// InstanceRow's change detection: the digest that lets a merge skip unchanged rows must see
// every difference, and the exact comparison decides which columns changed.
class TestInstanceRow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalDataInFreshAllocationsDigestsEqually();
    void everyCharacterOfEveryLengthCounts();
    void everyFieldCounts();
    void valuesDoNotMoveBetweenFields();
    void opaqueExtrasAreNotExact();
    void changedColumnsOfEqualInstancesIsZero();
};

void TestInstanceRow::equalDataInFreshAllocationsDigestsEqually()
{
    const Instance a = sample();
    const Instance b = sample();
    QVERIFY(a.name.constData() != b.name.constData());
    QVERIFY(digestOf(a) != 0);
    QCOMPARE(digestOf(a), digestOf(b));
}

// Short strings are read with overlapping loads: a change at any position of any length shows.
void TestInstanceRow::everyCharacterOfEveryLengthCounts()
{
    for (int length = 0; length <= 40; ++length) {
        Instance base = sample();
        base.name = fresh(QString(length, u'x'));
        const quint64 original = digestOf(base);
        for (int position = 0; position < length; ++position) {
            Instance changed = base;
            changed.name = fresh(base.name);
            changed.name[position] = u'y';
            QVERIFY2(digestOf(changed) != original,
                     qPrintable(u"length %1 position %2"_s.arg(length).arg(position)));
        }
        Instance longer = base;
        longer.name = fresh(base.name + u'\0');
        QVERIFY2(digestOf(longer) != original, qPrintable(u"length %1 plus a NUL"_s.arg(length)));
    }
}

void TestInstanceRow::everyFieldCounts()
{
    const QList<std::function<void(Instance &)>> changes{
        [](Instance &i) { i.provider = Provider::Fal; },
        [](Instance &i) { i.accountId = u"acc2"_s; },
        [](Instance &i) { i.id = u"vm-43"_s; },
        [](Instance &i) { i.name = u"trainer2"_s; },
        [](Instance &i) { i.gpuModel = u"A100"_s; },
        [](Instance &i) { i.gpuCount = 4; },
        [](Instance &i) { i.region = u"eu"_s; },
        [](Instance &i) { i.status = InstanceStatus::Stopping; },
        [](Instance &i) { i.providerStatus = u"odd"_s; },
        [](Instance &i) { i.statusMessage = u"out of stock"_s; },
        [](Instance &i) { i.publicIp = u"127.0.0.10"_s; },
        [](Instance &i) { i.sshUser = u"ubuntu"_s; },
        [](Instance &i) { i.sshHost = u"127.0.0.9"_s; },
        [](Instance &i) { i.sshPort = 2222; },
        [](Instance &i) { i.sshPassword = u"other"_s; },
        [](Instance &i) { i.pricePerHour = 2.51; },
        [](Instance &i) { i.pricePerHour.reset(); },
        [](Instance &i) { i.createdAt = QDateTime::fromMSecsSinceEpoch(1, Qt::UTC); },
        [](Instance &i) { i.startedAt = {}; },
        [](Instance &i) { i.extras.insert(u"cluster"_s, u"eu-2"_s); },
        [](Instance &i) {
            i.extras.insert(u"ports"_s, QVariantList{22, u"8888/tcp"_s});
        },
        [](Instance &i) {
            i.extras.insert(u"labels"_s, QVariantMap{{u"team"_s, u"ops"_s}});
        },
        [](Instance &i) {
            i.extras.insert(u"tags"_s, QStringList{u"b"_s, u"a"_s});
        },
        [](Instance &i) { i.extras.insert(u"cluster"_s, 1); },
        [](Instance &i) { i.extras.remove(u"tags"_s); },
    };
    const quint64 original = digestOf(sample());
    for (int i = 0; i < changes.size(); ++i) {
        Instance changed = sample();
        changes.at(i)(changed);
        QVERIFY2(digestOf(changed) != original, qPrintable(u"change %1"_s.arg(i)));
        QVERIFY2(InstanceRow::changedColumns(sample(), changed) != 0 || i == 1 || i == 2,
                 qPrintable(u"change %1"_s.arg(i)));
    }
}

void TestInstanceRow::valuesDoNotMoveBetweenFields()
{
    Instance a = sample();
    a.sshUser = u"root"_s;
    a.sshHost.clear();
    Instance b = sample();
    b.sshUser.clear();
    b.sshHost = u"root"_s;
    QVERIFY(digestOf(a) != digestOf(b));
}

void TestInstanceRow::opaqueExtrasAreNotExact()
{
    Instance plain = sample();
    plain.extras.insert(u"missing"_s, QVariant());
    plain.extras.insert(u"size"_s, qulonglong(1) << 40);
    QVERIFY(digestOf(plain) != 0); // still exact

    Instance instance = sample();
    instance.extras.insert(u"console"_s, QUrl(u"https://example.invalid/console"_s));
    bool exact = true;
    QVERIFY(InstanceRow::digest(instance, &exact) != 0);
    QVERIFY(!exact);
    Instance same = instance;
    same.extras.insert(u"console"_s, QUrl(u"https://example.invalid/console"_s));
    QCOMPARE(InstanceRow::changedColumns(instance, same), 0u);
    same.extras.insert(u"console"_s, QUrl(u"https://example.invalid/other"_s));
    QVERIFY(InstanceRow::changedColumns(instance, same) != 0);
}

void TestInstanceRow::changedColumnsOfEqualInstancesIsZero()
{
    QCOMPARE(InstanceRow::changedColumns(sample(), sample()), 0u);
    Instance priced = sample();
    priced.pricePerHour = 3.0;
    const quint32 mask = InstanceRow::changedColumns(sample(), priced);
    QCOMPARE(InstanceRow::firstColumn(mask), int(InstanceTableModel::PriceColumn));
    QCOMPARE(InstanceRow::lastColumn(mask), int(InstanceTableModel::PriceColumn));
}

QTEST_APPLESS_MAIN(TestInstanceRow)
#include "tst_instancerow.moc"
