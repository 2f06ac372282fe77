// gpufleet-sim: the simulated fal / Novita / Nebula Block cloud as a stand-alone tool.

#include "core/Provider.h"
#include "simulator/FaultInjector.h"
#include "simulator/SimulatedCloud.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {
int s_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: the event loop reads the pipe and quits.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalPipe[0], &byte, 1);
}

bool installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(s_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(s_signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(SIGINT, &action, nullptr) == 0 && sigaction(SIGTERM, &action, nullptr) == 0;
}

// "provider:kind[:status]", e.g. "novita:ratelimit" or "fal:httperror:503".
bool parseFault(const QString &text, Provider *provider, SimFault *fault)
{
    const QStringList parts = text.split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return false;
    const std::optional<Provider> which = Providers::fromId(parts.at(0));
    const std::optional<SimFault::Kind> kind = FaultInjector::kindFromName(parts.at(1));
    if (!which || !kind)
        return false;
    *provider = *which;
    fault->kind = *kind;
    if (parts.size() == 3) {
        bool ok = false;
        const int status = parts.at(2).toInt(&ok);
        if (!ok || status < 100 || status > 599)
            return false;
        fault->httpStatus = status;
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"gpufleet-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GPUFLEET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Simulated fal.ai Compute, Novita AI and Nebula Block APIs on 127.0.0.1, for tests and demos."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on (0 = any free port)."_s, u"port"_s,
                                        u"0"_s);
    const QCommandLineOption perProviderOption(
        u"port-per-provider"_s, u"One port per provider (fal, novita, nebulablock) from --port on."_s);
    const QCommandLineOption speedOption(u"speed"_s, u"Lifecycle speed factor (2 = twice as fast)."_s,
                                         u"factor"_s, u"1"_s);
    const QCommandLineOption stepOption(u"step-ms"_s, u"Time per lifecycle step before --speed."_s, u"ms"_s,
                                        u"3000"_s);
    const QCommandLineOption latencyOption(u"latency-ms"_s, u"Delay added before every answer."_s, u"ms"_s,
                                           u"0"_s);
    const QCommandLineOption demoOption(
        u"demo-keys"_s, u"Seed demo tenants: fal-demo-key, sk_demo_novita, ak_demo_nebula."_s);
    const QCommandLineOption keyOption(u"key"_s, u"Add a tenant, e.g. novita=sk_123 (repeatable)."_s,
                                       u"provider=KEY"_s);
    const QCommandLineOption faultOption(
        u"fault"_s,
        u"Inject a fault until exit: provider:kind[:status] (repeatable). Kinds: httperror, "
        u"ratelimit, stall, resetmidbody, truncatedjson, malformedjson, wrongshape, emptybody, "
        u"htmlerrorpage, hugebody, repeatcursor."_s,
        u"spec"_s);
    const QCommandLineOption faultRateOption(u"fault-rate"_s, u"Percentage of requests each --fault hits."_s,
                                             u"percent"_s, u"100"_s);
    const QCommandLineOption noGreetersOption(u"no-ssh-greeters"_s, u"Do not open SSH banner ports."_s);
    const QCommandLineOption verboseOption(u"verbose"_s,
                                           u"Log every request (method, path, status) to stderr."_s);
    parser.addOptions({portOption, perProviderOption, speedOption, stepOption, latencyOption, demoOption,
                       keyOption, faultOption, faultRateOption, noGreetersOption, verboseOption});
    parser.process(app);
    if (!parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(u"gpufleet.*.debug=false"_s);

    QTextStream err(stderr);
    SimulatorOptions options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << "gpufleet-sim: --port must be 0..65535\n";
        return 2;
    }
    options.port = quint16(port);
    options.portPerProvider = parser.isSet(perProviderOption);
    options.speed = parser.value(speedOption).toDouble(&ok);
    if (!ok || options.speed <= 0) {
        err << "gpufleet-sim: --speed must be a positive number\n";
        return 2;
    }
    options.latencyMs = std::max(0, parser.value(latencyOption).toInt());
    options.sshGreeters = !parser.isSet(noGreetersOption);

    SimulatedCloud cloud;
    cloud.setStepMs(std::max(1, parser.value(stepOption).toInt()));
    for (const QString &spec : parser.values(keyOption)) {
        const std::optional<Provider> provider = Providers::fromId(spec.section(u'=', 0, 0));
        const QString key = spec.section(u'=', 1);
        if (!provider || key.isEmpty()) {
            err << "gpufleet-sim: --key wants provider=KEY with provider fal, novita or nebulablock\n";
            return 2;
        }
        cloud.addAccount(*provider, key);
    }
    const int rate = std::clamp(parser.value(faultRateOption).toInt(), 0, 100);
    for (const QString &spec : parser.values(faultOption)) {
        Provider provider = Provider::Fal;
        SimFault fault;
        if (!parseFault(spec, &provider, &fault)) {
            err << "gpufleet-sim: cannot read --fault " << spec << " (provider:kind[:status])\n";
            return 2;
        }
        fault.ratePercent = rate;
        cloud.addFault(provider, fault);
    }
    if (parser.isSet(demoOption))
        cloud.seedDemo(u"fal-demo-key"_s, u"sk_demo_novita"_s, u"ak_demo_nebula"_s);

    if (!cloud.start(options)) {
        err << "gpufleet-sim: cannot listen on 127.0.0.1\n";
        return 1;
    }
    if (!installSignalHandlers(app))
        err << "gpufleet-sim: no SIGINT/SIGTERM handler; stop with kill -9\n";

    QTextStream out(stdout);
    for (Provider provider : Providers::all())
        out << Providers::id(provider) << ' ' << cloud.baseUrl(provider).toString() << '\n';
    out.flush();
    return QCoreApplication::exec();
}
