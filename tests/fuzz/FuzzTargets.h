#pragma once

#include "core/Redaction.h"
#include "core/SshCommand.h"
#include "core/SshKeyInspector.h"
#include "providers/HttpTransport.h"
#include "providers/fal/FalParser.h"
#include "providers/nebulablock/NebulaBlockCatalogueParser.h"
#include "providers/nebulablock/NebulaBlockParser.h"
#include "providers/novita/NovitaCatalogueParser.h"
#include "providers/novita/NovitaParser.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <cstdio>
#include <cstdlib>

// What each libFuzzer harness does with one input, shared by tests/fuzz/fuzz_main.cpp (clang,
// -fsanitize=fuzzer) and tests/unit/tst_fuzzregressions.cpp (replays crashes and seeds in the
// normal build). Beyond "no crash, no sanitizer report", each target checks the contracts a
// caller relies on; a broken contract aborts, which libFuzzer reports like a crash.
namespace FuzzTargets {

inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz contract broken: %s\n", what);
        std::abort();
    }
}

inline QString text(const QByteArray &data)
{
    return QString::fromUtf8(data);
}

// Every error a provider body can produce.
const ProviderError::Kind ErrorKinds[] = {ProviderError::Kind::Validation, ProviderError::Kind::NotFound,
                                          ProviderError::Kind::Server, ProviderError::Kind::Auth,
                                          ProviderError::Kind::RateLimited};

template<typename ReadError>
void readErrors(ReadError reader, const QByteArray &data)
{
    for (ProviderError::Kind kind : ErrorKinds) {
        ProviderError error;
        error.kind = kind;
        error.httpStatus = 400;
        reader(error, data);
        require(error.isError(), "an error body never turns a failure into success");
        (void)error.message();
    }
}

inline void requireInstances(const QList<Instance> &instances)
{
    for (const Instance &instance : instances)
        require(!instance.id.isEmpty(), "rows without an id are skipped");
}

inline void fal(const QByteArray &data)
{
    FalParser::Page page;
    if (!FalParser::parseListPage(data, page).isError())
        requireInstances(page.instances);
    Instance instance;
    if (!FalParser::parseInstanceBody(data, instance).isError())
        require(!instance.id.isEmpty(), "a parsed instance has an id");
    readErrors(&FalParser::readError, data);
    (void)FalParser::gpuForType(text(data));
}

inline void novita(const QByteArray &data)
{
    NovitaParser::InstancePage page;
    if (!NovitaParser::parseInstancePage(data, page).isError()) {
        requireInstances(page.instances);
        require(page.ids.size() == page.instances.size(), "one id per kept row");
    }
    Instance instance;
    (void)NovitaParser::parseInstanceDetail(data, instance);
    QList<Offering> offerings;
    (void)NovitaCatalogueParser::parseProducts(data, offerings);
    QList<CatalogueEntry> clusters;
    (void)NovitaCatalogueParser::parseClusters(data, clusters);
    QString id;
    (void)NovitaParser::parseCreated(data, id);
    (void)NovitaParser::parseActionResult(data);
    readErrors(&NovitaParser::readError, data);
    if (const auto price = NovitaCatalogueParser::priceFromUnits(QJsonValue(text(data))))
        require(*price > 0, "prices are positive");
}

inline void nebulaBlock(const QByteArray &data)
{
    NebulaBlockParser::InstancePage page;
    if (!NebulaBlockParser::parseInstancePage(data, page).isError())
        requireInstances(page.instances);
    Instance instance;
    (void)NebulaBlockParser::parseInstanceDetail(data, instance);
    QString message;
    (void)NebulaBlockParser::parseAction(data, message);
    readErrors(&NebulaBlockParser::readError, data);
    const int port = NebulaBlockParser::sshPortFromExposedPorts(text(data));
    require(port >= 1 && port <= 65535, "an SSH port is a port");
    (void)NebulaBlockParser::parseStartTime(text(data));
    if (const auto price = NebulaBlockParser::parsePrice(QJsonValue(text(data))))
        require(*price >= 0, "prices are not negative");
}

inline void nebulaBlockCatalogue(const QByteArray &data)
{
    QList<Offering> offerings;
    (void)NebulaBlockCatalogueParser::parseProducts(data, offerings);
    QList<CatalogueEntry> images;
    (void)NebulaBlockCatalogueParser::parseImages(data, images);
    NebulaBlockCatalogueParser::SshKeyPage keys;
    (void)NebulaBlockCatalogueParser::parseSshKeyPage(data, keys);
    CatalogueEntry key;
    (void)NebulaBlockCatalogueParser::parseCreatedSshKey(data, key);
}

inline void sshKey(const QByteArray &data)
{
    const SshKeyInspector::Result result = SshKeyInspector::parse(text(data));
    if (!result.ok()) {
        require(!result.message().isEmpty(), "a refusal says why");
        return;
    }
    require(result.key.fingerprint().startsWith(QLatin1String("SHA256:")), "fingerprints are SHA256");
    (void)result.key.fingerprintLine();
    // The line GPU Fleet uploads must read back as the same key.
    const SshKeyInspector::Result again = SshKeyInspector::parse(result.key.toLine());
    require(again.ok() && again.key.blob == result.key.blob && again.key.type == result.key.type,
            "toLine() round-trips");
}

inline void sshCommand(const QByteArray &data)
{
    const std::optional<SshCommand> command = SshCommand::parse(text(data));
    if (!command)
        return;
    require(!command->host.isEmpty(), "a destination has a host");
    require(command->port >= 1 && command->port <= 65535, "ports are 1..65535");
    // Whatever a provider sends, ssh must never read the destination as an option
    // (-oProxyCommand=... runs a command) and a copied command line must stay one command.
    require(!command->host.startsWith(u'-') && !command->user.startsWith(u'-'), "no option as destination");
    const QString line = command->toString();
    for (const QChar c : line)
        require(c.isLetterOrNumber() || QStringLiteral(" .-_:@%[]+").contains(c), "no shell syntax");
    const std::optional<SshCommand> again = SshCommand::parse(line);
    require(again && again->user == command->user && again->host == command->host
                && again->port == command->port,
            "toString() round-trips");
}

inline void redaction(const QByteArray &data)
{
    const QString secret = QStringLiteral("sk_FUZZCANARY_0123456789abcdef");
    // The secret inside arbitrary text, surrounded by whatever the input has on either side.
    const qsizetype half = data.size() / 2;
    const QByteArray body = data.left(half) + secret.toUtf8() + data.mid(half);
    require(!Redaction::excerpt(body, {secret}).contains(secret), "excerpt removes a known secret");
    require(!Redaction::scrub(text(body), {secret}).contains(secret), "scrub removes a known secret");
    QHash<QByteArray, QByteArray> headers;
    headers.insert("retry-after", data.left(64));
    headers.insert("x-ratelimit-reset", data.mid(64, 64));
    const int ms = HttpTransport::retryAfterMs(headers);
    require(ms >= -1 && ms <= 86400000, "Retry-After is bounded");
}

} // namespace FuzzTargets
