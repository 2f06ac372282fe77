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

// SshKeyInspector's refusal paths: broken base64, truncated or malformed key data, odd whitespace,
// files that are not keys, and a message for every error.
class TestSshKeyInspectorRefusals : public SshKeyInspectorFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpFixture(); }

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
    void everyErrorHasMessage();
};

void TestSshKeyInspectorRefusals::badBase64_data()
{
    QTest::addColumn<QString>("data");

    QTest::newRow("bad-character") << u"AAAAC3NzaC1lZDI1NTE5AAAAI$Fs"_s;
    QTest::newRow("length-not-multiple-of-4") << u"AAAAC3NzaC1lZDI1NTE5A"_s;
    QTest::newRow("padding-inside") << u"AAAA=AAAAAAA"_s;
    QTest::newRow("three-padding") << u"AAAAA==="_s;
    QTest::newRow("url-safe-alphabet") << u"AAAAC3NzaC1lZDI1NTE5AAAA_-AA"_s;
    QTest::newRow("non-ascii") << u"AAAAC3NzaC1lZDI1NTE5AAAAé"_s;
}

void TestSshKeyInspectorRefusals::badBase64()
{
    QFETCH(QString, data);
    QCOMPARE(SshKeyInspector::parse(u"ssh-ed25519 "_s + data + u" c"_s).error, Error::BadBase64);
}

void TestSshKeyInspectorRefusals::truncatedBlob_data()
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

void TestSshKeyInspectorRefusals::truncatedBlob()
{
    QFETCH(int, keep);
    const QByteArray blob = ed25519Blob();
    QCOMPARE(blob.size(), 51);
    const QString line = u"ssh-ed25519 "_s + QString::fromLatin1(blob.left(keep).toBase64()) + u" c"_s;
    QCOMPARE(SshKeyInspector::parse(line).error, Error::Truncated);
}

void TestSshKeyInspectorRefusals::malformedKeyData_data()
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

void TestSshKeyInspectorRefusals::malformedKeyData()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, blob);
    QFETCH(Error, error);
    QCOMPARE(SshKeyInspector::parse(QString::fromLatin1(type + ' ' + blob.toBase64())).error, error);
}

void TestSshKeyInspectorRefusals::whitespaceAndLineEndings_data()
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

void TestSshKeyInspectorRefusals::whitespaceAndLineEndings()
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

void TestSshKeyInspectorRefusals::notKeys_data()
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

void TestSshKeyInspectorRefusals::notKeys()
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

void TestSshKeyInspectorRefusals::everyErrorHasMessage()
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

QTEST_GUILESS_MAIN(TestSshKeyInspectorRefusals)
#include "tst_sshkeyinspector_refusals.moc"
