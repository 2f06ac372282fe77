#include "models/InstanceFormat.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace InstanceFormat {

namespace {
constexpr int DefaultPort = 22;
const QString EmptyString;
} // namespace

QString price(std::optional<double> pricePerHour)
{
    if (!pricePerHour)
        return {};
    const double value = *pricePerHour;
    // Fractions of a cent (spot, per-GPU slices) would all read "$0.00/h".
    const int decimals = value > 0 && value < 0.01 ? 4 : 2;
    //: price per hour of an instance; %1 is the amount in US dollars
    return QCoreApplication::translate("InstanceFormat", "$%1/h").arg(QString::number(value, 'f', decimals));
}

QString uptime(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (minutes < 1)
        return QCoreApplication::translate("InstanceFormat", "< 1 min");
    if (hours < 1)
        return QCoreApplication::translate("InstanceFormat", "%1 min").arg(minutes);
    if (days < 1)
        return QCoreApplication::translate("InstanceFormat", "%1 h %2 min").arg(hours).arg(minutes % 60);
    return QCoreApplication::translate("InstanceFormat", "%1 d %2 h").arg(days).arg(hours % 24);
}

QString gpus(const QString &model, int count)
{
    if (count <= 0)
        return model;
    //: GPU model and how many of them, e.g. "H100 × 8"; "GPU × 2" when the model is unknown
    return QCoreApplication::translate("InstanceFormat", "%1 × %2")
        .arg(model.isEmpty() ? QCoreApplication::translate("InstanceFormat", "GPU") : model)
        .arg(count);
}

const QString &endpointHost(const Instance &instance)
{
    if (!instance.publicIp.isEmpty())
        return instance.publicIp;
    if (instance.hasSshEndpoint())
        return instance.sshHost;
    return EmptyString;
}

int endpointPort(const Instance &instance)
{
    if (!instance.hasSshEndpoint())
        return 0;
    if (instance.publicIp.isEmpty())
        return instance.sshPort;
    // The public IP alone is what matters unless SSH is mapped to another port on it.
    return instance.sshHost == instance.publicIp && instance.sshPort != DefaultPort ? instance.sshPort : 0;
}

QString endpoint(const Instance &instance)
{
    const QString &host = endpointHost(instance);
    const int port = endpointPort(instance);
    if (port == 0)
        return host;
    if (host.contains(u':'))
        return u'[' + host + u"]:"_s + QString::number(port);
    return host + u':' + QString::number(port);
}

} // namespace InstanceFormat
