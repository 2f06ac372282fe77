#include "core/SshKeyInspector.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Error = SshKeyInspector::Error;

namespace {

QByteArray sshString(const QByteArray &value)
{
    const auto n = quint32(value.size());
    QByteArray out;
    out.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    return out + value;
}

// Splits an SSH wire-format blob into its length-prefixed strings.
QList<QByteArray> sshStrings(const QByteArray &blob)
{
    QList<QByteArray> out;
    qsizetype pos = 0;
    while (pos + 4 <= blob.size()) {
        const auto *p = reinterpret_cast<const uchar *>(blob.constData() + pos);
        const qsizetype n = (qsizetype(p[0]) << 24) | (p[1] << 16) | (p[2] << 8) | p[3];
        out.append(blob.mid(pos + 4, n));
        pos += 4 + n;
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// SshKeyInspector against real ssh-keygen output: keys generated at test time (never committed),
// fingerprints and sizes compared with `ssh-keygen -lf`, and every refusal path.
class TestSshKeyInspector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void generatedKeysMatchSshKeygen_data();
    void generatedKeysMatchSshKeygen();
    void securityKeysMatchSshKeygen_data();
    void securityKeysMatchSshKeygen();
    void privateKeyFileRefusedWithSibling();
    void privateKeyWithoutValidSibling();
    void privateKeyBlocks_data();
    void privateKeyBlocks();
    void typeMismatch();
    void badBase64_data();
    void badBase64();
    void truncatedBlob_data();
    void truncatedBlob();
    void malformedKeyData_data();
    void malformedKeyData();
    void whitespaceAndLineEndings_data();
    void whitespaceAndLineEndings();
    void notKeys_data();
    void notKeys();
    void unreadableFiles();
    void listsDirectory();
    void toLineRoundTrips();
    void everyErrorHasMessage();

private:
    // Runs ssh-keygen -q -N "" -t type [-b bits] -C comment -f <dir>/name; returns the private path.
    QString generate(const QString &type, int bits, const QString &comment, const QString &name);
    QString keygenFingerprint(const QString &publicPath);
    QByteArray ed25519Blob();

    QString m_sshKeygen;
    QTemporaryDir m_dir;
    int m_counter = 0;
};

QString TestSshKeyInspector::generate(const QString &type, int bits, const QString &comment,
                                      const QString &name)
{
    const QString path = m_dir.filePath(name.isEmpty() ? u"key%1"_s.arg(++m_counter) : name);
    QStringList args{u"-q"_s, u"-N"_s, QString(), u"-t"_s, type, u"-C"_s, comment, u"-f"_s, path};
    if (bits > 0)
        args << u"-b"_s << QString::number(bits);
    QProcess process;
    process.start(m_sshKeygen, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << "ssh-keygen failed:" << process.readAllStandardError();
        return {};
    }
    return path;
}

QString TestSshKeyInspector::keygenFingerprint(const QString &publicPath)
{
    QProcess process;
    process.start(m_sshKeygen, {u"-lf"_s, publicPath});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    QByteArray out = process.readAllStandardOutput();
    if (out.endsWith('\n'))
        out.chop(1);
    return QString::fromUtf8(out);
}

QByteArray TestSshKeyInspector::ed25519Blob()
{
    const QString path = generate(u"ed25519"_s, 0, u"blob"_s, {});
    return QByteArray::fromBase64(readAll(path + u".pub"_s).split(' ').value(1));
}

void TestSshKeyInspector::initTestCase()
{
    m_sshKeygen = QStandardPaths::findExecutable(u"ssh-keygen"_s);
    if (m_sshKeygen.isEmpty())
        QSKIP("ssh-keygen (openssh-client) is not installed");
    QVERIFY(m_dir.isValid());
}

void TestSshKeyInspector::generatedKeysMatchSshKeygen_data()
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

void TestSshKeyInspector::generatedKeysMatchSshKeygen()
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

void TestSshKeyInspector::securityKeysMatchSshKeygen_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("label");

    QTest::newRow("ed25519-sk") << QByteArray("sk-ssh-ed25519@openssh.com") << u"yubikey"_s
                                << u"ED25519-SK"_s;
    QTest::newRow("ecdsa-sk") << QByteArray("sk-ecdsa-sha2-nistp256@openssh.com") << QString()
                              << u"ECDSA-SK"_s;
}

void TestSshKeyInspector::securityKeysMatchSshKeygen()
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

void TestSshKeyInspector::privateKeyFileRefusedWithSibling()
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

void TestSshKeyInspector::privateKeyWithoutValidSibling()
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

void TestSshKeyInspector::privateKeyBlocks_data()
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

void TestSshKeyInspector::privateKeyBlocks()
{
    QFETCH(QString, text);
    const SshKeyInspector::Result result = SshKeyInspector::parse(text);
    QCOMPARE(result.error, Error::PrivateKey);
    QVERIFY(!result.message().isEmpty());
    QVERIFY(!result.message().contains(u"topSecretMaterial"_s));
    QVERIFY(!result.message().contains(u"MIIE"_s));
}

void TestSshKeyInspector::typeMismatch()
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

void TestSshKeyInspector::badBase64_data()
{
    QTest::addColumn<QString>("data");

    QTest::newRow("bad-character") << u"AAAAC3NzaC1lZDI1NTE5AAAAI$Fs"_s;
    QTest::newRow("length-not-multiple-of-4") << u"AAAAC3NzaC1lZDI1NTE5A"_s;
    QTest::newRow("padding-inside") << u"AAAA=AAAAAAA"_s;
    QTest::newRow("three-padding") << u"AAAAA==="_s;
    QTest::newRow("url-safe-alphabet") << u"AAAAC3NzaC1lZDI1NTE5AAAA_-AA"_s;
    QTest::newRow("non-ascii") << u"AAAAC3NzaC1lZDI1NTE5AAAAé"_s;
}

void TestSshKeyInspector::badBase64()
{
    QFETCH(QString, data);
    QCOMPARE(SshKeyInspector::parse(u"ssh-ed25519 "_s + data + u" c"_s).error, Error::BadBase64);
}

void TestSshKeyInspector::truncatedBlob_data()
{
    QTest::addColumn<int>("keep");
    // An ed25519 blob is 4 + 11 + 4 + 32 = 51 bytes.
    QTest::newRow("length-only") << 3;
    QTest::newRow("inside-type") << 10;
    QTest::newRow("no-key-field") << 15;
    QTest::newRow("inside-key-length") << 17;
    QTest::newRow("inside-key") << 40;
    QTest::newRow("one-byte-short") << 50;
}

void TestSshKeyInspector::truncatedBlob()
{
    QFETCH(int, keep);
    const QByteArray blob = ed25519Blob();
    QCOMPARE(blob.size(), 51);
    const QString line = u"ssh-ed25519 "_s + QString::fromLatin1(blob.left(keep).toBase64()) + u" c"_s;
    QCOMPARE(SshKeyInspector::parse(line).error, Error::Truncated);
}

void TestSshKeyInspector::malformedKeyData_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("blob");
    QTest::addColumn<Error>("error");

    const QByteArray ed = "ssh-ed25519";
    QTest::newRow("trailing-bytes") << ed << sshString(ed) + sshString(QByteArray(32, 'k')) + "xx"
                                    << Error::NotAKey;
    QTest::newRow("short-ed25519") << ed << sshString(ed) + sshString(QByteArray(31, 'k')) << Error::NotAKey;
    QTest::newRow("rsa-zero-modulus")
        << QByteArray("ssh-rsa") << sshString("ssh-rsa") + sshString("\x01") + sshString(QByteArray(4, '\0'))
        << Error::NotAKey;
    QTest::newRow("rsa-no-modulus") << QByteArray("ssh-rsa") << sshString("ssh-rsa") + sshString("\x01")
                                    << Error::Truncated;
    QTest::newRow("ecdsa-bad-point") << QByteArray("ecdsa-sha2-nistp256")
                                     << sshString("ecdsa-sha2-nistp256") + sshString("nistp256")
            + sshString(QByteArray(64, 'p'))
                                     << Error::NotAKey;
    QTest::newRow("sk-no-application")
        << QByteArray("sk-ssh-ed25519@openssh.com")
        << sshString("sk-ssh-ed25519@openssh.com") + sshString(QByteArray(32, 'k')) << Error::Truncated;
}

void TestSshKeyInspector::malformedKeyData()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, blob);
    QFETCH(Error, error);
    QCOMPARE(SshKeyInspector::parse(QString::fromLatin1(type + ' ' + blob.toBase64())).error, error);
}

void TestSshKeyInspector::whitespaceAndLineEndings_data()
{
    QTest::addColumn<QString>("format"); // %1 = base64
    QTest::addColumn<QString>("comment");

    QTest::newRow("crlf") << u"ssh-ed25519 %1 me@host\r\n"_s << u"me@host"_s;
    QTest::newRow("cr-only") << u"ssh-ed25519 %1 me@host\r"_s << u"me@host"_s;
    QTest::newRow("extra-spaces") << u"   ssh-ed25519    %1    me@host   \n"_s << u"me@host"_s;
    QTest::newRow("tabs") << u"\tssh-ed25519\t%1\tme@host\t"_s << u"me@host"_s;
    QTest::newRow("inner-comment-spaces") << u"ssh-ed25519 %1 work  laptop"_s << u"work  laptop"_s;
    QTest::newRow("no-comment") << u"ssh-ed25519 %1"_s << QString();
    QTest::newRow("byte-order-mark") << u"\uFEFFssh-ed25519 %1 c\r\n"_s << u"c"_s;
    QTest::newRow("blank-and-hash-lines") << u"\r\n# my key\r\n\r\nssh-ed25519 %1 c\r\n"_s << u"c"_s;
    QTest::newRow("comment-contains-data")
        << u"ssh-ed25519 %1 %1"_s << QString(); // filled in below: the comment repeats the data
}

void TestSshKeyInspector::whitespaceAndLineEndings()
{
    QFETCH(QString, format);
    QFETCH(QString, comment);
    const QByteArray blob = ed25519Blob();
    const QString base64 = QString::fromLatin1(blob.toBase64());
    if (QByteArrayView(QTest::currentDataTag()) == "comment-contains-data")
        comment = base64;

    const SshKeyInspector::Result result = SshKeyInspector::parse(format.arg(base64));
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result.key.blob, blob);
    QCOMPARE(result.key.comment, comment);
    QCOMPARE(result.key.type, u"ssh-ed25519"_s);
}

void TestSshKeyInspector::notKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Error>("error");
    QTest::addColumn<bool>("options");

    const QString data = u"AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"_s;
    QTest::newRow("empty") << QString() << Error::Empty << false;
    QTest::newRow("whitespace") << u"  \r\n\t\n"_s << Error::Empty << false;
    QTest::newRow("only-comments") << u"# nothing\n"_s << Error::Empty << false;
    QTest::newRow("one-word") << u"hello"_s << Error::NotAKey << false;
    QTest::newRow("prose") << u"hello world this is text"_s << Error::NotAKey << false;
    QTest::newRow("type-only") << u"ssh-ed25519"_s << Error::NotAKey << false;
    QTest::newRow("rfc4716") << u"---- BEGIN SSH2 PUBLIC KEY ----\nAAAA\n---- END SSH2 PUBLIC KEY ----"_s
                             << Error::NotAKey << false;
    QTest::newRow("ssh-dss") << u"ssh-dss AAAAB3NzaC1kc3M= c"_s << Error::UnknownType << false;
    QTest::newRow("certificate") << u"ssh-ed25519-cert-v01@openssh.com AAAA c"_s << Error::UnknownType
                                 << false;
    QTest::newRow("unknown-curve") << u"ecdsa-sha2-nistp999 AAAA c"_s << Error::UnknownType << false;
    QTest::newRow("options") << u"from=\"10.0.0.1\" ssh-ed25519 "_s + data << Error::UnknownType << true;
    QTest::newRow("options-with-spaces")
        << u"command=\"echo hi there\",no-pty ssh-ed25519 "_s + data + u" c"_s << Error::UnknownType << true;
    QTest::newRow("uppercase-type") << u"SSH-ED25519 "_s + data << Error::UnknownType << false;
}

void TestSshKeyInspector::notKeys()
{
    QFETCH(QString, text);
    QFETCH(Error, error);
    QFETCH(bool, options);
    const SshKeyInspector::Result result = SshKeyInspector::parse(text);
    QCOMPARE(result.error, error);
    QCOMPARE(result.optionsBeforeType, options);
    QVERIFY(!result.message().isEmpty());
    if (options)
        QVERIFY(result.message() != SshKeyInspector::errorMessage(Error::UnknownType));
}

void TestSshKeyInspector::unreadableFiles()
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

void TestSshKeyInspector::listsDirectory()
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

void TestSshKeyInspector::toLineRoundTrips()
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

void TestSshKeyInspector::everyErrorHasMessage()
{
    QVERIFY(SshKeyInspector::errorMessage(Error::None).isEmpty());
    QSet<QString> seen;
    for (int i = int(Error::Empty); i <= int(Error::Unreadable); ++i) {
        const QString message = SshKeyInspector::errorMessage(Error(i));
        QVERIFY(!message.isEmpty());
        QVERIFY(!seen.contains(message));
        seen.insert(message);
    }
    for (const char *type :
         {"ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
          "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com"})
        QVERIFY(SshKeyInspector::isSupportedType(QString::fromLatin1(type)));
    QVERIFY(!SshKeyInspector::isSupportedType(u"ssh-dss"_s));
}

QTEST_GUILESS_MAIN(TestSshKeyInspector)
#include "tst_sshkeyinspector.moc"
