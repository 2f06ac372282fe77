#include "SshKeyInspectorFixture.h"
#include "core/SshKeyInspector.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SshKeyInspectorTesting;

using Error = SshKeyInspector::Error;

// SshKeyInspector against real ssh-keygen output: keys generated at test time (never committed),
// fingerprints and sizes compared with `ssh-keygen -lf`, private keys, files and directories.
class TestSshKeyInspectorKeys : public SshKeyInspectorFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpFixture(); }

    void generatedKeysMatchSshKeygen_data();
    void generatedKeysMatchSshKeygen();
    void securityKeysMatchSshKeygen_data();
    void securityKeysMatchSshKeygen();
    void privateKeyFileRefusedWithSibling();
    void privateKeyWithoutValidSibling();
    void privateKeyBlocks_data();
    void privateKeyBlocks();
    void typeMismatch();
    void unreadableFiles();
    void listsDirectory();
    void toLineRoundTrips();
};

void TestSshKeyInspectorKeys::generatedKeysMatchSshKeygen_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("expectedType");
    QTest::addColumn<int>("expectedBits");

    QTest::newRow("ed25519") << u"ed25519"_s << 0 << u"me@laptop"_s << u"ssh-ed25519"_s << 256;
    QTest::newRow("rsa-3072") << u"rsa"_s << 3072 << u"rsa key"_s << u"ssh-rsa"_s << 3072;
    QTest::newRow("rsa-2048") << u"rsa"_s << 2048 << u"x"_s << u"ssh-rsa"_s << 2048;
    QTest::newRow("ecdsa-256") << u"ecdsa"_s << 256 << u"e256"_s << u"ecdsa-sha2-nistp256"_s << 256;
    QTest::newRow("ecdsa-384") << u"ecdsa"_s << 384 << u"e384"_s << u"ecdsa-sha2-nistp384"_s << 384;
    QTest::newRow("ecdsa-521") << u"ecdsa"_s << 521 << u"e521"_s << u"ecdsa-sha2-nistp521"_s << 521;
    QTest::newRow("no-comment") << u"ed25519"_s << 0 << QString() << u"ssh-ed25519"_s << 256;
    QTest::newRow("spaced-comment") << u"ed25519"_s << 0 << u"work  laptop key"_s << u"ssh-ed25519"_s << 256;
}

void TestSshKeyInspectorKeys::generatedKeysMatchSshKeygen()
{
    QFETCH(QString, type);
    QFETCH(int, bits);
    QFETCH(QString, comment);
    QFETCH(QString, expectedType);
    QFETCH(int, expectedBits);

    const QString privatePath = generate(type, bits, comment, {});
    QVERIFY(!privatePath.isEmpty());
    const QString publicPath = privatePath + u".pub"_s;
    const QString expected = keygenFingerprint(publicPath);
    QVERIFY(!expected.isEmpty());

    const SshKeyInspector::Result result = SshKeyInspector::readFile(publicPath);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result.key.fingerprintLine(), expected);
    QCOMPARE(result.key.fingerprint(), expected.section(QLatin1Char(' '), 1, 1));
    QCOMPARE(result.key.bits, expected.section(QLatin1Char(' '), 0, 0).toInt());
    QCOMPARE(result.key.bits, expectedBits);
    QCOMPARE(result.key.type, expectedType);
    QCOMPARE(result.key.comment, comment);
    QCOMPARE(result.key.path, QFileInfo(publicPath).absoluteFilePath());
    QVERIFY(result.message().isEmpty());

    // The pasted text gives the same key as the file.
    const SshKeyInspector::Result pasted = SshKeyInspector::parse(QString::fromUtf8(readAll(publicPath)));
    QVERIFY(pasted.ok());
    QCOMPARE(pasted.key.fingerprintLine(), expected);
    QVERIFY(pasted.key.path.isEmpty());
}

void TestSshKeyInspectorKeys::securityKeysMatchSshKeygen_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("label");

    QTest::newRow("ed25519-sk") << QByteArray("sk-ssh-ed25519@openssh.com") << u"yubikey"_s
                                << u"ED25519-SK"_s;
    QTest::newRow("ecdsa-sk") << QByteArray("sk-ecdsa-sha2-nistp256@openssh.com") << QString()
                              << u"ECDSA-SK"_s;
}

void TestSshKeyInspectorKeys::securityKeysMatchSshKeygen()
{
    QFETCH(QByteArray, type);
    QFETCH(QString, comment);
    QFETCH(QString, label);

    // No hardware token here: build the blob around a real public point so ssh-keygen accepts it.
    QByteArray blob = sshString(type);
    if (type.startsWith("sk-ecdsa")) {
        const QString donor = generate(u"ecdsa"_s, 256, u"donor"_s, {});
        const auto fields =
            sshStrings(QByteArray::fromBase64(readAll(donor + u".pub"_s).split(' ').value(1)));
        QCOMPARE(fields.size(), 3);
        blob += sshString(fields.at(1)) + sshString(fields.at(2));
    } else {
        blob += sshString(sshStrings(ed25519Blob()).value(1));
    }
    blob += sshString("ssh:");
    const QByteArray line = type + ' ' + blob.toBase64()
        + (comment.isEmpty() ? QByteArray() : QByteArray(" ") + comment.toUtf8()) + '\n';
    const QString path = m_dir.filePath(QString::fromLatin1(type.left(8)) + u".pub"_s);
    QVERIFY(writeFile(path, line));

    const SshKeyInspector::Result result = SshKeyInspector::readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result.key.bits, 256);
    QCOMPARE(result.key.typeLabel(), label);
    QCOMPARE(result.key.fingerprintLine(), keygenFingerprint(path));
}

void TestSshKeyInspectorKeys::privateKeyFileRefusedWithSibling()
{
    const QString privatePath = generate(u"ed25519"_s, 0, u"secret-comment"_s, u"id_sibling"_s);
    QVERIFY(!privatePath.isEmpty());
    const QByteArray content = readAll(privatePath);
    QVERIFY(content.contains("PRIVATE KEY"));

    const SshKeyInspector::Result result = SshKeyInspector::readFile(privatePath);
    QCOMPARE(result.error, Error::PrivateKey);
    QCOMPARE(result.suggestion, QFileInfo(privatePath + u".pub"_s).absoluteFilePath());
    const QString message = result.message();
    QVERIFY(message.contains(result.suggestion));
    QVERIFY(!message.contains(u"BEGIN"_s));
    QVERIFY(!message.contains(u"secret-comment"_s));
    // No line, and no 8-character run of the key body, may appear in the message.
    for (const QByteArray &keyLine : content.split('\n')) {
        for (qsizetype i = 0; i + 8 <= keyLine.size(); i += 4)
            QVERIFY(!message.contains(QString::fromLatin1(keyLine.mid(i, 8))));
    }
    QVERIFY(result.key.blob.isEmpty());
    QVERIFY(result.key.comment.isEmpty());

    // The same content pasted: refused, no suggestion.
    const SshKeyInspector::Result pasted = SshKeyInspector::parse(QString::fromLatin1(content));
    QCOMPARE(pasted.error, Error::PrivateKey);
    QVERIFY(pasted.suggestion.isEmpty());
    QVERIFY(!pasted.message().contains(u"BEGIN"_s));
}

void TestSshKeyInspectorKeys::privateKeyWithoutValidSibling()
{
    const QString privatePath = generate(u"ed25519"_s, 0, u"c"_s, u"id_nosibling"_s);
    QVERIFY(QFile::remove(privatePath + u".pub"_s));
    QCOMPARE(SshKeyInspector::readFile(privatePath).error, Error::PrivateKey);
    QVERIFY(SshKeyInspector::readFile(privatePath).suggestion.isEmpty());

    QVERIFY(writeFile(privatePath + u".pub"_s, "not a key\n"));
    const SshKeyInspector::Result result = SshKeyInspector::readFile(privatePath);
    QCOMPARE(result.error, Error::PrivateKey);
    QVERIFY(result.suggestion.isEmpty());
    QCOMPARE(result.message(), SshKeyInspector::errorMessage(Error::PrivateKey));
}

void TestSshKeyInspectorKeys::privateKeyBlocks_data()
{
    QTest::addColumn<QString>("text");

    const QString body = u"\nMIIEpAIBAAKCAQEAtopSecretMaterial0123456789abcdef\n"_s;
    for (const QString &kind : {u"OPENSSH"_s, u"RSA"_s, u"EC"_s, u"DSA"_s, u"ENCRYPTED"_s}) {
        QTest::addRow("%s", qPrintable(kind))
            << u"-----BEGIN %1 PRIVATE KEY-----%2-----END %1 PRIVATE KEY-----\n"_s.arg(kind, body);
    }
    QTest::newRow("pkcs8") << u"-----BEGIN PRIVATE KEY-----"_s + body + u"-----END PRIVATE KEY-----"_s;
    QTest::newRow("no-end-line") << u"-----BEGIN OPENSSH PRIVATE KEY-----"_s + body;
    QTest::newRow("putty") << u"PuTTY-User-Key-File-3: ssh-ed25519\r\nEncryption: none\r\n"
                              u"Comment: topSecretMaterial\r\nPrivate-Lines: 1\r\ntopSecretMaterial\r\n"_s;
    QTest::newRow("after-public-line")
        << u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGtopSecretMaterial c\n-----BEGIN OPENSSH PRIVATE KEY-----"_s
            + body;
}

void TestSshKeyInspectorKeys::privateKeyBlocks()
{
    QFETCH(QString, text);
    const SshKeyInspector::Result result = SshKeyInspector::parse(text);
    QCOMPARE(result.error, Error::PrivateKey);
    QVERIFY(!result.message().isEmpty());
    QVERIFY(!result.message().contains(u"topSecretMaterial"_s));
    QVERIFY(!result.message().contains(u"MIIE"_s));
}

void TestSshKeyInspectorKeys::typeMismatch()
{
    const QByteArray blob = ed25519Blob();
    const SshKeyInspector::Result result =
        SshKeyInspector::parse(u"ssh-rsa "_s + QString::fromLatin1(blob.toBase64()));
    QCOMPARE(result.error, Error::TypeMismatch);

    // An ECDSA blob whose curve differs from the declared type.
    const QString donor = generate(u"ecdsa"_s, 384, u"d"_s, {});
    QByteArray ecdsa = readAll(donor + u".pub"_s).split(' ').value(1);
    const SshKeyInspector::Result curve =
        SshKeyInspector::parse(u"ecdsa-sha2-nistp256 "_s + QString::fromLatin1(ecdsa));
    QCOMPARE(curve.error, Error::TypeMismatch);
}

void TestSshKeyInspectorKeys::unreadableFiles()
{
    QCOMPARE(SshKeyInspector::readFile(m_dir.filePath(u"missing.pub"_s)).error, Error::Unreadable);
    QCOMPARE(SshKeyInspector::readFile(m_dir.path()).error, Error::Unreadable);
    QVERIFY(QDir(m_dir.path()).mkdir(u"dir.pub"_s));
    QCOMPARE(SshKeyInspector::readFile(m_dir.filePath(u"dir.pub"_s)).error, Error::Unreadable);
    if (QFileInfo::exists(u"/dev/zero"_s))
        QCOMPARE(SshKeyInspector::readFile(u"/dev/zero"_s).error, Error::Unreadable);

    // A valid key followed by padding beyond the cap: refused unread.
    const QString pub = generate(u"ed25519"_s, 0, u"big"_s, {}) + u".pub"_s;
    const QString big = m_dir.filePath(u"big.pub"_s);
    QVERIFY(writeFile(big, readAll(pub) + QByteArray(SshKeyInspector::MaxFileBytes, '\n')));
    QCOMPARE(SshKeyInspector::readFile(big).error, Error::Unreadable);
    QVERIFY(SshKeyInspector::readFile(pub).ok());

    const QString empty = m_dir.filePath(u"empty.pub"_s);
    QVERIFY(writeFile(empty, {}));
    QCOMPARE(SshKeyInspector::readFile(empty).error, Error::Empty);
}

void TestSshKeyInspectorKeys::listsDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto make = [this, &dir](const QString &type, const QString &name) {
        const QString path = generate(type, type == u"rsa"_s ? 3072 : 0, name, {});
        QVERIFY(QFile::rename(path + u".pub"_s, dir.filePath(name)));
    };
    make(u"rsa"_s, u"b_rsa.pub"_s);
    make(u"ed25519"_s, u"a_ed.pub"_s);
    make(u"ecdsa"_s, u"c_ecdsa.pub"_s);
    QVERIFY(writeFile(dir.filePath(u"broken.pub"_s), "ssh-ed25519 AAAA$ broken\n"));
    QVERIFY(writeFile(dir.filePath(u"config"_s), "Host *\n"));
    QVERIFY(writeFile(dir.filePath(u"leaked.pub"_s), "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n"));
    QVERIFY(QDir(dir.path()).mkdir(u"folder.pub"_s));
    const QString privateKey = generate(u"ed25519"_s, 0, u"x"_s, {});
    QVERIFY(QFile::rename(privateKey, dir.filePath(u"id_ed25519"_s)));

    const QList<SshKeyInspector::PublicKey> keys = SshKeyInspector::listPublicKeys(dir.path());
    QCOMPARE(keys.size(), 3);
    QCOMPARE(QFileInfo(keys.at(0).path).fileName(), u"a_ed.pub"_s);
    QCOMPARE(QFileInfo(keys.at(1).path).fileName(), u"b_rsa.pub"_s);
    QCOMPARE(QFileInfo(keys.at(2).path).fileName(), u"c_ecdsa.pub"_s);
    QCOMPARE(keys.at(0).type, u"ssh-ed25519"_s);
    QCOMPARE(keys.at(1).bits, 3072);
    QCOMPARE(keys.at(2).comment, u"c_ecdsa.pub"_s);
    for (const auto &key : keys)
        QCOMPARE(key.fingerprintLine(), keygenFingerprint(key.path));

    QVERIFY(SshKeyInspector::listPublicKeys(dir.filePath(u"nowhere"_s)).isEmpty());
    QVERIFY(SshKeyInspector::defaultDirectory().endsWith(u"/.ssh"_s));
}

void TestSshKeyInspectorKeys::toLineRoundTrips()
{
    const QString pub = generate(u"ecdsa"_s, 384, u"round trip"_s, {}) + u".pub"_s;
    const SshKeyInspector::Result original = SshKeyInspector::readFile(pub);
    QVERIFY(original.ok());
    QCOMPARE(original.key.toLine() + QLatin1Char('\n'), QString::fromUtf8(readAll(pub)));
    const SshKeyInspector::Result again = SshKeyInspector::parse(original.key.toLine());
    QVERIFY(again.ok());
    QCOMPARE(again.key.blob, original.key.blob);
    QCOMPARE(again.key.fingerprintLine(), original.key.fingerprintLine());

    SshKeyInspector::PublicKey bare = original.key;
    bare.comment.clear();
    QVERIFY(!bare.toLine().endsWith(QLatin1Char(' ')));
}

QTEST_GUILESS_MAIN(TestSshKeyInspectorKeys)
#include "tst_sshkeyinspector_keys.moc"
