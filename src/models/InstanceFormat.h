#pragma once

#include "core/Instance.h"

#include <QString>

#include <optional>

// The texts the instance table shows for values that need formatting (price, uptime, GPUs,
// endpoint). Plain translated text, no presentation (colours, icons): the CLI can reuse it.
namespace InstanceFormat {
// "$2.50/h"; empty when unknown.
QString price(std::optional<double> pricePerHour);
// "< 1 min", "12 min", "3 h 12 min", "2 d 3 h"; empty for a negative value (not running).
QString uptime(qint64 seconds);
// "H100 × 8"; "GPU × 2" without a model; the model alone without a count.
QString gpus(const QString &model, int count);
// The public IP (with ":port" when SSH listens on a non-22 port of it), else "host:port" of the
// SSH endpoint, else empty. IPv6 hosts are bracketed.
QString endpoint(const Instance &instance);
// The host part endpoint() starts with, without allocating; empty when there is none.
const QString &endpointHost(const Instance &instance);
// The port endpoint() shows, or 0 when it shows none.
int endpointPort(const Instance &instance);
} // namespace InstanceFormat
