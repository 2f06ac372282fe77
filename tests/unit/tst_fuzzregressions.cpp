#include "core/SshCommand.h"
#include "fuzz/FuzzTargets.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
using Target = void (*)(const QByteArray &);

struct Harness
{
    const char *name;
    Target run;
    QStringList seedDirs; // relative to tests/
};

QList<Harness> harnesses()
{
    return {
        {"fal", &FuzzTargets::fal, {u"data/fal"_s}},
        {"novita", &FuzzTargets::novita, {u"data/novita"_s}},
        {"nebulablock", &FuzzTargets::nebulaBlock, {u"data/nebulablock"_s}},
        {"nebulablockcatalogue", &FuzzTargets::nebulaBlockCatalogue, {u"data/nebulablock"_s}},
        {"sshkey", &FuzzTargets::sshKey, {u"fuzz/seeds/sshkey"_s}},
        {"sshcommand", &FuzzTargets::sshCommand, {u"fuzz/seeds/sshcommand"_s}},
        {"redaction", &FuzzTargets::redaction, {u"data/fal"_s, u"data/novita"_s, u"data/nebulablock"_s}},
    };
}

// Every scalar of `value` rewritten by `scalar`, containers kept.
template<typename Rewrite>
QJsonValue rewriteScalars(const QJsonValue &value, Rewrite scalar)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = rewriteScalars(it.value(), scalar);
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = rewriteScalars(QJsonValue(*it), scalar);
        return array;
    }
    return scalar(value);
}

// Instances a provider's list parser reads from `body`, or -1 when it refuses the body.
int parsedRows(const QString &provider, const QByteArray &body)
{
    if (provider == u"fal") {
        FalParser::Page page;
        return FalParser::parseListPage(body, page).isError() ? -1 : int(page.instances.size());
    }
    if (provider == u"novita") {
        NovitaParser::InstancePage page;
        return NovitaParser::parseInstancePage(body, page).isError() ? -1 : int(page.instances.size());
    }
    NebulaBlockParser::InstancePage page;
    return NebulaBlockParser::parseInstancePage(body, page).isError() ? -1 : int(page.instances.size());
}

QString testsDir()
{
    return QDir::cleanPath(QStringLiteral(GPUFLEET_TEST_DATA) + u"/.."_s);
}
} // namespace

// Replays, in the normal build, every input the fuzzers found a crash with
// (tests/fuzz/regressions/<harness>/) and every seed through the same checks the harnesses make
// (tests/fuzz/FuzzTargets.h): a regression crashes this test. Also pins the SSH destination
// refusals that fuzzing led to.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replays_data();
    void replays();
    void sshDestinationNeverReadsAsOption_data();
    void sshDestinationNeverReadsAsOption();
    void unsafeSshEndpointHasNoCommandLine();
    void retryAfterStaysInRange_data();
    void retryAfterStaysInRange();
    void listParsersSurviveWrongShapes_data();
    void listParsersSurviveWrongShapes();
};

void TestFuzzRegressions::replays_data()
{
    QTest::addColumn<int>("harness");
    QTest::addColumn<QString>("path");
    const QList<Harness> all = harnesses();
    for (int i = 0; i < all.size(); ++i) {
        QStringList dirs = all.at(i).seedDirs;
        dirs << u"fuzz/regressions/"_s + QLatin1StringView(all.at(i).name);
        for (const QString &dir : std::as_const(dirs)) {
            const QDir directory(testsDir() + u'/' + dir);
            for (const QString &file : directory.entryList(QDir::Files, QDir::Name)) {
                const QString row = QLatin1StringView(all.at(i).name) + u':' + dir + u'/' + file;
                QTest::newRow(qPrintable(row)) << i << directory.filePath(file);
            }
        }
    }
}

void TestFuzzRegressions::replays()
{
    QFETCH(int, harness);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    harnesses().at(harness).run(file.readAll()); // aborts on a broken contract
}

void TestFuzzRegressions::sshDestinationNeverReadsAsOption_data()
{
    QTest::addColumn<QString>("line");
    // `ssh -oProxyCommand=...` runs a command; a provider-supplied line must never produce one.
    QTest::newRow("url-option-host") << u"ssh://-oProxyCommand=touch${IFS}/tmp/x"_s;
    QTest::newRow("empty-user-option-host") << u"ssh @-oProxyCommand=sh"_s;
    QTest::newRow("option-user") << u"ssh -l -oProxyCommand=sh h"_s;
    QTest::newRow("o-user-option") << u"ssh -o User=-oProxyCommand=sh h"_s;
    QTest::newRow("shell-in-host") << u"ssh root@h;reboot"_s;
    QTest::newRow("substitution-in-user") << u"ssh $(reboot)@h"_s;
    QTest::newRow("backtick-host") << u"ssh root@`reboot`"_s;
    QTest::newRow("pipe-host") << u"ssh root@h|sh"_s;
    QTest::newRow("quote-user") << u"ssh 'a@h"_s;
    QTest::newRow("control-char-host") << u"ssh root@h\u0007x"_s;
}

void TestFuzzRegressions::sshDestinationNeverReadsAsOption()
{
    QFETCH(QString, line);
    QVERIFY(!SshCommand::parse(line).has_value());
    FuzzTargets::sshCommand(line.toUtf8());
}

void TestFuzzRegressions::unsafeSshEndpointHasNoCommandLine()
{
    // The same fields can come straight from provider JSON (Nebula's IP and user), not only
    // through parse(): an unsafe destination gives no command line to copy or run.
    const SshCommand options{u"-oProxyCommand=sh"_s, u"h"_s, 22};
    QVERIFY(!options.isSafe());
    QVERIFY(options.toString().isEmpty());
    QVERIFY(options.arguments().isEmpty());
    const SshCommand shell{u"root"_s, u"h;reboot"_s, 2222};
    QVERIFY(!shell.isSafe());
    QVERIFY(shell.toString().isEmpty());
    const SshCommand fine{u"root"_s, u"2001:db8::1"_s, 2222};
    QVERIFY(fine.isSafe());
    QCOMPARE(fine.toString(), u"ssh -p 2222 root@2001:db8::1"_s);
}

void TestFuzzRegressions::retryAfterStaysInRange_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    // fuzz_redaction found the first: an epoch-like reset so large that converting it to an
    // integer was undefined behaviour.
    for (const QByteArray &header : {QByteArray("x-ratelimit-reset"), QByteArray("retry-after")}) {
        for (const QByteArray &value :
             {QByteArray("7777777777777777777777777777777777777777777777777777777777777777"),
              QByteArray("1e300"), QByteArray("inf"), QByteArray("-inf"), QByteArray("nan"),
              QByteArray("-1e300"), QByteArray("1e9"), QByteArray("1000000001")})
            QTest::newRow(QByteArray(header + ": " + value).constData()) << header << value;
    }
}

void TestFuzzRegressions::retryAfterStaysInRange()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    const int ms = HttpTransport::retryAfterMs({{header, value}});
    QVERIFY2(ms >= -1 && ms <= 86400000, qPrintable(QString::number(ms)));
}

void TestFuzzRegressions::listParsersSurviveWrongShapes_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("shape");
    for (const QString &provider : {u"fal"_s, u"novita"_s, u"nebulablock"_s}) {
        for (const QString &shape : {u"numbers-as-strings"_s, u"nulls-everywhere"_s, u"array-for-object"_s,
                                     u"scalar-document"_s, u"strings-as-numbers"_s})
            QTest::newRow(qPrintable(provider + u'/' + shape)) << provider << shape;
    }
}

// Valid JSON of the wrong shape, made from each provider's own list fixture: numbers sent as
// strings are read as numbers (the contracts allow it); anything else is refused or read
// partially, never a crash.
void TestFuzzRegressions::listParsersSurviveWrongShapes()
{
    QFETCH(QString, provider);
    QFETCH(QString, shape);
    const QJsonObject original =
        QJsonDocument::fromJson(TestSupport::fixture(provider + u"/list_page1.json"_s)).object();
    const int expected = parsedRows(provider, QJsonDocument(original).toJson());
    QVERIFY(expected > 0);

    QByteArray body;
    if (shape == u"numbers-as-strings") {
        const auto stringify = [](const QJsonValue &v) {
            return v.isDouble() ? QJsonValue(QString::number(v.toDouble())) : v;
        };
        body = QJsonDocument(rewriteScalars(original, stringify).toObject()).toJson();
        QCOMPARE(parsedRows(provider, body), expected);
        return;
    }
    if (shape == u"nulls-everywhere") {
        body = QJsonDocument(
                   rewriteScalars(original, [](const QJsonValue &) { return QJsonValue(); }).toObject())
                   .toJson();
        QVERIFY(parsedRows(provider, body) <= 0); // no ids left: nothing, or refused
    } else if (shape == u"array-for-object") {
        body = QJsonDocument(QJsonArray{original}).toJson();
        QCOMPARE(parsedRows(provider, body), -1);
    } else if (shape == u"scalar-document") {
        body = "42";
        QCOMPARE(parsedRows(provider, body), -1);
    } else {
        const auto numberify = [](const QJsonValue &v) { return v.isString() ? QJsonValue(7) : v; };
        body = QJsonDocument(rewriteScalars(original, numberify).toObject()).toJson();
        QVERIFY(parsedRows(provider, body) <= expected);
    }
    FuzzTargets::fal(body);
    FuzzTargets::novita(body);
    FuzzTargets::nebulaBlock(body);
}

QTEST_APPLESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
