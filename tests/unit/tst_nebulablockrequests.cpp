#include "providers/nebulablock/NebulaBlockRequests.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// What GPU Fleet sends to Nebula Block: create validation (nothing leaves with a bad spec, a
// private key is never quoted), key matching that ignores comments, and the exact JSON bodies.
class TestNebulaBlockRequests : public QObject
{
    Q_OBJECT

private slots:
    void validation_data();
    void validation();
    void normalizedKeys_data();
    void normalizedKeys();
    void names();
    void bodies();
    void bodiesMatchTheDocumentedShape();
    void safeIds();
};

namespace {

// A structurally valid ssh-ed25519 public key line (string "ssh-ed25519" + 32 key bytes).
QString ed25519(char fill, const QString &comment = u"user@desk"_s)
{
    const auto field = [](const QByteArray &bytes) -> QByteArray {
        const quint32 size = quint32(bytes.size());
        QByteArray out;
        out.append(char(size >> 24)).append(char(size >> 16)).append(char(size >> 8)).append(char(size));
        return out + bytes;
    };
    const QByteArray blob = field("ssh-ed25519") + field(QByteArray(32, fill));
    return u"ssh-ed25519 "_s + QString::fromLatin1(blob.toBase64()) + u' ' + comment;
}

InstanceSpec spec(const QString &key)
{
    InstanceSpec spec;
    spec.name = u"trainer"_s;
    spec.offeringId = u"expd0ce88325-aeb0-48d0-8216-09506b58f1dd"_s;
    spec.image = u"exoscee6e762-1d11-4f65-a7d6-8c0670b603b2"_s;
    spec.sshPublicKey = key;
    return spec;
}

const char *const PrivateKey = "-----BEGIN OPENSSH PRIVATE KEY-----\n"
                               "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
                               "-----END OPENSSH PRIVATE KEY-----\n";

} // namespace

void TestNebulaBlockRequests::validation_data()
{
    QTest::addColumn<InstanceSpec>("input");
    QTest::addColumn<bool>("valid");

    QTest::newRow("complete") << spec(ed25519('a')) << true;
    QTest::newRow("no comment") << spec(ed25519('a', {}).trimmed()) << true;
    QTest::newRow("trailing newline") << spec(ed25519('a') + u'\n') << true;
    InstanceSpec unnamed = spec(ed25519('a'));
    unnamed.name.clear();
    QTest::newRow("no name: one is generated") << unnamed << true;
    InstanceSpec noProduct = spec(ed25519('a'));
    noProduct.offeringId = u"  "_s;
    QTest::newRow("no product") << noProduct << false;
    InstanceSpec noImage = spec(ed25519('a'));
    noImage.image.clear();
    QTest::newRow("no image") << noImage << false;
    QTest::newRow("no key") << spec(QString()) << false;
    QTest::newRow("private key") << spec(QString::fromLatin1(PrivateKey)) << false;
    QTest::newRow("two keys") << spec(ed25519('a') + u'\n' + ed25519('b')) << false;
    QTest::newRow("not a key") << spec(u"hello world"_s) << false;
    QTest::newRow("bad base64") << spec(u"ssh-ed25519 AAAA$$$$ user"_s) << false;
    InstanceSpec longName = spec(ed25519('a'));
    longName.name = QString(200, u'n');
    QTest::newRow("name too long") << longName << false;
    InstanceSpec controlName = spec(ed25519('a'));
    controlName.name = u"a\tb"_s;
    QTest::newRow("control character in name") << controlName << false;
}

void TestNebulaBlockRequests::validation()
{
    QFETCH(InstanceSpec, input);
    QFETCH(bool, valid);
    const ProviderError error = NebulaBlockRequests::validateCreate(input);
    QCOMPARE(!error.isError(), valid);
    if (!valid) {
        QCOMPARE(error.kind, ProviderError::Kind::Validation);
        QVERIFY(!error.providerMessage.isEmpty());
        // Never quote key material back, whatever was pasted.
        QVERIFY(!error.message().contains(u"b3BlbnNzaC1rZXkt"_s));
        QVERIFY(!error.message().contains(u"AAAA"_s));
    }
}

void TestNebulaBlockRequests::normalizedKeys_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("comment dropped") << u"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDFakeFixtureOnly user@desk"_s
                                     << u"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDFakeFixtureOnly"_s;
    QTest::newRow("spaces and tabs") << u"  ssh-ed25519\tAAAAC3NzaC1lZDI1NTE5AAAAIFake  a b c "_s
                                     << u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFake"_s;
    QTest::newRow("ecdsa") << u"ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAI"_s
                           << u"ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAI"_s;
    QTest::newRow("unknown type") << u"ssh-foo AAAAB3NzaC1yc2EAAAADAQABAAABAQ"_s << QString();
    QTest::newRow("no data") << u"ssh-rsa"_s << QString();
    QTest::newRow("two lines")
        << u"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestNebulaBlockRequests::normalizedKeys()
{
    QFETCH(QString, line);
    QFETCH(QString, normalized);
    QCOMPARE(NebulaBlockRequests::normalizedPublicKey(line), normalized);
}

void TestNebulaBlockRequests::names()
{
    static const QRegularExpression pattern(u"^gpufleet-[0-9a-f]{8}$"_s);
    const QString first = NebulaBlockRequests::generatedName();
    QVERIFY2(pattern.match(first).hasMatch(), qPrintable(first));
    QVERIFY(NebulaBlockRequests::generatedName() != first);

    const QString keyName = NebulaBlockRequests::sshKeyName(ed25519('a', u"one"_s));
    QVERIFY2(pattern.match(keyName).hasMatch(), qPrintable(keyName));
    QCOMPARE(NebulaBlockRequests::sshKeyName(ed25519('a', u"another comment"_s)), keyName);
    QVERIFY(NebulaBlockRequests::sshKeyName(ed25519('b')) != keyName);
}

void TestNebulaBlockRequests::bodies()
{
    const QJsonObject create =
        QJsonDocument::fromJson(NebulaBlockRequests::createBody(u"trainer"_s, spec(ed25519('a')), u"76"_s))
            .object();
    QCOMPARE(create.size(), 4);
    QCOMPARE(create.value(u"instance_name"_s).toString(), u"trainer"_s);
    QCOMPARE(create.value(u"product_id"_s).toString(), u"expd0ce88325-aeb0-48d0-8216-09506b58f1dd"_s);
    QCOMPARE(create.value(u"image_id"_s).toString(), u"exoscee6e762-1d11-4f65-a7d6-8c0670b603b2"_s);
    QVERIFY(create.value(u"ssh_key_id"_s).isDouble()); // a JSON integer, not "76"
    QCOMPARE(create.value(u"ssh_key_id"_s).toInteger(), 76);

    const QString key = ed25519('a');
    const QJsonObject sshKey =
        QJsonDocument::fromJson(NebulaBlockRequests::sshKeyBody(key + u"\n"_s)).object();
    QCOMPARE(sshKey.size(), 2);
    QCOMPARE(sshKey.value(u"key_data"_s).toString(), key);
    QCOMPARE(sshKey.value(u"key_name"_s).toString(), NebulaBlockRequests::sshKeyName(key));
}

void TestNebulaBlockRequests::bodiesMatchTheDocumentedShape()
{
    // Same keys and JSON types as the request fixtures taken from the docs.
    const auto shape = [](const QByteArray &json) {
        QStringList keys;
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        for (auto it = object.begin(); it != object.end(); ++it)
            keys.append(it.key() + u':' + QString::number(int(it.value().type())));
        return keys;
    };
    const QByteArray create = TestSupport::fixture(u"nebulablock/create_request.json"_s);
    QVERIFY(!create.isEmpty());
    QCOMPARE(shape(NebulaBlockRequests::createBody(u"n"_s, spec(ed25519('a')), u"76"_s)), shape(create));
    const QByteArray key = TestSupport::fixture(u"nebulablock/ssh_key_create_request.json"_s);
    QVERIFY(!key.isEmpty());
    QCOMPARE(shape(NebulaBlockRequests::sshKeyBody(ed25519('a'))), shape(key));
}

void TestNebulaBlockRequests::safeIds()
{
    QVERIFY(NebulaBlockRequests::isSafeId(u"102cade84ea-e703-4400-b77d-8ed545d198ee"_s));
    QVERIFY(!NebulaBlockRequests::isSafeId(QString()));
    QVERIFY(!NebulaBlockRequests::isSafeId(u"../ssh-keys"_s));
    QVERIFY(!NebulaBlockRequests::isSafeId(u"a?b"_s));
    QVERIFY(!NebulaBlockRequests::isSafeId(u"a b"_s));
}

QTEST_APPLESS_MAIN(TestNebulaBlockRequests)

#include "tst_nebulablockrequests.moc"
