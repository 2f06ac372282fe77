#include "core/Redaction.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Secret = u"f4k3-k3y-1d:0123456789abcdef0123456789abcdef"_s;

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

// Redaction: what scrub() must remove before provider text reaches a log or a person, and what
// excerpt() makes of raw (HTML, binary, huge) response bodies.
class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void scrubRemoves_data();
    void scrubRemoves();
    void scrubKeeps_data();
    void scrubKeeps();
    void scrubKnownSecretEverywhere();
    void excerpt_data();
    void excerpt();
    void excerptShortens();
    void excerptNeverLeaks();
};

void TestRedaction::scrubRemoves_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("mustNotContain");
    QTest::addColumn<QString>("mustContain");

    QTest::newRow("known-secret") << u"key "_s + Secret + u" rejected"_s << QStringList{Secret} << Secret
                                  << u"key *** rejected"_s;
    QTest::newRow("known-secret-half")
        << u"id was 0123456789abcdef0123456789abcdef"_s << QStringList{u"0123456789abcdef0123456789abcdef"_s}
        << u"0123456789abcdef"_s << u"id was ***"_s;
    QTest::newRow("bearer") << u"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig"_s
                            << QStringList() << u"eyJhbGciOiJIUzI1NiJ9"_s << u"Bearer ***"_s;
    QTest::newRow("bearer-lowercase") << u"authorization: bearer abcdefgh12345678"_s << QStringList()
                                      << u"abcdefgh12345678"_s << u"bearer ***"_s;
    QTest::newRow("fal-key-header") << u"sent Authorization: Key 1a2b3c4d-5e6f:7a8b9c0d1e2f"_s
                                    << QStringList() << u"1a2b3c4d"_s << u"Key ***"_s;
    QTest::newRow("json-echo") << uR"({"headers":{"authorization":"Bearer sk_live_ABCDEFGH12345678"}})"_s
                               << QStringList() << u"ABCDEFGH12345678"_s << u"***"_s;
    QTest::newRow("sk-key") << u"token sk_live_ABCDEFGH12345678 is invalid"_s << QStringList()
                            << u"ABCDEFGH12345678"_s << u"sk_***"_s;
    QTest::newRow("ak-key") << u"access ak_0123456789abcdef"_s << QStringList() << u"0123456789abcdef"_s
                            << u"ak_***"_s;
    QTest::newRow("openssh-private-key")
        << u"before\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA\n"
           u"-----END OPENSSH PRIVATE KEY-----\nafter"_s
        << QStringList() << u"b3BlbnNzaC1rZXktdjEAAAA"_s << u"[private key removed]"_s;
    QTest::newRow("rsa-private-key") << u"-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n"
                                        u"-----END RSA PRIVATE KEY-----"_s
                                     << QStringList() << u"MIIEpAIBAAKCAQEA"_s << u"[private key removed]"_s;
    QTest::newRow("pkcs8-private-key")
        << u"x -----BEGIN PRIVATE KEY-----MIIEvQIBADANBg-----END PRIVATE KEY----- y"_s << QStringList()
        << u"MIIEvQIBADANBg"_s << u"x [private key removed] y"_s;
    QTest::newRow("unterminated-private-key")
        << u"-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg\nmore"_s << QStringList() << u"MHcCAQEEIBkg"_s
        << u"[private key removed]"_s;
}

void TestRedaction::scrubRemoves()
{
    QFETCH(QString, text);
    QFETCH(QStringList, secrets);
    QFETCH(QString, mustNotContain);
    QFETCH(QString, mustContain);

    const QString scrubbed = Redaction::scrub(text, secrets);
    QVERIFY2(!scrubbed.contains(mustNotContain), qPrintable(scrubbed));
    QVERIFY2(scrubbed.contains(mustContain), qPrintable(scrubbed));
}

void TestRedaction::scrubKeeps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("secrets");

    QTest::newRow("plain") << u"GPU type not available in region us-west"_s << QStringList{Secret};
    QTest::newRow("short-secret-ignored") << u"a b c abc"_s << QStringList{u"a"_s, u"abc"_s, QString()};
    QTest::newRow("task-word") << u"task_queue_name_is_long"_s << QStringList();
    QTest::newRow("short-sk") << u"sk_abc"_s << QStringList();
    QTest::newRow("key-word") << u"Key not found"_s << QStringList();
    QTest::newRow("public-key") << u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG user"_s << QStringList();
    QTest::newRow("empty") << QString() << QStringList();
}

void TestRedaction::scrubKeeps()
{
    QFETCH(QString, text);
    QFETCH(QStringList, secrets);
    QCOMPARE(Redaction::scrub(text, secrets), text);
}

void TestRedaction::scrubKnownSecretEverywhere()
{
    const QString text = Secret + u" and again "_s + Secret + u"\n" + Secret;
    const QString scrubbed = Redaction::scrub(text, {u"other-secret"_s, Secret});
    QVERIFY(!scrubbed.contains(Secret));
    QCOMPARE(scrubbed.count(u"***"_s), 3);
    // Regex metacharacters in a secret are plain text.
    QCOMPARE(Redaction::scrub(u"x a.b*c+d y"_s, {u"a.b*c+d"_s}), u"x *** y"_s);
    QCOMPARE(Redaction::scrub(u"x aXbbcd y"_s, {u"a.b*c+d"_s}), u"x aXbbcd y"_s);
}

void TestRedaction::excerpt_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("json") << QByteArray(R"({"error":"bad"})") << uR"({"error":"bad"})"_s;
    QTest::newRow("html") << QByteArray("<html><head><title>401 Unauthorized</title></head>\n"
                                        "<body><h1>Unauthorized</h1><p>Bad key.</p></body></html>")
                          << u"401 Unauthorized Unauthorized Bad key."_s;
    QTest::newRow("script-and-style") << QByteArray(
        "<style>body { color: red }</style><SCRIPT type=x>var k = 'x';</SCRIPT><b>Gateway</b> error")
                                      << u"Gateway error"_s;
    QTest::newRow("whitespace") << QByteArray("  line one\r\n\r\n\tline   two \n") << u"line one line two"_s;
    QTest::newRow("control-characters")
        << QByteArray("red\x1b[31m alert\x07 done\x7f\x01") << u"red[31m alert done"_s;
    QTest::newRow("nul") << QByteArray("a\0b", 3) << u"ab"_s;
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("only-tags") << QByteArray("<br/><hr>") << QString();
}

void TestRedaction::excerpt()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const QString result = Redaction::excerpt(body);
    QCOMPARE(result, expected);
    QVERIFY(!hasControlCharacters(result));
    QVERIFY(!result.contains(QLatin1Char('<')));
}

void TestRedaction::excerptShortens()
{
    const QByteArray longBody(5000, 'a');
    const QString defaultExcerpt = Redaction::excerpt(longBody);
    QCOMPARE(defaultExcerpt.size(), 160);
    QVERIFY(defaultExcerpt.endsWith(QChar(0x2026)));

    const QString short40 = Redaction::excerpt(longBody, {}, 40);
    QCOMPARE(short40.size(), 40);
    QCOMPARE(short40.left(39), QString(39, QLatin1Char('a')));

    QCOMPARE(Redaction::excerpt(QByteArray(40, 'b'), {}, 40), QString(40, QLatin1Char('b')));

    // A huge body is not scanned in full.
    const QByteArray huge = QByteArray(10 * 1024 * 1024, 'x');
    QCOMPARE(Redaction::excerpt(huge).size(), 160);
}

void TestRedaction::excerptNeverLeaks()
{
    const QByteArray body = "<html><body><h1>401</h1><pre>Authorization: Key " + Secret.toLatin1()
        + "\nx-api-key: " + Secret.toLatin1() + "\nBearer sk_live_ABCDEFGH12345678</pre></body></html>";
    const QString result = Redaction::excerpt(body, {Secret});
    QVERIFY2(!result.contains(Secret), qPrintable(result));
    QVERIFY(!result.contains(u"0123456789abcdef"_s));
    QVERIFY(!result.contains(u"ABCDEFGH12345678"_s));
    QVERIFY(result.startsWith(u"401 Authorization: Key ***"_s));

    // A secret cut by shortening must not leave a readable prefix either.
    const QByteArray cut = QByteArray(150, 'z') + ' ' + Secret.toLatin1();
    QVERIFY(!Redaction::excerpt(cut, {Secret}).contains(u"f4k3-k3y"_s));
}

QTEST_APPLESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
